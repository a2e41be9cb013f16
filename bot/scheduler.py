"""The only module that imports APScheduler.

Jobs run in a thread pool; every job is `coalesce=True, max_instances=1`, so a slow cycle is
never run twice at once and missed runs collapse into one."""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Job:
    id: str
    func: Callable[[], object]
    seconds: float | None = None  # run every N seconds ...
    cron: dict[str, str] | None = None  # ... or on a cron schedule (fields of CronTrigger)
    timezone: str = "America/New_York"
    run_now: bool = False  # also run once at start
    # An interval job with a wake event runs on its own thread, every `seconds` or as soon as
    # the event is set (delivery: an alert enqueued goes out now, not at the next tick).
    wake: threading.Event | None = None


def _safe(job: Job) -> Callable[[], None]:
    def run() -> None:
        try:
            job.func()
        except Exception:  # one job's failure must not stop the scheduler; logged with traceback
            log.exception("job %s failed", job.id)

    return run


def build_scheduler(jobs: list[Job]) -> BackgroundScheduler:
    sched = BackgroundScheduler(
        executors={"default": ThreadPoolExecutor(max_workers=4)},
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 30},
        timezone="UTC",
    )
    for job in jobs:
        if job.wake is not None:
            continue  # runs in its own thread (see run_until_stopped)
        if job.seconds is not None:
            trigger = IntervalTrigger(seconds=job.seconds)
        elif job.cron is not None:
            trigger = CronTrigger(timezone=job.timezone, **job.cron)
        else:
            raise ValueError(f"job {job.id}: give seconds or cron")
        # run_now: the job's own first run is now (one job, so max_instances=1 still holds: a
        # start-up poll longer than the interval never overlaps the next one)
        extra = {"next_run_time": datetime.now(UTC)} if job.run_now else {}
        sched.add_job(_safe(job), trigger, id=job.id, name=job.id, replace_existing=True,
                      **extra)
    return sched


def run_until_stopped(jobs: list[Job], stop: threading.Event | None = None) -> None:
    """Run the jobs until SIGINT/SIGTERM (or `stop` is set)."""
    stop = stop or threading.Event()
    sched = build_scheduler(jobs)

    def _stop(signum: int, _frame: object) -> None:
        log.info("signal %d: stopping", signum)
        stop.set()

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, _stop)
        signal.signal(signal.SIGTERM, _stop)
    loops = [threading.Thread(target=_wakeable, args=(job, stop), name=f"job-{job.id}",
                              daemon=True) for job in jobs if job.wake is not None]
    sched.start()
    for t in loops:
        t.start()
    try:
        stop.wait()
    finally:
        for job in jobs:
            if job.wake is not None:
                job.wake.set()
        for t in loops:
            t.join()
        sched.shutdown(wait=True)


def _wakeable(job: Job, stop: threading.Event) -> None:
    """Run `job` every `job.seconds`, or at once when `job.wake` is set, until `stop`. One
    thread, so never two runs at once (the same guarantee as max_instances=1)."""
    assert job.wake is not None and job.seconds is not None
    run = _safe(job)
    while not stop.is_set():
        job.wake.wait(job.seconds)
        job.wake.clear()
        if not stop.is_set():
            run()
