"""Every fresh hold-out under tests/bench/holdoutN/: the figures kept from its one untouched
first evaluation (`first_eval.json`, or the README's table for the older sets) beside today's
figures on the same texts. Prints JSON.

    .venv/bin/python tests/bench/holdouts.py
    .venv/bin/python tests/bench/holdouts.py --pool 20-28

Today's figures on a spent set are tuned figures: the first evaluation is the unseen one.
With --pool, only the kept first evaluations of those sets are read and summed, per kind and
per source: Form 12b-25 notices, other EDGAR filings and exhibits, the content-blind 10-K
sample (`tk_*` texts), and releases or news not tied to a filing (form `PR`).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import accuracy  # noqa: E402


def _kinds(report: dict) -> dict:
    return {k: {"tp": v["tp"], "fp": v["fp"], "fn": v["fn"], "precision": v["precision"],
                "recall": v["recall"]} for k, v in report["kinds"].items()}


def _source(file: str, form: str) -> str:
    form = form.strip().upper()
    if form == "PR":
        return "release_or_news"
    if file.startswith("tk_"):
        return "10-K_sample"
    if form.startswith("NT"):
        return "form_12b-25"
    return "other_filing"


def pool(lo: int, hi: int, root: Path = HERE) -> dict:
    """Sum the kept first evaluations of hold-outs lo..hi per kind and per source of the text."""
    counts: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0})
    used = []
    for n in range(lo, hi + 1):
        folder = root / f"holdout{n}"
        first, labels = folder / "first_eval.json", folder / "labels.tsv"
        if not (first.exists() and labels.exists()):
            continue
        used.append(n)
        kept = json.loads(first.read_text())["tuning"]["kinds"]
        with labels.open(newline="") as f:
            rows = list(csv.DictReader(f, delimiter="\t"))
        for kind, rep in kept.items():
            missed = {m["file"] for m in rep["misses"]}
            flagged = {m["file"] for m in rep["false_positives"]}
            for row in rows:
                kinds = {k.strip() for k in (row.get("kinds") or "").split(",")}
                c = counts[(kind, _source(row["file"], row.get("form") or ""))]
                if kind in kinds:
                    c["fn" if row["file"] in missed else "tp"] += 1
                elif row["file"] in flagged:
                    c["fp"] += 1
    out: dict = {"sets": used, "kinds": {}}
    for (kind, source), c in sorted(counts.items()):
        tp, fp, fn = c["tp"], c["fp"], c["fn"]
        if tp + fp + fn == 0:
            continue
        out["kinds"].setdefault(kind, {})[source] = {
            **c, "precision": round(tp / (tp + fp), 3) if tp + fp else None,
            "recall": round(tp / (tp + fn), 3) if tp + fn else None}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pool", metavar="LO-HI",
                    help="sum the first evaluations of hold-outs LO to HI by source of the text")
    args = ap.parse_args(argv)
    if args.pool:
        try:
            lo, hi = (int(x) for x in args.pool.split("-"))
        except ValueError:
            print(f"holdouts.py: --pool wants two numbers like 20-28, not {args.pool!r}", file=sys.stderr)
            return 2
        print(json.dumps(pool(lo, hi), indent=1))
        return 0
    out: dict[str, dict] = {}
    for folder in sorted(HERE.glob("holdout[0-9]*"), key=lambda p: int(p.name[7:])):
        labels = folder / "labels.tsv"
        if not labels.exists():
            continue
        items = []
        forms: dict[str, str] = {}

        with labels.open(newline="") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                if (row.get("form") or "").strip():
                    forms[row["file"]] = row["form"].strip()
        items = accuracy.read_labels(labels, folder, {}, forms)
        now = accuracy.score([accuracy.evaluate(i) for i in items], False)
        entry: dict = {"documents": now["documents"], "now": _kinds(now),
                       "now_hard_negative_fps": len(now["hard_negative_false_positives"]),
                       "now_facts": f"{now['facts']['exact']}/{now['facts']['checked']}"}
        first = folder / "first_eval.json"
        if first.exists():
            kept = json.loads(first.read_text())["tuning"]
            entry["first"] = _kinds(kept)
            entry["first_hard_negative_fps"] = len(kept["hard_negative_false_positives"])
            entry["first_facts"] = f"{kept['facts']['exact']}/{kept['facts']['checked']}"
        else:
            entry["first"] = "see README.md in the folder"
        out[folder.name] = entry
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
