"""The general late-filing reading measured alone (tests/bench/late_generic.py) counts what it should."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "bench"))

import late_generic


def test_counts_late_texts_first_sight_misses_and_flags(tmp_path: Path) -> None:
    folder = tmp_path / "holdout7"
    folder.mkdir()
    texts = {
        # a news rewrite no listed wording held when first measured (East Hampton Star on Suffolk Bancorp)
        "a.txt": ("late_filing", "PR", "The bank has not filed its first-quarter report yet either, for the same reason."),
        # a late notice the general reading does not read
        "b.txt": ("late_filing", "PR", "Shares fell after the filing news broke."),
        # same words, no late report
        "c.txt": ("none", "8-K", "As discussed in Item 7 of this Annual Report, production of our platform has been delayed."),
        "d.txt": ("late_filing?", "PR", "The bank has not filed its first-quarter report yet."),  # (not scored)
        "e.txt": ("late_filing", "NT 10-Q", "The registrant is unable to file its Form 10-Q."),  # (a 12b-25: not this reading's)
    }
    rows = ["file\tkinds\tfacts\tform\tsource"]
    for name, (kinds, form, text) in texts.items():
        (folder / name).write_text(text + "\n")
        rows.append(f"{name}\t{kinds}\t\t{form}\tx")
    (folder / "labels.tsv").write_text("\n".join(rows) + "\n")
    (folder / "first_eval.json").write_text(json.dumps(
        {"tuning": {"kinds": {"late_filing": {"misses": [{"file": "a.txt"}, {"file": "b.txt"}]}}}}))
    out = late_generic.measure(1, 10, root=tmp_path)
    assert (out["late_texts"], out["found"], out["first_sight_misses"], out["first_sight_found"]) == (2, 1, 2, 1)
    assert (out["other_texts"], out["flagged"]) == (1, 0)
    assert late_generic.measure(8, 10, root=tmp_path)["late_texts"] == 0  # (outside the range)
