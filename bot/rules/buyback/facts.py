"""Buyback rule: the numbers of one event (shares, price, amounts) and their merging."""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Any

from bot.rules.buyback.lists import _N_SHARE_PROGRAM, _PAIR_OF_COUNTS, _latest_of_lists, _pair_index
from bot.rules.buyback.paragraphs import _Event, _sentences
from bot.rules.buyback.patterns import (
    _AUTH_CTX,
    _AUTH_SHARES_BEFORE,
    _DATE_RANGE,
    _EXEC_CTX,
    _EXPIRY,
    _INCLUDING_PART,
    _INCREASE,
    _MONTH_YEAR,
    _MONTHS,
    _OPEN_MARKET,
    _OUTSTANDING_AFTER,
    _PCT_OF_OUT,
    _PER_SHARE_AFTER,
    _PRICE_BEFORE,
    _PROGRAM,
    _PROGRAM_AFTER,
    _REMAIN,
)
from bot.rules.numbers import (
    Match,
    iter_dates,
    iter_money,
    iter_percents,
    iter_shares,
)
from bot.rules.regex import fast_compile

_DIVIDEND = fast_compile(r"dividend", re.I)
_PURCHASE_OR_PAID = fast_compile(r"purchas|paid", re.I)


def _before(s: str, m: Match, n: int = 70) -> str:
    return s[max(0, m.start - n) : m.start]


def _after(s: str, m: Match, n: int = 40) -> str:
    return s[m.end : m.end + n]




_FOR_A_TOTAL = fast_compile(r"\bfor\s+a\s+total\s+of\s+(\d{1,3}(?:,\d{3})+|\d+)\s+shares\b"
                            r"(?!\s+(?:were|have\s+been)\s+(?:validly\s+|properly\s+)?tendered)", re.I)
_PROGRAM_SO_FAR = fast_compile(r"\b(?:since|from)\s+(?:the\s+)?(?:inception|commencement|beginning)\b|(?<!year\s)(?<!year-)\bto\s+date\b|\bcumulative", re.I)
_EXPIRES_IN = fast_compile(r"\b(?:expir\w*|through|until|ending|ends|runs\s+through|no\s+later\s+than)\s+(?:on\s+|in\s+)?(?:the\s+end\s+of\s+)?$", re.I)
# (not the replaced program's: "replacing the prior $100 million authorization that was set to expire in December 2025")
_OLD_PROGRAM_NEAR = fast_compile(r"\b(?:prior|previous|replac\w*|existing|old|former)\b[^.;]{0,80}$|\b(?:set|was|were|had\s+been)\s+to\s+expire\s+(?:in\s+)?$", re.I)
_ALL_ACCEPTED = fast_compile(
    r"\ball\s+(?:of\s+the\s+)?shares\s+(?:(?:validly|properly)\s+)?tendered\s+(?:and\s+not\s+(?:properly\s+)?withdrawn\s+)?"
    r"(?:were|have\s+been|will\s+be)\s+accepted\b|\bnot\s+fully\s+subscribed\b|\bunder-?subscribed\b", re.I)


