"""Late-filing rule: releases, 8-Ks and reports read sentence by sentence (a late report announced, an
exchange's notice, delinquent reports, a 10-K expected long after its year)."""

from __future__ import annotations

import re
from datetime import date

from bot.models import Document, Filing, Finding
from bot.rules.late_filing.common import (
    _extension_from_narrative,
    _finding,
    _hypothetical,
    _iso,
    _reason,
    _report_of,
)
from bot.rules.late_filing.generic import generic_late
from bot.rules.late_filing.patterns import (
    _ACCOUNTING_REASON,
    _ALL_ON_TIME,
    _AMENDMENTS_AFTER,
    _COVER,
    _CURED,
    _CURED_HERE,
    _DELINQUENT,
    _EXTENSION_WITH_SEC,
    _F,
    _HYPO,
    _LATEST_DAYS,
    _LISTING,
    _MONTH_NO,
    _NAMED_10K_YEAR,
    _NARRATIVE_PERIOD,
    _NEAR,
    _NEGATABLE,
    _NOT_BEFORE,
    _NOT_EXPECTED,
    _NOT_YET_DUE,
    _ON_TIME,
    _ORDER,
    _OTHERS_REPORT,
    _PAST_YEAR,
    _REASON_NEXT,
    _REPORT_RE,
    _SECTION16,
    _SENTENCE_END,
    _SHORT_HEADLINE,
    _SIGNAL,
    _TIMING,
    _TO_FILE_BY,
    _TO_FILE_PERIOD_BY,
    _TO_FILE_YEAR,
    _UNABLE_TO_FILE,
    _WORKING,
    FILED_NOW_RE,
    KEYWORDS,
)
from bot.rules.text import (
    clip,
    expand_contractions,
    find_sentences,
    next_sentence,
    paragraphs,
    sentence_at,
)

# the 6-K cover's last question, which the text extraction joins to the report's first sentence
_SIX_K_COVER = re.compile(r"^.{0,400}?If\s+[“\"]Yes[”\"]\s+is\s+marked,\s+indicate\s+below\s+the\s+file\s+number\s+assigned\s+to\s+the\s+registrant"
                          r"\s+in\s+connection\s+with\s+Rule\s+12g3-2\(b\):\s*(?:82-\s*\S*\s*(?:N/A)?)?", re.I | re.S)
_NO_12B25 = re.compile(r"\bnot\s+(?:going\s+to|plan(?:ning)?\s+to|intend(?:ing)?\s+to|need\s+to|expect\s+to|be)\s+fil(?:e|ing)\s+(?:a\s+)?"
                       r"(?:form\s+)?12b-25\b", re.I)
_DID_NOT_12B25 = re.compile(r"\bdid\s+not\s+(?:need\s+to\s+)?file\s+(?:a\s+)?(?:form\s+)?12b-25\b", re.I)
# an exchange's notice tells the failure as fact: "may be subject to delisting due to the Company's failure to
# timely file its Quarterly Report on Form 10-Q"
_FAILURE_TOLD = re.compile(r"\b(?:due\s+to|because\s+of|as\s+a\s+result\s+of)\s+the\s+company['’]s\s+$", re.I)
_NOTICE_FILED = re.compile(r"12b-25|notification\s+of\s+late\s+filing|NT\s+10-[KQ]|extension\s+notice", re.I)
_ANY_FILER = re.compile(r"\b(?:companies|issuers|registrants|filers|an?\s+(?:company|issuer|registrant))\s+(?:that|which|who|must|may|can)\b"
                        r"|\b(?:when|whenever|once)\b", re.I)
# "a listed company that fails to file on time", "its largest customer, Beta Retail Corp., fails to file on time"
_ANOTHER_SUBJECT = re.compile(r"\b(?:that|which|who|customers?|suppliers?|partners?|subsidiar\w*|affiliates?|peers?|rivals?)\b", re.I)
# the delinquent one is not the company: tenants, borrowers, a defined "a company that ..."
_OTHER_DEBTOR = re.compile(r"\b(?:tenants?|borrowers?|lessees?|customers?|obligors?)\b(?!['’])", re.I)
_DEFINED_FILER = re.compile(r"\ban?\s+(?:company|issuer|registrant|filer)\s+(?:that|which|who)\s+$|^\W*[\w\s-]{1,40}:\s+an?\s+(?:company|issuer|registrant)\b", re.I)
_OURS_AGAIN = re.compile(r"\b(?:the\s+company|we|it|the\s+registrant)\b", re.I)


