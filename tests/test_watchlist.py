"""The strict watchlist loader: values, file:line messages, routing helpers, overlay."""

from __future__ import annotations

import difflib
import gzip
import io
import json
import re
from dataclasses import FrozenInstanceError
from datetime import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from bot.errors import ConfigError
from bot.models import Kind, Severity
from bot.watchlist import (
    COMPANY_KEYS,
    TOP_KEYS,
    ChannelSettings,
    Company,
    Defaults,
    Watchlist,
    WatchlistError,
    company_from_text,
    load_watchlist,
    overlay_changes,
    parse_watchlist,
    validate_config_main,
)

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures" / "watchlists"
EXAMPLE = ROOT / "config" / "watchlist.example.yaml"
SNAPSHOT = FIXTURES / "company_tickers_2025-08.json.gz"  # SEC's company_tickers.json, Aug 2025


class SnapshotResolver:
    """A tiny TickerResolver over SEC's company_tickers.json (the real snapshot)."""

    def __init__(self, rows: dict[str, dict]) -> None:
        self.by_ticker: dict[str, tuple[int, str]] = {}
        self.names: dict[int, str] = {}
        self.tickers: dict[int, list[str]] = {}
        for row in rows.values():
            ticker, cik = row["ticker"].upper(), int(row["cik_str"])
            self.by_ticker.setdefault(ticker, (cik, row["title"]))
            self.names.setdefault(cik, row["title"])
            self.tickers.setdefault(cik, []).append(ticker)

    @classmethod
    def from_gzip(cls, path: Path) -> SnapshotResolver:
        return cls(json.loads(gzip.decompress(path.read_bytes())))

    def lookup(self, ticker: str) -> tuple[int, str] | None:
        return self.by_ticker.get(ticker.upper().replace(".", "-"))

    def suggest(self, ticker: str) -> list[str]:
        return difflib.get_close_matches(ticker.upper(), list(self.by_ticker), n=3, cutoff=0.6)

    def name_for(self, cik: int) -> str | None:
        return self.names.get(cik)

    def tickers_for(self, cik: int) -> list[str]:
        return list(self.tickers.get(cik, []))


SMALL = SnapshotResolver(
    {
        "0": {"cik_str": 1045810, "ticker": "NVDA", "title": "NVIDIA CORP"},
        "1": {"cik_str": 320193, "ticker": "AAPL", "title": "Apple Inc."},
        "2": {"cik_str": 1067983, "ticker": "BRK-B", "title": "BERKSHIRE HATHAWAY INC"},
        "3": {"cik_str": 1067983, "ticker": "BRK-A", "title": "BERKSHIRE HATHAWAY INC"},
    }
)


@pytest.fixture(scope="module")
def resolver() -> SnapshotResolver:
    return SnapshotResolver.from_gzip(SNAPSHOT)


def line_of(text: str, needle: str) -> int:
    """1-based line of the only line containing `needle`, counted in the fixture text."""
    hits = [i for i, line in enumerate(text.splitlines(), 1) if needle in line]
    assert len(hits) == 1, (needle, hits)
    return hits[0]


def problems(text: str, resolver=SMALL, source: str = "w.yaml") -> list[str]:
    with pytest.raises(WatchlistError) as info:
        parse_watchlist(text, source, resolver)
    err = info.value
    assert isinstance(err, ConfigError)
    return list(err.problems)


def only_problem(text: str, resolver=SMALL) -> str:
    found = problems(text, resolver)
    assert len(found) == 1, found
    return found[0]


# --------------------------------------------------------------------------- the example


