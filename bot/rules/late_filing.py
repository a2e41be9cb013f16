"""late_filing: Form 12b-25 notices (NT 10-K, NT 10-Q, NT 20-F, NT 11-K, NT 10-D and /A), their
Part III narratives seen alone, press releases and 8-Ks announcing a late 10-K/10-Q, 8-K Item
3.01 late-filer deficiency notices (Nasdaq Listing Rule 5250(c)(1), NYSE 802.01E) and 10-K text
admitting delinquent periodic reports. Pure.

Severity ladder:

| signal                                                                  | severity |
|-------------------------------------------------------------------------|----------|
| Form 12b-25 (or its narrative) with the Part II box checked             | medium   |
| ... Part II box unchecked / "does not anticipate ... within the extension" | high  |
| ... Part IV(3) significant change expected, or the reason is an accounting | high  |
|     problem (restatement, non-reliance, material weakness, investigation,|          |
|     auditor resignation)                                                 |          |
| press release / 8-K / 10-K: report late, delayed or not yet filed      | medium   |
|     (high when the same passage gives an accounting reason)              |          |
| exchange deficiency notice for a late periodic report (5250(c)(1), 802.01E) | high  |

Refused: the cover question "Indicate by check mark whether the registrant (1) has filed all
reports ...", Section 16 (Forms 3/4/5) delinquencies, risk-factor hypotheticals ("if we fail to
timely file ..."), the Part II boilerplate of the form itself.
"""

from __future__ import annotations

import re
from datetime import date

from bot.models import Document, Filing, Finding, Kind, Severity
from bot.rules.items import filing_items
from bot.rules.numbers import iter_dates
from bot.rules.regex import fast_compile
from bot.rules.text import (
    clip,
    find_sentences,
    next_sentence,
    normalize_ws,
    paragraphs,
    register_keywords,
    sentence_at,
    sentences,
    unescape,
)

_F = re.I

_NT_FORM = fast_compile(r"^NT\s*(10-K|10-Q|20-F|11-K|10-D|N-?CEN|N-?CSR|10-KT|10-QT)(?:/A)?$", _F)
_REPORTS = r"(?:Form\s*(?:10-?K|10-?Q|20-?F|40-?F|11-?K|10-?D)|Annual\s+Report|Quarterly\s+Report|Transition\s+Report|10-[KQ]\b|periodic\s+report(?:s|ing)?)"
_REPORT_RE = fast_compile(_REPORTS, _F)

# --- what the narrative of a 12b-25 says, and how late notices are written elsewhere ---------

# Every alternative of _SIGNAL starts with one of KEYWORDS (see text.keyword_matches).
KEYWORDS = ("unable", "not be able", "not able", "could not", "cannot", "delinquent", "not current", "not meet",
            "not expect", "not anticipate", "not believe", "extension",
            # (" miss", " defer", " push": a space before, not "Commission"; few keywords in all, so
            # that the shared scan stays fast: it slows down past about 100)
            " miss", " defer", " push", "more time", "additional time", "itself of", "filed late", "12b-25",
            "late filing", "Late Filing", "LATE FILING", "not be current", "4310", "4320", "section 134", "sections 134",
            "filed", "file ", "delay", "5250", "802.01", "diligently", "timely",
            "in a position", "fail", "DELAY")  # (case variants share one scanned keyword; "DELAY": a headline in capitals)
register_keywords(KEYWORDS)
_SIGNAL = fast_compile(
    r"unable|not\s+(?:be\s+)?able|could\s+not|cannot|delinquent|not\s+(?:be\s+)?current|not\s+meet|not\s+expect|not\s+anticipate|not\s+believe"
    r"|(?:(?<=not\s)|(?<=yet\s)|(?<=been\s)|(?<=timely\s))filed|filed\s+a\b"
    r"|(?:(?<=not\s)|(?<=timely\s)|(?<=postpone\s))file\s|late\s+filing|delay\w*|5250|802\.01"
    r"|diligently|timely|in\s+a\s+position|fail(?:ed|ure|ing)?\s+to|extension\s+(?:of|period)|12b-25|4310|4320|sections?\s+134\b"
    r"|\smiss(?:es|ed)?\s+(?:the|its|filing)\b|\sdefer(?:s|red)?\s+(?:the\b|filing)|\spush(?:es|ed)?\s+back"
    r"|(?:more|additional)\s+time|itself\s+of\b|filed\s+late",
    _F,
)
# A late-filing sentence names the report (or the listing rule); checked around each keyword
# before any sentence is extracted.
_NEAR = ("10-K", "10-Q", "20-F", "40-F", "11-K", "10-D", "Annual Report", "annual report", "Quarterly Report",
         "quarterly report", "periodic report", "Periodic Report", "Transition Report", "5250",
         "802.01", "12b-25", "ANNUAL REPORT", "QUARTERLY REPORT", "4310", "4320")
