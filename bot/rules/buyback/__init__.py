"""Buyback rule: an issuer buying back its own equity, announced or executed.

How it reads a filing (pure, no I/O):

1. Forms that are never the issuer's own buyback (`SC TO-T`, `SC 14D9`, ownership reports) give
   nothing. Only the primary document and EX-99 press releases are read (never contracts,
   XBRL or graphics).
2. A cheap keyword regex (repurchas / buy-back / tender offer / Dutch auction / Item 703
   heading) finds candidate lines; nothing else is looked at, so a 10 MB 10-K costs a regex scan.
   Hard-wrapped plain-text lines are joined back into paragraphs, then split into sentences.
3. Each candidate sentence is classified as one event type, or refused:
   - `tender`  issuer tender offer / modified Dutch auction (not a third party's offer);
   - `asr`     accelerated share repurchase agreement;
   - `private` negotiated block purchase from a named holder, estate or trust;
   - `authorization` board authorises / increases / announces a program, with an amount;
   - `execution` shares or dollars actually repurchased, with a number;
   - `returned` "returned $X to shareholders through dividends and share repurchases".
   Refused: debt, notes, warrants, receivables or "repurchase rights/options"; negations ("did
   not repurchase"); shares withheld or surrendered for taxes; hedged, forward-looking or
   risk-factor sentences without a stated event; third-party tender offers; in 10-K/10-Q
   reports, sentences dated more than a year before the reporting period (old programs), and
   narrative of completed purchases outside the report's Item 703 section ("Issuer Purchases of
   Equity Securities": financial-statement notes, share-capital histories) unless the sentence
   also states a dated authorisation.
4. The Reg S-K Item 703 table ("Issuer Purchases of Equity Securities") counts when its Total
   row shows purchases and the "as part of publicly announced plans" column is not zero
   (zero there means shares withheld for taxes only). A table reading "None" or all dashes
   is refused, and so is one whose notes say the whole total was withheld for taxes or that
   nothing was bought under a program.
5. One filing gives at most one finding: the strongest event is the evidence and the facts of
   all accepted sentences are merged (first value wins, strongest event first).

Severity ladder (documented for users):
- high: issuer tender offer / Dutch auction; accelerated share repurchase; any purchase or
  authorisation of >= 10% of shares outstanding; a private block purchase of >= 5%.
- medium: new or increased authorisation; a private block purchase; completed purchases
  announced in an 8-K or press release; any purchase of >= 5% of shares outstanding.
- low: routine execution reported in a 10-Q/10-K (its Item 703 table), or a press
  release only saying capital was returned through repurchases.

percent_of_outstanding: stated ("approximately 5% of outstanding shares") when the filing says
it; otherwise, when the filing gives the shares outstanding after the purchase,
shares / (shares + outstanding_after) * 100 (the count before the purchase is the count after
plus the shares bought), rounded to 2 decimals.

Layout: `patterns` (form filters, keyword and sentence regexes), `sentences` (paragraphs,
sentences, one sentence's event type and facts), `tables` (the Item 703 table), `periods`
(dating events against the report's period); this module walks the documents and decides.
"""

from __future__ import annotations

import bisect
import re
from datetime import date, timedelta
from typing import Any

from bot.models import Document, Filing, Finding, Kind
from bot.rules.buyback.facts import _NUMBER_FACTS, _extract, _extract_sentence, _merge, _same_count
from bot.rules.buyback.generic import generic_buyback
from bot.rules.buyback.hits import _hit_positions
from bot.rules.buyback.paragraphs import _Event, _is_table_row, _paragraphs, _sentences
from bot.rules.buyback.patterns import (
    _AGREEMENT_TO_BUY,
    _AUTH_VERB,
    _FORM_RE,
    _ITEM_HEAD,
    _KEY,
    _NOT_ISSUER_FORMS,
    _PERIODIC_FORMS,
    _PRIORITY,
    _PRIVATE,
    _READ_DOC,
    _YEAR,
    MAX_CANDIDATES,
)
from bot.rules.buyback.periods import (
    _ISSUER_TENDER_FORM,
    _drop_old_programs,
    _has_date,
    _in_period,
    _latest_date,
    _latest_year_end,
    _says_nothing_bought,
    _section_period,
    _subsequent_event,
    _tender_cover_event,
)
from bot.rules.buyback.present import _evidence, _severity, _title
from bot.rules.buyback.sentences import (
    _ACCEPTED_FOR,
    TREASURY_PURCHASE,
    _classify,
    purchase_words,
)
from bot.rules.buyback.tables import _line_numbers, _table_event
from bot.rules.buyback.transactions import transaction_table_event
from bot.rules.items import report_period
from bot.rules.numbers import iter_dates
from bot.rules.regex import fast_compile
from bot.rules.text import lowered, normalize_ws, sentence_at

