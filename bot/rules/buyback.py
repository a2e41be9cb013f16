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
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from bot.fmt import money
from bot.models import Document, Filing, Finding, Kind, Severity
from bot.rules.items import report_period
from bot.rules.numbers import (
    Match,
    has_foreign_money,
    iter_dates,
    iter_money,
    iter_percents,
    iter_shares,
    parse_cell,
)
from bot.rules.text import clip, lower_fast, normalize_ws

# --- filters -------------------------------------------------------------------------------

_NOT_ISSUER_FORMS = re.compile(
    r"^(SC\s*TO-T|SC\s*14D-?9|SC\s*14D1|SC\s*13[DG]|3|4|5|144|S-8|11-K|13F)", re.I
)
_PERIODIC_FORMS = re.compile(r"^(10-K|10-Q|10-KSB|10-QSB|10-KT|20-F|40-F|N-CSR)", re.I)
_READ_DOC = re.compile(r"^(EX-99|EX-20|8-K|10-|20-F|40-F|6-K|SC\s*TO|SC\s*13E|TEXT|DEF|425)", re.I)

_KEY = re.compile(
    r"repurchas|buy-?backs?|bought\s+back|tender\s+offer|dutch\s+auction|self-tender"
    r"|purchases\s+of\s+equity\s+securities|total\s+number\s+of\s+shares\s+purchased|redeemed|buying\s+back"
    r"|intends?\s+to\s+(?:re)?purchase|issuer\s+bid|own\s+shares|following\s+number\s+of\s+its"
    r"|market\s+purchases?\s+of|sold\s+to\s+the\s+(?:company|corporation|registrant)"
    r"|\b(?:company|we|corporation)\s+(?:also\s+)?purchased\s+(?:and\s+cancell?ed\s+)?(?:a\s+total\s+of\s+|an\s+aggregate\s+of\s+)?\d"
    r"|purchased\s+(?:an\s+aggregate\s+of\s+|a\s+total\s+of\s+)?[\d,.]+\s+(?:million\s+)?(?:of\s+its\s+"
    r"(?:own\s+)?|shares\s+of\s+(?:its|the\s+company['’]s)\s+(?:own\s+)?)",
    re.I,
)
# the same keywords for a case-sensitive scan of lower-cased text (much faster on big filings)
_KEY_LOWER = re.compile(
    r"repurchas|buy-?back|bought\s+back|tender\s+offer|dutch\s+auction|self-tender"
    r"|purchases\s+of\s+equity\s+securities|total\s+number\s+of\s+shares\s+purchased|redeemed"
)

_EQUITY = re.compile(
    r"\b(common\s+(?:stock|shares|units)|ordinary\s+shares|capital\s+stock|class\s+[abc]\b"
    r"|(?:its|our|the\s+company['’]s)\s+(?:own\s+)?(?:outstanding\s+)?(?:registered\s+|bearer\s+)?"
    r"(?:shares|stock|equity)|own\s+shares"
    r"|share\s+repurchase|stock\s+repurchase|equity\s+securities|shares?\s+buy-?back|stock\s+buy-?back"
    r"|adss?\b|american\s+depositary|\d[\d,.]*\s*(?:million\s+|thousand\s+)?shares|shares\s+of\b|buy-?back\s+program"
    r"|repurchase\s+program|repurchase\s+plan|repurchase\s+authori[sz]ation)",
    re.I,
)
_DEBT = re.compile(
    r"\b(notes?|debentures?|bonds?|indebtedness|loans?|warrants?|receivables?|vehicles?"
    r"|mortgages?|debt\s+securities|principal\s+amount|securities\s+sold\s+under|(?<!share\s)(?<!stock\s)repurchase\s+agreements?|reverse\s+repurchase"
    r"|repurchase\s+(?:rights?|options?|obligations?|price|date|event)|right\s+of\s+repurchase"
    r"|holders?\s+may\s+require|change\s+of\s+control|fundamental\s+change|preferred\s+securities"
    r"|trust\s+preferred|convertible)\b",
    re.I,
)
_NEGATION = re.compile(
    r"\b(did\s+not|does\s+not|has\s+not|have\s+not|had\s+not|not\s+repurchase|no\s+(?:shares|stock|repurchases?|purchases)"
    r"|were\s+no|there\s+were\s+no|nor\s+did|not\s+make\s+any|neither|none\s+of)\b",
    re.I,
)
_WITHHOLD = re.compile(
    r"\b(withh[eo]ld|withholding|surrender(?:ed)?|net\s+settle|to\s+satisfy\s+(?:the\s+)?(?:tax|exercise))",
    re.I,
)
_HEDGED = re.compile(
    r"\b(may(?!\s*(?:\d|,))|might|could|would|can|cannot|should|there\s+(?:can|is)\s+no\s+assurance|no\s+assurance"
    r"|risks?|uncertaint|if\s+we|whether|ability\s+to|depend|forward-looking|including\s+without"
    r"|for\s+example|such\s+as|intend|anticipate|expect|(?<!\ba\s)(?<!\bthe\s)plans?\s+to|believe|estimate)\b",
    re.I,
)
_OTHER_PARTY = re.compile(
    r"\b(merger\s+sub|purchaser|parent|acquisition\s+corp|offeror|bidder|to\s+acquire|all\s+(?:of\s+)?the\s+"
    r"(?:issued\s+and\s+)?outstanding\s+(?:shares|common)|all\s+outstanding\s+shares|schedule\s+14d-?9"
    r"|third-party\s+tender|third\s+party\s+tender|mini-?tender|unsolicited"
    r"|(?:shares|stock)\s+of\s+(?-i:[A-Z][\w&]+)\s+(?:Inc|Corp|Corporation|Ltd|plc)\.?\s+at\s+\$)\b",
    re.I,
)
_OWN_TENDER = re.compile(
    r"(dutch\s+auction|self-tender|issuer\s+tender|repurchas|buy\s?back|its\s+own\s+(?:shares|stock)"
    r"|(?:purchase|acquire)\s+(?:up\s+to\s+|an\s+aggregate\s+of\s+|a\s+total\s+of\s+)?[\$\d][^.;]{0,60}?"
    r"\b(?:its|our|the\s+company['’]s)\s+"
    r"(?:own\s+)?(?:outstanding\s+)?(?:shares|common|ordinary|class))",
    re.I,
)
_TENDER_EVENT = re.compile(
    r"\b(commenc\w*|launch\w*|announc\w*|complet\w*|expir\w*|accepted|accept\w*\s+for\s+(?:purchase|payment)"
    r"|final\s+results|preliminary\s+results"
    r"|results\s+of|oversubscribed|(?:will|to)\s+purchase|offer\s+to\s+purchase|repurchased|purchased)\b",
    re.I,
)
_ASR = re.compile(r"\baccelerated\s+(?:share|stock)\s+(?:re)?purchase|\bASR\b", re.I)
_ASR_EVENT = re.compile(r"\b(entered|enter\s+into|executed|agreements?|announc\w*|completed|settled|received|paid)\b", re.I)
_AUTH_VERB = re.compile(
    r"\b(authori[sz](?:e|es|ed|ing)|approv(?:e|es|ed|al\s+of)|announc(?:e|es|ed)|adopt(?:s|ed)|increas(?:e|es|ed)"
    r"|expand(?:s|ed)|extend(?:s|ed)|establish(?:es|ed)|replenish(?:es|ed)|renew(?:s|ed)|reinstat(?:es|ed)"
    r"|new\s+(?:share|stock)\s+repurchase)\b",
    re.I,
)
_INCREASE = re.compile(r"\b(additional|increas\w*|expand\w*|replenish\w*|add(?:s|ed)?\s+\$|on\s+top\s+of)\b", re.I)
_EXEC_VERB = re.compile(
    r"\b(repurchased|bought\s+back|(?:is|are)\s+(?:thus\s+|now\s+)?buying\s+back(?=\s+[\d,.]+\s+(?:million\s+)?"
    r"of\s+(?:its|our)\s+own)|purchased|buy-?backs?\s+of"
    r"|acquired|accepted\s+for\s+purchase"
    r"|used\s+\$[^.;]{0,30}?to\s+repurchase|cash\s+used\s+to\s+repurchase|spent|completed\s+(?:the\s+)?repurchase"
    r"|closed\s+(?:the|its)\s+repurchase|consummated)\b",
    re.I,
)
_RETURNED = re.compile(
    r"\breturn(?:ed|ing)\b[^.;]{0,120}?\b(?:share|stock)\s+(?:re)?purchases|\breturn(?:ed|ing)\b[^.;]{0,120}?buy-?backs?",
    re.I,
)
_PRIVATE = re.compile(
    r"\b((?i:from\s+(?:the\s+)?estates?\s+of|from\s+(?:a|the|certain|two|three|four|five|several)\s+"
    r"(?:individual\s+|unaffiliated\s+|existing\s+|large\s+|principal\s+|significant\s+|major\s+)?"
    r"(?:trusts?|estates?|stockholders?"
    r"|shareholders?|holders?|former)|privately\s+negotiated\s+transaction\s+with|stock\s+purchase\s+agreement"
    r"|in\s+a\s+private(?:ly\s+negotiated)?\s+transaction\b"
    r"|share\s+purchase\s+agreement|block\s+(?:purchase|trade))|from\s+[A-Z][A-Za-z&.]+(?:\s+[A-Z][A-Za-z&.]+)*\s+"
    r"(?:LP|L\.P\.|LLC|Partners|Fund|Trust|Inc\.?|Limited|Holdings))",
)
_OPEN_MARKET = re.compile(r"\bopen[\s-]market\b", re.I)
_PER_SHARE_AFTER = re.compile(r"^\s*(?:per\s+(?:share|common\s+share|ads)|a\s+share|each)\b", re.I)
_PRICE_BEFORE = re.compile(r"(price(?:\s+per\s+share)?|paid|\bat)\s+(?:of\s+|approximately\s+|about\s+|an\s+average\s+of\s+)?$"
                           r"|(?:cost|price)\s+per\s+share\b[^$]{0,60}?\bof\s+$", re.I)
