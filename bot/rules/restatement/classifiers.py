"""Restatement-risk rule: one sentence -> Signal | None."""

from __future__ import annotations

import re

from bot.models import Severity
from bot.rules.regex import fast_compile
from bot.rules.restatement.errors import (
    _corrected_statements,
    _cover_error,
    _cut_reported,
    _identified_error,
    _irregularities,
    _may_restate,
    _misaccounted,
    _option_dates,
    _reaudit,
    _report_withheld,
)
from bot.rules.restatement.facts import _AUDITOR_WORD
from bot.rules.restatement.guards import (
    _ANY_COMPANY,
    _CORRECTED_OUT_OF_PERIOD,
    _NOT_MATERIALLY,
    _OTHER_COMPANY,
    _OUTSIDE_REVIEWER,
    Signal,
    _before,
    _hypothetical,
    _negated,
    _someone_elses,
)
from bot.rules.restatement.patterns import (
    _ACCOUNTING,
    _AUDITOR,
    _AUDITOR_GONE,
    _AUDITOR_RESIGNED,
    _BOOKS_SUBJECT,
    _CLAWBACK,
    _CLAWBACK_WORDS,
    _COMMITTEE,
    _COSTS_OF,
    _DIRECTOR,
    _DOC_RESTATED,
    _ERRORS_PRIOR,
    _F,
    _FINANCIAL,
    _GENERIC_ERRORS,
    _GOVERNMENT,
    _HYPO,
    _IGNORECASE_EXOTIC,
    _INV_COSTS,
    _INVESTIGATION,
    _INVESTIGATOR,
    _LEGAL,
    _MODAL_AFTER,
    _MW,
    _MW_DEFINITION,
    _NEG,
    _NON_RELIANCE,
    _OTHER_SUBJECT,
    _RECAST,
    _RECAST_WORDS,
    _RESTATE,
    _REVISING_YEARS,
    _REVISION,
    _SEC_INV,
    _SERIOUS,
)

# --- classifiers: sentence -> Signal | None -------------------------------------------------


_WHEN_ANY = fast_compile(r"^\W*(?:when|whenever|once)\s+(?:such\s+an?|an?|any)\s+(?:error|misstatement|restatement)\b", _F)
_REPRESENTATIONS = fast_compile(r"\s*(?:the\s+)?management['’]s\s+representations", _F)


def _non_reliance(s: str) -> Signal | None:
    # (not "the auditor can no longer rely on management's representations": the next clause may still say it)
    found = list(_NON_RELIANCE.finditer(s))
    m = next((x for x in found if not _REPRESENTATIONS.match(s, x.end())), None)
    told = s
    for x in found:  # (that clause's "can" is no hedge on the next one)
        if x is not m and _REPRESENTATIONS.match(s, x.end()):
            told = told[: x.start()] + " " * (x.end() - x.start()) + told[x.end() :]
    if not m or (_hypothetical(told, m.start()) and "item 4.02" not in s.lower()):
        return None
    if _ANY_COMPANY.search(s) or _WHEN_ANY.match(s):
        return None  # a rule told ("When such an error is discovered, the company is required ... to file a Form 8-K,
        # alerting investors that ..."), not "the auditor can no longer rely on management's representations"
    if not _FINANCIAL.search(s) and not re.search(r"audit\s+report|interim\s+review", s, _F):
        return None
    if "trusted" in m.group(0).lower() and (not _FINANCIAL.search(s, max(0, m.start() - 120), m.start())
                                            or _FORECAST.search(s, 0, m.start())):
        return None  # (a news word: the reports themselves must be its subject, not "the guidance")
    if _FORECAST.search(s, 0, m.start()) and not _STATEMENTS.search(_PREVIOUSLY_ISSUED_FORECAST.sub(" ", s)):
        return None  # "The previously provided revenue outlook ... should not be relied upon", "the previously issued guidance may no longer be relied upon"
    return Signal("non_reliance", Severity.HIGH, s, None)


_PREVIOUSLY_ISSUED_FORECAST = fast_compile(r"\bpreviously\s+issued\s+(?:\w+\s+)?(?:guidance|outlook|forecasts?|projections?)\b", _F)
_FORECAST = fast_compile(r"\b(?:outlook|guidance|forecasts?|projections?|expectations?|forward-looking)\b", _F)
_STATEMENTS = fast_compile(r"financial\s+(?:statements?|information)|audit\s+report|balance\s+sheets?|10-[KQ]"
                         r"|interim\s+(?:review|financial)|earnings\s+releases?|previously\s+issued", _F)


_CORRECTS_ERROR = fast_compile(r"\bto\s+correct\s+(?:(?:th(?:is|ese|e)|an?|certain)\s+)?(?:\w+\s+){0,2}?(?:errors?|misstatements?)\b", _F)


# a restatement finished in a named year, told as history (a biography, "Since the completion of")
_PAST_RESTATEMENT = fast_compile(
    r"\b(?:led|oversaw|managed|directed|since|through|after|following)\b[^.;]{0,60}?\bcompletion\s+of\s+[^.;]{0,60}?"
    r"\brestatement\s+(?:of\s+[^.;]{0,60}?\s+)?in\s+(?:19|20)\d\d\b"
    r"|\brestatement\b[^.;]{0,40}?\b(?:was|were|had\s+been)\s+completed\s+in\s+(?:19|20)\d\d\b", _F)




# "... although they did not materially misstate the annual financial statements, were material to
# those interim periods" (a restatement of the quarters)
_MATERIAL_TO_SOME = fast_compile(r"\b(?:were|was|are|is)\s+material\s+to\b|\brestating\b|\bwill\s+restate\b", _F)


