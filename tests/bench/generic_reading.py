"""Shared by tests/bench/late_generic.py and tests/bench/buyback_generic.py: one general reading measured
alone over the labelled hold-outs (texts of its kind found, first-sight misses found, other texts flagged)."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bot.edgar.filings import parse_filing  # noqa: E402
from bot.errors import InputError  # noqa: E402

BENCH = Path(__file__).resolve().parent


def measure(kind: str, first_sentence: Callable[[str], str | None], skip_form: Callable[[str], bool], lo: int, hi: int,
            root: Path = BENCH) -> dict:
    """Over hold-outs `lo` to `hi` under `root`: `<short>_texts` labelled `kind` (forms `skip_form` refuses and
    labels ending in `?` left out), how many `first_sentence` finds, the same for the texts the rules missed when
    each set was first measured, and the other texts it flags."""
    key = f"{kind.split('_')[0]}_texts"
    out: dict = {key: 0, "found": 0, "first_sight_misses": 0, "first_sight_found": 0, "other_texts": 0,
                 "flagged": 0, "flagged_texts": []}
    for folder in sorted(root.glob("holdout[0-9]*"), key=lambda p: int(p.name[7:])):
        if not lo <= int(folder.name[7:]) <= hi or not (folder / "labels.tsv").exists():
            continue
        missed: set[str] = set()
        first = folder / "first_eval.json"
        if first.exists():
            for part in json.loads(first.read_text()).values():
                if isinstance(part, dict) and "kinds" in part:
                    missed |= {m["file"] for m in part["kinds"].get(kind, {}).get("misses", [])}
        with open(folder / "labels.tsv", encoding="utf-8") as f:
            rows = list(csv.DictReader(f, delimiter="\t"))
        for row in rows:
            kinds = {k.strip() for k in row["kinds"].split(",")}
            form = (row.get("form") or "").strip()
            if f"{kind}?" in kinds or skip_form(form.upper()):
                continue
            try:
                filing = parse_filing((folder / row["file"]).read_bytes(), source=row["file"], form=form or None)
            except (InputError, OSError):
                continue
            said = first_sentence("\n".join(d.text for d in filing.documents))
            if kind in kinds:
                out[key] += 1
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


def main(doc: str, label: str, run: Callable[[int, int], dict]) -> int:
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("--sets", default="2-999", help="hold-outs LO-HI")
    ap.add_argument("--verbose", action="store_true", help=f"list the texts flagged without a {label} label")
    args = ap.parse_args()
    lo, hi = (int(x) for x in args.sets.split("-"))
    out = run(lo, hi)
    if not args.verbose:
        out.pop("flagged_texts")
    print(json.dumps(out, indent=1))
    return 0
