"""The running service's pieces end to end: real filings through the pipeline, delivered by the
real Slack client to the Slack stand-in: threads, digests, status and health."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.demo import serve_demo
from bot.runtime import Runtime
from bot.service import healthy, send_digests, status_of
from bot.settings import Settings
from bot.slack.client import SlackPoster
from tests.servers.slack_standin import SlackStandIn

TOKEN = "xoxb-test-token-42"
NY = ZoneInfo("America/New_York")


def runtime_for(tmp_path, edgar, client, slack, wall, watchlist: str) -> Runtime:
    settings = Settings(edgar_user_agent="T t@t.example", edgar_base_url=edgar.base_url,
                        edgar_data_url=edgar.base_url,
                        database_url=f"sqlite:///{tmp_path / 'db.sqlite3'}")
    return Runtime(settings, watchlist_text=watchlist, clock=wall, edgar_client=client,
                   slack_sender=SlackPoster(TOKEN, base_url=slack.api_url),
                   refresh_tickers=False, max_pages=1,
                   sleep=lambda s: wall.advance(seconds=s))


@pytest.fixture
def slack():
    with SlackStandIn(tokens={TOKEN}) as server:
        yield server


def test_an_episode_threads_late_notice_and_restatement_in_one_channel(
    tmp_path, edgar, make_client, slack, wall
):
    serve_demo(edgar, wall())
    rt = runtime_for(tmp_path, edgar, make_client(), slack, wall,
                     'defaults: {channel: "#filings"}\ncompanies:\n  - cik: 8855\n')
    try:
        rt.poll()
        rt.deliverer.drain()  # waits (on the test clock) for the 1 msg/s channel spacing
    finally:
        rt.close()
    posts = slack.posts("#filings")
    late = [p for p in posts if p.body["text"].startswith("Late filing")]
    risk = [p for p in posts if p.body["text"].startswith("Restatement risk")]
    assert len(late) == 1 and len(risk) == 1
    # the seed press release is one episode: the late notice opens it, the restatement-risk
    # finding from the same release replies in its thread
    assert "thread_ts" not in late[0].body
    assert risk[0].body["thread_ts"] == late[0].response["ts"]
    # the 2002 buyback is its own message
    assert any(p.body["text"].startswith("Buyback") and "thread_ts" not in p.body for p in posts)


def test_digest_channel_gets_one_grouped_message_at_its_time_high_goes_at_once(
    tmp_path, edgar, make_client, slack, wall
):
    serve_demo(edgar, wall())
    wl = ('defaults: {channel: "#digest"}\n'
          'channels:\n  "#digest": {digest: daily, digest_time: "08:30"}\n'
          'companies:\n  - cik: 8855\n  - cik: 1002682\n  - cik: 1001426\n')
    wall.now = datetime(2026, 3, 9, 8, 0, tzinfo=NY).astimezone(UTC)
    rt = runtime_for(tmp_path, edgar, make_client(), slack, wall, wl)
    try:
        rt.poll()
        rt.deliverer.drain()
        immediate = slack.posts("#digest")
        assert immediate and all("(high)" in p.body["text"] for p in immediate)
        held = rt.store.held_for_digest("#digest")
        assert held and all(h.alert.severity != "high" for h in held)
        assert send_digests(rt, wall()) == 0  # 08:00: not yet
        wall.now = datetime(2026, 3, 9, 8, 31, tzinfo=NY).astimezone(UTC)
        assert send_digests(rt, wall()) == 1
        assert send_digests(rt, wall()) == 0  # once a day
        digest = slack.posts("#digest")[-1]
        assert f"{len(held)} alert" in digest.body["text"] or f"{len(held)} alert" in str(
            digest.body["blocks"])
        assert rt.store.held_for_digest("#digest") == []
    finally:
        rt.close()


def test_status_reports_poll_outbox_and_failures(tmp_path, edgar, make_client, slack, wall):
    serve_demo(edgar, wall())
    slack.set_channel_error("#gone", "channel_not_found")
    rt = runtime_for(tmp_path, edgar, make_client(), slack, wall,
                     'defaults: {channel: "#gone"}\ncompanies:\n  - cik: 1001426\n')
    try:
        rt.poll()
        rt.deliverer.drain()
        status = status_of(rt)
    finally:
        rt.close()
    assert status["last_poll"]["ok"] is True
    assert status["outbox"].get("failed") == 1
    assert status["delivery_failures"][0]["code"] == "channel_not_found"
    assert healthy(status, 60.0)
    stale = {**status, "now": "2027-01-01T00:00:00+00:00"}
    assert not healthy(stale, 60.0)


def test_a_poll_that_enqueues_alerts_wakes_the_delivery_job(tmp_path, edgar, make_client, slack,
                                                           wall):
    rt = runtime_for(tmp_path, edgar, make_client(), slack, wall,
                     'defaults: {channel: "#filings"}\ncompanies:\n  - cik: 8855\n')
    try:
        rt.poll()  # nothing served yet: an empty feed
        assert not rt.outbox_ready.is_set()
        serve_demo(edgar, wall())
        wall.advance(minutes=1)
        rt.poll()
        assert rt.outbox_ready.is_set()
        assert rt.store.outbox_counts().get("pending", 0) >= 1
    finally:
        rt.close()


def test_a_wakeable_job_runs_when_woken_not_only_on_its_interval():
    import threading

    from bot.scheduler import Job, run_until_stopped

    wake, stop, ran = threading.Event(), threading.Event(), threading.Event()
    calls: list[int] = []

    def job() -> None:
        calls.append(1)
        ran.set()

    runner = threading.Thread(target=run_until_stopped,
                              args=([Job("deliver", job, seconds=3600.0, wake=wake)], stop))
    runner.start()
    try:
        assert not ran.wait(0.3)  # an hour's interval: nothing runs on its own
        wake.set()
        assert ran.wait(10.0)  # only the wake can have run it
    finally:
        stop.set()
        runner.join(10.0)
    assert not runner.is_alive() and calls == [1]


def test_a_run_now_job_longer_than_its_interval_never_runs_twice_at_once():
    """The start-up run is the job's own first run: max_instances=1 keeps a slow first poll
    from overlapping the interval's next one."""
    import threading
    import time

    from bot.scheduler import Job, run_until_stopped

    stop = threading.Event()
    lock = threading.Lock()
    running, peak, runs = [0], [0], []

    def slow_poll() -> None:
        with lock:
            running[0] += 1
            peak[0] = max(peak[0], running[0])
        time.sleep(0.6)  # three intervals long
        with lock:
            running[0] -= 1
            runs.append(1)

    runner = threading.Thread(target=run_until_stopped,
                              args=([Job("poll", slow_poll, seconds=0.2, run_now=True)], stop))
    runner.start()
    deadline = time.monotonic() + 20
    while len(runs) < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    stop.set()
    runner.join(20)
    assert len(runs) >= 3  # it did run repeatedly (the run_now start included)
    assert peak[0] == 1
