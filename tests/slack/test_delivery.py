"""Deliverer: the real store (SQLite) -> SlackPoster -> the Slack stand-in, with a fake clock.

The stand-in stamps each call with the fake clock and answers 429 to a second post within one
second on a channel, so spacing is checked by Slack's side as well as by recorded times."""

from __future__ import annotations

import io
import logging
from datetime import timedelta
from itertools import pairwise

import pytest

from bot.models import Kind, Severity
from bot.slack.client import SlackPoster
from bot.slack.delivery import ConsoleSender, Deliverer, backoff_seconds
from bot.slack.render import render_alert
from tests.slack.conftest import TOKEN, make_alert


def _deliverer(store, slack, clock, token: str = TOKEN, **kw) -> Deliverer:
    poster = SlackPoster(token, base_url=slack.api_url, timeout=5)
    return Deliverer(store, poster, clock, clock.sleep, **kw)


def _rows(store) -> dict[str, object]:
    """dedupe key -> SentAlert row."""
    return {r.alert.dedupe_key: r for r in store.recent_alerts(limit=1000)}


def _posted_keys(slack) -> list[str]:
    """The dedupe keys of the accepted posts, read from each message's Acknowledge button."""
    keys = []
    for call in slack.posts():
        actions = next(b for b in call.body["blocks"] if b["type"] == "actions")
        keys.append(next(e["value"] for e in actions["elements"] if e["action_id"] == "ack"))
    return keys


def _spacing_ok(times: list[float]) -> bool:
    return all(b - a >= 1.0 for a, b in pairwise(times))


def test_delivers_everything_and_marks_sent(store, slack, clock) -> None:
    alerts = [make_alert(n=i) for i in range(3)]
    store.enqueue(alerts, clock())
    report = _deliverer(store, slack, clock).drain()
    assert (report.sent, report.retried, report.failed) == (3, 0, 0)
    rows = _rows(store)
    for a in alerts:
        row = rows[a.dedupe_key]
        assert row.status == "sent"
        assert row.channel_id == slack.channel_id("#buybacks")
        assert row.ts is not None
        assert slack.message("#buybacks", row.ts)["text"] == render_alert(a)["text"]
    assert sorted(_posted_keys(slack)) == sorted(a.dedupe_key for a in alerts)
    assert store.due_outbox(clock() + timedelta(days=1)) == []


def test_one_message_per_second_per_channel_without_blocking_others(store, slack, clock) -> None:
    alerts = [make_alert(n=i, channel="#a") for i in range(5)]
    alerts += [make_alert(n=100 + i, channel="#b") for i in range(5)]
    store.enqueue(alerts, clock())
    report = _deliverer(store, slack, clock).drain()
    assert report.sent == 10 and report.rate_limited == 0
    assert [c.status for c in slack.calls("chat.postMessage")] == [200] * 10  # never a 429
    times_a, times_b = slack.post_times("#a"), slack.post_times("#b")
    assert len(times_a) == len(times_b) == 5
    assert _spacing_ok(times_a) and _spacing_ok(times_b)
    # #b did not wait for #a's queue: its first post came before #a's second
    assert times_b[0] < times_a[1]
    # in-channel order is the outbox order
    keys = _posted_keys(slack)
    assert [k for k in keys if k in {a.dedupe_key for a in alerts[:5]}] == [
        a.dedupe_key for a in alerts[:5]
    ]
    assert clock.sleeps and max(clock.sleeps) <= 1.0


def test_spacing_holds_across_drains(store, slack, clock) -> None:
    d = _deliverer(store, slack, clock)
    store.enqueue([make_alert(n=1)], clock())
    assert d.drain().sent == 1
    clock.advance(0.3)
    store.enqueue([make_alert(n=2)], clock())
    assert d.drain().sent == 1
    assert _spacing_ok(slack.post_times("#buybacks"))


def test_429_during_delivery_loses_nothing(store, slack, clock) -> None:
    alerts = [make_alert(n=i, channel=("#a", "#b")[i % 2]) for i in range(8)]
    store.enqueue(alerts, clock())
    slack.fail_next(3, status=429, retry_after=2)
    report = _deliverer(store, slack, clock).drain(deadline=clock() + timedelta(minutes=5))
    assert report.rate_limited == 3
    assert report.sent == 8 and report.failed == 0 and report.retried == 0
    keys = _posted_keys(slack)
    assert sorted(keys) == sorted(a.dedupe_key for a in alerts)  # each exactly once
    rows = _rows(store)
    assert {r.status for r in rows.values()} == {"sent"}
    assert _spacing_ok(slack.post_times("#a")) and _spacing_ok(slack.post_times("#b"))
    # Retry-After was honoured: after the first 429 the channel waited >= 2 s
    first_429 = next(c for c in slack.calls() if c.status == 429)
    later = [c.at for c in slack.posts(first_429.channel_id) if c.at > first_429.at]
    assert later and later[0] - first_429.at >= 2.0


