"""Late-filing rule: the general reading, tried when no wording of `sentences._classify` fits.

A sentence tells of a late periodic report when a word of lateness ("late", "delayed", "postponed",
"behind", "overdue", "has yet to file", "more time", "missed ... deadline") stands close to the
company's own periodic report (`_REPORT_RE`), told as fact: not a hedge, a rule explained for
companies in general, another company's report, a report said not to be late, or one since filed.
News rewrites word a delay in more ways than any list of phrasings holds; this reading is what
catches the ones no earlier text showed, while the listed wordings keep their better evidence.
"""

from __future__ import annotations

import re

from bot.rules.late_filing.common import _SAID_WOULD, _hypothetical
from bot.rules.late_filing.patterns import (
    _ALL_ON_TIME,
    _AMENDMENTS_AFTER,
    _CURED_HERE,
    _F,
    _NOT_EXPECTED,
    _NOT_YET_DUE,
    _ON_TIME,
    _OTHERS_REPORT,
    _REPORT_RE,
)
from bot.rules.regex import fast_compile

_TIME_WORD = (r"(?:(?:19|20)\d\d|january|february|march|april|may|june|july|august|september|october|november|december"
              r"|in\s+the|stage|last|(?:first|second|third|fourth)|\w+day|afternoon|evening|morning|night|spring|summer"
              r"|fall|autumn|winter|fees?|charges?|payments?|penalt\w+)\b")
# a word of lateness (each starts with a keyword of patterns.KEYWORDS)
_CUE = fast_compile(
    r"\blate(?!\s+" + _TIME_WORD + r")(?!-)\b|\bdelay(?:s|ed|ing)?\b|\bpostpon\w*|\bbehind\s+(?:schedule|on|in)\b|\boverdue\b"
    r"|\bpast\s+due\b|\btardy\b|\bnot\s+(?:yet\s+)?(?:been\s+)?filed\b|\byet\s+to\s+(?:be\s+)?file[d]?\b"
    r"|\b(?:unable|not\s+(?:be\s+)?able)\s+to\s+(?:timely\s+)?(?:file|complete|finali[sz]e|finish|submit|report|produce)\b"
    # an exchange's decision told as fact: "noted that the company failed to submit its Form 10-K filing for the fiscal year"
    r"|\bfailed\s+to\s+(?:timely\s+)?(?:submit|file)\b"
    r"|\bextension\b|\b(?:more|additional|extra)\s+time\b|\bnot\s+(?:be\s+)?current\b|\bcatch\s+up\b"
    # (not a delinquent loan, account or tax)
    r"|\bdelinquen(?:t|cy|cies)\s+(?:in|with|on|filer|filing|periodic|reports?|sec)\b"
    r"|\bmiss(?:es|ed|ing)?\s+(?:\S+\s+){0,3}?(?:deadline|due\s+date)\b"
    # a panel's extension: "had extended the filing deadline for Nasdaq listing purposes of the Registrant's Form 10-Q"
    # "does not expect to meet the deadline for filing its audited financial statements"; "has been given until September 8
    # to file its annual report"
    r"|\bnot\s+(?:expect|anticipate)\s+to\s+(?:be\s+able\s+to\s+)?meet\s+(?:the\s+|its\s+)?(?:\S+\s+){0,3}?(?:deadline|due\s+date)\b"
    r"|\b(?:been\s+)?(?:given|granted)\s+until\s+(?:\w+\.?\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}\s+\w+(?:\s+\d{4})?)\s+to\s+file\b"
    # (not a lender's: "extended the deadline for delivery of its audited annual financial statements under its term loan")
    r"|\bextended\s+the\s+(?:filing\s+)?deadline\b(?!\s+for\s+(?:the\s+)?(?:delivery|repayment|payment|closing|completion|consummation))",
    _F,
)
# a rule told of companies in general, or of many companies (a round-up, an explainer)
_GENERAL = fast_compile(
    r"\bcompanies\s+(?:that|which|who|must|may|are|were|have|had|with|whose|to|filing|in)\b|\b(?:issuers|registrants|filers)\b"
    r"|\b(?:the|a|an|any)\s+(?:delinquent\s+|late\s+)?filer\b|\b(?:the\s+)?company\s+(?:should|must)\b"
    r"|\b\d[\d,]*\s+(?:\w+\s+){0,3}?(?:companies|issuers|registrants|filers|firms)\b"
    r"|\ban?\s+(?:company|issuer|registrant|filer)\s+(?:that|which|who|must|may)\b"
    r"|\b(?:when|whenever|once|unless)\s+(?:an?|any)\s+(?:company|issuer|registrant|filer)\b"
    # a rule explained ("the rule requires", "a rule that applies to listed companies"), not "relief under Rule 12b-25"
    r"|\brules?\s+(?:that|which)\s+(?:applies|apply|requires?)\b|\b(?:the|this|these|such)\s+(?:new\s+)?rules?\s+(?:requires?|provides?|allows?|permits?|states?)\b"
    r"|\bamend(?:s|ed)?\s+its\s+rule\b|\bcompany\s+(?:will\s+be|is)\s+required\s+to\s+(?!file\b)"
    # "Once the Exchange identifies that a company has failed to file a timely periodic annual report"
    r"|\b(?:once|when|whenever|if)\b[^.;]{0,60}?\b(?:a|any)\s+(?:listed\s+)?(?:company|issuer|registrant)\s+(?:has|had|have)\b",
    _F,
)
# another entity's report ("Our majority-owned subsidiary ..., Gamma Pvt Ltd., delayed its audited annual financial statements")
_OTHER_ENTITY = fast_compile(r"\b(?:subsidiar(?:y|ies)|investees?|joint\s+ventures?|tenants?|borrowers?|customers?|portfolio\s+compan(?:y|ies)"
                           # a lender's deadline: "its lenders extended ... the filing deadline for its Form 10-K covenant certificate"
                           r"|lenders?|creditors?|covenants?)\b", _F)
