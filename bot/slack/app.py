"""The Slack app: Bolt wiring for `/edgar` and the alert buttons, served over HTTP or Socket Mode.

    app = build_app(settings, ctx)                      # ctx: bot.slack.commands.CommandContext
    server = serve_http(app, port, health=lambda: {"ok": True})   # HTTP mode, background thread
    handler = start_socket_mode(app, settings.slack_app_token)     # or Socket Mode
    ...
    server.stop() / handler.close()

Acknowledge first: every listener calls `ack()` before anything else, then does its work. The
app runs with `process_before_response=False` in both modes, so Bolt answers Slack's request as
soon as `ack()` is called (well inside Slack's 3 seconds) while the listener carries on in Bolt's
thread pool; replies then go to the request's `response_url` with `respond()`. Slow commands
(`check`) acknowledge with a short "checking…" note first.

Buttons on alerts (ids from bot.slack.render):
- "Mute 7 days" (`mute_7d`, value {"cik", "kind"}): mutes that company's alerts of that kind for
  7 days. Same rule as `/edgar mute`: only the watchlist's admins may mute (the example watchlist
  says so); anyone else gets an ephemeral refusal naming the admins.
- "Acknowledge" (`ack`): anyone in the channel may press it. The message is edited with
  `chat.update` to show who acknowledged it, and the outbox row records the user.
- "View filing" (`view_filing`) is a link button; its click is just acknowledged.

Errors: one global error handler (`app.error`) logs the exception with its traceback, scrubbed
of tokens and the signing secret, and tells the user politely that something went wrong. There
is no per-listener `except Exception`. Request signature verification (Bolt's
RequestVerification: HMAC-SHA256, constant-time compare, timestamps within 5 minutes) stays on.
"""

from __future__ import annotations

import json
import logging
import threading
import traceback
from collections.abc import Callable, Mapping
from datetime import timedelta
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Protocol
from urllib.parse import urlsplit

from slack_bolt import App, BoltRequest, BoltResponse
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
)

from bot.errors import ConfigError, SlackRetryable
from bot.models import Kind
from bot.slack.client import scrub
from bot.slack.commands import (
    Command,
    CommandContext,
    UsageError,
    execute,
    parse,
    working_note,
)
from bot.slack.render import ACTION_ACK, ACTION_MUTE, ACTION_VIEW, render_acknowledged

__all__ = [
    "EVENTS_PATH",
    "HEALTH_PATH",
    "SlackHttpServer",
    "SlackSettings",
    "build_app",
    "serve_http",
    "start_socket_mode",
]

log = logging.getLogger(__name__)

COMMAND = "/edgar"
EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"
MUTE_BUTTON_DAYS = 7
MAX_BODY_BYTES = 1024 * 1024  # Slack's payloads are a few KB; refuse anything absurd
SORRY = (
    "Sorry, something went wrong on my side while handling that. It has been logged; "
    "please try again in a minute."
)


class SlackSettings(Protocol):
    """What build_app reads from bot.settings.Settings."""

    slack_bot_token: str | None
    slack_signing_secret: str | None
    slack_app_token: str | None
    slack_api_url: str


# --------------------------------------------------------------------------- the app


def build_app(
    settings: SlackSettings,
    ctx: CommandContext,
    *,
    socket_mode: bool | None = None,
    token_verification_enabled: bool = True,
) -> App:
    """The Bolt app with the `/edgar` command, the alert buttons and the error handler.

    `socket_mode` defaults to whether settings carry an app token; HTTP mode requires the signing
    secret. With `token_verification_enabled` the bot token is checked once with `auth.test`
    (against SLACK_API_URL): a refused token is a ConfigError naming SLACK_BOT_TOKEN, an
    unreachable Slack a SlackRetryable. Neither message contains a secret."""
    token = settings.slack_bot_token
    if not token:
        raise ConfigError("SLACK_BOT_TOKEN: not set; the Slack app needs the bot token")
    if socket_mode is None:
        socket_mode = bool(getattr(settings, "slack_app_token", None))
    secret = settings.slack_signing_secret or ""
    if not socket_mode and not secret:
        raise ConfigError(
            "SLACK_SIGNING_SECRET: not set; HTTP mode verifies every request from Slack with it "
            "(Basic Information > App Credentials)"
        )
    client = WebClient(token=token, base_url=settings.slack_api_url, timeout=15)
    client.retry_handlers = [
        ConnectionErrorRetryHandler(max_retry_count=1),
        RateLimitErrorRetryHandler(max_retry_count=2),
    ]
    if token_verification_enabled:
        _verify_token(client, settings.slack_api_url)
    app = App(
        client=client,
        signing_secret=secret,
        process_before_response=False,
        token_verification_enabled=False,  # done above, with a message a person can act on
        request_verification_enabled=True,
        logger=logging.getLogger("bot.slack.bolt"),
    )
    _register(app, ctx, secrets=(token, secret, getattr(settings, "slack_app_token", None)))
    return app


