"""EDGAR documents -> Filing (header fields + relevant documents as text). Pure: bytes in, data out.

Inputs understood by `parse_filing`:

- a full submission `.txt` (`<SEC-DOCUMENT>`/`<SEC-HEADER>`, or the 1990s `<IMS-DOCUMENT>`/
  `<IMS-HEADER>`, possibly inside a `-----BEGIN PRIVACY-ENHANCED MESSAGE-----` envelope), with
  `<DOCUMENT>` blocks after the header;
- an EDGAR dissemination `.nc` file (`<SUBMISSION>` with tag-style header `<ACCESSION-NUMBER>...`);
- a header alone (`.hdr.sgml`, or an `-index-headers.html` page, whose header sits in a comment):
  a Filing with header fields and no documents;
- one `<DOCUMENT>` block cut from a submission (`.sgml.htm`);
- a single HTML document, or plain text (a press release, an excerpt): one Document, the form
  taken from the `form` argument, else sniffed from the cover page, else None.

Text format of every Document (what the rules read):

- one paragraph per line; runs of whitespace (including no-break spaces) become one space;
- a table row is one line, its non-empty cells joined by " | "; a cell holding only "$" is merged
  into the next cell ("$1,234"), cells holding only ")" / "%" / ")%" into the previous one;
- checkboxes are "☒" (checked) and "☐" (unchecked), whatever glyph or Wingdings letter the filer
  used; curly quotes become straight quotes, soft hyphens and zero-width characters are dropped;
- hidden content (script, style, `display:none` blocks such as the inline-XBRL header) is dropped;
- plain-text documents: SGML layout tags (<PAGE>, <S>, <C>, <TABLE>, <CAPTION>, <FN>) are
  removed; hard-wrapped lines are joined into one line per paragraph (a paragraph ends at a
  blank line, or at a ruled line of dashes/equals, which is dropped). A text already written one
  paragraph per line (long lines, as a saved page or an extraction tool writes it) keeps its
  lines apart, joining only a line that goes on with an open sentence (it starts lower case) or
  an upper-case headline; lines that look tabular
  (3+ space gaps, dot leaders) stay separate lines with their column gaps turned into " | ";
  lines already written as "cell | cell" rows stay rows.

Truncation policy: a submission whose header never ends (no </SEC-HEADER>, no <DOCUMENT>) is an
InputError. When the header is complete, a final document cut off mid-way is kept with whatever
text was readable; a document whose <TEXT> never started is dropped.
"""

from __future__ import annotations

import difflib
import html
import json
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from urllib.parse import urlsplit, urlunsplit
from zoneinfo import ZoneInfo

from selectolax.lexbor import LexborHTMLParser

from bot.errors import InputError
from bot.models import Document, Filing, normalize_accession

EASTERN = ZoneInfo("America/New_York")
NEW_ITEMS_SINCE = date(2004, 8, 23)  # 8-K item renumbering took effect

# Current 8-K items, titles as EDGAR's ITEM INFORMATION header line spells them.
ITEM_TITLES: dict[str, str] = {
    "1.01": "Entry into a Material Definitive Agreement",
    "1.02": "Termination of a Material Definitive Agreement",
    "1.03": "Bankruptcy or Receivership",
    "1.04": "Mine Safety - Reporting of Shutdowns and Patterns of Violations",
    "1.05": "Material Cybersecurity Incidents",
    "2.01": "Completion of Acquisition or Disposition of Assets",
    "2.02": "Results of Operations and Financial Condition",
    "2.03": "Creation of a Direct Financial Obligation or an Obligation under an Off-Balance "
    "Sheet Arrangement of a Registrant",
    "2.04": "Triggering Events That Accelerate or Increase a Direct Financial Obligation or an "
    "Obligation under an Off-Balance Sheet Arrangement",
    "2.05": "Costs Associated with Exit or Disposal Activities",
    "2.06": "Material Impairments",
    "3.01": "Notice of Delisting or Failure to Satisfy a Continued Listing Rule or Standard; "
    "Transfer of Listing",
    "3.02": "Unregistered Sales of Equity Securities",
    "3.03": "Material Modification to Rights of Security Holders",
    "4.01": "Changes in Registrant's Certifying Accountant",
    "4.02": "Non-Reliance on Previously Issued Financial Statements or a Related Audit Report or "
    "Completed Interim Review",
    "5.01": "Changes in Control of Registrant",
    "5.02": "Departure of Directors or Certain Officers; Election of Directors; Appointment of "
    "Certain Officers; Compensatory Arrangements of Certain Officers",
    "5.03": "Amendments to Articles of Incorporation or Bylaws; Change in Fiscal Year",
    "5.04": "Temporary Suspension of Trading Under Registrant's Employee Benefit Plans",
    "5.05": "Amendments to the Registrant's Code of Ethics, or Waiver of a Provision of the Code "
    "of Ethics",
    "5.06": "Change in Shell Company Status",
    "5.07": "Submission of Matters to a Vote of Security Holders",
    "5.08": "Shareholder Director Nominations",
    "6.01": "ABS Informational and Computational Material",
    "6.02": "Change of Servicer or Trustee",
    "6.03": "Change in Credit Enhancement or Other External Support",
    "6.04": "Failure to Make a Required Distribution",
    "6.05": "Securities Act Updating Disclosure",
    "6.06": "Static Pool",
    "6.10": "Alternative Filings of Asset-Backed Issuers",
    "7.01": "Regulation FD Disclosure",
    "8.01": "Other Events",
    "9.01": "Financial Statements and Exhibits",
}