# --- entry point ---------------------------------------------------------------------------------


def _form_of(filing: Filing) -> str:
    form = (filing.form or "").upper().strip()
    if form and form not in ("TEXT", "UNKNOWN"):
        return form
    doc = filing.primary
    if doc:
        m = _FORM_RE.search(doc.text[:5000])
        if m:
            return (m.group(1) or ("SC TO" if m.group(2).upper() == "TO" else "SC 14D9")).upper()
    return form


def _ref_year(filing: Filing) -> int | None:
    period = report_period(filing)
    if period:
        return period.year
    if filing.filed:
        return filing.filed.year
    return None


def _documents(filing: Filing) -> list[Document]:
    out = []
    for i, d in enumerate(filing.documents):
        if d.text.lstrip()[:1] == "<" and d.text.lstrip()[:5].lower() in ("<?xml", "<xbrl", "<link"):
            continue
        if i == 0 or _READ_DOC.match(d.type or ""):
            out.append(d)
    return out


_SELF = fast_compile(r"\b(?:we|our|the\s+company|the\s+corporation)\b", re.I)  # the company speaking of itself
_SECTION_703_WORDS = ("issuer purchases of equity", "purchases of equity securities by the issuer",
                      "unregistered sales of equity securities and use of proceeds",
                      "market for registrant", "market for the registrant")


def _sections(text: str, low: str) -> list[tuple[int, bool]]:
    """(line index, is the Item 703 section) of each item or issuer-purchases heading, from
    whole-text scans (no per-line work: a 10-K has ~100,000 lines). `low`: text lowered."""
    marks = [(p, False) for p in _item_heads(text, low)]
    for word in _SECTION_703_WORDS:
        pos = low.find(word)
        while pos >= 0:
            marks.append((pos, True))
            pos = low.find(word, pos + 1)
    marks.sort()
    out: dict[int, bool] = {}
    line = prev = 0
    for p, is_703 in marks:
        line += text.count("\n", prev, p)
        prev = p
        out[line] = out.get(line, False) or is_703
    return sorted(out.items())


_ITEM_NUMBER = fast_compile(r"[ \t]+\d")


def _item_heads(text: str, low: str) -> list[int]:
    """Line starts of the lines that `_ITEM_HEAD` matches ("Item 5.", "  ITEM 2 ..."): found from
    the occurrences of "item" in `low` rather than by trying the pattern at every line."""
    if len(low) != len(text):
        return [m.start() for m in _ITEM_HEAD.finditer(text)]
    out: list[int] = []
    i = low.find("item")
    while i >= 0:
        j = i
        while j and text[j - 1] in " \t":
            j -= 1
        if (j == 0 or text[j - 1] == "\n") and _ITEM_NUMBER.match(text, i + 4):
            out.append(j)
        i = low.find("item", i + 4)
    return out


def _annual_proxy(d: date | None, form: str) -> date | None:
    """An annual report's excerpt dated only by a date early in a year ("As of March 1, 1999,
    there were approximately 1,240 holders of record"): the record date follows the fiscal year,
    which ended with the year before."""
    if d is not None and form.upper().startswith(("10-K", "20-F", "40-F")) and d.month <= 4:
        return date(d.year - 1, 12, 31)
    return d


def _in_703(sections: list[tuple[int, bool]], idx: int) -> bool:
    """Line `idx` sits in a report's "Issuer Purchases of Equity Securities" section."""
    k = bisect.bisect_right(sections, (idx, True)) - 1
    return k >= 0 and sections[k][1]


# the short name a release gives its issuer: 'Shaw Communications Inc. ("Shaw") announced ...'
_DEFINED_NAME = fast_compile(r"\b([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,5})[,.]?\s*\(\s*(?:the\s+)?[\"“]"
                             r"([A-Z][\w&'’-]+(?:\s+[A-Z][\w&'’-]+){0,2})[\"”]")
