"""EDGAR Atom feeds -> FilingRef. Pure: bytes in, data out (feedparser on bytes, never a URL).

Latest-filings feed (``action=getcurrent``): EDGAR lists a filing once per party, with the
party's role in the title: ``8-K - Company (0000320193) (Filer)``. Roles seen: Filer, Subject,
Issuer, Filed by, Reporting, Depositor, Securitizer. :func:`parse_current_feed` returns one
FilingRef per (accession, CIK) whose role is a *company role* (every role but ``Reporting``,
which names the insider of a Form 3/4/5), in feed order (newest first). A filing with several
companies therefore yields several refs with the same accession, one per company, so the
pipeline finds a watched subject company of a schedule filed by someone else, and the issuer
of an insider report. Dedupe by accession after filtering to watched CIKs.

Form types come from ``<category term>`` exactly (the feed's ``type=`` filter is a prefix
match: ``type=10-K`` also returns ``10-K/A``). Acceptance time comes from ``<updated>``
(timezone-aware, Eastern offset), filing date from the summary, 8-K items from the summary's
``Item 2.02:`` lines (getcurrent) or ``<items-desc>`` (getcompany).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import quote, urljoin

import feedparser

from bot.edgar.client import check_xml, looks_like_html
from bot.errors import EdgarBadResponse
from bot.models import FilingRef, normalize_accession

DEFAULT_BASE_URL = "https://www.sec.gov"
FEED_COUNTS = (10, 20, 40, 80, 100)
MAX_CURRENT_START = 5000  # EDGAR answers 503 "File Unavailable" past start=5000
COMPANY_ROLES = frozenset({"Filer", "Subject", "Issuer", "Filed by", "Depositor", "Securitizer"})

_TITLE_RE = re.compile(r"^(?P<form>.+?) - (?P<company>.*) \((?P<cik>\d{1,10})\) \((?P<role>[^()]+)\)\s*$")
_ACCESSION_RE = re.compile(r"\b(\d{10}-\d{2}-\d{6})\b")
_FILED_RE = re.compile(r"Filed:\s*(?:</b>)?\s*(\d{4}-\d{2}-\d{2})")
_SUMMARY_ITEM_RE = re.compile(r"Item\s+(\d{1,2}\.\d{2})\s*:", re.IGNORECASE)
_ITEM_NUMBER_RE = re.compile(r"\d{1,2}(?:\.\d{1,2})?")
_AMEND_RE = re.compile(r"\s*\[Amend\]", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One entry of the latest-filings feed: the filing and the role of its company."""

    ref: FilingRef
    role: str


@dataclass(frozen=True, slots=True)
class CompanyInfo:
    cik: int
    name: str
    fiscal_year_end: str | None = None  # MMDD
    state_location: str | None = None
    state_of_incorporation: str | None = None
    sic: str | None = None
    sic_description: str | None = None


@dataclass(frozen=True, slots=True)
class CompanyFeed:
    info: CompanyInfo
    refs: list[FilingRef]


# --------------------------------------------------------------------------------------------
# Paths
# --------------------------------------------------------------------------------------------


def current_feed_path(form_type: str, start: int = 0, count: int = 100) -> str:
    """Path of one page of the latest-filings feed for ``form_type`` ("" = every form)."""
    if count not in FEED_COUNTS:
        raise ValueError(f"feed count must be one of {FEED_COUNTS}, got {count}")
    if start < 0:
        raise ValueError(f"feed start must be >= 0, got {start}")
    return (
        f"/cgi-bin/browse-edgar?action=getcurrent&type={quote(form_type, safe='')}"
        f"&company=&dateb=&owner=include&start={start}&count={count}&output=atom"
    )


def company_feed_path(
    cik: int, form_type: str = "", count: int = 40, dateb: str = "", start: int = 0
) -> str:
    """Path of a company's filings feed (newest first), optionally of one form type and
    before ``dateb`` (YYYYMMDD)."""
    if count not in FEED_COUNTS:
        raise ValueError(f"feed count must be one of {FEED_COUNTS}, got {count}")
    if dateb and not (len(dateb) == 8 and dateb.isdigit()):
        raise ValueError(f"dateb must be YYYYMMDD, got {dateb!r}")
    path = (
        f"/cgi-bin/browse-edgar?action=getcompany&CIK={int(cik):010d}"
        f"&type={quote(form_type, safe='')}&dateb={dateb}&owner=include"
    )
    if start:
        path += f"&start={int(start)}"
    return path + f"&count={count}&output=atom"


# --------------------------------------------------------------------------------------------
# Parsing
# --------------------------------------------------------------------------------------------


def parse_current_entries(
    data: bytes, *, base_url: str = DEFAULT_BASE_URL, source: str = "getcurrent"
) -> list[FeedEntry]:
    """Every (accession, CIK) pair of a latest-filings page with its role, feed order."""
    parsed = _parse_feed(data, "latest-filings")
    out: list[FeedEntry] = []
    seen: set[tuple[str, int]] = set()
    for entry in parsed.entries:
        title = _text(entry.get("title"))
        m = _TITLE_RE.match(title)
        if not m:
            continue  # not a filing entry
        accession = _accession_of(entry)
        if accession is None:
            continue
        cik = int(m.group("cik"))
        key = (accession, cik)
        if key in seen:
            continue
        seen.add(key)
        summary = _text(entry.get("summary"))
        form = _form_of(entry) or _AMEND_RE.sub("", m.group("form")).strip()
        ref = FilingRef(
            accession=accession,
            cik=cik,
            company=m.group("company").strip(),
            form=form,
            filed=_date(_first(_FILED_RE, summary)),
            accepted=_datetime(entry.get("updated")),
            items=tuple(dict.fromkeys(_SUMMARY_ITEM_RE.findall(summary))),
            index_url=_absolute(entry.get("link"), base_url),
            source=source,
        )
        out.append(FeedEntry(ref=ref, role=m.group("role").strip()))
    return out