# 8-K items before 23 August 2004.
OLD_ITEM_TITLES: dict[str, str] = {
    "1": "Changes in Control of Registrant",
    "2": "Acquisition or Disposition of Assets",
    "3": "Bankruptcy or Receivership",
    "4": "Changes in Registrant's Certifying Accountant",
    "5": "Other Events",
    "6": "Resignations of Registrant's Directors",
    "7": "Financial Statements and Exhibits",
    "8": "Change in Fiscal Year",
    "9": "Regulation FD Disclosure",
    "10": "Amendments to the Registrant's Code of Ethics, or Waiver of a Provision of the Code "
    "of Ethics",
    "11": "Temporary Suspension of Trading Under Registrant's Employee Benefit Plans",
    "12": "Results of Operations and Financial Condition",
}

# Other spellings seen in headers (older 5.02 title, "Other events and Regulation FD", ...).
_ITEM_ALIASES_NEW: dict[str, str] = {
    "Departure of Directors or Principal Officers; Election of Directors; Appointment of "
    "Principal Officers": "5.02",
    "Mine Safety Disclosure": "1.04",
    "Amendments to Articles of Incorporation or Bylaws; Change in Fiscal Year": "5.03",
}
_ITEM_ALIASES_OLD: dict[str, str] = {
    "Other Events and Regulation FD Disclosure": "5",
    "Financial Statements, Pro Forma Financial Information and Exhibits": "7",
    "Acquisition or Disposition of Assets": "2",
    "Change in Registrant's Certifying Accountant": "4",
}

# Parties of a submission header, in the order `company`/`cik` are picked from.
_PARTY_ROLES = {
    "ISSUER": "issuer",
    "SUBJECT COMPANY": "subject",
    "SUBJECT-COMPANY": "subject",
    "FILER": "filer",
    "FILED BY": "filed_by",
    "FILED-BY": "filed_by",
    "REPORTING-OWNER": "reporting_owner",
    "REPORTING OWNER": "reporting_owner",
    "SERIAL COMPANY": "serial",
    "SERIAL-COMPANY": "serial",
}
_ROLE_PREFERENCE = ("issuer", "subject", "filer", "filed_by", "reporting_owner", "serial")

# Header keys, both spellings (colon style `KEY:\tvalue` and tag style `<KEY>value`).
_KEYS = {
    "ACCESSION NUMBER": "accession",
    "ACCESSION-NUMBER": "accession",
    "CONFORMED SUBMISSION TYPE": "form",
    "TYPE": "form",
    "CONFORMED PERIOD OF REPORT": "period",
    "PERIOD": "period",
    "FILED AS OF DATE": "filed",
    "FILING-DATE": "filed",
    "ACCEPTANCE-DATETIME": "accepted",
    "ITEM INFORMATION": "item",
    "ITEMS": "item",
    "PUBLIC DOCUMENT COUNT": "document_count",
    "PUBLIC-DOCUMENT-COUNT": "document_count",
}
_PARTY_KEYS = {
    "COMPANY CONFORMED NAME": "name",
    "CONFORMED-NAME": "name",
    "CENTRAL INDEX KEY": "cik",
    "CIK": "cik",
    "FISCAL YEAR END": "fiscal_year_end",
    "FISCAL-YEAR-END": "fiscal_year_end",
    "FORM TYPE": "form_type",
    "FORM-TYPE": "form_type",
}


@dataclass(frozen=True, slots=True)
class Party:
    """One company block of a header (FILER, SUBJECT COMPANY, FILED BY, ...)."""

    role: str  # issuer | subject | filer | filed_by | reporting_owner | serial
    name: str | None = None
    cik: int | None = None
    fiscal_year_end: str | None = None  # MMDD


@dataclass(frozen=True, slots=True)
class Header:
    """The fields of an EDGAR submission header that the bot uses.

    `company`/`cik`/`fiscal_year_end` come from the first ISSUER block, else the first SUBJECT
    COMPANY (for SC TO-I and SC 14D9 the subject is the issuer whose shares are concerned), else
    the first FILER (multi-filer 8-Ks list the parent first), else FILED BY, else REPORTING
    OWNER. All parties are kept in `parties`."""

    accession: str | None = None
    form: str | None = None
    period: date | None = None
    filed: date | None = None
    accepted: datetime | None = None  # tz-aware, America/New_York
    items: tuple[str, ...] = ()
    item_descriptions: tuple[str, ...] = ()
    company: str | None = None
    cik: int | None = None
    fiscal_year_end: str | None = None
    parties: tuple[Party, ...] = field(default_factory=tuple)


# ---------------------------------------------------------------------------------------------
# Header


_HEADER_RE = re.compile(
    rb"<(SEC|IMS)-HEADER>(.*?)(</(?:SEC|IMS)-HEADER>|<DOCUMENT>|\Z)", re.S | re.I
)
_NC_HEADER_RE = re.compile(rb"<SUBMISSION>(.*?)(<DOCUMENT>|</SUBMISSION>|\Z)", re.S | re.I)
_TAG_VALUE_RE = re.compile(r"<(/?)([A-Z0-9][A-Z0-9-]*)>([^<\r\n]*)", re.I)
_COLON_RE = re.compile(r"^([ \t]*)([A-Z][A-Z0-9 ./&()'-]*?):[ \t]*(.*?)[ \t]*$")


def _norm_title(text: str) -> str:
    text = text.lower().replace("\u2019", "'")
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return text.strip()


