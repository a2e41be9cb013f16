"""/edgar subcommands: parsing (pure) and execution against a real Store and a small context."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.edgar.tickers import TickerMap
from bot.errors import EdgarRetryable
from bot.models import Filing, Finding, Kind, Severity
from bot.slack.commands import (
    SUBCOMMANDS,
    CheckTarget,
    Command,
    CommandContext,
    Reply,
    UsageError,
    handle,
    parse,
    parse_duration,
)
from bot.store import Store
from bot.watchlist import Watchlist, parse_watchlist

from .conftest import make_alert

ADMIN = "U012ABCDEF"
OTHER = "U0NOTADMIN1"
NOW = datetime(2026, 3, 9, 15, 0, tzinfo=UTC)

WATCHLIST = """\
defaults:
  channel: "#filings"
admins: [U012ABCDEF, U0ACME2024]
routes:
  late_filing: "#deadlines"
companies:
  - ticker: NVDA
  - ticker: SMCI
    kinds: [restatement_risk, late_filing]
    min_severity: medium
"""


@pytest.fixture(scope="module")
def tickers() -> TickerMap:
    return TickerMap.bundled()


def _texts(reply: Reply) -> str:
    """Everything a user sees: the text and every block's text."""
    parts = [reply.text]
    for block in reply.blocks or []:
        if "text" in block:
            parts.append(block["text"]["text"])
        for el in block.get("elements", []):
            parts.append(el.get("text", ""))
    return "\n".join(parts)


class Ctx:
    """Builds a CommandContext over a real store; records what slow services were asked."""

    def __init__(self, store: Store, tickers: TickerMap, text: str = WATCHLIST) -> None:
        self.store = store
        self.base: Watchlist = parse_watchlist(text, "config/watchlist.yaml", tickers)
        self.checked: list[CheckTarget] = []
        self.backfilled: list[int] = []
        self.deadline_calls: list[int | None] = []
        self.status_info: dict[str, Any] = {
            "last_poll_at": datetime(2026, 3, 9, 14, 59, 30, tzinfo=UTC),
            "last_poll_result": "ok: 3 new filings, 0 errors",
            "feed_lag_seconds": 42.0,
            "sec_cooldown_until": None,
        }
        self.ctx = CommandContext(
            store=store,
            watchlist=lambda: self.base.with_overlay_rows(store.watch_overlay()),
            resolver=tickers,
            now=lambda: NOW,
            check=self.check,
            deadlines=self.deadlines,
            status=lambda: self.status_info,
            backfill=self.backfilled.append,
        )

    def check(self, target: CheckTarget) -> tuple[Filing, list[Finding]]:
        self.checked.append(target)
        filing = Filing(
            documents=(),
            accession="0001045810-26-000012",
            cik=1045810,
            company="NVIDIA CORP",
            form="8-K",
            filed=date(2026, 3, 2),
            items=("8.01",),
            url="https://www.sec.gov/Archives/edgar/data/1045810/000104581026000012/"
            "0001045810-26-000012-index.htm",
        )
        finding = Finding(
            kind=Kind.BUYBACK,
            severity=Severity.HIGH,
            title="New $50.0 billion repurchase authorization",
            evidence="The Board approved an additional $50.0 billion in share repurchases.",
            facts={"authorized_usd": 50_000_000_000},
        )
        return filing, [finding]

    def deadlines(self, cik: int | None) -> str:
        self.deadline_calls.append(cik)
        return (
            "TICKER  CIK      REPORT  PERIOD      DUE         STATUS\n"
            "SMCI    1375365  10-Q    2025-12-31  2026-02-09  filed"
        )


@pytest.fixture
def db(tmp_path: Path) -> Iterator[str]:
    yield f"sqlite:///{tmp_path / 'commands.db'}"


@pytest.fixture
def env(db: str, tickers: TickerMap) -> Iterator[Ctx]:
    store = Store(db)
    yield Ctx(store, tickers)
    store.close()


# --------------------------------------------------------------------------- parsing