def test_example_file_loads_with_the_real_ticker_snapshot(resolver):
    wl = load_watchlist(EXAMPLE, resolver)
    assert wl.source == str(EXAMPLE)
    assert wl.defaults == Defaults("#filings", frozenset(Kind), Severity.LOW)
    assert wl.admins == {"U012ABCDEF", "U0ACME2024"}
    assert dict(wl.routes) == {Kind.LATE_FILING: "#deadlines"}
    assert wl.channels["#filings"] == ChannelSettings(min_severity=Severity.MEDIUM)
    assert wl.channels["#deadlines"] == ChannelSettings(None, "daily", time(8, 30))
    assert wl.timezone == "America/New_York"
    assert wl.ops_channel == "#edgar-ops"
    assert wl.backfill_days == 30
    tickers = [c.ticker for c in wl.companies]
    assert tickers == ["NVDA", "AAPL", "MSFT", "JPM", "BRK-B", "SMCI", "WBA", "SWX", "DELL"]
    # CIKs as SEC's company_tickers.json lists them
    assert wl.by_cik[1045810].name == "NVIDIA CORP"
    brk = wl.find("BRK-B")
    assert brk is not None and brk.cik == 1067983
    assert brk.channel == "#berkshire" and brk.kinds == {Kind.BUYBACK}
    swx = wl.by_cik[1692115]  # listed by cik only; the ticker comes from SEC's list
    assert (swx.ticker, swx.name) == ("SWX", "Southwest Gas")
    assert wl.find("DELL").cik == 1571996 and wl.find("DELL").channel == "C0123456789"
    assert wl.find("JPM").min_severity is Severity.MEDIUM
    text = EXAMPLE.read_text()
    assert wl.find("NVDA").line == line_of(text, "- ticker: NVDA")
    assert swx.line == line_of(text, "- cik: 1692115")


def test_example_file_documents_every_key():
    text = EXAMPLE.read_text()
    for key in TOP_KEYS:
        assert re.search(rf"^{key}:", text, re.M), f"top-level key {key} not shown"
    for key in COMPANY_KEYS:
        assert re.search(rf"^#\s+{key}\s", text, re.M), f"company key {key} not documented"
    for key in ("digest", "digest_time", "min_severity"):
        assert f"#   {key}" in text


def test_validate_config_main(resolver, tmp_path):
    code, out = validate_config_main(str(EXAMPLE), resolver)
    # 9 companies; channels reachable: #filings, #deadlines, #berkshire, C0123456789
    assert (code, out) == (0, f"{EXAMPLE}: OK, 9 companies, 4 channels")
    bad = tmp_path / "bad.yaml"
    bad.write_text("companies:\n  - ticker: NVIDA\n")
    code, out = validate_config_main(bad, resolver)
    assert code == 1
    assert out.startswith(f"{bad}:2: companies[0].ticker: unknown ticker 'NVIDA'")
    code, out = validate_config_main(tmp_path / "missing.yaml", resolver)
    assert code == 1 and "not found" in out and "\n" not in out


def test_minimal_file_gets_defaults():
    wl = parse_watchlist("companies:\n  - ticker: nvda\n", "mini.yaml", SMALL)
    assert wl.defaults == Defaults()
    assert wl.defaults.channel == "#filings"
    assert wl.defaults.kinds == frozenset(Kind)
    assert wl.admins == frozenset()
    assert wl.timezone == "America/New_York" and wl.backfill_days == 30
    assert wl.ops_channel is None
    (nvda,) = wl.companies
    assert (nvda.cik, nvda.ticker, nvda.name, nvda.line) == (1045810, "NVDA", "NVIDIA CORP", 2)


def test_ticker_spelt_with_a_dot_is_stored_as_sec_spells_it():
    wl = parse_watchlist("companies:\n  - ticker: brk.b\n", "w.yaml", SMALL)
    assert wl.companies[0].ticker == "BRK-B"


# --------------------------------------------------------------------------- errors with lines


def test_many_problems_fixture_reports_each_line(resolver):
    path = FIXTURES / "many_problems.yaml"
    text = path.read_text()
    with pytest.raises(ConfigError) as info:
        load_watchlist(path, resolver)
    message = str(info.value)
    lines = message.splitlines()
    expected = [n for n, line in enumerate(text.splitlines(), 1) if "PROBLEM" in line]
    assert lines[0] == f"{path}: {len(expected)} problems"
    got = [int(re.match(rf"{re.escape(str(path))}:(\d+): ", line).group(1)) for line in lines[1:]]
    assert got == expected
    assert (
        f"{path}:{line_of(text, 'kind: [buyback]')}: defaults.kind: unknown key; did you mean 'kinds'?"
        in message
    )
    assert "defaults.min_severity: unknown severity 'urgent'" in message
    assert "admins[1]: 'jane' is not a Slack user id" in message
    assert "routes.buybacks: unknown kind 'buybacks'; did you mean 'buyback'?" in message
    assert "channels.#deadlines.digest: must be none or daily, not 'weekly'" in message
    assert "companies[1].chanel: unknown key; did you mean 'channel'?" in message
    assert "companies[2].kinds: unknown kind 'insider_trading'" in message
    goog = line_of(text, "- ticker: GOOG ")
    googl = line_of(text, "- ticker: GOOGL")
    nvda = line_of(text, "- ticker: NVDA")
    assert (
        f"{path}:{goog}: companies[4]: duplicate: ticker GOOG is CIK 1652044 (Alphabet Inc.), "
        f"already listed at line {googl} as ticker GOOGL" in message
    )
    assert (
        f"{path}:{line_of(text, '- cik: 1045810')}: companies[5]: duplicate: cik 1045810 "
        f"(NVIDIA CORP), already listed at line {nvda} as ticker NVDA" in message
    )