# a risk: "Any delay in filing our periodic reports with the SEC could result in the delisting"
_ANY_BEFORE = fast_compile(r"\b(?:any|future|potential|possible|a\s+further)\s+(?:[\w-]+\s+)?$", _F)
_CONSEQUENCE_AFTER = fast_compile(r"[^.;]{0,120}?\b(?:could|may|might|would|can)\s+(?:\w+\s+)?(?:result|cause|lead|subject|have|adversely|harm"
                                  r"|trigger|affect|impair|require|constitute)\b", _F)
# negated right before the word: "not delayed", "no delay", "without delay", "not subject to any Filing
# Delinquency"; or anywhere before it by an expectation: "does not expect that its Annual Report ... will be filed late"
_NEGATED = fast_compile(r"\b(?:not|no|never|without|nor|n't|avoid(?:ed|s)?|prevent(?:ed|s)?)\b(?:\s+[\w-]+){0,4}?\s*$", _F)
_NOT_INTENDED = fast_compile(r"\bnot\s+(?:currently\s+)?(?:expect|anticipate|believe|intend|plan|need|foresee)\b|\bis\s+current\s+in\b", _F)
# the report only cited ("As previously disclosed in our Form 10-K", "its Form 10-K filed in March disclosed
# that"), or a report that is not the periodic one ("annual report on sustainability", "earnings report")
# ("as described in Note 7 to the financial statements in its Quarterly Report", "as described in the Fund's
# quarterly report", "will be filed as an exhibit to our Annual Report"); the filing itself ("As discussed in Item 7
# of this Annual Report, production ... has been delayed")
_CITED_BEFORE = fast_compile(r"\b(?:disclosed|reported|described|discussed|stated|noted|included|contained|set\s+forth|mentioned|presented"
                             r"|explained|identified|referenced|filed|summari[sz]ed|detailed)\s+(?:elsewhere\s+)?(?:in|by|under|with)\s+"
                             r"(?:[\w'’,-]+\s+){0,9}?$|\bas\s+an\s+exhibit\s+to\s+(?:[\w'’-]+\s+){0,3}?$|\bearnings\s+$"
                             r"|\bthis\s+(?:[\w-]+\s+){0,2}?$", _F)
_CITED_AFTER = fast_compile(r"(?:\s+(?:for|filed|dated)\b[^.;,]{0,60}?)?\s+(?:disclosed|reported|described|stated|noted|said|says|states)\b"
                            r"|\s+(?:on|to)\s+(?!form\b)(?:\w+\s+){0,2}?(?:sustainab|corporate|responsib|shareholders|stockholders|citizenship|environment)", _F)
# a penalty, an auditor's report's paragraph, or a past month's delay told as background ("In April Xerox
# delayed issuing its annual report")
_BACKGROUND = fast_compile(r"\bpenalt\w+|\bemphasis\s+of\s+(?:a\s+)?matter\b|\bexplanatory\s+paragraph\b|^\W*(?:in|during|last|earlier\s+this)\s+(?:(?:19|20)\d\d|january|february|march|april|may|june|july"
                           r"|august|september|october|november|december|year|month)\b", _F)
# the report since filed: "has also completed and filed ... its previously delayed quarterly reports"
_FILED_SINCE = fast_compile(
    r"\b(?:has|have|had|was|were)\s+(?:now\s+|since\s+|subsequently\s+|also\s+|finally\s+)?(?:been\s+)?(?:completed\s+and\s+)?filed\b"
    r"|(?<!not\s)(?<!n't\s)(?<!yet\s)\bfiled\s+(?:its|the|our|their)\b|\bwas\s+timely\b",
    _F,
)
# what is late is not the report: a proxy, a registration statement, a tax return, an offer to holders
_OTHER_THING = fast_compile(
    r"\b(?:proxy|registration\s+statement|tax\s+returns?|tender\s+offer|exchange\s+offer|consent\s+solicitation)\b", _F)
