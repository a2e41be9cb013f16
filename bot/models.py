"""Plain data passed between the layers. Frozen dataclasses, no I/O, no behaviour beyond
small derived properties."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any


class Kind(StrEnum):
    BUYBACK = "buyback"
    RESTATEMENT_RISK = "restatement_risk"
    LATE_FILING = "late_filing"

    @property
    def label(self) -> str:
        """The kind in words, as alert texts must carry it."""
        return _KIND_LABELS[self]


_KIND_LABELS = {
    Kind.BUYBACK: "Buyback",
    Kind.RESTATEMENT_RISK: "Restatement risk",
    Kind.LATE_FILING: "Late filing",
}


class Severity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.LOW: 1, Severity.MEDIUM: 2, Severity.HIGH: 3}


def normalize_accession(value: str) -> str:
    """'000032019325000079' or '0000320193-25-000079' -> '0000320193-25-000079'.

    Raises ValueError for anything that is not 18 digits once dashes are removed."""
    digits = value.strip().replace("-", "")
    if len(digits) != 18 or not digits.isdigit():
        raise ValueError(f"not an EDGAR accession number: {value!r}")
    return f"{digits[:10]}-{digits[10:12]}-{digits[12:]}"


@dataclass(frozen=True, slots=True)
class FilingRef:
    """One filing as announced by a feed or an index: enough to decide whether to fetch it."""

    accession: str  # normalised 0000000000-YY-NNNNNN
    cik: int  # the company's CIK (not the accession prefix, which may be a filing agent)
    company: str
    form: str  # exact form type as EDGAR spells it: "8-K", "10-K/A", "NT 10-K", "SC TO-I"
    filed: date | None = None
    accepted: datetime | None = None  # timezone-aware acceptance time when known
    items: tuple[str, ...] = ()  # 8-K items, e.g. ("2.02", "9.01")
    index_url: str | None = None  # absolute URL of the {accession}-index.htm page
    source: str = "getcurrent"  # getcurrent | getcompany | daily-index | submissions | manual

    @property
    def folder_path(self) -> str:
        """Path (no host) of the filing's folder on www.sec.gov."""
        return f"/Archives/edgar/data/{self.cik}/{self.accession.replace('-', '')}/"

    @property
    def submission_path(self) -> str:
        """Path (no host) of the full submission text file."""
        return f"{self.folder_path}{self.accession}.txt"


@dataclass(frozen=True, slots=True)
class Document:
    """One document of a filing, already turned into plain text.

    `text` keeps paragraph and table-row breaks as newlines; runs of spaces are collapsed."""

    type: str  # "8-K", "EX-99.1", "10-Q", "TEXT" for a plain input
    text: str
    filename: str | None = None
    description: str | None = None
    sequence: int | None = None


@dataclass(frozen=True, slots=True)
class Filing:
    """A fetched filing: header fields plus its relevant documents as text."""

    documents: tuple[Document, ...]
    accession: str | None = None
    cik: int | None = None
    company: str | None = None
    form: str | None = None
    period: date | None = None  # CONFORMED PERIOD OF REPORT
    filed: date | None = None
    accepted: datetime | None = None
    items: tuple[str, ...] = ()  # normalised item numbers ("2.02"; old-style "5" kept as "5")
    fiscal_year_end: str | None = None  # MMDD
    url: str | None = None  # the filing's index page on EDGAR when known
    source: str | None = None  # the path or URL it was read from

    @property
    def primary(self) -> Document | None:
        return self.documents[0] if self.documents else None


@dataclass(frozen=True, slots=True)
class Finding:
    """What a rule found in one filing."""

    kind: Kind
    severity: Severity
    title: str
    evidence: str  # the quoted sentence(s), whitespace-normalised, <= ~400 chars
    facts: Mapping[str, Any] = field(default_factory=dict)
    document: str | None = None  # type or filename of the document the evidence came from

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": str(self.kind),
            "severity": str(self.severity),
            "title": self.title,
            "evidence": self.evidence,
            "facts": dict(self.facts),
            "document": self.document,
        }


@dataclass(frozen=True, slots=True)
class Alert:
    """A finding routed to a channel, ready for the outbox."""

    kind: Kind
    severity: Severity
    title: str
    evidence: str
    facts: Mapping[str, Any]
    channel: str
    company: str
    cik: int
    form: str
    dedupe_key: str  # same key -> the same alert; never posted twice
    episode_key: str  # alerts of one episode share it and are threaded together
    ticker: str | None = None
    accession: str | None = None
    items: tuple[str, ...] = ()
    filed: date | None = None
    accepted: datetime | None = None
    period: date | None = None
    url: str | None = None
    document: str | None = None