def test_unknown_top_level_key_with_suggestion():
    text = "defaults:\n  channel: '#filings'\ncompany:\n  - ticker: NVDA\n"
    msg = only_problem(text)
    assert msg.startswith("w.yaml:3: company: unknown key; did you mean 'companies'?")


def test_unknown_key_without_near_miss_lists_the_allowed_keys():
    msg = only_problem("colour: blue\n")
    assert msg.startswith("w.yaml:1: colour: unknown key (allowed here: defaults, admins,")


def test_unknown_nested_keys_name_the_path_and_line():
    text = """\
defaults:
  channel: "#filings"
  min_severty: low
channels:
  "#filings":
    digest: daily
    digest_at: "08:00"
companies:
  - ticker: NVDA
    kind: [buyback]
"""
    found = problems(text)
    assert found == [
        f"w.yaml:{line_of(text, 'min_severty')}: defaults.min_severty: unknown key; did you "
        "mean 'min_severity'? (allowed here: channel, kinds, min_severity)",
        f"w.yaml:{line_of(text, 'digest_at')}: channels.#filings.digest_at: unknown key; did "
        "you mean 'digest_time'? (allowed here: min_severity, digest, digest_time)",
        f"w.yaml:{line_of(text, 'kind:')}: companies[0].kind: unknown key; did you mean "
        "'kinds'? (allowed here: ticker, cik, name, channel, kinds, min_severity)",
    ]


def test_unknown_ticker_suggests_close_matches(resolver):
    text = "companies:\n  - ticker: AAPL\n  - ticker: NVIDA\n"
    msg = only_problem(text, resolver)
    assert msg.startswith("w.yaml:3: companies[1].ticker: unknown ticker 'NVIDA'; did you mean ")
    assert "NVDA" in msg.split("did you mean ")[1]


def test_unknown_ticker_without_suggestion_points_to_cik():
    msg = only_problem("companies:\n  - ticker: ZZZZZZ\n")
    assert msg == (
        "w.yaml:2: companies[0].ticker: unknown ticker 'ZZZZZZ'; if it has no ticker in SEC's "
        "list, give its cik: instead"
    )


def test_duplicate_by_ticker_names_both_lines(resolver):
    text = "companies:\n  - ticker: GOOGL\n  - ticker: AAPL\n  - ticker: GOOG\n"
    assert only_problem(text, resolver) == (
        "w.yaml:4: companies[2]: duplicate: ticker GOOG is CIK 1652044 (Alphabet Inc.), already "
        "listed at line 2 as ticker GOOGL; keep one entry"
    )


def test_duplicate_by_cik_names_both_lines():
    text = "companies:\n  - cik: 320193\n\n  - ticker: AAPL\n    channel: '#apple'\n"
    assert only_problem(text) == (
        "w.yaml:4: companies[1]: duplicate: ticker AAPL is CIK 320193 (Apple Inc.), already "
        "listed at line 2 as cik 320193; keep one entry"
    )


def test_same_ticker_twice_is_a_duplicate():
    msg = only_problem("companies:\n  - ticker: NVDA\n  - ticker: nvda\n")
    assert msg.startswith("w.yaml:3: companies[1]: duplicate: ticker NVDA is CIK 1045810")


def test_ticker_and_cik_must_agree():
    msg = only_problem("companies:\n  - ticker: AAPL\n    cik: 1045810\n")
    assert msg == (
        "w.yaml:2: companies[0]: ticker AAPL is CIK 320193 (Apple Inc.), not cik 1045810; give "
        "only one of them"
    )
    wl = parse_watchlist("companies:\n  - ticker: AAPL\n    cik: 320193\n", "w.yaml", SMALL)
    assert wl.companies[0].cik == 320193


