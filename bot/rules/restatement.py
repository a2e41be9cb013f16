"""restatement_risk: non-reliance (8-K Item 4.02), auditor changes (Item 4.01 / old Item 4),
restatements, material weaknesses, investigations and accounting reviews. Pure.

Severity ladder (strongest signal in the filing wins; one finding per filing):

| signal                                                              | trigger          | severity |
|---------------------------------------------------------------------|------------------|----------|
| Item 4.02, or "should no longer be relied upon"                     | non_reliance     | high     |
| Item 4.02 together with 4.01 or 3.01 (title mentions both)          | non_reliance     | high     |
| previously issued statements restated / "As Restated" / error in them | restatement    | high     |
| auditor resigned or declined to stand; 4.01 with disagreements,     | auditor_change   | high     |
|   reportable events or a material weakness                          |                  |          |
| auditor dismissed / 4.01 plain change                               | auditor_change   | medium   |
| SEC investigation; investigation tied to misstatement or fraud      | investigation    | high     |
| audit-committee / special-committee investigation or review of      | investigation    | medium   |
|   financial reporting (also what an NT's accounting reason yields)  |                  |          |
| existing material weakness or internal-control deficiencies         | material_weakness| medium   |
| "little r" revision of previously issued statements; an unexplained | restatement      | medium   |
|   "As Restated" column; the cover box "correction of an error" checked|                  |          |

Refused: "restated certificate of incorporation", amended and restated agreements/bylaws,
clawback policies "in the event of a restatement", results recast for discontinued operations,
segments, splits or a new accounting standard, "will not restate", "no material weaknesses",
risk-factor hypotheticals ("if we identify a material weakness ...", "could result in a
restatement"), investigation costs in a non-GAAP reconciliation, certification boilerplate.

Speed: each document is scanned once with one compiled keyword regex; only the sentences
around its hits are split and classified.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from bot.models import Document, Filing, Finding, Kind, Severity
from bot.rules.items import filing_items, report_period
from bot.rules.numbers import iter_dates
from bot.rules.text import (
    Hit,
    clip,
    find_sentences,
    is_table_row,
    normalize_ws,
    paragraphs,
    sentences,
)

_F = re.I

# Every alternative starts with one of KEYWORDS (see text.keyword_matches); words that must
# come before a keyword are fixed-width lookbehinds.
PREFILTER = re.compile(
    r"restat|weakness|relied\s+upon|investigat|resign|dismiss|declined\s+to\s+stand"
    r"|(?:(?<=internal\s)|(?<=independent\s)|(?<=special\s)|(?<=accounting\s)|(?<=forensic\s))review"
    r"|review\s+of\s+(?:\S+\s+){0,3}?(?:financial\s+reporting|accounting|internal\s+control|revenue)"
    r"|deficienc|correction\s+of\s+an\s+error"
    r"|errors?\b(?=[^.]{0,200}?\b(?:previously\s+(?:issued|filed|reported)|financial\s+statements"
    r"|statements?\s+of\s+(?:cash|operations|income|comprehensive)|balance\s+sheets?"
    r"|fiscal\s+years?|interim\s+(?:reporting\s+)?periods?)\b)"
    r"|(?:(?<=not\s)|(?<=im))properly\s+(?:account|present|record|classif)"
    r"|(?:incorrectly|erroneously)\s+(?:accounted|recorded|classified|recogni[sz]ed|reported|presented)"
    r"|irregularit"
    r"|not\s+provide\s+(?:its\s+|final\s+)*(?:approval|consent)"
    r"|withdr(?:ew|awn)\s+(?:its\s+|their\s+)?(?:audit\s+)?(?:opinion|report)",
    _F,
)
KEYWORDS = ("restat", "weakness", "relied", "investigat", "resign", "dismiss", "declined", "review",
            "deficienc", "correction of an error", "erro", "irregularit", "not provide", "withdr",
            "properly", "incorrectly")  # "erro": error(s) and erroneously in one pass

# Documents that never carry the signal, only boilerplate (certifications) or contracts.
_SKIP_DOC = re.compile(r"^(EX-(3|4|10|21|23|24|31|32|97|101|104)\b|GRAPHIC|ZIP|XML|JSON|EXCEL|PDF)", _F)

# Things called "restated" that are not restatements of financial statements.
_DOC_RESTATED = re.compile(
    r"(?:amended\s+and\s+|second\s+amended\s+and\s+|third\s+amended\s+and\s+)?restated"
    r"(?:\s+[\w,'’-]+){0,6}?\s+(?:certificate|articles|by-?laws|charter|agreement|plan|indenture"
    r"|memorandum|declaration|note|notes|warrants?|deed|trust|lease|guarant\w+|credit|loan"
    r"|partnership|operating|code|policy|facility|charter|constitution)\b"
    r"|amended\s+and\s+restated|amendment\s+and\s+restatement|restatement\s+agreement"
    r"|restated\s+to\s+(?:reflect|conform|give\s+effect|include)"
    r"(?![^.]{0,60}\b(?:correct|error|misstat))"  # "restated to reflect the correction": real
    r"|as\s+(?:amended\s+and\s+)?restated\b(?=[^.]{0,40}(?:agreement|certificate|by-?laws|plan))",
    _F,
)
_CLAWBACK = re.compile(
    r"claw-?back|recoup|recover(?:y|ed|ing)?\s+(?:of\s+)?(?:erroneously|incentive|any\s+excess)"
    r"|erroneously\s+awarded|compensation\s+recovery|incentive[- ]based\s+compensation"
    r"|forfeit|reimburse\s+the\s+company",
    _F,
)
# Restated for presentation, not for error.
_RECAST = re.compile(
    r"discontinued\s+operation|retrospective|retroactive|adoption\s+of|newly\s+adopted|adopted\s+"
    r"(?:asu|the\s+new|new)|new\s+accounting\s+(?:standard|guidance|pronouncement)|\basu\s*\d"
    r"|reclassif|\brecast|segment|stock\s+split|reverse\s+split|share\s+split|stock\s+dividend"
    r"|conform\s+(?:to\s+)?(?:the\s+)?current|pro\s+forma|exchange\s+rate|constant\s+currency"
    r"|common\s+control|pooling|tax\s+rate|remeasur|tax\s+rate|remeasur|restated\s+(?:for\s+[\w\s]{0,40}?)?to\s+(?:exclude|include|reflect|conform)"
    r"(?![^.]{0,60}\b(?:correct|error|misstat))"
    r"|no\s+(?:effect|impact)\s+on\s+(?:the\s+)?(?:total|consolidated|net\s+income|previously\s+reported\s+net)",
    _F,
)
# Literal gates: every match of _CLAWBACK / _RECAST contains one of these words (lower case),
# so a sentence without any of them cannot match and the costly regex is skipped. Under
# re.IGNORECASE four non-ASCII letters also match ASCII ones (ı, İ, ſ, K): text holding one
# of them always gets the regex.
_CLAWBACK_WORDS = ("claw", "recoup", "recover", "erroneously", "incentive", "forfeit", "reimburse")
_RECAST_WORDS = (
    "discontinued", "retrospective", "retroactive", "adoption", "adopted", "accounting", "asu",
    "reclassif", "recast", "segment", "split", "dividend", "conform", "forma", "exchange",
    "currency", "control", "pooling", "tax", "remeasur", "exclude", "include", "reflect", "effect",
    "impact",
)
_IGNORECASE_EXOTIC = re.compile("[\u0130\u0131\u017f\u212a]")

# Words that, shortly before a keyword, make the statement hypothetical or generic.
_HYPO = re.compile(
    r"\b(?:if|could|may(?!\s+\d)|might|would|can|cannot|unless|whether|potential(?:ly)?|possibl[ey]"
    r"|future|risk\s+that|fail(?:ure)?\s+to|no\s+assurance|in\s+the\s+event|were\s+to|should\s+we"
    r"|to\s+the\s+extent|likelihood|any|all|such\s+as|including\s+a|or\s+a|lead\s+to|result\s+in"
    r"|resulting\s+in|require\s+us\s+to)\b",
    _F,
)
_NEG = re.compile(r"\b(?:no|not|none|neither|nor|without|never)\b|n['’]t\b", _F)
_NOT_EFFECTIVE = re.compile(r"\b(?:was|were|are|is|been|be)\s+not\s+effective\b|\bineffective\b", _F)

_MW = re.compile(r"material\s+weakness(?:es)?|internal\s+control\s+deficiencies", _F)
_MW_DEFINITION = re.compile(
    r"material\s+weakness\s+is\s+(?:a|defined)|(?:is|are)\s+defined\s+as|\bdefinition\b"
    r"|rises?\s+to\s+the\s+level",
    _F,
)
_RESTATE = re.compile(
    r"\b(?:restat(?:e|ed|es|ing|ement|ements)|as\s+restated|misstate(?:d|ment|ments)"
    r"|errors?\s+in\s+(?:the\s+|our\s+|its\s+|certain\s+)?(?:previously|prior)"
    r"|error\s+correction|correction\s+of\s+(?:an\s+)?(?:immaterial\s+)?errors?"
    r"|correction\s+of\s+(?:\w+\s+){1,4}?errors?\s+in\b)",
    _F,
)
_FINANCIAL = re.compile(
    r"financial\s+(?:statements?|information|results|data|reports?)|balance\s+sheets?"
    r"|statements?\s+of\s+(?:operations|income|cash|comprehensive|stockholders|shareholders)"
    r"|previously\s+(?:issued|reported|filed)|prior\s+(?:period|year|quarter)s?|10-[KQ]"
    r"|annual\s+report|quarterly\s+report|fiscal\s+(?:year|quarter|20\d\d|19\d\d)|revenues?"
    r"|net\s+(?:income|loss)|earnings|results|quarters?\s+ended|years?\s+ended",
    _F,
)
# "discovered errors related to the disclosure of ... within previously filed Form 10-K": errors
# found in statements already filed, said without the word "restate".
_ERRORS_PRIOR = re.compile(
    r"\berrors?\b([^.]{0,200}?)\bpreviously\s+(?:issued|filed|reported)\s+(?:\w+\s+){0,3}?"
    r"(?:financial|statements?|(?:Form\s+)?10-[KQ]|annual|quarterly|reports?|results|periods?)", _F)
# Accounting-policy text and filing-mechanics corrections, not errors found in the statements
_GENERIC_ERRORS = re.compile(
    r"^\W*when(?:ever)?\b|\bpolic(?:y|ies)\b|\bpractice\s+is\b|\bin\s+accordance\s+with\s+ASC\s+250"
    r"|typographical|clerical|scrivener|XBRL|tagging|conformed\s+signature|\bdate\s+of\s+the\s+report", _F)
_MODAL_AFTER = re.compile(r"^[^.]{0,160}?\b(?:could|may|might|would|can)\b", _F)
_REVISION = re.compile(r"\brevis(?:ed|ion)\s+(?:of\s+)?(?:the\s+|our\s+|its\s+)?(?:previously|prior)", _F)
_NON_RELIANCE = re.compile(
    r"(?:should|can|could|would)\s+no\s+longer\s+be\s+relied\s+(?:up)?on"
    r"|should\s+not\s+(?:be\s+)?rel(?:y|ied)\s+(?:up)?on|should\s+not\s+continue\s+to\s+be\s+relied"
    r"|(?:not|no\s+longer)\s+be\s+relied\s+upon",
    _F,
)
_AUDITOR = re.compile(
    r"accounting\s+firm|auditors?\b|accountants?\b|\bLLP\b|L\.L\.P\.|\bP\.?C\.|\bPLLC\b|\bCPAs?\b"
    r"|KPMG|Deloitte|Ernst\s+&\s+Young|Pricewaterhouse|Grant\s+Thornton|\bBDO\b|Marcum|Andersen",
    _F,
)
_AUDITOR_GONE = re.compile(
    r"\b(?:resign(?:ed|s|ation)?|declin(?:ed|es|ing)\s+to\s+stand|dismiss(?:ed|al)|terminat(?:ed|ion)"
    r"\s+(?:of\s+)?(?:the\s+)?(?:engagement|services)|was\s+(?:replaced|revoked)|registration\s+"
    r"\w+\s+revoked|ceased\s+to\s+(?:serve|be))\b",
    _F,
)
# Lawsuits are dismissed too.
_LEGAL = re.compile(
    r"motion\s+to\s+dismiss|\bcourt\b|lawsuit|complaint|plaintiff|litigation|prejudice|\bappeal"
    r"|class\s+action|arbitrat|\bclaims?\s+(?:against|were|was)|\bsuit\b|\bcase\b|petition", _F)
_AUDITOR_RESIGNED = re.compile(r"\bresign|declin\w+\s+to\s+stand|revoked", _F)
_DIRECTOR = re.compile(
    r"\b(?:director|officer|chief|president|board\s+member|member\s+of\s+the\s+board|from\s+the\s+board"
    r"|employee|partner\s+at|executive)\b", _F)
_INVESTIGATION = re.compile(
    r"\b(?:investigations?|inquir(?:y|ies)|subpoenas?|formal\s+order|wells\s+notice)\b"
    r"|(?:internal|independent|special|accounting|forensic)\s+review|review\s+of\s+(?:its\s+|our\s+|the\s+"
    r"company.s\s+|certain\s+)?(?:financial\s+reporting|accounting|internal\s+controls?|revenue)",
    _F,
)
_INVESTIGATOR = re.compile(
    r"audit\s+(?:and\s+\w+\s+)?committee|special\s+committee|independent\s+committee|board\s+of\s+"
    r"directors|outside\s+counsel|forensic\s+account|\bsec\b|securities\s+and\s+exchange\s+commission"
    r"|department\s+of\s+justice|\bdoj\b|enforcement|independent\s+counsel|auditors",
    _F,
)
_SEC_INV = re.compile(
    r"(?:\bSEC\b|Securities\s+and\s+Exchange\s+Commission|Division\s+of\s+Enforcement|Department\s+"
    r"of\s+Justice)[^.]{0,120}\b(?:investigation|inquiry|subpoena|formal\s+order)"
    r"|formal\s+order\s+of\s+(?:private\s+)?investigation|wells\s+notice",
    _F,
)
_INV_COSTS = re.compile(
    r"investigation[\w\s-]{0,30}(?:costs?|expenses?|fees|charges)|(?:costs?|expenses?|fees|charges)"
    r"\s+(?:of|for|related\s+to|associated\s+with|incurred\s+(?:in|for))\s+(?:the\s+|an\s+)?"
    r"(?:\w+\s+){0,3}investigation",
    _F,
)
_COSTS_OF = re.compile(
    r"(?:costs?|expenses?|fees|charges)\s+(?:associated\s+with|related\s+to|of|for|incurred)\b", _F
)
_ACCOUNTING = re.compile(
    r"accounting|financial\s+(?:statements?|reporting|results)|restat|misstat|revenue\s+recognition"
    r"|books\s+and\s+records|internal\s+control|disclosure", _F
)
_GOVERNMENT = re.compile(r"\bSEC\b|Securities\s+and\s+Exchange|Department\s+of\s+Justice|\bDOJ\b"
                         r"|attorney\s+general|enforcement|antitrust|\bFTC\b|regulator", _F)
_COMMITTEE = re.compile(r"audit\s+(?:and\s+\w+\s+)?committee|special\s+committee|independent\s+committee"
                        r"|board\s+of\s+directors|outside\s+counsel|forensic", _F)
# Investigations about something other than the books: bribery, antitrust, export controls, ...
_OTHER_SUBJECT = re.compile(
    r"Foreign\s+Corrupt\s+Practices|\bFCPA\b|anti-?corruption|anti-?brib|\bbrib|antitrust|"
    r"competition\s+law|export\s+control|sanctions\s+(?:laws|regulations|compliance)|"
    r"anti-?money\s+laundering|cyber|data\s+(?:breach|security|privacy)|harass|sexual|"
    r"environmental|product\s+(?:safety|liability)|workplace\s+(?:conduct|safety)", _F)
# What would make such an investigation about the financial statements after all.
_BOOKS_SUBJECT = re.compile(
    r"restat|misstat|financial\s+statements|financial\s+reporting|revenue|books\s+and\s+records"
    r"|internal\s+(?:accounting\s+)?controls?|accounting\s+(?:practices|policies|irregularit"
    r"|errors?|treatment|for)", _F)
_SERIOUS = re.compile(r"restat|misstat|irregularit|fraud|embezzl|no\s+longer\s+be\s+relied", _F)
_DISAGREE = re.compile(r"disagreements?|reportable\s+events?", _F)
_ITEM_TEXT = re.compile(r"relied\s+upon|certifying\s+accountant|accounting\s+firm|auditors?\b", _F)
_EXCEPT = re.compile(r"\bexcept\b|\bother\s+than\b", _F)

_FIRM = re.compile(
    r"((?:[A-Z][\w'’&.-]*,?\s+(?:&\s+)?){0,5}?(?:LLP|L\.L\.P\.|LLC|PLLC|P\.\s?C\.|P\.A\.|CPAs?"
    r"(?:,?\s+(?:LLC|PLLC|PC|P\.C\.))?|Chartered\s+Accountants|Ltd\.?))(?![\w])"
    r"|\b(KPMG(?:\s+LLP)?|Deloitte\s+&\s+Touche(?:\s+LLP)?|Ernst\s+&\s+Young(?:\s+LLP)?"
    r"|PricewaterhouseCoopers(?:\s+LLP)?|Grant\s+Thornton(?:\s+LLP)?|BDO\s+USA(?:,?\s+LLP)?"
    r"|Arthur\s+Andersen(?:\s+LLP)?|Marcum(?:\s+LLP)?)"
)
_FIRM_STOP = re.compile(r"^(?:On|In|The|Our|As|During|Effective|Company|Inc|Board|Audit|Committee)\b")

# Trigger priority when severities tie.
_PRIORITY = {"non_reliance": 5, "restatement": 4, "auditor_change": 3, "investigation": 2,
             "material_weakness": 1}


@dataclass
class Signal:
    trigger: str
    severity: Severity
    evidence: str
    document: str | None
    detail: str = ""
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def rank(self) -> tuple[int, int, int]:
        return (self.severity.rank, _PRIORITY[self.trigger], _quality(self.evidence))


def _before(sentence: str, pos: int, width: int = 160) -> str:
    """The clause before position `pos`: at most `width` chars, not crossing ';' or ':'."""
    head = sentence[max(0, pos - width) : pos]
    for sep in (";", ":", " — ", " - "):
        i = head.rfind(sep)
        if i >= 0:
            head = head[i + 1 :]
    return head


_REPORTED = re.compile(r"\b(?:announced|disclosed|reported|stated|said|indicated|notified\s+\w+)\s+that\b"
                       r"[^;:]*?\bwould\b", _F)


def _hypothetical(sentence: str, pos: int) -> bool:
    head = _before(sentence, pos)
    if "would" in head and "would have" not in head and _REPORTED.search(sentence[:pos]):
        head = head.replace("would", "")  # "announced that the filing would be delayed": past
    if re.search(r"\bif\b|\bwhether\b", sentence[: pos], _F) and not re.search(
        r"\b(?:has|have|had)\s+(?:identified|determined|concluded)", sentence[:pos], _F
    ):
        return True
    return bool(_HYPO.search(head))


def _negated(sentence: str, pos: int, width: int = 45) -> bool:
    head = _NOT_EFFECTIVE.sub(" ", _before(sentence, pos, width))
    return bool(_NEG.search(head))


_ASCII_LETTERS = string.ascii_letters.encode()
_ASCII_UPPER = string.ascii_uppercase.encode()


def _is_evidence(sentence: str) -> bool:
    """A real sentence: not a heading or a table row alone."""
    if is_table_row(sentence) or len(sentence) < 40:
        return False
    words = sentence.split()
    if len(words) < 7:
        return False
    # count ASCII letters ([A-Za-z]) and capitals ([A-Z]) by deleting them from the bytes
    raw = sentence.encode("ascii", "ignore")
    letters = len(raw) - len(raw.translate(None, _ASCII_LETTERS))
    return letters > 0 and (len(raw) - len(raw.translate(None, _ASCII_UPPER))) / letters < 0.6


# --- classifiers: sentence -> Signal | None -------------------------------------------------


def _non_reliance(s: str) -> Signal | None:
    m = _NON_RELIANCE.search(s)
    if not m or (_hypothetical(s, m.start()) and "item 4.02" not in s.lower()):
        return None
    if not _FINANCIAL.search(s) and not re.search(r"audit\s+report|interim\s+review", s, _F):
        return None
    return Signal("non_reliance", Severity.HIGH, s, None)


def _restatement(s: str) -> Signal | None:
    low = s.lower()
    exotic = _IGNORECASE_EXOTIC.search(s) is not None
    cleaned = s
    if exotic or "restated" in low or "restatement agreement" in low or "amendment and restatement" in low:
        cleaned = _DOC_RESTATED.sub(" ", s)
        if cleaned != s:
            low = cleaned.lower()
            exotic = _IGNORECASE_EXOTIC.search(cleaned) is not None
    if (exotic or any(w in low for w in _CLAWBACK_WORDS)) and _CLAWBACK.search(cleaned):
        return None
    # loop-invariant: a recast skips every match
    recast = (exotic or any(w in low for w in _RECAST_WORDS)) and _RECAST.search(cleaned) is not None
    for m in () if recast else _RESTATE.finditer(cleaned):
        word = m.group(0).lower()
        window = cleaned[max(0, m.start() - 150) : m.end() + 150]
        if _negated(cleaned, m.start(), 30) or _hypothetical(cleaned, m.start()):
            continue
        if _COSTS_OF.search(_before(cleaned, m.start(), 80)):
            continue
        if word.startswith("misstat") and not re.search(r"previously|prior\s+period|restat", window, _F):
            continue
        if "error" in word and (_MODAL_AFTER.search(cleaned[m.end():])
                                or _GENERIC_ERRORS.search(cleaned)):
            continue  # "errors in previously issued financial statements could require us to ..."
        if not _FINANCIAL.search(window) and not (
                cleaned[m.start() : m.start() + 11].lower().startswith(("restatement", "restating"))
                and _FINANCIAL.search(cleaned)):
            continue
        return Signal("restatement", Severity.HIGH, s, None)
    for m in () if recast else _ERRORS_PRIOR.finditer(cleaned):
        if (_negated(cleaned, m.start(), 30) or _hypothetical(cleaned, m.start())
                or _NEG.search(m.group(1)) or _HYPO.search(m.group(1))
                or _MODAL_AFTER.search(cleaned[m.end():]) or _GENERIC_ERRORS.search(cleaned)):
            continue  # "errors that did not affect previously issued ...", "errors could ...", policy
        immaterial = re.search(r"\bnot\s+material|\bimmaterial", cleaned[m.end() : m.end() + 120], _F)
        return Signal("restatement", Severity.MEDIUM if immaterial else Severity.HIGH, s, None,
                      detail="errors")
    m = _REVISION.search(cleaned)
    if (
        m
        and re.search(r"financial\s+statements|error", cleaned, _F)
        and not recast
        and not _hypothetical(cleaned, m.start())
        and not _negated(cleaned, m.start(), 30)
    ):
        return Signal("restatement", Severity.MEDIUM, s, None, detail="revision")
    return None


def _material_weakness(s: str) -> Signal | None:
    if _MW_DEFINITION.search(s):
        return None
    for m in _MW.finditer(s):
        if _negated(s, m.start()) or _hypothetical(s, m.start()):
            continue
        return Signal("material_weakness", Severity.MEDIUM, s, None)
    return None


def _auditor_change(s: str) -> Signal | None:
    m = _AUDITOR_GONE.search(s)
    if not m or not _AUDITOR.search(s):
        return None
    if _hypothetical(s, m.start()) or _negated(s, m.start(), 30) or _LEGAL.search(s):
        return None
    # A director or officer resigning, not the audit firm.
    near = s[max(0, m.start() - 120) : m.start()]
    if _DIRECTOR.search(near) and not _AUDITOR.search(near):
        return None
    sev = Severity.HIGH if _AUDITOR_RESIGNED.search(m.group(0)) else Severity.MEDIUM
    return Signal("auditor_change", sev, s, None, detail=m.group(0).lower())


def _investigation(s: str, ctx: str = "") -> Signal | None:
    for m in _INVESTIGATION.finditer(s):
        if _INV_COSTS.search(s) or _negated(s, m.start(), 30) or _hypothetical(s, m.start()):
            continue
        if not _INVESTIGATOR.search(s) and not (
                re.search(r"internal\s+investigation", s, _F) and _ACCOUNTING.search(s)):
            continue  # who investigates, unless it is an internal one into the accounting
        # a government investigation counts only when it is about accounting or disclosure
        if _GOVERNMENT.search(s) and not _COMMITTEE.search(s) and not _ACCOUNTING.search(ctx or s):
            continue
        # neither does one whose paragraph says it is about bribery, antitrust, a data breach...
        if _OTHER_SUBJECT.search(ctx or s) and not _BOOKS_SUBJECT.search(s) and not _SERIOUS.search(s):
            continue
        if not re.search(r"investigat|review", m.group(0), _F) and not _SEC_INV.search(s):
            continue
        # a "review" counts when it is about accounting or financial reporting
        if "review" in m.group(0).lower() and not _ACCOUNTING.search(s):
            continue
        sev = Severity.HIGH if (_SEC_INV.search(s) or _SERIOUS.search(s)) else Severity.MEDIUM
        return Signal("investigation", sev, s, None)
    return None


# (literals one of which the sentence must contain, classifier): a cheap gate before the regexes.
_COVER_ERROR = re.compile(
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
_IDENTIFIED_ERROR = re.compile(
    r"\b(?:identified|discovered|detected|found|uncovered)\s+(?:an?\s+|certain\s+|several\s+|two\s+"
    r"|three\s+|multiple\s+|material\s+|the\s+|these\s+)?(?:\w+\s+){0,2}?errors?\b", _F)
_ERROR_SUBJECT = re.compile(
    r"financial\s+(?:statements?|close|reporting|results|information)|previously\s+(?:issued|filed"
    r"|reported)|revenues?\b|expenses?\b|balance\s+sheets?|accounting\b|interim\s+(?:reporting\s+)?"
    r"periods?|restat|net\s+(?:income|loss)|earnings\s+per\s+share", _F)
_TRIVIAL_ERROR = re.compile(r"typographical|clerical|scrivener|administrative\s+(?:error|oversight)|transmission"
                            r"|filing\s+agent"
                            r"|XBRL|EDGAR|tagging|exhibit", _F)
_IRREGULAR = re.compile(
    r"\b(?:accounting|financial|reporting)\s+irregularit\w*|\birregularities\s+(?:in|related\s+to|"
    r"involving)\s+(?:the\s+|its\s+|our\s+|certain\s+)?(?:accounting|financial|books|revenue)", _F)

# The auditor would not let its report be used: an Item 4.02(b)-like fact in other words.
_REPORT_WITHHELD = re.compile(
    r"\bnot\s+(?:provide|give)\s+(?:its\s+|final\s+)*approval\b[^.]{0,80}?\baudit\s+"
    r"(?:opinion|report)|\bwithdr(?:ew|awn|aw)\s+(?:its\s+|their\s+)?(?:audit\s+)?(?:opinion|report)"
    r"(?=[^.]{0,120}\b(?:financial\s+statements|audit|fiscal\s+years?))", _F)


def _identified_error(s: str) -> Signal | None:
    m = _IDENTIFIED_ERROR.search(s)
    if (not m or _TRIVIAL_ERROR.search(s) or not _ERROR_SUBJECT.search(s) or _GENERIC_ERRORS.search(s)
            or _negated(s, m.start(), 30) or _hypothetical(s, m.start())
            or _NEG.search(s[m.end() : m.end() + 120])  # "errors ... that did not affect ..."
            or _MODAL_AFTER.search(s[m.end():])):  # "... errors, which could affect revenue"
        return None
    return Signal("restatement", Severity.MEDIUM, s, None, detail="error_identified")


# "the Company determined that it had not properly accounted for certain warrants"
_MISACCOUNTED = re.compile(
    r"\b(?:(?:had|has|have|did|was|were)\s+not\s+(?:been\s+)?properly\s+account\w*"
    r"|(?:improperly|incorrectly|erroneously)\s+(?:account\w*|recorded|classified|recogni[sz]ed|reported"
    r"|presented|capitalized|deferred))\b", _F)
_BOOKS_OBJECT = re.compile(
    r"\b(?:warrants?|revenues?|expenses?|lease\s+liabilit\w*|derivatives?|convertible\s+(?:notes|debt|preferred)"
    r"|inventor\w*|income\s+tax\s+(?:expense|provision|benefit)|stock[-\s]based\s+compensation"
    r"|financial\s+statements|goodwill|receivables?|reserves?|accruals?|balance\s+sheets?"
    r"|statements?\s+of\s+(?:operations|income|cash|comprehensive)|cash\s+flows?|net\s+(?:income|loss)"
    r"|intangible\s+assets|amortization|depreciation|net\s+sales|deferred\s+(?:revenue|tax)"
    r"|(?:current|long-term|non-?current)\s+(?:assets|liabilities))\b", _F)
# "classified as independent contractors", "recorded customer telephone calls", "votes"
_NOT_BOOKS = re.compile(r"independent\s+contractors?|employees?\b|exempt|telephone|calls?\b|votes?\b"
                        r"|broker\s+non-votes|labels?\b|nutritional|customers?\s+accounts?|\bIRS\b"
                        r"|internal\s+revenue|tax\s+authorit\w*|examination|third[-\s]party|processor|vendors?"
                        r"|suppliers?|\bclaims?\b|billing|immaterial[^.]{0,120}reclassif", _F)
_DETERMINED = re.compile(r"\b(?:determined|concluded|identified|discovered|found|became\s+aware"
                         r"|learned)\b", _F)
# irregularities count when something happened to them: found, alleged, investigated
_IRREGULAR_EVENT = re.compile(r"\b(?:identified|discovered|detected|found|uncovered|alleged|allegations?"
                              r"|investigat\w*|became\s+aware|learned|revealed|review\w*)\b", _F)


def _misaccounted(s: str) -> Signal | None:
    m = _MISACCOUNTED.search(s)
    if (not m or not _DETERMINED.search(s[: m.start()]) or _hypothetical(s, m.start())
            or _TRIVIAL_ERROR.search(s) or _NOT_BOOKS.search(s)
            or not _BOOKS_OBJECT.search(s[max(0, m.start() - 100) : m.end() + 100])):
        return None
    return Signal("restatement", Severity.MEDIUM, s, None, detail="misaccounted")


def _irregularities(s: str) -> Signal | None:
    m = _IRREGULAR.search(s)
    if (not m or _negated(s, m.start(), 30) or _hypothetical(s, m.start())
            or not _IRREGULAR_EVENT.search(s) or _MODAL_AFTER.search(s[m.end():])
            or re.search(r"complaints?|prohibit|other\s+companies|tips?\b|hotline", s, _F)):
        return None
    return Signal("investigation", Severity.HIGH, s, None, detail="irregularities")


def _report_withheld(s: str) -> Signal | None:
    m = _REPORT_WITHHELD.search(s)
    if (not m or not (_AUDITOR_WORD.search(s) or _FIRM_SUFFIX.search(s)) or _hypothetical(s, m.start())
            or re.search(r"damages|plaintiff|expert|rule\s+437a", s, _F)):
        return None
    return Signal("non_reliance", Severity.HIGH, s, None, detail="audit_report")


_FIRM_SUFFIX = re.compile(r"\bLLP\b|\bCPA")  # "Crowe LLP ... did not provide final approval"


_CLASSIFIERS = (
    (("relied", "rely"), _non_reliance),
    (("error",), _identified_error),
    (("irregularit",), _irregularities),
    (("properly", "incorrectly", "erroneously"), _misaccounted),
    (("not provide", "withdr"), _report_withheld),
    (("restat", "misstat", "error", "revis"), _restatement),
    (("resign", "dismiss", "declin", "terminat", "revoked", "replaced", "ceased"), _auditor_change),
    (("investigat", "inquir", "subpoena", "formal order", "wells", "review"), _investigation),
    (("weakness", "deficienc"), _material_weakness),
    (("correction of an error",), _cover_error),
)


_GOOD = re.compile(
    r"previously\s+(?:issued|reported)|(?:have|has|had|were|was|been)\s+restated|restatement\s+of"
    r"|identified\s+(?:a\s+|two\s+|three\s+|certain\s+)?material\s+weakness|material\s+weakness(?:es)?"
    r"\s+(?:existed|exists|in\s+our|in\s+the)|resigned|dismissed|concluded|determined", _F)


def _quality(sentence: str) -> int:
    """Prefer plain statements of fact for the evidence quote."""
    q = 1 if _GOOD.search(sentence) else 0
    if _HYPO.search(sentence):
        q -= 1
    if len(sentence) > 450:
        q -= 1
    return q


_RESTAT_WORD = re.compile(r"restat", _F)
_COLUMN = re.compile(r"^[(\[]?(?:as\s+)?restated(?:\s*\(\w\))?[)\]]?$|^restatement\s+adjustments?$", _F)
_CAPTION = re.compile(r"statements?\s+of\s+\w+|balance\s+sheets?|selected\s+financial\s+data|results", _F)


def _column_evidence(text: str, pos: int) -> str:
    """A quote for an "As Restated" column that no sentence explains: the table's caption line
    (the nearest line above naming a financial statement) and the column heading."""
    head = text[max(0, pos - 3000) : pos].split("\n")
    for line in reversed(head[-40:]):
        line = line.strip()
        if not is_table_row(line) and _CAPTION.search(line) and len(line) < 300:
            return normalize_ws(f"{line} [column: As Restated]")
    return "Financial statement table with a column headed \"As Restated\""


# Keywords specific enough to examine every occurrence, and broad ones examined only when a word
# about auditors, audit committees, regulators or accounting occurs within a few hundred chars.
_SPECIFIC = ("restat", "weakness", "relied", "correction of an error", "erro", "irregularit",
             "not provide", "withdr", "properly", "incorrectly")
_BROAD = ("investigat", "resign", "dismiss", "declined", "review", "deficienc")
_BROAD_NEAR = ("udit", "ccountant", "ccounting", "LLP", "P.C.", "PLLC", "CPA", "ommittee", "SEC",
               "Securities and Exchange", "Justice", "restat", "Restat", "control", "Control",
               "misstat", "financial reporting", "Financial Reporting", "AUDIT", "ACCOUNT")


def _hits(text: str) -> Iterator[Hit]:
    yield from find_sentences(text, PREFILTER, limit=300, keywords=_SPECIFIC)
    yield from find_sentences(text, PREFILTER, limit=300, keywords=_BROAD, near=_BROAD_NEAR,
                              near_window=300)


_FORM_INSTRUCTION = re.compile(r"\(\s*attach\s+extra\s+sheets?\s+if\s+needed\.?\s*\)\.?", _F)


def _doc_signals(doc: Document) -> list[Signal]:
    out: list[Signal] = []
    table_restated: str | None = None
    seen: set[str] = set()
    for hit in _hits(doc.text):
        s = hit.sentence
        if s in seen:
            continue
        seen.add(s)
        if "eeded" in s:  # the 12b-25 form's "(Attach extra sheets if needed)" is no hedge
            s = _FORM_INSTRUCTION.sub("", s).strip()
        if is_table_row(s) or len(s) < 40:
            if table_restated is None and any(_COLUMN.match(c.strip()) for c in s.split("|")):
                table_restated = _column_evidence(doc.text, hit.match.start())
            continue
        if not _is_evidence(s):
            continue
        low = s.lower()
        for gate, classify in _CLASSIFIERS:
            if not any(g in low for g in gate):
                continue
            sig = classify(s, hit.context) if classify is _investigation else classify(s)
            if sig is not None:
                sig.document = doc.filename or doc.type
                out.append(sig)
    if table_restated and not any(x.trigger == "restatement" for x in out):
        # "As Restated" columns with no restatement sentence: quote the nearest explanation.
        found = recast = False
        for hit in find_sentences(doc.text, _RESTAT_WORD, limit=50, keywords=("restat",)):
            s = hit.sentence
            m = re.search(r"restat", s, _F)
            if m and _RECAST.search(s):
                recast = True  # the columns are explained as a recast, not a correction
            if (m and _is_evidence(s) and not _DOC_RESTATED.search(s) and not _CLAWBACK.search(s)
                    and not _RECAST.search(s) and not _negated(s, m.start(), 30)
                    and not _hypothetical(s, m.start())):
                out.append(Signal("restatement", Severity.HIGH, s,
                                  doc.filename or doc.type))
                found = True
                break
        if not found and not recast:
            out.append(Signal("restatement", Severity.MEDIUM, table_restated,
                              doc.filename or doc.type, detail="column"))
    return out


# --- facts ------------------------------------------------------------------------------------

_PERIOD_YEARS = re.compile(
    r"(?:years?|quarters?|periods?|months)\s+ended\s+((?:January|February|March|April|May|June|July"
    r"|August|September|October|November|December)\s+\d{1,2}),?\s+(\d{4})((?:\s*(?:,|and)\s*\d{4})+)",
    _F,
)
_PERIOD_CUE = re.compile(r"(?:ended|ending|as\s+of|through|periods?|quarters?|years?)\b[^.;]{0,70}$", _F)
_EVENT_DATE = re.compile(r"(?:\bon|\bdated|\bfiled|\bissued|\bannounced)\s*$", _F)
_FISCAL = re.compile(r"\bfiscal\s+(?:years?\s+)?((?:19|20)\d\d)\b", _F)


def periods_affected(sentence: str) -> list[str]:
    """Period ends a non-reliance or restatement sentence names, as ISO dates (or FYyyyy)."""
    found: list[str] = []
    for d, a, _b in iter_dates(sentence):
        head = sentence[max(0, a - 80) : a]
        # a period end ("quarters ended ...", "as of ..."), not an event date ("filed on ...")
        if _EVENT_DATE.search(head) or not _PERIOD_CUE.search(head):
            continue
        iso = d.isoformat()
        if iso not in found:
            found.append(iso)
    # "years ended December 31, 2024 and 2023": the bare years share the month and day.
    for m in _PERIOD_YEARS.finditer(sentence):
        for y in re.findall(r"\d{4}", m.group(3)):
            d = _date_from(m.group(1), y)
            if d and d not in found:
                found.append(d)
    if not found:
        for y in _FISCAL.findall(sentence):
            if f"FY{y}" not in found:
                found.append(f"FY{y}")
    return found


def _date_from(month_day: str, year: str) -> str | None:
    dates = iter_dates(f"{month_day}, {year}")
    return dates[0][0].isoformat() if dates else None


_AUDITOR_WORD = re.compile(r"accounting\s+firm|auditors?\b|accountants?\b|audit\s+firm", _F)


def auditor_name(sentence: str, *, anchored: bool = True) -> str | None:
    """The audit firm a sentence names near the words auditor / accounting firm (or anywhere,
    with `anchored=False`, for a sentence already known to be about the auditor)."""
    anchors = [m.start() for m in _AUDITOR_WORD.finditer(sentence)]
    if anchored and not anchors:
        return None
    for m in _FIRM.finditer(sentence):
        if anchored and min(abs(m.start() - a) for a in anchors) > 250:
            continue
        if re.match(r"\s*\(\s*(?:the\s+)?[\"“”]?(?:company|registrant)", sentence[m.end() :], _F):
            continue
        name = normalize_ws(m.group(1) or m.group(2) or "").strip(" ,")
        # drop leading words that are not part of the firm's name
        while _FIRM_STOP.match(name):
            name = name.split(" ", 1)[1] if " " in name else ""
        if len(name) >= 3 and not name.lower().startswith(("the ", "our ")):
            return name
    return None


# --- the rule ---------------------------------------------------------------------------------


def _relevant_docs(filing: Filing) -> list[Document]:
    return [d for d in filing.documents if not _SKIP_DOC.match(d.type or "")]


def find(filing: Filing) -> list[Finding]:
    items, _old = filing_items(filing)
    docs = _relevant_docs(filing)
    signals: list[Signal] = []
    for doc in docs:
        signals.extend(_doc_signals(doc))

    form = (filing.form or "").upper()
    if _PERIODIC.match(form):
        signals = _drop_old_auditor_changes(signals, report_period(filing))
    if form.startswith("NT ") and not signals:
        signals = _late_notice_accounting_review(docs)
    rel_items = [i for i in items if i in {"4.01", "4.02", "3.01"}]
    best: Signal | None = _strongest(signals)

    if "4.02" in items:
        ev = next((x for x in signals if x.trigger == "non_reliance"), None) or best
        best = Signal("non_reliance", Severity.HIGH, ev.evidence if ev else "", ev.document if ev else None)
    elif "4.01" in items:
        change = next((x for x in signals if x.trigger == "auditor_change"), None)
        worse = change is not None and change.severity is Severity.HIGH
        worse = worse or _adverse_401(signals, docs)
        ev = change or best
        cand = Signal("auditor_change", Severity.HIGH if worse else Severity.MEDIUM,
                      ev.evidence if ev else "", ev.document if ev else None)
        if best is None or cand.rank >= best.rank or best.trigger == "material_weakness":
            best = cand

    if best is not None and not best.evidence and docs:
        # Item declared in the header but no classified sentence: quote the item's own text.
        for hit in find_sentences(docs[0].text, _ITEM_TEXT, limit=20):
            if _is_evidence(hit.sentence):
                best.evidence, best.document = hit.sentence, docs[0].filename or docs[0].type
                break
    if best is not None and not best.evidence and docs:
        # nothing about accountants in so many words: the item's first real sentence
        best.evidence = _item_body_sentence(docs[0].text, rel_items)
        best.document = docs[0].filename or docs[0].type
    if best is None or not best.evidence:
        return []

    facts: dict[str, object] = {"trigger": best.trigger}
    if rel_items:
        facts["items"] = rel_items
    same = [x for x in signals if x.trigger == best.trigger] or [best]
    periods: list[str] = []
    if best.trigger in {"non_reliance", "restatement"}:
        for x in same[:5]:
            for p in periods_affected(x.evidence):
                if p not in periods:
                    periods.append(p)
    if periods:
        facts["periods_affected"] = periods
    for x in [best, *[y for y in signals if y.trigger == "auditor_change"], *signals]:
        name = auditor_name(x.evidence, anchored=x.trigger != "auditor_change")
        if name:
            facts["auditor"] = name
            break

    return [Finding(
        kind=Kind.RESTATEMENT_RISK,
        severity=best.severity,
        title=_title(form, best, rel_items, facts),
        evidence=clip(best.evidence),
        facts=facts,
        document=best.document,
    )]


_ITEM_TITLE = re.compile(
    r"^\W{0,3}item\s*\d{1,2}(?:\.\d{2})?\.?\s*[-:.–—]?\s*(?:non-?\s?reliance\s+on\s+previously\s+issued"
    r"\s+financial\s+statements(?:\s+or\s+a\s+related\s+audit\s+report\s+or\s+completed\s+interim"
    r"\s+review)?|changes?\s+in\s+(?:the\s+)?registrant.?s\s+certifying\s+accountant)\.?\s*", _F)


def _item_body_sentence(text: str, items: list[str]) -> str:
    """The first sentence of a declared item's text, its heading cut off ("" when none)."""
    start = 0
    for item in items:
        m = re.search(rf"(?im)^\W{{0,3}}item\s*{re.escape(item)}\b", text)
        if m:
            start = m.start()
            break
    for para in paragraphs(text[start : start + 20_000]):
        for sent in sentences(_ITEM_TITLE.sub("", para.strip(), count=1)):
            if _is_evidence(sent):
                return sent
    return ""


