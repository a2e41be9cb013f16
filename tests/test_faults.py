"""Faults in every phase of a cycle, through `Runtime.run_once` against both stand-ins: EDGAR
429 / 503 / SEC's rate page / timeouts / truncated or cut-short bodies / HTML error pages /
connection resets on the feed pages and on the submission fetches, and Slack 429 / 5xx /
timeouts during delivery (a timed-out post Slack accepted anyway is found, not posted twice).

The property checked in each case: once the fault has cleared, every alert a fault-free run
produces (computed first, on its own database) has been posted exactly once; nothing lost,
nothing twice. SEC's rate page must start the cool-down and no request may reach the stand-in
while it lasts.

Time is fake: one `FakeTime` is the runtime's clock, the EDGAR client's monotonic clock and
both sleeps, so retries, Retry-After, Slack spacing and the ten-minute cool-down cost nothing.
Only the timeout cases wait for real (a fraction of a second per attempt).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.demo import serve_demo
from bot.edgar.client import EdgarClient, RateLimiter
from bot.edgar.standin import EdgarStandin
from bot.edgar.tickers import TickerMap
from bot.runtime import Runtime
from bot.settings import Settings
from bot.slack.client import SlackPoster
from tests.servers.slack_standin import SlackStandIn

TOKEN = "xoxb-faults-test-0123456789"
UA = "Sentinel Fault Tests ops@sentinel.example"
START = datetime(2026, 3, 9, 15, 0, tzinfo=UTC)
EDGAR_TIMEOUT = 0.25  # seconds, real: the slow fault waits longer than this
COOLDOWN = 600.0

WATCHLIST = """\
defaults:
  channel: "#filings"
  kinds: [buyback, restatement_risk, late_filing]
  min_severity: low
routes:
  restatement_risk: "#risk"
companies:
  - cik: 8855
    name: American Locker Group Inc
  - cik: 1173313
  - cik: 1001426
    name: Pericom Semiconductor Corp
  - cik: 1002682
    name: Horizon Financial Corp
  - ticker: NVDA
"""

FEED = "/cgi-bin/browse-edgar*"
SUBMISSION = "/Archives/edgar/data/*.txt"

_URL_RE = re.compile(r"/Archives/edgar/data/\d+/\d+/(\d{10}-\d{2}-\d{6})-index")
_KIND_RE = re.compile(r"^(Buyback|Restatement risk|Late filing)\b")


def alert_key(text: str) -> tuple[str, str]:
    """(accession, kind word) of a posted alert, read from its Slack text."""
    url, kind = _URL_RE.search(text), _KIND_RE.match(text)
    assert url and kind, f"alert text without filing URL or kind word: {text[:200]!r}"
    return url.group(1), kind.group(1)


def no_nagle(*servers: object) -> None:
    """TCP_NODELAY on the stand-ins' sockets: they write headers and body in two sends, which
    Nagle's algorithm plus delayed ACKs turn into a 40 ms stall per request on Linux."""
    for s in servers:
        s._server.RequestHandlerClass.disable_nagle_algorithm = True  # type: ignore[attr-defined]


def posted(slack: SlackStandIn) -> Counter[tuple[str, str]]:
    return Counter(alert_key(c.body["text"]) for c in slack.posts())


class FakeTime:
    """Wall clock (datetime) and monotonic clock (seconds) that move only by `sleep`/`advance`."""

    def __init__(self, start: datetime = START) -> None:
        self.start = start
        self.t = 0.0
        self.sleeps: list[float] = []

    def now(self) -> datetime:
        return self.start + timedelta(seconds=self.t)

    def mono(self) -> float:
        return 1000.0 + self.t

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.t += max(0.0, seconds)

    def advance(self, seconds: float) -> None:
        self.t += seconds


class Rig:
    """A Runtime wired to the stand-ins with fake time."""

    def __init__(self, edgar: EdgarStandin, slack: SlackStandIn, db: Path,
                 *, retries: int = 2, slack_timeout: float = 5.0) -> None:
        self.edgar, self.slack = edgar, slack
        self.time = FakeTime()
        limiter = RateLimiter(5.0, clock=self.time.mono, sleep=self.time.sleep, now=self.time.now)
        self.client = EdgarClient(
            UA, edgar.base_url, edgar.base_url, limiter=limiter, clock=self.time.mono,
            sleep=self.time.sleep, now=self.time.now, retries=retries, timeout=EDGAR_TIMEOUT,
            cooldown_seconds=COOLDOWN,
        )
        settings = Settings(edgar_user_agent=UA, edgar_base_url=edgar.base_url,
                            edgar_data_url=edgar.base_url, database_url=f"sqlite:///{db}")
        self.runtime = Runtime(
            settings, watchlist_text=WATCHLIST, clock=self.time.now, sleep=self.time.sleep,
            edgar_client=self.client, tickers=TickerMap.bundled(),
            slack_sender=SlackPoster(TOKEN, base_url=slack.api_url, timeout=slack_timeout),
        )

    def cycle(self):
        report = self.runtime.run_once()
        self.time.advance(60)  # the poll interval
        return report

    def close(self) -> None:
        self.runtime.close()