# what is to be filed: the periodic report ("its Quarterly Report on Form 10-Q", "with the SEC its Form 10-K")
_REPORT_OBJECT = (r"(?:with\s+the\s+(?:SEC|Securities\s+and\s+Exchange\s+Commission)\s+)?(?:its\s+|the\s+|our\s+|their\s+)?(?:[\w,-]+\s+){0,3}?(?:annual\s+reports?|quarterly\s+reports?|periodic\s+reports?|form\s*10-?[KQ]|10-?[KQ]|form\s*20-?F|20-?F)\b")
_UNABLE_TO_FILE = fast_compile(
    r"(?:unable|not\s+(?:be\s+)?able|could\s+not|cannot|will\s+not\s+be\s+able|not\s+be\s+in\s+a\s+position)[\s,]+"
    r"(?:[\w,]+\s+){0,8}?"
    r"(?:to\s+)?(?:timely\s+)?file\b"
    # "will be unable to compile and review certain information required in order to permit the
    # Company to file a timely Annual Report on Form 10-K"
    r"|(?:unable|not\s+(?:be\s+)?able)\s+to\s+[^.;]{0,150}?\bto\s+file\s+(?:a\s+)?timely\b"
    # "it could not complete its 10-K by the deadline"
    r"|(?:unable\s+to|could\s+not|cannot|will\s+not\s+be\s+able\s+to)\s+complete\s+(?:its|the|our)\s+[^.;]{0,90}?"
    r"(?:10-?[KQ]|annual\s+report|quarterly\s+report|form\s*10-?[KQ])\b"
    # "while Friday, March 10 is the prescribed due date for the filing of the company's Annual
    # Report on Form 10-K ..., it does not expect to file by that date"
    r"|\b(?:do|does|did)\s+not\s+(?:expect|anticipate|intend)\s+to\s+(?:be\s+able\s+to\s+)?(?:timely\s+)?file\b"
    r"(?=[^.;]{0,120}?\b(?:by|before|within|as\s+scheduled|on\s+time)\b)"
    # "the Company's 2006 Form 10-K, which Sunrise does not expect to be filed on time"; "does not
    # expect its Annual Report on Form 10-K for the fiscal year ended ... to be filed by the deadline"
    r"|\b(?:do|does|did)\s+not\s+(?:expect|anticipate)\s+[^.;]{0,120}?\bto\s+be\s+(?:timely\s+)?filed\b"
    r"(?=[^.;]{0,120}?\b(?:by|before|within|as\s+scheduled|on\s+time)\b)"
    # "the Company currently does not anticipate that it will be able to file timely its Quarterly Report"
    r"|\b(?:do|does|did)\s+not\s+(?:expect|anticipate|believe)\s+(?:that\s+)?(?:it|the\s+company|we)\s+will\s+be\s+able\s+to\s+"
    r"(?:timely\s+)?file\s+(?:timely\s+)?" + _REPORT_OBJECT +
    # "said ... it will delay the release of ... results and miss the March 31 deadline for filing its 2004 annual report"
    r"|(?<!not\s)(?<!n't\s)\bmiss(?:es|ed)?\s+(?:the\s+|its\s+)?(?:\S+\s+){0,3}?(?:deadline|due\s+date)\s+(?:for|to)\s+(?:the\s+)?"
    r"fil(?:e|ing)\s+" + _REPORT_OBJECT +
    # "Company to miss filing due date of Form 10-Q for second quarter" (a headline)
    r"|(?<!not\s)(?<!n't\s)\bmiss(?:es|ed)?\s+(?:the\s+|its\s+)?filing\s+(?:deadline|due\s+date)\s+(?:of|for)\s+" + _REPORT_OBJECT +
    # "will not meet today's deadline for filing with the Securities and Exchange Commission its Form 10-Q"
    r"|\b(?:will|would|did|does|do|could)\s+not\s+meet\s+(?:\S+\s+){0,3}?(?:deadline|due\s+date)\s+(?:for|to)\s+(?:the\s+)?"
    r"fil(?:e|ing)\b",
    _F,
)
_TIMING = fast_compile(
    r"prescribed|unreasonable\s+effort|reasonable\s+effort|timely|on\s+time|due\s+date|deadline|as\s+scheduled"
    r"|by\s+(?:the\s+|its\s+)?(?:original\s+)?(?:due|filing)|within\s+the\s+(?:required|applicable)"
    r"|by\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"|\buntil\s+(?:after\s+)?(?:the\s+)?(?:completion|conclusion|finali[sz]ation|(?:audit|special)\s+committee|investigation|review"
    r"|restatement|such\s+time)",
    _F,
)
_DELINQUENT = fast_compile(
    r"\bunable\s+to\s+regain\s+compliance\s+with\s+(?:its\s+|the\s+)?(?:\S+\s+){0,6}?periodic\s+"
    r"(?:reporting|filing)\s+(?:requirements|obligations)"
    r"|\b(?:delinquent\s+(?:in\s+)?(?:filing|with|on)|(?:is|are|was|were|remains?|been|currently)\s+"
    r"(?:currently\s+)?delinquent|not\s+filed\s+until|not\s+current\s+in\s+(?:its|our|the)\s+"
    r"(?:filing|periodic|reporting|sec)|(?:has|have|had)\s+not\s+(?:yet\s+)?(?:been\s+)?filed"
    r"|(?:did|has|have)\s+not\s+(?:timely\s+)?file[d]?|not\s+(?:been\s+)?timely\s+filed|failing\s+to\s+(?:timely\s+)?file"
    # "Sunrise will not be current with all SEC filings, including the 2006 Form 10-Qs"
    r"|(?:will|would)\s+not\s+be\s+current\s+(?:with|in)\s+(?:all\s+)?(?:of\s+)?(?:its|our|the)?\s*(?:SEC\s+|periodic\s+)?(?:filings|reports)"
    r"|failure\s+to\s+(?:timely\s+)?file|failed\s+to\s+(?:timely\s+)?file|late\s+filing\s+of"
    r"|(?<!\bno\s)(?<!\bany\s)(?<!\bsignificant\s)\bdelay\s+(?:of|in)\s+(?:filing\s+)?(?:(?:its|our|the)\s+)?(?:\d{4}\s+)?"
    r"(?:(?:annual|quarterly)\s+report\s+on\s+)?form\s*10-?[KQ]"
    r"(?![^.]{0,200}\b(?:now\s+current|was\s+(?:timely\s+)?filed|has\s+(?:since\s+)?(?:been\s+)?filed|cured|resolved|regained))"
    r"|(?<!\bno\s)(?<!\bany\s)delay(?:ed|s)?\s+(?:quarterly\s+|annual\s+)?(?:in\s+)?(?:the\s+)?filing\s+of"
    # "Richardson Electronics Delays Filing Form 10-Q To Correct Accounting ..." (a headline)
    r"|(?<!\bno\s)(?<!\bany\s)delay(?:ed|s)?\s+filing\s+(?:\d{4}\s+)?form\s*10-?[KQ]\b"
    # "will file for a five-day extension of the April 7, 2005 filing deadline for its quarterly report"
    r"|\b(?:file|filed|filing|request\w*|seek\w*|sought|obtain\w*)\s+(?:for\s+)?(?:a|an|the)\s+(?:\S+-day\s+)?extension\s+of\s+"
    r"(?:the\s+)?(?:\S+\s+){0,4}?(?:filing\s+)?(?:deadline|due\s+date)\s+for\s+(?:(?:its|our|the)\s+)?(?:\S+\s+){0,3}?"
    r"(?:annual\s+report|quarterly\s+report|form\s*10-?[KQ]|10-?[KQ])\b"
    r"|(?<!\bno\s)(?<!\bany\s)delay(?:ed|s)?\s+(?:quarterly\s+|annual\s+)?(?:in\s+)?(?:the\s+)?filing\s+(?:its|our)\b"
    r"(?![^.]{0,200}\b(?:now\s+current|was\s+filed\s+on|has\s+(?:since\s+)?(?:been\s+)?filed|cured|resolved|regained))"
    r"|(?<!\bnot\s)(?<!\bwithout\s)\bdelaying\s+(?:the\s+)?filing\s+(?:of\s+)?(?:its|our|the)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:annual\s+report|quarterly\s+report|periodic\s+report|form\s+10-?[KQ]|10-?[KQ])"
    r"|filing\s+(?:of\s+)?(?:\w+\s+){0,6}?(?:has\s+been|was|is|will\s+be)\s+delayed"
    r"|filing\s+(?:of\s+(?:(?!not\b|no\b)[\w'’-]+\s+){0,6}?)?to\s+be\s+delayed"
    r"|(?:will|would)\s+not\s+(?:be\s+)?(?:timely\s+)?file[d]?|postpone\w*\s+(?:the\s+)?filing"
    # "will defer the filing of its Quarterly Report", "would push back the filing of its quarterly report"
    r"|(?:defer(?:s|red|ring)?|push(?:es|ed|ing)?\s+back)\s+(?:the\s+)?filing\s+(?:of\s+)?" + _REPORT_OBJECT +
    # "needed more time to file its annual report"
    r"|(?<!not\s)(?<!n't\s)(?:needs?|needed|requires?|required)\s+(?:more|additional)\s+time\s+to\s+(?:complete\s+and\s+)?file\s+" + _REPORT_OBJECT +
    # "to avail itself of the 45-day extension to file its Quarterly Report" (the SEC's 2020 order)
    r"|avail\w*\s+(?:itself|themselves|ourselves)\s+of\s+(?:the\s+)?(?:\S+\s+){0,2}?extension\s+to\s+file\b"
    # "the Company's annual report on Form 40-F will also be filed late"
    r"|(?:10-?[KQ]|[24]0-?F|annual\s+report|quarterly\s+report)\b(?:(?!\b(?:our|its|their|and)\b)[^.;]){0,80}?"
    r"\b(?:will|would)\s+(?:also\s+)?be\s+filed\s+late\b"
    r"|(?:filed|file|filing)\s+(?:with\s+the\s+(?:SEC|Securities\s+and\s+Exchange\s+Commission)\s+)?(?:a\s+)?"
    r"(?:Form\s+12b-25|notification\s+of\s+late\s+filing|NT\s+10-[KQ])"
    # "would require an extension of time to file its Annual Report on Form 10-K, which was due to be filed today"
    r"|(?<!not\s)(?<!n't\s)(?:requir|need|seek|request)\w*\s+an?\s+extension\s+of\s+(?:the\s+)?time\s+to\s+file\s+" + _REPORT_OBJECT +
    # "the Company has filed for the fifteen (15) day extension period provided under Rule 12b-25"
    r"|(?<!not\s)(?<!n't\s)(?<!never\s)(?:filed|file|request\w*|sought|seek\w*)\s+(?:for\s+)?(?:the|an?)\s+(?:[\w()-]+\s+){0,4}?extension\s+(?:period\s+)?"
    r"(?:provided\s+|permitted\s+|available\s+)?(?:under|pursuant\s+to|by)\s+Rule\s+12b-25)",
    _F,
)
_WORKING = fast_compile(
    r"work(?:s|ing)?\s+diligently\s+to\s+(?:complete|file|finalize|prepare)|expects?\s+to\s+be\s+in\s+a\s+"
    r"position\s+to\s+file|as\s+soon\s+as\s+(?:reasonably\s+)?practic\w+\s+(?:after|following)",
    _F,
)
_LISTING = fast_compile(
    # (Nasdaq's rules before 2006: 4310(c)(14) and 4320(e)(12); the Amex Company Guide's section 134)
    r"5250\s*\(c\)\s*\(1\)|802\.01E|4310\s*\(c\)\s*\(14\)|4320\s*\(e\)\s*\(12\)|sections?\s+134\b"
    r"|listing\s+rule\s+5250\(c\)|continued\s+listing\s+(?:\w+\s+){0,4}"
    r"(?:timely|filing)|(?:notice|letter|notification)\s+(?:\w+\s+){0,12}?(?:not|non-?)\s*(?:in\s+)?compliance"
    r"(?:\s+with)?\s+(?:\w+\s+){0,10}?(?:timely|filing|file)",
    _F,
)
_SECTION16 = fast_compile(r"section\s+16|forms?\s+[345]\b|beneficial\s+ownership|form\s+13[dfg]|schedule\s+13", _F)
_COVER = fast_compile(r"indicate\s+by\s+check\s+mark|has\s+filed\s+all\s+reports\s+required"
                      # "We make available on our corporate website ... our annual reports on Form 10-K ... as soon
                      # as reasonably practicable after we electronically file"
                      r"|\bas\s+soon\s+as\s+reasonably\s+practicable\s+after\s+(?:we|it|the\s+company)\s+(?:electronically\s+)?(?:file|files|filed)", _F)
_HYPO = fast_compile(
    r"\b(?:if|could|may(?!\s+\d)|might|would|should|unless|whether|potential(?:ly)?|possibl[ey]"
    r"|risk\s+that|any\s+(?:future\s+)?(?:failure|delay|inability)|in\s+the\s+event|were\s+to|to\s+the\s+extent"
    r"|there\s+can\s+be\s+no\s+assurance|no\s+assurance|future)\b",
    _F,
)
_ACCOUNTING_REASON = fast_compile(
    r"restat|no\s+longer\s+be\s+relied|not\s+be\s+relied|material\s+weakness|investigation|misstat"
    r"|irregularit|(?:accounting|auditor|accountant|accounting\s+firm)[^.]{0,60}\bresign|resigned"
    r"|errors?\s+in\s+(?:the\s+|its\s+|our\s+)?(?:previously|prior)|review\s+of\s+(?:its\s+|the\s+company.s\s+)?"
    r"(?:financial\s+reporting|accounting)|special\s+committee|forensic|accounting\s+review"
    r"|\bcorrect\w*\s+(?:the\s+|its\s+|certain\s+)?(?:\w+\s+)?accounting\b",
    _F,
)
# a paragraph that gives the delay's reason after the one announcing it
_REASON_NEXT = fast_compile(
    r"\W{0,3}(?:the|this|such)\s+delay\s+(?:in\s+(?:the\s+)?filing\b|(?:is|was|has\s+been)\s+(?:due|caused|necessitated|the\s+result"
    r"|attributable|primarily|a\s+result)|results?\s+from)|\W{0,3}(?:the|this)\s+(?:additional\s+time|extension)\s+(?:is|was)\s+"
    r"(?:needed|required|necessary)|\W{0,3}the\s+reason\s+for\s+the\s+delay", _F)
_REASON_TOPICS = (
    (fast_compile(r"no\s+longer\s+be\s+relied|not\s+be\s+relied|restat", _F), "restatement"),
    (fast_compile(r"investigation|special\s+committee|forensic", _F), "investigation"),
    (fast_compile(r"material\s+weakness", _F), "material weakness"),
    (fast_compile(r"resign|dismiss|new\s+(?:independent\s+)?(?:auditor|accounting\s+firm)|change\s+in\s+"
                r"(?:the\s+company.s\s+)?(?:independent\s+)?(?:auditor|accounting\s+firm)", _F),
     "auditor change"),
    (fast_compile(r"review\s+of|accounting\s+(?:review|issue|matter)|misstat|error", _F), "accounting review"),
)

# --- the form itself ----------------------------------------------------------------------------

_CHECKED = r"(?:☒|☑|✔|✓|✗|✘|■|þ|ý|\[\s*[xX✓✔]\s*\]|\(\s*[xX]\s*\)|(?<![\w.])[xX](?![\w.-]))"
_UNCHECKED = r"(?:☐|□|¨|o(?=\s*\|?\s*(?:\(a\)|Yes|No|The\s+reasons))|q(?=\s)|\[\s*\]|\(\s*\)|(?<![\w.])[oq](?![\w.-]))"
_BOX = fast_compile(rf"(?P<on>{_CHECKED})|(?P<off>{_UNCHECKED})")
_FORM_12B25 = fast_compile(r"FORM\s+12b-25|NOTIFICATION\s+OF\s+LATE\s+FILING", _F)
_PERIOD_LINE = fast_compile(
    r"(?:For\s+(?:the\s+)?(?:fiscal\s+)?(?:Period|Year|Quarter)\s+Ended|Period\s+Ended)\s*[:\-]?\s*"
    r"([A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}/\d{1,2}/\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})",
    _F,
)
_NARRATIVE_PERIOD = fast_compile(
    r"(?:fiscal\s+)?(?:year|quarter|period|quarterly\s+period|fiscal\s+quarter)\s+ended\s+"
    r"((?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\.?\s+\d{1,2},?\s+\d{4})",
    _F,
)
# Part headings of the form ("PART III — NARRATIVE"); "Part III of this form" in Part II's text
# is not one.
_PART = fast_compile(
    r"PART\s+(I{1,3}|IV)\b\s*[-—–:.|]*\s*(?=REGISTRANT|RULES?\b|NARRATIVE|OTHER\s+INFORMATION)", re.I
)
_CHECK_ONE = fast_compile(r"check\s+one", _F)
_SIG_CHANGE_Q = fast_compile(r"significant\s+change\s+in\s+results\s+of\s+operations", _F)
_EXT_YES = fast_compile(
    r"within\s+the\s+(?:fifteen|five|15|5)(?:th)?[- ](?:calendar[- ])?day\s+(?:extension|grace)|on\s+or\s+"
    r"before\s+the\s+(?:fifteenth|fifth)\s+calendar\s+day|within\s+the\s+(?:extension|grace)\s+period"
    r"|extension\s+(?:period\s+)?(?:provided|prescribed|permitted)\s+(?:by|under)\s+Rule\s+12b-25",
    _F,
)
_EXT_NO = fast_compile(
    r"(?:not|no)\s+(?:\w+\s+){0,14}?(?:within|by)\s+the\s+(?:\w+[- ]){0,3}(?:extension|grace)"
    r"|unable\s+to\s+estimate\s+(?:the\s+)?(?:timing|when|date)|cannot\s+(?:at\s+this\s+time\s+)?"
    r"(?:predict|estimate)\s+when",
    _F,
)
_INSTRUCTION = fast_compile(
    r"state\s+below\s+in\s+reasonable\s+detail[^.]*?prescribed\s+time\s+period\.?", _F
)
_REASON_HINT = fast_compile(
    r"\bbecause\b|\bdue\s+to\b|\bas\s+a\s+result\b|additional\s+time|in\s+light\s+of|\breasons?\b", _F
)


def _report_of(text: str) -> str | None:
    m = _REPORT_RE.search(text)
    if not m:
        return None
    w = m.group(0).lower().replace(" ", "")
    if "annual" in w:
        other = re.search(r"[24]0-F", text[m.start() : m.end() + 30])
        return other.group(0) if other else "10-K"
    if "quarterly" in w:
        return "10-Q"
    if "transition" in w or "periodic" in w:
        r = re.search(r"10-?K|10-?Q|20-?F", text[m.start() : m.end() + 30], _F)
        return r.group(0).upper().replace("10K", "10-K").replace("10Q", "10-Q") if r else None
    for code in ("10-K", "10-Q", "20-F", "40-F", "11-K", "10-D"):
        if code.replace("-", "") in w.replace("-", "").upper().replace("FORM", ""):
            return code
    return None


def _iso(text: str) -> str | None:
    d = iter_dates(text)
    return d[0][0].isoformat() if d else None


def _hypothetical(sentence: str, pos: int) -> bool:
    if re.search(r"\bif\b", sentence[:pos], _F):
        return True
    before = _DETERMINED_WOULD_NOT.sub(lambda m: " " * len(m.group(0)), sentence)[:pos]  # (same length)
    head = before[max(0, pos - 160) :]
    if _SAID_WOULD.search(head):
        # reported speech is no hedge: "The company also said it would delay the filing of its
        # Form 10-Q" (unless a condition follows: "... if the review is not completed")
        if re.search(r"\b(?:if|unless)\b|\bin\s+the\s+(?:unlikely\s+)?event\b", sentence[pos:], _F):
            return True
        head = _SAID_WOULD.sub(" ", head)
    for sep in (";", ":"):
        i = head.rfind(sep)
        if i >= 0:
            head = head[i + 1 :]
    return bool(_HYPO.search(head))


_CURED = fast_compile(r"\bregained\s+compliance|\b(?:is|are)\s+now\s+current\b|\bnow\s+(?:complies|in\s+compliance)\b"
                      r"|\b(?:deficiency|matter)\s+(?:is|was|has\s+been)\s+(?:now\s+)?resolved\b", _F)
_NOT_EXPECTED = fast_compile(r"\b(?:do|does|did)\s+not\s+(?:expect|anticipate|believe)\b[^.;]{0,80}$", _F)
# "Nasdaq had determined that the Company would not be in a position to file all required periodic
# reports": a finding reported, not a hedge
_DETERMINED_WOULD_NOT = fast_compile(r"\b(?:determined|concluded|stated|indicated)\s+that\s+(?:the\s+company|it|we)\s+would\s+not\s+be\s+"
                                     r"(?:able|in\s+a\s+position)\s+to\s+(?:timely\s+)?file\b", _F)
# (at the end of the words before the delay itself: "said it would be unusual to delay" stays a hedge)
_SAID_WOULD = fast_compile(r"\b(?:said|announced|stated|disclosed)\b(?:[^.;]{0,40}?\s)?(?:that\s+)?(?:it|the\s+company)\s+would\s*$", _F)


# --- Form 12b-25 ---------------------------------------------------------------------------------


def _parts(text: str) -> dict[str, tuple[int, int]]:
    """Offsets of PART I..IV of a Form 12b-25 (headings in capitals)."""
    found: dict[str, int] = {}
    for m in _PART.finditer(text):
        name = m.group(1)
        if name not in found:
            found[name] = m.end()
    order = sorted(found.items(), key=lambda kv: kv[1])
    out: dict[str, tuple[int, int]] = {}
    for i, (name, start) in enumerate(order):
        end = order[i + 1][1] if i + 1 < len(order) else len(text)
        out[name] = (start, end)
    return out


def _extension_box(part2: str) -> bool | None:
    """State of the Rule 12b-25(b) box: the first box in Part II after its instruction."""
    start = 0
    m = re.search(r"check\s+box\s+if\s+appropriate\)?", part2, _F)
    if m:
        start = m.end()
    # the box sits before "(a)" or at the start of the (a)-(c) block
    end_m = re.search(r"\(b\)|will\s+be\s+filed\s+on\s+or\s+before", part2[start:], _F)
    seg = part2[start : start + (end_m.start() if end_m else 400)]
    a = re.search(r"\(a\)|the\s+reasons?\s+described", seg, _F)
    # prefer a box just before "(a)"; else the first box in the segment
    candidates = list(_BOX.finditer(seg))
    if not candidates:
        return None
    if a:
        before = [c for c in candidates if c.end() <= a.start()]
        if before:
            return before[-1].group("on") is not None
    return candidates[0].group("on") is not None


def _yes_no(segment: str) -> bool | None:
    """Read "Yes ☐ No ☒" or "☒ Yes ☐ No" (first pair after a question)."""
    tokens = [
        ("box_on" if t.group("on") else "box_off", t.start())
        for t in _BOX.finditer(segment)
    ]
    labels = [(m.group(0).lower(), m.start()) for m in re.finditer(r"\b(?:Yes|No)\b", segment, _F)]
    if len(labels) < 2 or not tokens:
        return None
    labels = labels[:2]
    # orientation: is each box right after its label, or right before it?
    after = []
    for lab, pos in labels:
        nxt = [t for t in tokens if t[1] > pos]
        prv = [t for t in tokens if t[1] < pos]
        after.append((lab, nxt[0] if nxt else None, prv[-1] if prv else None))
    box_first = tokens[0][1] < labels[0][1]
    for lab, nxt, prv in after:
        tok = prv if box_first else nxt
        if tok and tok[0] == "box_on":
            return lab == "yes"
    return None


def _nt_finding(filing: Filing, doc: Document, form: str | None) -> Finding | None:
    text = unescape(doc.text)  # checkbox entities (&#9746;) left by some conversions
    parts = _parts(text)
    report: str | None = None
    m = _NT_FORM.match((form or "").strip())
    if m:
        report = m.group(1).upper()
    if report is None:
        # "(Check one): ☒ Form 10-K ☐ Form 20-F ..."
        c = _CHECK_ONE.search(text[:5000])
        seg = text[c.end() : c.end() + 300] if c else ""
        for b in _BOX.finditer(seg):
            if b.group("on"):
                report = _report_of(seg[b.end() : b.end() + 25])
                break
    facts: dict[str, object] = {}
    pm = _PERIOD_LINE.search(text[:8000])
    period = _iso(pm.group(1)) if pm else None
    if period is None and filing.period:
        period = filing.period.isoformat()
    narrative = ""
    if "III" in parts:
        a, b = parts["III"]
        narrative = text[a:b]
        ins = _INSTRUCTION.search(narrative[:600])
        if ins:
            narrative = narrative[ins.end() :]
    if not narrative.strip():
        hit = next(iter(find_sentences(text, _UNABLE_TO_FILE, limit=3)), None)
        narrative = hit.context if hit else ""
    narrative = normalize_ws(unescape(narrative))
    ins = _INSTRUCTION.search(narrative)
    if ins:  # an excerpt that still carries the form's Part II boilerplate and instruction
        narrative = narrative[ins.end() :].strip()
    if period is None:
        nm = _NARRATIVE_PERIOD.search(narrative)
        period = _iso(nm.group(1)) if nm else None
    if report is None:
        report = _report_of(narrative)
    if report:
        facts["report"] = report
    if period:
        facts["period"] = period
    ext = _extension_box(text[parts["II"][0] : parts["II"][1]]) if "II" in parts else None
    if ext is None:
        ext = _extension_from_narrative(narrative)
    if ext is not None:
        facts["extension_expected"] = ext
    reason = _reason(narrative)
    if reason:
        facts["reason"] = reason
    if "IV" in parts:
        a, b = parts["IV"]
        q = _SIG_CHANGE_Q.search(text, a, b)
        if q:
            qm = text.find("?", q.end(), b)
            seg = text[qm + 1 : qm + 200] if qm >= 0 else text[q.end() : q.end() + 300]
            sc = _yes_no(seg)
            if sc is not None:
                facts["significant_change"] = sc
    evidence = _evidence_from(narrative) or reason or ""
    if not evidence:
        evidence = normalize_ws(text[:300])
    return _finding(filing, doc, facts, evidence, narrative, nt=True)


def _extension_from_narrative(narrative: str) -> bool | None:
    if _EXT_NO.search(narrative):
        return False
    if _EXT_YES.search(narrative):
        return True
    return None


def _reason(narrative: str) -> str | None:
    if not narrative:
        return None
    sents = [s for s in sentences(narrative) if len(s) > 30 and not _shouting(s)][:8]
    if not sents:
        return None
    for s in sents:
        if _ACCOUNTING_REASON.search(s):
            return clip(s, 300)
    for s in sents:
        if _REASON_HINT.search(s):
            return clip(s, 300)
    return clip(sents[0], 300)


def _shouting(s: str) -> bool:
    """A headline or heading in capitals, not a sentence."""
    letters = sum(c.isalpha() for c in s[:200])
    return letters > 0 and sum(c.isupper() for c in s[:200]) / letters > 0.6


def _evidence_from(narrative: str) -> str | None:
    sents = [s for s in sentences(narrative) if len(s) > 30]
    if not sents:
        return None
    first = sents[0]
    if len(first) < 200 and len(sents) > 1:
        return clip(f"{first} {sents[1]}")
    return clip(first)


# --- other documents ------------------------------------------------------------------------------


_AMENDMENTS_AFTER = fast_compile(r"(?:(?!10-[KQ]|report)[^.;]){0,60}?\bamendments?\s+to\b", _F)


def _classify(sentence: str) -> tuple[str, re.Match[str]] | None:
    """('nt' | 'listing' | 'delinquent' | 'working', match) for a late-filing sentence."""
    if _COVER.search(sentence) or _SECTION16.search(sentence):
        return None
    listing = _LISTING.search(sentence)
    notice = bool(listing and not _hypothetical(sentence, listing.start()) and re.search(
        r"notice|letter|notif|received|not\s+in\s+compliance|noncompliance|non-compliance|deficien|delinquen"
        r"|\bto\s+regain",
        sentence, _F,
    ) and not re.search(r"\bregained\b|\bmatter\s+(?:is|has\s+been)\s+(?:now\s+)?closed\b|\bcured\b"
                        r"|\bnot\s+subject\s+to\s+any\b|\bis\s+current\s+in\b|\bresolved\b|\bnow\s+(?:complies|in\s+compliance)\b"
                        r"|\bsatisfied\b|\bsatisfies\b", sentence, _F))
    m = _UNABLE_TO_FILE.search(sentence)
    if m and m.group(0)[:4].lower() == "miss" and _NOT_BEFORE.search(sentence, max(0, m.start() - 60), m.start()):
        m = None  # "does not expect to miss the deadline", "does not anticipate that it will miss"
    if m and _REPORT_RE.search(sentence) and _TIMING.search(sentence) and not _hypothetical(sentence, m.start()):
        # (an exchange's notice that the company cannot file is read as the notice)
        return ("listing", listing) if notice else ("nt", m)
    if notice:
        return "listing", listing
    m = _DELINQUENT.search(sentence)
    if m and m.group(0).lower().startswith("fail") and _HYPO.search(sentence):
        m = None  # "failure to timely file ... could result in ..."
    if m and "delay" in m.group(0).lower() and _NOT_EXPECTED.search(sentence[: m.start()]):
        m = None  # "does not expect this tax issue to delay the filing of its Annual Report on Form 10-K"
    if m and m.group(0)[:4].lower() in _NEGATABLE and _NOT_BEFORE.search(sentence, max(0, m.start() - 120), m.start()):
        m = None  # "does not intend to avail itself of the 45-day extension", "no longer needs additional time"
    if m and _ALL_ON_TIME.search(sentence):
        m = None  # "has not filed any of its reports late and remains in compliance with ... 5250(c)(1)"
    if m and _NOT_YET_DUE.search(sentence, m.end(), m.end() + 80):
        m = None  # "has not yet been filed (and, as of the date hereof, is not yet due)"
    if m and _AMENDMENTS_AFTER.match(sentence, m.end()):
        m = None  # "has not filed, and does not intend to file, amendments to the ... 10-Q"
    # (the reports may be named by the listing rule: "has not filed those reports, which are required
    # under Listing Rule 5250(c)(1)")
    if m and (_REPORT_RE.search(sentence) or listing) and not _hypothetical(sentence, m.start()):
        return "delinquent", m
    m = _WORKING.search(sentence)
    if m and _REPORT_RE.search(sentence) and not _hypothetical(sentence, m.start()) and not _ON_TIME.search(sentence):
        return "working", m
    return None


_SHORT_HEADLINE = fast_compile(r"\bdelay\w*\s+(?:\w+\s+){0,3}?(?:form\s*)?10-?[KQ]\b", _F)

# "... and expects to file its Annual Report on Form 10-K on or before the March 1, 2024 deadline":
# the work is said to end in time
_ON_TIME = fast_compile(r"\bon\s+or\s+before\b[^.;]{0,60}?\b(?:deadline|due\s+date)|\bon\s+time\b|\btimely\b"
                        r"|\bwithin\s+the\s+(?:\w+\s+){0,2}?(?:deadlines?|prescribed|required)", _F)

_NOT_BEFORE = fast_compile(r"\b(?:not|never|n't|no\s+longer)\b[^.;]{0,110}$", _F)
_NEGATABLE = ("avai", "need", "requ", "defe", "push", "10-k", "10-q", "20-f", "40-f", "annu", "quar")
_ALL_ON_TIME = fast_compile(r"\bnot\s+filed\s+any\b[^.;]{0,60}\blate\b|\b(?:remains?|is|are|continues?\s+to\s+be)\s+in\s+compliance\b", _F)
_NOT_YET_DUE = fast_compile(r"\bnot\s+(?:yet\s+)?(?:be\s+)?due\b|\bnot\s+due\s+until\b", _F)

_ORDER = {"nt": 4, "listing": 3, "delinquent": 2, "working": 1}


def _period_in(sentence: str, filing: Filing, report: str | None) -> str | None:
    nm = _NARRATIVE_PERIOD.search(sentence)
    if nm:
        return _iso(nm.group(1))
    # "Annual Report on Form 10-K for 2005": the fiscal year-end from the header
    fy = re.search(r"Form\s+10-?K\s+for\s+(?:fiscal\s+(?:year\s+)?)?((?:19|20)\d\d)\b", sentence, _F)
    if fy and report == "10-K" and filing.fiscal_year_end and len(filing.fiscal_year_end) == 4:
        try:
            return date(int(fy.group(1)), int(filing.fiscal_year_end[:2]),
                        int(filing.fiscal_year_end[2:])).isoformat()
        except ValueError:
            return None
    return None


# "it expects to file its fiscal 2005 Form 10-K, which will include restated financial reporting
# ..., within the next four months" in an 8-K filed in May 2007: a report years overdue, told only by
# its dates
_TO_FILE_YEAR = fast_compile(
    r"\b(?:expects?|intends?|plans?|anticipates?)\s+to\s+(?:complete\s+and\s+)?file\s+(?:its|our|the)\s+"
    r"(?:fiscal\s+(?:year\s+)?)?((?:19|20)\d\d)\s+(?:annual\s+report\s+on\s+)?form\s*10-?K\b", _F)
register_keywords(("to file",))


def _overdue_annual_report(filed: date, docs: list[Document]) -> tuple[int, int, str, str, Document, str] | None:
    """A 10-K for a fiscal year named by a year that ended long before the filing's own date (even
    a 52-53 week year ending early in the next year, with 90 days to file, is due by mid-May)."""
    for doc in docs[:2]:
        for hit in find_sentences(doc.text, _TO_FILE_YEAR, limit=10, keywords=("to file",), back=60):
            year = int(hit.match.group(1))
            if filed > date(year + 1, 6, 30) and not _hypothetical(hit.sentence, hit.match.start()):
                return (_ORDER["delinquent"] * 2, 0, "delinquent", hit.sentence, doc, hit.context)
    return None


# "The Company currently expects to file with the SEC its Form 10-K by mid-October 2023" under a
# heading "2022 Form 10-K ... Filing Timing": a fiscal year's report expected long after it was due
_TO_FILE_BY = fast_compile(
    r"\b(?:expects?|intends?|plans?|anticipates?)\s+to\s+file\s+(?:with\s+the\s+(?:SEC|Securities\s+and\s+Exchange\s+Commission)\s+)?"
    r"(?:its|our|the)\s+(?:((?:19|20)\d\d)\s+)?(?:annual\s+report\s+on\s+)?form\s*10-?K\s+(?:by|in|during|on\s+or\s+before)\s+"
    r"(?:(?:early|mid|late|the\s+end\s+of)[-\s]+)?(January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\s+((?:19|20)\d\d)\b", _F)
_NAMED_10K_YEAR = fast_compile(r"\b((?:19|20)\d\d)\s+(?:annual\s+report\s+on\s+)?form\s*10-?K\b", _F)
_MONTH_NO = {m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                          "september", "october", "november", "december"), start=1)}


