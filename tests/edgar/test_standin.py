"""The EDGAR stand-in itself, exercised with plain httpx over loopback."""

from __future__ import annotations

import gzip
from pathlib import Path

import httpx
import pytest

from bot.edgar.feeds import company_feed_path, current_feed_path, parse_company_feed
from bot.edgar.standin import EdgarStandin, feed_file_for, file_unavailable_page

SITE = Path(__file__).resolve().parents[1] / "fixtures" / "edgar_site"
UA = {"User-Agent": "Sentinel Tests ops@sentinel.example"}
NVDA_DIR = "/Archives/edgar/data/1045810/000104581026000024/"


def get(server: EdgarStandin, path: str, headers: dict | None = None) -> httpx.Response:
    return httpx.get(server.base_url + path, headers=headers or UA, timeout=5)


def test_serves_files_with_secs_content_types(standin):
    txt = get(standin, NVDA_DIR + "0001045810-26-000024.txt")
    assert txt.status_code == 200
    assert txt.headers["content-type"] == "text/plain"
    assert txt.content == (SITE / NVDA_DIR.lstrip("/") / "0001045810-26-000024.txt").read_bytes()
    assert get(standin, NVDA_DIR + "0001045810-26-000024-index.htm").headers[
        "content-type"
    ] == "text/html"
    sub = get(standin, "/submissions/CIK0000320193.json")
    assert sub.headers["content-type"] == "application/json"
    assert sub.json()["cik"] == "0000320193"
    feed = get(standin, current_feed_path("", start=100))
    assert feed.headers["content-type"] == "application/atom+xml"
    assert feed.content.startswith(b"<?xml")


def test_gzip_when_accepted(standin):
    path = NVDA_DIR + "0001045810-26-000024.txt"
    raw = httpx.get(
        standin.base_url + path, headers={**UA, "Accept-Encoding": "gzip"}, timeout=5
    )
    assert raw.headers["content-encoding"] == "gzip"
    plain = httpx.get(
        standin.base_url + path, headers={**UA, "Accept-Encoding": "identity"}, timeout=5
    )
    assert "content-encoding" not in plain.headers
    assert raw.content == plain.content  # httpx decoded the gzip


def test_feed_file_naming():
    assert feed_file_for({"action": "getcurrent", "type": "8-K", "start": "100"}) == (
        "cgi-bin/browse-edgar/getcurrent/type=8-K/start=100.atom"
    )
    assert feed_file_for({"action": "getcurrent", "type": "10-K/A"}) == (
        "cgi-bin/browse-edgar/getcurrent/type=10-K%2FA/start=0.atom"
    )
    assert feed_file_for({"action": "getcompany", "CIK": "320193", "type": ""}) == (
        "cgi-bin/browse-edgar/getcompany/CIK=0000320193/type=.atom"
    )
    assert feed_file_for({"action": "getcompany", "CIK": "aapl"}) == (
        "cgi-bin/browse-edgar/getcompany/CIK=AAPL/type=.atom"
    )


def test_company_feed_by_cik_and_type(standin):
    all_forms = get(standin, company_feed_path(320193))
    assert parse_company_feed(all_forms.content).info.name == "Apple Inc."
    ten_k = parse_company_feed(get(standin, company_feed_path(320193, "10-K")).content)
    assert {r.form for r in ten_k.refs} <= {"10-K", "10-K/A", "10-K405"}
    unpadded = get(standin, "/cgi-bin/browse-edgar?action=getcompany&CIK=712515&output=atom")
    assert parse_company_feed(unpadded.content).info.cik == 712515


def test_paging_past_the_end_answers_the_real_503_page(standin):
    resp = get(standin, current_feed_path("", start=300))
    assert resp.status_code == 503
    assert resp.headers["content-type"] == "text/html"
    assert resp.content == file_unavailable_page()
    assert b"<title>SEC.gov | File Unavailable</title>" in resp.content


def test_unrecorded_first_page_is_an_empty_feed(standin):
    resp = get(standin, current_feed_path("NT 10-K"))
    assert resp.status_code == 200
    assert b"<feed" in resp.content and b"<entry>" not in resp.content


def test_missing_file_and_path_escape_are_404(standin):
    assert get(standin, "/Archives/edgar/data/1/none.txt").status_code == 404
    assert get(standin, "/../../etc/passwd").status_code == 404
    assert get(standin, "/%2e%2e/%2e%2e/etc/passwd").status_code == 404


def test_in_memory_content_matches_a_query_subset(standin):
    standin.set("/cgi-bin/browse-edgar?action=getcurrent&type=8-K", b"<feed>any</feed>")
    standin.set(
        "/cgi-bin/browse-edgar?action=getcurrent&type=8-K&start=100", b"<feed>second</feed>"
    )
    assert get(standin, current_feed_path("8-K")).content == b"<feed>any</feed>"
    assert get(standin, current_feed_path("8-K", start=100)).content == b"<feed>second</feed>"
    assert get(standin, current_feed_path("8-K")).headers["content-type"] == "application/atom+xml"
    standin.set("/files/company_tickers.json", b"{}")
    assert get(standin, "/files/company_tickers.json").headers["content-type"] == (
        "application/json"
    )
    standin.clear()
    assert get(standin, current_feed_path("8-K", start=100)).status_code == 503