def _extract(ev: _Event) -> dict[str, Any]:
    """Facts of the event's sentence; when the sentence states no number (a tender offer
    "expired."), the following sentences of its paragraph supply them."""
    facts = _extract_sentence(ev.sentence, ev.type)
    if ev.type == "tender" and "shares" not in facts and _ALL_ACCEPTED.search(ev.context, len(ev.sentence)):
        # "88,709 shares ... were properly tendered and not withdrawn ... Since the tender offer was
        # not fully subscribed, ... all shares validly tendered and not withdrawn were accepted"
        tendered = [m.value for m in iter_shares(ev.sentence) if _TENDERED_AFTER.match(ev.sentence, m.end)]
        if tendered:  # (the total, not "including 12,400 shares tendered through notice of guaranteed delivery")
            facts["shares"] = max(tendered)
    if not (facts.keys() & (_NUMBER_FACTS | {"percent_of_outstanding"})):
        for nxt in _sentences(ev.context[len(ev.sentence) :])[:2]:
            if _DIVIDEND.search(nxt):
                continue  # "... follows Alcan's 33 percent quarterly dividend increase ..."
            if ev.type == "authorization" and re.search(r"\boutstanding\s+(?:at|on|as\s+of)\b|\bhad\s+[\d,.]+\s+"
                                                         r"(?:million\s+)?shares", nxt, re.I):
                continue  # "... the Company had 45,000,000 shares of common stock outstanding at that date"
            if ev.type == "authorization" and _PAST_PURCHASE.search(nxt):
                continue  # "Under Shaw's previously approved issuer bid, ... Shaw purchased an aggregate of 6,100,000 ..."
            more = _extract_sentence(nxt, ev.type)
            if len({m.value for m in iter_shares(nxt)}) > 1 and not re.search(r"\b(?:aggregate|total)\b", nxt, re.I):
                # "50,000 shares from Scott Drill and 25,000 shares from Justin Schmid": a list, no one count
                more = {k: v for k, v in more.items() if k not in ("shares", "amount_usd")}
            if more.get("shares") and _FOR_A_TOTAL.search(nxt):
                facts["shares"] = more["shares"]  # "... an additional 98,959 shares, for a total of 598,959 shares"
            for k, v in more.items():
                facts.setdefault(k, v)
    elif ev.type == "asr" and "shares" not in facts and _COMPLETED_WORD.search(ev.sentence):
        # a completed accelerated repurchase, its count told next: "The rent-to-own specialist purchased 5.4
        # million shares at an average price of $36.97 per share from megainvestment house Goldman Sachs"
        for nxt in _sentences(ev.context[len(ev.sentence) :])[:2]:
            if _DIVIDEND.search(nxt) or not _PURCHASE_OR_PAID.search(nxt) or _PROGRAM_SO_FAR.search(nxt):
                continue
            more = _extract_sentence(nxt, "execution")
            if "shares" in more:
                for k in ("shares", "price_per_share"):
                    if k in more:
                        facts.setdefault(k, more[k])
                break
    elif ev.type in ("private", "execution", "asr") and "shares" in facts:
        # "approved the repurchase of 1,000,086 shares from ... The shares were purchased in a
        # private transaction at a price of $3.20 per share": the price follows ("These shares
        # were repurchased at an average price of $64.21 per share" after a purchase)
        for nxt in _sentences(ev.context[len(ev.sentence) :])[:2]:
            if _DIVIDEND.search(nxt) or not _PURCHASE_OR_PAID.search(nxt):
                continue  # "The Board also declared a quarterly dividend of $0.25 per share."
            if ev.type == "execution" and (not _SAME_SHARES.match(nxt) or _PROGRAM_SO_FAR.search(nxt)):
                continue  # (not "From the inception of the program through ..., the Company has repurchased 11.2 million shares at a total cost of ...")
            more = _extract_sentence(nxt, ev.type)
            if more.get("shares", facts["shares"]) != facts["shares"]:
                break  # another block
            for k in ("price_per_share", "amount_usd"):
                if k in more:
                    facts.setdefault(k, more[k])
    om = _OUTSTANDING_AFTER.search(ev.context)
    if om:
        raw = om.group(1)
        val = float(raw.split()[0].replace(",", "")) * (1e6 if "million" in raw else 1)
        facts.setdefault("_outstanding_after", val)
    if ev.type in _PROGRAM:
        facts["program"] = _PROGRAM[ev.type]
    elif _OPEN_MARKET.search(ev.sentence):
        facts["program"] = "open_market"
    return facts


_COMPLETED = r"\bcomplet(?:ed|es|ion\s+of)\s+"
_COMPLETED_WORD = fast_compile(_COMPLETED, re.I)
_COMPLETED_JUST_BEFORE = fast_compile(_COMPLETED + r"(?:the\s+|its\s+|a\s+|an\s+)?$", re.I)
_PAST_PURCHASE = fast_compile(r"\b(?:re)?purchased\s+(?:and\s+cancell?ed\s+|for\s+cancell?ation\s+)?(?:an\s+aggregate\s+of\s+|a\s+total\s+of\s+|approximately\s+)?[\d,.]+"
                              r"|\bbought\s+(?:back\s+)?[\d,.]+", re.I)
_TWO_CLASSES = fast_compile(
    r"\b(\d{1,3}(?:,\d{3})+)\s+shares\s+of\s+[^.;]{0,40}?\bclass\s+(\w)\b[^.;]{0,40}?\s+and\s+(\d{1,3}(?:,\d{3})+)\s+shares\s+of\s+"
    r"[^.;]{0,40}?\bclass\s+(\w)\b", re.I)
