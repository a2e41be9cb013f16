"""Atom feed parsing against real EDGAR feeds (expected values read from the XML)."""

from __future__ import annotations

import gzip
import json
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from bot.edgar.client import EdgarClient, RateLimiter
from bot.edgar.feeds import (
    COMPANY_ROLES,
    company_feed_path,
    current_feed_path,
    parse_company_feed,
    parse_current_entries,
    parse_current_feed,
    parse_items_desc,
)
from bot.edgar.standin import EdgarStandin, layout_feed_pages
from bot.errors import EdgarBadResponse, EdgarRetryable

FEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "feeds"
EST = timezone(timedelta(hours=-5))


def feed(name: str) -> bytes:
    return (FEEDS / name).read_bytes()


# -- paths ------------------------------------------------------------------------------------


def test_current_feed_path_is_edgars_query():
    assert current_feed_path("8-K") == (
        "/cgi-bin/browse-edgar?action=getcurrent&type=8-K&company=&dateb=&owner=include"
        "&start=0&count=100&output=atom"
    )
    assert "type=10-K%2FA" in current_feed_path("10-K/A", start=200, count=40)
    assert "type=NT%2010-K" in current_feed_path("NT 10-K")
    assert "&start=200&count=40&" in current_feed_path("10-K/A", start=200, count=40)
    with pytest.raises(ValueError):
        current_feed_path("8-K", count=50)


def test_company_feed_path_is_edgars_query():
    assert company_feed_path(320193) == (
        "/cgi-bin/browse-edgar?action=getcompany&CIK=0000320193&type=&dateb=&owner=include"
        "&count=40&output=atom"
    )
    assert company_feed_path(1692115, "8-K", count=100, dateb="20260110") == (
        "/cgi-bin/browse-edgar?action=getcompany&CIK=0001692115&type=8-K&dateb=20260110"
        "&owner=include&count=100&output=atom"
    )
    with pytest.raises(ValueError):
        company_feed_path(320193, dateb="2026-01-10")


# -- latest filings ---------------------------------------------------------------------------


def test_first_entry_of_the_latest_filings_page():
    refs = parse_current_feed(feed("getcurrent_2026-01-12_start0000_count100.atom.xml"))
    first = refs[0]
    assert first.accession == "0002074440-26-000002"
    assert first.cik == 2074440
    assert first.company == "Ryan Investment Management, Inc."
    assert first.form == "13F-HR"
    assert first.filed == date(2026, 1, 12)
    assert first.accepted == datetime(2026, 1, 12, 11, 27, 39, tzinfo=EST)
    assert first.accepted.utcoffset() == timedelta(hours=-5)
    assert first.index_url == (
        "https://www.sec.gov/Archives/edgar/data/2074440/000207444026000002/"
        "0002074440-26-000002-index.htm"
    )
    assert first.source == "getcurrent"


def test_form_4_keeps_the_issuer_not_the_reporting_insider():
    refs = parse_current_feed(feed("getcurrent_2026-01-12_start0000_count100.atom.xml"))
    same = [r for r in refs if r.accession == "0000080661-26-000032"]
    assert [(r.cik, r.company, r.form) for r in same] == [(80661, "PROGRESSIVE CORP/OH/", "4")]
    everyone = parse_current_feed(
        feed("getcurrent_2026-01-12_start0000_count100.atom.xml"), roles=None
    )
    assert {r.cik for r in everyone if r.accession == "0000080661-26-000032"} == {80661, 1071287}


def test_roles_are_reported_per_entry():
    entries = parse_current_entries(feed("getcurrent_2026-01-12_start0000_count100.atom.xml"))
    roles = {(e.ref.accession, e.ref.cik): e.role for e in entries}
    assert roles[("0000080661-26-000032", 1071287)] == "Reporting"
    assert roles[("0000080661-26-000032", 80661)] == "Issuer"
    assert "Reporting" not in COMPANY_ROLES


def test_no_accession_company_pair_appears_twice():
    for name in sorted(FEEDS.glob("getcurrent_*.atom.xml")):
        refs = parse_current_feed(name.read_bytes(), roles=None)
        pairs = [(r.accession, r.cik) for r in refs]
        assert len(pairs) == len(set(pairs)), name.name
        assert refs, name.name


def test_8k_items_come_from_the_summary():
    refs = parse_current_feed(feed("getcurrent_2026-01-12_start1700_count100.atom.xml"))
    (swx,) = [r for r in refs if r.accession == "0001692115-26-000004"]
    assert swx.company == "Southwest Gas Holdings, Inc."
    assert swx.cik == 1692115
    assert swx.form == "8-K"
    assert swx.items == ("2.02", "4.02", "7.01")
    assert swx.filed == date(2026, 1, 9)
    assert swx.accepted == datetime(2026, 1, 9, 17, 7, 17, tzinfo=EST)


