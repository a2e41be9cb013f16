"""Restatement-risk classifiers of errors found and corrected, irregularities, withheld or redone
audits, and restatements said to be possible: one sentence -> Signal | None."""

from __future__ import annotations

import re

from bot.models import Severity
from bot.rules.regex import fast_compile
from bot.rules.restatement.facts import _AUDITOR_WORD
from bot.rules.restatement.guards import (
    _ANY_COMPANY,
    _CORRECTED_OUT_OF_PERIOD,
    _NOT_MATERIALLY,
    _OTHER_COMPANY,
    Signal,
    _hypothetical,
    _negated,
    _someone_elses,
)
from bot.rules.restatement.patterns import (
    _AUDITOR,
    _CUT_REPORTED,
    _F,
    _GENERIC_ERRORS,
    _MODAL_AFTER,
    _NEG,
)

# "the Company has corrected its consolidated financial statements for the fiscal years ended December
# 31, 2021 and 2022" (a Korean issuer's correction after a regulator's review); a heading "Report on
# Correction of Previously Issued Financial Statements"
_CORRECTED = fast_compile(
    r"\b(?:has|have|had)\s+corrected\s+(?:its|the|our)\s+(?:previously\s+issued\s+)?(?:\w+\s+)?financial\s+statements\s+for\s+(?:the\s+)?"
    r"(?:fiscal\s+)?(?:years?|quarters?|periods?)\b"
    r"|\bcorrection\s+of\s+(?:the\s+)?previously\s+issued\s+(?:\w+\s+)?financial\s+statements\b", _F)




def _corrected_statements(s: str) -> Signal | None:
    m = _CORRECTED.search(s)
    if (not m or _negated(s, m.start(), 30) or _hypothetical(s, m.start()) or _NOT_MATERIALLY.search(s)
            or re.search(r"\bprovides?\s+guidance\b|accounting\s+changes\s+and\s+error\s+corrections", s, _F)):
        return None
    return Signal("restatement", Severity.HIGH, s, None)


# (literals one of which the sentence must contain, classifier): a cheap gate before the regexes.
_COVER_ERROR = fast_compile(
    r"correction\s+of\s+an\s+error\s+to\s+previously\s+issued\s+financial\s+statements\.?\s*"
    r"(?:☒|☑|✔|\[\s*[xX]\s*\]|(?<![\w.])[xX](?![\w.]))", _F)


def _cover_error(s: str) -> Signal | None:
    """The 10-K/10-Q cover box (since 2023) "... reflect the correction of an error to
    previously issued financial statements" when it is checked."""
    if _COVER_ERROR.search(s):
        return Signal("restatement", Severity.MEDIUM, s, None, detail="cover")
    return None


# "identified an error during the year-end financial close process with respect to the
# presentation of ... the fiscal years ending December 31, 2024 and 2023"
_IDENTIFIED_ERROR = fast_compile(
    r"\b(?:identified|discovered|detected|found|uncovered)\s+(?:an?\s+|certain\s+|several\s+|two\s+"
    r"|three\s+|multiple\s+|material\s+|the\s+|these\s+)?(?:\w+\s+){0,2}?errors?\b"
    # "the company determined that its previous, long-standing method of accounting for bill and
    # hold transactions was in error"
    r"|\b(?:determined|concluded)\s+that\s+[^.;]{0,120}?\baccounting\b[^.;]{0,80}?\b(?:was|were|had\s+been)\s+in\s+error\b",
    _F)
_ERROR_SUBJECT = fast_compile(
    r"financial\s+(?:statements?|close|reporting|results|information)|previously\s+(?:issued|filed"
    r"|reported)|revenues?\b|expenses?\b|balance\s+sheets?|accounting\b|interim\s+(?:reporting\s+)?"
    r"periods?|restat|net\s+(?:income|loss)|earnings\s+per\s+share|prior\s+periods?|(?:income\s+)?tax\s+(?:liabilit\w*|provision|expense)"
    r"|deferred\s+(?:income\s+)?tax", _F)
_TRIVIAL_ERROR = fast_compile(r"typographical|clerical|scrivener|administrative\s+(?:error|oversight)|transmission"
                            r"|coding\s+errors|claims\s+submitted|overpayments?\b|billing\s+errors"
                            r"|cost\s+accounting\s+(?:standards?|practices)"  # government contract costing, not the books
                            r"|filing\s+agent"
                            r"|XBRL|EDGAR|tagging|exhibit", _F)