# what an overstatement or understatement must be of, and where, to be an accounting error
_OVERSTATED_RESULTS = fast_compile(
    r"\b(?:over|under)stat\w*\s+(?:its\s+|the\s+|our\s+)?(?:\w+\s+){0,2}?(?:revenues?|sales|earnings|income|profits?|net\s+loss"
    r"|assets|inventor(?:y|ies)|expenses|liabilities|reserves|margins?)\b"
    r"|\b(?:revenues?|sales|earnings|income|profits?|expenses|inventor(?:y|ies)|assets|liabilities|markdowns|reserves)\b"
    r"[^.;]{0,80}?\b(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+)?(?:over|under)stated"
    r"|\b(?:over|under)statement\s+of\s+(?:\w+\s+){0,2}?(?:revenues?|sales|earnings|income|profits?|expenses|inventor(?:y|ies)"
    r"|assets|liabilities|reserves)\b", _F)


_FORECAST_AFTER = fast_compile(r"\w*\s+(?:its|the|our)\s+(?:[\w-]+\s+){0,2}?(?:outlook|guidance|forecasts?|projections?|targets?)\b", _F)


# total number of restatements declined in 2017", "a 19-year low of 484 restatements in 2019",
# "Financial restatements among U.S public companies hit their lowest level", "its annual report on
# financial restatement trends", "The number of companies restating their financials"
_AGGREGATE = fast_compile(
    r"\b(?:number|count|total|percentage|share|rate|frequency|level|majority)\s+of\s+(?:\w+\s+){0,2}?(?:restatements|companies\s+restating)\b"
    r"|\brestatements?\s+(?:trends?|statistics|data|activity|rates?|counts?)\b|\btotal\s+(?:\w+\s+)?restatements\b"
    r"|\brestatements\s+(?:among|by|across|at|from)\s+(?:[\w.]+\s+){0,3}?(?:companies|issuers|filers|registrants|accelerated\s+filers)\b"
    r"|(?<![\d,.])\b\d{1,3}(?:,\d{3})*%?\s+(?:of\s+)?(?:(?:the|those|these)\s+)?(?:[\w\"“”]+\s+){0,3}?restatements\b"
    r"|\b(?:companies|issuers|registrants|filers)\s+(?:restating|that\s+restated|with\s+restatements)\b"
    # (not a company's own "The restatements decreased previously reported net income")
    r"|\brestatements\s+(?:have\s+|has\s+)?(?:declined|peaked)\s+(?:steadily|sharply|significantly|for|in|to|since|from|again|each|every|during|over)\b"
    r"|\brestatements\s+(?:have\s+|has\s+)?(?:decreased|increased|rose|fell)\s+(?:steadily|sharply|significantly)\b"
    r"|\b(?:reissuance|revision)\s+restatements\b|\bper\s+restatement\b"
    # kinds of restatement explained: "The population of restatements can be divided into two kinds: (1) "Big R"
    # restatements, ..."
    r"|\bpopulation\s+of\s+restatements\b|\brestatements\s+can\s+be\s+(?:divided|classified|categori[sz]ed|grouped)\b"
    r"|[\"“](?:big\s+r|little\s+r)[\"”]\s+restatements\b", _F)




# errors the company found, even when the sentence names ASC 250's title: "deemed these misclassifications
# and oversights as errors to previously issued financial statements under ASC 250 "Accounting Changes and
# Error Corrections""
# (not a policy: "When errors in previously issued financial statements are identified, the Company evaluates ...")
_ERRORS_FOUND = fast_compile(r"^(?:(?!\b(?:when|whenever|if|once|unless|policy)\b).)*?\b(?:and|has|have|had|company|we|management|it)\s+(?:\w+\s+)?"
                             r"(?:deemed|determined|concluded|identified|discovered)\b[^.]{0,80}?\berrors?\b(?![^.]{0,30}\bcould\b)", _F)


# what is usually so: "Amendments are frequently associated with a restatement of financials"
_USUALLY = fast_compile(r"\b(?:are|is)\s+(?:frequently|often|typically|generally|usually|commonly)\s+(?:associated|linked|tied|caused|followed)\b", _F)


