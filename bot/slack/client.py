"""The Slack Web API edge: a thin wrapper over slack_sdk's WebClient.

`SlackPoster` posts and edits messages and turns every failure into one of bot.errors:
  - HTTP 429 / `ratelimited`              -> SlackRetryable(retry_after=Retry-After seconds)
  - HTTP 5xx, Slack's transient codes,
    network errors and timeouts           -> SlackRetryable
  - anything else Slack refuses
    (channel_not_found, invalid_auth, ...) -> SlackPermanent(code)
slack_sdk's own retry handlers are switched off: the delivery job owns retries and backoff.
No message raised or logged here ever contains the token (slack_sdk's errors can carry the
request, so their text is never passed on, and everything is scrubbed of `xox?-` tokens).
"""

from __future__ import annotations

import http.client
import logging
import re
from collections.abc import Mapping
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.errors import SlackError, SlackPermanent, SlackRetryable
from bot.models import Alert
from bot.slack.render import render_alert

log = logging.getLogger(__name__)

DEFAULT_API_URL = "https://slack.com/api/"
DEFAULT_TIMEOUT = 15

# Codes after which the same request may succeed later.
RETRYABLE_CODES = frozenset(
    {"ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout"}
)
# Codes that mean the token itself is unusable: nothing else will get through either.
AUTH_CODES = frozenset(
    {
        "invalid_auth",
        "not_authed",
        "account_inactive",
        "token_revoked",
        "token_expired",
        "no_permission",
        "missing_scope",
        "ekm_access_denied",
        "team_access_not_granted",
        "org_login_required",
    }
)
# Codes about one channel (documented for callers; every unknown code is permanent as well).
CHANNEL_CODES = frozenset(
    {
        "channel_not_found",
        "not_in_channel",
        "is_archived",
        "restricted_action",
        "channel_is_archived",
    }
)

_TOKEN_RE = re.compile(r"xox[a-z]-[A-Za-z0-9-]+|xapp-[A-Za-z0-9-]+")


METADATA_EVENT = "edgar_sentinel_alert"  # message metadata event_type on every alert post


