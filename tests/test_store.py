"""The store's guarantees: processed + findings + alerts in one transaction, alerts unique by
dedupe key, replies held until their thread parent is posted, state surviving a reopen."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy.exc import IntegrityError

from bot.models import Alert, FilingRef, Finding, Kind, Severity
from bot.store import Store

NOW = datetime(2026, 3, 9, 15, 0, tzinfo=UTC)
REF = FilingRef(accession="0001045810-26-000024", cik=1045810, company="NVIDIA CORP",
                form="8-K", filed=date(2026, 3, 6))
ALERT = Alert(kind=Kind.BUYBACK, severity=Severity.MEDIUM, title="Buyback", evidence="e",
              facts={"shares": 370000, "expires": date(2027, 1, 1)}, channel="#filings",
              company="NVIDIA CORP", cik=1045810, form="8-K",
              dedupe_key="0001045810-26-000024:buyback", episode_key="ep1", ticker="NVDA",
              accession="0001045810-26-000024", filed=date(2026, 3, 6))
FINDING = Finding(kind=Kind.BUYBACK, severity=Severity.MEDIUM, title="Buyback", evidence="e",
                  facts={"shares": 370000})


def test_processing_is_atomic_a_failed_insert_leaves_the_filing_pending(store: Store):
    store.add_pending([REF], NOW)
    broken = replace(ALERT, channel=None)  # violates NOT NULL inside the transaction
    with pytest.raises(IntegrityError):
        store.record_processed(REF, [FINDING], [broken], NOW)
    assert store.filing_status(REF.accession) == "pending"
    assert store.findings_for(REF.accession) == []
    assert store.outbox_depth() == 0
    assert store.record_processed(REF, [FINDING], [ALERT], NOW) != []
    assert store.filing_status(REF.accession) == "processed"
    assert store.findings_for(REF.accession)[0].facts == {"shares": 370000}


def test_an_alert_is_enqueued_once_even_if_processing_repeats(store: Store):
    ids = store.record_processed(REF, [FINDING], [ALERT], NOW)
    assert len(ids) == 1
    assert store.record_processed(REF, [FINDING], [ALERT], NOW) == []
    other = replace(REF, accession="0001045810-26-000025")
    assert store.record_processed(other, [], [ALERT], NOW) == []  # same dedupe key
    assert store.outbox_depth() == 1


def test_outbox_round_trips_the_alert(store: Store):
    store.record_processed(REF, [FINDING], [ALERT], NOW)
    item = store.due_outbox(NOW)[0]
    assert item.alert.ticker == "NVDA" and item.alert.kind is Kind.BUYBACK
    assert item.alert.facts["expires"] == "2027-01-01"  # dates stored as ISO text
    assert item.thread_ts is None


def test_replies_wait_for_the_parent_then_thread_under_it(store: Store):
    reply = replace(ALERT, dedupe_key="k2", severity=Severity.HIGH)
    store.enqueue([ALERT, reply], NOW)
    due = store.due_outbox(NOW)
    assert [i.alert.dedupe_key for i in due] == [ALERT.dedupe_key]
    store.mark_sent(due[0].id, "C01", "1700000000.000100", NOW)
    due = store.due_outbox(NOW)
    assert [(i.alert.dedupe_key, i.thread_ts, i.reply_broadcast) for i in due] == [
        ("k2", "1700000000.000100", True)]


def test_a_reply_whose_parent_failed_goes_out_alone(store: Store):
    reply = replace(ALERT, dedupe_key="k2")
    store.enqueue([ALERT, reply], NOW)
    parent = store.due_outbox(NOW)[0]
    store.mark_failed(parent.id, "channel_not_found", "no such channel", NOW)
    due = store.due_outbox(NOW)
    assert [(i.alert.dedupe_key, i.thread_ts) for i in due] == [("k2", None)]
    assert store.get_state("last_delivery_failure")["code"] == "channel_not_found"


def test_retry_time_is_honoured(store: Store):
    store.enqueue([ALERT], NOW)
    item = store.due_outbox(NOW)[0]
    store.mark_retry(item.id, "429", NOW + timedelta(seconds=30))
    assert store.due_outbox(NOW + timedelta(seconds=29)) == []
    assert len(store.due_outbox(NOW + timedelta(seconds=30))) == 1


def test_state_overlay_and_mutes_survive_a_reopen(tmp_path):
    url = f"sqlite:///{tmp_path / 's.sqlite3'}"
    s = Store(url)
    s.set_state("feed:8-K", ["a", "b"], NOW)
    s.set_watch(320193, "add", NOW, ticker="AAPL", channel="#apple", kinds=["buyback"], by="U1")
    s.add_mute(1045810, Kind.BUYBACK, NOW + timedelta(days=7), NOW, by="U1")
    s.close()
    s = Store(url)
    assert s.get_state("feed:8-K") == ["a", "b"]
    assert [(r["cik"], r["action"], r["channel"]) for r in s.watch_overlay()] == [
        (320193, "add", "#apple")]
    mutes = s.active_mutes(NOW)
    assert len(mutes) == 1 and mutes[0].covers(1045810, Kind.BUYBACK, NOW)
    assert s.active_mutes(NOW + timedelta(days=8)) == []
    s.close()


def test_digest_holds_then_sends_together(store: Store):
    other = replace(ALERT, dedupe_key="k2")
    store.enqueue([ALERT, other], NOW, held={ALERT.dedupe_key, "k2"})
    assert store.due_outbox(NOW) == []
    held = store.held_for_digest("#filings")
    assert len(held) == 2 and store.held_channels() == ["#filings"]
    store.mark_digest_sent([h.id for h in held], "C01", "1.2", NOW)
    assert store.held_for_digest("#filings") == []
    assert store.outbox_counts() == {"sent": 2}


def test_bad_database_url_is_a_config_error():
    from bot.errors import ConfigError

    with pytest.raises(ConfigError, match="DATABASE_URL"):
        Store("nosuchdialect://x")
