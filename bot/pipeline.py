"""One poll cycle: discover new filings of watched companies, fetch them, run the rules, route
the findings and enqueue the alerts durably.

Discovery reads EDGAR's latest-filings feed once per form family, newest first, paging with
`start=` until it meets an accession it saw at the top of that feed last cycle. The request count
depends on how many filings EDGAR received, never on the watchlist's size. Watched filings are
written to the store as *pending* before anything else happens, so a crash after discovery loses
nothing; each is then processed in its own transaction (findings + alerts + "processed").
A family's new filings are processed before the next family's feed is read (8-K and NT first),
so an alert waits for one feed request, not six.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot import engine
from bot.edgar.feeds import current_feed_path, parse_current_feed
from bot.edgar.filings import parse_filing
from bot.errors import EdgarError, EdgarNotFound, EdgarRateLimited, InputError
from bot.models import FilingRef, Finding
from bot.rules import run_rules
from bot.store import Store

log = logging.getLogger(__name__)

# Feed `type=` values polled each cycle (EDGAR matches them as prefixes) ...
FORM_FAMILIES: tuple[str, ...] = ("8-K", "NT", "10-K", "10-Q", "SC TO-I", "20-F")
# ... and the exact forms kept from what they return.
FORMS_OF_INTEREST: frozenset[str] = frozenset({
    "8-K", "8-K/A", "10-K", "10-K/A", "10-KT", "10-KT/A", "10-Q", "10-Q/A",
    "NT 10-K", "NT 10-K/A", "NT 10-Q", "NT 10-Q/A", "NT 20-F", "NT 20-F/A", "NT 11-K",
    "NT 11-K/A", "SC TO-I", "SC TO-I/A", "20-F", "20-F/A",
})
FEED_MEMORY = 400  # accessions remembered from the top of each feed
MAX_ATTEMPTS = 5


@dataclass(slots=True)
class CycleReport:
    started: datetime
    finished: datetime | None = None
    requests: int = 0
    feed_entries: int = 0
    pages: int = 0
    discovered: int = 0  # new watched filings found this cycle
    processed: int = 0
    alerts: int = 0
    failed: list[str] = field(default_factory=list)
    gaps: list[str] = field(default_factory=list)  # families whose paging did not reach known ground
    newest_accepted: datetime | None = None
    ok: bool = True
    error: str | None = None

    def summary(self) -> str:
        s = (f"poll: {self.pages} feed pages, {self.feed_entries} entries, "
             f"{self.discovered} new watched filings, {self.processed} processed, "
             f"{self.alerts} alerts")
        if self.failed:
            s += f", {len(self.failed)} failed"
        if self.gaps:
            s += f", gaps in {', '.join(self.gaps)}"
        if self.error:
            s += f"; error: {self.error}"
        return s


class Pipeline:
    """The poll job. `client` is bot.edgar.client.EdgarClient (or anything with .get and
    .requests_sent); `context()` returns the current watchlist and ticker map."""

    def __init__(
        self,
        *,
        client: object,
        store: Store,
        watchlist: Callable[[], object],
        tickers: object,
        clock: Callable[[], datetime],
        families: Sequence[str] = FORM_FAMILIES,
        page_size: int = 100,
        max_pages: int = 10,
        on_processed: Callable[[FilingRef, list[Finding]], None] | None = None,
    ) -> None:
        self.client = client
        self.store = store
        self.watchlist = watchlist
        self.tickers = tickers
        self.clock = clock
        self.families = tuple(families)
        self.page_size = page_size
        self.max_pages = max_pages
        self.on_processed = on_processed

    # --- discovery -------------------------------------------------------------------------

    def discover_family(
        self, family: str, report: CycleReport, watched: frozenset[int] | set[int]
    ) -> list[FilingRef]:
        """Read one family's feed back to known ground; its new watched filings become pending.
        Raises EdgarError when the first page cannot be read."""
        key = f"feed:{family}"
        remembered = list(self.store.get_state(key) or [])
        memory = set(remembered)
        top: list[str] = []
        found: dict[str, FilingRef] = {}
        reached = not memory  # an empty memory (first cycle) reads max_pages and stops
        for page in range(self.max_pages):
            start = page * self.page_size
            try:
                data = self.client.get(
                    current_feed_path(family, start=start, count=self.page_size),
                    expect="atom",
                )
            except EdgarError as exc:
                if start > 0 and not isinstance(exc, EdgarRateLimited):
                    # EDGAR answers past the feed's end with a 503 page: paging stops here
                    log.warning("feed %s: paging stopped at start=%d: %s", family, start, exc)
                    report.gaps.append(family)
                    reached = True
                    break
                raise
            refs = parse_current_feed(data)
            report.pages += 1
            report.feed_entries += len(refs)
            if page == 0:
                top = list(dict.fromkeys(r.accession for r in refs))
            hit = False
            for ref in refs:
                if ref.accepted and (report.newest_accepted is None
                                     or ref.accepted > report.newest_accepted):
                    report.newest_accepted = ref.accepted  # the feed's newest entry
                if ref.accession in memory:
                    hit = True
                    continue
                if ref.cik in watched and ref.form in FORMS_OF_INTEREST:
                    found.setdefault(ref.accession, ref)
            if hit or len(refs) < self.page_size:
                reached = True
                break
        if not reached and family not in report.gaps:
            report.gaps.append(family)
        # The family's watched filings become pending in the same transaction that updates
        # its memory: a crash can never leave an accession remembered but unprocessed.
        refs = list(found.values())
        known = self.store.known_accessions(r.accession for r in refs)
        new = [r for r in refs if r.accession not in known]
        update = None
        if top:
            update = (key, list(dict.fromkeys(top + remembered))[:FEED_MEMORY])
        self.store.add_pending(new, self.clock(), state_update=update)
        report.discovered += len(new)
        return new

    # --- processing ------------------------------------------------------------------------

    def process_pending(self, report: CycleReport, tried: set[str] | None = None) -> None:
        """Process every pending filing not in ``tried`` (accessions already attempted this
        cycle, which the call adds to: a failure is retried next cycle, not at once)."""
        tried = set() if tried is None else tried
        for ref in self.store.pending_filings(max_attempts=MAX_ATTEMPTS):
            if ref.accession in tried:
                continue
            tried.add(ref.accession)
            try:
                report.alerts += self.process(ref)
                report.processed += 1
            except EdgarRateLimited:
                raise  # nothing else can be fetched during the cool-down
            except (EdgarError, InputError) as exc:
                permanent = isinstance(exc, (EdgarNotFound, InputError))
                gave_up = self.store.record_attempt_failed(
                    ref.accession, str(exc), max_attempts=1 if permanent else MAX_ATTEMPTS
                )
                log.warning("filing %s (%s %s): %s%s", ref.accession, ref.form, ref.company,
                            exc, " - giving up" if gave_up else " - will retry")
                report.failed.append(ref.accession)
            except Exception as exc:  # a bug on one filing must not blind the other feeds
                log.exception("filing %s (%s %s): unexpected error", ref.accession, ref.form,
                              ref.company)
                self.store.record_attempt_failed(
                    ref.accession, f"{type(exc).__name__}: {exc}", max_attempts=MAX_ATTEMPTS
                )
                report.failed.append(ref.accession)

    def process(self, ref: FilingRef) -> int:
        """Fetch, parse, run the rules, route and enqueue one filing. Returns alerts enqueued."""
        data = self.client.get(ref.submission_path, expect="submission")
        filing = parse_filing(data, source=ref.submission_path, form=ref.form)
        found = run_rules(filing)
        return self.route(ref, filing, found)

    def route(self, ref: FilingRef, filing: object, found: list[Finding]) -> int:
        now = self.clock()
        wl = self.watchlist()
        company = wl.by_cik.get(ref.cik)
        if company is None:  # unwatched since discovery: keep the record, send nothing
            self.store.record_processed(ref, found, [], now)
            return 0
        ticker = company.ticker or next(iter(self.tickers.tickers_for(ref.cik)), None)
        prior = [
            engine.PriorAlert(kind=a.alert.kind, episode_key=a.alert.episode_key,
                              created_at=a.created_at)
            for a in self.store.recent_episode_alerts(ref.cik, now - timedelta(days=120))
        ]
        plan = engine.plan_alerts(
            ref, filing, found, watchlist=wl, company=company, ticker=ticker, now=now,
            prior=prior, mutes=self.store.active_mutes(now),
        )
        for f, why in plan.suppressed:
            log.info("filing %s: %s finding not alerted (%s)", ref.accession, f.kind, why)
        ids = self.store.record_processed(ref, found, plan.alerts, now, held=plan.held)
        if self.on_processed:
            self.on_processed(ref, found)
        return len(ids)

    # --- the cycle -------------------------------------------------------------------------

    def poll_cycle(self) -> CycleReport:
        """Each family in turn: read its feed, then at once fetch and process what is pending
        (an 8-K alert does not wait for the five other feeds). A feed that cannot be read ends
        discovery for this cycle (EDGAR is failing: the client already retried) but what is
        pending is still processed; SEC's cool-down stops everything."""
        report = CycleReport(started=self.clock())
        before = getattr(self.client, "requests_sent", 0)
        watched = self.watchlist().ciks
        tried: set[str] = set()
        try:
            for family in self.families:
                try:
                    self.discover_family(family, report, watched)
                except EdgarRateLimited:
                    raise
                except EdgarError as exc:
                    report.ok = False
                    report.error = str(exc)
                    log.error("poll: %s feed discovery failed: %s", family, exc)
                self.process_pending(report, tried)
                if not report.ok:
                    break
        except EdgarRateLimited as exc:
            report.ok = False
            report.error = str(exc)
        report.requests = getattr(self.client, "requests_sent", 0) - before
        report.finished = self.clock()
        self.store.set_state("last_poll", {
            "started": report.started.isoformat(),
            "finished": report.finished.isoformat(),
            "ok": report.ok,
            "error": report.error,
            "summary": report.summary(),
            "newest_accepted": report.newest_accepted.isoformat()
            if report.newest_accepted else None,
        }, report.finished)
        return report
