"""EDGAR's daily (and quarterly) index files -> FilingRef. Pure: bytes in, data out.

Two layouts are read:

- ``master.YYYYMMDD.idx``: pipe-delimited ``CIK|Company Name|Form Type|Date Filed|File Name``;
- ``form.YYYYMMDD.idx``: fixed-width ``Form Type  Company Name  CIK  Date Filed  File Name``.
  Columns are nominally fixed, but a long company name runs into the CIK column (EDGAR only
  keeps two spaces), so a row is read by its header's "Company Name" column for the form type
  and from the right for CIK, date and file name.

Both start with a free-text preamble, a column-header line and a line of dashes. A body with no
such header (an HTML page, a cut-off preamble) or a row that is not a complete index row (a
truncated download) raises EdgarBadResponse with one line naming the problem. A header with no
rows (a quiet day, an empty quarter) is valid and yields nothing.

The accession number comes from the file name ``edgar/data/CIK/ACCESSION.txt``. Dates may be
``YYYYMMDD`` (daily files) or ``YYYY-MM-DD`` (quarterly files)."""

from __future__ import annotations

import re
from datetime import date

from bot.edgar.client import looks_like_html
from bot.errors import EdgarBadResponse
from bot.models import FilingRef, normalize_accession

_DASHES_RE = re.compile(r"^-{20,}\s*$")
_FILE_RE = re.compile(r"^edgar/data/(\d{1,10})/(\d{10}-\d{2}-\d{6})\.txt$")
_FORM_ROW_TAIL_RE = re.compile(
    r"^(?P<company>.*?)\s+(?P<cik>\d{1,10})\s+(?P<date>\d{8}|\d{4}-\d{2}-\d{2})\s+"
    r"(?P<file>edgar/data/\S+)\s*$"
)


def daily_index_path(day: date, kind: str = "master") -> str:
    """Path (no host) of a daily index file: ``/Archives/edgar/daily-index/2020/QTR1/
    master.20200318.idx``. ``kind`` is "master", "form", "company" or "crawler"."""
    if kind not in ("master", "form", "company", "crawler"):
        raise ValueError(f"unknown daily index kind {kind!r}")
    qtr = (day.month - 1) // 3 + 1
    return f"/Archives/edgar/daily-index/{day.year}/QTR{qtr}/{kind}.{day:%Y%m%d}.idx"


def parse_index(data: bytes, *, source: str = "index file") -> list[FilingRef]:
    """A master or form index (daily or quarterly), layout detected from its column header."""
    lines, header_at = _split(data, source)
    header = lines[header_at]
    if "|" in header:
        return _parse_master_rows(lines, header_at + 2, source)
    return _parse_form_rows(lines, header_at, source)


def parse_master_index(data: bytes, *, source: str = "master index") -> list[FilingRef]:
    """``master.*.idx`` (pipe-delimited) -> one FilingRef per row, file order."""
    lines, header_at = _split(data, source)
    if "|" not in lines[header_at]:
        raise EdgarBadResponse(f"{source}: not a master index (no CIK|Company Name|... header)")
    return _parse_master_rows(lines, header_at + 2, source)


def parse_form_index(data: bytes, *, source: str = "form index") -> list[FilingRef]:
    """``form.*.idx`` (fixed-width) -> one FilingRef per row, file order."""
    lines, header_at = _split(data, source)
    if "|" in lines[header_at]:
        raise EdgarBadResponse(f"{source}: not a form index (pipe-delimited header)")
    return _parse_form_rows(lines, header_at, source)


# --------------------------------------------------------------------------------------------


def _split(data: bytes, source: str) -> tuple[list[str], int]:
    if not isinstance(data, (bytes, bytearray)):
        raise TypeError("index parsers take the bytes the client fetched")
    body = bytes(data)
    if not body.strip():
        raise EdgarBadResponse(f"{source}: empty body where an EDGAR index was expected")
    if looks_like_html(body):
        m = re.search(rb"<title[^>]*>(.*?)</title>", body[:20_000], re.I | re.S)
        title = " ".join(m.group(1).decode("utf-8", "replace").split()) if m else ""
        what = f" titled {title!r}" if title else ""
        raise EdgarBadResponse(f"{source}: got an HTML page{what} instead of an EDGAR index")
    lines = body.decode("utf-8", "replace").splitlines()
    for i, line in enumerate(lines):
        if _DASHES_RE.match(line) and i > 0 and "Form Type" in lines[i - 1]:
            return lines, i - 1
    raise EdgarBadResponse(
        f"{source}: not an EDGAR index or cut off before its column header "
        f"({len(body)} bytes, no 'Form Type' header line followed by dashes)"
    )


def _bad_row(source: str, lineno: int, line: str) -> EdgarBadResponse:
    shown = line.strip()
    if len(shown) > 80:
        shown = shown[:77] + "..."
    return EdgarBadResponse(
        f"{source}: line {lineno} is not a complete index row (truncated download?): {shown!r}"
    )


def _date(text: str) -> date | None:
    text = text.strip()
    try:
        if len(text) == 8 and text.isdigit():
            return date(int(text[:4]), int(text[4:6]), int(text[6:]))
        return date.fromisoformat(text)
    except ValueError:
        return None


def _ref(cik_text: str, company: str, form: str, filed: str, file: str) -> FilingRef | None:
    m = _FILE_RE.match(file.strip())
    day = _date(filed)
    if m is None or day is None or not cik_text.strip().isdigit() or not form.strip():
        return None
    return FilingRef(
        accession=normalize_accession(m.group(2)), cik=int(cik_text), company=company.strip(),
        form=form.strip(), filed=day, source="daily-index",
    )


def _parse_master_rows(lines: list[str], first: int, source: str) -> list[FilingRef]:
    refs: list[FilingRef] = []
    for n in range(first, len(lines)):
        line = lines[n]
        if not line.strip():
            continue
        cik, sep, rest = line.partition("|")
        parts = rest.rsplit("|", 3) if sep else []
        ref = _ref(cik, parts[0], parts[1], parts[2], parts[3]) if len(parts) == 4 else None
        if ref is None:
            raise _bad_row(source, n + 1, line)
        refs.append(ref)
    return refs


def _parse_form_rows(lines: list[str], header_at: int, source: str) -> list[FilingRef]:
    col = lines[header_at].find("Company Name")
    refs: list[FilingRef] = []
    for n in range(header_at + 2, len(lines)):
        line = lines[n].rstrip()
        if not line.strip():
            continue
        if col > 0 and len(line) > col and line[col - 1] == " " and line[:col].strip():
            form, rest = line[:col].strip(), line[col:]
        else:  # a form type wider than its column: it ends at the first run of 2+ spaces
            form, _, rest = line.strip().partition("  ")
        m = _FORM_ROW_TAIL_RE.match(rest.strip())
        ref = _ref(m["cik"], m["company"], form, m["date"], m["file"]) if m else None
        if ref is None:
            raise _bad_row(source, n + 1, line)
        refs.append(ref)
    return refs