_GENERIC_NAMES = frozenset({"company", "corporation", "registrant", "issuer", "bank", "trust", "fund", "partnership",
                            "holdings", "group", "parent", "buyer", "purchaser", "seller", "offeror", "bidder"})


def _issuer_alias(text: str) -> re.Pattern[str] | None:
    """The issuer's short name defined in a release's opening ('... Inc. ("Shaw")'), as a pattern,
    when it is the first word of the name before it; sentences are classified with it read as
    "the Company" ("Shaw purchased an aggregate of 6,100,000 Class B Non-Voting Shares")."""
    m = _DEFINED_NAME.search(text, 0, 3000)
    if not m:
        return None
    name, alias = m.group(1), m.group(2)
    if alias.lower() in _GENERIC_NAMES or not name.split()[0].startswith(alias.split()[0]):
        return None
    return re.compile(rf"\b{re.escape(alias)}(?=['’]s\b|\b)")


# a literal each of the candidate tests in _events needs (_KEY, purchase_words, TREASURY_PURCHASE,
# _AGREEMENT_TO_BUY, _ACCEPTED_FOR, "tendered"), lower case
_CUES = ("purchas", "buy", "bought", "tender", "dutch", "ncib", "redeem", "issuer bid", "own shares",
         "following number", "sold to", "acquire", "treasury", "accepted for")


def _events(doc: Document, periodic: bool, ref_year: int | None,
            lows: dict[int, str] | None = None) -> list[_Event]:
    text = doc.text
    lines = text.split("\n")
    alias = None if periodic else _issuer_alias(text)
    low = lowered(text)
    if lows is not None:
        lows[id(text)] = low
    hits = _hit_positions(text, low)
    if not hits:
        return []
    hit_lines = _line_numbers(text, hits)
    events: list[_Event] = []
    sections: list[tuple[int, bool]] | None = None  # computed on first need
    seen_to = -1
    candidates = 0
    for idx in hit_lines:
        if idx <= seen_to:
            continue
        candidates += 1
        if candidates > MAX_CANDIDATES:
            break
        para, start, end = _paragraphs(lines, idx)
        seen_to = end
        sents = _sentences(para)
        read = [alias.sub("the Company", x) for x in sents] if alias else sents  # (as classified)
        follow: list[str] | None = None  # the next paragraph's first sentences, on first need
        for k, s in enumerate(read):
            low_s = s.lower()
            if not any(w in low_s for w in _CUES):
                continue  # (every pattern below needs one of these words: a cheap test first)
            if not _KEY.search(s) and not purchase_words(s) and not (
                    "treasury" in s.lower() and TREASURY_PURCHASE.search(s)) and not _AGREEMENT_TO_BUY.search(s) and not (
                    "ccepted for" in s and _ACCEPTED_FOR.search(s)) and "tendered" not in s:
                continue
            told = sents[k]  # the words quoted (the alias left as written)
            if ";" in s:  # the clause that states the purchase is the event's sentence
                i = next((i for i, c in enumerate(s.split(";")) if _classify(c, periodic, ref_year)), None)
                if i is not None:
                    s, told = s.split(";")[i].strip(), told.split(";")[i].strip()
            tail = sents[k + 1 : k + 3]
            if len(tail) < 2:  # a paragraph's last sentence goes on in the next paragraph
                if follow is None:
                    follow = _following(lines, end)
                tail += follow[: 2 - len(tail)]
            kind = _classify(s, periodic, ref_year, tail[0] if tail else "",
                             prior_tender=any(e.type == "tender" for e in events),
                             prev=" ".join(read[max(0, k - 2) : k])
                             + (" " + " ".join(lines[max(0, start - 4) : start]) if k < 2 else ""),
                             nxt2=tail[1] if len(tail) > 1 else "")
            generic = False
            if kind is None and not periodic:
                kind = generic_buyback(s, ref_year, tail[0] if tail else "")
                generic = kind is not None
            if kind is None:
                continue
            ctx = sents[k] if generic else " ".join([sents[k], *tail])  # (a general reading's facts: its own sentence's)
            if kind == "execution" and _PRIVATE.search(ctx):
                kind = "private"
            # (a purchase told with its program's authorisation is dated by it; not "Under this publicly
            # announced plan, we repurchased 1.5 million shares ... during the year ended December 31, 2015")
            if kind == "execution" and periodic and not (_AUTH_VERB.search(_PUBLICLY_ANNOUNCED.sub(" ", s)) and _YEAR.search(s)):
                if sections is None:
                    sections = _sections(text, low)
                if not _in_703(sections, idx):
                    # past purchases told in notes or histories: kept only when the sentence
                    # dates them in the report's own period (see _in_period)
                    events.append(_Event(kind, told, ctx, doc, note=True))  # facts once kept
                    continue
            ev = _Event(kind, told, ctx, doc, prev=sents[k - 1] if k else "", generic=generic)
            ev.facts = _extract(ev)
            events.append(ev)
    table = _table_event(doc, lines, text, low, periodic)
    if table:
        events.append(table)
    return events


