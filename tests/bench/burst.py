"""Benchmark: burst throughput, filings per second through fetch + rules + outbox.

BURST new 8-Ks of watched companies appear at once in the EDGAR stand-in's latest-filings feed
(EDGAR's format, `render_current_feed`); every accession serves the same small real full
submission (the demo's American Locker buyback 8-K), and the stand-in answers instantly. One
`Pipeline.poll_cycle()` through the Runtime discovers, fetches, parses, runs the rules on,
routes and durably enqueues them all, with an unlimited request limiter: the bot's own ceiling.

Live, each filing costs one request to SEC (its full submission) plus the feed pages, and the
shared limiter allows 5 requests/s (SEC's fair-access limit is 10), so the live bound is
BURST / ((BURST + pages) / 5) filings/s: just under 5/s, whatever the machine.

    python tests/bench/burst.py        # prints one JSON object
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

BURST = 1000
SEC_RATE = 5.0
UA = "Sentinel Bench ops@sentinel.example"
SEED_ACCESSION = "0000898431-02-000145"


def main() -> None:
    from bot.demo import demo_filings
    from bot.edgar.atomgen import render_current_feed
    from bot.edgar.client import EdgarClient, RateLimiter
    from bot.edgar.feeds import current_feed_path
    from bot.edgar.standin import EdgarStandin
    from bot.edgar.tickers import TickerMap
    from bot.models import FilingRef
    from bot.runtime import Runtime
    from bot.settings import Settings
    from tests.test_burst import watched_ciks

    body = next(d for r, d in demo_filings() if r.accession == SEED_ACCESSION)
    companies = watched_ciks(BURST)
    lines = ["defaults:", '  channel: "#filings"', "companies:"]
    lines += [f"  - cik: {cik}" for cik, _ in companies]
    now = datetime.now(UTC)
    refs = [
        FilingRef(accession=f"0009999999-26-{i:06d}", cik=cik, company=name, form="8-K",
                  filed=now.date(), accepted=now - timedelta(seconds=i), items=("8.01",))
        for i, (cik, name) in enumerate(companies)
    ]
    # older unwatched entries below the burst, so the last page is short (as on EDGAR): paging
    # stops there instead of asking past the feed's end
    older = [
        FilingRef(accession=f"0008888888-26-{i:06d}", cik=99_000_000 + i, company=f"Older {i}",
                  form="8-K", filed=now.date(), accepted=now - timedelta(hours=2, seconds=i),
                  items=("9.01",))
        for i in range(5)
    ]
    feed = refs + older
    with tempfile.TemporaryDirectory() as tmp, EdgarStandin() as edgar:
        edgar._server.RequestHandlerClass.disable_nagle_algorithm = True  # type: ignore[attr-defined]
        for ref in refs:
            edgar.set(ref.submission_path, body, "text/plain")
        for n in range(0, len(feed), 100):
            edgar.set(current_feed_path("8-K", start=n),
                      render_current_feed(feed[n:n + 100], updated=now), "application/atom+xml")
        client = EdgarClient(UA, edgar.base_url, edgar.base_url, limiter=RateLimiter(1e6))
        settings = Settings(edgar_user_agent=UA, edgar_base_url=edgar.base_url,
                            edgar_data_url=edgar.base_url,
                            database_url=f"sqlite:///{Path(tmp) / 'burst.sqlite3'}")
        rt = Runtime(settings, watchlist_text="\n".join(lines) + "\n", edgar_client=client,
                     tickers=TickerMap.bundled(), max_pages=20)
        try:
            t0 = time.perf_counter()
            cycle = rt.poll()
            elapsed = time.perf_counter() - t0
            depth = rt.store.outbox_depth()
            t1 = time.perf_counter()
            rt.store.due_outbox(datetime.now(UTC) + timedelta(days=1), 100)
            due_ms = (time.perf_counter() - t1) * 1000
        finally:
            rt.close()
    assert cycle.ok and cycle.processed == BURST, cycle.summary()
    live_seconds = cycle.requests / SEC_RATE
    print(json.dumps({
        "bench": "burst: one cycle, fetch + rules + outbox, stand-in answering instantly",
        "filings": BURST,
        "processed": cycle.processed,
        "alerts_enqueued": cycle.alerts,
        "outbox_depth": depth,
        "requests": cycle.requests,
        "seconds": round(elapsed, 2),
        "filings_per_s_unlimited": round(BURST / elapsed, 1),
        "ms_per_filing": round(elapsed / BURST * 1000, 2),
        "sec_budget_req_per_s": SEC_RATE,
        "filings_per_s_live_bound": round(BURST / live_seconds, 2),
        "live_seconds_for_burst": round(live_seconds, 1),
        "due_outbox_ms_with_full_outbox": round(due_ms, 1),
    }, indent=2))


if __name__ == "__main__":
    main()
