"""Buyback facts told in lists and pairs: "During 2011, 2012 and 2013, the Company repurchased 17,179, 8,107 and
12,266 shares ... at an average price of $1.68, $1.67 and $1.56, respectively", "purchased 5.5 million and 9.9
million shares" for "the three and six months", and a program sized by its count. Pure."""

from __future__ import annotations

import re
from typing import Any

from bot.rules.numbers import parse_money
from bot.rules.regex import fast_compile

_LIST_SEP = r"(?:,\s*|,?\s+and\s+)"
_YEARS_LISTED = fast_compile(r"\b(?:during|in)\s+(?:fiscal\s+(?:years\s+)?)?((?:19|20)\d\d(?:" + _LIST_SEP + r"(?:19|20)\d\d)+)\b", re.I)
_NUM = r"\d{1,3}(?:,\d{3})*(?:\.\d+)?"
_ITEM = _NUM + r"(?:\s+million)?"
_COUNTS_LISTED = fast_compile(r"(?<![\d,.$])(" + _ITEM + r"(?:" + _LIST_SEP + _ITEM + r")+)\s+(million\s+)?shares\b", re.I)
_MONEY_LISTED = fast_compile(r"(\$\s?" + _ITEM + r"(?:" + _LIST_SEP + r"\$\s?" + _ITEM + r")+)", re.I)
# the verb of the purchase right before the counts (not "the Board authorized the repurchase of 1,000,000 and
# 2,000,000 shares, respectively")
_BOUGHT_BEFORE = fast_compile(r"\b(?:repurchased|purchased|bought(?:\s+back)?|acquired)\b(?:(?!authori|remain)[^.;]){0,60}$", re.I)


# a program sized by its count, the count as an adjective: "a new 1 million share stock repurchase program"
# (a count, not dollars "$10 MILLION SHARE REPURCHASE PROGRAM" nor a year "2021 Share Repurchase Program"; "new": not
# "the existing 5 million share repurchase program" told of purchases under it)
_N_SHARE_PROGRAM = fast_compile(r"\b(?:a|an)\s+new\s+(?<![$€£])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?=[\s-]+million))[\s-]+(million[\s-]+)?share\s+"
                                r"(?:common\s+stock\s+|stock\s+)?(?:re)?purchase\s+(?:program|plan|authori[sz]ation)", re.I)
_PAIR_OF_COUNTS = fast_compile(r"\b(?:purchased|repurchased|bought|acquired)\s+(?:approximately\s+)?(\d[\d,]*(?:\.\d+)?)\s+(million\s+)?and\s+"
                               r"(\d[\d,]*(?:\.\d+)?)\s+(million\s+)?shares\b", re.I)  # groups: 1 first, 2 its million, 3 second, 4 its million
_MONTHS_PAIR = fast_compile(r"\b(three|six|nine|twelve)\s+and\s+(three|six|nine|twelve)\s+months\b", re.I)
_YEARS_PAIR = fast_compile(r"\b(?:in|during)\s+(?:fiscal\s+(?:years\s+)?)?((?:19|20)\d\d)\s+and\s+((?:19|20)\d\d)\b", re.I)
_MONTHS_NO = {"three": 3, "six": 6, "nine": 9, "twelve": 12}


def _pair_index(s: str) -> int | None:
    """Which of two counts is the report period's: the shorter of "the three and six months" named, or the
    later of "In 2022 and 2023"; None when the sentence does not say."""
    months = _MONTHS_PAIR.search(s)
    if months:
        a, b = (_MONTHS_NO[x.lower()] for x in months.groups())
        return None if a == b else (0 if a < b else 1)
    years = _YEARS_PAIR.search(s)
    if years:
        a, b = (int(x) for x in years.groups())
        return None if a == b else (0 if a > b else 1)
    return None


_COUNT_FOR_AMOUNT_PAIRS = fast_compile(r"(\d[\d,]*)\s+shares\s+for\s+\$\s?(\d[\d,]*(?:\.\d+)?)\s*(million|billion)?\s+and\s+"
                                       r"(\d[\d,]*)\s+shares\s+for\s+\$\s?(\d[\d,]*(?:\.\d+)?)\s*(million|billion)?,?\s+respectively\b", re.I)
# two periods, not plans' years ("under the plans adopted in 2019 and 2022")
_TWO_YEARS = fast_compile(r"\b(?:ended\s+(?:\w+\.?\s+\d{1,2},\s+)?|during\s+|for\s+(?:fiscal\s+)?(?:years\s+)?)((?:19|20)\d\d)\s+and\s+"
                          r"(?:\w+\.?\s+\d{1,2},\s+)?((?:19|20)\d\d)\b", re.I)


def _listed(told: str) -> list[float]:
    """The numbers of a list ("17,179, 8,107 and 12,266"; "9.02, 10.9 and 7.81 million"; "$3.8 million, $14.6 million")."""
    items = re.split(r"(?:,\s+|,?\s+and\s+)", told)
    scale = 1e6 if re.search(r"million\s*$", told, re.I) and not re.search(r"million", items[0], re.I) else 1
    return [round(float(n.replace(",", "")) * (1e6 if "million" in item.lower() else scale), 2)
            for item in items for n in re.findall(_NUM, item)]


def _latest_of_lists(s: str) -> dict[str, Any]:
    """The latest year's count, price and cost of lists told "respectively" ("During 2011, 2012 and 2013,
    the Company repurchased 17,179, 8,107 and 12,266 shares of common stock at an average price of $1.68, $1.67
    and $1.56, respectively"): the report's own year is the latest it names. Nothing when the lists do not match."""
    paired = _COUNT_FOR_AMOUNT_PAIRS.search(s)
    two_years = _TWO_YEARS.search(s, 0, paired.start()) if paired else None
    if paired and two_years:  # "for the nine months ended September 30, 2011 and 2010 included the repurchase of
        # approximately 692,201 shares for $13.9 million and 464,525 shares for $5.6 million, respectively"
        a, b = int(two_years.group(1)), int(two_years.group(2))
        if a != b:
            i = 0 if a > b else 1
            told = s[s.rfind("$", 0, paired.start(2 + 3 * i)) : paired.end(3 + 3 * i) if paired.group(3 + 3 * i) else paired.end(2 + 3 * i)]
            amount = parse_money(told)
            out: dict[str, Any] = {"shares": float(paired.group(1 + 3 * i).replace(",", ""))}
            if amount is not None:
                out["amount_usd"] = amount
            return out
    years = _YEARS_LISTED.search(s)
    if not years:
        return {}
    ys = [int(y) for y in re.findall(r"(?:19|20)\d\d", years.group(1))]
    if len(set(ys)) != len(ys):
        return {}
    i = ys.index(max(ys))
    counts = next((c for c in _COUNTS_LISTED.finditer(s) if _BOUGHT_BEFORE.search(s, max(0, c.start() - 80), c.start())
                   and len(_listed(c.group(0))) == len(ys)), None)
    if counts is None:
        return {}
    out: dict[str, Any] = {"shares": _listed(counts.group(0))[i]}
    for money in _MONEY_LISTED.finditer(s, counts.end()):
        values = _listed(money.group(1))
        if len(values) != len(ys):
            continue
        before = s[max(0, money.start() - 25) : money.start()]
        if re.search(r"price[^$]{0,15}$", before, re.I):
            out.setdefault("price_per_share", values[i])
        elif re.search(r"(?:for|cost|aggregate|total|amount\w*)[^$]{0,12}$", before, re.I):
            out.setdefault("amount_usd", values[i])
    return out
