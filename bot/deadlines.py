"""The deadline calendar: when each 10-K / 10-Q / 20-F is due, and whether it came.

Pure: no I/O, no clock. Every function takes the day it should reason about (`as_of`).
Facts (DOMAIN.md section 2):

- Due dates after period end by filer category: large accelerated 10-K 60 days / 10-Q 40;
  accelerated 75 / 40; non-accelerated and smaller reporting companies 90 / 45. 10-Qs cover the
  first three fiscal quarters only. 20-F (foreign private issuers): four months after fiscal
  year end, whatever the filer status.
- Rule 0-3: a due date on a weekend or federal holiday moves to the next business day.
- Rule 12b-25: the NT form is due no later than one business day after the due date; a timely
  NT that checks Part II makes the report timely when filed within 15 calendar days (10-K,
  20-F) or 5 (10-Q) after the due date, rolled forward past weekends and holidays. The days are
  counted from the (already rolled) due date, as in DOMAIN.md's example: 10-Q due Sun 14 Aug
  -> Mon 15 Aug; +5 = Sat 20 Aug -> Mon 22 Aug.

Business days: not Saturday/Sunday, not a US federal holiday including its observed day
(`holidays.US`, category public: New Year's Day ... Christmas, Juneteenth since 2021, a
Saturday holiday observed on Friday, a Sunday one on Monday), and not a day on which an
executive order closed federal agencies (`holidays` category government: national days of
mourning such as 2025-01-09, Christmas Eve closings). Half-day closings do not count: EDGAR
is open in the morning. Inauguration Day (a holiday only for the Washington DC area) is not
treated as a closure.

Known limits, by design: the filer category is today's (submissions JSON), applied to every
period shown; in a 53-week fiscal year a quarter not yet reported is predicted to end a week
late (see FiscalPattern.quarter_ends); a 10-KT (transition report) counts as the 10-K of its
period and sets the new fiscal year end, but until it arrives a change of fiscal year is not
foreseen; 40-F filers are not tracked.
"""

from __future__ import annotations

import calendar as _calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import Any, Literal

import holidays

from bot.edgar.submissions import CompanyProfile, SubmissionFiling
from bot.models import Kind, Severity

__all__ = [
    "DeadlineEntry",
    "DeadlineEvent",
    "DueDates",
    "FilerCategory",
    "FiscalPattern",
    "Status",
    "add_months",
    "calendar",
    "deadline_events",
    "due_dates",
    "episode_key",
    "filer_category",
    "fiscal_pattern",
    "format_calendar_text",
    "is_business_day",
    "next_business_day",
    "parse_category",
    "roll_forward",
    "to_json",
]

ANNUAL_REPORTS = ("10-K", "20-F")
REPORTS = ("10-K", "10-Q", "20-F")
# Forms that end the duty to file periodic reports. A bare 15-12B only deregisters a class
# listed on an exchange; the company usually stays registered under 12(g) or 15(d), so it
# does not stop tracking on its own.
DEREGISTRATION_FORMS = frozenset({"15-12G", "15-15D", "15F-12B", "15F-12G", "15F-15D"})


# --------------------------------------------------------------------------- business days


@lru_cache(maxsize=64)
def _closed_days(year: int) -> frozenset[date]:
    """Weekdays of `year` on which the SEC is closed (federal holidays, observed days and
    executive-order closings; half-day closings excluded)."""
    table = holidays.US(
        years=(year - 1, year, year + 1),
        categories=(holidays.PUBLIC, holidays.GOVERNMENT),
        language="en_US",
    )
    closed = set()
    for day, name in table.items():
        if day.year != year:
            continue
        parts = [part for part in str(name).split("; ") if part]
        if all("half-day" in part for part in parts):
            continue
        closed.add(day)
    return frozenset(closed)


def is_business_day(day: date) -> bool:
    """True when EDGAR takes filings that day: a weekday that is no federal closure."""
    return day.weekday() < 5 and day not in _closed_days(day.year)


def roll_forward(day: date) -> date:
    """`day` itself when it is a business day, else the next business day (Rule 0-3)."""
    while not is_business_day(day):
        day += timedelta(days=1)
    return day


def next_business_day(day: date) -> date:
    """The first business day strictly after `day`."""
    return roll_forward(day + timedelta(days=1))


# --------------------------------------------------------------------------- categories