@pytest.mark.parametrize(
    ("text", "name", "args"),
    [
        ("", "help", {"topic": None}),
        ("help", "help", {"topic": None}),
        ("help watch", "help", {"topic": "watch"}),
        ("watch NVDA", "watch", {"ref": "NVDA", "channel": None, "kinds": None}),
        (
            "watch nvda #chips buyback",
            "watch",
            {"ref": "NVDA", "channel": "#chips", "kinds": ["buyback"]},
        ),
        (
            "watch SMCI <#C0123456789|risk> restatement late",
            "watch",
            {"ref": "SMCI", "channel": "C0123456789", "kinds": ["late_filing", "restatement_risk"]},
        ),
        (
            "watch 1692115 buyback,late_filing",
            "watch",
            {"ref": "1692115", "channel": None, "kinds": ["buyback", "late_filing"]},
        ),
        ("unwatch NVDA", "unwatch", {"ref": "NVDA"}),
        ("list", "list", {}),
        ("LIST", "list", {}),
        ("recent NVDA", "recent", {"ref": "NVDA", "limit": 5}),
        ("recent NVDA 12", "recent", {"ref": "NVDA", "limit": 12}),
        ("recent", "recent", {"ref": None, "limit": 5}),
        ("recent 3", "recent", {"ref": None, "limit": 3}),
        ("deadlines", "deadlines", {"ref": None}),
        ("deadlines wba", "deadlines", {"ref": "WBA"}),
        ("status", "status", {}),
        ("mute NVDA 7d", "mute", {"ref": "NVDA", "kind": None, "duration": timedelta(days=7)}),
        (
            "mute late_filing 12h",
            "mute",
            {"ref": None, "kind": "late_filing", "duration": timedelta(hours=12)},
        ),
        (
            "mute SMCI buyback 2w",
            "mute",
            {"ref": "SMCI", "kind": "buyback", "duration": timedelta(weeks=2)},
        ),
        ("mute NVDA 3 days", "mute", {"ref": "NVDA", "kind": None, "duration": timedelta(days=3)}),
        ("unmute NVDA", "unmute", {"ref": "NVDA", "kind": None}),
        ("unmute restatement", "unmute", {"ref": None, "kind": "restatement_risk"}),
    ],
)
def test_parse_each_subcommand(text: str, name: str, args: dict[str, Any]) -> None:
    parsed = parse(text)
    assert isinstance(parsed, Command), parsed
    assert parsed.name == name
    assert dict(parsed.args) == args
    assert parsed.public is False


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("check NVDA", CheckTarget("ticker", "NVDA")),
        ("check 1045810", CheckTarget("ticker", "1045810")),
        ("check 0001628280-26-042197", CheckTarget("accession", "0001628280-26-042197")),
        ("check 000162828026042197", CheckTarget("accession", "0001628280-26-042197")),
        (
            "check <https://www.sec.gov/Archives/edgar/data/320193/000032019326000010/x.htm>",
            CheckTarget(
                "url", "https://www.sec.gov/Archives/edgar/data/320193/000032019326000010/x.htm"
            ),
        ),
        (
            "check https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&amp;CIK=320193",
            CheckTarget(
                "url", "https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=320193"
            ),
        ),
    ],
)
def test_parse_check_targets(text: str, target: CheckTarget) -> None:
    parsed = parse(text)
    assert isinstance(parsed, Command)
    assert parsed.args["target"] == target
    assert parsed.spec.slow


def test_public_suffix_makes_the_reply_visible() -> None:
    parsed = parse("recent NVDA 3 public")
    assert isinstance(parsed, Command)
    assert parsed.public and dict(parsed.args) == {"ref": "NVDA", "limit": 3}
    flag = parse("--public list")
    assert isinstance(flag, Command) and flag.public and flag.name == "list"


