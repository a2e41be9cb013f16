"""Regenerate tests/bench/holdout.txt: the held-out quarter of the labelled corpus.

Deterministic and stratified: the rows of ../shared/edgar-corpus/labels.tsv are sorted by their
kinds (as a sorted set, borderline '?' kept) and then by the SHA-256 of the file's base name;
every fourth row (index % 4 == 1) is held out. The two seeds (../shared/seeds/) stay in the
tuning part: the issue states their expected output, so they are specification, not test.

Rule authors: never open the files listed in holdout.txt. Only tests/bench/accuracy.py reads them.
Run: .venv/bin/python tests/bench/make_holdout.py [--check]
"""

from __future__ import annotations

import csv
import hashlib
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "edgar-corpus"
HOLDOUT = Path(__file__).with_name("holdout.txt")


def split(labels: Path) -> list[str]:
    with labels.open(newline="") as f:
        rows = [(r["kinds"], r["file"]) for r in csv.DictReader(f, delimiter="\t")]

    def key(row: tuple[str, str]) -> tuple[str, str]:
        kinds, name = row
        digest = hashlib.sha256(name.rsplit("/", 1)[-1].encode()).hexdigest()
        return (",".join(sorted(kinds.split(","))), digest)

    rows.sort(key=key)
    return [name for i, (_, name) in enumerate(rows) if i % 4 == 1]


def main() -> int:
    held = split(CORPUS / "labels.tsv")
    text = "".join(f"{name}\n" for name in held)
    header = "# held-out labelled files (relative to ../shared/edgar-corpus); see make_holdout.py\n"
    if "--check" in sys.argv:
        current = HOLDOUT.read_text()
        ok = current == header + text
        print("holdout.txt is up to date" if ok else "holdout.txt differs from the split")
        return 0 if ok else 1
    HOLDOUT.write_text(header + text)
    print(f"{len(held)} held out")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
