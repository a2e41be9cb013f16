"""Recovery: making silence mean nothing happened.

- :func:`backfill` reads a newly watched company's per-company feed for the last N days, runs
  the rules over the filings of interest and posts at most ONE summary alert instead of a flood
  (the findings are stored; the per-filing alerts are not enqueued).
- :func:`repair_gaps` runs after a poll cycle whose feed paging never reached known ground
  (``CycleReport.gaps``): it reads each watched company's feed back to the last successful poll
  and processes what the latest-filings feed lost, with normal alerts.
- :func:`reconcile` reads EDGAR's daily master index for a day, processes every watched filing
  of interest the store never saw, and records how many the feed missed (state
  ``reconcile:last``, shown by ``/edgar status``).
- :func:`replay` runs the rules over the daily indexes of a period and prints (or enqueues) what
  would have fired: how a user tests a watchlist before trusting it.

Every function takes the pipeline (or client), the store and a clock value; nothing global.
"""

from __future__ import annotations

import logging
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import IO, Any
from zoneinfo import ZoneInfo

from bot import engine
from bot.edgar.feeds import company_feed_path, parse_company_feed
from bot.edgar.filings import parse_filing
from bot.edgar.indexes import daily_index_path, parse_master_index
from bot.errors import (
    ConfigError,
    EdgarError,
    EdgarNotFound,
    EdgarRateLimited,
    InputError,
    SentinelError,
)
from bot.models import Alert, FilingRef, Finding, Kind, Severity
from bot.pipeline import FORMS_OF_INTEREST, MAX_ATTEMPTS, CycleReport, Pipeline
from bot.rules import run_rules
from bot.store import Store, utcnow

log = logging.getLogger(__name__)

BACKFILL_DAYS = 30
COMPANY_FEED_COUNT = 40
MAX_COMPANY_PAGES = 25  # 1,000 filings back at most
REPAIR_MAX_LOOKBACK = timedelta(days=30)
REPLAY_MAX_DAYS = 370
STATE_LAST_OK_POLL = "recovery:last_ok_poll"
STATE_RECONCILE = "reconcile:last"
EASTERN = ZoneInfo("America/New_York")
_KIND_ORDER = (Kind.LATE_FILING, Kind.RESTATEMENT_RISK, Kind.BUYBACK)


# --------------------------------------------------------------------------------------------
# Shared helpers
# --------------------------------------------------------------------------------------------


def company_filings_since(
    client: Any, cik: int, since: date, *, max_pages: int = MAX_COMPANY_PAGES
) -> list[FilingRef]:
    """Forms of interest the company filed on or after ``since``, from its per-company feed
    (newest first, paged with ``start=`` until entries are older than ``since``)."""
    out: list[FilingRef] = []
    seen: set[str] = set()
    for page in range(max_pages):
        start = page * COMPANY_FEED_COUNT
        data = client.get(company_feed_path(cik, "", count=COMPANY_FEED_COUNT, start=start),
                          expect="atom")
        refs = parse_company_feed(data).refs
        older = False
        for ref in refs:
            if ref.filed is not None and ref.filed < since:
                older = True
                continue
            if ref.form in FORMS_OF_INTEREST and ref.accession not in seen:
                seen.add(ref.accession)
                out.append(ref)
        if older or len(refs) < COMPANY_FEED_COUNT:
            break
    return out


def _add_unseen(store: Store, refs: Sequence[FilingRef], now: datetime, *,
                claim: bool = False) -> list[FilingRef]:
    """Store the refs the store has not seen as pending, and return them. With `claim` they are
    claimed for a backfill (the poll leaves them alone, so they are summarised, not alerted one
    by one), and those an interrupted backfill had claimed are returned too."""
    known = store.known_accessions(r.accession for r in refs)
    claimed = (store.claimed_for_backfill(r.accession for r in refs if r.accession in known)
               if claim else set())
    store.add_pending([r for r in refs if r.accession not in known], now,
                      status="backfill" if claim else "pending")
    return [r for r in refs if r.accession not in known or r.accession in claimed]


