"""End to end over HTTP: the real Bolt app behind serve_http on 127.0.0.1, the Slack Web API
stand-in, and real signed requests (v0= HMAC-SHA256 of v0:timestamp:body). Replies arrive at
a response_url served by a small local server; the tests read what it received."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import queue
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
from slack_sdk import WebClient
from sqlalchemy import select

from bot.edgar.tickers import TickerMap
from bot.errors import ConfigError
from bot.models import Kind
from bot.slack.app import SORRY, SlackHttpServer, build_app, serve_http, start_socket_mode
from bot.slack.render import render_alert
from bot.store import Store, outbox
from tests.servers.slack_standin import SlackStandIn

from .conftest import TOKEN, make_alert
from .test_commands import ADMIN, NOW, OTHER, Ctx

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
APP_TOKEN = "xapp-1-A0TEST-1234-abcdefSECRETapp"
WAIT = 10.0  # upper bound for a reply to arrive; replies normally take milliseconds


class ResponseUrls:
    """A local server standing in for Slack's response_url endpoint: records each POST."""

    def __init__(self) -> None:
        self.received: dict[str, queue.Queue[dict[str, Any]]] = {}
        self._lock = threading.Lock()
        self._n = 0
        catcher = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                catcher._q(self.path).put(json.loads(raw.decode("utf-8")))
                self.send_response(200)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                         daemon=True).start()

    def _q(self, path: str) -> queue.Queue[dict[str, Any]]:
        with self._lock:
            return self.received.setdefault(path, queue.Queue())

    def new(self) -> str:
        with self._lock:
            self._n += 1
            path = f"/commands/T0STANDIN/{self._n}/hook"
        self._q(path)
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"

    def wait(self, url: str) -> dict[str, Any]:
        path = url.split(str(self.server.server_address[1]), 1)[1]
        try:
            return self._q(path).get(timeout=WAIT)
        except queue.Empty:
            raise AssertionError(f"nothing arrived at {path}") from None

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def sign(body: str, timestamp: int, secret: str = SECRET) -> str:
    base = f"v0:{timestamp}:{body}".encode()
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


class Bot:
    """The running app: send signed slash commands and button clicks to it."""

    def __init__(self, server: SlackHttpServer, urls: ResponseUrls, env: Ctx) -> None:
        self.server = server
        self.urls = urls
        self.env = env
        self.http = httpx.Client(base_url=f"http://127.0.0.1:{server.port}", timeout=WAIT)

    def post(self, body: str, *, timestamp: int | None = None, signature: str | None = None,
             signed: bool = True, content_type: str = "application/x-www-form-urlencoded"
             ) -> httpx.Response:
        ts = int(time.time()) if timestamp is None else timestamp
        headers = {"Content-Type": content_type}
        if signed:
            headers["X-Slack-Request-Timestamp"] = str(ts)
            headers["X-Slack-Signature"] = signature or sign(body, ts)
        return self.http.post("/slack/events", content=body.encode(), headers=headers)

    def command_body(self, text: str, user: str, response_url: str) -> str:
        return urlencode({
            "token": "legacy-verification-token", "team_id": "T0STANDIN", "team_domain": "acme",
            "channel_id": "C0FILINGS01", "channel_name": "filings", "user_id": user,
            "user_name": "someone", "command": "/edgar", "text": text,
            "api_app_id": "A0TEST", "response_url": response_url,
            "trigger_id": "1337.42.abcdef",
        })

    def command(self, text: str, user: str = OTHER) -> tuple[httpx.Response, dict[str, Any]]:
        url = self.urls.new()
        response = self.post(self.command_body(text, user, url))
        assert response.status_code == 200, response.text
        return response, self.urls.wait(url)

    def click(self, action: dict[str, Any], *, user: str, message: dict[str, Any],
              channel_id: str) -> tuple[httpx.Response, str]:
        url = self.urls.new()
        payload = {
            "type": "block_actions",
            "team": {"id": "T0STANDIN", "domain": "acme"},
            "user": {"id": user, "username": "someone", "team_id": "T0STANDIN"},
            "api_app_id": "A0TEST",
            "token": "legacy-verification-token",
            "container": {"type": "message", "message_ts": message["ts"],
                          "channel_id": channel_id, "is_ephemeral": False},
            "trigger_id": "1337.42.abcdef",
            "channel": {"id": channel_id, "name": "buybacks"},
            "message": message,
            "response_url": url,
            "actions": [{**action, "block_id": "alert_actions", "type": "button",
                         "action_ts": "1772650000.000100"}],
        }
        body = urlencode({"payload": json.dumps(payload)})
        return self.post(body), url


