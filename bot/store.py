"""Durable state: filings seen and processed, findings, the alerts outbox, watchlist overlay,
mutes, cached company profiles and small key/value state.

SQLAlchemy 2 Core; a SQLite file by default, PostgreSQL through DATABASE_URL. The invariant the
rest of the bot relies on: `record_processed` marks a filing processed AND inserts its findings
and alerts in one transaction, and alerts are unique by dedupe key, so a crash at any point can
neither lose nor duplicate an alert. Delivery marks an alert sent only after Slack said ok.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    Date,
    DateTime,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    and_,
    create_engine,
    event,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy import delete as sa_delete
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError

from bot.errors import ConfigError
from bot.models import Alert, FilingRef, Finding, Kind, Severity


class UTCDateTime(TypeDecorator):
    """Timezone-aware datetimes stored as naive UTC (SQLite keeps no offsets)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


metadata = MetaData()

filings = Table(
    "filings",
    metadata,
    Column("accession", String(20), primary_key=True),
    Column("cik", Integer, nullable=False, index=True),
    Column("company", String(300), nullable=False),
    Column("form", String(40), nullable=False),
    Column("filed", Date),
    Column("accepted", UTCDateTime),
    Column("items", String(200), nullable=False, default=""),
    Column("index_url", String(500)),
    Column("source", String(40), nullable=False),
    Column("status", String(20), nullable=False),  # pending | processed | failed
    Column("attempts", Integer, nullable=False, default=0),
    Column("last_error", Text),
    Column("first_seen_at", UTCDateTime, nullable=False),
    Column("processed_at", UTCDateTime),
)

findings = Table(
    "findings",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("accession", String(20), nullable=False, index=True),
    Column("cik", Integer, nullable=False, index=True),
    Column("kind", String(30), nullable=False),
    Column("severity", String(10), nullable=False),
    Column("title", Text, nullable=False),
    Column("evidence", Text, nullable=False),
    Column("facts", JSON, nullable=False),
    Column("document", String(200)),
    Column("created_at", UTCDateTime, nullable=False),
)

outbox = Table(
    "outbox",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("dedupe_key", String(300), nullable=False, unique=True),
    Column("episode_key", String(300), nullable=False, index=True),
    Column("channel", String(100), nullable=False),
    Column("cik", Integer, nullable=False, index=True),
    Column("ticker", String(20)),
    Column("kind", String(30), nullable=False),
    Column("severity", String(10), nullable=False),
    Column("payload", JSON, nullable=False),
    # pending | held (waiting for a digest) | sent | failed
    Column("status", String(10), nullable=False, index=True),
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_attempt_at", UTCDateTime),
    Column("last_error", Text),
    Column("error_code", String(60)),
    Column("created_at", UTCDateTime, nullable=False),
    Column("sent_at", UTCDateTime),
    Column("channel_id", String(40)),
    Column("ts", String(40)),
    Column("thread_ts", String(40)),
    Column("acknowledged_by", String(40)),
)

state = Table(
    "state",
    metadata,
    Column("key", String(100), primary_key=True),
    Column("value", JSON),
    Column("updated_at", UTCDateTime, nullable=False),
)

watch_overlay = Table(
    "watch_overlay",
    metadata,
    Column("cik", Integer, primary_key=True),
    Column("action", String(10), nullable=False),  # add | remove
    Column("ticker", String(20)),
    Column("name", String(300)),
    Column("channel", String(100)),
    Column("kinds", JSON),
    Column("changed_by", String(40)),
    Column("changed_at", UTCDateTime, nullable=False),
)

mutes = Table(
    "mutes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("cik", Integer),  # None: every company
    Column("kind", String(30)),  # None: every kind
    Column("until", UTCDateTime, nullable=False),
    Column("created_by", String(40)),
    Column("created_at", UTCDateTime, nullable=False),
)

