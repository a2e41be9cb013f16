"""Restatement-risk rule: facts (periods affected, the auditor named)."""

from __future__ import annotations

import re

from bot.rules.numbers import iter_dates
from bot.rules.regex import fast_compile
from bot.rules.restatement.patterns import _F, _FIRM, _FIRM_STOP
from bot.rules.text import (
    normalize_ws,
)

# --- facts ------------------------------------------------------------------------------------

_PERIOD_YEARS = fast_compile(
    r"(?:years?|quarters?|periods?|months)\s+ended\s+((?:January|February|March|April|May|June|July"
    r"|August|September|October|November|December)\s+\d{1,2}),?\s+(\d{4})((?:\s*(?:,|and)\s*\d{4})+)",
    _F,
)
_PERIOD_CUE = fast_compile(r"(?:ended|ending|as\s+of|through|periods?|quarters?|years?)\b[^.;]{0,70}$", _F)
_EVENT_DATE = fast_compile(r"(?:\bon|\bdated|\bfiled|\bissued|\bannounced)\s*$", _F)
_FISCAL = fast_compile(r"\bfiscal\s+(?:years?\s+)?((?:19|20)\d\d)\b", _F)


# a release's dateline: "BAODING, China, May 31, 2011 /PRNewswire-Asia/ --", "May 04, 2020 (GLOBE NEWSWIRE) --"
_WIRE_AFTER = fast_compile(r"\s*(?:/\s*(?:PR\s*Newswire|[A-Za-z-]*wire|CNW)\b|\(\s*(?:GLOBE\s+NEWSWIRE|BUSINESS\s+WIRE|Marketwired"
                           r"|ACCESSWIRE|PRNewswire)\b)", _F)


def periods_affected(sentence: str) -> list[str]:
    """Period ends a non-reliance or restatement sentence names, as ISO dates (or FYyyyy)."""
    found: list[str] = []
    for d, a, _b in iter_dates(sentence):
        head = sentence[max(0, a - 80) : a]
        # a period end ("quarters ended ...", "as of ..."), not an event date ("filed on ...")
        if _EVENT_DATE.search(head) or not _PERIOD_CUE.search(head) or _WIRE_AFTER.match(sentence, _b):
            continue
        iso = d.isoformat()
        if iso not in found:
            found.append(iso)
    # "years ended December 31, 2024 and 2023": the bare years share the month and day.
    for m in _PERIOD_YEARS.finditer(sentence):
        for y in re.findall(r"\d{4}", m.group(3)):
            d = _date_from(m.group(1), y)
            if d and d not in found:
                found.append(d)
    if not found:
        for y in _FISCAL.findall(sentence):
            if f"FY{y}" not in found:
                found.append(f"FY{y}")
    return found


def _date_from(month_day: str, year: str) -> str | None:
    dates = iter_dates(f"{month_day}, {year}")
    return dates[0][0].isoformat() if dates else None


_AUDITOR_WORD = fast_compile(r"accounting\s+firm|auditors?\b|accountants?\b|audit\s+firm", _F)


_NEW_FIRM = fast_compile(r"\b(?:new|successor|engag\w*|appoint\w*|retain\w*|select\w*)\b(?:\s+\S+){0,6}\s*$", _F)


def auditor_name(sentence: str, *, anchored: bool = True) -> str | None:
    """The audit firm a sentence names near the words auditor / accounting firm (or anywhere,
    with `anchored=False`, for a sentence already known to be about the auditor)."""
    words = list(_AUDITOR_WORD.finditer(sentence))
    anchors = [m.start() for m in words]
    if anchored and not anchors:
        return None
    firms = list(_FIRM.finditer(sentence))
    # the firm named right after the words ("independent registered public accounting firm,
    # Frazier & Deeter, LLC") before one named elsewhere (the company itself, "Kestrel Group LLC")
    # (not the new firm: "approved the engagement of its new independent registered public
    # accounting firm, Grant Thornton LLP" after "dismissed Marcum LLP")
    ends = {w.end() for w in words if not _NEW_FIRM.search(sentence, max(0, w.start() - 60), w.start())}
    firms.sort(key=lambda m: not any(0 <= m.start() - e <= 3 for e in ends))
    for m in firms:
        if anchored and min(abs(m.start() - a) for a in anchors) > 250:
            continue
        if re.match(r"\s*\(\s*(?:the\s+)?[\"“”]?(?:company|registrant)", sentence[m.end() :], _F):
            continue
        name = normalize_ws(m.group(1) or m.group(2) or "").strip(" ,")
        # drop leading words that are not part of the firm's name
        while _FIRM_STOP.match(name):
            name = name.split(" ", 1)[1] if " " in name else ""
        if len(name) >= 3 and not name.lower().startswith(("the ", "our ")):
            return name
    return None
