"""Alerts -> Slack messages (Block Kit) and plain text. Pure: no slack_sdk, no I/O, no clock.

Every function returns plain dicts/lists ready for `chat.postMessage` / `chat.update`
(`{"text": fallback, "blocks": [...]}`) and stays inside Block Kit's limits whatever the
alert holds: at most 50 blocks, header text <= 150 chars, section text <= 3,000, at most 10
fields of <= 2,000 chars, button text <= 75, button url <= 3,000.

The plain `text` fallback of an alert always carries the kind in words, the company name, the
ticker when known and the filing URL (or the accession number when there is no URL).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.fmt import money
from bot.models import Alert, Kind, Severity

MAX_BLOCKS = 50
MAX_HEADER = 150
MAX_SECTION = 3000
MAX_FIELDS = 10
MAX_FIELD = 2000
MAX_BUTTON_TEXT = 75
MAX_URL = 3000
MAX_VALUE = 2000
MAX_CONTEXT_ELEMENTS = 10
MAX_FALLBACK = 3000  # Slack truncates `text` at 40,000; notifications need far less

ACTION_MUTE = "mute_7d"
ACTION_ACK = "ack"
ACTION_VIEW = "view_filing"
BLOCK_ACTIONS = "alert_actions"
BLOCK_ACK_STATUS = "ack_status"

_EASTERN = ZoneInfo("America/New_York")

SEVERITY_EMOJI = {
    Severity.HIGH: ":red_circle:",
    Severity.MEDIUM: ":large_orange_circle:",
    Severity.LOW: ":large_yellow_circle:",
}
_SEVERITY_WORD = {Severity.HIGH: "High", Severity.MEDIUM: "Medium", Severity.LOW: "Low"}

_PROGRAMS = {
    "open_market": "Open market",
    "asr": "Accelerated share repurchase",
    "tender_offer": "Tender offer",
    "private": "Private purchase",
}
_TRIGGERS = {
    "non_reliance": "Non-reliance on prior financial statements",
    "auditor_change": "Auditor change",
    "material_weakness": "Material weakness",
    "investigation": "Investigation",
    "restatement": "Restatement",
}

# Known fact names in display order: name -> label. Unknown facts follow, labelled from the name.
_FACT_LABELS: dict[str, str] = {
    # buyback
    "amount_usd": "Amount",
    "shares": "Shares",
    "price_per_share": "Price",
    "percent_of_outstanding": "Share of outstanding",
    "authorized_usd": "Authorized",
    "authorized_shares": "Authorized shares",
    "remaining_usd": "Remaining",
    "program": "Program",
    "expires": "Expires",
    # late filing
    "report": "Report",
    "period": "Period",
    "extension_expected": "Extension expected",
    "significant_change": "Significant change in results",
    "reason": "Reason",
    # restatement risk
    "trigger": "Trigger",
    "items": "Items",
    "periods_affected": "Periods affected",
    "auditor": "Auditor",
}


# ---------------------------------------------------------------------------------------------
# Text helpers


def escape_mrkdwn(text: str) -> str:
    """Escape the three characters Slack's mrkdwn treats as control characters."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_ENTITY_LIKE = re.compile(r"&(?=(?:amp|lt|gt);)")


def escape_fallback(text: str) -> str:
    """Minimal escaping for the plain `text` fallback: '<' and '>' always (they would start a
    link or mention), '&' only where Slack would read an entity, so "AT&T" stays "AT&T"."""
    return _ENTITY_LIKE.sub("&amp;", text).replace("<", "&lt;").replace(">", "&gt;")


def clip(text: str, limit: int, ellipsis: str = "…") -> str:
    """`text` cut to at most `limit` characters, ending with `ellipsis` when cut."""
    if len(text) <= limit:
        return text
    return text[: max(0, limit - len(ellipsis))].rstrip() + ellipsis


def escape_clip(text: str, limit: int) -> str:
    """Escape for mrkdwn, then cut to `limit` characters without splitting an entity."""
    escaped = escape_mrkdwn(text)
    if len(escaped) <= limit:
        return escaped
    out: list[str] = []
    size = 0
    for ch in text:
        piece = escape_mrkdwn(ch)
        if size + len(piece) > limit - 1:
            break
        out.append(piece)
        size += len(piece)
    return "".join(out).rstrip() + "…"


def _quote(text: str, limit: int) -> str:
    """A mrkdwn block quote of `text` ('>' on every line), at most `limit` characters."""
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()] or ["(no text)"]
    body = "\n".join(lines)
    # Each line costs 1 extra char for '>' (the quote marker is never escaped).
    budget = limit - len(lines)
    quoted = escape_clip(body, max(1, budget))
    return "\n".join(">" + ln for ln in quoted.split("\n"))


