"""Burst: 1,000 new filings in one cycle (a 10-K deadline day) for a 1,000-company watchlist.

The latest-filings feed is written in EDGAR's own format (`render_current_feed`), ten full
pages of 100 new watched 8-Ks above the entries of the previous cycle. Every accession serves
the same small real full submission (American Locker Group's 2002 8-K from the demo data, whose
repurchase paragraph the buyback rule fires on): the assertions are on processing, not on
content. One fake clock drives the runtime, the EDGAR client and the Slack stand-in, so the
1 msg/s/channel spacing (about 20 s of fake time per channel here) costs no real time, and the
Slack stand-in enforces that rate itself (`enforce_rate=1.0`: a post less than a second after the
previous one in its channel would be answered 429).

Asserted: all 1,000 filings processed in the one cycle, one alert each, every alert posted to
Slack exactly once in its company's channel, no post refused for rate, at least 1 s between two
posts in a channel, and a second cycle finds nothing new.
"""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter
from datetime import UTC, datetime, timedelta
from importlib import resources

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

N = 1000
CHANNELS = 50  # 20 alerts per channel: 20 s of fake time each
PAGE = 100
TOKEN = "xoxb-burst-test-0123456789"
UA = "Sentinel Burst Tests ops@sentinel.example"
START = datetime(2026, 3, 16, 21, 0, tzinfo=UTC)  # a 10-K deadline evening
SEED_ACCESSION = "0000898431-02-000145"  # the demo's American Locker buyback 8-K

_URL_RE = re.compile(r"/Archives/edgar/data/(\d+)/\d+/(\d{10}-\d{2}-\d{6})-index")


class FakeTime:
    def __init__(self) -> None:
        self.t = 0.0

    def now(self) -> datetime:
        return START + timedelta(seconds=self.t)

    def mono(self) -> float:
        return 1000.0 + self.t

    def sleep(self, seconds: float) -> None:
        self.t += max(0.0, seconds)


def watched_ciks(n: int) -> list[tuple[int, str]]:
    """The first `n` distinct companies of the bundled company_tickers.json (real CIKs)."""
    data = json.loads((resources.files("bot") / "data" / "company_tickers.json").read_bytes())
    rows = data.values() if isinstance(data, dict) else data
    seen: dict[int, str] = {}
    for row in rows:
        seen.setdefault(int(row["cik_str"]), str(row["title"]))
        if len(seen) == n:
            break
    return list(seen.items())


def no_nagle(*servers: object) -> None:
    """TCP_NODELAY on the stand-ins' sockets: they write headers and body in two sends, which
    Nagle's algorithm plus delayed ACKs turn into a 40 ms stall per request on Linux."""
    for s in servers:
        s._server.RequestHandlerClass.disable_nagle_algorithm = True  # type: ignore[attr-defined]


def burst_refs(companies: list[tuple[int, str]], newest: datetime) -> list[FilingRef]:
    """One new 8-K per company, newest first, a second apart (synthetic accessions)."""
    return [
        FilingRef(accession=f"0009999999-26-{i:06d}", cik=cik, company=name, form="8-K",
                  filed=newest.date(), accepted=newest - timedelta(seconds=i), items=("8.01",))
        for i, (cik, name) in enumerate(companies)
    ]


def serve_feed(edgar: EdgarStandin, refs: list[FilingRef], now: datetime) -> None:
    pages = [refs[i:i + PAGE] for i in range(0, len(refs), PAGE)] or [[]]
    for n, page in enumerate(pages):
        edgar.set(current_feed_path("8-K", start=n * PAGE), render_current_feed(page, updated=now),
                  "application/atom+xml")


def test_a_thousand_new_filings_in_one_cycle_all_processed_rate_respected(tmp_path):
    companies = watched_ciks(N)
    assert len(companies) == N
    body = next(data for ref, data in demo_filings() if ref.accession == SEED_ACCESSION)
    lines = ["defaults:", '  channel: "#filings"', "  kinds: [buyback, restatement_risk, "
             "late_filing]", "  min_severity: low", "companies:"]
    for i, (cik, _name) in enumerate(companies):
        lines += [f"  - cik: {cik}", f'    channel: "#burst-{i % CHANNELS}"']
    watchlist = "\n".join(lines) + "\n"

    ft = FakeTime()
    old = [  # what the previous cycle saw at the top of the feed: not watched
        FilingRef(accession=f"0008888888-26-{i:06d}", cik=99_000_000 + i, company=f"Old {i}",
                  form="8-K", filed=START.date(), accepted=START - timedelta(hours=1, seconds=i),
                  items=("9.01",))
        for i in range(10)
    ]
    with EdgarStandin() as edgar, SlackStandIn(tokens={TOKEN}, enforce_rate=1.0,
                                               clock=ft.mono) as slack:
        no_nagle(edgar, slack)
        serve_feed(edgar, old, START)
        limiter = RateLimiter(1000.0, clock=ft.mono, sleep=ft.sleep, now=ft.now)
        client = EdgarClient(UA, edgar.base_url, edgar.base_url, limiter=limiter, clock=ft.mono,
                             sleep=ft.sleep, now=ft.now, retries=1)
        settings = Settings(edgar_user_agent=UA, edgar_base_url=edgar.base_url,
                            edgar_data_url=edgar.base_url,
                            database_url=f"sqlite:///{tmp_path / 'burst.sqlite3'}")
        rt = Runtime(settings, watchlist_text=watchlist, clock=ft.now, sleep=ft.sleep,
                     edgar_client=client, tickers=TickerMap.bundled(), max_pages=20,
                     slack_sender=SlackPoster(TOKEN, base_url=slack.api_url))
        try:
            first = rt.poll()
            assert first.ok and first.discovered == 0  # the old entries are not watched
            ft.sleep(60)

            refs = burst_refs(companies, ft.now())
            for ref in refs:
                edgar.set(ref.submission_path, body, "text/plain")
            serve_feed(edgar, refs + old, ft.now())
            cycle = rt.poll()
            assert cycle.ok, cycle.error
            assert cycle.discovered == N and cycle.processed == N and not cycle.failed
            assert cycle.alerts == N
            assert not cycle.gaps  # paging reached the previous cycle's entries
            assert rt.store.count_filings("processed") == N

            # deliver: drain until the outbox is empty (each drain waits out channel spacing)
            for _ in range(N + 10):
                if rt.store.outbox_depth() == 0:
                    break
                rt.deliver()
                ft.sleep(1.0)
            assert rt.store.outbox_depth() == 0

            again = rt.poll()
            assert again.ok and again.discovered == 0
        finally:
            rt.close()

        calls = slack.calls("chat.postMessage")
        assert all(c.ok for c in calls), Counter(c.status for c in calls if not c.ok)
        keys = Counter()
        for c in calls:
            m = _URL_RE.search(c.body["text"])
            assert m, c.body["text"][:200]
            keys[(int(m.group(1)), m.group(2))] += 1
            assert c.body["text"].startswith("Buyback")
        assert keys == Counter({(r.cik, r.accession): 1 for r in refs})
        by_cik = {r.cik: i for i, r in enumerate(refs)}
        for c in calls:
            cik = int(_URL_RE.search(c.body["text"]).group(1))  # type: ignore[union-attr]
            assert c.channel_id == slack.channel_id(f"#burst-{by_cik[cik] % CHANNELS}")
        for ch in range(CHANNELS):
            times = slack.post_times(f"#burst-{ch}")
            assert len(times) == N // CHANNELS
            assert all(b - a >= 1.0 for a, b in itertools.pairwise(times))
