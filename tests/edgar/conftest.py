"""Shared fixtures for the EDGAR client, feeds, tickers and stand-in tests."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.edgar.client import EdgarClient, RateLimiter
from bot.edgar.standin import EdgarStandin

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FEEDS = FIXTURES / "feeds"
SITE = FIXTURES / "edgar_site"
UA = "Sentinel Tests ops@sentinel.example"
WALL_START = datetime(2026, 1, 12, 16, 30, tzinfo=UTC)


class FakeClock:
    """Monotonic clock + wall clock that only move when told (or when sleep is called)."""

    def __init__(self, start: float = 1000.0) -> None:
        self._lock = threading.Lock()
        self._start = start
        self.t = start
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        with self._lock:
            return self.t

    def now(self) -> datetime:
        with self._lock:
            return WALL_START + timedelta(seconds=self.t - self._start)

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.sleeps.append(seconds)
            self.t += seconds

    def advance(self, seconds: float) -> None:
        with self._lock:
            self.t += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def standin() -> Iterator[EdgarStandin]:
    with EdgarStandin(root=SITE) as server:
        yield server


@pytest.fixture
def make_client(
    standin: EdgarStandin, clock: FakeClock
) -> Iterator[Callable[..., EdgarClient]]:
    """Build clients talking to the stand-in. Their retry waits go to ``clock.sleeps``; the
    limiter (its own, not the process one) spaces requests on the same fake clock but
    records nothing, so ``clock.sleeps`` holds only retry waits."""
    made: list[EdgarClient] = []
    limiter = RateLimiter(5.0, clock=clock, sleep=lambda s: clock.advance(s), now=clock.now)

    def factory(**kwargs: object) -> EdgarClient:
        options: dict[str, object] = {
            "clock": clock,
            "sleep": clock.sleep,
            "now": clock.now,
            "limiter": limiter,
            "timeout": 5.0,
        }
        options.update(kwargs)
        ua = str(options.pop("user_agent", UA))
        client = EdgarClient(ua, standin.base_url, standin.base_url, **options)  # type: ignore[arg-type]
        made.append(client)
        return client

    yield factory
    for client in made:
        client.close()