@pytest.fixture(scope="module")
def expected(tmp_path_factory: pytest.TempPathFactory) -> Counter[tuple[str, str]]:
    """The alerts of a fault-free cycle, on a database of their own."""
    tmp = tmp_path_factory.mktemp("reference")
    with EdgarStandin() as edgar, SlackStandIn(tokens={TOKEN}) as slack:
        no_nagle(edgar, slack)
        serve_demo(edgar, START)
        rig = Rig(edgar, slack, tmp / "ref.sqlite3")
        try:
            cycle, delivery = rig.cycle()
        finally:
            rig.close()
        got = posted(slack)
    assert cycle.ok and not cycle.failed and delivery.sent == 6
    assert len(got) == 6 and set(got.values()) == {1}
    return got


@pytest.fixture
def stands() -> Iterator[tuple[EdgarStandin, SlackStandIn]]:
    with EdgarStandin() as edgar, SlackStandIn(tokens={TOKEN}) as slack:
        no_nagle(edgar, slack)
        serve_demo(edgar, START)
        yield edgar, slack


@pytest.fixture
def rig(stands, tmp_path) -> Iterator[Rig]:
    r = Rig(*stands, tmp_path / "state.sqlite3", retries=1)
    yield r
    r.close()


def run_until_quiet(rig: Rig, cycles: int = 4) -> None:
    """Cycles after the fault cleared, past any cool-down, until the outbox is empty."""
    for _ in range(cycles):
        rig.time.advance(COOLDOWN + 1)
        rig.cycle()
    assert rig.runtime.store.outbox_depth() == 0


EDGAR_KINDS = ["429", "503", "rate_page", "slow", "truncate", "short", "html_error", "reset"]


def _fault(edgar: EdgarStandin, where: str, kind: str, times: int | None) -> None:
    edgar.add_fault(where, kind, times=times, retry_after=1 if kind == "429" else None,
                    delay=EDGAR_TIMEOUT * 3 if kind == "slow" else 0.0)


def _cases() -> list[object]:
    out: list[object] = []
    for where, wid in ((FEED, "feed"), (SUBMISSION, "submission")):
        for kind in EDGAR_KINDS:
            out.append(pytest.param(where, kind, id=f"{wid}-{kind}"))
    return out


@pytest.mark.parametrize(("where", "kind"), _cases())
def test_edgar_fault_once_then_nothing_lost_nothing_twice(rig, expected, where, kind):
    """One faulty answer (the first matching request) in a phase: retried within the cycle or
    failed loudly and repaired by the next cycles; in the end every alert posted exactly once."""
    _fault(rig.edgar, where, kind, times=1)
    rig.cycle()
    rig.edgar.clear_faults()
    run_until_quiet(rig)
    assert posted(rig.slack) == expected


@pytest.mark.parametrize(("where", "kind"), _cases())
def test_edgar_fault_for_a_whole_cycle_then_nothing_lost_nothing_twice(rig, expected, where,
                                                                      kind):
    """Every matching request fails for a whole cycle (beyond the client's retries); the fault
    then clears. Nothing is posted from a failed phase, and afterwards all of it exactly once."""
    _fault(rig.edgar, where, kind, times=None)
    cycle, _ = rig.cycle()
    assert not (cycle.ok and not cycle.failed), f"{kind} at {where} went unnoticed"
    if where == FEED:
        assert cycle.discovered == 0 and posted(rig.slack) == Counter()
    rig.edgar.clear_faults()
    run_until_quiet(rig)
    assert posted(rig.slack) == expected


def test_rate_page_starts_a_cooldown_during_which_nothing_reaches_edgar(rig, expected):
    """SEC's 403 "Request Rate Threshold Exceeded" page on a submission fetch: the cycle stops,
    no request at all (feed or submission) reaches the stand-in for ten minutes, then the next
    cycle completes and every alert is posted exactly once."""
    rig.edgar.add_fault(SUBMISSION, "rate_page", times=1)
    cycle, _ = rig.cycle()
    assert not cycle.ok and cycle.error
    reqs = rig.edgar.requests
    assert [r.fault for r in reqs].count("rate_page") == 1
    assert reqs[-1].fault == "rate_page"  # nothing was asked after the rate page
    until = rig.client.cooldown_until
    assert until is not None and until >= rig.time.now() + timedelta(seconds=COOLDOWN - 120)
    n = len(reqs)
    # cycles during the cool-down: they fail without sending a single request
    for _ in range(5):
        cycle, _ = rig.cycle()  # advances 60 s each: 5 minutes in all
        assert not cycle.ok
    assert len(rig.edgar.requests) == n, rig.edgar.requests[n:]
    rig.time.advance(COOLDOWN)
    cycle, _ = rig.cycle()
    assert cycle.ok and not cycle.failed
    assert len(rig.edgar.requests) > n
    assert posted(rig.slack) == expected