def test_rate_limited_channel_does_not_hold_up_others(store, slack, clock) -> None:
    store.enqueue([make_alert(n=1, channel="#a")], clock())
    store.enqueue([make_alert(n=i, channel="#b") for i in range(2, 5)], clock())
    slack.fail_next(1, status=429, retry_after=30, channel="#a")
    d = _deliverer(store, slack, clock)
    report = d.drain()  # no deadline: does not sit out the 30 s
    assert report.sent == 3 and report.rate_limited == 1
    assert slack.posts("#a") == []
    assert sum(clock.sleeps) < 30
    # the alert is still due, not counted as an attempt
    (pending,) = store.due_outbox(clock())
    assert pending.channel == "#a" and pending.attempts == 0
    assert d.drain().sent == 0  # still within Retry-After: nothing is sent to #a
    clock.advance(31)
    assert d.drain().sent == 1
    assert len(slack.posts("#a")) == 1


def test_busy_channel_backlog_does_not_starve_others(store, slack, clock) -> None:
    """More waiting alerts for a paused channel than one batch holds."""
    store.enqueue([make_alert(n=i, channel="#a") for i in range(6)], clock())
    store.enqueue([make_alert(n=50, channel="#b")], clock())
    slack.fail_next(1, status=429, retry_after=60, channel="#a")
    report = _deliverer(store, slack, clock, batch=2).drain()
    assert report.rate_limited == 1
    assert len(slack.posts("#b")) == 1


def test_5xx_is_retried_with_backoff(store, slack, clock) -> None:
    alert = make_alert(n=1)
    store.enqueue([alert], clock())
    slack.fail_next(1, status=503)
    d = _deliverer(store, slack, clock)
    first = d.drain()
    assert (first.sent, first.retried, first.failed) == (0, 1, 0)
    assert store.due_outbox(clock()) == []  # not due again yet
    clock.advance(backoff_seconds(1) - 1)
    assert d.drain().sent == 0
    clock.advance(2)
    assert d.drain().sent == 1
    row = _rows(store)[alert.dedupe_key]
    assert row.status == "sent" and row.last_error is None
    assert len(slack.calls("chat.postMessage")) == 2


def test_gives_up_after_bounded_attempts(store, slack, clock) -> None:
    alert = make_alert(n=1)
    store.enqueue([alert], clock())
    slack.fail_next(1000, status=500)
    d = _deliverer(store, slack, clock, max_attempts=6)
    failed = 0
    for _ in range(20):
        failed += d.drain().failed
        clock.advance(3600)
    assert failed == 1
    row = _rows(store)[alert.dedupe_key]
    assert row.status == "failed" and row.error_code == "retries_exhausted"
    assert "6 attempts" in row.last_error
    assert len(slack.calls("chat.postMessage")) == 6


def test_backoff_grows_and_is_capped() -> None:
    delays = [backoff_seconds(a) for a in range(1, 11)]
    assert delays[:3] == [30, 60, 120]
    assert max(delays) == 3600
    assert 2 * 3600 < sum(delays[:9]) < 6 * 3600  # ~10 attempts span hours


def test_permanent_channel_error_is_recorded_once_and_not_retried(
    store, slack, clock, caplog
) -> None:
    caplog.set_level(logging.INFO)
    slack.set_channel_error("#gone", "channel_not_found")
    gone = [make_alert(n=i, channel="#gone") for i in range(2)]
    ok = [make_alert(n=10 + i, channel="#ok") for i in range(3)]
    store.enqueue([gone[0], ok[0], gone[1], ok[1], ok[2]], clock())
    d = _deliverer(store, slack, clock)
    report = d.drain()
    assert report.sent == 3 and report.failed == 2 and report.retried == 0
    rows = _rows(store)
    for a in gone:
        assert rows[a.dedupe_key].status == "failed"
        assert rows[a.dedupe_key].error_code == "channel_not_found"
    assert [r.alert.dedupe_key for r in store.failed_alerts()] == [
        a.dedupe_key for a in reversed(gone)
    ]
    for _ in range(3):  # later drains, hours later: never tried again
        clock.advance(7200)
        d.drain()
    assert len(slack.calls("chat.postMessage")) == 5
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1  # logged once for the channel
    assert "channel_not_found" in errors[0].getMessage()
    assert TOKEN not in caplog.text


