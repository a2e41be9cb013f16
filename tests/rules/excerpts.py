"""Run the rules on a short real excerpt: the findings by kind."""

from __future__ import annotations

from bot.edgar.filings import parse_filing
from bot.models import Finding, Kind
from bot.rules import run_rules


def found(text: str, form: str | None) -> dict[Kind, Finding]:
    """The findings of `text` (parsed as an excerpt of a filing of `form`), by kind."""
    return {f.kind: f for f in run_rules(parse_filing(text.encode(), source="excerpt.txt", form=form))}
