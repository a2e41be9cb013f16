"""Outbox -> Slack: the delivery job.

`Deliverer.drain()` takes what the store says is due and posts it through a sender
(`SlackPoster`, or `ConsoleSender` when there is no Slack token):

- at most one message per second per channel; a channel that is waiting (spacing or a 429)
  never holds up the others;
- 429: the channel pauses for Retry-After; the alert stays due and is not counted as an attempt;
- 5xx, network errors, timeouts: `mark_retry` with exponential backoff (30 s, 1 min, 2 min, ...
  capped at 1 h); after `max_attempts` attempts (about 4 h by default) `mark_failed` with code
  `retries_exhausted`; after a few such errors in a row the drain stops early (Slack is down);
- permanent errors (channel_not_found, not_in_channel, ...): `mark_failed` once, one log line per
  channel and code, never retried. A token error (invalid_auth, account_inactive, token_revoked,
  ...) fails that alert and halts this deliverer: nothing else could get through with that token;
- an alert is marked sent only after Slack answered ok, with the channel id and ts it returned.
- exactly once across crashes and lost answers: before posting, the store records that a post
  is under way; each post carries the alert's dedupe key as message metadata. An alert whose
  earlier post has no outcome on record (the process died, or the answer was lost) is first
  looked for in its channel (conversations.history / .replies, scopes channels:history and
  groups:history) and marked sent if it is there. Without those scopes, or for the very first
  post to a channel named by name (its id not yet known), it is posted again (at least once).

Threads: the store hands out a reply only once its episode's first message has a ts, and gives
that ts as `thread_ts` (plus `reply_broadcast` when the reply is more severe).
"""

from __future__ import annotations

import logging
import re
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol, TextIO

from bot.errors import SlackError, SlackPermanent, SlackRetryable
from bot.models import Alert
from bot.slack.client import AUTH_CODES
from bot.slack.render import render_console

log = logging.getLogger(__name__)

_CHANNEL_ID = re.compile(r"^[CGD][A-Z0-9]{6,}$")  # a Slack channel id, not a #name

DEFAULT_MIN_INTERVAL = 1.0  # seconds between two posts to one channel
DEFAULT_MAX_ATTEMPTS = 10
DEFAULT_BACKOFF_BASE = 30.0
DEFAULT_BACKOFF_CAP = 3600.0