class FilerCategory(StrEnum):
    LARGE_ACCELERATED = "large accelerated filer"
    ACCELERATED = "accelerated filer"
    NON_ACCELERATED = "non-accelerated filer"
    SMALLER_REPORTING = "smaller reporting company"
    FOREIGN_PRIVATE_ISSUER = "foreign private issuer"


# (10-K days, 10-Q days)
_DAYS: dict[FilerCategory, tuple[int, int]] = {
    FilerCategory.LARGE_ACCELERATED: (60, 40),
    FilerCategory.ACCELERATED: (75, 40),
    FilerCategory.NON_ACCELERATED: (90, 45),
    FilerCategory.SMALLER_REPORTING: (90, 45),
}
_20F_MONTHS = 4


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("-", " ").replace("_", " ").split())


def parse_category(text: str) -> FilerCategory:
    """One category name, as EDGAR or a person writes it ("Large accelerated filer",
    "non-accelerated", "smaller reporting company", "SRC", "FPI"). ValueError otherwise."""
    norm = _norm(text).removesuffix(" filer")
    table = {
        "large accelerated": FilerCategory.LARGE_ACCELERATED,
        "accelerated": FilerCategory.ACCELERATED,
        "non accelerated": FilerCategory.NON_ACCELERATED,
        "smaller reporting company": FilerCategory.SMALLER_REPORTING,
        "src": FilerCategory.SMALLER_REPORTING,
        "foreign private issuer": FilerCategory.FOREIGN_PRIVATE_ISSUER,
        "fpi": FilerCategory.FOREIGN_PRIVATE_ISSUER,
    }
    if norm not in table:
        names = ", ".join(c.value for c in FilerCategory)
        raise ValueError(f"unknown filer category {text!r}; expected one of: {names}")
    return table[norm]


def filer_category(categories: Iterable[str]) -> FilerCategory | None:
    """The category that sets the 10-K/10-Q deadlines, from EDGAR's `category` parts.

    Filer status (large accelerated / accelerated / non-accelerated) decides; "Smaller
    reporting company" only matters when no filer status is given (it then means the 90/45
    day schedule). A company that is both an accelerated filer and a smaller reporting company
    (public float $75-250 million with revenue of $100 million or more) follows the accelerated
    filer deadlines: SRC status changes disclosure, not due dates. "Emerging growth company"
    says nothing about deadlines; with nothing else the category is unknown (None)."""
    found = set()
    for part in categories:
        try:
            found.add(parse_category(part))
        except ValueError:
            continue
    for category in (
        FilerCategory.LARGE_ACCELERATED,
        FilerCategory.ACCELERATED,
        FilerCategory.NON_ACCELERATED,
        FilerCategory.SMALLER_REPORTING,
    ):
        if category in found:
            return category
    return None


# --------------------------------------------------------------------------- due dates


def _last_day(year: int, month: int) -> date:
    return date(year, month, _calendar.monthrange(year, month)[1])