# A late notice's reason that is an open accounting question (the issue: "a late notice whose
# reason is an accounting review ... also yields a restatement_risk finding"). Not the auditor
# "completing its review", not routine impairment testing.
_ACCOUNTING_REVIEW = re.compile(
    r"\b(?:review\w*|evaluat\w*|assess\w*|analy[sz]\w*|finaliz\w*|determin\w*|resolv\w*)\b"
    r"[^.]{0,180}?\b(?:the\s+)?(?:appropriate\s+)?(?:accounting\s+(?:and\s+\w+\s+)?(?:treatment|for\b|implications"
    r"|matters?\s+(?:related|relating|associated|regarding)"
    r"|(?:issues?|questions?)\s+(?:related|relating|associated|regarding)\s+to\s+(?:the\s+)?(?:\w+\s+){0,6}?"
    r"(?:notes|warrants?|revenue|convertible|derivatives?|preferred|errors?|restat\w*|impairment|leases?)"
    r"|classification|standards\s+codification)"
    r"|ASC\s+\d{3}\b|technical\s+accounting|complex\s+accounting|accounting\s+and\s+financial\s+reporting"
    r"\s+(?:of|for)"
    r"|as\s+(?:equity|debt|liabilit\w*)\s*,?\s+rather\s+than\s+(?:equity|debt|liabilit\w*)"
    r"|classification\s+of\s+(?:\w+\s+){0,3}?(?:equity\s+instruments?|warrants?|preferred|convertible))"
    r"|\b(?:analy[sz]\w*|evaluat\w*|review\w*|assess\w*)\b[^.]{0,100}?\bequity\s+transactions"
    r"|\baccount\s+for\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:warrants?|derivatives?|convertible|preferred"
    r"|embedded|fair\s+value|financial\s+liabilit\w*)", _F)