# ---------------------------------------------------------------------------------------------
# Value formatting


def format_money(value: float) -> str:
    """3737000 -> '$3.74M', 1.5e9 -> '$1.5B', 250000 -> '$250,000', 12.5 -> '$12.50'."""
    return money(value)


def format_price(value: float) -> str:
    """10.1 -> '$10.10 per share'; up to four decimals when the filing gives them."""
    v = float(value)
    text = f"{v:,.4f}".rstrip("0")
    whole, _, frac = text.partition(".")
    frac = frac.ljust(2, "0")
    return f"${whole}.{frac} per share"


def format_shares(value: float) -> str:
    """370000 -> '370,000 shares'."""
    v = float(value)
    n = int(v) if v == int(v) else v
    return f"{n:,} shares" if isinstance(n, int) else f"{n:,.2f} shares"


def format_percent(value: float) -> str:
    """19.64 -> '19.6% of shares outstanding' (the fact is in percent units)."""
    v = float(value)
    text = f"{v:.2f}" if 0 < abs(v) < 0.1 else f"{v:.1f}"
    return f"{text}% of shares outstanding"


def format_date(value: date | str) -> str:
    """date(2026, 12, 31) or '2026-12-31' -> 'Dec 31, 2026'. Other strings pass through."""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value.strip()[:10])
        except ValueError:
            return value
    if isinstance(value, datetime):
        value = value.date()
    return f"{value:%b} {value.day}, {value.year}"


def format_datetime(value: datetime) -> str:
    """An aware time shown in Eastern time, as EDGAR does: 'Mar 3, 2026 4:05 PM ET'."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    local = value.astimezone(_EASTERN)
    hour = local.hour % 12 or 12
    ampm = "AM" if local.hour < 12 else "PM"
    return f"{format_date(local.date())} {hour}:{local.minute:02d} {ampm} ET"


def _yes_no(value: Any) -> str:
    return "yes" if bool(value) else "no"


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _generic(value: Any) -> str:
    if isinstance(value, bool):
        return _yes_no(value)
    if isinstance(value, date):
        return format_date(value)
    if _is_number(value):
        return f"{value:,}" if isinstance(value, int) else f"{value:,.4g}"
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        return ", ".join(f"{k}: {_generic(v)}" for k, v in value.items())
    if isinstance(value, Iterable):
        return ", ".join(_generic(v) for v in value)
    return str(value)


def format_fact(name: str, value: Any) -> str | None:
    """One fact value in words a person reads; None when there is nothing worth showing."""
    if value is None or value == "" or value == [] or value == ():
        return None
    try:
        if name in ("amount_usd", "authorized_usd", "remaining_usd") and _is_number(value):
            return format_money(value)
        if name in ("shares", "authorized_shares") and _is_number(value):
            return format_shares(value)
        if name == "price_per_share" and _is_number(value):
            return format_price(value)
        if name == "percent_of_outstanding" and _is_number(value):
            return format_percent(value)
        if name in ("expires", "period") and isinstance(value, str | date):
            return format_date(value)
        if name == "program" and isinstance(value, str):
            if value == "unspecified":
                return None
            return _PROGRAMS.get(value, value.replace("_", " ").capitalize())
        if name == "trigger" and isinstance(value, str):
            return _TRIGGERS.get(value, value.replace("_", " ").capitalize())
        if name == "periods_affected" and isinstance(value, list | tuple):
            return ", ".join(
                format_date(v) if isinstance(v, str | date) else _generic(v) for v in value
            )
    except (TypeError, ValueError, OverflowError):
        pass
    return _generic(value)


def fact_label(name: str) -> str:
    return _FACT_LABELS.get(name) or name.replace("_", " ").strip().capitalize()


def format_facts(facts: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(label, value) pairs in a stable display order, skipping empty facts."""
    known = [k for k in _FACT_LABELS if k in facts]
    rest = sorted(k for k in facts if k not in _FACT_LABELS)
    out: list[tuple[str, str]] = []
    for name in known + rest:
        text = format_fact(name, facts[name])
        if text is not None:
            out.append((fact_label(name), text))
    return out


# ---------------------------------------------------------------------------------------------
# Alert pieces


def _company_line(alert: Alert) -> str:
    return f"{alert.company} ({alert.ticker})" if alert.ticker else alert.company


def _severity_word(severity: Severity) -> str:
    return _SEVERITY_WORD.get(severity, str(severity).capitalize())