def _shift_month(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def add_months(day: date, months: int) -> date:
    """Calendar months later; a month-end stays a month-end (Jun 30 + 4 = Oct 31), other
    days are clamped to the target month (Oct 31 + 4 = Feb 28/29)."""
    year, month = _shift_month(day.year, day.month, months)
    if day == _last_day(day.year, day.month):
        return _last_day(year, month)
    return date(year, month, min(day.day, _calendar.monthrange(year, month)[1]))


@dataclass(frozen=True, slots=True)
class DueDates:
    report: str
    period: date
    category: FilerCategory
    due: date
    nt_due: date
    extended_due: date
    rule: str  # "large accelerated filer, 60 days" / "foreign private issuer, 4 months"


def due_dates(period: date, report: str, category: FilerCategory | None) -> DueDates:
    """Due date, NT (Form 12b-25) date and extended date of one report.

    20-F is four months whatever `category` says. ValueError for a report type other than
    10-K/10-Q/20-F or a 10-K/10-Q without a domestic filer category."""
    if report == "20-F":
        category = FilerCategory.FOREIGN_PRIVATE_ISSUER
        raw = add_months(period, _20F_MONTHS)
        rule = f"{category.value}, {_20F_MONTHS} months"
    elif report in ("10-K", "10-Q"):
        if category is None or category not in _DAYS:
            raise ValueError(f"no {report} deadline for filer category {category!r}")
        days = _DAYS[category][0 if report == "10-K" else 1]
        raw = period + timedelta(days=days)
        rule = f"{category.value}, {days} days"
    else:
        raise ValueError(f"not a periodic report with a deadline: {report!r}")
    due = roll_forward(raw)
    grace = 15 if report in ANNUAL_REPORTS else 5
    return DueDates(
        report=report,
        period=period,
        category=category,
        due=due,
        nt_due=next_business_day(due),
        extended_due=roll_forward(due + timedelta(days=grace)),
        rule=rule,
    )


# --------------------------------------------------------------------------- fiscal periods

PatternKind = Literal["month_end", "fixed_day", "last_weekday", "nearest_weekday"]


@dataclass(frozen=True, slots=True)
class FiscalPattern:
    """How a company's fiscal years end.

    month_end: last day of `month`; fixed_day: `day` of `month`; last_weekday: the last
    `weekday` (0=Mon) of `month` (52/53-week year, e.g. Apple: last Saturday of September);
    nearest_weekday: the `weekday` nearest the last day of `month` (may fall in the first
    days of the next month)."""

    kind: PatternKind
    month: int
    day: int = 0
    weekday: int = 0

    @property
    def weekly(self) -> bool:
        return self.kind in ("last_weekday", "nearest_weekday")

    def year_end(self, year: int) -> date:
        """The end of the fiscal year that ends in (or around) `month` of `year`."""
        last = _last_day(year, self.month)
        if self.kind == "month_end":
            return last
        if self.kind == "fixed_day":
            return date(year, self.month, min(self.day, last.day))
        if self.kind == "last_weekday":
            return last - timedelta(days=(last.weekday() - self.weekday) % 7)
        diff = (self.weekday - last.weekday()) % 7
        return last + timedelta(days=diff - 7 if diff > 3 else diff)

    def quarter_ends(self, year: int) -> tuple[date, date, date]:
        """Predicted ends of Q1-Q3 of the fiscal year that starts after year_end(year).

        Weekly years: 13, 26, 39 weeks after the previous year end. In a 53-week year the
        extra week may sit in any quarter (Apple put it in Q1 of fiscal 2023, Nvidia in Q4 of
        fiscal 2021), so each prediction assumes it already passed: one week later. A deadline
        predicted a week late delays an alert; one predicted a week early would raise a false
        one. Actual report dates replace these predictions as soon as a 10-Q or NT names them."""
        start = self.year_end(year)
        if self.weekly:
            extra = 1 if (self.year_end(year + 1) - start).days > 364 else 0
            return tuple(start + timedelta(weeks=13 * k + extra) for k in (1, 2, 3))  # type: ignore[return-value]
        ends = []
        for k in (1, 2, 3):
            y, m = _shift_month(year, self.month, 3 * k)
            last = _last_day(y, m)
            ends.append(last if self.kind == "month_end" else date(y, m, min(self.day, last.day)))
        return tuple(ends)  # type: ignore[return-value]

    def fits(self, day: date) -> bool:
        return any(self.year_end(y) == day for y in (day.year - 1, day.year))

    def describe(self) -> str:
        month = _calendar.month_name[self.month]
        if self.kind == "month_end":
            return f"last day of {month}"
        if self.kind == "fixed_day":
            return f"{month} {self.day}"
        weekday = _calendar.day_name[self.weekday]
        if self.kind == "last_weekday":
            return f"last {weekday} of {month} (52/53-week year)"
        return f"{weekday} nearest the end of {month} (52/53-week year)"


def _candidates(anchor: date) -> list[FiscalPattern]:
    found = []
    if anchor == _last_day(anchor.year, anchor.month):
        found.append(FiscalPattern("month_end", anchor.month))
    if (anchor + timedelta(days=7)).month != anchor.month:
        found.append(FiscalPattern("last_weekday", anchor.month, weekday=anchor.weekday()))
    nominal_year, nominal_month = anchor.year, anchor.month
    if anchor.day <= 3:
        nominal_year, nominal_month = _shift_month(anchor.year, anchor.month, -1)
    if abs((anchor - _last_day(nominal_year, nominal_month)).days) <= 3:
        found.append(FiscalPattern("nearest_weekday", nominal_month, weekday=anchor.weekday()))
    found.append(FiscalPattern("fixed_day", anchor.month, day=anchor.day))
    return found


def fiscal_pattern(
    annual_periods: Sequence[date], fiscal_year_end: str | None = None
) -> FiscalPattern | None:
    """The fiscal-year pattern from the actual period ends of annual reports (any order).

    Up to the three most recent are used; the first candidate (month end, last weekday of a
    month, weekday nearest the month end, fixed day) that reproduces all of them wins. With a
    single period that is not a month end, EDGAR's `fiscalYearEnd` MMDD decides between a
    fixed day (MMDD equals the period) and a 52/53-week year (it differs: Apple's says 0926
    while its fiscal 2025 ended 2025-09-27). With no annual period, the MMDD alone (month end
    or fixed day). None when nothing is known."""
    recent = sorted(set(annual_periods), reverse=True)[:3]
    mmdd = (fiscal_year_end or "").strip()
    if not recent:
        if len(mmdd) != 4 or not mmdd.isdigit():
            return None
        month, day = int(mmdd[:2]), int(mmdd[2:])
        if not 1 <= month <= 12 or not 1 <= day <= 31:
            return None
        # February: 0228 and 0229 both mean "the last day of February".
        if day >= _calendar.monthrange(2023, month)[1]:
            return FiscalPattern("month_end", month)
        return FiscalPattern("fixed_day", month, day=day)
    anchor = recent[0]
    candidates = _candidates(anchor)
    if len(recent) > 1:
        for pattern in candidates:
            if all(pattern.fits(day) for day in recent):
                return pattern
        # No pattern explains the history (the fiscal year changed): trust the latest alone.
    if candidates[0].kind == "month_end":
        return candidates[0]
    if mmdd == anchor.strftime("%m%d") or len(candidates) == 1:
        return candidates[-1]
    return candidates[0]


# --------------------------------------------------------------------------- the calendar


class Status(StrEnum):
    UPCOMING = "upcoming"  # due date in the future, report not filed
    DUE = "due"  # due today, or the one-business-day NT window after it is open
    NT_FILED = "nt_filed"  # NT on file, report not yet, extended date not passed
    OVERDUE_NO_NT = "overdue_no_nt"  # NT window closed: no report and no NT
    GRACE_EXPIRED = "grace_expired"  # NT filed, extended date passed, no report
    FILED = "filed"  # filed by the due date, or within the extension after a timely NT
    FILED_LATE = "filed_late"  # filed after the applicable deadline
    UNKNOWN = "unknown"  # category/fiscal year/history unknown, or deregistered (`reason`)


@dataclass(frozen=True, slots=True)
class DeadlineEntry:
    cik: int
    ticker: str | None
    report: str  # "10-K" | "10-Q" | "20-F"
    period: date | None  # None only for a company-wide unknown entry
    category: str | None  # the category that set the due date, in words
    due: date | None
    nt_due: date | None
    extended_due: date | None
    status: Status
    reason: str | None = None
    filed_on: date | None = None  # filing date of the report itself (not /A)
    nt_filed_on: date | None = None  # filing date of the first NT for the period
    days_late: int | None = None  # calendar days past the applicable deadline
    company: str | None = None
    rule: str | None = None  # "large accelerated filer, 60 days"
    predicted: bool = False  # period predicted from the fiscal pattern, no filing names it yet
    first_report: bool = False  # the company's first periodic report on EDGAR (see calendar)


# A transition report (after a change of fiscal year) is the annual report for its period
# and marks the new fiscal year end.
_TRANSITION = {"10-K": "10-KT", "10-Q": "10-QT"}


def _nt_forms(report: str) -> tuple[str, str]:
    return f"NT {report}", f"NT {report}/A"


def episode_key(cik: int, report: str, period: date) -> str:
    """Key shared by every late-filing alert about one company's report for one period (the
    deadline alerts here and, when the rules engine uses it, NT-filing findings)."""
    return f"{cik}:{report}:{period.isoformat()}"


def _status(
    dates: DueDates, filed_on: date | None, nt_on: date | None, as_of: date
) -> tuple[Status, int | None, str | None]:
    nt_timely = nt_on is not None and nt_on <= dates.nt_due
    late_nt_note = (
        f"NT filed {nt_on.isoformat()}, after the NT window closed {dates.nt_due.isoformat()}"
        if nt_on is not None and not nt_timely
        else None
    )
    if filed_on is not None:
        if filed_on <= dates.due:
            return Status.FILED, None, None
        if nt_timely and filed_on <= dates.extended_due:
            return Status.FILED, None, f"filed within the Rule 12b-25 extension (NT {nt_on})"
        deadline = dates.extended_due if nt_timely else dates.due
        return Status.FILED_LATE, (filed_on - deadline).days, late_nt_note
    if nt_on is not None:
        if as_of <= dates.extended_due:
            return Status.NT_FILED, None, late_nt_note
        return Status.GRACE_EXPIRED, (as_of - dates.extended_due).days, late_nt_note
    if as_of < dates.due:
        return Status.UPCOMING, None, None
    if as_of <= dates.nt_due:
        note = None
        if as_of > dates.due:
            note = f"due date passed; NT window open until {dates.nt_due.isoformat()}"
        return Status.DUE, None, note
    return Status.OVERDUE_NO_NT, (as_of - dates.due).days, None


_LATE = (Status.OVERDUE_NO_NT, Status.GRACE_EXPIRED, Status.FILED_LATE)
_FIRST_REPORT_NOTE = (
    "first periodic report on EDGAR: it may be due 45 days after the registration became "
    "effective (Rule 13a-13/15d-13), so it raises no alert"
)


def _join(*notes: str | None) -> str | None:
    return "; ".join(n for n in notes if n) or None


def _report_family(filings: Sequence[SubmissionFiling]) -> str | None:
    """Report family: "10-K" (10-K and 10-Q filer), "20-F", "40-F" or None, from the latest periodic form."""
    for filing in filings:  # newest first
        form = filing.form.removeprefix("NT ").removesuffix("/A")
        if form in ("10-K", "10-Q", "10-KT", "10-QT"):
            return "10-K"
        if form in ("20-F", "40-F"):
            return form
    return None


def _match(predicted: date, actual: Iterable[date], tolerance: int = 10) -> date | None:
    best = None
    for day in actual:
        gap = abs((day - predicted).days)
        if gap <= tolerance and (best is None or gap < abs((best - predicted).days)):
            best = day
    return best


def calendar(
    profile: CompanyProfile,
    as_of: date,
    *,
    ticker: str | None = None,
    category: FilerCategory | str | None = None,
    lookback_days: int = 400,
    recent_days: int = 45,
) -> list[DeadlineEntry]:
    """The deadline calendar of one company as it stood at the end of `as_of`.

    Only filings with a filing date on or before `as_of` are considered, so a past day can be
    replayed from today's submissions JSON. Entries, sorted by due date:
    - every period that ended within `lookback_days` and is still unfiled, or whose report
      was filed or whose extended date fell within the last `recent_days`;
    - always the latest ended period of each report type, and the next one not yet ended.
    `category` overrides EDGAR's (for companies whose JSON names no filer status).
    A company that filed a Form 15 (15-12G, 15-15D, 15F-*) and no periodic report since gets
    a single `unknown` entry "deregistered (Form 15-12G filed on ...)"; one with no category,
    no fiscal year or no 10-K/10-Q/20-F history gets `unknown` entries with the reason.
    The company's first periodic report (when the whole history is loaded: no `older_pages`)
    is flagged `first_report`: its deadline may run from the registration's effective date,
    so a late status there carries a note and raises no event."""
    ticker = ticker if ticker is not None else (profile.tickers[0] if profile.tickers else None)
    filings = [f for f in profile.filings if f.filing_date <= as_of]
    family = _report_family(filings)

    def company_unknown(report: str, reason: str) -> list[DeadlineEntry]:
        return [
            DeadlineEntry(
                cik=profile.cik,
                ticker=ticker,
                report=report,
                period=None,
                category=profile.category,
                due=None,
                nt_due=None,
                extended_due=None,
                status=Status.UNKNOWN,
                reason=reason,
                company=profile.name,
            )
        ]

    stop = next((f for f in filings if f.form.removesuffix("/A") in DEREGISTRATION_FORMS), None)
    if stop is not None:
        resumed = any(f.filing_date > stop.filing_date and f.form in REPORTS for f in filings)
        if not resumed:
            return company_unknown(
                family if family in REPORTS else "10-K",
                f"deregistered (Form {stop.form} filed on {stop.filing_date.isoformat()}); "
                "no longer tracked",
            )
    if family is None:
        return company_unknown("10-K", "no 10-K, 10-Q or 20-F on EDGAR: no history to follow")
    if family == "40-F":
        return company_unknown("40-F", "40-F filer: deadlines follow home-country rules")

    reports = ("20-F",) if family == "20-F" else ("10-K", "10-Q")
    annual = reports[0]
    if isinstance(category, str):
        category = parse_category(category)
    governing = category if category is not None else filer_category(profile.categories)

    # Actual periods named by the reports and NTs on file.
    actual: dict[str, set[date]] = {r: set() for r in reports}
    filed_on: dict[tuple[str, date], date] = {}
    nt_on: dict[tuple[str, date], date] = {}
    for f in filings:
        if f.report_date is None:
            continue
        for report in reports:
            if f.form == report or f.form == _TRANSITION.get(report):
                actual[report].add(f.report_date)
                key = (report, f.report_date)
                filed_on[key] = min(filed_on.get(key, f.filing_date), f.filing_date)
            elif f.form in _nt_forms(report):
                actual[report].add(f.report_date)
                key = (report, f.report_date)
                nt_on[key] = min(nt_on.get(key, f.filing_date), f.filing_date)

    pattern = fiscal_pattern(sorted(actual[annual]), profile.fiscal_year_end)
    if pattern is None:
        return company_unknown(annual, "fiscal year end unknown: no annual report on EDGAR")

    # Predicted periods around as_of, replaced by actual ones within 10 days.
    all_actual = {d for days in actual.values() for d in days}
    earliest = min(all_actual, default=None)
    periods: dict[tuple[str, date], bool] = {}  # (report, period) -> predicted?
    for year in range(as_of.year - 2, as_of.year + 2):
        predicted = [(annual, pattern.year_end(year))]
        if annual == "10-K":
            predicted += [("10-Q", q) for q in pattern.quarter_ends(year)]
        for report, day in predicted:
            if earliest is not None and day <= earliest:
                continue
            if _match(day, actual[report]) is not None:
                continue  # the actual period replaces the prediction (added below)
            if _match(day, all_actual) is not None:
                continue  # another report covers it (a 10-K where a 10-Q was predicted)
            periods.setdefault((report, day), True)
    for report, days in actual.items():
        for day in days:
            periods[(report, day)] = False

    # The first periodic report after registration may be due 45 days after the effective
    # date instead (Rules 13a-13(a), 15d-13(a)); only knowable when no older page is missing.
    first_complete = not profile.older_pages
    entries: list[DeadlineEntry] = []
    for (report, period), predicted in periods.items():
        key = (report, period)
        entry = DeadlineEntry(
            cik=profile.cik,
            ticker=ticker,
            report=report,
            period=period,
            category=governing.value if governing else profile.category,
            due=None,
            nt_due=None,
            extended_due=None,
            status=Status.UNKNOWN,
            filed_on=filed_on.get(key),
            nt_filed_on=nt_on.get(key),
            company=profile.name,
            predicted=predicted,
            first_report=first_complete and period == earliest,
        )
        if report == "20-F" or governing is not None:
            dates = due_dates(period, report, governing)
            status, days_late, note = _status(dates, entry.filed_on, entry.nt_filed_on, as_of)
            entry = replace(
                entry,
                category=dates.category.value,
                due=dates.due,
                nt_due=dates.nt_due,
                extended_due=dates.extended_due,
                status=status,
                reason=note,
                days_late=days_late,
                rule=dates.rule,
            )
            if entry.first_report and status in _LATE:
                entry = replace(entry, reason=_join(note, _FIRST_REPORT_NOTE))
        else:
            shown = f" (EDGAR says {profile.category!r})" if profile.category else ""
            entry = replace(entry, reason=f"filer category unknown{shown}")
        entries.append(entry)
    return _window(entries, as_of, lookback_days, recent_days)


def _window(
    entries: list[DeadlineEntry], as_of: date, lookback_days: int, recent_days: int
) -> list[DeadlineEntry]:
    keep: dict[tuple[str, date | None], DeadlineEntry] = {}
    recent = as_of - timedelta(days=recent_days)
    oldest = as_of - timedelta(days=lookback_days)
    by_report: dict[str, list[DeadlineEntry]] = {}
    for entry in entries:
        by_report.setdefault(entry.report, []).append(entry)
    for report_entries in by_report.values():
        report_entries.sort(key=lambda e: e.period or date.min)
        ended = [e for e in report_entries if e.period is not None and e.period <= as_of]
        future = [e for e in report_entries if e.period is not None and e.period > as_of]
        chosen = []
        for e in ended:
            if e.period is not None and e.period < oldest:
                continue
            unfiled = e.filed_on is None
            fresh = (e.filed_on is not None and e.filed_on >= recent) or (
                e.extended_due is not None and e.extended_due >= recent
            )
            if unfiled or fresh:
                chosen.append(e)
        if ended:
            chosen.append(ended[-1])
        if future:
            chosen.append(future[0])
        for e in chosen:
            keep[(e.report, e.period)] = e
    return sorted(
        keep.values(),
        key=lambda e: (e.due or e.period or date.max, e.report, e.period or date.max),
    )


# --------------------------------------------------------------------------- output


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def to_json(entry: DeadlineEntry) -> dict[str, Any]:
    """The `edgar-sentinel deadlines --json` object: the DESIGN.md keys, then extras."""
    return {
        "cik": entry.cik,
        "ticker": entry.ticker,
        "report": entry.report,
        "period": _iso(entry.period),
        "category": entry.category,
        "due": _iso(entry.due),
        "nt_due": _iso(entry.nt_due),
        "extended_due": _iso(entry.extended_due),
        "status": str(entry.status),
        "reason": entry.reason,
        "company": entry.company,
        "filed_on": _iso(entry.filed_on),
        "nt_filed_on": _iso(entry.nt_filed_on),
        "days_late": entry.days_late,
        "rule": entry.rule,
        "predicted": entry.predicted,
        "first_report": entry.first_report,
    }


def format_calendar_text(entries: Sequence[DeadlineEntry]) -> str:
    """A plain-text table for the CLI and Slack code blocks."""
    headers = ("TICKER", "CIK", "REPORT", "PERIOD", "DUE", "NT DUE", "EXTENDED", "STATUS", "NOTE")
    rows = []
    for e in entries:
        note = e.reason or ""
        if e.status in (Status.FILED, Status.FILED_LATE) and e.filed_on:
            note = f"filed {e.filed_on.isoformat()}" + (f"; {note}" if note else "")
        if e.days_late:
            note = f"{e.days_late} days late" + (f"; {note}" if note else "")
        if e.nt_filed_on and e.status is not Status.FILED:
            note = (note + "; " if note else "") + f"NT {e.nt_filed_on.isoformat()}"
        rows.append(
            (
                e.ticker or "-",
                str(e.cik),
                e.report,
                _iso(e.period) or "-",
                _iso(e.due) or "-",
                _iso(e.nt_due) or "-",
                _iso(e.extended_due) or "-",
                str(e.status),
                note,
            )
        )
    if not rows:
        return "No deadlines to show."
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    for row in rows:
        lines.append("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    return "\n".join(lines)


# --------------------------------------------------------------------------- alert decisions

EventName = Literal["missed_no_nt", "grace_expired", "filed_late"]


@dataclass(frozen=True, slots=True)
class DeadlineEvent:
    """A late-filing alert decision. `key` is stable per company/report/period/event, so the
    alert engine can dedupe across restarts; `episode_key` is shared by every event of one
    period so a later `filed_late` threads under the earlier alert."""

    kind: Kind
    severity: Severity
    key: str
    episode_key: str
    event: EventName
    title: str
    text: str
    cik: int
    company: str | None
    ticker: str | None
    report: str
    period: date
    due: date
    category: str | None
    days_late: int | None = None
    # filed_late after an NT: True when the report came within the Rule 12b-25 extension
    within_extension: bool | None = None


def _days(n: int) -> str:
    return f"{n} day" if n == 1 else f"{n} days"


def _event(
    entry: DeadlineEntry,
    event: EventName,
    severity: Severity,
    title: str,
    text: str,
    **extra: Any,
) -> DeadlineEvent:
    assert entry.period is not None and entry.due is not None
    episode = episode_key(entry.cik, entry.report, entry.period)
    return DeadlineEvent(
        kind=Kind.LATE_FILING,
        severity=severity,
        key=f"deadline:{episode}:{event}",
        episode_key=episode,
        event=event,
        title=title,
        text=text,
        cik=entry.cik,
        company=entry.company,
        ticker=entry.ticker,
        report=entry.report,
        period=entry.period,
        due=entry.due,
        category=entry.category,
        **{"days_late": entry.days_late, **extra},
    )


def deadline_events(
    entries: Iterable[DeadlineEntry], as_of: date, *, filed_within_days: int = 30
) -> list[DeadlineEvent]:
    """Which late-filing alerts the calendar supports on `as_of` (pure; dedupe is the
    engine's job, by `key`).

    - missed_no_nt (high): no report and no NT, from the business day after the NT window
      closed (a filing after 5:30 p.m. on the last day is dated the next business day);
    - grace_expired (high): an NT is on file, no report, from the business day after the
      extended date;
    - filed_late (low): the report is on file after the applicable deadline, or after its
      original due date when an NT was filed for the period (even inside the Rule 12b-25
      extension, so the NT's thread hears that the report arrived), filed within the last
      `filed_within_days` (an arrival, not history: watching a company never replays its old
      late filings). After an NT, `days_late` counts from the original due date when the
      report came within the extension, and `within_extension` says whether it did.
    Entries flagged `first_report` and `unknown` ones raise nothing."""
    events: list[DeadlineEvent] = []
    for e in entries:
        if e.first_report:
            continue
        if e.period is None or e.due is None or e.nt_due is None or e.extended_due is None:
            continue
        period, rule = e.period.isoformat(), e.rule or e.category or "category unknown"
        nt_form = f"NT {e.report}"
        if e.status is Status.OVERDUE_NO_NT and as_of >= next_business_day(e.nt_due):
            events.append(
                _event(
                    e,
                    "missed_no_nt",
                    Severity.HIGH,
                    f"{e.report} deadline missed with no {nt_form}",
                    f"No {e.report} and no {nt_form} on EDGAR for the period ended {period}; "
                    f"due {e.due.isoformat()} ({rule}); NT window closed {e.nt_due.isoformat()}",
                )
            )
        elif e.status is Status.GRACE_EXPIRED and as_of >= next_business_day(e.extended_due):
            nt = e.nt_filed_on.isoformat() if e.nt_filed_on else "?"
            events.append(
                _event(
                    e,
                    "grace_expired",
                    Severity.HIGH,
                    f"{nt_form} extension expired with no {e.report}",
                    f"{nt_form} filed {nt} for the period ended {period}, but no {e.report} by the "
                    f"extended date {e.extended_due.isoformat()}; due {e.due.isoformat()} ({rule})",
                )
            )
        elif (
            e.status in (Status.FILED, Status.FILED_LATE)
            and e.nt_filed_on is not None
            and e.filed_on is not None
            and e.filed_on > e.due
            and (as_of - e.filed_on).days <= filed_within_days
        ):
            events.append(_filed_after_nt(e, e.filed_on, e.nt_filed_on, rule))
        elif (
            e.status is Status.FILED_LATE
            and e.filed_on is not None
            and (as_of - e.filed_on).days <= filed_within_days
        ):
            nt = (
                f"; {nt_form} filed {e.nt_filed_on.isoformat()}"
                if e.nt_filed_on
                else f"; no {nt_form}"
            )
            events.append(
                _event(
                    e,
                    "filed_late",
                    Severity.LOW,
                    f"{e.report} filed {_days(e.days_late or 0)} late",
                    f"{e.report} for the period ended {period} filed {e.filed_on.isoformat()}, "
                    f"{e.days_late} days after the applicable deadline; due {e.due.isoformat()} "
                    f"({rule}), extended date {e.extended_due.isoformat()}{nt}",
                )
            )
    return events


def _filed_after_nt(e: DeadlineEntry, filed_on: date, nt_on: date, rule: str) -> DeadlineEvent:
    """filed_late for a report that came after its due date, an NT having been filed for the
    period: how many days after the original due date, and whether within the extension."""
    assert e.period is not None and e.due is not None
    assert e.nt_due is not None and e.extended_due is not None
    nt_form = f"NT {e.report}"
    after_due = (filed_on - e.due).days
    what = "FY" if e.report in ANNUAL_REPORTS else "quarter"
    cure = e.extended_due.isoformat()
    head = (
        f"{e.report} for {what} ended {e.period.isoformat()} filed {filed_on.isoformat()}, "
        f"{_days(after_due)} after the {e.due.isoformat()} due date ({rule})"
    )
    if e.status is Status.FILED:  # timely NT, report inside the extension
        title = (
            f"{e.report} filed {_days(after_due)} after the due date, within the {nt_form} "
            "extension"
        )
        text = (
            f"{head}, within the Rule 12b-25 extension (cure by {cure}); "
            f"{nt_form} filed {nt_on.isoformat()}"
        )
        return _event(e, "filed_late", Severity.LOW, title, text,
                      days_late=after_due, within_extension=True)
    title = f"{e.report} filed {_days(e.days_late or 0)} late"
    if nt_on <= e.nt_due:  # timely NT, report after the extension ran out
        text = (
            f"{head}, {_days(e.days_late or 0)} after the Rule 12b-25 extension ran out "
            f"(cure by {cure}); {nt_form} filed {nt_on.isoformat()}"
        )
    else:
        text = (
            f"{head}; no Rule 12b-25 extension: {nt_form} filed {nt_on.isoformat()}, after "
            f"the NT window closed {e.nt_due.isoformat()}"
        )
    return _event(e, "filed_late", Severity.LOW, title, text, within_extension=False)