def _verify_token(client: WebClient, api_url: str) -> None:
    try:
        client.auth_test()
    except SlackApiError as exc:
        code = str(exc.response.get("error") or exc.response.status_code)
        raise ConfigError(
            f"SLACK_BOT_TOKEN: Slack refused the token at auth.test ({code}); copy the Bot User "
            "OAuth Token (xoxb-...) again from the app's OAuth & Permissions page"
        ) from None
    except (SlackClientError, OSError) as exc:
        raise SlackRetryable(
            f"cannot reach Slack's Web API at {api_url} ({type(exc).__name__})"
        ) from None


def _register(app: App, ctx: CommandContext, *, secrets: tuple[str | None, ...]) -> None:
    @app.command(COMMAND)
    def on_edgar(ack: Any, body: Mapping[str, Any], respond: Any) -> None:
        parsed = parse(str(body.get("text") or ""))
        note = working_note(parsed) if isinstance(parsed, Command) else None
        if note:
            ack(text=note)
        else:
            ack()
        user_id = str(body.get("user_id") or "")
        if isinstance(parsed, UsageError):
            respond(**parsed.reply().payload())
            return
        respond(**execute(parsed, ctx, user_id).payload())

    @app.action(ACTION_MUTE)
    def on_mute(ack: Any, body: Mapping[str, Any], respond: Any) -> None:
        ack()
        user_id = str(body.get("user", {}).get("id") or "")
        target = _mute_value(body)
        if target is None:
            respond(text="I could not read that button; use `/edgar mute TICKER KIND 7d` instead.",
                    response_type="ephemeral", replace_original=False)
            return
        cik, kind = target
        command = Command(
            "mute", {"ref": str(cik), "kind": kind.value,
                     "duration": timedelta(days=MUTE_BUTTON_DAYS)},
        )
        reply = execute(command, ctx, user_id)
        respond(text=reply.text, response_type="ephemeral", replace_original=False)

    @app.action(ACTION_ACK)
    def on_ack(ack: Any, body: Mapping[str, Any], client: WebClient) -> None:
        ack()
        user_id = str(body.get("user", {}).get("id") or "")
        channel_id = str((body.get("channel") or {}).get("id") or
                         (body.get("container") or {}).get("channel_id") or "")
        message = body.get("message") or {}
        ts = str(message.get("ts") or (body.get("container") or {}).get("message_ts") or "")
        blocks = render_acknowledged(message.get("blocks") or [], user_id)
        client.chat_update(
            channel=channel_id, ts=ts, text=message.get("text") or "Alert (acknowledged)",
            blocks=blocks,
        )
        ctx.store.mark_acknowledged(channel_id, ts, user_id)

    @app.action(ACTION_VIEW)
    def on_view(ack: Any) -> None:
        ack()  # a link button: Slack opens the URL; the click only needs acknowledging

    @app.error
    def on_error(error: Exception, body: Mapping[str, Any] | None, respond: Any) -> None:
        body = body or {}
        what = body.get("command") or body.get("type") or "request"
        actions = body.get("actions") or []
        if actions and isinstance(actions, list):
            what = f"{what} {actions[0].get('action_id', '')}".strip()
        user = body.get("user_id") or (body.get("user") or {}).get("id") or "?"
        detail = scrub("".join(traceback.format_exception(error)), *secrets)
        log.error("Slack %s from %s failed: %s", what, user, detail.rstrip())
        if respond is not None:
            try:
                respond(text=SORRY, response_type="ephemeral", replace_original=False)
            except (SlackClientError, OSError) as exc:
                log.warning("could not tell the user about the failure (%s)", type(exc).__name__)


def _mute_value(body: Mapping[str, Any]) -> tuple[int, Kind] | None:
    """The mute button's {"cik": int, "kind": str}, or None when it is not readable."""
    actions = body.get("actions") or []
    if not actions:
        return None
    try:
        data = json.loads(actions[0].get("value") or "")
        cik = int(data["cik"])
        kind = Kind(data["kind"])
    except (ValueError, TypeError, KeyError, AttributeError):
        return None
    if not 0 < cik <= 9_999_999_999:
        return None
    return cik, kind


# --------------------------------------------------------------------------- HTTP mode