@pytest.fixture(scope="module")
def tickers() -> TickerMap:
    return TickerMap.bundled()


@pytest.fixture
def standin() -> Iterator[SlackStandIn]:
    with SlackStandIn(tokens={TOKEN}) as s:
        yield s


@pytest.fixture
def bot(tmp_path: Path, tickers: TickerMap, standin: SlackStandIn) -> Iterator[Bot]:
    store = Store(f"sqlite:///{tmp_path / 'app.db'}")
    env = Ctx(store, tickers)
    settings = SimpleNamespace(slack_bot_token=TOKEN, slack_signing_secret=SECRET,
                               slack_app_token=None, slack_api_url=standin.api_url)
    app = build_app(settings, env.ctx)
    health = {"ok": True, "last_poll_at": "2026-03-09T14:59:30+00:00"}
    server = serve_http(app, 0, host="127.0.0.1", health=lambda: health)
    urls = ResponseUrls()
    b = Bot(server, urls, env)
    b.health = health  # type: ignore[attr-defined]
    yield b
    b.http.close()
    server.stop()
    urls.stop()
    store.close()


# --------------------------------------------------------------------------- commands


@pytest.mark.parametrize(
    ("text", "user", "expected"),
    [
        ("help", OTHER, "/edgar watch TICKER|CIK [#channel] [kinds...]"),
        ("list", OTHER, "Watching 2 companies"),
        ("recent NVDA", OTHER, "No alerts yet for *NVDA*"),
        ("deadlines SMCI", OTHER, "2026-02-09  filed"),
        ("status", OTHER, "Feed lag: 42 s"),
        ("watch AAPL #apple buyback", ADMIN, "Now watching *AAPL*"),
        ("unwatch NVDA", ADMIN, "Stopped watching *NVDA*"),
        ("mute SMCI 7d", ADMIN, "Muted all alerts for *SMCI* for 7 days"),
        ("unmute SMCI", ADMIN, "There was no active mute"),
        ("frobnicate", OTHER, "I don't know the subcommand `frobnicate`"),
        ("mute NVDA forever", ADMIN, "not a duration"),
        ("watch AAPL", OTHER, "Sorry, only the watchlist admins"),
    ],
)
def test_every_subcommand_is_answered_at_the_response_url(
    bot: Bot, text: str, user: str, expected: str
) -> None:
    response, reply = bot.command(text, user)
    assert response.text == ""  # acknowledged at once, empty: the answer follows
    seen = reply["text"] + json.dumps(reply.get("blocks", []), ensure_ascii=False)
    assert expected in seen
    assert reply["response_type"] == "ephemeral"


def test_check_acknowledges_first_then_replies(bot: Bot) -> None:
    response, reply = bot.command("check NVDA public")
    assert response.status_code == 200
    assert response.text.startswith("Checking NVDA on EDGAR")  # Slack shows it to the user
    assert bot.env.checked[0].cik == 1045810
    assert reply["response_type"] == "in_channel"
    assert "New $50.0 billion repurchase authorization" in json.dumps(reply["blocks"])


def test_watch_from_slack_changes_the_store(bot: Bot) -> None:
    bot.command("watch AAPL #apple buyback", ADMIN)
    rows = bot.env.store.watch_overlay()
    assert [(r["cik"], r["action"], r["channel"], r["kinds"], r["changed_by"]) for r in rows] == [
        (320193, "add", "#apple", ["buyback"], ADMIN)
    ]


