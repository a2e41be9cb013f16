"""`edgar-sentinel demo`: the whole pipeline, offline, over bundled real filings.

Starts the EDGAR stand-in on a free local port, serves the filings in bot/data/demo (real EDGAR
full submissions, see SOURCES.md there) under their sec.gov paths and lists them in a
latest-filings feed written in EDGAR's own format, then runs one real poll cycle against it with
a temporary SQLite database and prints the alerts. No network, no Slack token."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from importlib import resources
from pathlib import Path
from typing import IO

from bot.edgar.atomgen import EASTERN, render_current_feed
from bot.edgar.feeds import current_feed_path
from bot.edgar.filings import parse_header
from bot.edgar.standin import EdgarStandin
from bot.models import FilingRef
from bot.pipeline import FORM_FAMILIES
from bot.settings import Settings

DEMO_USER_AGENT = "edgar-sentinel demo demo@example.com"

DEMO_WATCHLIST = """\
# The demo's watchlist: the companies whose real filings are bundled.
defaults:
  channel: "#filings"
  kinds: [buyback, restatement_risk, late_filing]
  min_severity: low
companies:
  - cik: 8855          # American Locker Group (delisted; no ticker today)
    name: American Locker Group Inc
  - cik: 1173313       # ABVC BioPharma
  - cik: 1001426       # Pericom Semiconductor (acquired 2015)
    name: Pericom Semiconductor Corp
  - cik: 1002682       # Horizon Financial Corp
    name: Horizon Financial Corp
  - ticker: NVDA
"""


def demo_filings() -> Iterator[tuple[FilingRef, bytes]]:
    """The bundled filings as (feed entry, full submission bytes)."""
    folder = resources.files("bot") / "data" / "demo"
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if not item.name.endswith(".txt"):
            continue
        data = item.read_bytes()
        h = parse_header(data)
        if h.accession is None or h.cik is None or h.form is None or h.filed is None:
            raise RuntimeError(f"demo filing {item.name} has an incomplete header")
        # Headers of that era may lack an acceptance time: list those at noon of the filing day.
        accepted = h.accepted or datetime.combine(h.filed, time(12, 0), EASTERN)
        yield (
            FilingRef(accession=h.accession, cik=h.cik, company=h.company or f"CIK {h.cik}",
                      form=h.form, filed=h.filed, accepted=accepted, items=h.items),
            data,
        )


def _family(form: str) -> str | None:
    return next((f for f in FORM_FAMILIES if form.startswith(f)), None)


def serve_demo(edgar: EdgarStandin, now: datetime) -> list[FilingRef]:
    """Lay the demo filings and their feed pages into a running stand-in."""
    refs: list[FilingRef] = []
    for ref, data in demo_filings():
        edgar.add_filing(ref.cik, ref.accession, data, company=ref.company)
        refs.append(ref)
    refs.sort(key=lambda r: r.accepted or datetime.min.replace(tzinfo=UTC), reverse=True)
    for family in FORM_FAMILIES:
        page = [r for r in refs if _family(r.form) == family]
        edgar.set(current_feed_path(family, start=0), render_current_feed(page, updated=now),
                  "application/atom+xml")
    return refs


def run_demo(out: IO[str], *, keep_db: Path | None = None) -> int:
    from bot.runtime import Runtime  # the full runtime (Slack delivery) only when running

    now = datetime.now(UTC)
    with tempfile.TemporaryDirectory(prefix="edgar-sentinel-demo-") as tmp:
        db = keep_db or Path(tmp) / "demo.sqlite3"
        with EdgarStandin() as edgar:
            refs = serve_demo(edgar, now)
            settings = Settings(
                edgar_user_agent=DEMO_USER_AGENT, edgar_base_url=edgar.base_url,
                edgar_data_url=edgar.base_url, database_url=f"sqlite:///{db}",
            )
            out.write(
                f"edgar-sentinel demo: EDGAR stand-in at {edgar.base_url} serving "
                f"{len(refs)} real filings; one poll cycle, alerts printed below.\n\n"
            )
            runtime = Runtime(settings, watchlist_text=DEMO_WATCHLIST, out=out,
                              refresh_tickers=False, max_pages=1,
                              sleep=lambda s: None,
                              watch_feed_age=False)  # the demo's filings are years old
            try:
                cycle, delivered = runtime.run_once()
            finally:
                runtime.close()
            elapsed = (cycle.finished or now) - cycle.started
            out.write(
                f"\n{cycle.summary()}; {cycle.requests} requests to the stand-in in "
                f"{elapsed / timedelta(seconds=1):.2f} s; {delivered.sent} alerts printed.\n"
            )
            return 0 if cycle.ok and not cycle.failed else 1
