"""Benchmark: added latency from a filing's appearance in the EDGAR stand-in's feed to its
Slack post, with the wait for the next poll subtracted.

The real service runs: `service.jobs_for(runtime)` on the APScheduler-based scheduler (poll every
POLL_INTERVAL seconds, the delivery job woken when alerts are enqueued), against the EDGAR
stand-in and the Slack stand-in over loopback. Filings of a watched company are laid into the
stand-in at random moments and listed at the top of their family's latest-filings feed: an 8-K
(the demo's American Locker buyback, a real full submission, under a fresh accession) and an
NT 10-K (a real 12b-25 Part III narrative under an SGML header). For each, the figure is

    Slack post received - max(appearance, start of the poll cycle that fetched it)

i.e. what the bot adds on top of waiting for its next poll. A cycle reads the feeds family by
family (8-K, NT, 10-K, 10-Q, SC TO-I, 20-F) and processes each family's new filings before the
next feed, so a family's position sets how many feed requests precede its fetch; under the
5 req/s budget each request costs 0.2 s, so a 20-F (6th) waits ~0.8 s more than an NT (2nd).

Three settings: the default SEC budget (5 req/s), EDGAR_RATE_LIMIT=10 (SEC's maximum) and an
unlimited limiter (the bot's own processing cost alone).

    python tests/bench/latency.py [--filings N]     # prints one JSON object
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

POLL_INTERVAL = 2.0
TOKEN = "xoxb-bench-latency-0123456789"
UA = "Sentinel Bench ops@sentinel.example"
SEED_ACCESSION = "0000898431-02-000145"
NT_TEXT = ROOT / "tests/fixtures/documents/0001140361-25-006294_LFUS_2025_NT10-K_PartIII_narrative_EXCERPT.txt"
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


def nt_submission(accession: str, cik: int, company: str, now: datetime) -> bytes:
    """A 12b-25 full submission: an SGML header like EDGAR's around a real Part III narrative."""
    day = now.strftime("%Y%m%d")
    text = NT_TEXT.read_text(encoding="utf-8")
    return (
        f"<SEC-DOCUMENT>{accession}.txt : {day}\n<SEC-HEADER>{accession}.hdr.sgml : {day}\n"
        f"<ACCEPTANCE-DATETIME>{now.strftime('%Y%m%d%H%M%S')}\n"
        f"ACCESSION NUMBER:\t\t{accession}\nCONFORMED SUBMISSION TYPE:\tNT 10-K\n"
        f"PUBLIC DOCUMENT COUNT:\t\t1\nCONFORMED PERIOD OF REPORT:\t{now.year - 1}1231\n"
        f"FILED AS OF DATE:\t\t{day}\n\nFILER:\n\n\tCOMPANY DATA:\t\n"
        f"\t\tCOMPANY CONFORMED NAME:\t\t\t{company}\n\t\tCENTRAL INDEX KEY:\t\t\t{cik:010d}\n"
        f"\t\tFISCAL YEAR END:\t\t\t1231\n</SEC-HEADER>\n<DOCUMENT>\n<TYPE>NT 10-K\n"
        f"<SEQUENCE>1\n<FILENAME>nt10k.txt\n<TEXT>\n{text}\n</TEXT>\n</DOCUMENT>\n"
        f"</SEC-DOCUMENT>\n"
    ).encode()


