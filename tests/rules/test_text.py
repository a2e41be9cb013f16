"""Shared text helpers: paragraphs of hard-wrapped filings, sentences, keyword search."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.rules.text import (
    _find_positions,
    clip,
    find_sentences,
    iter_sentences,
    keyword_hits,
    keyword_matches,
    keyword_positions,
    next_sentence,
    normalize_ws,
    paragraphs,
    sentence_at,
    sentences,
    unescape,
)

# Seed 002 as it is on disk: a press release hard-wrapped at ~80 columns.
WRAPPED = """PRESS RELEASE
GRAPEVINE, TX - (BUSINESS WIRE) November 13, 2006. American Locker Group
Incorporated (OTC: ALGI.PK) (the "Company") announced today that - under the
direction of the audit committee and management and with the assistance of the
Company's auditors - the Company is nearing completion of its review of its
financial reporting systems and procedures, including with respect to previously
disclosed internal control deficiencies. The Company is working diligently to
complete the Company's Annual Report on Form 10-K for 2005 and the Form 10-Q for
each of the quarters ended March 31, 2006, June 30, 2006 and September 30, 2006,
and expects to be in a position to file such reports during the first half of
2007 followed by the Form 10-K for 2006 as soon thereafter as practical.
The primary focus of the review has been on inventory valuation."""


def test_paragraphs_rejoin_hard_wrapped_lines_but_keep_headings_apart() -> None:
    paras = paragraphs(WRAPPED)
    assert paras[0] == "PRESS RELEASE"
    assert paras[1].startswith("GRAPEVINE, TX")
    assert "American Locker Group Incorporated (OTC: ALGI.PK)" in paras[1]
    assert paras[1].endswith("as soon thereafter as practical.")
    assert paras[2] == "The primary focus of the review has been on inventory valuation."


def test_paragraphs_do_not_join_table_rows() -> None:
    text = "Net revenues | $ | 30,826\nCost of revenues | 20,394\nGross profit | 10,432"
    assert paragraphs(text) == text.split("\n")


def test_sentences_keep_abbreviations_and_split_after_form_numbers() -> None:
    para = (
        "On March 7, 2025, Wolf & Company, P.C. resigned as the Company's auditor. "
        "The financial results included in the 2024 Form 10-K. The Company has determined "
        "that a material weakness existed. Amendment No. 1 to the Annual Report of AMC Inc. "
        "was filed. The U.S. Securities and Exchange Commission said no. Item 4.02 applies."
    )
    got = sentences(para)
    assert got == [
        "On March 7, 2025, Wolf & Company, P.C. resigned as the Company's auditor.",
        "The financial results included in the 2024 Form 10-K.",
        "The Company has determined that a material weakness existed.",
        "Amendment No. 1 to the Annual Report of AMC Inc. was filed.",
        "The U.S. Securities and Exchange Commission said no.",
        "Item 4.02 applies.",
    ]


def test_sentence_may_start_with_a_lower_case_company_name() -> None:
    para = (
        "State below in reasonable detail the reasons why the Form 10-K could not be filed "
        "within the prescribed time period. iSpecimen Inc. (the \"Company\") has determined "
        "that it is unable to file its Annual Report on Form 10-K."
    )
    assert sentences(para)[1].startswith("iSpecimen Inc.")


def test_iter_sentences_over_wrapped_text() -> None:
    got = list(iter_sentences(WRAPPED))
    assert any(s.startswith("The Company is working diligently to complete") for s in got)


def test_find_sentences_returns_whole_sentence_across_wrapped_lines() -> None:
    hits = list(find_sentences(WRAPPED, re.compile(r"working\s+diligently", re.I)))
    assert len(hits) == 1
    assert hits[0].sentence.startswith("The Company is working diligently to complete")
    assert hits[0].sentence.endswith("as soon thereafter as practical.")
    assert "GRAPEVINE" in hits[0].context


def test_find_sentences_with_keywords_matches_plain_regex_search() -> None:
    pattern = re.compile(r"review\s+of\s+its\s+financial\s+reporting|internal\s+control\s+deficienc", re.I)
    plain = [h.sentence for h in find_sentences(WRAPPED, pattern)]
    fast = [h.sentence for h in find_sentences(WRAPPED, pattern, keywords=("review", "deficienc"))]
    assert plain == fast
    assert len(fast) == 1


def test_keyword_positions_find_capitalised_and_lower_case() -> None:
    text = "Restatement of prior years. We restated. RESTATED heading."
    pos = keyword_positions(text, ("restat",))
    assert pos == [0, text.index("restated")]


KEYWORDS = ("restat", "unable", "not be able", "not able", "filed", "file ", "ASC ", "5250", "erro")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["restat", "Restat", "RESTAT", "ed ", "unable", "Unable", "not be able",
                                 "Not able", "filed", "file ", "File ", "ASC ", "asc ", "5250", "erro",
                                 "Errors", "x", " ", ".", "\n", "İ"]), max_size=40))
def test_one_scan_finds_what_a_pass_per_keyword_finds(parts: list[str]) -> None:
    # the shared Aho-Corasick scan and the str.find passes agree hit for hit (first letter in
    # either case, the rest as written); a text whose lowering changes its length uses the passes
    text = "".join(parts)
    assert keyword_positions(text, KEYWORDS) == _find_positions(text, KEYWORDS, 2000)
    assert (keyword_hits(text, KEYWORDS) is None) == ("İ" in text)


def test_keyword_matches_keyword_inside_match() -> None:
    text = "we identified a material weakness in our controls"
    ms = keyword_matches(text, re.compile(r"material\s+weakness", re.I), ("weakness",), back=40)
    assert [m.group(0) for m in ms] == ["material weakness"]
    # anchored (back=0): the pattern must start at the keyword; lookbehinds carry the context
    anchored = re.compile(r"(?<=material\s)weakness", re.I)
    assert [m.start() for m in keyword_matches(text, anchored, ("weakness",))] == [text.index("weakness")]
    assert keyword_matches("a weakness", anchored, ("weakness",)) == []


def test_whole_document_on_one_line_is_windowed() -> None:
    filler = "Some filler text here. " * 50_000
    text = filler + "We restated our financial statements. " + filler
    hits = list(find_sentences(text, re.compile("restated")))
    assert len(hits) == 1
    assert hits[0].sentence == "We restated our financial statements."
    assert len(hits[0].sentence) < 6000


def test_sentence_at_and_next_sentence() -> None:
    text = "First one here. Second sentence follows. Third."
    assert sentence_at(text, text.index("Second")) == "Second sentence follows."
    assert sentence_at(text, text.index("Second"), extra=1) == "Second sentence follows. Third."
    assert next_sentence(text, "First one here.") == "Second sentence follows."


def test_unescape_entities_left_by_excerpts() -> None:
    assert unescape("the Company&rsquo;s auditor &#x2014; resigned") == "the Company’s auditor — resigned"
    assert unescape("AT&T and R&D") == "AT&T and R&D"


def test_clip_and_normalize() -> None:
    assert normalize_ws("  a \n b\t c ") == "a b c"
    long = "word " * 200
    out = clip(long, 50)
    assert len(out) <= 50 and out.endswith("…")
    assert clip("short text") == "short text"