def scrub(text: str, *secrets: str | None) -> str:
    """`text` with the given secrets and anything shaped like a Slack token masked."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    return _TOKEN_RE.sub("xox?-***", text)


def _retry_after(headers: Mapping[str, Any] | None, default: float = 1.0) -> float:
    if not headers:
        return default
    for key, value in headers.items():
        if str(key).lower() == "retry-after":
            if isinstance(value, list | tuple):
                value = value[0] if value else None
            try:
                return max(0.0, float(str(value).strip()))
            except (TypeError, ValueError):
                return default
    return default


class SlackPoster:
    """Posts rendered payloads to channels. One instance per token; thread-safe."""

    def __init__(
        self,
        token: str,
        *,
        base_url: str = DEFAULT_API_URL,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        if not token:
            raise SlackPermanent("SLACK_BOT_TOKEN is empty", code="not_authed")
        self._token = token
        base = base_url if base_url.endswith("/") else base_url + "/"
        self.base_url = base
        # retry_handlers=[]: no silent retries inside slack_sdk; the deliverer decides.
        self._client = WebClient(
            token=token, base_url=base, timeout=int(max(1, timeout)), retry_handlers=[]
        )

    def __repr__(self) -> str:
        return f"SlackPoster(base_url={self.base_url!r})"

    # --- API -----------------------------------------------------------------------------

    def post(
        self,
        channel: str,
        payload: Mapping[str, Any],
        thread_ts: str | None = None,
        reply_broadcast: bool = False,
        metadata: Mapping[str, Any] | None = None,
    ) -> tuple[str, str]:
        """chat.postMessage; returns (channel_id, ts) once Slack said ok. Links never unfurl."""
        args: dict[str, Any] = {
            "channel": channel,
            "text": payload.get("text", ""),
            "unfurl_links": False,
            "unfurl_media": False,
        }
        if metadata:
            args["metadata"] = dict(metadata)
        if payload.get("blocks"):
            args["blocks"] = list(payload["blocks"])
        if thread_ts:
            args["thread_ts"] = thread_ts
            if reply_broadcast:
                args["reply_broadcast"] = True
        data = self._call("chat.postMessage", channel, args)
        return str(data.get("channel") or channel), str(data["ts"])

    def post_alert(
        self,
        alert: Alert,
        channel: str,
        thread_ts: str | None = None,
        reply_broadcast: bool = False,
    ) -> tuple[str, str]:
        """Render `alert` as Block Kit and post it (the deliverer's sender interface), carrying
        its dedupe key as message metadata so a post whose answer was lost can be found."""
        meta = {"event_type": METADATA_EVENT, "event_payload": {"dedupe_key": alert.dedupe_key}}
        return self.post(channel, render_alert(alert), thread_ts, reply_broadcast, meta)

    def find_posted(self, channel_id: str, dedupe_key: str,
                    thread_ts: str | None = None) -> str | None:
        """The ts of this bot's message for `dedupe_key` among the latest 200 in `channel_id`
        (or in the thread of `thread_ts`), or None. Needs the channels:history /
        groups:history scopes; raises SlackError otherwise."""
        args: dict[str, Any] = {"channel": channel_id, "limit": 200, "include_all_metadata": True}
        if thread_ts:
            args["ts"] = thread_ts
        data = self._call("conversations.replies" if thread_ts else "conversations.history",
                          channel_id, args)
        for msg in data.get("messages") or []:
            meta = msg.get("metadata") or {}
            payload = meta.get("event_payload") or {}
            if meta.get("event_type") == METADATA_EVENT and payload.get("dedupe_key") == dedupe_key:
                return str(msg.get("ts"))
        return None

    def update(self, channel_id: str, ts: str, payload: Mapping[str, Any]) -> None:
        """chat.update of a message this bot posted (e.g. after "Acknowledge")."""
        args: dict[str, Any] = {"channel": channel_id, "ts": ts}
        if "text" in payload:
            args["text"] = payload["text"]
        if "blocks" in payload:
            args["blocks"] = list(payload["blocks"])
        self._call("chat.update", channel_id, args)

    def auth_test(self) -> dict[str, Any]:
        """auth.test: who the token is (team, user_id, bot_id); raises on a bad token."""
        return self._call("auth.test", None, {})

    # --- internals -----------------------------------------------------------------------

    def _call(self, method: str, channel: str | None, args: dict[str, Any]) -> dict[str, Any]:
        where = f"Slack {method}" + (f" to {channel}" if channel else "")
        try:
            resp = self._client.api_call(method, json=args)
        except SlackApiError as exc:
            raise self._api_error(where, exc) from None
        except (OSError, http.client.HTTPException) as exc:  # URLError, timeouts, resets
            reason = getattr(exc, "reason", None) or exc
            msg = scrub(
                f"{where} failed: network error ({type(exc).__name__}: {reason})", self._token
            )
            raise SlackRetryable(msg) from None
        except SlackClientError as exc:
            msg = scrub(f"{where} failed: {type(exc).__name__}: {exc}", self._token)
            raise SlackPermanent(msg, code="client_error") from None
        data = resp.data if isinstance(resp.data, dict) else {}
        return data

    def _api_error(self, where: str, exc: SlackApiError) -> SlackError:
        resp = exc.response
        status = int(getattr(resp, "status_code", 0) or 0)
        data = resp.data if isinstance(getattr(resp, "data", None), dict) else {}
        code = str(data.get("error") or "")
        headers = getattr(resp, "headers", None) or {}
        if status == 429 or code == "ratelimited":
            wait = _retry_after(headers)
            return SlackRetryable(
                scrub(
                    f"{where} rate limited (HTTP {status or 429}); retry after {wait:g} s",
                    self._token,
                ),
                retry_after=wait,
            )
        if status >= 500 or code in RETRYABLE_CODES:
            shown = code if code and len(code) <= 60 and " " not in code else "server error"
            return SlackRetryable(scrub(f"{where} failed: {shown} (HTTP {status})", self._token))
        if status != 200 and not code:
            return SlackRetryable(scrub(f"{where} failed: HTTP {status}", self._token))
        if not code or " " in code:
            # a 200 without a usable JSON body: slack_sdk puts a description in `error`
            return SlackRetryable(
                scrub(f"{where} failed: unreadable response (HTTP {status})", self._token)
            )
        hint = ""
        if code in AUTH_CODES:
            hint = ": check SLACK_BOT_TOKEN and the app's scopes"
        elif code in ("channel_not_found", "not_in_channel"):
            hint = ": invite the bot to the channel or fix the channel in the watchlist"
        return SlackPermanent(scrub(f"{where} failed: {code}{hint}", self._token), code=code)
