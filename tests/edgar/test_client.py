"""EdgarClient against the EDGAR stand-in over loopback, every fault kind."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.edgar.client import (
    EdgarClient,
    EdgarUserAgentRefused,
    RateLimiter,
    _parse_retry_after,
    default_limiter,
)
from bot.edgar.feeds import current_feed_path, parse_current_feed
from bot.errors import (
    ConfigError,
    EdgarBadResponse,
    EdgarNotFound,
    EdgarRateLimited,
    EdgarRetryable,
    InputError,
)

SITE = Path(__file__).resolve().parents[1] / "fixtures" / "edgar_site"
UA = "Sentinel Tests ops@sentinel.example"  # what conftest's make_client declares
WALL_START = datetime(2026, 1, 12, 16, 30, tzinfo=UTC)  # conftest's FakeClock wall start

NVDA_TXT = "/Archives/edgar/data/1045810/000104581026000024/0001045810-26-000024.txt"
FEED0 = current_feed_path("", start=0)


def test_get_serves_the_recorded_file_with_declared_headers(standin, make_client):
    client = make_client()
    body = client.get(NVDA_TXT)
    assert body == (SITE / NVDA_TXT.lstrip("/")).read_bytes()
    seen = standin.requests[-1]
    assert seen.user_agent == UA
    assert "gzip" in (seen.accept_encoding or "") and "deflate" in (seen.accept_encoding or "")
    assert client.requests_sent == 1


def test_get_data_reads_submissions_json(make_client):
    client = make_client()
    doc = client.get_json("/submissions/CIK0000320193.json", data=True)
    assert doc["name"] == "Apple Inc."
    assert client.get_data("/submissions/CIK0001045810.json").startswith(b"{")


def test_feed_page_parses_after_fetch(make_client):
    refs = parse_current_feed(make_client().get(FEED0, expect="atom"))
    assert refs[0].accession == "0002074440-26-000002"


def test_429_with_retry_after_is_retried_after_the_given_wait(standin, make_client, clock):
    standin.add_fault("/cgi-bin/browse-edgar", "429", times=2, retry_after=7)
    client = make_client()
    body = client.get(FEED0, expect="atom")
    assert body.startswith(b"<?xml")
    assert clock.sleeps == [7.0, 7.0]
    assert [r.status for r in standin.requests] == [429, 429, 200]
    assert client.stats()["retries"] == 2


def test_retry_after_http_date_is_relative_to_now(standin, make_client, clock):
    when = WALL_START + timedelta(seconds=30)
    standin.add_fault("/cgi-bin/*", "429", retry_after=when.strftime("%a, %d %b %Y %H:%M:%S GMT"))
    make_client().get(FEED0, expect="atom")
    assert clock.sleeps == [30.0]


def test_parse_retry_after_forms():
    assert _parse_retry_after("12", WALL_START) == 12.0
    assert _parse_retry_after("Mon, 12 Jan 2026 16:31:00 GMT", WALL_START) == 60.0
    assert _parse_retry_after("Mon, 12 Jan 2026 16:00:00 GMT", WALL_START) == 0.0
    assert _parse_retry_after("soon", WALL_START) is None
    assert _parse_retry_after(None, WALL_START) is None


def test_503_once_is_retried_with_exponential_backoff(standin, make_client, clock):
    standin.add_fault("/cgi-bin/*", "503", times=2)
    make_client(backoff_initial=1.0).get(FEED0, expect="atom")
    assert len(clock.sleeps) == 2
    assert 1.0 <= clock.sleeps[0] <= 2.0  # 1 s + jitter
    assert 2.0 <= clock.sleeps[1] <= 3.0  # 2 s + jitter


def test_persistent_503_raises_retryable_after_all_retries(standin, make_client):
    standin.add_fault("/cgi-bin/*", "503", times=None)
    with pytest.raises(EdgarRetryable, match="File Unavailable"):
        make_client(retries=3).get(FEED0, expect="atom")
    assert len(standin.requests) == 4


def test_paging_past_the_recorded_feed_is_an_error_not_an_empty_feed(standin, make_client):
    client = make_client(retries=1)
    with pytest.raises(EdgarRetryable, match="503"):
        client.get(current_feed_path("", start=300), expect="atom")
    assert [r.status for r in standin.requests] == [503, 503]
    assert "File Unavailable" in client.last_error


def test_rate_page_starts_a_process_wide_cooldown(standin, make_client, clock):
    standin.add_fault(NVDA_TXT, "rate_page")
    first, second = make_client(), make_client()  # share the injected limiter
    with pytest.raises(EdgarRateLimited) as info:
        first.get(NVDA_TXT)
    assert info.value.until == WALL_START + timedelta(seconds=600)
    assert first.cooldown_until == second.cooldown_until == info.value.until
    assert len(standin.requests) == 1  # not retried

    clock.advance(599)
    with pytest.raises(EdgarRateLimited, match="cool-down"):
        second.get("/submissions/CIK0000320193.json", data=True)
    assert len(standin.requests) == 1  # failed fast, nothing sent

    clock.advance(2)
    assert second.cooldown_until is None
    assert second.get("/submissions/CIK0000320193.json", data=True).startswith(b"{")
    assert len(standin.requests) == 2


def test_rate_page_cooldown_length_is_configurable(standin, make_client):
    standin.add_fault("/submissions/*", "rate_page")
    client = make_client(cooldown_seconds=60)
    with pytest.raises(EdgarRateLimited):
        client.get_data("/submissions/CIK0000320193.json")
    assert client.cooldown_until == WALL_START + timedelta(seconds=60)


def test_undeclared_user_agent_is_refused_without_retry_or_cooldown(standin, make_client):
    client = make_client(user_agent="python-httpx/0.28")
    with pytest.raises(EdgarUserAgentRefused, match="EDGAR_USER_AGENT"):
        client.get(NVDA_TXT)
    assert len(standin.requests) == 1
    assert client.cooldown_until is None


def test_truncated_connection_is_retried(standin, make_client):
    standin.add_fault("/cgi-bin/*", "truncate")
    body = make_client().get(FEED0, expect="atom")
    assert body == (SITE / "cgi-bin/browse-edgar/getcurrent/type=/start=0.atom").read_bytes()
    assert len(standin.requests) == 2


def test_truncated_connection_every_time_is_an_error(standin, make_client):
    standin.add_fault("/cgi-bin/*", "truncate", times=None)
    with pytest.raises(EdgarRetryable, match="transport error"):
        make_client(retries=2).get(FEED0, expect="atom")


def test_truncated_xml_document_is_a_bad_response(standin, make_client):
    standin.add_fault("/cgi-bin/*", "short")
    with pytest.raises(EdgarBadResponse, match="truncated or malformed XML"):
        make_client().get(FEED0, expect="atom")
    assert len(standin.requests) == 1


def test_html_page_where_a_feed_was_due_is_a_bad_response(standin, make_client):
    standin.add_fault("/cgi-bin/*", "html_error")
    with pytest.raises(EdgarBadResponse, match="File Unavailable"):
        make_client().get(FEED0, expect="atom")


def test_submission_cut_short_under_its_own_length_is_a_bad_response(standin, make_client):
    standin.add_fault(NVDA_TXT, "short")  # first half, Content-Length matching that half
    with pytest.raises(EdgarBadResponse, match="truncated EDGAR submission"):
        make_client().get(NVDA_TXT, expect="submission")


def test_html_page_where_a_submission_was_due_is_a_bad_response(standin, make_client):
    standin.add_fault(NVDA_TXT, "html_error")
    with pytest.raises(EdgarBadResponse, match="File Unavailable"):
        make_client().get(NVDA_TXT, expect="submission")


@pytest.mark.parametrize("path", sorted((Path(__file__).resolve().parents[2] / "bot" / "data"
                                         / "demo").glob("*.txt")), ids=lambda p: p.name[:20])
def test_every_shape_of_real_full_submission_passes_the_submission_check(path):
    from bot.edgar.client import check_submission

    body = path.read_bytes()  # modern SGML and the 1990s privacy-enhanced envelope
    check_submission(body)
    with pytest.raises(EdgarBadResponse, match="truncated"):
        check_submission(body[: len(body) * 2 // 3])
    with pytest.raises(EdgarBadResponse, match="not an EDGAR submission"):
        check_submission(b'{"error": "not found"}')
    check_submission(body + b"\n\x00\x1a")  # trailing NUL / ^Z padding is not a cut


def test_a_submission_must_close_the_way_it_opened():
    from bot.edgar.client import check_submission

    pem = (Path(__file__).resolve().parents[2] / "bot" / "data" / "demo"
           / "0000939057-06-000286.txt").read_bytes()
    assert pem.startswith(b"-----BEGIN PRIVACY-ENHANCED MESSAGE-----")
    cut = pem[: pem.rindex(b"</SEC-DOCUMENT>") + len(b"</SEC-DOCUMENT>")]  # envelope's end lost
    with pytest.raises(EdgarBadResponse, match="END PRIVACY-ENHANCED MESSAGE"):
        check_submission(cut)
    with pytest.raises(EdgarBadResponse, match="truncated"):
        check_submission(b"<SEC-DOCUMENT>x.txt\n<SEC-HEADER>\n</SEC-HEADER>\n</SUBMISSION>\n")


def test_connection_reset_is_retried(standin, make_client):
    standin.add_fault(NVDA_TXT, "reset")
    assert make_client().get(NVDA_TXT).startswith(b"<SEC-DOCUMENT>")
    assert len(standin.requests) == 2


def test_slow_answer_times_out_then_retries(standin, make_client):
    standin.add_fault(NVDA_TXT, "slow", delay=0.6)
    client = make_client(timeout=0.15)
    assert client.get(NVDA_TXT).startswith(b"<SEC-DOCUMENT>")
    assert client.stats()["retries"] == 1


def test_404_is_not_found_and_not_retried(standin, make_client):
    with pytest.raises(EdgarNotFound):
        make_client().get("/Archives/edgar/data/1/000000000000000001/none.txt")
    assert len(standin.requests) == 1


def test_body_over_the_size_cap_is_refused(make_client):
    with pytest.raises(EdgarBadResponse, match="limit"):
        make_client(max_bytes=1000).get(NVDA_TXT)


def test_size_cap_applies_to_the_decompressed_body(standin, make_client):
    size = (SITE / NVDA_TXT.lstrip("/")).stat().st_size
    with pytest.raises(EdgarBadResponse, match="limit"):
        make_client(max_bytes=size - 1).get(NVDA_TXT)
    assert standin.requests[-1].accept_encoding is not None


def test_invalid_json_is_a_bad_response(standin, make_client):
    standin.set("/submissions/CIK0000000001.json", b'{"cik": "1", "name": "Trunc', "application/json")
    with pytest.raises(EdgarBadResponse, match="JSON"):
        make_client().get_data("/submissions/CIK0000000001.json")


def test_hosts_other_than_edgar_are_refused(standin, make_client):
    client = make_client()
    with pytest.raises(InputError, match="not EDGAR"):
        client.get("https://example.com/Archives/edgar/data/1/x.txt")
    with pytest.raises(InputError):
        client.get("file:///etc/passwd")
    assert standin.requests == []


def test_real_sec_urls_map_onto_the_configured_base(standin, make_client):
    client = make_client()
    body = client.get("https://www.sec.gov" + NVDA_TXT)
    assert body.startswith(b"<SEC-DOCUMENT>")
    assert client.resolve("https://data.sec.gov/submissions/CIK0000320193.json").startswith(
        standin.base_url
    )


def test_long_retry_after_is_not_waited_for(standin, make_client, clock):
    standin.add_fault("/cgi-bin/*", "429", retry_after=3600)
    with pytest.raises(EdgarRetryable) as info:
        make_client(max_retry_after=120).get(FEED0)
    assert info.value.retry_after == 3600
    assert clock.sleeps == []


def test_configuration_errors():
    with pytest.raises(ConfigError, match="EDGAR_USER_AGENT"):
        EdgarClient("  ")
    with pytest.raises(ConfigError, match="EDGAR_BASE_URL"):
        EdgarClient(UA, "www.sec.gov")
    with pytest.raises(ConfigError):
        EdgarClient(UA, limiter=RateLimiter(0))


def test_clients_share_the_process_limiter_by_default():
    with EdgarClient(UA) as a, EdgarClient(UA) as b:
        assert a.limiter is b.limiter is default_limiter()


def test_limiter_spaces_requests_on_a_fake_clock(clock):
    limiter = RateLimiter(5.0, clock=clock, sleep=clock.sleep)
    waits = [limiter.acquire() for _ in range(6)]
    assert waits == pytest.approx([0.0, 0.2, 0.2, 0.2, 0.2, 0.2])
    assert clock.t - 1000.0 == pytest.approx(1.0)
    clock.advance(10)  # idle time does not build up a burst
    assert limiter.acquire() == 0.0
    assert limiter.acquire() == pytest.approx(0.2)


def test_limiter_gives_threads_distinct_slots(clock):
    waits: list[float] = []
    lock = threading.Lock()

    def record(seconds: float) -> None:
        with lock:
            waits.append(seconds)

    limiter = RateLimiter(2.0, clock=clock, sleep=record)  # the clock never moves
    threads = [threading.Thread(target=limiter.acquire) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(waits) == pytest.approx([0.5 * i for i in range(1, 8)])


def test_limit_to_only_lowers_the_rate():
    limiter = RateLimiter(5.0)
    limiter.limit_to(10.0)
    assert limiter.rate_per_sec == pytest.approx(5.0)
    limiter.limit_to(2.0)
    assert limiter.rate_per_sec == pytest.approx(2.0)


def test_concurrent_requests_from_threads(standin, make_client):
    client = make_client()
    results: list[int] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            results.append(len(client.get(NVDA_TXT)))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len(set(results)) == 1 and len(results) == 8
    assert client.requests_sent == len(standin.requests) == 8