_SENTENCE_END = fast_compile(r"[.!?][\"”’)]?\s")


def _heading_line(text: str, pos: int) -> bool:
    """The line holding `pos` is a heading: short, with no sentence end ("2022 Form 10-K, Q1 Form
    10-Q and Q2 Form 10-Q Filing Timing"), not a sentence that mentions an earlier report."""
    line = text[text.rfind("\n", 0, pos) + 1 : (text.find("\n", pos) + 1 or len(text) + 1) - 1]
    return len(line) < 160 and not line.rstrip().endswith((".", ";", ","))


def _expected_long_after(docs: list[Document]) -> tuple[int, int, str, str, Document, str] | None:
    """A 10-K for a named fiscal year that the company expects to file after the June following
    that year (no fiscal year's report is due so late)."""
    for doc in docs[:2]:
        for hit in find_sentences(doc.text, _TO_FILE_BY, limit=10, keywords=("to file",), back=60):
            m = hit.match
            # the fiscal year named in the sentence, else by the nearest mention before it (a heading)
            years = [y.group(1) for y in _NAMED_10K_YEAR.finditer(doc.text, max(0, m.start() - 400), m.start())
                     if _heading_line(doc.text, y.start()) or not _SENTENCE_END.search(doc.text, y.end(), m.start())]
            named = m.group(1) or (years[-1] if years else None)
            at = hit.sentence.find(m.group(0)[:30])
            if named is None or _hypothetical(hit.sentence, max(at, 0)):
                continue
            expected = date(int(m.group(3)), _MONTH_NO[m.group(2).lower()], 1)
            if expected > date(int(named) + 1, 6, 30):
                return (_ORDER["delinquent"] * 2, 0, "delinquent", hit.sentence, doc, hit.context)
    return None


