"""Recovery end to end: backfill on watch, gap repair, nightly reconciliation and replay, with
the real pipeline, EDGAR client and store against the EDGAR stand-in over loopback, serving
real filings (bot/data/demo, tests/fixtures/indexes/filings) and real index rows."""

from __future__ import annotations

import gzip
import io
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from bot.demo import DEMO_WATCHLIST, demo_filings, serve_demo
from bot.edgar.atomgen import render_current_feed
from bot.edgar.feeds import company_feed_path, current_feed_path
from bot.edgar.indexes import daily_index_path
from bot.models import FilingRef, Kind, Severity
from bot.pipeline import Pipeline
from bot.recovery import (
    STATE_RECONCILE,
    backfill,
    backfill_watchlist,
    nightly_reconcile,
    poll_with_repair,
    previous_business_day,
    reconcile,
    replay,
    replay_main,
    stderr_progress,
)
from bot.settings import Settings
from tests.conftest import TEST_UA, StepClock, watchlist_of

IDX = Path(__file__).resolve().parent / "fixtures" / "indexes"
ADOBE_ACC = "0000796343-23-000044"
ADOBE_CIK = 796343
MATIV_ACC = "0001193125-23-071458"  # Mativ Holdings' 8-K in master.20230315.idx
DAY = date(2023, 3, 15)


# --- helpers ---------------------------------------------------------------------------------


def company_feed(cik: int, name: str, rows: list[tuple[str, str, date]]) -> bytes:
    """A per-company feed (action=getcompany) in EDGAR's layout (as in
    tests/fixtures/feeds/AAPL_getcompany_all_2021-04-18.atom.xml): rows (accession, form,
    filing date), newest first."""
    entries = "".join(
        f"""<entry>
<category label="form type" scheme="https://www.sec.gov/" term="{escape(form)}" />
<content type="text/xml">
<accession-number>{acc}</accession-number>
<filing-date>{filed.isoformat()}</filing-date>
<filing-href>https://www.sec.gov/Archives/edgar/data/{cik}/{acc.replace('-', '')}/{acc}-index.htm</filing-href>
<filing-type>{escape(form)}</filing-type>
<size>12 KB</size>
</content>
<id>urn:tag:sec.gov,2008:accession-number={acc}</id>
<link href="https://www.sec.gov/Archives/edgar/data/{cik}/{acc.replace('-', '')}/{acc}-index.htm" rel="alternate" type="text/html" />
<summary type="html"> &lt;b&gt;Filed:&lt;/b&gt; {filed.isoformat()} &lt;b&gt;AccNo:&lt;/b&gt; {acc} &lt;b&gt;Size:&lt;/b&gt; 12 KB</summary>
<title>{escape(form)}  - Current report</title>
<updated>{filed.isoformat()}T16:00:00-04:00</updated>
</entry>
"""
        for acc, form, filed in rows
    )
    return f"""<?xml version="1.0" encoding="ISO-8859-1" ?>
<feed xmlns="http://www.w3.org/2005/Atom">
<author><email>webmaster@sec.gov</email><name>Webmaster</name></author>
<company-info>
<cik>{cik:010d}</cik>
<conformed-name>{escape(name)}</conformed-name>
<fiscal-year-end>1231</fiscal-year-end>
</company-info>
{entries}<id>https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&amp;CIK={cik:010d}</id>
<title>{escape(name)}  (0000{cik})</title>
<updated>2026-01-01T00:00:00-05:00</updated>
</feed>
""".encode("iso-8859-1")


def make_pipeline(client, store, wl, tickers, clock, **kw) -> Pipeline:
    return Pipeline(client=client, store=store, watchlist=lambda: wl, tickers=tickers,
                    clock=clock, **kw)


def fetches(edgar, path: str) -> int:
    return sum(1 for r in edgar.requests if r.path == path)


def synthetic(n: int, first: int, when: datetime) -> list[FilingRef]:
    """Unwatched 8-Ks filling the latest-filings feed."""
    return [
        FilingRef(accession=f"0009999999-06-{first + i:06d}", cik=7000000 + first + i,
                  company=f"Unwatched Co {first + i}", form="8-K", filed=when.date(),
                  accepted=when - timedelta(seconds=i))
        for i in range(n)
    ]


def demo_ref(accession: str) -> tuple[FilingRef, bytes]:
    return next((r, d) for r, d in demo_filings() if r.accession == accession)