@pytest.mark.parametrize(
    ("text", "command", "needle"),
    [
        ("frobnicate NVDA", None, "frobnicate"),
        ("watch", "watch", "needs a ticker"),
        ("watch NVDA #Chips", "watch", "lowercase"),
        ("watch NVDA #filings #other", "watch", "at most one channel"),
        ("watch NVDA buybak", "watch", "did you mean 'buyback'"),
        ("watch $$$", "watch", "not a ticker"),
        ("unwatch", "unwatch", "ticker or a CIK"),
        ("unwatch NVDA AAPL", "unwatch", "not expected"),
        ("list everything", "list", "not expected"),
        ("check", "check", "one ticker"),
        ("check NVDA AAPL", "check", "one ticker"),
        ("recent NVDA many", "recent", "not a number"),
        ("recent NVDA 500", "recent", "between 1 and 25"),
        ("status now", "status", "not expected"),
        ("mute NVDA", "mute", "for how long"),
        ("mute NVDA forever", "mute", "not a duration"),
        ("mute NVDA 0d", "mute", "more than zero"),
        ("mute NVDA 400d", "mute", "365 days"),
        ("mute NVDA sandwich 7d", "mute", "not a kind"),
        ("mute buyback NVDA 7d", "mute", "ticker before the kind"),
        ("unmute", "unmute", "name a ticker"),
        ("deadlines NVDA AAPL", "deadlines", "not expected"),
        ("help me please", "help", "at most one"),
    ],
)
def test_bad_input_gives_usage_not_a_traceback(text: str, command: str | None, needle: str) -> None:
    parsed = parse(text)
    assert isinstance(parsed, UsageError), parsed
    assert parsed.command == command
    assert needle.lower() in parsed.message.lower()
    reply = parsed.reply()
    if command:
        assert f"/edgar {SUBCOMMANDS[command].usage}" in reply.text
    else:
        for name in SUBCOMMANDS:  # unknown subcommand: the whole help
            assert f"/edgar {name}" in reply.text
    assert not reply.public


@pytest.mark.parametrize(
    "text",
    [
        "<>",
        "watch <@U123|bob>",
        "mute 7d",
        "check <#C0123456789>",
        "watch " + "A" * 300,
        "recent -1",
        "\u200b",
        "watch NVDA ,,",
    ],
)
def test_odd_input_never_raises(text: str) -> None:
    parsed = parse(text)
    assert isinstance(parsed, Command | UsageError)


def test_parse_duration_units() -> None:
    assert parse_duration("90m") == timedelta(minutes=90)
    assert parse_duration("12h") == timedelta(hours=12)
    assert parse_duration("7d") == timedelta(days=7)
    assert parse_duration("2w") == timedelta(days=14)
    assert parse_duration("1week") == timedelta(days=7)
    with pytest.raises(ValueError):
        parse_duration("7y")


def test_registry_is_the_designed_command_set() -> None:
    assert set(SUBCOMMANDS) == {
        "help",
        "watch",
        "unwatch",
        "list",
        "check",
        "recent",
        "status",
        "mute",
        "unmute",
        "deadlines",
    }
    assert {n for n, s in SUBCOMMANDS.items() if s.admin} == {"watch", "unwatch", "mute", "unmute"}


# --------------------------------------------------------------------------- execution


def test_help_lists_every_subcommand(env: Ctx) -> None:
    reply = handle("help", env.ctx, OTHER)
    for spec in SUBCOMMANDS.values():
        assert f"/edgar {spec.usage}" in reply.text
    assert "public" in reply.text
    detail = handle("help mute", env.ctx, OTHER)
    assert "/edgar mute NVDA 7d" in detail.text and "admins" in detail.text


def test_watch_persists_and_survives_a_new_store(env: Ctx, db: str, tickers: TickerMap) -> None:
    reply = handle("watch AAPL #apple buyback", env.ctx, ADMIN)
    assert "Now watching *AAPL*" in reply.text
    assert "Apple Inc." in reply.text and "CIK 320193" in reply.text
    assert "buyback → #apple" in reply.text
    assert env.backfilled == [320193]
    env.store.close()

    again = Store(db)  # a restart: a new Store on the same file
    try:
        fresh = Ctx(again, tickers)
        wl = fresh.ctx.watchlist()
        apple = wl.find("AAPL")
        assert apple is not None
        assert apple.channel == "#apple" and apple.kinds == frozenset({Kind.BUYBACK})
        assert wl.find("NVDA") is not None  # the file's companies are still there
        listing = _texts(handle("list", fresh.ctx, OTHER))
        assert "*AAPL*" in listing and "added in Slack" in listing
        assert "Watching 3 companies" in listing
    finally:
        again.close()