def _filing_line(alert: Alert) -> str:
    """'8-K · Items 8.01, 9.01 · Filed Mar 3, 2026 · Accepted Mar 3, 2026 4:05 PM ET'."""
    parts = [f"Form {alert.form}"]
    if alert.items:
        parts.append(("Item " if len(alert.items) == 1 else "Items ") + ", ".join(alert.items))
    if alert.period:
        parts.append(f"Period {format_date(alert.period)}")
    if alert.filed:
        parts.append(f"Filed {format_date(alert.filed)}")
    if alert.accepted:
        parts.append(f"Accepted {format_datetime(alert.accepted)}")
    if alert.accession:
        parts.append(f"Accession {alert.accession}")
    return " · ".join(parts)


def _safe_url(url: str | None) -> str | None:
    if not url or len(url) > MAX_URL or not url.startswith(("https://", "http://")):
        return None
    return url


def mute_value(alert: Alert) -> str:
    """The "Mute 7 days" button value: JSON {"cik": int, "kind": str}."""
    return json.dumps({"cik": alert.cik, "kind": str(alert.kind)}, separators=(",", ":"))


def fallback_text(alert: Alert) -> str:
    """The plain notification text: kind, severity, company (ticker), title, form, URL.

    Company, ticker and URL are never cut; the title is cut to keep the text short."""
    where = alert.url or (f"accession {alert.accession}" if alert.accession else "")
    head = f"{alert.kind.label} ({_severity_word(alert.severity).lower()}): {_company_line(alert)}"
    tail = f" · {alert.form} · {where}" if where else f" · {alert.form}"
    budget = MAX_FALLBACK - len(head) - len(tail) - 3
    title = clip(alert.title, budget) if alert.title and budget > 20 else ""
    text = f"{head} — {title}{tail}" if title else f"{head}{tail}"
    return escape_fallback(text)


def render_alert(alert: Alert) -> dict[str, Any]:
    """One alert as a `chat.postMessage` payload: {"text": fallback, "blocks": [...]}."""
    emoji = SEVERITY_EMOJI.get(alert.severity, "")
    header = clip(f"{emoji} {alert.kind.label}: {_company_line(alert)}".strip(), MAX_HEADER)
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": header, "emoji": True}},
        {
            "type": "section",
            "text": {
                "type": "mrkdwn",
                "text": clip(
                    f"*{_severity_word(alert.severity)} severity* · "
                    + escape_clip(alert.title or alert.kind.label, MAX_SECTION - 40),
                    MAX_SECTION,
                ),
            },
        },
        {
            "type": "section",
            "text": {"type": "mrkdwn", "text": _quote(alert.evidence, MAX_SECTION)},
        },
    ]
    facts = format_facts(alert.facts)
    if facts:
        fields = []
        for label, value in facts[:MAX_FIELDS]:
            head = f"*{escape_clip(label, 100)}*\n"
            fields.append(
                {"type": "mrkdwn", "text": head + escape_clip(value, MAX_FIELD - len(head))}
            )
        blocks.append({"type": "section", "fields": fields})
        if len(facts) > MAX_FIELDS:
            extra = "; ".join(f"{label}: {value}" for label, value in facts[MAX_FIELDS:])
            blocks.append(
                {
                    "type": "section",
                    "text": {"type": "mrkdwn", "text": escape_clip(extra, MAX_SECTION)},
                }
            )
    context = escape_clip(_filing_line(alert), MAX_SECTION)
    if alert.document:
        context = escape_clip(f"{_filing_line(alert)} · From {alert.document}", MAX_SECTION)
    blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": context}]})
    buttons: list[dict[str, Any]] = []
    url = _safe_url(alert.url)
    if url:
        buttons.append(
            {
                "type": "button",
                "action_id": ACTION_VIEW,
                "text": {"type": "plain_text", "text": "View filing"},
                "url": url,
            }
        )
    buttons.append(
        {
            "type": "button",
            "action_id": ACTION_MUTE,
            "text": {"type": "plain_text", "text": "Mute 7 days"},
            "value": mute_value(alert),
        }
    )
    if len(alert.dedupe_key) <= MAX_VALUE:
        buttons.append(
            {
                "type": "button",
                "action_id": ACTION_ACK,
                "text": {"type": "plain_text", "text": "Acknowledge"},
                "style": "primary",
                "value": alert.dedupe_key,
            }
        )
    blocks.append({"type": "actions", "block_id": BLOCK_ACTIONS, "elements": buttons})
    return {"text": fallback_text(alert), "blocks": blocks}


def render_acknowledged(original_blocks: Sequence[Mapping[str, Any]], user_id: str) -> list[dict]:
    """The alert's blocks after someone pressed "Acknowledge": the button goes, a context line
    '✅ Acknowledged by <@U…>' takes its place (pressing again replaces the line)."""
    out: list[dict[str, Any]] = []
    for block in original_blocks:
        if block.get("block_id") == BLOCK_ACK_STATUS:
            continue
        if block.get("type") == "actions":
            elements = [e for e in block.get("elements", []) if e.get("action_id") != ACTION_ACK]
            if elements:
                out.append({**block, "elements": elements})
            continue
        out.append(dict(block))
    user = "".join(ch for ch in user_id if ch.isalnum())
    out.append(
        {
            "type": "context",
            "block_id": BLOCK_ACK_STATUS,
            "elements": [
                {"type": "mrkdwn", "text": f":white_check_mark: Acknowledged by <@{user}>"}
            ],
        }
    )
    return out[-MAX_BLOCKS:] if len(out) > MAX_BLOCKS else out