# --- backfill --------------------------------------------------------------------------------

LOCKER = 8855
LOCKER_2006 = "0000898431-06-000124"  # review of financial reporting; 10-K not yet filed
LOCKER_2002 = "0000898431-02-000145"  # private block repurchase of 370,000 shares


@pytest.fixture
def locker_feed(edgar, wall):
    serve_demo(edgar, wall())
    feed = company_feed(LOCKER, "AMERICAN LOCKER GROUP INC", [
        ("0000898431-06-000130", "4", date(2006, 11, 15)),  # not a form of interest
        (LOCKER_2006, "8-K", date(2006, 11, 13)),
        (LOCKER_2002, "8-K", date(2002, 11, 21)),
        ("0000898431-01-000050", "10-Q", date(2001, 11, 14)),  # before the window
    ])
    edgar.set(company_feed_path(LOCKER, "", count=40), feed, "application/atom+xml")


def test_backfill_posts_one_summary_not_a_flood(locker_feed, edgar, make_client, store,
                                                tickers):
    clock = StepClock(datetime(2006, 11, 20, 15, 0, tzinfo=UTC))
    wl = watchlist_of(DEMO_WATCHLIST, tickers)
    pipe = make_pipeline(make_client(), store, wl, tickers, clock)
    rep = backfill(pipe, LOCKER, days=1470, now=clock())  # 2002-11-21 is 1460 days back
    assert rep.error is None and rep.failed == []
    assert rep.filings == 2 and rep.processed == 2
    # both 8-Ks fetched once; the Form 4 and the 2001 10-Q never
    for acc in (LOCKER_2006, LOCKER_2002):
        path = f"/Archives/edgar/data/{LOCKER}/{acc.replace('-', '')}/{acc}.txt"
        assert fetches(edgar, path) == 1
        assert store.filing_status(acc) == "processed"
    assert not [r for r in edgar.requests if "000089843101000050" in r.path]
    # findings are stored per filing (read from the documents: a block repurchase in 2002;
    # an accounting review delaying the 2005 10-K in 2006)
    assert [f.kind for f in store.findings_for(LOCKER_2002)] == [Kind.BUYBACK]
    assert {f.kind for f in store.findings_for(LOCKER_2006)} == {
        Kind.RESTATEMENT_RISK, Kind.LATE_FILING}
    alerts = store.recent_alerts(cik=LOCKER)
    assert len(alerts) == 1
    summary = alerts[0].alert
    assert summary.dedupe_key == "backfill:8855:2006-11-20"
    assert summary.title.startswith("Backfill for American Locker Group Inc: 3 findings in the "
                                    "last 1470 days: ")
    for part in ("1 late filing", "1 restatement risk", "1 buyback"):
        assert part in summary.title
    assert summary.severity is Severity.HIGH and summary.kind is Kind.LATE_FILING
    assert summary.channel == "#filings" and alerts[0].status == "pending"
    assert summary.url == ("https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany"
                           "&CIK=0000008855&type=&dateb=&owner=include&count=40")
    assert summary.facts["accessions"] == [LOCKER_2002, LOCKER_2006]


def test_backfill_then_the_poll_does_not_alert_the_same_filings_again(
    locker_feed, make_client, store, tickers, edgar
):
    clock = StepClock(datetime(2006, 11, 20, 15, 0, tzinfo=UTC))
    wl = watchlist_of(DEMO_WATCHLIST, tickers)
    pipe = make_pipeline(make_client(), store, wl, tickers, clock, max_pages=1)
    backfill(pipe, LOCKER, days=1470, now=clock())
    again = backfill(pipe, LOCKER, days=1470, now=clock())  # a second watch the same day
    assert again.processed == 0 and again.summary_alert is None
    clock.advance(minutes=1)
    report = pipe.poll_cycle()  # the demo feed lists both Locker 8-Ks among six filings
    assert report.ok and report.processed == 4
    assert [a.alert.dedupe_key for a in store.recent_alerts(cik=LOCKER)] == [
        "backfill:8855:2006-11-20"]
    path = f"/Archives/edgar/data/{LOCKER}/{LOCKER_2006.replace('-', '')}/{LOCKER_2006}.txt"
    assert fetches(edgar, path) == 1


