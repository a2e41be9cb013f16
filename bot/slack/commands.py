"""The `/edgar` slash command: an explicit table of subcommands, pure parsing, and execution
against a `CommandContext` of services (so it runs without Slack, and `run` wires the real ones).

    reply = handle("watch NVDA #chips buyback", ctx, user_id="U012ABCDEF")
    reply.text, reply.blocks, reply.public

Parsing (`parse(text) -> Command | UsageError`) needs nothing but the text. Execution
(`execute(command, ctx, user_id) -> Reply`) never raises for a user's mistake: unknown tickers,
bad channels or kinds, refusals and errors from EDGAR (a `SentinelError`, whose message is one
line with no secret in it) all come back as a polite reply. Anything else is a bug and
propagates to the Bolt app's global error handler.

Replies are ephemeral (only the person who typed the command sees them) unless the text ends
with the word `public` (or contains `--public`): `/edgar recent NVDA public` posts in the channel.

Who may do what: everyone may read (`help`, `list`, `check`, `recent`, `deadlines`, `status`);
only the watchlist's `admins` may change it (`watch`, `unwatch`) or mute alerts (`mute`,
`unmute`). Slack-side changes are stored with `Store.set_watch` as an overlay on the file and
survive restarts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from html import unescape
from typing import Any, Literal

from bot.errors import ConfigError, SentinelError
from bot.models import Filing, Finding, Kind, normalize_accession
from bot.slack.render import escape_mrkdwn, format_facts
from bot.store import SentAlert, Store
from bot.watchlist import (
    Company,
    Invalid,
    TickerResolver,
    Watchlist,
    check_channel,
    check_kinds,
    company_from_text,
)

__all__ = [
    "SUBCOMMANDS",
    "CheckTarget",
    "Command",
    "CommandContext",
    "Reply",
    "Subcommand",
    "UsageError",
    "execute",
    "handle",
    "parse",
    "parse_duration",
]

MAX_SECTION = 3000
MAX_BLOCKS = 50
MAX_RECENT = 25
DEFAULT_RECENT = 5
MAX_MUTE = timedelta(days=365)
PUBLIC_WORDS = ("public", "--public")

_TICKER = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-/^]{0,14}")
_CIK = re.compile(r"\d{1,10}")
_ACCESSION = re.compile(r"\d{10}-?\d{2}-?\d{6}")
_CHANNEL_ID = re.compile(r"[CGD][A-Z0-9]{8,11}")
_DURATION = re.compile(r"(\d{1,4})\s*([a-z]+)")
_UNITS: dict[str, timedelta] = {}
for _names, _delta in (
    (("m", "min", "mins", "minute", "minutes"), timedelta(minutes=1)),
    (("h", "hr", "hrs", "hour", "hours"), timedelta(hours=1)),
    (("d", "day", "days"), timedelta(days=1)),
    (("w", "wk", "wks", "week", "weeks"), timedelta(weeks=1)),
):
    for _name in _names:
        _UNITS[_name] = _delta

# Words people use for the kinds, beside the kinds' own names.
KIND_ALIASES: dict[str, Kind] = {
    "buyback": Kind.BUYBACK,
    "buybacks": Kind.BUYBACK,
    "repurchase": Kind.BUYBACK,
    "repurchases": Kind.BUYBACK,
    "restatement": Kind.RESTATEMENT_RISK,
    "restatements": Kind.RESTATEMENT_RISK,
    "restatement_risk": Kind.RESTATEMENT_RISK,
    "restatement-risk": Kind.RESTATEMENT_RISK,
    "late": Kind.LATE_FILING,
    "late_filing": Kind.LATE_FILING,
    "late-filing": Kind.LATE_FILING,
    "late_filings": Kind.LATE_FILING,
}


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Reply:
    """What to answer. `text` is mrkdwn (and the fallback when there are blocks)."""

    text: str
    blocks: list[dict[str, Any]] | None = None
    public: bool = False

    def payload(self) -> dict[str, Any]:
        """Keyword arguments for Bolt's `respond()`."""
        out: dict[str, Any] = {
            "text": self.text,
            "response_type": "in_channel" if self.public else "ephemeral",
        }
        if self.blocks:
            out["blocks"] = self.blocks
        return out


@dataclass(frozen=True)
class Command:
    """A parsed subcommand. `args` holds the subcommand's own parsed arguments."""

    name: str
    args: Mapping[str, Any] = field(default_factory=dict)
    public: bool = False

    @property
    def spec(self) -> Subcommand:
        return SUBCOMMANDS[self.name]


@dataclass(frozen=True)
class UsageError:
    """The text could not be read as a command: what was wrong, and the usage to show."""

    message: str
    command: str | None = None  # the subcommand whose usage applies, if known

    def reply(self) -> Reply:
        if self.command in SUBCOMMANDS:
            spec = SUBCOMMANDS[self.command]
            usage = f"Usage: `/edgar {spec.usage}`: {spec.summary}"
            examples = "".join(f"\n  `/edgar {e}`" for e in spec.examples)
            text = f"{self.message}\n{usage}" + (f"\nFor example:{examples}" if examples else "")
        else:
            text = f"{self.message}\n{_help_text()}"
        return Reply(text=text)


