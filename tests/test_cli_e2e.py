"""The console script end to end, as a user runs it: real subprocesses, the EDGAR stand-in with
real filings, and the Slack Web API stand-in, all on 127.0.0.1."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.demo import serve_demo
from tests.servers.slack_standin import SlackStandIn

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "xoxb-test-token-0123456789"
WATCHLIST = """\
defaults:
  channel: "#filings"
admins: [U012ABCDEF]
routes:
  restatement_risk: "#risk"
companies:
  - cik: 8855
    name: American Locker Group Inc
  - cik: 1173313
  - cik: 1001426
  - cik: 1002682
  - ticker: NVDA
"""


def run_cli(*args: str, env: dict[str, str], cwd: Path, timeout: float = 120
            ) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "EDGAR_"))}
    full.update(env)
    full["PYTHONPATH"] = str(ROOT)
    return subprocess.run([sys.executable, "-m", "bot", *args], env=full, cwd=cwd,
                          capture_output=True, text=True, timeout=timeout)


@pytest.fixture
def setup(edgar, wall, tmp_path):
    serve_demo(edgar, wall())
    (tmp_path / "watchlist.yaml").write_text(WATCHLIST)
    return {
        "EDGAR_USER_AGENT": "Sentinel Tests ops@sentinel.example",
        "EDGAR_BASE_URL": edgar.base_url,
        "EDGAR_DATA_URL": edgar.base_url,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'state.sqlite3'}",
        "WATCHLIST": str(tmp_path / "watchlist.yaml"),
    }


def test_run_once_posts_every_alert_to_slack_and_exits_0(setup, tmp_path):
    with SlackStandIn(tokens={TOKEN}) as slack:
        env = {**setup, "SLACK_BOT_TOKEN": TOKEN, "SLACK_API_URL": slack.api_url}
        done = run_cli("run", "--once", env=env, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        posts = slack.posts()
        texts = [p.body["text"] for p in posts]
        # Pericom and ABVC 4.02 -> #risk; the seed buyback -> #filings
        risk = [p for p in posts if p.body["channel"] == "#risk"]
        assert any("PERICOM SEMICONDUCTOR" in p.body["text"] for p in risk)
        buyback = [t for t in texts if t.startswith("Buyback")]
        assert any("American Locker" in t for t in buyback)
        assert any("HORIZON FINANCIAL" in t for t in buyback)  # name from the filing header
        for p in posts:
            body = p.body
            assert body["unfurl_links"] in (False, "false", "0")
            assert "https://www.sec.gov/Archives/edgar/data/" in body["text"]
            assert any(w in body["text"] for w in ("Buyback", "Restatement risk", "Late filing"))
        abvc = [t for t in texts if "ABVC" in t]
        assert abvc and "ABVC" in abvc[0]  # the ticker, when known, is in the text
        assert TOKEN not in done.stderr and TOKEN not in done.stdout
        # a second run finds nothing new and posts nothing twice
        again = run_cli("run", "--once", env=env, cwd=tmp_path)
        assert again.returncode == 0, again.stderr
        assert len(slack.posts()) == len(posts)


def test_run_once_without_a_token_prints_alerts(setup, tmp_path):
    done = run_cli("run", "--once", env=setup, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "370,000 shares" in done.stdout
    assert "https://www.sec.gov/Archives/edgar/data/1001426/" in done.stdout


def test_live_polling_without_a_user_agent_refuses_with_one_line(setup, tmp_path):
    env = {k: v for k, v in setup.items() if k != "EDGAR_USER_AGENT"}
    done = run_cli("run", "--once", env=env, cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "EDGAR_USER_AGENT" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "state.sqlite3").exists()  # refused before creating anything


def test_bad_watchlist_names_file_and_line(setup, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("defaults:\n  channel: '#filings'\ncompanies:\n  - ticker: NVDAA\n")
    done = run_cli("validate-config", str(bad), env=setup, cwd=tmp_path)
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert f"{bad}:4" in done.stderr and "NVDA" in done.stderr


def test_check_json_contract_on_a_seed(tmp_path, setup):
    seed = ROOT / "tests" / "fixtures" / "labelled" / "000_458eb83adc663445.txt"
    done = run_cli("check", str(seed), "--json", env=setup, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    obj = json.loads(done.stdout.splitlines()[0])
    assert set(obj) >= {"source", "form", "company", "cik", "accession", "findings"}
    (buyback,) = [f for f in obj["findings"] if f["kind"] == "buyback"]
    assert buyback["facts"]["shares"] == 370000
    assert buyback["facts"]["price_per_share"] == pytest.approx(10.10)
    assert buyback["facts"]["amount_usd"] == pytest.approx(3737000)


def test_demo_runs_offline_and_prints_alerts(tmp_path):
    done = run_cli("demo", env={}, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Buyback" in done.stdout and "Restatement risk" in done.stdout
    assert "370,000 shares" in done.stdout


def test_backfill_command_prints_progress_and_posts_one_summary(edgar, setup, tmp_path):
    from datetime import date

    from tests.test_recovery import company_feed

    edgar.set("/cgi-bin/browse-edgar?action=getcompany&CIK=0000008855", company_feed(
        8855, "AMERICAN LOCKER GROUP INC",
        [("0000898431-06-000124", "8-K", date(2006, 11, 13)),
         ("0000898431-02-000145", "8-K", date(2002, 11, 21))]), "application/atom+xml")
    done = run_cli("backfill", "8855", "--days", "365", env=setup, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "backfill 1/1" in done.stderr
    # the clock is today's, so these old filings are outside the window: nothing to summarise
    assert "backfill: 1 companies, 0 summaries delivered" in done.stderr
    bad = run_cli("backfill", "ZZZZ", env=setup, cwd=tmp_path)
    assert bad.returncode == 2 and "ZZZZ: not on the watchlist" in bad.stderr


def test_replay_command_checks_its_dates(setup, tmp_path):
    done = run_cli("replay", "--from", "2025-04-15", "--to", "April", env=setup, cwd=tmp_path)
    assert done.returncode == 2 and "--from/--to" in done.stderr
    assert "Traceback" not in done.stderr


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_run_http_port_serves_slack_and_healthz_while_polling_and_stops_on_sigterm(
    setup, tmp_path
):
    """The real `edgar-sentinel run --http-port`: the scheduler polls at start and delivers to
    the Slack stand-in, /healthz answers, a signed /edgar command is answered at its
    response_url, a forged one is refused, and SIGTERM stops it with exit 0."""
    import signal
    import time
    from urllib.parse import urlencode

    import httpx

    from tests.slack.test_app_http import ResponseUrls, sign

    secret = "0123456789abcdef0123456789abcdef"
    port = _free_port()
    with SlackStandIn(tokens={TOKEN}) as slack:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "EDGAR_"))}
        env.update(setup)
        env.update({"SLACK_BOT_TOKEN": TOKEN, "SLACK_SIGNING_SECRET": secret,
                    "SLACK_API_URL": slack.api_url, "EDGAR_POLL_INTERVAL": "3600",
                    "PYTHONPATH": str(ROOT)})
        proc = subprocess.Popen([sys.executable, "-m", "bot", "run", "--http-port", str(port)],
                                env=env, cwd=tmp_path, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        urls = ResponseUrls()
        try:
            http = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10)
            deadline = time.monotonic() + 60
            health = None
            while time.monotonic() < deadline:
                try:
                    health = http.get("/healthz")
                    if health.status_code == 200 and len(slack.posts()) >= 6:
                        break
                except httpx.TransportError:
                    pass
                assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
                time.sleep(0.2)
            assert health is not None and health.status_code == 200, health
            assert health.json()["ok"] is True
            # the start-up poll ran and the woken delivery job posted every demo alert
            texts = [p.body["text"] for p in slack.posts()]
            assert any(t.startswith("Buyback") and "American Locker" in t for t in texts)
            assert any(t.startswith("Restatement risk") and "ABVC" in t for t in texts)

            url = urls.new()
            body = urlencode({"team_id": "T0STANDIN", "channel_id": "C0FILINGS01",
                              "user_id": "U0SOMEONE", "command": "/edgar", "text": "status",
                              "api_app_id": "A0TEST", "response_url": url,
                              "trigger_id": "1337.42.abcdef"})
            ts = int(time.time())
            headers = {"Content-Type": "application/x-www-form-urlencoded",
                       "X-Slack-Request-Timestamp": str(ts),
                       "X-Slack-Signature": sign(body, ts, secret)}
            assert http.post("/slack/events", content=body, headers=headers).status_code == 200
            reply = urls.wait(url)
            assert "poll" in reply["text"].lower()
            forged = {**headers, "X-Slack-Signature": sign(body, ts, "not-the-secret-at-all")}
            assert http.post("/slack/events", content=body, headers=forged).status_code == 401
        finally:
            proc.send_signal(signal.SIGTERM)
            try:
                out, err = proc.communicate(timeout=60)
            finally:
                urls.stop()
    assert proc.returncode == 0, err
    assert TOKEN not in out + err and secret not in out + err


def test_deadlines_command_prints_the_calendar_as_json_lines(edgar, tmp_path):
    """`edgar-sentinel deadlines --as-of DATE --json` against the EDGAR stand-in serving
    Tesla's real submissions JSON: FY2012's 10-K (due 2013-03-01 for a large accelerated
    filer, 60 days) has its NT 10-K on file on 2013-03-05."""
    import json

    from tests.test_deadline_job import serve_tesla

    serve_tesla(edgar)
    (tmp_path / "wl.yaml").write_text('defaults: {channel: "#f"}\ncompanies:\n  - cik: 1318605\n')
    env = {"EDGAR_USER_AGENT": "Sentinel Tests ops@sentinel.example",
           "EDGAR_BASE_URL": edgar.base_url, "EDGAR_DATA_URL": edgar.base_url,
           "DATABASE_URL": f"sqlite:///{tmp_path / 'd.sqlite3'}",
           "WATCHLIST": str(tmp_path / "wl.yaml")}
    done = run_cli("deadlines", "--as-of", "2013-03-05", "--json", env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    fy2012 = next(r for r in rows if r["report"] == "10-K" and r["period"] == "2012-12-31")
    assert (fy2012["due"], fy2012["extended_due"], fy2012["nt_filed_on"]) == (
        "2013-03-01", "2013-03-18", "2013-03-04")
    assert fy2012["category"] == "large accelerated filer" and fy2012["cik"] == 1318605
    bad = run_cli("deadlines", "--as-of", "March 5", env=env, cwd=tmp_path)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "--as-of" in bad.stderr