def test_invalid_token_fails_one_alert_and_halts(store, slack, clock, caplog) -> None:
    store.enqueue([make_alert(n=i, channel=f"#c{i}") for i in range(4)], clock())
    bad = "xoxb-0000-0000-NotTheRightToken"
    d = _deliverer(store, slack, clock, token=bad)
    report = d.drain()
    assert report.halted == "invalid_auth" and report.failed == 1 and report.sent == 0
    assert len(slack.calls("chat.postMessage")) == 1
    assert d.drain().halted == "invalid_auth"
    assert len(slack.calls("chat.postMessage")) == 1
    assert len(store.due_outbox(clock())) == 3  # the others wait for a fixed token
    assert bad not in caplog.text


def test_episode_replies_go_in_the_thread(store, slack, clock) -> None:
    first = make_alert(
        n=1, kind=Kind.LATE_FILING, severity=Severity.MEDIUM, episode_key="123456:10-K:2025-12-31"
    )
    second = make_alert(
        n=2,
        kind=Kind.RESTATEMENT_RISK,
        severity=Severity.HIGH,
        episode_key="123456:10-K:2025-12-31",
    )
    third = make_alert(
        n=3, kind=Kind.LATE_FILING, severity=Severity.LOW, episode_key="123456:10-K:2025-12-31"
    )
    store.enqueue([first, second, third], clock())
    report = _deliverer(store, slack, clock).drain()
    assert report.sent == 3
    parent, reply, later = slack.posts("#buybacks")
    parent_ts = parent.response["ts"]
    assert "thread_ts" not in parent.body
    assert reply.body["thread_ts"] == parent_ts
    assert reply.body["reply_broadcast"] is True  # more severe than the thread so far
    assert later.body["thread_ts"] == parent_ts
    assert "reply_broadcast" not in later.body
    assert _spacing_ok(slack.post_times("#buybacks"))


def test_deadline_stops_the_drain(store, slack, clock) -> None:
    store.enqueue([make_alert(n=i) for i in range(5)], clock())
    report = _deliverer(store, slack, clock).drain(deadline=clock() + timedelta(seconds=2.5))
    assert report.sent == 3  # at t=0, 1, 2
    assert len(store.due_outbox(clock())) == 2


def test_slack_down_stops_early_without_losing(store, slack, clock) -> None:
    store.enqueue([make_alert(n=i, channel=f"#c{i}") for i in range(6)], clock())
    slack.fail_next(100, status=503)
    report = _deliverer(store, slack, clock, max_consecutive_errors=3).drain()
    assert report.stopped_early and report.retried == 3
    assert len(slack.calls("chat.postMessage")) == 3
    assert store.outbox_counts() == {"pending": 6}


def test_console_sender(store, clock) -> None:
    out = io.StringIO()
    alerts = [make_alert(n=i) for i in range(3)]
    store.enqueue(alerts, clock())
    report = Deliverer(store, ConsoleSender(out), clock, clock.sleep).drain()
    assert report.sent == 3
    assert clock.sleeps == []  # no per-channel spacing on a terminal
    text = out.getvalue()
    assert text.count("[MEDIUM] Buyback: Acme Holdings Inc (ACME)") == 3
    assert "Amount: $3.74M" in text and alerts[2].url in text
    assert {r.status for r in _rows(store).values()} == {"sent"}


def test_a_sender_crash_on_one_alert_does_not_block_the_rest(store, clock) -> None:
    class Flaky(ConsoleSender):
        def post_alert(self, alert, channel, thread_ts=None, reply_broadcast=False):
            if alert.dedupe_key.endswith("000001:buyback"):
                raise ValueError("cannot render")
            return super().post_alert(alert, channel, thread_ts, reply_broadcast)

    store.enqueue([make_alert(n=i) for i in range(3)], clock())
    report = Deliverer(store, Flaky(io.StringIO()), clock, clock.sleep).drain()
    assert report.sent == 2 and report.failed == 1
    failed = store.failed_alerts()[0]
    assert failed.error_code == "internal_error" and "cannot render" in failed.last_error


