"""Restatement-risk rule: the Signal a classifier returns, and the guards all classifiers share
(hypothetical, negated, another company's doing, fit to quote)."""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field

from bot.models import Severity
from bot.rules.regex import fast_compile
from bot.rules.restatement.patterns import _F, _HYPO, _NEG, _NOT_EFFECTIVE, _PRIORITY
from bot.rules.text import is_table_row


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


# (a date may sit between: "when it announced Feb. 18 that it would correct an error ...")
_REPORTED = fast_compile(r"\b(?:announced|disclosed|reported|stated|said|indicated|notified\s+\w+)(?:\s+(?:on\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?|yesterday|today))?\s+(?:that\b|(?=(?:it|the\s+company)\s))"
                       r"[^;:]*?\bwould\b", _F)  # ("said it had recognized ... and would restate": reported speech)


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


# another company's doing or an allegation: "a short seller alleged that ...", "several competitors ...",
# "at rival Beta Corp.", "former supplier, Beta Corp., disclosed ...", "that did not involve the Company"
_OTHER_COMPANY = fast_compile(
    r"\b(?:rivals?|competitors?)\b|\bformer\s+(?:supplier|customer|parent|affiliate|subsidiary)\b|\banother\s+company\b"
    # "noted reports that its supplier, Baltic Foods AB, identified an overstatement of net sales in its own 2024 accounts"
    r"|\b(?:its|our|a|one\s+of\s+(?:its|our))\s+(?:key\s+|major\s+|largest\s+)?(?:suppliers?|customers?|vendors?|distributors?)\b"
    r"|\bother\s+companies\b|\bdid\s+not\s+involve\s+the\s+company\b", _F)
# an allegation the company denies, or one made of another party
_ALLEGED = fast_compile(r"\balleg\w*|\bclaim(?:s|ed)?\s+that\b|\baccus\w*", _F)
_DENIED = fast_compile(r"\bfalse\b|\bdeni(?:es|ed)\b|\bdisputes?\b|\bwithout\s+merit\b|\bbaseless\b|\bmisleading\b", _F)
# the company itself overstated: "the SEC alleged that the Company overstated", "it had understated"
_OWN_SUBJECT = fast_compile(r"\b(?:the\s+company|we|it|the\s+registrant)\s+(?:had\s+|has\s+|have\s+)?(?:\w+\s+)?$", _F)


def _someone_elses(s: str, pos: int) -> bool:
    """The overstatement at `pos` is another party's, or only alleged and denied."""
    if _DENIED.search(s) and _ALLEGED.search(s):
        return True
    own = _OWN_SUBJECT.search(s, max(0, pos - 40), pos)
    others = list(_OTHER_COMPANY.finditer(s, 0, pos))
    other = others[-1] if others else None
    if (own is not None and own.group(0).lower().startswith("it") and other is not None
            and not re.search(r"(?:[,;]\s*|\bthat\s+|^\s*)(?:management|the\s+company|we)\b", s[other.end() : own.start()], _F)):
        own = None  # "one of our principal competitors, Beta Corp., disclosed that it had overstated"
    return own is None and bool(_OTHER_COMPANY.search(s) or _ALLEGED.search(s))


# Restatements counted across companies (an article on trends, not a company's own event): "the


# --- patterns shared by several classifiers ---

# "... prior period misstatements which Mattel has determined did not, either individually or in the
# aggregate, materially misstate its previously issued consolidated financial statements": a revision
_NOT_MATERIALLY = fast_compile(r"\b(?:did|do|does|would)\s+not[^.;]{0,60}?\bmaterially\s+misstate"
                               r"|\b(?:were|was|are|is)\s+not\s+material\s+to\s+(?:any\s+|the\s+|our\s+|its\s+)?(?:previously|prior)"
                               r"|\bcorrect\w*\s+(?:\w+\s+){0,3}?immaterial\s+(?:\w+\s+)?(?:errors?|misstatements?)"
                               # "identified an immaterial error in prior periods ... recorded an out-of-period adjustment"
                               r"|\bidentified\s+(?:an\s+)?immaterial\s+(?:\w+\s+)?errors?\b|\bout-of-period\s+adjustments?\b", _F)

