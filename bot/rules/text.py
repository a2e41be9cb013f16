"""Shared text helpers for the rules: paragraphs, sentences, evidence trimming. Pure.

Document text arrives with one paragraph (or table row, cells joined by " | ") per line for
HTML, but old plain-text filings are hard-wrapped at ~80 columns and some HTML splits a
paragraph at inline tags. `paragraphs` therefore re-joins lines that continue a sentence.

For speed the rules never split a whole 10 MB document into sentences: every rule's literal
keywords are found in one Aho-Corasick pass over the lowered text (`keyword_hits`, cached per
document), patterns are tried only at those hits, and `sentence_at` / `find_sentences` give the
sentence around each, looking only at the few lines around it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

import ahocorasick_rs

from bot.rules.regex import fast_compile

EVIDENCE_MAX = 400

_ENTITY = fast_compile(r"&(?:#\d{2,6}|#x[0-9a-fA-F]{2,6}|[A-Za-z]{2,8});")

# Candidate sentence ends: terminal punctuation, optional closing quotes/brackets, whitespace,
# then something that can start a sentence.
_CAND_END = fast_compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘(\[]?(?:[A-Z0-9]|[a-z][A-Z]))")
# Words whose trailing period does not end a sentence.
_ABBREVS = frozenset(
    {
        "inc", "corp", "co", "mr", "mrs", "ms", "dr", "jr", "sr", "st", "ltd", "llc", "u.s",
        "u.s.a", "l.l.p", "l.l.c", "l.p", "p.c", "n.a", "s.a", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "e.g", "i.e", "vs", "v",
        "etc", "cf", "al", "ft", "mt", "ave", "blvd", "dept", "div", "bros", "assn", "nat'l",
        "int'l", "p.a", "n.v", "b.v", "plc",
    }
)
# Abbreviations only when a number follows ("No. 1", "Sec. 13").
_NUM_ABBREVS = frozenset({"no", "nos", "sec", "art", "fig", "para", "vol", "pt", "ps", "rs"})  # ("Ps. 2,500 million": pesos)
_LAST_WORD = fast_compile(r"([A-Za-z][A-Za-z.']*)$")

# A line ending in one of these ends its paragraph when the next line starts a new one.
_LINE_END_TERMINAL = fast_compile(r"[.!?:;][\"”’')\]]*$")
_JOIN_MIN_LEN = 50  # a wrapped line of an old text filing is at least this long
_EXPAND_LINES = 40  # how far sentence_at looks for the start/end of a paragraph
_KEYWORD_AHEAD = 200  # ... and a match ends at most this far after its keyword
_WINDOW = 2500  # chars either side of a hit examined when a "paragraph" is a whole document


_CONTRACTION = fast_compile(r"\b(?:(wo)|(ca)|(sha)|(\w+))n['’]t\b", re.I)


def _uncontract(m: re.Match[str]) -> str:
    return "will not" if m.group(1) else "cannot" if m.group(2) else "shall not" if m.group(3) else f"{m.group(4)} not"


def expand_contractions(text: str) -> str:
    """A news rewrite's contractions spelled out ("won't" -> "will not", "can't" -> "cannot",
    "shouldn't" -> "should not"), so that the rules' negations read them."""
    if "n't" not in text and "n’t" not in text:
        return text
    return _CONTRACTION.sub(_uncontract, text)


def normalize_ws(text: str) -> str:
    """Runs of whitespace -> one space, stripped. (`str.split()` and the regex `\\s` use the
    same definition of whitespace; this equals `re.sub(r"\\s+", " ", text).strip()`, only faster.)"""
    return " ".join(text.split())


def unescape(text: str) -> str:
    """Decode HTML entities left in text (`&rsquo;`, `&#x2019;`); cheap when there are none."""
    if "&" not in text or not _ENTITY.search(text):
        return text
    return html.unescape(text)


def is_table_row(line: str) -> bool:
    return " | " in line or line.startswith("|") or line.endswith("|")


