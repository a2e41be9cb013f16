"""The general buyback reading measured alone (tests/bench/buyback_generic.py) counts what it should."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "bench"))

import buyback_generic


def test_counts_buyback_texts_first_sight_misses_and_flags(tmp_path: Path) -> None:
    folder = tmp_path / "holdout7"
    folder.mkdir()
    texts = {
        # a release no listed wording held when first measured (NAXS, 2018)
        "a.txt": ("buyback", "PR", "The board of NAXS AB (publ) has resolved, pursuant to the authorisation granted by the "
                                   "Annual General Meeting held on 5 June 2018, to repurchase own shares."),
        # a buyback the general reading does not read
        "b.txt": ("buyback", "8-K", "Shares rose after the news broke."),
        # same words, no buyback (a debt buyback)
        "c.txt": ("none", "PR", "Additionally, the Treasury launched its buyback program, with the first scheduled buyback on May 29."),
        "d.txt": ("buyback?", "PR", "The issuer will acquire 500 000 own shares as a result of OTC buy-back."),  # (not scored)
        # a periodic report: not this reading's
        "e.txt": ("buyback", "10-Q", "The issuer will acquire 500 000 own shares as a result of OTC buy-back."),
    }
    rows = ["file\tkinds\tfacts\tform\tsource"]
    for name, (kinds, form, text) in texts.items():
        (folder / name).write_text(text + "\n")
        rows.append(f"{name}\t{kinds}\t\t{form}\tx")
    (folder / "labels.tsv").write_text("\n".join(rows) + "\n")
    (folder / "first_eval.json").write_text(json.dumps(
        {"tuning": {"kinds": {"buyback": {"misses": [{"file": "a.txt"}, {"file": "b.txt"}]}}}}))
    out = buyback_generic.measure(1, 10, root=tmp_path)
    assert (out["buyback_texts"], out["found"], out["first_sight_misses"], out["first_sight_found"]) == (2, 1, 2, 1)
    assert (out["other_texts"], out["flagged"]) == (1, 0)
    assert buyback_generic.measure(8, 10, root=tmp_path)["buyback_texts"] == 0  # (outside the range)
