"""Benchmark: added latency from a filing's appearance in the EDGAR stand-in's feed to its
Slack post, with the poll interval subtracted.

For each of FILINGS filings: a new 8-K of a watched company is laid into the stand-in (a real
full submission, the demo's American Locker buyback 8-K, under a fresh accession) and listed at
the top of the latest-filings feed; then one `Runtime.run_once()` cycle runs, as the poll job
would at its next tick. The figure is the time from the cycle's start to the Slack stand-in
receiving the post: what the bot adds on top of waiting for the next poll.

Three settings: the default SEC budget (5 requests/s through the shared limiter: each cycle reads
six feed pages, one per form family, then fetches the submission, so about 7 requests are
spaced 0.2 s apart), EDGAR_RATE_LIMIT=10 (SEC's maximum) and an unlimited limiter (the bot's own processing cost alone).

    python tests/bench/latency.py        # prints one JSON object
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

FILINGS = 50
TOKEN = "xoxb-bench-latency-0123456789"
UA = "Sentinel Bench ops@sentinel.example"
SEED_ACCESSION = "0000898431-02-000145"
WATCHLIST = """\
defaults:
  channel: "#filings"
  kinds: [buyback, restatement_risk, late_filing]
  min_severity: low
companies:
  - cik: 8855
    name: American Locker Group Inc
"""


def no_nagle(*servers: object) -> None:
    for s in servers:
        s._server.RequestHandlerClass.disable_nagle_algorithm = True  # type: ignore[attr-defined]


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def run(rate: float) -> dict[str, object]:
    from bot.demo import demo_filings
    from bot.edgar.atomgen import render_current_feed
    from bot.edgar.client import EdgarClient, RateLimiter
    from bot.edgar.feeds import current_feed_path
    from bot.edgar.standin import EdgarStandin
    from bot.edgar.tickers import TickerMap
    from bot.models import FilingRef
    from bot.runtime import Runtime
    from bot.settings import Settings
    from bot.slack.client import SlackPoster
    from tests.servers.slack_standin import SlackStandIn

    seed_ref, body = next((r, d) for r, d in demo_filings() if r.accession == SEED_ACCESSION)
    latencies: list[float] = []
    requests: list[int] = []
    with tempfile.TemporaryDirectory() as tmp, EdgarStandin() as edgar, \
            SlackStandIn(tokens={TOKEN}) as slack:
        no_nagle(edgar, slack)
        client = EdgarClient(UA, edgar.base_url, edgar.base_url, limiter=RateLimiter(rate))
        settings = Settings(edgar_user_agent=UA, edgar_base_url=edgar.base_url,
                            edgar_data_url=edgar.base_url,
                            database_url=f"sqlite:///{Path(tmp) / 'lat.sqlite3'}")
        rt = Runtime(settings, watchlist_text=WATCHLIST, edgar_client=client,
                     tickers=TickerMap.bundled(), max_pages=10,
                     slack_sender=SlackPoster(TOKEN, base_url=slack.api_url))
        try:
            feed: list[FilingRef] = []
            rt.run_once()  # first cycle: an empty feed, remembers nothing
            for i in range(FILINGS):
                now = datetime.now(UTC)
                ref = FilingRef(accession=f"0009999999-26-{i:06d}", cik=seed_ref.cik,
                                company=seed_ref.company, form="8-K", filed=now.date(),
                                accepted=now, items=seed_ref.items)
                edgar.set(ref.submission_path, body, "text/plain")
                feed.insert(0, ref)
                edgar.set(current_feed_path("8-K", start=0),
                          render_current_feed(feed[:100], updated=now), "application/atom+xml")
                before = len(slack.posts())
                time.sleep(1.0)  # keep the channel's 1 msg/s spacing out of the figure
                start = time.monotonic()
                cycle, delivery = rt.run_once()
                posts = slack.posts()[before:]
                assert delivery.sent == 1 and len(posts) == 1, (cycle.summary(), delivery)
                latencies.append(posts[0].at - start)
                requests.append(cycle.requests)
        finally:
            rt.close()
    return {
        "rate_limit_req_per_s": rate,
        "filings": FILINGS,
        "requests_per_cycle": statistics.median(requests),
        "latency_p50_s": round(pct(latencies, 50), 3),
        "latency_p95_s": round(pct(latencies, 95), 3),
        "latency_max_s": round(max(latencies), 3),
    }


def main() -> None:
    out = {
        "bench": "latency: cycle start -> Slack post (poll interval subtracted)",
        "sec_budget_5_req_s": run(5.0),
        "edgar_rate_limit_10_req_s": run(10.0),  # EDGAR_RATE_LIMIT=10, SEC's own maximum
        "unlimited_rate": run(100000.0),
        "target_p95_s": 1.0,
    }
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