_TOTAL_PRICE = fast_compile(r"\b(?:total|aggregate)\s+(?:purchase\s+)?(?:price|cost|consideration)\s+(?:paid\s+)?(?:of\s+)?"
                            r"(?:approximately\s+|about\s+)?$", re.I)
_BOUGHT_ELSE = fast_compile(r"\bacqui(?:sition|red?)\b|\bmerger\b|\bbusiness\b|\bassets?\b|\bproperty\b", re.I)
_UP_TO = fast_compile(r"\bup\s+to\s+(?:an\s+additional\s+)?$", re.I)
_SAME_SHARES = fast_compile(r"\s*(?:these|the|such)\s+(?:shares|repurchases|purchases)\b", re.I)
_TOTAL_AUTH_BEFORE = fast_compile(
    r"(?:\b(?:total|aggregate|updated)\s+(?:\w+\s+){0,3}?authori[sz]ation\s+(?:of\s+|to\s+)?"
    r"|\b(?:bringing|brings|increasing|raising)\s+(?:the\s+)?(?:total\s+)?(?:\w+\s+){0,4}?to\s+"
    r"(?:a\s+total\s+of\s+)?)$", re.I)
# (not a cumulative figure: "brings the total amount authorized for repurchases since the inception of
# the plan to $130 million, with $61 million available")
_SINCE_INCEPTION = fast_compile(r"\bsince\s+(?:the\s+)?inception\b|\bto\s+date\b", re.I)
_PCT_OBJECT = fast_compile(r"(?:repurchas\w*|buy\s*back|program|plan|authoriz\w*|purchase|acquire|buy)\s+(?:of\s+|for\s+)?(?:up\s+to\s+)?"
                         r"(?:approximately\s+|an\s+additional\s+)?$", re.I)
_PCT_SHARES = fast_compile(r"^\s*of\b[^.;]{0,60}?\b(?:shares|outstanding|common\s+stock)", re.I)
_RANGE_BOUND = fast_compile(r"(?:(?:greater|more|less|lower|higher|fewer)\s+than|between|ranging\s+from"
                          r"|range\s+of|minimum\s+of|maximum\s+of)\s*$", re.I)
# "at prices ranging from $3.10 to $3.45" (not "expanded ... from $35 to $50 million")
_RANGE_TOP = fast_compile(r"\b(?:prices?\s+)?ranging\s+from\s+\$\s?[\d.,]+\s+to\s*$|\bprices?\s+(?:of\s+|from\s+)\$\s?[\d.,]+\s+to\s*$", re.I)
_FEWER_THAN = fast_compile(r"\b(?:fewer|less)\s+than\s*$", re.I)
# "approximately 80% of the total shares that would be repurchased under the ASB transactions": a share
# of the deal, not of the shares outstanding
_PCT_OF_DEAL = fast_compile(r"\s*of\s+the\s+(?:total|aggregate|final)\s+(?:number\s+of\s+)?shares\s+(?:that\s+)?"
                          r"(?:would|will|to|expected|it\s+expects|the\s+company\s+expects|we\s+expect(?:ed)?)\b"
                          r"(?![^.;]{0,30}?\boutstanding\b)", re.I)
_RESPECTIVELY = fast_compile(r"\brespectively\b", re.I)
_IN_ISSUE_AFTER = fast_compile(r"\s*(?:\([^)]{0,40}\)\s*)?(?:in\s+issue|issued\s+and\s+outstanding)\b", re.I)
_CAPITAL_OF = fast_compile(r"(?:share\s+capital|shares\s+in\s+issue|voting\s+rights)\s+(?:\w+\s+){0,3}?(?:consists?|comprises?|is|was|of)"
                           r"\s+(?:of\s+)?$", re.I)
_PCT_AS_COUNT = fast_compile(r"(?:%|\bpercent)[^.;%]{0,60}?,\s+or\s+(?:approximately\s+|about\s+|up\s+to\s+)?$", re.I)
_NUMBER_FACTS = {"shares", "price_per_share", "amount_usd", "authorized_usd", "authorized_shares"}


_COMPLETED_OF = fast_compile(r"\bcomplet\w*\s+(?:the\s+|its\s+)?(?:re)?purchase\s+of\s*$", re.I)