def parse_current_feed(
    data: bytes,
    *,
    base_url: str = DEFAULT_BASE_URL,
    roles: Collection[str] | None = COMPANY_ROLES,
) -> list[FilingRef]:
    """A latest-filings page -> one FilingRef per (accession, company CIK), newest first.

    ``roles`` filters the roles kept (default: every company role, i.e. not ``Reporting``
    insiders); None keeps all. Raises EdgarBadResponse for a body that is not a feed."""
    return [
        e.ref
        for e in parse_current_entries(data, base_url=base_url)
        if roles is None or e.role in roles
    ]


def parse_company_feed(data: bytes, *, base_url: str = DEFAULT_BASE_URL) -> CompanyFeed:
    """A per-company feed (``action=getcompany``) -> CompanyInfo and its filings, newest
    first. Raises EdgarBadResponse for a body that is not a company filings feed."""
    parsed = _parse_feed(data, "company")
    feed = parsed.feed
    cik_text = _text(feed.get("cik"))
    name = _text(feed.get("conformed-name"))
    if not cik_text.isdigit() or not name:
        raise EdgarBadResponse(
            "not a company filings feed: no <company-info> with a CIK and name "
            "(a company-name search with several matches?)"
        )
    info = CompanyInfo(
        cik=int(cik_text),
        name=name,
        fiscal_year_end=_text(feed.get("fiscal-year-end")) or None,
        state_location=_text(feed.get("state-location")) or None,
        state_of_incorporation=_text(feed.get("state-of-incorporation")) or None,
        sic=_text(feed.get("assigned-sic")) or None,
        sic_description=_text(feed.get("assigned-sic-desc")) or None,
    )
    refs: list[FilingRef] = []
    seen: set[str] = set()
    for entry in parsed.entries:
        accession = _accession_of(entry)
        if accession is None or accession in seen:
            continue
        seen.add(accession)
        form = _form_of(entry) or _AMEND_RE.sub("", _text(entry.get("filing-type"))).strip()
        if not form:
            title = _text(entry.get("title"))
            form = _AMEND_RE.sub("", title.split(" - ", 1)[0]).strip()
        href = entry.get("filing-href") or entry.get("link")
        refs.append(
            FilingRef(
                accession=accession,
                cik=info.cik,
                company=info.name,
                form=form,
                filed=_date(_text(entry.get("filing-date")))
                or _date(_first(_FILED_RE, _text(entry.get("summary")))),
                accepted=_datetime(entry.get("updated")),
                items=parse_items_desc(_text(entry.get("items-desc"))),
                index_url=_absolute(href, base_url),
                source="getcompany",
            )
        )
    return CompanyFeed(info=info, refs=refs)


def parse_items_desc(text: str) -> tuple[str, ...]:
    """``"items 1.01, 2.03and9.01"`` -> ``("1.01", "2.03", "9.01")``; ``"item 5"`` -> ``("5",)``."""
    if not text:
        return ()
    return tuple(dict.fromkeys(_ITEM_NUMBER_RE.findall(text)))


# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------


def _parse_feed(data: bytes, what: str) -> feedparser.FeedParserDict:
    if not isinstance(data, bytes | bytearray):
        raise TypeError("feeds are parsed from bytes the client fetched, never from a URL")
    if looks_like_html(bytes(data)):
        m = re.search(rb"<title[^>]*>(.*?)</title>", data[:20_000], re.I | re.S)
        title = " ".join(m.group(1).decode("utf-8", "replace").split()) if m else ""
        what_page = f" titled {title!r}" if title else ""
        raise EdgarBadResponse(f"got an HTML page{what_page} instead of the {what} Atom feed")
    check_xml(bytes(data))  # complete document, no entity declarations
    parsed = feedparser.parse(bytes(data))
    if not parsed.get("version", "").startswith("atom") or "feed" not in parsed:
        raise EdgarBadResponse(f"not an Atom feed where the {what} feed was expected")
    return parsed


def _text(value: object) -> str:
    return " ".join(str(value).split()) if value else ""


def _first(pattern: re.Pattern[str], text: str) -> str | None:
    m = pattern.search(text)
    return m.group(1) if m else None


def _accession_of(entry: feedparser.FeedParserDict) -> str | None:
    for key in ("accession-number", "accession-nunber", "id", "summary", "link"):
        value = _text(entry.get(key))
        m = _ACCESSION_RE.search(value)
        if m:
            try:
                return normalize_accession(m.group(1))
            except ValueError:
                continue
    return None


def _form_of(entry: feedparser.FeedParserDict) -> str | None:
    for tag in entry.get("tags") or ():
        term = _text(tag.get("term"))
        if term and (tag.get("label") in (None, "form type")):
            return term
    return None


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _datetime(value: object) -> datetime | None:
    text = _text(value)
    if not text:
        return None
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else None


def _absolute(href: object, base_url: str) -> str | None:
    text = _text(href)
    if not text:
        return None
    return urljoin(base_url.rstrip("/") + "/", text)