_NEW_BY_TITLE = {_norm_title(t): n for n, t in ITEM_TITLES.items()}
_NEW_BY_TITLE.update({_norm_title(t): n for t, n in _ITEM_ALIASES_NEW.items()})
_OLD_BY_TITLE = {_norm_title(t): n for n, t in OLD_ITEM_TITLES.items()}
_OLD_BY_TITLE.update({_norm_title(t): n for t, n in _ITEM_ALIASES_OLD.items()})
_ITEM_NUMBER_RE = re.compile(r"^(?:item\s*)?(\d{1,2})(?:\.(\d{1,2}))?\.?$", re.I)


def item_number(text: str, *, old: bool = False) -> str | None:
    """Map an ITEM INFORMATION value (a title, or a number) to an item number.

    `old` selects the pre-23-Aug-2004 numbering for titles both schemes share ("Other Events" is
    "5" in old filings, "8.01" since). Returns None when the text matches no known item."""
    text = text.strip()
    if not text:
        return None
    m = _ITEM_NUMBER_RE.match(text)
    if m:
        major, minor = m.groups()
        if minor is not None:
            return f"{int(major)}.{minor.ljust(2, '0')}"
        return str(int(major))
    key = _norm_title(text)
    tables = (_OLD_BY_TITLE, _NEW_BY_TITLE) if old else (_NEW_BY_TITLE, _OLD_BY_TITLE)
    for table in tables:
        if key in table:
            return table[key]
    primary = tables[0]
    # the first clause ("Departure of Directors or ... Officers: Compensatory ...")
    head = _norm_title(re.split(r"[;:]", text, maxsplit=1)[0])
    for title, number in primary.items():
        if head and title.startswith(head) and len(head) >= 12:
            return number
    close = difflib.get_close_matches(key, list(primary), n=1, cutoff=0.8)
    return primary[close[0]] if close else None


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    digits = value.strip()[:8]
    if len(digits) != 8 or not digits.isdigit():
        return None
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None


def _parse_acceptance(value: str | None) -> datetime | None:
    if not value:
        return None
    digits = value.strip()
    if len(digits) < 14 or not digits[:14].isdigit():
        return None
    try:
        return datetime.strptime(digits[:14], "%Y%m%d%H%M%S").replace(tzinfo=EASTERN)
    except ValueError:
        return None


def _parse_cik(value: str | None) -> int | None:
    if value and value.strip().isdigit():
        return int(value.strip())
    return None


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _header_events(text: str) -> list[tuple[str, str, str]]:
    """(kind, key, value) events from either header syntax, in order.

    kind is "open"/"close" for party sections, "kv" for a key and its value."""
    events: list[tuple[str, str, str]] = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith("<"):
            for m in _TAG_VALUE_RE.finditer(stripped):
                slash, key, value = m.group(1), m.group(2).upper(), m.group(3).strip()
                if key in _PARTY_ROLES:
                    events.append(("close" if slash else "open", key, ""))
                elif not slash:
                    events.append(("kv", key, value))
            continue
        m = _COLON_RE.match(line.rstrip("\r"))
        if not m:
            continue
        indent, key, value = m.groups()
        key = key.strip().upper()
        if key in _PARTY_ROLES and not value and not indent:
            events.append(("open", key, ""))
        else:
            events.append(("kv", key, value))
    return events


def _header_from_text(text: str) -> Header:
    fields: dict[str, str] = {}
    item_values: list[str] = []
    parties: list[dict[str, str]] = []
    current: dict[str, str] | None = None
    for kind, key, value in _header_events(text):
        if kind == "open":
            current = {"role": _PARTY_ROLES[key]}
            parties.append(current)
            continue
        if kind == "close":
            current = None
            continue
        if current is not None and key in _PARTY_KEYS:
            current.setdefault(_PARTY_KEYS[key], value)
            continue
        name = _KEYS.get(key)
        if name == "item":
            item_values.append(value)
        elif name and name not in fields and (current is None or name != "form"):
            fields[name] = value

    filed = _parse_date(fields.get("filed"))
    old = filed is not None and filed < NEW_ITEMS_SINCE
    items: list[str] = []
    descriptions: list[str] = []
    for value in item_values:
        for part in re.split(r"\s*,\s*", value) if re.fullmatch(r"[\d., ]+", value) else [value]:
            number = item_number(part, old=old)
            if part.strip():
                descriptions.append(part.strip())
            if number and number not in items:
                items.append(number)

    party_objs = tuple(
        Party(
            role=p["role"],
            name=p.get("name") or None,
            cik=_parse_cik(p.get("cik")),
            fiscal_year_end=(p.get("fiscal_year_end") or None),
        )
        for p in parties
    )
    chosen: Party | None = None
    for role in _ROLE_PREFERENCE:
        chosen = next((p for p in party_objs if p.role == role), None)
        if chosen is not None:
            break
    accession = fields.get("accession")
    try:
        accession = normalize_accession(accession) if accession else None
    except ValueError:
        accession = None
    return Header(
        accession=accession,
        form=(fields.get("form") or "").strip() or None,
        period=_parse_date(fields.get("period")),
        filed=filed,
        accepted=_parse_acceptance(fields.get("accepted")),
        items=tuple(items),
        item_descriptions=tuple(descriptions),
        company=chosen.name if chosen else None,
        cik=chosen.cik if chosen else None,
        fiscal_year_end=chosen.fiscal_year_end if chosen else None,
        parties=party_objs,
    )