def test_backfill_of_a_quiet_company_posts_nothing(edgar, make_client, store, tickers, wall):
    serve_demo(edgar, wall())
    ref, _ = demo_ref("0001045810-26-000024")  # NVIDIA 5.02: officer compensation
    edgar.set(company_feed_path(ref.cik, "", count=40),
              company_feed(ref.cik, "NVIDIA CORP", [(ref.accession, "8-K", ref.filed)]),
              "application/atom+xml")
    wl = watchlist_of(DEMO_WATCHLIST, tickers)
    pipe = make_pipeline(make_client(), store, wl, tickers, wall)
    rep = backfill(pipe, ref.cik, days=30, now=datetime(2026, 3, 9, 15, 0, tzinfo=UTC))
    assert rep.processed == 1 and rep.summary_alert is None
    assert store.recent_alerts(cik=ref.cik) == []


def test_backfill_progress_lines_for_a_watchlist(locker_feed, make_client, store, tickers):
    clock = StepClock(datetime(2006, 11, 20, 15, 0, tzinfo=UTC))
    wl = watchlist_of(DEMO_WATCHLIST, tickers)
    pipe = make_pipeline(make_client(), store, wl, tickers, clock)
    out = io.StringIO()
    # Pericom's company feed is not served: a clear error line, and the run goes on
    reps = backfill_watchlist(pipe, [1001426, LOCKER], days=1470, now=clock(),
                              progress=stderr_progress(out))
    lines = out.getvalue().splitlines()
    assert len(lines) == 2 and len(reps) == 2
    assert lines[0].startswith("backfill 1/2 Pericom Semiconductor Corp: 0 filings")
    assert "error:" in lines[0]
    assert lines[1] == ("backfill 2/2 American Locker Group Inc: 2 filings in 1470 days, "
                        "2 processed, 3 findings")


def test_backfill_of_a_watchlist_stops_at_secs_rate_page(locker_feed, edgar, make_client,
                                                          store, tickers):
    clock = StepClock(datetime(2006, 11, 20, 15, 0, tzinfo=UTC))
    wl = watchlist_of(DEMO_WATCHLIST, tickers)
    pipe = make_pipeline(make_client(), store, wl, tickers, clock)
    edgar.add_fault("/cgi-bin/browse-edgar*", "rate_page", times=1)
    before = len(edgar.requests)
    reps = backfill_watchlist(pipe, [LOCKER, 1001426, 1002682], days=1470, now=clock())
    assert len(reps) == 1 and reps[0].error and reps[0].processed == 0
    assert len(edgar.requests) - before == 1  # nothing more asked during the cool-down
    assert store.recent_alerts() == []


# --- gap repair ------------------------------------------------------------------------------

HORIZON = 1002682
HORIZON_ACC = "0000939057-06-000286"  # 8-K 2.02: repurchased 25,046 shares in the quarter


def test_gap_repair_finds_a_filing_that_fell_out_of_the_feeds_reach(
    edgar, make_client, store, tickers
):
    clock = StepClock(datetime(2006, 10, 20, 14, 0, tzinfo=UTC))
    ref, data = demo_ref(HORIZON_ACC)
    edgar.add_filing(ref.cik, ref.accession, data)
    wl = watchlist_of("defaults: {channel: '#f', min_severity: low}\n"
                      f"companies:\n  - cik: {HORIZON}\n    name: Horizon Financial Corp\n",
                      tickers)
    pipe = make_pipeline(make_client(), store, wl, tickers, clock, families=("8-K",),
                         max_pages=1)
    edgar.set(current_feed_path("8-K", 0),
              render_current_feed(synthetic(100, 0, clock()), updated=clock()),
              "application/atom+xml")
    first, repair = poll_with_repair(pipe)
    assert first.ok and first.gaps == [] and repair.companies == 0
    # downtime: by the next poll Horizon's 8-K and 100 more filings came and went by
    clock.advance(hours=22)
    edgar.set(current_feed_path("8-K", 0),
              render_current_feed(synthetic(100, 500, clock()), updated=clock()),
              "application/atom+xml")
    edgar.set(company_feed_path(HORIZON, "", count=40), company_feed(HORIZON, ref.company, [
        (HORIZON_ACC, "8-K", date(2006, 10, 20)),
        ("0000939057-06-000200", "10-Q", date(2006, 8, 9)),  # before the last good poll
    ]), "application/atom+xml")
    report, repair = poll_with_repair(pipe)
    assert report.gaps == ["8-K"]
    assert repair.since == datetime(2006, 10, 20, 14, 0, tzinfo=UTC)
    assert (repair.companies, repair.found, repair.added, repair.processed) == (1, 1, 1, 1)
    assert store.filing_status(HORIZON_ACC) == "processed"
    alerts = store.recent_alerts(cik=HORIZON)
    assert [a.alert.dedupe_key for a in alerts] == [f"{HORIZON_ACC}:buyback"]
    assert alerts[0].status == "pending"  # a real alert, it is recent
    assert fetches(edgar, ref.submission_path) == 1
    # the next cycle without a gap reads no company feed
    clock.advance(minutes=1)
    before = len(edgar.requests)
    report, repair = poll_with_repair(pipe)
    assert report.gaps == [] and repair.companies == 0
    assert all(r.params.get("action") != "getcompany" for r in edgar.requests[before:])