def test_a_listener_failure_goes_to_the_global_handler(
    bot: Bot, caplog: pytest.LogCaptureFixture
) -> None:
    def broken() -> dict[str, Any]:
        raise RuntimeError(f"status backend exploded near {TOKEN} and {SECRET}")

    bot.env.ctx.status = broken
    with caplog.at_level(logging.ERROR, logger="bot.slack.app"):
        _, reply = bot.command("status")
        deadline = time.monotonic() + WAIT
        while not [r for r in caplog.records if r.name == "bot.slack.app"]:
            assert time.monotonic() < deadline, "the error was not logged"
            time.sleep(0.01)
    assert reply["text"] == SORRY
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "RuntimeError" in logged and "status backend exploded" in logged
    assert TOKEN not in logged and SECRET not in logged


# --------------------------------------------------------------------------- signatures


def test_forged_signature_is_refused(bot: Bot) -> None:
    url = bot.urls.new()
    body = bot.command_body("mute NVDA 7d", ADMIN, url)
    ts = int(time.time())
    assert bot.post(body, timestamp=ts, signature=sign(body, ts, "not-the-secret")).status_code == 401
    tampered = body.replace("7d", "9d")  # signed for one body, sent with another
    assert bot.post(tampered, timestamp=ts, signature=sign(body, ts)).status_code == 401
    assert bot.env.store.active_mutes(NOW) == []


def test_unsigned_request_is_refused(bot: Bot) -> None:
    body = bot.command_body("unwatch NVDA", ADMIN, bot.urls.new())
    assert bot.post(body, signed=False).status_code == 401
    assert bot.env.store.watch_overlay() == []


def test_stale_timestamp_is_refused_even_when_correctly_signed(bot: Bot) -> None:
    body = bot.command_body("unwatch NVDA", ADMIN, bot.urls.new())
    stale = int(time.time()) - 6 * 60
    assert bot.post(body, timestamp=stale, signature=sign(body, stale)).status_code == 401
    future = int(time.time()) + 6 * 60
    assert bot.post(body, timestamp=future, signature=sign(body, future)).status_code == 401
    assert bot.env.store.watch_overlay() == []


def test_other_paths_and_oversized_bodies(bot: Bot) -> None:
    assert bot.http.post("/elsewhere", content=b"x").status_code == 404
    assert bot.http.get("/slack/events").status_code == 404
    big = b"x" * (1024 * 1024 + 1)
    assert bot.http.post("/slack/events", content=big).status_code == 413


# --------------------------------------------------------------------------- buttons


def _posted_alert(bot: Bot, standin: SlackStandIn) -> tuple[dict[str, Any], str, int]:
    """An alert really posted to the stand-in and recorded as sent in the outbox."""
    alert = make_alert(cik=1045810, ticker="NVDA", company="NVIDIA CORP")
    payload = render_alert(alert)
    client = WebClient(token=TOKEN, base_url=standin.api_url)
    answer = client.chat_postMessage(channel="#buybacks", text=payload["text"],
                                     blocks=payload["blocks"])
    (item_id,) = bot.env.store.enqueue([alert], NOW)
    bot.env.store.mark_sent(item_id, answer["channel"], answer["ts"], NOW)
    message = {"type": "message", "ts": answer["ts"], "text": payload["text"],
               "blocks": payload["blocks"], "bot_id": "B0STANDIN"}
    return message, answer["channel"], item_id


def _button(message: dict[str, Any], action_id: str) -> dict[str, Any]:
    for block in message["blocks"]:
        for el in block.get("elements", []):
            if el.get("action_id") == action_id:
                return {k: el[k] for k in ("action_id", "value", "text") if k in el}
    raise AssertionError(f"no {action_id} button")


