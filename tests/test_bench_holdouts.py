"""The pooled first evaluation of the hold-outs (tests/bench/holdouts.py --pool) sums by source."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "bench"))

import holdouts


def _set(root: Path, n: int, rows: list[tuple[str, str, str]], kinds: dict) -> None:
    folder = root / f"holdout{n}"
    folder.mkdir()
    lines = ["file\tkinds\tfacts\tform\tsource"] + [f"{f}\t{k}\t\t{form}\tx" for f, k, form in rows]
    (folder / "labels.tsv").write_text("\n".join(lines) + "\n")
    (folder / "first_eval.json").write_text(json.dumps({"tuning": {"kinds": kinds}}))


def test_pool_splits_first_evaluations_by_source(tmp_path: Path) -> None:
    empty = {"misses": [], "false_positives": []}
    _set(tmp_path, 3, [("a.txt", "late_filing", "PR"), ("b.txt", "late_filing", "PR"),
                       ("nt.txt", "late_filing", "NT 10-K"), ("c.txt", "none", "PR")],
         {"late_filing": {"misses": [{"file": "b.txt"}], "false_positives": [{"file": "c.txt"}]},
          "buyback": empty})
    _set(tmp_path, 4, [("tk_1_x_10-K.txt", "buyback", "10-K"), ("d.txt", "buyback?", "8-K"),
                       ("e.txt", "buyback", "8-K")],
         {"buyback": {"misses": [{"file": "e.txt"}], "false_positives": []}, "late_filing": empty})
    (tmp_path / "holdout5").mkdir()  # no first evaluation: not counted
    out = holdouts.pool(3, 5, root=tmp_path)
    assert out["sets"] == [3, 4]
    late = out["kinds"]["late_filing"]
    assert late["release_or_news"] == {"tp": 1, "fp": 1, "fn": 1, "precision": 0.5, "recall": 0.5}
    assert late["form_12b-25"]["tp"] == 1 and late["form_12b-25"]["recall"] == 1.0
    buyback = out["kinds"]["buyback"]
    assert buyback["10-K_sample"]["tp"] == 1
    assert buyback["other_filing"] == {"tp": 0, "fp": 0, "fn": 1, "precision": None, "recall": 0.0}


def test_pool_rejects_a_bad_range(capsys) -> None:
    assert holdouts.main(["--pool", "twenty"]) == 2
    assert "--pool wants two numbers" in capsys.readouterr().err