def test_unlisted_ticker_can_be_pinned_to_a_cik():
    wl = parse_watchlist(
        "companies:\n  - {ticker: NEWCO, cik: 1999999, name: New Co}\n", "w.yaml", SMALL
    )
    assert wl.companies[0] == Company(1999999, "NEWCO", "New Co", line=2)


def test_cik_without_ticker_in_the_list_gets_a_placeholder_name():
    wl = parse_watchlist("companies:\n  - cik: '0001234567'\n", "w.yaml", SMALL)
    assert wl.companies[0] == Company(1234567, None, "CIK 1234567", line=2)
    assert wl.companies[0].label == "CIK 1234567"


def test_entry_needs_ticker_or_cik():
    msg = only_problem("companies:\n  - name: Acme\n    channel: '#acme'\n")
    assert msg.startswith("w.yaml:2: companies[0]: needs a ticker (e.g. ticker: NVDA) or a cik")


def test_entry_must_be_a_mapping():
    msg = only_problem("companies:\n  - NVDA\n")
    assert msg == (
        "w.yaml:2: companies[0]: must be a mapping with a ticker or a cik, not 'NVDA' "
        "(write '- ticker: NVDA')"
    )
    assert only_problem("companies: NVDA\n").startswith("w.yaml:1: companies: must be a list")


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("0", "is not a CIK: a positive number"),
        ("-5", "is not a CIK: a positive number"),
        ("12345678901", "is not a CIK: a positive number of at most 10 digits"),
        ("'00012345678901'", "at most 10 digits"),
        ("abc", "a CIK is a whole number like 1692115, not 'abc'"),
        ("true", "a CIK is a whole number like 1692115, not true"),
        ("1.5", "a CIK is a whole number"),
    ],
)
def test_bad_cik(value, fragment):
    msg = only_problem(f"companies:\n  - cik: {value}\n")
    assert msg.startswith("w.yaml:2: companies[0].cik: ")
    assert fragment in msg


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("#filings", "an unquoted # starts a YAML comment; quote the name"),
        ("filings", 'is not a channel: write "#filings" (in quotes)'),
        ("'#Filings'", "channel names are lowercase: did you mean '#filings'?"),
        ("'#bad channel'", "is not a channel name: use lowercase letters"),
        ("'#'", '"#" alone is not a channel'),
        ("'#" + "a" * 81 + "'", "at most 80 characters"),
        ("C123", "is not a channel"),
        ("c0123456789", "is not a channel"),
        ("12345", "not the number 12345"),
        ("[a, b]", "not a list"),
        ("", "no channel given"),
    ],
)
def test_bad_channel(value, fragment):
    text = f"companies:\n  - ticker: NVDA\n    channel: {value}\n"
    msg = only_problem(text)
    assert msg.startswith("w.yaml:3: companies[0].channel: ")
    assert fragment in msg


@pytest.mark.parametrize(
    "value", ["#a", "#filings-2025_q1.x", "#" + "z" * 80, "C0123456789", "G01234567", "D0123ABCDEF"]
)
def test_good_channels(value):
    wl = parse_watchlist(f'defaults:\n  channel: "{value}"\n', "w.yaml", SMALL)
    assert wl.defaults.channel == value


def test_bad_kinds():
    text = "defaults:\n  kinds: [buyback, buy_back, fraud]\n"
    msg = only_problem(text)
    assert msg.startswith(
        "w.yaml:2: defaults.kinds: unknown kind 'buy_back'; did you mean 'buyback'?"
    )
    assert "unknown kind 'fraud'" in msg
    assert only_problem("defaults:\n  kinds: buyback\n") == (
        "w.yaml:2: defaults.kinds: must be a list, e.g. [buyback]"
    )
    assert "empty list" in only_problem("defaults:\n  kinds: []\n")
    assert "did you mean 'late_filing'?" in only_problem("routes:\n  Late Filing: '#x'\n")


def test_bad_severity():
    msg = only_problem("companies:\n  - ticker: NVDA\n    min_severity: critical\n")
    assert msg.startswith("w.yaml:3: companies[0].min_severity: unknown severity 'critical'")
    assert "did you mean 'medium'?" in only_problem("defaults:\n  min_severity: med\n")
    assert "did you mean 'high'?" in only_problem("defaults:\n  min_severity: HIGH\n")
    assert "not the number 3" in only_problem("defaults:\n  min_severity: 3\n")


