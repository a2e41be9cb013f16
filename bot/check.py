"""`edgar-sentinel check PATH_OR_URL... [--form FORM] [--json]`: run the rules over documents.

One JSON object per input per line (DESIGN.md contract), or a readable summary. A bad input
gets one line on `err` naming it; the others are still processed; the exit code is 1 when any
input failed, else 0. URLs must be on EDGAR_BASE_URL's host and are fetched with `fetch` (the
EDGAR client's get, which applies the User-Agent, rate limit and error-page checks); a filing
index page URL (`.../{accession}-index.htm`) is fetched as the filing's full submission `.txt`."""

from __future__ import annotations

import dataclasses
import gzip
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import urlsplit

from bot.edgar.filings import index_to_submission, parse_filing
from bot.errors import InputError, SentinelError
from bot.models import Filing, Finding
from bot.rules import run_rules

DEFAULT_BASE_URL = "https://www.sec.gov"
MAX_FILE_BYTES = 200 * 1024 * 1024

Fetch = Callable[[str], bytes]


def is_url(value: str) -> bool:
    return urlsplit(value).scheme.lower() in ("http", "https")


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        port = -1
    scheme = parts.scheme.lower()
    default = {"http": 80, "https": 443}.get(scheme)
    return scheme, (parts.hostname or "").lower(), port if port is not None else default


def check_url_allowed(url: str, base_url: str) -> None:
    """Raise InputError unless `url` is on the same host (and port) as `base_url`."""
    _, host, port = _origin(url)
    _, base_host, base_port = _origin(base_url)
    if not host:
        raise InputError(f"not a valid URL: {url}")
    if host != base_host or port != base_port:
        where = base_host if base_port in (80, 443) else f"{base_host}:{base_port}"
        raise InputError(
            f"refusing to fetch {url}: only URLs on EDGAR_BASE_URL's host ({where}) are allowed"
        )


def read_input(value: str, *, fetch: Fetch | None, base_url: str) -> bytes:
    """The bytes of one input: a URL on the EDGAR host, or a local path (`.gz` is decompressed)."""
    if is_url(value):
        check_url_allowed(value, base_url)
        if fetch is None:
            raise InputError("URLs cannot be fetched here (no EDGAR client)")
        # a filing index page (an alert's "View filing" link) stands for its full submission
        return fetch(index_to_submission(value) or value)
    path = Path(value)
    try:
        if path.is_dir():
            raise InputError("is a directory, not a document")
        if path.stat().st_size > MAX_FILE_BYTES:
            raise InputError(f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file") from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from None
    if path.suffix.lower() == ".gz":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            raise InputError(f"not a readable gzip file: {exc}") from None
    return data


def filing_url(filing: Filing, base_url: str) -> str | None:
    """The filing's index page on EDGAR, when accession and CIK are known."""
    if filing.url:
        return filing.url
    if not filing.accession or filing.cik is None:
        return None
    folder = filing.accession.replace("-", "")
    return f"{base_url.rstrip('/')}/Archives/edgar/data/{filing.cik}/{folder}/{filing.accession}-index.htm"


def result_json(filing: Filing, findings: list[Finding]) -> dict[str, Any]:
    """The JSON object for one input. Every key is present; unknown values are null."""
    return {
        "source": filing.source,
        "form": filing.form,
        "company": filing.company,
        "cik": filing.cik,
        "accession": filing.accession,
        "period": filing.period.isoformat() if filing.period else None,
        "filed": filing.filed.isoformat() if filing.filed else None,
        "accepted": filing.accepted.isoformat() if filing.accepted else None,
        "items": list(filing.items),
        "url": filing.url,
        "documents": [d.filename or d.type for d in filing.documents],
        "findings": [_finding_json(f) for f in findings],
    }


def _finding_json(finding: Finding) -> dict[str, Any]:
    data = finding.to_json()
    for key in ("kind", "severity", "title", "evidence", "facts", "document"):
        data.setdefault(key, None)
    return data


def _summary(filing: Filing, findings: list[Finding]) -> str:
    who = filing.company or "unknown company"
    if filing.cik is not None:
        who += f" (CIK {filing.cik})"
    head = f"{filing.source}: {filing.form or 'unknown form'} - {who}"
    if filing.accession:
        head += f" - {filing.accession}"
    lines = [head]
    if filing.items:
        lines.append(f"  items: {', '.join(filing.items)}")
    if not findings:
        lines.append("  no findings")
    for f in findings:
        lines.append(f"  [{f.severity}] {f.kind.label}: {f.title}")
        if f.evidence:
            lines.append(f'    "{f.evidence}"')
        if f.facts:
            facts = ", ".join(f"{k}={v}" for k, v in f.facts.items())
            lines.append(f"    facts: {facts}")
        if f.document:
            lines.append(f"    in: {f.document}")
    if filing.url:
        lines.append(f"  {filing.url}")
    return "\n".join(lines)


def check_one(
    value: str, *, form: str | None, fetch: Fetch | None, base_url: str
) -> tuple[Filing, list[Finding]]:
    """Read, parse and run the rules over one input. Raises SentinelError for a bad input."""
    data = read_input(value, fetch=fetch, base_url=base_url)
    filing = parse_filing(data, source=value, form=form)
    filing = dataclasses.replace(filing, url=filing_url(filing, base_url))
    return filing, run_rules(filing)


def check_main(
    inputs: list[str],
    *,
    form: str | None = None,
    as_json: bool = False,
    fetch: Fetch | None = None,
    base_url: str = DEFAULT_BASE_URL,
    out: TextIO = sys.stdout,
    err: TextIO = sys.stderr,
) -> int:
    """Run `check` over `inputs`; returns the process exit code (0 ok, 1 if any input failed)."""
    failed = 0
    if not inputs:
        print("edgar-sentinel check: no input given (a path or an EDGAR URL)", file=err)
        return 2
    for value in inputs:
        try:
            filing, findings = check_one(value, form=form, fetch=fetch, base_url=base_url)
        except SentinelError as exc:
            failed += 1
            message = " ".join(str(exc).split()) or type(exc).__name__
            print(f"edgar-sentinel check: {value}: {message}", file=err)
            continue
        if as_json:
            print(json.dumps(result_json(filing, findings), ensure_ascii=False), file=out)
        else:
            print(_summary(filing, findings), file=out)
        out.flush()
    return 1 if failed else 0