# a paragraph that goes on about the same buyback (its program, the purchase, the offer)
_SAME_SUBJECT = fast_compile(r"purchas|buy-?back|bought|tender|program|authori[sz]|\bplan\b", re.I)


def _following(lines: list[str], end: int) -> list[str]:
    """The first sentences of the paragraph after line `end`, unless it is a table or a new item
    ("HIBBETT ANNOUNCES ... expansion of their 2015 Stock Repurchase Program." / "On May 26, 2021,
    the Board ... authorized the expansion of its existing Program by $500.0 million ...")."""
    if end + 1 >= len(lines) or _is_table_row(lines[end + 1]) or _ITEM_HEAD.match(lines[end + 1]):
        return []
    out = []
    for s in _sentences(_paragraphs(lines, end + 1)[0])[:2]:
        if not _SAME_SUBJECT.search(s):
            break  # another subject (an acquisition, a preferred redemption): not this event's figures
        out.append(s)
    return out



_TOLD_AGAIN = frozenset({"authorization", "asr"})  # not purchases: "nothing" may be another period's


def _section_texts(docs: list[Document], lows: dict[int, str]) -> list[str]:
    """The text of each Item 703 section ("Issuer Purchases of Equity Securities" to the next
    item heading, at most 6,000 characters when none follows). `lows`: lowered texts by id."""
    out = []
    for doc in docs:
        text = doc.text
        low = lows.get(id(text)) or lowered(text)
        for word in _SECTION_703_WORDS[:3]:
            pos = low.find(word)
            if pos < 0:
                continue
            eol = text.find("\n", pos)
            nxt = _ITEM_HEAD.search(text, eol + 1) if eol >= 0 else None
            out.append(text[pos : nxt.start() if nxt else pos + 6000])
    return out



