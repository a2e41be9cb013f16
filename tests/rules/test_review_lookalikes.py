"""The reviewers' look-alikes (tests/fixtures/rules/review/): each text's expected kinds and,
for buybacks where it matters, the share count (see the folder's README and expected.tsv)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from bot.edgar.filings import parse_filing
from bot.rules import run_rules

HERE = Path(__file__).resolve().parents[1] / "fixtures" / "rules" / "review"
with (HERE / "expected.tsv").open(newline="") as f:
    CASES = list(csv.DictReader(f, delimiter="\t"))


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_review_lookalike(case: dict[str, str]) -> None:
    data = (HERE / case["file"]).read_bytes()
    findings = run_rules(parse_filing(data, source=case["file"]))
    want = set() if case["kinds"] == "none" else set(case["kinds"].split(","))
    assert {f.kind.value for f in findings} == want, case["why"]
    if case["shares"]:
        (buyback,) = [f for f in findings if f.kind.value == "buyback"]
        assert buyback.facts["shares"] == int(case["shares"]), case["why"]