_OLD_PROGRAM_BEFORE = fast_compile(
    r"\b(?:exhausted|completed|fully\s+(?:utilized|used)|terminated)\s+(?:its|the|our)\s+"
    r"(?:previously\s+(?:authori[sz]ed|announced)\s+)?$", re.I)
_PART_OF_TENDERED = fast_compile(
    r"\b(?:accepted\s+for\s+(?:payment|purchase)|(?:re)?purchased?|acquired?)\s+(?:a\s+total\s+of\s+)?"
    r"(\d{1,3}(?:,\d{3})+)\s+(?:shares\s+)?of\s+the\s+(?:approximately\s+)?\d{1,3}(?:,\d{3})+\s+"
    r"shares\s+(?:\w+\s+){0,2}?tendered", re.I)


_TENDERED_AFTER = fast_compile(r"\s*(?:shares\s+)?(?:of\s+(?:(?:its|the\s+company['’]s|\w+['’]s)\s+)?(?:class\s+\w\s+)?common\s+stock\s+)?"
                               r"(?:,(?:[^,;.]|\.\d){0,40},\s*)?(?:were|had\s+been|have\s+been)\s+"
                               r"(?:properly\s+|validly\s+)?tendered\b", re.I)


# "Stockholders' equity decreased $298,000 ..., primarily due to the repurchase of 25,300 shares of
# common stock at a total cost of $412,000": the purchase's own figures start here
# ("• Repurchase of 474,042 shares of common stock for $5.3 million at an average cost of $11.25")
_REPURCHASE_AT_COST = fast_compile(r"\W*(?:share\s+|stock\s+)?repurchases?\s+of\s+(?:approximately\s+)?[\d,.]+\s+(?:million\s+|thousand\s+)?shares\b"
                                   r"(?=[^.;]{0,80}?\b(?:at\s+a\s+(?:total\s+)?cost|aggregate\s+cost|total\s+cost"
                                   r"|for\s+(?:approximately\s+|about\s+)?\$|at\s+an\s+average))", re.I)


_FOR_AMOUNT = fast_compile(r"\bfor\s+(?:approximately\s+|about\s+|a\s+total\s+of\s+|an\s+aggregate\s+of\s+)?$", re.I)


def _remain_after(post: str) -> bool:
    """"remaining" follows this amount, not another one ("for $98.7 million, and had $1.2 billion
    remaining under its repurchase authorization")."""
    r = _REMAIN.search(post[:45])
    return r is not None and "$" not in post[: r.start()]


_INCREASED_FROM = fast_compile(r"\bincreas\w*\s+(?:\w+\s+){0,12}?from\s+[\d,.]+", re.I)
_OLD_SIZE_PCT = fast_compile(r"\bfrom\s+[\d,.]+(?:\s+(?:million\s+)?(?:\w+\s+){0,3}?shares)?,?\s+or\s+$", re.I)


