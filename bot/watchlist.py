"""The watchlist file: YAML -> a frozen `Watchlist`, strictly.

Every problem in a file is reported as one line `FILE:LINE: key.path: message`; all problems of a
file are collected and raised together as one `WatchlistError` (a `ConfigError`) whose first line
is the count. ruamel.yaml's round-trip loader gives the line of every key and list item; the
checks themselves are plain functions, shared with the slash commands (`company_from_text`,
`check_channel`, `check_kinds`, `check_severity`).

Format (see config/watchlist.example.yaml for the commented tutorial):

    defaults: {channel: "#filings", kinds: [buyback, ...], min_severity: low}
    admins: [U012ABCDEF]
    routes: {late_filing: "#deadlines"}
    channels: {"#filings": {min_severity: medium, digest: daily, digest_time: "08:30"}}
    timezone: America/New_York
    ops_channel: "#edgar-ops"
    backfill_days: 30
    companies: [{ticker: NVDA}, {cik: 1692115, name: ..., channel: ..., kinds: [...],
                 min_severity: ...}]
"""

from __future__ import annotations

import difflib
import re
import zoneinfo
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import time
from functools import cached_property, lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, Protocol

from ruamel.yaml import YAML
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from bot.errors import ConfigError
from bot.models import Kind, Severity

__all__ = [
    "DIGEST_MODES",
    "ChannelSettings",
    "Company",
    "Defaults",
    "Invalid",
    "TickerResolver",
    "Watchlist",
    "WatchlistError",
    "check_channel",
    "check_cik",
    "check_kind",
    "check_kinds",
    "check_severity",
    "company_from_text",
    "load_watchlist",
    "overlay_changes",
    "parse_watchlist",
    "validate_config_main",
]

DIGEST_MODES = ("none", "daily")
MAX_BACKFILL_DAYS = 365
MAX_PROBLEMS_SHOWN = 50

TOP_KEYS = (
    "defaults",
    "admins",
    "routes",
    "channels",
    "timezone",
    "ops_channel",
    "backfill_days",
    "companies",
)
DEFAULTS_KEYS = ("channel", "kinds", "min_severity")
CHANNEL_KEYS = ("min_severity", "digest", "digest_time")
COMPANY_KEYS = ("ticker", "cik", "name", "channel", "kinds", "min_severity")

_CHANNEL_ID = re.compile(r"[CGD][A-Z0-9]{8,11}")
_CHANNEL_NAME = re.compile(r"[a-z0-9._-]{1,80}")
_USER_ID = re.compile(r"[UW][A-Z0-9]{8,11}")
_HHMM = re.compile(r"([01]?[0-9]|2[0-3]):([0-5][0-9])")
_TICKER = re.compile(r"[A-Z0-9][A-Z0-9.\-/^]{0,14}")
_MAX_CIK = 9_999_999_999


class TickerResolver(Protocol):
    """Ticker <-> CIK look-ups (bot.edgar.tickers.TickerMap provides these)."""

    def lookup(self, ticker: str) -> tuple[int, str] | None:
        """(cik, company name) for a ticker, or None when unknown."""
        ...

    def suggest(self, ticker: str) -> list[str]:
        """Known tickers close to an unknown one, best first (may be empty)."""
        ...

    def name_for(self, cik: int) -> str | None: ...

    def tickers_for(self, cik: int) -> list[str]: ...


class WatchlistError(ConfigError):
    """One or more problems in a watchlist file. `problems` holds one line per problem."""

    def __init__(self, problems: Iterable[str], source: str) -> None:
        self.problems = tuple(problems)
        self.source = source
        super().__init__(_format_problems(self.problems, source))


def _format_problems(problems: tuple[str, ...], source: str) -> str:
    if len(problems) == 1:
        return problems[0]
    shown = list(problems[:MAX_PROBLEMS_SHOWN])
    if len(problems) > MAX_PROBLEMS_SHOWN:
        shown.append(f"{source}: ... and {len(problems) - MAX_PROBLEMS_SHOWN} more problems")
    return "\n".join([f"{source}: {len(problems)} problems", *shown])


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Defaults:
    channel: str = "#filings"
    kinds: frozenset[Kind] = frozenset(Kind)
    min_severity: Severity = Severity.LOW


@dataclass(frozen=True)
class ChannelSettings:
    """Per-channel settings. `digest` is "none" (post each alert) or "daily" (one grouped
    message a day at `digest_time` in the watchlist's timezone; high severity still goes at once)."""

    min_severity: Severity | None = None
    digest: str = "none"
    digest_time: time = time(8, 30)


