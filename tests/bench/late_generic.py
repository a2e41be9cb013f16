"""The general late-filing reading (bot/rules/late_filing/generic.py) alone, without the listed wordings,
over the labelled hold-outs: how many late notices that are not a Form 12b-25 it finds, how many of the
late notices the rules missed when each set was first measured it finds, and how many texts labelled
without late filing it flags. Prints JSON.

    .venv/bin/python tests/bench/late_generic.py [--sets LO-HI] [--verbose]

Every sentence of each text is tried (contractions expanded; the cover question and Section 16 sentences
skipped, as the rule does). Labels ending in `?` are left out.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bot.edgar.filings import parse_filing  # noqa: E402
from bot.errors import InputError  # noqa: E402
from bot.rules.late_filing.generic import generic_late  # noqa: E402
from bot.rules.late_filing.patterns import _COVER, _SECTION16  # noqa: E402
from bot.rules.text import expand_contractions, sentences  # noqa: E402

BENCH = Path(__file__).resolve().parent


def _first_sentence(text: str) -> str | None:
    for s in sentences(text.replace("\n", " ")):
        told = expand_contractions(s)
        if not _COVER.search(told) and not _SECTION16.search(told) and generic_late(told):
            return s
    return None


def measure(lo: int, hi: int, root: Path = BENCH) -> dict:
    """The counts over hold-outs `lo` to `hi` under `root` (see the module docstring)."""
    out: dict = {"late_texts": 0, "found": 0, "first_sight_misses": 0, "first_sight_found": 0, "other_texts": 0,
                 "flagged": 0, "flagged_texts": []}
    for folder in sorted(root.glob("holdout[0-9]*"), key=lambda p: int(p.name[7:])):
        if not lo <= int(folder.name[7:]) <= hi or not (folder / "labels.tsv").exists():
            continue
        missed: set[str] = set()
        first = folder / "first_eval.json"
        if first.exists():
            for part in json.loads(first.read_text()).values():
                if isinstance(part, dict) and "kinds" in part:
                    missed |= {m["file"] for m in part["kinds"].get("late_filing", {}).get("misses", [])}
        with open(folder / "labels.tsv", encoding="utf-8") as f:
            rows = list(csv.DictReader(f, delimiter="\t"))
        for row in rows:
            kinds = {k.strip() for k in row["kinds"].split(",")}
            form = (row.get("form") or "").strip()
            if "late_filing?" in kinds or form.upper().startswith("NT"):
                continue
            try:
                filing = parse_filing((folder / row["file"]).read_bytes(), source=row["file"], form=form or None)
            except (InputError, OSError):
                continue
            said = _first_sentence("\n".join(d.text for d in filing.documents))
            if "late_filing" in kinds:
                out["late_texts"] += 1
                out["found"] += said is not None
                if row["file"] in missed:
                    out["first_sight_misses"] += 1
                    out["first_sight_found"] += said is not None
            else:
                out["other_texts"] += 1
                if said is not None:
                    out["flagged"] += 1
                    out["flagged_texts"].append({"file": f"{folder.name}/{row['file']}", "sentence": said[:300]})
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", default="2-999", help="hold-outs LO-HI")
    ap.add_argument("--verbose", action="store_true", help="list the texts flagged without a late label")
    args = ap.parse_args()
    lo, hi = (int(x) for x in args.sets.split("-"))
    out = measure(lo, hi)
    if not args.verbose:
        out.pop("flagged_texts")
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
