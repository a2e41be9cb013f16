"""Speed of parsing and of the rules on the largest corpus filings (one core). Prints JSON.

    .venv/bin/python tests/bench/rules_speed.py [--corpus ../shared/edgar-corpus] [--top 10]
        [--repeat 3]

Figures (best of --repeat runs per file, in CPU seconds of this process so that other work on
the machine does not count):
- html_to_text: seconds per file for the HTML -> text step alone (target well under 0.2 s for
  a 2-3 MB document);
- parse: input MB/s of parse_filing (header, document split, HTML/plain text -> text);
- rules: MB/s of document text (UTF-8 bytes of Document.text) through run_rules (target >= 20);
- end_to_end: input MB/s of parse_filing + run_rules.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bot.edgar.filings import html_to_text, is_html, parse_filing  # noqa: E402
from bot.errors import InputError  # noqa: E402
from bot.rules import run_rules  # noqa: E402
from bot.rules.text import clear_caches  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "edgar-corpus"


def best(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    times = []
    value = None
    for _ in range(repeat):
        clear_caches()  # each run lowers and scans the text again, as a new filing would
        start = time.process_time()
        value = fn()
        times.append(time.process_time() - start)
    return min(times), value


def largest(corpus: Path, top: int) -> list[Path]:
    files = [
        p
        for p in (corpus / "filings").rglob("*")
        if p.is_file() and p.suffix.lower() in (".htm", ".html", ".txt", ".nc", ".gz")
    ]
    return sorted(files, key=lambda p: p.stat().st_size, reverse=True)[:top]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--top", type=int, default=10)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)

    rows: list[dict[str, Any]] = []
    tot_in = tot_text = tot_parse = tot_rules = 0.0
    for path in largest(args.corpus, args.top):
        data = path.read_bytes()
        if path.suffix == ".gz":
            data = gzip.decompress(data)
        row: dict[str, Any] = {"file": str(path.relative_to(args.corpus)), "mb": len(data) / 1e6}
        if is_html(data):
            t_html, _ = best(lambda d=data: html_to_text(d), args.repeat)
            row["html_to_text_s"] = round(t_html, 4)
        try:
            t_parse, filing = best(lambda d=data: parse_filing(d), args.repeat)
        except InputError as exc:
            row["error"] = str(exc)
            rows.append(row)
            continue
        text_bytes = sum(len(d.text.encode("utf-8")) for d in filing.documents)
        t_rules, findings = best(lambda f=filing: run_rules(f), args.repeat)
        row.update(
            parse_s=round(t_parse, 4),
            rules_s=round(t_rules, 4),
            text_mb=round(text_bytes / 1e6, 3),
            rules_mb_per_s=round(text_bytes / 1e6 / t_rules, 1) if t_rules else None,
            end_to_end_mb_per_s=round(len(data) / 1e6 / (t_parse + t_rules), 1),
            findings=len(findings),
        )
        row["mb"] = round(row["mb"], 3)
        rows.append(row)
        tot_in += len(data)
        tot_text += text_bytes
        tot_parse += t_parse
        tot_rules += t_rules

    html_times = [r["html_to_text_s"] for r in rows if "html_to_text_s" in r]
    report = {
        "files": rows,
        "overall": {
            "input_mb": round(tot_in / 1e6, 2),
            "text_mb": round(tot_text / 1e6, 2),
            "parse_mb_per_s": round(tot_in / 1e6 / tot_parse, 1) if tot_parse else None,
            "rules_text_mb_per_s": round(tot_text / 1e6 / tot_rules, 1) if tot_rules else None,
            "end_to_end_input_mb_per_s": (
                round(tot_in / 1e6 / (tot_parse + tot_rules), 1) if tot_parse + tot_rules else None
            ),
            "html_to_text_max_s": max(html_times) if html_times else None,
        },
    }
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
