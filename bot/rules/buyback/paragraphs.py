"""Buyback rule: hard-wrapped lines joined back into paragraphs, paragraphs split into sentences."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.models import Document
from bot.rules.buyback.patterns import (
    _INITIAL,
    _ITEM_HEAD,
    _SENT_BOUNDARY,
)
from bot.rules.regex import fast_compile


@dataclass
class _Event:
    type: str
    sentence: str
    context: str  # the sentence plus the next one or two in its paragraph (facts only)
    doc: Document
    facts: dict[str, Any] = field(default_factory=dict)
    note: bool = False  # told outside the report's Item 703 section
    prev: str = ""  # the sentence before it in its paragraph (a tender's date may be there)
    generic: bool = False  # found by the general reading (generic.py): kept only when nothing else is


# --- text shaping -----------------------------------------------------------------------------


def _is_table_row(line: str) -> bool:
    return " | " in line


def _paragraphs(lines: list[str], idx: int) -> tuple[str, int, int]:
    """The paragraph around line `idx`: hard-wrapped lines (plain-text filings, split inline
    tags) are joined back when a line does not end a sentence and the next one continues it."""

    def joins(a: str, b: str) -> bool:
        if _looks_heading(a):
            return False
        if _is_table_row(a) or _is_table_row(b) or (
                _ends_sentence(a) and not _INITIAL.search(a, max(0, len(a) - 16))):
            return False
        if _ITEM_HEAD.match(b) or _figures_row(a) or _figures_row(b) or _BULLET.match(b):
            return False  # (a release's highlights: "• Repurchase of 474,042 shares of common stock ...")
        if b[:1].islower() or b[:1] in "$%,;.)(" or b[:1].isdigit():
            return True
        if _BULLET.match(a) and b.endswith(":") and len(b) <= 120:
            return False  # a highlight, then the next list's lead ("• Repurchase of 474,042 shares ... per share" / "Highlights for ... include:")
        return len(a) >= 50

    start = idx
    while start > 0 and idx - start < 12 and joins(lines[start - 1], lines[start]):
        start -= 1
    end = idx
    while end + 1 < len(lines) and end - idx < 12 and joins(lines[end], lines[end + 1]):
        end += 1
    return " ".join(lines[start : end + 1]), start, end


_BULLET = fast_compile(r"\s*(?:[•·▪◦●‣■➢]|[-*–—]\s)")
_FIGURE = fast_compile(r"^[$(]?[\d,.]+\)?%?$|^[$—–-]$")


def _ends_sentence(line: str) -> bool:
    """`_LINE_END_SENTENCE.search(line)`, looking only at the line's end."""
    tail = line.rstrip("\"”’)")
    return bool(tail) and tail[-1] in ".!?:;"


def _figures_row(line: str) -> bool:
    """A table row whose cells lost their separators ("August 1, 2023 - August 31, 2023 126,500
    55.86 126,500 86,722,118", "Total 3,273,312 3,273,312"): two figures or more, at least half
    of the words."""
    if line.count(" ") > 80:
        return False  # a paragraph, not a row
    words = line.split()
    figures = sum(1 for w in words if _FIGURE.match(w))
    return figures >= 2 and figures * 2 >= len(words)


def _looks_heading(line: str) -> bool:
    """Title-case or upper-case lines without a sentence end ("Management's Discussion and
    Analysis (Continued)") are headings, never the start of a wrapped paragraph."""
    if _ends_sentence(line):
        return False
    words = [w for w in line.split() if w[:1].isalpha()]
    if len(words) < 3:
        return False
    small = {"of", "and", "the", "for", "in", "on", "to", "a", "an", "or", "by", "with", "from", "at"}
    caps = sum(1 for w in words if w[0].isupper() or w.lower() in small)
    return caps / len(words) >= 0.9


def _sentences(paragraph: str) -> list[str]:
    parts: list[str] = []
    pos = 0
    for m in _SENT_BOUNDARY.finditer(paragraph):
        head = paragraph[pos : m.start()]
        if _INITIAL.search(head, max(0, len(head) - 16)):  # (anchored at the end)
            continue
        parts.append(head.strip())
        pos = m.end()
    parts.append(paragraph[pos:].strip())
    return [p for p in parts if p]