@dataclass(frozen=True)
class Company:
    """One watched company. `channel`, `kinds`, `min_severity` are None when the entry does not
    set them (the watchlist's routing then decides). `line` is 0 for entries not from a file."""

    cik: int
    ticker: str | None
    name: str
    channel: str | None = None
    kinds: frozenset[Kind] | None = None
    min_severity: Severity | None = None
    line: int = 0

    @property
    def label(self) -> str:
        """The ticker, or "CIK 1692115" when there is none."""
        return self.ticker or f"CIK {self.cik}"


def _frozen_map(value: Mapping[Any, Any] | None) -> Mapping[Any, Any]:
    return MappingProxyType(dict(value or {}))


@dataclass(frozen=True)
class Watchlist:
    defaults: Defaults = field(default_factory=Defaults)
    admins: frozenset[str] = frozenset()
    routes: Mapping[Kind, str] = field(default_factory=lambda: _frozen_map(None))
    channels: Mapping[str, ChannelSettings] = field(default_factory=lambda: _frozen_map(None))
    timezone: str = "America/New_York"
    ops_channel: str | None = None
    backfill_days: int = 30
    companies: tuple[Company, ...] = ()
    source: str = "<built-in>"

    def __post_init__(self) -> None:
        # Accept plain dicts/lists from callers but keep the object immutable.
        object.__setattr__(self, "routes", _frozen_map(self.routes))
        object.__setattr__(self, "channels", _frozen_map(self.channels))
        object.__setattr__(self, "companies", tuple(self.companies))
        object.__setattr__(self, "admins", frozenset(self.admins))

    # ---- look-ups

    @cached_property
    def by_cik(self) -> dict[int, Company]:
        return {c.cik: c for c in self.companies}

    @cached_property
    def ciks(self) -> frozenset[int]:
        return frozenset(self.by_cik)

    @cached_property
    def by_ticker(self) -> dict[str, Company]:
        return {c.ticker.upper(): c for c in self.companies if c.ticker}

    def find(self, ref: str | int) -> Company | None:
        """The watched company for a ticker (any case) or a CIK (int or digits), else None."""
        if isinstance(ref, int):
            return self.by_cik.get(ref)
        text = ref.strip()
        if text.isdigit():
            return self.by_cik.get(int(text))
        return self.by_ticker.get(text.upper())

    @property
    def tz(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.timezone)

    def is_admin(self, user_id: str) -> bool:
        return user_id in self.admins

    # ---- routing

    def kinds_for(self, company: Company) -> frozenset[Kind]:
        """The company's own kinds, else the default kinds."""
        return company.kinds if company.kinds is not None else self.defaults.kinds

    def channel_for(self, company: Company, kind: Kind) -> str:
        """The company's channel, else the route for the kind, else the default channel."""
        if company.channel:
            return company.channel
        return self.routes.get(kind) or self.defaults.channel

    def channel_settings(self, channel: str) -> ChannelSettings:
        return self.channels.get(channel) or ChannelSettings()

    def min_severity_for(self, company: Company, channel: str) -> Severity:
        """The least severity alerted for the company in `channel` (where `channel_for` sends
        it): the company's own min_severity, else the channel's, else the default."""
        if company.min_severity is not None:
            return company.min_severity
        channel_min = self.channel_settings(channel).min_severity
        return channel_min if channel_min is not None else self.defaults.min_severity

    def digest_for(self, channel: str) -> bool:
        """Whether the channel takes a daily digest instead of one message per alert."""
        return self.channel_settings(channel).digest == "daily"

    def wants(self, company: Company, kind: Kind, severity: Severity) -> bool:
        """Whether a finding of this kind and severity about the company should be alerted."""
        channel = self.channel_for(company, kind)
        return (
            kind in self.kinds_for(company)
            and severity.rank >= self.min_severity_for(company, channel).rank
        )

    @property
    def channels_used(self) -> frozenset[str]:
        """Every channel an alert can be routed to (not counting the ops channel)."""
        used = {self.defaults.channel, *self.routes.values()}
        used.update(c.channel for c in self.companies if c.channel)
        return frozenset(used)

    # ---- changes made in Slack

    def with_overlay(self, added: Iterable[Company], removed: Iterable[int]) -> Watchlist:
        """The watchlist with changes stored in the database laid over the file.

        File entries whose CIK is in `removed` are dropped; each `added` company replaces the
        file's entry with the same CIK (keeping its place) or is appended. A CIK in `removed` is
        never watched, even when it is also in `added`."""
        removed_set = set(removed)
        added_by_cik: dict[int, Company] = {}
        for company in added:
            if company.cik not in removed_set:
                added_by_cik[company.cik] = company
        result: list[Company] = []
        for company in self.companies:
            if company.cik in removed_set:
                continue
            result.append(added_by_cik.pop(company.cik, company))
        result.extend(added_by_cik.values())
        return replace(self, companies=tuple(result))

    def with_overlay_rows(self, rows: Iterable[Mapping[str, Any]]) -> Watchlist:
        """`with_overlay` from the store's overlay rows (bot.store.Store.watch_overlay())."""
        added, removed = overlay_changes(rows)
        return self.with_overlay(added, removed)

    def summary(self) -> str:
        n = len(self.companies)
        c = len(self.channels_used)
        return (
            f"{self.source}: OK, {n} compan{'y' if n == 1 else 'ies'}, "
            f"{c} channel{'' if c == 1 else 's'}"
        )