def test_form_d_items_are_not_mistaken_for_8k_items():
    refs = parse_current_feed(feed("getcurrent_2026-01-12_start0000_count100.atom.xml"))
    (form_d,) = [r for r in refs if r.accession == "0000950103-26-000356"]
    assert form_d.form == "D"
    assert form_d.items == ()


def test_exact_form_from_category_term():
    refs = parse_current_feed(feed("getcurrent_2025-12-12_start0400_count100.atom.xml"))
    (tender,) = [r for r in refs if r.accession == "0001580642-25-007822"]
    assert tender.form == "SC TO-I/A"
    assert tender.company == "Princeton Everest Fund"
    refs = parse_current_feed(feed("getcurrent_2025-12-12_start0700_count100.atom.xml"))
    (amended,) = [r for r in refs if r.accession == "0001493152-25-027511"]
    assert amended.form == "10-K/A"
    assert amended.cik == 1938109


def test_type_filtered_page_keeps_exact_forms():
    refs = parse_current_feed(feed("getcurrent_2025-12-12_type4_start0000_count100.atom.xml"))
    assert refs and {r.form for r in refs} == {"4"}


def test_overlapping_pages_shift_by_one_entry():
    page0 = parse_current_entries(feed("getcurrent_2025-12-12_start0000_count40.atom.xml"))
    page1 = parse_current_entries(feed("getcurrent_2025-12-12_start0001_count40.atom.xml"))
    assert page1[0].ref.accession in {e.ref.accession for e in page0[:3]}
    assert page0[0].ref.cik == 1690820 or page0[1].ref.cik == 1690820


def test_2021_feed_parses():
    refs = parse_current_feed(feed("getcurrent_2021-04-18_count40.atom.xml"))
    assert refs
    assert all(r.accepted is not None and r.accepted.tzinfo is not None for r in refs)
    assert all(r.index_url and r.index_url.startswith("https://www.sec.gov/") for r in refs)


def test_relative_links_become_absolute():
    data = feed("getcurrent_2026-01-12_start0000_count100.atom.xml").replace(
        b'href="https://www.sec.gov/Archives/', b'href="/Archives/'
    )
    refs = parse_current_feed(data, base_url="http://127.0.0.1:8080")
    assert refs[0].index_url.startswith("http://127.0.0.1:8080/Archives/edgar/data/2074440/")


# -- not a feed -------------------------------------------------------------------------------


def test_503_file_unavailable_page_is_an_error_not_an_empty_list():
    with pytest.raises(EdgarBadResponse, match="File Unavailable"):
        parse_current_feed(feed("getcurrent_2026-01-12_start5100_HTTP503_File_Unavailable.html"))


def test_truncated_feed_is_an_error():
    data = feed("getcurrent_2026-01-12_start0000_count100.atom.xml")
    with pytest.raises(EdgarBadResponse, match="truncated"):
        parse_current_feed(data[: len(data) // 2])
    with pytest.raises(EdgarBadResponse):
        parse_current_feed(b"")


def test_entity_declarations_are_refused():
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        b'<feed xmlns="http://www.w3.org/2005/Atom"><title>&b;</title></feed>'
    )
    with pytest.raises(EdgarBadResponse, match="entity"):
        parse_current_feed(bomb)
    external = (
        b'<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<feed xmlns="http://www.w3.org/2005/Atom"><title>&x;</title></feed>'
    )
    with pytest.raises(EdgarBadResponse):
        parse_current_feed(external)


def test_xml_that_is_not_atom_is_an_error():
    with pytest.raises(EdgarBadResponse):
        parse_current_feed(b'<?xml version="1.0"?><rss><channel></channel></rss>')
    with pytest.raises(TypeError):
        parse_current_feed("https://www.sec.gov/cgi-bin/browse-edgar")  # type: ignore[arg-type]


def test_valid_feed_without_entries_is_empty():
    data = (
        b'<?xml version="1.0" encoding="ISO-8859-1" ?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        b"<title>Latest Filings</title><updated>2026-01-12T11:28:50-05:00</updated></feed>"
    )
    assert parse_current_feed(data) == []


# -- company feeds ----------------------------------------------------------------------------


def test_company_info_and_items_desc_spacing():
    parsed = parse_company_feed(feed("EA_getcompany_all_2021-04-18.atom.xml"))
    info = parsed.info
    assert (info.cik, info.name, info.fiscal_year_end) == (712515, "ELECTRONIC ARTS INC.", "0331")
    assert (info.state_location, info.state_of_incorporation, info.sic) == ("CA", "DE", "7372")
    assert len(parsed.refs) == 40
    by_acc = {r.accession: r for r in parsed.refs}
    eight_k = by_acc["0000712515-21-000028"]
    assert eight_k.form == "8-K"
    assert eight_k.items == ("2.01", "8.01", "9.01")  # "items 2.01, 8.01and9.01"
    assert eight_k.filed == date(2021, 2, 18)
    assert eight_k.accepted == datetime(2021, 2, 18, 16, 2, 19, tzinfo=EST)
    assert eight_k.cik == 712515 and eight_k.company == "ELECTRONIC ARTS INC."
    assert eight_k.source == "getcompany"
    letter = by_acc["9999999997-21-000981"]
    assert letter.form == "SEC STAFF LETTER" and letter.items == ()


def test_accession_nunber_typo():
    parsed = parse_company_feed(feed("TWTR_getcompany_2016.atom.xml"))
    assert parsed.info.cik == 1418091 and parsed.info.name == "TWITTER, INC."
    assert len(parsed.refs) == 40
    first = parsed.refs[0]
    assert first.accession == "0001564590-16-013773"
    assert first.form == "S-8"
    assert first.filed == date(2016, 3, 1)
    assert first.index_url.startswith("http://www.sec.gov/Archives/edgar/data/1418091/")


def test_amend_titles_give_the_amended_form():
    parsed = parse_company_feed(feed("AAPL_getcompany_10-K_before_20170801.atom.xml"))
    forms = [r.form for r in parsed.refs]
    assert forms.count("10-K/A") == 2
    assert all("[Amend]" not in f for f in forms)
    assert set(forms) <= {"10-K", "10-K/A", "10-K405"}


def test_auditor_change_items():
    parsed = parse_company_feed(feed("KVAC_Keen_Vision_getcompany_count100.atom.xml"))
    assert parsed.info.cik == 1889983
    assert ("4.01", "9.01") in {r.items for r in parsed.refs}
    assert ("1.01", "2.03", "8.01", "9.01") in {r.items for r in parsed.refs}


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("items 1.01, 2.03and9.01", ("1.01", "2.03", "9.01")),
        ("items 2.02 and 9.01", ("2.02", "9.01")),
        ("item 5.07", ("5.07",)),
        ("items 1.01, 5.03, 5.07, 8.01and9.01", ("1.01", "5.03", "5.07", "8.01", "9.01")),
        ("item 5", ("5",)),
        ("", ()),
    ],
)
def test_parse_items_desc(text, items):
    assert parse_items_desc(text) == items