# --- reconciliation --------------------------------------------------------------------------


@pytest.fixture
def index_day(edgar):
    edgar.set(daily_index_path(DAY), (IDX / "master.20230315.idx").read_bytes(), "text/plain")
    adobe = gzip.decompress((IDX / "filings" / f"{ADOBE_ACC}.txt.gz").read_bytes())
    edgar.add_filing(ADOBE_CIK, ADOBE_ACC, adobe)
    return adobe


RECON_WATCHLIST = """\
defaults: {channel: '#filings', min_severity: low}
companies:
  - ticker: ADBE
  - ticker: MATV
  - cik: 1037646   # Mettler-Toledo: only a DEF 14A that day
"""


def test_reconcile_processes_what_the_feed_missed_exactly_once(
    index_day, edgar, make_client, store, tickers
):
    clock = StepClock(datetime(2023, 3, 16, 7, 0, tzinfo=UTC))
    wl = watchlist_of(RECON_WATCHLIST, tickers)
    pipe = make_pipeline(make_client(), store, wl, tickers, clock)
    # the feed saw Mativ's 8-K that day, not Adobe's
    mativ = FilingRef(accession=MATIV_ACC, cik=1000623, company="Mativ Holdings, Inc.",
                      form="8-K", filed=DAY)
    store.record_processed(mativ, [], [], clock())
    rep = reconcile(pipe, DAY, now=clock())
    assert rep.available and rep.error is None
    assert rep.checked == 2 and rep.missed == [ADOBE_ACC]
    assert rep.processed == 1 and rep.alerts == 1
    assert store.get_state(STATE_RECONCILE) == {
        "day": "2023-03-15", "checked": 2, "missed": 1, "accessions": [ADOBE_ACC],
        "at": "2023-03-16T07:00:00+00:00"}
    alerts = store.recent_alerts(cik=ADOBE_CIK)
    assert [a.alert.dedupe_key for a in alerts] == [f"{ADOBE_ACC}:buyback"]
    assert "repurchased approximately 5.0 million shares" in alerts[0].alert.evidence
    adobe_path = f"/Archives/edgar/data/{ADOBE_CIK}/{ADOBE_ACC.replace('-', '')}/{ADOBE_ACC}.txt"
    assert fetches(edgar, adobe_path) == 1
    assert not [r for r in edgar.requests if "071458" in r.path]  # Mativ's was known

    clock.advance(hours=24)
    again = reconcile(pipe, DAY, now=clock())
    assert again.checked == 2 and again.missed == [] and again.processed == 0
    assert store.get_state(STATE_RECONCILE)["missed"] == 0
    assert fetches(edgar, adobe_path) == 1
    assert len(store.recent_alerts(cik=ADOBE_CIK)) == 1


def test_reconcile_of_a_day_without_an_index_is_not_an_error(
    index_day, make_client, store, tickers, wall
):
    wl = watchlist_of(RECON_WATCHLIST, tickers)
    pipe = make_pipeline(make_client(), store, wl, tickers, wall)
    rep = reconcile(pipe, date(2023, 3, 17), now=wall())  # not served: 404
    assert not rep.available and rep.error is None
    assert rep.summary() == "reconcile 2023-03-17: daily index not available"
    assert store.get_state(STATE_RECONCILE) is None