def _not_the_filer(sentence: str, pos: int) -> bool:
    """Whose delinquency: "tenants ... were delinquent on their rent payments" and a glossary's "a company that has
    not filed its Form 10-K" are not the company's; "Because our largest customer has not provided ..., the Company
    has not yet filed" is."""
    before = sentence[max(0, pos - 120) : pos]
    if _DEFINED_FILER.search(sentence, 0, pos):
        return True
    others = list(_OTHER_DEBTOR.finditer(before))
    return bool(others) and not _OURS_AGAIN.search(before, others[-1].end())


_EXCHANGE_OR_SEC = re.compile(r"delist|nasdaq|\bNYSE\b|stock\s+exchange|\bSEC\b|securities\s+and\s+exchange|listing", re.I)
_PRIVATE_PARTY = re.compile(r"\blenders?\b|\blandlord|\blease\b|credit\s+(?:agreement|facility)|\bbank\b|joint\s+venture|subsidiar", re.I)
# a rule told of any filer: "Once the Exchange identifies that a company has failed to file a timely periodic ..."
_SOME_FILER = re.compile(r"\b(?:an?|any)\s+(?:company|issuer|registrant|filer)\s+(?:that\s+)?(?:has\s+|had\s+)?$", re.I)
_YEAR_AGO = re.compile(r"^\W*(?:in|during)\s+(?:fiscal\s+(?:year\s+)?)?(?:19|20)\d\d\b", re.I)


def _own_notice(sentence: str, m: re.Match[str]) -> bool:
    """The company's own Form 12b-25, which says a periodic report is late even when the sentence does not
    name it ("On September 13, 2013, the Company filed Form 12b-25, Notification of Late Filing, with the SEC");
    not a rule told ("Companies that file a Form 12b-25 ..."), an old one ("In fiscal 2021 we filed a Form
    12b-25") or one not needed."""
    return (_NOTICE_FILED.search(m.group(0)) is not None and not _ANY_FILER.search(sentence, 0, m.start())
            and not _YEAR_AGO.match(sentence) and not re.search(r"\bneed\b", sentence, re.I))
# what an inability would lead to, told after it (a risk, not a report that is late)
_CONSEQUENCE = re.compile(r"\b(?:could|may(?!\s+\d)|might|would|can|will)\b|\bresults?\s+in\b|\blead\s+to\b", re.I)
# a proxy statement as the subject: no other subject ("and the Company's Annual Report") after it
_PROXY_BEFORE = re.compile(r"\bproxy\s+statement\b(?:(?!\band\s+(?:the\s+company['’]s|its|our)\s)[^.;])*$", re.I)


def _cured_next(s: str, nxt: str) -> bool:
    """The next sentence says this report was filed since: the same report (or "the report"), and
    no other period named ("The Form 10-Q was filed within the five-day extension period"; not "the
    prior quarter's Form 10-Q for the quarter ended March 31, 2024 was filed within ...")."""
    if not nxt or not _CURED_HERE.search(nxt):
        return False
    report, other = _report_of(s), _report_of(nxt)
    if other and report and other != report:
        return False
    here, there = _NARRATIVE_PERIOD.search(s), _NARRATIVE_PERIOD.search(nxt)
    return not (here and there and _iso(here.group(1)) != _iso(there.group(1)))


def _failure_hedged(sentence: str, m: re.Match[str]) -> bool:
    """A failure to file told as a risk, a condition, a rule or history, not as this company's fact: "failure to
    timely file ... could result in ..." (a noun: any hedge in the sentence); "If the company failed to file ...",
    "a company that has failed to file", "In 2019, we failed to timely file", "its largest customer ... fails to file
    on time" (a verb: the words before it). "said it failed to file its 10-Q ... because it could not obtain
    independent auditors" is a fact, and so is an exchange's "due to the Company's failure to timely file"."""
    if _FAILURE_TOLD.search(sentence, max(0, m.start() - 40), m.start()):
        return False
    verb = m.group(0).lower()
    if not verb.startswith(("failed", "fails")):
        return _HYPO.search(sentence) is not None
    return bool(_hypothetical(sentence, m.start()) or _SOME_FILER.search(sentence, max(0, m.start() - 40), m.start())
                or _YEAR_AGO.match(sentence)
                or (verb.startswith("fails") and _ANOTHER_SUBJECT.search(sentence, max(0, m.start() - 60), m.start())))


