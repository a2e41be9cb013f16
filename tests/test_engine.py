"""The alert engine: routing, severity floors, mutes, digests and episode threading (pure)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from bot.engine import PriorAlert, plan_alerts
from bot.models import Filing, FilingRef, Finding, Kind, Severity
from bot.store import Mute
from tests.conftest import watchlist_of

NOW = datetime(2026, 3, 9, 15, 0, tzinfo=UTC)
WL = """
defaults: {channel: "#filings", min_severity: low}
routes: {late_filing: "#deadlines"}
channels:
  "#digest": {digest: daily, digest_time: "08:30"}
  "#deadlines": {min_severity: medium}
companies:
  - ticker: NVDA
  - ticker: AAPL
    channel: "#digest"
  - ticker: MSFT
    kinds: [buyback]
"""


def ref(cik: int, acc: str = "0001045810-26-000024", form: str = "8-K") -> FilingRef:
    return FilingRef(accession=acc, cik=cik, company="X", form=form, filed=date(2026, 3, 9))


def finding(kind: Kind, sev: Severity = Severity.MEDIUM, **facts: object) -> Finding:
    return Finding(kind=kind, severity=sev, title="t", evidence="e", facts=facts)


def plan(wl, cik, found, *, prior=(), mutes=(), acc="0001045810-26-000024", now=NOW):
    company = wl.by_cik[cik]
    return plan_alerts(ref(cik, acc), Filing(documents=(), form="8-K"), found, watchlist=wl,
                       company=company, ticker=company.ticker, now=now, prior=prior,
                       mutes=mutes)


def test_routes_follow_company_then_kind_route_then_default(tickers):
    wl = watchlist_of(WL, tickers)
    nvda, aapl = wl.find("NVDA").cik, wl.find("AAPL").cik
    p = plan(wl, nvda, [finding(Kind.BUYBACK), finding(Kind.LATE_FILING)])
    assert {a.kind: a.channel for a in p.alerts} == {
        Kind.BUYBACK: "#filings", Kind.LATE_FILING: "#deadlines"}
    p = plan(wl, aapl, [finding(Kind.LATE_FILING)])
    assert [a.channel for a in p.alerts] == ["#digest"]


def test_channel_severity_floor_and_company_kinds_suppress(tickers):
    wl = watchlist_of(WL, tickers)
    nvda, msft = wl.find("NVDA").cik, wl.find("MSFT").cik
    p = plan(wl, nvda, [finding(Kind.LATE_FILING, Severity.LOW)])
    assert p.alerts == [] and "below medium" in p.suppressed[0][1]
    p = plan(wl, msft, [finding(Kind.RESTATEMENT_RISK, Severity.HIGH)])
    assert p.alerts == [] and "not watched" in p.suppressed[0][1]


def test_mutes_cover_company_and_kind_until_they_expire(tickers):
    wl = watchlist_of(WL, tickers)
    nvda = wl.find("NVDA").cik
    mute = Mute(id=1, cik=nvda, kind=Kind.BUYBACK, until=NOW + timedelta(days=7), created_by="U1")
    assert plan(wl, nvda, [finding(Kind.BUYBACK)], mutes=[mute]).alerts == []
    later = NOW + timedelta(days=8)
    assert len(plan(wl, nvda, [finding(Kind.BUYBACK)], mutes=[mute], now=later).alerts) == 1
    other_kind = plan(wl, nvda, [finding(Kind.RESTATEMENT_RISK)], mutes=[mute])
    assert len(other_kind.alerts) == 1


def test_one_alert_per_kind_per_filing_the_most_severe(tickers):
    wl = watchlist_of(WL, tickers)
    nvda = wl.find("NVDA").cik
    p = plan(wl, nvda, [finding(Kind.RESTATEMENT_RISK, Severity.MEDIUM),
                        finding(Kind.RESTATEMENT_RISK, Severity.HIGH)])
    assert [(a.severity, a.dedupe_key) for a in p.alerts] == [
        (Severity.HIGH, "0001045810-26-000024:restatement_risk")]


def test_digest_channels_hold_all_but_high_severity(tickers):
    wl = watchlist_of(WL, tickers)
    aapl = wl.find("AAPL").cik
    p = plan(wl, aapl, [finding(Kind.BUYBACK, Severity.MEDIUM),
                        finding(Kind.RESTATEMENT_RISK, Severity.HIGH)])
    held = {a.kind for a in p.alerts if a.dedupe_key in p.held}
    assert held == {Kind.BUYBACK}


def test_nt_then_non_reliance_within_two_weeks_is_one_episode(tickers):
    wl = watchlist_of(WL, tickers)
    nvda = wl.find("NVDA").cik
    nt = plan(wl, nvda, [finding(Kind.LATE_FILING, report="10-K", period="2025-12-31")],
              acc="0001045810-26-000001")
    key = nt.alerts[0].episode_key
    assert key == f"{nvda}:10-K:2025-12-31"
    prior = [PriorAlert(kind=Kind.LATE_FILING, episode_key=key, created_at=NOW)]
    week_later = NOW + timedelta(days=7)
    nr = plan(wl, nvda, [finding(Kind.RESTATEMENT_RISK, Severity.HIGH)], prior=prior,
              now=week_later, acc="0001045810-26-000002")
    assert nr.alerts[0].episode_key == key
    month_later = NOW + timedelta(days=30)
    lone = plan(wl, nvda, [finding(Kind.RESTATEMENT_RISK)], prior=prior, now=month_later,
                acc="0001045810-26-000003")
    assert lone.alerts[0].episode_key != key


def test_restatement_found_with_a_late_notice_joins_its_episode(tickers):
    wl = watchlist_of(WL, tickers)
    nvda = wl.find("NVDA").cik
    p = plan(wl, nvda, [finding(Kind.RESTATEMENT_RISK),
                        finding(Kind.LATE_FILING, report="10-Q", period="2026-01-25")])
    assert len({a.episode_key for a in p.alerts}) == 1


def test_buyback_episodes_close_ninety_days_after_they_open(tickers):
    wl = watchlist_of(WL, tickers)
    nvda = wl.find("NVDA").cik
    prior = [PriorAlert(kind=Kind.BUYBACK, episode_key="ep-auth", created_at=NOW)]
    asr = plan(wl, nvda, [finding(Kind.BUYBACK)], prior=prior, now=NOW + timedelta(days=20))
    assert asr.alerts[0].episode_key == "ep-auth"
    next_year = plan(wl, nvda, [finding(Kind.BUYBACK)], prior=prior,
                     now=NOW + timedelta(days=120))
    assert next_year.alerts[0].episode_key != "ep-auth"


def test_alert_carries_what_slack_text_needs(tickers):
    wl = watchlist_of(WL, tickers)
    nvda = wl.find("NVDA").cik
    a = plan(wl, nvda, [finding(Kind.BUYBACK)]).alerts[0]
    assert a.ticker == "NVDA" and a.company
    assert a.url == ("https://www.sec.gov/Archives/edgar/data/1045810/000104581026000024/"
                     "0001045810-26-000024-index.htm")
