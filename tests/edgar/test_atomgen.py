"""The Atom writer reproduces EDGAR's latest-filings entries byte for byte."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.edgar.atomgen import render_current_feed, render_entry
from bot.edgar.feeds import parse_current_feed
from bot.models import FilingRef

FEED = Path(__file__).resolve().parents[1] / "fixtures" / "feeds" / (
    "getcurrent_2026-01-12_start0000_count100.atom.xml")


def test_entry_matches_the_recorded_edgar_entry_exactly():
    real = FEED.read_text("iso-8859-1")
    start = real.index("<entry>\n<title>8-K - Biohaven Ltd.")
    recorded = real[start : real.index("</entry>", start) + len("</entry>\n")]
    ref = FilingRef(
        accession="0001935979-26-000005", cik=1935979, company="Biohaven Ltd.", form="8-K",
        filed=date(2026, 1, 12),
        accepted=datetime(2026, 1, 12, 11, 19, 8, tzinfo=ZoneInfo("America/New_York")),
        items=("7.01", "9.01"),
    )
    assert render_entry(ref, size="14 MB") == recorded


def test_written_feed_parses_back_to_the_same_refs():
    refs = [
        FilingRef(accession=f"0000320193-26-00000{i}", cik=320193, company="Apple Inc.",
                  form=form, filed=date(2026, 1, 12),
                  accepted=datetime(2026, 1, 12, 21 - i, 0, tzinfo=UTC), items=items)
        for i, (form, items) in enumerate([("8-K", ("2.02", "9.01")), ("NT 10-K", ()),
                                           ("10-K/A", ())])
    ]
    parsed = parse_current_feed(render_current_feed(refs, updated=refs[0].accepted))
    assert [(r.accession, r.form, r.items, r.accepted) for r in parsed] == [
        (r.accession, r.form, r.items, r.accepted) for r in refs]
