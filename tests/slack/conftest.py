"""Shared fixtures for the Slack tests: a fixed clock, alerts, the real store, the stand-in."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # `tests.servers` lives beside the test packages
    sys.path.insert(0, str(ROOT))

from bot.models import Alert, Kind, Severity  # noqa: E402
from bot.store import Store  # noqa: E402
from tests.servers.slack_standin import SlackStandIn  # noqa: E402

TOKEN = "xoxb-1111111111-2222222222-SeCrEtToKeNvAlUe"
START = datetime(2026, 3, 3, 21, 5, 0, tzinfo=UTC)


class FakeClock:
    """A clock that only moves when told to; `sleep` moves it and records the request."""

    def __init__(self, start: datetime = START) -> None:
        self.now = start
        self.sleeps: list[float] = []

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.advance(seconds)

    def seconds(self) -> float:
        """The clock as epoch seconds, for the stand-in's call records."""
        return self.now.timestamp()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def make_alert(**over: Any) -> Alert:
    """A realistic buyback alert (the seed filing's numbers); override any field."""
    n = over.pop("n", 1)
    accession = over.pop("accession", f"0000123456-26-{n:06d}")
    base: dict[str, Any] = {
        "kind": Kind.BUYBACK,
        "severity": Severity.MEDIUM,
        "title": "Repurchased 370,000 shares from two estates",
        "evidence": (
            "On March 2, 2026, the Company repurchased 370,000 shares of its common stock at "
            "$10.10 per share from the Estate of John Doe and the Estate of Jane Doe."
        ),
        "facts": {
            "shares": 370000,
            "price_per_share": 10.1,
            "amount_usd": 3737000,
            "percent_of_outstanding": 19.64,
            "program": "private",
        },
        "channel": "#buybacks",
        "company": "Acme Holdings Inc",
        "cik": 123456,
        "form": "8-K",
        "dedupe_key": f"{accession}:buyback",
        "episode_key": f"123456:buyback:{accession}",
        "ticker": "ACME",
        "accession": accession,
        "items": ("8.01", "9.01"),
        "filed": date(2026, 3, 3),
        "accepted": START,
        "url": (
            f"https://www.sec.gov/Archives/edgar/data/123456/{accession.replace('-', '')}/"
            f"{accession}-index.htm"
        ),
        "document": "EX-99.1",
    }
    base.update(over)
    return Alert(**base)


@pytest.fixture
def alert_factory() -> Callable[..., Alert]:
    return make_alert


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(f"sqlite:///{tmp_path / 'sentinel.db'}")
    yield s
    s.close()


@pytest.fixture
def slack(clock: FakeClock) -> Iterator[SlackStandIn]:
    """The stand-in, stamping calls with the fake clock and refusing > 1 post/s per channel."""
    with SlackStandIn(tokens={TOKEN}, clock=clock.seconds, enforce_rate=1.0) as s:
        yield s