def test_unwatch_persists_and_survives_a_new_store(env: Ctx, db: str, tickers: TickerMap) -> None:
    reply = handle("unwatch nvda", env.ctx, ADMIN)
    assert reply.text.startswith("Stopped watching *NVDA*")
    assert "watchlist file" in reply.text
    env.store.close()
    again = Store(db)
    try:
        wl = Ctx(again, tickers).ctx.watchlist()
        assert wl.find("NVDA") is None
        assert [c.ticker for c in wl.companies] == ["SMCI"]
    finally:
        again.close()


def test_unwatch_of_an_unwatched_company_changes_nothing(env: Ctx) -> None:
    reply = handle("unwatch AAPL", env.ctx, ADMIN)
    assert "not on the watchlist" in reply.text
    assert env.store.watch_overlay() == []


def test_rewatching_a_file_company_keeps_its_kinds_and_min_severity(env: Ctx) -> None:
    reply = handle("watch SMCI #risk", env.ctx, ADMIN)
    assert reply.text.startswith("Updated *SMCI*")
    smci = env.ctx.watchlist().find("SMCI")
    assert smci is not None and smci.channel == "#risk"
    assert smci.kinds == frozenset({Kind.RESTATEMENT_RISK, Kind.LATE_FILING})
    assert env.backfilled == []  # already watched: no backfill


def test_watch_by_cik_and_unknown_ticker(env: Ctx) -> None:
    reply = handle("watch 1692115", env.ctx, ADMIN)
    assert "*SWX*" in reply.text and "Southwest Gas" in reply.text
    bad = handle("watch NVIDA", env.ctx, ADMIN)
    assert "unknown ticker 'NVIDA'" in bad.text and "NVDA" in bad.text
    assert [r["cik"] for r in env.store.watch_overlay()] == [1692115]


def test_watch_routing_follows_the_watchlist_routes(env: Ctx) -> None:
    reply = handle("watch AAPL", env.ctx, ADMIN)
    # No channel given: the default channel, and late filings go to their route.
    assert "buyback, restatement risk → #filings" in reply.text
    assert "late filing → #deadlines" in reply.text


@pytest.mark.parametrize("text", ["watch AAPL", "unwatch NVDA", "mute NVDA 7d", "unmute NVDA"])
def test_non_admins_get_a_polite_refusal_naming_the_admins(env: Ctx, text: str) -> None:
    reply = handle(text, env.ctx, OTHER)
    assert reply.text.startswith("Sorry, only the watchlist admins")
    assert "<@U012ABCDEF>" in reply.text and "<@U0ACME2024>" in reply.text
    assert env.store.watch_overlay() == []
    assert env.store.active_mutes(NOW) == []


def test_no_admins_means_nobody_may_change_it(store: Store, tickers: TickerMap) -> None:
    ctx = Ctx(store, tickers, "companies:\n  - ticker: NVDA\n").ctx
    reply = handle("watch AAPL", ctx, ADMIN)
    assert "nobody can change the watchlist" in reply.text
    assert "admins" in reply.text


def test_mute_and_unmute_durations(env: Ctx) -> None:
    reply = handle("mute NVDA 7d", env.ctx, ADMIN)
    assert "Muted all alerts for *NVDA* for 7 days" in reply.text
    assert "2026-03-16" in reply.text  # 9 March + 7 days, shown in New York time
    handle("mute SMCI buyback 12h", env.ctx, ADMIN)
    handle("mute late_filing 2w", env.ctx, ADMIN)
    mutes = {(m.cik, m.kind): m for m in env.store.active_mutes(NOW)}
    assert mutes[(1045810, None)].until == NOW + timedelta(days=7)
    assert mutes[(1045810, None)].created_by == ADMIN
    assert mutes[(1375365, Kind.BUYBACK)].until == NOW + timedelta(hours=12)
    assert mutes[(None, Kind.LATE_FILING)].until == NOW + timedelta(weeks=2)
    assert env.store.active_mutes(NOW + timedelta(hours=13)).__len__() == 2

    listing = _texts(handle("list", env.ctx, OTHER))
    assert "all alerts for *NVDA*" in listing
    assert "late filing alerts for every company" in listing

    assert "Unmuted all alerts for *NVDA*" in handle("unmute NVDA", env.ctx, ADMIN).text
    assert "1 mute lifted" in handle("unmute late", env.ctx, ADMIN).text
    assert {(m.cik, m.kind) for m in env.store.active_mutes(NOW)} == {(1375365, Kind.BUYBACK)}
    nothing = handle("unmute AAPL", env.ctx, ADMIN)
    assert "no active mute" in nothing.text


