"""Buyback rule: dating events against the report's period (old programs, subsequent events)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot.models import Document
from bot.rules.buyback.facts import _extract
from bot.rules.buyback.paragraphs import _Event
from bot.rules.buyback.patterns import _MONTH_YEAR, _MONTHS, _OTHER_PARTY
from bot.rules.numbers import (
    iter_dates,
)
from bot.rules.regex import fast_compile
from bot.rules.text import clip, normalize_ws


def _subsequent_event(ev: _Event, period: date | None = None) -> bool:
    if period is not None:  # (not its expiry: "over a four-year period expiring in February 2026")
        dates = _own_dates(ev.sentence)
        return bool(dates) and max(dates) > period
    pos = ev.doc.text.find(ev.sentence[:80])
    head = ev.doc.text[max(0, pos - 400) : max(0, pos)] if pos >= 0 else ""
    return bool(re.search(r"subsequent\s+events?|subsequent\s+to\s+(?:the\s+)?(?:end\s+of|period|quarter)",
                          head + " " + ev.sentence, re.I))


def _section_period(sections: list[str]) -> date | None:
    """For a report without a header or cover (an excerpt): the latest date its Item 703
    section mentions ("At July 1, 2023, $1.00 billion was available"; the table's last month)
    stands in for the period's end."""
    # (not a program's expiry: "The program expires September 30, 2013")
    dates = [d for section in sections for d, st, _e in iter_dates(section)
             if not _EXPIRY_BEFORE.search(section, max(0, st - 30), st)]
    return max(dates) if dates else None


_NOTHING_BOUGHT = fast_compile(
    r"\b(?:did|have|has|had)\s+not\s+(?:re)?purchased?\s+any\s+(?:shares|stock|common|equity)"
    r"|\bno\s+(?:share\s+|stock\s+)?repurchase\s+activity|\bno\s+shares\s+(?:of\s+\w+\s+)?(?:\w+\s+)?"
    r"(?:were|have\s+been)\s+(?:re)?purchased|\bno\s+(?:share\s+|stock\s+)?repurchases\s+(?:occurred|were\s+made)"
    # "In accordance with the Merger Agreement with Capital One, share repurchases have been paused through the completion
    # of the merger" (Discover, 10-Q 2024)
    r"|\b(?:share|stock)\s+repurchases\s+(?:have\s+been|had\s+been|were|are|remain)\s+(?:paused|suspended|halted)\b(?![^.]{0,60}\bresum)", re.I)


def _says_nothing_bought(sections: list[str]) -> bool:
    """The report's Item 703 section says no shares were bought in the period ("During the
    year ended December 31, 2023, we did not repurchase any shares ... under the Program")."""
    for section in sections:
        for m in _NOTHING_BOUGHT.finditer(section):
            tail = section[m.end() : m.end() + 200].split(".")[0]
            if not re.search(r"\bother\s+than\b|\bexcept\b", tail, re.I):
                return True
    return False




_ISSUER_TENDER_FORM = fast_compile(r"^SC\s*(?:TO-I|13E-?4F?)\b", re.I)
# (the defined term "the Offer": a Schedule TO-I's summary term sheet, "If the Offer is fully subscribed
# and we purchase all 5,714,285 Shares ...")
_COVER_OFFER = fast_compile(r"offer(?:ing|s)?\s+to\s+purchase|tender\s+offer|to\s+tender\s+shares|(?-i:\bthe\s+Offer\b)", re.I)
_COVER_COUNT = fast_compile(r"\b(?:purchase|buy|acquire)\s+(?:all\s+|up\s+to\s+)?(?:the\s+)?\d{1,3}(?:,\d{3})+\s+(?:of\s+(?:its|our|the)\s+)?(?:\w+\s+)?Shares\b")
_COVER_NOT_SHARES = fast_compile(
    r"\b(?:options?\s+to\s+purchase|eligible\s+options|(?:offer|right)\s+to\s+exchange|exchange\s+offer"
    r"|warrants|(?:senior|convertible|subordinated|exchangeable)\s+notes|the\s+notes|debentures?"
    r"|principal\s+amount|debt\s+securities|put\s+right)\b", re.I)
_COVER_EQUITY = fast_compile(r"\bshares\b|american\s+depositary", re.I)


def _tender_cover_event(docs: list[Document]) -> _Event | None:
    """An issuer tender offer's own document (a Schedule TO-I exhibit such as the letter of
    transmittal) that no sentence describes: its cover names the offer and the shares sought
    ("... Pursuant to the Offer to Purchase for Cash ... by SAVIENT PHARMACEUTICALS, INC. of Up
    to 10,000,000 Shares of its Common Stock ..."). Offers for notes or warrants are not buybacks."""
    for doc in docs[:3]:
        head = doc.text[:6000]
        if _COVER_NOT_SHARES.search(head[:4000]):
            continue  # an exchange of options, or an offer for notes or warrants
        paras = head.split("\n")
        found = [i for i, para in enumerate(paras)
                 if _COVER_OFFER.search(para) and _COVER_EQUITY.search(para) and len(para) >= 60
                 and not _OTHER_PARTY.search(para)]
        # (the paragraph that counts the shares sought, when one does)
        if not found:
            continue
        i = next((i for i in found if _COVER_COUNT.search(paras[i])), found[0])
        para = paras[i]
        # the terms may follow in the next paragraph ("The Offer is for cash at a purchase price
        # equal to $10.34 per Share")
        nxt = paras[i + 1] if i + 1 < len(paras) and " | " not in paras[i + 1] else ""
        ev = _Event("tender", clip(normalize_ws(para)), normalize_ws(f"{para} {nxt}"), doc)
        ev.facts = _extract(ev)
        ev.facts["program"] = "tender_offer"
        return ev
    return None


# (a list of years too: "During 2011, 2012 and 2013, the Company repurchased 17,179, 8,107 and 12,266 shares")
_PERIOD_YEAR = fast_compile(r"\b(?:quarter\s+of|fiscal(?:\s+year)?|during|in)\s+((?:19|20)\d\d(?:(?:,\s*|,?\s+and\s+)(?:19|20)\d\d)*)\b", re.I)
_FISCAL_NAMED = fast_compile(r"\bfiscal\s+(?:year\s+)?((?:19|20)\d\d)\b", re.I)
_PERIOD_END = fast_compile(r"\b(?:months|quarter|year|period)\s+ended\s*$", re.I)
_SUBSEQUENT = fast_compile(r"\bsubsequent\s+to\b|\bafter\s+(?:the\s+)?(?:end\s+of\s+the\s+)?(?:fiscal\s+)?"
                         r"(?:quarter|period|year)", re.I)


_AS_OF_BEFORE = fast_compile(r"\b(?:ended|as\s+of|at)\s*$", re.I)


def _latest_date(docs: list[Document], marked_only: bool = False) -> date | None:
    """An excerpt's stand-in for its period: the latest date it gives as a balance or period
    date ("As of October 1, 2011, we had ..."), else (unless `marked_only`) the latest date at
    all."""
    found = [(d, doc.text[max(0, start - 20) : start]) for doc in docs[:3]
             for d, start, _e in iter_dates(doc.text[:30_000])]
    marked = [d for d, head in found if _AS_OF_BEFORE.search(head)]
    if marked:
        return max(marked)
    return None if marked_only else max((d for d, _h in found), default=None)


def _latest_year_end(docs: list[Document]) -> date | None:
    """An excerpt that gives no full date at all ("We repurchased 14.7 million shares ... in fiscal
    2021 and 9.8 million shares ... in fiscal 2020"): the end of the latest year it names."""
    years = [int(y) for doc in docs[:3] for told in _PERIOD_YEAR.findall(doc.text[:30_000]) for y in re.findall(r"(?:19|20)\d\d", told)]
    return date(max(years), 12, 31) if years else None


_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
# a calendar quarter ("the first quarter of 2011"), not a fiscal one ("... of fiscal 2011")
_CALENDAR_QUARTER = fast_compile(r"\b(first|second|third|fourth)\s+quarter\s+of\s+((?:19|20)\d\d)\b", re.I)


_UNDATED_QUARTERS = fast_compile(
    r"\b(?:during|in)\s+the\s+((?:(?:first|second|third|fourth)(?:\s*,\s*|\s+and\s+|\s+))+)quarters?\b"
    r"(?!\s+(?:of\b|last\s+year|(?:of\s+)?(?:the\s+)?(?:prior|previous|preceding)\s+(?:fiscal\s+)?year))", re.I)


def _quarter_end(year: int, quarter: int) -> date:
    return date(year, 3 * quarter, 30 if quarter in (2, 3) else 31)


def _has_date(sentence: str) -> bool:
    """The sentence gives a date, a month and year, or a year ("In 2022", "fiscal 2023")."""
    return bool(next(iter(iter_dates(sentence)), None) or _MONTH_YEAR.search(sentence)
                or _PERIOD_YEAR.search(sentence))


def _in_period(sentence: str, period: date | None, form: str, proxy: bool = False, around: str = "") -> bool:
    """A purchase told outside Item 703 ("During the three months ended June 30, 2022, the
    Company repurchased ...", "Subsequent to the fiscal period ended November 30, 2019, the
    Company repurchased ...") counts when it is dated in the report's period or just after it;
    comparatives ("... ended June 30, 2021") and histories do not. With only a `proxy` period
    (the latest date an excerpt mentions), any date in the year or quarter before it counts."""
    if period is None:
        return False
    dates = [(d, start) for d, start, _e in iter_dates(sentence)]
    if not dates:  # "In February 2016, ... we entered into an accelerated share repurchase"
        dates = [(date(int(y), _MONTHS[m[:3].lower()], 15), mm.start())
                 for mm in _MONTH_YEAR.finditer(sentence) for m, y in [mm.groups()]]
    if not dates:  # "During the first quarter of 2011": a calendar quarter, dated by its end
        dates = [(_quarter_end(int(y), _QUARTERS[q.lower()]), mm.start()) for mm in _CALENDAR_QUARTER.finditer(sentence)
                 for q, y in [mm.groups()]]
        if dates and not any(abs((d - period).days) <= 100 for d, _s in dates):
            return False  # (a wide window: a fiscal quarter may be named so too)
        dates = []
    if not dates and not form.startswith(("10-K", "20-F", "40-F")) and not _PERIOD_YEAR.search(sentence):
        # "During the second and third quarter, the Company acquired 62,000 shares ..." (a 10-Q for the
        # quarter ended September 30, 2000): the quarters of the current year, the period's among them
        named = _UNDATED_QUARTERS.search(sentence)
        if named and "fiscal" not in sentence.lower() and "fiscal" not in around.lower():  # (calendar quarters only)
            return (period.month - 1) // 3 + 1 in {_QUARTERS[q.lower()] for q in re.findall(r"first|second|third|fourth", named.group(1), re.I)}
    if not dates:  # "During the third quarter of 2011", "in fiscal 2023": the period's year
        years = {int(y) for told in _PERIOD_YEAR.findall(sentence) for y in re.findall(r"(?:19|20)\d\d", told)}
        # a fiscal year is named by the calendar year it ends in: a 10-Q for the quarter ended
        # December 31, 2006 tells "During the second quarter of fiscal year 2007, we repurchased"
        fiscal = {int(y) for y in _FISCAL_NAMED.findall(sentence)}
        quarterly = not form.startswith(("10-K", "20-F", "40-F"))
        if (quarterly and fiscal and max(fiscal) <= period.year
                and re.search(rf"\bquarter\s+of\s+fiscal\s+(?:year\s+)?{period.year + 1}\b", around, re.I)):
            return False  # "During fiscal 2006, we repurchased ..." beside "the first quarter of fiscal 2007"
        ahead = quarterly and period.year + 1 in fiscal
        return period.year in years or ahead or (proxy and period.year - 1 in years)
    annual = form.startswith(("10-K", "20-F", "40-F"))
    first = period - timedelta(days=364 if annual else 100)  # not the prior year's last days
    for d, start in dates:
        head = sentence[max(0, start - 40) : start]
        if _PERIOD_END.search(head) and not proxy:
            if d == period or (_SUBSEQUENT.search(sentence[: start]) and abs((d - period).days) < 5):
                return True
            continue
        if first <= d <= period + timedelta(days=75):
            return True
    return False


_IN_YEAR = fast_compile(r"\b(?:in|during)\s+((?:19|20)\d\d)\b", re.I)


# the program's own dates, not its expiry ("to expire on January 25, 2026", "with an expiration of
# June 30, 2011") nor a period's end
# ("12 Months Ended Jun. 30, 2019 In April 1995, the Board ... approved")
_EXPIRY_BEFORE = fast_compile(r"(?:expir\w*(?:\s+date)?(?:\s+of)?|through|until|terminat\w*|end(?:s|ing|ed)?)\s+(?:on\s+|in\s+)?$", re.I)


def _own_dates(sentence: str) -> list[date]:
    """The dates a sentence gives (full dates, else months) other than an expiry ("to expire on
    January 25, 2026", "expiring in February 2026")."""
    dates = [d for d, st, _e in iter_dates(sentence) if not _EXPIRY_BEFORE.search(sentence, max(0, st - 30), st)]
    return dates or [date(int(mm.group(2)), _MONTHS[mm.group(1)[:3].lower()], 1) for mm in _MONTH_YEAR.finditer(sentence)
                     if not _EXPIRY_BEFORE.search(sentence, max(0, mm.start() - 30), mm.start())]


def _drop_old_programs(events: list[_Event], period: date | None, form: str) -> list[_Event]:
    """A report restating a program authorised before its period ("On November 10, 2022, the
    Board authorized ..." in a 10-Q for the quarter ended July 1, 2023) is not news."""
    if period is None:
        return events
    start = period - timedelta(days=100)
    out = []
    for ev in events:
        # the program's own dates, not its expiry ("to expire on January 25, 2026")
        dates = _own_dates(ev.sentence) if ev.type == "authorization" else []  # (or "In August 2023, our Board ...")
        if ev.type == "authorization" and not dates:  # "In 2022, the Board authorized ..."
            dates = [date(int(y), 12, 31) for y in _IN_YEAR.findall(ev.sentence)]
        if dates and max(dates) < start:
            continue
        if ev.type in _DATED_PURCHASES and not ev.note and _before_period(ev.sentence, period, form):
            continue  # Item 5 telling last year's purchases: "During fiscal 2022, the Company repurchased"
        out.append(ev)
    return out


_DATED_PURCHASES = frozenset({"execution", "private", "tender", "asr", "returned"})
_FISCAL_YEAR = fast_compile(r"\b(?:fiscal(?:\s+year)?|during|in)\s+((?:19|20)\d\d)\b", re.I)


def _before_period(sentence: str, period: date, form: str) -> bool:
    """Every date or year the sentence gives falls before the report's period (a prior year's
    purchases told as a comparative); False when it gives none."""
    dates = [d for d, _s, _e in iter_dates(sentence)]
    if dates:
        annual = form.startswith(("10-K", "20-F", "40-F"))
        return max(dates) < period - timedelta(days=364 if annual else 100)
    years = {int(y) for y in _FISCAL_YEAR.findall(sentence)}
    # a fiscal year is named by the calendar year in which it ends, except the 52-53 week years
    # ending in January or early February, which retailers name by the year they begin
    named = period.year - 1 if period.month == 1 or (period.month == 2 and period.day <= 10) else period.year
    return bool(years) and max(years) < named