_REMAIN = re.compile(r"\b(remain\w*|available|yet\s+be\s+purchased|unused|capacity|left)\b", re.I)
_AUTH_CTX = re.compile(
    r"\b(authori[sz]\w*|up\s+to|program|plan|approv\w*|additional|increase\w*|buyback|repurchase\s+of)\b", re.I
)
_EXEC_CTX = re.compile(
    r"\b(repurchased|purchased|bought|cost|aggregate|total\s+of|for|spent|used|accepted)\b", re.I
)
_EXPIRY = re.compile(
    r"\b(expir\w*|through|ending|ends|until|terminat\w*|effective\s+through|runs\s+(?:for|through)"
    r"|no\s+later\s+than)\b[^.;]{0,40}?$",
    re.I,
)
_DATE_RANGE = re.compile(r"\bfrom\s+[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4},?\s+(?:through|to|until)\s*$")
_PROGRAM_AFTER = re.compile(
    r"^\s*(?:\w+\s+){0,2}(?:(?:share|stock)?\s*(?:re)?purchase|buy-?\s?back)\s+(?:programme|program|plan"
    r"|authori[sz]ation)", re.I
)
_AUTH_SHARES_BEFORE = re.compile(
    r"(?:authori[sz]\w*|up\s+to|additional|repurchase\s+of(?:\s+up\s+to)?(?:\s+an\s+additional)?)\s*$", re.I
)
_OUTSTANDING_AFTER = re.compile(
    r"(?:outstanding\s+(?:shares\s+)?(?:of\s+common\s+stock\s+)?to|leaving|leaves|reduc\w+[^.;]{0,80}?outstanding\s+to"
    r"|remaining\s+outstanding|outstanding\s+after)\s+(?:approximately\s+)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s+million)?)",
    re.I,
)
_PCT_OF_OUT = re.compile(r"^\s*(?:of\s+)?(?:the\s+|its\s+|our\s+|the\s+company['’]s\s+)?(?:total\s+)?(?:issued\s+and\s+)?(?:outstanding|shares|common|ordinary)", re.I)
_YEAR = re.compile(r"\b(19[89]\d|20[0-4]\d)\b")
_FORM_RE = re.compile(r"\bFORM\s+(10-K|10-Q|8-K|20-F|6-K)\b|\bSCHEDULE\s+(TO|14D-9)\b", re.I)
_CUMULATIVE = re.compile(
    r"\bsince\s+(?:the\s+date\s+of\s+)?(?:its\s+)?(?:incorporation|formation|organi[sz]ation)"
    r"|\bsince\s+(?:19|20)\d\d\b|\bthrough\b[^.]{0,40}\bhad\s+(?:re)?purchased"
    r"|\bas\s+of\b[^.]{0,80}\bhad\s+(?:re)?purchased|\bsince\s+(?:the\s+)?(?:inception|commencement"
    r"|program)|\bto\s+date\b|\bcumulative", re.I)
_DASH_CELL = re.compile(r"\s*\$?\s*[—–-]{1,3}\s*")
_TABLE_HEAD_LOWER = re.compile(
    r"total\s+number\s+of\s+shares\s+(?:\(or\s+units\)\s+)?(?:re)?purchased"
    r"|total\s+number\s+of\s+shares(?!\s+(?:\(or\s+units\)\s+)?(?:issued|sold|granted|awarded|vested"
    r"|exercised|outstanding|withheld|delivered|acquired\s+by))"
    r"(?=[^\n]{0,80}\baverage\s+price[^\n]{0,300}\b(?:purchased|repurchased|program)\b)")
_SHORT_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2}(?:\d{2})?\b")  # 5/29/23
_TOTAL_ROW = re.compile(r"^\s*total\b(?!\s+number)", re.I)
_ITEM_HEAD = re.compile(r"^[ \t]*item[ \t]+\d", re.I | re.M)  # per line, or over a whole text
_INITIAL = re.compile(r"(?:(?<!-)\b[A-Z]|\b(?:Inc|Corp|Co|No|Mr|Ms|Mrs|Dr|Ltd|Jr|Sr|St|U\.S|L\.P|approx|Nos|vs|etc))\.$")
_SENT_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“(]?[A-Z0-9$])")
_LINE_END_SENTENCE = re.compile(r"[.!?:;][\"”’)]*$")

_FOOTNOTE_MARK = re.compile(r"^(?:\(\w{1,2}\)|\*+|\d\))\s*")

MAX_CANDIDATES = 400  # keyword-bearing paragraphs examined per document

_PRIORITY = {"tender": 6, "asr": 5, "private": 4, "authorization": 3, "intent": 3, "execution": 2, "plan": 1,
             "table": 1, "returned": 0}
_PROGRAM = {"tender": "tender_offer", "asr": "asr", "private": "private"}


@dataclass
class _Event:
    type: str
    sentence: str
    context: str  # the sentence plus the next one or two in its paragraph (facts only)
    doc: Document
    facts: dict[str, Any] = field(default_factory=dict)
    note: bool = False  # told outside the report's Item 703 section


# --- text shaping -----------------------------------------------------------------------------


def _is_table_row(line: str) -> bool:
    return " | " in line


def _paragraphs(lines: list[str], idx: int) -> tuple[str, int, int]:
    """The paragraph around line `idx`: hard-wrapped lines (plain-text filings, split inline
    tags) are joined back when a line does not end a sentence and the next one continues it."""

    def joins(a: str, b: str) -> bool:
        if _looks_heading(a):
            return False
        if _is_table_row(a) or _is_table_row(b) or (_LINE_END_SENTENCE.search(a) and not _INITIAL.search(a)):
            return False
        if _ITEM_HEAD.match(b):
            return False
        if b[:1].islower() or b[:1] in "$%,;.)(" or b[:1].isdigit():
            return True
        return len(a) >= 50

    start = idx
    while start > 0 and idx - start < 12 and joins(lines[start - 1], lines[start]):
        start -= 1
    end = idx
    while end + 1 < len(lines) and end - idx < 12 and joins(lines[end], lines[end + 1]):
        end += 1
    return " ".join(lines[start : end + 1]), start, end