_IRREGULAR = fast_compile(
    r"\b(?:accounting|financial|reporting)\s+(?:irregularit|impropriet)\w*|\birregularities\s+(?:in|related\s+to|"
    r"involving)\s+(?:the\s+|its\s+|our\s+|certain\s+)?(?:accounting|financial|books|revenue"
    # (the issuer's own contracts, not "financing contracts submitted by certain independent dealers")
    r"|financing\s+contracts(?!\s+(?:submitted|originated|provided|sold)\s+by|\s+(?:from|of)\s+(?:certain\s+)?(?:independent\s+)?(?:dealers|customers|borrowers|third)))"
    # an enforcement action's charge: "The Securities and Exchange Commission today charged Aspen Technology, Inc., with
    # fraudulently inflating revenue over a three-year period"
    r"|\bcharged\s+(?:[\w.,&'’-]+\s+){1,12}?with\s+(?:fraudulently\s+)?(?:inflating|overstating|misstating|manipulating)\s+"
    r"(?:its\s+)?(?:reported\s+)?(?:revenues?|sales|earnings|profits?|income(?!\s+tax)|results)\b"
    # "charged three former executives ... with accounting fraud"; the audit committee's discovery "that employees were
    # 'smoothing' income"
    r"|\bcharged\s+(?:[\w.,&'’—–-]+\s+){1,20}?with\s+(?:an?\s+)?(?:civil\s+|criminal\s+)?accounting\s+fraud\b"
    # "are charged with fraud by the SEC, which says they inflated the value of coal assets"
    r"|\bcharged\s+with\s+(?:civil\s+|securities\s+)?fraud\b[^.;]{0,120}?\b(?:inflat(?:ed|ing)|overstat(?:ed|ing)|misstat(?:ed|ing))\b"
    # "a $5 million civil penalty, saying the company reported inflated financial results" (needs the regulator)
    r"|\breported\s+inflated\s+(?:\w+\s+){0,3}?(?:results|income|earnings|revenues?|sales|profits?)\b"
    # an SEC litigation release: "Financial Reporting Fraud at Cylink Corporation", "circumvention of Cylink's internal
    # controls and falsification of records"
    r"|\bfinancial\s+reporting\s+fraud\b|\bcircumvent(?:ion|ing|ed)?\s+(?:of\s+)?(?:[\w.&-]+['’]s\s+|its\s+|the\s+company['’]s\s+)?internal\s+(?:accounting\s+)?controls\b"
    # "pulled future sales into earlier quarters ..., overriding internal accounting controls and disregarding generally
    # accepted accounting principles, the SEC said"
    r"|\boverrid(?:e|es|ing|den)\s+(?:its\s+|the\s+company['’]s\s+)?internal\s+(?:accounting\s+)?controls\b"
    r"|[“\"]?smooth(?:ing|ed)[”\"]?\s+(?:of\s+)?(?:its\s+|reported\s+)?(?:income|earnings|results)\b|\b(?:income|earnings)\s+smoothing\b"
    # "indicated that the Company had engaged in improper accounting practices"; "found accounting errors at a US subsidiary"
    r"|\bimproper\s+accounting\b|(?<=found\s)accounting\s+errors\b|(?<=identified\s)accounting\s+errors\b"
    # "the company's accounting department had discovered 'various accounting issues' at its Inteq drilling services unit"
    r"|(?<=discovered\s)[“\"]?(?:various\s+|certain\s+)?accounting\s+(?:issues|problems|irregularities)\b"
    r"|(?<=uncovered\s)[“\"]?(?:various\s+|certain\s+)?accounting\s+(?:issues|problems|irregularities)\b"
    r"|(?<=discovered\s)accounting\s+errors\b", _F)