def test_reconcile_of_a_truncated_index_processes_nothing(
    index_day, edgar, make_client, store, tickers, wall
):
    wl = watchlist_of(RECON_WATCHLIST, tickers)
    pipe = make_pipeline(make_client(), store, wl, tickers, wall)
    edgar.add_fault(daily_index_path(DAY), "short", times=None)
    rep = reconcile(pipe, DAY, now=wall())
    assert rep.error and "truncated" in rep.error and "\n" not in rep.error
    assert rep.checked == 0 and store.count_filings() == 0
    assert store.get_state(STATE_RECONCILE) is None


def test_nightly_reconcile_checks_the_previous_business_day(
    index_day, make_client, store, tickers
):
    wl = watchlist_of(RECON_WATCHLIST, tickers)
    clock = StepClock(datetime(2023, 3, 16, 7, 0, tzinfo=UTC))  # Thursday 03:00 ET
    pipe = make_pipeline(make_client(), store, wl, tickers, clock)
    rep = nightly_reconcile(pipe)
    assert rep.day == DAY and sorted(rep.missed) == sorted([ADOBE_ACC, MATIV_ACC])
    # Mativ's submission is not served: given up (404), counted as failed, not lost silently
    assert rep.processed == 1 and rep.failed == [MATIV_ACC]
    assert store.filing_status(MATIV_ACC) == "failed"


@pytest.mark.parametrize(("today", "expected"), [
    (date(2023, 3, 16), date(2023, 3, 15)),  # Thursday -> Wednesday
    (date(2023, 3, 20), date(2023, 3, 17)),  # Monday -> Friday
    (date(2023, 3, 19), date(2023, 3, 17)),  # Sunday -> Friday
])
def test_previous_business_day(today, expected):
    assert previous_business_day(today) == expected


# --- replay ----------------------------------------------------------------------------------


def test_replay_prints_what_would_have_fired(index_day, make_client, tickers):
    wl = watchlist_of(RECON_WATCHLIST.replace("  - ticker: MATV\n", ""), tickers)
    out = io.StringIO()
    n = replay(make_client(), wl, tickers, date(2023, 3, 13), date(2023, 3, 19), out=out,
               now=datetime(2026, 3, 9, tzinfo=UTC))
    assert n == 1
    lines = out.getvalue().splitlines()
    fired = [ln for ln in lines if not ln.startswith("#")]
    assert fired == [
        "2023-03-15  ADOBE INC. (ADBE)  8-K  buyback  medium  Repurchased 5 million "
        "shares  https://www.sec.gov/Archives/edgar/data/796343/000079634323000044/"
        "0000796343-23-000044-index.htm"
    ]
    # Mon, Tue, Thu, Fri have no index here; Sat and Sun are not asked for
    assert sum("no daily index" in ln for ln in lines) == 4
    assert "# 2023-03-15: 2 watched filings" not in lines  # DEF 14A is not a form of interest
    assert "# 2023-03-15: 1 watched filings" in lines


def test_replay_post_enqueues_instead_of_printing(index_day, make_client, store, tickers):
    wl = watchlist_of(RECON_WATCHLIST, tickers)
    out = io.StringIO()
    # Mativ's submission is not served: it is skipped with a line, the run goes on
    n = replay(make_client(), wl, tickers, DAY, DAY, out=out, post=True, store=store,
               now=datetime(2026, 3, 9, tzinfo=UTC))
    assert n == 1
    assert [a.alert.dedupe_key for a in store.recent_alerts()] == [f"{ADOBE_ACC}:buyback"]
    assert any(ln.startswith(f"# 2023-03-15 {MATIV_ACC}") and "skipped" in ln
               for ln in out.getvalue().splitlines())


def test_replay_main_reports_a_bad_range_in_one_line(edgar, tmp_path, make_client):
    wl_file = tmp_path / "watchlist.yaml"
    wl_file.write_text(RECON_WATCHLIST)
    settings = Settings(edgar_user_agent=TEST_UA, edgar_base_url=edgar.base_url,
                        edgar_data_url=edgar.base_url,
                        database_url=f"sqlite:///{tmp_path / 'db.sqlite3'}")
    err = io.StringIO()
    code = replay_main(settings, date(2023, 3, 20), date(2023, 3, 13), wl_file, False,
                       out=io.StringIO(), err=err, client=make_client())
    assert code == 2
    assert err.getvalue() == ("edgar-sentinel replay: replay: --from 2023-03-20 is after "
                              "--to 2023-03-13\n")


