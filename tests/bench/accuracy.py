"""Accuracy of the rules over the labelled corpus: per-kind precision/recall, hard negatives,
facts exact-match rate, for the tuning part, the held-out part and all. Prints JSON.

    .venv/bin/python tests/bench/accuracy.py [--split tuning|holdout|all|every] [--verbose]
        [--corpus ../shared/edgar-corpus] [--seeds ../shared/seeds] [--labels FILE.tsv]

Labels: `file`, `kinds` (comma list; `none`; a kind ending in `?` is borderline: a finding of that
kind on that document is neither a true nor a false positive, and its absence is no miss),
`facts` (JSON a buyback finding must carry). The held-out list is tests/bench/holdout.txt; the
seeds always count as tuning. The form is what the document says; when it cannot tell (excerpts),
the corpus MANIFEST.tsv form_type (text before any parenthesis) is passed as the form.
`--labels tests/fixtures/labelled/labels.tsv` runs over the bundled fixture subset instead.
Held-out file names are never printed unless `--reveal-holdout` (final evaluation only).

tests/bench/label_disputes.tsv lists corpus labels that contradict the issue's own definitions
(each with the sentence that decides it). Every figure above is scored against the corpus labels
as they are; `label_disputes` adds, per split, the per-kind figures with those labels read as
the disputes file says, so both are visible and nothing is quietly relabelled.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import math
import sys
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bot.edgar.filings import parse_filing  # noqa: E402
from bot.errors import InputError  # noqa: E402
from bot.models import Kind  # noqa: E402
from bot.rules import run_rules  # noqa: E402

KINDS = [k.value for k in Kind]
DEFAULT_CORPUS = ROOT.parent / "shared" / "edgar-corpus"
DEFAULT_SEEDS = ROOT.parent / "shared" / "seeds"
HOLDOUT = Path(__file__).with_name("holdout.txt")
DISPUTES = Path(__file__).with_name("label_disputes.tsv")


@dataclass
class Labelled:
    name: str  # as written in labels.tsv
    path: Path
    positive: set[str]
    borderline: set[str]
    facts: dict[str, Any]
    split: str  # tuning | holdout
    manifest_form: str | None = None


@dataclass
class Result:
    item: Labelled
    found: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    form: str | None = None
    parsed_form: str | None = None
    error: str | None = None
    seconds: float = 0.0


def read_labels(path: Path, base: Path, split_of: dict[str, str], manifest: dict[str, str]):
    with path.open(newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            kinds = [k.strip() for k in (row.get("kinds") or "").split(",") if k.strip()]
            positive = {k for k in kinds if k in KINDS}
            borderline = {k.rstrip("?") for k in kinds if k.endswith("?")}
            facts = json.loads(row["facts"]) if (row.get("facts") or "").strip() else {}
            name = row["file"]
            yield Labelled(
                name=name,
                path=base / name,
                positive=positive,
                borderline=borderline,
                facts=facts,
                split=split_of.get(name, "tuning"),
                manifest_form=manifest.get(name),
            )


def read_manifest(corpus: Path) -> dict[str, str]:
    forms: dict[str, str] = {}
    path = corpus / "MANIFEST.tsv"
    if not path.exists():
        return forms
    with path.open(newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            form = (row.get("form_type") or "").split("(")[0].strip()
            if form:
                forms[row["local_path"]] = form
    return forms


def evaluate(item: Labelled) -> Result:
    result = Result(item=item)
    data = item.path.read_bytes()
    if item.path.suffix == ".gz":
        data = gzip.decompress(data)
    start = time.perf_counter()
    try:
        filing = parse_filing(data, source=item.name)
        result.parsed_form = filing.form
        if filing.form is None and item.manifest_form:
            filing = parse_filing(data, source=item.name, form=item.manifest_form)
        result.form = filing.form
        findings = run_rules(filing)
    except InputError as exc:
        result.error = str(exc)
        return result
    finally:
        result.seconds = time.perf_counter() - start
    for f in findings:
        result.found.setdefault(str(f.kind), []).append(f.to_json())
    return result


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return a == b
    if isinstance(a, int | float) and isinstance(b, int | float):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)
    return a == b


def score(results: list[Result], verbose: bool) -> dict[str, Any]:
    per_kind: dict[str, dict[str, Any]] = {}
    for kind in KINDS:
        tp = fp = fn = 0
        misses: list[dict[str, Any]] = []
        false_pos: list[dict[str, Any]] = []
        for r in results:
            if kind in r.item.borderline:
                continue
            truth = kind in r.item.positive
            got = bool(r.found.get(kind))
            if truth and got:
                tp += 1
            elif truth:
                fn += 1
                misses.append({"file": r.item.name, "form": r.form, "error": r.error})
            elif got:
                fp += 1
                false_pos.append(
                    {
                        "file": r.item.name,
                        "form": r.form,
                        "findings": [
                            {k: f.get(k) for k in ("severity", "title", "evidence", "document")}
                            for f in r.found[kind]
                        ],
                    }
                )
        entry: dict[str, Any] = {
            "tp": tp,
            "fp": fp,
            "fn": fn,
            "precision": round(tp / (tp + fp), 4) if tp + fp else None,
            "recall": round(tp / (tp + fn), 4) if tp + fn else None,
        }
        if verbose:
            entry["misses"] = misses
            entry["false_positives"] = false_pos
        per_kind[kind] = entry

    hard_negatives = [
        {
            "file": r.item.name,
            "kinds": sorted(r.found),
            **({"titles": [f["title"] for fs in r.found.values() for f in fs]} if verbose else {}),
        }
        for r in results
        if not r.item.positive and not r.item.borderline and r.found
    ]

    fact_total = fact_ok = 0
    fact_details: list[dict[str, Any]] = []
    for r in results:
        if not r.item.facts:
            continue
        buybacks = r.found.get("buyback", [])
        for key, want in r.item.facts.items():
            fact_total += 1
            got = [f.get("facts", {}).get(key) for f in buybacks]
            ok = any(_same(g, want) for g in got)
            fact_ok += ok
            if verbose or not ok:
                fact_details.append({"file": r.item.name, "fact": key, "want": want, "got": got})

    n_none = sum(1 for r in results if not r.item.positive and not r.item.borderline)
    return {
        "documents": len(results),
        "negatives": n_none,
        "errors": [{"file": r.item.name, "error": r.error} for r in results if r.error],
        "kinds": per_kind,
        "hard_negative_false_positives": hard_negatives,
        "facts": {
            "checked": fact_total,
            "exact": fact_ok,
            "rate": round(fact_ok / fact_total, 4) if fact_total else None,
            "mismatches" if not verbose else "details": fact_details,
        },
    }


def _hide_holdout_names(part: dict[str, Any], held: set[str]) -> None:
    """Replace held-out file names by a count, so tuning never sees which held-out file failed."""
    for key in ("errors", "hard_negative_false_positives"):
        entries = part[key]
        hidden = [e for e in entries if e["file"] in held]
        part[key] = [e for e in entries if e["file"] not in held]
        if hidden:
            part[key].append({"held_out_files": len(hidden)})
    facts = part["facts"]
    for key in ("mismatches", "details"):
        if key in facts:
            hidden = [e for e in facts[key] if e["file"] in held]
            facts[key] = [e for e in facts[key] if e["file"] not in held]
            if hidden:
                facts[key].append({"held_out_facts": len(hidden)})


def disputed(results: list[Result], splits: list[str], reveal: bool,
             held: set[str]) -> dict[str, Any]:
    """Per split, per-kind precision/recall with the disputed labels read as the file says."""
    with DISPUTES.open(newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    reading = {r["file"]: r["reading"] for r in rows}
    fixed: list[Result] = []
    for r in results:
        if r.item.name in reading:
            kinds = [k.strip() for k in reading[r.item.name].split(",") if k.strip()]
            item = replace(r.item, positive={k for k in kinds if k in KINDS},
                           borderline={k.rstrip("?") for k in kinds if k.endswith("?")})
            r = replace(r, item=item)
        fixed.append(r)
    out: dict[str, Any] = {
        "files": [row["file"] if reveal or row["file"] not in held else "(held out)"
                  for row in rows],
    }
    for split in splits:
        chosen = [r for r in fixed if split == "all" or r.item.split == split]
        kinds = score(chosen, False)["kinds"]
        out[split] = {k: {m: v[m] for m in ("tp", "fp", "fn", "precision", "recall")}
                      for k, v in kinds.items()}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--split",
        choices=["tuning", "holdout", "all", "every"],
        default="tuning",
        help="which part to score (default tuning; 'every' prints tuning, holdout and all)",
    )
    ap.add_argument("--verbose", action="store_true", help="list misses and false positives")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS)
    ap.add_argument("--labels", type=Path, help="one labels.tsv instead of corpus + seeds")
    ap.add_argument(
        "--reveal-holdout",
        action="store_true",
        help="with --verbose, also list held-out files (only for the final evaluation)",
    )
    args = ap.parse_args(argv)

    held = {
        line.strip()
        for line in HOLDOUT.read_text().splitlines()
        if line.strip() and not line.startswith("#")
    }
    split_of = {name: "holdout" for name in held}
    items: list[Labelled] = []
    if args.labels:
        fixture_manifest: dict[str, str] = {}
        with args.labels.open(newline="") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                if (row.get("form") or "").strip():
                    fixture_manifest[row["file"]] = row["form"].strip()
        items += read_labels(args.labels, args.labels.parent, {}, fixture_manifest)
    else:
        manifest = read_manifest(args.corpus)
        items += read_labels(args.corpus / "labels.tsv", args.corpus, split_of, manifest)
        if (args.seeds / "labels.tsv").exists():
            items += read_labels(args.seeds / "labels.tsv", args.seeds, {}, {})

    results = [evaluate(item) for item in items]
    splits = ["tuning", "holdout", "all"] if args.split == "every" else [args.split]
    report: dict[str, Any] = {}
    for split in splits:
        chosen = [r for r in results if split == "all" or r.item.split == split]
        reveal = split == "tuning" or args.reveal_holdout
        report[split] = score(chosen, args.verbose and reveal)
        if split != "tuning" and not args.reveal_holdout:
            _hide_holdout_names(report[split], held)
    # how far MANIFEST.tsv's form_type agrees with what the documents say
    agree = [
        r
        for r in results
        if r.parsed_form and r.item.manifest_form and not r.parsed_form.startswith("EX-")
    ]
    report["manifest_form_agreement"] = {
        "compared": len(agree),
        "equal": sum(1 for r in agree if r.parsed_form == r.item.manifest_form),
        "differ": [
            {"file": r.item.name, "document": r.parsed_form, "manifest": r.item.manifest_form}
            for r in agree
            if r.parsed_form != r.item.manifest_form
        ],
        "form_from_manifest": [r.item.name for r in results if r.parsed_form is None and r.form],
    }
    if not args.labels and DISPUTES.exists():
        report["label_disputes"] = disputed(results, splits, args.reveal_holdout, held)
    report["seconds"] = round(sum(r.seconds for r in results), 3)
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
