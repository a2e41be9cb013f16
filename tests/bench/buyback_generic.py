"""The general buyback reading (bot/rules/buyback/generic.py) alone, without the listed wordings, over
the labelled hold-outs' releases, current reports and news (periodic reports are left to the listed
wordings): how many buyback texts it finds, how many of the buyback texts the rules missed when each
set was first measured it finds, and how many texts labelled without a buyback it flags. Prints JSON.

    .venv/bin/python tests/bench/buyback_generic.py [--sets LO-HI] [--verbose]

Every sentence of each text is tried with the sentence after it. Labels ending in `?` are left out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generic_reading

from bot.rules.buyback.generic import generic_buyback
from bot.rules.buyback.patterns import _PERIODIC_FORMS
from bot.rules.text import sentences


def _first_sentence(text: str) -> str | None:
    said = sentences(text.replace("\n", " "))
    for k, s in enumerate(said):
        if generic_buyback(s, None, said[k + 1] if k + 1 < len(said) else ""):
            return s
    return None


def measure(lo: int, hi: int, root: Path = generic_reading.BENCH) -> dict:
    """The counts over hold-outs `lo` to `hi` under `root` (see the module docstring)."""
    return generic_reading.measure("buyback", _first_sentence, lambda form: bool(_PERIODIC_FORMS.match(form)), lo, hi, root)


if __name__ == "__main__":
    raise SystemExit(generic_reading.main(__doc__, "buyback", measure))