def test_replay_main_runs_against_the_standin(index_day, edgar, tmp_path, make_client):
    wl_file = tmp_path / "watchlist.yaml"
    wl_file.write_text(RECON_WATCHLIST.replace("  - ticker: MATV\n", ""))
    settings = Settings(edgar_user_agent=TEST_UA, edgar_base_url=edgar.base_url,
                        edgar_data_url=edgar.base_url,
                        database_url=f"sqlite:///{tmp_path / 'db.sqlite3'}")
    out = io.StringIO()
    code = replay_main(settings, DAY, DAY, wl_file, False, out=out, err=io.StringIO(),
                       client=make_client())
    assert code == 0
    assert "buyback  medium" in out.getvalue()


def test_replay_finds_a_non_reliance_8k(edgar, make_client, tickers):
    """ABVC's 8-K of 2025-04-15 reports Item 4.02 non-reliance (bot/data/demo/SOURCES.md).
    No real daily index of that day is stored, so the day's index here holds the row EDGAR
    lists for it (CIK|name|form|date|file name, from the filing's own header) under the real
    master index preamble; the 14th has no index."""
    ref, data = demo_ref("0001213900-25-032135")
    edgar.add_filing(ref.cik, ref.accession, data)
    head = (IDX / "master.20181231_excerpt.idx").read_bytes().split(b"-" * 80 + b"\n")[0]
    row = (f"{ref.cik}|{ref.company}|{ref.form}|{ref.filed:%Y%m%d}|"
           f"edgar/data/{ref.cik}/{ref.accession}.txt\n")
    edgar.set(daily_index_path(ref.filed), head + b"-" * 80 + b"\n" + row.encode(), "text/plain")
    wl = watchlist_of(f"defaults: {{channel: '#risk'}}\ncompanies:\n  - cik: {ref.cik}\n",
                      tickers)
    out = io.StringIO()
    n = replay(make_client(), wl, tickers, date(2025, 4, 14), date(2025, 4, 15), out=out,
               now=datetime(2026, 3, 9, tzinfo=UTC))
    fired = [ln for ln in out.getvalue().splitlines() if not ln.startswith("#")]
    assert n == 1 and len(fired) == 1
    day, who, form, kind, severity, title, url = fired[0].split("  ")
    assert (day, form, kind, severity) == ("2025-04-15", "8-K", "restatement_risk", "high")
    assert who.startswith("ABVC BIOPHARMA") and title.startswith("8-K Item 4.02")
    assert url.endswith("/1173313/000121390025032135/0001213900-25-032135-index.htm")


def test_replay_main_reports_a_missing_watchlist_in_one_line(edgar, tmp_path, make_client):
    settings = Settings(edgar_user_agent=TEST_UA, edgar_base_url=edgar.base_url,
                        edgar_data_url=edgar.base_url,
                        database_url=f"sqlite:///{tmp_path / 'db.sqlite3'}")
    err = io.StringIO()
    code = replay_main(settings, DAY, DAY, tmp_path / "nope.yaml", False, out=io.StringIO(),
                       err=err, client=make_client())
    assert code == 2 and err.getvalue().count("\n") == 1 and "nope.yaml" in err.getvalue()


def test_replay_main_post_delivers_to_slack_not_only_the_outbox(index_day, edgar, tmp_path,
                                                                 make_client):
    from tests.servers.slack_standin import SlackStandIn

    wl_file = tmp_path / "watchlist.yaml"
    wl_file.write_text(RECON_WATCHLIST.replace("  - ticker: MATV\n", ""))
    token = "xoxb-replay-post-0123456789"
    with SlackStandIn(tokens={token}) as slack:
        settings = Settings(edgar_user_agent=TEST_UA, edgar_base_url=edgar.base_url,
                            edgar_data_url=edgar.base_url, slack_bot_token=token,
                            slack_api_url=slack.api_url,
                            database_url=f"sqlite:///{tmp_path / 'db.sqlite3'}")
        out = io.StringIO()
        code = replay_main(settings, DAY, DAY, wl_file, True, out=out, err=io.StringIO(),
                           client=make_client())
        posts = slack.posts()
    assert code == 0
    assert len(posts) == 1 and posts[0].body["text"].startswith("Buyback")
    assert "0000796343-23-000044" in posts[0].body["text"]  # the Adobe 8-K of the index day
    assert "# delivered 1" in out.getvalue()