# The auditor would not let its report be used: an Item 4.02(b)-like fact in other words.
_REPORT_WITHHELD = fast_compile(
    r"\bnot\s+(?:provide|give)\s+(?:its\s+|final\s+)*approval\b[^.]{0,80}?\baudit\s+"
    r"(?:opinion|report)|\bwithdr(?:ew|awn|aws?|awal\s+of)\s+(?:its\s+|their\s+)?(?:(?:audit|auditor['’]s|auditors['’]|financial)\s+)?"
    r"(?:opinions?|reports?)"
    r"(?=[^.]{0,120}\b(?:financial\s+statements|audit|fiscal\s+years?))"
    # "after PricewaterhouseCooper refused to sign off on any accounts tied to ..." (a news rewrite)
    r"|\b(?:refus(?:ed|es|ing)|declin(?:ed|es|ing))\s+to\s+sign\s+off\s+on\b(?=[^.]{0,60}\b(?:accounts|financial\s+statements|results|books|audit))", _F)


def _identified_error(s: str, ctx: str = "") -> Signal | None:
    m = _IDENTIFIED_ERROR.search(s)
    if (not m or _TRIVIAL_ERROR.search(s) or not _ERROR_SUBJECT.search(s) or _GENERIC_ERRORS.search(s)
            or _negated(s, m.start(), 30) or _hypothetical(s, m.start())
            or _NEG.search(s[m.end() : m.end() + 120])  # "errors ... that did not affect ..."
            or _MODAL_AFTER.search(s[m.end():])  # "... errors, which could affect revenue"
            or _ACQUIRED_BOOKS.search(s)  # "an error in the pre-acquisition accounting of TargetCo"
            or _CORRECTED_OUT_OF_PERIOD.search(ctx or s)):  # "... recorded the correction as an out-of-period adjustment"
        return None
    return Signal("restatement", Severity.MEDIUM, s, None, detail="error_identified")


_ACQUIRED_BOOKS = fast_compile(r"\bpre-?acquisition\b|\bmeasurement\s+period\s+adjustments?\b", _F)


# "the Company determined that it had not properly accounted for certain warrants"
_MISACCOUNTED = fast_compile(
    r"\b(?:(?:had|has|have|did|was|were)\s+not\s+(?:been\s+)?properly\s+account\w*"
    # an SEC finding: "the company failed to account properly for 1993 derivative transactions"
    r"|fail(?:ed|s)?\s+to\s+account\s+properly\s+for"
    r"|(?:improperly|incorrectly|erroneously)\s+(?:account\w*|recorded|classified|recogni[sz]ed|reported"
    r"|presented|capitalized|deferred))\b", _F)
_BOOKS_OBJECT = fast_compile(
    r"\b(?:warrants?|revenues?|sales|expenses?|lease\s+liabilit\w*|derivatives?|convertible\s+(?:notes|debt|preferred)"
    r"|inventor\w*|income\s+tax\s+(?:expense|provision|benefit)|stock[-\s]based\s+compensation"
    r"|financial\s+statements|goodwill|receivables?|reserves?|accruals?|balance\s+sheets?"
    r"|statements?\s+of\s+(?:operations|income|cash|comprehensive)|cash\s+flows?|net\s+(?:income|loss)"
    r"|intangible\s+assets|amortization|depreciation|net\s+sales|deferred\s+(?:revenue|tax)"
    r"|(?:current|long-term|non-?current)\s+(?:assets|liabilities))\b", _F)
# "classified as independent contractors", "recorded customer telephone calls", "votes"
_NOT_BOOKS = fast_compile(r"independent\s+contractors?|employees?\b|exempt|telephone|calls?\b|votes?\b"
                        r"|broker\s+non-votes|labels?\b|nutritional|customers?\s+accounts?|\bIRS\b"
                        r"|internal\s+revenue|tax\s+authorit\w*|examination|third[-\s]party|processor|vendors?"
                        r"|suppliers?|\bclaims?\b|billing|immaterial[^.]{0,120}reclassif", _F)
_DETERMINED = fast_compile(r"\b(?:determined|concluded|identified|discovered|found|became\s+aware"
                         # an auditor's report told: "KPMG, the original auditor, reported this spring that Keyuan had improperly
                         # recorded certain sales and cash transactions"
                         r"|learned|(?:the\s+(?:original|former|company['’]s)\s+auditor|(?:its|our)\s+(?:former\s+|original\s+)?auditor)[^.;]{0,20}?\breported)\b", _F)