def overlay_changes(rows: Iterable[Mapping[str, Any]]) -> tuple[list[Company], set[int]]:
    """Store overlay rows -> (added companies, removed CIKs) for `Watchlist.with_overlay`.

    Each row has `cik`, `action` ("add" | "remove") and, for "add", optional `ticker`, `name`,
    `channel` and `kinds` (kind names). Later rows for a CIK win. Kind names that are no longer
    known are dropped rather than failing start-up."""
    latest: dict[int, Mapping[str, Any]] = {}
    for row in rows:
        latest[int(row["cik"])] = row
    added: list[Company] = []
    removed: set[int] = set()
    for cik, row in latest.items():
        if row.get("action") == "remove":
            removed.add(cik)
            continue
        kinds = row.get("kinds")
        kind_set = (
            frozenset(Kind(k) for k in kinds if k in {m.value for m in Kind}) if kinds else None
        )
        added.append(
            Company(
                cik=cik,
                ticker=row.get("ticker") or None,
                name=row.get("name") or f"CIK {cik}",
                channel=row.get("channel") or None,
                kinds=kind_set or None,
            )
        )
    return added, removed


# --------------------------------------------------------------------------- value checks


class Invalid(ValueError):
    """A value check failed; the message is one line without file or key."""


def _show(value: Any) -> str:
    """A short, one-line description of a value for error messages."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"{str(value).lower()} (a yes/no value)"
    if isinstance(value, str):
        text = value if len(value) <= 40 else value[:37] + "..."
        return repr(text)
    if isinstance(value, int | float):
        return f"the number {value!r}"[:60]
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, list | tuple):
        return "a list"
    return f"a value of type {type(value).__name__}"


def _did_you_mean(word: str, choices: Iterable[str], cutoff: float = 0.6) -> str:
    matches = difflib.get_close_matches(word, list(choices), n=1, cutoff=cutoff)
    return f"; did you mean {matches[0]!r}?" if matches else ""


def _choice_list(choices: Iterable[str]) -> str:
    return ", ".join(choices)


def check_channel(value: Any, *, source_line: str | None = None) -> str:
    """A Slack channel: "#name" (lowercase letters, digits, - _ ., up to 80) or an id like
    C0123456789. Returns it unchanged; raises Invalid with a one-line reason."""
    if value is None or value == "":
        if source_line is not None and "#" in source_line.partition(":")[2]:
            raise Invalid(
                'no channel: an unquoted # starts a YAML comment; quote the name, e.g. "#filings"'
            )
        raise Invalid('no channel given: use a name like "#filings" or an id like C0123456789')
    if not isinstance(value, str):
        raise Invalid(
            f'must be a channel name like "#filings" or an id like C0123456789, not {_show(value)}'
        )
    if _CHANNEL_ID.fullmatch(value):
        return value
    if value.startswith("#"):
        name = value[1:]
        if _CHANNEL_NAME.fullmatch(name):
            return value
        if _CHANNEL_NAME.fullmatch(name.lower()):
            raise Invalid(f"channel names are lowercase: did you mean {'#' + name.lower()!r}?")
        if not name:
            raise Invalid('"#" alone is not a channel: write "#name"')
        if len(name) > 80:
            raise Invalid("channel names are at most 80 characters")
        raise Invalid(
            f"{_show(value)} is not a channel name: use lowercase letters, digits, '-', '_' "
            "and '.' only"
        )
    if _CHANNEL_NAME.fullmatch(value.lower()):
        raise Invalid(
            f'{_show(value)} is not a channel: write "#{value.lower()}" (in quotes) for a '
            "channel name, or a channel id like C0123456789"
        )
    raise Invalid(
        f'{_show(value)} is not a channel: use a name like "#filings" or an id like C0123456789'
    )


def check_kind(value: Any) -> Kind:
    choices = [k.value for k in Kind]
    if isinstance(value, str):
        try:
            return Kind(value)
        except ValueError:
            pass
        lowered = value.strip().lower().replace(" ", "_").replace("-", "_")
        hint = (
            f"; did you mean {lowered!r}?"
            if lowered in choices
            else _did_you_mean(lowered, choices)
        )
        raise Invalid(f"unknown kind {_show(value)}{hint} (kinds: {_choice_list(choices)})")
    raise Invalid(f"a kind must be one of {_choice_list(choices)}, not {_show(value)}")


def check_kinds(value: Any) -> frozenset[Kind]:
    """A non-empty list of kinds (bot.models.Kind values)."""
    if isinstance(value, str):
        check_kind(value)  # a bad kind is the better message if it is one
        raise Invalid(f"must be a list, e.g. [{value}]")
    if not isinstance(value, list):
        raise Invalid(
            f"must be a list of kinds ({_choice_list(k.value for k in Kind)}), not {_show(value)}"
        )
    if not value:
        raise Invalid(f"empty list: name at least one of {_choice_list(k.value for k in Kind)}")
    kinds: set[Kind] = set()
    bad: list[str] = []
    for item in value:
        try:
            kinds.add(check_kind(item))
        except Invalid as exc:
            bad.append(str(exc))
    if bad:
        raise Invalid("; ".join(bad) if len(bad) <= 3 else f"{bad[0]}; and {len(bad) - 1} more")
    return frozenset(kinds)


def check_severity(value: Any) -> Severity:
    choices = [s.value for s in Severity]
    if isinstance(value, str):
        try:
            return Severity(value)
        except ValueError:
            pass
        lowered = value.strip().lower()
        hint = (
            f"; did you mean {lowered!r}?"
            if lowered in choices
            else _did_you_mean(lowered, choices, cutoff=0.5)
        )
        raise Invalid(f"unknown severity {_show(value)}{hint} (severities: low, medium, high)")
    raise Invalid(f"must be one of low, medium, high, not {_show(value)}")


def check_user_id(value: Any) -> str:
    if isinstance(value, str) and _USER_ID.fullmatch(value):
        return value
    if isinstance(value, str) and value.startswith("@"):
        raise Invalid(
            f"{_show(value)} is a display name; admins are listed by Slack user id "
            "(U followed by letters and digits, e.g. U012ABCDEF: Profile > ... > Copy member ID)"
        )
    raise Invalid(
        f"{_show(value)} is not a Slack user id (U or W followed by 8-11 uppercase letters or "
        "digits, e.g. U012ABCDEF)"
    )


def check_cik(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise Invalid(f"a CIK is a whole number like 1692115, not {_show(value)}")
    if isinstance(value, str):
        text = value.strip()
        if not text.isascii() or not text.isdigit():
            raise Invalid(f"a CIK is a whole number like 1692115, not {_show(value)}")
        if len(text) > 10:
            raise Invalid(f"{_show(value)} is not a CIK: at most 10 digits")
        value = int(text)
    if not 0 < value <= _MAX_CIK:
        raise Invalid(f"{value} is not a CIK: a positive number of at most 10 digits")
    return value


def check_hhmm(value: Any) -> time:
    if isinstance(value, str):
        m = _HHMM.fullmatch(value.strip())
        if m:
            return time(int(m.group(1)), int(m.group(2)))
    raise Invalid(f'must be a time "HH:MM" (24-hour, quoted), e.g. "08:30", not {_show(value)}')


def check_digest(value: Any) -> str:
    if isinstance(value, str) and value in DIGEST_MODES:
        return value
    if value is False:  # "digest: no" is read as text in YAML 1.2, but false is clear enough
        return "none"
    hint = _did_you_mean(value.lower(), DIGEST_MODES) if isinstance(value, str) else ""
    raise Invalid(f"must be none or daily, not {_show(value)}{hint}")


@lru_cache(maxsize=1)
def _time_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def check_timezone(value: Any) -> str:
    if not isinstance(value, str) or not value:
        raise Invalid(f"must be a time zone name like America/New_York, not {_show(value)}")
    available = _time_zones()
    if value in available:
        return value
    try:
        zoneinfo.ZoneInfo(value)
    except (ValueError, KeyError, OSError):
        pass
    else:
        return value
    raise Invalid(
        f"unknown time zone {_show(value)}{_did_you_mean(value, sorted(available))} "
        "(use an IANA name like America/New_York)"
    )


def check_backfill_days(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise Invalid(f"must be a whole number of days (0-{MAX_BACKFILL_DAYS}), not {_show(value)}")
    if not 0 <= value <= MAX_BACKFILL_DAYS:
        raise Invalid(f"must be between 0 and {MAX_BACKFILL_DAYS} days, not {value}")
    return value


def _canonical_ticker(ticker: str, cik: int, resolver: TickerResolver) -> str:
    """The resolver's own spelling of a ticker written e.g. as brk.b."""

    def squash(t: str) -> str:
        return re.sub(r"[.\-/^]", "", t.upper())

    for known in resolver.tickers_for(cik):
        if squash(known) == squash(ticker):
            return known
    return ticker