def test_reconcile_job_retries_a_day_until_its_index_is_read_and_never_replays_the_past(
    edgar, make_client, store, tickers
):
    from bot.recovery import STATE_RECONCILE_DONE, reconcile_pending

    wl = watchlist_of(RECON_WATCHLIST, tickers)
    clock = StepClock(datetime(2023, 3, 16, 7, 0, tzinfo=UTC))  # Thursday 03:00 ET
    pipe = make_pipeline(make_client(), store, wl, tickers, clock)
    # first run of a new installation: only Wednesday the 15th, not the week before
    edgar.add_fault(daily_index_path(DAY), "503", times=None)
    (rep,) = reconcile_pending(pipe)
    assert rep.day == DAY and rep.error and "503" in rep.error
    assert store.get_state(STATE_RECONCILE_DONE) == []  # failed: not done
    index_requests = [r.path for r in edgar.requests if r.path.startswith("/Archives/edgar/daily")]
    assert set(index_requests) == {daily_index_path(DAY)}
    # an hour later EDGAR serves it: the day is reconciled, the missed filing found
    edgar.clear_faults()
    edgar.set(daily_index_path(DAY), (IDX / "master.20230315.idx").read_bytes(), "text/plain")
    edgar.add_filing(ADOBE_CIK, ADOBE_ACC,
                     gzip.decompress((IDX / "filings" / f"{ADOBE_ACC}.txt.gz").read_bytes()))
    clock.advance(hours=1)
    (rep,) = reconcile_pending(pipe)
    assert rep.day == DAY and rep.available and ADOBE_ACC in rep.missed
    assert store.get_state(STATE_RECONCILE_DONE) == ["2023-03-15"]
    # later runs: nothing to do for the 15th; Friday's index (the 16th) not built yet is retried
    clock.advance(hours=24)  # Friday 03:00 ET
    (rep,) = reconcile_pending(pipe)
    assert rep.day == date(2023, 3, 16) and not rep.available
    clock.advance(hours=1)
    assert [r.day for r in reconcile_pending(pipe)] == [date(2023, 3, 16)]
    assert len(store.recent_alerts(cik=ADOBE_CIK)) == 1  # never twice


def test_a_poll_during_a_backfill_leaves_the_claimed_filings_to_the_summary(
    locker_feed, edgar, make_client, store, tickers, monkeypatch
):
    """The backfill job and the poll run on different threads: filings a backfill has claimed
    must not be taken by the poll's pending queue and alerted one by one."""
    import bot.recovery as recovery

    clock = StepClock(datetime(2006, 11, 20, 15, 0, tzinfo=UTC))
    wl = watchlist_of(DEMO_WATCHLIST, tickers)
    pipe = make_pipeline(make_client(), store, wl, tickers, clock)
    seen_by_poll: list[list[str]] = []
    real = recovery._quiet_process

    def quiet_then_poll(pipeline, ref, now):
        seen_by_poll.append([r.accession for r in store.pending_filings()])  # the poll's view
        return real(pipeline, ref, now)

    monkeypatch.setattr(recovery, "_quiet_process", quiet_then_poll)
    rep = backfill(pipe, LOCKER, days=1470, now=clock())
    assert rep.processed == 2 and seen_by_poll == [[], []]
    assert [a.alert.dedupe_key for a in store.recent_alerts(cik=LOCKER)] == [
        "backfill:8855:2006-11-20"]  # one summary, no single alerts


def test_what_a_backfill_could_not_fetch_goes_to_the_poll(
    locker_feed, edgar, make_client, store, tickers
):
    clock = StepClock(datetime(2006, 11, 20, 15, 0, tzinfo=UTC))
    wl = watchlist_of(DEMO_WATCHLIST, tickers)
    pipe = make_pipeline(make_client(), store, wl, tickers, clock)
    path = f"/Archives/edgar/data/{LOCKER}/{LOCKER_2006.replace('-', '')}/{LOCKER_2006}.txt"
    edgar.add_fault(path, "503", times=None)
    rep = backfill(pipe, LOCKER, days=1470, now=clock())
    assert rep.error is None and rep.failed == [LOCKER_2006]
    assert [r.accession for r in store.pending_filings()] == [LOCKER_2006]  # retried by polls
