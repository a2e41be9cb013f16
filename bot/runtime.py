"""Wiring: build the long-lived services (store, EDGAR client, ticker map, watchlist, pipeline,
delivery) from Settings, once, for `run`, `demo` and the Slack app."""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import IO, Any

from bot.edgar.client import EdgarClient
from bot.edgar.tickers import TickerMap, load_ticker_map
from bot.errors import SentinelError
from bot.models import FilingRef, Finding
from bot.pipeline import CycleReport, Pipeline
from bot.settings import Settings
from bot.slack.delivery import ConsoleSender, Deliverer, DeliveryReport
from bot.store import Store, utcnow
from bot.watchlist import Watchlist, load_watchlist, parse_watchlist

log = logging.getLogger(__name__)

TICKER_CACHE = Path(".edgar-sentinel") / "company_tickers.json"
ONCE_DELIVERY_BUDGET = timedelta(minutes=5)  # `run --once` waits this long at most for Slack
BACKFILL_QUEUE = "backfill:queue"  # state key: CIKs waiting for their look-back, oldest first
BACKFILL_RETRY = timedelta(minutes=5)  # wait after a look-back whose feed could not be read


def make_sender(settings: Settings, out: IO[str]) -> Any:
    """Slack's Web API with a bot token, else the console."""
    if settings.slack_enabled:
        from bot.slack.client import SlackPoster

        return SlackPoster(settings.slack_bot_token or "", base_url=settings.slack_api_url)
    return ConsoleSender(out)


