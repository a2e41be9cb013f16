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

Speed: a few literal keywords are found with `str.find` passes (`text.keyword_matches`), the
prefilter regex is tried only where they occur, and only the sentences around its matches are
split and classified.

Layout: `patterns` (keyword prefilter, sentence regexes), `classifiers` (one sentence -> Signal,
a document's signals), `facts` (periods affected, auditor); this module decides the findings.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot.models import Document, Filing, Finding, Kind, Severity
from bot.rules import late_filing
from bot.rules.items import filing_items, report_period
from bot.rules.numbers import iter_dates
from bot.rules.regex import fast_compile
from bot.rules.restatement.classifiers import _STILL_OPEN
from bot.rules.restatement.document import _FORM_INSTRUCTION, _doc_signals
from bot.rules.restatement.facts import auditor_name, periods_affected
from bot.rules.restatement.guards import (
    Signal,
    _hypothetical,
    _is_evidence,
    _negated,
    _quality,
    _quotes,
)
from bot.rules.restatement.late_reason import late_reason_signal
from bot.rules.restatement.patterns import (
    _DISAGREE,
    _EXCEPT,
    _F,
    _ITEM_TEXT,
    _OTHER_SUBJECT,
    _PRIORITY,
    _SKIP_DOC,
)
from bot.rules.text import clip, find_sentences, paragraphs, register_keywords, sentences

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
        period = report_period(filing)
        weakness = any(x.trigger == "material_weakness" for x in signals)  # (the scan below costs)
        signals = _drop_earlier_periods(signals, period, weakness and _effective_at(docs, period))
    if form.startswith("11-K"):  # an employee plan's own auditor, not the company's
        signals = [x for x in signals if x.trigger != "auditor_change"]
    if not signals and form.startswith("NT "):
        # a late notice (a 12b-25, or a release saying a report is delayed) whose reason is an
        # open review of an accounting matter
        signals = _late_notice_accounting_review(docs)
    elif not signals and not _PERIODIC.match(form):
        late = late_filing.find(filing)  # (the late-filing rule's own reading of the release)
        if late or any(_LATE_CUE.search(doc.text, 0, 6000) for doc in docs[:2]):
            signals = _late_notice_accounting_review(docs, release=True, said=late[0].evidence if late else None)
        if not signals and late:  # the reason in general words (late_reason.py)
            signals = late_reason_signal(docs, late[0].evidence)
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
            if _is_evidence(hit.sentence) and not _ITEM_TITLE_ONLY.match(hit.sentence):
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
    if not periods and best.trigger == "non_reliance":
        # a non-reliance sentence naming no period ("investors should no longer rely upon the Company's
        # previously released financial information for these periods"): the restatement told beside it
        # names them (not the report's own period)
        own = report_period(filing)
        for x in [y for y in signals if y.trigger == "restatement"][:5]:
            told = x.evidence
            ahead = _TO_FILE.search(told)  # ("... before it files its Quarterly Report on Form 10-Q for the quarter ended March 31, 2024")
            for p in periods_affected(told[: ahead.start()] if ahead else told):
                if p not in periods and (own is None or p != own.isoformat()):
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


_ITEM_TITLE = fast_compile(
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
_ACCOUNTING_REVIEW = fast_compile(
    r"\b(?:review\w*|evaluat\w*|assess\w*|analy[sz]\w*|finaliz\w*|determin\w*|resolv\w*)\b"
    r"[^.]{0,180}?\b(?:the\s+)?(?:appropriate\s+)?(?:accounting\s+(?:and\s+(?:\w+\s+){1,2})?(?:treatment|for\b|implications"
    r"|matters?\s+(?:related|relating|associated|regarding|in\s+connection\s+with|arising)"
    r"|(?:issues?|questions?)\s+(?:related|relating|associated|regarding)\s+to\s+(?:the\s+)?(?:\w+\s+){0,6}?"
    r"(?:notes|warrants?|revenue|convertible|derivatives?|preferred|errors?|restat\w*|impairment|leases?)"
    r"|classification|standards\s+codification)"
    r"|revenue\s+recognition\s+(?:practices|policies|matters|issues)"

    r"|ASC\s+\d{3}\b|technical\s+accounting|complex\s+accounting|accounting,?\s+and\s+financial\s+reporting"
    r",?\s+(?:of|for)|(?:current\s+and\s+)?(?:historical|prior)\s+period\s+accounting\b"
    r"(?!\s+(?:close|records?|staff|manager|personnel|systems?|information|department|team|firm))"
    r"|derivative\s+accounting|gross\s+(?:vs\.?|versus)\s+net\s+presentation"
    r"|as\s+(?:equity|debt|liabilit\w*)\s*,?\s+rather\s+than\s+(?:equity|debt|liabilit\w*)"
    r"|classification\s+of\s+(?:\w+\s+){0,3}?(?:equity\s+instruments?|warrants?|preferred|convertible))"
    r"|\b(?:analy[sz]\w*|evaluat\w*|review\w*|assess\w*)\b[^.]{0,100}?\bequity\s+transactions"
    # "identified certain revisions to historical quarterly results": prior periods corrected
    r"|\bidentifi\w*\s+(?:certain\s+)?revisions?\s+to\s+(?:its\s+|the\s+)?(?:historical|previously\s+(?:reported|issued)"
    r"|prior\s+period)\s+(?:quarterly\s+|annual\s+|interim\s+)?(?:results|financial\s+statements|periods)\b"
    # "is reviewing its accounting related to certain revenue contracts" (not the routine
    # accounting of an acquisition, goodwill or a new credit facility)
    r"|\b(?:reviewing|review\s+of|evaluating|evaluation\s+of)\s+(?:its|the)\s+accounting\s+(?:related|relating)\s+to\s+"
    r"(?!(?:the\s+|its\s+|a\s+)?(?:recent\s+|new\s+)?(?:acquisition|goodwill|impairment|annual|revolving|credit|business\s+combination))"
    r"|\baccount\s+for\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:warrants?|derivatives?|convertible|preferred"
    r"|embedded|fair\s+value|financial\s+liabilit\w*)"
    # "will not be in a position to file its Form 10-K until the completion of the independent
    # review of the Audit Committee": the board's own inquiry holds the report back
    r"|\b(?:(?:independent|internal|special)\s+(?:review|investigation|inquiry)|investigation|inquiry)\s+(?:of|by)\s+the\s+"
    r"audit\s+committee\b(?!\s+of\s+the\s+(?:company['’]s\s+)?(?:\w+\s+){0,2}?financial\s+statements)"
    r"|\baudit\s+committee['’]s\s+(?:(?:independent|internal|special)\s+(?:review|investigation|inquiry)|investigation|inquiry)\b"
    # "the company is reviewing its prior period reporting and related control environment, as well
    # as completing its Form 10-K ..., which was not filed by the prescribed due date"
    r"|\breview\w*\s+(?:its|the\s+company['’]s|our)\s+prior[- ]period\s+(?:reporting|financial\s+statements|results|accounting)\b"
    r"(?![^.]{0,80}\b(?:recast|reclassif\w*|segments?|conform))"
    # "EY had identified control deficiencies in the design of certain information technology general
    # controls" (the late 10-Q's reason)
    r"|\bidentified\s+(?:certain\s+)?(?:internal\s+)?control\s+deficiencies\b"
    # "Provides Update on Previously Announced Form 10-K Filing Delay ... discussed ... potential
    # restatements on previously issued quarterly financial statements" (the delay's reason)
    r"|\b(?:potential|possible|probable|expected|anticipated)\s+restatements?\s+(?:of|on|to)\s+(?:its\s+|the\s+|our\s+)?"
    r"previously\s+(?:issued|reported|filed)\s+(?:\w+\s+){0,2}?financial\s+statements\b"
    # "has been delayed ... as a result of the previously disclosed internal review being conducted by
    # Swisher Hygiene's Audit Committee"
    r"|\b(?:independent|internal|special)\s+(?:review|investigation|inquiry)\s+(?:being\s+)?(?:conducted|led|performed|undertaken)\s+"
    r"by\s+(?:the\s+)?(?:[\w&.-]+\s+){0,3}?(?:[\w&.-]+['’]s\s+)?audit\s+committee\b"
    # "as the company continues an internal investigation into its accounting"
    r"|\b(?:internal|independent|special)\s+(?:investigation|inquiry|enquiry)\s+(?:into|of)\s+(?:its|the\s+company['’]s|certain|the\s+errors\s+in)\s+"
    r"(?:\w+\s+){0,3}?(?:accounting|financial\s+reporting|books|revenue)"
    # "because of issues raised in the Company's ongoing internal investigation, the Company does not expect to be
    # able to meet the ... 10-Q filing deadline" (a late report's reason)
    r"|\b(?:issues|matters|questions)\s+raised\s+(?:in|by)\s+(?:the\s+company['’]s\s+|its\s+|our\s+|the\s+)(?:ongoing\s+|pending\s+)?"
    r"(?:internal|independent|special\s+committee)\s+(?:investigation|review|inquiry)\b"
    # "additional investigative work and remedial work as recommended by a special committee"
    r"|\binvestigative\s+work\s+and\s+remedial\s+work\b"
    r"|\bspecial\s+committee\b[^.]{0,120}?\binvestigat\w*\b[^.]{0,100}?\b(?:accounting|financial\s+(?:statements|reporting)"
    r"|books|revenue|internal\s+controls?|misconduct|allegations)"
    # "a review and analysis of self-insurance reserves to determine if any adjustments to its
    # historical financial statements are necessary"
    r"|\b(?:review|analysis)\b[^.]{0,120}?\bto\s+determine\s+(?:if|whether)\s+(?:any\s+)?adjustments?\s+to\s+"
    r"(?:its|the\s+company['’]s|our)\s+(?:historical|previously\s+(?:issued|reported)|prior\s+period)\s+financial\s+statements"
    # "is continuing to review certain aspects of revenue recognition at its Korean ... locations"
    r"|\breview\w*\s+(?:certain\s+)?(?:aspects\s+of\s+)?(?:its\s+|the\s+company['’]s\s+)?revenue\s+recognition\b"
    # "additional time required ... to investigate and evaluate potential material weaknesses"
    # (not routine testing: "to evaluate whether any material weakness exists", "to assess any potential ...")
    r"|\binvestigat\w*\s+(?:and\s+(?:evaluat|assess)\w*\s+)?(?:the\s+)?(?:potential\s+|possible\s+)?material\s+weakness"
    # "its assessment of the impact of the findings of the ongoing review of the Company's internal
    # accounting controls on its historical financial statements"
    r"|\b(?:review|assessment|evaluation)\s+of\b[^.]{0,200}?\bon\s+(?:its|the\s+company['’]s|our)\s+historical\s+financial\s+statements"
    # "has delayed the filing of its Form 10-Q pending the completion of its financial review"
    r"|\bpending\s+(?:the\s+)?completion\s+of\s+(?:its|the\s+company['’]s|an?)\s+(?:internal\s+)?financial\s+review\b"
    # "have to go back and review possible Generally Accepted Accounting Practice errors on how the
    # companies accounted for stock option grants"
    r"|\breview\b[^.]{0,120}?\b(?:accounted|accounting)\s+for\s+(?:\w+\s+)?(?:stock\s+)?option\s+grants?\b"
    # "while its audit committee reviews how the company booked milestone payments"
    r"|\b(?:audit|special)\s+committee\s+(?:(?:is|has\s+been)\s+)?review(?:s|ing)?\s+how\s+(?:the\s+company|it|we)\s+"
    r"(?:booked|accounted|recorded|recogni[sz]ed|reported)\b"
    # "has delayed the filing of its 10-K pending resolution of accounting issues"
    # (a report held pending them, not routine work: "requires additional time to resolve accounting issues
    # relating to the transition to its new ERP system")
    r"|\bpending\s+(?:the\s+)?resolution\s+of\s+(?:certain\s+|the\s+|outstanding\s+|open\s+)?accounting\s+(?:issues|matters|questions)\b"
    r"(?!\s+(?:relating|related)\s+to\s+(?:the\s+|its\s+)?(?:transition|implementation|adoption|conversion|new\s+(?:ERP|system)))"
    # "it would delay the filing to review whether as much as $3.3 million in revenue ... had been recorded improperly"
    r"|\breview\w*\s+whether\b(?:[^.;]|\.\d){0,150}?\b(?:recorded|recogni[sz]ed|booked|accounted\s+for|reported)\s+"
    r"(?:improperly|incorrectly|prematurely|in\s+the\s+wrong\s+period)"
    # "until after completion of an independent review of the company's billing practices"
    r"|\b(?:independent|internal|special|forensic)\s+review\s+of\s+(?:its|the\s+company['’]s|our|certain)\s+(?:\w+\s+){0,2}?"
    r"(?:billing|revenue|accounting|financial\s+reporting)\s+practices\b"
    # "the new auditors have been evaluating the application of various accounting policies and standards"
    r"|\b(?:evaluat|review|assess)\w*\s+the\s+application\s+of\s+(?:\w+\s+){0,3}?accounting\s+(?:policies|standards|principles)\b"
    # "the reason for the filing delay is related to the resolution of the company's response to an SEC
    # comment letter on Audiovox's prior 10-K and 10-Q filings"
    r"|\bcomment\s+letter\b[^.;]{0,80}?\b(?:prior|previous|previously\s+filed|earlier)\s+(?:\w+\s+){0,4}?(?:filings|reports|10-?[KQ]|financial\s+statements)\b", _F)


_REVIEW_KEYWORDS = ("financial review", "review whether", "reviewing whether", " practices", "comment letter", "weakness", "historical financial", "ccounting", "ASC ", "ccount for", "transactions", "rather than", "classification",
                    "revenue recognition", "revis", "ommittee", "investigat", "adjustments to", "restatement",
                    "prior period", "prior-period", "control deficiencies")
register_keywords(_REVIEW_KEYWORDS)


# "has not yet finalized its review of ...": the review is open, not denied
_UNFINISHED = fast_compile(r"\bnot\s+(?:yet\s+)?(?:finaliz|complet|conclud)\w*\s+(?:its\s+|the\s+|our\s+)?$", _F)


_NOT_YET = fast_compile(r"\bnot\s+(?:yet\s+)?$", _F)  # "has not yet finalized its review of the accounting treatment"


# the item's heading alone ("Item 4.01 Changes in Company's Certifying Accountant.") is no quote
_ITEM_TITLE_ONLY = fast_compile(r"\W{0,3}item\s*\d{1,2}(?:\.\d{2})?\b[^.]{0,90}\.?\s*$", _F)




def _late_notice_accounting_review(docs: list[Document], release: bool = False,
                                   said: str | None = None) -> list[Signal]:
    """An open review of an accounting matter given as a late notice's reason. In a release
    (not a 12b-25) the review must share a paragraph with the delay of a periodic report (or
    with `said`, the sentence the late-filing rule quotes for it)."""
    for doc in docs[:2]:
        for hit in find_sentences(doc.text, _ACCOUNTING_REVIEW, limit=50,
                                  keywords=_REVIEW_KEYWORDS, back=200):
            s = _FORM_INSTRUCTION.sub("", hit.sentence).strip()
            m = _ACCOUNTING_REVIEW.search(s)
            if release and not _LATE_CUE.search(hit.context) and not (said and _quotes(hit.context, said)) and not (
                    hit.match.start() < 1500 and _LATE_CUE.search(doc.text, 0, 600)):
                continue  # (a release headed by the delay gives its reason in the opening paragraph)
            hedge_free = re.sub(r"\bdetermine\s+(?:if|whether)\b", " ", s, flags=_F)  # (the review's aim, no hedge)
            unfinished = m is not None and (_UNFINISHED.search(s, max(0, m.start() - 40), m.start()) is not None
                                            or _NOT_YET.search(s, max(0, m.start() - 20), m.start()) is not None)
            if _OTHER_SUBJECT.search(s) and not re.search(r"accounting|financial\s+(?:statements|reporting)|revenue", s, _F):
                continue  # "issues raised in the Company's ongoing internal investigation into possible improper payments to foreign officials"
            if (m and _is_evidence(s) and (unfinished or not _negated(s, m.start(), 30)) and not _DONE.search(s)
                    and not re.search(r"\bif\b|(?-i:\bmay\b)|\bcould\b|forward-looking", hedge_free, _F)):
                trigger = "restatement" if "restat" in m.group(0).lower() else "investigation"
                return [Signal(trigger, Severity.MEDIUM, s, doc.filename or doc.type, detail="accounting_review")]
    return []


_TO_FILE = fast_compile(r"\b(?:before|after|until)\s+(?:it|the\s+company|we)\s+files?\b|\b(?:will|to|expects?\s+to|plans?\s+to)\s+file\b", _F)
_LATE_CUE = fast_compile(  # a periodic report delayed (not a BLA, not "no delay")
    r"(?<!\bno\s)(?<!\bany\s)\bdelay(?:ed|s)?\s+(?:quarterly\s+|annual\s+)?(?:in\s+)?(?:the\s+)?filing\s+(?:of\s+)?"
    r"(?:(?:its|our|the)\s+)?(?:annual|quarterly|periodic|form\s+10-?[KQ]|10-?[KQ])"
    r"|\b(?:unable|not\s+be\s+able|not\s+be\s+in\s+a\s+position)\s+to\s+(?:timely\s+)?file\s+(?:(?:its|our|the)\s+)?"
    r"(?:delinquent\s+|late\s+|\d{4}\s+)?(?:annual|quarterly|form\s*10|10-)"
    r"|(?<!\bno\s)(?<!\bany\s)(?<!\bsignificant\s)\bdelay\s+(?:of|in)\s+(?:(?:its|our|the)\s+)?(?:annual|quarterly)\s+report"
    r"\s+on\s+form\s*10"
    r"|\bnotification\s+of\s+late\s+filing|\b12b-25\b"
    # "the Company does not expect to be able to meet the March 31, 2006 10-Q filing deadline"
    r"|\bnot\s+(?:expect|anticipate)\s+to\s+(?:be\s+able\s+to\s+)?(?:meet|file)\b[^.;]{0,80}?\b(?:10-?[KQ]\s+filing\s+deadline"
    r"|(?:annual|quarterly)\s+report|form\s*10-?[KQ])", _F)
# a review already finished: "has completed its review ... and concluded that no restatement"
_DONE = fast_compile(r"\bsubstantially\s+complete\b|\bnone\s+of\s+which\s+affect|\b(?:has|have|had)\s+(?:now\s+)?completed"
                   r"|(?<!not\s)(?<!yet\s)\bcompleted\s+(?:its|the|our)\s+(?:review|evaluation|analysis)"
                   r"|(?<!not\s)(?<!yet\s)\bfinalized\s+the\b|\bconcluded\s+that\s+no\b", _F)
_PERIODIC = fast_compile(r"(?:10-K|10-Q|10-KT|20-F|40-F|10-KSB|10-QSB)\b")


_PERIOD_WORDS = fast_compile(r"\b(?:ended|ending|since|through)\b", _F)


def _event_dates(sentence: str) -> list[date]:
    """Dates that can be the change's own, not periods ("for the fiscal years ended December 31,
    2022 and December 31, 2021": a period word shortly before the date)."""
    return [d for d, start, _e in iter_dates(sentence)
            if not _PERIOD_WORDS.search(sentence[max(0, start - 40) : start])]


def _effective_at(docs: list[Document], period: date | None) -> bool:
    """The report concludes its controls effective as of its own period's end ("management
    concluded that our internal control over financial reporting was effective as of September
    30, 2023")."""
    if period is None:
        return False
    for doc in docs:
        for hit in find_sentences(doc.text, _EFFECTIVE_NOW, limit=20, keywords=("effective",), back=40):
            s = hit.sentence
            if (re.search(r"\bcontrols?\b", s, _F) and not re.search(r"\bnot\s+effective|\bineffective", s, _F)
                    and any(d == period for d, _s, _e in iter_dates(s))):
                return True
    return False


register_keywords(("effective",))  # (at import, so that the scan's keyword count is known)
_EFFECTIVE_NOW = fast_compile(r"\b(?:were|was|are|is)\s+effective\b", _F)


def _drop_earlier_periods(signals: list[Signal], period: date | None, effective_now: bool = False) -> list[Signal]:
    """A report repeats the auditor changes of its last two fiscal years (Item 9 / Item 16F):
    one dated more than a year before the period's end was news in an earlier filing. Likewise
    a conclusion that controls were not effective "as of June 30, 2022" in a report for a period
    ending more than 100 days later is an earlier period's, and so is a material weakness dated so
    when the report concludes its controls effective at its own period's end."""
    if period is None:
        return signals
    cutoff = period - timedelta(days=366)
    out = []
    for x in signals:
        dates = _event_dates(x.evidence) if x.trigger == "auditor_change" else []
        if dates and max(dates) < cutoff:
            continue
        if x.trigger == "material_weakness" and _STILL_OPEN.search(x.evidence):
            out.append(x)  # "We are in the process of remediating this material weakness"
            continue
        if effective_now and x.trigger == "material_weakness" and re.search(r"\bremediation\s+of\s+the\b|\bremediated\b",
                                                                          x.evidence, _F):
            continue  # "Other than the remediation of the material weakness ... described above": done
        if x.detail == "not_effective" or (effective_now and x.trigger == "material_weakness"):
            # the conclusion's own date: "... not effective as of June 30, 2022"; a weakness "as of
            # March 31, 2023" in a report whose controls are effective at its own period's end
            said = [d for d, st, _e in iter_dates(x.evidence) if x.evidence[max(0, st - 7) : st].lower().strip() == "as of"]
            if said and max(said) < period - timedelta(days=100):
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
    named = [x for x in tied if x.detail != "not_effective"]  # a weakness named beats "not effective"
    tied = named or tied
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
    if sig.trigger == "non_reliance" and sig.detail == "reaudit":
        what = "previously audited financial statements to be re-audited"
    if sig.trigger == "non_reliance" and sig.detail == "audit_report":
        what = "auditor withheld or withdrew its audit report"
    if sig.trigger == "material_weakness" and sig.detail == "not_effective":
        what = "internal control found not effective"
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