def _check_ticker_text(value: Any) -> str:
    if not isinstance(value, str):
        raise Invalid(f"a ticker is text like NVDA, not {_show(value)}")
    text = value.strip().upper()
    if not _TICKER.fullmatch(text):
        raise Invalid(f"{_show(value)} is not a ticker")
    return text


def _resolve_ticker(ticker: str, resolver: TickerResolver) -> tuple[int, str]:
    found = resolver.lookup(ticker)
    if found is None:
        suggestions = [s for s in resolver.suggest(ticker) if s != ticker][:3]
        hint = (
            f"; did you mean {', '.join(suggestions)}?"
            if suggestions
            else "; if it has no ticker in SEC's list, give its cik: instead"
        )
        raise Invalid(f"unknown ticker {ticker!r}{hint}")
    return found


def company_from_text(
    ref: str,
    resolver: TickerResolver,
    *,
    channel: str | None = None,
    kinds: Iterable[str | Kind] | None = None,
    min_severity: str | None = None,
) -> Company:
    """A Company from what a user typed (`/edgar watch NVDA #chan buyback`): a ticker or a CIK.

    Raises ConfigError with a one-line message (no file, no line) when something is wrong."""
    try:
        text = ref.strip()
        if text.isdigit():
            cik = check_cik(text)
            tickers = resolver.tickers_for(cik)
            ticker = tickers[0] if tickers else None
            name = resolver.name_for(cik) or f"CIK {cik}"
        else:
            ticker = _check_ticker_text(text)
            cik, name = _resolve_ticker(ticker, resolver)
            ticker = _canonical_ticker(ticker, cik, resolver)
        return Company(
            cik=cik,
            ticker=ticker,
            name=name,
            channel=check_channel(channel) if channel is not None else None,
            kinds=check_kinds(list(kinds)) if kinds is not None else None,
            min_severity=check_severity(min_severity) if min_severity is not None else None,
        )
    except Invalid as exc:
        raise ConfigError(str(exc)) from None