def _extract_sentence(s: str, kind: str) -> dict[str, Any]:
    full = s
    part = (_INCLUDING_PART.search(s) or _REPURCHASE_AT_COST.search(s)) if kind == "execution" else None
    if part:  # "we have repurchased 3,412,500 shares ..., including 412,500 shares repurchased during
        s = s[part.start() :]  # the three months ended ... for $6.2 million": the period's part
    at_cost = kind == "execution" and _REPURCHASE_AT_COST.match(s) is not None
    facts: dict[str, Any] = {}
    for m in iter_money(s):
        pre, post = _before(s, m), _after(s, m)
        if (_RANGE_BOUND.search(pre[-30:]) or re.search(r"par\s+value\s*(?:of\s+)?$", pre[-20:], re.I)
                or _RANGE_TOP.search(pre[-40:])):
            continue  # a range's bound ("not greater than $21.00 nor less than $18.50"), a par value
        if kind == "authorization" and re.search(r"\breturned\s+(?:approximately\s+|about\s+)?$", pre[-30:], re.I):
            continue  # "we returned $350 million to shareholders through dividends and repurchases"
        if kind == "returned":
            # the money returned, not a total since an earlier year ("... bringing the total returned since January 2019
            # to $4.1 billion")
            # (only when the repurchases alone returned it: not "$82 million ... through dividends and share repurchases")
            if (re.search(r"\breturned\s+(?:approximately\s+|about\s+|over\s+|more\s+than\s+)?$", pre[-30:], re.I)
                    and not re.search(r"dividend", s[m.end : m.end + 120], re.I)):
                facts.setdefault("amount_usd", m.value)
            continue
        if kind == "authorization" and (_OLD_PROGRAM_BEFORE.search(pre[-60:]) or (
                re.search(r"\bfrom\s+$", pre) and re.match(r"\s+to\s+\$", post))):  # "from $50 million to $100 million"
            continue  # "has exhausted its $75 million share repurchase program, and ... authorized $150 million"
        if kind in ("execution", "private", "tender") and _TOTAL_PRICE.search(pre):
            if not _BOUGHT_ELSE.search(pre[-120:]):  # not "the acquisition of Beta Controls ... for a total purchase price of"
                facts.setdefault("amount_usd", m.value)  # "for a total purchase price of $10,000"
            continue
        if kind == "execution" and _UP_TO.search(pre):
            continue  # "the previous program to repurchase up to $10 million ... has repurchased $4.4 million"
        if (_PER_SHARE_AFTER.search(post) or _PRICE_BEFORE.search(pre)) and m.value < 20_000:
            if not re.search(r"\bdividends?\s+(?:of\s+)?(?:approximately\s+)?$", pre[-40:], re.I):
                facts.setdefault("price_per_share", m.value)  # (not "Declares a regular quarterly cash dividend of $0.28 per share")
        elif m.value < 10_000:
            continue  # a dividend or par value, not a program amount
        elif _SINCE_INCEPTION.search(pre[-120:]) and "authori" in pre[-120:].lower():
            continue  # a cumulative figure, not this authorisation's
        elif _TOTAL_AUTH_BEFORE.search(pre):
            facts["authorized_usd"] = m.value  # "resulting in an updated total ... authorization of $325 million"
        elif kind == "authorization" and re.match(r"\s*(?:increase|addition)\b", post, re.I):
            facts.setdefault("authorized_usd", m.value)  # "approved a $200 million increase to ..."
        elif _REMAIN.search(pre[-25:]):
            facts.setdefault("remaining_usd", m.value)  # "the Company's remaining $125 million ... authorization"
        elif kind in ("execution", "private") and _FOR_AMOUNT.search(pre[-30:]):
            facts.setdefault("amount_usd", m.value)  # "repurchased ... for $45.6 million under its share repurchase program"
        elif kind == "asr" and _COMPLETED_JUST_BEFORE.search(pre[-40:]):
            facts.setdefault("amount_usd", m.value)  # "it just completed the $200 million accelerated stock buyback program"
        elif _PROGRAM_AFTER.search(post):
            facts.setdefault("authorized_usd", m.value)
        elif _REMAIN.search(pre[-45:]) or _remain_after(post):
            facts.setdefault("remaining_usd", m.value)
        elif kind == "asr" and not re.search(r"authori[sz]|program|plan\b|approv", pre[-60:], re.I):
            facts.setdefault("amount_usd", m.value)  # the ASR's notional is the money paid
        elif kind == "intent":
            facts.setdefault("authorized_usd", m.value)  # the planned amount
        elif kind in ("authorization", "asr", "tender") and _AUTH_CTX.search(pre[-60:] + " " + post[:40]):
            facts.setdefault("authorized_usd", m.value)
        elif kind in ("execution", "private", "tender", "asr") and (
            _EXEC_CTX.search(pre[-60:]) or kind == "execution"
        ):
            facts.setdefault("amount_usd", m.value)
    # "1.0 million, 1.7 million and 0.4 million shares, respectively, ... at $220.26, $212.56
    # and $213.52, respectively": one number of a list is no total, so no count or price.
    listed = _RESPECTIVELY.search(s) is not None
    if listed:  # the list's amounts belong to several periods: keep only an aggregate
        for k in ("price_per_share", "amount_usd", "authorized_usd", "remaining_usd"):
            if k in facts and not re.search(r"aggregate|total", s, re.I):
                facts.pop(k)
        facts.pop("price_per_share", None)
        if kind == "execution":  # (the latest year's own figures replace any first of a list)
            facts.update(_latest_of_lists(full))
    classes = None if listed or kind not in ("private", "execution", "tender") else _TWO_CLASSES.search(s)
    if classes and classes.group(2).lower() != classes.group(4).lower():
        # "1,114,746 shares of Bandag's Class B Common Stock and 418,371 shares of Bandag's Class A
        # Common Stock": one purchase of two classes
        facts["shares"] = float(classes.group(1).replace(",", "")) + float(classes.group(3).replace(",", ""))
    part = None if listed else _PART_OF_TENDERED.search(s)
    if part:  # "accepted for payment 126,000,000 of the 218,132,108 shares tendered"
        facts["shares"] = float(part.group(1).replace(",", ""))
    pair = None if listed or kind != "execution" else _PAIR_OF_COUNTS.search(s)
    which = _pair_index(s) if pair else None
    if pair and which is None:
        pair = None  # (which count is the period's is not told: the words next to "shares" as before)
    if pair:  # "During the three and six months ended June 30, 2011, the company purchased 5.5 million and 9.9
        # million shares": the count of the quarter (the shorter period) or of the latest year named
        told = (pair.group(1), pair.group(3))[which]
        facts["shares"] = float(told.replace(",", "")) * (1e6 if (pair.group(2) or pair.group(4)) else 1)
    for m in () if listed or pair else iter_shares(s):
        pre = _before(s, m)
        if kind == "authorization" and _INCREASED_FROM.search(s, 0, m.start):
            if re.search(r"\bto\s*$", pre):
                facts["authorized_shares"] = m.value  # "to increase the maximum number of ... shares ... from 8,778,638 ... to 17,124,249"
            if re.search(r"\b(?:to|from)\s*$", pre):
                continue  # (the old size, "from 10,200,000 common shares", is no fact)
        if _FEWER_THAN.search(pre[-20:]):
            continue  # "holders of fewer than 100 shares" (an odd-lot offer's bound)
        if _REMAIN.search(_after(s, m, 45)) or _REMAIN.search(pre[-30:]):
            continue
        if _IN_ISSUE_AFTER.match(s, m.end) or _CAPITAL_OF.search(pre[-60:]):
            continue  # "the Company has 98,765,432 ordinary shares in issue": the capital, not a purchase
        if kind == "authorization" and _PCT_AS_COUNT.search(pre):
            facts.setdefault("authorized_shares", m.value)  # "up to 5% of ... outstanding shares, or approximately 183,500 shares"
            continue
        if re.search(r"outstanding|reduc|weighted|leaving|(?<!\bup\s)\bto\s*$", pre[-40:], re.I):
            continue
        if kind == "tender" and _TENDERED_AFTER.match(s, m.end):
            continue  # "4,318,902 shares were properly tendered": offered, not bought (the accepted count is)
        if kind == "execution" and _COMPLETED_OF.search(pre[-50:]):
            facts.setdefault("shares", m.value)  # "has completed the repurchase of 300,000 shares"
        elif kind == "authorization" or (_AUTH_SHARES_BEFORE.search(pre[-50:]) and not at_cost):
            facts.setdefault("authorized_shares", m.value)
        else:
            facts.setdefault("shares", m.value)
    sized = _N_SHARE_PROGRAM.search(s) if kind == "authorization" else None
    if sized:  # "a new 1 million share stock repurchase program"
        facts.setdefault("authorized_shares", float(sized.group(1).replace(",", "")) * (1e6 if sized.group(2) else 1))
    total = _FOR_A_TOTAL.search(s) if kind in ("tender", "execution", "private") and not listed else None
    if total:  # "accepted for purchase 500,000 shares ... purchased an additional 98,959 shares, for a total of 598,959 shares"
        facts["shares"] = float(total.group(1).replace(",", ""))
    for m in iter_percents(s):
        if kind == "authorization" and _OLD_SIZE_PCT.search(_before(s, m, 40)) and _INCREASED_FROM.search(s):
            continue  # the old size: "from 8,778,638, or 5% of its issued and outstanding common shares ..., to 17,124,249"
        if (_PCT_OF_OUT.search(_after(s, m, 50)) or _PCT_SHARES.search(_after(s, m, 70))) and not _PCT_OF_DEAL.match(
                _after(s, m, 70)) and not re.search(
                r"excise|tax|interest|premium|discount|prorat|shares\s+tendered|\bwithin\s+(?:up\s+to\s+)?$", _before(s, m, 40), re.I):
            # (not "(within up to 2% of the outstanding shares ...)": the rule's room to buy more)
            facts.setdefault("percent_of_outstanding", m.value)
    for d, start, _end in iter_dates(s) if kind in ("authorization", "asr", "tender") else ():
        before = s[max(0, start - 45) : start]
        if _EXPIRY.search(before) and not _DATE_RANGE.search(s[max(0, start - 40) : start]):
            facts.setdefault("expires", d.isoformat())
    if kind in ("authorization", "asr", "tender") and "expires" not in facts:
        for mm in _MONTH_YEAR.finditer(s):  # "over a three-year period expiring in February 2027": the month's end
            if _EXPIRES_IN.search(s[max(0, mm.start() - 30) : mm.start()]) and not _OLD_PROGRAM_NEAR.search(s[max(0, mm.start() - 100) : mm.start()]):
                # (not an ASR "terminated and settled in April 2023")
                year, month = int(mm.group(2)), _MONTHS[mm.group(1)[:3].lower()]
                facts["expires"] = date(year, month, calendar.monthrange(year, month)[1]).isoformat()
                break
    if kind == "authorization" and any(
            not _DIVIDEND.search(s, max(0, m.start() - 40), m.end() + 40)
            for m in _INCREASE.finditer(s)):
        facts["increases_existing"] = True  # not "raised its quarterly dividend" beside it
    return facts