# irregularities count when something happened to them: found, alleged, investigated
_IRREGULAR_EVENT = fast_compile(r"\b(?:identified|discovered|discovery|detected|found|uncovered|alleg(?:ed|ing|ations?)|engaged\s+in|charged|saying"
                              r"|(?:the\s+)?SEC\s+(?:said|found|alleged)"
                              r"|investigat\w*|became\s+aware|learned|revealed|review\w*|disclosed|announced|admitted)\b", _F)


def _misaccounted(s: str) -> Signal | None:
    m = _MISACCOUNTED.search(s)
    if (not m or not _DETERMINED.search(s[: m.start()]) or _hypothetical(s, m.start())
            or _TRIVIAL_ERROR.search(s) or _NOT_BOOKS.search(s)
            or not _BOOKS_OBJECT.search(s[max(0, m.start() - 100) : m.end() + 100])):
        return None
    return Signal("restatement", Severity.MEDIUM, s, None, detail="misaccounted")


# found, in the past: "the announcement that it had discovered accounting irregularities that might erase last
# year's profits" (the modal is about the consequence, not the finding)
_FOUND_BEFORE = fast_compile(r"\b(?:has|have|had|it|we|company)\s+(?:\w+\s+)?(?:discovered|identified|uncovered|detected|found)\s+(?:\w+\s+){0,2}$", _F)


# allegations disposed of, or errors found small: "The lawsuit ... alleging accounting improprieties was dismissed";
# "found accounting errors were immaterial and corrected in the ordinary course"
_IRREGULAR_SETTLED = fast_compile(r"\b(?:was|were|has\s+been|have\s+been)\s+(?:dismissed|withdrawn|resolved|closed)\b|\bwithout\s+merit\b"
                                  r"|\b(?:were|was)\s+(?:immaterial|not\s+material)\b", _F)


# what the conduct wordings of _IRREGULAR need: (a word of the match, words that refuse it, words it needs)
_CONDUCT_GUARDS = (
    # a former employer's executives, a lawsuit's charge (not the SEC's), a charge years ago recalled
    ("charged", fast_compile(r"\b(?:former|previous|prior)\s+employer\b|\blawsuit\b|\bcomplaint\b|\bplaintiffs?\b"
                             r"|\bclass\s+action\b|\bnot\s+including\b|^\W*In\s+(?:19|20)\d\d\b"
                             # a director's former company, its charge recalled with its year (the 19th review)
                             r"|\bformerly\b|\bwhose\s+former\b|\bcharged\s+[^.;]{0,40}?\bin\s+(?:19|20)\d\d\b", _F), None),
    # a hedging program "to smooth reported earnings", rate-making: smoothing counts when found
    ("smooth", None, fast_compile(r"discover|\bfound\b|investigat|alleg|improper|audit\s+committee", _F)),
    # an auditor's procedures on the risk of management override: overriding counts when found or charged
    ("overrid", fast_compile(r"\brisk\s+of\b|\bprocedures\b|\bno\s+instances?\b", _F),
     fast_compile(r"\bSEC\b|Commission|\bfined?\b|charged|alleg|\bfound\b|discovered", _F)),
    # inflated results counted when a regulator says so
    ("reported inflated", None, fast_compile(r"\bSEC\b|Commission|\bregulators?\b|\bpenalty\b|\bfined?\b|charged", _F)),
    # (not a biography: "served as an Assistant Director in the SEC's Division of Enforcement, where she supervised
    # investigations involving accounting and financial reporting fraud")
    ("reporting fraud", fast_compile(r"\bserved\s+as\b|\bprior\s+to\s+joining\b|\bformerly\b|\bcareer\b|\bsupervised\b"
                                     r"|\bcourse\b|\btraining\b|\bseminar\b|\bwebinar\b|\bdetecting\b|\bcode\s+of\b|\bpolicy\b", _F),
     fast_compile(r"\bcharge[sd]?\b|\bsettle\w*|\balleg\w*|\bjudgment\b|\benjoin\w*|\bconsented\b", _F)),
    ("circumvent", fast_compile(r"\brisk\s+of\b|\bcould\b|\bmay\b|\bcourse\b|\btraining\b|\bcode\s+of\b|\bpolicy\b", _F),
     fast_compile(r"\bcharge[sd]?\b|\bsettle\w*|\balleg\w*|\bjudgment\b|\benjoin\w*|\bconsented\b", _F)),
)