@dataclass(frozen=True)
class CheckTarget:
    """What `/edgar check` was asked about.

    kind "ticker": `value` is a ticker or CIK as typed, `cik` resolved when known (run the rules
    on the company's latest filing); "accession": `value` is the normalised accession number;
    "url": `value` is an http(s) URL (the checker must refuse hosts other than EDGAR's)."""

    kind: Literal["ticker", "accession", "url"]
    value: str
    cik: int | None = None
    ticker: str | None = None


CheckFn = Callable[[CheckTarget], tuple[Filing, Sequence[Finding]]]


@dataclass
class CommandContext:
    """The services a command may use. Every callable is cheap except `check` and `backfill`,
    which run after Slack has been acknowledged.

    store       the Store (watch overlay, mutes, recent alerts, outbox counts)
    watchlist   () -> the current Watchlist: the file with the store's overlay laid over it
    resolver    ticker <-> CIK look-ups (bot.edgar.tickers.TickerMap)
    now         () -> timezone-aware current time
    check       CheckTarget -> (Filing, findings): run the rules now (EDGAR fetch; slow). None
                when this deployment cannot reach EDGAR.
    deadlines   cik or None (every watched company) -> the calendar as plain text (e.g.
                bot.deadlines.format_calendar_text). None when not available.
    status      () -> dict of the bot's health; keys shown when present:
                last_poll_at, last_poll_result, last_poll_ok, feed_lag_seconds,
                sec_cooldown_until, mode, plus anything else (shown as "key: value").
                Outbox depth and delivery failures come from the store.
    backfill    cik -> None: schedule a look-back over a newly watched company's filings. Must
                return quickly (queue the work). None: no backfill."""

    store: Store
    watchlist: Callable[[], Watchlist]
    resolver: TickerResolver
    now: Callable[[], datetime]
    check: CheckFn | None = None
    deadlines: Callable[[int | None], str] | None = None
    status: Callable[[], Mapping[str, Any]] | None = None
    backfill: Callable[[int], None] | None = None


class _Bad(Exception):
    """A parse problem; becomes a UsageError for the subcommand being parsed."""


# --------------------------------------------------------------------------- tokens


def _tokens(text: str) -> list[str]:
    """Split what Slack sent into words. Slack escapes &, < and > as HTML entities and sends
    mentions as <#C123|name>, <@U123|name>, <https://...|label>; those stay single words."""
    return [t for t in re.findall(r"<[^>]*>|\S+", text or "")]


def _plain(token: str) -> str:
    return unescape(token)


def _channel_token(token: str) -> str | None:
    """A channel from `<#C0123456789|name>`, `<#C0123456789>`, `#name` or a bare id, else None."""
    m = re.fullmatch(r"<#([A-Z0-9]+)(?:\|[^>]*)?>", token)
    if m:
        return m.group(1)
    if token.startswith("#") or _CHANNEL_ID.fullmatch(token):
        return token
    return None


def _url_token(token: str) -> str | None:
    m = re.fullmatch(r"<(https?://[^|>]+)(?:\|[^>]*)?>", token)
    if m:
        return _plain(m.group(1))
    text = _plain(token)
    if re.match(r"https?://", text, re.I):
        return text
    return None


def _kind_token(token: str) -> Kind | None:
    return KIND_ALIASES.get(_plain(token).strip().lower())


def _company_ref(token: str) -> str:
    """A ticker or CIK as typed; raises _Bad otherwise."""
    text = _plain(token).strip()
    if _CIK.fullmatch(text):
        return text
    if _TICKER.fullmatch(text):
        return text.upper()
    raise _Bad(f"`{_show(token)}` is not a ticker or a CIK")


def _show(token: str) -> str:
    text = _plain(token).replace("`", "'")
    return text if len(text) <= 40 else text[:37] + "..."


def parse_duration(text: str) -> timedelta:
    """'7d', '12h', '2w', '90m', '3 days' -> timedelta; raises ValueError with a reason."""
    m = _DURATION.fullmatch(text.strip().lower())
    if not m or m.group(2) not in _UNITS:
        raise ValueError(
            f"`{_show(text)}` is not a duration: use a number and a unit, like 12h, 7d or 2w"
        )
    amount = int(m.group(1))
    if amount <= 0:
        raise ValueError("the duration must be more than zero")
    delta = _UNITS[m.group(2)] * amount
    if delta > MAX_MUTE:
        raise ValueError("at most 365 days; unwatch the company instead to stop its alerts")
    return delta


def _duration_words(delta: timedelta) -> str:
    seconds = int(delta.total_seconds())
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds % size == 0:
            n = seconds // size
            return f"{n} {unit}{'' if n == 1 else 's'}"
    return str(delta)


# --------------------------------------------------------------------------- parsers


def _no_args(words: list[str]) -> dict[str, Any]:
    if words:
        raise _Bad(f"`{_show(words[0])}` was not expected here")
    return {}


