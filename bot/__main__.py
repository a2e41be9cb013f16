"""Command line: `edgar-sentinel COMMAND` (same as `python -m bot COMMAND`).

Every user mistake ends in one line on stderr and exit code 2; nothing prints a traceback
unless --debug is given."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from bot import __version__
from bot.errors import ConfigError, SentinelError
from bot.settings import Settings

log = logging.getLogger("bot")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="edgar-sentinel",
        description="Watch SEC EDGAR for buybacks, restatement risk and late 10-K/10-Q notices.",
    )
    p.add_argument("--version", action="version", version=f"edgar-sentinel {__version__}")
    p.add_argument("--debug", action="store_true", help="log debug output and show tracebacks")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    run = sub.add_parser("run", help="poll EDGAR and deliver alerts until stopped")
    run.add_argument("--once", action="store_true",
                     help="run one poll cycle, deliver the outbox, and exit")
    run.add_argument("--http-port", type=int, metavar="PORT",
                     help="also serve Slack requests at /slack/events (HTTP mode)")

    sub.add_parser("demo", help="run the whole pipeline offline over bundled real filings")

    check = sub.add_parser("check", help="run the rules on EDGAR documents (files or URLs)")
    check.add_argument("inputs", nargs="+", metavar="PATH_OR_URL")
    check.add_argument("--form", help="the form type, when the input cannot tell (e.g. 8-K)")
    check.add_argument("--json", action="store_true", help="one JSON object per input")

    vc = sub.add_parser("validate-config", help="check a watchlist file")
    vc.add_argument("file", nargs="?", help="the watchlist file (default: $WATCHLIST)")

    dl = sub.add_parser("deadlines", help="the 10-K/10-Q deadline calendar of the watchlist")
    dl.add_argument("--as-of", metavar="YYYY-MM-DD", help="the day to compute for (default today)")
    dl.add_argument("--json", action="store_true", help="one JSON object per company and report")
    bf = sub.add_parser("backfill", help="look back over companies' recent filings now")
    bf.add_argument("companies", nargs="*", metavar="TICKER|CIK",
                    help="default: every company on the watchlist")
    bf.add_argument("--days", type=int, help="how far back (default: the watchlist's backfill_days)")

    rp = sub.add_parser("replay", help="what would have fired over a period (daily indexes)")
    rp.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    rp.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD")
    rp.add_argument("--watchlist", metavar="FILE", help="default: $WATCHLIST")
    rp.add_argument("--post", action="store_true",
                    help="enqueue the alerts for delivery instead of printing them")
    return p


def _setup_logging(settings: Settings | None, debug: bool) -> None:
    level = logging.DEBUG if debug else getattr(logging, settings.log_level if settings else "INFO")
    logging.basicConfig(level=level, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for noisy in ("httpx", "httpcore", "apscheduler", "slack_sdk", "slack_bolt"):
        logging.getLogger(noisy).setLevel(max(level, logging.WARNING))


def _cmd_demo(args: argparse.Namespace, settings: Settings) -> int:
    from bot.demo import run_demo

    return run_demo(sys.stdout)


def _cmd_check(args: argparse.Namespace, settings: Settings) -> int:
    from bot.check import check_main

    fetch = None
    if any("://" in i for i in args.inputs):
        from bot.edgar.client import EdgarClient

        settings.require_live_edgar()
        client = EdgarClient(settings.edgar_user_agent or "", settings.edgar_base_url,
                             settings.edgar_data_url, rate_per_sec=settings.rate_limit)
        fetch = client.get
    return check_main(args.inputs, form=args.form, as_json=args.json, fetch=fetch,
                      base_url=settings.edgar_base_url)


def _cmd_validate(args: argparse.Namespace, settings: Settings) -> int:
    from bot.edgar.tickers import TickerMap
    from bot.watchlist import validate_config_main

    code, text = validate_config_main(args.file or settings.watchlist_path, TickerMap.bundled())
    (sys.stdout if code == 0 else sys.stderr).write(text.rstrip("\n") + "\n")
    return code


def _cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    from bot.runtime import Runtime
    from bot.service import serve

    if args.once:
        runtime = Runtime(settings)
        try:
            cycle, delivered = runtime.run_once()
        finally:
            runtime.close()
        print(f"{cycle.summary()}; delivered {delivered.sent}, failed {delivered.failed}",
              file=sys.stderr)
        return 0
    return serve(settings, http_port=args.http_port)


def _cmd_deadlines(args: argparse.Namespace, settings: Settings) -> int:
    from bot.calendar_cli import deadlines_main

    return deadlines_main(settings, as_of=args.as_of, as_json=args.json)


def _cmd_backfill(args: argparse.Namespace, settings: Settings) -> int:
    from datetime import timedelta

    from bot.recovery import backfill_watchlist, stderr_progress
    from bot.runtime import Runtime

    runtime = Runtime(settings)
    try:
        wl = runtime.watchlist()
        ciks = []
        for ref in args.companies or [str(c) for c in sorted(wl.ciks)]:
            company = wl.find(ref)
            if company is None:
                raise ConfigError(f"{ref}: not on the watchlist ({wl.source})")
            ciks.append(company.cik)
        days = args.days if args.days is not None else wl.backfill_days
        if not 0 <= days <= 365:
            raise ConfigError(f"--days: must be between 0 and 365, got {days}")
        reports = backfill_watchlist(runtime.pipeline, ciks, days=days,
                                     progress=stderr_progress())
        delivered = runtime.deliverer.drain(deadline=runtime.clock() + timedelta(minutes=5))
    finally:
        runtime.close()
    print(f"backfill: {len(reports)} companies, {delivered.sent} summaries delivered",
          file=sys.stderr)
    return 0


def _cmd_replay(args: argparse.Namespace, settings: Settings) -> int:
    from datetime import date

    from bot.recovery import replay_main

    try:
        start, end = date.fromisoformat(args.start), date.fromisoformat(args.end)
    except ValueError:
        raise ConfigError(f"--from/--to: not dates (YYYY-MM-DD): {args.start}, {args.end}") from None
    return replay_main(settings, start, end, args.watchlist or settings.watchlist_path, args.post)


COMMANDS = {
    "run": _cmd_run,
    "demo": _cmd_demo,
    "check": _cmd_check,
    "validate-config": _cmd_validate,
    "deadlines": _cmd_deadlines,
    "replay": _cmd_replay,
    "backfill": _cmd_backfill,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 2
    settings: Settings | None = None
    try:
        settings = Settings.from_env()
        _setup_logging(settings, args.debug)
        return COMMANDS[args.command](args, settings)
    except SentinelError as exc:
        if args.debug:
            raise
        kind = "configuration error" if isinstance(exc, ConfigError) else "error"
        print(f"edgar-sentinel: {kind}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