def _irregularities(s: str) -> Signal | None:
    m = _IRREGULAR.search(s)
    told = m.group(0).lower() if m else ""
    for word, refused, needed in _CONDUCT_GUARDS:
        if word in told and ((refused is not None and refused.search(s)) or (needed is not None and not needed.search(s))):
            return None
    if (not m or _negated(s, m.start(), 30) or _hypothetical(s, m.start())
            or not _IRREGULAR_EVENT.search(s)
            or (_MODAL_AFTER.search(s[m.end():]) and not _FOUND_BEFORE.search(s, max(0, m.start() - 80), m.start()))
            or _OTHER_COMPANY.search(s) or _IRREGULAR_SETTLED.search(s)
            or re.search(r"complaints?|prohibit|other\s+companies|tips?\b|hotline", s, _F)):
        return None
    return Signal("investigation", Severity.HIGH, s, None, detail="irregularities")


def _report_withheld(s: str) -> Signal | None:
    m = _REPORT_WITHHELD.search(s)
    if (not m or not (_AUDITOR_WORD.search(s) or _FIRM_SUFFIX.search(s) or _AUDITOR.search(s)) or _hypothetical(s, m.start())
            or _negated(s, m.start(), 20)
            or re.search(r"damages|plaintiff|expert|rule\s+437a", s, _F)):
        return None
    return Signal("non_reliance", Severity.HIGH, s, None, detail="audit_report")


# statements whose audit no longer counts: "engaged BDO ... for the re-audit of its financial statements for the
# fiscal year ended December 31, 2008"; "the Company's FY 2008 financial statements ... are not considered to be audited"
_REAUDIT = fast_compile(
    r"\bre-?audit(?:s|ed|ing)?\s+(?:of\s+)?(?:its|the|our|the\s+company['’]s)\s+(?:[\w,-]+\s+){0,4}?financial\s+statements\b"
    r"|\bfinancial\s+statements\b[^.;]{0,150}?\b(?:are|were|is|was)\s+(?:no\s+longer|not)\s+considered\s+(?:to\s+be\s+|to\s+have\s+been\s+)?audited\b"
    r"|\bfinancial\s+statements\b[^.;]{0,150}?\b(?:must|will|need\s+to|needs\s+to)\s+be\s+re-?audited\b", _F)
_REAUDIT_CLEARED = fast_compile(r"\bno\s+(?:material\s+)?(?:changes?|adjustments?)\b|\bdid\s+not\s+result\s+in\b|\bcompleted\b"
                                # a routine re-audit: a private company's statements brought to the PCAOB's standards
                                r"|\bunder\s+(?:the\s+)?(?:PCAOB|Public\s+Company\s+Accounting\s+Oversight\s+Board)(?:['’]s)?\s+standards\b"
                                r"|\b(?:initial\s+public\s+offering|IPO)\b", _F)


def _reaudit(s: str) -> Signal | None:
    m = _REAUDIT.search(s)
    if not m or _negated(s, m.start(), 30) or _hypothetical(s, m.start()) or _REAUDIT_CLEARED.search(s):
        return None
    return Signal("non_reliance", Severity.MEDIUM, s, None, detail="reaudit")


# an open question the company says it is working on: "The company said it is assessing whether it will need to
# restate its financial results for 2003, 2004 and 2005"
_MAY_RESTATE = fast_compile(
    r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:currently\s+|still\s+)?(?:assessing|evaluating|reviewing|considering|determining|analy[sz]ing)"
    r"\s+whether\s+(?:it|the\s+company|we)\s+(?:will|would|may)\s+(?:need|be\s+required|have)\s+to\s+restate\b"
    # told by the company: "said Tuesday that it might restate its past financial statements to reflect those debts"
    # ("Candie's has announced it may restate earnings"; "indicated that it believes that as a result of the review it
    # may be required to restate its financial statements for prior periods")
    r"|\b(?:said|announced|disclosed|warned|stated|indicated|believes|believed|noted)\b(?:(?!\bno\b|\bnot\b|n['’]t\b|\bif\b|\bunless\b|\bwhether\b)[^.;]){0,60}?\b(?:that\s+)?(?:it|the\s+company)\s+(?:might|may|could|would|will)\s+"
    # ("said it would have to restate some of its earnings due to the issue"; "will probably restate its past earnings")
    r"(?:probably\s+|likely\s+)?(?:have\s+to\s+|need\s+to\s+|be\s+required\s+to\s+)?restate\s+(?:(?:its|the\s+company['’]s)\s+)?(?:\w+\s+){0,3}?"
    r"(?:financial\s+statements|results|earnings|financials|profits)\b", _F)