def run(rate: float, filings: int, rng: random.Random) -> dict[str, object]:
    from bot.demo import demo_filings
    from bot.edgar.atomgen import render_current_feed
    from bot.edgar.client import EdgarClient, RateLimiter
    from bot.edgar.feeds import current_feed_path
    from bot.edgar.standin import EdgarStandin
    from bot.edgar.tickers import TickerMap
    from bot.models import FilingRef
    from bot.runtime import Runtime
    from bot.scheduler import run_until_stopped
    from bot.service import jobs_for
    from bot.settings import Settings
    from bot.slack.client import SlackPoster
    from tests.servers.slack_standin import SlackStandIn

    seed_ref, body = next((r, d) for r, d in demo_filings() if r.accession == SEED_ACCESSION)
    latencies: dict[str, list[float]] = {"8-K": [], "NT 10-K": []}
    cycle_starts: list[float] = []
    with tempfile.TemporaryDirectory() as tmp, EdgarStandin() as edgar, \
            SlackStandIn(tokens={TOKEN}) as slack:
        no_nagle(edgar, slack)
        client = EdgarClient(UA, edgar.base_url, edgar.base_url, limiter=RateLimiter(rate))
        settings = Settings(edgar_user_agent=UA, edgar_base_url=edgar.base_url,
                            edgar_data_url=edgar.base_url, poll_interval=POLL_INTERVAL,
                            database_url=f"sqlite:///{Path(tmp) / 'lat.sqlite3'}")
        rt = Runtime(settings, watchlist_text=WATCHLIST, edgar_client=client,
                     tickers=TickerMap.bundled(), max_pages=10,
                     slack_sender=SlackPoster(TOKEN, base_url=slack.api_url))
        poll = rt.poll

        def timed_poll() -> object:
            cycle_starts.append(time.monotonic())
            return poll()

        rt.poll = timed_poll  # type: ignore[method-assign]
        stop = threading.Event()
        service = threading.Thread(target=run_until_stopped, args=(jobs_for(rt), stop))
        feeds: dict[str, list[FilingRef]] = {"8-K": [], "NT": []}
        try:
            service.start()
            while len(cycle_starts) < 2:  # the start-up cycle has read the empty feeds
                time.sleep(0.05)
            for i in range(filings * 2):
                form = "8-K" if i % 2 == 0 else "NT 10-K"
                time.sleep(rng.uniform(0.0, POLL_INTERVAL))  # appear at a random moment
                now = datetime.now(UTC)
                ref = FilingRef(accession=f"0009999999-26-{i:06d}", cik=seed_ref.cik,
                                company=seed_ref.company, form=form, filed=now.date(),
                                accepted=now, items=seed_ref.items if form == "8-K" else ())
                data = body if form == "8-K" else nt_submission(ref.accession, ref.cik,
                                                                ref.company, now)
                family = "8-K" if form == "8-K" else "NT"
                edgar.set(ref.submission_path, data, "text/plain")
                feeds[family].insert(0, ref)
                before = len(slack.posts())
                appeared = time.monotonic()
                edgar.set(current_feed_path(family, start=0),
                          render_current_feed(feeds[family][:100], updated=now),
                          "application/atom+xml")
                deadline = time.monotonic() + 30
                while time.monotonic() < deadline:
                    posts = [p for p in slack.posts()[before:]
                             if ref.accession in json.dumps(p.body)]
                    if posts:
                        break
                    time.sleep(0.01)
                else:
                    raise SystemExit(f"no Slack post for {form} {ref.accession} in 30 s")
                fetched = next(r.time for r in reversed(edgar.requests)
                               if r.path == ref.submission_path)
                cycle = max(t for t in cycle_starts if t <= fetched)
                latencies[form].append(posts[0].at - max(appeared, cycle))
                time.sleep(1.0)  # keep the channel's 1 msg/s spacing out of the next figure
        finally:
            stop.set()
            service.join(30)
            rt.close()
    every = [x for v in latencies.values() for x in v]
    out: dict[str, object] = {"rate_limit_req_per_s": rate, "filings": len(every)}
    for form, values in latencies.items():
        out[form] = {"p50_s": round(pct(values, 50), 3), "p95_s": round(pct(values, 95), 3),
                     "max_s": round(max(values), 3)}
    out["all"] = {"p50_s": round(statistics.median(every), 3), "p95_s": round(pct(every, 95), 3),
                  "max_s": round(max(every), 3)}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--filings", type=int, default=20, help="filings per form and setting")
    args = ap.parse_args()
    rng = random.Random(7)
    out = {
        "bench": "latency: appearance in the feed -> Slack post, next-poll wait subtracted",
        "poll_interval_s": POLL_INTERVAL,
        "sec_budget_5_req_s": run(5.0, args.filings, rng),
        "edgar_rate_limit_10_req_s": run(10.0, args.filings, rng),  # SEC's own maximum
        "unlimited_rate": run(100000.0, args.filings, rng),
        "target_p95_s": 1.0,
    }
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
