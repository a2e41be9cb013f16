"""SlackPoster against the Slack stand-in over loopback: requests, error mapping, no token leaks."""

from __future__ import annotations

import json
import logging
import traceback
import urllib.request
from urllib.parse import urlencode

import pytest

from bot.errors import SlackPermanent, SlackRetryable
from bot.slack.client import SlackPoster, scrub
from bot.slack.render import render_alert
from tests.servers.slack_standin import SlackStandIn
from tests.slack.conftest import TOKEN, make_alert


@pytest.fixture
def standin():
    with SlackStandIn(tokens={TOKEN}, missing={"#gone"}) as s:
        yield s


@pytest.fixture
def poster(standin: SlackStandIn) -> SlackPoster:
    return SlackPoster(TOKEN, base_url=standin.api_url, timeout=5)


def _leak_free(exc: BaseException) -> None:
    text = "".join(traceback.format_exception(exc))
    assert TOKEN not in text
    assert TOKEN not in repr(exc)
    assert "\n" not in str(exc)


def test_post_sends_rendered_alert_with_bearer_token(standin, poster) -> None:
    alert = make_alert()
    channel_id, ts = poster.post_alert(alert, "#buybacks")
    assert channel_id == standin.channel_id("#buybacks")
    assert channel_id.startswith("C")
    assert ts == "1700000000.000100"
    (call,) = standin.posts()
    assert call.headers["Authorization"] == f"Bearer {TOKEN}"
    assert call.body["channel"] == "#buybacks"
    assert call.body["text"] == render_alert(alert)["text"]
    assert call.body["blocks"] == render_alert(alert)["blocks"]
    assert call.body["unfurl_links"] is False
    assert call.body["unfurl_media"] is False
    assert "thread_ts" not in call.body


def test_second_post_gets_a_later_ts_and_replies_carry_thread_ts(standin, poster) -> None:
    _, parent = poster.post("#alerts", {"text": "parent"})
    _, reply = poster.post("#alerts", {"text": "reply"}, thread_ts=parent, reply_broadcast=True)
    assert float(reply) > float(parent)
    body = standin.posts()[1].body
    assert body["thread_ts"] == parent
    assert body["reply_broadcast"] is True
    assert standin.message("#alerts", reply)["thread_ts"] == parent


def test_update_edits_the_message(standin, poster) -> None:
    channel_id, ts = poster.post("#alerts", {"text": "before"})
    poster.update(channel_id, ts, {"text": "after", "blocks": []})
    assert standin.message("#alerts", ts)["text"] == "after"
    with pytest.raises(SlackPermanent) as info:
        poster.update(channel_id, "1.000000", {"text": "x"})
    assert info.value.code == "message_not_found"


def test_auth_test(poster) -> None:
    assert poster.auth_test()["user_id"] == "U0STANDIN"


def test_wrong_token_is_permanent_invalid_auth_and_never_shown(standin) -> None:
    bad = "xoxb-9999-8888-WrongWrongWrong"
    with pytest.raises(SlackPermanent) as info:
        SlackPoster(bad, base_url=standin.api_url).post("#alerts", {"text": "x"})
    assert info.value.code == "invalid_auth"
    assert "SLACK_BOT_TOKEN" in str(info.value)
    assert bad not in "".join(traceback.format_exception(info.value))
    assert standin.posts() == []


def test_429_is_retryable_with_retry_after(standin, poster) -> None:
    standin.fail_next(1, status=429, retry_after=7)
    with pytest.raises(SlackRetryable) as info:
        poster.post("#alerts", {"text": "x"})
    assert info.value.retry_after == 7.0
    _leak_free(info.value)
    poster.post("#alerts", {"text": "x"})  # the next call goes through
    assert len(standin.posts()) == 1


@pytest.mark.parametrize(
    ("status", "error"), [(503, None), (500, None), (502, None), (500, "internal_error")]
)
def test_5xx_is_retryable_without_retry_after(standin, poster, status, error) -> None:
    standin.fail_next(1, status=status, error=error)
    with pytest.raises(SlackRetryable) as info:
        poster.post("#alerts", {"text": "x"})
    assert info.value.retry_after is None
    assert f"HTTP {status}" in str(info.value)
    _leak_free(info.value)


def test_transient_slack_codes_are_retryable(standin, poster) -> None:
    standin.fail_next(1, status=200, error="service_unavailable")
    with pytest.raises(SlackRetryable):
        poster.post("#alerts", {"text": "x"})


@pytest.mark.parametrize(
    "code",
    [
        "channel_not_found",
        "not_in_channel",
        "account_inactive",
        "invalid_auth",
        "token_revoked",
        "is_archived",
        "msg_too_long",
        "missing_scope",
    ],
)
def test_permanent_codes(standin, poster, code) -> None:
    standin.set_channel_error("#alerts", code)
    with pytest.raises(SlackPermanent) as info:
        poster.post("#alerts", {"text": "x"})
    assert info.value.code == code
    assert code in str(info.value) and "#alerts" in str(info.value)
    _leak_free(info.value)


