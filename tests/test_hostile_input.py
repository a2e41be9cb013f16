"""Property-based tests over hostile input: a clear error or a correct result, never a
traceback. (Watchlists, SGML headers, HTML and daily indexes have their own in their modules'
tests; these cover Atom feeds, slash-command text and submissions with huge document counts.)"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.edgar.feeds import parse_company_feed, parse_current_feed
from bot.edgar.filings import MAX_RELEVANT_DOCUMENTS, parse_filing
from bot.errors import SentinelError
from bot.slack.commands import Command, UsageError, parse

FEED = (Path(__file__).parent / "fixtures" / "feeds" /
        "getcurrent_2026-01-12_start0000_count100.atom.xml").read_bytes()
COMPANY = (Path(__file__).parent / "fixtures" / "feeds" /
           "AAPL_getcompany_all_2021-04-18.atom.xml").read_bytes()


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(cut=st.integers(min_value=0, max_value=len(FEED)), junk=st.binary(max_size=40))
def test_cut_or_corrupted_latest_filings_feed_is_a_result_or_a_clear_error(cut, junk):
    data = FEED[:cut] + junk
    try:
        refs = parse_current_feed(data)
    except SentinelError as exc:
        assert "\n" not in str(exc)
    else:
        assert all(r.accession and r.cik > 0 and r.form for r in refs)


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_as_a_company_feed(data):
    try:
        parse_company_feed(data)
    except SentinelError as exc:
        assert "\n" not in str(exc)


def test_entity_expansion_is_refused():
    bomb = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
            b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
            b'<feed xmlns="http://www.w3.org/2005/Atom"><title>&lol2;</title></feed>')
    try:
        parse_current_feed(bomb)
    except SentinelError as exc:
        assert "entit" in str(exc).lower() or "doctype" in str(exc).lower()
    else:
        raise AssertionError("an entity-declaring feed was accepted")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_slash_command_text_never_raises(text):
    result = parse(text)
    assert isinstance(result, (Command, UsageError))


def test_a_submission_with_thousands_of_documents_is_capped():
    block = b"<DOCUMENT>\n<TYPE>EX-99.1\n<SEQUENCE>1\n<FILENAME>ex.txt\n<TEXT>\nPress.\n</TEXT>\n</DOCUMENT>\n"
    header = (b"<SEC-DOCUMENT>0000000001-26-000001.txt : 20260309\n<SEC-HEADER>\n"
              b"ACCESSION NUMBER:\t\t0000000001-26-000001\nCONFORMED SUBMISSION TYPE:\t8-K\n"
              b"FILED AS OF DATE:\t\t20260309\n</SEC-HEADER>\n")
    filing = parse_filing(header + block * 5000)
    assert len(filing.documents) == MAX_RELEVANT_DOCUMENTS