def test_acknowledge_button_edits_the_message_and_records_who(
    bot: Bot, standin: SlackStandIn
) -> None:
    message, channel_id, item_id = _posted_alert(bot, standin)
    response, _ = bot.click(_button(message, "ack"), user=OTHER, message=message,
                            channel_id=channel_id)
    assert response.status_code == 200
    deadline = time.monotonic() + WAIT
    while not standin.calls("chat.update"):
        assert time.monotonic() < deadline, "chat.update never came"
        time.sleep(0.01)
    update = standin.calls("chat.update")[0]
    assert update.ok
    after = standin.message(channel_id, message["ts"])
    assert after is not None
    flat = json.dumps(after["blocks"])
    assert f"Acknowledged by <@{OTHER}>" in flat
    assert '"action_id": "ack"' not in flat  # the button is gone
    assert '"action_id": "mute_7d"' in flat  # the others stay
    assert after["text"] == message["text"]
    while True:
        with bot.env.store.engine.connect() as conn:
            who = conn.execute(
                select(outbox.c.acknowledged_by).where(outbox.c.id == item_id)
            ).scalar_one()
        if who is not None or time.monotonic() > deadline:
            break
        time.sleep(0.01)
    assert who == OTHER


def test_mute_button_mutes_company_and_kind_for_7_days(bot: Bot, standin: SlackStandIn) -> None:
    message, channel_id, _ = _posted_alert(bot, standin)
    response, url = bot.click(_button(message, "mute_7d"), user=ADMIN, message=message,
                              channel_id=channel_id)
    assert response.status_code == 200
    reply = bot.urls.wait(url)
    assert reply["response_type"] == "ephemeral" and reply["replace_original"] is False
    assert "Muted buyback alerts for *NVDA* for 7 days" in reply["text"]
    assert "/edgar unmute NVDA buyback" in reply["text"]
    (mute,) = bot.env.store.active_mutes(NOW)
    assert (mute.cik, mute.kind, mute.created_by) == (1045810, Kind.BUYBACK, ADMIN)
    assert (mute.until - NOW).days == 7


def test_mute_button_refuses_non_admins(bot: Bot, standin: SlackStandIn) -> None:
    message, channel_id, _ = _posted_alert(bot, standin)
    _, url = bot.click(_button(message, "mute_7d"), user=OTHER, message=message,
                       channel_id=channel_id)
    reply = bot.urls.wait(url)
    assert "only the watchlist admins can mute" in reply["text"]
    assert "<@U012ABCDEF>" in reply["text"]
    assert bot.env.store.active_mutes(NOW) == []


def test_mute_button_with_unreadable_value(bot: Bot, standin: SlackStandIn) -> None:
    message, channel_id, _ = _posted_alert(bot, standin)
    action = {"action_id": "mute_7d", "value": "{not json"}
    _, url = bot.click(action, user=ADMIN, message=message, channel_id=channel_id)
    assert "could not read that button" in bot.urls.wait(url)["text"]


def test_view_filing_click_is_acknowledged(bot: Bot, standin: SlackStandIn) -> None:
    message, channel_id, _ = _posted_alert(bot, standin)
    action = {"action_id": "view_filing", "value": None}
    response, _ = bot.click(action, user=OTHER, message=message, channel_id=channel_id)
    assert response.status_code == 200


# --------------------------------------------------------------------------- health, start-up


def test_healthz(bot: Bot) -> None:
    ok = bot.http.get("/healthz")
    assert ok.status_code == 200
    assert ok.json() == {"ok": True, "last_poll_at": "2026-03-09T14:59:30+00:00"}
    bot.health["ok"] = False  # type: ignore[attr-defined]
    bot.health["reason"] = "5 polls failed in a row"  # type: ignore[attr-defined]
    bad = bot.http.get("/healthz")
    assert bad.status_code == 503
    assert bad.json()["reason"] == "5 polls failed in a row"


def test_healthz_when_the_probe_raises(tmp_path: Path, tickers: TickerMap,
                                       standin: SlackStandIn) -> None:
    store = Store(f"sqlite:///{tmp_path / 'h.db'}")
    settings = SimpleNamespace(slack_bot_token=TOKEN, slack_signing_secret=SECRET,
                               slack_app_token=None, slack_api_url=standin.api_url)
    app = build_app(settings, Ctx(store, tickers).ctx)

    def probe() -> dict[str, Any]:
        raise OSError("disk gone")

    server = serve_http(app, 0, host="127.0.0.1", health=probe)
    try:
        answer = httpx.get(f"http://127.0.0.1:{server.port}/healthz", timeout=WAIT)
        assert answer.status_code == 503 and answer.json()["ok"] is False
    finally:
        server.stop()
        store.close()