def _process_each(pipeline: Pipeline, refs: Iterable[FilingRef], one: Callable[[FilingRef], Any],
                  failed: list[str]) -> None:
    """Run ``one`` on each ref, recording failures as the pipeline does (a filing that fails
    transiently stays pending for the next cycle)."""
    for ref in refs:
        try:
            one(ref)
        except EdgarRateLimited:
            raise
        except (EdgarError, InputError) as exc:
            permanent = isinstance(exc, (EdgarNotFound, InputError))
            pipeline.store.record_attempt_failed(
                ref.accession, str(exc), max_attempts=1 if permanent else MAX_ATTEMPTS)
            log.warning("filing %s (%s %s): %s", ref.accession, ref.form, ref.company, exc)
            failed.append(ref.accession)


def _label(company: Any, cik: int, ticker: str | None) -> str:
    if ticker:
        return ticker
    name = getattr(company, "name", None)
    return name or f"CIK {cik}"


def _most_severe(alerts: Sequence[Alert]) -> Alert:
    return max(alerts, key=lambda a: (Severity(a.severity).rank,
                                      -_KIND_ORDER.index(Kind(a.kind))))


# --------------------------------------------------------------------------------------------
# Backfill on watch
# --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class BackfillReport:
    cik: int
    label: str
    days: int
    filings: int = 0  # forms of interest in the window
    processed: int = 0  # newly processed here (already known filings are not redone)
    would_alert: list[Alert] = field(default_factory=list)
    summary_alert: Alert | None = None
    failed: list[str] = field(default_factory=list)
    error: str | None = None

    def line(self) -> str:
        s = (f"{self.label}: {self.filings} filings in {self.days} days, {self.processed} "
             f"processed, {len(self.would_alert)} findings")
        if self.failed:
            s += f", {len(self.failed)} failed"
        if self.error:
            s += f"; error: {self.error}"
        return s


def _quiet_process(pipeline: Pipeline, ref: FilingRef, now: datetime) -> list[Alert]:
    """Fetch, parse and run the rules like Pipeline.process, store the findings and mark the
    filing processed, but enqueue no alert: return the alerts that would have been sent."""
    data = pipeline.client.get(ref.submission_path, expect="submission")
    filing = parse_filing(data, source=ref.submission_path, form=ref.form)
    found = run_rules(filing)
    wl = pipeline.watchlist()
    company = wl.by_cik.get(ref.cik)
    alerts: list[Alert] = []
    if company is not None:
        ticker = company.ticker or next(iter(pipeline.tickers.tickers_for(ref.cik)), None)
        plan = engine.plan_alerts(ref, filing, found, watchlist=wl, company=company,
                                  ticker=ticker, now=now, mutes=pipeline.store.active_mutes(now))
        alerts = plan.alerts
    pipeline.store.record_processed(ref, found, [], now)
    if pipeline.on_processed:
        pipeline.on_processed(ref, found)
    return alerts


def summary_alert(
    cik: int, label: str, days: int, alerts: Sequence[Alert], now: datetime
) -> Alert | None:
    """One alert summing up what a backfill found, or None when it found nothing to send."""
    if not alerts:
        return None
    top = _most_severe(alerts)
    counts = Counter(Kind(a.kind) for a in alerts)
    parts = ", ".join(f"{counts[k]} {k.label.lower()}" for k in _KIND_ORDER if counts[k])
    n = len(alerts)
    title = (f"Backfill for {label}: {n} finding{'s' if n != 1 else ''} in the last {days} "
             f"days: {parts}")
    ordered = sorted(alerts, key=lambda a: (a.filed or date.min, a.accession or ""),
                     reverse=True)
    lines = [f"{a.filed or ''} {a.form}: {a.title}".strip() for a in ordered[:5]]
    if n > 5:
        lines.append(f"... and {n - 5} more")
    return Alert(
        kind=top.kind, severity=top.severity, title=title, evidence="\n".join(lines),
        facts={"backfill_days": days,
               "accessions": sorted({a.accession for a in alerts if a.accession})},
        channel=top.channel, company=top.company, cik=cik, form=top.form,
        dedupe_key=f"backfill:{cik}:{now.date().isoformat()}",
        episode_key=f"{cik}:backfill:{now.date().isoformat()}", ticker=top.ticker,
        url=company_filings_url(cik), filed=top.filed,
    )


