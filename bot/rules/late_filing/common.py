"""Late-filing rule: what both readers share (the report named, hedges, the reason, the finding and
its title)."""

from __future__ import annotations

import re

from bot.models import Document, Filing, Finding, Kind, Severity
from bot.rules.late_filing.patterns import (
    _ACCOUNTING_REASON,
    _DETERMINED_WOULD_NOT,
    _EXT_NO,
    _EXT_YES,
    _F,
    _HYPO,
    _REASON_HINT,
    _REASON_TOPICS,
    _REPORT_RE,
    _SAID_WOULD,
)
from bot.rules.numbers import iter_dates
from bot.rules.text import clip, sentences

_CANADIAN = re.compile(r"National\s+Instrument|\bMD&A\b|\bSEDAR|cease\s+trade", re.I)


def _report_of(text: str) -> str | None:
    """The report a text names first ("10-K", "10-Q", ...), skipping names that tell none."""
    for m in _REPORT_RE.finditer(text):
        report = _report_named(text, m)
        if report:
            return report
    return None


def _report_named(text: str, m: re.Match[str]) -> str | None:
    w = m.group(0).lower().replace(" ", "")
    if "quarter" in w and ("financialstatements" in w or "financialresults" in w or "financialreport" in w):
        # "Delay in Filing of Third Quarter Financial Statements", "its second-quarter financial results with the
        # Securities and Exchange Commission", "its first quarter 2020 financial report" (a fourth quarter's are told
        # in the 10-K; a Canadian issuer files interim statements and MD&A)
        if w.startswith("fourth"):
            return None
        return "interim financial statements" if "financialstatements" in w and _CANADIAN.search(text) else "10-Q"
    if w.startswith("financial") and "withthe" in w:
        # "financial results with the Securities and Exchange Commission for the quarter that ended June 30"
        return "10-Q" if "quarter" in w and "fourth" not in w else "10-K" if "year" in w else None
    if "informationform" in w or "financialstatements" in w:
        return "annual financial statements"  # a Canadian issuer's annual filings
    if w.startswith(("fiscal", "fy")) or "annual" in w:
        # "its fiscal year report", "FY 2023 report", "its FY2023 annual report on Form 20-F", "its 2016 Annual
        # Report, originally scheduled for 20 April 2017, ... its annual report on Form 20-F"
        other = re.search(r"[24]0-F", text[m.start() : m.end() + 160])
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
        if re.search(r"\b(?:if|unless)\b|\bin\s+the\s+(?:unlikely\s+)?event\b|\b(?:should|were)\s+(?:the|it|we|its|our|such)\b",
                     sentence[pos:], _F):
            return True  # (also an inverted condition: "... should the audit committee's review not be completed")
        head = _SAID_WOULD.sub(" ", head)
    for sep in (";", ":"):
        i = head.rfind(sep)
        if i >= 0:
            head = head[i + 1 :]
    # a new clause with its own subject: "... would require a $60.7 million charge this quarter, and it was delaying
    # filing its current 10-Q" (the first clause's "would" is not the delay's)
    clauses = list(_NEW_CLAUSE.finditer(head))
    if clauses:
        head = head[clauses[-1].end() :]
    cause = _BECAUSE.match(sentence[: pos + 16]) if ("ecause" in sentence or "ue to" in sentence or "esult of" in sentence) else None
    if cause and cause.end() <= pos:  # "its shares could be delisted because it had not yet filed ...": the cause is told as fact
        head = before[max(cause.end(), pos - 160) :]
    return bool(_HYPO.search(head))


_NEW_CLAUSE = re.compile(r",\s+and\s+(?=(?:it|the\s+company|we|they)\s+(?:was|is|has|had|will|did)\b)", re.I)


# (a finite verb after "because": "because it had not yet filed", not "because our 10-K would not be filed",
# "because of a delay" or "due to late filing")
_BECAUSE = re.compile(r".*(?:\bbecause\s+(?=(?:it|the\s+company|we|they|the\s+registrant)\s+(?:has|had|have|did|was|were|is)\b)"
                      # "may be subject to delisting due to the Company's failure to timely file" (an exchange's notice)
                      r"|\b(?:due\s+to|because\s+of|as\s+a\s+result\s+of)\s+the\s+company['’]s\s+(?=fail))", re.I | re.S)


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