def _restatement(s: str) -> Signal | None:
    if ("restat" in s or "Restat" in s) and _AGGREGATE.search(s):
        return None
    if _ANY_COMPANY.search(s) or _USUALLY.search(s):
        return None
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
    recast = ((exotic or any(w in low for w in _RECAST_WORDS)) and _RECAST.search(cleaned) is not None
              and not _CORRECTS_ERROR.search(cleaned) and not _ERRORS_FOUND.search(cleaned))  # "retroactively restated to correct this error"
    if re.search(r"\bare\s+corrected\s+by\s+(?:revising|restating)|\bthat\s+are\s+material\s+are\b", low):
        return None  # a policy: "Errors in prior periods that are material are corrected by restating ..."
    if ("complet" in low or "since" in low) and _PAST_RESTATEMENT.search(cleaned):
        return None  # "led the finance team through the completion of the Company's ... restatement in 2019"
    for m in () if recast else _RESTATE.finditer(cleaned):
        word = m.group(0).lower()
        window = cleaned[max(0, m.start() - 150) : m.end() + 150]
        if _negated(cleaned, m.start(), 30) or _hypothetical(cleaned, m.start()):
            continue
        if _COSTS_OF.search(_before(cleaned, m.start(), 80)):
            continue
        if word.startswith("restat") and _FORECAST_AFTER.match(cleaned, m.end()):
            continue  # "restated its full-year outlook Tuesday": guidance, not results
        if word.startswith("misstat") and not re.search(r"previously|prior\s+period|restat", window, _F):
            continue
        if word.startswith(("over", "under")) and (not _OVERSTATED_RESULTS.search(window) or _someone_elses(cleaned, m.start())
                                                   or _CORRECTED_OUT_OF_PERIOD.search(cleaned)):
            continue  # "overstated revenue by $22 million over six quarters", not "understated risks", not
            # "alleges that Vendor Corp. overstated its revenues", not "... which was corrected in the current year"
        if "error" in word and (_MODAL_AFTER.search(cleaned[m.end():])
                                or _GENERIC_ERRORS.search(cleaned)):
            continue  # "errors in previously issued financial statements could require us to ..."
        if not _FINANCIAL.search(window) and not (
                cleaned[m.start() : m.start() + 11].lower().startswith(("restatement", "restating"))
                and _FINANCIAL.search(cleaned)):
            continue
        if (_CORRECTS_ERROR.search(cleaned) and re.search(r"\bimmaterial\s+(?:\w+\s+)?(?:errors?|misstatements?)", cleaned, _F)) or (
                _NOT_MATERIALLY.search(cleaned) and not _MATERIAL_TO_SOME.search(cleaned)):
            # "restated to correct an immaterial error": a revision ("little r")
            return Signal("restatement", Severity.MEDIUM, s, None, detail="revision")
        return Signal("restatement", Severity.HIGH, s, None)
    for m in () if recast else _ERRORS_PRIOR.finditer(cleaned):
        if (_negated(cleaned, m.start(), 30) or _hypothetical(cleaned, m.start())
                or _NEG.search(m.group(1) or m.group(2) or "") or _HYPO.search(m.group(1) or m.group(2) or "")
                or _MODAL_AFTER.search(cleaned[m.end():]) or (_GENERIC_ERRORS.search(cleaned) and not _ERRORS_FOUND.search(cleaned))):
            continue  # "errors that did not affect previously issued ...", "errors could ...", policy
        immaterial = re.search(r"\bnot\s+material|\bimmaterial|\bout-of-period\s+adjustments?\b", cleaned, _F)
        return Signal("restatement", Severity.MEDIUM if immaterial else Severity.HIGH, s, None,
                      detail="errors")
    m = _REVISION.search(cleaned) or (None if recast else _REVISING_YEARS.search(cleaned))
    if m is not None and m.re is _REVISING_YEARS and not (_negated(cleaned, m.start(), 30) or _hypothetical(cleaned, m.start())):
        return Signal("restatement", Severity.MEDIUM, s, None, detail="revision")
    if (
        m
        and re.search(r"financial\s+statements|error", cleaned, _F)
        and not recast
        and not _hypothetical(cleaned, m.start())
        and not _negated(cleaned, m.start(), 30)
    ):
        return Signal("restatement", Severity.MEDIUM, s, None, detail="revision")
    return None


# an earlier report's weakness, and the words after it in its paragraph saying it was remediated
_EARLIER_REPORT = fast_compile(r"\bpreviously\s+(?:disclosed|reported|identified)\b|\bin\s+(?:item\s+9A\s+of\s+)?(?:our|its|the\s+company['’]s)\s+"
                               r"(?:annual|quarterly)\s+report\b", _F)
_WAS_REMEDIATED = fast_compile(r"\bweakness(?:es)?\b[^.;]{0,40}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
                               r"(?:fully\s+|successfully\s+)?remediated\b", _F)


# other companies' weaknesses, told in an article: "the SEC announced settled enforcement actions
# against four companies for failures to maintain internal control ...", "These companies took seven
# to ten years to remediate their material weaknesses"
_OTHER_COMPANIES = fast_compile(
    # advice on weaknesses in general: "Successfully remediating a material weakness requires a structured approach"
    # (not the company's own: "Identifying a material weakness in our internal control ..., as we did as of December 31, 2023")
    r"^\W*(?:successfully\s+|effectively\s+)?(?:remediating|addressing|identifying|disclosing|fixing|preventing)\s+(?:a|an|any)\s+(?:material\s+)?weakness"
    r"(?![^.]*\b(?:our|we|us|its|the\s+company['’]s)\b)"
    # a study of companies in general: "the day after a company disclosed a material weakness in its financial controls"
    r"|\b(?:after|when|once|if)\s+a\s+company\s+(?:disclose[sd]?|report(?:s|ed)?|announce[sd]?)\s+(?:a|an)\s+(?:material\s+)?weakness"
    r"|^\W*(?:understand|learn|discover|explore|find\s+out)\s+(?:how|what|why|when|the|about)\b(?![^.]*\b(?:our|we|us|the\s+company['’]s)\b)"
    r"|^\W*for\s+(?:SEC\s+|public\s+|listed\s+)?(?:registrants|companies|issuers)\b|\bweaknesses\s+are\s+required\s+to\s+be\s+disclosed\b|"
    r"\b(?:against|among)\s+(?:\w+\s+){0,2}?(?:companies|issuers|registrants|corporations)\b"
    # statistics and maxims: "the overwhelming majority of companies with a current material weakness",
    # "... is the strongest signal that a company's reported financials cannot be fully relied on"
    r"|\b(?:majority|number|percentage|share|proportion|most|many|few)\s+of\s+(?!(?:its|our|the\s+company['’]s)\b)(?:\w+\s+){0,3}?(?:companies|issuers|registrants)\b"
    r"|\bcompanies\s+with\s+(?:a\s+|an\s+)?(?:\w+\s+){0,2}?material\s+weakness|\bsignal\s+that\s+a\s+company['’]s\b"
    r"|^\W*(?:these|those|such|many|most|some|other)\s+(?:public\s+)?(?:companies|issuers|registrants|corporations)\b"
    r"|\bholding\s+(?:public\s+)?(?:companies|corporations)\s+accountable\b"
    # a study's finding: '"The mere announcement of a material weakness ... appears to solicit a negative reaction from
    # investors," according to the study'
    r"|\baccording\s+to\s+the\s+(?:study|research|survey|paper)\b|\b(?:the|a)\s+(?:study|survey|paper)\s+(?:found|finds|shows?|showed)\b", _F)


