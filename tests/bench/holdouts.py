"""Every fresh hold-out under tests/bench/holdoutN/: the figures kept from its one untouched
first evaluation (`first_eval.json`, or the README's table for the older sets) beside today's
figures on the same texts. Prints JSON.

    .venv/bin/python tests/bench/holdouts.py

Today's figures on a spent set are tuned figures: the first evaluation is the unseen one.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import accuracy  # noqa: E402


def _kinds(report: dict) -> dict:
    return {k: {"tp": v["tp"], "fp": v["fp"], "fn": v["fn"], "precision": v["precision"],
                "recall": v["recall"]} for k, v in report["kinds"].items()}


def main() -> int:
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
