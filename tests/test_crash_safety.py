"""Crash safety: the real `python -m bot run --once` in a subprocess, killed with SIGKILL at
random points of its cycle, restarted on the same SQLite database, must get every expected alert
to the Slack stand-in, and must not lose any.

How the test works
- Both stand-ins (EDGAR with the demo's six real filings, Slack) run in this process on
  127.0.0.1; the bot runs as a child process pointed at them by environment variables.
- A clean reference run against a separate database gives the expected alerts, keyed by
  (accession from the filing URL in the Slack text, kind word at the start of the text).
- Then episodes, each on a fresh database and a fresh Slack stand-in: runs started one after
  the other on the same database, each killed with SIGKILL after a delay drawn from a seeded
  RNG over the reference run's measured busy span (from its first EDGAR request to its exit, so
  kills land in discovery, processing and delivery alike). A run that finishes before its kill
  (restarts have less left to do) ends the episode as its clean run; otherwise the episode ends
  after MAX_KILLS_PER_EPISODE kills with one clean run. Episodes go on until KILLS processes
  have been killed mid-run.

What is asserted, honestly
- No alert is lost: every expected key reached Slack at least once in every episode. (A kill
  between committing a feed's memory and writing its watched filings as pending used to lose
  them; the pipeline now writes both in one transaction, and
  `test_kill_between_feed_memory_and_pending_loses_no_filing` kills exactly there.)
- Nothing unexpected is posted (no alert that the reference run did not produce).
- Exactly once: every expected alert reached Slack once, however the kills fell. Slack has no
  idempotency key, so a kill after Slack accepted a post and before the store committed its
  "sent" mark used to repeat the post on restart. Now the store records a post as under way
  before it is sent, each post carries its dedupe key as message metadata, and the restart
  looks for such a post in the channel (conversations.history / .replies) before posting. The
  watchlist here names its channels by id: for a channel named by "#name", the very first post
  to it cannot be looked for (its id is learned from Slack's answer), which stays at least once
  (tests/slack/test_delivery.py covers both).
"""

from __future__ import annotations

import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bot.demo import serve_demo
from bot.edgar.standin import EdgarStandin
from tests.servers.slack_standin import SlackStandIn

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "xoxb-crash-test-0123456789"
SEED = 20260309
KILLS = 30
MAX_KILLS_PER_EPISODE = 4

# One channel per alert (routes per kind for American Locker, own channels for the others) so
# the 1 msg/s/channel spacing does not stretch the cycle: more kills fit in the time budget.
WATCHLIST = """\
defaults:
  channel: "C0FILINGS1"
  kinds: [buyback, restatement_risk, late_filing]
  min_severity: low
routes:
  buyback: "C0BUYBACK1"
  restatement_risk: "C0RESTATE1"
  late_filing: "C0LATEFIL1"
companies:
  - cik: 8855
    name: American Locker Group Inc
  - cik: 1173313
    channel: "C0ABVCBIO1"
  - cik: 1001426
    name: Pericom Semiconductor Corp
    channel: "C0PERICOM1"
  - cik: 1002682
    name: Horizon Financial Corp
    channel: "C0HORIZON1"
  - ticker: NVDA
"""

_URL_RE = re.compile(r"/Archives/edgar/data/\d+/\d+/(\d{10}-\d{2}-\d{6})-index")
_KIND_RE = re.compile(r"^(Buyback|Restatement risk|Late filing)\b")


def alert_key(text: str) -> tuple[str, str]:
    """(accession, kind word) of a posted alert, read from its Slack text."""
    url = _URL_RE.search(text)
    kind = _KIND_RE.match(text)
    assert url and kind, f"alert text without filing URL or kind word: {text[:200]!r}"
    return url.group(1), kind.group(1)


def no_nagle(*servers: object) -> None:
    """TCP_NODELAY on the stand-ins' sockets: they write headers and body in two sends, which
    Nagle's algorithm plus delayed ACKs turn into a 40 ms stall per request on Linux."""
    for s in servers:
        s._server.RequestHandlerClass.disable_nagle_algorithm = True  # type: ignore[attr-defined]


def _env(edgar: EdgarStandin, slack: SlackStandIn, db: Path, wl: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "EDGAR_"))}
    env.update(
        EDGAR_USER_AGENT="Sentinel Crash Tests ops@sentinel.example",
        EDGAR_BASE_URL=edgar.base_url, EDGAR_DATA_URL=edgar.base_url,
        EDGAR_RATE_LIMIT="10",
        DATABASE_URL=f"sqlite:///{db}", WATCHLIST=str(wl),
        SLACK_BOT_TOKEN=TOKEN, SLACK_API_URL=slack.api_url, PYTHONPATH=str(ROOT),
    )
    return env


def _start(env: dict[str, str], cwd: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "bot", "run", "--once"], env=env, cwd=cwd,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _run_clean(env: dict[str, str], cwd: Path) -> tuple[float, str]:
    t0 = time.monotonic()
    proc = _start(env, cwd)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err.decode(errors="replace")[-3000:]
    return t0, err.decode(errors="replace")


@dataclass
class Kill:
    episode: int
    delay: float
    exited_before_kill: bool
    last_accepted: tuple[str, str] | None  # the last alert Slack accepted during this run


def lost_in_discovery(db: Path) -> set[str]:
    """Accessions the database remembers having seen at the top of a feed but never stored as
    filings: what a kill between the two commits used to lose (a diagnostic for failures)."""
    with sqlite3.connect(db) as conn:
        seen: set[str] = set()
        for (value,) in conn.execute("SELECT value FROM state WHERE key LIKE 'feed:%'"):
            seen |= set(json.loads(value))
        stored = {r[0] for r in conn.execute("SELECT accession FROM filings")}
    return seen - stored