# A post about to be sent: written before chat.postMessage, removed with the "sent" or "failed"
# mark. A row left behind means the post's outcome is unknown (a crash, a lost answer): the next
# attempt first looks for the message in Slack (by its metadata) instead of posting it twice.
post_attempts = Table(
    "post_attempts",
    metadata,
    Column("outbox_id", Integer, primary_key=True),
    Column("started_at", UTCDateTime, nullable=False),
)

profiles = Table(
    "profiles",
    metadata,
    Column("cik", Integer, primary_key=True),
    Column("fetched_at", UTCDateTime, nullable=False),
    Column("data", LargeBinary, nullable=False),
)


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """An alert ready to send, with where it goes in a thread."""

    id: int
    alert: Alert
    channel: str
    attempts: int
    thread_ts: str | None  # the ts of the episode's first message in this channel
    reply_broadcast: bool  # a reply more severe than what the thread said so far


@dataclass(frozen=True, slots=True)
class SentAlert:
    """A row of the outbox as commands and the engine see it."""

    id: int
    alert: Alert
    status: str
    created_at: datetime
    sent_at: datetime | None
    channel_id: str | None
    ts: str | None
    error_code: str | None
    last_error: str | None


@dataclass(frozen=True, slots=True)
class Mute:
    id: int
    cik: int | None
    kind: Kind | None
    until: datetime
    created_by: str | None

    def covers(self, cik: int, kind: Kind, now: datetime) -> bool:
        return (
            self.until > now
            and (self.cik is None or self.cik == cik)
            and (self.kind is None or self.kind == kind)
        )


# --- serialisation of alerts ---------------------------------------------------------------


def alert_to_json(alert: Alert) -> dict[str, Any]:
    return {
        "kind": str(alert.kind),
        "severity": str(alert.severity),
        "title": alert.title,
        "evidence": alert.evidence,
        "facts": dict(alert.facts),
        "channel": alert.channel,
        "company": alert.company,
        "cik": alert.cik,
        "form": alert.form,
        "dedupe_key": alert.dedupe_key,
        "episode_key": alert.episode_key,
        "ticker": alert.ticker,
        "accession": alert.accession,
        "items": list(alert.items),
        "filed": alert.filed.isoformat() if alert.filed else None,
        "accepted": alert.accepted.isoformat() if alert.accepted else None,
        "period": alert.period.isoformat() if alert.period else None,
        "url": alert.url,
        "document": alert.document,
    }


def alert_from_json(data: Mapping[str, Any]) -> Alert:
    return Alert(
        kind=Kind(data["kind"]),
        severity=Severity(data["severity"]),
        title=data["title"],
        evidence=data["evidence"],
        facts=data.get("facts") or {},
        channel=data["channel"],
        company=data["company"],
        cik=int(data["cik"]),
        form=data["form"],
        dedupe_key=data["dedupe_key"],
        episode_key=data["episode_key"],
        ticker=data.get("ticker"),
        accession=data.get("accession"),
        items=tuple(data.get("items") or ()),
        filed=date.fromisoformat(data["filed"]) if data.get("filed") else None,
        accepted=datetime.fromisoformat(data["accepted"]) if data.get("accepted") else None,
        period=date.fromisoformat(data["period"]) if data.get("period") else None,
        url=data.get("url"),
        document=data.get("document"),
    )


def _json_safe(value: Any) -> Any:
    """Facts may hold dates; JSON columns need plain values."""
    return json.loads(json.dumps(value, default=str))


# --- the store -----------------------------------------------------------------------------


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