def test_bad_admins():
    text = "admins:\n  - U012ABCDEF\n  - '@jane'\n  - C0123456789\n"
    found = problems(text)
    assert found[0].startswith("w.yaml:3: admins[1]: '@jane' is a display name; admins are")
    assert found[1].startswith("w.yaml:4: admins[2]: 'C0123456789' is not a Slack user id")
    assert only_problem("admins: U012ABCDEF\n").startswith("w.yaml:1: admins: must be a list")
    wl = parse_watchlist("admins: [U012ABCDEF, W0123456789]\n", "w.yaml", SMALL)
    assert wl.admins == {"U012ABCDEF", "W0123456789"}


def test_channels_digest_time_timezone_and_backfill():
    assert 'digest_time: must be a time "HH:MM"' in only_problem(
        "channels:\n  '#a': {digest: daily, digest_time: '24:00'}\n"
    )
    assert only_problem("channels:\n  '#a': {digest: hourly}\n").startswith(
        "w.yaml:2: channels.#a.digest: must be none or daily, not 'hourly'"
    )
    assert only_problem("channels:\n  filings: {digest: daily}\n").startswith(
        "w.yaml:2: channels.filings: 'filings' is not a channel"
    )
    assert "channels: must be a mapping" in only_problem("channels: ['#a']\n")
    assert only_problem("timezone: Europe/Pariss\n") == (
        "w.yaml:1: timezone: unknown time zone 'Europe/Pariss'; did you mean 'Europe/Paris'? "
        "(use an IANA name like America/New_York)"
    )
    assert "unknown time zone" in only_problem("timezone: ../etc/passwd\n")
    assert "between 0 and 365" in only_problem("backfill_days: 366\n")
    assert "between 0 and 365" in only_problem("backfill_days: -1\n")
    assert "whole number of days" in only_problem("backfill_days: yes\n")
    assert "whole number of days" in only_problem("backfill_days: true\n")
    wl = parse_watchlist(
        "channels:\n  '#a': {digest: daily, digest_time: '7:05'}\n  '#b':\n"
        "timezone: Europe/London\nbackfill_days: 0\nops_channel:\n",
        "w.yaml",
        SMALL,
    )
    assert wl.channels["#a"] == ChannelSettings(None, "daily", time(7, 5))
    assert wl.channels["#b"] == ChannelSettings()
    assert (wl.timezone, wl.backfill_days, wl.ops_channel) == ("Europe/London", 0, None)
    assert str(wl.tz) == "Europe/London"


def test_unquoted_ops_channel_is_an_error_not_silently_none():
    msg = only_problem("ops_channel: #edgar-ops\n")
    assert msg.startswith("w.yaml:1: ops_channel: no channel: an unquoted # starts a YAML comment")


def test_routes_values_are_channels():
    assert only_problem("routes:\n  buyback: buybacks\n").startswith(
        "w.yaml:2: routes.buyback: 'buybacks' is not a channel"
    )
    assert "routes: must be a mapping" in only_problem("routes: [buyback]\n")


def test_problems_are_sorted_by_line_and_counted():
    text = "zzz: 1\ncompanies:\n  - ticker: NOPE1\n  - ticker: NOPE2\naaa: 2\n"
    with pytest.raises(WatchlistError) as info:
        parse_watchlist(text, "w.yaml", SMALL)
    lines = str(info.value).splitlines()
    assert lines[0] == "w.yaml: 4 problems"
    assert [line.split(":")[1] for line in lines[1:]] == ["1", "3", "4", "5"]


# --------------------------------------------------------------------------- whole-file errors


def test_yaml_syntax_error_names_file_and_line():
    text = "defaults:\n  channel: '#filings'\ncompanies:\n  - ticker: NVDA\n  - [unclosed\n"
    msg = only_problem(text)
    assert re.fullmatch(r"w\.yaml:\d+: YAML syntax error: .+", msg)
    assert int(msg.split(":")[1]) >= 5  # the error is at or after the unclosed bracket


def test_yaml_bad_indentation_error_line():
    text = "defaults:\n  channel: '#a'\n kinds: [buyback]\n"
    msg = only_problem(text)
    assert msg.startswith("w.yaml:3: YAML syntax error: ")


