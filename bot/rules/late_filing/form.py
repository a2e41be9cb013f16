"""Late-filing rule: a Form 12b-25 read by its parts (report, period, Part II box, Part III reason,
Part IV(3))."""

from __future__ import annotations

import re

from bot.models import Document, Filing, Finding
from bot.rules.late_filing.common import (
    _evidence_from,
    _extension_from_narrative,
    _finding,
    _iso,
    _reason,
    _report_of,
)
from bot.rules.late_filing.patterns import (
    _BOX,
    _CHECK_ONE,
    _F,
    _INSTRUCTION,
    _NARRATIVE_PERIOD,
    _NT_FORM,
    _PART,
    _PERIOD_LINE,
    _SIG_CHANGE_Q,
    _UNABLE_TO_FILE,
)
from bot.rules.text import find_sentences, normalize_ws, unescape

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
