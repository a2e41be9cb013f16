"""Ticker <-> CIK against the real bundled snapshot, and the cached daily refresh."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.edgar.tickers import TICKERS_PATH, TickerMap, load_ticker_map, normalize_ticker
from bot.errors import InputError

SITE = Path(__file__).resolve().parents[1] / "fixtures" / "edgar_site"
NOW = datetime(2026, 1, 12, 16, 30, tzinfo=UTC)
# Three rows copied from the real snapshot (bot/data/company_tickers.json), for refresh tests.
SMALL = {
    "0": {"cik_str": 1045810, "ticker": "NVDA", "title": "NVIDIA CORP"},
    "1": {"cik_str": 789019, "ticker": "MSFT", "title": "MICROSOFT CORP"},
    "2": {"cik_str": 320193, "ticker": "AAPL", "title": "Apple Inc."},
}


@pytest.fixture(scope="module")
def bundled() -> TickerMap:
    return TickerMap.bundled()


def test_bundled_snapshot_lookups(bundled):
    assert len(bundled) > 9000
    assert bundled.lookup("NVDA") == (1045810, "NVIDIA CORP")
    assert bundled.lookup("aapl") == (320193, "Apple Inc.")
    assert bundled.lookup(" msft ") == (789019, "MICROSOFT CORP")
    assert bundled.lookup("NOSUCHTICKER") is None
    assert bundled.cik_for("AAPL") == 320193


@pytest.mark.parametrize("spelling", ["BRK-B", "BRK.B", "BRK/B", "brk.b", "Brk b"])
def test_share_class_spellings_are_equivalent(bundled, spelling):
    assert bundled.lookup(spelling) == (1067983, "BERKSHIRE HATHAWAY INC")
    assert spelling in bundled


def test_tickers_and_names_by_cik(bundled):
    assert bundled.tickers_for(1067983) == ["BRK-B", "BRK-A"]
    assert bundled.tickers_for(1652044) == ["GOOGL", "GOOG"]
    assert bundled.ticker_for(320193) == "AAPL"
    assert bundled.name_for(320193) == "Apple Inc."
    assert bundled.tickers_for(1) == [] and bundled.name_for(1) is None


def test_suggestions_for_typos(bundled):
    assert bundled.suggest("APPL")[0] == "AAPL"
    assert bundled.suggest("NVDIA")[0] == "NVDA"
    assert bundled.suggest("MSTF")[0] == "MSFT"
    assert bundled.suggest("BRKB")[0] == "BRK-B"
    assert len(bundled.suggest("GOOGLE", n=2)) == 2
    assert "AAPL" not in bundled.suggest("AAPL")
    assert bundled.suggest("") == []


def test_normalize_ticker():
    assert normalize_ticker(" brk.b ") == "BRK-B"
    assert normalize_ticker("BF/A") == "BF-A"


def test_exchange_format():
    data = (SITE / "files" / "company_tickers_exchange.json").read_bytes()
    doc = json.loads(data)
    assert doc["fields"] == ["cik", "name", "ticker", "exchange"]
    tickers = TickerMap.from_json(data)
    assert tickers.lookup("NVDA") == (1045810, "NVIDIA CORP")
    assert tickers.lookup("BRK.B") == (1067983, "BERKSHIRE HATHAWAY INC")


def test_bad_documents_are_input_errors():
    with pytest.raises(InputError, match="JSON"):
        TickerMap.from_json(b"<html>")
    with pytest.raises(InputError, match="no tickers"):
        TickerMap.from_json(b"{}")
    with pytest.raises(InputError):
        TickerMap.from_json(b"[1, 2]")


# -- refresh ----------------------------------------------------------------------------------


def _write_cache(path: Path, doc: dict, written: datetime) -> None:
    path.write_text(json.dumps(doc))
    os.utime(path, (written.timestamp(), written.timestamp()))


def test_fresh_cache_is_used_without_a_request(tmp_path, standin, make_client):
    cache = tmp_path / "company_tickers.json"
    _write_cache(cache, SMALL, NOW - timedelta(hours=3))
    tickers = load_ticker_map(make_client(), cache, NOW)
    assert len(tickers) == 3 and tickers.lookup("MSFT") == (789019, "MICROSOFT CORP")
    assert standin.requests == []


def test_stale_cache_is_refreshed_from_edgar(tmp_path, standin, make_client):
    cache = tmp_path / "company_tickers.json"
    _write_cache(cache, {"0": SMALL["0"]}, NOW - timedelta(days=2))
    standin.set(TICKERS_PATH, json.dumps(SMALL).encode(), "application/json")
    tickers = load_ticker_map(make_client(), cache, NOW)
    assert len(tickers) == 3
    assert [r.path for r in standin.requests] == [TICKERS_PATH]
    assert json.loads(cache.read_text()) == SMALL
    assert datetime.fromtimestamp(cache.stat().st_mtime, UTC) == NOW
    # written "now", so the next start-up within a day uses it without a request
    load_ticker_map(make_client(), cache, NOW + timedelta(hours=23))
    assert len(standin.requests) == 1


def test_edgar_down_falls_back_to_the_stale_cache(tmp_path, standin, make_client):
    cache = tmp_path / "company_tickers.json"
    _write_cache(cache, SMALL, NOW - timedelta(days=5))
    standin.add_fault(TICKERS_PATH, "503", times=None)
    tickers = load_ticker_map(make_client(retries=1), cache, NOW)
    assert len(tickers) == 3
    assert len(standin.requests) == 2


def test_rate_limited_without_cache_falls_back_to_the_bundled_snapshot(
    tmp_path, standin, make_client
):
    standin.add_fault(TICKERS_PATH, "rate_page")
    tickers = load_ticker_map(make_client(), tmp_path / "none" / "t.json", NOW)
    assert len(tickers) > 9000 and tickers.lookup("NVDA")[0] == 1045810


def test_html_page_instead_of_json_falls_back(tmp_path, standin, make_client):
    cache = tmp_path / "company_tickers.json"
    cache.write_text("not json")
    standin.add_fault(TICKERS_PATH, "html_error")
    tickers = load_ticker_map(make_client(), cache, NOW)
    assert len(tickers) > 9000
    assert cache.read_text() == "not json"  # a bad answer never overwrites the cache


def test_no_client_uses_the_bundled_snapshot(tmp_path):
    assert load_ticker_map(None, tmp_path / "t.json", NOW).lookup("AAPL")[0] == 320193
