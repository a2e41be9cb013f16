"""Self-monitoring, pure: from each poll cycle's outcome decide what to tell the ops channel.

Messages go out once per episode and once more on recovery:
- polls failing N times in a row (default 3), then "polls succeed again";
- SEC's rate-threshold page starting a cool-down, then its end;
- the latest-filings feed's newest entry older than expected during EDGAR's business hours
  (6 a.m.-10 p.m. ET on business days), then "the feed is moving again".
State is a small dict kept in the store between cycles, so restarts do not repeat messages."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.deadlines import is_business_day

EASTERN = ZoneInfo("America/New_York")
FAIL_THRESHOLD = 3
STALE_AFTER = timedelta(minutes=30)


@dataclass(slots=True)
class MonitorState:
    failures: int = 0
    failing_alerted: bool = False
    cooldown_alerted: str | None = None  # ISO time the announced cool-down ends
    stale_alerted: bool = False

    @classmethod
    def from_json(cls, data: Any) -> MonitorState:
        if not isinstance(data, dict):
            return cls()
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class OpsMessage:
    level: str  # "error" | "warning" | "info"
    text: str


@dataclass(slots=True)
class Assessment:
    state: MonitorState
    messages: list[OpsMessage] = field(default_factory=list)


def edgar_open(now: datetime) -> bool:
    local = now.astimezone(EASTERN)
    return is_business_day(local.date()) and time(6, 0) <= local.time() < time(22, 0)


def assess(
    state: MonitorState,
    *,
    ok: bool,
    error: str | None,
    newest_accepted: datetime | None,
    cooldown_until: datetime | None,
    now: datetime,
    fail_threshold: int = FAIL_THRESHOLD,
    stale_after: timedelta = STALE_AFTER,
) -> Assessment:
    s = MonitorState(**state.to_json())
    out: list[OpsMessage] = []
    if ok:
        if s.failing_alerted:
            out.append(OpsMessage("info", f"EDGAR polls succeed again after {s.failures} "
                                          "failed cycles."))
        s.failures, s.failing_alerted = 0, False
    else:
        s.failures += 1
        if s.failures >= fail_threshold and not s.failing_alerted:
            out.append(OpsMessage("error", f"EDGAR polls failed {s.failures} times in a row; "
                                           f"last error: {error or 'unknown'}"))
            s.failing_alerted = True
    if cooldown_until is not None and cooldown_until > now:
        until = cooldown_until.isoformat()
        if s.cooldown_alerted != until:
            local = cooldown_until.astimezone(EASTERN).strftime("%H:%M:%S ET")
            out.append(OpsMessage("warning", "SEC answered with its 'Request Rate Threshold "
                                             f"Exceeded' page: every request pauses until {local}."))
            s.cooldown_alerted = until
    elif s.cooldown_alerted is not None:
        out.append(OpsMessage("info", "SEC cool-down over: requests resumed."))
        s.cooldown_alerted = None
    if ok and newest_accepted is not None:
        stale = edgar_open(now) and now - newest_accepted > stale_after
        if stale and not s.stale_alerted:
            minutes = int((now - newest_accepted).total_seconds() // 60)
            out.append(OpsMessage("warning", "EDGAR's latest-filings feed has shown nothing new "
                                             f"for {minutes} minutes during business hours."))
            s.stale_alerted = True
        elif not stale and s.stale_alerted:
            out.append(OpsMessage("info", "EDGAR's latest-filings feed is moving again."))
            s.stale_alerted = False
    return Assessment(s, out)