def _looks_heading(line: str) -> bool:
    """Title-case or upper-case lines without a sentence end ("Management's Discussion and
    Analysis (Continued)") are headings, never the start of a wrapped paragraph."""
    words = [w for w in line.split() if w[:1].isalpha()]
    if len(words) < 3 or _LINE_END_SENTENCE.search(line):
        return False
    small = {"of", "and", "the", "for", "in", "on", "to", "a", "an", "or", "by", "with", "from", "at"}
    caps = sum(1 for w in words if w[0].isupper() or w.lower() in small)
    return caps / len(words) >= 0.9


def _sentences(paragraph: str) -> list[str]:
    parts: list[str] = []
    pos = 0
    for m in _SENT_BOUNDARY.finditer(paragraph):
        head = paragraph[pos : m.start()]
        if _INITIAL.search(head):
            continue
        parts.append(head.strip())
        pos = m.end()
    parts.append(paragraph[pos:].strip())
    return [p for p in parts if p]


# --- classification ---------------------------------------------------------------------------


_TENDER_WORDS = re.compile(r"tender\s+offer|dutch\s+auction|self-tender|offer\s+to\s+purchase", re.I)
_BUYBACK_WORDS = re.compile(r"repurchas|buy-?back|bought\s+back|buying\s+back|normal\s+course\s+issuer\s+bid", re.I)


# "This repurchase consists of 5,000,000 shares": a program's size, not a holding or a purchase
_SIZE_PHRASE = re.compile(r"\b(?:consists?\s+of|up\s+to|authoriz\w*\s+(?:of|for)|covers?|covering|permits?"
                          r"|allows?|provides?\s+for|totals?|totaling|(?:a\s+)?total\s+of|in\s+an\s+amount\s+of"
                          r"|(?:expan|increas)\w*\s+[^.;]{0,60}?\bby)\s+"
                          r"(?:the\s+(?:re)?purchase\s+of\s+)?(?:up\s+to\s+)?(?:approximately\s+)?[\$\d]", re.I)
# Shares the company sold or that others bought, and purchases for employee plans
_SOLD_BY_COMPANY = re.compile(r"from\s+the\s+company|private\s+placement|offering|over-?allotment|underwriters?",
                              re.I)
_EMPLOYEE_PLAN = re.compile(r"employee\s+stock\s+purchase|\bESPP\b|\bESOP\b|dividend\s+reinvestment|\bDRIP\b"
                            r"|401\(k\)|savings\s+plan", re.I)
_OTHER_ISSUER = re.compile(r"\bshares\s+of\s+(?:the\s+)?(?:common\s+stock\s+of\s+)?(?!the\s+company)(?-i:[A-Z][a-z]+)"
                           r"|\bof\s+(?-i:[A-Z][\w&]+)\s+(?:Corp|Inc|Co|Ltd|LLC|plc|Corporation)\b", re.I)
_OTHER_STOCK = re.compile(
    r"\bshares\s+of\s+(?!(?:its|our|their|the|Class|Common|Ordinary|Series|Preferred|Company|Corporation)\b)"
    r"((?-i:[A-Z][a-z]+))(?:\s+(?-i:[A-Z][a-z]+))*\s+(?:common|ordinary|stock|shares)\b", re.I)


def _other_issuers_stock(s: str) -> bool:
    """"1,000,000 shares of Occidental common stock" bought by someone else; not "Butler National
    Corporation ... authorized the repurchase of shares of Butler National common stock"."""
    m = _OTHER_STOCK.search(s)
    return m is not None and m.group(1) not in s[: m.start()]
_ZERO_FIRST = re.compile(r"\b(?:re)?purchased\s+(?:a\s+total\s+of\s+)?0\s*(?:,|and\b|shares)", re.I)
_PLAN_PURCHASE = re.compile(
    r"\b(?:company|we|corporation)\s+(?:also\s+)?purchased\s+(?:and\s+cancell?ed\s+)?(?:a\s+total\s+of\s+"
    r"|an\s+aggregate\s+of\s+)?\d", re.I)
_MARKET_PURCHASE = re.compile(
    r"\b(?:company|we|it)\s+(?:today\s+|has\s+)?(?:made|effected)\s+(?:an?\s+)?(?:on[-\s])?market\s+purchases?\s+of\s+"
    r"[\d,]+\s+(?:of\s+its\s+(?:own\s+)?)?(?:ordinary\s+|common\s+)?shares", re.I)
_SOLD_TO_COMPANY = re.compile(
    r"\bsold\s+to\s+the\s+(?:company|corporation|registrant)\s+(?:a\s+total\s+of\s+|an\s+aggregate\s+of\s+)?"
    r"[\d,]+\s+(?:shares|(?:common|ordinary)\s+shares)", re.I)
_FOLLOWING_NUMBER = re.compile(
    r"\bpurchased\s+the\s+following\s+number\s+of\s+its\s+(?:own\s+)?(?:ordinary|common)\s+shares", re.I)
_OWN_PURCHASE = re.compile(
    r"\b(?:company|corporation|registrant|we)\s+(?:today\s+|also\s+)?purchased\s+(?:approximately\s+"
    r"|an\s+aggregate\s+of\s+|a\s+total\s+of\s+)?[\d,.]+\s+(?:million\s+)?(?:of\s+its\s+(?:own\s+)?"
    r"(?:ordinary|common)\s+shares|shares\s+of\s+(?:its|the\s+company['’]s)\s+(?:own\s+)?"
    r"(?:class\s+\w\s+)?(?:common|ordinary))", re.I)
_REDEEMED_COMMON = re.compile(
    r"\b(?:company|corporation|registrant|we)\s+(?:also\s+)?redeemed\b[^.;]{0,60}?\b\d[\d,]{3,}\s+shares\s+of\s+"
    r"(?:the\s+|its\s+|our\s+)?(?:\w+\s+){0,2}?(?:common|ordinary)\s+(?:stock|shares)", re.I)
# Redemptions that are not the issuer buying back: a SPAC's trust, units exchanged for stock.
_NOT_REDEMPTION = re.compile(r"\btrust\b|redemption\s+rights?|right\s+to\s+redeem|public\s+shares"
                             r"|business\s+combination|extension|\bunits?\b", re.I)
_INTENT_HEDGE = re.compile(  # not "8 May 2006"
    r"\b(?:if|might|could|would|no\s+longer|not|terminat\w*|suspend\w*|previously\s+announced|forward-looking"
    r"|cease\w*)\b|(?<!\d\s)\bmay\b(?!\s*\d)", re.I)
_INTENT = re.compile(
    r"\b(?:intends?|plans?|expects?)\s+to\s+(?:use\s+[^.;]{0,120}?\s+to\s+)?(?:re)?purchase\s+"
    r"(?:at\s+least\s+|up\s+to\s+|approximately\s+)?(?:(?:\$\s?[\d.,]+\s*(?:million|billion)?|[\d.,]+\s*"
    r"(?:million\s+)?shares)\s+(?:of\s+)?(?:its|our|the\s+company['’]s)\s+(?:own\s+)?(?:outstanding\s+)?"
    r"(?:class\s+\w\s+)?(?:common|ordinary|shares|stock)|[\d.,]+\s*(?:million\s+)?own\s+shares)", re.I)
_PLAN_10B51 = re.compile(
    r"(?=.*\b10b5-1\b)(?=.*(?:\b(?:company|corporation|registrant|we|board(?:\s+of\s+directors)?)\b[^.]{0,40}?"
    r"\b(?:adopted|established|entered\s+into)\b|\bplan\s+(?:has\s+been|was)\s+(?:established|adopted)\b))"
    r"(?!.*\b(?:officers?|chief|president|insiders?|trading\s+arrangements?|former|executives?)\b)"
    r"(?!.*\bdirectors?\b(?<!board\sof\sdirectors))", re.I | re.S)


# A past-tense purchase followed by its quantity is a statement of fact whatever hedges follow it.
_PLAIN_PAST = re.compile(
    r"\b(?:repurchased|bought\s+back)\s+(?:approximately\s+|a\s+total\s+of\s+|an\s+aggregate\s+of\s+)?[\$\d]",
    re.I)


def _stated(s: str) -> bool:
    """Neither denied nor hedged ("did not repurchase", "may repurchase")."""
    return not _NEGATION.search(s) and not _HEDGED.search(s)


