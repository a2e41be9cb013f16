"""Restatement risk from a late notice's reason, read in general words.

A release or story that tells of a late periodic report often gives the reason in words no listed
phrasing holds: "due to an ongoing investigation of stock option granting practices", "in order to
address an open accounting matter relating to revenue recognition raised in an SEC comment letter",
"The delay is partly attributed to recent changes in the company's independent registered public
accounting firm", "The company and its auditors are reevaluating the recognition of revenues".
This reading is tried only when the late-filing rule found a late report in a release and no other
restatement signal was read: a sentence near the start that names an accounting matter (revenue
recognition, accounting treatment or policy, option granting practices, previously published
results, internal control, the auditor) beside an open process or a change (a review, an
investigation, an open question, a change of auditor), tied to the delay (the sentence speaks of
the delay or its reason, or shares the late notice's paragraph), told as fact.
"""

from __future__ import annotations

import re

from bot.models import Document, Severity
from bot.rules.regex import fast_compile
from bot.rules.restatement.guards import Signal, _is_evidence, _quotes
from bot.rules.restatement.patterns import _F
from bot.rules.text import paragraphs, sentences

_MATTER = fast_compile(
    r"\brevenue\s+recognition\b|\brecogni(?:tion|zing|sing)\s+(?:of\s+)?(?:the\s+)?revenues?\b"
    r"|\baccounting\s+(?:matters?|issues?|questions?|treatment|polic(?:y|ies)|practices|methodolog(?:y|ies)|irregularities|errors?"
    r"|problems?|mistakes?)\b"
    # "an ongoing investigation into the way revenue was reported for select gas turbine contracts"
    r"|\b(?:the\s+way|how)\s+(?:the\s+company\s+|it\s+)?(?:revenues?|sales|income|costs?)\s+(?:was|were|is|are|had\s+been)\s+"
    r"(?:reported|recorded|recogni[sz]ed|booked|accounted\s+for)\b"
    r"|\b(?:stock\s+)?option\s+(?:grant(?:ing)?\s+)?(?:practices|grants|dating)\b|\bback-?dating\b"
    r"|\bpreviously\s+(?:published|reported|issued)\s+(?:\w+\s+){0,2}?(?:results|financial\s+statements)\b"
    r"|\bmaterial\s+weakness|\brestat(?:e|ed|ement|ements|ing)\b|\bstock\s+option\s+accounting\b"
    # "questions about the classification of certain leases and the timing of rent expense in prior periods"
    r"|\b(?:classification|timing)\s+of\s+(?:certain\s+)?(?:\w+\s+){0,2}?(?:leases|revenues?|expenses?|costs)\b[^.;]{0,80}?\bprior\s+periods?\b"
    # a change of auditor ("recent changes in the company's independent registered public accounting firm")
    r"|\bchanges?\s+(?:in|of)\s+(?:the\s+company['’]s\s+|its\s+|our\s+)?independent\s+(?:registered\s+public\s+)?"
    r"(?:accounting\s+firm|auditors?|accountants)\b"
    r"|\b(?:resignation|dismissal)\s+of\s+(?:its|the\s+company['’]s|our)\s+(?:independent\s+)?(?:auditors?|accounting\s+firm|accountants)\b", _F)
# a matter that is itself a problem: no review needs to be named ("delayed filing its annual report last month because of
# accounting irregularities"; "time the firm needs to sort out an accounting problem in Europe")
_PROBLEM = fast_compile(r"\baccounting\s+(?:irregularities|errors?|problems?|mistakes?)\b|\brestat|\bmaterial\s+weakness", _F)
# reported speech is no hedge: "warned that it would delay filing its financial statements due to ..."
_SAID_WOULD = fast_compile(r"\b(?:said|warned|announced|stated|disclosed)\s+(?:that\s+)?(?:it|the\s+company)\s+would\b", _F)
# an open process or a change
_OPEN = fast_compile(
    r"\breview(?:s|ed|ing)?\b|\binvestigat\w+|\binquir(?:y|ies)\b|\bprobe\b|\b(?:re-?)?evaluat\w+|\bexamin\w+|\bopen\b|\bunresolved\b"
    r"|\bquestions?\b|\bchanges?\s+(?:in|of)\b|\b(?:resignation|dismissal)\b|\baddress\b|\bresolve\b|\bclarify\b", _F)