# --------------------------------------------------------------------------- the file


class _Problems:
    def __init__(self, source: str, lines: list[str]) -> None:
        self.source = source
        self.lines = lines
        self.items: list[tuple[int, int, str]] = []

    def add(self, line: int, path: str, message: str) -> None:
        where = f"{self.source}:{line}"
        text = f"{where}: {path}: {message}" if path else f"{where}: {message}"
        self.items.append((line, len(self.items), " ".join(text.splitlines())))

    def source_line(self, line: int) -> str | None:
        return self.lines[line - 1] if 0 < line <= len(self.lines) else None

    def raise_if_any(self) -> None:
        if self.items:
            raise WatchlistError([t for _, _, t in sorted(self.items)], self.source)


def _key_line(node: Any, key: Any, fallback: int) -> int:
    try:
        return int(node.lc.key(key)[0]) + 1
    except Exception:  # no position info (merged keys, plain dicts)
        return fallback


def _item_line(node: Any, index: int, fallback: int) -> int:
    try:
        return int(node.lc.item(index)[0]) + 1
    except Exception:
        return fallback


def _node_line(node: Any, fallback: int) -> int:
    try:
        return int(node.lc.line) + 1
    except Exception:
        return fallback


def _key_text(key: Any) -> str:
    if isinstance(key, str) and re.fullmatch(r"[A-Za-z0-9_#.\-]+", key):
        return key
    return _show(key)


def _join(path: str, key: Any) -> str:
    k = _key_text(key)
    return f"{path}.{k}" if path else k


