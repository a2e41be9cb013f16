"""Connect the Slack app (bot.slack.app) to a running Runtime: the CommandContext's services,
Socket Mode or HTTP mode, and the /healthz probe."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from bot.check import filing_url
from bot.edgar.feeds import company_feed_path, parse_company_feed
from bot.edgar.filings import index_to_submission, parse_filing
from bot.errors import EdgarNotFound, InputError
from bot.models import Filing, FilingRef, Finding, normalize_accession
from bot.pipeline import FORMS_OF_INTEREST
from bot.rules import run_rules
from bot.runtime import Runtime
from bot.service import deadlines_text, healthy, status_of
from bot.slack.commands import CheckTarget, CommandContext

log = logging.getLogger(__name__)

SEC_WWW = "https://www.sec.gov"  # where a person follows a link (alerts link there too)


def _latest_ref(runtime: Runtime, cik: int) -> FilingRef:
    feed = parse_company_feed(runtime.client.get(company_feed_path(cik), expect="atom"))
    for ref in feed.refs:
        if ref.form in FORMS_OF_INTEREST:
            return ref
    raise InputError(f"CIK {cik}: no 8-K, 10-K, 10-Q, NT or SC TO-I filing in its recent feed")


def _checked(data: bytes, source: str, form: str | None = None) -> tuple[Filing, list[Finding]]:
    """Parse and run the rules; the reply links to the filing on sec.gov, as alerts do."""
    filing = parse_filing(data, source=source, form=form)
    url = filing_url(filing, SEC_WWW)
    return (replace(filing, url=url) if url else filing), run_rules(filing)


def check_target(runtime: Runtime, target: CheckTarget) -> tuple[Filing, list[Finding]]:
    """`/edgar check`: run the rules now on a company's latest filing, an accession or a URL."""
    client = runtime.client
    if target.kind == "url":
        # the "View filing" link of every alert is the filing's index page: check its submission
        submission = index_to_submission(target.value)
        if submission is not None:
            data = client.get(submission, expect="submission")
        else:
            data = client.get(target.value)
        return _checked(data, target.value)
    if target.kind == "accession":
        acc = normalize_accession(target.value)
        known = runtime.store.filing_ref(acc)
        # the company's folder when the bot processed the filing; else the submitter's (the
        # accession's first 10 digits), which for agent-filed filings is the agent's CIK
        ciks = [known.cik] if known else []
        ciks.append(int(acc[:10]))
        ciks = list(dict.fromkeys(ciks))
        for cik in ciks:
            try:
                path = f"/Archives/edgar/data/{cik}/{acc.replace('-', '')}/{acc}.txt"
                data = client.get(path, expect="submission")
            except EdgarNotFound:
                continue
            return _checked(data, path)
        where = ", ".join(map(str, ciks))
        if known is None:
            raise InputError(
                f"{acc}: not processed by this bot and not found on EDGAR under CIK {where}; "
                "paste the filing's URL instead"
            )
        raise InputError(f"{acc}: not found on EDGAR under CIK {where}")
    if target.cik is None:
        raise InputError(f"{target.value}: unknown ticker or CIK")
    ref = _latest_ref(runtime, target.cik)
    data = client.get(ref.submission_path, expect="submission")
    return _checked(data, ref.submission_path, ref.form)


def command_context(runtime: Runtime) -> CommandContext:
    return CommandContext(
        store=runtime.store,
        watchlist=runtime.watchlist,
        resolver=runtime.tickers,
        now=runtime.clock,
        check=lambda target: check_target(runtime, target),
        deadlines=lambda cik: deadlines_text(runtime, cik),
        status=lambda: status_of(runtime),
        backfill=runtime.request_backfill,
    )


def _health(runtime: Runtime) -> Callable[[], dict[str, Any]]:
    def health() -> dict[str, Any]:
        status = status_of(runtime)
        return {"ok": healthy(status, runtime.settings.poll_interval),
                "last_poll": status["last_poll"], "outbox_pending": status["outbox_pending"],
                "sec_cooldown_until": status["sec_cooldown_until"]}

    return health


def start_slack(runtime: Runtime, *, http_port: int | None) -> list[Callable[[], None]]:
    """Start the Slack app in the modes the settings and flags ask for; return closers."""
    from bot.slack.app import build_app, serve_http, start_socket_mode

    settings = runtime.settings
    closers: list[Callable[[], None]] = []
    if settings.socket_mode:
        app = build_app(settings, command_context(runtime), socket_mode=True)
        handler = start_socket_mode(app, settings.slack_app_token or "")
        closers.append(handler.close)
        log.info("Slack: connected over Socket Mode")
    if http_port:
        settings.require_slack_http()
        app = build_app(settings, command_context(runtime), socket_mode=False,
                        token_verification_enabled=not settings.socket_mode)
        server = serve_http(app, http_port, health=_health(runtime))
        closers.append(server.stop)
        log.info("Slack: serving /slack/events and /healthz on port %d", server.port)
    return closers
