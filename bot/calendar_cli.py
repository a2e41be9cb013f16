"""The deadline calendar at the edges: fetch and cache each watched company's submissions JSON,
compute its calendar (bot.deadlines, pure), turn due deadline events into alerts, and print the
calendar for `edgar-sentinel deadlines`.

A profile is fetched at most once a day per company (and on `watch`), through the shared
rate-limited EDGAR client, and cached in the store; when EDGAR cannot be reached the cached copy
is used, and a company with no copy at all says so rather than guessing."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import IO, Any

from bot import deadlines
from bot.deadlines import DeadlineEntry, DeadlineEvent, Status
from bot.edgar.submissions import CompanyProfile, merge_page, parse_submissions
from bot.engine import filing_url
from bot.errors import ConfigError, EdgarError, EdgarNotFound, SentinelError
from bot.models import Alert, Kind
from bot.settings import Settings
from bot.store import Store

log = logging.getLogger(__name__)

PROFILE_MAX_AGE = timedelta(days=1)
JUST_FETCHED = timedelta(minutes=5)  # a profile this young is not fetched again on `watch`


def submissions_path(cik: int) -> str:
    return f"/submissions/CIK{cik:010d}.json"


@dataclass(frozen=True, slots=True)
class ProfileResult:
    cik: int
    profile: CompanyProfile | None
    error: str | None = None


LOOKBACK = timedelta(days=450)  # history the calendar needs before `as_of`


def _with_history(client: Any, profile: CompanyProfile, as_of: date) -> CompanyProfile:
    """Merge older submissions pages until the history reaches LOOKBACK before `as_of`."""
    for name in list(profile.older_pages):
        oldest = min((f.filing_date for f in profile.filings), default=None)
        if oldest is not None and oldest <= as_of - LOOKBACK:
            break
        profile = merge_page(profile, client.get_data(f"/submissions/{name}", expect="json"),
                             name=name)
    return profile


def load_profile(
    client: Any, store: Store, cik: int, now: datetime, *, max_age: timedelta = PROFILE_MAX_AGE,
    force: bool = False, as_of: date | None = None,
) -> ProfileResult:
    """The company's submissions profile: the cached copy if fresh, else EDGAR's. Older
    submissions pages are fetched only when `as_of` lies further back than the recent page."""
    cached = store.load_profile(cik)
    as_of = as_of or now.date()
    try:
        if cached is not None and not force and now - cached[1] < max_age:
            return ProfileResult(cik, _with_history(client, parse_submissions(cached[0]), as_of))
        data = client.get_data(submissions_path(cik), expect="json")
        profile = _with_history(client, parse_submissions(data), as_of)
    except EdgarNotFound:
        return ProfileResult(cik, None, "EDGAR has no submissions record for this CIK")
    except (EdgarError, SentinelError) as exc:
        if cached is not None:
            log.warning("CIK %d: using the cached submissions profile (%s)", cik, exc)
            return ProfileResult(cik, parse_submissions(cached[0]))
        return ProfileResult(cik, None, f"submissions profile unavailable: {exc}")
    store.save_profile(cik, data, now)
    return ProfileResult(cik, profile)


def watchlist_calendar(
    client: Any, store: Store, watchlist: Any, as_of: date, now: datetime,
    *, only: Iterable[int] | None = None,
) -> list[DeadlineEntry]:
    """Calendar entries for every watched company (or the CIKs in `only`)."""
    wanted = set(only) if only is not None else None
    entries: list[DeadlineEntry] = []
    for company in watchlist.companies:
        if wanted is not None and company.cik not in wanted:
            continue
        result = load_profile(client, store, company.cik, now, as_of=as_of)
        if result.profile is None:
            entries.append(DeadlineEntry(
                cik=company.cik, ticker=company.ticker, report="10-K", period=None,
                category=None, due=None, nt_due=None, extended_due=None,
                status=Status.UNKNOWN, reason=result.error, company=company.name,
            ))
            continue
        entries.extend(deadlines.calendar(result.profile, as_of, ticker=company.ticker))
    return entries


def event_alerts(events: Iterable[DeadlineEvent], watchlist: Any, mutes: Iterable[Any],
                 now: datetime) -> list[Alert]:
    """Deadline events -> alerts routed like any late_filing finding."""
    mutes = list(mutes)
    alerts: list[Alert] = []
    for ev in events:
        company = watchlist.by_cik.get(ev.cik)
        if company is None or Kind.LATE_FILING not in watchlist.kinds_for(company):
            continue
        channel = watchlist.channel_for(company, Kind.LATE_FILING)
        if ev.severity.rank < watchlist.min_severity_for(company, channel).rank:
            continue
        if any(m.covers(ev.cik, Kind.LATE_FILING, now) for m in mutes):
            continue
        facts: dict[str, Any] = {"report": ev.report, "period": ev.period.isoformat(),
                                 "due": ev.due.isoformat(), "event": ev.event}
        if ev.category:
            facts["category"] = ev.category
        if ev.days_late is not None:
            facts["days_late"] = ev.days_late
        if ev.within_extension is not None:
            facts["within_extension"] = ev.within_extension
        alerts.append(Alert(
            kind=Kind.LATE_FILING, severity=ev.severity, title=ev.title, evidence=ev.text,
            facts=facts, channel=channel, company=company.name or ev.company or f"CIK {ev.cik}",
            cik=ev.cik, form=ev.report, dedupe_key=ev.key, episode_key=ev.episode_key,
            ticker=company.ticker or ev.ticker, period=ev.period,
            url=f"https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK={ev.cik:010d}"
                f"&type={ev.report}&dateb=&owner=include&count=40",
        ))
    return alerts


# Filings that change a company's deadline picture when they arrive.
PERIODIC_FORMS = frozenset({"10-K", "10-KT", "10-Q", "20-F", "NT 10-K", "NT 10-Q", "NT 20-F",
                            "15-12G", "15-15D"})


def run_deadline_job(client: Any, store: Store, watchlist: Any, now: datetime,
                     tz: Any, *, only: Iterable[int] | None = None) -> list[int]:
    """The daily job: raise the late-filing alerts the calendar supports today, once each.
    With `only`, just those companies (the pipeline calls it when a periodic report or an NT
    arrives, after refreshing the company's profile)."""
    as_of = now.astimezone(tz).date()
    entries = watchlist_calendar(client, store, watchlist, as_of, now, only=only)
    events = deadlines.deadline_events(entries, as_of)
    alerts = event_alerts(events, watchlist, store.active_mutes(now), now)
    ids = store.enqueue(alerts, now)
    if only is None:
        store.set_state("deadlines:last", {"as_of": as_of.isoformat(), "entries": len(entries),
                                           "events": len(events), "new_alerts": len(ids)}, now)
    return ids


def on_filing_processed(client: Any, store: Store, watchlist: Any, now: datetime, tz: Any,
                        cik: int, form: str) -> list[int]:
    """A watched company's 10-K/10-Q/20-F or NT just arrived: refresh its profile and raise
    what the calendar now supports (e.g. "filed late", threaded under the earlier miss)."""
    if form not in PERIODIC_FORMS:
        return []
    load_profile(client, store, cik, now, force=True)
    return run_deadline_job(client, store, watchlist, now, tz, only=[cik])


def on_company_watched(client: Any, store: Store, watchlist: Any, now: datetime, tz: Any,
                       cik: int) -> list[int]:
    """A company was just added to the watchlist (file or `/edgar watch`): fetch its profile
    now rather than at the next daily job, and raise what the calendar already supports."""
    # a fresh copy, unless the backfill's periodic reports just fetched one
    load_profile(client, store, cik, now, max_age=JUST_FETCHED)
    return run_deadline_job(client, store, watchlist, now, tz, only=[cik])


def deadlines_main(settings: Settings, *, as_of: str | None, as_json: bool,
                   out: IO[str] | None = None) -> int:
    """`edgar-sentinel deadlines [--as-of YYYY-MM-DD] [--json]`."""
    from bot.runtime import Runtime

    out = out or sys.stdout
    day: date | None = None
    if as_of:  # checked before anything starts
        try:
            day = date.fromisoformat(as_of)
        except ValueError:
            raise ConfigError(f"--as-of: not a date (YYYY-MM-DD): {as_of!r}") from None
    runtime = Runtime(settings)
    try:
        now = runtime.clock()
        wl = runtime.watchlist()
        if day is None:
            day = now.astimezone(wl.tz).date()
        entries = watchlist_calendar(runtime.client, runtime.store, wl, day, now)
    finally:
        runtime.close()
    if as_json:
        for e in entries:
            out.write(json.dumps(deadlines.to_json(e)) + "\n")
    else:
        out.write(f"Deadline calendar as of {day.isoformat()}\n")
        out.write(deadlines.format_calendar_text(entries) + "\n")
    return 0


__all__ = ["deadlines_main", "event_alerts", "filing_url", "load_profile", "on_company_watched",
           "on_filing_processed", "run_deadline_job", "watchlist_calendar"]