def _classify(s: str, periodic: bool, ref_year: int | None, nxt: str = "",
              prior_tender: bool = False, prev: str = "") -> str | None:
    """The event type a sentence states, or None when it states no issuer buyback."""
    if len(s) < 25 or len(s) > 1500 or _is_table_row(s):
        return None
    if ";" in s:  # "... repurchased 39,246 shares for $14,920; no shares were repurchased in 2018."
        for clause in s.split(";"):
            kind = _classify(clause, periodic, ref_year, nxt, prior_tender, prev)
            if kind is not None:
                return kind
        return None
    if _MARKET_PURCHASE.search(s) and _stated(s):
        return "execution"  # "the Company today made on market purchases of 20,000 Ordinary Shares"
    if _SOLD_TO_COMPANY.search(s) and _stated(s):
        return "private"  # "Mr. Mixon sold to the Company 350,000 common shares of the Company"
    tender = _TENDER_WORDS.search(s)
    if not tender and not _BUYBACK_WORDS.search(s):
        if (_OWN_PURCHASE.search(s) and _stated(s)
                and not _SOLD_BY_COMPANY.search(s)):
            return "execution"  # "The Company today purchased 200,000 of its Ordinary Shares"
        if _FOLLOWING_NUMBER.search(s) and not _NEGATION.search(s):
            return "execution"  # "it purchased the following number of its ordinary shares ..."
        if (_PLAN_PURCHASE.search(s) and (_BUYBACK_WORDS.search(prev) or re.search(r"\bthe\s+plan\b|NCIB", s + prev))
                and iter_shares(s) and _stated(s)
                and not _OTHER_ISSUER.search(s) and not _EMPLOYEE_PLAN.search(s + " " + prev[-300:])
                and not _SOLD_BY_COMPANY.search(s)):
            # "... a Common Stock repurchase plan. Under the plan, the Company purchased 255,812 ...
            # shares"; "... Normal Course Issuer Bid ... In 2018, we purchased and canceled 161,500 ..."
            return "execution"
        if not periodic and _INTENT.search(s) and not _INTENT_HEDGE.search(s):
            return "intent"  # "the Bank intends to purchase up to 30,000,000 own shares"
        if (_REDEEMED_COMMON.search(s) and not _NOT_REDEMPTION.search(s) and not _NEGATION.search(s)
                and not _HEDGED.search(s)):
            # "the Company redeemed from Seller 601,852 shares of the common stock ... at $1.62"
            return "private" if _PRIVATE.search(s) or re.search(r"\bfrom\b", s) else "execution"
        return None  # cheap exit: every non-tender path below needs one of these words
    debt = _DEBT.search(s) and not (
        _EQUITY.search(s) and re.search(
            r"repurchas\w*\s+(?:of\s+)?(?:up\s+to\s+|at\s+least\s+|approximately\s+)?[\$\d]"
            r"(?![^.;]{0,50}\b(?:principal|notes|debentures|bonds)\b)", s)
    )
    if debt and (not tender or re.search(r"\b(notes?|debentures?|bonds?|debt\s+securities|principal\s+amount)\b",
                                         s, re.I)):
        return None
    if _NEGATION.search(s) or _WITHHOLD.search(s) or _ZERO_FIRST.search(s) or _other_issuers_stock(s):
        return None  # ... or "1,000,000 shares of Occidental common stock": another issuer's
    if periodic and _CUMULATIVE.search(s):
        return None  # a program's total to date, not the period's purchases
    if ref_year and (periodic or _AUTH_VERB.search(s)):
        years = [int(y) for y in _YEAR.findall(s)]
        if years and max(years) < ref_year - 1:
            return None  # a program or purchase from years before the report or the filing
    if tender:
        if _OTHER_PARTY.search(s) or not _TENDER_EVENT.search(s):
            return None
        if not _OWN_TENDER.search(s) and not (prior_tender and (iter_shares(s) or iter_money(s))):
            return None  # whose offer: the sentence says, or an earlier one of this document did
        if re.search(r"pre-commencement|13e-4\(c\)|check\s+the\s+(?:appropriate\s+)?box", s, re.I):
            return None
        return "tender"
    if not _BUYBACK_WORDS.search(s) or not _EQUITY.search(s):
        return None
    if not periodic and _INTENT.search(s) and not _INTENT_HEDGE.search(s):
        return "intent"  # "intends to use ... the net proceeds ... to repurchase at least $200.0 million of its common stock"
    foreign = has_foreign_money(s) and not re.search(r"dividend|per\s+share", s, re.I)
    has_number = bool(iter_money(s) or iter_shares(s) or foreign or any(
        # "program of up to 5 percent of ... shares"
        _PCT_SHARES.search(_after(s, m, 70)) and _PCT_OBJECT.search(_before(s, m, 60))
        for m in iter_percents(s)))
    hedged = bool(_HEDGED.search(s))
    if _ASR.search(s) and _ASR_EVENT.search(s) and (has_number or not hedged):
        return "asr"
    if _RETURNED.search(s) and iter_money(s):
        return "returned"
    if not has_number and not periodic and _PLAN_10B51.search(s) and not hedged:
        return "plan"  # "The Rule 10b5-1 plan has been established in connection with the ... authorization"
    if not has_number:
        # "On November 25, 2002, the Board ... authorized phase six of its stock repurchase
        # program. This repurchase consists of 5,000,000 shares ...": the size follows
        if (_AUTH_VERB.search(s) and not hedged and _YEAR.search(s) and nxt
                and re.search(r"repurchas|buy-?back|program|own\s+shares", nxt, re.I)
                and _SIZE_PHRASE.search(nxt) and (iter_shares(nxt) or iter_money(nxt) or any(
                    _PCT_SHARES.search(_after(nxt, m, 70)) for m in iter_percents(nxt)))
                and not _NEGATION.search(nxt) and not _HEDGED.search(nxt[:80])):
            return "authorization"
        return None
    if _EXEC_VERB.search(s) and not re.search(r"\b(will|to\s+be)\s+(?:be\s+)?(?:re)?purchased\b", s, re.I):
        if _PRIVATE.search(s):
            return "private"
        if not hedged or _PLAIN_PAST.search(s):
            return "execution"
    if re.search(r"\bagree\w*\s+to\s+repurchase|\bagreement\b[^.]{0,80}\bto\s+repurchase\b"
                 r"|\bapprov\w*\s+the\s+(?:re)?purchase\s+of\b", s, re.I) and _PRIVATE.search(s):
        return "private"
    if _AUTH_VERB.search(s) and (not hedged or re.search(r"\bauthori[sz]ed\b|\bapproved\b", s, re.I)):
        if periodic and not _YEAR.search(s):
            return None  # an undated program description in a periodic report is not news
        if periodic and re.match(r"(?:\W|\(\w{1,2}\))*as\s+of\b", s, re.I):
            return None  # "As of September 28, 2024, the Company was authorized ...": a status
        return "authorization"
    return None


# --- facts ---------------------------------------------------------------------------------------


def _before(s: str, m: Match, n: int = 70) -> str:
    return s[max(0, m.start - n) : m.start]


def _after(s: str, m: Match, n: int = 40) -> str:
    return s[m.end : m.end + n]


def _extract(ev: _Event) -> dict[str, Any]:
    """Facts of the event's sentence; when the sentence states no number (a tender offer
    "expired."), the following sentences of its paragraph supply them."""
    facts = _extract_sentence(ev.sentence, ev.type)
    if not (facts.keys() & (_NUMBER_FACTS | {"percent_of_outstanding"})):
        for nxt in _sentences(ev.context[len(ev.sentence) :])[:2]:
            if re.search(r"dividend", nxt, re.I):
                continue  # "... follows Alcan's 33 percent quarterly dividend increase ..."
            for k, v in _extract_sentence(nxt, ev.type).items():
                facts.setdefault(k, v)
    elif ev.type == "private" and "shares" in facts:
        # "approved the repurchase of 1,000,086 shares from ... The shares were purchased in a
        # private transaction at a price of $3.20 per share": the price follows
        for nxt in _sentences(ev.context[len(ev.sentence) :])[:2]:
            if re.search(r"dividend", nxt, re.I) or not re.search(r"purchas|paid", nxt, re.I):
                continue  # "The Board also declared a quarterly dividend of $0.25 per share."
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