class _Reader:
    """Walks the loaded YAML, checking values and collecting problems."""

    def __init__(self, problems: _Problems, resolver: TickerResolver) -> None:
        self.p = problems
        self.resolver = resolver

    def check_keys(
        self, node: Mapping[Any, Any], allowed: tuple[str, ...], path: str, line: int
    ) -> None:
        for key in node:
            if isinstance(key, str) and key in allowed:
                continue
            hint = _did_you_mean(key, allowed) if isinstance(key, str) else ""
            self.p.add(
                _key_line(node, key, line),
                _join(path, key),
                f"unknown key{hint} (allowed here: {_choice_list(allowed)})",
            )

    def mapping(self, value: Any, path: str, line: int, what: str) -> Mapping[Any, Any] | None:
        if value is None:
            return {}
        if isinstance(value, Mapping):
            return value
        self.p.add(line, path, f"must be a mapping of {what}, not {_show(value)}")
        return None

    def value(
        self,
        node: Mapping[Any, Any],
        key: str,
        path: str,
        line: int,
        check: Any,
        default: Any = None,
    ) -> Any:
        """node[key] checked by `check`; `default` when absent or on a problem."""
        if key not in node:
            return default
        vline = _key_line(node, key, line)
        raw = node[key]
        try:
            if check is check_channel:
                return check_channel(raw, source_line=self.p.source_line(vline))
            return check(raw)
        except Invalid as exc:
            self.p.add(vline, _join(path, key), str(exc))
            return default

    # ---- sections

    def defaults(self, top: Mapping[Any, Any], line: int) -> Defaults:
        if "defaults" not in top:
            return Defaults()
        dline = _key_line(top, "defaults", line)
        node = self.mapping(top["defaults"], "defaults", dline, "channel, kinds, min_severity")
        if node is None:
            return Defaults()
        self.check_keys(node, DEFAULTS_KEYS, "defaults", dline)
        base = Defaults()
        return Defaults(
            channel=self.value(node, "channel", "defaults", dline, check_channel, base.channel),
            kinds=self.value(node, "kinds", "defaults", dline, check_kinds, base.kinds),
            min_severity=self.value(
                node, "min_severity", "defaults", dline, check_severity, base.min_severity
            ),
        )

    def admins(self, top: Mapping[Any, Any], line: int) -> frozenset[str]:
        if "admins" not in top or top["admins"] is None:
            return frozenset()
        aline = _key_line(top, "admins", line)
        value = top["admins"]
        if not isinstance(value, list):
            self.p.add(aline, "admins", f"must be a list of Slack user ids, not {_show(value)}")
            return frozenset()
        ids = set()
        for i, item in enumerate(value):
            try:
                ids.add(check_user_id(item))
            except Invalid as exc:
                self.p.add(_item_line(value, i, aline), f"admins[{i}]", str(exc))
        return frozenset(ids)

    def routes(self, top: Mapping[Any, Any], line: int) -> dict[Kind, str]:
        if "routes" not in top:
            return {}
        rline = _key_line(top, "routes", line)
        node = self.mapping(top["routes"], "routes", rline, "kind: channel")
        if node is None:
            return {}
        routes: dict[Kind, str] = {}
        for key in node:
            kline = _key_line(node, key, rline)
            try:
                kind = check_kind(key)
            except Invalid as exc:
                self.p.add(kline, _join("routes", key), str(exc))
                continue
            channel = self.value(node, key, "routes", kline, check_channel)
            if channel is not None:
                routes[kind] = channel
        return routes

    def channels(self, top: Mapping[Any, Any], line: int) -> dict[str, ChannelSettings]:
        if "channels" not in top:
            return {}
        cline = _key_line(top, "channels", line)
        node = self.mapping(
            top["channels"], "channels", cline, "channel: {min_severity, digest, digest_time}"
        )
        if node is None:
            return {}
        result: dict[str, ChannelSettings] = {}
        for key in node:
            kline = _key_line(node, key, cline)
            path = _join("channels", key)
            channel: str | None = None
            try:
                channel = check_channel(key, source_line=self.p.source_line(kline))
            except Invalid as exc:
                self.p.add(kline, path, str(exc))
            settings = self.mapping(
                node[key], path, _key_line(node, key, kline), "min_severity, digest, digest_time"
            )
            if settings is None:
                continue
            self.check_keys(settings, CHANNEL_KEYS, path, kline)
            base = ChannelSettings()
            checked = ChannelSettings(
                min_severity=self.value(settings, "min_severity", path, kline, check_severity),
                digest=self.value(settings, "digest", path, kline, check_digest, base.digest),
                digest_time=self.value(
                    settings, "digest_time", path, kline, check_hhmm, base.digest_time
                ),
            )
            if channel is not None:
                result[channel] = checked
        return result

    def companies(self, top: Mapping[Any, Any], line: int) -> tuple[Company, ...]:
        if "companies" not in top or top["companies"] is None:
            return ()
        cline = _key_line(top, "companies", line)
        value = top["companies"]
        if not isinstance(value, list):
            self.p.add(
                _key_line(top, "companies", cline),
                "companies",
                f"must be a list of entries like '- ticker: NVDA', not {_show(value)}",
            )
            return ()
        result: list[Company] = []
        seen: dict[int, tuple[int, str]] = {}
        for i, item in enumerate(value):
            path = f"companies[{i}]"
            iline = _item_line(value, i, cline)
            company = self.company(item, path, iline)
            if company is None:
                continue
            if company.cik in seen:
                prev_line, prev_label = seen[company.cik]
                self.p.add(
                    iline,
                    path,
                    f"duplicate: {_written_label(item)}"
                    f"{'' if 'ticker' not in item else f' is CIK {company.cik}'} "
                    f"({company.name}), already listed at line {prev_line} as {prev_label}; "
                    "keep one entry",
                )
                continue
            seen[company.cik] = (iline, _written_label(item))
            result.append(company)
        return tuple(result)

    def company(self, item: Any, path: str, line: int) -> Company | None:
        if not isinstance(item, Mapping):
            hint = (
                f" (write '- ticker: {item.strip().upper()}')"
                if isinstance(item, str) and _TICKER.fullmatch(item.strip().upper())
                else ""
            )
            self.p.add(
                line, path, f"must be a mapping with a ticker or a cik, not {_show(item)}{hint}"
            )
            return None
        line = _node_line(item, line)
        self.check_keys(item, COMPANY_KEYS, path, line)
        before = len(self.p.items)
        ticker = self.value(item, "ticker", path, line, _check_ticker_text)
        cik = self.value(item, "cik", path, line, check_cik)
        name = self.value(item, "name", path, line, _check_name)
        channel = self.value(item, "channel", path, line, check_channel)
        kinds = self.value(item, "kinds", path, line, check_kinds)
        min_severity = self.value(item, "min_severity", path, line, check_severity)
        if "ticker" not in item and "cik" not in item:
            self.p.add(
                line, path, "needs a ticker (e.g. ticker: NVDA) or a cik (e.g. cik: 1692115)"
            )
            return None
        resolved_name: str | None = None
        if ticker is not None:
            tline = _key_line(item, "ticker", line)
            found = None
            try:
                found = _resolve_ticker(ticker, self.resolver)
            except Invalid as exc:
                if cik is None:  # with a cik given, an unlisted ticker is just pinned to it
                    self.p.add(tline, _join(path, "ticker"), str(exc))
                    return None
            if found is not None:
                found_cik, resolved_name = found
                if cik is not None and cik != found_cik:
                    self.p.add(
                        tline,
                        path,
                        f"ticker {ticker} is CIK {found_cik} ({resolved_name}), not cik {cik}; "
                        "give only one of them",
                    )
                    return None
                cik = found_cik
                ticker = _canonical_ticker(ticker, cik, self.resolver)
        elif cik is not None:
            tickers = self.resolver.tickers_for(cik)
            ticker = tickers[0] if tickers else None
        if cik is None or len(self.p.items) > before:
            return None
        return Company(
            cik=cik,
            ticker=ticker,
            name=name or resolved_name or self.resolver.name_for(cik) or f"CIK {cik}",
            channel=channel,
            kinds=kinds,
            min_severity=min_severity,
            line=line,
        )


