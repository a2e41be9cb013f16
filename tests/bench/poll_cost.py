"""Benchmark: what one steady-state poll cycle costs, for 50 and for 5,000 watched tickers.

Runs the real pipeline (EDGAR client, feed parser, store) against the EDGAR stand-in on
127.0.0.1. The feed pages are written in EDGAR's format from real tickers' CIKs; each steady-state
cycle sees 40 new filings per form family at the top of the feed, as on a busy afternoon.
Each size runs in its own process so peak RSS is that size's alone.

    python tests/bench/poll_cost.py            # prints one JSON object
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

SIZES = (50, 5000)
CYCLES = 5
NEW_PER_CYCLE = 40


def one(size: int) -> dict[str, object]:
    from bot.edgar.atomgen import render_current_feed
    from bot.edgar.client import EdgarClient, RateLimiter
    from bot.edgar.feeds import current_feed_path
    from bot.edgar.standin import EdgarStandin
    from bot.edgar.tickers import TickerMap
    from bot.models import FilingRef
    from bot.pipeline import FORM_FAMILIES, Pipeline
    from bot.store import Store
    from bot.watchlist import parse_watchlist

    tickers = TickerMap.bundled()
    ciks: list[int] = []
    names: list[str] = []
    seen: set[int] = set()
    for ticker in sorted(tickers._by_ticker):
        cik, _ = tickers.lookup(ticker) or (0, "")
        if cik and cik not in seen:
            seen.add(cik)
            ciks.append(cik)
            names.append(ticker)
    watched = names[:size]
    unwatched = ciks[size:]
    text = "defaults: {channel: '#filings'}\ncompanies:\n" + "".join(
        f"  - ticker: {t}\n" for t in watched
    )
    t0 = time.perf_counter()
    wl = parse_watchlist(text, "<bench>", tickers)
    load_s = time.perf_counter() - t0

    counter = iter(range(1, 10**9))
    now = datetime(2026, 3, 9, 15, 0, tzinfo=UTC)

    def fresh(n: int) -> list[FilingRef]:
        out = []
        for _ in range(n):
            i = next(counter)
            out.append(FilingRef(
                accession=f"0009999999-26-{i:06d}", cik=unwatched[i % len(unwatched)],
                company=f"Company {i}", form="8-K", filed=date(2026, 3, 9),
                accepted=now - timedelta(seconds=i),
            ))
        return out

    feeds: dict[str, list[FilingRef]] = {f: [] for f in FORM_FAMILIES}
    with tempfile.TemporaryDirectory() as tmp, EdgarStandin() as edgar:
        def publish(n: int) -> None:
            for family in FORM_FAMILIES:
                form = {"NT": "NT 10-Q"}.get(family, family)
                entries = [replace(r, form=form) for r in fresh(n)]
                feeds[family] = (entries + feeds[family])[:300]
                for page in range(3):
                    edgar.set(current_feed_path(family, start=page * 100),
                              render_current_feed(feeds[family][page * 100:(page + 1) * 100],
                                                  updated=now), "application/atom+xml")

        client = EdgarClient("Bench ops@bench.example", edgar.base_url, edgar.base_url,
                             limiter=RateLimiter(1000.0))
        store = Store(f"sqlite:///{tmp}/bench.sqlite3")
        pipe = Pipeline(client=client, store=store, watchlist=lambda: wl, tickers=tickers,
                        clock=lambda: now, max_pages=3)
        publish(100)
        pipe.poll_cycle()  # first cycle: no memory yet
        requests, walls = [], []
        for _ in range(CYCLES):
            publish(NEW_PER_CYCLE)
            t = time.perf_counter()
            report = pipe.poll_cycle()
            walls.append(time.perf_counter() - t)
            requests.append(report.requests)
            assert report.ok and not report.gaps, report.summary()
        client.close()
        store.close()
    return {
        "watched_tickers": size,
        "requests_per_cycle": max(requests),
        "requests_each_cycle": requests,
        "cycle_wall_s_median": round(sorted(walls)[len(walls) // 2], 4),
        "watchlist_load_s": round(load_s, 3),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--one":
        print(json.dumps(one(int(sys.argv[2]))))
        return
    results = []
    for size in SIZES:
        out = subprocess.run([sys.executable, __file__, "--one", str(size)], check=True,
                             capture_output=True, text=True).stdout
        results.append(json.loads(out))
    print(json.dumps({
        "benchmark": "poll_cost",
        "new_filings_per_family_per_cycle": NEW_PER_CYCLE,
        "results": results,
        "requests_equal": len({r["requests_per_cycle"] for r in results}) == 1,
    }, indent=2))


if __name__ == "__main__":
    main()