_TOTAL_AUTH_BEFORE = re.compile(
    r"(?:\b(?:total|aggregate|updated)\s+(?:\w+\s+){0,3}?authori[sz]ation\s+(?:of\s+|to\s+)?"
    r"|\b(?:bringing|brings|increasing|raising)\s+(?:the\s+)?(?:total\s+)?(?:\w+\s+){0,4}?to\s+"
    r"(?:a\s+total\s+of\s+)?)$", re.I)
_PCT_OBJECT = re.compile(r"(?:repurchas\w*|buy\s*back|program|authoriz\w*|purchase)\s+(?:of\s+)?(?:up\s+to\s+)?"
                         r"(?:approximately\s+|an\s+additional\s+)?$", re.I)
_PCT_SHARES = re.compile(r"^\s*of\b[^.;]{0,60}?\b(?:shares|outstanding|common\s+stock)", re.I)
_RANGE_BOUND = re.compile(r"(?:(?:greater|more|less|lower|higher)\s+than|between|ranging\s+from"
                          r"|range\s+of|minimum\s+of|maximum\s+of)\s*$", re.I)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
_NUMBER_FACTS = {"shares", "price_per_share", "amount_usd", "authorized_usd", "authorized_shares"}


def _extract_sentence(s: str, kind: str) -> dict[str, Any]:
    facts: dict[str, Any] = {}
    for m in iter_money(s):
        pre, post = _before(s, m), _after(s, m)
        if _RANGE_BOUND.search(pre[-30:]) or re.search(r"par\s+value\s*(?:of\s+)?$", pre[-20:], re.I):
            continue  # a range's bound ("not greater than $21.00 nor less than $18.50"), a par value
        if (_PER_SHARE_AFTER.search(post) or _PRICE_BEFORE.search(pre)) and m.value < 20_000:
            facts.setdefault("price_per_share", m.value)
        elif m.value < 10_000:
            continue  # a dividend or par value, not a program amount
        elif _TOTAL_AUTH_BEFORE.search(pre):
            facts["authorized_usd"] = m.value  # "resulting in an updated total ... authorization of $325 million"
        elif kind == "authorization" and re.match(r"\s*(?:increase|addition)\b", post, re.I):
            facts.setdefault("authorized_usd", m.value)  # "approved a $200 million increase to ..."
        elif _REMAIN.search(pre[-25:]):
            facts.setdefault("remaining_usd", m.value)  # "the Company's remaining $125 million ... authorization"
        elif _PROGRAM_AFTER.search(post):
            facts.setdefault("authorized_usd", m.value)
        elif _REMAIN.search(pre[-45:]) or _REMAIN.search(post[:45]):
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
    for m in () if listed else iter_shares(s):
        pre = _before(s, m)
        if _REMAIN.search(_after(s, m, 45)) or _REMAIN.search(pre[-30:]):
            continue
        if re.search(r"outstanding|reduc|weighted|leaving|(?<!\bup\s)\bto\s*$", pre[-40:], re.I):
            continue
        if kind == "authorization" or _AUTH_SHARES_BEFORE.search(pre[-50:]):
            facts.setdefault("authorized_shares", m.value)
        else:
            facts.setdefault("shares", m.value)
    for m in iter_percents(s):
        if (_PCT_OF_OUT.search(_after(s, m, 50)) or _PCT_SHARES.search(_after(s, m, 70))) and not re.search(r"excise|tax|interest|premium|discount", _before(s, m, 40), re.I):
            facts.setdefault("percent_of_outstanding", m.value)
    for d, start, _end in iter_dates(s) if kind in ("authorization", "asr", "tender") else ():
        before = s[max(0, start - 45) : start]
        if _EXPIRY.search(before) and not _DATE_RANGE.search(s[max(0, start - 40) : start]):
            facts.setdefault("expires", d.isoformat())
    if kind == "authorization" and any(
            not re.search(r"dividend", s[max(0, m.start() - 40) : m.end() + 40], re.I)
            for m in _INCREASE.finditer(s)):
        facts["increases_existing"] = True  # not "raised its quarterly dividend" beside it
    return facts


def _merge(events: list[_Event]) -> dict[str, Any]:
    facts: dict[str, Any] = {}
    primary = events[0]
    # A periodic report's Item 703 table total is the period's purchases: its count and price
    # win over a sentence's (one tranche, one month, an ASR's partial delivery).
    table = next((ev for ev in events if ev.type == "table"), None)
    if primary.type in ("tender", "private") or (
            primary is not table and "shares" in _extract_sentence(primary.sentence, primary.type)):
        # an offer's or a block's own numbers are the event; a quoted sentence that gives its
        # own count (a 10-K's year, where the table shows the last quarter) keeps it
        table = None
    if table is not None:
        facts.update(table.facts)
    for ev in events:
        same_event = ev is primary or ev.type == primary.type or ev.type in ("execution", "table")
        for k, v in ev.facts.items():
            if k in ("shares", "price_per_share", "amount_usd") and not same_event:
                continue
            # beside a table, a sentence's amount counts only when it speaks of the table's total
            if (table is not None and ev is not table and k in ("shares", "price_per_share", "amount_usd")
                    and (k != "amount_usd" or ev.facts.get("shares") != table.facts.get("shares"))):
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


# --- Item 703 table ---------------------------------------------------------------------------


def _row_values(lines: list[str], i: int) -> list[tuple[float, bool]]:
    """Numbers of a table row: the cells of a "a | b | c" line, or (when the parser emitted one
    cell per line) the numeric lines that follow the label."""
    if _is_table_row(lines[i]):
        parts = lines[i].split(" | ")
        cells = parts if parse_cell(parts[0]) is not None else parts[1:]  # unlabeled: all values
    else:
        cells = []
        for ln in lines[i + 1 : i + 16]:
            if re.fullmatch(r"\s*(?:\$|\([a-z0-9]\)|\(\d\)|million|billion|thousand|%)?\s*", ln, re.I):
                continue
            v = parse_cell(re.sub(r"\s*\((?:[a-z]|\d)\)\s*|\s+(?:million|billion)\b", "", ln))
            if v is None:
                break
            cells.append(ln)
    vals = []
    for c in cells:
        c = re.sub(r"\s*\((?:[a-z]|\d)\)\s*|\s+(?:million|billion)\b", "", c)
        if _DASH_CELL.fullmatch(c):
            vals.append((0.0, "$" in c))  # a dash in a financial table is a zero
            continue
        v = parse_cell(c)
        if v is not None:
            vals.append((v, "$" in c))
    return vals


def _line_numbers(text: str, positions: list[int]) -> list[int]:
    """Sorted distinct indices (into `text.split("\\n")`) of the lines holding `positions`
    (sorted ascending), counting newlines between consecutive positions in C."""
    out: list[int] = []
    line = prev = 0
    for p in positions:
        line += text.count("\n", prev, p) if p > prev else 0
        prev = max(prev, p)
        if not out or out[-1] != line:
            out.append(line)
    return out


def _table_event(doc: Document, lines: list[str], text: str, low: str, periodic: bool) -> _Event | None:
    if not periodic:
        return None
    pos = low.find("total number")
    while pos >= 0:
        hm = _TABLE_HEAD_LOWER.match(low, pos)
        pos = low.find("total number", pos + 1)
        if not hm:
            continue
        hi = text.count("\n", 0, hm.start())  # index of the line holding the header
        window = lines[hi : hi + 80]
        # the section's narrative, for the evidence and the "None" check
        for j, ln in enumerate(window[1:], start=1):
            if _ITEM_HEAD.match(ln) and j > 3:
                window = window[:j]
                break
        total = next((j for j, ln in enumerate(window)
                      if _TOTAL_ROW.match(ln) or _unlabeled_total(window, j)), None)
        if total is not None:
            cells, j = _row_values(window, total), total
            if not cells:
                return None
        else:
            cells, j = _summed_rows(window)
            if not cells:
                continue  # no total and no dated rows under this header: try the next table
        vals = [v for v, _ in cells]
        if vals[0] <= 0:
            return None
        shares = vals[0]
        if len(vals) >= 3 and vals[2] == 0:
            return None  # nothing under announced programs: tax withholding only
        if _withheld_only(window[j + 1 :], shares) or _intro_withheld(lines, hi):
            return None
        shares *= _share_scale(lines, hi, shares)
        facts: dict[str, Any] = {"shares": shares}
        if len(cells) >= 2 and cells[1][1] and 0 < vals[1] < 20_000:
            facts["price_per_share"] = vals[1]  # only a "$" cell is read as the average price
        evidence = _table_sentence(lines, hi, window)
        if evidence is None:
            evidence = (
                f"Issuer purchases of equity securities, total for the period: "
                f"{shares:,.0f} shares purchased"
                + (f" at an average price of ${facts['price_per_share']:,.2f}" if "price_per_share" in facts else "")
                + "."
            )
        return _Event("table", evidence, evidence, doc, facts)
    return None