class Runtime:
    """Everything a running bot holds. Construct once; `close()` at exit."""

    def __init__(
        self,
        settings: Settings,
        *,
        watchlist_text: str | None = None,
        clock: Callable[[], datetime] = utcnow,
        out: IO[str] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        edgar_client: Any | None = None,
        slack_sender: Any | None = None,
        tickers: TickerMap | None = None,
        max_pages: int = 10,
        refresh_tickers: bool = True,
        watch_feed_age: bool = True,
    ) -> None:
        self.settings = settings
        self.clock = clock
        self.watch_feed_age = watch_feed_age  # False for feeds of old filings (the demo)
        self.out = out or sys.stdout
        if edgar_client is None:
            settings.require_live_edgar()  # before anything is created on disk
            edgar_client = EdgarClient(
                settings.edgar_user_agent or "", settings.edgar_base_url,
                settings.edgar_data_url, rate_per_sec=settings.rate_limit,
            )
        self.client = edgar_client
        self.store = Store(settings.database_url)
        if tickers is None:
            tickers = (
                load_ticker_map(self.client, TICKER_CACHE, clock())
                if refresh_tickers else TickerMap.bundled()
            )
        self.tickers = tickers
        if watchlist_text is not None:
            self.base_watchlist = parse_watchlist(watchlist_text, "<built-in>", tickers)
        else:
            self.base_watchlist = load_watchlist(settings.watchlist_path, tickers)
        self.pipeline = Pipeline(
            client=self.client, store=self.store, watchlist=self.watchlist, tickers=tickers,
            clock=clock, max_pages=max_pages, on_processed=self._on_processed,
        )
        if slack_sender is None:
            slack_sender = make_sender(settings, self.out)
        self.sender = slack_sender
        self.deliverer = Deliverer(self.store, slack_sender, clock=clock, sleep=sleep)
        self._backfill_lock = threading.Lock()
        self._backfill_not_before: datetime | None = None  # after a failed look-back
        # set when alerts were enqueued: wakes the delivery job at once instead of at its tick
        self.outbox_ready = threading.Event()

    def _on_processed(self, ref: FilingRef, found: list[Finding]) -> None:
        """Periodic reports and NTs update the deadline calendar at once, not only daily."""
        from bot.calendar_cli import on_filing_processed

        if found:
            self.outbox_ready.set()
        wl = self.watchlist()
        try:
            if on_filing_processed(self.client, self.store, wl, self.clock(), wl.tz, ref.cik,
                                   ref.form):
                self.outbox_ready.set()
        except SentinelError as exc:  # the daily job will catch up; the filing is processed
            log.warning("deadline check after %s (%s) failed: %s", ref.accession, ref.form, exc)

    def watchlist(self) -> Watchlist:
        """The file's watchlist with the changes made in Slack laid over it."""
        return self.base_watchlist.with_overlay_rows(self.store.watch_overlay())

    def poll(self) -> CycleReport:
        """One poll cycle; when paging did not reach known ground (downtime), the watched
        companies' own feeds fill the gap."""
        from bot.recovery import poll_with_repair

        report, repair = poll_with_repair(self.pipeline)
        log.info("%s", report.summary())
        if report.gaps:
            log.info("gap repair: %s", repair)
        self.monitor(report)
        return report

    def monitor(self, report: CycleReport) -> list[str]:
        """Tell the ops channel (or the log) about failing polls, SEC cool-downs and a stale
        feed, once each, and about recoveries."""
        from bot.monitor import MonitorState, assess
        from bot.slack.render import render_ops

        now = self.clock()
        result = assess(
            MonitorState.from_json(self.store.get_state("monitor")), ok=report.ok,
            error=report.error,
            newest_accepted=report.newest_accepted if self.watch_feed_age else None,
            cooldown_until=getattr(self.client, "cooldown_until", None), now=now,
        )
        self.store.set_state("monitor", result.state.to_json(), now)
        ops = self.watchlist().ops_channel
        post = getattr(self.sender, "post", None)
        for msg in result.messages:
            log.log(logging.ERROR if msg.level == "error" else logging.WARNING,
                    "ops: %s", msg.text)
            if ops and post is not None:
                try:
                    post(ops, render_ops(msg.text, msg.level))
                except SentinelError as exc:
                    log.warning("ops message to %s not posted: %s", ops, exc)
        return [m.text for m in result.messages]

    # --- backfill of newly watched companies ------------------------------------------------

    def request_backfill(self, cik: int) -> None:
        """Queue a look-back over a newly watched company (returns at once; `/edgar watch`).
        The queue lives in the store: a restart before it ran does not lose it."""
        with self._backfill_lock:
            queue = list(self.store.get_state(BACKFILL_QUEUE) or [])
            if cik not in queue:
                self.store.set_state(BACKFILL_QUEUE, [*queue, cik], self.clock())

    def queue_new_companies(self) -> list[int]:
        """Queue a backfill for companies added to the watchlist file since the last start.
        The very first start backfills nobody: its first poll already reads the feed, and a
        summary per company of a large new watchlist would be a flood."""
        current = sorted(self.watchlist().ciks)
        known = self.store.get_state("backfill:known")
        new = [] if known is None else sorted(set(current) - set(known))
        for cik in new:
            self.request_backfill(cik)
        self.store.set_state("backfill:known", sorted(set(current) | set(known or [])),
                             self.clock())
        return new

    def run_backfills(self) -> int:
        """Work off the backfill queue (the scheduler's backfill job): each newly watched
        company's recent filings, then its deadline calendar (submissions profile fetched now,
        not at the next daily job; alerts it already supports raised at once)."""
        from bot.calendar_cli import on_company_watched
        from bot.recovery import backfill

        done = 0
        while True:
            now = self.clock()
            with self._backfill_lock:
                queue = list(self.store.get_state(BACKFILL_QUEUE) or [])
                if not queue or (self._backfill_not_before and now < self._backfill_not_before):
                    return done
                cik = queue[0]
            report = backfill(self.pipeline, cik, days=self.watchlist().backfill_days)
            log.info("backfill: %s", report.line())
            if report.error:  # the company's feed could not be read: keep it queued
                self._backfill_not_before = now + BACKFILL_RETRY
                log.warning("backfill of CIK %d will be retried in %d min", cik,
                            BACKFILL_RETRY.total_seconds() // 60)
                return done
            with self._backfill_lock:
                left = [c for c in (self.store.get_state(BACKFILL_QUEUE) or []) if c != cik]
                self.store.set_state(BACKFILL_QUEUE, left, self.clock())
            wl = self.watchlist()
            try:
                if on_company_watched(self.client, self.store, wl, self.clock(), wl.tz, cik):
                    self.outbox_ready.set()
            except SentinelError as exc:  # the daily job will catch up
                log.warning("deadline check of newly watched CIK %d failed: %s", cik, exc)
            done += 1

    def deliver(self) -> DeliveryReport:
        return self.deliverer.drain()

    def run_once(self) -> tuple[CycleReport, DeliveryReport]:
        """One poll cycle, then deliver everything the outbox holds."""
        report = self.poll()
        return report, self.deliverer.drain(deadline=self.clock() + ONCE_DELIVERY_BUDGET)

    def close(self) -> None:
        close = getattr(self.client, "close", None)
        if close:
            close()
        self.store.close()
