"""Settings from the environment: defaults, one-line errors per variable, no secrets shown."""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest

from bot.errors import ConfigError
from bot.settings import Settings

BOT = "xoxb-1111-2222-SeCrEtBoTtOkEn"
APP = "xapp-1-A111-3333-SeCrEtApPtOkEn"
SIGNING = "8f742231b10e8888abcd99yyyzzz85a5"
DB_PASSWORD = "hunter2-SeCrEtDbPw"
SECRETS = (BOT, APP, SIGNING, DB_PASSWORD, "SeCrEt")


def error_for(env: dict[str, str]) -> str:
    with pytest.raises(ConfigError) as info:
        Settings.from_env(env)
    message = str(info.value)
    assert "\n" not in message
    for secret in SECRETS:
        assert secret not in message
    return message


def test_defaults_from_an_empty_environment():
    s = Settings.from_env({})
    assert s.edgar_user_agent is None
    assert s.edgar_base_url == "https://www.sec.gov"
    assert s.edgar_data_url == "https://data.sec.gov"
    assert s.slack_api_url == "https://slack.com/api/"
    assert s.slack_bot_token is None and s.slack_app_token is None
    assert s.slack_signing_secret is None
    assert s.database_url == "sqlite:///edgar-sentinel.sqlite3"
    assert s.watchlist_path == Path("config/watchlist.yaml")
    assert s.poll_interval == 60.0
    assert s.rate_limit == 5.0
    assert s.log_level == "INFO"
    assert s.slack_enabled is False and s.socket_mode is False
    assert s.edgar_is_live is True


def test_reads_os_environ_by_default(monkeypatch):
    monkeypatch.setenv("EDGAR_POLL_INTERVAL", "15")
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    monkeypatch.delenv("SLACK_APP_TOKEN", raising=False)
    monkeypatch.delenv("EDGAR_RATE_LIMIT", raising=False)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    for name in ("EDGAR_BASE_URL", "EDGAR_DATA_URL", "SLACK_API_URL", "LOG_LEVEL"):
        monkeypatch.delenv(name, raising=False)
    assert Settings.from_env().poll_interval == 15.0


def test_all_variables_set():
    s = Settings.from_env(
        {
            "EDGAR_USER_AGENT": "Acme Research ops@acme.com",
            "EDGAR_BASE_URL": "http://127.0.0.1:8081/",
            "EDGAR_DATA_URL": "http://127.0.0.1:8082",
            "SLACK_BOT_TOKEN": BOT,
            "SLACK_SIGNING_SECRET": SIGNING,
            "SLACK_APP_TOKEN": APP,
            "SLACK_API_URL": "http://127.0.0.1:9000/api",
            "DATABASE_URL": "sqlite:////tmp/x.sqlite3",
            "WATCHLIST": "/etc/edgar/watch.yaml",
            "EDGAR_POLL_INTERVAL": "0.5",
            "EDGAR_RATE_LIMIT": "2",
            "LOG_LEVEL": "debug",
        }
    )
    assert s.edgar_user_agent == "Acme Research ops@acme.com"
    assert s.edgar_base_url == "http://127.0.0.1:8081"  # no trailing slash kept
    assert s.edgar_data_url == "http://127.0.0.1:8082"
    assert s.slack_api_url == "http://127.0.0.1:9000/api/"  # slack_sdk wants the slash
    assert (s.slack_bot_token, s.slack_app_token, s.slack_signing_secret) == (BOT, APP, SIGNING)
    assert s.database_url == "sqlite:////tmp/x.sqlite3"
    assert s.watchlist_path == Path("/etc/edgar/watch.yaml")
    assert (s.poll_interval, s.rate_limit, s.log_level) == (0.5, 2.0, "DEBUG")
    assert s.slack_enabled and s.socket_mode
    assert s.edgar_is_live is False  # a local stand-in


def test_blank_values_count_as_unset():
    s = Settings.from_env({"SLACK_BOT_TOKEN": "  ", "EDGAR_RATE_LIMIT": "", "WATCHLIST": ""})
    assert s.slack_bot_token is None and s.rate_limit == 5.0
    assert s.watchlist_path == Path("config/watchlist.yaml")


