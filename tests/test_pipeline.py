"""End-to-end poll cycles: the real pipeline, EDGAR client and store against the EDGAR stand-in
serving real filings over loopback."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from bot.demo import DEMO_WATCHLIST, demo_filings, serve_demo
from bot.edgar.atomgen import render_current_feed
from bot.edgar.feeds import current_feed_path
from bot.models import FilingRef
from bot.pipeline import FORM_FAMILIES, CycleReport, Pipeline
from tests.conftest import watchlist_of

CORPUS_PAGE = Path(__file__).parent / "fixtures" / "feeds"


def make_pipeline(client, store, wl, tickers, wall, **kw) -> Pipeline:
    return Pipeline(client=client, store=store, watchlist=lambda: wl, tickers=tickers,
                    clock=wall, **kw)


@pytest.fixture
def demo_refs(edgar, wall) -> list[FilingRef]:
    return serve_demo(edgar, wall())


def test_first_cycle_processes_every_watched_filing_in_the_feed(
    demo_refs, make_client, store, tickers, wall
):
    wl = watchlist_of(DEMO_WATCHLIST, tickers)
    pipe = make_pipeline(make_client(), store, wl, tickers, wall, max_pages=1)
    report = pipe.poll_cycle()
    assert report.ok, report.error
    assert report.discovered == len(demo_refs) == 6
    assert report.processed == 6 and not report.failed
    for ref in demo_refs:
        assert store.filing_status(ref.accession) == "processed"
    assert store.pending_filings() == []


def test_steady_state_cycle_costs_one_request_per_form_family(
    demo_refs, make_client, store, tickers, wall, edgar
):
    wl = watchlist_of(DEMO_WATCHLIST, tickers)
    client = make_client()
    pipe = make_pipeline(client, store, wl, tickers, wall, max_pages=3)
    pipe.poll_cycle()
    wall.advance(minutes=1)
    before = len(edgar.requests)
    report = pipe.poll_cycle()
    feed_requests = [r for r in edgar.requests[before:] if r.path == "/cgi-bin/browse-edgar"]
    assert report.requests == len(FORM_FAMILIES) == len(feed_requests)
    assert report.discovered == 0 and report.processed == 0


def test_each_family_is_processed_before_the_next_feed_is_read(
    demo_refs, make_client, store, tickers, wall, edgar
):
    """An 8-K's alert must not wait for the five other feeds: its submission is fetched and its
    alert enqueued right after the 8-K feed page, before the 10-K feed is asked for."""
    wl = watchlist_of(DEMO_WATCHLIST, tickers)
    pipe = make_pipeline(make_client(), store, wl, tickers, wall, max_pages=1)
    pipe.poll_cycle()
    order: list[str] = []
    for r in edgar.requests:
        if r.path == "/cgi-bin/browse-edgar":
            order.append("feed " + r.params["type"])
        elif r.path.endswith(".txt"):
            order.append(next(f"fetch {x.form}" for x in demo_refs if r.path.endswith(
                f"{x.accession}.txt")))
    assert order[0] == "feed 8-K" and order[-1] == "feed 20-F"
    for i, step in enumerate(order):
        if step.startswith("fetch "):  # every fetch follows its own family's feed page
            family = next(f for f in reversed(order[:i]) if f.startswith("feed ")).split(" ", 1)[1]
            assert step.split(" ", 1)[1].startswith(family), order
    fetched_8k = [s for s in order if s.startswith("fetch 8-K")]
    assert fetched_8k and order.index(fetched_8k[-1]) < order.index("feed 10-K")


def test_a_cycles_request_count_does_not_depend_on_the_watchlists_size(
    demo_refs, make_client, tmp_path, tickers, wall, edgar
):
    """The same feeds, a 5-company and a 2,000-company watchlist (the demo's companies plus
    real CIKs from company_tickers.json): the same requests, cycle after cycle."""
    from bot.store import Store
    from tests.test_burst import watched_ciks

    small = DEMO_WATCHLIST
    extra = "".join(f"  - cik: {cik}\n" for cik, _ in watched_ciks(2000)
                    if cik not in {r.cik for r in demo_refs})
    large = DEMO_WATCHLIST + extra
    counts = {}
    for name, text in (("small", small), ("large", large)):
        store = Store(f"sqlite:///{tmp_path / name}.sqlite3")
        wl = watchlist_of(text, tickers)
        pipe = make_pipeline(make_client(), store, wl, tickers, wall, max_pages=3)
        counts[name] = []
        for _ in range(3):
            counts[name].append(pipe.poll_cycle().requests)
            wall.advance(minutes=1)
        store.close()
    assert len(watchlist_of(large, tickers).ciks) >= 1900
    assert counts["small"] == counts["large"]
    # the first cycle also fetched the six watched filings; then one page per family
    assert counts["small"][1:] == [len(FORM_FAMILIES)] * 2


def test_a_bug_on_one_filing_does_not_blind_the_other_feeds(
    demo_refs, make_client, store, tickers, wall, edgar, monkeypatch
):
    import bot.pipeline as pipeline_mod

    poison = next(r for r in demo_refs if r.form == "8-K")
    real = pipeline_mod.run_rules

    def rules(filing):
        if filing.accession == poison.accession:
            raise ValueError("a rule bug")
        return real(filing)

    monkeypatch.setattr(pipeline_mod, "run_rules", rules)
    wl = watchlist_of(DEMO_WATCHLIST, tickers)
    pipe = make_pipeline(make_client(), store, wl, tickers, wall, max_pages=1)
    report = pipe.poll_cycle()
    families = [r.params["type"] for r in edgar.requests if r.path == "/cgi-bin/browse-edgar"]
    assert families == list(FORM_FAMILIES)  # every feed read despite the exception
    assert report.failed == [poison.accession]
    assert report.processed == len(demo_refs) - 1
    assert store.filing_status(poison.accession) == "pending"  # retried next cycle


def test_unwatched_companies_are_never_fetched(demo_refs, make_client, store, tickers, wall, edgar):
    wl = watchlist_of("defaults: {channel: '#f'}\ncompanies:\n  - cik: 1001426\n", tickers)
    pipe = make_pipeline(make_client(), store, wl, tickers, wall, max_pages=1)
    report = pipe.poll_cycle()
    fetched = [r.path for r in edgar.requests if r.path.startswith("/Archives/")]
    assert fetched == ["/Archives/edgar/data/1001426/000127528705002977/0001275287-05-002977.txt"]
    assert report.discovered == 1


def _refs_page(refs: list[FilingRef]) -> bytes:
    from datetime import UTC, datetime

    return render_current_feed(refs, updated=datetime(2026, 3, 9, 12, 0, tzinfo=UTC))


def _synthetic(n: int, start: int, cik: int = 1000) -> list[FilingRef]:
    from datetime import UTC, date, datetime

    base = datetime(2026, 3, 9, 15, 0, tzinfo=UTC)
    return [
        FilingRef(accession=f"0009999999-26-{start + i:06d}", cik=cik + i, company=f"Co {i}",
                  form="8-K", filed=date(2026, 3, 9), accepted=base - timedelta(seconds=i))
        for i in range(n)
    ]


def test_paging_continues_until_it_meets_an_accession_seen_last_cycle(
    make_client, store, tickers, wall, edgar
):
    wl = watchlist_of("defaults: {channel: '#f'}\ncompanies:\n  - ticker: NVDA\n", tickers)
    old = _synthetic(100, 0)
    edgar.set(current_feed_path("8-K", 0), _refs_page(old), "application/atom+xml")
    pipe = make_pipeline(make_client(), store, wl, tickers, wall, families=("8-K",),
                         max_pages=5)
    first = pipe.poll_cycle()
    assert first.pages == 1  # a short memory-less first cycle reads up to max_pages: 1 full page
    # 150 new filings arrive: page 0 and half of page 1 are new, then the old ones follow
    new = _synthetic(150, 1000, cik=5000)
    feed = new + old
    edgar.set(current_feed_path("8-K", 0), _refs_page(feed[:100]), "application/atom+xml")
    edgar.set(current_feed_path("8-K", 100), _refs_page(feed[100:200]), "application/atom+xml")
    edgar.set(current_feed_path("8-K", 200), _refs_page(feed[200:]), "application/atom+xml")
    second = pipe.poll_cycle()
    assert second.pages == 2 and second.gaps == []


def test_paging_that_never_meets_known_ground_reports_a_gap(
    make_client, store, tickers, wall, edgar
):
    wl = watchlist_of("defaults: {channel: '#f'}\ncompanies:\n  - ticker: NVDA\n", tickers)
    edgar.set(current_feed_path("8-K", 0), _refs_page(_synthetic(100, 0)), "application/atom+xml")
    pipe = make_pipeline(make_client(), store, wl, tickers, wall, families=("8-K",), max_pages=2)
    pipe.poll_cycle()
    for page in range(3):
        edgar.set(current_feed_path("8-K", page * 100),
                  _refs_page(_synthetic(100, 5000 + page * 100)), "application/atom+xml")
    report = pipe.poll_cycle()
    assert report.pages == 2 and report.gaps == ["8-K"]


def test_a_503_error_page_on_the_first_page_fails_the_cycle_and_is_not_an_empty_feed(
    demo_refs, make_client, store, tickers, wall, edgar
):
    wl = watchlist_of(DEMO_WATCHLIST, tickers)
    edgar.add_fault("/cgi-bin/browse-edgar*", "503", times=None)
    pipe = make_pipeline(make_client(), store, wl, tickers, wall, max_pages=1)
    report = pipe.poll_cycle()
    assert not report.ok and report.error
    assert store.get_state("feed:8-K") is None  # nothing was marked seen
    edgar.clear_faults()
    report = pipe.poll_cycle()
    assert report.ok and report.processed == 6


def test_a_truncated_submission_is_retried_next_cycle_not_lost(
    demo_refs, make_client, store, tickers, wall, edgar
):
    wl = watchlist_of(DEMO_WATCHLIST, tickers)
    edgar.add_fault("/Archives/edgar/data/1001426/*", "truncate", times=10)
    pipe = make_pipeline(make_client(), store, wl, tickers, wall, max_pages=1)
    first = pipe.poll_cycle()
    pericom = "0001275287-05-002977"
    assert pericom in first.failed
    assert store.filing_status(pericom) == "pending"
    edgar.clear_faults()
    second = pipe.poll_cycle()
    assert second.processed == 1 and store.filing_status(pericom) == "processed"


def test_a_filing_that_is_gone_is_given_up_after_one_attempt(
    make_client, store, tickers, wall, edgar
):
    ref = next(r for r, _ in demo_filings() if r.cik == 1045810)
    edgar.set(current_feed_path("8-K", 0), _refs_page([ref]), "application/atom+xml")
    wl = watchlist_of("defaults: {channel: '#f'}\ncompanies:\n  - ticker: NVDA\n", tickers)
    pipe = make_pipeline(make_client(), store, wl, tickers, wall, families=("8-K",))
    report = pipe.poll_cycle()  # the submission was never added to the stand-in: 404
    assert report.failed == [ref.accession]
    assert store.filing_status(ref.accession) == "failed"
    assert pipe.poll_cycle().failed == []


def test_the_rate_threshold_page_stops_the_cycle_and_keeps_filings_pending(
    demo_refs, make_client, store, tickers, wall, edgar
):
    wl = watchlist_of(DEMO_WATCHLIST, tickers)
    edgar.add_fault("/Archives/*", "rate_page", times=1)
    client = make_client()
    pipe = make_pipeline(client, store, wl, tickers, wall, max_pages=1)
    report = pipe.poll_cycle()
    assert not report.ok and "Rate" in (report.error or "")
    assert client.cooldown_until is not None
    assert len(store.pending_filings()) == 6 - report.processed


def test_amendments_and_prefix_matches_are_compared_exactly(
    make_client, store, tickers, wall, edgar
):
    ref = next(r for r, _ in demo_filings() if r.cik == 1045810)
    other = replace(ref, accession="0001045810-26-000099", form="8-K12B")  # not a form we watch
    edgar.set(current_feed_path("8-K", 0), _refs_page([other, ref]), "application/atom+xml")
    wl = watchlist_of("defaults: {channel: '#f'}\ncompanies:\n  - ticker: NVDA\n", tickers)
    pipe = make_pipeline(make_client(), store, wl, tickers, wall, families=("8-K",))
    report = CycleReport(started=wall())
    pipe.discover_family("8-K", report, wl.ciks)
    assert [r.accession for r in store.pending_filings()] == [ref.accession]
    assert report.discovered == 1
