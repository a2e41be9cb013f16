"""Block Kit rendering: content people read, Slack's limits, escaping, fallback text."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.models import Kind, Severity
from bot.slack.render import (
    format_money,
    format_price,
    render_acknowledged,
    render_alert,
    render_console,
    render_digest,
    render_ops,
)
from tests.servers.slack_standin import block_kit_problems, message_problem
from tests.slack.conftest import make_alert

ENTITY_SAFE = re.compile(r"&(?!amp;|lt;|gt;)")


def _mrkdwn_texts(blocks):
    for b in blocks:
        if b["type"] in ("section", "context"):
            if "text" in b:
                yield b["text"]["text"]
            for f in b.get("fields", []):
                yield f["text"]
            for e in b.get("elements", []):
                yield e["text"]


def _fields(payload) -> dict[str, str]:
    out = {}
    for b in payload["blocks"]:
        for f in b.get("fields", []):
            label, _, value = f["text"].partition("\n")
            out[label.strip("*")] = value
    return out


def _assert_valid(payload) -> None:
    assert block_kit_problems(payload["blocks"]) == []
    assert message_problem(payload) is None
    assert len(payload["blocks"]) <= 50


# --- facts as people read them --------------------------------------------------------------


def test_buyback_facts_are_formatted_for_people() -> None:
    alert = make_alert(
        facts={
            "shares": 370000,
            "price_per_share": 10.1,
            "amount_usd": 3737000,
            "percent_of_outstanding": 19.64,
            "program": "private",
            "authorized_usd": 1_500_000_000,
            "expires": "2026-12-31",
        }
    )
    fields = _fields(render_alert(alert))
    assert fields["Amount"] == "$3.74M"
    assert fields["Shares"] == "370,000 shares"
    assert fields["Price"] == "$10.10 per share"
    assert fields["Share of outstanding"] == "19.6% of shares outstanding"
    assert fields["Authorized"] == "$1.5B"
    assert fields["Program"] == "Private purchase"
    assert fields["Expires"] == "Dec 31, 2026"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (3_737_000, "$3.74M"),
        (1_500_000_000, "$1.5B"),
        (2_000_000, "$2M"),
        (250_000, "$250,000"),
        (12.5, "$12.50"),
        (591_836.98, "$591,837"),  # whole dollars from $1,000 up, as the titles show them
        (75_000_000_000, "$75B"),
    ],
)
def test_money(value: float, text: str) -> None:
    assert format_money(value) == text


def test_price_keeps_precision_the_filing_gives() -> None:
    assert format_price(10.125) == "$10.125 per share"
    assert format_price(7) == "$7.00 per share"


def test_program_names_in_words_and_unspecified_hidden() -> None:
    asr = _fields(render_alert(make_alert(facts={"program": "asr"})))
    assert asr["Program"] == "Accelerated share repurchase"
    tender = _fields(render_alert(make_alert(facts={"program": "tender_offer"})))
    assert tender["Program"] == "Tender offer"
    assert "Program" not in _fields(render_alert(make_alert(facts={"program": "unspecified"})))


def test_late_filing_facts_use_yes_no_and_dates() -> None:
    alert = make_alert(
        kind=Kind.LATE_FILING,
        severity=Severity.HIGH,
        form="NT 10-K",
        items=(),
        title="NT 10-K: annual report for 2025 will be late",
        facts={
            "report": "10-K",
            "period": "2025-12-31",
            "extension_expected": True,
            "significant_change": False,
            "reason": "additional time to complete the audit",
        },
    )
    payload = render_alert(alert)
    fields = _fields(payload)
    assert fields["Report"] == "10-K"
    assert fields["Period"] == "Dec 31, 2025"
    assert fields["Extension expected"] == "yes"
    assert fields["Significant change in results"] == "no"
    assert fields["Reason"] == "additional time to complete the audit"
    assert "Extension expected: yes" in render_console(alert)
    assert payload["blocks"][0]["text"]["text"].endswith("Late filing: Acme Holdings Inc (ACME)")


def test_restatement_facts() -> None:
    alert = make_alert(
        kind=Kind.RESTATEMENT_RISK,
        severity=Severity.HIGH,
        facts={"items": ["4.02"], "trigger": "non_reliance", "periods_affected": ["2025-09-30"]},
    )
    fields = _fields(render_alert(alert))
    assert fields["Items"] == "4.02"
    assert fields["Trigger"] == "Non-reliance on prior financial statements"
    assert fields["Periods affected"] == "Sep 30, 2025"


def test_empty_facts_are_skipped() -> None:
    fields = _fields(render_alert(make_alert(facts={"shares": 100, "amount_usd": None})))
    assert set(fields) == {"Shares"}
    payload = render_alert(make_alert(facts={}))
    _assert_valid(payload)
    assert not any("fields" in b for b in payload["blocks"])


# --- the message around the facts ------------------------------------------------------------


def test_header_context_and_evidence() -> None:
    alert = make_alert(severity=Severity.HIGH, accepted=datetime(2026, 3, 3, 21, 5, tzinfo=UTC))
    payload = render_alert(alert)
    header = payload["blocks"][0]
    assert header["type"] == "header"
    assert header["text"]["type"] == "plain_text"
    assert "Buyback: Acme Holdings Inc (ACME)" in header["text"]["text"]
    assert ":red_circle:" in header["text"]["text"]
    texts = "\n".join(_mrkdwn_texts(payload["blocks"]))
    assert "High severity" in texts
    assert ">On March 2, 2026, the Company repurchased 370,000 shares" in texts
    context = next(b for b in payload["blocks"] if b["type"] == "context")["elements"][0]["text"]
    assert "Form 8-K" in context
    assert "Items 8.01, 9.01" in context
    assert "Filed Mar 3, 2026" in context
    # 21:05 UTC is 4:05 PM in New York in March (EST)
    assert "Accepted Mar 3, 2026 4:05 PM ET" in context


def test_buttons() -> None:
    alert = make_alert()
    actions = next(b for b in render_alert(alert)["blocks"] if b["type"] == "actions")
    by_id = {e["action_id"]: e for e in actions["elements"]}
    assert by_id["view_filing"]["url"] == alert.url
    assert by_id["view_filing"]["text"]["text"] == "View filing"
    assert json.loads(by_id["mute_7d"]["value"]) == {"cik": 123456, "kind": "buyback"}
    assert by_id["mute_7d"]["text"]["text"] == "Mute 7 days"
    assert by_id["ack"]["value"] == alert.dedupe_key
    assert by_id["ack"]["text"]["text"] == "Acknowledge"


def test_no_url_no_link_button_but_accession_in_text() -> None:
    alert = make_alert(url=None)
    payload = render_alert(alert)
    _assert_valid(payload)
    actions = next(b for b in payload["blocks"] if b["type"] == "actions")
    assert "view_filing" not in {e["action_id"] for e in actions["elements"]}
    assert alert.accession in payload["text"]


@pytest.mark.parametrize("kind", list(Kind))
def test_fallback_text_carries_kind_company_ticker_url(kind: Kind) -> None:
    alert = make_alert(kind=kind)
    text = render_alert(alert)["text"]
    assert kind.label in text
    assert "Acme Holdings Inc" in text
    assert "ACME" in text
    assert alert.url in text
    assert alert.accession in text  # the URL carries it


def test_fallback_without_ticker_and_with_ampersand_company() -> None:
    text = render_alert(make_alert(ticker=None, company="Procter & Gamble Co"))["text"]
    assert "Procter & Gamble Co" in text
    assert "()" not in text


def test_fallback_keeps_company_and_url_when_title_is_huge() -> None:
    alert = make_alert(title="word " * 5000)
    text = render_alert(alert)["text"]
    assert len(text) <= 3000
    assert alert.url in text and "Acme Holdings Inc (ACME)" in text


def test_mrkdwn_is_escaped() -> None:
    alert = make_alert(
        evidence="Profit <b>rose</b> & the <@U123|boss> said <!channel> buy.",
        title="A <tricky> & title",
        facts={"reason": "R&D <delays>"},
    )
    payload = render_alert(alert)
    texts = list(_mrkdwn_texts(payload["blocks"]))
    joined = "\n".join(texts)
    assert "&lt;b&gt;rose&lt;/b&gt; &amp; the &lt;@U123|boss&gt;" in joined
    assert "&lt;!channel&gt;" in joined
    assert "A &lt;tricky&gt; &amp; title" in joined
    assert "R&amp;D &lt;delays&gt;" in joined
    for t in texts:
        assert "<" not in t.replace("<@", "")  # no raw angle brackets from the data
        assert not ENTITY_SAFE.search(t)
    assert "<!channel>" not in payload["text"]


def test_multiline_evidence_is_quoted_on_every_line() -> None:
    payload = render_alert(make_alert(evidence="First line.\n\nSecond line.\nThird."))
    quote = payload["blocks"][2]["text"]["text"]
    assert quote.split("\n") == [">First line.", ">Second line.", ">Third."]


# --- limits ----------------------------------------------------------------------------------


def test_huge_everything_stays_within_limits() -> None:
    alert = make_alert(
        company="Enormous & <Very> Long Company Name " * 20,
        ticker="TICKER" * 5,
        title="t&" * 4000,
        evidence="Evidence with <tags> & ampersands. " * 600,
        facts={f"fact_{i}": "value & <x> " * 400 for i in range(30)} | {"shares": 10**12},
        items=tuple(f"{i}.01" for i in range(60)),
        dedupe_key="k" * 5000,
    )
    payload = render_alert(alert)
    _assert_valid(payload)
    header = payload["blocks"][0]["text"]["text"]
    assert len(header) <= 150
    assert header.endswith("…")
    for t in _mrkdwn_texts(payload["blocks"]):
        assert len(t) <= 3000
        assert not ENTITY_SAFE.search(t), "an entity was cut in half"
    assert "Buyback" in payload["text"]


def test_more_than_ten_facts_go_to_an_extra_section() -> None:
    facts = {f"extra_{i:02d}": i for i in range(14)}
    payload = render_alert(make_alert(facts=facts))
    _assert_valid(payload)
    field_blocks = [b for b in payload["blocks"] if "fields" in b]
    assert len(field_blocks[0]["fields"]) == 10
    rest = "\n".join(_mrkdwn_texts(payload["blocks"]))
    assert "Extra 13: 13" in rest


_text = st.text(min_size=0, max_size=6000)


@settings(max_examples=60, deadline=None)
@given(
    company=st.text(min_size=1, max_size=500),
    title=_text,
    evidence=_text,
    facts=st.dictionaries(
        st.text(min_size=1, max_size=40),
        st.one_of(
            st.none(),
            st.booleans(),
            st.integers(),
            st.floats(allow_nan=True),
            st.text(max_size=3000),
            st.lists(st.text(max_size=50), max_size=5),
        ),
        max_size=15,
    ),
)
def test_any_alert_renders_within_limits(company, title, evidence, facts) -> None:
    payload = render_alert(make_alert(company=company, title=title, evidence=evidence, facts=facts))
    _assert_valid(payload)
    shown = payload["text"].replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    assert company in shown  # the company name is never cut from the fallback


# --- acknowledge, digest, ops, console -------------------------------------------------------


def test_acknowledged_replaces_button_with_who() -> None:
    blocks = render_alert(make_alert())["blocks"]
    once = render_acknowledged(blocks, "U024BE7LH")
    ids = [e["action_id"] for b in once if b["type"] == "actions" for e in b["elements"]]
    assert "ack" not in ids and "mute_7d" in ids
    assert once[-1]["elements"][0]["text"].endswith("Acknowledged by <@U024BE7LH>")
    twice = render_acknowledged(once, "U999")
    acks = [b for b in twice if b.get("block_id") == "ack_status"]
    assert len(acks) == 1 and "<@U999>" in acks[0]["elements"][0]["text"]
    assert block_kit_problems(twice) == []
    assert blocks[:3] == once[:3]  # the alert itself is unchanged


def test_digest_groups_by_company_and_kind() -> None:
    alerts = [
        make_alert(n=1),
        make_alert(n=2, kind=Kind.RESTATEMENT_RISK, severity=Severity.HIGH, title="4.02"),
        make_alert(n=3, company="Other Corp", cik=999, ticker="OTH", title="ASR"),
    ]
    payload = render_digest(alerts, date(2026, 3, 3))
    _assert_valid(payload)
    assert "Mar 3, 2026" in payload["blocks"][0]["text"]["text"]
    sections = [b["text"]["text"] for b in payload["blocks"] if b["type"] == "section"]
    assert len(sections) == 2
    acme = next(s for s in sections if "Acme Holdings Inc (ACME)" in s)
    # within a company: kinds in registry order (buyback before restatement risk)
    assert acme.index("*Buyback*") < acme.index("*Restatement risk*")
    assert "Other Corp (OTH)" in sections[1]  # the company with a high alert comes first
    for word in ("Buyback", "Restatement risk", "Acme Holdings Inc", "Other Corp"):
        assert word in payload["text"]


def test_digest_too_many_says_and_n_more() -> None:
    alerts = [
        make_alert(n=i, cik=1000 + i, company=f"Company {i:03d}", ticker=f"C{i:03d}")
        for i in range(80)
    ]
    payload = render_digest(alerts, date(2026, 3, 3))
    _assert_valid(payload)
    shown = sum(1 for b in payload["blocks"] if b["type"] == "section")
    last = payload["blocks"][-1]["elements"][0]["text"]
    assert last == f"…and {80 - shown} more alerts"
    assert shown > 10


def test_digest_one_company_with_many_alerts() -> None:
    alerts = [make_alert(n=i, title=f"Repurchase number {i} " + "x" * 200) for i in range(40)]
    payload = render_digest(alerts, date(2026, 3, 3))
    _assert_valid(payload)
    section = next(b for b in payload["blocks"] if b["type"] == "section")["text"]["text"]
    shown = section.count("\n• ")
    assert shown < 40
    assert section.endswith(f"_…and {40 - shown} more_")


def test_ops_message() -> None:
    payload = render_ops("Delivery to #gone failed: channel_not_found <x>", "error")
    _assert_valid(payload)
    assert ":rotating_light:" in payload["blocks"][0]["text"]["text"]
    assert "&lt;x&gt;" in payload["blocks"][0]["text"]["text"]
    assert "channel_not_found" in payload["text"]
    assert len(render_ops("x" * 10000, "warning")["blocks"][0]["text"]["text"]) <= 3000


def test_console_text() -> None:
    alert = make_alert()
    text = render_console(alert)
    lines = text.splitlines()
    assert lines[0] == "[MEDIUM] Buyback: Acme Holdings Inc (ACME)"
    assert "Form 8-K" in text and "Items 8.01, 9.01" in text
    assert "  > On March 2, 2026, the Company repurchased 370,000 shares" in text
    assert "  Amount: $3.74M" in lines
    assert "  Price: $10.10 per share" in lines
    assert lines[-1] == f"  {alert.url}"