def _classify(sentence: str) -> tuple[str, re.Match[str]] | None:
    """('nt' | 'listing' | 'delinquent' | 'working', match) for a late-filing sentence."""
    sentence = expand_contractions(sentence)
    if _COVER.search(sentence) or _SECTION16.search(sentence) or _NO_12B25.search(sentence):
        return None  # (no 12b-25 needed: "does not expect to file a Form 12b-25, as it expects to file ... by the deadline")
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
    if m and m.group(0)[:9].lower() == "inability" and _CONSEQUENCE.search(sentence, m.end()):
        m = None  # a risk: "its inability to timely file its periodic reports could result in delisting"
    if m and _REPORT_RE.search(sentence) and _TIMING.search(sentence) and not _hypothetical(sentence, m.start()):
        # (an exchange's notice that the company cannot file is read as the notice)
        return ("listing", listing) if notice else ("nt", m)
    if notice:
        return "listing", listing
    m = _EXTENSION_WITH_SEC.search(sentence)
    if (m and not _hypothetical(sentence, m.start()) and not _NOT_BEFORE.search(sentence, max(0, m.start() - 120), m.start())
            and not _PAST_YEAR.search(sentence, max(0, m.start() - 80), m.start())):
        return "nt", m
    m = _DELINQUENT.search(sentence)
    if m and m.group(0)[:4].lower() == "fail" and _failure_hedged(sentence, m):
        m = None
    if m and re.search(r"delay|file\s+late", m.group(0), re.I) and _NOT_EXPECTED.search(sentence[: m.start()]):
        m = None  # "does not expect this tax issue to delay the filing of its Annual Report on Form 10-K"
    if m and m.group(0)[:4].lower() in _NEGATABLE and _NOT_BEFORE.search(sentence, max(0, m.start() - 120), m.start()):
        m = None  # "does not intend to avail itself of the 45-day extension", "no longer needs additional time"
    if m and _ALL_ON_TIME.search(sentence):
        m = None  # "has not filed any of its reports late and remains in compliance with ... 5250(c)(1)"
    if m and m.group(0)[:7].lower() == "failure" and re.match(r"failure\s+to\s+(?:timely\s+)?(?:provide|submit|deliver)", m.group(0), re.I) and (
            not _EXCHANGE_OR_SEC.search(sentence) or _PRIVATE_PARTY.search(sentence)):
        m = None  # audited statements owed to a lender or a landlord, not a report owed to the SEC or an exchange
    if m and _NOT_YET_DUE.search(sentence, m.end(), m.end() + 80):
        m = None  # "has not yet been filed (and, as of the date hereof, is not yet due)"
    if m and _AMENDMENTS_AFTER.match(sentence, m.end()):
        m = None  # "has not filed, and does not intend to file, amendments to the ... 10-Q"
    # (the reports may be named by the listing rule: "has not filed those reports, which are required
    # under Listing Rule 5250(c)(1)")
    if m and (_NO_12B25.search(sentence) or (_DID_NOT_12B25.search(sentence) and (_ON_TIME.search(sentence) or _CURED_HERE.search(sentence)))):
        m = None  # "is not going to file a Form 12b-25 because it expects to file its Quarterly Report ... by the May 15 deadline"
    if m and _PROXY_BEFORE.search(sentence, max(0, m.start() - 250), m.end()):
        m = None  # "The Company's definitive proxy statement ... will also not be filed within 120 days"
    if m and _OTHERS_REPORT.search(sentence, max(0, m.start() - 150), m.end()) and not _OTHERS_REPORT.search(
            sentence, m.start(), m.end()):
        m = None  # "Goodyear's Australian partner in SPT has informed the SEC that its report on Form 20-F will be delayed"
    if m and _not_the_filer(sentence, m.start()):
        m = None  # "tenants ... were delinquent on their rent payments"; a glossary's "a company that has not filed its Form 10-K"
    if m and (_REPORT_RE.search(sentence) or listing or _own_notice(sentence, m)) and not _hypothetical(sentence, m.start()):
        return "delinquent", m  # (the Form 12b-25 itself says a periodic report is late, even when the report is not named)
    m = _WORKING.search(sentence)
    if m and _REPORT_RE.search(sentence) and not _hypothetical(sentence, m.start()) and not _ON_TIME.search(sentence):
        return "working", m
    m = generic_late(sentence)
    return ("generic", m) if m else None


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


