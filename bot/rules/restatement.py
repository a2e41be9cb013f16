"""Placeholder until the rules issue lands."""

from __future__ import annotations

from bot.models import Filing, Finding


def find(filing: Filing) -> list[Finding]:
    return []