def test_company_search_results_are_not_a_company_feed():
    with pytest.raises(EdgarBadResponse, match="company"):
        parse_company_feed(feed("company_delhaize.atom.xml"))


def test_legacy_xml_output_is_refused():
    with pytest.raises(EdgarBadResponse):
        parse_company_feed(feed("AAPL_getcompany_type10-Q_output=xml.xml"))


def test_every_company_feed_in_the_corpus_parses():
    for name in sorted(FEEDS.glob("*getcompany*.atom.xml")):
        parsed = parse_company_feed(name.read_bytes())
        assert parsed.refs, name.name
        assert all(r.cik == parsed.info.cik for r in parsed.refs)
        assert len({r.accession for r in parsed.refs}) == len(parsed.refs)


# -- the 52-page recording, replayed through the stand-in ------------------------------------


def _cassette() -> list[dict]:
    return json.loads(gzip.decompress(feed("getcurrent_2026-01-12_cassette_pages.json.gz")))


def test_cassette_pages_replayed_through_client_and_standin(tmp_path):
    pages = _cassette()
    ok = [p for p in pages if p["status"] == 200]
    assert len({p["uri"] for p in ok}) == 51  # start=0..5000
    assert pages[-1]["status"] == 503 and "File Unavailable" in pages[-1]["body"]
    starts = {}
    for p in ok:
        start = int(p["uri"].split("start=")[1].split("&")[0])
        starts[start] = p["body"].encode("iso-8859-1")
    layout_feed_pages(sorted(starts.items()), tmp_path)

    waits: list[float] = []
    with EdgarStandin(root=tmp_path) as server, EdgarClient(
        "Sentinel Tests ops@sentinel.example",
        server.base_url,
        server.base_url,
        limiter=RateLimiter(1000.0),
        sleep=waits.append,
        retries=1,
    ) as client:
        seen: set[str] = set()
        for start in range(0, 5001, 100):
            refs = parse_current_feed(client.get(current_feed_path("", start=start), expect="atom"))
            assert refs, start
            seen.update(r.accession for r in refs)
        with pytest.raises(EdgarRetryable, match="File Unavailable"):
            client.get(current_feed_path("", start=5100), expect="atom")
    assert len(seen) > 3000
    assert len(waits) == 1  # one retry of the 503, then the error


def test_cassette_pages_are_newest_first():
    pages = [p for p in _cassette() if p["status"] == 200]
    first = parse_current_feed(pages[0]["body"].encode("iso-8859-1"))
    last = parse_current_feed(pages[-1]["body"].encode("iso-8859-1"))
    assert first[0].accepted > last[-1].accepted
    accepted = [r.accepted for r in first]
    assert accepted == sorted(accepted, reverse=True)
    assert first[0].accepted.astimezone(UTC).date() == date(2026, 1, 12)
