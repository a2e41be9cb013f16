"""bot.edgar.submissions over real data.sec.gov submissions JSON (tests/fixtures/submissions,
copied from the corpus). Expected values were read from the JSON files by hand."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bot.edgar.submissions import CompanyProfile, merge_page, parse_submissions
from bot.errors import EdgarBadResponse, EdgarError, EdgarNotFound

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "submissions"


def load(name: str) -> CompanyProfile:
    return parse_submissions((FIXTURES / name).read_bytes(), url=name)


def by_accession(profile: CompanyProfile, accession: str):
    return next(f for f in profile.filings if f.accession == accession)


def test_apple_header_fields():
    apple = load("CIK0000320193_apple.json")
    assert apple.cik == 320193
    assert apple.name == "Apple Inc."
    assert apple.tickers == ("AAPL",)
    assert apple.categories == ("Large accelerated filer",)
    assert apple.category == "Large accelerated filer"
    assert apple.fiscal_year_end == "0926"
    assert apple.older_pages == ("CIK0000320193-submissions-001.json",)
    assert len(apple.filings) == 1005


def test_apple_10k_row():
    apple = load("CIK0000320193_apple.json")
    tenk = by_accession(apple, "0000320193-25-000079")
    assert tenk.form == "10-K"
    assert tenk.filing_date == date(2025, 10, 31)
    assert tenk.report_date == date(2025, 9, 27)
    assert tenk.acceptance == datetime(2025, 10, 31, 6, 1, 26, tzinfo=UTC)
    assert tenk.acceptance.tzinfo is not None
    assert tenk.items == ()
    assert tenk.primary_document == "aapl-20250927.htm"


def test_8k_items_are_split():
    apple = load("CIK0000320193_apple.json")
    eightk = by_accession(apple, "0001140361-26-006577")
    assert eightk.form == "8-K"
    assert eightk.items == ("5.07", "9.01")
    assert eightk.report_date == date(2026, 2, 24)


def test_empty_strings_become_none():
    apple = load("CIK0000320193_apple.json")
    px = by_accession(apple, "0001096906-26-000136")
    assert px.form == "PX14A6G"
    assert px.report_date is None
    assert px.items == ()


def test_filings_newest_first():
    apple = load("CIK0000320193_apple.json")
    dates = [f.filing_date for f in apple.filings]
    assert dates == sorted(dates, reverse=True)
    assert apple.filings[0].filing_date == date(2026, 2, 26)


def test_many_tickers_and_pages():
    fannie = load("CIK0000310522_fannie_mae_multi_ticker.json")
    assert fannie.cik == 310522
    assert len(fannie.tickers) == 16
    assert fannie.tickers[0] == "FNMA"
    assert "FNMAS" in fannie.tickers
    assert fannie.older_pages == (
        "CIK0000310522-submissions-001.json",
        "CIK0000310522-submissions-002.json",
        "CIK0000310522-submissions-003.json",
    )


def test_category_without_filer_status():
    # Alzamend's JSON says "<br>Emerging growth company": no filer status at all.
    alzn = load("CIK0001677077_alzamend_smallcap.json")
    assert alzn.categories == ("Emerging growth company",)
    assert alzn.fiscal_year_end == "0430"
    nt = by_accession(alzn, "0001214659-24-013128")
    assert (nt.form, nt.filing_date, nt.report_date) == (
        "NT 10-K",
        date(2024, 7, 30),
        date(2024, 4, 30),
    )


def test_category_split_on_br():
    raw = json.loads((FIXTURES / "CIK0001889983_keen_vision_spac.json").read_bytes())
    raw["category"] = "Non-accelerated filer<br>Smaller reporting company"
    profile = parse_submissions(json.dumps(raw).encode())
    assert profile.categories == ("Non-accelerated filer", "Smaller reporting company")
    assert profile.tickers == ("KVAC", "KVACU", "KVACW")


def test_company_with_no_filings():
    empty = load("CIK0000350001_no_filings.json")
    assert empty.cik == 350001
    assert empty.filings == ()
    assert empty.older_pages == ()
    assert empty.tickers == ()
    assert empty.categories == ()
    assert empty.category is None
    assert empty.fiscal_year_end == "1231"


def test_merge_older_page_tesla():
    tesla = load("CIK0001318605_tesla.json")
    assert tesla.older_pages == ("CIK0001318605-submissions-001.json",)
    assert len(tesla.filings) == 1002
    page = (FIXTURES / "CIK0001318605-submissions-001_tesla.json").read_bytes()
    merged = merge_page(tesla, page, name="CIK0001318605-submissions-001.json")
    assert merged.older_pages == ()
    assert len(merged.filings) == 1002 + 720
    nt = by_accession(merged, "0001193125-13-088624")
    assert (nt.form, nt.filing_date, nt.report_date) == (
        "NT 10-K",
        date(2013, 3, 4),
        date(2012, 12, 31),
    )
    restatement = by_accession(merged, "0001193125-13-096223")
    assert restatement.form == "8-K"
    assert "4.02" in restatement.items
    dates = [f.filing_date for f in merged.filings]
    assert dates == sorted(dates, reverse=True)
    # merging the same page again adds nothing
    assert len(merge_page(merged, page).filings) == len(merged.filings)


def test_404_nosuchkey_body_is_not_found():
    body = (FIXTURES / "CIK-000000001_HTTP404_NoSuchKey.xml").read_bytes()
    with pytest.raises(EdgarNotFound, match="NoSuchKey") as info:
        parse_submissions(body, url="https://data.sec.gov/submissions/CIK-000000001.json")
    assert info.value.url == "https://data.sec.gov/submissions/CIK-000000001.json"


@pytest.mark.parametrize(
    "body",
    [
        b"<html><head><title>Request Rate Threshold Exceeded</title></head></html>",
        b'{"cik":"0000320193","name":"Apple Inc.","filings":{"recent":{"accessionNumber":["00',
        b"",
        b"[]",
        b'{"cik":"abc"}',
        b'{"cik":"1","filings":{"recent":{"accessionNumber":["0000000001-24-000001"],'
        b'"form":["10-K","10-Q"],"filingDate":["2024-01-02"]}}}',
        b'{"cik":"1","filings":{"recent":{"accessionNumber":["nope"],'
        b'"form":["10-K"],"filingDate":["2024-01-02"]}}}',
    ],
    ids=["html", "truncated", "empty", "list", "bad-cik", "ragged-arrays", "bad-accession"],
)
def test_bad_bodies_raise_one_line_errors(body):
    with pytest.raises(EdgarBadResponse) as info:
        parse_submissions(body, url="CIK0000320193.json")
    message = str(info.value)
    assert "\n" not in message
    assert "CIK0000320193.json" in message


def test_bad_page_raises():
    apple = load("CIK0000320193_apple.json")
    with pytest.raises(EdgarError):
        merge_page(apple, b"<Error><Code>NoSuchKey</Code></Error>", name="x-001.json")
    with pytest.raises(EdgarBadResponse):
        merge_page(apple, b'{"nothing": 1}', name="x-001.json")