def _parse_help(words: list[str]) -> dict[str, Any]:
    if len(words) > 1:
        raise _Bad("help takes at most one subcommand name")
    return {"topic": words[0].lower() if words else None}


def _parse_watch(words: list[str]) -> dict[str, Any]:
    if not words:
        raise _Bad("watch needs a ticker or a CIK")
    ref = _company_ref(words[0])
    channel: str | None = None
    kinds: list[str] = []
    for word in words[1:]:
        ch = _channel_token(word)
        if ch is not None:
            if channel is not None:
                raise _Bad("give at most one channel")
            try:
                channel = check_channel(ch)
            except Invalid as exc:
                raise _Bad(f"channel {_show(ch)}: {exc}") from None
            continue
        for part in _plain(word).split(","):
            if part:
                kind = _kind_token(part)
                kinds.append(kind.value if kind else part)
    kind_values: list[str] | None = None
    if kinds:
        try:
            kind_values = sorted(k.value for k in check_kinds(kinds))
        except Invalid as exc:
            raise _Bad(str(exc)) from None
    return {"ref": ref, "channel": channel, "kinds": kind_values}


def _parse_one_company(words: list[str]) -> dict[str, Any]:
    if not words:
        raise _Bad("give a ticker or a CIK")
    if len(words) > 1:
        raise _Bad(f"`{_show(words[1])}` was not expected here")
    return {"ref": _company_ref(words[0])}


def _parse_check(words: list[str]) -> dict[str, Any]:
    if len(words) != 1:
        raise _Bad("check takes one ticker, CIK, accession number or filing URL")
    word = words[0]
    url = _url_token(word)
    if url is not None:
        return {"target": CheckTarget("url", url)}
    text = _plain(word).strip()
    if _ACCESSION.fullmatch(text):
        return {"target": CheckTarget("accession", normalize_accession(text))}
    return {"target": CheckTarget("ticker", _company_ref(word))}


def _parse_recent(words: list[str]) -> dict[str, Any]:
    ref: str | None = None
    limit = DEFAULT_RECENT
    rest = list(words)
    if rest and not (rest[0].isdigit() and len(rest) == 1 and int(rest[0]) <= MAX_RECENT):
        ref = _company_ref(rest.pop(0))
    if rest:
        if len(rest) > 1 or not rest[0].isdigit():
            raise _Bad(f"`{_show(rest[-1])}` is not a number of alerts")
        limit = int(rest[0])
        if not 1 <= limit <= MAX_RECENT:
            raise _Bad(f"show between 1 and {MAX_RECENT} alerts")
    return {"ref": ref, "limit": limit}


def _parse_deadlines(words: list[str]) -> dict[str, Any]:
    if len(words) > 1:
        raise _Bad(f"`{_show(words[1])}` was not expected here")
    return {"ref": _company_ref(words[0]) if words else None}


def _mute_target(words: list[str]) -> tuple[str | None, Kind | None]:
    """TICKER | CIK | KIND | TICKER KIND -> (company ref, kind)."""
    if not words:
        raise _Bad("name a ticker, a CIK or a kind (buyback, restatement_risk, late_filing)")
    if len(words) > 2:
        raise _Bad(f"`{_show(words[2])}` was not expected here")
    first = _kind_token(words[0])
    if first is not None:
        if len(words) == 2:
            raise _Bad("put the ticker before the kind, e.g. `NVDA buyback`")
        return None, first
    ref = _company_ref(words[0])
    kind: Kind | None = None
    if len(words) == 2:
        kind = _kind_token(words[1])
        if kind is None:
            raise _Bad(
                f"`{_show(words[1])}` is not a kind: use buyback, restatement_risk or late_filing"
            )
    return ref, kind


def _parse_mute(words: list[str]) -> dict[str, Any]:
    if len(words) < 2:
        raise _Bad("mute needs what to mute and for how long, e.g. `NVDA 7d`")
    rest = list(words)
    last = _plain(rest.pop())
    # "3 days" as two words
    if rest and rest[-1].isdigit() and not last[:1].isdigit():
        last = rest.pop() + last
    try:
        duration = parse_duration(last)
    except ValueError as exc:
        raise _Bad(str(exc)) from None
    ref, kind = _mute_target(rest)
    return {"ref": ref, "kind": kind.value if kind else None, "duration": duration}


def _parse_unmute(words: list[str]) -> dict[str, Any]:
    ref, kind = _mute_target(words)
    return {"ref": ref, "kind": kind.value if kind else None}


# --------------------------------------------------------------------------- registry


Runner = Callable[[Command, CommandContext, str], Reply]


@dataclass(frozen=True)
class Subcommand:
    name: str
    usage: str  # without "/edgar "
    summary: str
    parse: Callable[[list[str]], dict[str, Any]]
    run: Runner
    admin: bool = False  # changes the watchlist or mutes: admins only
    slow: bool = False  # reaches EDGAR: acknowledge with a "working" note first
    examples: tuple[str, ...] = ()