def _continues(prev: str, nxt: str) -> bool:
    """Does line `nxt` continue the paragraph that line `prev` belongs to?"""
    if not prev or not nxt or is_table_row(prev) or is_table_row(nxt):
        return False
    if _LINE_END_TERMINAL.search(prev):
        return False
    first = nxt[0]
    if first.islower() or first in ",;)%&-–—":
        return True
    return len(prev) >= _JOIN_MIN_LEN


def paragraphs(text: str) -> list[str]:
    """Paragraphs of a document's text: lines, with hard-wrapped lines joined back together."""
    out: list[str] = []
    current: list[str] = []
    prev = ""
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            if current:
                out.append(" ".join(current))
                current, prev = [], ""
            continue
        if current and _continues(prev, line):
            current.append(line)
        else:
            if current:
                out.append(" ".join(current))
            current = [line]
        prev = line
    if current:
        out.append(" ".join(current))
    return out


def _sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _CAND_END.finditer(paragraph):
        dot = m.start()
        if paragraph[dot] == ".":
            w = _LAST_WORD.search(paragraph, max(0, dot - 20), dot)
            # a word glued to a number or hyphen ("10-K.", "3.5x.") is not an abbreviation
            if w and (w.start() == 0 or paragraph[w.start() - 1] in " \t(\"“'"):
                word = w.group(1).lower()
                # abbreviations, single initials ("J. Smith"), "Item 4." style headings are kept
                if word in _ABBREVS or len(word) == 1 or word.rstrip(".") in _ABBREVS:
                    continue
                if word in _NUM_ABBREVS and paragraph[m.end() : m.end() + 1].isdigit():
                    continue
        end = m.end()
        if paragraph[start:end].strip():
            spans.append((start, end))
        start = end
    if paragraph[start:].strip():
        spans.append((start, len(paragraph)))
    return spans


def sentences(paragraph: str) -> list[str]:
    return [paragraph[a:b].strip() for a, b in _sentence_spans(paragraph)]


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


class Hit:
    """A keyword match with the sentence around it."""

    __slots__ = ("_context", "_para", "match", "para_start", "sentence")

    def __init__(self, sentence: str, match: re.Match[str], para_start: int, para: str) -> None:
        self.sentence = sentence  # whitespace-normalised, entities decoded
        self.match = match
        self.para_start = para_start  # offset in the document of the paragraph (window) start
        self._para = para
        self._context: str | None = None

    @property
    def context(self) -> str:
        """The paragraph holding the sentence, whitespace-normalised (computed on demand)."""
        if self._context is None:
            self._context = normalize_ws(unescape(self._para))
        return self._context

    @property
    def para_end(self) -> int:
        """Offset in the document just past the paragraph (window)."""
        return self.para_start + len(self._para)

    def __repr__(self) -> str:
        return f"Hit({self.sentence!r})"


def paragraph_bounds(text: str, pos: int) -> tuple[int, int]:
    """Offsets [start, end) of the paragraph containing `pos`, joining wrapped lines.

    Never looks further than a few thousand characters from `pos`, so a document delivered as
    one enormous line costs no more than a normal one."""
    lo, hi = max(0, pos - _WINDOW), min(len(text), pos + _WINDOW)
    ls = text.rfind("\n", lo, pos)
    ls = lo if ls < 0 else ls + 1
    le = text.find("\n", pos, hi)
    le = hi if le < 0 else le
    start, end = ls, le
    for _ in range(_EXPAND_LINES):  # backwards
        if start <= lo or text[start - 1] != "\n":
            break
        ps = text.rfind("\n", lo, start - 1)
        ps = lo if ps < 0 else ps + 1
        if not _continues(text[ps : start - 1].strip(), text[start:end].lstrip()):
            break
        start = ps
    for _ in range(_EXPAND_LINES):  # forwards
        if end >= hi or text[end] != "\n":
            break
        ne = text.find("\n", end + 1, hi)
        ne = hi if ne < 0 else ne
        last_start = text.rfind("\n", start, end) + 1 or start
        if not _continues(text[last_start:end].strip(), text[end + 1 : ne].strip()):
            break
        end = ne
    return start, end