# a weakness someone has: the company's, its management's, its auditor's finding, or one that
# exists (not "Disclosure of material weaknesses is not enough without meaningful remediation",
# a regulator's maxim)
_WHOSE_WEAKNESS = fast_compile(
    r"\b(?:we|our|us|its|it|the\s+company|company['’]s|management|registrant|identified|existed|exists?|constitut\w*"
    r"|resulted|result\s+in|reported|disclosed|not\s+effective|ineffective|auditor|audit\s+committee|had|has|have"
    # ("These deficiencies relate to material weaknesses associated with stock compensation ...")
    r"|(?:these|this|the|such)\s+(?:deficienc\w*|material\s+weakness\w*|weakness\w*)|associated\s+with|relat(?:e|es|ed|ing)\s+to"
    # "Ernst & Young found a material weakness ... at the Kaifeng unit", "The following material
    # weaknesses were present as of December 31, 2008:"
    r"|found|present|there\s+(?:is|are|was|were)|auditors?|remain\w*|continu\w*|caus\w*|due\s+to|because|led\s+to"
    r"|units?|subsidiar\w*|segments?|divisions?)\b", _F)


_NONE_EXISTED = fast_compile(r"\W{0,3}(?:did|does|do)\s+not\s+exist\b|\W{0,3}(?:were|was)\s+not\s+(?:identified|found|present)\b", _F)


def _material_weakness(s: str, ctx: str = "") -> Signal | None:
    if _MW_DEFINITION.search(s) and ";" in s:
        # a definition, then the company's own finding: "A material weakness exists when ...; management has
        # identified a material weakness in our internal control over financial reporting ..."
        own = _material_weakness(s.split(";", 1)[1].strip(), ctx)
        return Signal(own.trigger, own.severity, s, None) if own else None
    if _MW_DEFINITION.search(s) or _OTHER_COMPANIES.search(s) or not (_WHOSE_WEAKNESS.search(s) or _AUDITOR.search(s)):
        return None
    if ctx and _EARLIER_REPORT.search(s):
        at = ctx.find(s)
        tail = ctx[at + len(s) :] if at >= 0 else ""
        if _WAS_REMEDIATED.search(tail) and not _STILL_OPEN.search(tail):
            return None  # "... we identified a material weakness ... the material weakness was remediated as of"
    for m in _MW.finditer(s):
        if _negated(s, m.start()) or _hypothetical(s, m.start()):
            continue
        if _NONE_EXISTED.match(s, m.end()):
            continue  # "Management has determined that material weaknesses did not exist"
        if _SOUGHT.search(s, max(0, m.start() - 40), m.start()):
            continue  # "we sought to identify material weaknesses in our controls": an evaluation's aim
        if said_remediated(s[m.end() :]):
            continue  # "the material weakness previously identified ... has been remediated"
        return Signal("material_weakness", Severity.MEDIUM, s, None)
    return None


_REMEDIATED = fast_compile(r"\b(?:has|have|had|was|were)\s+(?:now\s+)?(?:been\s+)?(?:fully\s+|successfully\s+)?remediated\b", _F)
# a remediation still to come or about another weakness: "until ... has been remediated", "which we
# expect will have been remediated", "not yet remediated", "while the material weakness previously
# reported has been remediated" (after an open one)
_OPEN_BEFORE = fast_compile(r"\b(?:until|unless|once|when|after|if|expects?|will|would|should|can|could|may|while"
                            r"|whereas|other)\b|;|\bmaterial\s+weakness", _F)
_STILL_OPEN = fast_compile(r"\bnot\s+(?:yet\s+)?(?:been\s+)?(?:fully\s+)?(?:considered\s+)?remediated\b"
                           r"|\bin\s+the\s+process\s+of\s+remediat|\buntil\b[^.;]{0,100}\bremediated\b"
                           # "we cannot conclude that the material weakness has been remediated until ..."
                           r"|\bremediated\b[^.;]{0,40}\buntil\b|\b(?:cannot|can\s+not|could\s+not|unable\s+to)\s+(?:yet\s+)?conclude\b"
                           r"|\bremains?\s+(?:open|unremediated)|\bcontinu\w*\s+to\s+(?:remediate|work)", _F)


def said_remediated(after: str) -> bool:
    """The words after a material weakness say it has been remediated (in its own clause)."""
    r = _REMEDIATED.search(after)
    return (r is not None and r.start() < 200 and not _OPEN_BEFORE.search(after, 0, r.start())
            and not _STILL_OPEN.search(after))


# "Management concluded that internal controls over financial reporting were not effective";
# "our disclosure controls and procedures were not effective" (a control deficiency stated
# without the words "material weakness")
_CONTROLS_NOT_EFFECTIVE = fast_compile(
    r"\b(?:internal\s+controls?(?:\s+and\s+procedures)?(?:\s+over\s+financial\s+reporting)?"
    r"|disclosure\s+controls(?:\s+and\s+procedures)?)"
    r"\s+(?:\([^)]{0,120}\)\s+)?(?:(?:were|was|are|is|remained|remain)\s+(?:not\s+effective|ineffective))", _F)


