"""Fast paths that must find exactly what the plain patterns they replace would find."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.rules.buyback import _item_heads
from bot.rules.buyback.patterns import _ITEM_HEAD
from bot.rules.numbers import _DATE_DMY_RE, _DATE_MDY_RE, iter_dates

_PLAIN_MONTHS = (r"(january|february|march|april|may|june|july|august|september|october|november|december"
                 r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)")
_PLAIN_MDY = re.compile(_PLAIN_MONTHS + r"\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", re.I)
_PLAIN_DMY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+" + _PLAIN_MONTHS + r"\.?,?\s+(\d{4})\b", re.I)

_DATE_PARTS = ["January", "Jan", "Jan.", "june", "Jun", "JUL", "July", "Sept", "Sept.", "Sep", "September",
               "mar", "March", "May", "Marc", "Decembe", "Dec", "Nov.", "octob", "Aug", "AUGUST", "5", "05,",
               "31st", "2020", "1999,", "20201", "x", "\n", "  ", "2nd,", "-"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_DATE_PARTS), max_size=30), st.sampled_from([" ", "", "\n"]))
def test_month_trie_matches_the_plain_alternation(parts: list[str], sep: str) -> None:
    text = sep.join(parts)
    for fast, plain in ((_DATE_MDY_RE, _PLAIN_MDY), (_DATE_DMY_RE, _PLAIN_DMY)):
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)]


def test_dates_read_from_real_wordings() -> None:
    text = ("During the three months ended Sept. 30, 2023 and on December 31st, 2022; "
            "as of 1 March 2021 and JUNE 30, 2020")
    found = sorted(d.isoformat() for d, _s, _e in iter_dates(text))
    assert found == ["2020-06-30", "2021-03-01", "2022-12-31", "2023-09-30"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["item", "Item", "ITEM", " ", "\t", "\n", "\n  ", "5", "2.", "x",
                                 "items 3", "İ"]), max_size=30))
def test_item_heads_found_from_keyword_hits_match_the_line_pattern(parts: list[str]) -> None:
    text = "".join(parts)
    assert _item_heads(text, text.lower()) == [m.start() for m in _ITEM_HEAD.finditer(text)]


def test_the_shared_scan_finds_every_hit_past_a_hundred_keywords(monkeypatch) -> None:
    # The scan forces a DFA (the crate alone switches to a slower NFA past 100 patterns); with the
    # rules' own keywords and 60 more, overlapping ones included, it must still report every
    # occurrence of every keyword, as one str.find pass per keyword does.
    import bot.rules  # noqa: F401  (the rules register their keywords at import)
    from bot.rules import text as text_mod

    extra = [f"kw{i:02d}x" for i in range(50)] + ["report", "repo", "port", "ort", "rt",
                                                  "filed late", "late", "ate", "te", "e"]
    monkeypatch.setattr(text_mod, "_REGISTERED", set(text_mod._REGISTERED))
    monkeypatch.setattr(text_mod, "_automaton", None)
    text_mod._scan.cache_clear()
    try:
        text_mod.register_keywords(extra)
        words = sorted(text_mod._REGISTERED)
        assert len(words) > 150
        body = ("The Company filed late its annual report; kw07x and kw49x appear, the repurchase "
                "of shares was reported, a restatement and material weakness, Form 12b-25. ") * 3
        low = body.lower()
        found = text_mod._scan(low)
        for kw in words:
            expected, j = [], low.find(kw)
            while j >= 0:
                expected.append(j)
                j = low.find(kw, j + 1)
            assert found.get(kw, []) == expected, kw
        assert len(found["kw49x"]) == 3 and len(found["port"]) == 6  # report, reported
    finally:
        text_mod._scan.cache_clear()
