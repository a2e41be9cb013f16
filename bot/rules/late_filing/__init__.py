"""late_filing: Form 12b-25 notices (NT 10-K, NT 10-Q, NT 20-F, NT 11-K, NT 10-D and /A), their
Part III narratives seen alone, press releases and 8-Ks announcing a late 10-K/10-Q, 8-K Item
3.01 late-filer deficiency notices (Nasdaq Listing Rule 5250(c)(1), NYSE 802.01E) and 10-K text
admitting delinquent periodic reports. Pure.

Severity ladder:

| signal                                                                  | severity |
|-------------------------------------------------------------------------|----------|
| Form 12b-25 (or its narrative) with the Part II box checked             | medium   |
| ... Part II box unchecked / "does not anticipate ... within the extension" | high  |
| ... Part IV(3) significant change expected, or the reason is an accounting | high  |
|     problem (restatement, non-reliance, material weakness, investigation,|          |
|     auditor resignation)                                                 |          |
| press release / 8-K / 10-K: report late, delayed or not yet filed      | medium   |
|     (high when the same passage gives an accounting reason)              |          |
| exchange deficiency notice for a late periodic report (5250(c)(1), 802.01E) | high  |

Refused: the cover question "Indicate by check mark whether the registrant (1) has filed all
reports ...", Section 16 (Forms 3/4/5) delinquencies, risk-factor hypotheticals ("if we fail to
timely file ..."), the Part II boilerplate of the form itself.
"""

from __future__ import annotations

import re

from bot.models import Filing, Finding, Severity
from bot.rules.items import filing_items
from bot.rules.late_filing.form import _nt_finding
from bot.rules.late_filing.patterns import (
    _F,
    _FORM_12B25,
    _NT_FORM,
)
from bot.rules.late_filing.sentences import _text_finding

# --- the rule ---------------------------------------------------------------------------------

_LAST: list[tuple[Filing, list[Finding]]] = []  # the last filing read (the restatement rule asks first)


def find(filing: Filing) -> list[Finding]:
    """The late-filing findings of `filing` (remembered for the last filing: the restatement rule
    asks whether a release is a late notice before this rule runs on it)."""
    if _LAST and _LAST[0][0] is filing:
        return list(_LAST[0][1])
    found = _find(filing)
    _LAST[:] = [(filing, found)]
    return list(found)


def _find(filing: Filing) -> list[Finding]:
    form = (filing.form or "").strip()
    docs = [d for d in filing.documents if not re.match(r"EX-(?:3|4|10|21|23|24|31|32|101)\b|GRAPHIC|ZIP|XML", d.type or "", _F)]
    if not docs:
        return []
    primary = docs[0]
    if _NT_FORM.match(form) or ((
        not form or form.upper() in {"TEXT", "UNKNOWN"}
    ) and _FORM_12B25.search(primary.text[:3000])):
        f = _nt_finding(filing, primary, form if _NT_FORM.match(form) else None)
        return [f] if f else []
    items, _old = filing_items(filing)
    found = _text_finding(filing, docs)
    if found is None:
        return []
    if "3.01" in items and found.severity is not Severity.HIGH:
        found = Finding(found.kind, Severity.HIGH, found.title, found.evidence, found.facts, found.document)
    return [found]
