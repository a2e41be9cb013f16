"""`fast_compile`: a pattern compiled with a lookahead of the characters its matches can start with.

Python's regex engine skips ahead quickly only when it knows what a match must begin with: a
literal prefix, or a set of first characters. Under re.IGNORECASE, or when the pattern opens with
`\\b`, a lookbehind or an alternation of words, it learns neither and tries the whole pattern at
every position of the text. Most of the rules' patterns are such alternations ("repurchas|buy-?
backs?|tender\\s+offer|..."), searched over thousands of sentences.

`fast_compile(p, flags)` works out from the parsed pattern the set of characters any match can
start with, and compiles `(?=[that set])(?:p)` instead. The lookahead is always true where a match
begins, so the matches (spans, groups, order) are exactly those of `re.compile(p, flags)`; the
engine uses the class to skip every other position, which makes such searches 2-3x faster. When
the set cannot be known (a match may be empty or start with any character, back-references,
inline flag groups), the pattern is compiled as it is.

The parser is `re._parser` (CPython's own, stable since 3.11 under this name); if it is missing
or changes shape, the pattern is compiled as it is.
"""

from __future__ import annotations

import re

try:  # CPython 3.11+
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - another Python: no fast path
    _c = _p = None  # type: ignore[assignment]

# What a character-class item of the parsed pattern is written as inside [...]
_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}


class _Unknown(Exception):
    """The first characters cannot be bounded (any character, an empty match, ...)."""


def _char(code: int) -> str:
    return re.escape(chr(code)) if chr(code) not in "-]\\^" else "\\" + chr(code)


def _in_items(items: list) -> set[str]:
    out: set[str] = set()
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            out.add(_char(av))
        elif name == "RANGE":
            out.add(f"{_char(av[0])}-{_char(av[1])}")
        elif name == "CATEGORY" and str(av) in _CATEGORIES:
            out.add(_CATEGORIES[str(av)])
        else:  # NEGATE, a category we do not write: give up
            raise _Unknown
    return out


def _seq(items) -> tuple[set[str], bool]:
    """(first-character class items, can the sequence match the empty string)."""
    firsts: set[str] = set()
    for op, av in items:
        chars, nullable = _node(str(op), av)
        firsts |= chars
        if not nullable:
            return firsts, False
    return firsts, True


def _node(name: str, av) -> tuple[set[str], bool]:
    if name == "LITERAL":
        return {_char(av)}, False
    if name == "IN":
        return _in_items(av), False
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return set(), True  # zero-width: the next item gives the character
    if name == "BRANCH":
        firsts: set[str] = set()
        nullable = False
        for alt in av[1]:
            chars, empty = _seq(alt)
            firsts |= chars
            nullable = nullable or empty
        return firsts, nullable
    if name == "SUBPATTERN":
        _group, add_flags, del_flags, p = av
        if add_flags or del_flags:
            raise _Unknown  # "(?i:...)": the class would need other flags
        return _seq(p)
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, _high, p = av
        chars, empty = _seq(p)
        return chars, empty or low == 0
    if name == "ATOMIC_GROUP":
        return _seq(av)
    raise _Unknown  # ANY, NOT_LITERAL, group references, conditionals


def first_class(pattern: str, flags: int = 0) -> str | None:
    """The character class (e.g. "[rbt]") holding every character a match of `pattern` can start
    with, or None when that cannot be bounded."""
    if _p is None or (pattern.startswith("(?") and re.match(r"\(\?[aiLmsux]+\)", pattern)):
        return None  # global inline flags must stay first
    try:
        parsed = _p.parse(pattern, flags)
        firsts, nullable = _seq(list(parsed))
    except (_Unknown, AttributeError, TypeError, ValueError):
        return None
    if nullable or not firsts:
        return None
    return "[" + "".join(sorted(firsts)) + "]"


def fast_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, with a lookahead of its first characters when they are known
    (same matches, found faster)."""
    cls = first_class(pattern, flags)
    if cls is None:
        return re.compile(pattern, flags)
    return re.compile(f"(?={cls})(?:{pattern})", flags)
