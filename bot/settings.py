"""Environment -> frozen `Settings`, validated at start-up.

Every problem is a one-line `ConfigError` naming the variable and what is wrong. Secrets (Slack
tokens, the signing secret, the password in DATABASE_URL) never appear in repr, str or error
messages: `repr(settings)` shows them only as "***".

Variables (DESIGN.md plus our own):
    EDGAR_USER_AGENT      "Company Name email@domain"; required only for live EDGAR
    EDGAR_BASE_URL        default https://www.sec.gov (no trailing slash kept)
    EDGAR_DATA_URL        default https://data.sec.gov (no trailing slash kept)
    SLACK_BOT_TOKEN       xoxb-...; without it alerts are printed to standard output
    SLACK_SIGNING_SECRET  for HTTP mode
    SLACK_APP_TOKEN       xapp-...; Socket Mode
    SLACK_API_URL         default https://slack.com/api/ (always ends with "/")
    DATABASE_URL          default sqlite:///edgar-sentinel.sqlite3 (file in the working directory)
    WATCHLIST             default config/watchlist.yaml
    EDGAR_POLL_INTERVAL   seconds between polls, default 60
    EDGAR_RATE_LIMIT      requests per second to SEC, default 5, at most 10
    LOG_LEVEL             DEBUG, INFO (default), WARNING, ERROR, CRITICAL
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from urllib.parse import urlsplit

from bot.errors import ConfigError

DEFAULT_EDGAR_BASE_URL = "https://www.sec.gov"
DEFAULT_EDGAR_DATA_URL = "https://data.sec.gov"
DEFAULT_SLACK_API_URL = "https://slack.com/api/"
DEFAULT_DATABASE_URL = "sqlite:///edgar-sentinel.sqlite3"
DEFAULT_WATCHLIST = "config/watchlist.yaml"
DEFAULT_POLL_INTERVAL = 60.0
DEFAULT_RATE_LIMIT = 5.0
MAX_RATE_LIMIT = 10.0  # SEC's published fair-access ceiling
MAX_POLL_INTERVAL = 86_400.0
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")

SECRET_FIELDS = ("slack_bot_token", "slack_signing_secret", "slack_app_token")

_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
_TOKEN_KINDS = {
    "xoxb-": "a bot token",
    "xapp-": "an app-level token",
    "xoxp-": "a user token",
    "xoxa-": "a workspace app token",
    "xoxe-": "a refresh token",
    "xoxc-": "a browser session token",
    "xoxs-": "a session token",
}

_WHY_USER_AGENT = (
    "SEC's fair-access policy requires automated clients to declare who they are in the "
    "User-Agent, as 'Company Name email@domain' (e.g. 'Acme Research ops@acme.com'), and blocks "
    "undeclared traffic"
)


@dataclass(frozen=True)
class Settings:
    """Validated settings. Build with `Settings.from_env()`; tests pass a dict."""

    edgar_user_agent: str | None = None
    edgar_base_url: str = DEFAULT_EDGAR_BASE_URL
    edgar_data_url: str = DEFAULT_EDGAR_DATA_URL
    slack_bot_token: str | None = field(default=None, repr=False)
    slack_signing_secret: str | None = field(default=None, repr=False)
    slack_app_token: str | None = field(default=None, repr=False)
    slack_api_url: str = DEFAULT_SLACK_API_URL
    database_url: str = field(default=DEFAULT_DATABASE_URL, repr=False)
    watchlist_path: Path = Path(DEFAULT_WATCHLIST)
    poll_interval: float = DEFAULT_POLL_INTERVAL
    rate_limit: float = DEFAULT_RATE_LIMIT
    log_level: str = "INFO"

    # ---- construction

    @classmethod
    def from_env(cls, env: Mapping[str, str] = os.environ) -> Settings:
        """Read and validate the environment (default os.environ). Empty values count as unset.

        Raises ConfigError with one line naming the first bad variable."""

        def get(name: str) -> str | None:
            value = env.get(name)
            if value is None:
                return None
            value = value.strip()
            return value or None

        user_agent = get("EDGAR_USER_AGENT")
        if user_agent is not None and (not user_agent.isascii() or not user_agent.isprintable()):
            raise ConfigError(
                "EDGAR_USER_AGENT: must be plain ASCII text on one line, like "
                "'Acme Research ops@acme.com'"
            )
        bot_token = _token("SLACK_BOT_TOKEN", get("SLACK_BOT_TOKEN"), "xoxb-")
        app_token = _token("SLACK_APP_TOKEN", get("SLACK_APP_TOKEN"), "xapp-")
        signing_secret = get("SLACK_SIGNING_SECRET")
        if signing_secret is not None and not _is_header_safe(signing_secret):
            raise ConfigError(
                "SLACK_SIGNING_SECRET: contains spaces or non-ASCII characters; copy it again "
                "from the app's Basic Information page"
            )
        if app_token is not None and bot_token is None:
            raise ConfigError(
                "SLACK_APP_TOKEN: is set but SLACK_BOT_TOKEN is not; Socket Mode needs both "
                "(the bot token posts the alerts)"
            )
        return cls(
            edgar_user_agent=user_agent,
            edgar_base_url=_url("EDGAR_BASE_URL", get("EDGAR_BASE_URL"), DEFAULT_EDGAR_BASE_URL),
            edgar_data_url=_url("EDGAR_DATA_URL", get("EDGAR_DATA_URL"), DEFAULT_EDGAR_DATA_URL),
            slack_bot_token=bot_token,
            slack_signing_secret=signing_secret,
            slack_app_token=app_token,
            slack_api_url=_url(
                "SLACK_API_URL", get("SLACK_API_URL"), DEFAULT_SLACK_API_URL, trailing_slash=True
            ),
            database_url=_database_url(get("DATABASE_URL")),
            watchlist_path=Path(get("WATCHLIST") or DEFAULT_WATCHLIST),
            poll_interval=_number(
                "EDGAR_POLL_INTERVAL",
                get("EDGAR_POLL_INTERVAL"),
                DEFAULT_POLL_INTERVAL,
                "seconds",
                maximum=MAX_POLL_INTERVAL,
            ),
            rate_limit=_number(
                "EDGAR_RATE_LIMIT",
                get("EDGAR_RATE_LIMIT"),
                DEFAULT_RATE_LIMIT,
                "requests per second",
                maximum=MAX_RATE_LIMIT,
                why_max="SEC allows at most 10 requests per second",
            ),
            log_level=_log_level(get("LOG_LEVEL")),
        )

    # ---- derived

    @property
    def slack_enabled(self) -> bool:
        """Post to Slack (bot token set); otherwise print alerts to standard output."""
        return self.slack_bot_token is not None

    @property
    def socket_mode(self) -> bool:
        return self.slack_app_token is not None

    @property
    def edgar_is_live(self) -> bool:
        """Whether EDGAR_BASE_URL points at SEC itself rather than a local stand-in."""
        host = (urlsplit(self.edgar_base_url).hostname or "").lower()
        return host == "sec.gov" or host.endswith(".sec.gov")

    @property
    def database_url_safe(self) -> str:
        """DATABASE_URL with any password replaced by ***, for logs and messages."""
        return mask_database_url(self.database_url)

    # ---- start-up checks for particular modes

    def require_live_edgar(self) -> None:
        """Refuse to poll EDGAR without a declared User-Agent that carries an e-mail address."""
        if self.edgar_user_agent is None:
            raise ConfigError(
                f"EDGAR_USER_AGENT: not set; {_WHY_USER_AGENT}. Set it before polling EDGAR"
            )
        if not _EMAIL.search(self.edgar_user_agent):
            raise ConfigError(
                f"EDGAR_USER_AGENT: {self.edgar_user_agent!r} has no e-mail address; "
                f"{_WHY_USER_AGENT}"
            )
        if not _EMAIL.sub("", self.edgar_user_agent).strip():
            raise ConfigError(
                f"EDGAR_USER_AGENT: {self.edgar_user_agent!r} has no company or person name "
                f"before the e-mail address; {_WHY_USER_AGENT}"
            )

    def require_slack_http(self) -> None:
        """HTTP mode (`run --http-port`) needs the bot token and the signing secret."""
        if self.slack_bot_token is None:
            raise ConfigError("SLACK_BOT_TOKEN: not set; HTTP mode posts with the bot token")
        if self.slack_signing_secret is None:
            raise ConfigError(
                "SLACK_SIGNING_SECRET: not set; HTTP mode verifies every request from Slack "
                "with it (Basic Information > App Credentials)"
            )

    # ---- no secrets in repr / str

    def __repr__(self) -> str:
        parts = []
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name in SECRET_FIELDS:
                shown = "None" if value is None else "'***'"
            elif f.name == "database_url":
                shown = repr(mask_database_url(value))
            else:
                shown = repr(value)
            parts.append(f"{f.name}={shown}")
        return f"Settings({', '.join(parts)})"

    __str__ = __repr__


# --------------------------------------------------------------------------- helpers


def _is_header_safe(value: str) -> bool:
    return value.isascii() and value.isprintable() and not any(c.isspace() for c in value)


def _token(name: str, value: str | None, prefix: str) -> str | None:
    if value is None:
        return None
    if value.startswith(prefix) and len(value) > len(prefix) and _is_header_safe(value):
        return value
    expected = _TOKEN_KINDS[prefix]
    if not _is_header_safe(value):
        raise ConfigError(
            f"{name}: contains spaces or non-ASCII characters; it must be {expected} "
            f"starting with {prefix!r}"
        )
    for other, kind in _TOKEN_KINDS.items():
        if value.startswith(other):
            raise ConfigError(
                f"{name}: must be {expected} starting with {prefix!r}, but the value is {kind} "
                f"({other!r})"
            )
    raise ConfigError(f"{name}: must be {expected} starting with {prefix!r}")


def _url(name: str, value: str | None, default: str, *, trailing_slash: bool = False) -> str:
    url = value or default
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  (raises ValueError on a bad port)
    except ValueError:
        raise ConfigError(f"{name}: {url!r} is not a valid URL") from None
    if parts.scheme not in ("http", "https"):
        shown = f"{parts.scheme!r}" if parts.scheme else "none"
        raise ConfigError(f"{name}: URL scheme must be http or https, not {shown} (e.g. {default})")
    if not parts.hostname:
        raise ConfigError(f"{name}: {url!r} has no host name (e.g. {default})")
    if parts.username or parts.password:
        raise ConfigError(f"{name}: must not carry a user name or password")
    if parts.query or parts.fragment:
        raise ConfigError(f"{name}: must be a base URL without '?' or '#' parts (e.g. {default})")
    url = url.rstrip("/")
    return url + "/" if trailing_slash else url


def mask_database_url(url: str) -> str:
    """A database URL with its password replaced by ***, safe to show."""
    try:
        from sqlalchemy.engine import make_url

        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # unparsable: show only the scheme
        scheme = url.split(":", 1)[0] if ":" in url else "?"
        return f"{scheme}://***"


def _database_url(value: str | None) -> str:
    if value is None:
        return DEFAULT_DATABASE_URL
    if value.startswith("postgres://"):  # the form Heroku and others hand out
        value = "postgresql://" + value[len("postgres://") :]
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(value)
    except (ArgumentError, ValueError):
        raise ConfigError(
            "DATABASE_URL: not a database URL; use e.g. sqlite:///edgar-sentinel.sqlite3 or "
            "postgresql://user:password@host/dbname"
        ) from None
    backend = url.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise ConfigError(
            f"DATABASE_URL: unsupported database {backend!r}; use sqlite:///FILE or "
            "postgresql://user:password@host/dbname"
        )
    if backend == "postgresql" and not url.database:
        raise ConfigError(
            f"DATABASE_URL: {mask_database_url(value)} names no database; add /dbname at the end"
        )
    return value


def _number(
    name: str,
    value: str | None,
    default: float,
    unit: str,
    *,
    maximum: float,
    why_max: str | None = None,
) -> float:
    if value is None:
        return default
    try:
        number = float(value)
    except ValueError:
        raise ConfigError(f"{name}: {value!r} is not a number of {unit}") from None
    if number != number or number in (float("inf"), float("-inf")):
        raise ConfigError(f"{name}: {value!r} is not a number of {unit}")
    if number <= 0:
        raise ConfigError(f"{name}: must be greater than 0 {unit}, not {value}")
    if number > maximum:
        reason = f" ({why_max})" if why_max else ""
        raise ConfigError(f"{name}: must be at most {maximum:g} {unit}, not {value}{reason}")
    return number


def _log_level(value: str | None) -> str:
    if value is None:
        return "INFO"
    level = value.upper()
    if level == "WARN":
        level = "WARNING"
    if level not in LOG_LEVELS:
        raise ConfigError(f"LOG_LEVEL: {value!r} is not one of {', '.join(LOG_LEVELS)}")
    return level
