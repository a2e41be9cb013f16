"""Benchmark: cold start to the first finished poll, and peak RSS, with 5,000 watched tickers.

Runs `python -m bot run --once` as a user would (a fresh process, a fresh SQLite database)
against the EDGAR stand-in serving the demo's six real filings in its latest-filings feed and the
bundled company_tickers.json at /files/company_tickers.json, and the Slack stand-in. The
watchlist names TICKERS real tickers (the first distinct companies of company_tickers.json).

Figures: process start to the first poll finished (the stand-in's last feed/submission request
answered is a lower bound; the `poll:` log line's arrival on stderr is the figure), process start
to exit, and the child's peak RSS (getrusage RUSAGE_CHILDREN ru_maxrss; KiB on Linux).
Target: peak RSS under 150 MB.

    python tests/bench/cold_start.py        # prints one JSON object
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

TICKERS = 5000
RUNS = 3
TOKEN = "xoxb-bench-cold-0123456789"


def watchlist(n: int) -> str:
    data = json.loads((resources.files("bot") / "data" / "company_tickers.json").read_bytes())
    rows = data.values() if isinstance(data, dict) else data
    seen: dict[int, str] = {}
    for row in rows:
        seen.setdefault(int(row["cik_str"]), str(row["ticker"]))
        if len(seen) == n:
            break
    lines = ["defaults:", '  channel: "#filings"', "companies:"]
    lines += [f'  - ticker: "{t}"' for t in seen.values()]  # quoted: ON, Y are YAML booleans
    return "\n".join(lines) + "\n"


def one(env: dict[str, str], cwd: Path) -> dict[str, float]:
    t0 = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-m", "bot", "run", "--once"], env=env, cwd=cwd,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    polled: list[float] = []
    lines: list[str] = []

    def read() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            lines.append(line)
            if "poll:" in line and not polled:
                polled.append(time.monotonic() - t0)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    rc = proc.wait(timeout=300)
    total = time.monotonic() - t0
    reader.join(timeout=5)
    if rc != 0 or not polled:
        raise SystemExit(f"run --once failed ({rc}):\n{''.join(lines)[-3000:]}")
    return {"to_first_poll_s": polled[0], "to_exit_s": total}


def main() -> None:
    from bot.demo import serve_demo
    from bot.edgar.standin import EdgarStandin
    from tests.servers.slack_standin import SlackStandIn

    runs: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory() as tmp, EdgarStandin() as edgar, \
            SlackStandIn(tokens={TOKEN}) as slack:
        for s in (edgar, slack):
            s._server.RequestHandlerClass.disable_nagle_algorithm = True  # type: ignore[attr-defined]
        serve_demo(edgar, datetime.now(UTC))
        edgar.set("/files/company_tickers.json",
                  (resources.files("bot") / "data" / "company_tickers.json").read_bytes(),
                  "application/json")
        wl = Path(tmp) / "watchlist.yaml"
        wl.write_text(watchlist(TICKERS))
        for i in range(RUNS):
            cwd = Path(tmp) / f"run{i}"
            cwd.mkdir()
            env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "EDGAR_"))}
            env.update(
                EDGAR_USER_AGENT="Sentinel Bench ops@sentinel.example",
                EDGAR_BASE_URL=edgar.base_url, EDGAR_DATA_URL=edgar.base_url,
                DATABASE_URL=f"sqlite:///{cwd / 'state.sqlite3'}", WATCHLIST=str(wl),
                SLACK_BOT_TOKEN=TOKEN, SLACK_API_URL=slack.api_url, PYTHONPATH=str(ROOT),
            )
            runs.append(one(env, cwd))
        posts = len(slack.posts())
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    best = min(runs, key=lambda r: r["to_first_poll_s"])
    print(json.dumps({
        "bench": "cold start: `run --once` process start to first poll finished",
        "watched_tickers": TICKERS,
        "runs": RUNS,
        "to_first_poll_s_each": [round(r["to_first_poll_s"], 2) for r in runs],
        "to_first_poll_s_best": round(best["to_first_poll_s"], 2),
        "to_exit_s_each": [round(r["to_exit_s"], 2) for r in runs],
        "slack_posts_all_runs": posts,
        "peak_rss_mb": round(peak_kib / 1024, 1),
        "target_peak_rss_mb": 150,
    }, indent=2))


if __name__ == "__main__":
    main()
