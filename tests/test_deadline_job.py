"""The deadline job end to end: Tesla's real submissions JSON served by the EDGAR stand-in, the
clock moved forward across its fiscal 2012 10-K deadline, alerts enqueued once each, threaded,
and never twice across restarts.

Tesla (large accelerated filer) filed an NT 10-K on 2013-03-04 for the year ended 2012-12-31
(due Friday 2013-03-01, NT window closing Monday 2013-03-04), then the 10-K on 2013-03-07. To
see the alerts a company that stays silent would raise, the tests serve the real JSON with those
rows taken out, as if they had never been filed."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot import engine
from bot.calendar_cli import run_deadline_job, watchlist_calendar
from bot.deadlines import Status
from bot.errors import SentinelError
from bot.models import Filing, FilingRef, Finding, Kind, Severity
from bot.runtime import Runtime
from bot.settings import Settings
from bot.slack.delivery import ConsoleSender
from bot.store import Store
from tests.conftest import StepClock, watchlist_of

SUBS = Path(__file__).parent / "fixtures" / "submissions"
NT_10K = "0001193125-13-088624"
TEN_K = "0001193125-13-096241"
NY = ZoneInfo("America/New_York")
WL = 'defaults: {channel: "#filings"}\ncompanies:\n  - ticker: TSLA\n'


def _without(raw: bytes, *accessions: str) -> bytes:
    """The submissions page with the rows of `accessions` removed from its parallel arrays."""
    doc = json.loads(raw)
    cols = doc["filings"]["recent"] if "filings" in doc else doc
    keep = [i for i, a in enumerate(cols["accessionNumber"]) if a not in accessions]
    for key, values in cols.items():
        if isinstance(values, list):
            cols[key] = [values[i] for i in keep]
    return json.dumps(doc).encode()


def serve_tesla(edgar, *, drop: tuple[str, ...] = ()) -> None:
    main = (SUBS / "CIK0001318605_tesla.json").read_bytes()
    older = (SUBS / "CIK0001318605-submissions-001_tesla.json").read_bytes()
    edgar.set("/submissions/CIK0001318605.json", _without(main, *drop), "application/json")
    edgar.set("/submissions/CIK0001318605-submissions-001.json", _without(older, *drop),
              "application/json")


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 9, 0, tzinfo=NY).astimezone(UTC)


@pytest.fixture
def wl(tickers):
    return watchlist_of(WL, tickers)


def test_calendar_for_the_watchlist_reads_older_pages_when_the_day_needs_them(
    edgar, make_client, store, wl
):
    serve_tesla(edgar)
    entries = watchlist_calendar(make_client(), store, wl, date(2013, 3, 5), at(date(2013, 3, 5)))
    (fy2012,) = [e for e in entries if e.report == "10-K" and e.period == date(2012, 12, 31)]
    assert fy2012.status is Status.NT_FILED and fy2012.nt_filed_on == date(2013, 3, 4)
    assert fy2012.due == date(2013, 3, 1) and fy2012.extended_due == date(2013, 3, 18)


def test_missed_deadline_fires_once_on_the_right_day_and_never_again_after_restart(
    edgar, make_client, tmp_path, wl
):
    serve_tesla(edgar, drop=(NT_10K, TEN_K))
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    client = make_client()
    store = Store(url)
    assert run_deadline_job(client, store, wl, at(date(2013, 3, 4)), NY) == []  # NT window open
    ids = run_deadline_job(client, store, wl, at(date(2013, 3, 5)), NY)
    assert len(ids) == 1
    (alert,) = [a.alert for a in store.recent_alerts()]
    assert alert.severity == "high" and alert.ticker == "TSLA"
    assert "no NT 10-K" in alert.evidence and "2013-03-01" in alert.evidence
    assert alert.facts["period"] == "2012-12-31" and alert.facts["event"] == "missed_no_nt"
    assert run_deadline_job(client, store, wl, at(date(2013, 3, 6)), NY) == []
    store.close()
    store = Store(url)  # a restart
    assert run_deadline_job(client, store, wl, at(date(2013, 3, 6)), NY) == []
    store.close()


def test_late_report_replies_in_the_thread_of_the_missed_deadline(edgar, make_client, store, wl):
    serve_tesla(edgar, drop=(NT_10K, TEN_K))
    client = make_client()
    run_deadline_job(client, store, wl, at(date(2013, 3, 5)), NY)
    parent = store.due_outbox(at(date(2013, 3, 5)))[0]
    store.mark_sent(parent.id, "C0FILINGS", "1362477600.000100", at(date(2013, 3, 5)))
    serve_tesla(edgar, drop=(NT_10K,))  # the 10-K arrives on 7 March, six days late
    ids = run_deadline_job(client, store, wl, at(date(2013, 3, 8)), NY)
    assert len(ids) == 1
    (reply,) = store.due_outbox(at(date(2013, 3, 8)))
    assert reply.alert.facts["event"] == "filed_late" and reply.alert.facts["days_late"] == 6
    assert reply.thread_ts == "1362477600.000100"
    assert reply.alert.severity == "low" and not reply.reply_broadcast


def test_nt_filed_in_time_raises_nothing_until_the_grace_period_ends(
    edgar, make_client, store, wl
):
    serve_tesla(edgar, drop=(TEN_K,))
    client = make_client()
    for day in (date(2013, 3, 5), date(2013, 3, 18)):
        assert run_deadline_job(client, store, wl, at(day), NY) == []
    ids = run_deadline_job(client, store, wl, at(date(2013, 3, 19)), NY)
    (alert,) = [a.alert for a in store.recent_alerts()]
    assert len(ids) == 1 and alert.facts["event"] == "grace_expired"
    assert "NT 10-K filed 2013-03-04" in alert.evidence


def test_unreachable_edgar_with_no_cached_profile_says_so(edgar, make_client, store, wl):
    edgar.add_fault("/submissions/*", "404", times=None)
    (entry,) = watchlist_calendar(make_client(), store, wl, date(2026, 3, 9),
                                  at(date(2026, 3, 9)))
    assert entry.status is Status.UNKNOWN and "no submissions record" in (entry.reason or "")


def test_a_late_10k_arriving_in_the_poll_raises_filed_late_at_once(edgar, make_client, store, wl):
    from bot.calendar_cli import on_filing_processed

    serve_tesla(edgar, drop=(NT_10K, TEN_K))
    client = make_client()
    assert len(run_deadline_job(client, store, wl, at(date(2013, 3, 7)), NY)) == 1  # the miss
    serve_tesla(edgar, drop=(NT_10K,))
    arrival = datetime(2013, 3, 7, 16, 0, tzinfo=NY).astimezone(UTC)
    assert on_filing_processed(client, store, wl, arrival, NY, 1318605, "8-K") == []
    ids = on_filing_processed(client, store, wl, arrival, NY, 1318605, "10-K")
    assert len(ids) == 1  # the profile was refetched although the cached one is < 1 day old
    newest = store.recent_alerts(limit=1)[0].alert
    assert newest.facts["event"] == "filed_late" and newest.facts["days_late"] == 6


def _nt_alert(wl, now: datetime):
    """The alert the pipeline raises for Tesla's NT 10-K: the late-filing rule names the report
    and period, so bot.engine files it under the period's episode."""
    ref = FilingRef(accession=NT_10K, cik=1318605, company="TESLA MOTORS INC", form="NT 10-K",
                    filed=date(2013, 3, 4))
    filing = Filing(documents=(), accession=NT_10K, cik=1318605, form="NT 10-K",
                    period=date(2012, 12, 31), filed=date(2013, 3, 4))
    finding = Finding(kind=Kind.LATE_FILING, severity=Severity.MEDIUM,
                      title="Late filing: NT 10-K", evidence="unable to file without effort",
                      facts={"report": "10-K", "period": "2012-12-31"})
    plan = engine.plan_alerts(ref, filing, [finding], watchlist=wl, company=wl.by_cik[1318605],
                              ticker="TSLA", now=now)
    (alert,) = plan.alerts
    return alert