# anywhere in the sentence: a condition ("... is not effective in the event that ..."), a
# risk, or an earlier period's conclusion since remediated or an acquired business's controls
_NOT_EFFECTIVE_HEDGE = fast_compile(
    r"\b(?:if|unless|in\s+the\s+event|in\s+case|would|could|may|might|should|will\s+be\s+required|"
    r"previously|in\s+the\s+past|prior\s+(?:year|period|fiscal)|remediat\w*|had\s+(?:\w+\s+)?concluded|"
    r"in\s+(?:our|its|the\s+company['’]s)\s+(?:annual|quarterly)\s+report|"
    r"as\s+(?:disclosed|reported)\s+in\s+(?:our|its|the\s+company['’]s)\s+(?:annual|quarterly|form|report)|"
    r"none\s+of|(?:did|does|do)\s+not\s+(?:cause|conclude|result|lead)|alleg\w*|complaint|plaintiffs?|"
    r"acquired|acquisition)\b", _F)


def _controls_not_effective(s: str) -> Signal | None:
    m = _CONTROLS_NOT_EFFECTIVE.search(s)
    if not m or _hypothetical(s, m.start()) or _NOT_EFFECTIVE_HEDGE.search(s):
        return None
    if not re.search(r"\b(?:conclude[ds]?|determined|believes?)\b", s[: m.start()], _F):
        return None  # a conclusion of the company's officers, not a regulator's finding or a claim
    return Signal("material_weakness", Severity.MEDIUM, s, None, detail="not_effective")


_SOUGHT = fast_compile(r"(?<!\bled\s)(?<!\bcaused\s)(?<!\bprompted\s)(?<!\bmanagement\s)\bto\s+"
                     r"(?:identify|detect|prevent|uncover)\s+(?:any\s+|all\s+)?$", _F)


# a heading in title case ("RBSM LLP Declining to Stand for Reappointment"), not a sentence
_TITLE_LINE = fast_compile(r"(?:[\W\d]*(?:[A-Z][\w.&'’-]*|of|to|for|and|the|as|in|on|a|an|its)\s+){3,}[A-Z][\w.&'’-]*\W{0,2}$")


# a person, not a firm, declining to stand or resigning: "Jane Roe, chair of the Audit Committee, ..."
_PERSON = fast_compile(r"\b(?:he|she|Mr|Ms|Mrs|Dr)\b\.?|\bchair(?:man|woman|person)?\b", _F)
_SUBJECT_VERB = fast_compile(r"resign|declin", _F)  # (the one who declines or resigns is the subject; a dismissal is done to the firm)
# whom the company fired: its audit firm, not its CFO nor a firm that prepared its tax returns
_FIRED_AUDITOR = fast_compile(
    r"\s+(?:(?:its|the|our)\s+(?:[\w-]+\s+){0,2}?(?:independent\s+)?(?:(?:registered\s+public\s+)?accounting\s+firm|audit(?:ing)?\s+firm|auditors?|accountants?)\b"
    # "fired Ernst & Young LLP as its auditor"
    r"|(?-i:[A-Z])[\w&.,' -]{1,60}?\b(?:LLP|LLC|P\.?C\.?|CPAs?|Ltd\.?)\s+as\s+(?:its|the\s+company['’]s|our)\s+(?:\w+\s+)?(?:auditors?|accountants?))"
    r"(?![^.;]{0,60}\b(?:tax\s+returns?|consult\w*|engaged\s+to\s+prepare)\b)", _F)


# the firm right after the verb: "dismissed Haskell & White LLP as its ...", "the dismissal of Marcum LLP"
_FIRM_AFTER = fast_compile(
    r"\s+(?:of\s+)?(?:(?-i:[A-Z])[\w&.,' -]{0,40}?\b(?:LLP|LLC|P\.?C\.?|CPAs?|Ltd\.?)\b(?![^.;]{0,40}\bas\s+(?:\w+\s+){0,2}?counsel\b)"
    r"|(?:its|the|our)\s+(?:independent\s+)?(?:registered\s+public\s+)?(?:accounting\s+firm|auditors?|accountants?)\b)", _F)
_AS_A_ROLE = fast_compile(r"\s+as\s+(?:a|an)\s+(?:\w+\s+)?(?:manager|partner|director|officer|associate|member|employee|principal|staff)\b", _F)


_LEADING_CLAUSE = fast_compile(r"^\W*(?:less\s+than|more\s+than|about|nearly|just|only)?\s*(?:\w+\s+){0,3}?(?:after|before|since|while|following)\b[^,]{0,160},\s", _F)


def _after_leading_clause(s: str, before: int) -> int:
    """Where the main clause starts, when a time clause leads the sentence and ends before `before`."""
    m = _LEADING_CLAUSE.match(s)
    return m.end() if m and m.end() <= before else 0


