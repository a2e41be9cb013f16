"""Buyback rule: the general reading of a release or news story, tried when no listed wording fits.

A sentence of a release, a current report or a news story tells of the company buying back its own
shares when a buyback word ("repurchased", "buy back", "bought back", "share buyback", "purchases
of its own shares") stands close to its shares or stock, with a verb of doing or deciding
("repurchased", "authorised", "approved", "launched", "completed", "plans to"), told as fact: not
denied or hedged, not debt, warrants or employee plans, not another company's shares or offer, not
a program ended or only recalled, not years of history, not buybacks of companies in general.
Periodic reports are left to the listed wordings, which date a purchase to the report's period, and
the reading counts only when no listed wording fits anywhere in the filing (`find`), so it never
replaces a better-told event or adds facts to one.
"""

from __future__ import annotations

import re

from bot.rules.buyback.patterns import (
    _CONTINGENT_RIGHT,
    _DEBT,
    _HABITUAL,
    _HEDGED,
    _NEGATION,
    _NO_ASSURANCE,
    _OTHER_PARTY,
    _REPORTED_WOULD,
    _WITHHOLD,
    _YEAR,
)
from bot.rules.buyback.sentences import (
    _EMPLOYEE_PLAN,
    _ENDING,
    _INTENT_COND,
    _NOT_PROGRAM,
    _ZERO_FIRST,
    _capital_only,
    _other_issuers_stock,
)
from bot.rules.numbers import has_foreign_money, iter_money, iter_percents, iter_shares
from bot.rules.regex import fast_compile

_F = re.I
_CUE = fast_compile(
    r"\brepurchas(?:e[ds]?|ing)\b|\bbuy-?\s?backs?\b|\bbought\s+back\b|\bbuying\s+back\b|\bbuys?\s+back\b"
    r"|\b(?:purchas\w+|acqui\w+)\s+(?:of\s+)?(?:[\w,.]+\s+){0,4}?(?:its|their|our)\s+own\s+(?:\w+\s+)?(?:shares|stock|ordinary|equity)\b"
    r"|\bshare\s+purchase\s+programm?e?\b|\bnormal\s+course\s+issuer\s+bid\b", _F)
# the company's own equity close to the buyback word
_OWN = fast_compile(r"\bshares?\b|\bstock\b(?!\s+exchange)|\bADSs?\b|\bADRs?\b|\bequity\b|\bshare\s+capital\b", _F)
# a verb of doing or deciding
_DONE = fast_compile(
    r"\b(?:repurchased|bought\s+back|purchased|acquired|authori[sz]ed|approved|announced|adopted|launched|commenced|completed|decided"
    r"|initiated|executed|resumed|renewed|extended|increased|expanded|spent|unveiled|started|began|resolved|agreed"
    r"|boosted|raised|doubled|topped\s+up|is\s+(?:buying|repurchasing)|has\s+(?:been\s+)?(?:buying|repurchasing))\b", _F)
_INTENT = fast_compile(r"\b(?:plans?|intends?|aims?|proposes?)\s+to\s+(?:\w+\s+)?(?:buy|repurchase|purchase|launch|start|acquire)\b"
                       # a headline: "Manulife to buy back up to 58 million shares"
                       r"|^\W*(?:[A-Z][\w.&'’-]*\s+){1,4}to\s+(?:buy\s+back|repurchase)\b"
                       # "said on Wednesday it would spend $2.5 billion to buy back its own stock"; "Anadarko To Spend $2.5B On
                       # Massive Share Buyback"
                       r"|\b(?:will|plans?\s+to|intends?\s+to|to)\s+spend\b(?:[^.;]|\.\d){0,40}?\b(?:to\s+(?:buy\s+back|repurchase)|on\s+(?:\w+\s+)?(?:share\s+|stock\s+)?buy-?\s?backs?)\b"
                       r"|\bwill\s+(?:\w+\s+)?(?:buy|repurchase|purchase|launch|start|acquire)\b|\bproposed\b", _F)
_SAID_WOULD = fast_compile(r"\b(?:said|announced|stated)(?:\s+on\s+\w+)?(?:\s+that)?\s+(?:it|the\s+company)\s+would\b", _F)
_EVENT_YEAR = fast_compile(r"\b(?:in|during|between|from|since)\s+((?:19|20)\d\d)\b", _F)
_TODAY = fast_compile(r"\b(?:today|yesterday|this\s+week|announces)\b", _F)
_NEWS_VOICE = fast_compile(r"\b(?:has|have)\s+(?:\w+\s+)?(?:resolved|authori[sz]ed|approved|adopted|decided|launched)\b", _F)
_EXECUTED = fast_compile(r"\b(?:repurchased|bought\s+back|purchased|acquired|completed|executed|spent)\b(?!\s+(?:by|at)\s+(?:the|a|its)\s+"
                         r"(?:board|annual|general|meeting|shareholders))", _F)
_AUTH = fast_compile(r"\bauthori[sz]|\bdecided\b|\bapprov|\badopt|\blaunch|\bprogram|\bplan\b|\bscheme\b|\bresum|\brenew|\bextend|\bincreas|\bexpand"
                     r"|\bresolv|\bresolution\b|\bmandate\b|\bboost|\braised?\b|\bdoubl|\btopped\s+up\b", _F)