def test_frozen():
    s = Settings.from_env({})
    with pytest.raises(FrozenInstanceError):
        s.rate_limit = 10  # type: ignore[misc]


@pytest.mark.parametrize("name", ["EDGAR_BASE_URL", "EDGAR_DATA_URL", "SLACK_API_URL"])
@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("ftp://www.sec.gov", "URL scheme must be http or https, not 'ftp'"),
        ("www.sec.gov", "URL scheme must be http or https, not none"),
        ("https://", "has no host name"),
        ("http://127.0.0.1:99999", "is not a valid URL"),
        ("https://user:pw@host", "must not carry a user name or password"),
        ("https://www.sec.gov/?x=1", "without '?' or '#' parts"),
    ],
)
def test_bad_urls(name, value, fragment):
    message = error_for({name: value})
    assert message.startswith(f"{name}: ")
    assert fragment in message


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("abc", "'abc' is not a number of seconds"),
        ("1m", "'1m' is not a number of seconds"),
        ("nan", "is not a number of seconds"),
        ("0", "must be greater than 0 seconds"),
        ("-5", "must be greater than 0 seconds"),
        ("100000", "must be at most 86400 seconds"),
    ],
)
def test_bad_poll_interval(value, fragment):
    message = error_for({"EDGAR_POLL_INTERVAL": value})
    assert message.startswith("EDGAR_POLL_INTERVAL: ")
    assert fragment in message


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("fast", "'fast' is not a number of requests per second"),
        ("0", "must be greater than 0 requests per second"),
        ("10.5", "must be at most 10 requests per second, not 10.5 (SEC allows at most 10"),
        ("inf", "is not a number"),
    ],
)
def test_bad_rate_limit(value, fragment):
    message = error_for({"EDGAR_RATE_LIMIT": value})
    assert message.startswith("EDGAR_RATE_LIMIT: ")
    assert fragment in message


def test_rate_limit_bounds_are_inclusive_at_ten():
    assert Settings.from_env({"EDGAR_RATE_LIMIT": "10"}).rate_limit == 10.0
    assert Settings.from_env({"EDGAR_RATE_LIMIT": "0.2"}).rate_limit == 0.2


def test_log_level():
    assert Settings.from_env({"LOG_LEVEL": "warn"}).log_level == "WARNING"
    assert error_for({"LOG_LEVEL": "verbose"}) == (
        "LOG_LEVEL: 'verbose' is not one of DEBUG, INFO, WARNING, ERROR, CRITICAL"
    )


def test_bot_token_with_wrong_prefix():
    assert error_for({"SLACK_BOT_TOKEN": APP}) == (
        "SLACK_BOT_TOKEN: must be a bot token starting with 'xoxb-', but the value is an "
        "app-level token ('xapp-')"
    )
    assert error_for({"SLACK_BOT_TOKEN": "xoxp-1-SeCrEt"}).endswith("a user token ('xoxp-')")
    assert error_for({"SLACK_BOT_TOKEN": "SeCrEtwithoutprefix"}) == (
        "SLACK_BOT_TOKEN: must be a bot token starting with 'xoxb-'"
    )
    assert "spaces or non-ASCII" in error_for({"SLACK_BOT_TOKEN": "xoxb-SeCrEt token"})
    assert error_for({"SLACK_BOT_TOKEN": "xoxb-"}).startswith("SLACK_BOT_TOKEN: ")


def test_app_token_with_wrong_prefix():
    assert error_for({"SLACK_BOT_TOKEN": BOT, "SLACK_APP_TOKEN": BOT}) == (
        "SLACK_APP_TOKEN: must be an app-level token starting with 'xapp-', but the value is a "
        "bot token ('xoxb-')"
    )


def test_app_token_needs_a_bot_token():
    assert error_for({"SLACK_APP_TOKEN": APP}).startswith(
        "SLACK_APP_TOKEN: is set but SLACK_BOT_TOKEN is not"
    )


def test_signing_secret_must_be_one_word():
    message = error_for({"SLACK_SIGNING_SECRET": "SeCrEt with space"})
    assert message.startswith("SLACK_SIGNING_SECRET: contains spaces")


