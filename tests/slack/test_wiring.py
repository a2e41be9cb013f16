"""`/edgar check` through the real wiring (bot.slack.wiring) of a real Runtime, against the EDGAR
stand-in serving the demo's real filings: agent-filed accessions, the alerts' "View filing"
index-page links, and the answer for an accession nobody knows."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.check import check_main
from bot.demo import DEMO_WATCHLIST, serve_demo
from bot.edgar.filings import index_to_submission, parse_filing
from bot.errors import InputError
from bot.models import FilingRef, Finding, Kind
from bot.runtime import Runtime
from bot.settings import Settings
from bot.slack.commands import CheckTarget, handle
from bot.slack.wiring import check_target, command_context

ABVC = "0001213900-25-032135"  # filed by an agent (CIK 1213900) for ABVC BioPharma (CIK 1173313)
ABVC_CIK = 1173313
UNKNOWN = "0001213900-25-999999"
USER = "U0TESTUSER"


@pytest.fixture
def demo(edgar, wall) -> list[FilingRef]:
    return serve_demo(edgar, wall())


@pytest.fixture
def runtime(tmp_path: Path, edgar, make_client, wall, tickers, demo) -> Iterator[Runtime]:
    settings = Settings(edgar_user_agent="T t@t.example", edgar_base_url=edgar.base_url,
                        edgar_data_url=edgar.base_url,
                        database_url=f"sqlite:///{tmp_path / 'db.sqlite3'}")
    rt = Runtime(settings, watchlist_text=DEMO_WATCHLIST, clock=wall, out=io.StringIO(),
                 edgar_client=make_client(), tickers=tickers, refresh_tickers=False,
                 max_pages=1, sleep=lambda s: wall.advance(seconds=s))
    yield rt
    rt.close()


def _ref(demo: list[FilingRef], accession: str) -> FilingRef:
    return next(r for r in demo if r.accession == accession)


def _key(found: list[Finding]) -> list[tuple[object, ...]]:
    return [(f.kind, f.severity, f.title, f.evidence, dict(f.facts), f.document) for f in found]


# --- an accession filed by a filing agent -----------------------------------------------------


def test_agent_filed_accession_is_found_in_the_company_folder_after_a_poll(runtime, edgar):
    # the submission lives only in the company's folder, not the agent's (as on EDGAR)
    assert int(ABVC[:10]) != ABVC_CIK
    assert runtime.poll().processed >= 1
    known = runtime.store.filing_ref(ABVC)
    assert known is not None and known.cik == ABVC_CIK and known.accession == ABVC
    assert "4.02" in known.items

    filing, found = check_target(runtime, CheckTarget("accession", ABVC))
    assert filing.accession == ABVC and filing.cik == ABVC_CIK
    risk = [f for f in found if f.kind is Kind.RESTATEMENT_RISK]
    assert len(risk) == 1
    assert "Item 4.02" in risk[0].title and "4.02" in risk[0].facts["items"]
    # the same finding the poll stored for that filing
    assert _key(risk) == _key([f for f in runtime.store.findings_for(ABVC)
                               if f.kind is Kind.RESTATEMENT_RISK])


def test_slash_check_of_an_agent_filed_accession_answers_with_its_finding(runtime):
    runtime.poll()
    reply = handle(f"check {ABVC}", command_context(runtime), USER)
    assert "Sorry" not in reply.text
    assert f"(CIK {ABVC_CIK})" in reply.text and ABVC in reply.text
    assert "Restatement risk" in reply.text and "Item 4.02" in reply.text
    folder = ABVC.replace("-", "")
    assert (f"<https://www.sec.gov/Archives/edgar/data/{ABVC_CIK}/{folder}/{ABVC}-index.htm"
            "|View filing>") in reply.text  # the same link as the alert's button


def test_store_filing_ref_is_none_for_an_unknown_accession(runtime):
    runtime.poll()
    assert runtime.store.filing_ref(UNKNOWN) is None


# --- the alerts' "View filing" link: the filing index page --------------------------------------


def _urls(edgar, ref: FilingRef) -> tuple[str, str]:
    folder = f"{edgar.base_url}/Archives/edgar/data/{ref.cik}/{ref.accession.replace('-', '')}/"
    return f"{folder}{ref.accession}-index.htm", f"{folder}{ref.accession}.txt"


def test_index_page_url_is_checked_as_the_filings_submission(runtime, edgar, demo):
    index_url, txt_url = _urls(edgar, _ref(demo, ABVC))
    # what is served at the index URL is an index page, which is no document to check
    with pytest.raises(InputError, match="index page"):
        parse_filing(runtime.client.get(index_url), source=index_url)

    by_index = check_target(runtime, CheckTarget("url", index_url))
    by_txt = check_target(runtime, CheckTarget("url", txt_url))
    assert by_index[0].accession == by_txt[0].accession == ABVC
    assert by_index[1] and _key(by_index[1]) == _key(by_txt[1])
    assert any(f.kind is Kind.RESTATEMENT_RISK for f in by_index[1])


@pytest.mark.parametrize("accession", ["0000898431-02-000145", "0001275287-05-002977"])
def test_index_page_url_of_other_demo_filings_matches_their_txt(runtime, edgar, demo, accession):
    index_url, txt_url = _urls(edgar, _ref(demo, accession))
    by_index = check_target(runtime, CheckTarget("url", index_url + "l"))  # -index.html too
    by_txt = check_target(runtime, CheckTarget("url", txt_url))
    assert by_index[1] and _key(by_index[1]) == _key(by_txt[1])


def test_slash_check_of_a_pasted_view_filing_link(runtime, edgar, demo):
    index_url, _ = _urls(edgar, _ref(demo, ABVC))
    reply = handle(f"check <{index_url}>", command_context(runtime), USER)
    assert "Sorry" not in reply.text and "index page" not in reply.text
    assert "Restatement risk" in reply.text and "Item 4.02" in reply.text


def test_cli_check_maps_the_index_page_url_too(runtime, edgar, demo):
    index_url, txt_url = _urls(edgar, _ref(demo, ABVC))
    results = []
    for url in (index_url, txt_url):
        out, err = io.StringIO(), io.StringIO()
        code = check_main([url], as_json=True, fetch=runtime.client.get,
                          base_url=edgar.base_url, out=out, err=err)
        assert code == 0, err.getvalue()
        results.append(json.loads(out.getvalue()))
    assert results[0]["source"] == index_url
    assert results[0]["accession"] == ABVC and results[0]["findings"]
    assert results[0]["findings"] == results[1]["findings"]


def test_index_to_submission_maps_only_filing_index_pages():
    base = "https://www.sec.gov/Archives/edgar/data/1173313/000121390025032135/"
    txt = base + f"{ABVC}.txt"
    assert index_to_submission(base + f"{ABVC}-index.htm") == txt
    assert index_to_submission(base + f"{ABVC}-index.html?x=1#top") == txt
    assert index_to_submission(
        f"/Archives/edgar/data/0001173313/000121390025032135/{ABVC}-index.htm"
    ) == f"/Archives/edgar/data/1173313/000121390025032135/{ABVC}.txt"
    assert index_to_submission(base + f"{ABVC}-index-headers.html") is None
    assert index_to_submission(base + "ea0238372-8k_abvcbio.htm") is None
    assert index_to_submission(txt) is None
    # the folder and the accession disagree: not an index page we can vouch for
    assert index_to_submission(
        f"https://www.sec.gov/Archives/edgar/data/1173313/000121390025032136/{ABVC}-index.htm"
    ) is None


# --- an accession nobody knows ----------------------------------------------------------------


def test_unknown_accession_gets_one_line_saying_what_to_do(runtime):
    runtime.poll()
    expected = (f"{UNKNOWN}: not processed by this bot and not found on EDGAR under CIK 1213900; "
                "paste the filing's URL instead")
    with pytest.raises(InputError) as info:
        check_target(runtime, CheckTarget("accession", UNKNOWN))
    assert str(info.value) == expected
    reply = handle(f"check {UNKNOWN}", command_context(runtime), USER)
    assert reply.text == f"Sorry, that didn't work: {expected}"
    assert "\n" not in reply.text