def find(filing: Filing) -> list[Finding]:
    """At most one buyback finding per filing (see the module docstring)."""
    form = _form_of(filing)
    if _NOT_ISSUER_FORMS.match(form):
        return []
    periodic = bool(_PERIODIC_FORMS.match(form))
    docs = _documents(filing)
    period = report_period(filing) if periodic else None
    sections: list[str] | None = None
    lows: dict[int, str] = {}
    if periodic and period is None:  # an excerpt with no header or cover: its section dates it
        sections = _section_texts(docs, lows)
        period = _section_period(sections)
    ref_year = _ref_year(filing) or (period.year if period else None)
    if periodic and ref_year is None:  # an excerpt of a note: its latest full date dates it
        latest = _latest_date(docs)
        ref_year = latest.year if latest else None
    events: list[_Event] = []
    for doc in docs:
        events.extend(_events(doc, periodic, ref_year, lows))
        if not periodic and (table := transaction_table_event(doc)) is not None:
            events.append(table)  # a foreign issuer's own-share transactions, as a table
    if any(not e.generic for e in events):
        events = [e for e in events if not e.generic]  # the general reading only when nothing listed fits
    if all(e.generic for e in events) and _ISSUER_TENDER_FORM.match(form):
        cover = _tender_cover_event(docs)
        if cover is not None:
            events = [cover]
    if periodic and any(e.note for e in events):
        proxy = period is None  # an excerpt: the latest date it mentions stands in for the period
        when = period or _latest_date(docs)
        by_year = when is None  # (only years named: "We repurchased ... in fiscal 2021", said of the company itself)
        when = when or _latest_year_end(docs)
        # (a fiscal year not ending in December: "The Company's fiscal year ends on June 30" names no
        # calendar quarters)
        fiscal = " fiscal" if any(_NON_CALENDAR_FY.search(d.text, 0, 50_000) for d in docs[:2]) else ""
        events = [e for e in events if not e.note or (_in_period(e.sentence, when, form, proxy, e.context + fiscal)
                                                       and not (by_year and (not _SELF.search(e.sentence)
                                                                             or "subsidiar" in e.sentence.lower())))]
        if proxy and when is not None and form.startswith("10-Q"):
            events = _latest_told(events, when)
        for e in events:
            if e.note:
                e.facts = _extract(e)
    if periodic and any(e.type == "tender" for e in events):
        # a tender offer the report recalls from an earlier period ("During the first quarter of
        # 2011, we commenced a tender offer ..." in a 10-Q for the quarter ended March 31, 2012)
        told_when = period or _latest_date(docs)
        if told_when is not None:
            # (dated by the sentence before when it gives no date: "In 2011, we completed a modified
            # Dutch auction tender offer. Under the tender offer, we repurchased 1,250,000 shares")
            events = [e for e in events if e.type != "tender" or not (dated := _tender_date_text(e))
                      or _in_period(dated, told_when, form, period is None)]
    if periodic and events:
        # an excerpt: dated by the balance or period date it gives ("As of September 30, 2020")
        events = _drop_old_programs(events, period or _annual_proxy(_latest_date(docs, marked_only=True), form), form)
        if sections is None:
            sections = _section_texts(docs, lows)
        if any(e.type in _TOLD_AGAIN for e in events) and _says_nothing_bought(
                sections or [doc.text[:20_000] for doc in docs[:1]] if period is None else sections):
            # a program (or an accelerated repurchase) the report recalls while saying nothing
            # was bought: no news (unless authorised after the period: "11. Subsequent Events
            # ... In July 2023, ...")
            events = [e for e in events if e.type not in _TOLD_AGAIN or _subsequent_event(e, period)]
    if not events:
        return []
    # strongest event first; among equals, the one carrying most numbers, then document order
    order = {id(e): i for i, e in enumerate(events)}
    # (a program's total to date gives way to the period's own purchases: "This completes the Company's
    # $100 million authorization with over 3,716,000 shares repurchased" after "purchased during the
    # quarter approximately 2,079,000 shares")
    told_total = {id(e): e.type == "execution" and _PROGRAM_TOTAL.search(e.sentence) is not None for e in events}
    period_told = any(e.type == "execution" and not told_total[id(e)] and e.facts.get("shares") for e in events)
    if period_told:
        events = [e for e in events if not told_total[id(e)]]
    events.sort(key=lambda e: (-_PRIORITY[e.type], -len(e.facts), order[id(e)]))
    top = (_PRIORITY[events[0].type], len(events[0].facts))
    tied = [e for e in events if (_PRIORITY[e.type], len(e.facts)) == top]
    if len(tied) > 1:  # a sentence stating its own numbers before one lent them by its neighbours
        first = next((e for e in tied if _own_numbers(e)), tied[0])
        events.remove(first)
        events.insert(0, first)
    table = next((e for e in events if e.type == "table"), None)
    if table is not None and periodic and table.facts.get("shares") and events[0].type == "tender":
        events = _table_over_recalled_tender(events, table, period or _latest_date(docs), form, period is None)
    if table is not None and events[0].type == "execution":
        told = _extract_sentence(events[0].sentence, "execution").get("shares")
        if told and told < table.facts.get("shares", 0) / 2:
            # the Item 703 table's total over a sentence telling a small part of it ("approximately
            # 20,000 shares" bought for employee awards): the table leads (and its count is used
            # also under a sentence telling most of it, see _merge)
            events.remove(table)
            events.insert(0, table)
    facts = _merge(events)
    if not periodic and facts.get("shares") and "price_per_share" not in facts:
        _price_told_elsewhere(docs, primary_sentence=events[0].sentence, facts=facts)
    primary = events[0]
    return [
        Finding(
            kind=Kind.BUYBACK,
            severity=_severity(primary.type, facts, periodic),
            title=_title(primary.type, facts),
            evidence=_evidence(primary),
            facts=facts,
            document=primary.doc.filename or primary.doc.type,
        )
    ]


def _tender_date_text(ev: _Event) -> str:
    """The sentence that dates a tender offer: its own, else the one before it, else none."""
    return ev.sentence if _has_date(ev.sentence) else ev.prev if _has_date(ev.prev) else ""