def test_missing_channel(poster) -> None:
    with pytest.raises(SlackPermanent) as info:
        poster.post("#gone", {"text": "x"})
    assert info.value.code == "channel_not_found"


def test_invalid_blocks_are_permanent(poster) -> None:
    with pytest.raises(SlackPermanent) as info:
        poster.post("#alerts", {"text": "x", "blocks": [{"type": "section"}] * 51})
    assert info.value.code == "invalid_blocks"


def test_connection_refused_is_retryable() -> None:
    with SlackStandIn(tokens={TOKEN}) as s:
        url = s.api_url  # the port is closed once the stand-in stops
    with pytest.raises(SlackRetryable) as info:
        SlackPoster(TOKEN, base_url=url, timeout=2).post("#alerts", {"text": "x"})
    assert "network error" in str(info.value)
    _leak_free(info.value)


def test_timeout_is_retryable(standin) -> None:
    standin.slow(2.5)
    with pytest.raises(SlackRetryable) as info:
        SlackPoster(TOKEN, base_url=standin.api_url, timeout=1).post("#alerts", {"text": "x"})
    _leak_free(info.value)


def test_token_never_logged(standin, poster, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    standin.fail_next(1, status=429)
    standin.fail_next(1, status=503)
    standin.set_channel_error("#x", "not_in_channel")
    for channel in ("#alerts", "#alerts", "#x"):
        with pytest.raises((SlackRetryable, SlackPermanent)):
            poster.post(channel, {"text": "x"})
    assert caplog.records  # slack_sdk did log something
    assert TOKEN not in caplog.text
    assert TOKEN not in repr(poster)


def test_scrub() -> None:
    assert scrub(f"boom {TOKEN} xapp-1-abc", TOKEN) == "boom *** xox?-***"
    assert scrub("Bearer xoxp-123-abc") == "Bearer xox?-***"


def test_empty_token_refused() -> None:
    with pytest.raises(SlackPermanent) as info:
        SlackPoster("", base_url="http://127.0.0.1:9/api/")
    assert info.value.code == "not_authed"


# --- the stand-in itself (other tests rely on it) --------------------------------------------


def _raw(standin: SlackStandIn, method: str, data: bytes, ctype: str, token: str | None = TOKEN):
    headers = {"Content-Type": ctype}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    req = urllib.request.Request(standin.api_url + method, data=data, headers=headers)
    with urllib.request.urlopen(req, timeout=5) as resp:
        return json.loads(resp.read())


def test_standin_accepts_form_bodies_and_token_field(standin) -> None:
    body = urlencode({"token": TOKEN, "channel": "#alerts", "text": "hello & <b>"}).encode()
    answer = _raw(standin, "chat.postMessage", body, "application/x-www-form-urlencoded", None)
    assert answer["ok"] and answer["channel"] == standin.channel_id("alerts")
    assert standin.posts("#alerts")[0].body["text"] == "hello & <b>"
    assert (
        _raw(
            standin,
            "chat.postMessage",
            b"channel=%23a&text=x",
            "application/x-www-form-urlencoded",
            None,
        )["error"]
        == "not_authed"
    )


def test_standin_ephemeral_and_conversations_info(standin) -> None:
    eph = _raw(
        standin,
        "chat.postEphemeral",
        json.dumps({"channel": "#alerts", "user": "U1", "text": "hi"}).encode(),
        "application/json",
    )
    assert eph["ok"] and eph["message_ts"]
    info = _raw(
        standin,
        "conversations.info",
        json.dumps({"channel": "#alerts"}).encode(),
        "application/json",
    )
    assert info["channel"]["id"] == standin.channel_id("#alerts")
    gone = _raw(
        standin, "conversations.info", json.dumps({"channel": "#gone"}).encode(), "application/json"
    )
    assert gone == {"ok": False, "error": "channel_not_found"}


def test_standin_enforces_one_post_per_second() -> None:
    now = [100.0]
    with SlackStandIn(tokens={TOKEN}, clock=lambda: now[0], enforce_rate=1.0) as s:
        poster = SlackPoster(TOKEN, base_url=s.api_url)
        poster.post("#a", {"text": "1"})
        now[0] += 0.4
        with pytest.raises(SlackRetryable) as info:
            poster.post("#a", {"text": "2"})
        assert info.value.retry_after == 1.0
        poster.post("#b", {"text": "other channel is fine"})
        now[0] += 0.6
        poster.post("#a", {"text": "3"})
        assert s.post_times("#a") == [100.0, 101.0]


def test_standin_channel_ids_are_stable() -> None:
    with SlackStandIn() as one, SlackStandIn() as two:
        assert one.channel_id("#alerts") == two.channel_id("alerts") == one.channel_id("#Alerts")
        assert one.channel_id("C0123456789") == "C0123456789"