class Store:
    """All database access. Thread-safe: each method uses its own connection from the pool."""

    def __init__(self, url: str, *, create: bool = True) -> None:
        try:
            self.engine: Engine = create_engine(url, future=True)
        except (SQLAlchemyError, ValueError, ImportError) as exc:
            raise ConfigError(f"DATABASE_URL: cannot use this database URL ({exc})") from None
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        if create:
            try:
                metadata.create_all(self.engine)
            except OperationalError as exc:
                raise ConfigError(
                    f"DATABASE_URL: cannot open the database ({exc.orig})"
                ) from None

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def _tx(self) -> Iterator[Connection]:
        with self.engine.begin() as conn:
            yield conn

    # --- filings ---------------------------------------------------------------------------

    def known_accessions(self, accessions: Iterable[str]) -> set[str]:
        """Which of these accessions the store has seen (in any status)."""
        wanted = list(dict.fromkeys(accessions))
        found: set[str] = set()
        with self.engine.connect() as conn:
            for i in range(0, len(wanted), 500):
                chunk = wanted[i : i + 500]
                rows = conn.execute(
                    select(filings.c.accession).where(filings.c.accession.in_(chunk))
                )
                found.update(r[0] for r in rows)
        return found

    def processed_accessions(self, accessions: Iterable[str]) -> set[str]:
        wanted = list(dict.fromkeys(accessions))
        found: set[str] = set()
        with self.engine.connect() as conn:
            for i in range(0, len(wanted), 500):
                chunk = wanted[i : i + 500]
                rows = conn.execute(
                    select(filings.c.accession).where(
                        filings.c.accession.in_(chunk), filings.c.status == "processed"
                    )
                )
                found.update(r[0] for r in rows)
        return found

    def add_pending(
        self, refs: Sequence[FilingRef], now: datetime, *,
        state_update: tuple[str, Any] | None = None, status: str = "pending",
    ) -> int:
        """Remember filings discovered but not yet processed; returns how many were new.

        `state_update` (key, value) is written in the same transaction, so a feed's memory of
        what it has seen is never committed without the watched filings found in it.
        `status="backfill"` claims them for a backfill: the poll does not take them."""
        new = 0
        with self._tx() as conn:
            if state_update is not None:
                self._set_state(conn, state_update[0], state_update[1], now)
            known = {
                r[0]
                for r in conn.execute(
                    select(filings.c.accession).where(
                        filings.c.accession.in_([r.accession for r in refs])
                    )
                )
            }
            for ref in refs:
                if ref.accession in known:
                    continue
                known.add(ref.accession)
                conn.execute(insert(filings).values(**_ref_row(ref), status=status,
                                                    attempts=0, first_seen_at=now))
                new += 1
        return new

    def claimed_for_backfill(self, accessions: Iterable[str]) -> set[str]:
        """Which of these a backfill claimed and has not finished (e.g. it was interrupted)."""
        wanted = list(dict.fromkeys(accessions))
        with self.engine.connect() as conn:
            return {r[0] for r in conn.execute(
                select(filings.c.accession).where(filings.c.accession.in_(wanted),
                                                  filings.c.status == "backfill"))}

    def release_backfill(self, accessions: Iterable[str]) -> None:
        """Hand what a backfill could not finish to the poll (status pending)."""
        wanted = list(dict.fromkeys(accessions))
        with self._tx() as conn:
            conn.execute(update(filings).where(filings.c.accession.in_(wanted),
                                               filings.c.status == "backfill")
                         .values(status="pending"))

    def pending_filings(self, *, max_attempts: int = 5, limit: int = 1000) -> list[FilingRef]:
        """Filings discovered but not processed yet (including ones that failed transiently),
        oldest first."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(filings)
                .where(filings.c.status == "pending", filings.c.attempts < max_attempts)
                .order_by(filings.c.accepted.is_(None), filings.c.accepted, filings.c.accession)
                .limit(limit)
            ).mappings()
            return [_row_ref(r) for r in rows]

    def record_attempt_failed(self, accession: str, error: str, *, max_attempts: int = 5) -> bool:
        """Count a failed attempt; after max_attempts the filing is marked failed. Returns True
        when it is given up."""
        with self._tx() as conn:
            row = conn.execute(
                select(filings.c.attempts).where(filings.c.accession == accession)
            ).first()
            attempts = (row[0] if row else 0) + 1
            status = "failed" if attempts >= max_attempts else "pending"
            conn.execute(
                update(filings)
                .where(filings.c.accession == accession)
                .values(attempts=attempts, last_error=error[:1000], status=status)
            )
            return status == "failed"

    def record_processed(
        self,
        ref: FilingRef,
        found: Sequence[Finding],
        alerts: Sequence[Alert],
        now: datetime,
        *,
        held: Iterable[str] = (),
    ) -> list[int]:
        """Mark `ref` processed, store its findings and enqueue its alerts, atomically.

        Alerts whose dedupe key is already in the outbox are skipped (never posted twice).
        Dedupe keys in `held` are enqueued as held for a digest. Returns the new outbox ids."""
        held = set(held)
        ids: list[int] = []
        with self._tx() as conn:
            existing = conn.execute(
                select(filings.c.status).where(filings.c.accession == ref.accession)
            ).first()
            if existing is not None and existing[0] == "processed":
                return []
            if existing is None:
                conn.execute(insert(filings).values(**_ref_row(ref), status="processed",
                                                    attempts=1, first_seen_at=now,
                                                    processed_at=now))
            else:
                conn.execute(
                    update(filings)
                    .where(filings.c.accession == ref.accession)
                    .values(status="processed", processed_at=now, last_error=None,
                            attempts=filings.c.attempts + 1)
                )
            for f in found:
                conn.execute(
                    insert(findings).values(
                        accession=ref.accession, cik=ref.cik, kind=str(f.kind),
                        severity=str(f.severity), title=f.title, evidence=f.evidence,
                        facts=_json_safe(dict(f.facts)), document=f.document, created_at=now,
                    )
                )
            ids = self._enqueue(conn, alerts, now, held)
        return ids

    def enqueue(self, alerts: Sequence[Alert], now: datetime, *, held: Iterable[str] = ()) -> list[int]:
        """Enqueue alerts that do not come from a filing (deadline calendar, ops)."""
        with self._tx() as conn:
            return self._enqueue(conn, alerts, now, set(held))

    def _enqueue(
        self, conn: Connection, alerts: Sequence[Alert], now: datetime, held: set[str]
    ) -> list[int]:
        ids: list[int] = []
        for a in alerts:
            dup = conn.execute(
                select(outbox.c.id).where(outbox.c.dedupe_key == a.dedupe_key)
            ).first()
            if dup is not None:
                continue
            res = conn.execute(
                insert(outbox).values(
                    dedupe_key=a.dedupe_key, episode_key=a.episode_key, channel=a.channel,
                    cik=a.cik, ticker=a.ticker, kind=str(a.kind), severity=str(a.severity),
                    payload=_json_safe(alert_to_json(a)),
                    status="held" if a.dedupe_key in held else "pending",
                    attempts=0, created_at=now, next_attempt_at=now,
                )
            )
            ids.append(int(res.inserted_primary_key[0]))
        return ids

    def filing_ref(self, accession: str) -> FilingRef | None:
        """The FilingRef the store holds for `accession` (any status), else None. Its `cik` is
        the company's, which for agent-filed filings is not the accession's first 10 digits."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(filings).where(filings.c.accession == accession)
            ).mappings().first()
            return None if row is None else _row_ref(row)

    def filing_status(self, accession: str) -> str | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(filings.c.status).where(filings.c.accession == accession)
            ).first()
            return row[0] if row else None

    def count_filings(self, status: str | None = None) -> int:
        with self.engine.connect() as conn:
            q = select(func.count()).select_from(filings)
            if status:
                q = q.where(filings.c.status == status)
            return int(conn.execute(q).scalar_one())

    def findings_for(self, accession: str) -> list[Finding]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(findings).where(findings.c.accession == accession).order_by(findings.c.id)
            ).mappings()
            return [
                Finding(kind=Kind(r["kind"]), severity=Severity(r["severity"]), title=r["title"],
                        evidence=r["evidence"], facts=r["facts"], document=r["document"])
                for r in rows
            ]

    # --- outbox ----------------------------------------------------------------------------

    def due_outbox(self, now: datetime, limit: int = 100) -> list[OutboxItem]:
        """Pending alerts whose time has come, oldest first.

        A reply waits until its episode's first message in the same channel has a ts; if that
        first message failed permanently, the reply goes out on its own."""
        items: list[OutboxItem] = []
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(outbox)
                .where(
                    outbox.c.status == "pending",
                    or_(outbox.c.next_attempt_at.is_(None), outbox.c.next_attempt_at <= now),
                )
                .order_by(outbox.c.id)
                .limit(limit)
            ).mappings().all()
            # every row of the batch's episodes in one query, grouped per (episode, channel)
            episodes: dict[tuple[str, str], list[Any]] = {}
            keys = {r["episode_key"] for r in rows}
            for e in conn.execute(
                select(outbox.c.id, outbox.c.episode_key, outbox.c.channel, outbox.c.status,
                       outbox.c.ts, outbox.c.thread_ts, outbox.c.severity)
                .where(outbox.c.episode_key.in_(keys))
                .order_by(outbox.c.id)
            ):
                episodes.setdefault((e.episode_key, e.channel), []).append(e)
            for r in rows:
                earlier = [e for e in episodes.get((r["episode_key"], r["channel"]), ())
                           if e.id < r["id"]]
                thread_ts: str | None = None
                broadcast = False
                if earlier:
                    sent = [e for e in earlier if e.status == "sent" and e.ts]
                    if any(e.status in ("pending", "held") for e in earlier) and not sent:
                        continue  # the parent has not been posted yet
                    if sent:
                        parent = sent[0]
                        thread_ts = parent.thread_ts or parent.ts
                        top = max(Severity(e.severity).rank for e in earlier)
                        broadcast = Severity(r["severity"]).rank > top
                items.append(
                    OutboxItem(
                        id=r["id"], alert=alert_from_json(r["payload"]), channel=r["channel"],
                        attempts=r["attempts"], thread_ts=thread_ts, reply_broadcast=broadcast,
                    )
                )
        return items

    def mark_posting(self, item_id: int, now: datetime) -> datetime:
        """Record that a post is about to go out (kept across retries: the first start)."""
        with self._tx() as conn:
            started = conn.execute(
                select(post_attempts.c.started_at).where(post_attempts.c.outbox_id == item_id)
            ).scalar()
            if started is None:
                conn.execute(insert(post_attempts).values(outbox_id=item_id, started_at=now))
                started = now
        return started

    def posting_since(self, item_id: int) -> datetime | None:
        """When an earlier post of this alert began, if its outcome is unknown."""
        with self.engine.connect() as conn:
            return conn.execute(
                select(post_attempts.c.started_at).where(post_attempts.c.outbox_id == item_id)
            ).scalar()

    def channel_id_for(self, channel: str) -> str | None:
        """The Slack id of a channel the watchlist names, learned from an earlier post."""
        with self.engine.connect() as conn:
            return conn.execute(
                select(outbox.c.channel_id)
                .where(outbox.c.channel == channel, outbox.c.channel_id.is_not(None))
                .limit(1)
            ).scalar()

    def mark_sent(
        self, item_id: int, channel_id: str, ts: str, now: datetime, *,
        thread_ts: str | None = None,
    ) -> None:
        with self._tx() as conn:
            conn.execute(
                update(outbox)
                .where(outbox.c.id == item_id)
                .values(status="sent", channel_id=channel_id, ts=ts, thread_ts=thread_ts,
                        sent_at=now, attempts=outbox.c.attempts + 1, last_error=None)
            )
            conn.execute(sa_delete(post_attempts).where(post_attempts.c.outbox_id == item_id))

    def mark_retry(self, item_id: int, error: str, next_attempt_at: datetime) -> None:
        with self._tx() as conn:
            conn.execute(
                update(outbox)
                .where(outbox.c.id == item_id)
                .values(attempts=outbox.c.attempts + 1, last_error=error[:1000],
                        next_attempt_at=next_attempt_at)
            )

    def mark_failed(self, item_id: int, code: str, error: str, now: datetime) -> None:
        with self._tx() as conn:
            conn.execute(
                update(outbox)
                .where(outbox.c.id == item_id)
                .values(status="failed", error_code=code[:60], last_error=error[:1000],
                        attempts=outbox.c.attempts + 1, sent_at=None, next_attempt_at=None)
            )
            conn.execute(sa_delete(post_attempts).where(post_attempts.c.outbox_id == item_id))
            self._set_state(conn, "last_delivery_failure",
                            {"id": item_id, "code": code, "error": error[:300],
                             "at": now.isoformat()}, now)

    def outbox_depth(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(
                select(func.count()).select_from(outbox).where(outbox.c.status == "pending")
            ).scalar_one())

    def outbox_counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(outbox.c.status, func.count()).group_by(outbox.c.status)
            ).all()
            return {r[0]: int(r[1]) for r in rows}

    def failed_alerts(self, limit: int = 20) -> list[SentAlert]:
        return self._alerts(outbox.c.status == "failed", limit)

    def recent_alerts(self, *, cik: int | None = None, limit: int = 10) -> list[SentAlert]:
        cond = outbox.c.cik == cik if cik is not None else outbox.c.id > 0
        return self._alerts(cond, limit)

    def alerts_since(self, since: datetime, *, cik: int | None = None) -> list[SentAlert]:
        cond = outbox.c.created_at >= since
        if cik is not None:
            cond = and_(cond, outbox.c.cik == cik)
        return self._alerts(cond, 10_000)

    def _alerts(self, cond: Any, limit: int) -> list[SentAlert]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(outbox).where(cond).order_by(outbox.c.id.desc()).limit(limit)
            ).mappings()
            return [
                SentAlert(id=r["id"], alert=alert_from_json(r["payload"]), status=r["status"],
                          created_at=r["created_at"], sent_at=r["sent_at"],
                          channel_id=r["channel_id"], ts=r["ts"], error_code=r["error_code"],
                          last_error=r["last_error"])
                for r in rows
            ]

    def held_for_digest(self, channel: str) -> list[OutboxItem]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(outbox)
                .where(outbox.c.status == "held", outbox.c.channel == channel)
                .order_by(outbox.c.id)
            ).mappings()
            return [
                OutboxItem(id=r["id"], alert=alert_from_json(r["payload"]), channel=r["channel"],
                           attempts=r["attempts"], thread_ts=None, reply_broadcast=False)
                for r in rows
            ]

    def held_channels(self) -> list[str]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(outbox.c.channel).where(outbox.c.status == "held").distinct()
            )
            return sorted(r[0] for r in rows)

    def mark_digest_sent(
        self, ids: Sequence[int], channel_id: str, ts: str, now: datetime
    ) -> None:
        with self._tx() as conn:
            conn.execute(
                update(outbox)
                .where(outbox.c.id.in_(list(ids)), outbox.c.status == "held")
                .values(status="sent", channel_id=channel_id, ts=ts, sent_at=now)
            )

    def mark_acknowledged(self, channel_id: str, ts: str, user_id: str) -> bool:
        with self._tx() as conn:
            res = conn.execute(
                update(outbox)
                .where(outbox.c.channel_id == channel_id, outbox.c.ts == ts)
                .values(acknowledged_by=user_id)
            )
            return bool(res.rowcount)

    # --- episodes --------------------------------------------------------------------------

    def recent_episode_alerts(self, cik: int, since: datetime) -> list[SentAlert]:
        """Alerts for a company since a time, any status: the engine links new ones to them."""
        return self.alerts_since(since, cik=cik)

    # --- key/value state -------------------------------------------------------------------

    def get_state(self, key: str, default: Any = None) -> Any:
        with self.engine.connect() as conn:
            row = conn.execute(select(state.c.value).where(state.c.key == key)).first()
            return default if row is None else row[0]

    def set_state(self, key: str, value: Any, now: datetime) -> None:
        with self._tx() as conn:
            self._set_state(conn, key, value, now)

    def _set_state(self, conn: Connection, key: str, value: Any, now: datetime) -> None:
        value = _json_safe(value)
        res = conn.execute(
            update(state).where(state.c.key == key).values(value=value, updated_at=now)
        )
        if not res.rowcount:
            try:
                with conn.begin_nested():
                    conn.execute(insert(state).values(key=key, value=value, updated_at=now))
            except IntegrityError:
                conn.execute(
                    update(state).where(state.c.key == key).values(value=value, updated_at=now)
                )

    # --- watchlist overlay -----------------------------------------------------------------

    def set_watch(
        self, cik: int, action: str, now: datetime, *, ticker: str | None = None,
        name: str | None = None, channel: str | None = None,
        kinds: Sequence[str] | None = None, by: str | None = None,
    ) -> None:
        if action not in ("add", "remove"):
            raise ValueError(action)
        with self._tx() as conn:
            conn.execute(sa_delete(watch_overlay).where(watch_overlay.c.cik == cik))
            conn.execute(
                insert(watch_overlay).values(
                    cik=cik, action=action, ticker=ticker, name=name, channel=channel,
                    kinds=list(kinds) if kinds is not None else None, changed_by=by,
                    changed_at=now,
                )
            )

    def watch_overlay(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(watch_overlay).order_by(watch_overlay.c.changed_at))
            return [dict(r) for r in rows.mappings()]

    # --- mutes -----------------------------------------------------------------------------

    def add_mute(
        self, cik: int | None, kind: Kind | None, until: datetime, now: datetime,
        by: str | None = None,
    ) -> int:
        with self._tx() as conn:
            res = conn.execute(
                insert(mutes).values(cik=cik, kind=str(kind) if kind else None, until=until,
                                     created_by=by, created_at=now)
            )
            return int(res.inserted_primary_key[0])

    def remove_mutes(self, cik: int | None, kind: Kind | None) -> int:
        cond = []
        cond.append(mutes.c.cik == cik if cik is not None else mutes.c.cik.is_(None))
        cond.append(mutes.c.kind == str(kind) if kind is not None else mutes.c.kind.is_(None))
        with self._tx() as conn:
            return int(conn.execute(sa_delete(mutes).where(*cond)).rowcount)

    def active_mutes(self, now: datetime) -> list[Mute]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(mutes).where(mutes.c.until > now).order_by(mutes.c.id))
            return [
                Mute(id=r.id, cik=r.cik, kind=Kind(r.kind) if r.kind else None, until=r.until,
                     created_by=r.created_by)
                for r in rows
            ]

    # --- company profiles (submissions JSON cache) -----------------------------------------

    def save_profile(self, cik: int, data: bytes, now: datetime) -> None:
        with self._tx() as conn:
            conn.execute(sa_delete(profiles).where(profiles.c.cik == cik))
            conn.execute(insert(profiles).values(cik=cik, data=data, fetched_at=now))

    def load_profile(self, cik: int) -> tuple[bytes, datetime] | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(profiles.c.data, profiles.c.fetched_at).where(profiles.c.cik == cik)
            ).first()
            return None if row is None else (bytes(row[0]), row[1])


def _ref_row(ref: FilingRef) -> dict[str, Any]:
    return {
        "accession": ref.accession,
        "cik": ref.cik,
        "company": ref.company[:300],
        "form": ref.form,
        "filed": ref.filed,
        "accepted": ref.accepted,
        "items": ",".join(ref.items),
        "index_url": ref.index_url,
        "source": ref.source,
    }


def _row_ref(r: Mapping[str, Any]) -> FilingRef:
    return FilingRef(
        accession=r["accession"], cik=r["cik"], company=r["company"], form=r["form"],
        filed=r["filed"], accepted=r["accepted"],
        items=tuple(i for i in (r["items"] or "").split(",") if i),
        index_url=r["index_url"], source=r["source"],
    )


def utcnow() -> datetime:
    return datetime.now(UTC)


def days_ago(now: datetime, days: float) -> datetime:
    return now - timedelta(days=days)