def _late_notice_accounting_review(docs: list[Document]) -> list[Signal]:
    for doc in docs[:2]:
        for hit in find_sentences(doc.text, _ACCOUNTING_REVIEW, limit=50,
                                  keywords=("ccounting", "ASC ", "ccount for", "transactions",
                                            "rather than", "classification"), back=200):
            s = _FORM_INSTRUCTION.sub("", hit.sentence).strip()
            m = _ACCOUNTING_REVIEW.search(s)
            if (m and _is_evidence(s) and not _negated(s, m.start(), 30)
                    and not re.search(r"\bif\b|\bmay\b|\bcould\b|forward-looking", s, _F)):
                return [Signal("investigation", Severity.MEDIUM, s, doc.filename or doc.type,
                               detail="accounting_review")]
    return []


_PERIODIC = re.compile(r"(?:10-K|10-Q|10-KT|20-F|40-F|10-KSB|10-QSB)\b")


_PERIOD_WORDS = re.compile(r"\b(?:ended|ending|since|through)\b", _F)


def _event_dates(sentence: str) -> list[date]:
    """Dates that can be the change's own, not periods ("for the fiscal years ended December 31,
    2022 and December 31, 2021": a period word shortly before the date)."""
    return [d for d, start, _e in iter_dates(sentence)
            if not _PERIOD_WORDS.search(sentence[max(0, start - 40) : start])]