def sentence_at(text: str, start: int, end: int | None = None, *, extra: int = 0) -> str:
    """The sentence of `text` holding the span [start, end), plus `extra` following sentences.

    Returns it whitespace-normalised with entities decoded. Only the paragraph around the span
    is examined, so this is cheap on large documents."""
    end = start if end is None else end
    ps, pe = paragraph_bounds(text, start)
    para = text[ps:pe].replace("\n", " ")
    spans = _sentence_spans(para)
    rel_s, rel_e = start - ps, max(end - ps, start - ps + 1)
    chosen = [i for i, (a, b) in enumerate(spans) if a < rel_e and b > rel_s]
    if not chosen:
        return normalize_ws(unescape(para))
    first, last = chosen[0], min(chosen[-1] + extra, len(spans) - 1)
    return normalize_ws(unescape(para[spans[first][0] : spans[last][1]]))


def lower_fast(text: str, lines: list[str] | None = None) -> str:
    """Exactly `text.lower()`, faster on large non-ASCII text: lowered line by line.

    `str.lower` maps each code point on its own except capital sigma, whose lower form depends
    on the neighbouring letters; a newline is neither cased nor case-ignorable, so splitting at
    newlines cannot change the result. Text holding a capital sigma is lowered whole anyway.
    `lines`, when given, must be `text.split("\\n")` (saves splitting again)."""
    if text.isascii() or "\u03a3" in text:
        return text.lower()
    return "\n".join(map(str.lower, text.split("\n") if lines is None else lines))


@lru_cache(maxsize=8)
def lowered(text: str) -> str:
    """`text.lower()`, cached so several rules scanning one document pay for it once."""
    return lower_fast(text)


# --- one scan for every keyword -------------------------------------------------------------
#
# The rules look for ~60 literal keywords. One `str.find` pass per keyword runs at memory speed
# but sixty of them over a 10 MB annual report cost more than all the rest of the rules; an
# Aho-Corasick automaton (ahocorasick-rs, the Rust `aho-corasick` crate; about 4x faster than
# pyahocorasick here) finds every keyword of every rule in one pass over the lowered text, once
# per document (cached), and each rule filters the hits it wants.

_REGISTERED: set[str] = set()
_automaton: tuple[ahocorasick_rs.AhoCorasick, list[str]] | None = None


def register_keywords(keywords: Iterable[str]) -> None:
    """Add keywords (matched case-insensitively in the scan; callers filter case) to the scan.
    Rules register theirs at import; an unknown keyword is registered on first use."""
    global _automaton
    new = {kw.lower() for kw in keywords} - _REGISTERED
    if new:
        _REGISTERED.update(new)
        _automaton = None
        _scan.cache_clear()


@lru_cache(maxsize=8)
def _scan(low: str) -> dict[str, list[int]]:
    """Start offsets of every registered keyword in `low` (a lowered text), in document order."""
    global _automaton
    if _automaton is None:
        words = sorted(_REGISTERED)
        # A DFA always: the crate picks one by itself only up to 100 patterns and past that a
        # noncontiguous NFA, which scans these texts 2.7x slower (tests/bench/rules_speed.py);
        # the DFA of ~200 short keywords builds in about a millisecond.
        _automaton = (
            ahocorasick_rs.AhoCorasick(words, implementation=ahocorasick_rs.Implementation.DFA),
            words,
        )
    automaton, words = _automaton
    hits: dict[str, list[int]] = {}
    # overlapping: every occurrence of every keyword, offsets in characters, by end position
    for k, start, _end in automaton.find_matches_as_indexes(low, overlapping=True):
        hits.setdefault(words[k], []).append(start)
    return hits


def clear_caches() -> None:
    """Forget the lowered texts and scans kept for the last documents (benchmarks call this so
    that a repeated run pays for them again)."""
    lowered.cache_clear()
    _scan.cache_clear()


