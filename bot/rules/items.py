"""8-K item numbers: the header's items plus item headings found in the text, in new numbering.

The 8-K was renumbered on 23 Aug 2004. Old items: 1 change in control (now 5.01), 2 acquisition
or disposition (2.01), 3 bankruptcy (1.03), 4 change in certifying accountant (4.01), 5 other
events (8.01), 6 director resignation (5.02), 7 exhibits (9.01), 8 change in fiscal year (5.03),
9 Regulation FD (7.01), 10 code of ethics (5.05), 11 blackout periods (5.04), 12 results (2.02).
4.02 (non-reliance) has no old counterpart. Pure.
"""

from __future__ import annotations

import re
from datetime import date

from bot.models import Filing
from bot.rules.numbers import iter_dates
from bot.rules.regex import fast_compile

RENUMBERED = date(2004, 8, 23)

OLD_TO_NEW = {
    "1": "5.01",
    "2": "2.01",
    "3": "1.03",
    "4": "4.01",
    "5": "8.01",
    "6": "5.02",
    "7": "9.01",
    "8": "5.03",
    "9": "7.01",
    "10": "5.05",
    "11": "5.04",
    "12": "2.02",
}

_NEW_ITEM = fast_compile(r"^\d{1,2}\.\d{2}$")

# Item headings as they appear in 8-K bodies, new and old style. Matched at a line start so that
# cross references ("see Item 4.02 above") are not taken for headings.
_HEADING = fast_compile(
    r"(?im)^\W{0,3}item\s*(?:no\.?\s*)?(\d{1,2}(?:\.\d{2})?)\b\.?\s*[-:.–—]?\s*(.{0,90})"
)
# Titles of the items the restatement and late-filing rules care about; used to confirm a
# heading found in the text (old filings have no ITEM INFORMATION header).
_TITLES = {
    "4.01": fast_compile(r"change[sd]?\s+in\s+(?:the\s+)?(?:registrant|company|corporation).?s\s+certifying\s+accountant", re.I),
    "4.02": fast_compile(r"non-?\s?reliance\s+on\s+previously\s+issued", re.I),
    "3.01": fast_compile(r"notice\s+of\s+delisting|failure\s+to\s+satisfy\s+a\s+continued\s+listing", re.I),
}


_BARE_TITLE = fast_compile(r"\(?[ab]?\)?\.?\s*$")


def is_8k(form: str | None) -> bool:
    return bool(form) and form.upper().replace(" ", "").startswith("8-K")


def to_new(item: str, filed: date | None = None) -> str:
    """Map one item number to the post-2004 numbering ("4" -> "4.01"; "4.01" stays)."""
    item = item.strip()
    if _NEW_ITEM.match(item):
        return item
    if filed is not None and filed >= RENUMBERED:
        return item
    return OLD_TO_NEW.get(item.lstrip("0") or item, item)


def text_items(text: str) -> set[str]:
    """Items 4.01 / 4.02 / 3.01 announced by a heading in the text (new or old numbering)."""
    found: set[str] = set()
    for m in _HEADING.finditer(text[:400_000]):
        number, title = m.group(1), m.group(2)
        for new, title_re in _TITLES.items():
            if title_re.search(title) and (number == new or OLD_TO_NEW.get(number) == new):
                found.add(new)
            elif number == new and _BARE_TITLE.match(title):
                found.add(new)  # "Item 4.02(b)." alone on its line: the new numbering is the 8-K's own
    # Titles that are unmistakable even without an "Item" label (old filings often omit it).
    for new, title_re in _TITLES.items():
        if new != "3.01" and new not in found:
            m = title_re.search(text[:200_000])
            if m and _looks_like_heading(text, m.start(), m.end()):
                found.add(new)
    return found


def _looks_like_heading(text: str, start: int, end: int) -> bool:
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    line = text[ls : (len(text) if le < 0 else le)].strip()
    return len(line) <= 120 and not line.endswith((",", ";"))


def filing_items(filing: Filing) -> tuple[list[str], bool]:
    """(items in new numbering, header-declared first; whether old numbering was seen).

    Items come from the header (`filing.items`); for 8-Ks (or unknown forms) item headings in
    the primary document's text are added, which is how pre-2001 filings without ITEM
    INFORMATION still show an auditor change."""
    items: list[str] = []
    old = False
    for raw in filing.items:
        if not _NEW_ITEM.match(raw.strip()):
            old = True
        new = to_new(raw, filing.filed)
        if new not in items:
            items.append(new)
    if filing.form is None or is_8k(filing.form) or filing.form.upper() in {"TEXT", "UNKNOWN"}:
        doc = filing.primary
        if doc is not None:
            for new in sorted(text_items(doc.text)):
                if new not in items:
                    items.append(new)
    return items, old


# The cover's "For the fiscal year ended ..." / "For the quarterly period ended ...", at a line's
# start: not a note's "During the three months ended June 30, 2022 and 2021" (a comparative).
_PERIOD_RE = fast_compile(
    r"(?im:^\W{0,3}(?:for\s+the\s+)?(?:fiscal\s+year|quarterly\s+period|transition\s+period|period|quarter"
    r"|year|(?:three|six|nine|twelve)\s+months))\s+(?i:ended)\s*:?\s*"
    r"([A-Z][A-Za-z]+\.?\s+\d{1,2},?\s+\d{4})",
)


def report_period(filing: Filing) -> date | None:
    """The period a report covers: the header's CONFORMED PERIOD OF REPORT, else the cover
    page's "for the fiscal year / quarterly period ended <date>" (a lone primary document)."""
    if filing.period:
        return filing.period
    doc = filing.primary
    if doc is not None:
        m = _PERIOD_RE.search(doc.text[:8000])
        if m:
            found = iter_dates(m.group(1))
            if found:
                return found[0][0]
    return None