class OutboxItemLike(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def alert(self) -> Alert: ...
    @property
    def channel(self) -> str: ...
    @property
    def attempts(self) -> int: ...
    @property
    def thread_ts(self) -> str | None: ...
    @property
    def reply_broadcast(self) -> bool: ...


class OutboxStore(Protocol):
    """What the deliverer needs of bot.store.Store."""

    def due_outbox(self, now: datetime, limit: int = 100) -> Sequence[OutboxItemLike]: ...

    def mark_sent(
        self, item_id: int, channel_id: str, ts: str, now: datetime, *, thread_ts: str | None = None
    ) -> None: ...

    def mark_retry(self, item_id: int, error: str, next_attempt_at: datetime) -> None: ...

    def mark_failed(self, item_id: int, code: str, error: str, now: datetime) -> None: ...

    def mark_posting(self, item_id: int, now: datetime) -> datetime: ...

    def posting_since(self, item_id: int) -> datetime | None: ...

    def channel_id_for(self, channel: str) -> str | None: ...


class Sender(Protocol):
    """Posts one alert; returns (channel_id, ts). Raises SlackRetryable / SlackPermanent."""

    def post_alert(
        self,
        alert: Alert,
        channel: str,
        thread_ts: str | None = None,
        reply_broadcast: bool = False,
    ) -> tuple[str, str]: ...


class ConsoleSender:
    """The sender without a Slack token: prints each alert as readable text."""

    min_interval = 0.0  # no channel to protect

    def __init__(self, out: TextIO | None = None) -> None:
        self._out = out
        self._lock = threading.Lock()
        self._n = 0

    def post_alert(
        self,
        alert: Alert,
        channel: str,
        thread_ts: str | None = None,
        reply_broadcast: bool = False,
    ) -> tuple[str, str]:
        out = self._out or sys.stdout
        note = f"  -> {channel}" + (" (reply in thread)" if thread_ts else "")
        with self._lock:
            self._n += 1
            ts = f"{self._n // 1_000_000}.{self._n % 1_000_000:06d}"
            out.write(render_console(alert) + note + "\n\n")
            out.flush()
        return "console", ts


@dataclass
class DeliveryReport:
    sent: int = 0
    retried: int = 0  # scheduled again after a 5xx / network error
    failed: int = 0  # marked failed (permanent error or retries exhausted)
    rate_limited: int = 0  # 429 answers (the alert stays due; not an attempt)
    halted: str | None = None  # token error code that stopped delivery
    stopped_early: bool = False  # Slack unreachable: gave up on this drain
    errors: list[str] = field(default_factory=list)  # one line per failed alert

    def __bool__(self) -> bool:
        return bool(self.sent or self.retried or self.failed or self.rate_limited)


def backoff_seconds(
    attempt: int, base: float = DEFAULT_BACKOFF_BASE, cap: float = DEFAULT_BACKOFF_CAP
) -> float:
    """Delay before attempt `attempt + 1` after `attempt` failed ones: base * 2^(attempt-1)."""
    return min(cap, base * (2 ** max(0, attempt - 1)))


class Deliverer:
    """Drains the outbox. Keep one instance for the process: it remembers per-channel pauses."""

    def __init__(
        self,
        store: OutboxStore,
        sender: Sender,
        clock: Callable[[], datetime],
        sleep: Callable[[float], None] = time.sleep,
        *,
        min_interval: float | None = None,
        max_attempts: int = DEFAULT_MAX_ATTEMPTS,
        backoff_base: float = DEFAULT_BACKOFF_BASE,
        backoff_cap: float = DEFAULT_BACKOFF_CAP,
        batch: int = 100,
        max_batch: int = 5000,
        max_consecutive_errors: int = 3,
    ) -> None:
        self.store = store
        self.sender = sender
        self.clock = clock
        self.sleep = sleep
        if min_interval is None:
            min_interval = float(getattr(sender, "min_interval", DEFAULT_MIN_INTERVAL))
        self.min_interval = min_interval
        self.max_attempts = max_attempts
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self.batch = batch
        self.max_batch = max_batch
        self.max_consecutive_errors = max_consecutive_errors
        self.halted: str | None = None
        self._free_at: dict[str, datetime] = {}  # channel key -> earliest next post
        self._ids: dict[str, str] = {}  # channel as configured -> channel id Slack returned
        self._logged: set[tuple[str, str]] = set()
        self._lookup_warned = False
        self._retry_at: datetime | None = None
        self._lock = threading.Lock()  # one drain at a time

    # --- public --------------------------------------------------------------------------

    def channel_free_at(self, channel: str) -> datetime | None:
        """When `channel` may be posted to next (None: now)."""
        return self._free_at.get(self._key(channel))

    def drain(self, deadline: datetime | None = None) -> DeliveryReport:
        """Post what is due and return what happened.

        Without a deadline it waits only for per-channel spacing (at most `min_interval`) and
        returns when nothing more can go now; what is left stays in the outbox for the next
        drain. With a deadline (`run --once`) it also sits out Retry-After pauses and the
        backoff of alerts it scheduled for retry, as long as they end before the deadline."""
        with self._lock:
            return self._drain(deadline)

    # --- internals -----------------------------------------------------------------------

    def _key(self, channel: str) -> str:
        return self._ids.get(channel, channel)

    def _drain(self, deadline: datetime | None) -> DeliveryReport:
        report = DeliveryReport()
        if self.halted:
            report.halted = self.halted
            return report
        limit = self.batch
        consecutive = 0
        self._retry_at = None  # earliest backoff scheduled by this drain
        while True:
            now = self.clock()
            if deadline is not None and now >= deadline:
                return report
            items = list(self.store.due_outbox(now, limit))
            if not items:
                # with a deadline, sit out a backoff that ends before it (run --once)
                retry_at = self._retry_at
                if deadline is None or retry_at is None or retry_at > deadline:
                    return report
                self._retry_at = None
                self.sleep(max(0.0, (retry_at - now).total_seconds()))
                continue
            seen: set[str] = set()
            earliest: datetime | None = None
            progressed = False
            for item in items:
                key = self._key(item.channel)
                if key in seen:
                    continue  # one post per channel per round keeps the channel's order
                seen.add(key)
                free_at = self._free_at.get(key)
                now = self.clock()
                if free_at is not None and free_at > now:
                    earliest = free_at if earliest is None else min(earliest, free_at)
                    continue
                outcome = self._send(item, report)
                progressed = True
                if outcome == "halt":
                    return report
                if outcome == "error":
                    consecutive += 1
                    if consecutive >= self.max_consecutive_errors:
                        report.stopped_early = True
                        log.warning(
                            "Slack delivery: %d errors in a row, stopping this run", consecutive
                        )
                        return report
                else:
                    consecutive = 0
                if deadline is not None and self.clock() >= deadline:
                    return report
            if progressed:
                limit = self.batch
                continue
            if len(items) >= limit and limit < self.max_batch:
                limit = min(limit * 2, self.max_batch)  # look past busy channels
                continue
            if earliest is None:
                return report
            now = self.clock()
            wait = (earliest - now).total_seconds()
            allowed = (
                (deadline - now).total_seconds() if deadline is not None else self.min_interval
            )
            if wait > allowed:
                return report
            self.sleep(max(0.0, wait))

    def _already_posted(self, item: OutboxItemLike) -> tuple[str, str] | None:
        """(channel id, ts) when an earlier post of `item`, whose answer never reached the
        store, is in Slack after all."""
        find = getattr(self.sender, "find_posted", None)
        since = self.store.posting_since(item.id) if find else None
        if since is None:
            return None
        channel = item.channel
        cid = channel if _CHANNEL_ID.match(channel) else (
            self._ids.get(channel) or self.store.channel_id_for(channel))
        if not cid:
            log.warning("alert %s: an earlier post to %s may have gone through, but the "
                        "channel's id is not known yet to check: posting it", item.id, channel)
            return None
        try:
            ts = find(cid, item.alert.dedupe_key, thread_ts=item.thread_ts)
        except SlackError as exc:
            if not self._lookup_warned:
                self._lookup_warned = True
                log.warning("cannot look in Slack for posts whose answer was lost (%s); they are "
                            "posted again (grant channels:history and groups:history)", exc)
            return None
        return (cid, ts) if ts else None

    def _send(self, item: OutboxItemLike, report: DeliveryReport) -> str:
        channel = item.channel
        found = self._already_posted(item)
        if found is not None:
            channel_id, ts = found
            now = self.clock()
            self._ids[channel] = channel_id
            self.store.mark_sent(item.id, channel_id, ts, now, thread_ts=item.thread_ts)
            report.sent += 1
            log.info("alert %s was already posted in %s (ts %s): marked sent, not posted again",
                     item.id, channel, ts)
            return "sent"
        self.store.mark_posting(item.id, self.clock())
        try:
            channel_id, ts = self.sender.post_alert(
                item.alert,
                channel,
                thread_ts=item.thread_ts,
                reply_broadcast=bool(item.thread_ts and item.reply_broadcast),
            )
        except SlackRetryable as exc:
            now = self.clock()
            if exc.retry_after is not None:  # 429: pause the channel, keep the alert due
                self._free_at[self._key(channel)] = now + timedelta(
                    seconds=max(exc.retry_after, self.min_interval)
                )
                report.rate_limited += 1
                log.info("Slack rate limit on %s: waiting %.0f s", channel, exc.retry_after)
                return "rate_limited"
            self._free_at[self._key(channel)] = now + timedelta(seconds=self.min_interval)
            attempt = item.attempts + 1
            if attempt >= self.max_attempts:
                error = f"gave up after {attempt} attempts: {exc}"
                self._fail(item, "retries_exhausted", error, now, report)
                return "error"
            wait = backoff_seconds(attempt, self.backoff_base, self.backoff_cap)
            retry_at = now + timedelta(seconds=wait)
            self.store.mark_retry(item.id, str(exc), retry_at)
            if self._retry_at is None or retry_at < self._retry_at:
                self._retry_at = retry_at
            report.retried += 1
            log.info("Slack delivery to %s will retry in %.0f s: %s", channel, wait, exc)
            return "error"
        except SlackPermanent as exc:
            now = self.clock()
            self._free_at[self._key(channel)] = now + timedelta(seconds=self.min_interval)
            self._fail(item, exc.code, str(exc), now, report)
            if exc.code in AUTH_CODES:
                self.halted = exc.code
                report.halted = exc.code
                return "halt"
            return "failed"
        except SlackError as exc:  # a SlackError outside the two documented kinds
            now = self.clock()
            self._fail(item, "slack_error", str(exc), now, report)
            return "failed"
        except Exception as exc:  # a poison alert (e.g. a rendering bug) must not block the rest
            now = self.clock()
            log.exception("Slack delivery: alert %s could not be sent", item.id)
            self._fail(item, "internal_error", f"{type(exc).__name__}: {exc}", now, report)
            return "failed"
        now = self.clock()
        self._ids[channel] = channel_id
        self._free_at[channel_id] = now + timedelta(seconds=self.min_interval)
        self.store.mark_sent(item.id, channel_id, ts, now, thread_ts=item.thread_ts)
        report.sent += 1
        return "sent"

    def _fail(
        self, item: OutboxItemLike, code: str, error: str, now: datetime, report: DeliveryReport
    ) -> None:
        self.store.mark_failed(item.id, code, error, now)
        report.failed += 1
        line = f"alert {item.id} to {item.channel}: {error}"
        report.errors.append(line)
        if (item.channel, code) not in self._logged:
            self._logged.add((item.channel, code))
            log.error("Slack delivery failed permanently (%s): %s", code, line)
        else:
            log.debug("Slack delivery failed permanently (%s): %s", code, line)