def test_in_memory_content_wins_over_files(standin):
    path = "/submissions/CIK0000320193.json"
    standin.set(path, b'{"cik": "override"}', "application/json")
    assert get(standin, path).json() == {"cik": "override"}


def test_add_filing_lays_out_submission_and_index(standin):
    body = b"<SEC-DOCUMENT>0000950170-25-000001.txt : 20250102\n</SEC-DOCUMENT>\n"
    path = standin.add_filing(1234, "000095017025000001", body, company="Demo Corp")
    assert path == "/Archives/edgar/data/1234/000095017025000001/0000950170-25-000001.txt"
    assert get(standin, path).content == body
    listing = get(standin, "/Archives/edgar/data/1234/000095017025000001/index.json").json()
    assert listing["directory"]["item"][0]["name"] == "0000950170-25-000001.txt"
    index = get(standin, "/Archives/edgar/data/1234/000095017025000001/0000950170-25-000001-index.htm")
    assert b"Demo Corp" in index.content and index.headers["content-type"] == "text/html"


def test_faults_are_used_the_given_number_of_times(standin):
    path = "/submissions/CIK0000320193.json"
    standin.add_fault("/submissions/*", "503", times=2)
    assert [get(standin, path).status_code for _ in range(3)] == [503, 503, 200]
    standin.add_fault("re:CIK00003201\\d+", "429", times=None, retry_after=3)
    for _ in range(3):
        resp = get(standin, path)
        assert resp.status_code == 429 and resp.headers["retry-after"] == "3"
    standin.clear_faults()
    assert get(standin, path).status_code == 200
    assert [r.fault for r in standin.requests] == ["503", "503", None, "429", "429", "429", None]


def test_rate_page_and_html_error_faults(standin):
    standin.add_fault("/files/*", "rate_page")
    standin.add_fault("/submissions/*", "html_error")
    rate = get(standin, "/files/company_tickers_exchange.json")
    assert rate.status_code == 403
    assert b"Request Rate Threshold Exceeded" in rate.content
    assert b"10 minutes" in rate.content
    html = get(standin, "/submissions/CIK0000320193.json")
    assert html.status_code == 200 and html.headers["content-type"] == "text/html"


def test_short_fault_serves_half_the_body_as_complete(standin):
    path = current_feed_path("", start=0)
    full = get(standin, path, {**UA, "Accept-Encoding": "identity"}).content
    standin.add_fault("/cgi-bin/*", "short")
    half = get(standin, path, {**UA, "Accept-Encoding": "identity"})
    assert half.status_code == 200
    assert half.content == full[: len(full) // 2]


def test_truncate_and_reset_break_the_connection(standin):
    standin.add_fault("/submissions/*", "truncate")
    with pytest.raises(httpx.RemoteProtocolError):
        get(standin, "/submissions/CIK0000320193.json")
    standin.add_fault("/submissions/*", "reset")
    with pytest.raises(httpx.TransportError):
        get(standin, "/submissions/CIK0000320193.json")
    assert get(standin, "/submissions/CIK0000320193.json").status_code == 200


def test_undeclared_user_agent_is_refused(standin):
    for headers in ({"User-Agent": "python-httpx/0.28"}, {"User-Agent": "Acme Research"}):
        resp = get(standin, "/submissions/CIK0000320193.json", headers)
        assert resp.status_code == 403
        assert b"Undeclared Automated Tool" in resp.content
    assert [r.user_agent for r in standin.requests] == ["python-httpx/0.28", "Acme Research"]


def test_user_agent_check_can_be_turned_off():
    with EdgarStandin(root=SITE, require_user_agent=False) as server:
        resp = httpx.get(server.base_url + "/submissions/CIK0000320193.json", timeout=5)
        assert resp.status_code == 200


def test_requests_are_recorded(standin):
    get(standin, current_feed_path("8-K", start=0))
    (req,) = standin.requests
    assert req.path == "/cgi-bin/browse-edgar"
    assert req.params["type"] == "8-K" and req.params["start"] == "0"
    assert req.user_agent == UA["User-Agent"]
    assert req.status == 200
    standin.clear_requests()
    assert standin.requests == []


def test_in_memory_only_server():
    with EdgarStandin() as server:
        server.set("/x.txt", "hello")
        resp = httpx.get(server.base_url + "/x.txt", headers=UA, timeout=5)
        assert resp.text == "hello" and resp.headers["content-type"] == "text/plain"


def test_unknown_fault_kind_is_rejected(standin):
    with pytest.raises(ValueError, match="unknown fault"):
        standin.add_fault("/x", "explode")


def test_gzip_is_real_gzip(standin):
    with httpx.stream(
        "GET",
        standin.base_url + "/submissions/CIK0000320193.json",
        headers={**UA, "Accept-Encoding": "gzip"},
        timeout=5,
    ) as resp:
        raw = b"".join(resp.iter_raw())
    assert gzip.decompress(raw) == (SITE / "submissions/CIK0000320193.json").read_bytes()