def parse(text: str) -> Command | UsageError:
    """The text after `/edgar` -> a Command, or a UsageError saying what is wrong. Never raises."""
    words = _tokens(text)
    public = False
    if words and words[-1].lower() in PUBLIC_WORDS:
        public = True
        words.pop()
    if "--public" in (w.lower() for w in words):
        public = True
        words = [w for w in words if w.lower() != "--public"]
    if not words:
        return Command("help", {"topic": None}, public)
    name = _plain(words[0]).lower()
    spec = SUBCOMMANDS.get(name)
    if spec is None:
        return UsageError(f"I don't know the subcommand `{_show(words[0])}`.")
    try:
        args = spec.parse(words[1:])
    except _Bad as exc:
        return UsageError(f"{str(exc)[:1].upper()}{str(exc)[1:]}.", name)
    return Command(name, args, public)


def execute(command: Command, ctx: CommandContext, user_id: str) -> Reply:
    """Run a parsed command for `user_id`. User mistakes and EDGAR errors become replies."""
    spec = command.spec
    if spec.admin:
        refusal = _refusal(ctx.watchlist(), user_id, spec.name)
        if refusal is not None:
            return refusal
    try:
        reply = spec.run(command, ctx, user_id)
    except _Unknown as exc:
        return Reply(text=str(exc))
    except SentinelError as exc:
        return Reply(text=f"Sorry, that didn't work: {exc}")
    if command.public and not reply.public:
        reply = Reply(text=reply.text, blocks=reply.blocks, public=True)
    return reply


def handle(text: str, ctx: CommandContext, user_id: str) -> Reply:
    """parse + execute."""
    parsed = parse(text)
    if isinstance(parsed, UsageError):
        return parsed.reply()
    return execute(parsed, ctx, user_id)


def working_note(command: Command) -> str | None:
    """A short "on it" text to acknowledge a slow command with, else None."""
    if not command.spec.slow:
        return None
    target: CheckTarget = command.args["target"]
    return f"Checking {escape_mrkdwn(target.value)} on EDGAR, this can take a few seconds…"


def can_mute(watchlist: Watchlist, user_id: str) -> bool:
    return watchlist.is_admin(user_id)


def refusal_text(watchlist: Watchlist, what: str) -> str:
    """Polite refusal naming who may `what` (e.g. "change the watchlist")."""
    admins = sorted(watchlist.admins)
    if not admins:
        return (
            f"Sorry, nobody can {what} from Slack: the watchlist file lists no `admins`. "
            "Add Slack user ids under `admins:` in the watchlist file and restart the bot."
        )
    who = ", ".join(f"<@{a}>" for a in admins)
    return (
        f"Sorry, only the watchlist admins can {what}: {who}. Ask one of them; meanwhile "
        "`/edgar list`, `check`, `recent`, `deadlines` and `status` are open to everyone."
    )


def _refusal(watchlist: Watchlist, user_id: str, name: str) -> Reply | None:
    if watchlist.is_admin(user_id):
        return None
    what = "mute or unmute alerts" if name in ("mute", "unmute") else "change the watchlist"
    return Reply(text=refusal_text(watchlist, what))


# --------------------------------------------------------------------------- helpers


class _Unknown(Exception):
    """A company that cannot be found; the message is the reply."""


@dataclass(frozen=True)
class _Who:
    cik: int
    ticker: str | None
    name: str

    @property
    def label(self) -> str:
        return f"*{escape_mrkdwn(self.ticker)}*" if self.ticker else f"*CIK {self.cik}*"

    @property
    def long(self) -> str:
        return f"{self.label} ({escape_mrkdwn(self.name)}, CIK {self.cik})"


def _resolve(ref: str, ctx: CommandContext, watchlist: Watchlist | None = None) -> _Who:
    """A ticker/CIK -> company: the watchlist first (it may pin names), then SEC's list."""
    wl = watchlist if watchlist is not None else ctx.watchlist()
    company = wl.find(ref)
    if company is not None:
        return _Who(company.cik, company.ticker, company.name)
    if ref.isdigit():
        cik = int(ref)
        if not 0 < cik <= 9_999_999_999:
            raise _Unknown(f"`{ref}` is not a CIK.")
        tickers = ctx.resolver.tickers_for(cik)
        return _Who(cik, tickers[0] if tickers else None, ctx.resolver.name_for(cik) or f"CIK {cik}")
    found = ctx.resolver.lookup(ref)
    if found is None:
        suggestions = [s for s in ctx.resolver.suggest(ref) if s.upper() != ref.upper()][:3]
        hint = (
            f" Did you mean {', '.join(suggestions)}?"
            if suggestions
            else " If the company has no ticker in SEC's list, use its CIK."
        )
        raise _Unknown(f"I don't know the ticker `{escape_mrkdwn(ref)}`.{hint}")
    cik, name = found
    known = ctx.resolver.tickers_for(cik)
    squash = re.sub(r"[.\-/^]", "", ref.upper())
    ticker = next((t for t in known if re.sub(r"[.\-/^]", "", t.upper()) == squash), ref.upper())
    return _Who(cik, ticker, name)


def _kinds_words(kinds: frozenset[Kind] | Sequence[Kind]) -> str:
    ordered = [k for k in Kind if k in set(kinds)]
    if len(ordered) == len(Kind):
        return "all kinds"
    return ", ".join(k.label.lower() for k in ordered)