@pytest.mark.parametrize("code", ["not_in_channel", "is_archived"])
def test_other_channel_errors_are_permanent(store, slack, clock, code) -> None:
    slack.set_channel_error("#x", code)
    store.enqueue([make_alert(n=1, channel="#x")], clock())
    report = _deliverer(store, slack, clock).drain()
    assert report.failed == 1 and report.halted is None
    assert store.failed_alerts()[0].error_code == code


def test_with_a_deadline_a_short_backoff_is_waited_out(store, slack, clock) -> None:
    store.enqueue([make_alert(n=1)], clock())
    slack.fail_next(1, status=503)
    report = _deliverer(store, slack, clock).drain(deadline=clock() + timedelta(minutes=5))
    assert (report.sent, report.retried) == (1, 1)
    assert sum(clock.sleeps) >= backoff_seconds(1)


def test_without_a_deadline_a_backoff_is_left_for_later(store, slack, clock) -> None:
    store.enqueue([make_alert(n=1)], clock())
    slack.fail_next(1, status=503)
    report = _deliverer(store, slack, clock).drain()
    assert (report.sent, report.retried) == (0, 1)
    assert clock.sleeps == []


class Killed(BaseException):
    """The process dying right after Slack accepted a post (nothing catches it)."""


def _crash_after_slack_accepts(store, slack, clock) -> None:
    real = store.mark_sent

    def killed(*a, **k):
        raise Killed

    store.mark_sent = killed
    try:
        with pytest.raises(Killed):
            _deliverer(store, slack, clock).drain()
    finally:
        store.mark_sent = real


@pytest.mark.parametrize("channel", ["C0FILINGS01", "#buybacks"])
def test_a_post_whose_sent_mark_was_lost_is_found_in_slack_not_posted_twice(
    store, slack, clock, channel
) -> None:
    first = make_alert(n=1, channel=channel)
    store.enqueue([first], clock())
    _deliverer(store, slack, clock).drain()  # an earlier alert: the channel's id is known
    alert = make_alert(n=2, channel=channel)
    store.enqueue([alert], clock())
    clock.advance(5)
    _crash_after_slack_accepts(store, slack, clock)
    assert _posted_keys(slack) == [first.dedupe_key, alert.dedupe_key]  # Slack has it
    assert _rows(store)[alert.dedupe_key].status == "pending"  # the store does not know
    clock.advance(5)
    report = _deliverer(store, slack, clock).drain()  # the restart
    assert report.sent == 1
    assert _posted_keys(slack) == [first.dedupe_key, alert.dedupe_key]  # not posted again
    row = _rows(store)[alert.dedupe_key]
    assert row.status == "sent" and row.ts == slack.posts()[-1].response["ts"]
    assert slack.calls("conversations.history")  # it looked


def test_a_thread_reply_whose_sent_mark_was_lost_is_found_in_its_thread(
    store, slack, clock
) -> None:
    parent = make_alert(n=1, channel="C0FILINGS01", episode_key="ep-1")
    store.enqueue([parent], clock())
    _deliverer(store, slack, clock).drain()
    reply = make_alert(n=2, channel="C0FILINGS01", episode_key="ep-1")
    store.enqueue([reply], clock())
    clock.advance(5)
    _crash_after_slack_accepts(store, slack, clock)
    clock.advance(5)
    assert _deliverer(store, slack, clock).drain().sent == 1
    assert _posted_keys(slack) == [parent.dedupe_key, reply.dedupe_key]
    assert slack.calls("conversations.replies")


def test_without_history_scope_a_lost_answer_means_posting_again_at_least_once(
    store, slack, clock, caplog
) -> None:
    alert = make_alert(n=1, channel="C0FILINGS01")
    store.enqueue([alert], clock())
    _crash_after_slack_accepts(store, slack, clock)
    clock.advance(5)
    slack.fail_next(status=200, error="missing_scope", method="conversations.history")
    with caplog.at_level(logging.WARNING):
        assert _deliverer(store, slack, clock).drain().sent == 1
    assert _posted_keys(slack) == [alert.dedupe_key, alert.dedupe_key]  # never lost
    assert "channels:history" in caplog.text


def test_a_post_that_failed_cleanly_is_not_looked_for(store, slack, clock) -> None:
    alert = make_alert(n=1, channel="C0FILINGS01")
    store.enqueue([alert], clock())
    assert _deliverer(store, slack, clock).drain().sent == 1
    assert not slack.calls("conversations.history")  # nothing unknown: no extra call
