"""The deadline job end to end: Tesla's real submissions JSON served by the EDGAR stand-in, the
clock moved forward across its fiscal 2012 10-K deadline, alerts enqueued once each, threaded,
and never twice across restarts.

Tesla (large accelerated filer) filed an NT 10-K on 2013-03-04 for the year ended 2012-12-31
(due Friday 2013-03-01, NT window closing Monday 2013-03-04), then the 10-K on 2013-03-07. To
see the alerts a company that stays silent would raise, the tests serve the real JSON with those
rows taken out, as if they had never been filed."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.calendar_cli import run_deadline_job, watchlist_calendar
from bot.deadlines import Status
from bot.store import Store
from tests.conftest import watchlist_of

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
