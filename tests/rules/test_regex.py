"""fast_compile: the same matches as re.compile, with a first-character lookahead when known."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.rules.regex import fast_compile, first_class


@pytest.mark.parametrize(("pattern", "flags", "expected"), [
    (r"repurchas|buy-?backs?|\s+x", re.I, r"[\sbr]"),
    (r"(?<!x)\b(?:ab|c[de])?f", 0, "[acf]"),  # an optional group: the next item's letters too
    (r"\d{4}|[A-Z]\.", 0, r"[A-Z\d]"),
    (r"[\-\]^]x", 0, r"[\-\]\^]"),
    (r"\bsince|\bto\s+date", re.I, "[st]"),
])
def test_first_characters_of_a_pattern(pattern: str, flags: int, expected: str) -> None:
    assert first_class(pattern, flags) == expected


@pytest.mark.parametrize("pattern", [
    r"a*",  # can match the empty string anywhere
    r"(?i:x)y",  # a flag group: the class would need its flags
    r"[^a]b",  # a negated class
    r".b",  # any character
    r"(a)?\1",  # a back-reference may come first
    r"(?i)abc",  # global inline flags must stay first
])
def test_no_class_when_it_cannot_be_bounded(pattern: str) -> None:
    assert first_class(pattern) is None
    assert fast_compile(pattern).pattern == pattern


# Patterns of the shapes the rules use (alternations, lookbehinds, optional prefixes, flags).
_PATTERNS = [
    (r"repurchas|buy-?backs?|buys?\s+back|bought\s+back|tender\s+offer|dutch[\s-]+auction|self-tender", re.I),
    (r"(?<!\bno\s)(?<!\bany\s)delay(?:ed|s)?\s+(?:quarterly\s+|annual\s+)?(?:in\s+)?(?:the\s+)?filing\s+of", re.I),
    (r"\b(may(?!\s*(?:\d|,))|might|could|would)\b|(?<!\ba\s)plans?\s+to", re.I),
    (r"(?:\$\s?)?(\d[\d,]*(?:\.\d+)?)\s*(million|billion)?", 0),
    (r"(?:(?<=not\s)|(?<=timely\s))filed|file\s|\b12b-25\b", re.I),
    (r"\s*\(?(?:[a-z]|\d)\)\s*|\s+(?:million|billion)\b", re.I),
]
_WORDS = ["repurchased", "Buy back", "buybacks", "tender  offer", "Dutch-auction", "no delay", "delayed filing of",
          "may", "may 5", "plans to", "a plan to", "$ 12,500.5", "3 million", "not filed", "timely filed", "12b-25",
          "(a)", "(1) ", "K", "\u212a", "\u017f", "\u0130", " ", "\n", ".", "x", "Self-Tender"]


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(_PATTERNS), st.lists(st.sampled_from(_WORDS), max_size=25), st.sampled_from(["", " "]))
def test_fast_compile_finds_exactly_what_re_compile_finds(pat: tuple[str, int], parts: list[str], sep: str) -> None:
    pattern, flags = pat
    text = sep.join(parts)
    plain, fast = re.compile(pattern, flags), fast_compile(pattern, flags)
    assert fast.pattern != pattern  # every pattern above gets a class
    assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [
        (m.span(), m.groups()) for m in plain.finditer(text)]
    for pos in range(0, len(text), 3):
        a, b = plain.match(text, pos), fast.match(text, pos)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))