_NON_CALENDAR_FY = fast_compile(r"\bfiscal\s+year\s+(?:ends|ended|ending|end)\s+(?:on\s+)?(?:the\s+(?:last|first)\s+\w+\s+(?:of|in)\s+)?"
                               r"(?!December)(?:January|February|March|April|May|June|July|August|September|October|November)\b", re.I)
_PROGRAM_TOTAL = fast_compile(r"^\W*this\s+complet\w*\s+(?:the\s+|its\s+)?(?:company['’]s\s+)?(?:\$?[\d.,]+\s+(?:million\s+|billion\s+)?)?"
                            r"(?:share\s+|stock\s+)?(?:repurchase\s+)?(?:authori[sz]ation|program)\s+with\b", re.I)
_PUBLICLY_ANNOUNCED = fast_compile(r"\bpublicly\s+announced\b", re.I)


def _latest_told(events: list[_Event], when: date) -> list[_Event]:
    """An excerpt dated only by what it says: when one note tells the purchases of the period that
    dates it ("During the three month period ended December 31, 2011, we repurchased approximately
    0.2 million shares"), the ones told of an earlier quarter ("... ended September 30, 2011, we
    substantially completed the stock repurchase program by acquiring approximately 0.7 million
    shares") are history."""
    latest = {id(e): max((d for d, _s, _e in iter_dates(e.sentence)), default=None) for e in events}
    if not any(latest[id(e)] == when for e in events if e.type == "execution"):
        return events
    early = when - timedelta(days=45)
    return [e for e in events if not e.note or latest[id(e)] is None or latest[id(e)] >= early]


def _table_over_recalled_tender(events: list[_Event], table: _Event, when: date | None, form: str,
                                proxy: bool) -> list[_Event]:
    """A tender offer the report recalls ("Under the tender offer, we repurchased approximately
    155 million shares ...", completed two years before) beside the period's own table is not the
    period's event, nor its program: dropped unless dated in the period or its count fits in the
    table's total (a tender in the period is part of it). The table then leads, quoted by the
    sentence that tells its total ("During the third quarter of fiscal year 2008, we repurchased
    30 million shares for $1.0 billion") when there is one."""
    total = table.facts["shares"]

    def fits(e: _Event) -> bool:
        count = _extract_sentence(e.sentence, "tender").get("shares")
        if not (count and (count <= total or _same_count(count, total))):
            return False
        # ("In 2022, we completed a modified Dutch auction tender offer. Under the tender offer, we
        # repurchased 1,000,000 shares ...": dated by the sentence before it, out of the period)
        return _has_date(e.sentence) or not _has_date(e.prev) or _in_period(e.prev, when, form, proxy)

    events = [e for e in events if e.type != "tender" or _in_period(e.sentence, when, form, proxy) or fits(e)]
    if events[0].type == "tender":
        return events
    told = next((e for e in events if e.type == "execution"
                 and _same_count(_extract_sentence(e.sentence, "execution").get("shares"), total)), None)
    first = [told, table] if told is not None else [table]
    return first + [e for e in events if e is not told and e is not table]


def _price_told_elsewhere(docs: list[Document], primary_sentence: str, facts: dict[str, Any]) -> None:
    """A release's headline gives the count ("Has Repurchased 747,696 Common Shares in the Current
    Quarter") and its body the price for the same count ("REX has purchased 747,696 shares (at an
    average price of approximately $16.78 per share)"): take the price from the sentence stating
    the same count."""
    count = f"{int(facts['shares']):,}"
    for doc in docs:
        at = doc.text.find(count)
        while at >= 0:
            s = sentence_at(doc.text, at)
            if s != normalize_ws(primary_sentence) and not _DIVIDEND.search(s):
                more = _extract_sentence(s, "execution")
                if more.get("shares") == facts["shares"] and "price_per_share" in more:
                    facts["price_per_share"] = more["price_per_share"]
                    facts.setdefault("amount_usd", more.get("amount_usd", round(facts["shares"] * more["price_per_share"], 2)))
                    return
            at = doc.text.find(count, at + len(count))


_DIVIDEND = fast_compile(r"\bdividend", re.I)


def _own_numbers(ev: _Event) -> bool:
    return bool(_extract_sentence(ev.sentence, ev.type).keys() & _NUMBER_FACTS)