_UNIT_FACTOR = {"thousands": 1e3, "millions": 1e6}


def _summed_rows(window: list[str]) -> tuple[list[tuple[float, bool]], int]:
    """A table with no total row: the sum of its dated rows' counts and program counts (the
    average price is left out: it would need weights), and the index of its last row."""
    rows: list[list[tuple[float, bool]]] = []
    last = 0
    for i, ln in enumerate(window[1:], start=1):
        if not _is_table_row(ln):
            if rows and not ln.strip().endswith(":"):
                break
            continue
        first = ln.split(" | ", 1)[0]
        if parse_cell(first) is None and (iter_dates(first) or _SHORT_DATE.search(first)
                                          or _MONTH_WORD.search(first)):
            vals = _row_values([ln], 0)
            if vals and len(rows) >= 2 and abs(vals[0][0] - sum(r[0][0] for r in rows)) < 0.5:
                return vals, i  # "As of August 4, 2023 | 10,107,488 | ...": the total, dated
            if vals:
                rows.append(vals)
                last = i
    if not rows:
        return [], 0
    width = min(len(r) for r in rows)
    sums = [sum(r[k][0] for r in rows) for k in range(width)]
    return [(sums[0], False), (0.0, False)] + [(v, False) for v in sums[2:3]], last


_MONTH_WORD = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d", re.I)


def _unit(cell: str) -> float:
    m = re.search(r"in\s+(thousands|millions)", cell, re.I)
    return _UNIT_FACTOR[m.group(1).lower()] if m else 1.0


def _share_scale(lines: list[str], hi: int, shares: float) -> float:
    """The factor the table's share counts are given in: from a units row under the header
    aligned with the share column ("| (in thousands) | | (in thousands) | (in millions)"), or
    the caption's words ("in millions, except number of shares, which are reflected in
    thousands"; "(in millions, except per share data)"). Dollar-only units do not count."""
    under = lines[hi + 1] if hi + 1 < len(lines) else ""
    ucells = [c.strip() for c in under.split(" | ")]
    units_row = any(ucells) and all(not c or c.lower().startswith("(in ") for c in ucells)
    if units_row and len(ucells) > 1:
        hcells = [c.strip() for c in lines[hi].split(" | ")]
        if len(hcells) == len(ucells):
            for h, u in zip(hcells, ucells, strict=True):
                if _TABLE_HEAD_LOWER.search(h.lower()):
                    return _unit(u)
        else:  # empty cells dropped: the first unit is the first numeric column's, the count's
            return _unit(next(c for c in ucells if c))
    text = " ".join(lines[max(0, hi - 4) : hi + 1] + ([under] if units_row else []))
    m = re.search(r"shares?[^.;()]{0,40}?\b(?:reflected|presented|shown|stated|are)\s+in\s+"
                  r"(thousands|millions)", text, re.I)
    if m:
        return _UNIT_FACTOR[m.group(1).lower()]
    factor = 1.0
    for word, f in _UNIT_FACTOR.items():
        if re.search(rf"(?:dollars|\$)\)?\s*(?:amounts\s+)?(?:are\s+)?in\s+{word}", text, re.I):
            continue  # only the dollar columns are scaled
        if re.search(rf"in\s+{word}\s*,?\s*except\s+(?:for\s+)?(?:the\s+)?(?:number\s+of\s+)?shares",
                     text, re.I):
            continue
        if re.search(rf"in\s+{word}", text, re.I) and re.search(
            rf"shares?[^.]{{0,40}}{word}|{word}[^.]{{0,30}}(?:shares|except\s+(?:average\s+)?"
            rf"(?:price\s+)?per[- ]share)", text, re.I,
        ):
            factor *= f
    if factor == 1.0 and not shares.is_integer() and shares < 100_000:
        # a fractional share count is in the header's units ("(in millions)")
        low = text.lower()
        factor = 1e6 if "million" in low else 1e3 if "thousand" in low else 1.0
    return factor


_NONE_BOUGHT = re.compile(
    r"\b(?:did|have|has|had)\s+not\s+(?:re)?purchase\w*\s+any\b[^.]{0,120}?"
    r"\b(?:open\s+market|program|plan)\b", re.I)
_COUNT = re.compile(r"(?<![\d,.$])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\d,.$])\d{4,}(?![\d,.])")


def _unlabeled_total(window: list[str], j: int) -> bool:
    """A row with no label under dated rows: the table's total ("10,467,508 | $ 108.12")."""
    if j < 2 or " | " not in window[j] or " | " not in window[j - 1]:
        return False
    first = window[j].split(" | ", 1)[0]
    prev = window[j - 1].split(" | ", 1)[0]
    if re.fullmatch(r"\s*\(\w{1,2}\)\s*", first) or any(
            sum(ch.isalpha() for ch in c) > 40 for c in window[j].split(" | ")):
        return False  # "(1) | On September 22, 2021, ...": a footnote, not a total
    return parse_cell(first) is not None and parse_cell(prev) is None and bool(
        iter_dates(prev) or _YEAR.search(prev) or _SHORT_DATE.search(prev))


def _withheld_only(notes: list[str], shares: float) -> bool:
    """The table's notes say its whole total was withheld or surrendered for taxes (the only
    share count in the sentence is the total), or that nothing at all was bought in the open
    market or under a program (the program column left blank)."""
    for line in notes:
        for s in _sentences(line):
            if _WITHHOLD.search(s):
                counts = {float(c.replace(",", "")) for c in _COUNT.findall(s)}
                counts -= {float(y) for y in _YEAR.findall(s)}
                if counts == {shares}:
                    return True
            if _NONE_BOUGHT.search(s) and not re.search(r"\bother\s+than\b|\bexcept\b", s, re.I):
                return True
    return False


def _intro_withheld(lines: list[str], hi: int) -> bool:
    """The words between the section heading and the table say the table lists shares
    employees surrendered or had withheld for taxes, and name no repurchase program."""
    intro: list[str] = []
    for ln in reversed(lines[max(0, hi - 12) : hi]):
        if _ITEM_HEAD.match(ln):
            break
        intro.append(ln)
    text = " ".join(reversed(intro))
    return bool(_WITHHOLD.search(text) and re.search(r"following\s+table|table\s+below", text, re.I)
                and not re.search(r"repurchase\s+(?:program|plan)|publicly\s+announced"
                                  r"|share\s+repurchase|stock\s+repurchase", text, re.I))


def _table_sentence(lines: list[str], hi: int, window: list[str]) -> str | None:
    """A sentence introducing or footnoting the table that speaks of the program."""
    around = lines[max(0, hi - 3) : hi] + window
    for ln in around:
        if _is_table_row(ln) or len(ln) < 40 or not _LINE_END_SENTENCE.search(ln) or _TABLE_HEAD_LOWER.search(ln.lower()):
            continue
        for s in _sentences(ln):
            if (
                re.search(r"repurchas|purchases?\b[^.]{0,40}\b(?:were|was)\s+made|program|authori[sz]ation", s, re.I)
                and not _WITHHOLD.search(s)
                and not _NEGATION.search(s)
            ):
                return s
    return None


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