def _routing_line(wl: Watchlist, company: Company) -> str:
    by_channel: dict[str, list[Kind]] = {}
    for kind in Kind:
        if kind in wl.kinds_for(company):
            by_channel.setdefault(wl.channel_for(company, kind), []).append(kind)
    parts = [f"{_kinds_words(kinds)} → {_channel_ref(ch)}" for ch, kinds in by_channel.items()]
    return "; ".join(parts) if parts else "no kinds"


def _channel_ref(channel: str) -> str:
    """How to show a channel: ids as Slack links, names as typed."""
    if _CHANNEL_ID.fullmatch(channel):
        return f"<#{channel}>"
    return escape_mrkdwn(channel)


def _when(value: Any, tz: Any | None = None) -> str:
    if value is None:
        return "never"
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return escape_mrkdwn(value)
    if isinstance(value, datetime):
        if value.tzinfo is not None and tz is not None:
            value = value.astimezone(tz)
        return value.strftime("%Y-%m-%d %H:%M %Z").strip()
    if isinstance(value, date):
        return value.isoformat()
    return escape_mrkdwn(str(value))


def _sections(lines: Sequence[str], *, header: str | None = None) -> list[dict[str, Any]]:
    """Lines packed into section blocks of at most 3,000 characters and 50 blocks."""
    blocks: list[dict[str, Any]] = []
    if header:
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": header[:MAX_SECTION]}})
    chunk = ""
    shown = 0
    for line in lines:
        line = line if len(line) <= MAX_SECTION else line[: MAX_SECTION - 1] + "…"
        if chunk and len(chunk) + 1 + len(line) > MAX_SECTION:
            if len(blocks) >= MAX_BLOCKS - 2:
                break
            blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": chunk}})
            chunk = ""
        chunk = f"{chunk}\n{line}" if chunk else line
        shown += 1
    if chunk:
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": chunk}})
    if shown < len(lines):
        more = f"…and {len(lines) - shown} more."
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": more}]})
    return blocks


def _fallback(header: str, lines: Sequence[str], limit: int = 2900) -> str:
    text = header
    for line in lines:
        if len(text) + 1 + len(line) > limit:
            return text + "\n…"
        text += "\n" + line
    return text


def _lines_reply(header: str, lines: Sequence[str]) -> Reply:
    return Reply(text=_fallback(header, lines), blocks=_sections(lines, header=header))


# --------------------------------------------------------------------------- runners


def _run_help(command: Command, ctx: CommandContext, user_id: str) -> Reply:
    topic = command.args.get("topic")
    if topic:
        spec = SUBCOMMANDS.get(topic)
        if spec is None:
            return Reply(text=f"There is no subcommand `{_show(topic)}`.\n{_help_text()}")
        lines = [f"`/edgar {spec.usage}`", spec.summary]
        lines += [f"  `/edgar {e}`" for e in spec.examples]
        if spec.admin:
            lines.append("Only the watchlist admins may use it.")
        return Reply(text="\n".join(lines))
    return Reply(text=_help_text())


def _help_text() -> str:
    lines = ["*edgar-sentinel* watches SEC EDGAR for buybacks, restatement risk and late filings."]
    for spec in SUBCOMMANDS.values():
        admin = " _(admins)_" if spec.admin else ""
        lines.append(f"• `/edgar {spec.usage}`: {spec.summary}{admin}")
    lines.append(
        "Replies are visible only to you; end a command with `public` to post the reply in "
        "the channel. `/edgar help SUBCOMMAND` shows examples."
    )
    return "\n".join(lines)


def _run_watch(command: Command, ctx: CommandContext, user_id: str) -> Reply:
    args = command.args
    wl = ctx.watchlist()
    try:
        company = company_from_text(args["ref"], ctx.resolver, channel=args["channel"],
                                    kinds=args["kinds"])
    except ConfigError as exc:
        # An unknown ticker the watchlist itself knows (pinned by CIK) is still fine.
        known = wl.find(args["ref"])
        if known is None:
            raise _Unknown(f"Can't watch `{escape_mrkdwn(args['ref'])}`: {exc}.") from None
        company = Company(cik=known.cik, ticker=known.ticker, name=known.name)
    existing = wl.find(company.cik)
    if existing is not None:
        name = existing.name
        ticker = company.ticker or existing.ticker
        channel = args["channel"] if args["channel"] is not None else existing.channel
        kinds = (
            args["kinds"] if args["kinds"] is not None
            else (sorted(k.value for k in existing.kinds) if existing.kinds is not None else None)
        )
    else:
        name, ticker, channel, kinds = company.name, company.ticker, args["channel"], args["kinds"]
    ctx.store.set_watch(company.cik, "add", ctx.now(), ticker=ticker, name=name,
                        channel=channel, kinds=kinds, by=user_id)
    after = ctx.watchlist()
    current = after.find(company.cik)
    who = _Who(company.cik, ticker, name)
    route = _routing_line(after, current) if current is not None else ""
    if existing is None:
        text = f"Now watching {who.long}: {route}."
        if ctx.backfill is not None and after.backfill_days > 0:
            ctx.backfill(company.cik)
            text += f" Looking back over its last {after.backfill_days} days of filings."
    else:
        text = f"Updated {who.long}: {route}."
    return Reply(text=text)