def _written_label(item: Mapping[Any, Any]) -> str:
    """How an entry names its company, for messages: "ticker GOOG" or "cik 1652044"."""
    if "ticker" in item:
        return f"ticker {str(item['ticker']).strip().upper()}"
    return f"cik {item.get('cik')}"


def _check_name(value: Any) -> str:
    if isinstance(value, str) and value.strip():
        return value.strip()
    raise Invalid(f"must be the company's display name as text, not {_show(value)}")


def _yaml_error(exc: YAMLError, text: str, source: str) -> WatchlistError:
    line = 1
    problem = "not valid YAML"
    if isinstance(exc, MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        if mark is not None:
            line = mark.line + 1
        problem = exc.problem or exc.context or problem
    else:
        position = getattr(exc, "position", None)
        if isinstance(position, int):
            line = text.count("\n", 0, position) + 1
        reason = getattr(exc, "reason", None)
        if reason:
            problem = str(reason)
    problem = " ".join(str(problem).split())
    if "duplicate key" in problem:
        problem = problem.split(" with value")[0]
    return WatchlistError([f"{source}:{line}: YAML syntax error: {problem}"], source)


class _Constructor(RoundTripConstructor):
    """ruamel's round-trip constructor, except that a scalar its resolver takes for a number
    but cannot convert (e.g. "._" or "-_", which crash ruamel 0.18/0.19) stays text."""

    def construct_yaml_float(self, node: Any) -> Any:
        try:
            return super().construct_yaml_float(node)
        except (ValueError, IndexError):
            return self.construct_scalar(node)

    def construct_yaml_int(self, node: Any) -> Any:
        try:
            return super().construct_yaml_int(node)
        except (ValueError, IndexError):
            return self.construct_scalar(node)


_Constructor.add_constructor("tag:yaml.org,2002:float", _Constructor.construct_yaml_float)
_Constructor.add_constructor("tag:yaml.org,2002:int", _Constructor.construct_yaml_int)


def _load_yaml(text: str, source: str) -> Any:
    yaml = YAML(typ="rt", pure=True)
    yaml.Constructor = _Constructor
    try:
        return yaml.load(text)
    except YAMLError as exc:
        raise _yaml_error(exc, text, source) from None
    except RecursionError:
        raise WatchlistError(
            [f"{source}:1: YAML syntax error: nested too deeply"], source
        ) from None
    except Exception as exc:  # a parser bug on odd input is still the file's problem to fix
        raise WatchlistError(
            [f"{source}: YAML could not be read ({type(exc).__name__}); check the file's syntax"],
            source,
        ) from None


def parse_watchlist(text: str, source: str, resolver: TickerResolver) -> Watchlist:
    """Parse watchlist YAML text. `source` names it in messages (a path, or e.g. "<built-in>").

    Raises WatchlistError (a ConfigError) listing every problem, one line each."""
    data = _load_yaml(text, source)
    if data is None:
        raise WatchlistError(
            [
                f"{source}:1: the watchlist is empty: expected keys such as defaults, admins and "
                "companies (see config/watchlist.example.yaml)"
            ],
            source,
        )
    if not isinstance(data, Mapping):
        line = _node_line(data, 1)
        raise WatchlistError(
            [
                f"{source}:{line}: the watchlist must be a mapping of keys (defaults, admins, "
                f"companies, ...), not {_show(data)}"
            ],
            source,
        )
    problems = _Problems(source, text.splitlines())
    reader = _Reader(problems, resolver)
    line = 1
    reader.check_keys(data, TOP_KEYS, "", line)
    defaults = reader.defaults(data, line)
    admins = reader.admins(data, line)
    routes = reader.routes(data, line)
    channels = reader.channels(data, line)
    timezone = reader.value(data, "timezone", "", line, check_timezone, "America/New_York")
    ops_channel = None
    if "ops_channel" in data:
        oline = _key_line(data, "ops_channel", line)
        explicit_none = (
            data["ops_channel"] is None
            and "#" not in ((problems.source_line(oline) or "").partition(":")[2])
        )
        if not explicit_none:  # "ops_channel:" left empty means none; "#x" unquoted is an error
            ops_channel = reader.value(data, "ops_channel", "", line, check_channel)
    backfill_days = reader.value(data, "backfill_days", "", line, check_backfill_days, 30)
    companies = reader.companies(data, line)
    problems.raise_if_any()
    return Watchlist(
        defaults=defaults,
        admins=admins,
        routes=routes,
        channels=channels,
        timezone=timezone,
        ops_channel=ops_channel,
        backfill_days=backfill_days,
        companies=companies,
        source=source,
    )


def load_watchlist(path: str | Path, resolver: TickerResolver) -> Watchlist:
    """Read and parse a watchlist file; every failure is a ConfigError naming the file."""
    source = str(path)
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise WatchlistError(
            [
                f"{source}: watchlist file not found (set WATCHLIST, or start from "
                "config/watchlist.example.yaml)"
            ],
            source,
        ) from None
    except IsADirectoryError:
        raise WatchlistError([f"{source}: is a directory, not a watchlist file"], source) from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise WatchlistError([f"{source}: cannot read the watchlist: {reason}"], source) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise WatchlistError(
            [f"{source}:{line}: not UTF-8 text (byte {exc.start}); save the file as UTF-8"],
            source,
        ) from None
    return parse_watchlist(text, source, resolver)


def validate_config_main(path: str | Path, resolver: TickerResolver) -> tuple[int, str]:
    """For `edgar-sentinel validate-config [FILE]`: (exit code, text to print).

    0 and "FILE: OK, 12 companies, 3 channels", or 1 and the error lines."""
    try:
        watchlist = load_watchlist(path, resolver)
    except ConfigError as exc:
        return 1, str(exc)
    return 0, watchlist.summary()
