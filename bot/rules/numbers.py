"""Number extraction for the rules: money, share counts, percentages, written dates, table
scale headers. Pure functions over strings; values come back as plain numbers.

All `iter_*` helpers return matches in text order with their character span, so a caller can
pair a number with the words around it ("370,000 shares ... for $10.10 per share")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from bot.rules.regex import fast_compile

_SCALE_WORDS = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "mm": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
}

_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"

_MONEY_RE = fast_compile(
    # (not "C$18.42", "A$2.10", "HK$5": another currency's dollar)
    r"(?:US\s?\$|U\.S\.\s?\$|USD\s?|(?<!\bC)(?<!\bA)(?<!\bR)(?<!\bS)(?<!\bCA)(?<!\bAU)(?<!\bHK)(?<!\bNZ)(?<!\bNT)(?<!\bCDN)\$)\s?(" + _NUM + r")"
    r"(?:\s?(thousand|millions?|billions?|trillion|bn|mm|mn|m|b|k)\b)?",
    re.I,
)

# a count grouped by spaces, as European releases write it: "500 000 own shares", "1 250 000 shares"
_SPACED = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,])"
# (not a date's day joined to the count: "repurchased on October 31 250 000 of its own shares"; see iter_shares)
_MONTH_BEFORE = fast_compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s$", re.I)
_SHARES_RE = fast_compile(
    r"(?<![\$\d.,])(?<!\d\s)(" + _SPACED + "|" + _NUM + r")(?:\s(thousand|million|billion))?\s+"
    r"(?:(?:of\s+)?(?:its|our|the\s+company['’]s|their)\s+)?"
    r"(?:(?:issued\s+and\s+)?outstanding\s+)?(?:own\s+)?(?:additional\s+|new\s+)?(?-i:[A-Z]{2,6}\s+)?"
    r"(?:(?:class|series)\s+[a-c]\s+|(?-i:[A-C])\s+)?(?:(?:common|ordinary|capital|voting|non-?voting|registered|bearer)\s+)?"
    r"(?:shares|stock\s+shares|ads|adss|american\s+depositary\s+shares)\b",
    re.I,
)

_PERCENT_RE = fast_compile(r"(?<![\d.])(\d{1,3}(?:\.\d+)?)\s?(?:%|percent\b|per\s+cent\b)", re.I)

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
# A month's name or abbreviation, written as a trie: the same matches, longest name first, as
# "(january|...|december|jan|...|dec)", but about three times faster to search for (each position
# is tried against one branch per first letter instead of 24 alternatives).
_MONTH_ALT = (r"(j(?:an(?:uary)?|u(?:ne|ly|n|l))|feb(?:ruary)?|ma(?:r(?:ch)?|y)|a(?:pr(?:il)?|ug(?:ust)?)"
              r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_DATE_MDY_RE = fast_compile(_MONTH_ALT + r"\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b",
                          re.I)
_DATE_DMY_RE = fast_compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH_ALT + r"\.?,?\s+(\d{4})\b", re.I)
_DATE_NUM_RE = fast_compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")

_SCALE_HEADER_RE = fast_compile(r"\bin\s+(thousands|millions|billions)\b", re.I)
_SHARES_SCALE_RE = fast_compile(
    r"(?:shares?|number of shares)[^;)]{0,40}?\b(?:in|reflected in|are in|presented in)\s+"
    r"(thousands|millions|billions)\b",
    re.I,
)
_CELL_NUM_RE = fast_compile(r"^\(?\$?\s?\(?(" + _NUM + r")\)?\s?%?\)?$")
_DASHES = {"-", "—", "–", "―", "--", "— —", "$—", "$ —", "$-", "nil", "none", "n/a", "0"}


@dataclass(frozen=True, slots=True)
class Match:
    """One number found in text: its value (units applied) and span."""

    value: float
    start: int
    end: int
    text: str


def _num(s: str) -> float:
    return float(s.replace(",", "").replace(" ", "").replace("\u00a0", "").replace("\u202f", ""))


def _scale(word: str | None) -> float:
    return _SCALE_WORDS.get(word.lower(), 1.0) if word else 1.0


def iter_money(text: str) -> list[Match]:
    """Dollar amounts: "$1.5 billion", "US$2.0bn", "$500 million", "$10.10", "$3,737,000"."""
    out = []
    for m in _MONEY_RE.finditer(text):
        word = m.group(2)
        # "$5 m" is fine, but "$5 M" before a capitalised word is usually not a scale
        out.append(Match(round(_num(m.group(1)) * _scale(word), 4), m.start(), m.end(), m.group(0)))
    return out


def parse_money(text: str) -> float | None:
    """The first dollar amount in `text`, units applied, or None."""
    found = iter_money(text)
    return found[0].value if found else None


_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_WORD_NUMBERS = {w: i for i, w in enumerate(_UNITS, start=1)}
_WORD_NUMBERS.update({w: 20 + 10 * i for i, w in enumerate(_TENS)})
_WORD_NUMBERS.update({f"{t}-{u}": 20 + 10 * i + j for i, t in enumerate(_TENS)
                      for j, u in enumerate(_UNITS[:9], start=1)})
_WORD_NUMBERS.update({f"{t} {u}": v for t_u, v in list(_WORD_NUMBERS.items()) if "-" in t_u
                      for t, u in [t_u.split("-")]})
# "three million shares", "thirty-five million shares"; "one hundred ten million" and
# "one-half million" are left alone (no partial reading of a longer number)
_WORD_SHARES_RE = fast_compile(
    r"(?<![-\w])(?<!hundred\s)(?<!hundred\sand\s)(?<!thousand\s)("
    + "|".join(sorted(map(re.escape, _WORD_NUMBERS), key=len, reverse=True)) + r")"
    r"(?:\s*\(\s*[\d.,]+\s*\))?\s+(million|thousand)\s+"
    r"(?:(?:of\s+)?(?:its|our|the\s+company['’]s|their)\s+)?(?:(?:issued\s+and\s+)?outstanding\s+)?"
    r"(?:additional\s+|new\s+)?(?:class\s+[a-c]\s+)?(?:(?:common|ordinary|capital)\s+)?(?:shares|ads|adss)\b",
    re.I,
)


# "five hundred thousand shares", "two hundred fifty thousand shares"
_HUNDRED_SHARES_RE = fast_compile(
    r"(?<![-\w])(" + "|".join(sorted(map(re.escape, _UNITS[:9]), key=len, reverse=True)) + r")\s+hundred"
    r"(?:\s+and)?(?:\s+(" + "|".join(sorted(map(re.escape, _WORD_NUMBERS), key=len, reverse=True)) + r"))?"
    r"(?:\s*\(\s*[\d.,]+\s*\))?\s+thousand\s+"
    r"(?:(?:of\s+)?(?:its|our|the\s+company['’]s|their)\s+)?(?:(?:issued\s+and\s+)?outstanding\s+)?"
    r"(?:additional\s+|new\s+)?(?:class\s+[a-c]\s+)?(?:(?:common|ordinary|capital)\s+)?(?:shares|ads|adss)\b",
    re.I,
)


_FOREIGN_MONEY_RE = fast_compile(
    r"(?:\b(?:EUR|CHF|GBP|JPY|CAD|AUD|SEK|NOK|DKK|HKD|SGD|INR|CNY|RMB)\s?|[€£¥₹₩]\s?|\b(?:C|CA|CDN|A|AU|HK|NZ|S|R|NT)\$\s?)(" + _NUM + r")"
    r"(?:\s?(thousand|millions?|billions?|bn|mn|m)\b)?",
)


def has_foreign_money(text: str) -> bool:
    """A sum in another currency ("EUR 1.6 billion", "CHF 2.2 billion", "£500m"): a number for
    the rules, never a dollar fact."""
    return _FOREIGN_MONEY_RE.search(text) is not None


# a count written in words with its figure in brackets: "Two Million Five Hundred Thousand
# (2,500,000) shares" (the figure is read; the words before it are not)
_SPACE_GROUPED = fast_compile(r"\d\s\d{3}\b")
_DAY_SPACED_SHARES_RE = fast_compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s\d{1,2},?\s(\d{1,3}(?:\s\d{3})+)\s+"
    r"(?:of\s+(?:its|our|their)\s+)?(?:own\s+)?(?:(?-i:[A-Z])\s+|ordinary\s+|common\s+|registered\s+)?shares\b", re.I)
_PAREN_SHARES_RE = fast_compile(
    r"(?<=[A-Za-z]\s\()(" + _NUM + r")\)\s+(?:(?:of\s+)?(?:its|our|the\s+company['’]s|their)\s+)?"
    r"(?:(?:issued\s+and\s+)?outstanding\s+)?(?:(?:class\s+[a-c]\s+)?(?:common|ordinary|capital)\s+)?shares\b",
    re.I,
)


def iter_shares(text: str) -> list[Match]:
    """Share counts: "370,000 shares", "5.0 million shares", "26,315,790 shares of common stock",
    "1.75 million shares of its common stock", "three million shares". Dollar amounts are never
    read as share counts."""
    out = [
        Match(round(_num(m.group(1)) * _scale(m.group(2)), 4), m.start(), m.end(), m.group(0))
        for m in _SHARES_RE.finditer(text)
        if not (" " in m.group(1) and _MONTH_BEFORE.search(text, max(0, m.start() - 12), m.start()))
    ]
    if "illion" in text or "housand" in text:
        for m in _WORD_SHARES_RE.finditer(text):
            out.append(Match(_WORD_NUMBERS[m.group(1).lower()] * _scale(m.group(2)), m.start(),
                             m.end(), m.group(0)))
        for m in _HUNDRED_SHARES_RE.finditer(text):
            rest = _WORD_NUMBERS[m.group(2).lower()] if m.group(2) else 0
            out.append(Match(float((_WORD_NUMBERS[m.group(1).lower()] * 100 + rest) * 1000), m.start(),
                             m.end(), m.group(0)))
        out.sort(key=lambda x: x.start)
    if ") " in text:
        out.extend(Match(_num(m.group(1)), m.start(), m.end(), m.group(0)) for m in _PAREN_SHARES_RE.finditer(text))
        out.sort(key=lambda x: x.start)
    if _SPACE_GROUPED.search(text):
        # a spaced count after a date's day: "repurchased on October 31 250 000 of its own shares"
        out.extend(Match(_num(m.group(1)), m.start(1), m.end(), m.group(0)[m.start(1) - m.start() :])
                   for m in _DAY_SPACED_SHARES_RE.finditer(text))
        out.sort(key=lambda x: x.start)
    return out


def parse_shares(text: str) -> float | None:
    found = iter_shares(text)
    return found[0].value if found else None


def iter_percents(text: str) -> list[Match]:
    """Percentages: "5.0%", "19.3 %", "approximately 5 percent"."""
    return [Match(_num(m.group(1)), m.start(), m.end(), m.group(0)) for m in _PERCENT_RE.finditer(text)]


def parse_percent(text: str) -> float | None:
    found = iter_percents(text)
    return found[0].value if found else None


def _mk_date(y: int, mo: int, d: int) -> date | None:
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def iter_dates(text: str) -> list[tuple[date, int, int]]:
    """Written dates ("December 31, 2026", "Dec. 31, 2026", "31 December 2026", "12/31/2026")
    as (date, start, end), in text order. Impossible dates are skipped."""
    out: list[tuple[date, int, int]] = []
    for m in _DATE_MDY_RE.finditer(text):
        d = _mk_date(int(m.group(3)), _MONTHS[m.group(1).lower()], int(m.group(2)))
        if d:
            out.append((d, m.start(), m.end()))
    for m in _DATE_DMY_RE.finditer(text):
        d = _mk_date(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)))
        if d:
            out.append((d, m.start(), m.end()))
    for m in _DATE_NUM_RE.finditer(text):
        d = _mk_date(int(m.group(3)), int(m.group(1)), int(m.group(2)))
        if d:
            out.append((d, m.start(), m.end()))
    out.sort(key=lambda t: t[1])
    return out


def parse_date(text: str) -> date | None:
    found = iter_dates(text)
    return found[0][0] if found else None


def iso_date(text: str) -> str | None:
    """The first written date in `text` as ISO "YYYY-MM-DD", or None."""
    d = parse_date(text)
    return d.isoformat() if d else None


@dataclass(frozen=True, slots=True)
class Scales:
    """Multipliers a table header announces: money and share counts may differ
    ("in millions, except number of shares, which are reflected in thousands")."""

    money: float = 1.0
    shares: float = 1.0


def table_scales(header: str) -> Scales:
    """Read "(in millions)", "(in thousands, except per share amounts)" and the like.

    Share counts take a scale only when the header says so for shares, or when the header's
    single scale is not restricted to dollars; per-share amounts are never scaled."""
    m = _SCALE_HEADER_RE.search(header)
    if not m:
        return Scales()
    money = _scale(m.group(1).rstrip("s"))
    sm = _SHARES_SCALE_RE.search(header)
    if sm:
        shares = _scale(sm.group(1).rstrip("s"))
    elif re.search(r"except\s+(?:for\s+)?(?:number\s+of\s+)?shares?\b(?!\s+data)", header, re.I):
        shares = 1.0
    else:
        shares = money
    return Scales(money=money, shares=shares)


def parse_cell(cell: str) -> float | None:
    """A table cell as a number: "43,161" -> 43161, "(8,796)" -> -8796, "$ 200.79" -> 200.79,
    a dash or "None" -> 0.0, anything else -> None."""
    c = cell.strip().replace("\u00a0", " ")
    if not c:
        return None
    if c.lower() in _DASHES or c.strip("$ ").lower() in _DASHES:
        return 0.0
    m = _CELL_NUM_RE.match(c.replace("$ ", "$"))
    if not m:
        return None
    value = _num(m.group(1))
    return -value if c.startswith("(") or c.startswith("$(") else value