def _drop_old_auditor_changes(signals: list[Signal], period: date | None) -> list[Signal]:
    """A report repeats the auditor changes of its last two fiscal years (Item 9 / Item 16F):
    one dated more than a year before the period's end was news in an earlier filing."""
    if period is None:
        return signals
    cutoff = period - timedelta(days=366)
    out = []
    for x in signals:
        dates = _event_dates(x.evidence) if x.trigger == "auditor_change" else []
        if dates and max(dates) < cutoff:
            continue
        out.append(x)
    return out


def _strongest(signals: list[Signal]) -> Signal | None:
    """`max(signals, key=rank)` (first of equals), scoring evidence quality only for the
    signals tied on severity and trigger priority."""
    if not signals:
        return None
    top = max((x.severity.rank, _PRIORITY[x.trigger]) for x in signals)
    tied = [x for x in signals if (x.severity.rank, _PRIORITY[x.trigger]) == top]
    return tied[0] if len(tied) == 1 else max(tied, key=lambda x: _quality(x.evidence))


def _adverse_401(signals: list[Signal], docs: list[Document]) -> bool:
    """Item 4.01 text that mentions disagreements, reportable events or a material weakness
    as having occurred (not the usual "there were no disagreements")."""
    if any(x.trigger in {"material_weakness", "non_reliance", "restatement"} for x in signals):
        return True
    for doc in docs[:2]:
        for hit in find_sentences(doc.text, _DISAGREE, limit=30):
            s = hit.sentence
            m = _DISAGREE.search(s)
            if (
                m
                and (not _negated(s, m.start(), 60) or _EXCEPT.search(s[m.end() :]))
                and not _hypothetical(s, m.start())
                and not re.search(r"\bwould\s+have\s+caused", s, _F)
            ):
                return True
    return False


