"""`edgar-sentinel run`: the scheduler's jobs, and the Slack app when a token is configured.

Jobs (APScheduler 3.11, coalesce, one instance each):
  poll       every EDGAR_POLL_INTERVAL seconds: discover, fetch, rules, enqueue
  deliver    as soon as the poll enqueues an alert, and every 2 seconds: drain the outbox
  deadlines  at start and daily at 07:00 watchlist time: refresh profiles, raise deadline alerts
  digest     every minute: post the day's digest to channels whose digest time has come
  backfill   every 10 seconds: look back over companies just added (file or /edgar watch)
  reconcile  hourly at :20: every business day of the last week whose daily index was not read yet (built late, EDGAR failing) is compared with what was processed
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from bot.calendar_cli import run_deadline_job, watchlist_calendar
from bot.deadlines import format_calendar_text
from bot.errors import SentinelError
from bot.runtime import Runtime
from bot.scheduler import Job, run_until_stopped
from bot.settings import Settings
from bot.slack.render import render_console, render_digest

log = logging.getLogger(__name__)


def send_digests(runtime: Runtime, now: datetime) -> int:
    """Post one grouped message per digest channel per day, once its digest time has come."""
    wl = runtime.watchlist()
    store = runtime.store
    sent = 0
    local = now.astimezone(wl.tz)
    for channel in store.held_channels():
        cs = wl.channel_settings(channel)
        due = not wl.digest_for(channel) or local.time() >= cs.digest_time
        if not due or store.get_state(f"digest:{channel}") == local.date().isoformat():
            continue
        items = store.held_for_digest(channel)
        if not items:
            continue
        payload = render_digest([i.alert for i in items], local.date())
        post = getattr(runtime.sender, "post", None)
        if post is None:  # console mode
            runtime.out.write(f"Digest for {channel}, {local.date().isoformat()}:\n")
            for item in items:
                runtime.out.write(render_console(item.alert) + "\n")
            channel_id, ts = "console", f"{now.timestamp():.6f}"
        else:
            try:
                channel_id, ts = post(channel, payload)
            except SentinelError as exc:
                log.warning("digest for %s not posted: %s", channel, exc)
                continue
        store.mark_digest_sent([i.id for i in items], channel_id, ts, now)
        store.set_state(f"digest:{channel}", local.date().isoformat(), now)
        sent += 1
    return sent


def status_of(runtime: Runtime) -> dict[str, Any]:
    """What /edgar status and /healthz show."""
    store = runtime.store
    now = runtime.clock()
    last_poll = store.get_state("last_poll") or {}
    lag = None
    if last_poll.get("newest_accepted"):
        lag = (now - datetime.fromisoformat(last_poll["newest_accepted"])).total_seconds()
    failures = [
        {"channel": f.alert.channel, "code": f.error_code, "error": f.last_error,
         "company": f.alert.company}
        for f in store.failed_alerts(5)
    ]
    cooldown = getattr(runtime.client, "cooldown_until", None)
    return {
        "now": now.isoformat(),
        "last_poll": last_poll,
        "feed_lag_seconds": lag,
        "outbox": store.outbox_counts(),
        "outbox_pending": store.outbox_depth(),
        "delivery_failures": failures,
        "sec_cooldown_until": cooldown.isoformat() if cooldown else None,
        "watched_companies": len(runtime.watchlist().companies),
        "reconcile": store.get_state("reconcile:last"),
        "deadlines": store.get_state("deadlines:last"),
    }


def healthy(status: Mapping[str, Any], poll_interval: float) -> bool:
    last = status.get("last_poll") or {}
    if not last.get("finished"):
        return True  # starting up
    age = (datetime.fromisoformat(status["now"]) - datetime.fromisoformat(last["finished"]))
    return bool(last.get("ok")) and age.total_seconds() < max(300.0, 5 * poll_interval)


def jobs_for(runtime: Runtime) -> list[Job]:
    settings = runtime.settings
    wl = runtime.watchlist()

    def deadlines_job() -> None:
        w = runtime.watchlist()
        run_deadline_job(runtime.client, runtime.store, w, runtime.clock(), w.tz)

    def reconcile_job() -> None:
        from bot.recovery import reconcile_pending

        reconcile_pending(runtime.pipeline)

    runtime.queue_new_companies()
    return [
        Job("poll", runtime.poll, seconds=settings.poll_interval, run_now=True),
        Job("backfill", runtime.run_backfills, seconds=10.0),
        Job("reconcile", reconcile_job, cron={"minute": "20"}, timezone="America/New_York"),
        Job("deliver", runtime.deliver, seconds=2.0, wake=runtime.outbox_ready),
        Job("deadlines", deadlines_job, cron={"hour": "7", "minute": "0"},
            timezone=wl.timezone, run_now=True),
        Job("digest", lambda: send_digests(runtime, runtime.clock()), seconds=60.0),
    ]


def deadlines_text(runtime: Runtime, cik: int | None) -> str:
    wl = runtime.watchlist()
    now = runtime.clock()
    entries = watchlist_calendar(runtime.client, runtime.store, wl, now.astimezone(wl.tz).date(),
                                 now, only=[cik] if cik is not None else None)
    return format_calendar_text(entries)


def serve(settings: Settings, *, http_port: int | None = None,
          stop: threading.Event | None = None) -> int:
    """Run until stopped: the scheduler, plus Slack (Socket Mode or HTTP) when configured."""
    runtime = Runtime(settings)
    closers: list[Any] = []
    try:
        if http_port:
            settings.require_slack_http()
        if settings.slack_enabled and (settings.socket_mode or http_port):
            from bot.slack.wiring import start_slack

            closers.extend(start_slack(runtime, http_port=http_port))
        log.info("edgar-sentinel running: %d companies, polling every %.0f s%s",
                 len(runtime.watchlist().companies), settings.poll_interval,
                 "" if settings.slack_enabled else " (no Slack token: alerts go to stdout)")
        run_until_stopped(jobs_for(runtime), stop)
    finally:
        for close in closers:
            try:
                close()
            except Exception:  # shutting down: report and go on closing the rest
                log.exception("error while shutting down")
        runtime.close()
    return 0