def _text_finding(filing: Filing, docs: list[Document]) -> Finding | None:
    best: tuple[int, int, str, str, Document, str] | None = None  # (rank, -idx, kind, sent, doc, ctx)
    idx = 0
    for doc in docs:
        for hit in find_sentences(doc.text, _SIGNAL, limit=150, keywords=KEYWORDS, near=_NEAR):
            idx += 1
            s = hit.sentence
            if (len(s) < 40 and not _SHORT_HEADLINE.search(s)) or " | " in s:
                continue  # (a headline "Richland Tools Delays Filing Form 10-K" is short)
            got = _classify(s)
            if got is None:
                continue
            kind, _m = got
            if kind == "delinquent" and _CURED.search(hit.context):
                continue  # "Because of the delay of our Annual Report ... We filed the Form 10-K on May 6, 2024, and regained compliance"
            ctx = hit.context
            if not _ACCOUNTING_REASON.search(ctx):
                # "The delay in the filing is necessitated because ...": the reason's own paragraph next
                nxt = paragraphs(doc.text[hit.para_end : hit.para_end + 3000])[:1]
                if nxt and _REASON_NEXT.match(nxt[0]):
                    ctx = f"{ctx} {nxt[0]}"
            # (a full sentence before a headline of the same order: it names the period)
            cand = (_ORDER[kind] * 2 + (s.rstrip().endswith((".", ":")) and s.upper() != s), -idx, kind, s, doc, ctx)
            if best is None or cand[:2] > best[:2]:
                best = cand
    if best is None and filing.filed is not None:
        best = _overdue_annual_report(filing.filed, docs)
    if best is None:
        best = _expected_long_after(docs)
    if best is None:
        return None
    _o, _i, kind, s, doc, ctx = best
    facts: dict[str, object] = {}
    report = _report_of(s)
    if report:
        facts["report"] = report
    period = _period_in(s, filing, report)
    if period:
        facts["period"] = period
    if kind == "nt":
        ext = _extension_from_narrative(ctx)
        if ext is not None:
            facts["extension_expected"] = ext
        reason = _reason(ctx)
    else:
        reason = _reason(ctx) if _ACCOUNTING_REASON.search(ctx) else None
    if reason:
        facts["reason"] = reason
    evidence = s
    if len(s) < 200:
        nxt = next_sentence(ctx, s)
        if not nxt and (s.upper() == s or not s.rstrip().endswith((".", "!", "?", ":"))):
            # a headline (in capitals, or without a full stop): the release's first sentence follows it
            at = doc.text.find(s[:40])
            nl = doc.text.find("\n", at + len(s) - 10) if at >= 0 else -1
            nxt = sentence_at(doc.text, nl + 1) if nl >= 0 else None
            if nxt:
                nxt = clip(nxt, 400 - len(s) - 1)
        if nxt and len(s) + len(nxt) < 400:
            evidence = f"{s} {nxt}"
    if "period" not in facts and evidence != s:  # a headline's period, told in the sentence after it
        period = _period_in(evidence, filing, report)
        if period:
            facts["period"] = period
    return _finding(filing, doc, facts, evidence, ctx, nt=kind == "nt", listing=kind == "listing")