def _run_unwatch(command: Command, ctx: CommandContext, user_id: str) -> Reply:
    wl = ctx.watchlist()
    ref = command.args["ref"]
    company = wl.find(ref)
    if company is None:
        who = _resolve(ref, ctx, wl)
        return Reply(text=f"{who.label} is not on the watchlist; nothing to do.")
    ctx.store.set_watch(company.cik, "remove", ctx.now(), ticker=company.ticker,
                        name=company.name, by=user_id)
    who = _Who(company.cik, company.ticker, company.name)
    note = (
        " It is still listed in the watchlist file; the removal is kept in the bot's database "
        "until someone watches it again." if company.line else ""
    )
    return Reply(text=f"Stopped watching {who.long}.{note}")


def _run_list(command: Command, ctx: CommandContext, user_id: str) -> Reply:
    wl = ctx.watchlist()
    n = len(wl.companies)
    header = f"*Watching {n} compan{'y' if n == 1 else 'ies'}*"
    if not n:
        header += "\nNothing is watched yet: an admin can add a company with `/edgar watch TICKER`."
    lines = []
    for c in wl.companies:
        who = _Who(c.cik, c.ticker, c.name)
        extra = f" · min {c.min_severity.value}" if c.min_severity else ""
        origin = "" if c.line else " · _added in Slack_"
        lines.append(f"• {who.label} {escape_mrkdwn(c.name)}: {_routing_line(wl, c)}{extra}{origin}")
    mutes = ctx.store.active_mutes(ctx.now())
    if mutes:
        lines.append("*Muted*")
        for m in mutes:
            lines.append(f"• {_mute_words(ctx, wl, m.cik, m.kind)} until {_when(m.until, wl.tz)}")
    return _lines_reply(header, lines)


def _describe_filing(filing: Filing) -> str:
    who = escape_mrkdwn(filing.company or "Unknown company")
    if filing.cik is not None:
        who += f" (CIK {filing.cik})"
    parts = [f"*{escape_mrkdwn(filing.form or 'filing')}* · {who}"]
    if filing.filed:
        parts.append(f"filed {filing.filed.isoformat()}")
    if filing.items:
        parts.append("items " + ", ".join(filing.items))
    if filing.accession:
        parts.append(filing.accession)
    line = " · ".join(parts)
    if filing.url:
        line += f"\n<{filing.url}|View filing>"
    return line


def _run_check(command: Command, ctx: CommandContext, user_id: str) -> Reply:
    if ctx.check is None:
        return Reply(text="`check` is not available here: this deployment has no EDGAR access.")
    target: CheckTarget = command.args["target"]
    if target.kind == "ticker":
        who = _resolve(target.value, ctx)
        target = CheckTarget("ticker", target.value, cik=who.cik, ticker=who.ticker)
    filing, found = ctx.check(target)
    header = _describe_filing(filing)
    if not found:
        return Reply(text=f"{header}\nNo buyback, restatement-risk or late-filing findings.")
    lines: list[str] = []
    for f in found:
        lines.append(f"*{f.kind.label}* ({f.severity.value}) · {escape_mrkdwn(f.title)}")
        if f.evidence:
            lines.append("> " + escape_mrkdwn(f.evidence)[:1500].replace("\n", " "))
        facts = format_facts(f.facts)
        if facts:
            lines.append(" · ".join(f"{label}: {value}" for label, value in facts))
    n = len(found)
    return _lines_reply(f"{header}\n{n} finding{'' if n == 1 else 's'}:", lines)


def _alert_line(item: SentAlert, tz: Any) -> str:
    a = item.alert
    when = _when(a.accepted or item.created_at, tz)
    link = f"<{a.url}|{escape_mrkdwn(a.form)}>" if a.url else escape_mrkdwn(a.form)
    state = {"sent": "", "pending": " · _pending_", "held": " · _in digest_"}.get(
        item.status, f" · _{item.status}{f' ({item.error_code})' if item.error_code else ''}_"
    )
    who = escape_mrkdwn(a.ticker or a.company)
    return (
        f"• {when} · {who} · *{a.kind.label}* ({a.severity.value}) · "
        f"{escape_mrkdwn(a.title)} · {link}{state}"
    )


def _run_recent(command: Command, ctx: CommandContext, user_id: str) -> Reply:
    wl = ctx.watchlist()
    limit = command.args["limit"]
    ref = command.args["ref"]
    cik = None
    label = "all companies"
    if ref is not None:
        who = _resolve(ref, ctx, wl)
        cik, label = who.cik, who.label
    items = ctx.store.recent_alerts(cik=cik, limit=limit)
    if not items:
        return Reply(text=f"No alerts yet for {label}.")
    lines = [_alert_line(i, wl.tz) for i in items]
    return _lines_reply(f"*Latest {len(items)} alert{'' if len(items) == 1 else 's'} for {label}*",
                        lines)


