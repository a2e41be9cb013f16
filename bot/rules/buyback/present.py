"""Buyback rule: what a finding says (the evidence quote, the severity and the one-line title)."""

from __future__ import annotations

from typing import Any

from bot.fmt import money
from bot.models import Severity
from bot.rules.buyback.paragraphs import _Event, _sentences
from bot.rules.buyback.patterns import _FOOTNOTE_MARK
from bot.rules.numbers import iter_money, iter_shares
from bot.rules.text import clip, normalize_ws


def _evidence(ev: _Event) -> str:
    s = _FOOTNOTE_MARK.sub("", normalize_ws(ev.sentence)).lstrip("·•●▪◦∙‣⁃○■□*–—- ")  # (no bullet)
    if len(s) < 200 and ev.context != ev.sentence:
        rest = normalize_ws(ev.context[len(ev.sentence) :])
        nxt = _sentences(rest)[:1]
        if nxt and len(s) + len(nxt[0]) + 1 <= 400 and (iter_money(nxt[0]) or iter_shares(nxt[0])):
            s = f"{s} {nxt[0]}"
    return clip(s)


def _severity(kind: str, facts: dict[str, Any], periodic: bool) -> Severity:
    pct = facts.get("percent_of_outstanding") or 0
    if kind in ("tender", "asr") or pct >= 10 or (kind == "private" and pct >= 5):
        return Severity.HIGH
    if pct >= 5 or kind in ("authorization", "private", "intent") or (kind == "execution" and not periodic):
        return Severity.MEDIUM
    return Severity.LOW


def _count(v: float) -> str:
    if v >= 1e6:
        return f"{v / 1e6:,.2f}".rstrip("0").rstrip(".") + " million"
    return f"{v:,.0f}"


def _title(kind: str, f: dict[str, Any]) -> str:
    shares, price, amount = f.get("shares"), f.get("price_per_share"), f.get("amount_usd")
    pct = f.get("percent_of_outstanding")
    parts: list[str] = []
    if kind == "tender":
        parts.append("issuer tender offer")
    elif kind == "asr":
        parts.append("accelerated share repurchase")
    elif kind == "authorization":
        parts.append("increased repurchase authorization" if f.get("increases_existing") else "repurchase authorization")
    elif kind == "private":
        parts.append("private block repurchase")
    elif kind == "plan":
        parts.append("Rule 10b5-1 repurchase plan adopted")
    elif kind == "intent":
        parts.append("planned share repurchase")
    elif kind == "returned":
        parts.append("capital returned through share repurchases")
    exec_bits = []
    if shares:
        exec_bits.append(f"{_count(shares)} shares")
    if price:
        exec_bits.append(f"at ${price:,.2f}")
    if amount:
        exec_bits.append(f"({money(amount)})" if exec_bits else money(amount))
    if exec_bits and kind != "authorization":
        verb = "repurchased" if kind in ("execution", "private", "table") else ""
        parts.append((verb + " " + " ".join(exec_bits)).strip())
    if f.get("authorized_usd"):
        parts.append(f"up to {money(f['authorized_usd'])}")
    elif f.get("authorized_shares"):
        parts.append(f"up to {_count(f['authorized_shares'])} shares")
    if pct:
        parts.append(f"{pct:g}% of shares")
    if kind == "table" and not exec_bits:
        parts.append("purchases in the Item 703 table")
    if not parts:
        parts.append("share repurchase")
    title = ", ".join(parts)  # the kind ("Buyback") is shown beside the title, never in it
    return title[:1].upper() + title[1:]