def _find_header(data: bytes) -> tuple[bytes, int] | None:
    """(header bytes, offset where documents may start) or None when there is no header.

    Raises InputError for a header that starts but never ends (a truncated submission)."""
    m = _HEADER_RE.search(data)
    if m:
        if not m.group(3):
            raise InputError("truncated EDGAR submission: the SGML header never ends")
        return m.group(2), m.end(2)
    m = _NC_HEADER_RE.search(data[:200_000])
    if m and re.search(rb"<ACCESSION-NUMBER>", m.group(1), re.I):
        if not m.group(2):
            raise InputError("truncated EDGAR dissemination file: the header never ends")
        return m.group(1), m.end(1)
    return None


def parse_header(data: bytes | str) -> Header:
    """Parse the header of a full submission, `.nc` file, `.hdr.sgml` or `-index-headers.html`.

    Raises InputError when no header is found or the header is cut off."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    found = _find_header(raw)
    if found is None:
        raise InputError("no EDGAR submission header (<SEC-HEADER>) found")
    return _header_from_text(_decode(found[0]))


# ---------------------------------------------------------------------------------------------
# HTML -> text

_BLOCK = r"p|div|h[1-6]|li|ul|ol|dl|dt|dd|center|blockquote|pre|section|article|caption|tbody"
_BLOCK_OPEN_RE = re.compile(rf"(<(?:{_BLOCK}|hr|table|title)\b)", re.I)
_BLOCK_CLOSE_RE = re.compile(rf"(</(?:{_BLOCK})\s*>)", re.I)
_BR_RE = re.compile(r"(<br\b[^>]*>)", re.I)
_TABLE_OPEN_RE = re.compile(r"<(?=table\b)", re.I)
_TABLE_CLOSE_RE = re.compile(r"</table\s*>", re.I)
_CELL_RE = re.compile(r"(<t[dh]\b[^>]*>)", re.I)
_ROW_FIRST_CELL_RE = re.compile(r"(<tr\b[^>]*>(?:\s|<!--.*?-->)*<t[dh]\b[^>]*>)\ue002", re.I | re.S)

# markers (private-use characters) inserted into the HTML before parsing; they survive as text
_PARA, _ROW, _CELL, _TABLE = "\ue000", "\ue001", "\ue002", "\ue003"
_WS_RE = re.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ROW_SEGMENT_RE = re.compile("\ue001([^\ue001\ue003]*)")
_CHAR_TABLE: dict[str, str] = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u2033": '"',
    "\u00ad": "",
    "\u200b": "",
    "\u200c": "",
    "\u200d": "",
    "\ufeff": "",
    "\u2011": "-",
    "\u2610": "☐",
    "\u2611": "☒",
    "\u2612": "☒",
    "\u274f": "☐",
    "\u2751": "☐",
    "\u2752": "☐",
    "\u25a1": "☐",
}
_CHAR_RE = re.compile("[" + "".join(_CHAR_TABLE) + "]")


def _normalize_chars(text: str) -> str:
    return _CHAR_RE.sub(lambda m: _CHAR_TABLE[m.group(0)], text)


# Wingdings letters used as checkboxes (EDGAR filers' most common ones)
_WINGDINGS = {
    "þ": "☒",
    "ý": "☒",
    "x": "☒",
    "n": "☒",
    "ü": "☒",
    "¨": "☐",
    "o": "☐",
    "q": "☐",
    "¡": "☐",
}
_HIDDEN_SELECTOR = (
    'script, style, head, title, noscript, template, ix\\:header, [style*="display:none" i], '
    '[style*="display: none" i]'
)
_SYMBOL_FONT_SELECTOR = (
    'font[face*="wingdings" i], [style*="wingdings" i], font[face*="webdings" i]'
)


def _insert(pattern: re.Pattern[str], src: str, *, before: str = "", after: str = "") -> str:
    """Put `before`/`after` around every match of `pattern` (which has one capturing group
    around the whole match); faster than re.sub with a callback."""
    parts = pattern.split(src)
    parts[1::2] = [before + tag + after for tag in parts[1::2]]
    return "".join(parts)


def html_to_text(data: bytes | str) -> str:
    """HTML (or inline XBRL) -> text: one paragraph per line, table rows as `a | b | c`."""
    src = _decode(data) if isinstance(data, bytes) else data
    src = src.replace(_PARA, " ").replace(_ROW, " ").replace(_CELL, " ").replace(_TABLE, " ")
    src = _insert(_BLOCK_OPEN_RE, src, before=_PARA)
    src = _insert(_BLOCK_CLOSE_RE, src, after=_PARA)
    src = _insert(_BR_RE, src, after=_PARA)
    src = _TABLE_OPEN_RE.sub(_TABLE + "<", src)
    src = _TABLE_CLOSE_RE.sub(lambda m: m.group(0) + _TABLE, src)
    src = _insert(_CELL_RE, src, after=_CELL)
    src = _ROW_FIRST_CELL_RE.sub("\\1" + _ROW, src)
    tree = LexborHTMLParser(src)
    for node in tree.css(_HIDDEN_SELECTOR):
        node.decompose()
    for node in tree.css(_SYMBOL_FONT_SELECTOR):
        glyphs = node.text(deep=True).strip()
        if glyphs and all(ch in _WINGDINGS for ch in glyphs):
            node.replace_with("".join(_WINGDINGS[ch] for ch in glyphs))
    root = tree.body or tree.root
    raw = root.text(deep=True) if root is not None else ""
    return _layout(raw)


def _merge_cells(cells: list[str]) -> list[str]:
    out: list[str] = []
    pending = ""
    for cell in cells:
        if not cell:
            continue
        if cell in ("$", "US$", "€", "£"):
            pending += cell
            continue
        if pending:
            cell = pending + cell
            pending = ""
        if out and cell in (")", "%", ")%", "%)"):
            out[-1] += cell
            continue
        out.append(cell)
    if pending:
        out.append(pending)
    return out


# A list item laid out as a two-cell table row: "● | Form 10-K filings on or after ...".
_BULLET_CELL = frozenset("·•●▪◦∙‣⁃○■□-–—*o§")


def _bullet_item(cells: list[str]) -> str | None:
    """The item's text when `cells` is a bullet and a whole sentence ("· | Repurchased 826,773
    shares ... ."), else None: list fragments ending in ";" or "," stay rows, because the
    lead-in that governs them ("risks include:") is not part of them."""
    if (len(cells) == 2 and cells[0] in _BULLET_CELL and len(cells[1]) > 20
            and cells[1][:1].isupper() and (cells[1].rstrip("\"”’) ")[-1:] in ".!?"
                                             # (whole sentences before the list's ";": "§ | During the quarter ...,
                                             # the Company repurchased ... per share. From the inception ...;")
                                             or _SENTENCES_IN_ITEM.search(cells[1]))):
        return cells[1]
    return None


_SENTENCES_IN_ITEM = re.compile(r"[a-z0-9)][.!?][\"”’]?\s+[A-Z]")


def _row_line(m: re.Match[str]) -> str:
    cells = _merge_cells([" ".join(c.split()) for c in m.group(1).split(_CELL)])
    item = _bullet_item(cells)
    if item is not None:
        return "\n" + item + "\n"
    return "\n" + " | ".join(cells) + "\n" if cells else "\n"


def _layout(raw: str) -> str:
    """Turn extracted text with markers into lines (see module docstring)."""
    raw = _WS_RE.sub(" ", _normalize_chars(raw))
    # a row runs from its marker to the next row or table boundary; breaks inside cells are spaces
    raw = _ROW_SEGMENT_RE.sub(_row_line, raw.replace(_PARA, "\n"))
    raw = raw.replace(_CELL, " ").replace(_TABLE, "\n")
    return "\n".join(line for line in (ln.strip() for ln in raw.split("\n")) if line)


# ---------------------------------------------------------------------------------------------
# Plain text -> text

_SGML_LAYOUT_RE = re.compile(r"</?(?:PAGE|S|C|TABLE|CAPTION|FN|F\d+|R\d+)>", re.I)
_TABULAR_RE = re.compile(r"\S {3,}\S|\.{4,}|-{5,}|={5,}|_{5,}")
_RULE_LINE_RE = re.compile(r"^[-=_*~+| ]+$")
# a table written one cell per line (texts with a paragraph per line) shows an empty or zero cell as
# a lone dash: a cell, not a rule (in hard-wrapped text it is a bullet or a rule, and ends a paragraph)
_DASH_CELLS = frozenset({"-", "--"})
_COLGAP_RE = re.compile(r" {3,}|\t+")
_ENTITY_RE = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);", re.I)


_PARA_END_RE = re.compile(r"[.!?:;][\"')\]]*$")


def _unwrapped(lines: list[str]) -> bool:
    """Is this text written one paragraph per line (a page saved as text, an extraction tool's
    output) rather than hard-wrapped at about 80 columns? Then a line break ends a paragraph
    even with no blank line after it, so headings and table rows are not run into the prose."""
    prose = long = 0
    for line in lines:
        stripped = line.strip()
        if len(stripped) < 40 or _TABULAR_RE.search(stripped) or " | " in stripped:
            continue  # (short lines are headings or cells in either layout)
        prose += 1
        if len(stripped) > 200:
            long += 1
    return long >= 2 and long * 10 >= prose


_BULLET_LINE_RE = re.compile(r"^[·•●▪◦∙‣⁃○■□*–—-]\s+[A-Z0-9$(“\"]")
# an 8-K or report item's heading on its own line ("Item 7.01 Regulation FD Disclosure")
_ITEM_LINE_RE = re.compile(r"^item\s+\d{1,2}(?:\.\d{2})?[.:]?\s*[–—-]?\s*[A-Z][A-Za-z&'’/\- ]{2,70}\.?$", re.I)


def _list_lead(line: str) -> bool:
    """A line that introduces a list ("Highlights for the year ended December 31, 2008 include:")."""
    return line.endswith(":") and len(line) <= 120


def _caps_heading(line: str) -> bool:
    """A line in capitals that does not run on ("NOTE 10 RESTATEMENT", "ITEM 5. OTHER EVENTS",
    "RESTATEMENT"; not "THE COMPANY AND ITS AFFILIATES," nor a ticker such as "TCX")."""
    letters = sum(ch.isalpha() for ch in line)
    return (line.upper() == line and letters >= 3 and (letters > 5 or " " in line)
            and not line.endswith((",", ";", "-", "(", "&")))


def _caps_continued(prev: str, line: str) -> bool:
    """`line` carries on an upper-case headline: both upper case, and `line` holds no figure (a
    table's "TOTAL 648,046" row is no headline)."""
    return (not any(ch.isdigit() for ch in line) and sum(ch.isalpha() for ch in line) >= 3
            and line.upper() == line and prev.upper() == prev and len(prev) < 120)


def text_to_text(text: str) -> str:
    """Plain-text document -> one line per paragraph (see the module docstring)."""
    if "&" in text and _ENTITY_RE.search(text):
        text = html.unescape(text)
    text = _SGML_LAYOUT_RE.sub("", _normalize_chars(text).replace("\r", ""))
    out: list[str] = []
    para: list[str] = []

    def flush() -> None:
        if para:
            out.append(" ".join(para))
            para.clear()

    lines = text.split("\n")
    unwrapped = _unwrapped(lines)
    for line in lines:
        line = line.replace("\t", "    ").replace("\u00a0", " ").rstrip()
        stripped = line.strip()
        if not stripped:
            flush()
            continue
        if unwrapped and para and (_PARA_END_RE.search(para[-1]) or not (
                stripped[0].islower() or _caps_continued(para[-1], stripped))):
            flush()  # one paragraph per line: a new line starts a paragraph unless it goes on
            # with a sentence the previous line left open ("... fiscal years" / "were reinvested")
            # or a wrapped headline ("... ENTERS INTO ACCELERATED SHARE" / "REPURCHASE AGREEMENT")
        elif para and (stripped[:1].isupper() or stripped[:1].isdigit() or stripped[:1] in "(\"“") and (
                (_caps_heading(para[-1]) and any(ch.islower() for ch in stripped)
                 and (len(para) == 1 or _PARA_END_RE.search(para[-2]) or _caps_heading(para[-2])))
                or (len(para) == 1 and _ITEM_LINE_RE.match(para[0]))):
            flush()  # a heading over prose: "(15) RESTATEMENT OF PREVIOUSLY ISSUED ...", "Item 7.01
            # Regulation FD Disclosure"
        elif para and _BULLET_LINE_RE.match(stripped):
            flush()  # a bulleted item starts its own paragraph ("- Revenue grew 12% to $4.2 billion.")
        elif para and _BULLET_LINE_RE.match(para[0]) and stripped[:1].isupper() and _list_lead(stripped):
            flush()  # a highlight without a full stop, then the next list's lead: "• Repurchase of
            # 474,042 shares ... at an average cost of $11.25 per share" / "Highlights for the year
            # ended December 31, 2008 include:" (not a wrapped "... from Harbinger" / "Capital Partners ...")
        if _RULE_LINE_RE.match(stripped) and not (unwrapped and stripped in _DASH_CELLS):
            flush()  # a ruled line (----, ====, ____) separates paragraphs and is dropped
            continue
        if " | " in stripped:  # a row already in this format (a text we or a user wrote)
            flush()
            cells = [c.strip() for c in stripped.strip("| ").split(" | ") if c.strip()]
            item = _bullet_item(cells)
            out.append(item if item is not None else " | ".join(cells))
            continue
        if _TABULAR_RE.search(stripped):
            flush()
            out.append(
                " | ".join(" ".join(c.split()) for c in _COLGAP_RE.split(stripped) if c.strip())
            )
            continue
        stripped = " ".join(stripped.split())
        if para and para[-1].endswith("-") and para[-1][-2:-1].isalpha():
            para[-1] += stripped
        else:
            para.append(stripped)
    flush()
    return "\n".join(out)


_HTML_HINT_RE = re.compile(
    rb"<(?:html|body|div|p|font|br|tr|td|span|center|hr|h[1-6]|b|i|u|a)\b[^>]*>", re.I
)


def is_html(data: bytes) -> bool:
    return bool(_HTML_HINT_RE.search(data[:50_000]))


def to_text(data: bytes) -> str:
    """A document body -> text, choosing HTML or plain-text handling by sniffing."""
    if is_html(data):
        return html_to_text(data)
    return text_to_text(_decode(data))


# ---------------------------------------------------------------------------------------------
# Documents

_DOC_OPEN_RE = re.compile(rb"<DOCUMENT>", re.I)
_DOC_CLOSE_RE = re.compile(rb"</DOCUMENT>", re.I)


def _document_blocks(data: bytes, start: int = 0) -> list[bytes]:
    """The bodies of the <DOCUMENT> blocks from `start` on; an unterminated last block runs to
    the end of the data."""
    blocks: list[bytes] = []
    m = _DOC_OPEN_RE.search(data, start)
    while m is not None:
        body_start = m.end()
        close = _DOC_CLOSE_RE.search(data, body_start)
        nxt = _DOC_OPEN_RE.search(data, body_start)
        end = len(data)
        if close is not None:
            end = close.start()
        if nxt is not None and nxt.start() < end:
            end = nxt.start()  # a block without </DOCUMENT>
        blocks.append(data[body_start:end])
        m = _DOC_OPEN_RE.search(data, end)
    return blocks


_DOC_TAG_RE = re.compile(rb"<(TYPE|SEQUENCE|FILENAME|DESCRIPTION)>([^<\r\n]*)", re.I)
_TEXT_OPEN_RE = re.compile(rb"<TEXT>", re.I)
_TEXT_CLOSE_RE = re.compile(rb"</TEXT>", re.I)
_UUENCODE_RE = re.compile(rb"^\s*(?:<[A-Z]+>\s*)*begin [0-7]{3,4} \S", re.I)
_WRAPPER_RE = re.compile(rb"^\s*<(XBRL|XML|PDF|JSON)>", re.I)
_SKIP_TYPES = re.compile(
    r"^(?:EX-101|EX-100|GRAPHIC|ZIP|EXCEL|JSON|XML|PDF|COVER|EX-FILING FEES|XBRL)", re.I
)
_PRESS_RE = re.compile(r"press release|news release|earnings release|shareholder letter", re.I)


def _relevant(doc_type: str, description: str | None, index: int) -> bool:
    if _SKIP_TYPES.match(doc_type):
        return False
    if index == 0:
        return True
    upper = doc_type.upper()
    if upper.startswith("EX-99") or upper == "EX-99":
        return True
    return upper.startswith("EX-") and bool(description and _PRESS_RE.search(description))


MAX_DOCUMENT_BLOCKS = 2000  # <DOCUMENT> blocks looked at in one submission
MAX_RELEVANT_DOCUMENTS = 50  # documents turned into text (primary + press releases)


def split_documents(data: bytes, start: int = 0) -> list[Document]:
    """The relevant <DOCUMENT> blocks of a submission as text (primary document + EX-99.x +
    exhibits described as press releases); XBRL, graphics, archives, PDFs and uuencoded
    bodies are skipped."""
    docs: list[Document] = []
    for index, block in enumerate(_document_blocks(data, start)):
        if index >= MAX_DOCUMENT_BLOCKS or len(docs) >= MAX_RELEVANT_DOCUMENTS:
            break  # hard limit: a submission with thousands of blocks is not read further
        text_m = _TEXT_OPEN_RE.search(block)
        if text_m is None:
            continue  # cut off before <TEXT>
        tags: dict[str, str] = {}
        for key, value in _DOC_TAG_RE.findall(block[: text_m.start()]):
            tags.setdefault(key.decode().upper(), _decode(value).strip())
        doc_type = tags.get("TYPE") or "UNKNOWN"
        description = tags.get("DESCRIPTION") or None
        if not _relevant(doc_type, description, index):
            continue
        close = _TEXT_CLOSE_RE.search(block, text_m.end())
        body = block[text_m.end() : close.start() if close else len(block)]
        wrapper = _WRAPPER_RE.match(body)
        if wrapper and wrapper.group(1).upper() in ("PDF", "JSON"):
            continue
        if _UUENCODE_RE.match(body[:400]):
            continue
        filename = tags.get("FILENAME") or None
        if filename and re.search(r"\.(pdf|jpg|jpeg|gif|png|zip|xlsx?|json|xsd)$", filename, re.I):
            continue
        seq = tags.get("SEQUENCE", "")
        docs.append(
            Document(
                type=doc_type,
                text=to_text(body),
                filename=filename,
                description=description,
                sequence=int(seq) if seq.isdigit() else None,
            )
        )
    return docs


# ---------------------------------------------------------------------------------------------
# Form sniffing for single documents

_COVER_FORM_RE = re.compile(
    r"^\W*FORM\s+(8-K|10-K|10-Q|20-F|6-K|10-KSB|10-QSB|10-K405|10-KT|11-K|40-F|N-CSR)"
    r"\s*(/\s*A|\(?\s*AMENDMENT\b.*)?\W*$",
    re.I | re.M,
)
_NT_RE = re.compile(r"^\W*(?:FORM\s+12b-25|NOTIFICATION OF LATE FILING)\W*$", re.I | re.M)
_NT_CHECKED_RE = re.compile(
    r"☒\s*(?:\|\s*)?Form\s+(10-K|20-F|11-K|10-Q|10-D|N-CEN|N-CSR|N-SAR|10-KSB|10-QSB)\b", re.I
)
_SCHEDULE_TO_RE = re.compile(r"^\W*SCHEDULE\s+TO\b", re.I | re.M)
_SC14D9_RE = re.compile(r"^\W*SCHEDULE\s+14D-9\b", re.I | re.M)


def sniff_form(text: str) -> str | None:
    """The form of a single document from its cover page, or None when it cannot be told."""
    head = "\n".join(text.splitlines()[:80])
    if _NT_RE.search(head):
        m = _NT_CHECKED_RE.search(text[:20_000])
        return f"NT {m.group(1).upper()}" if m else None
    if _SCHEDULE_TO_RE.search(head):
        cover = text[:20_000].lower()
        if re.search(r"☒\s*(?:\|\s*)?issuer tender offer", cover):
            return "SC TO-I"
        if re.search(r"☒\s*(?:\|\s*)?third[- ]party tender offer", cover):
            return "SC TO-T"
        return None
    if _SC14D9_RE.search(head):
        return "SC 14D9"
    m = _COVER_FORM_RE.search(head)
    if m:
        form = m.group(1).upper()
        return form + "/A" if m.group(2) else form
    return None


# ---------------------------------------------------------------------------------------------
# Entry point

_ERROR_TITLE_RE = re.compile(
    rb"<title>\s*([^<]*?(?:File Unavailable|Page Not Found|Not Found|Request Rate Threshold|"
    rb"Access Denied|Forbidden|Service Unavailable|Internal Server Error|Bad Gateway|"
    rb"\bError\b|\b(?:400|403|404|429|500|502|503|504)\b)[^<]*?)\s*</title>",
    re.I,
)
_INDEX_TITLE_RE = re.compile(rb"<title>\s*EDGAR Filing Documents for", re.I)
_S3_ERROR_RE = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?<Error>\s*<Code>", re.I)
_FEED_RE = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:feed|rss|rdf:RDF)\b", re.I | re.S
)
_BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"\xff\xd8", b"\x89PNG", b"GIF8")