# ... or, between the word and the report, a meeting or holders ("... more time to make the financial filings" is
# what the debt holders gave; not "its Form 10-K has been delayed, and it has obtained a waiver from its lenders")
_OTHER_BETWEEN = fast_compile(r"\b(?:(?:debt|note)\s*holders|lenders|annual\s+(?:general\s+)?meeting|shareholders['’]?\s+meeting)\b", _F)
_TOO_LATE = fast_compile(r"\b(?:too|not|unable|cannot|n't|fail\w*)\b(?!.*\b(?:expects?|plans?|intends?)\b)", _F)
# an earnings release or call: late only when the periodic report is named by its form in the same sentence
_REQUIRED_BY = fast_compile(r"\s+by\s+the\s+(?:required|SEC|regulatory)\s+(?:[\w.]+\s+){0,3}?(?:filing\s+)?deadline\b", _F)
_EARNINGS = fast_compile(r"\b(?:earnings|conference\s+call|webcast|investor\s+call)\b", _F)
# what reported speech may put between "would" and the word of lateness: "would need additional time", "would
# be filing its audited accounts late"
_WOULD_DO = fast_compile(r"(?:(?:also|further|again|need|require|be|have\s+to)\s+)*(?:(?:filing|file)\s+(?:its|the|our)\s+(?:[\w-]+\s+){0,4}?)?", _F)
_STRONG = fast_compile(r"delay|postpon|late|unable|not|yet", _F)
_FORM_NAMED = fast_compile(r"\bform\s*(?:10-?[KQ]|[24]0-?F|11-?K)\b|\b(?:10-?[KQ]|[24]0-?F)\b", _F)


def generic_late(sentence: str) -> re.Match[str] | None:
    """The word of lateness when `sentence` (contractions expanded) tells, as fact, that the
    company's own periodic report is late; else None."""
    if _refused(sentence):
        return None
    return next((m for m in _CUE.finditer(sentence) if _refused_here(sentence, m) is None), None)


def _refused(sentence: str) -> str | None:
    """Why the whole sentence is no late notice (None when it may be one)."""
    if _ALL_ON_TIME.search(sentence):
        return "on time"  # ("... will file its Form 10-Q on May 10, 2024, ahead of the May 15 deadline")
    on_time = _ON_TIME.search(sentence)
    if on_time and not _TOO_LATE.search(sentence, max(0, on_time.start() - 100), on_time.start()):
        return "on time"  # (not "saying its staff are too focused ... to produce the filing on time")
    for name, pattern in (("general", _GENERAL), ("filed since", _FILED_SINCE), ("other thing", _OTHER_THING),
                          ("background", _BACKGROUND)):
        if pattern.search(sentence):
            return name
    return None


def _refused_here(sentence: str, m: re.Match[str]) -> str | None:
    """Why the word of lateness `m` tells of no late report of the company's (None when it does)."""
    report = _REPORT_RE.search(sentence, max(0, m.start() - 120))  # (its lookaheads may read past the window)
    if report is None or report.start() > m.end() + 120:
        return "no report near"
    first, last = min(m.start(), report.start()), max(m.end(), report.end())
    if _OTHERS_REPORT.search(sentence, max(0, first - 150), last) or _OTHER_ENTITY.search(sentence, max(0, first - 150), last):
        return "another company's report"
    if _OTHER_BETWEEN.search(sentence, first, last):
        return "holders or a meeting"
    # an earnings release moved "to allow for more time in finalizing" its results, the 10-Q named only as
    # the deadline: late only when the form itself is delayed, postponed or not filed
    # (nor results due "by the required Nov. 9 deadline": the filing's)
    if (_EARNINGS.search(sentence) and not (_FORM_NAMED.search(report.group(0)) and _STRONG.match(m.group(0)))
            and not _REQUIRED_BY.match(sentence, report.end())):
        return "earnings"
    if _CITED_BEFORE.search(sentence, max(0, report.start() - 60), report.start()) or _CITED_AFTER.match(sentence, report.end()):
        return "report cited"
    if _ANY_BEFORE.search(sentence, max(0, m.start() - 30), m.start()) or _CONSEQUENCE_AFTER.match(sentence, m.end()):
        return "a risk"
    if (_NEGATED.search(sentence, max(0, m.start() - 50), m.start()) or _NOT_EXPECTED.search(sentence[: m.start()])
            or _NOT_INTENDED.search(sentence, 0, m.start())):
        return "negated"
    if _NOT_YET_DUE.search(sentence, m.end()) or _AMENDMENTS_AFTER.match(sentence, m.end()) or _CURED_HERE.search(sentence):
        return "not due, amendments, or filed since"
    # (the words before the report too, when it comes first; reported speech is no hedge: "notified the
    # SEC May 31 that it would need additional time to file the 2011 Form 10-K")
    would = sentence.rfind("would ", max(0, m.start() - 80), m.start())
    if would >= 0 and not (_SAID_WOULD.search(sentence, 0, would + 6) and _WOULD_DO.fullmatch(sentence, would + 6, m.start())):
        would = -1  # (not "Analysts said it would be unusual for the company to delay the filing of its Form 10-Q")
    if _hypothetical(sentence, would + 6 if would >= 0 else m.start()):
        return "hedged"
    return None