def company_filings_url(cik: int) -> str:
    """The company's filing list on EDGAR (where a backfill summary links to)."""
    return (f"{engine.SEC_LINK_BASE}/cgi-bin/browse-edgar?action=getcompany&CIK={cik:010d}"
            "&type=&dateb=&owner=include&count=40")


def backfill(
    pipeline: Pipeline, cik: int, *, days: int = BACKFILL_DAYS, now: datetime | None = None
) -> BackfillReport:
    """Process a newly watched company's filings of the last ``days`` days and enqueue at most
    one summary alert (dedupe key ``backfill:{cik}:{date}``). Filings already known are not
    processed again; findings are stored for each processed filing."""
    now = now or pipeline.clock()
    wl = pipeline.watchlist()
    company = wl.by_cik.get(cik)
    ticker = (getattr(company, "ticker", None)
              or next(iter(pipeline.tickers.tickers_for(cik)), None))
    report = BackfillReport(cik=cik, label=_label(company, cik, ticker), days=days)
    try:
        refs = company_filings_since(pipeline.client, cik, (now - timedelta(days=days)).date())
    except EdgarNotFound:  # EDGAR has no feed for this CIK: nothing to look back over
        log.info("backfill: no company feed on EDGAR for CIK %d", cik)
        refs = []
    except EdgarError as exc:  # unreadable now: the caller retries later
        report.error = str(exc)
        return report
    report.filings = len(refs)
    new = _add_unseen(pipeline.store, refs, now, claim=True)

    def one(ref: FilingRef) -> None:
        report.would_alert.extend(_quiet_process(pipeline, ref, now))
        report.processed += 1

    try:
        _process_each(pipeline, sorted(new, key=lambda r: (r.filed or date.min, r.accession)),
                      one, report.failed)
    except EdgarRateLimited as exc:
        report.error = str(exc)  # the queued retry takes up what it had claimed
    if report.error is None:  # what failed on its own goes to the poll, which retries it
        pipeline.store.release_backfill(r.accession for r in new)
    report.summary_alert = summary_alert(cik, report.label, days, report.would_alert, now)
    if report.summary_alert is not None:
        pipeline.store.enqueue([report.summary_alert], now)
    return report


def backfill_watchlist(
    pipeline: Pipeline, ciks: Sequence[int], *, days: int = BACKFILL_DAYS,
    now: datetime | None = None,
    progress: Callable[[int, int, BackfillReport], None] | None = None,
) -> list[BackfillReport]:
    """Backfill several companies in turn; ``progress(i, total, report)`` after each. Stops
    early (remaining companies untouched) when SEC's rate page starts a cool-down."""
    reports: list[BackfillReport] = []
    for i, cik in enumerate(ciks, 1):
        rep = backfill(pipeline, cik, days=days, now=now)
        reports.append(rep)
        if progress:
            progress(i, len(ciks), rep)
        if rep.error and getattr(pipeline.client, "cooldown_until", None):
            break
    return reports


def stderr_progress(out: IO[str] | None = None) -> Callable[[int, int, BackfillReport], None]:
    """A progress callback printing ``backfill 12/500 NVDA: ...`` lines (stderr by default)."""

    def show(i: int, total: int, rep: BackfillReport) -> None:
        stream = out or sys.stderr
        stream.write(f"backfill {i}/{total} {rep.line()}\n")
        stream.flush()

    return show