def _auditor_change(s: str) -> Signal | None:
    m = _AUDITOR_GONE.search(s)
    if not m or not _AUDITOR.search(s) or _TITLE_LINE.match(s):
        return None
    if re.search(r"client-auditor|auditor-client", m.group(0), _F) and re.search(
            r"\bsubsidiar|\baffiliate|\bwholly[- ]owned\b|\b(?:savings|retirement|pension|benefit|401\(k\))\s+plan\b", s, _F):
        return None  # another company's: "the cessation of the client-auditor relationship between our former subsidiary ... and"
    agreed = re.search(r"\bagreed\s+that\s+[^.]{0,80}?\bwould\s+$", s[: m.start()], _F)  # "agreed that UHY would resign"
    # (legal words told in a clause before the subject: "Less than three months after settling a costly shareholder lawsuit
    # ..., Pinnacle Micro Inc. said Tuesday that its independent accounting firm has resigned")
    legal = _LEGAL.search(s, _after_leading_clause(s, m.start()))
    if (_hypothetical(s, m.start()) and not agreed) or _negated(s, m.start(), 30) or legal:
        return None
    # A director or officer resigning, not the audit firm.
    near = s[max(0, m.start() - 120) : m.start()]
    firm_after = _SUBJECT_VERB.match(m.group(0)) is None and _FIRM_AFTER.match(s, m.end()) is not None
    person = not firm_after and _PERSON.search(near, max(0, len(near) - 60)) is not None
    if not firm_after and (_DIRECTOR.search(near) or person) and not _AUDITOR.search(near):
        return None
    if _SUBJECT_VERB.match(m.group(0)) and _AS_A_ROLE.match(s, m.end()):
        return None  # "..., resigning as a senior manager to become Controller of ...": a person's career
    if re.search(r"\b(?:legal\s+|outside\s+)?counsel\b|\blaw\s+firm\b", s[m.end() : m.end() + 120], _F) and not _AUDITOR_WORD.search(s):
        return None  # a law firm dismissed "as counsel to the Company"
    if m.group(0).lower() == "fired" and not _FIRED_AUDITOR.match(s, m.end()):
        return None  # "fired its chief financial officer ... after its auditor ... raised questions"
    sev = Severity.HIGH if _AUDITOR_RESIGNED.search(m.group(0)) else Severity.MEDIUM
    return Signal("auditor_change", sev, s, None, detail=m.group(0).lower())


# what the company's own investigation must be about to count without a named investigator
_BOOKS_AT_STAKE = fast_compile(
    r"previously[- ]issued\s+financial\s+statements|\brestat|misstat|irregularit"
    r"|impact\s+on\s+(?:its\s+|our\s+|the\s+company['’]s\s+)?financial\s+reporting"
    r"|allegations?\b[^.]{0,80}\b(?:accounting\s+(?:practices|irregularities|improprieties|for)|revenue\s+recognition)"
    # "is investigating ... the recognition of revenue on certain long-term contracts"; "a probe into
    # how the company recorded capacity swaps"
    r"|recognition\s+of\s+revenue|revenue\s+recognition"
    r"|\bhow\s+(?:the\s+company|it|we)\s+(?:had\s+)?(?:recorded|booked|recogni[sz]ed|accounted\s+for|reported)\b", _F)


_ROUTINE_REVIEW = fast_compile(r"\b(?:quarterly|annual|regular|routine|periodic|customary)\s+review\b|\bas\s+required\s+by\s+its\s+charter"
                               r"|\bbefore\s+(?:they\s+are|being)\s+filed\b", _F)
# "is conducting a review of its previously issued financial statements" (whoever conducts it)
_PRIOR_STATEMENTS_REVIEW = fast_compile(r"review\s+of\s+(?:its|the\s+company['’]s|our|certain\s+of\s+its)\s+previously\s+"
                                        r"(?:issued|reported|filed)\s+financial\s+statements", _F)
_DIRECTED_REVIEW = fast_compile(r"\b(?:under\s+the\s+(?:direction|oversight|supervision)\s+of|conducted\s+by|led\s+by|overseen\s+by)\s+"
                                r"(?:the\s+)?(?:company['’]s\s+|its\s+)?audit\s+committee", _F)