def keyword_hits(text: str, keywords: Iterable[str]) -> tuple[str, dict[str, list[int]]] | None:
    """(the lowered text, every case-insensitive hit of each keyword in it) from the shared scan;
    None when lowering changed the text's length (offsets would not line up: use str.find)."""
    low = lowered(text)
    if len(low) != len(text):
        return None
    keywords = list(keywords)
    if not _REGISTERED.issuperset(kw.lower() for kw in keywords):
        register_keywords(keywords)
    return low, _scan(low)


# Substrings shared by several keywords: when two or more keywords of one call contain the same
# one, a single `str.find` pass over it (then a check at each hit) replaces one pass per keyword.
# Each needle occurs once in each of its keywords, and neither a needle nor those keywords' stems
# can overlap themselves, so the hits found are exactly those of the per-keyword passes.
_SHARED_NEEDLES = {
    "able": ("unable", "not be able", "not able"),
    "ile": ("filed", "file "),
}


def _shared_positions(
    text: str, needle: str, keywords: list[str], cap: int, positions: set[int]
) -> None:
    """Add to `positions` the hits of `keywords` (first letter in either case, at most `cap`
    each, in document order) found from one scan for `needle`."""
    plan = [(kw.index(needle), kw[0] + kw[0].upper(), kw[1:]) for kw in keywords]
    counts = [0] * len(plan)
    left = len(plan)
    # the character just before the needle, when every keyword fixes it (cheap reject)
    offsets = [kw.index(needle) for kw in keywords]
    before = "".join(kw[off - 1] for kw, off in zip(keywords, offsets, strict=True)) if min(
        offsets) > 1 else None
    j = text.find(needle)
    while j >= 0 and left:
        if before is not None and (j == 0 or text[j - 1] not in before):
            j = text.find(needle, j + 1)
            continue
        for k, (off, firsts, stem) in enumerate(plan):
            p = j - off
            if p >= 0 and counts[k] < cap and text[p] in firsts and text.startswith(stem, p + 1):
                positions.add(p)
                counts[k] += 1
                if counts[k] == cap:
                    left -= 1
        j = text.find(needle, j + 1)


def _has_border(s: str) -> bool:
    """Can `s` overlap itself (a proper prefix equal to a suffix)?"""
    return any(s[:k] == s[-k:] for k in range(1, len(s)))


def keyword_positions(text: str, keywords: tuple[str, ...], *, cap: int = 2000) -> list[int]:
    """Sorted offsets where a lower-case keyword occurs, with its first letter in either case
    ("restat" finds "restated" and "Restatement"; ALL-CAPS headings are not looked for).

    The hits come from the shared one-pass scan (`keyword_hits`) and are filtered for case here.
    When lowering changes a text's length (a few exotic capitals), each keyword costs one
    `str.find` pass instead (keywords sharing a substring of `_SHARED_NEEDLES` share one)."""
    scanned = keyword_hits(text, keywords)
    if scanned is not None:
        hits = scanned[1]
        found: set[int] = set()
        for kw in keywords:
            firsts, stem = (kw[0], kw[0].upper()), kw[1:]
            n = 0
            for p in hits.get(kw.lower(), ()):
                if text[p] in firsts and text.startswith(stem, p + 1):
                    found.add(p)
                    n += 1
                    if n == cap:
                        break
        return sorted(found)
    return _find_positions(text, keywords, cap)