def test_duplicate_yaml_key_is_a_syntax_error_with_line():
    text = "defaults:\n  channel: '#a'\n  channel: '#b'\n"
    assert only_problem(text) == 'w.yaml:3: YAML syntax error: found duplicate key "channel"'


def test_control_character_error_has_a_line():
    msg = only_problem("defaults:\n  channel: '#a'\ntimezone: \x07\n")
    assert msg.startswith("w.yaml:3: YAML syntax error: ")


@pytest.mark.parametrize("text", ["", "\n\n", "# only comments\n# here\n", "---\n"])
def test_empty_file(text):
    assert only_problem(text) == (
        "w.yaml:1: the watchlist is empty: expected keys such as defaults, admins and companies "
        "(see config/watchlist.example.yaml)"
    )


@pytest.mark.parametrize(
    ("text", "line", "what"),
    [
        ("- ticker: NVDA\n", 1, "a list"),
        ("# header\n\n- ticker: NVDA\n", 3, "a list"),
        ("just words\n", 1, "'just words'"),
        ("42\n", 1, "the number 42"),
    ],
)
def test_not_a_mapping(text, line, what):
    assert only_problem(text) == (
        f"w.yaml:{line}: the watchlist must be a mapping of keys (defaults, admins, "
        f"companies, ...), not {what}"
    )


def test_missing_file_directory_and_bad_encoding(tmp_path):
    missing = tmp_path / "nope.yaml"
    with pytest.raises(ConfigError) as info:
        load_watchlist(missing, SMALL)
    assert str(info.value) == (
        f"{missing}: watchlist file not found (set WATCHLIST, or start from "
        "config/watchlist.example.yaml)"
    )
    with pytest.raises(ConfigError, match="is a directory"):
        load_watchlist(tmp_path, SMALL)
    latin = tmp_path / "latin1.yaml"
    latin.write_bytes(b"defaults:\n  channel: '#caf\xe9'\n")
    with pytest.raises(ConfigError) as info:
        load_watchlist(latin, SMALL)
    assert str(info.value).startswith(f"{latin}:2: not UTF-8 text")


def test_utf8_bom_is_accepted(tmp_path):
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbfcompanies:\n  - ticker: AAPL\n")
    assert load_watchlist(path, SMALL).companies[0].cik == 320193


# --------------------------------------------------------------------------- routing helpers

ROUTING = """\
defaults:
  channel: "#filings"
  kinds: [buyback, late_filing]
  min_severity: medium
admins: [U012ABCDEF]
routes:
  late_filing: "#deadlines"
channels:
  "#deadlines": {min_severity: high, digest: daily}
  "#apple": {min_severity: low}
companies:
  - ticker: NVDA
  - ticker: AAPL
    channel: "#apple"
    kinds: [restatement_risk]
  - ticker: BRK-B
    min_severity: low
"""


@pytest.fixture
def routing() -> Watchlist:
    return parse_watchlist(ROUTING, "routing.yaml", SMALL)


def test_channel_for_prefers_company_then_route_then_default(routing):
    nvda, aapl, brk = routing.companies
    assert routing.channel_for(brk, Kind.LATE_FILING) == "#deadlines"
    assert routing.channel_for(nvda, Kind.BUYBACK) == "#filings"
    assert routing.channel_for(nvda, Kind.LATE_FILING) == "#deadlines"
    assert routing.channel_for(aapl, Kind.LATE_FILING) == "#apple"
    assert routing.channel_for(aapl, Kind.BUYBACK) == "#apple"


def test_kinds_for_company_else_default(routing):
    nvda, aapl, _ = routing.companies
    assert routing.kinds_for(nvda) == {Kind.BUYBACK, Kind.LATE_FILING}
    assert routing.kinds_for(aapl) == {Kind.RESTATEMENT_RISK}


def test_min_severity_company_then_channel_then_default(routing):
    nvda, aapl, brk = routing.companies
    assert routing.min_severity_for(nvda, "#filings") is Severity.MEDIUM  # default
    assert routing.min_severity_for(nvda, "#deadlines") is Severity.HIGH  # channel
    assert routing.min_severity_for(aapl, "#apple") is Severity.LOW  # channel
    assert routing.min_severity_for(brk, "#deadlines") is Severity.LOW  # company wins
    assert routing.wants(nvda, Kind.BUYBACK, Severity.MEDIUM)
    assert not routing.wants(nvda, Kind.BUYBACK, Severity.LOW)
    assert not routing.wants(nvda, Kind.LATE_FILING, Severity.MEDIUM)  # #deadlines wants high
    assert routing.wants(nvda, Kind.LATE_FILING, Severity.HIGH)
    assert not routing.wants(nvda, Kind.RESTATEMENT_RISK, Severity.HIGH)  # kind not watched
    assert routing.wants(aapl, Kind.RESTATEMENT_RISK, Severity.LOW)