def test_10k_inside_the_nt_extension_replies_in_the_nt_thread_once_across_restarts(
    edgar, make_client, tmp_path, wl
):
    serve_tesla(edgar)  # the real history: NT 10-K on 4 March, 10-K on 7 March
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    client = make_client()
    store = Store(url)
    (nt_id,) = store.enqueue([_nt_alert(wl, at(date(2013, 3, 4)))], at(date(2013, 3, 4)))
    store.mark_sent(nt_id, "C0FILINGS", "1362405600.000200", at(date(2013, 3, 4)))
    for day in (date(2013, 3, 4), date(2013, 3, 5), date(2013, 3, 6)):  # NT on file, no 10-K
        assert run_deadline_job(client, store, wl, at(day), NY) == []
    assert len(run_deadline_job(client, store, wl, at(date(2013, 3, 7)), NY)) == 1
    (reply,) = store.due_outbox(at(date(2013, 3, 7)))
    assert reply.alert.episode_key == "1318605:10-K:2012-12-31"
    assert reply.thread_ts == "1362405600.000200"  # under the NT 10-K's alert
    assert reply.alert.severity == "low" and reply.alert.facts["event"] == "filed_late"
    assert reply.alert.facts["days_late"] == 6 and reply.alert.facts["within_extension"] is True
    assert reply.alert.evidence.startswith(
        "10-K for FY ended 2012-12-31 filed 2013-03-07, 6 days after the 2013-03-01 due date"
    )
    assert "within the Rule 12b-25 extension (cure by 2013-03-18)" in reply.alert.evidence
    assert run_deadline_job(client, store, wl, at(date(2013, 3, 8)), NY) == []
    store.close()
    store = Store(url)  # a restart
    for day in (date(2013, 3, 8), date(2013, 3, 20)):
        assert run_deadline_job(client, store, wl, at(day), NY) == []
    events = [a.alert.facts.get("event") for a in store.recent_alerts(limit=50)]
    assert events.count("filed_late") == 1 and len(events) == 2  # the NT alert and the reply
    store.close()


