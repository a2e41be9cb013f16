"""Rules registry: one pure function per kind, Filing -> list[Finding].

The table below is the whole registry; the pipeline and `check` call `run_rules`."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from bot.models import Filing, Finding, Kind
from bot.rules import buyback, late_filing, restatement
from bot.rules.text import clear_caches

Rule = Callable[[Filing], list[Finding]]

RULES: dict[Kind, Rule] = {
    Kind.BUYBACK: buyback.find,
    Kind.RESTATEMENT_RISK: restatement.find,
    Kind.LATE_FILING: late_filing.find,
}


def run_rules(filing: Filing, kinds: Iterable[Kind] | None = None) -> list[Finding]:
    """Run the rules for `kinds` (default all) and return their findings in registry order."""
    wanted = set(RULES) if kinds is None else set(kinds)
    findings: list[Finding] = []
    try:
        for kind, rule in RULES.items():
            if kind in wanted:
                findings.extend(rule(filing))
    finally:
        clear_caches()  # the lowered texts and keyword scans are for this filing only
    return findings