def _run_deadlines(command: Command, ctx: CommandContext, user_id: str) -> Reply:
    if ctx.deadlines is None:
        return Reply(text="The deadline calendar is not available in this deployment.")
    ref = command.args["ref"]
    cik = None
    label = "watched companies"
    if ref is not None:
        who = _resolve(ref, ctx)
        cik, label = who.cik, who.label
    text = ctx.deadlines(cik).strip() or "No deadlines to show."
    header = f"*Filing deadlines: {label}*"
    body = text.replace("```", "'''")
    chunks = _split_lines(body, MAX_SECTION - 8)[: MAX_BLOCKS - 1]
    blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": header}}]
    blocks += [{"type": "section", "text": {"type": "mrkdwn", "text": f"```{c}```"}} for c in chunks]
    return Reply(text=_fallback(header, [f"```{body[:2800]}```"]), blocks=blocks)


def _split_lines(text: str, limit: int) -> list[str]:
    """Whole lines packed into chunks of at most `limit` characters."""
    chunks: list[str] = []
    current = ""
    for line in text.splitlines():
        line = line[:limit]
        if current and len(current) + 1 + len(line) > limit:
            chunks.append(current)
            current = ""
        current = f"{current}\n{line}" if current else line
    if current:
        chunks.append(current)
    return chunks


_STATUS_LABELS = {
    "mode": "Mode",
    "last_poll_at": "Last poll",
    "last_poll_result": "Last poll result",
    "last_poll_ok": "Last poll succeeded",
    "feed_lag_seconds": "Feed lag",
    "sec_cooldown_until": "SEC cool-down until",
    "reconcile": "Last reconciliation",
    "deadlines": "Last deadline check",
}
# Shown from the store directly (or not useful in Slack): skipped when status() carries them.
_STATUS_SKIP = frozenset(
    {"now", "outbox", "outbox_pending", "delivery_failures", "watched_companies", "last_poll"}
)


def _status_value(key: str, value: Any, tz: Any) -> str:
    if key == "feed_lag_seconds" and isinstance(value, int | float):
        return _seconds_words(float(value))
    if key == "feed_lag_seconds" and value is None:
        return "unknown (no filing seen yet)"
    if key == "sec_cooldown_until" and value is None:
        return "none (not rate limited)"
    if value is None:
        return "never"
    if key.endswith("_at") or key.endswith("_until") or isinstance(value, datetime):
        return _when(value, tz)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Mapping):
        parts = [
            f"{k}: {_status_value(str(k), v, tz)}" for k, v in value.items()
            if not isinstance(v, Mapping | list)
        ]
        return "; ".join(parts)[:500] or "-"
    return escape_mrkdwn(str(value))[:500]


def _last_poll_line(poll: Mapping[str, Any], tz: Any) -> str:
    """The pipeline's `last_poll` state: started, finished, ok, error, summary."""
    when = poll.get("finished") or poll.get("started")
    if not when:
        return "• Last poll: not yet"
    ok = poll.get("ok")
    verdict = "ok" if ok else "FAILED" if ok is not None else "?"
    line = f"• Last poll: {_when(when, tz)} · {verdict}"
    if poll.get("summary"):
        line += f" · {escape_mrkdwn(str(poll['summary']))[:400]}"
    if poll.get("error"):
        line += f" · error: {escape_mrkdwn(str(poll['error']))[:400]}"
    return line


