"""Findings -> alerts: routing, severity floor, mutes, dedupe keys and episode threading.

Pure: takes the watchlist, the company's earlier alerts and the active mutes, and a clock value;
returns what to enqueue. The store enforces dedupe-key uniqueness; this module chooses the keys.

Keys
- dedupe key: "{accession}:{kind}" for filings (one alert per kind per filing; if a rule
  returns several findings of one kind the most severe wins); deadline events bring their own.
- episode key: alerts sharing it are threaded under the episode's first message in a channel.
  * late filing with a known report and period: "{cik}:{report}:{period}" (the NT 10-K, the
    deadline calendar's "missed"/"grace expired"/"filed late" events for that period);
  * restatement risk joins a late-filing or restatement episode of the same company opened
    within EPISODE_WINDOW_LATE (an NT followed by a 4.02 within two weeks is one episode);
  * buyback joins a buyback episode of the same company opened within EPISODE_WINDOW_BUYBACK
    (an authorisation, then its ASR);
  * otherwise a new episode "{cik}:{kind}:{accession}".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, Protocol

from bot.models import Alert, Filing, FilingRef, Finding, Kind, Severity

EPISODE_WINDOW_LATE = timedelta(days=14)
EPISODE_WINDOW_BUYBACK = timedelta(days=90)
SEC_LINK_BASE = "https://www.sec.gov"


class WatchlistView(Protocol):
    """What the engine needs of bot.watchlist.Watchlist."""

    def channel_for(self, company: Any, kind: Kind) -> str: ...

    def kinds_for(self, company: Any) -> frozenset[Kind]: ...

    def min_severity_for(self, company: Any, channel: str) -> Severity: ...

    def digest_for(self, channel: str) -> bool: ...


class MuteView(Protocol):
    def covers(self, cik: int, kind: Kind, now: datetime) -> bool: ...


@dataclass(frozen=True, slots=True)
class PriorAlert:
    """An earlier alert of the same company, as far as episode linking needs it."""

    kind: Kind
    episode_key: str
    created_at: datetime


@dataclass(slots=True)
class Plan:
    alerts: list[Alert] = field(default_factory=list)
    held: set[str] = field(default_factory=set)  # dedupe keys to hold for a digest
    suppressed: list[tuple[Finding, str]] = field(default_factory=list)  # (finding, why)


def filing_url(cik: int, accession: str, base: str = SEC_LINK_BASE) -> str:
    return f"{base}/Archives/edgar/data/{cik}/{accession.replace('-', '')}/{accession}-index.htm"


def period_episode_key(cik: int, report: str, period: date | str) -> str:
    period_s = period.isoformat() if isinstance(period, date) else str(period)
    return f"{cik}:{report.upper()}:{period_s}"


def _strongest(found: Sequence[Finding]) -> list[Finding]:
    best: dict[Kind, Finding] = {}
    for f in found:
        cur = best.get(f.kind)
        if cur is None or Severity(f.severity).rank > Severity(cur.severity).rank:
            best[f.kind] = f
    order = (Kind.LATE_FILING, Kind.RESTATEMENT_RISK, Kind.BUYBACK)
    return [best[k] for k in order if k in best]


def _episode_for(
    finding: Finding, cik: int, accession: str, prior: Sequence[PriorAlert],
    same_filing: dict[Kind, str], now: datetime,
) -> str:
    kind = finding.kind
    if kind is Kind.LATE_FILING:
        report, period = finding.facts.get("report"), finding.facts.get("period")
        if report and period:
            return period_episode_key(cik, str(report), str(period))
    if kind in (Kind.LATE_FILING, Kind.RESTATEMENT_RISK):
        for k in (Kind.LATE_FILING, Kind.RESTATEMENT_RISK):
            if k in same_filing:
                return same_filing[k]
        recent = [
            p for p in prior
            if p.kind in (Kind.LATE_FILING, Kind.RESTATEMENT_RISK)
            and now - p.created_at <= EPISODE_WINDOW_LATE
        ]
        if recent:
            return max(recent, key=lambda p: p.created_at).episode_key
    if kind is Kind.BUYBACK:
        # join an episode whose FIRST alert is recent, so quarterly reports don't chain forever
        first_seen: dict[str, datetime] = {}
        for p in prior:
            if p.kind is Kind.BUYBACK:
                first_seen[p.episode_key] = min(first_seen.get(p.episode_key, p.created_at),
                                                p.created_at)
        open_eps = [(t, k) for k, t in first_seen.items() if now - t <= EPISODE_WINDOW_BUYBACK]
        if open_eps:
            return max(open_eps)[1]
    return f"{cik}:{kind}:{accession}"


def plan_alerts(
    ref: FilingRef,
    filing: Filing,
    found: Sequence[Finding],
    *,
    watchlist: WatchlistView,
    company: Any,
    ticker: str | None,
    now: datetime,
    prior: Sequence[PriorAlert] = (),
    mutes: Sequence[MuteView] = (),
) -> Plan:
    """Decide which findings become alerts, where they go, and how they thread."""
    plan = Plan()
    wanted = watchlist.kinds_for(company)
    same_filing: dict[Kind, str] = {}
    name = getattr(company, "name", None)
    if not name or name == f"CIK {ref.cik}":  # the watchlist knew no name: use EDGAR's
        name = filing.company or ref.company or name or f"CIK {ref.cik}"
    for f in _strongest(found):
        kind, severity = Kind(f.kind), Severity(f.severity)
        if kind not in wanted:
            plan.suppressed.append((f, f"{kind} not watched for this company"))
            continue
        channel = watchlist.channel_for(company, kind)
        floor = watchlist.min_severity_for(company, channel)
        if severity.rank < floor.rank:
            plan.suppressed.append((f, f"below {floor} for {channel}"))
            continue
        if any(m.covers(ref.cik, kind, now) for m in mutes):
            plan.suppressed.append((f, "muted"))
            continue
        episode = _episode_for(f, ref.cik, ref.accession, prior, same_filing, now)
        same_filing.setdefault(kind, episode)
        alert = Alert(
            kind=kind, severity=severity, title=f.title, evidence=f.evidence,
            facts=dict(f.facts), channel=channel, company=name, cik=ref.cik,
            form=filing.form or ref.form, dedupe_key=f"{ref.accession}:{kind}",
            episode_key=episode, ticker=ticker, accession=ref.accession,
            items=filing.items or ref.items, filed=filing.filed or ref.filed,
            accepted=filing.accepted or ref.accepted, period=filing.period,
            url=ref.index_url or filing_url(ref.cik, ref.accession), document=f.document,
        )
        plan.alerts.append(alert)
        if watchlist.digest_for(channel) and severity is not Severity.HIGH:
            plan.held.add(alert.dedupe_key)
    return plan
