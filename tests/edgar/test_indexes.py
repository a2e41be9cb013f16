"""Daily/quarterly index parsing against real EDGAR index files (tests/fixtures/indexes, copied
from the corpus). Expected values were read off the files with grep/head/tail."""

from __future__ import annotations

import gzip
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.edgar.indexes import (
    daily_index_path,
    parse_form_index,
    parse_index,
    parse_master_index,
)
from bot.errors import EdgarBadResponse

IDX = Path(__file__).resolve().parent.parent / "fixtures" / "indexes"


def form_20200318() -> bytes:
    return gzip.decompress((IDX / "form.20200318.idx.gz").read_bytes())


def test_daily_form_index_every_row_read():
    refs = parse_form_index(form_20200318())
    assert len(refs) == 4084  # 4094 lines, 10 of preamble and header
    first, last = refs[0], refs[-1]
    assert (first.form, first.company, first.cik, first.accession) == (
        "1-A", "DLP Positive Note Fund LLC", 1806014, "0001140361-20-006155")
    assert (last.form, last.company, last.cik, last.accession) == (
        "X-17A-5/A", "USA FINANCIAL SECURITIES CORPORATION", 1105608, "0001105608-20-000004")
    assert all(r.source == "daily-index" for r in refs)
    # the day's dissemination also releases older filings (CORRESP letters and the like)
    assert sum(r.filed == date(2020, 3, 18) for r in refs) == 3940
    old = next(r for r in refs if r.company == "Canada Goose Holdings Inc.")
    assert (old.form, old.filed) == ("CORRESP", date(2020, 2, 11))
    assert sum(r.form == "8-K" for r in refs) == 232  # grep -c '^8-K  '


def test_daily_form_index_forms_with_spaces_and_amendments():
    by_acc = {r.accession: r for r in parse_index(form_20200318())}
    nt = by_acc["0001376339-20-000010"]
    assert (nt.form, nt.company, nt.cik) == ("NT 10-K", "MIMEDX GROUP, INC.", 1376339)
    sc = by_acc["0001193125-20-076903"]
    assert (sc.form, sc.cik) == ("SC TO-I", 1762562)
    amended = by_acc["0001104659-20-034998"]
    assert (amended.form, amended.company, amended.cik) == ("10-K/A", "ACNB CORP", 715579)
    assert amended.submission_path == (
        "/Archives/edgar/data/715579/000110465920034998/0001104659-20-034998.txt")


def test_daily_master_index():
    refs = parse_master_index((IDX / "master.20181231_excerpt.idx").read_bytes())
    assert len(refs) == 10
    novavax = refs[3]
    assert (novavax.cik, novavax.company, novavax.form, novavax.filed, novavax.accession) == (
        1000694, "NOVAVAX INC", "8-K", date(2018, 12, 31), "0001144204-18-066755")
    assert refs[6].cik == 100334 and refs[6].form == "497"


def test_quarterly_form_index_long_names_overflow_their_column():
    refs = parse_index((IDX / "form.2021QTR1_truncated_badform.idx.txt").read_bytes())
    assert len(refs) == 10
    assert (refs[5].company, refs[5].form) == ("ALFADAN INC.", "1-A POS")
    assert refs[6].company == "UNITED PLANNERS' FINANCIAL SERVICES OF AMERICA A LIMITED PARTNER"
    assert (refs[6].cik, refs[6].form, refs[6].filed) == (820694, "X-17A-5", date(2021, 2, 24))


def test_header_only_index_is_empty_not_an_error():
    assert parse_index((IDX / "form.empty_2025QTR2_header_only.idx").read_bytes()) == []


def test_truncated_index_is_a_one_line_error_naming_the_line():
    data = form_20200318()
    cut = data[: len(data) // 2]
    assert not cut.endswith(b"\n")
    with pytest.raises(EdgarBadResponse) as err:
        parse_index(cut, source="form.20200318.idx")
    msg = str(err.value)
    assert "\n" not in msg and "form.20200318.idx" in msg and "truncated" in msg


def test_index_cut_inside_its_preamble_is_an_error():
    with pytest.raises(EdgarBadResponse, match="column header"):
        parse_index(form_20200318()[:200])


def test_html_page_is_refused():
    page = b"<!DOCTYPE html><html><head><title>SEC.gov | Page Not Found</title></head></html>"
    with pytest.raises(EdgarBadResponse, match=r"HTML page titled 'SEC\.gov \| Page Not Found'"):
        parse_index(page)


def test_master_parser_refuses_a_form_index():
    with pytest.raises(EdgarBadResponse, match="not a master index"):
        parse_master_index((IDX / "form.empty_2025QTR2_header_only.idx").read_bytes())


@pytest.mark.parametrize(
    ("day", "path"),
    [
        (date(2020, 3, 18), "/Archives/edgar/daily-index/2020/QTR1/master.20200318.idx"),
        (date(2018, 12, 31), "/Archives/edgar/daily-index/2018/QTR4/master.20181231.idx"),
        (date(2023, 7, 3), "/Archives/edgar/daily-index/2023/QTR3/master.20230703.idx"),
        (date(2024, 4, 1), "/Archives/edgar/daily-index/2024/QTR2/master.20240401.idx"),
    ],
)
def test_daily_index_path(day, path):
    assert daily_index_path(day) == path


def test_daily_index_path_of_form_kind():
    assert daily_index_path(date(2020, 3, 18), "form") == (
        "/Archives/edgar/daily-index/2020/QTR1/form.20200318.idx")


# --- bad input: a clear error or a correct result, never a traceback --------------------------

_HEAD = (IDX / "master.20181231_excerpt.idx").read_bytes()


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_give_refs_or_a_one_line_error(data):
    try:
        refs = parse_index(data)
    except EdgarBadResponse as exc:
        assert "\n" not in str(exc)
    else:
        assert isinstance(refs, list)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=len(_HEAD)))
def test_a_master_index_cut_anywhere_gives_complete_rows_or_an_error(cut):
    full = parse_index(_HEAD)
    try:
        refs = parse_index(_HEAD[:cut])
    except EdgarBadResponse as exc:
        assert "\n" not in str(exc)
    else:  # cut at a row's end: exactly the rows before it, each complete
        assert refs == full[: len(refs)]