class SlackHttpServer:
    """POST /slack/events -> the Bolt app; GET /healthz -> `health()` as JSON (200 when its
    "ok" is true or absent, else 503). Threaded; `start()` runs it in a daemon thread."""

    def __init__(
        self,
        app: App,
        port: int,
        host: str = "0.0.0.0",
        health: Callable[[], Mapping[str, Any]] | None = None,
    ) -> None:
        self.app = app
        self.health = health or (lambda: {"ok": True})
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            timeout = 30  # a client that stalls mid-request does not hold a thread forever

            def do_POST(self) -> None:
                server._post(self)

            def do_GET(self) -> None:
                server._get(self)

            def log_message(self, format: str, *args: Any) -> None:
                log.debug("http %s %s", self.command, urlsplit(self.path).path)

        self._httpd = ThreadingHTTPServer((host, port), Handler)
        self._httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        host = self._httpd.server_address[0]
        return f"http://{host}:{self.port}"

    def start(self) -> SlackHttpServer:
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.1},
            name="slack-http", daemon=True,
        )
        self._thread.start()
        log.info("serving Slack requests on port %d at %s", self.port, EVENTS_PATH)
        return self

    def serve_forever(self) -> None:
        self._httpd.serve_forever()

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    # ---- requests

    def _post(self, req: BaseHTTPRequestHandler) -> None:
        split = urlsplit(req.path)
        length_text = req.headers.get("Content-Length")
        problem: tuple[HTTPStatus, bytes] | None = None
        if split.path != EVENTS_PATH:
            problem = HTTPStatus.NOT_FOUND, b"not found\n"
        elif length_text is None or not length_text.isdigit():
            problem = HTTPStatus.LENGTH_REQUIRED, b"Content-Length required\n"
        elif int(length_text) > MAX_BODY_BYTES:
            problem = HTTPStatus.REQUEST_ENTITY_TOO_LARGE, b"request too large\n"
        if problem is not None:
            # The body was not read: this connection cannot carry another request.
            req.close_connection = True
            _send(req, problem[0], problem[1], {"Connection": "close"})
            return
        length = int(length_text or 0)
        raw = req.rfile.read(length)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            _send(req, HTTPStatus.BAD_REQUEST, b"body is not UTF-8\n")
            return
        headers: dict[str, list[str]] = {}
        for key, value in req.headers.items():
            headers.setdefault(key.lower(), []).append(value)
        response: BoltResponse = self.app.dispatch(
            BoltRequest(body=text, query=split.query, headers=headers)
        )
        body = (response.body or "").encode("utf-8")
        extra = {k: v for k, vs in response.headers.items() for v in vs
                 if k.lower() not in ("content-length", "connection")}
        _send(req, response.status, body, extra)

    def _get(self, req: BaseHTTPRequestHandler) -> None:
        path = urlsplit(req.path).path
        if path != HEALTH_PATH:
            _send(req, HTTPStatus.NOT_FOUND, b"not found\n")
            return
        try:
            report = dict(self.health())
        except Exception as exc:  # a failing probe is an unhealthy answer, not a crash
            log.warning("health check failed: %s", type(exc).__name__)
            report = {"ok": False, "error": f"health check failed ({type(exc).__name__})"}
        ok = bool(report.get("ok", True))
        report["ok"] = ok
        status = HTTPStatus.OK if ok else HTTPStatus.SERVICE_UNAVAILABLE
        body = json.dumps(report, default=str, sort_keys=True).encode("utf-8")
        _send(req, status, body, {"Content-Type": "application/json"})


def _send(
    req: BaseHTTPRequestHandler, status: int, body: bytes, headers: Mapping[str, str] | None = None
) -> None:
    req.send_response(int(status))
    has_type = False
    for key, value in (headers or {}).items():
        has_type = has_type or key.lower() == "content-type"
        req.send_header(key, value)
    if not has_type:
        req.send_header("Content-Type", "text/plain; charset=utf-8")
    req.send_header("Content-Length", str(len(body)))
    req.end_headers()
    req.wfile.write(body)


def serve_http(
    app: App,
    port: int,
    host: str = "0.0.0.0",
    health: Callable[[], Mapping[str, Any]] | None = None,
    *,
    start: bool = True,
) -> SlackHttpServer:
    """Serve Slack's requests at /slack/events and a health probe at /healthz. Started in a
    background thread unless `start=False`; `server.stop()` ends it. `port=0` picks a free
    port (`server.port`). A port already in use is a ConfigError."""
    try:
        server = SlackHttpServer(app, port, host, health)
    except OSError as exc:
        raise ConfigError(
            f"--http-port {port}: cannot listen on {host}:{port} ({exc.strerror or exc})"
        ) from None
    return server.start() if start else server


# --------------------------------------------------------------------------- Socket Mode


def start_socket_mode(app: App, app_token: str) -> Any:
    """Connect to Slack over Socket Mode (no public URL needed) without blocking; returns the
    handler (call `.close()` at shutdown). A refused app token is a ConfigError naming
    SLACK_APP_TOKEN; an unreachable Slack a SlackRetryable."""
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    handler = SocketModeHandler(app, app_token=app_token)
    try:
        handler.connect()
    except SlackApiError as exc:
        handler.client.close()
        code = str(exc.response.get("error") or exc.response.status_code)
        raise ConfigError(
            f"SLACK_APP_TOKEN: Slack refused to open a Socket Mode connection ({code}); the "
            "app-level token needs the connections:write scope and Socket Mode must be enabled"
        ) from None
    except (SlackClientError, OSError) as exc:
        handler.client.close()
        raise SlackRetryable(
            f"cannot open a Socket Mode connection to Slack ({type(exc).__name__})"
        ) from None
    log.info("connected to Slack in Socket Mode")
    return handler