def _same_count(told: float | None, total: float | None) -> bool:
    """A sentence's count that is the table's total, perhaps rounded ("66.9 million" of 66,939,248,
    "114 million" of 114,134,218: within half the unit it is rounded to, at most 0.5 million)."""
    if not (told and total):
        return False
    unit = 1.0
    while unit < 1e6 and told % (unit * 10) == 0:
        unit *= 10
    # (at most 2% off: "1 million shares" is not a table's 1,400,000)
    return abs(told - total) <= max(0.001 * total, min(unit / 2, 0.02 * total) if unit >= 1e5 else 0)


def _merge(events: list[_Event]) -> dict[str, Any]:
    facts: dict[str, Any] = {}
    primary = events[0]
    # A periodic report's Item 703 table total is the period's purchases: its count and price
    # win over a sentence's (one tranche, one month, an ASR's partial delivery).
    table = next((ev for ev in events if ev.type == "table"), None)
    told = _extract_sentence(primary.sentence, primary.type).get("shares") if primary is not table else None
    if primary.type in ("tender", "private") or (told and (table is None or (
            told > table.facts.get("shares", 0) and not _same_count(told, table.facts.get("shares"))))):
        # an offer's or a block's own numbers are the event; a quoted sentence that gives its
        # own count (a 10-K's year, where the table shows the last quarter) keeps it; a count
        # rounded or in part of the table's ("95.1 million" of 95,122,446, "162.9 million" of
        # 162,875,452) gives way to the total
        table = None
    if table is not None:
        facts.update(table.facts)
    for ev in events:
        # (an accelerated repurchase's shares are bought from its bank: a "private" purchase told of it)
        same_event = (ev is primary or ev.type == primary.type or ev.type in ("execution", "table")
                      or (primary.type == "asr" and ev.type == "private"))
        so_far = ev is not primary and _PROGRAM_SO_FAR.search(ev.sentence) is not None
        for k, v in ev.facts.items():
            if k in ("shares", "price_per_share", "amount_usd") and (not same_event or so_far):
                continue  # (nor a program's total since inception: "... has repurchased 11.2 million shares at a total cost of $412.5 million")
            # beside a table, a sentence's amount counts only when it speaks of the table's total
            if (table is not None and ev is not table and k in ("shares", "price_per_share", "amount_usd", "percent_of_outstanding")
                    and (k not in ("amount_usd", "percent_of_outstanding")
                         or not _same_count(ev.facts.get("shares"), table.facts.get("shares")))):
                continue
            if k == "program" and ev is not primary and "program" in facts:
                continue
            facts.setdefault(k, v)
    if "program" not in facts:
        facts["program"] = "unspecified"
    shares, price = facts.get("shares"), facts.get("price_per_share")
    if "amount_usd" not in facts and shares and price:
        facts["amount_usd"] = round(shares * price, 2)
    after = facts.pop("_outstanding_after", None)
    if "percent_of_outstanding" not in facts and shares and after and after > 0:
        facts["percent_of_outstanding"] = round(shares / (shares + after) * 100, 2)
    return {k: _plain(v) for k, v in facts.items()}


def _plain(v: Any) -> Any:
    if isinstance(v, float) and v.is_integer() and abs(v) >= 1:
        return int(v)
    return v