def test_user_agent_must_be_header_safe():
    message = error_for({"EDGAR_USER_AGENT": "Acmé ops@acme.com"})
    assert message.startswith("EDGAR_USER_AGENT: must be plain ASCII text on one line")
    assert error_for({"EDGAR_USER_AGENT": "Acme\nX-Evil: 1 ops@acme.com"}).startswith(
        "EDGAR_USER_AGENT: "
    )


def test_database_urls():
    heroku = Settings.from_env({"DATABASE_URL": f"postgres://app:{DB_PASSWORD}@db.example/edgar"})
    assert heroku.database_url == f"postgresql://app:{DB_PASSWORD}@db.example/edgar"
    assert heroku.database_url_safe == "postgresql://app:***@db.example/edgar"
    assert Settings.from_env({"DATABASE_URL": "sqlite://"}).database_url == "sqlite://"
    assert error_for({"DATABASE_URL": f"mysql://u:{DB_PASSWORD}@h/db"}) == (
        "DATABASE_URL: unsupported database 'mysql'; use sqlite:///FILE or "
        "postgresql://user:password@host/dbname"
    )
    assert error_for({"DATABASE_URL": f"not a url {DB_PASSWORD}"}).startswith(
        "DATABASE_URL: not a database URL"
    )
    assert error_for({"DATABASE_URL": f"postgresql://u:{DB_PASSWORD}@h"}) == (
        "DATABASE_URL: postgresql://u:***@h names no database; add /dbname at the end"
    )


def test_secrets_never_in_repr_or_str():
    s = Settings.from_env(
        {
            "SLACK_BOT_TOKEN": BOT,
            "SLACK_APP_TOKEN": APP,
            "SLACK_SIGNING_SECRET": SIGNING,
            "DATABASE_URL": f"postgresql://app:{DB_PASSWORD}@db/edgar",
        }
    )
    for text in (repr(s), str(s), f"{s}", f"{s!r}"):
        for secret in SECRETS:
            assert secret not in text
        assert "slack_bot_token='***'" in text
        assert "slack_signing_secret='***'" in text
        assert "database_url='postgresql://app:***@db/edgar'" in text
    assert "slack_bot_token=None" in repr(Settings.from_env({}))


@pytest.mark.parametrize(
    "agent",
    ["Acme Research ops@acme.com", "Jane Doe jane.doe@example.co.uk", "X Corp (x@y.io)"],
)
def test_require_live_edgar_accepts_a_declared_agent(agent):
    Settings.from_env({"EDGAR_USER_AGENT": agent}).require_live_edgar()


def test_require_live_edgar_without_agent_says_why():
    with pytest.raises(ConfigError) as info:
        Settings.from_env({}).require_live_edgar()
    message = str(info.value)
    assert message.startswith("EDGAR_USER_AGENT: not set; ")
    assert "SEC" in message and "'Company Name email@domain'" in message
    assert "\n" not in message


@pytest.mark.parametrize(
    ("agent", "fragment"),
    [
        ("Acme Research", "has no e-mail address"),
        ("Acme Research ops@", "has no e-mail address"),
        ("Mozilla/5.0", "has no e-mail address"),
        ("ops@acme.com", "has no company or person name"),
    ],
)
def test_require_live_edgar_rejects_undeclared_agents(agent, fragment):
    s = Settings.from_env({"EDGAR_USER_AGENT": agent})  # loading is fine (demo needs nothing)
    with pytest.raises(ConfigError) as info:
        s.require_live_edgar()
    message = str(info.value)
    assert message.startswith("EDGAR_USER_AGENT: ")
    assert fragment in message and "User-Agent" in message


def test_require_slack_http():
    with pytest.raises(ConfigError, match=r"^SLACK_BOT_TOKEN: not set"):
        Settings.from_env({}).require_slack_http()
    with pytest.raises(ConfigError, match=r"^SLACK_SIGNING_SECRET: not set"):
        Settings.from_env({"SLACK_BOT_TOKEN": BOT}).require_slack_http()
    Settings.from_env(
        {"SLACK_BOT_TOKEN": BOT, "SLACK_SIGNING_SECRET": SIGNING}
    ).require_slack_http()