def test_unmute_company_lifts_its_per_kind_mutes_too(env: Ctx) -> None:
    handle("mute SMCI buyback 7d", env.ctx, ADMIN)
    handle("mute SMCI late_filing 7d", env.ctx, ADMIN)
    reply = handle("unmute SMCI", env.ctx, ADMIN)
    assert "2 mutes lifted" in reply.text
    assert env.store.active_mutes(NOW) == []


def test_recent_lists_the_companys_alerts_newest_first(env: Ctx) -> None:
    env.store.enqueue(
        [make_alert(n=1, cik=1045810, ticker="NVDA", company="NVIDIA CORP", title="First buyback")],
        NOW - timedelta(days=2),
    )
    env.store.enqueue(
        [
            make_alert(
                n=2,
                cik=1045810,
                ticker="NVDA",
                company="NVIDIA CORP",
                kind=Kind.RESTATEMENT_RISK,
                severity=Severity.HIGH,
                title="Non-reliance on 2025 statements",
            )
        ],
        NOW,
    )
    env.store.enqueue([make_alert(n=3, title="Someone else")], NOW)
    text = _texts(handle("recent NVDA", env.ctx, OTHER))
    assert "Latest 2 alerts for *NVDA*" in text
    assert text.index("Non-reliance") < text.index("First buyback")
    assert "Someone else" not in text
    assert "*Restatement risk* (high)" in text
    assert "_pending_" in text
    one = _texts(handle("recent NVDA 1", env.ctx, OTHER))
    assert "Non-reliance" in one and "First buyback" not in one
    assert "No alerts yet for *AAPL*" in handle("recent AAPL", env.ctx, OTHER).text


def test_status_shows_poll_outbox_failures_and_cooldown(env: Ctx) -> None:
    ids = env.store.enqueue([make_alert(n=1), make_alert(n=2), make_alert(n=3)], NOW)
    env.store.mark_sent(ids[0], "C0BUYBACKS1", "1700000000.000100", NOW)
    env.store.mark_failed(ids[1], "channel_not_found", "channel_not_found", NOW)
    text = _texts(handle("status", env.ctx, OTHER))
    assert "Last poll: 2026-03-09 10:59 EDT" in text  # 14:59:30 UTC in New York (DST from 8 March)
    assert "ok: 3 new filings" in text
    assert "Feed lag: 42 s" in text
    assert "SEC cool-down until: none" in text
    assert "Outbox: 1 waiting, 0 held for a digest, 1 sent, 1 failed" in text
    assert "`channel_not_found`" in text and "#buybacks" in text
    env.status_info["sec_cooldown_until"] = "2026-03-09T15:10:00+00:00"
    assert "SEC cool-down until: 2026-03-09 11:10" in _texts(handle("status", env.ctx, OTHER))


def test_deadlines_text_in_a_code_block(env: Ctx) -> None:
    reply = handle("deadlines SMCI", env.ctx, OTHER)
    assert env.deadline_calls == [1375365]
    text = _texts(reply)
    assert "Filing deadlines: *SMCI*" in text
    assert "```TICKER  CIK" in text and "2026-02-09  filed" in text
    handle("deadlines", env.ctx, OTHER)
    assert env.deadline_calls[-1] is None


def test_check_resolves_the_ticker_and_shows_findings(env: Ctx) -> None:
    reply = handle("check nvda public", env.ctx, OTHER)
    assert env.checked == [CheckTarget("ticker", "NVDA", cik=1045810, ticker="NVDA")]
    text = _texts(reply)
    assert "*8-K* · NVIDIA CORP (CIK 1045810)" in text
    assert "*Buyback* (high)" in text and "$50.0 billion in share repurchases" in text
    assert "Authorized: $50" in text
    assert "0001045810-26-000012-index.htm|View filing>" in text
    assert reply.public