def _runtime(tmp_path, client, tickers, clock) -> Runtime:
    settings = Settings(edgar_user_agent="T t@t.example", edgar_base_url="http://unused.invalid",
                        edgar_data_url="http://unused.invalid",
                        database_url=f"sqlite:///{tmp_path / 'rt.sqlite3'}")
    return Runtime(settings, watchlist_text=WL, clock=clock, edgar_client=client,
                   slack_sender=ConsoleSender(io.StringIO()), tickers=tickers,
                   refresh_tickers=False, max_pages=1, sleep=lambda s: None)


SUBMISSIONS = "/submissions/CIK0001318605.json"


def serve_company_feed(edgar, cik: int) -> None:
    """The company's own feed (what a backfill reads), with nothing in the last 30 days."""
    from bot.edgar.feeds import company_feed_path
    from tests.test_recovery import company_feed

    edgar.set(company_feed_path(cik, "", count=40), company_feed(cik, f"CIK {cik}", []),
              "application/atom+xml")


def test_a_backfill_whose_feed_cannot_be_read_stays_queued_and_runs_later(
    edgar, make_client, tmp_path, tickers
):
    serve_tesla(edgar)
    clock = StepClock(at(date(2013, 2, 1)))
    runtime = _runtime(tmp_path, make_client(), tickers, clock)
    try:
        runtime.request_backfill(1318605)  # the company feed is not served: EDGAR's 503 page
        assert runtime.run_backfills() == 0
        assert runtime.store.get_state("backfill:queue") == [1318605]
        serve_company_feed(edgar, 1318605)
        clock.advance(minutes=1)
        assert runtime.run_backfills() == 0  # not hammered: waits out the retry delay
        clock.advance(minutes=5)
        assert runtime.run_backfills() == 1
        assert runtime.store.get_state("backfill:queue") == []
    finally:
        runtime.close()


def test_the_backfill_queue_survives_a_restart(edgar, make_client, tmp_path, tickers):
    serve_tesla(edgar)
    serve_company_feed(edgar, 1318605)
    clock = StepClock(at(date(2013, 2, 1)))
    runtime = _runtime(tmp_path, make_client(), tickers, clock)
    runtime.request_backfill(1318605)  # `/edgar watch TSLA`, then the process dies
    runtime.close()
    runtime = _runtime(tmp_path, make_client(), tickers, clock)
    try:
        assert runtime.run_backfills() == 1
        assert any(r.path.startswith("/cgi-bin/browse-edgar") and "getcompany" in r.query
                   for r in edgar.requests)
    finally:
        runtime.close()


def test_newly_watched_company_gets_its_profile_and_deadline_alert_at_once(
    edgar, make_client, tmp_path, tickers
):
    serve_tesla(edgar, drop=(NT_10K, TEN_K))  # silent: no NT 10-K, no 10-K
    serve_company_feed(edgar, 1318605)
    runtime = _runtime(tmp_path, make_client(), tickers, StepClock(at(date(2013, 3, 6))))
    try:
        assert runtime.store.load_profile(1318605) is None
        runtime.request_backfill(1318605)  # what `/edgar watch TSLA` does
        assert runtime.run_backfills() == 1
        assert runtime.store.load_profile(1318605) is not None  # not left to the daily job
        assert [r.path for r in edgar.requests].count(SUBMISSIONS) == 1
        alerts = [a.alert for a in runtime.store.recent_alerts(cik=1318605)]
        assert [(a.facts["event"], a.severity) for a in alerts] == [("missed_no_nt", "high")]
        assert alerts[0].facts["period"] == "2012-12-31"
        assert runtime.outbox_ready.is_set()
        runtime.request_backfill(1318605)  # watched again: nothing twice
        assert runtime.run_backfills() == 1
        assert len(runtime.store.recent_alerts(cik=1318605)) == 1
    finally:
        runtime.close()


def test_a_failing_deadline_check_does_not_stop_the_backfill_queue(
    edgar, make_client, tmp_path, tickers, monkeypatch
):
    import bot.calendar_cli

    calls: list[int] = []

    def failing(client, store, watchlist, now, tz, cik):
        calls.append(cik)
        raise SentinelError("EDGAR unreachable")

    monkeypatch.setattr(bot.calendar_cli, "on_company_watched", failing)
    serve_company_feed(edgar, 1318605)
    serve_company_feed(edgar, 320193)
    runtime = _runtime(tmp_path, make_client(), tickers, StepClock(at(date(2013, 3, 6))))
    try:
        runtime.request_backfill(1318605)
        runtime.request_backfill(320193)
        assert runtime.run_backfills() == 2
        assert calls == [1318605, 320193]
    finally:
        runtime.close()