_TRIGGER_WORDS = {
    "non_reliance": "previously issued financial statements should no longer be relied upon",
    "restatement": "restatement of previously issued financial statements",
    "auditor_change": "change of independent auditor",
    "investigation": "investigation or review of accounting / financial reporting",
    "material_weakness": "material weakness in internal control",
}


def _title(form: str, sig: Signal, items: list[str], facts: dict[str, object]) -> str:
    prefix = form if form not in {"", "TEXT", "UNKNOWN"} else ""
    if items:
        prefix = f"{prefix} Item " + " + ".join(items) if prefix else "Item " + " + ".join(items)
    what = _TRIGGER_WORDS[sig.trigger]
    if sig.trigger == "restatement" and sig.detail == "revision":
        what = "revision of previously issued financial statements"
    if sig.detail == "accounting_review":
        what = "late because of an open accounting question"
    if sig.trigger == "restatement" and sig.detail == "cover":
        what = "cover page marks a correction of an error in previously issued financial statements"
    if sig.trigger == "restatement" and sig.detail == "column":
        what = "financial statements presented \"As Restated\""
    if sig.trigger == "auditor_change":
        who = facts.get("auditor")
        verb = "resigned" if sig.severity is Severity.HIGH and "resign" in sig.evidence.lower() else (
            "dismissed" if "dismiss" in sig.evidence.lower() else "changed")
        what = f"auditor {who} {verb}" if who else f"independent auditor {verb}"
    periods = facts.get("periods_affected")
    if periods and sig.trigger in {"non_reliance", "restatement"}:
        what += f" ({', '.join(list(periods)[:3])})"  # type: ignore[call-overload]
    what = what[0].upper() + what[1:] if not prefix else what
    return f"{prefix}: {what}" if prefix else what