def _seconds_words(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"


def _run_status(command: Command, ctx: CommandContext, user_id: str) -> Reply:
    wl = ctx.watchlist()
    info = dict(ctx.status()) if ctx.status is not None else {}
    lines: list[str] = [f"• Watching: {len(wl.companies)} companies"]
    if isinstance(info.get("last_poll"), Mapping):
        lines.append(_last_poll_line(info["last_poll"], wl.tz))
    for key, label in _STATUS_LABELS.items():
        if key in info:
            lines.append(f"• {label}: {_status_value(key, info.pop(key), wl.tz)}")
    for key, value in info.items():
        if key in _STATUS_SKIP:
            continue
        lines.append(f"• {escape_mrkdwn(str(key))}: {_status_value(str(key), value, wl.tz)}")
    counts = ctx.store.outbox_counts()
    lines.append(
        f"• Outbox: {counts.get('pending', 0)} waiting, {counts.get('held', 0)} held for a "
        f"digest, {counts.get('sent', 0)} sent, {counts.get('failed', 0)} failed"
    )
    failed = ctx.store.failed_alerts(limit=5)
    if failed:
        lines.append(
            "*Delivery failures* (not retried: check the channel name in the watchlist, and "
            "invite the bot to private channels):"
        )
        for item in failed:
            a = item.alert
            lines.append(
                f"• {_channel_ref(a.channel)}: `{escape_mrkdwn(item.error_code or 'error')}` · "
                f"{escape_mrkdwn(a.ticker or a.company)} {a.kind.label} · "
                f"{_when(item.created_at, wl.tz)}"
            )
    mutes = ctx.store.active_mutes(ctx.now())
    if mutes:
        lines.append(f"• Active mutes: {len(mutes)} (see `/edgar list`)")
    return _lines_reply("*edgar-sentinel status*", lines)


def _mute_words(ctx: CommandContext, wl: Watchlist, cik: int | None, kind: Kind | None) -> str:
    what = f"{kind.label.lower()} alerts" if kind else "all alerts"
    if cik is None:
        return f"{what} for every company"
    company = wl.find(cik)
    if company is not None:
        ticker = company.ticker
    else:
        tickers = ctx.resolver.tickers_for(cik)
        ticker = tickers[0] if tickers else None
    label = f"*{escape_mrkdwn(ticker)}*" if ticker else f"*CIK {cik}*"
    return f"{what} for {label}"


def _run_mute(command: Command, ctx: CommandContext, user_id: str) -> Reply:
    wl = ctx.watchlist()
    args = command.args
    who = _resolve(args["ref"], ctx, wl) if args["ref"] else None
    cik = who.cik if who else None
    kind = Kind(args["kind"]) if args["kind"] else None
    now = ctx.now()
    until = now + args["duration"]
    ctx.store.add_mute(cik, kind, until, now, by=user_id)
    target = " ".join(
        x for x in ((who.ticker or str(who.cik)) if who else None, kind.value if kind else None)
        if x
    )
    undo = f"`/edgar unmute {escape_mrkdwn(target)}`"
    return Reply(
        text=(
            f"Muted {_mute_words(ctx, wl, cik, kind)} for {_duration_words(args['duration'])}, "
            f"until {_when(until, wl.tz)}. Undo with {undo}."
        )
    )


def _run_unmute(command: Command, ctx: CommandContext, user_id: str) -> Reply:
    wl = ctx.watchlist()
    args = command.args
    cik = _resolve(args["ref"], ctx, wl).cik if args["ref"] else None
    kind = Kind(args["kind"]) if args["kind"] else None
    # `unmute NVDA` lifts every mute on NVDA (whatever kind); `unmute buyback` every buyback
    # mute that covers all companies; `unmute NVDA buyback` that one pair.
    pairs = {
        (m.cik, m.kind)
        for m in ctx.store.active_mutes(ctx.now())
        if (m.cik == cik) and (kind is None or m.kind == kind)
    }
    removed = sum(ctx.store.remove_mutes(c, k) for c, k in sorted(pairs, key=str))
    if not removed:
        return Reply(text=f"There was no active mute for {_mute_words(ctx, wl, cik, kind)}.")
    return Reply(
        text=f"Unmuted {_mute_words(ctx, wl, cik, kind)} ({removed} mute"
        f"{'' if removed == 1 else 's'} lifted)."
    )


SUBCOMMANDS: dict[str, Subcommand] = {
    s.name: s
    for s in (
        Subcommand("help", "help [SUBCOMMAND]", "what the bot does and how to use it",
                   _parse_help, _run_help, examples=("help watch",)),
        Subcommand("watch", "watch TICKER|CIK [#channel] [kinds...]",
                   "start watching a company (or change its channel and kinds)",
                   _parse_watch, _run_watch, admin=True,
                   examples=("watch NVDA", "watch SMCI #risk restatement_risk late_filing",
                             "watch 1692115")),
        Subcommand("unwatch", "unwatch TICKER|CIK", "stop watching a company",
                   _parse_one_company, _run_unwatch, admin=True, examples=("unwatch NVDA",)),
        Subcommand("list", "list", "the watched companies, where their alerts go, active mutes",
                   _no_args, _run_list),
        Subcommand("check", "check TICKER|ACCESSION|URL",
                   "run the rules now on a company's latest filing or on the filing named",
                   _parse_check, _run_check, slow=True,
                   examples=("check NVDA", "check 0001628280-26-042197",
                             "check https://www.sec.gov/Archives/edgar/data/1045810/"
                             "000104581026000012/0001045810-26-000012-index.htm")),
        Subcommand("recent", "recent [TICKER] [N]", f"the last N alerts (default {DEFAULT_RECENT})",
                   _parse_recent, _run_recent, examples=("recent NVDA", "recent SMCI 10")),
        Subcommand("deadlines", "deadlines [TICKER]",
                   "10-K / 10-Q due dates and whether they came, for one or every watched company",
                   _parse_deadlines, _run_deadlines, examples=("deadlines", "deadlines WBA")),
        Subcommand("status", "status",
                   "last poll, feed lag, outbox depth, delivery failures, SEC cool-down",
                   _no_args, _run_status),
        Subcommand("mute", "mute TICKER|KIND [KIND] DURATION",
                   "silence a company, a kind, or one kind of one company for a while",
                   _parse_mute, _run_mute, admin=True,
                   examples=("mute NVDA 7d", "mute late_filing 12h", "mute SMCI buyback 2w")),
        Subcommand("unmute", "unmute TICKER|KIND [KIND]", "lift mutes early",
                   _parse_unmute, _run_unmute, admin=True,
                   examples=("unmute NVDA", "unmute late_filing")),
    )
}