_LITERALS = (
    "repurchas", "buyback", "buy-back", "buy back", "bought back", "tender offer", "dutch auction",
    "self-tender", "equity securities", "total number", "redeemed", "buying back", "own shares",
    "issuer bid", "purchased and cancel", "following number of its", "market purchase",
    "sold to the company",
)
MAX_HITS_PER_LITERAL = 2000
# literals found together from one scan for a substring they share
_SHARED_LITERALS = {
    "buy": ("buyback", "buy-back", "buy back", "buying back"),
    "tender": ("tender offer", "self-tender"),
}
_SHARED = frozenset(lit for group in _SHARED_LITERALS.values() for lit in group)


def _hit_positions(low: str) -> list[int]:
    """Offsets of keyword hits in lower-cased text. str.find runs at memory speed, far faster
    than one regex alternation over megabytes; the few literals that need more context are
    confirmed with _KEY_LOWER at the hit."""
    out: list[int] = []
    for needle, group in _SHARED_LITERALS.items():
        # one pass finds every literal of the group: each holds `needle` once
        plan = [(lit.index(needle), lit) for lit in group]
        counts = dict.fromkeys(group, 0)
        i = low.find(needle)
        while i >= 0:
            for off, lit in plan:
                p = i - off
                if p >= 0 and counts[lit] < MAX_HITS_PER_LITERAL and low.startswith(lit, p):
                    out.append(p)
                    counts[lit] += 1
            i = low.find(needle, i + 1)
    for lit in _LITERALS:
        if lit in _SHARED:
            continue
        i = low.find(lit)
        n = 0
        while i >= 0 and n < MAX_HITS_PER_LITERAL:
            if lit == "redeemed":
                if _REDEEMED_LOWER.match(low, i):  # "redeemed ... 601,852 shares of": not notes
                    out.append(i)
            elif lit not in ("equity securities", "total number") or _KEY_LOWER.search(low, max(0, i - 20), i + 60):
                out.append(i)
            n += 1
            i = low.find(lit, i + 1)
    out.sort()
    return out


_REDEEMED_LOWER = re.compile(r"redeemed[^.;]{0,60}?\d[\d,]{3,}\s+shares\s+of")
_SECTION_703_WORDS = ("issuer purchases of equity", "purchases of equity securities by the issuer",
                      "unregistered sales of equity securities and use of proceeds",
                      "market for registrant", "market for the registrant")


def _sections(text: str, low: str) -> list[tuple[int, bool]]:
    """(line index, is the Item 703 section) of each item or issuer-purchases heading, from
    whole-text scans (no per-line work: a 10-K has ~100,000 lines). `low`: text lowered."""
    marks = [(m.start(), False) for m in _ITEM_HEAD.finditer(text)]
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


def _in_703(sections: list[tuple[int, bool]], idx: int) -> bool:
    """Line `idx` sits in a report's "Issuer Purchases of Equity Securities" section."""
    k = bisect.bisect_right(sections, (idx, True)) - 1
    return k >= 0 and sections[k][1]


def _events(doc: Document, periodic: bool, ref_year: int | None,
            lows: dict[int, str] | None = None) -> list[_Event]:
    text = doc.text
    lines = text.split("\n")
    low = lower_fast(text, lines)
    if lows is not None:
        lows[id(text)] = low
    hits = _hit_positions(low)
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
        for k, s in enumerate(sents):
            if not _KEY.search(s):
                continue
            if ";" in s:  # the clause that states the purchase is the event's sentence
                s = next((c.strip() for c in s.split(";") if _classify(c, periodic, ref_year)), s)
            kind = _classify(s, periodic, ref_year, sents[k + 1] if k + 1 < len(sents) else "",
                             prior_tender=any(e.type == "tender" for e in events),
                             prev=" ".join(sents[max(0, k - 2) : k])
                             + (" " + " ".join(lines[max(0, start - 4) : start]) if k < 2 else ""))
            if kind is None:
                continue
            ctx = " ".join(sents[k : k + 3])
            if kind == "execution" and _PRIVATE.search(ctx):
                kind = "private"
            if kind == "execution" and periodic and not (_AUTH_VERB.search(s) and _YEAR.search(s)):
                if sections is None:
                    sections = _sections(text, low)
                if not _in_703(sections, idx):
                    # past purchases told in notes or histories: kept only when the sentence
                    # dates them in the report's own period (see _in_period)
                    events.append(_Event(kind, s, ctx, doc, note=True))  # facts once kept
                    continue
            ev = _Event(kind, s, ctx, doc)
            ev.facts = _extract(ev)
            events.append(ev)
    table = _table_event(doc, lines, text, low, periodic)
    if table:
        events.append(table)
    return events


def _section_texts(docs: list[Document], lows: dict[int, str]) -> list[str]:
    """The text of each Item 703 section ("Issuer Purchases of Equity Securities" to the next
    item heading, at most 6,000 characters when none follows). `lows`: lowered texts by id."""
    out = []
    for doc in docs:
        text = doc.text
        low = lows.get(id(text)) or lower_fast(text, text.split("\n"))
        for word in _SECTION_703_WORDS[:3]:
            pos = low.find(word)
            if pos < 0:
                continue
            eol = text.find("\n", pos)
            nxt = _ITEM_HEAD.search(text, eol + 1) if eol >= 0 else None
            out.append(text[pos : nxt.start() if nxt else pos + 6000])
    return out


def _subsequent_event(ev: _Event, period: date | None = None) -> bool:
    if period is not None:
        dates = [d for d, _s, _e in iter_dates(ev.sentence)] or [
            date(int(y), _MONTHS[m[:3].lower()], 1) for m, y in _MONTH_YEAR.findall(ev.sentence)]
        return bool(dates) and max(dates) > period
    pos = ev.doc.text.find(ev.sentence[:80])
    head = ev.doc.text[max(0, pos - 400) : max(0, pos)] if pos >= 0 else ""
    return bool(re.search(r"subsequent\s+events?|subsequent\s+to\s+(?:the\s+)?(?:end\s+of|period|quarter)",
                          head + " " + ev.sentence, re.I))


def _section_period(sections: list[str]) -> date | None:
    """For a report without a header or cover (an excerpt): the latest date its Item 703
    section mentions ("At July 1, 2023, $1.00 billion was available"; the table's last month)
    stands in for the period's end."""
    dates = [d for section in sections for d, _s, _e in iter_dates(section)]
    return max(dates) if dates else None


_NOTHING_BOUGHT = re.compile(
    r"\b(?:did|have|has|had)\s+not\s+(?:re)?purchased?\s+any\s+(?:shares|stock|common|equity)"
    r"|\bno\s+(?:share\s+|stock\s+)?repurchase\s+activity|\bno\s+shares\s+(?:of\s+\w+\s+)?(?:\w+\s+)?"
    r"(?:were|have\s+been)\s+(?:re)?purchased", re.I)


def _says_nothing_bought(sections: list[str]) -> bool:
    """The report's Item 703 section says no shares were bought in the period ("During the
    year ended December 31, 2023, we did not repurchase any shares ... under the Program")."""
    for section in sections:
        for m in _NOTHING_BOUGHT.finditer(section):
            tail = section[m.end() : m.end() + 200].split(".")[0]
            if not re.search(r"\bother\s+than\b|\bexcept\b", tail, re.I):
                return True
    return False


_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
_MONTH_YEAR = re.compile(
    r"\b((?:Jan|Febr)uary|March|April|May|June|July|August|September|October|November|December)"
    r",?\s+((?:19|20)\d\d)\b")


_ISSUER_TENDER_FORM = re.compile(r"^SC\s*(?:TO-I|13E-?4)\b", re.I)
_COVER_OFFER = re.compile(r"offer(?:ing|s)?\s+to\s+purchase|tender\s+offer|to\s+tender\s+shares", re.I)
_COVER_NOT_SHARES = re.compile(
    r"\b(?:options?\s+to\s+purchase|eligible\s+options|(?:offer|right)\s+to\s+exchange|exchange\s+offer"
    r"|warrants|(?:senior|convertible|subordinated|exchangeable)\s+notes|the\s+notes|debentures?"
    r"|principal\s+amount|debt\s+securities|put\s+right)\b", re.I)
_COVER_EQUITY = re.compile(r"\bshares\b|american\s+depositary", re.I)