def _finding(filing: Filing, doc: Document, facts: dict[str, object], evidence: str, context: str,
             *, nt: bool, listing: bool = False) -> Finding:
    accounting = bool(_ACCOUNTING_REASON.search(context))
    high = (
        listing
        or facts.get("extension_expected") is False
        or facts.get("significant_change") is True
        or accounting
    )
    severity = Severity.HIGH if high else Severity.MEDIUM
    return Finding(
        kind=Kind.LATE_FILING,
        severity=severity,
        title=_title(filing, facts, context, nt=nt, listing=listing),
        evidence=clip(evidence),
        facts=facts,
        document=doc.filename or doc.type,
    )


def _title(filing: Filing, facts: dict[str, object], context: str, *, nt: bool, listing: bool) -> str:
    form = filing.form if filing.form and filing.form.upper() not in {"TEXT", "UNKNOWN"} else None
    form = form or ("Form 12b-25" if nt else "")
    report = facts.get("report") or "periodic report"
    period = facts.get("period")
    fy = re.search(r"Form\s+(?:10-?K|20-?F)\s+for\s+(?:fiscal\s+(?:year\s+)?)?((?:19|20)\d\d)\b", context, _F)
    if period:
        what = f"{report} for period ended {period}"
    elif fy and report in {"10-K", "20-F"}:
        what = f"{report} for FY{fy.group(1)}"
    else:
        what = str(report)
    if listing:
        head = f"exchange deficiency notice for late {what}"
    elif nt:
        head = f"{what} will be late"
    else:
        head = f"{what} late or not yet filed"
    if form:
        head = f"{form}: {head}"
    if facts.get("extension_expected") is False:
        head += "; no 12b-25 extension expected"
    topic = next((name for rx, name in _REASON_TOPICS if rx.search(context)), None)
    if topic and _ACCOUNTING_REASON.search(context):
        head += f"; reason cites {topic}"
    elif facts.get("significant_change"):
        head += "; significant change in results expected"
    return head