# the sentence is about the delay or its reason
_TIED = fast_compile(
    r"\bdela(?:y|yed|ys|ying)\b|\blate\b|\bextension\b|\bextend(?:s|ed|ing)?\b|\bpostpon\w+|\b(?:additional|more)\s+time\b"
    r"|\bdue\s+to\b|\bbecause\b|\breasons?\b|\bin\s+order\s+to\b|\battribut\w+|\bto\s+permit\b|\bpending\b|\buntil\b", _F)
# routine work, or the matter another's, or only a possibility
_REFUSE = fast_compile(
    r"\bacquisition\b|\bbusiness\s+combination\b|\bgoodwill\b|\bimpairment\b|\bERP\b|\bsystems?\s+(?:conversion|implementation)\b"
    r"|\b(?:potential|possible)\s+material\s+weakness|\bSection\s+404\b|\bSarbanes|\bincome\s+tax|\bnew\s+accounting\s+standard|\bASU\b|\b(?:if|whether|may|might|could|would)\b|\bno\s+(?:restatement|changes?)\b"
    r"|\bnot\s+(?:expect|anticipate|believe)\b|\bappropriately\s+applied\b|\bcompleted\s+(?:its|the)\s+review\b"
    # a new auditor's first audit, people leaving, software, taxes (the 19th review)
    r"|\bfirst[- ]year\s+audit\b|\bbecome\s+familiar\b|\bfamiliari[sz]|\bonboarding\b|\btransition\b|\bturnover\b|\bdeparture\b"
    r"|\bstaff(?:ing)?\b|\bpersonnel\b|\bsoftware\b|\bmodule\b|\btax(?:es|ation)?\b"
    # a problem denied: "has not detected any indications of accounting irregularities"; "has not identified any material weakness"
    r"|\b(?:has|have|had|did|does)\s+not\s+(?:\w+\s+)?(?:detected|identified|found|uncovered|discovered)\b|\bno\s+(?:indications?|evidence)\s+of\b"
    # denied in other words, a problem of an earlier year or remediated (the 20th review)
    r"|\bnot\s+(?:aware|due\s+to|related\s+to|the\s+result\s+of|caused\s+by|because\s+of)\b|\bunrelated\b|\bremediat\w*"
    r"|\b(?:19|20)\d\d\s+restatement\b|\b(?:reported|identified|disclosed)\s+in\s+(?:19|20)\d\d\b", _F)

_READ = 8000  # (the reason is given near the start of a release or story)


def late_reason_signal(docs: list[Document], said: str | None) -> list[Signal]:
    """The first sentence that gives an open accounting matter as the late report's reason
    (`said` is the sentence the late-filing rule quotes), as an investigation signal."""
    for doc in docs[:2]:
        head = doc.text[:_READ]
        for para in paragraphs(head):
            with_late = bool(said) and _quotes(para, said)
            flat = " ".join(para.split())
            for s in sentences(flat):
                m = _MATTER.search(s)
                if not m or len(s) > 600 or not _is_evidence(s) or _REFUSE.search(_SAID_WOULD.sub(" ", s)):
                    continue
                if not (_OPEN.search(s) or _PROBLEM.match(s, m.start())) or not (with_late or _TIED.search(s)):
                    continue
                trigger = "auditor_change" if re.search(r"firm|auditor|accountants", m.group(0), _F) else "investigation"
                return [Signal(trigger, Severity.MEDIUM, s, doc.filename or doc.type, detail="late_reason")]
    return []
