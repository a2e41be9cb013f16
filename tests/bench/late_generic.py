"""The general late-filing reading (bot/rules/late_filing/generic.py) alone, without the listed wordings,
over the labelled hold-outs: how many late notices that are not a Form 12b-25 it finds, how many of the
late notices the rules missed when each set was first measured it finds, and how many texts labelled
without late filing it flags. Prints JSON.

    .venv/bin/python tests/bench/late_generic.py [--sets LO-HI] [--verbose]

Every sentence of each text is tried (contractions expanded; the cover question and Section 16 sentences
skipped, as the rule does). Labels ending in `?` are left out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generic_reading

from bot.rules.late_filing.generic import generic_late
from bot.rules.late_filing.patterns import _COVER, _SECTION16
from bot.rules.text import expand_contractions, sentences


def _first_sentence(text: str) -> str | None:
    for s in sentences(text.replace("\n", " ")):
        told = expand_contractions(s)
        if not _COVER.search(told) and not _SECTION16.search(told) and generic_late(told):
            return s
    return None


def measure(lo: int, hi: int, root: Path = generic_reading.BENCH) -> dict:
    """The counts over hold-outs `lo` to `hi` under `root` (see the module docstring)."""
    return generic_reading.measure("late_filing", _first_sentence, lambda form: form.startswith("NT"), lo, hi, root)


if __name__ == "__main__":
    raise SystemExit(generic_reading.main(__doc__, "late", measure))
