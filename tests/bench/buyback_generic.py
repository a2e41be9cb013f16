"""The general buyback reading (bot/rules/buyback/generic.py) alone, without the listed wordings, over
the labelled hold-outs' releases, current reports and news (periodic reports are left to the listed
wordings): how many buyback texts it finds, how many of the buyback texts the rules missed when each
set was first measured it finds, and how many texts labelled without a buyback it flags. Prints JSON.

    .venv/bin/python tests/bench/buyback_generic.py [--sets LO-HI] [--verbose]

Every sentence of each text is tried with the sentence after it. Labels ending in `?` are left out.
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
from bot.rules.buyback.generic import generic_buyback  # noqa: E402
from bot.rules.buyback.patterns import _PERIODIC_FORMS  # noqa: E402
from bot.rules.text import sentences  # noqa: E402

BENCH = Path(__file__).resolve().parent


def _first_sentence(text: str) -> str | None:
    said = sentences(text.replace("\n", " "))
    for k, s in enumerate(said):
        if generic_buyback(s, None, said[k + 1] if k + 1 < len(said) else ""):
            return s
    return None


def measure(lo: int, hi: int, root: Path = BENCH) -> dict:
    """The counts over hold-outs `lo` to `hi` under `root` (see the module docstring)."""
    out: dict = {"buyback_texts": 0, "found": 0, "first_sight_misses": 0, "first_sight_found": 0, "other_texts": 0,
                 "flagged": 0, "flagged_texts": []}
    for folder in sorted(root.glob("holdout[0-9]*"), key=lambda p: int(p.name[7:])):
        if not lo <= int(folder.name[7:]) <= hi or not (folder / "labels.tsv").exists():
            continue
        missed: set[str] = set()
        first = folder / "first_eval.json"
        if first.exists():
            for part in json.loads(first.read_text()).values():
                if isinstance(part, dict) and "kinds" in part:
                    missed |= {m["file"] for m in part["kinds"].get("buyback", {}).get("misses", [])}
        with open(folder / "labels.tsv", encoding="utf-8") as f:
            rows = list(csv.DictReader(f, delimiter="\t"))
        for row in rows:
            kinds = {k.strip() for k in row["kinds"].split(",")}
            form = (row.get("form") or "").strip()
            if "buyback?" in kinds or _PERIODIC_FORMS.match(form.upper()):
                continue
            try:
                filing = parse_filing((folder / row["file"]).read_bytes(), source=row["file"], form=form or None)
            except (InputError, OSError):
                continue
            said = _first_sentence("\n".join(d.text for d in filing.documents))
            if "buyback" in kinds:
                out["buyback_texts"] += 1
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
    ap.add_argument("--verbose", action="store_true", help="list the texts flagged without a buyback label")
    args = ap.parse_args()
    lo, hi = (int(x) for x in args.sets.split("-"))
    out = measure(lo, hi)
    if not args.verbose:
        out.pop("flagged_texts")
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