def test_digest_and_channel_settings(routing):
    assert routing.digest_for("#deadlines") is True
    assert routing.digest_for("#filings") is False
    assert routing.channel_settings("#nowhere") == ChannelSettings()
    assert routing.channels_used == {"#filings", "#deadlines", "#apple"}


def test_lookups(routing):
    assert routing.ciks == {1045810, 320193, 1067983}
    assert set(routing.by_cik) == routing.ciks
    assert routing.find("brk-b").cik == 1067983
    assert routing.find("320193").ticker == "AAPL"
    assert routing.find(1045810).ticker == "NVDA"
    assert routing.find("MSFT") is None
    assert routing.is_admin("U012ABCDEF") and not routing.is_admin("U999999999")


def test_watchlist_is_frozen(routing):
    with pytest.raises(FrozenInstanceError):
        routing.timezone = "UTC"  # type: ignore[misc]
    with pytest.raises(TypeError):
        routing.routes[Kind.BUYBACK] = "#x"  # type: ignore[index]
    with pytest.raises(TypeError):
        routing.channels["#x"] = ChannelSettings()  # type: ignore[index]
    assert isinstance(routing.companies, tuple) and isinstance(routing.admins, frozenset)


# --------------------------------------------------------------------------- overlay


def test_overlay_adds_removes_and_replaces(routing):
    msft = Company(789019, "MSFT", "MICROSOFT CORP", channel="#msft")
    aapl_moved = Company(320193, "AAPL", "Apple Inc.", channel="#iphone")
    wl = routing.with_overlay([msft, aapl_moved], {1045810})
    assert [c.ticker for c in wl.companies] == ["AAPL", "BRK-B", "MSFT"]
    assert wl.find("AAPL").channel == "#iphone"  # replaced in place
    assert wl.ciks == {320193, 1067983, 789019}
    assert wl.channel_for(wl.find("MSFT"), Kind.BUYBACK) == "#msft"
    # the original is untouched, and its cached look-ups are not shared
    assert routing.ciks == {1045810, 320193, 1067983}
    assert wl.defaults == routing.defaults and wl.routes == routing.routes


def test_overlay_remove_wins_over_add(routing):
    msft = Company(789019, "MSFT", "MICROSOFT CORP")
    wl = routing.with_overlay([msft], {789019, 320193})
    assert wl.ciks == {1045810, 1067983}


def test_overlay_rows_from_the_store(routing):
    rows = [
        {
            "cik": 789019,
            "action": "add",
            "ticker": "MSFT",
            "name": "MICROSOFT CORP",
            "channel": None,
            "kinds": ["buyback"],
        },
        {"cik": 1045810, "action": "remove"},
        {
            "cik": 21344,
            "action": "add",
            "ticker": "KO",
            "name": None,
            "channel": "#ko",
            "kinds": None,
        },
        {"cik": 21344, "action": "remove"},  # later row for the same CIK wins
    ]
    added, removed = overlay_changes(rows)
    assert added == [Company(789019, "MSFT", "MICROSOFT CORP", kinds=frozenset({Kind.BUYBACK}))]
    assert removed == {1045810, 21344}
    wl = routing.with_overlay_rows(rows)
    assert [c.ticker for c in wl.companies] == ["AAPL", "BRK-B", "MSFT"]


def test_company_from_text(resolver):
    c = company_from_text("brk.b", resolver, channel="#berkshire", kinds=["buyback"])
    assert c == Company(
        1067983,
        "BRK-B",
        "BERKSHIRE HATHAWAY INC",
        channel="#berkshire",
        kinds=frozenset({Kind.BUYBACK}),
    )
    c = company_from_text("1692115", resolver)
    assert (c.cik, c.ticker, c.name) == (1692115, "SWX", "Southwest Gas Holdings, Inc.")
    with pytest.raises(ConfigError, match=r"^unknown ticker 'NVIDA'; did you mean .*NVDA"):
        company_from_text("NVIDA", resolver)
    with pytest.raises(ConfigError, match="channel names are lowercase"):
        company_from_text("NVDA", resolver, channel="#General")
    with pytest.raises(ConfigError, match="unknown kind 'buybacks'"):
        company_from_text("NVDA", resolver, kinds=["buybacks"])