def _overdue_annual_report(filed: date, docs: list[Document]) -> tuple[int, int, str, str, Document, str] | None:
    """A 10-K for a fiscal year named by a year that ended long before the filing's own date (even
    a 52-53 week year ending early in the next year, with 90 days to file, is due by mid-May)."""
    for doc in docs[:2]:
        for hit in find_sentences(doc.text, _TO_FILE_YEAR, limit=10, keywords=("to file",), back=60):
            year = int(hit.match.group(1))
            if filed > date(year + 1, 6, 30) and not _hypothetical(hit.sentence, hit.match.start()):
                return (_ORDER["delinquent"] * 2, 0, "delinquent", hit.sentence, doc, hit.context)
    return None


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


def _due_long_after(docs: list[Document]) -> tuple[int, int, str, str, Document, str] | None:
    """A report to be filed by a date past the latest any deadline allows for its period (an exchange's
    panel: "subject to the Company's filing of its 2005 Form 10-Q for the period ended June 30, 2005, on or
    before October 31, 2005"), not an amendment and not one told as filed."""
    for doc in docs[:2]:
        for hit in find_sentences(doc.text, _TO_FILE_PERIOD_BY, limit=10, keywords=("on or before", "no later than",
                                                                                      "not later than", " by "), back=260):
            m = hit.match
            # (the whole phrase: "annual report on Form 20-F" is a 20-F)
            report = _report_of(m.group(0)) or ("10-Q" if "q" in m.group(1).lower() else "10-K")
            period, due = _iso(m.group(2)), _iso(m.group(3))
            if (not period or not due or report not in _LATEST_DAYS
                    or re.search(r"\bamend|/A\b|\bwas\s+filed\b|\bfiled\s+on\b", hit.sentence, _F)
                    or _CURED.search(hit.context) or _CURED_HERE.search(hit.sentence)
                    or _hypothetical(hit.sentence, max(0, hit.sentence.find(m.group(0)[:30])))):
                continue  # (not a 10-K/A's Part III, nor a report since filed: "... and regained compliance")
            if (date.fromisoformat(due) - date.fromisoformat(period)).days > _LATEST_DAYS[report]:
                return (_ORDER["delinquent"] * 2, 0, "delinquent", hit.sentence, doc, hit.context)
    return None


def _filed_now(doc: Document, sentence: str) -> bool:
    """The release opens by saying the report the sentence is about has been filed ("today announced that it has filed
    its annual report on Form 10-K"), not another one ("... its Form 10-K; its Form 10-Q remains delayed")."""
    m = FILED_NOW_RE.search(doc.text, 0, 2000)
    if m is None:
        return False
    filed, told = _report_of(m.group(0)), _report_of(sentence)
    return filed is not None and told == filed


def _text_finding(filing: Filing, docs: list[Document]) -> Finding | None:
    best: tuple[int, int, str, str, Document, str] | None = None  # (rank, -idx, kind, sent, doc, ctx)
    idx = 0
    for doc in docs:
        for hit in find_sentences(doc.text, _SIGNAL, limit=150, keywords=KEYWORDS, near=_NEAR):
            idx += 1
            s = _SIX_K_COVER.sub("", hit.sentence).strip()  # (a 6-K's cover runs into its first sentence)
            if (len(s) < 40 and not _SHORT_HEADLINE.search(s)) or " | " in s:
                continue  # (a headline "Richland Tools Delays Filing Form 10-K" is short)
            got = _classify(s)
            if got is None:
                continue
            kind, _m = got
            if kind in ("delinquent", "generic") and (_CURED.search(hit.context) or _CURED_HERE.search(s)
                                         or _filed_now(doc, s)
                                         or _cured_next(s, next_sentence(hit.context, s) or "")):
                continue  # "Because of the delay of our Annual Report ... We filed the Form 10-K on May 6, 2024, and regained compliance"
            ctx = _SIX_K_COVER.sub("", hit.context)  # (the reason is read from the paragraph: not the cover's question)
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
        best = _expected_long_after(docs) or _due_long_after(docs)
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
    if "report" not in facts and evidence != s:  # a headline's report, named in the sentence after it
        report = _report_of(evidence)
        if report:
            facts["report"] = report
    if "period" not in facts and evidence != s:  # a headline's period, told in the sentence after it
        period = _period_in(evidence, filing, report)
        if period:
            facts["period"] = period
    return _finding(filing, doc, facts, evidence, ctx, nt=kind == "nt", listing=kind == "listing")