# --- the rule ---------------------------------------------------------------------------------


_LAST: list[tuple[Filing, list[Finding]]] = []  # the last filing read (the restatement rule asks first)


def find(filing: Filing) -> list[Finding]:
    """The late-filing findings of `filing` (remembered for the last filing: the restatement rule
    asks whether a release is a late notice before this rule runs on it)."""
    if _LAST and _LAST[0][0] is filing:
        return list(_LAST[0][1])
    found = _find(filing)
    _LAST[:] = [(filing, found)]
    return list(found)


def _find(filing: Filing) -> list[Finding]:
    form = (filing.form or "").strip()
    docs = [d for d in filing.documents if not re.match(r"EX-(?:3|4|10|21|23|24|31|32|101)\b|GRAPHIC|ZIP|XML", d.type or "", _F)]
    if not docs:
        return []
    primary = docs[0]
    if _NT_FORM.match(form) or ((
        not form or form.upper() in {"TEXT", "UNKNOWN"}
    ) and _FORM_12B25.search(primary.text[:3000])):
        f = _nt_finding(filing, primary, form if _NT_FORM.match(form) else None)
        return [f] if f else []
    items, _old = filing_items(filing)
    found = _text_finding(filing, docs)
    if found is None:
        return []
    if "3.01" in items and found.severity is not Severity.HIGH:
        found = Finding(found.kind, Severity.HIGH, found.title, found.evidence, found.facts, found.document)
    return [found]