# answered, or not about errors: "... and concluded that no restatement is required"; a policy's "before seeking
# recovery"; comparatives "upon adoption of ASU 2024-03"
_NO_NEED_TO_RESTATE = fast_compile(r"\bsegments?\b|\breporting\s+structure\b|\bto\s+conform\b|\bdiscontinued\s+operations\b|\bno\s+restatement\b|\bconcluded\s+(?:that\s+)?(?:it|they|the\s+company)\s+(?:would|will|did|does)\s+not\b|\bnot\s+(?:be\s+)?(?:required|necessary|needed)\b|\bpolicy\b|\brecovery\b"
                                   r"|\bclawback\b|\badoption\b|\bASU\s+\d{4}|\bnew\s+(?:standard|guidance)\b", _F)


_OTHER_SPEAKER = fast_compile(r"\banalysts?\b|\baccording\s+to\b|\beconomists?\b|\bexperts?\b|\bshort[- ]sellers?\b|\bcritics?\b"
                              r"|\bprofessor\b|\binvestors?\s+said\b"
                              # another company: "noted that a peer institution, Northern Trustco, said it may restate earnings"
                              r"|\bpeers?\b|\brivals?\b|\bcompetitors?\b|\bcustomers?\b|\bsuppliers?\b", _F)


def _may_restate(s: str) -> Signal | None:
    m = _MAY_RESTATE.search(s)
    if (not m or _negated(s, m.start(), 30) or _ANY_COMPANY.search(s) or _NO_NEED_TO_RESTATE.search(s)
            or _OTHER_SPEAKER.search(s, max(0, m.start() - 80), m.end())):
        return None
    return Signal("restatement", Severity.MEDIUM, s, None)


_FIRM_SUFFIX = fast_compile(r"\bLLP\b|\bCPA")  # "Crowe LLP ... did not provide final approval"


def _cut_reported(s: str) -> Signal | None:
    m = _CUT_REPORTED.search(s)
    if (not m or _negated(s, m.start(), 30) or _hypothetical(s, m.start()) or _someone_elses(s, m.start())
            or re.search(r"\b(?:customers?|suppliers?|partners?|competitors?|rivals?|peers?)\b", s[: m.start()], _F)):
        return None  # (not "its largest customer, Beta Industries, cut its previously reported profit")
    return Signal("restatement", Severity.HIGH, s, None)


_OPTION_DATES = fast_compile(r"\bmeasurement\s+dates\b[^.]{0,120}?\bdiffer\w*\s+from\s+the\s+(?:measurement\s+)?dates\s+"
                             r"(?:previously|originally)\s+(?:used|recorded|applied)\b"
                             # "the appropriate measurement dates for certain stock options differed from the recorded
                             # measurement dates for certain stock option grants" (ScanSource, 2007)
                             r"|\bmeasurement\s+dates\b[^.]{0,120}?\bdiffer\w*\s+from\s+the\s+(?:recorded|original|previously\s+(?:used|recorded))\s+measurement\s+dates\b"
                             # "the Company used incorrect accounting measurements dates for certain stock option grants"
                             r"|\b(?:used|applied)\s+incorrect\s+(?:accounting\s+)?measurements?\s+dates\b", _F)


def _option_dates(s: str) -> Signal | None:
    """Stock option grants dated wrongly ("The accounting measurement dates for certain stock options
    granted differ from the measurement dates previously used for such awards"): the charges of the
    periods told before change."""
    m = _OPTION_DATES.search(s)
    if not m or _negated(s, m.start(), 30) or _hypothetical(s, m.start()) or not re.search(r"\boption", s, _F):
        return None
    return Signal("restatement", Severity.MEDIUM, s, None, detail="option_dates")