def test_check_edgar_failure_is_a_polite_reply(env: Ctx) -> None:
    def failing(target: CheckTarget) -> tuple[Filing, list[Finding]]:
        raise EdgarRetryable("EDGAR answered 503 for /cgi-bin/browse-edgar after 3 tries")

    env.ctx.check = failing
    reply = handle("check 0001628280-26-042197", env.ctx, OTHER)
    assert reply.text.startswith("Sorry, that didn't work: EDGAR answered 503")


def test_unknown_ticker_in_read_commands(env: Ctx) -> None:
    for text in ("recent NVIDA", "check NVIDA", "deadlines NVIDA", "mute NVIDA 7d"):
        reply = handle(text, env.ctx, ADMIN)
        assert "I don't know the ticker `NVIDA`" in reply.text
        assert "NVDA" in reply.text
    assert env.checked == []


def test_missing_services_are_explained(store: Store, tickers: TickerMap) -> None:
    base = parse_watchlist(WATCHLIST, "w.yaml", tickers)
    ctx = CommandContext(store=store, watchlist=lambda: base, resolver=tickers, now=lambda: NOW)
    assert "not available" in handle("check NVDA", ctx, OTHER).text
    assert "not available" in handle("deadlines", ctx, OTHER).text
    assert "Outbox: 0 waiting" in _texts(handle("status", ctx, OTHER))


def test_reply_payload_for_respond() -> None:
    assert Reply("hi").payload() == {"text": "hi", "response_type": "ephemeral"}
    blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": "hi"}}]
    assert Reply("hi", blocks, public=True).payload() == {
        "text": "hi",
        "response_type": "in_channel",
        "blocks": blocks,
    }


def test_long_list_stays_within_block_kit_limits(store: Store, tickers: TickerMap) -> None:
    rows = sorted({cik for cik in range(1, 400_000) if tickers.tickers_for(cik)})[:700]
    text = "companies:\n" + "".join(f"  - cik: {cik}\n" for cik in rows)
    ctx = Ctx(store, tickers, text).ctx
    reply = handle("list", ctx, OTHER)
    assert reply.blocks is not None and len(reply.blocks) <= 50
    assert all(len(b["text"]["text"]) <= 3000 for b in reply.blocks if "text" in b)
    shown = sum(b["text"]["text"].count("\n• ") + 1 for b in reply.blocks[1:])
    assert shown == len(ctx.watchlist().companies)  # all fit in 50 blocks of 3,000
    assert len(reply.text) <= 3000


def test_sections_cut_with_a_count_of_what_is_left() -> None:
    from bot.slack.commands import _sections

    lines = [f"• line {i} " + "x" * 200 for i in range(1000)]
    blocks = _sections(lines, header="*Header*")
    assert len(blocks) <= 50
    assert all(len(b["text"]["text"]) <= 3000 for b in blocks if "text" in b)
    shown = sum(b["text"]["text"].count("• line ") for b in blocks if "text" in b)
    assert blocks[-1]["elements"][0]["text"] == f"…and {1000 - shown} more."


def test_status_with_the_services_status_shape(env: Ctx) -> None:
    """The shape bot.service.status_of returns: a nested last_poll and store-derived keys."""
    env.status_info = {
        "now": "2026-03-09T15:00:00+00:00",
        "last_poll": {
            "started": "2026-03-09T14:59:58+00:00", "finished": "2026-03-09T14:59:59+00:00",
            "ok": False, "error": "EDGAR answered 503 three times",
            "summary": "0 new filings", "newest_accepted": None,
        },
        "feed_lag_seconds": None,
        "outbox": {"pending": 7},
        "outbox_pending": 7,
        "delivery_failures": [],
        "sec_cooldown_until": "2026-03-09T15:09:00+00:00",
        "watched_companies": 2,
        "reconcile": {"day": "2026-03-06", "missing": 0},
        "deadlines": None,
    }
    text = _texts(handle("status", env.ctx, OTHER))
    assert "Last poll: 2026-03-09 10:59 EDT · FAILED · 0 new filings · error: EDGAR answered 503" in text
    assert "Feed lag: unknown" in text
    assert "SEC cool-down until: 2026-03-09 11:09 EDT" in text
    assert "Last reconciliation: day: 2026-03-06; missing: 0" in text
    assert "Last deadline check: never" in text
    assert "Outbox: 0 waiting" in text  # from the store itself, not the service's copy
    assert "outbox_pending" not in text and "{" not in text
