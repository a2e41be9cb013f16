"""Pure parsing of data.sec.gov submissions JSON (`/submissions/CIK##########.json`).

No I/O here: the caller fetches the bytes (through the shared rate-limited client) and hands
them in. `parse_submissions` reads the main document; `merge_page` adds one of the older
pages named in `filings.files[]` (`CIK##########-submissions-001.json`), which holds the same
parallel arrays as `filings.recent` without the company header.

Notes on the data, from real responses:
- `category` joins filer status and other flags with `<br>`:
  `"Non-accelerated filer<br>Smaller reporting company"`, `"Large accelerated filer"`,
  `"<br>Emerging growth company"` (no filer status at all), `""`.
- Empty strings mean "absent" and become None (`reportDate` of an 8-K, `fiscalYearEnd`).
- `acceptanceDateTime` ends in `Z`, but recorded responses disagree on whether it is really UTC
  (some carry Eastern wall-clock time labelled `Z`). It is parsed as written; deadlines use
  `filingDate`, which is what the SEC's rules count.
- An unknown CIK answers HTTP 404 with an S3 XML body (`<Error><Code>NoSuchKey</Code>...`),
  not JSON: that raises `EdgarNotFound`; any other non-JSON body raises `EdgarBadResponse`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any

from bot.errors import EdgarBadResponse, EdgarNotFound
from bot.models import normalize_accession

__all__ = [
    "CompanyProfile",
    "SubmissionFiling",
    "merge_page",
    "parse_submissions",
]


@dataclass(frozen=True, slots=True)
class SubmissionFiling:
    """One row of the `filings.recent` (or an older page's) parallel arrays."""

    accession: str  # normalised 0000000000-YY-NNNNNN
    form: str  # exactly as EDGAR spells it: "10-K", "NT 10-K", "10-K/A", "15-12G"
    filing_date: date
    report_date: date | None = None  # the period of report; None when EDGAR gives ""
    acceptance: datetime | None = None  # timezone-aware
    items: tuple[str, ...] = ()  # 8-K items, ("2.02", "9.01")
    primary_document: str | None = None


@dataclass(frozen=True, slots=True)
class CompanyProfile:
    """What the deadline calendar needs to know about one company."""

    cik: int
    name: str
    tickers: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()  # e.g. ("Non-accelerated filer", "Smaller reporting company")
    fiscal_year_end: str | None = None  # MMDD as EDGAR gives it ("0926"), None when empty
    filings: tuple[SubmissionFiling, ...] = ()  # newest first
    older_pages: tuple[str, ...] = ()  # file names from filings.files[], not yet merged

    @property
    def category(self) -> str | None:
        """The categories joined back for display, None when there are none."""
        return ", ".join(self.categories) or None


_COLUMNS = ("accessionNumber", "form", "filingDate")
_NOSUCHKEY = re.compile(rb"<Code>\s*NoSuchKey\s*</Code>")


def _where(url: str | None) -> str:
    return f" from {url}" if url else ""


def _load_json(data: bytes, url: str | None, what: str) -> Any:
    head = data.lstrip()[:200]
    if head.startswith(b"<"):
        if _NOSUCHKEY.search(data):
            raise EdgarNotFound(f"EDGAR has no {what}{_where(url)} (404 NoSuchKey)", url=url)
        raise EdgarBadResponse(f"expected {what} JSON{_where(url)}, got an XML/HTML page", url=url)
    try:
        return json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise EdgarBadResponse(
            f"unreadable {what} JSON{_where(url)}: {exc.__class__.__name__} at {exc}", url=url
        ) from None


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _date(value: Any) -> date | None:
    text = _text(value)
    return date.fromisoformat(text[:10]) if text else None


def _datetime(value: Any) -> datetime | None:
    text = _text(value)
    if not text:
        return None
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    parsed = datetime.fromisoformat(text)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _items(value: Any) -> tuple[str, ...]:
    text = _text(value)
    if not text:
        return ()
    return tuple(part.strip() for part in text.split(",") if part.strip())


def _rows(columns: Any, url: str | None, what: str) -> tuple[SubmissionFiling, ...]:
    """Turn EDGAR's parallel arrays into rows; bad arrays raise EdgarBadResponse."""
    if not isinstance(columns, dict) or any(
        not isinstance(columns.get(name), list) for name in _COLUMNS
    ):
        raise EdgarBadResponse(
            f"{what}{_where(url)} lacks the filing arrays {', '.join(_COLUMNS)}", url=url
        )
    count = len(columns["accessionNumber"])

    def column(name: str) -> list[Any]:
        values = columns.get(name)
        if not isinstance(values, list):
            return [None] * count
        if len(values) != count:
            raise EdgarBadResponse(
                f"{what}{_where(url)}: array {name!r} has {len(values)} entries, "
                f"accessionNumber has {count}",
                url=url,
            )
        return values

    accessions, forms, filed = column("accessionNumber"), column("form"), column("filingDate")
    reports, accepted = column("reportDate"), column("acceptanceDateTime")
    items, primary = column("items"), column("primaryDocument")
    rows = []
    for i in range(count):
        try:
            filing_date = _date(filed[i])
            form = _text(forms[i])
            if filing_date is None or form is None:
                raise ValueError("empty form or filingDate")
            rows.append(
                SubmissionFiling(
                    accession=normalize_accession(str(accessions[i])),
                    form=form,
                    filing_date=filing_date,
                    report_date=_date(reports[i]),
                    acceptance=_datetime(accepted[i]),
                    items=_items(items[i]),
                    primary_document=_text(primary[i]),
                )
            )
        except (ValueError, TypeError) as exc:
            raise EdgarBadResponse(
                f"{what}{_where(url)}: filing row {i} ({accessions[i]!r}) is malformed: {exc}",
                url=url,
            ) from None
    return tuple(rows)


def _sorted(filings: tuple[SubmissionFiling, ...]) -> tuple[SubmissionFiling, ...]:
    seen: dict[str, SubmissionFiling] = {}
    for filing in filings:
        seen.setdefault(filing.accession, filing)
    return tuple(sorted(seen.values(), key=lambda f: (f.filing_date, f.accession), reverse=True))


def parse_submissions(data: bytes, *, url: str | None = None) -> CompanyProfile:
    """Parse `CIK##########.json`. `url` (or a file name) only labels error messages."""
    doc = _load_json(data, url, "submissions")
    if not isinstance(doc, dict) or "cik" not in doc:
        raise EdgarBadResponse(f"submissions JSON{_where(url)} has no 'cik'", url=url)
    try:
        cik = int(str(doc["cik"]).strip())
    except ValueError:
        raise EdgarBadResponse(
            f"submissions JSON{_where(url)}: cik {doc['cik']!r} is not a number", url=url
        ) from None
    filings_block = doc.get("filings") or {}
    if not isinstance(filings_block, dict):
        raise EdgarBadResponse(
            f"submissions JSON{_where(url)}: 'filings' is not an object", url=url
        )
    recent = filings_block.get("recent")
    rows = _rows(recent, url, "submissions JSON") if recent is not None else ()
    pages = tuple(
        str(entry["name"])
        for entry in filings_block.get("files") or ()
        if isinstance(entry, dict) and _text(entry.get("name"))
    )
    categories = tuple(
        part.strip() for part in (_text(doc.get("category")) or "").split("<br>") if part.strip()
    )
    tickers = tuple(t for t in (_text(x) for x in doc.get("tickers") or ()) if t)
    return CompanyProfile(
        cik=cik,
        name=_text(doc.get("name")) or f"CIK {cik}",
        tickers=tickers,
        categories=categories,
        fiscal_year_end=_text(doc.get("fiscalYearEnd")),
        filings=_sorted(rows),
        older_pages=pages,
    )


def merge_page(profile: CompanyProfile, page: bytes, *, name: str | None = None) -> CompanyProfile:
    """Add one older page (`CIK##########-submissions-001.json`) to a profile.

    Filings already present (same accession) are kept once; `name`, when given, is removed
    from `older_pages`."""
    doc = _load_json(page, name, "submissions page")
    # The older pages are the bare arrays; tolerate a wrapped {"filings": {"recent": ...}} too.
    if isinstance(doc, dict) and "accessionNumber" not in doc:
        doc = (doc.get("filings") or {}).get("recent", doc)
    rows = _rows(doc, name, "submissions page")
    pages = tuple(p for p in profile.older_pages if p != name) if name else profile.older_pages
    return replace(profile, filings=_sorted(profile.filings + rows), older_pages=pages)