# a rule told of any company: "When a company discovers an error in previously issued financial
# statements, and the error is material ..., you need to do a full restatement"
_ANY_COMPANY = fast_compile(r"^\W*(?:when|whenever|if|once)\s+(?:a|an|any)\s+(?:publicly[\s-]+traded\s+|public\s+|listed\s+)?(?:company|issuer|registrant|entity|reporting\s+company)\b"
                            # the same after a heading run into it: "Investopedia explains 'Restatement' When a publicly traded
                            # company determines that it will need to amend its financial statements, it must file ..."
                            r"|(?-i:\b(?:When|Whenever|Once))\s+(?:a|an|any)\s+(?:publicly[\s-]+traded\s+|public\s+|listed\s+)?(?:company|issuer|registrant)\b"
                            # a kind of restatement explained: "With respect to a Big R restatement, the material
                            # non-compliance results from an error that was material to the previously issued ..."
                            r"|^\W*(?:with\s+respect\s+to|in\s+the\s+case\s+of)\s+an?\s+(?:[\w\"“”'‘’-]+\s+){0,3}?restatements?\b"
                            # a definition: "A financial restatement occurs when a material error in a company's ..."
                            r"|^\W*(?:an?\s+)?(?:financial\s+|accounting\s+)?restatement\s+(?:occurs|refers\s+to|means|is\s+(?:a|the)\s+(?:process|revision|correction))\b"
                            # a duty told of all: "The companies are also required to file an 8-K Item 4.02 and warn investors"
                            # (not a filer's own defined term: "The Registrants were required to restate their ...")
                            r"|^[^.]{0,60}?\b(?-i:companies|issuers|registrants)\s+(?:are|were)\s+(?:also\s+|then\s+)?required\s+to\b"
                            # 'For purposes of the study, "restatements" are defined as corrections of errors'
                            # (not a filing's own defined term: '"Restatements" are defined as the restatements of our ...')
                            r"|^[^.]{0,80}?\brestatements?[\"”’]?\s+(?:are|is)\s+defined\s+as\b(?![^.]{0,60}\b(?:our|its|the\s+company['’]s)\b)"
                            # companies in general: "the stock prices of companies that announce the need to restate"
                            r"|^[^.]{0,150}?\b(?:companies|issuers|registrants|firms)\s+that\s+(?:announce|disclose|report|need\s+to|have\s+to|must)\s+"
                            r"(?:the\s+need\s+to\s+restate|(?:a\s+|their\s+)?restatements?|restate)\b"
                            # an explainer's lead: "Understand the required disclosure components, prior period adjustments, ..."
                            r"|^\W*(?:understand|learn|discover|explore|find\s+out)\s+(?:how|what|why|when|the|about)\b", _F)

_OUTSIDE_REVIEWER = fast_compile(r"\bforensic|\b(?:outside|independent)\s+(?:legal\s+)?counsel|\bspecial\s+committee"
                                 r"|\b(?:engaged|hired|retained)\s+(?:an?\s+)?(?:independent\s+|outside\s+)?(?:accounting|forensic|law)\s+firm\b", _F)

_CORRECTED_OUT_OF_PERIOD = fast_compile(r"\bout-of-period\s+adjustment|\bhave\s+not\s+been\s+restated\b"
                                        r"|\bcorrected\s+in\s+the\s+(?:current\s+(?:year|period|quarter)|ordinary\s+course)\b"
                                        r"|\b(?:were|was)\s+immaterial\s+and\s+corrected\b", _F)


_GOOD = fast_compile(
    r"previously\s+(?:issued|reported)|(?:have|has|had|were|was|been)\s+restated|restatement\s+of"
    r"|identified\s+(?:a\s+|two\s+|three\s+|certain\s+)?material\s+weakness|material\s+weakness(?:es)?"
    r"\s+(?:existed|exists|in\s+our|in\s+the)|resigned|dismissed|concluded|determined"
    r"|terminat(?:ed|ion)\s+as\s+(?:the\s+)?(?:principal|independent)", _F)


def _quality(sentence: str) -> int:
    """Prefer plain statements of fact for the evidence quote."""
    q = 1 if _GOOD.search(sentence) else 0
    if _HYPO.search(sentence):
        q -= 1
    if len(sentence) > 450:
        q -= 1
    return q


def _quotes(context: str, evidence: str) -> bool:
    """The paragraph holds the quoted evidence (its start or, past a headline, its end)."""
    body = evidence.rstrip("…").strip()
    return body[:60] in context or body[-60:] in context
