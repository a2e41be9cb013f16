"""Shared text helpers for the rules: sentence splitting and evidence trimming. Pure."""

from __future__ import annotations

import re
from collections.abc import Iterator

_ABBREV = r"(?<!\bInc)(?<!\bCorp)(?<!\bCo)(?<!\bNo)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bU\.S)(?<!\bLtd)(?<!\bJr)(?<!\bSt)"
_SENT_END = re.compile(_ABBREV + r"(?<=[.!?])[\"”’)]*\s+(?=[\"“(]?[A-Z0-9])")
_WS = re.compile(r"\s+")

EVIDENCE_MAX = 400


def normalize_ws(text: str) -> str:
    return _WS.sub(" ", text).strip()


def paragraphs(text: str) -> list[str]:
    """Lines of a document's text (the parser keeps one paragraph or table row per line)."""
    return [p for p in text.split("\n") if p.strip()]


def sentences(paragraph: str) -> list[str]:
    return [s.strip() for s in _SENT_END.split(paragraph) if s.strip()]


def iter_sentences(text: str) -> Iterator[str]:
    for para in paragraphs(text):
        yield from sentences(para)


def clip(text: str, limit: int = EVIDENCE_MAX) -> str:
    """Whitespace-normalise and cut at a word boundary so the result is at most `limit` chars."""
    text = normalize_ws(text)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"