# --------------------------------------------------------------------------------------------
# Gap repair
# --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class RepairReport:
    since: datetime | None = None
    companies: int = 0
    found: int = 0  # forms of interest in the companies' feeds since `since`
    added: int = 0  # of which the store had never seen
    processed: int = 0
    alerts: int = 0
    failed: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _parse_time(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        t = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return t if t.tzinfo else t.replace(tzinfo=UTC)


def last_ok_poll(store: Store) -> datetime | None:
    """Start of the last poll cycle that succeeded (as recorded by :func:`poll_with_repair`,
    else the pipeline's ``last_poll`` when it was ok)."""
    recorded = _parse_time(store.get_state(STATE_LAST_OK_POLL))
    if recorded is not None:
        return recorded
    last = store.get_state("last_poll") or {}
    return _parse_time(last.get("started")) if last.get("ok") else None


def repair_gaps(
    pipeline: Pipeline, report: CycleReport, *, now: datetime | None = None,
    since: datetime | None = None,
) -> RepairReport:
    """When ``report.gaps`` is non-empty, read each watched company's feed for filings since
    ``since`` (default: the last successful poll, at most REPAIR_MAX_LOOKBACK back), add the
    unseen ones as pending and process them normally (real alerts: they are recent)."""
    now = now or pipeline.clock()
    rep = RepairReport()
    if not report.gaps:
        return rep
    floor = now - REPAIR_MAX_LOOKBACK
    since = since or last_ok_poll(pipeline.store) or floor
    rep.since = max(since, floor)
    wl = pipeline.watchlist()
    for cik in sorted(wl.ciks):
        rep.companies += 1
        try:
            # filing dates are Eastern and roll over at 17:30 ET: look one day further back
            # (what the store already knows is skipped anyway)
            refs = company_filings_since(pipeline.client, cik,
                                         (rep.since - timedelta(days=1)).date())
        except EdgarRateLimited as exc:
            rep.errors.append(str(exc))
            break
        except EdgarError as exc:
            rep.errors.append(f"CIK {cik}: {exc}")
            continue
        rep.found += len(refs)
        rep.added += len(_add_unseen(pipeline.store, refs, now))
    sub = CycleReport(started=now)
    try:
        pipeline.process_pending(sub)
    except EdgarRateLimited as exc:
        rep.errors.append(str(exc))
    rep.processed, rep.alerts, rep.failed = sub.processed, sub.alerts, sub.failed
    if rep.added:
        log.warning("gap repair: %d filings the latest-filings feed lost were found in company "
                    "feeds since %s", rep.added, rep.since.isoformat())
    return rep


def poll_with_repair(pipeline: Pipeline) -> tuple[CycleReport, RepairReport]:
    """One poll cycle, then gap repair if its paging lost ground. Remembers the start of each
    successful cycle so the next repair knows how far back to look."""
    since = last_ok_poll(pipeline.store)
    report = pipeline.poll_cycle()
    repair = RepairReport()
    if report.gaps:
        repair = repair_gaps(pipeline, report, now=pipeline.clock(), since=since)
        report.processed += repair.processed
        report.alerts += repair.alerts
    if report.ok and not repair.errors:
        pipeline.store.set_state(STATE_LAST_OK_POLL, report.started.isoformat(),
                                 pipeline.clock())
    return report, repair


# --------------------------------------------------------------------------------------------
# Nightly reconciliation
# --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class ReconcileReport:
    day: date
    available: bool = True
    checked: int = 0  # watched filings of interest in the index
    missed: list[str] = field(default_factory=list)  # accessions the store had never seen
    processed: int = 0
    alerts: int = 0
    failed: list[str] = field(default_factory=list)
    error: str | None = None

    def summary(self) -> str:
        if not self.available:
            return f"reconcile {self.day}: daily index not available"
        s = (f"reconcile {self.day}: {self.checked} watched filings in the daily index, "
             f"{len(self.missed)} missed by the feed, {self.processed} processed")
        if self.error:
            s += f"; error: {self.error}"
        return s


def watched_in_index(refs: Iterable[FilingRef], ciks: frozenset[int] | set[int]) -> list[FilingRef]:
    """Index rows of watched companies and forms of interest, one per accession."""
    out: dict[str, FilingRef] = {}
    for ref in refs:
        if ref.cik in ciks and ref.form in FORMS_OF_INTEREST:
            out.setdefault(ref.accession, ref)
    return list(out.values())


def fetch_daily_index(client: Any, day: date) -> list[FilingRef] | None:
    """The day's master index rows, or None when EDGAR has no index for it (404: not built
    yet, a weekend or a holiday)."""
    path = daily_index_path(day)
    try:
        data = client.get(path, expect="text")
    except EdgarNotFound:
        return None
    return parse_master_index(data, source=path)


def reconcile(pipeline: Pipeline, day: date, *, now: datetime | None = None) -> ReconcileReport:
    """Process what the feed missed on ``day`` and record the figure in ``reconcile:last``."""
    now = now or pipeline.clock()
    rep = ReconcileReport(day=day)
    try:
        rows = fetch_daily_index(pipeline.client, day)
    except EdgarError as exc:
        rep.error = str(exc)
        return rep
    if rows is None:
        rep.available = False
        return rep
    refs = watched_in_index(rows, pipeline.watchlist().ciks)
    rep.checked = len(refs)
    new = _add_unseen(pipeline.store, refs, now)
    rep.missed = [r.accession for r in new]
    sub = CycleReport(started=now)
    try:
        pipeline.process_pending(sub)
    except EdgarRateLimited as exc:
        rep.error = str(exc)
    rep.processed, rep.alerts, rep.failed = sub.processed, sub.alerts, sub.failed
    pipeline.store.set_state(STATE_RECONCILE, {
        "day": day.isoformat(), "checked": rep.checked, "missed": len(rep.missed),
        "accessions": rep.missed, "at": now.isoformat(),
    }, now)
    if rep.missed:
        log.warning("%s: %s", rep.summary(), ", ".join(rep.missed))
    return rep


def nightly_reconcile(pipeline: Pipeline, *, now: datetime | None = None) -> ReconcileReport:
    """Reconcile the previous business day (Eastern time) once, whatever was done before."""
    now = now or pipeline.clock()
    rep = reconcile(pipeline, previous_business_day(now.astimezone(EASTERN).date()), now=now)
    log.info("%s", rep.summary())
    return rep


STATE_RECONCILE_DONE = "reconcile:done"  # days whose index was read (or that have none)
STATE_RECONCILE_SINCE = "reconcile:since"  # the first day this installation reconciles
CATCH_UP_DAYS = 7  # how far back a day not yet reconciled is still caught up
NO_INDEX_AFTER = 3  # a day whose index is still missing after this many days had none (holiday)


def reconcile_pending(pipeline: Pipeline, *, now: datetime | None = None) -> list[ReconcileReport]:
    """The reconcile job (hourly): every business day of the last week not reconciled yet, oldest
    first, from the day before the first run on (a new installation does not replay its past).
    A day whose index is not built yet, or that EDGAR failed to serve, is tried again next run;
    one whose index is still missing after NO_INDEX_AFTER days had none (a holiday)."""
    now = now or pipeline.clock()
    store = pipeline.store
    today = now.astimezone(EASTERN).date()
    since_s = store.get_state(STATE_RECONCILE_SINCE)
    if since_s is None:
        since = previous_business_day(today)
        store.set_state(STATE_RECONCILE_SINCE, since.isoformat(), now)
    else:
        since = date.fromisoformat(since_s)
    done = set(store.get_state(STATE_RECONCILE_DONE) or [])
    days = [d for d in business_days(max(since, today - timedelta(days=CATCH_UP_DAYS)),
                                     today - timedelta(days=1))
            if d.isoformat() not in done]
    reports: list[ReconcileReport] = []
    for day in days:
        rep = reconcile(pipeline, day, now=now)
        reports.append(rep)
        log.info("%s", rep.summary())
        if rep.error:
            break  # EDGAR is failing: the next run tries again
        if rep.available or (today - day).days > NO_INDEX_AFTER:
            done.add(day.isoformat())
    if reports:
        store.set_state(STATE_RECONCILE_DONE, sorted(done)[-60:], now)
    return reports


def previous_business_day(today: date) -> date:
    """The weekday before ``today`` (the day a nightly reconciliation checks)."""
    day = today - timedelta(days=1)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


# --------------------------------------------------------------------------------------------
# Replay
# --------------------------------------------------------------------------------------------


def business_days(start: date, end: date) -> list[date]:
    days: list[date] = []
    day = start
    while day <= end:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def replay(
    client: Any, watchlist: Any, tickers: Any, start: date, end: date, *, out: IO[str],
    post: bool = False, store: Store | None = None, now: datetime | None = None,
) -> int:
    """Run the rules over the watched filings in the daily indexes from ``start`` to ``end``
    and print one line per alert that would have fired (date, company (ticker), form, kind,
    severity, title, URL). With ``post`` the alerts are enqueued into ``store`` instead.
    Returns the number of alerts."""
    if end < start:
        raise ConfigError(f"replay: --from {start} is after --to {end}")
    if (end - start).days > REPLAY_MAX_DAYS:
        raise ConfigError(f"replay: at most {REPLAY_MAX_DAYS} days at a time, got "
                          f"{start} to {end}")
    if post and store is None:
        raise ValueError("replay(post=True) needs a store")
    now = now or datetime.now(UTC)
    count = 0
    for day in business_days(start, end):
        rows = fetch_daily_index(client, day)
        if rows is None:
            out.write(f"# {day}: no daily index (weekend, holiday or not built yet)\n")
            continue
        refs = watched_in_index(rows, watchlist.ciks)
        out.write(f"# {day}: {len(refs)} watched filings\n")
        for ref in sorted(refs, key=lambda r: (r.cik, r.accession)):
            try:
                data = client.get(ref.submission_path, expect="submission")
                filing = parse_filing(data, source=ref.submission_path, form=ref.form)
            except EdgarRateLimited:
                raise
            except (EdgarError, InputError) as exc:
                out.write(f"# {day} {ref.accession} {ref.company}: skipped: {exc}\n")
                continue
            found: list[Finding] = run_rules(filing)
            company = watchlist.by_cik[ref.cik]
            ticker = company.ticker or next(iter(tickers.tickers_for(ref.cik)), None)
            plan = engine.plan_alerts(ref, filing, found, watchlist=watchlist, company=company,
                                      ticker=ticker, now=now)
            for a in plan.alerts:
                count += 1
                who = f"{a.company} ({a.ticker})" if a.ticker else a.company
                out.write(f"{day}  {who}  {a.form}  {a.kind}  {a.severity}  {a.title}  "
                          f"{a.url}\n")
            if post and store is not None and plan.alerts:
                store.enqueue(plan.alerts, now, held=plan.held)
    out.write(f"# replay {start} to {end}: {count} alert{'s' if count != 1 else ''} "
              f"{'enqueued' if post else 'would have fired'}\n")
    return count


def _deliver_now(settings: Any, store: Store, out: IO[str]) -> None:
    """Drain the outbox to Slack (or the console without a token), as `run --once` does."""
    from bot.runtime import ONCE_DELIVERY_BUDGET, make_sender
    from bot.slack.delivery import Deliverer

    report = Deliverer(store, make_sender(settings, out), clock=utcnow).drain(
        deadline=utcnow() + ONCE_DELIVERY_BUDGET)
    out.write(f"# delivered {report.sent}"
              + (f", {report.failed} failed" if report.failed else "")
              + (f", {store.outbox_depth()} still queued" if store.outbox_depth() else "")
              + (f" ({report.halted})" if report.halted else "") + "\n")


def replay_main(
    settings: Any, start: date, end: date, watchlist_path: Path | None, post: bool,
    *, out: IO[str] | None = None, err: IO[str] | None = None, client: Any | None = None,
) -> int:
    """The ``edgar-sentinel replay`` command. Exit code 0, or 2 with one line on stderr."""
    from bot.edgar.client import EdgarClient
    from bot.edgar.tickers import TickerMap
    from bot.watchlist import load_watchlist

    out = out or sys.stdout
    err = err or sys.stderr
    own_client = client is None
    store: Store | None = None
    try:
        if client is None:
            settings.require_live_edgar()
            client = EdgarClient(settings.edgar_user_agent or "", settings.edgar_base_url,
                                 settings.edgar_data_url, rate_per_sec=settings.rate_limit)
        tickers = TickerMap.bundled()
        wl = load_watchlist(Path(watchlist_path or settings.watchlist_path), tickers)
        if post:
            store = Store(settings.database_url)
        replay(client, wl, tickers, start, end, out=out, post=post, store=store)
        if post and store is not None:
            _deliver_now(settings, store, out)
        return 0
    except SentinelError as exc:
        err.write(f"edgar-sentinel replay: {exc}\n")
        return 2
    finally:
        if store is not None:
            store.close()
        if own_client and client is not None:
            client.close()
