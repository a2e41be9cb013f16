"""Restatement-risk rule: the signals of one document (sentences through the classifiers, a
restatement heading or note, "As Restated" columns)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.models import Document, Severity
from bot.rules.regex import fast_compile
from bot.rules.restatement.classifiers import (
    _CLASSIFIERS,
    _investigation,
    _material_weakness,
    _restatement,
)
from bot.rules.restatement.errors import _identified_error
from bot.rules.restatement.guards import Signal, _hypothetical, _is_evidence, _negated
from bot.rules.restatement.patterns import (
    _CLAWBACK,
    _DOC_RESTATED,
    _F,
    _RECAST,
    PREFILTER,
)
from bot.rules.text import (
    Hit,
    clip,
    expand_contractions,
    find_sentences,
    is_table_row,
    keyword_hits,
    normalize_ws,
    register_keywords,
    sentences,
)

_RESTAT_WORD = fast_compile(r"restat", _F)
_COLUMN = fast_compile(r"^[(\[]?(?:as\s+)?restated(?:\s*\(\w\))?[)\]]?$|^restatement\s+adjustments?$", _F)
_CAPTION = fast_compile(r"statements?\s+of\s+\w+|balance\s+sheets?|selected\s+financial\s+data|results", _F)


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
_SPECIFIC = ("restat", "weakness", "relied", "be trusted", "previously reported", "erro", "irregularit", "impropriet", "improper accounting",
             "not provide", "withdr", "properly", "incorrectly", "misstat", "erstat", "correct",
             # "is revising its 2023 and 2022 revenues and operating results to correct the timing of
             # recognition of certain software license fees" (no auditor or accounting word near)
             "revising its", "revised its", "revise its", "revises its", "revising our", "revised our", "revise our",
             "sign off",  # (an auditor that "refused to sign off on any accounts")
             "principal accountants", "terminat",  # (an Exhibit 16 letter)
             "rely on", "rely upon", "measurement dates", "measurements dates", "new accountants", "new auditors", "new independent",
             "re-audit", "reaudit", "considered to be audited", "considered audited", "control failures",
             "we have read", "reporting Item 4", "reporting item 4", "charged", "reported inflated", "reporting fraud", "circumvent", "non-reliance", "nonreliance", "discovered",
             "uncovered", "smooth", "overrid")  # (an enforcement action: "charged Aspen Technology, Inc., with fraudulently inflating revenue")  # ("investors should no longer rely on its financial reports")
_BROAD = ("investigat", "look into", "resign", "cessation", "client-auditor", "auditor-client", "dismiss", "declin", "fired", "probe", "review", "deficienc", "not effective", "ineffective",
          "subpoena", "inquir", "enquir", "Division of Enforcement", "revis")
_BROAD_NEAR = ("udit", "ccountant", "ccounting", "LLP", "P.C.", "PLLC", "CPA", "ommittee", "SEC",
               "Securities and Exchange", "Justice", "restat", "Restat", "control", "Control",
               "misstat", "financial reporting", "Financial Reporting", "revenue recognition", "AUDIT", "ACCOUNT", "previously issued",
               "option grant", "option program", "short-seller", "short seller", "recognition of revenue")  # ("an independent review of the Company's stock option programs")


register_keywords(_SPECIFIC + _BROAD + ("restat",))


def _hits(text: str) -> Iterator[Hit]:
    yield from find_sentences(text, PREFILTER, limit=300, keywords=_SPECIFIC)
    yield from find_sentences(text, PREFILTER, limit=300, keywords=_BROAD, near=_BROAD_NEAR,
                              near_window=300)


_FORM_INSTRUCTION = fast_compile(r"\(\s*attach\s+extra\s+sheets?\s+if\s+needed\.?\s*\)\.?", _F)


# A note or section titled as a restatement ("NOTE 2. RESTATEMENT OF PREVIOUSLY ISSUED FINANCIAL
# STATEMENTS"): headings in capitals are not among the keyword hits, which look for lower case.
_RESTATEMENT_HEADING = fast_compile(
    r"(?:^|(?<=\s))[ \t]*(?:note\s+\w{1,3}\s*[.:—–-]*\s*|\d{1,2}\s*[.:—–-]+\s*|\(\d{1,2}\)\s*)?(?:report\s+on\s+)?(?:restatement|correction)\s+of\s+(?:the\s+)?"
    r"previously\s+issued\s+(?:(?:condensed|consolidated|unaudited"
    r"|interim)\s+)*financial\s+(?:statements|information)(?:\s*\((?:unaudited|restated)\))?[ \t]*$", _F | re.M)


# A note titled only "Restatement" ("3. RESTATEMENT", "Note 1a — Restatement"): its first
# paragraph must tell an error corrected, not a policy or an agreement's amendment.
_BARE_HEADING = fast_compile(
    r"(?:^|(?<=\s))[ \t]*(?:note\s+\w{1,3}\s*[.:—–-]*\s*|\d{1,2}\s*[.:—–-]+\s*|\(\d{1,2}\)\s*)?restatements?"
    # "NOTE 10 RESTATEMENT OF JUNE 30, 2013 AND SEPTEMBER 30, 2013 FINANCIAL RESULTS"
    r"(?:\s+of\s+(?:the\s+)?(?:[\w,]+\s+){0,10}?(?:financial\s+(?:results|statements|information|data)"
    r"|prior\s+(?:period|year)s?|quarterly\s+(?:results|financial\s+data)))?(?:\s*\((?:unaudited|restated)\))?[ \t]*$",
    _F | re.M)
_ERROR_TOLD = fast_compile(r"\berror|misstat|overstated|understated|\bincorrect|improperly"
                         r"|previously\s+(?:reported|issued)\s+(?:\w+\s+){0,4}?financial\s+statements\b[^.]{0,150}?\brequired\s+"
                         r"(?:adjustments?|to\s+be\s+(?:restated|adjusted|corrected))"
                         r"|financial\s+statements\b[^.]{0,120}\b(?:are|were|have\s+been|has\s+been)\s+restated", _F)


# a plan or agreement restated, or an error corrected without restating
_NOT_A_RESTATEMENT = fast_compile(
    r"\bamends?\s+and\s+restates?\b|\bamended\s+and\s+restated\b|\b(?:have|has|had|were|was|be)\s+not\s+been\s+"
    r"restated|\bnot\s+(?:be\s+)?restated|\bout-of-period|\bno\s+restatement", _F)


_NUMBERING_BEFORE = fast_compile(r"(?:(?:note\s+\w{1,3}|\d{1,2})\s*[.:—–-]*\s*|\(\d{1,2}\)\s*)?$", _F)  # may be empty


def _restatement_heading(text: str) -> str | None:
    """The heading of a restatement note and the sentence after it (never the heading alone);
    None when there is none (a table-of-contents line ends in a page number and does not count)."""
    # a heading in title case and with its words ("Restatement of Previously Issued ...") is
    # among the keyword hits already and read as a sentence; this finds the others
    for seen, pos in enumerate(_word_positions(text, "restatement")):
        if seen == 200:
            break
        start = text.rfind("\n", 0, pos) + 1
        numbering = _NUMBERING_BEFORE.search(text, start, pos).group(0) if start < pos else ""
        if numbering and pos - len(numbering) > start and text[start:pos].upper() == text[start:pos]:
            # two headings in capitals run together ("RESTATEMENT OF ... STATEMENTS (15) RESTATEMENT
            # OF ..."): the last one, after its note number, ends the line
            start = pos - len(numbering)
        titled = _RESTATEMENT_HEADING.match(text, start)
        if titled and text[pos : pos + 14] != "RESTATEMENT OF":
            continue  # in title case: read as a sentence already
        head = titled or _BARE_HEADING.match(text, start)
        quote = _note_opening(text, head.end(), titled is not None) if head else None
        if quote:
            return clip(normalize_ws(f"{head.group(0).strip()}: {quote}"), 400)
    return None


def _note_opening(text: str, end: int, titled: bool) -> str | None:
    """The sentence to quote from the note's own first paragraph, at once under its heading
    (not "Not applicable." and the next section), unless that paragraph tells a recast; under a
    bare "Restatement" title the paragraph must tell an error corrected (not a policy, a plan or
    agreement restated, or an error not restated), and its first such sentence is quoted."""
    para = next((ln.strip() for ln in text[end : end + 4000].split("\n")[1:4]
                 if ln.strip() and not _RESTATEMENT_HEADING.match(ln) and not _BARE_HEADING.match(ln)), "")
    said = sentences(para)[:2] if len(para) >= 80 and not is_table_row(para) else []
    if not said or len(said[0]) < 40 or any(_RECAST.search(x) for x in said):
        return None
    if titled:
        return said[0]
    if (not _ERROR_TOLD.search(para) or _CLAWBACK.search(para) or _NOT_A_RESTATEMENT.search(para)
            or re.search(r"\bin\s+the\s+event\b|\bif\b", said[0], _F)):
        return None
    return next((x for x in sentences(para) if _ERROR_TOLD.search(x) and len(x) >= 40), said[0])


def _word_positions(text: str, word: str) -> Iterator[int]:
    """Offsets in `text` of `word` (which starts with the registered keyword "restat") in any
    case, from the shared keyword scan."""
    scanned = keyword_hits(text, ("restat",))
    if scanned is None:  # lowering changed the length: offsets would not match
        yield from (m.start() for m in re.finditer(re.escape(word), text, _F))
        return
    low, hits = scanned
    yield from (p for p in hits.get("restat", ()) if low.startswith(word, p))


_WITH_CONTEXT = (_investigation, _material_weakness, _identified_error)

# Statements "restated" for a new standard or a reclassification told just before ("adopted the
# provisions of the Emerging Issues Task Force Issue No. 00-14 ... These reclassifications have no
# effect on net income. The Company is filing unaudited restated consolidated statements of
# operations ..."; "adopted this ASU using a retrospective transition method. Accordingly, ... have
# been restated to comply with the new requirements"), with no error told anywhere near.
# (not a policy's "Certain prior year amounts have been reclassified" above a real restatement)
_RECAST_AROUND = fast_compile(
    r"\badopt(?:ed|s|ion\s+of)\s+(?:the\s+provisions\s+of\s+|this\s+|the\s+new\s+)?(?:ASU|S?FAS|EITF|ASC|IFRS|accounting\s+standard|standard"
    r"|Emerging\s+Issues\s+Task\s+Force|Statement\s+of\s+Financial\s+Accounting\s+Standards)"
    r"|\bretrospective\s+(?:transition|application|adoption|basis|method)"
    r"|\bno\s+(?:effect|impact)\s+on\s+(?:previously\s+reported\s+)?net\s+(?:income|earnings|loss)", _F)
_ERROR_AROUND = fast_compile(r"\berrors?\b|misstat|\bcorrect(?:ed|ion|ions|ing)?\b|irregular|improper|fraud|overstat|understat"
                             r"|\brelied\b|reliance|investigat|restatement\s+of\s+previously", _F)


def _recast_around(text: str, start: int, end: int, sentence: str) -> bool:
    """The "restated" sentence at [start, end) tells a recast explained in the text just before it."""
    if _ERROR_AROUND.search(sentence) or re.search(r"\bpreviously\s+(?:reported|issued|filed)\b|\bas\s+previously\b", sentence, _F):
        return False  # ("have been restated from the amounts previously reported": a correction)
    around = text[max(0, start - 1500) : end]
    return bool(_RECAST_AROUND.search(around)) and not _ERROR_AROUND.search(around)


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
        told = s  # (quoted as written)
        s = expand_contractions(s)  # "shouldn't be relied upon"
        low = s.lower()
        for gate, classify in _CLASSIFIERS:
            if not any(g in low for g in gate):
                continue
            sig = classify(s, hit.context) if classify in _WITH_CONTEXT else classify(s)
            if sig is not None and classify is _restatement and _recast_around(doc.text, hit.para_start, hit.para_end, s):
                continue
            if sig is not None:
                if sig.evidence == s:
                    sig.evidence = told
                sig.document = doc.filename or doc.type
                out.append(sig)
    if not any(x.trigger in ("restatement", "non_reliance") for x in out):
        heading = _restatement_heading(doc.text)
        if heading:
            out.append(Signal("restatement", Severity.HIGH, heading, doc.filename or doc.type,
                              detail="heading"))
            return out
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
        if not found and not recast and not re.search(r"reclassif|recast", table_restated, _F):  # (not "Reclassified Results by Business Segment")
            out.append(Signal("restatement", Severity.MEDIUM, table_restated,
                              doc.filename or doc.type, detail="column"))
    return out