def _find_positions(text: str, keywords: tuple[str, ...], cap: int) -> list[int]:
    """`keyword_positions` by one `str.find` pass per keyword (or shared needle)."""
    positions: set[int] = set()
    rest = list(keywords)
    for needle, group in _SHARED_NEEDLES.items():
        # the needle must not cover a keyword's first letter (matched in either case)
        shared = [kw for kw in rest if kw in group and kw.find(needle) >= 1]
        if len(shared) >= 2:
            _shared_positions(text, needle, shared, cap, positions)
            rest = [kw for kw in rest if kw not in shared]
    for kw in rest:
        first, stem = kw[0], kw[1:]
        if first == first.upper() and not _has_border(stem):
            # no case to vary ("5250"): search the whole keyword, a longer and faster needle
            i = text.find(kw)
            n = 0
            while i >= 0 and n < cap:
                positions.add(i)
                n += 1
                i = text.find(kw, i + 1)
            continue
        firsts = (first, first.upper())
        i = text.find(stem, 1)
        n = 0
        while i >= 0 and n < cap:
            if text[i - 1] in firsts:
                positions.add(i - 1)
                n += 1
            i = text.find(stem, i + len(stem))
    return sorted(positions)


def keyword_matches(
    text: str,
    pattern: re.Pattern[str],
    keywords: tuple[str, ...],
    *,
    cap: int = 2000,
    back: int = 0,
) -> list[re.Match[str]]:
    """Matches of `pattern` found from the occurrences of `keywords` (lower case).

    With `back=0` (fastest) every alternative of `pattern` must start with a keyword (use
    fixed-width lookbehinds for words before it); with `back=N` a match may begin up to N
    characters before its keyword. Much faster than `pattern.finditer` over a large document:
    the keywords are found with `str.find`, the pattern is only tried where they occur."""
    out: list[re.Match[str]] = []
    last_end = -1
    for pos in keyword_positions(text, keywords, cap=cap):
        if pos < last_end:
            continue
        if back:
            m = pattern.search(text, max(0, pos - back), pos + _KEYWORD_AHEAD)
            while m is not None and m.end() <= pos:
                m = pattern.search(text, m.end(), pos + _KEYWORD_AHEAD)
            if m is not None and m.start() > pos:
                m = None
        else:
            m = pattern.match(text, pos)
        if m is not None:
            out.append(m)
            last_end = m.end()
            if len(out) >= cap:
                break
    return out


def find_sentences(
    text: str,
    pattern: re.Pattern[str],
    *,
    limit: int = 200,
    keywords: tuple[str, ...] | None = None,
    back: int = 0,
    near: tuple[str, ...] = (),
    near_window: int = 400,
) -> Iterator[Hit]:
    """Yield each distinct sentence that holds a match of `pattern` (first match per sentence).

    With `keywords` (see `keyword_matches`) the document is searched with `str.find` first,
    which is what makes the rules fast. With `near`, a match is only considered when one of
    those literal strings occurs within `near_window` characters of it."""
    seen: set[str] = set()
    last_bounds: tuple[int, int] | None = None
    para, spans = "", []
    matches = (
        keyword_matches(text, pattern, keywords, cap=limit * 4, back=back)
        if keywords
        else pattern.finditer(text)
    )
    for n, m in enumerate(matches):
        if n >= limit * 4 or len(seen) >= limit:
            break
        if near:
            # cheap gate before sentence work: one of `near` must occur close to the match
            span = text[max(0, m.start() - near_window) : m.end() + near_window]
            for w in near:  # a plain loop: no generator per match
                if w in span:
                    break
            else:
                continue
        ps, pe = paragraph_bounds(text, m.start())
        if (ps, pe) != last_bounds:  # hits in the same paragraph share its sentence split
            last_bounds = (ps, pe)
            para = text[ps:pe].replace("\n", " ")
            spans = _sentence_spans(para)
        rel = m.start() - ps
        sent = para
        for a, b in spans:
            if a <= rel < b:
                sent = para[a:b]
                break
        sent = normalize_ws(unescape(sent))
        if sent in seen:
            continue
        seen.add(sent)
        yield Hit(sent, m, ps, para)


def next_sentence(context: str, sentence: str) -> str | None:
    """The sentence that follows `sentence` in its paragraph `context`, if any."""
    i = context.find(sentence)
    if i < 0:
        return None
    rest = context[i + len(sentence) :].strip()
    if not rest:
        return None
    nxt = sentences(rest)
    return nxt[0] if nxt else None
