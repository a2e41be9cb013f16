"""Self-monitoring: what the ops channel hears, once per episode, and on recovery."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.monitor import MonitorState, assess, edgar_open
from bot.runtime import Runtime
from bot.settings import Settings
from bot.slack.client import SlackPoster
from tests.servers.slack_standin import SlackStandIn

NY = ZoneInfo("America/New_York")
MON_NOON = datetime(2026, 3, 9, 12, 0, tzinfo=NY)  # a Monday, EDGAR open


def run(state, **kw):
    kw.setdefault("error", None)
    kw.setdefault("newest_accepted", None)
    kw.setdefault("cooldown_until", None)
    kw.setdefault("now", MON_NOON)
    a = assess(state, **kw)
    return a.state, [m.text for m in a.messages]


def test_failures_are_reported_once_at_the_threshold_then_recovery():
    s = MonitorState()
    texts = []
    for _ in range(5):
        s, t = run(s, ok=False, error="EDGAR answered 503")
        texts += t
    assert texts == ["EDGAR polls failed 3 times in a row; last error: EDGAR answered 503"]
    s, t = run(s, ok=True)
    assert t == ["EDGAR polls succeed again after 5 failed cycles."]
    assert run(s, ok=True)[1] == []


def test_a_cool_down_is_announced_once_and_its_end_too():
    until = MON_NOON + timedelta(minutes=10)
    s, t = run(MonitorState(), ok=False, cooldown_until=until)
    assert len(t) == 1 and "Request Rate Threshold Exceeded" in t[0] and "12:10:00 ET" in t[0]
    s, t = run(s, ok=False, cooldown_until=until, now=MON_NOON + timedelta(minutes=1))
    assert t == []
    s, t = run(s, ok=True, now=MON_NOON + timedelta(minutes=11))
    assert t == ["SEC cool-down over: requests resumed."]


def test_a_stale_feed_matters_only_while_edgar_is_open():
    old = MON_NOON - timedelta(minutes=45)
    s, t = run(MonitorState(), ok=True, newest_accepted=old)
    assert t == ["EDGAR's latest-filings feed has shown nothing new for 45 minutes during "
                 "business hours."]
    s, t = run(s, ok=True, newest_accepted=MON_NOON)
    assert t == ["EDGAR's latest-filings feed is moving again."]
    sunday = datetime(2026, 3, 8, 12, 0, tzinfo=NY)
    assert run(MonitorState(), ok=True, newest_accepted=sunday - timedelta(hours=20),
               now=sunday)[1] == []
    assert not edgar_open(datetime(2026, 3, 9, 23, 0, tzinfo=NY))
    assert not edgar_open(datetime(2026, 7, 3, 12, 0, tzinfo=NY))  # Independence Day observed


def test_ops_channel_hears_about_failing_polls_end_to_end(tmp_path, edgar, make_client, wall):
    edgar.add_fault("/cgi-bin/browse-edgar*", "503", times=None)
    with SlackStandIn(tokens={"xoxb-ops"}) as slack:
        settings = Settings(edgar_user_agent="T t@t.example", edgar_base_url=edgar.base_url,
                            edgar_data_url=edgar.base_url,
                            database_url=f"sqlite:///{tmp_path / 'db.sqlite3'}")
        rt = Runtime(settings, clock=wall, edgar_client=make_client(),
                     watchlist_text='defaults: {channel: "#filings"}\nops_channel: "#ops"\n'
                                    'companies:\n  - ticker: NVDA\n',
                     slack_sender=SlackPoster("xoxb-ops", base_url=slack.api_url),
                     refresh_tickers=False, sleep=lambda s: None)
        try:
            for _ in range(4):
                rt.poll()
                wall.advance(minutes=1)
            edgar.clear_faults()
            rt.poll()
        finally:
            rt.close()
        texts = [p.body["text"] for p in slack.posts("#ops")]
    assert len(texts) == 2
    assert "failed 3 times in a row" in texts[0] and "503" in texts[0]
    assert "succeed again" in texts[1]


def test_a_runtime_over_a_feed_of_old_filings_can_leave_feed_age_alone(tmp_path):
    """The demo replays filings from 2002-2026: their feed is 'stale' by design, and saying so
    would be a false alarm; a live runtime does say it."""
    from bot.pipeline import CycleReport

    settings = Settings(edgar_user_agent="T t@t.example",
                        database_url=f"sqlite:///{tmp_path / 'db.sqlite3'}")
    report = CycleReport(started=MON_NOON, ok=True,
                         newest_accepted=datetime(2002, 11, 21, 16, 0, tzinfo=NY))
    heard = {}
    for watch in (True, False):
        rt = Runtime(settings, clock=lambda: MON_NOON, edgar_client=object(),
                     watchlist_text='defaults: {channel: "#f"}\ncompanies:\n  - cik: 8855\n',
                     refresh_tickers=False, watch_feed_age=watch)
        try:
            heard[watch] = rt.monitor(report)
        finally:
            rt.store.close()
        (tmp_path / "db.sqlite3").unlink()
    assert len(heard[True]) == 1 and "nothing new" in heard[True][0]
    assert heard[False] == []
