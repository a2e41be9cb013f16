"""Fixtures shared by the end-to-end tests: an EDGAR stand-in with the demo's real filings, a
client with a fast private limiter, a store, and a watchlist of the served companies."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.edgar.client import EdgarClient, RateLimiter
from bot.edgar.standin import EdgarStandin
from bot.edgar.tickers import TickerMap
from bot.store import Store
from bot.watchlist import Watchlist, parse_watchlist

FIXTURES = Path(__file__).resolve().parent / "fixtures"
TEST_UA = "Sentinel Tests ops@sentinel.example"


class StepClock:
    """A wall clock that moves only when told to."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        self.now += timedelta(**kw)


@pytest.fixture(scope="session")
def tickers() -> TickerMap:
    return TickerMap.bundled()


@pytest.fixture
def wall() -> StepClock:
    return StepClock(datetime(2026, 3, 9, 15, 0, tzinfo=UTC))


@pytest.fixture
def edgar() -> Iterator[EdgarStandin]:
    with EdgarStandin() as server:
        yield server


@pytest.fixture
def make_client(edgar: EdgarStandin) -> Iterator[Callable[..., EdgarClient]]:
    made: list[EdgarClient] = []

    def make(**kw: object) -> EdgarClient:
        kw.setdefault("limiter", RateLimiter(1000.0))
        kw.setdefault("sleep", lambda s: None)
        kw.setdefault("retries", 2)
        client = EdgarClient(TEST_UA, edgar.base_url, edgar.base_url, **kw)  # type: ignore[arg-type]
        made.append(client)
        return client

    yield make
    for c in made:
        c.close()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(f"sqlite:///{tmp_path / 'state.sqlite3'}")
    yield s
    s.close()


def watchlist_of(text: str, tickers: TickerMap) -> Watchlist:
    return parse_watchlist(text, "<test>", tickers)


@pytest.fixture
def now_utc() -> datetime:
    return datetime(2026, 3, 9, 15, 0, tzinfo=UTC)