def _keys(slack: SlackStandIn) -> list[tuple[str, str]]:
    return [alert_key(c.body["text"]) for c in slack.posts()]


def test_sigkill_at_random_points_loses_nothing_and_posts_each_alert_once(tmp_path):
    (tmp_path / "watchlist.yaml").write_text(WATCHLIST)
    wl = tmp_path / "watchlist.yaml"
    rng = random.Random(SEED)
    kills: list[Kill] = []
    duplicates: list[tuple[int, tuple[str, str], int]] = []
    cut_off: list[Kill] = []  # kills after a post Slack accepted: the old duplicate window
    with EdgarStandin() as edgar:
        no_nagle(edgar)
        serve_demo(edgar, datetime(2026, 3, 9, 15, 0, tzinfo=UTC))

        # --- reference: one clean run on its own database ---------------------------------
        with SlackStandIn(tokens={TOKEN}) as slack:
            no_nagle(slack)
            edgar.clear_requests()
            t0, _ = _run_clean(_env(edgar, slack, tmp_path / "ref.sqlite3", wl), tmp_path)
            t_end = time.monotonic()
            expected = _keys(slack)
            first_req = min(r.time for r in edgar.requests)
        assert len(expected) == len(set(expected)) == 6, expected  # 6 alerts, one post each
        lo, hi = first_req - t0, t_end - t0  # the busy span of a cycle, seconds after spawn

        # --- episodes: kills, restarts on the same database, one clean run ----------------
        ep = -1
        while sum(not k.exited_before_kill for k in kills) < KILLS:
            ep += 1
            db = tmp_path / f"ep{ep}.sqlite3"
            with SlackStandIn(tokens={TOKEN}) as slack:
                no_nagle(slack)
                env = _env(edgar, slack, db, wl)
                clean = False
                for _ in range(MAX_KILLS_PER_EPISODE):
                    delay = rng.uniform(lo, hi)
                    before = len(slack.posts())
                    proc = _start(env, tmp_path)
                    try:
                        proc.wait(timeout=delay)
                        exited = True
                        err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
                        assert proc.returncode == 0, err[-3000:]
                    except subprocess.TimeoutExpired:
                        exited = False
                        proc.send_signal(signal.SIGKILL)
                        proc.wait(timeout=30)
                    if proc.stderr:
                        proc.stderr.close()
                    posted = _keys(slack)[before:]
                    kills.append(Kill(ep, delay, exited, posted[-1] if posted else None))
                    if exited:
                        clean = True
                        break
                if not clean:
                    _run_clean(env, tmp_path)
                got = Counter(_keys(slack))
            lost = set(expected) - set(got)
            assert not lost, (
                f"episode {ep}: alerts never posted: {sorted(lost)}; accessions remembered from "
                f"a feed but never stored as filings: {sorted(lost_in_discovery(db))}")
            unexpected = set(got) - set(expected)
            assert not unexpected, f"episode {ep}: alerts not in the reference: {unexpected}"
            ep_kills = [k for k in kills if k.episode == ep and not k.exited_before_kill]
            window = Counter(k.last_accepted for k in ep_kills if k.last_accepted)
            for key, n in got.items():
                if n > 1:
                    duplicates.append((ep, key, n - 1))
            assert all(n == 1 for n in got.values()), (
                f"episode {ep}: posted more than once: "
                f"{ {k: n for k, n in got.items() if n > 1} }; kills right after Slack accepted "
                f"a post: {dict(window)}")
            cut_off.extend(k for k in ep_kills if k.last_accepted)

    real_kills = [k for k in kills if not k.exited_before_kill]
    print(f"\ncrash safety: {ep + 1} episodes, {len(kills)} runs started for killing, {len(real_kills)} killed "
          f"mid-run, kill delays {lo:.2f}-{hi:.2f} s after spawn; "
          f"kills right after an accepted post: {len(cut_off)}; duplicates: {duplicates}")
    assert len(real_kills) >= KILLS


def test_kill_between_feed_memory_and_pending_loses_no_filing(tmp_path):
    """Deterministic reproduction: the 10-K feed page answers slowly; once the bot has asked for
    it (so the 8-K family, where all six demo filings are, has been read and remembered) it is
    killed; a clean restart must still post every alert."""
    (tmp_path / "watchlist.yaml").write_text(WATCHLIST)
    wl = tmp_path / "watchlist.yaml"
    db = tmp_path / "state.sqlite3"
    with EdgarStandin() as edgar, SlackStandIn(tokens={TOKEN}) as slack:
        no_nagle(edgar, slack)
        serve_demo(edgar, datetime(2026, 3, 9, 15, 0, tzinfo=UTC))
        edgar.add_fault("/cgi-bin/browse-edgar?*type=10-K&*", "slow", times=1, delay=5.0)
        env = _env(edgar, slack, db, wl)
        proc = _start(env, tmp_path)
        deadline = time.monotonic() + 30
        while not any(r.params.get("type") == "10-K" for r in edgar.requests):
            assert proc.poll() is None and time.monotonic() < deadline, "10-K page never asked"
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        if proc.stderr:
            proc.stderr.close()
        assert slack.posts() == []  # killed in discovery: nothing was delivered yet
        edgar.clear_faults()
        _run_clean(env, tmp_path)
        got = Counter(_keys(slack))
    assert len(got) == 6, f"alerts posted after the restart: {sorted(got)}"
    assert set(got.values()) == {1}