# ---------------------------------------------------------------------------------------------
# Digest


def render_digest(alerts: Sequence[Alert], day: date) -> dict[str, Any]:
    """One grouped message for a channel's day: a section per company (alerts grouped by kind),
    ending with "…and N more" when the alerts do not fit Block Kit's limits."""
    n = len(alerts)
    title = clip(
        f"EDGAR digest for {format_date(day)}: {n} alert{'s' if n != 1 else ''}", MAX_HEADER
    )
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": title, "emoji": True}}
    ]
    by_kind: dict[str, int] = {}
    for a in alerts:
        by_kind[a.kind.label] = by_kind.get(a.kind.label, 0) + 1
    summary = ", ".join(f"{label}: {count}" for label, count in by_kind.items()) or "no alerts"
    blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": summary}]})

    groups: dict[tuple[int, str], list[Alert]] = {}
    for a in alerts:
        groups.setdefault((a.cik, a.company), []).append(a)
    kind_order = {k: i for i, k in enumerate(Kind)}
    ordered = sorted(
        groups.values(),
        key=lambda g: (-max(a.severity.rank for a in g), g[0].company.lower(), g[0].cik),
    )
    budget_blocks = MAX_BLOCKS - len(blocks) - 1  # keep one for "and N more"
    left_out = 0
    for group in ordered:
        if budget_blocks <= 0:
            left_out += len(group)
            continue
        group = sorted(group, key=lambda a: (kind_order.get(a.kind, 99), -a.severity.rank))
        head = f"*{escape_clip(_company_line(group[0]), 200)}*"
        lines: list[str] = [head]
        size = len(head)
        shown = 0
        for a in group:
            link = (
                f" · <{a.url}|{escape_mrkdwn(a.form)}>"
                if _safe_url(a.url)
                else f" · {escape_mrkdwn(a.form)}"
            )
            line = (
                f"\n• {SEVERITY_EMOJI.get(a.severity, '')} *{a.kind.label}*: "
                f"{escape_clip(a.title, 300)}{link}"
            )
            if size + len(line) > MAX_SECTION - 40:
                break
            lines.append(line)
            size += len(line)
            shown += 1
        if shown < len(group):
            lines.append(f"\n_…and {len(group) - shown} more_")
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": "".join(lines)}})
        budget_blocks -= 1
    if left_out:
        blocks.append(
            {
                "type": "context",
                "elements": [
                    {
                        "type": "mrkdwn",
                        "text": f"…and {left_out} more alert{'s' if left_out != 1 else ''}",
                    }
                ],
            }
        )
    companies = ", ".join(_company_line(g[0]) for g in ordered)
    text = escape_fallback(clip(f"{title} ({summary}) — {companies}", MAX_FALLBACK))
    return {"text": text, "blocks": blocks}


# ---------------------------------------------------------------------------------------------
# Ops and console

_OPS_EMOJI = {"info": ":information_source:", "warning": ":warning:", "error": ":rotating_light:"}


def render_ops(message: str, level: str = "info") -> dict[str, Any]:
    """A message for the ops channel (poll failures, permanent delivery errors, cool-downs)."""
    lvl = str(level).lower()
    emoji = _OPS_EMOJI.get(lvl, _OPS_EMOJI["info"])
    body = escape_clip(message, MAX_SECTION - len(emoji) - 20)
    text = f"{emoji} *{lvl.capitalize()}*: {body}"
    return {
        "text": escape_fallback(clip(f"[{lvl}] {message}", MAX_FALLBACK)),
        "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": text}}],
    }


def render_console(alert: Alert) -> str:
    """The alert as readable plain text for standard output (no Slack token configured)."""
    lines = [
        f"[{str(alert.severity).upper()}] {alert.kind.label}: {_company_line(alert)}",
        f"  {alert.title}" if alert.title else "",
        f"  {_filing_line(alert)}",
    ]
    for ln in alert.evidence.strip().splitlines() or [""]:
        if ln.strip():
            lines.append(f"  > {ln.strip()}")
    for label, value in format_facts(alert.facts):
        lines.append(f"  {label}: {value}")
    if alert.url:
        lines.append(f"  {alert.url}")
    return "\n".join(ln for ln in lines if ln) + "\n"