def _tender_cover_event(docs: list[Document]) -> _Event | None:
    """An issuer tender offer's own document (a Schedule TO-I exhibit such as the letter of
    transmittal) that no sentence describes: its cover names the offer and the shares sought
    ("... Pursuant to the Offer to Purchase for Cash ... by SAVIENT PHARMACEUTICALS, INC. of Up
    to 10,000,000 Shares of its Common Stock ..."). Offers for notes or warrants are not buybacks."""
    for doc in docs[:3]:
        head = doc.text[:6000]
        if _COVER_NOT_SHARES.search(head[:4000]):
            continue  # an exchange of options, or an offer for notes or warrants
        for para in head.split("\n"):
            if (_COVER_OFFER.search(para) and _COVER_EQUITY.search(para) and len(para) >= 60
                    and not _OTHER_PARTY.search(para)):
                evidence = clip(normalize_ws(para))
                ev = _Event("tender", evidence, evidence, doc)
                ev.facts = _extract(ev)
                ev.facts["program"] = "tender_offer"
                return ev
    return None


_PERIOD_YEAR = re.compile(r"\b(?:quarter\s+of|fiscal(?:\s+year)?|during|in)\s+((?:19|20)\d\d)\b", re.I)
_PERIOD_END = re.compile(r"\b(?:months|quarter|year|period)\s+ended\s*$", re.I)
_SUBSEQUENT = re.compile(r"\bsubsequent\s+to\b|\bafter\s+(?:the\s+)?(?:end\s+of\s+the\s+)?(?:fiscal\s+)?"
                         r"(?:quarter|period|year)", re.I)


_AS_OF_BEFORE = re.compile(r"\b(?:ended|as\s+of|at)\s*$", re.I)


def _latest_date(docs: list[Document]) -> date | None:
    """An excerpt's stand-in for its period: the latest date it gives as a balance or period
    date ("As of October 1, 2011, we had ..."), else the latest date at all."""
    found = [(d, doc.text[max(0, start - 20) : start]) for doc in docs[:3]
             for d, start, _e in iter_dates(doc.text[:30_000])]
    marked = [d for d, head in found if _AS_OF_BEFORE.search(head)]
    if marked:
        return max(marked)
    return max((d for d, _h in found), default=None)


def _in_period(sentence: str, period: date | None, form: str, proxy: bool = False) -> bool:
    """A purchase told outside Item 703 ("During the three months ended June 30, 2022, the
    Company repurchased ...", "Subsequent to the fiscal period ended November 30, 2019, the
    Company repurchased ...") counts when it is dated in the report's period or just after it;
    comparatives ("... ended June 30, 2021") and histories do not. With only a `proxy` period
    (the latest date an excerpt mentions), any date in the year or quarter before it counts."""
    if period is None:
        return False
    dates = [(d, start) for d, start, _e in iter_dates(sentence)]
    if not dates:  # "During the third quarter of 2011", "in fiscal 2023": the period's year
        years = {int(y) for y in _PERIOD_YEAR.findall(sentence)}
        return period.year in years or (proxy and period.year - 1 in years)
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


_IN_YEAR = re.compile(r"\b(?:in|during)\s+((?:19|20)\d\d)\b", re.I)


def _drop_old_programs(events: list[_Event], period: date | None, form: str) -> list[_Event]:
    """A report restating a program authorised before its period ("On November 10, 2022, the
    Board authorized ..." in a 10-Q for the quarter ended July 1, 2023) is not news."""
    if period is None:
        return events
    start = period - timedelta(days=100)
    out = []
    for ev in events:
        dates = [d for d, _s, _e in iter_dates(ev.sentence)] if ev.type == "authorization" else []
        if ev.type == "authorization" and not dates:  # "In August 2023, our Board ..."
            dates = [date(int(y), _MONTHS[m[:3].lower()], 1) for m, y in _MONTH_YEAR.findall(ev.sentence)]
        if ev.type == "authorization" and not dates:  # "In 2022, the Board authorized ..."
            dates = [date(int(y), 12, 31) for y in _IN_YEAR.findall(ev.sentence)]
        if dates and max(dates) < start:
            continue
        out.append(ev)
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
    if not events and _ISSUER_TENDER_FORM.match(form):
        cover = _tender_cover_event(docs)
        if cover is not None:
            events.append(cover)
    if periodic and any(e.note for e in events):
        proxy = period is None  # an excerpt: the latest date it mentions stands in for the period
        when = period or _latest_date(docs)
        events = [e for e in events if not e.note or _in_period(e.sentence, when, form, proxy)]
        for e in events:
            if e.note:
                e.facts = _extract(e)
    if periodic and events:
        events = _drop_old_programs(events, period, form)
        if sections is None:
            sections = _section_texts(docs, lows)
        if any(e.type == "authorization" for e in events) and _says_nothing_bought(
                sections or [doc.text[:20_000] for doc in docs[:1]] if period is None else sections):
            # a program the report restates while saying nothing was bought: no news (unless
            # it was authorised after the period: "11. Subsequent Events ... In July 2023, ...")
            events = [e for e in events if e.type != "authorization" or _subsequent_event(e, period)]
    if not events:
        return []
    # strongest event first; among equals, the one carrying most numbers, then document order
    order = {id(e): i for i, e in enumerate(events)}
    events.sort(key=lambda e: (-_PRIORITY[e.type], -len(e.facts), order[id(e)]))
    facts = _merge(events)
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


def _evidence(ev: _Event) -> str:
    s = _FOOTNOTE_MARK.sub("", normalize_ws(ev.sentence))
    if len(s) < 200 and ev.context != ev.sentence:
        rest = normalize_ws(ev.context[len(ev.sentence) :])
        nxt = _sentences(rest)[:1]
        if nxt and len(s) + len(nxt[0]) + 1 <= 400 and (iter_money(nxt[0]) or iter_shares(nxt[0])):
            s = f"{s} {nxt[0]}"
    return clip(s)


def _severity(kind: str, facts: dict[str, Any], periodic: bool) -> Severity:
    pct = facts.get("percent_of_outstanding") or 0
    if kind in ("tender", "asr") or pct >= 10 or (kind == "private" and pct >= 5):
        return Severity.HIGH
    if pct >= 5 or kind in ("authorization", "private", "intent") or (kind == "execution" and not periodic):
        return Severity.MEDIUM
    return Severity.LOW


def _count(v: float) -> str:
    if v >= 1e6:
        return f"{v / 1e6:,.2f}".rstrip("0").rstrip(".") + " million"
    return f"{v:,.0f}"


def _title(kind: str, f: dict[str, Any]) -> str:
    shares, price, amount = f.get("shares"), f.get("price_per_share"), f.get("amount_usd")
    pct = f.get("percent_of_outstanding")
    parts: list[str] = []
    if kind == "tender":
        parts.append("issuer tender offer")
    elif kind == "asr":
        parts.append("accelerated share repurchase")
    elif kind == "authorization":
        parts.append("increased repurchase authorization" if f.get("increases_existing") else "repurchase authorization")
    elif kind == "private":
        parts.append("private block repurchase")
    elif kind == "plan":
        parts.append("Rule 10b5-1 repurchase plan adopted")
    elif kind == "intent":
        parts.append("planned share repurchase")
    elif kind == "returned":
        parts.append("capital returned through share repurchases")
    exec_bits = []
    if shares:
        exec_bits.append(f"{_count(shares)} shares")
    if price:
        exec_bits.append(f"at ${price:,.2f}")
    if amount:
        exec_bits.append(f"({money(amount)})" if exec_bits else money(amount))
    if exec_bits and kind != "authorization":
        verb = "repurchased" if kind in ("execution", "private", "table") else ""
        parts.append((verb + " " + " ".join(exec_bits)).strip())
    if f.get("authorized_usd"):
        parts.append(f"up to {money(f['authorized_usd'])}")
    elif f.get("authorized_shares"):
        parts.append(f"up to {_count(f['authorized_shares'])} shares")
    if pct:
        parts.append(f"{pct:g}% of shares")
    if kind == "table" and not exec_bits:
        parts.append("purchases in the Item 703 table")
    if not parts:
        parts.append("share repurchase")
    title = ", ".join(parts)  # the kind ("Buyback") is shown beside the title, never in it
    return title[:1].upper() + title[1:]
