"""A Slack Web API stand-in on 127.0.0.1 for tests: a real HTTP server slack_sdk can talk to.

    with SlackStandIn(tokens={"xoxb-test"}) as slack:
        client = WebClient(token="xoxb-test", base_url=slack.api_url)
        ...
        assert slack.posts("#alerts")[0].body["text"] ...

What it does
- POST /api/<method> with JSON, form-urlencoded or multipart bodies (as slack_sdk sends them);
  the bearer token (or a `token` body field) must be one of `tokens`: missing -> `not_authed`,
  wrong -> `invalid_auth` (HTTP 200 with {"ok": false}, like Slack).
- chat.postMessage (validates Block Kit limits -> `invalid_blocks`, `no_text`, `msg_too_long`;
  answers with a channel id and an increasing ts "1700000000.000100"), chat.update (needs the
  channel id and an existing ts -> `message_not_found`), chat.postEphemeral, auth.test,
  conversations.info. Channel names ("#alerts" or "alerts") map to stable ids "C…"; channels in
  `missing` answer `channel_not_found`.
- Faults on demand: `fail_next(n, status=429, retry_after=…)`, `fail_next(n, status=503)`,
  `fail_next(n, error="internal_error")`, optionally only for one channel or method;
  `set_channel_error(channel, code)` for a lasting error; `slow(seconds, n)` for slow answers;
  `enforce_rate=1.0` answers 429 when a channel gets two posts less than a second apart.
- Records every call (method, parsed body, headers, time by `clock`, status, response) and the
  time of every accepted post per channel, all thread-safe.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import default as email_policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

_ID_RE = re.compile(r"^[CGD][A-Z0-9]{6,}$")
TS_BASE = 1_700_000_000_000_100  # microseconds: first ts is "1700000000.000100"
TS_STEP = 100


@dataclass
class Call:
    """One request the stand-in received."""

    method: str
    body: dict[str, Any]
    headers: dict[str, str]
    at: float
    status: int = 200
    response: dict[str, Any] | None = None
    channel_id: str | None = None

    @property
    def ok(self) -> bool:
        return self.status == 200 and bool(self.response and self.response.get("ok"))


@dataclass
class _Fault:
    remaining: int
    status: int = 429
    retry_after: float | None = 1
    error: str | None = None
    channel: str | None = None  # channel id, or None for any
    method: str | None = "chat.postMessage"
    body: str | None = None  # raw body for 5xx answers


@dataclass
class _Message:
    channel: str
    ts: str
    text: str
    blocks: list[Any] | None
    thread_ts: str | None
    reply_broadcast: bool
    edits: list[dict[str, Any]] = field(default_factory=list)
    metadata: dict[str, Any] | None = None  # chat.postMessage `metadata` (event_type, payload)


def _seconds_header(value: float) -> str:
    return str(max(0, math.ceil(value)))


class SlackStandIn:
    def __init__(
        self,
        tokens: Iterable[str] = ("xoxb-standin-token",),
        *,
        channels: Mapping[str, str] | None = None,
        missing: Iterable[str] = (),
        clock: Callable[[], float] = time.monotonic,
        enforce_rate: float | None = None,
        team_id: str = "T0STANDIN",
        bot_user_id: str = "U0STANDIN",
    ) -> None:
        self.tokens = set(tokens)
        self.clock = clock
        self.enforce_rate = enforce_rate
        self.team_id = team_id
        self.bot_user_id = bot_user_id
        self._lock = threading.RLock()
        self._names: dict[str, str] = {}
        for name, cid in (channels or {}).items():
            self._names[self._norm(name)] = cid
        self._missing_ids = {self.channel_id(m) for m in missing}
        self._faults: list[_Fault] = []
        self._channel_errors: dict[str, str] = {}
        self._slow: list[list[float]] = []  # [seconds, remaining]
        self._calls: list[Call] = []
        self._messages: dict[tuple[str, str], _Message] = {}
        self._post_times: dict[str, list[float]] = {}
        self._last_ts = TS_BASE - TS_STEP
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle -----------------------------------------------------------------------

    def start(self) -> SlackStandIn:
        standin = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                standin._handle(self)

            def do_GET(self) -> None:
                standin._handle(self)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> SlackStandIn:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._server is not None, "stand-in not started"
        return int(self._server.server_address[1])

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    # --- scripting -----------------------------------------------------------------------

    def fail_next(
        self,
        n: int = 1,
        *,
        status: int = 429,
        retry_after: float | None = 1,
        error: str | None = None,
        channel: str | None = None,
        method: str | None = "chat.postMessage",
        body: str | None = None,
    ) -> None:
        """Answer the next `n` matching calls with `status` (429 carries Retry-After; 5xx an
        HTML page unless `body` or `error` is given) or, with status 200, {"ok": false, "error"}."""
        with self._lock:
            cid = self.channel_id(channel) if channel else None
            self._faults.append(_Fault(n, status, retry_after, error, cid, method, body))

    def set_channel_error(self, channel: str, code: str | None) -> None:
        """Every call naming `channel` answers {"ok": false, "error": code} until cleared."""
        with self._lock:
            cid = self.channel_id(channel)
            if code is None:
                self._channel_errors.pop(cid, None)
            else:
                self._channel_errors[cid] = code

    def slow(self, seconds: float, n: int = 1) -> None:
        """Delay the next `n` answers by `seconds` of real time."""
        with self._lock:
            self._slow.append([seconds, n])

    # --- inspection ----------------------------------------------------------------------

    @staticmethod
    def _norm(name: str) -> str:
        return name.strip().lstrip("#").lower()

    def channel_id(self, channel: str) -> str:
        """The stable id a channel name maps to ("#alerts" -> "C…"); ids map to themselves."""
        if _ID_RE.match(channel):
            return channel
        key = self._norm(channel)
        with self._lock:
            if key not in self._names:
                digest = hashlib.sha1(key.encode()).hexdigest()[:10].upper()
                self._names[key] = "C" + digest
            return self._names[key]

    def calls(self, method: str | None = None) -> list[Call]:
        with self._lock:
            return [c for c in self._calls if method is None or c.method == method]

    def posts(self, channel: str | None = None, *, ok_only: bool = True) -> list[Call]:
        """chat.postMessage calls (accepted ones by default), optionally for one channel."""
        cid = self.channel_id(channel) if channel else None
        return [
            c
            for c in self.calls("chat.postMessage")
            if (not ok_only or c.ok) and (cid is None or c.channel_id == cid)
        ]

    def post_times(self, channel: str) -> list[float]:
        """`clock` times of the accepted posts to `channel`, in order."""
        with self._lock:
            return list(self._post_times.get(self.channel_id(channel), []))

    def message(self, channel: str, ts: str) -> dict[str, Any] | None:
        """The current state of a posted message (after updates)."""
        with self._lock:
            m = self._messages.get((self.channel_id(channel), ts))
            if m is None:
                return None
            return {
                "channel": m.channel,
                "ts": m.ts,
                "text": m.text,
                "blocks": m.blocks,
                "thread_ts": m.thread_ts,
                "reply_broadcast": m.reply_broadcast,
                "edits": list(m.edits),
            }

    # --- request handling ----------------------------------------------------------------

    def _handle(self, req: BaseHTTPRequestHandler) -> None:
        split = urlsplit(req.path)
        method = split.path.rsplit("/", 1)[-1]
        length = int(req.headers.get("Content-Length") or 0)
        raw = req.rfile.read(length) if length else b""
        body = dict(parse_qsl(split.query))
        body.update(_parse_body(req.headers.get("Content-Type", ""), raw))
        headers = {k: v for k, v in req.headers.items()}
        with self._lock:
            call = Call(method=method, body=body, headers=headers, at=self.clock())
            self._calls.append(call)
            delay = 0.0
            for s in self._slow:
                if s[1] > 0:
                    s[1] -= 1
                    delay = s[0]
                    break
        if delay:
            time.sleep(delay)
        with self._lock:
            status, payload, extra = self._answer(call)
            call.status = status
            call.response = payload if isinstance(payload, dict) else None
        if isinstance(payload, dict):
            data = json.dumps(payload).encode()
            ctype = "application/json; charset=utf-8"
        else:
            data = payload.encode()
            ctype = "text/html; charset=utf-8"
        try:
            req.send_response(status)
            req.send_header("Content-Type", ctype)
            req.send_header("Content-Length", str(len(data)))
            for k, v in extra.items():
                req.send_header(k, v)
            req.end_headers()
            req.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a timeout test)

    def _auth_error(self, call: Call) -> str | None:
        auth = call.headers.get("Authorization") or call.headers.get("authorization") or ""
        token = auth[7:].strip() if auth.lower().startswith("bearer ") else ""
        token = token or str(call.body.get("token") or "")
        if not token:
            return "not_authed"
        if token not in self.tokens:
            return "invalid_auth"
        return None

    def _answer(self, call: Call) -> tuple[int, dict[str, Any] | str, dict[str, str]]:
        code = self._auth_error(call)
        if code:
            return 200, {"ok": False, "error": code}, {}
        channel = call.body.get("channel")
        cid = self.channel_id(str(channel)) if channel else None
        call.channel_id = cid
        for fault in self._faults:
            if fault.remaining <= 0:
                continue
            if fault.method and fault.method != call.method:
                continue
            if fault.channel and fault.channel != cid:
                continue
            fault.remaining -= 1
            return self._fault_answer(fault)
        if cid and cid in self._channel_errors:
            return 200, {"ok": False, "error": self._channel_errors[cid]}, {}
        handler = {
            "chat.postMessage": self._post_message,
            "chat.update": self._update,
            "chat.postEphemeral": self._post_ephemeral,
            "auth.test": self._auth_test,
            "conversations.info": self._conversations_info,
            "conversations.history": self._history,
            "conversations.replies": self._replies,
        }.get(call.method)
        if handler is None:
            return 200, {"ok": False, "error": "unknown_method"}, {}
        return handler(call, cid)

    def _fault_answer(self, fault: _Fault) -> tuple[int, dict[str, Any] | str, dict[str, str]]:
        if fault.status == 429:
            extra = {}
            if fault.retry_after is not None:
                extra["Retry-After"] = _seconds_header(fault.retry_after)
            return 429, {"ok": False, "error": "ratelimited"}, extra
        if fault.status >= 500:
            if fault.error:
                return fault.status, {"ok": False, "error": fault.error}, {}
            page = (
                fault.body
                or f"<html><body><h1>{fault.status} Service Unavailable</h1></body></html>"
            )
            return fault.status, page, {}
        return fault.status, {"ok": False, "error": fault.error or "internal_error"}, {}

    def _channel_missing(self, channel: str | None, cid: str | None) -> bool:
        return not channel or not cid or cid in self._missing_ids

    def _next_ts(self) -> str:
        self._last_ts += TS_STEP
        return f"{self._last_ts // 1_000_000}.{self._last_ts % 1_000_000:06d}"

    def _post_message(self, call: Call, cid: str | None):
        channel = call.body.get("channel")
        if self._channel_missing(channel, cid):
            return 200, {"ok": False, "error": "channel_not_found"}, {}
        assert cid is not None
        problem = message_problem(call.body)
        if problem:
            return 200, problem, {}
        now = self.clock()
        times = self._post_times.setdefault(cid, [])
        if self.enforce_rate is not None and times and now - times[-1] < self.enforce_rate:
            wait = self.enforce_rate - (now - times[-1])
            return (
                429,
                {"ok": False, "error": "ratelimited"},
                {"Retry-After": _seconds_header(wait)},
            )
        times.append(now)
        ts = self._next_ts()
        blocks = _json_field(call.body.get("blocks"))
        thread_ts = call.body.get("thread_ts") or None
        broadcast = _truthy(call.body.get("reply_broadcast"))
        metadata = _json_field(call.body.get("metadata"))
        self._messages[(cid, ts)] = _Message(
            cid, ts, str(call.body.get("text") or ""), blocks, thread_ts, broadcast,
            metadata=metadata if isinstance(metadata, dict) else None,
        )
        message: dict[str, Any] = {
            "type": "message",
            "user": self.bot_user_id,
            "bot_id": "B0STANDIN",
            "text": call.body.get("text") or "",
            "ts": ts,
            "team": self.team_id,
        }
        if blocks is not None:
            message["blocks"] = blocks
        if thread_ts:
            message["thread_ts"] = thread_ts
        return 200, {"ok": True, "channel": cid, "ts": ts, "message": message}, {}

    def _update(self, call: Call, cid: str | None):
        channel = str(call.body.get("channel") or "")
        if not _ID_RE.match(channel) or self._channel_missing(channel, cid):
            return 200, {"ok": False, "error": "channel_not_found"}, {}
        ts = str(call.body.get("ts") or "")
        msg = self._messages.get((channel, ts))
        if msg is None:
            return 200, {"ok": False, "error": "message_not_found"}, {}
        problem = message_problem(call.body)
        if problem:
            return 200, problem, {}
        if "text" in call.body:
            msg.text = str(call.body["text"])
        if "blocks" in call.body:
            msg.blocks = _json_field(call.body["blocks"])
        msg.edits.append(dict(call.body))
        return 200, {"ok": True, "channel": channel, "ts": ts, "text": msg.text}, {}

    def _post_ephemeral(self, call: Call, cid: str | None):
        if self._channel_missing(call.body.get("channel"), cid):
            return 200, {"ok": False, "error": "channel_not_found"}, {}
        if not call.body.get("user"):
            return 200, {"ok": False, "error": "user_not_found"}, {}
        return 200, {"ok": True, "message_ts": self._next_ts()}, {}

    def _auth_test(self, call: Call, cid: str | None):
        return (
            200,
            {
                "ok": True,
                "url": "https://standin.slack.com/",
                "team": "Stand-in",
                "user": "edgar-sentinel",
                "team_id": self.team_id,
                "user_id": self.bot_user_id,
                "bot_id": "B0STANDIN",
            },
            {},
        )

    def _listing(self, call: Call, cid: str | None, keep: Any):
        """conversations.history / .replies: the channel must be an id (as on Slack); messages
        newer than `oldest`, newest first, with their metadata when include_all_metadata."""
        channel = str(call.body.get("channel") or "")
        if not _ID_RE.match(channel) or self._channel_missing(channel, cid):
            return 200, {"ok": False, "error": "channel_not_found"}, {}
        oldest = float(call.body.get("oldest") or 0)
        with_meta = _truthy(call.body.get("include_all_metadata"))
        out = []
        for (c, ts), m in sorted(self._messages.items(), key=lambda kv: -float(kv[0][1])):
            if c != channel or float(ts) <= oldest or not keep(m):
                continue
            item: dict[str, Any] = {"type": "message", "ts": ts, "text": m.text,
                                    "user": self.bot_user_id, "bot_id": "B0STANDIN"}
            if m.thread_ts:
                item["thread_ts"] = m.thread_ts
            if with_meta and m.metadata:
                item["metadata"] = m.metadata
            out.append(item)
        limit = int(call.body.get("limit") or 100)
        return 200, {"ok": True, "messages": out[:limit], "has_more": len(out) > limit}, {}

    def _history(self, call: Call, cid: str | None):
        return self._listing(call, cid, lambda m: not m.thread_ts or m.reply_broadcast)

    def _replies(self, call: Call, cid: str | None):
        parent = str(call.body.get("ts") or "")
        return self._listing(call, cid, lambda m: m.ts == parent or m.thread_ts == parent)

    def _conversations_info(self, call: Call, cid: str | None):
        channel = str(call.body.get("channel") or "")
        if self._channel_missing(channel, cid):
            return 200, {"ok": False, "error": "channel_not_found"}, {}
        name = next((n for n, i in self._names.items() if i == cid), cid)
        return 200, {"ok": True, "channel": {"id": cid, "name": name, "is_channel": True}}, {}


# --- body parsing and Block Kit checks ---------------------------------------------------


def _parse_body(content_type: str, raw: bytes) -> dict[str, Any]:
    if not raw:
        return {}
    ctype = content_type.split(";")[0].strip().lower()
    if ctype == "application/json":
        data = json.loads(raw.decode("utf-8"))
        return data if isinstance(data, dict) else {}
    if ctype == "multipart/form-data":
        msg = BytesParser(policy=email_policy).parsebytes(
            b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + raw
        )
        out: dict[str, Any] = {}
        for part in msg.iter_parts():
            name = part.get_param("name", header="content-disposition")
            if name:
                payload = part.get_payload(decode=True) or b""
                out[str(name)] = payload.decode("utf-8", "replace")
        return out
    return dict(parse_qsl(raw.decode("utf-8"), keep_blank_values=True))


def _json_field(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _truthy(value: Any) -> bool:
    return value is True or str(value).lower() in ("1", "true")


def _plain_len(obj: Any) -> int:
    return len(obj.get("text", "")) if isinstance(obj, dict) else 0


def block_kit_problems(blocks: Any) -> list[str]:
    if not isinstance(blocks, list):
        return ["blocks must be an array"]
    out: list[str] = []
    if len(blocks) > 50:
        out.append(f"too many blocks: {len(blocks)} > 50")
    for i, b in enumerate(blocks):
        where = f"[{i}]"
        kind = b.get("type") if isinstance(b, dict) else None
        if kind == "header":
            if b.get("text", {}).get("type") != "plain_text":
                out.append(f"{where} header text must be plain_text")
            if _plain_len(b.get("text")) > 150:
                out.append(f"{where} header text longer than 150")
        elif kind == "section":
            if "text" not in b and "fields" not in b:
                out.append(f"{where} section needs text or fields")
            if _plain_len(b.get("text")) > 3000:
                out.append(f"{where} section text longer than 3000")
            fields = b.get("fields", [])
            if len(fields) > 10:
                out.append(f"{where} more than 10 fields")
            if any(_plain_len(f) > 2000 for f in fields):
                out.append(f"{where} field longer than 2000")
            if any(_plain_len(f) == 0 for f in fields) or (
                "text" in b and not _plain_len(b["text"])
            ):
                out.append(f"{where} empty text")
        elif kind == "context":
            els = b.get("elements", [])
            if not els or len(els) > 10:
                out.append(f"{where} context needs 1-10 elements")
            if any(_plain_len(e) > 3000 for e in els):
                out.append(f"{where} context element longer than 3000")
        elif kind == "actions":
            els = b.get("elements", [])
            if not els or len(els) > 25:
                out.append(f"{where} actions needs 1-25 elements")
            for e in els:
                if _plain_len(e.get("text")) > 75:
                    out.append(f"{where} button text longer than 75")
                if len(e.get("url", "")) > 3000:
                    out.append(f"{where} button url longer than 3000")
                if len(e.get("value", "")) > 2000:
                    out.append(f"{where} button value longer than 2000")
                if len(e.get("action_id", "")) > 255:
                    out.append(f"{where} action_id longer than 255")
        elif kind not in ("divider", "image", "rich_text", "input", "file", "video"):
            out.append(f"{where} unknown block type {kind!r}")
        if isinstance(b, dict) and len(str(b.get("block_id", ""))) > 255:
            out.append(f"{where} block_id longer than 255")
    return out


def message_problem(body: Mapping[str, Any]) -> dict[str, Any] | None:
    text = body.get("text")
    blocks = _json_field(body.get("blocks")) if body.get("blocks") not in (None, "") else None
    if not text and not blocks:
        return {"ok": False, "error": "no_text"}
    if text and len(str(text)) > 40_000:
        return {"ok": False, "error": "msg_too_long"}
    if blocks is not None:
        problems = block_kit_problems(blocks)
        if problems:
            return {
                "ok": False,
                "error": "invalid_blocks",
                "response_metadata": {"messages": [f"[ERROR] {p}" for p in problems]},
            }
    return None