def test_bad_bot_token_fails_at_start_without_showing_it(
    tmp_path: Path, tickers: TickerMap, standin: SlackStandIn
) -> None:
    store = Store(f"sqlite:///{tmp_path / 't.db'}")
    wrong = "xoxb-9999-8888-WrongTokenValue"
    settings = SimpleNamespace(slack_bot_token=wrong, slack_signing_secret=SECRET,
                               slack_app_token=None, slack_api_url=standin.api_url)
    try:
        with pytest.raises(ConfigError) as info:
            build_app(settings, Ctx(store, tickers).ctx)
        assert "SLACK_BOT_TOKEN" in str(info.value) and "invalid_auth" in str(info.value)
        assert wrong not in str(info.value)
        assert [c.method for c in standin.calls()] == ["auth.test"]
    finally:
        store.close()


def test_http_mode_needs_the_signing_secret(tmp_path: Path, tickers: TickerMap,
                                            standin: SlackStandIn) -> None:
    store = Store(f"sqlite:///{tmp_path / 's.db'}")
    settings = SimpleNamespace(slack_bot_token=TOKEN, slack_signing_secret=None,
                               slack_app_token=None, slack_api_url=standin.api_url)
    try:
        with pytest.raises(ConfigError, match="SLACK_SIGNING_SECRET"):
            build_app(settings, Ctx(store, tickers).ctx)
    finally:
        store.close()


def test_socket_mode_refused_app_token_is_a_clear_error(
    tmp_path: Path, tickers: TickerMap, standin: SlackStandIn
) -> None:
    store = Store(f"sqlite:///{tmp_path / 'sm.db'}")
    settings = SimpleNamespace(slack_bot_token=TOKEN, slack_signing_secret=None,
                               slack_app_token=APP_TOKEN, slack_api_url=standin.api_url)
    try:
        app = build_app(settings, Ctx(store, tickers).ctx)  # no signing secret needed
        with pytest.raises(ConfigError) as info:
            start_socket_mode(app, APP_TOKEN)
        assert "SLACK_APP_TOKEN" in str(info.value)
        assert APP_TOKEN not in str(info.value)
        assert standin.calls("apps.connections.open")
    finally:
        store.close()


# --------------------------------------------------------------------------- the manifest


def test_manifest_matches_the_app() -> None:
    from ruamel.yaml import YAML

    from bot.slack.app import COMMAND
    from bot.slack.commands import SUBCOMMANDS

    path = Path(__file__).resolve().parents[2] / "config" / "slack-manifest.yaml"
    manifest = YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))
    assert set(manifest["oauth_config"]["scopes"]["bot"]) == {
        "chat:write", "chat:write.public", "commands", "channels:history", "groups:history",
    }
    (command,) = manifest["features"]["slash_commands"]
    assert command["command"] == COMMAND
    assert command["should_escape"] is True  # channels arrive as <#C…|name>; parse handles it
    hint_words = {w for w in command["usage_hint"].replace("|", " ").split() if w.isalpha()
                  and w.islower()}
    assert hint_words <= set(SUBCOMMANDS)
    assert manifest["settings"]["interactivity"]["is_enabled"] is True
    assert manifest["settings"]["socket_mode_enabled"] is True
    text = path.read_text(encoding="utf-8")
    assert "# url: https://YOUR-HOST/slack/events" in text
    assert "# request_url: https://YOUR-HOST/slack/events" in text


def test_failed_chat_update_reaches_the_error_handler_and_the_user(
    bot: Bot, standin: SlackStandIn
) -> None:
    message, channel_id, _ = _posted_alert(bot, standin)
    gone = {**message, "ts": "1600000000.000001"}  # a message Slack does not know
    _, url = bot.click(_button(message, "ack"), user=OTHER, message=gone, channel_id=channel_id)
    reply = bot.urls.wait(url)
    assert reply["text"] == SORRY
    (update,) = standin.calls("chat.update")
    assert update.response == {"ok": False, "error": "message_not_found"}