# "Ixia's Audit Committee, with the assistance of independent counsel, is conducting an email review"
_CONDUCTING = fast_compile(r"\b(?:audit|special|independent)\s+committee\b[^.;]{0,80}?\b(?:is|are|has\s+been|was|were)\s+(?:conducting|performing|undertaking)\s+"
                           r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?$", _F)
_BOOKS_STRICT = fast_compile(r"\baccounting\b|\brestat|\bmisstat|revenue\s+recognition|books\s+and\s+records|internal\s+controls?"
                             r"|previously\s+reported\s+(?:financial\s+)?results(?![^.]{0,40}\b(?:not|no)\b)", _F)
# what the investigation asks about, told in the next sentence: "The SEC's enforcement staff has requested documents and
# information concerning the basis for the consolidation of its wholly-owned subsidiaries ... into the Company's
# consolidated financial statements" (not "no material effect on the Company's financial statements")
_ABOUT_THE_STATEMENTS = fast_compile(r"\b(?:concerning|regarding|relating\s+to|related\s+to|into)\s+(?:[^.;]{0,160}?)\b"
                                     r"(?:the\s+company['’]s|its|our)\s+(?:consolidated\s+)?financial\s+statements\b", _F)
def _about_the_statements(ctx: str) -> bool:
    m = _ABOUT_THE_STATEMENTS.search(ctx)
    return m is not None and not re.search(r"\bunrelated\b|\bnot\b|\bno\b", m.group(0), _F)


_NOT_AN_INQUIRY = fast_compile(r"corporation\s+finance|comment\s+letter", _F)
_BIOGRAPHY = fast_compile(r"\bserved\s+as\b|\bprior\s+to\s+joining\b|\bformerly\b|\bhis\s+career\b|\bher\s+career\b", _F)
_CLEARED = fast_compile(r"\b(?:does|do|did|will)\s+not\s+(?:intend\s+to\s+)?recommend\s+(?:any\s+|an\s+)?enforcement\s+action\b"
                        r"|\b(?:completed|concluded)\b[^.;]{0,160}\bno\s+(?:restatement|adjustments?|changes?\s+to\s+(?:its|the)\s+"
                        r"(?:previously|historical))"
                        # "... was completed in July 2012 and did not identify any matters affecting the
                        # Company's financial statements"
                        r"|\b(?:was|were|has\s+been|had\s+been)\s+(?:completed|concluded)\b[^.;]{0,80}\b(?:did\s+not\s+identify|identified\s+no|found\s+no)\b"
                        r"(?![^.]{0,200}\b(?:but|however|although)\b[^.]{0,120}\b(?:errors?|restat\w*|misstat\w*|weakness))", _F)
# what a review the audit committee directs must be about (not "the disclosure of perquisites")
_BOOKS_WORDS = fast_compile(r"\baccounting\b|financial\s+(?:statements?|reporting)|\brestat|\bmisstat|revenue\s+recognition"
                            # "an SEC investigation into whether it had inflated its sales"
                            r"|\binflat(?:ed|ing)\s+(?:its\s+)?(?:sales|revenues?|earnings|profits|results)\b"
                            r"|books\s+and\s+records|internal\s+controls?|recognition\s+of\s+revenue"
                            # "the Securities and Exchange Commission had begun an investigation into its financial disclosures"
                            r"|(?<=into\sits\s)financial\s+disclosures?\b"
                            r"|\bhow\s+(?:the\s+company|it|we)\s+(?:had\s+)?(?:recorded|booked|recogni[sz]ed|accounted\s+for|reported)\b", _F)
# "a special committee ... into the Company's historical stock option granting practices"
# a review of past grants (not "responsible for the review and approval of stock option grants")
_OPTION_PRACTICES = fast_compile(r"stock[\s-]+option\s+(?:grant(?:ing)?\s+)?practices|(?:historic(?:al)?|previous|prior|past)\s+(?:stock\s+)?option\s+grant"
                                 # "an independent review of the Company's stock option programs from 1994 to present",
                                 # "a review of the Company's stock option grants, procedures, and practices"
                                 r"|stock\s+option\s+programs?\s+from\s+(?:19|20)\d\d|stock\s+option\s+grants\s*,\s*(?:procedures|practices)"
                                 r"|option\s+back-?dating", _F)
# the company's own investigation of past grants: "the Company's investigation into its historic option grant practices"
_OPTION_INVESTIGATED = fast_compile(r"\binvestigation\s+(?:into|of)\s+(?:its|the\s+company['’]s|our)\s+(?:historic(?:al)?\s+|past\s+)?(?:stock\s+)?option\s+grant", _F)
_OPTION_GRANTS = fast_compile(r"\bstock[\s-]+option\s+(?:grants?|granting|practices|dating)|\boption\s+back-?dating", _F)


# a review of a short seller's allegations (almost always about the books): "progress has been made with regard
# to the independent review of the allegations made in the Hindenburg short-seller report"
_SHORT_SELLER_REVIEW = fast_compile(
    r"\b(?:independent|internal|special\s+committee(?:['’]s)?)\s+(?:review|investigation|inquiry)\s+(?:of|into|regarding|concerning)\s+"
    r"(?:the\s+)?(?:allegations|claims|accusations)\b[^.]{0,80}?\bshort[- ]sell(?:er|ing)\b", _F)


_NOTHING_FOUND = fast_compile(r"\b(?:found|identified|revealed)\s+no\s+(?:evidence|support|basis)\b|\bfound\s+nothing\b"
                              r"|\b(?:without\s+merit|unfounded|unsubstantiated)\b", _F)


def _investigation(s: str, ctx: str = "") -> Signal | None:
    m = _SHORT_SELLER_REVIEW.search(s)
    if (m and not _negated(s, m.start(), 30) and not _hypothetical(s, m.start()) and not _CLEARED.search(s)
            and not _NOTHING_FOUND.search(s)):
        return Signal("investigation", Severity.MEDIUM, s, None)
    for m in _INVESTIGATION.finditer(s):
        if re.match(r"(?:is|are|continues?|has|have)\b", m.group(0), _F) and not _BOOKS_AT_STAKE.search(s):
            continue  # "is investigating the theft with local law enforcement": the books are not at stake
        if _INV_COSTS.search(s) or _negated(s, m.start(), 30) or _hypothetical(s, m.start()):
            continue
        prior_statements = _PRIOR_STATEMENTS_REVIEW.match(s, m.start()) is not None
        own_policy = (re.search(r"reviewing\s+\S+\s+(?:\S+\s+)?polic|reviewing\s+(?:the|its)\s+accounting\s+(?:of|for)", m.group(0), _F) is not None
                      # "commenced a voluntary review of its historical stock option granting practices and the related accounting"
                      or re.search(r"\breview\s+of\s+(?:its|the\s+company['’]s|our)\s+(?:historical\s+|past\s+)?stock\s+option\s+(?:granting\s+)?practices\b",
                                   s, _F) is not None)
        # (its revenue recognition policy; "was reviewing the accounting of an off-balance-sheet transaction")
        if own_policy and re.search(r"\badopt\w*|\bnew\s+(?:accounting\s+)?standard|\bASC\s+\d|\bASU\b|\btransition", s, _F):
            continue  # a new standard's adoption: "In connection with the adoption of ASC 606 ... is reviewing its accounting policy"
        if not own_policy and not _INVESTIGATOR.search(s) and not prior_statements and not _OPTION_INVESTIGATED.search(s) and not (
                re.search(r"internal\s+(?:investigation|inquiry|enquiry)", s, _F) and _ACCOUNTING.search(s)) and not (
                re.search(r"\binvestigat(?:e|ing)\b", s, _F) and _BOOKS_AT_STAKE.search(s)):
            continue  # who investigates, unless it is an internal one into the accounting
        # a government investigation counts only when it is about accounting or disclosure
        if _GOVERNMENT.search(s) and not _COMMITTEE.search(s) and not (
                _BOOKS_WORDS.search(s) or _BOOKS_STRICT.search(ctx or s) or _OPTION_PRACTICES.search(s)
                or _about_the_statements(ctx)):
            continue  # (a paragraph's "effect on the Company's financial statements" is no subject)
        if _GOVERNMENT.search(s) and (_NOT_AN_INQUIRY.search(s) or _BIOGRAPHY.search(s)):
            continue  # a comment letter's "inquiry"; "served as an Assistant Director in the SEC's Division of Enforcement"
        if _CLEARED.search(s) or _NOTHING_FOUND.search(s, m.end()):
            continue  # "completed a review ... and concluded that no restatement ... was required"; "... found no evidence of wrongdoing"
        # neither does one whose paragraph says it is about bribery, antitrust, a data breach...
        if _OTHER_SUBJECT.search(ctx or s) and not _BOOKS_SUBJECT.search(s) and not _SERIOUS.search(s):
            continue
        if not re.search(r"investigat|review|probe|look", m.group(0), _F) and not _SEC_INV.search(s) and not (
                re.search(r"nquir", m.group(0), _F) and re.search(r"\b(?:internal|independent|special)\s+(?:inquiry|enquiry)\b", s, _F)
                and (_INVESTIGATOR.search(s) or _ACCOUNTING.search(s))):
            continue  # (an internal or independent inquiry into the accounting counts, like an investigation)
        if m.group(0).lower().startswith(("to review", "to look")) and not _OUTSIDE_REVIEWER.search(s):
            continue  # a charter's "to review ... the accounting treatment of significant transactions"
        if "probe" in m.group(0).lower() and (_OTHER_COMPANY.search(s) or re.search(r"\bclosed\s+(?:its|the)\s+probe", s, _F)):
            continue  # "the SEC closed its probe into accounting at rival Beta Corp."
        # a "review" counts when it is about accounting or financial reporting
        if (m.group(0).lower() == "review" and not _DIRECTED_REVIEW.search(s) and not _OPTION_PRACTICES.search(s)
                and not _CONDUCTING.search(s, max(0, m.start() - 140), m.start())):
            continue  # a bare "review": only one the audit committee directs or is conducting
        if "review" in m.group(0).lower() and _ROUTINE_REVIEW.search(s):
            continue  # "conducting its annual review of the Company's financial reporting process ..., as required by its charter"
        directed = m.group(0).lower() == "review"  # one the audit committee directs: its paragraph says about what
        if "review" in m.group(0).lower() and not (_ACCOUNTING.search(s) or _OPTION_GRANTS.search(s) or _OPTION_PRACTICES.search(s)
                                                   or (directed and _BOOKS_WORDS.search(ctx))):
            continue
        sev = Severity.HIGH if (_SEC_INV.search(s) or _SERIOUS.search(s)) else Severity.MEDIUM
        return Signal("investigation", sev, s, None)
    return None




# the former auditor's Exhibit 16 letter: "We have read Item 4 of Form 8-K dated November 8, 2001, of Power Brief, Inc. and
# are in agreement with the statements ..."; "... a Form 8-K to be filed by Tekron, Inc. ... reporting Item 4 - Changes in
# Registrant's Certifying Public Accountant"
_EXHIBIT16 = fast_compile(
    r"\bwe\s+have\s+read\s+(?:the\s+statements\s+(?:made\s+)?(?:by\s+[^.]{0,80}?\s+)?(?:in|under)\s+)?Item\s+4(?:\.01)?\s+(?:of|included\s+in)\s+"
    r"(?:its\s+|the\s+)?(?:amended\s+)?Form\s+8-K\b(?:[^.]|(?<=Inc)\.|(?<=Corp)\.|(?<=Ltd)\.|(?<=Co)\.|\.\d){0,200}?\b(?:agree|in\s+agreement)\b"
    r"|\breporting\s+Item\s+4(?:\.01)?\W{0,5}Changes?\s+in\s+(?:the\s+)?Registrant['’]s\s+Certifying\s+(?:Public\s+)?Accountants?\b", _F)


def _exhibit16(s: str) -> Signal | None:
    m = _EXHIBIT16.search(s)
    if not m or _hypothetical(s, m.start()):
        return None
    return Signal("auditor_change", Severity.MEDIUM, s, None, detail="exhibit16")


_CLASSIFIERS = (
    (("relied", "rely", "trusted", "reliance"), _non_reliance),
    (("error",), _identified_error),
    (("irregularit", "impropriet", "improper accounting", "accounting error", "charged", "reported inflated", "reporting fraud", "circumvent", "accounting issues", "accounting problems",
      "smooth", "overrid"), _irregularities),
    (("properly", "incorrectly", "erroneously"), _misaccounted),
    (("not provide", "withdr", "sign off"), _report_withheld),
    (("restat", "misstat", "erstat", "error", "revis"), _restatement),
    (("resign", "dismiss", "declin", "fired", "terminat", "revoked", "replaced", "ceased", "principal accountants", "engaged", "withdr",
      "cessation", "relationship"),
     _auditor_change),
    (("investigat", "inquir", "enquir", "subpoena", "formal order", "wells", "review", "division of enforcement", "probe", "look into"), _investigation),
    (("weakness", "deficienc", "control failures"), _material_weakness),
    (("restate",), _may_restate),
    (("we have read", "reporting item 4"), _exhibit16),
    (("not effective", "ineffective"), _controls_not_effective),
    (("correction of an error",), _cover_error),
    (("corrected", "correction of previously"), _corrected_statements),
    (("previously reported",), _cut_reported),
    (("measurement dates", "measurements dates"), _option_dates),
    (("re-audit", "reaudit", "considered to be audited", "considered audited", "considered to have been audited"), _reaudit),
)