# --------------------------------------------------------------------------- never a traceback


def _dump(data: object) -> str:
    out = io.StringIO()
    yaml = YAML(typ="safe", pure=True)
    yaml.dump(data, out)
    return out.getvalue()


def _check_only_config_errors(text: str) -> None:
    try:
        wl = parse_watchlist(text, "fuzz.yaml", SMALL)
    except ConfigError as exc:
        message = str(exc)
        assert message
        for line in message.splitlines():
            assert line.startswith("fuzz.yaml"), line
    else:
        assert isinstance(wl, Watchlist)


_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12),
    st.sampled_from(
        [
            "NVDA",
            "AAPL",
            "brk.b",
            "#filings",
            "C0123456789",
            "U012ABCDEF",
            "buyback",
            "late_filing",
            "high",
            "daily",
            "08:30",
            "America/New_York",
            "1045810",
        ]
    ),
)
_keys = st.one_of(
    st.sampled_from(
        [*TOP_KEYS, *COMPANY_KEYS, "digest", "digest_time", "#filings", "buyback", "kind"]
    ),
    st.text(max_size=8),
)
_values = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_keys, inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(_keys, _values, max_size=6))
def test_arbitrary_mappings_give_a_watchlist_or_a_config_error(data):
    _check_only_config_errors(_dump(data))


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.fixed_dictionaries(
            {},
            optional={
                "ticker": _scalars,
                "cik": _scalars,
                "channel": _scalars,
                "kinds": _values,
                "min_severity": _scalars,
                "name": _scalars,
            },
        ),
        max_size=5,
    )
)
def test_arbitrary_company_lists_give_a_watchlist_or_a_config_error(companies):
    _check_only_config_errors(_dump({"companies": companies}))


_yamlish = st.text(
    alphabet=st.sampled_from(list("abcdefgkmnrsty#:-[]{},'\"&*!|>?%@`\n \t0123456789._/")),
    max_size=120,
)


@settings(max_examples=500, deadline=None)
@given(st.one_of(_yamlish, st.text(max_size=80)))
def test_arbitrary_text_gives_a_watchlist_or_a_config_error(text):
    _check_only_config_errors(text)


@pytest.mark.parametrize(
    "text",
    [
        "a: &a [*a, *a]\n",  # a recursive alias
        "companies: &c\n  - ticker: NVDA\n  - *c\n",
        "defaults: !!binary aGVsbG8=\n",
        "defaults: !custom {channel: '#x'}\n",
        "<<: {defaults: {channel: '#x'}}\n",
        "? [a, b]\n: c\n",
        "companies:\n  - {ticker: !!float 1.5}\n",
        "[" * 200 + "]" * 200,
        "lol: &a [x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a]\nc: [*b,*b,*b,*b,*b,*b,*b]\n",
    ],
)
def test_hostile_yaml_gives_a_config_error(text):
    _check_only_config_errors(text)


def test_example_and_suggestions_with_the_project_ticker_map():
    from bot.edgar.tickers import TickerMap

    ticker_map = TickerMap.from_json(gzip.decompress(SNAPSHOT.read_bytes()))
    wl = load_watchlist(EXAMPLE, ticker_map)
    assert wl.find("BRK-B").cik == 1067983 and wl.by_cik[1692115].ticker == "SWX"
    msg = only_problem("companies:\n  - ticker: APPL\n", ticker_map)
    assert msg.startswith("w.yaml:2: companies[0].ticker: unknown ticker 'APPL'; did you mean AAPL")


def test_a_flood_of_problems_is_capped():
    text = "companies:\n" + "".join(f"  - ticker: NOPE{i}\n" for i in range(60))
    with pytest.raises(WatchlistError) as info:
        parse_watchlist(text, "w.yaml", SMALL)
    assert len(info.value.problems) == 60
    lines = str(info.value).splitlines()
    assert lines[0] == "w.yaml: 60 problems"
    assert len(lines) == 1 + 50 + 1
    assert lines[-1] == "w.yaml: ... and 10 more problems"