def test_rate_page_on_the_feed_sends_nothing_until_the_cooldown_ends(rig, expected):
    rig.edgar.add_fault(FEED, "rate_page", times=1)
    cycle, delivery = rig.cycle()
    assert not cycle.ok and cycle.discovered == 0 and delivery.sent == 0
    n = len(rig.edgar.requests)
    rig.time.advance(COOLDOWN - 120)  # still inside the cool-down
    rig.cycle()
    assert len(rig.edgar.requests) == n
    rig.time.advance(120)
    rig.cycle()
    assert posted(rig.slack) == expected


def test_persistent_503_is_retried_with_backoff_not_hammered(rig):
    """A 503 on every feed request: the client retries (its budget), sleeping between tries."""
    rig.edgar.add_fault(FEED, "503", times=None)
    before = len(rig.time.sleeps)
    cycle, _ = rig.cycle()
    assert not cycle.ok
    feed_reqs = [r for r in rig.edgar.requests if r.path == "/cgi-bin/browse-edgar"]
    assert len(feed_reqs) == rig.client.retries + 1  # the first family, then discovery stops
    assert any(s >= 0.5 for s in rig.time.sleeps[before:])  # backoff between the tries


# --- Slack ------------------------------------------------------------------------------------


def test_slack_429_pauses_the_channel_and_loses_nothing(rig, expected):
    rig.slack.fail_next(3, status=429, retry_after=7)
    _, delivery = rig.cycle()
    assert delivery.rate_limited == 3
    assert any(s >= 6.9 for s in rig.time.sleeps)  # Retry-After was sat out
    run_until_quiet(rig, cycles=1)
    assert posted(rig.slack) == expected


@pytest.mark.parametrize("status", [500, 502, 503])
def test_slack_5xx_retried_with_backoff_loses_nothing(rig, expected, status):
    rig.slack.fail_next(2, status=status)
    _, delivery = rig.cycle()
    assert delivery.retried == 2
    run_until_quiet(rig, cycles=1)
    assert posted(rig.slack) == expected


def test_slack_down_for_a_while_stops_early_and_delivers_later(rig, expected):
    rig.slack.fail_next(3, status=503)
    _, delivery = rig.cycle()
    assert delivery.stopped_early and delivery.sent == 0
    assert rig.runtime.store.outbox_depth() == 6
    run_until_quiet(rig, cycles=2)
    assert posted(rig.slack) == expected


def test_slack_error_codes_internal_error_retried(rig, expected):
    rig.slack.fail_next(2, status=200, error="internal_error")
    _, delivery = rig.cycle()
    assert delivery.retried == 2
    run_until_quiet(rig, cycles=1)
    assert posted(rig.slack) == expected


@pytest.fixture
def slow_rig(stands, tmp_path) -> Iterator[Rig]:
    r = Rig(*stands, tmp_path / "state.sqlite3", retries=1, slack_timeout=1.0)
    yield r
    r.close()


def test_slack_timeout_is_retried_and_found_not_posted_twice(slow_rig, expected):
    """A chat.postMessage whose answer comes after the client's timeout (1 s): the stand-in,
    like Slack, accepts the message after the delay, while the bot counts the call as failed.
    Slack has no idempotency key; the retry first looks in the channel for a message carrying
    the alert's dedupe key (message metadata) and marks it sent instead of posting it again.
    Asserted: every alert exactly once, and the look-up happened."""
    rig = slow_rig
    rig.slack.slow(1.6, n=2)
    _, delivery = rig.cycle()
    assert delivery.retried == 2  # both timeouts seen as retryable errors
    run_until_quiet(rig, cycles=1)
    timed_out = rig.slack.calls("chat.postMessage")[:2]
    accepted_late = [alert_key(c.body["text"]) for c in timed_out if c.ok]
    assert accepted_late  # the stand-in did accept a post whose answer the bot never saw
    assert posted(rig.slack) == expected  # ... and it is in Slack once, not twice
    assert rig.slack.calls("conversations.history") or rig.slack.calls("conversations.replies")


def test_slack_rate_respected_per_channel_under_faults(stands, tmp_path, expected):
    """With the stand-in enforcing 1 msg/s per channel on the fake clock, no post is refused
    for rate: the deliverer spaces posts itself."""
    edgar, _ = stands
    with SlackStandIn(tokens={TOKEN}, enforce_rate=1.0) as slack:
        no_nagle(slack)
        rig = Rig(edgar, slack, tmp_path / "state.sqlite3")
        slack.clock = rig.time.mono
        try:
            rig.cycle()
        finally:
            rig.close()
        assert all(c.status == 200 for c in slack.calls("chat.postMessage"))
        for ch in ("#filings", "#risk"):
            times = slack.post_times(ch)
            assert times and all(b - a >= 1.0 for a, b in itertools.pairwise(times))
        assert posted(slack) == expected