def _looks_json(data: bytes) -> bool:
    """JSON (an EDGAR API answer), not a text that opens with a bracket ("[Correction] Decision on ...")."""
    try:
        json.loads(data)
    except ValueError:  # (UnicodeDecodeError is one)
        return _JSON_START.match(data.lstrip()[:200]) is not None  # a cut JSON download still reads as JSON
    return True


_JSON_START = re.compile(rb'[\[{]\s*(?:["{\[]|-?\d|true\b|false\b|null\b|[\]}]\s*$)')  # (not "[ ] Form 10-K")


def _check_plausible(data: bytes) -> None:
    """Raise InputError for input that cannot be an EDGAR document."""
    if not data or not data.strip():
        raise InputError("empty input")
    head = data[:4096]
    if head.startswith(_BINARY_MAGIC):
        raise InputError("binary file (PDF, ZIP, gzip or image), not an EDGAR document")
    sample = head.decode("utf-8", "replace")
    bad = sum(1 for ch in sample if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\t\r\n\f"))
    if b"\x00" in head or bad > len(sample) * 0.05:
        raise InputError("binary data, not an EDGAR document")
    if _S3_ERROR_RE.match(head):
        raise InputError("an EDGAR error response (XML <Error>), not a document")
    if _FEED_RE.match(head):
        raise InputError("an Atom/RSS feed, not an EDGAR document")
    if head.lstrip()[:1] in (b"{", b"[") and _looks_json(data):
        raise InputError("JSON, not an EDGAR document")
    if b"<SEC-HEADER>" in head or b"<IMS-HEADER>" in head or b"<SUBMISSION>" in head:
        return
    if len(data) < 300_000:
        m = _ERROR_TITLE_RE.search(data[:20_000])
        if m:
            title = _decode(re.sub(rb"\s+", b" ", m.group(1))).strip()
            raise InputError(f"an EDGAR error page ({title!r}), not a document")
    if _INDEX_TITLE_RE.search(data[:5_000]):
        raise InputError(
            "an EDGAR filing index page, not a document: pass the submission .txt or a document"
        )


_INDEX_PATH_RE = re.compile(
    r"/Archives/edgar/data/(\d{1,10})/(\d{18})/(\d{10}-\d{2}-\d{6})-index\.html?", re.I
)


def index_to_submission(url: str) -> str | None:
    """The full submission `.txt` for a filing index page URL or path
    (`/Archives/edgar/data/{cik}/{acc-no-dashes}/{accession}-index.htm[l]`, the link every alert
    carries), on the same host; None for anything else (documents, `-index-headers.html`, index
    pages whose folder and accession disagree). Query and fragment are dropped."""
    parts = urlsplit(url)
    m = _INDEX_PATH_RE.fullmatch(parts.path)
    if m is None:
        return None
    cik, folder, accession = m.groups()
    if accession.replace("-", "") != folder:
        return None
    path = f"/Archives/edgar/data/{int(cik)}/{folder}/{accession}.txt"
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def parse_filing(data: bytes, source: str | None = None, form: str | None = None) -> Filing:
    """Bytes of an EDGAR document -> Filing. See the module docstring for inputs and format.

    `form` overrides the form the document states (for excerpts that cannot tell). Raises
    InputError (one line) for input that is not an EDGAR document."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    _check_plausible(data)
    found = _find_header(data)
    if found is not None:
        header_bytes, start = found
        header = _header_from_text(_decode(header_bytes))
        if header.accession is None and header.form is None:
            raise InputError("EDGAR header without accession number or form type")
        docs = split_documents(data, start)
        return Filing(
            documents=tuple(docs),
            accession=header.accession,
            cik=header.cik,
            company=header.company,
            form=form or header.form,
            period=header.period,
            filed=header.filed,
            accepted=header.accepted,
            items=header.items,
            fiscal_year_end=header.fiscal_year_end,
            source=source,
        )
    if re.search(rb"<DOCUMENT>", data[:10_000], re.I):
        docs = split_documents(data)
        if not docs:
            raise InputError("an SGML <DOCUMENT> block without readable text")
        # a block cut from a submission: its type is the form, unless it is an exhibit
        block_form = None if docs[0].type.upper().startswith("EX-") else docs[0].type
        return Filing(documents=tuple(docs), form=form or block_form, source=source)
    text = to_text(data)
    if not text.strip():
        raise InputError("no text in the document")
    bare = _bare_header(_decode(data[:8192]))
    if bare is not None:  # header lines without the SGML wrapper, then the document's text
        sniffed = form or bare.form or sniff_form(text)
        doc = Document(type=sniffed or "TEXT", text=text, filename=_basename(source))
        return Filing(documents=(doc,), accession=bare.accession, cik=bare.cik, company=bare.company,
                      form=sniffed, period=bare.period, filed=bare.filed, accepted=bare.accepted,
                      items=bare.items, fiscal_year_end=bare.fiscal_year_end, source=source)
    sniffed = form or sniff_form(text)
    doc = Document(type=sniffed or "TEXT", text=text, filename=_basename(source))
    return Filing(documents=(doc,), form=sniffed, source=source)


_BARE_KEYS = ("ACCESSION NUMBER", "CONFORMED SUBMISSION TYPE")


def _bare_header(text: str) -> Header | None:
    """The header of a text that opens with EDGAR header lines but no `<SEC-HEADER>` around them
    ("CONFORMED SUBMISSION TYPE: 10-K", "CONFORMED PERIOD OF REPORT: 20231031", "FILER:", ...
    up to the first line that is not one), as a header saved on its own or pasted above a
    document is; None when the text does not open with one."""
    block: list[str] = []
    for line in text.lstrip("\ufeff\r\n").split("\n", 80)[:80]:
        if not line.strip():
            continue  # a saved header has blank lines between its sections ("FILER:")
        if not _COLON_RE.match(line.rstrip("\r")):
            if not block:
                return None
            break  # the document's text begins
        block.append(line)
    if not any(line.strip().upper().startswith(_BARE_KEYS) for line in block):
        return None
    header = _header_from_text("\n".join(block))
    if header.company is None:  # "COMPANY CONFORMED NAME:" with no "FILER:" line above it
        filer = _header_from_text("FILER:\n" + "\n".join(block))
        header = replace(header, company=filer.company, cik=filer.cik, fiscal_year_end=filer.fiscal_year_end)
    return header if header.form or header.accession else None


def _basename(source: str | None) -> str | None:
    if not source:
        return None
    return re.split(r"[/\\]", source.rstrip("/"))[-1] or None