_REFUSE = fast_compile(
    r"\brepurchase\s+(?:agreements?|obligations?|price)\b|\bsold\s+under\b|\b(?:right|option)\s+to\s+(?:re)?purchase\b"
    r"|\bobligat\w+\s+to\s+(?:re)?purchase\b|\brestricted\s+(?:stock|shares)\b|\bunvested\b|\bforfeit|\bpreferred\b|\bpreference\s+shares\b"
    r"|\bcompanies\b|\binvestors\b|\bS&P\s*500\b|\bcorporate\s+America\b|\bif\s+(?:the|we|it)\b|\bwhen\s+(?:we|it|the\s+company|market)\b"
    r"|\bno\s+(?:share|stock)\s+(?:re)?purchases?\b|\bhalt\w*|\bcancel(?:led|ed)\s+(?:the|its)\s+(?:buy|repurch)"
    r"|\bpreviously\s+(?:announced|authori[sz]ed|approved|disclosed)\b|\bbuy-?\s?back['’]s\b|\bto\s+be\s+(?:re)?purchased\b"
    r"|\b(?:over|in|during)\s+the\s+(?:last|past)\s+(?:several|few|\w+)\s+years\b|\bsince\s+(?:its\s+)?(?:inception|(?:19|20)\d\d)\b"
    r"|\bhistor(?:y|ical(?:ly)?)\b|\brecently\b|\binformation\b"
    # another entity's buyback (a subsidiary's, an investee's), or the company's stake in another's
    r"|\bsubsidiar\w*|\baffiliate\w*|\binvestees?\b|\bjoint\s+ventures?\b|[\w%]+-owned\b|\bheld\s+by\s+(?:the\s+company|us|it)\b"
    # a program recalled in a biography or a speech
    r"|\brecalled\b|\bjoined\b|\bin\s+the\s+past\b|\banalysts?\b|\bnoted\s+that\b"
    # a biography, a past told "at the time", employees' plans, inventory or a partner's stake bought back, market
    # share "bought back", shares cancelled after an earlier buyback (the 19th review)
    r"|\boversaw\b|\bpreviously\s+served\b|\bformer\s+employer\b|\bwhere\s+(?:he|she)\b|\bat\s+the\s+time\b"
    r"|\bemployees?\b|\binventor(?:y|ies)\b|\b(?:excess|surplus|unsold|obsolete)\s+stock\b|\bstake\b|\bmarket\s+share\b"
    r"|\bunsold\b|\bdealers?\b"
    r"|\b(?:cancels?|cancell?ed|cancell?ing|cancell?ation\s+of)\s+(?:\w+\s+){0,3}?(?:[\d,.]+\s+)?(?:repurchased|treasury|own)\b"
    r"|\b(?:already|previously)\s+(?:re)?purchased\b|\bno\s+(?:\w+\s+){0,2}?shares\b"
    # a general meeting's standing mandate, renewed each year, is no buyback ("The Annual General Meeting ...
    # renewed the authorization to repurchase own shares"; not a board acting under it)
    r"|\b(?:general\s+meeting|AGM|shareholders|stockholders)\s+(?:has\s+|have\s+|also\s+)?(?:approved|renewed|granted|authori[sz]ed)\b|\bexpects?\b|\bfrom\s+time\s+to\s+time\b|\bwarrants?\b|\boptions?\b|\bconvertible\b", _F)


def generic_buyback(s: str, ref_year: int | None, nxt: str = "") -> str | None:
    """The event type (`execution`, `authorization` or `intent`) a sentence of a release or a story
    tells in no listed wording, or None. `nxt` is the sentence after it."""
    s = _SAID_WOULD.sub(" will", s)  # reported speech is no hedge: "said on Monday it would buy back up to 10%"
    m = _CUE.search(s)
    if not m or len(s) > 600 or " | " in s:  # (not a table's cells)
        return None
    window = s[max(0, m.start() - 120) : m.end() + 120]
    intent = _INTENT.search(s)
    if not _OWN.search(window) or not (_DONE.search(s) or intent):
        return None
    if (_NEGATION.search(s) or _HEDGED.search(_REPORTED_WOULD.sub(" ", s)) or _DEBT.search(window) or _WITHHOLD.search(s)
            or _EMPLOYEE_PLAN.search(s) or _OTHER_PARTY.search(s[: m.start()] + " " + s[m.end() :]) or _REFUSE.search(s) or _ENDING.search(s)
            or _ZERO_FIRST.search(s) or _CONTINGENT_RIGHT.search(s) or _HABITUAL.search(s) or _NOT_PROGRAM.search(s)
            or _INTENT_COND.search(s) or _other_issuers_stock(s) or _capital_only(s) or _NO_ASSURANCE.match(nxt)):
        return None
    years = [int(y) for y in _YEAR.findall(s)]
    told = [int(y) for y in _EVENT_YEAR.findall(s)]  # the years the buyback is dated by ("in 2002-2004"), not a dateline's
    if years and ((ref_year and max(years) < ref_year - 1) or max(years) < max(map(int, _YEAR.findall(nxt)), default=0)
                  or (told and max(told) < max(ref_year or 0, *years) - 1)):
        return None  # a program or purchase from years before the release, or history told before later news
    if intent and not _DONE.search(s):
        return "intent"
    if _EXECUTED.search(s) or not _AUTH.search(s):
        return "execution"
    # an authorisation told as news: sized, dated by its own words ("today"), or in the news voice with
    # its year ("has resolved, pursuant to the authorisation granted by the Annual General Meeting held on
    # 5 June 2018"); not a program recalled ("On July 18, 2006, the Board ... authorized management to
    # establish a Stock Repurchase Program", "The Board has authorized a stock repurchase program.")
    if iter_money(s) or iter_shares(s) or iter_percents(s) or has_foreign_money(s) or _TODAY.search(s) or (
            years and _NEWS_VOICE.search(s)):
        return "authorization"
    return None

