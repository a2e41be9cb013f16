"""bot.deadlines: due dates, business days, fiscal patterns, statuses and alert decisions.

Every date is fixed. Expected dates were worked out by hand from the rules in DOMAIN.md
section 2 and a calendar, and expected statuses from the real submissions JSON in
tests/fixtures/submissions (filing rows quoted next to each test)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.deadlines import (
    DeadlineEntry,
    FilerCategory,
    FiscalPattern,
    Status,
    add_months,
    calendar,
    deadline_events,
    due_dates,
    episode_key,
    filer_category,
    fiscal_pattern,
    format_calendar_text,
    is_business_day,
    next_business_day,
    parse_category,
    roll_forward,
    to_json,
)
from bot.edgar.submissions import (
    CompanyProfile,
    SubmissionFiling,
    merge_page,
    parse_submissions,
)
from bot.engine import period_episode_key
from bot.models import Kind, Severity

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "submissions"
LARGE = FilerCategory.LARGE_ACCELERATED
ACCEL = FilerCategory.ACCELERATED
NON = FilerCategory.NON_ACCELERATED
SRC = FilerCategory.SMALLER_REPORTING


def load(name: str) -> CompanyProfile:
    return parse_submissions((FIXTURES / name).read_bytes(), url=name)


def tesla_full() -> CompanyProfile:
    page = (FIXTURES / "CIK0001318605-submissions-001_tesla.json").read_bytes()
    return merge_page(
        load("CIK0001318605_tesla.json"), page, name="CIK0001318605-submissions-001.json"
    )


def without(profile: CompanyProfile, *accessions: str) -> CompanyProfile:
    return replace(
        profile, filings=tuple(f for f in profile.filings if f.accession not in accessions)
    )


def entry_for(entries, report: str, period: date) -> DeadlineEntry:
    matches = [e for e in entries if e.report == report and e.period == period]
    assert len(matches) == 1, [(e.report, e.period) for e in entries]
    return matches[0]


# Tesla's fiscal 2012 annual report (older page CIK0001318605-submissions-001.json):
#   NT 10-K  2013-03-04  reportDate 2012-12-31  0001193125-13-088624
#   8-K 4.02 2013-03-07                          0001193125-13-096223
#   10-K     2013-03-07  reportDate 2012-12-31  0001193125-13-096241
TESLA_NT = "0001193125-13-088624"
TESLA_10K = "0001193125-13-096241"
FY2012 = date(2012, 12, 31)


# ----------------------------------------------------------------- DOMAIN.md worked examples


def test_domain_example_10q_due_sunday_14_aug():
    # Non-accelerated 10-Q for the quarter ended 2022-06-30: +45 days = Sunday 14 Aug 2022.
    dates = due_dates(date(2022, 6, 30), "10-Q", NON)
    assert date(2022, 8, 14).weekday() == 6
    assert dates.due == date(2022, 8, 15)  # Monday
    assert dates.nt_due == date(2022, 8, 16)
    # +5 from the rolled due date = Saturday 20 Aug -> Monday 22 Aug
    assert dates.extended_due == date(2022, 8, 22)
    assert dates.rule == "non-accelerated filer, 45 days"


def test_domain_example_10k_due_sunday_13_sep():
    # Accelerated filer, fiscal year ended 2026-06-30: +75 days = Sunday 13 Sep 2026.
    dates = due_dates(date(2026, 6, 30), "10-K", ACCEL)
    assert date(2026, 9, 13).weekday() == 6
    assert dates.due == date(2026, 9, 14)  # Monday
    assert dates.nt_due == date(2026, 9, 15)  # Tuesday
    assert dates.extended_due == date(2026, 9, 29)  # 14 + 15
    assert dates.rule == "accelerated filer, 75 days"


# ----------------------------------------------------------------- business days and holidays


@pytest.mark.parametrize(
    ("day", "open_"),
    [
        (date(2026, 6, 19), False),  # Juneteenth (Friday)
        (date(2021, 6, 18), False),  # Juneteenth 2021 observed (19th was a Saturday)
        (date(2020, 6, 19), True),  # before Juneteenth became a federal holiday
        (date(2025, 11, 27), False),  # Thanksgiving
        (date(2025, 11, 28), True),  # the Friday after is a business day
        (date(2021, 12, 31), False),  # New Year's Day 2022 (a Saturday) observed
        (date(2027, 12, 31), False),  # New Year's Day 2028 (a Saturday) observed
        (date(2026, 7, 3), False),  # Independence Day observed (4th is a Saturday)
        (date(2022, 12, 26), False),  # Christmas observed (25th a Sunday)
        (date(2025, 1, 9), False),  # national day of mourning, President Carter (EO 14133)
        (date(2024, 12, 24), False),  # Christmas Eve closing by executive order
        (date(2015, 12, 24), True),  # only a half-day closing: EDGAR open
        (date(2026, 3, 7), False),  # Saturday
        (date(2026, 3, 8), False),  # Sunday
        (date(2026, 3, 9), True),
    ],
)
def test_is_business_day(day, open_):
    assert is_business_day(day) is open_


def test_roll_forward_and_next_business_day():
    assert roll_forward(date(2026, 3, 9)) == date(2026, 3, 9)
    assert roll_forward(date(2026, 3, 7)) == date(2026, 3, 9)
    assert roll_forward(date(2027, 12, 31)) == date(2028, 1, 3)
    assert next_business_day(date(2026, 3, 9)) == date(2026, 3, 10)
    assert next_business_day(date(2026, 7, 2)) == date(2026, 7, 6)  # Fri 3rd observed holiday
    assert next_business_day(date(2025, 11, 26)) == date(2025, 11, 28)


def test_due_on_juneteenth_2026():
    # Large accelerated 10-Q, quarter ended Sunday 2026-05-10: +40 = Friday 2026-06-19.
    dates = due_dates(date(2026, 5, 10), "10-Q", LARGE)
    assert dates.due == date(2026, 6, 22)
    assert dates.nt_due == date(2026, 6, 23)
    assert dates.extended_due == date(2026, 6, 29)  # 22 + 5 = Sat 27 -> Mon 29


def test_due_on_thanksgiving_2025():
    # Large accelerated 10-K, 52/53-week year ended Sunday 2025-09-28: +60 = Thu 2025-11-27.
    dates = due_dates(date(2025, 9, 28), "10-K", LARGE)
    assert dates.due == date(2025, 11, 28)
    assert dates.nt_due == date(2025, 12, 1)
    assert dates.extended_due == date(2025, 12, 15)  # 28 + 15 = Sat 13 Dec -> Mon 15


def test_due_on_new_years_day_observed():
    # Non-accelerated 10-Q, quarter ended 2021-11-16: +45 = Fri 2021-12-31 (observed holiday).
    dates = due_dates(date(2021, 11, 16), "10-Q", NON)
    assert dates.due == date(2022, 1, 3)
    assert dates.nt_due == date(2022, 1, 4)
    assert dates.extended_due == date(2022, 1, 10)  # 3 + 5 = Sat 8 -> Mon 10


def test_nt_window_over_labor_day():
    # Microsoft, fiscal year ended 2025-06-30, large accelerated: +60 = Fri 2025-08-29;
    # Monday 1 Sep is Labor Day, so the NT window closes Tuesday.
    dates = due_dates(date(2025, 6, 30), "10-K", LARGE)
    assert (dates.due, dates.nt_due, dates.extended_due) == (
        date(2025, 8, 29),
        date(2025, 9, 2),
        date(2025, 9, 15),
    )


# ----------------------------------------------------------------- categories


@pytest.mark.parametrize(
    ("category", "tenk", "tenq"),
    [
        # fiscal year ended Wed 2025-12-31; quarter ended Tue 2026-03-31
        (
            LARGE,
            (date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 17)),
            (date(2026, 5, 11), date(2026, 5, 12), date(2026, 5, 18)),
        ),
        (
            ACCEL,
            (date(2026, 3, 16), date(2026, 3, 17), date(2026, 3, 31)),
            (date(2026, 5, 11), date(2026, 5, 12), date(2026, 5, 18)),
        ),
        (
            NON,
            (date(2026, 3, 31), date(2026, 4, 1), date(2026, 4, 15)),
            (date(2026, 5, 15), date(2026, 5, 18), date(2026, 5, 20)),
        ),
        (
            SRC,
            (date(2026, 3, 31), date(2026, 4, 1), date(2026, 4, 15)),
            (date(2026, 5, 15), date(2026, 5, 18), date(2026, 5, 20)),
        ),
    ],
)
def test_each_filer_category(category, tenk, tenq):
    k = due_dates(date(2025, 12, 31), "10-K", category)
    q = due_dates(date(2026, 3, 31), "10-Q", category)
    assert (k.due, k.nt_due, k.extended_due) == tenk
    assert (q.due, q.nt_due, q.extended_due) == tenq


def test_20f_four_months():
    dates = due_dates(date(2025, 12, 31), "20-F", None)
    assert dates.category is FilerCategory.FOREIGN_PRIVATE_ISSUER
    assert (dates.due, dates.nt_due, dates.extended_due) == (
        date(2026, 4, 30),
        date(2026, 5, 1),
        date(2026, 5, 15),
    )
    assert dates.rule == "foreign private issuer, 4 months"
    # June 30 year end -> October 31 (month end stays month end), a Friday in 2025
    assert due_dates(date(2025, 6, 30), "20-F", LARGE).due == date(2025, 10, 31)
    assert add_months(date(2025, 12, 28), 4) == date(2026, 4, 28)
    assert add_months(date(2025, 10, 31), 4) == date(2026, 2, 28)


def test_due_dates_refuses_what_it_cannot_know():
    with pytest.raises(ValueError, match="category"):
        due_dates(date(2025, 12, 31), "10-K", None)
    with pytest.raises(ValueError, match="8-K"):
        due_dates(date(2025, 12, 31), "8-K", LARGE)


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (("Large accelerated filer",), LARGE),
        (("Accelerated filer",), ACCEL),
        (("Accelerated filer", "Smaller reporting company"), ACCEL),
        (("Non-accelerated filer", "Smaller reporting company"), NON),
        (("Smaller reporting company",), SRC),
        (("Non-accelerated filer", "Smaller reporting company", "Emerging growth company"), NON),
        (("Emerging growth company",), None),
        ((), None),
    ],
)
def test_filer_category(parts, expected):
    assert filer_category(parts) == expected


def test_parse_category():
    assert parse_category("non-accelerated") is NON
    assert parse_category("Large Accelerated Filer") is LARGE
    assert parse_category("SRC") is SRC
    with pytest.raises(ValueError, match="unknown filer category 'huge'"):
        parse_category("huge")


# ----------------------------------------------------------------- fiscal years


def annual_periods(profile: CompanyProfile, form: str = "10-K") -> list[date]:
    return [f.report_date for f in profile.filings if f.form == form and f.report_date]


def test_apple_52_53_week_year_from_real_report_dates():
    apple = load("CIK0000320193_apple.json")
    periods = annual_periods(apple)
    assert date(2024, 9, 28) in periods and date(2025, 9, 27) in periods
    pattern = fiscal_pattern(periods, apple.fiscal_year_end)
    assert pattern == FiscalPattern("last_weekday", 9, weekday=5)  # last Saturday of September
    # every 10-K period Apple reported since 2015 (2015-09-26 ... 2025-09-27) fits
    for day in periods:
        assert pattern.year_end(day.year) == day
    assert pattern.year_end(2026) == date(2026, 9, 26)
    # Quarters: fiscal 2025 had 52 weeks, fiscal 2023 had 53 with the extra week in Q1.
    assert pattern.quarter_ends(2024) == (date(2024, 12, 28), date(2025, 3, 29), date(2025, 6, 28))
    assert pattern.quarter_ends(2022) == (date(2022, 12, 31), date(2023, 4, 1), date(2023, 7, 1))


def test_apple_single_period_with_mmdd_hint():
    # EDGAR's fiscalYearEnd says 0926; the 10-K says 2025-09-27: a 52/53-week year.
    pattern = fiscal_pattern([date(2025, 9, 27)], "0926")
    assert pattern is not None and pattern.kind == "last_weekday"
    assert fiscal_pattern([date(2025, 6, 28)], "0628") == FiscalPattern("fixed_day", 6, day=28)


def test_nvidia_last_sunday_of_january():
    nvidia = load("CIK0001045810_nvidia.json")
    pattern = fiscal_pattern(annual_periods(nvidia), nvidia.fiscal_year_end)
    assert pattern == FiscalPattern("last_weekday", 1, weekday=6)
    assert pattern.year_end(2025) == date(2025, 1, 26)
    assert pattern.year_end(2026) == date(2026, 1, 25)
    assert pattern.year_end(2027) == date(2027, 1, 31)
    assert pattern.quarter_ends(2025) == (date(2025, 4, 27), date(2025, 7, 27), date(2025, 10, 26))


def test_nearest_weekday_pattern_spills_into_next_month():
    periods = [date(2016, 10, 1), date(2017, 9, 30), date(2018, 9, 29)]
    pattern = fiscal_pattern(periods)
    assert pattern == FiscalPattern("nearest_weekday", 9, weekday=5)
    assert pattern.year_end(2016) == date(2016, 10, 1)
    assert pattern.year_end(2022) == date(2022, 10, 1)


def test_month_end_patterns():
    msft = load("CIK0000789019_microsoft.json")
    pattern = fiscal_pattern(annual_periods(msft), msft.fiscal_year_end)
    assert pattern == FiscalPattern("month_end", 6)
    assert pattern.quarter_ends(2025) == (date(2025, 9, 30), date(2025, 12, 31), date(2026, 3, 31))
    assert fiscal_pattern([], "1231") == FiscalPattern("month_end", 12)
    assert fiscal_pattern([], "0229") == FiscalPattern("month_end", 2)
    assert fiscal_pattern([], None) is None
    assert fiscal_pattern([], "") is None


def test_calendar_uses_actual_quarter_ends_in_53_week_years():
    # Nvidia fiscal 2021 had 53 weeks (2020-01-26 -> 2021-01-31) with the extra week in Q4:
    # its 10-Q periods were 2020-04-26, 2020-07-26, 2020-10-25 (filed 2020-11-18).
    nvidia = load("CIK0001045810_nvidia.json")
    entries = calendar(nvidia, date(2020, 12, 1))
    q3 = entry_for(entries, "10-Q", date(2020, 10, 25))
    assert q3.status is Status.FILED and q3.filed_on == date(2020, 11, 18)
    assert not q3.predicted
    # Next 10-K predicted from the pattern: last Sunday of January 2021
    tenk = entry_for(entries, "10-K", date(2021, 1, 31))
    assert tenk.predicted and tenk.status is Status.UPCOMING
    assert tenk.due == date(2021, 4, 1)  # +60 = Thursday 1 April 2021


# ----------------------------------------------------------------- statuses on real filings


@pytest.mark.parametrize(
    ("as_of", "status"),
    [
        (date(2013, 2, 28), Status.UPCOMING),
        (date(2013, 3, 1), Status.DUE),  # due Friday 1 March (60 days)
        (date(2013, 3, 4), Status.NT_FILED),  # NT 10-K filed Monday 4 March, the last day
        (date(2013, 3, 6), Status.NT_FILED),
        (date(2013, 3, 7), Status.FILED),  # 10-K 7 March, inside the extension (18 March)
        (date(2013, 4, 1), Status.FILED),
    ],
)
def test_tesla_fy2012_nt_then_10k(as_of, status):
    entries = calendar(tesla_full(), as_of)
    e = entry_for(entries, "10-K", FY2012)
    assert e.status is status
    assert (e.due, e.nt_due, e.extended_due) == (
        date(2013, 3, 1),
        date(2013, 3, 4),
        date(2013, 3, 18),
    )
    assert e.category == "large accelerated filer"
    assert e.ticker == "TSLA"
    if as_of >= date(2013, 3, 4):
        assert e.nt_filed_on == date(2013, 3, 4)
    events = deadline_events(entries, as_of)
    if status is Status.FILED:
        assert e.filed_on == date(2013, 3, 7) and e.days_late is None
        # the 10-K came after the due date: the NT's thread hears that it arrived
        assert [(ev.event, ev.severity, ev.within_extension) for ev in events] == [
            ("filed_late", Severity.LOW, True)
        ]
    else:
        assert events == []


def test_tesla_10k_inside_the_nt_extension_is_reported_in_the_nt_episode():
    entries = calendar(tesla_full(), date(2013, 3, 7))
    (event,) = deadline_events(entries, date(2013, 3, 7))
    assert event.event == "filed_late" and event.severity is Severity.LOW
    assert event.days_late == 6 and event.within_extension is True
    assert event.text == (
        "10-K for FY ended 2012-12-31 filed 2013-03-07, 6 days after the 2013-03-01 due date "
        "(large accelerated filer, 60 days), within the Rule 12b-25 extension "
        "(cure by 2013-03-18); NT 10-K filed 2013-03-04"
    )
    # the kind and the company are shown beside the title (Slack header, fallback text)
    assert event.title == "10-K filed 6 days after the due date, within the NT 10-K extension"
    # the episode an NT 10-K finding for the same period opens (bot.engine), once per period
    assert event.episode_key == period_episode_key(1318605, "10-K", "2012-12-31")
    assert event.key == "deadline:1318605:10-K:2012-12-31:filed_late"
    later = deadline_events(calendar(tesla_full(), date(2013, 3, 20)), date(2013, 3, 20))
    assert [ev.key for ev in later] == [event.key]
    # history, not an arrival, once it is more than 30 days old
    assert deadline_events(calendar(tesla_full(), date(2013, 4, 7)), date(2013, 4, 7)) == []


def test_report_after_an_early_nt_is_filed_late_only_once_past_the_due_date():
    # Large accelerated, year ended 2025-12-31: due Mon 2 Mar 2026, NT by Tue 3 Mar, cure by
    # Tue 17 Mar. NT 10-K filed early (27 Feb). A 10-K on the due date itself is simply on
    # time; one on Wed 4 Mar is two days after the due date, inside the extension.
    rows = [
        ("10-K", date(2025, 2, 20), date(2024, 12, 31)),
        ("10-Q", date(2025, 5, 1), date(2025, 3, 31)),
        ("10-Q", date(2025, 8, 1), date(2025, 6, 30)),
        ("10-Q", date(2025, 11, 1), date(2025, 9, 30)),
        ("NT 10-K", date(2026, 2, 27), date(2025, 12, 31)),
    ]
    on_time = calendar(synthetic(rows=[*rows, ("10-K", date(2026, 3, 2), date(2025, 12, 31))]),
                       date(2026, 3, 5))
    assert entry_for(on_time, "10-K", date(2025, 12, 31)).status is Status.FILED
    assert deadline_events(on_time, date(2026, 3, 5)) == []
    after = calendar(synthetic(rows=[*rows, ("10-K", date(2026, 3, 4), date(2025, 12, 31))]),
                     date(2026, 3, 5))
    assert entry_for(after, "10-K", date(2025, 12, 31)).status is Status.FILED
    (event,) = deadline_events(after, date(2026, 3, 5))
    assert event.event == "filed_late" and event.days_late == 2 and event.within_extension
    assert "2 days after the 2026-03-02 due date" in event.text
    assert "(cure by 2026-03-17); NT 10-K filed 2026-02-27" in event.text


def test_tesla_without_the_10k_grace_expires():
    profile = without(tesla_full(), TESLA_10K)
    e = entry_for(calendar(profile, date(2013, 3, 18)), "10-K", FY2012)
    assert e.status is Status.NT_FILED
    assert deadline_events(calendar(profile, date(2013, 3, 18)), date(2013, 3, 18)) == []
    entries = calendar(profile, date(2013, 3, 19))
    e = entry_for(entries, "10-K", FY2012)
    assert e.status is Status.GRACE_EXPIRED
    assert e.days_late == 1
    (event,) = deadline_events(entries, date(2013, 3, 19))
    assert event.event == "grace_expired"
    assert event.severity is Severity.HIGH
    assert event.kind is Kind.LATE_FILING
    assert "NT 10-K filed 2013-03-04" in event.text
    assert "period ended 2012-12-31" in event.text
    assert "2013-03-18" in event.text
    assert "large accelerated filer, 60 days" in event.text


def test_tesla_without_nt_or_10k_missed_no_nt():
    profile = without(tesla_full(), TESLA_10K, TESLA_NT)
    day4 = calendar(profile, date(2013, 3, 4))
    assert entry_for(day4, "10-K", FY2012).status is Status.DUE  # NT window still open
    assert deadline_events(day4, date(2013, 3, 4)) == []
    day5 = calendar(profile, date(2013, 3, 5))
    e = entry_for(day5, "10-K", FY2012)
    assert e.status is Status.OVERDUE_NO_NT
    (event,) = deadline_events(day5, date(2013, 3, 5))
    assert event.event == "missed_no_nt"
    assert event.severity is Severity.HIGH
    assert event.text == (
        "No 10-K and no NT 10-K on EDGAR for the period ended 2012-12-31; due 2013-03-01 "
        "(large accelerated filer, 60 days); NT window closed 2013-03-04"
    )
    assert event.title == "10-K deadline missed with no NT 10-K"  # company shown beside it
    assert (event.company, event.ticker) == ("Tesla, Inc.", "TSLA")
    assert event.episode_key == episode_key(1318605, "10-K", FY2012) == "1318605:10-K:2012-12-31"


def test_tesla_without_nt_filed_late_threads_with_the_miss():
    profile = without(tesla_full(), TESLA_NT)
    missed = deadline_events(
        calendar(without(profile, TESLA_10K), date(2013, 3, 5)), date(2013, 3, 5)
    )
    entries = calendar(profile, date(2013, 3, 7))
    e = entry_for(entries, "10-K", FY2012)
    assert e.status is Status.FILED_LATE
    assert e.days_late == 6  # 1 March -> 7 March
    (event,) = deadline_events(entries, date(2013, 3, 7))
    assert event.event == "filed_late"
    assert event.severity is Severity.LOW
    assert event.days_late == 6
    assert "6 days" in event.text and "no NT 10-K" in event.text
    assert event.episode_key == missed[0].episode_key
    assert event.key != missed[0].key
    # still reported while the arrival is recent, not once it is history
    assert deadline_events(calendar(profile, date(2013, 4, 6)), date(2013, 4, 6))
    assert deadline_events(calendar(profile, date(2013, 4, 7)), date(2013, 4, 7)) == []


def test_events_fire_from_the_business_day_after_the_window():
    # Non-accelerated filer whose 10-K for 2025 arrived on time; no 10-Q for the quarter
    # ended 2026-03-31: +45 = Fri 15 May due, NT window closes Mon 18 May, alert Tue 19 May.
    profile = synthetic(
        categories=("Non-accelerated filer",),
        rows=[("10-K", date(2026, 3, 20), date(2025, 12, 31))],
    )
    assert deadline_events(calendar(profile, date(2026, 5, 15)), date(2026, 5, 15)) == []
    assert deadline_events(calendar(profile, date(2026, 5, 18)), date(2026, 5, 18)) == []
    events = deadline_events(calendar(profile, date(2026, 5, 19)), date(2026, 5, 19))
    assert [(e.event, e.period) for e in events] == [("missed_no_nt", date(2026, 3, 31))]


def test_event_after_a_friday_nt_window_waits_for_monday():
    entry = DeadlineEntry(
        cik=1,
        ticker="X",
        report="10-Q",
        period=date(2026, 6, 27),
        category="large accelerated filer",
        due=date(2026, 8, 6),  # Thursday
        nt_due=date(2026, 8, 7),  # Friday
        extended_due=date(2026, 8, 11),
        status=Status.OVERDUE_NO_NT,
        company="X Corp",
    )
    assert deadline_events([entry], date(2026, 8, 8)) == []  # Saturday
    assert deadline_events([entry], date(2026, 8, 9)) == []  # Sunday
    assert len(deadline_events([entry], date(2026, 8, 10))) == 1  # Monday
    grace = replace(entry, status=Status.GRACE_EXPIRED, nt_filed_on=date(2026, 8, 7))
    assert deadline_events([grace], date(2026, 8, 11)) == []  # extended date itself
    (event,) = deadline_events([grace], date(2026, 8, 12))
    assert event.event == "grace_expired"


def test_event_keys_are_stable_across_calls_and_days():
    profile = without(tesla_full(), TESLA_10K, TESLA_NT)
    first = deadline_events(calendar(profile, date(2013, 3, 5)), date(2013, 3, 5))
    again = deadline_events(calendar(profile, date(2013, 3, 5)), date(2013, 3, 5))
    later = deadline_events(calendar(profile, date(2013, 3, 12)), date(2013, 3, 12))
    assert [e.key for e in first] == [e.key for e in again]
    assert first[0].key in {e.key for e in later}
    assert first[0].key == "deadline:1318605:10-K:2012-12-31:missed_no_nt"


# ----------------------------------------------------------------- unknowns, overrides, Form 15


def test_alzamend_category_unknown_says_so():
    alzn = load("CIK0001677077_alzamend_smallcap.json")
    entries = calendar(alzn, date(2024, 3, 20))
    assert entries
    for e in entries:
        assert e.status is Status.UNKNOWN
        assert e.due is None
        assert "filer category unknown" in e.reason
        assert "Emerging growth company" in e.reason
    assert deadline_events(entries, date(2024, 3, 20)) == []


def test_alzamend_with_category_override():
    # NT 10-Q 2024-03-18 and 10-Q 2024-03-25 for the quarter ended 2024-01-31:
    # +45 = Sat 16 Mar -> due Mon 18 Mar, NT Tue 19 Mar, extended 18 + 5 = Sat 23 -> Mon 25.
    alzn = load("CIK0001677077_alzamend_smallcap.json")
    q = entry_for(
        calendar(alzn, date(2024, 3, 20), category="non-accelerated"), "10-Q", date(2024, 1, 31)
    )
    assert (q.due, q.nt_due, q.extended_due) == (
        date(2024, 3, 18),
        date(2024, 3, 19),
        date(2024, 3, 25),
    )
    assert q.status is Status.NT_FILED and q.nt_filed_on == date(2024, 3, 18)
    q = entry_for(calendar(alzn, date(2024, 3, 25), category=NON), "10-Q", date(2024, 1, 31))
    assert q.status is Status.FILED and q.filed_on == date(2024, 3, 25)
    # NT 10-K and 10-K both 2024-07-30, year ended 2024-04-30: +90 = Mon 29 Jul.
    k = entry_for(calendar(alzn, date(2024, 8, 1), category=NON), "10-K", date(2024, 4, 30))
    assert (k.due, k.nt_due, k.extended_due) == (
        date(2024, 7, 29),
        date(2024, 7, 30),
        date(2024, 8, 13),
    )
    assert k.status is Status.FILED


def test_first_periodic_report_raises_no_alert():
    # Keen Vision (SPAC, IPO July 2023): its first 10-Q, quarter ended 2023-06-30, was filed
    # 2023-09-01 with no NT. On the normal schedule (non-accelerated, 45 days -> Mon 14 Aug)
    # that is 18 days late, but a first report may be due 45 days after effectiveness.
    kvac = load("CIK0001889983_keen_vision_spac.json")
    entries = calendar(kvac, date(2023, 9, 1), category="non-accelerated filer")
    q = entry_for(entries, "10-Q", date(2023, 6, 30))
    assert q.status is Status.FILED_LATE and q.days_late == 18
    assert q.first_report and "first periodic report" in q.reason
    assert deadline_events(entries, date(2023, 9, 1)) == []


def test_no_filings_company_is_unknown():
    (e,) = calendar(load("CIK0000350001_no_filings.json"), date(2026, 3, 1))
    assert e.status is Status.UNKNOWN and e.period is None
    assert "no 10-K, 10-Q or 20-F" in e.reason
    assert to_json(e)["reason"] == e.reason


def synthetic(
    *, categories=("Large accelerated filer",), rows=(), fye: str | None = "1231"
) -> CompanyProfile:
    filings = tuple(
        SubmissionFiling(
            accession=f"0000000001-{filed.year % 100:02d}-{i:06d}",
            form=form,
            filing_date=filed,
            report_date=period,
        )
        for i, (form, filed, period) in enumerate(rows)
    )
    return CompanyProfile(
        cik=1,
        name="Example Corp",
        tickers=("EXMP",),
        categories=tuple(categories),
        fiscal_year_end=fye,
        filings=tuple(sorted(filings, key=lambda f: f.filing_date, reverse=True)),
    )


def test_fiscal_year_unknown():
    profile = synthetic(rows=[("10-Q", date(2025, 5, 1), date(2025, 3, 31))], fye=None)
    (e,) = calendar(profile, date(2025, 6, 1))
    assert e.status is Status.UNKNOWN and "fiscal year end unknown" in e.reason


FORM15_ROWS = [
    ("10-K", date(2024, 2, 20), date(2023, 12, 31)),
    ("10-Q", date(2024, 5, 10), date(2024, 3, 31)),
]


def test_form_15_stops_tracking():
    profile = synthetic(rows=[*FORM15_ROWS, ("15-12G", date(2024, 6, 3), None)])
    before = calendar(profile, date(2024, 6, 1))
    assert {e.status for e in before} <= {Status.FILED, Status.UPCOMING}
    after = calendar(profile, date(2024, 9, 1))
    assert len(after) == 1
    assert after[0].status is Status.UNKNOWN
    assert after[0].reason == "deregistered (Form 15-12G filed on 2024-06-03); no longer tracked"
    assert deadline_events(after, date(2024, 9, 1)) == []


def test_form_15_12b_alone_keeps_tracking():
    profile = synthetic(rows=[*FORM15_ROWS, ("15-12B", date(2024, 6, 3), None)])
    entries = calendar(profile, date(2024, 9, 1))
    q2 = entry_for(entries, "10-Q", date(2024, 6, 30))
    assert q2.status is Status.OVERDUE_NO_NT and q2.predicted


def test_report_after_form_15_resumes_tracking():
    rows = [
        *FORM15_ROWS,
        ("15-15D", date(2024, 6, 3), None),
        ("10-Q", date(2024, 8, 9), date(2024, 6, 30)),
    ]
    entries = calendar(synthetic(rows=rows), date(2024, 9, 1))
    assert entry_for(entries, "10-Q", date(2024, 6, 30)).status is Status.FILED


def test_amendment_is_not_the_report():
    # a 10-K/A for the period does not count as the 10-K
    rows = [
        ("10-K", date(2024, 2, 20), date(2023, 12, 31)),
        ("10-Q", date(2024, 5, 1), date(2024, 3, 31)),
        ("10-Q", date(2024, 8, 1), date(2024, 6, 30)),
        ("10-Q", date(2024, 11, 1), date(2024, 9, 30)),
        ("10-K/A", date(2025, 3, 1), date(2024, 12, 31)),
    ]
    e = entry_for(calendar(synthetic(rows=rows), date(2025, 3, 10)), "10-K", date(2024, 12, 31))
    assert e.status is Status.OVERDUE_NO_NT and e.filed_on is None


def test_20f_filer():
    rows = [
        ("20-F", date(2024, 4, 15), date(2023, 12, 31)),
        ("NT 20-F", date(2025, 5, 1), date(2024, 12, 31)),
    ]
    profile = synthetic(categories=(), rows=rows)
    entries = calendar(profile, date(2025, 5, 10))
    assert {e.report for e in entries} == {"20-F"}
    e = entry_for(entries, "20-F", date(2024, 12, 31))
    assert (e.due, e.nt_due, e.extended_due) == (
        date(2025, 4, 30),
        date(2025, 5, 1),
        date(2025, 5, 15),
    )
    assert e.status is Status.NT_FILED
    assert e.category == "foreign private issuer"


def test_late_nt_gives_no_extension():
    rows = [
        ("10-K", date(2025, 2, 20), date(2024, 12, 31)),
        ("NT 10-Q", date(2025, 5, 20), date(2025, 3, 31)),  # due 12 May, NT window 13 May
        ("10-Q", date(2025, 5, 16), date(2025, 3, 31)),
    ]
    profile = synthetic(rows=rows)
    # 10-Q filed 16 May (before the late NT); large accelerated due Mon 2025-05-12
    e = entry_for(calendar(profile, date(2025, 5, 30)), "10-Q", date(2025, 3, 31))
    assert e.status is Status.FILED_LATE and e.days_late == 4
    (event,) = deadline_events(calendar(profile, date(2025, 5, 30)), date(2025, 5, 30))
    assert event.days_late == 4 and event.within_extension is False
    assert event.text.endswith(
        "4 days after the 2025-05-12 due date (large accelerated filer, 40 days); no Rule "
        "12b-25 extension: NT 10-Q filed 2025-05-20, after the NT window closed 2025-05-13"
    )


def test_transition_report_sets_new_fiscal_year():
    # December filer moving to a June year: 10-KT for the six months to 2025-06-30.
    rows = [
        ("10-K", date(2024, 2, 20), date(2023, 12, 31)),
        ("10-Q", date(2024, 5, 1), date(2024, 3, 31)),
        ("10-Q", date(2024, 8, 1), date(2024, 6, 30)),
        ("10-Q", date(2024, 11, 1), date(2024, 9, 30)),
        ("10-K", date(2025, 2, 20), date(2024, 12, 31)),
        ("10-Q", date(2025, 5, 1), date(2025, 3, 31)),
        ("10-KT", date(2025, 8, 20), date(2025, 6, 30)),
    ]
    entries = calendar(synthetic(rows=rows), date(2025, 9, 1))
    kt = entry_for(entries, "10-K", date(2025, 6, 30))
    assert kt.status is Status.FILED and kt.filed_on == date(2025, 8, 20)
    assert entry_for(entries, "10-Q", date(2025, 9, 30)).status is Status.UPCOMING
    assert entry_for(entries, "10-K", date(2026, 6, 30)).status is Status.UPCOMING
    assert all(e.period != date(2025, 12, 31) for e in entries)
    # Under the new June year, 2024-12-31 would be a Q2; the old 10-K covers it: no 10-Q due.
    assert not [e for e in entries if e.report == "10-Q" and e.period == date(2024, 12, 31)]
    assert {e.status for e in entries} <= {Status.FILED, Status.UPCOMING}


def test_timely_nt_then_report_after_the_extension_is_filed_late():
    # Large accelerated, year ended 2025-12-31: due Mon 2 Mar 2026, NT by Tue 3 Mar,
    # extended Tue 17 Mar. NT on 3 Mar, 10-K on 20 Mar: 3 days after the extended date.
    rows = [
        ("10-K", date(2025, 2, 20), date(2024, 12, 31)),
        ("10-Q", date(2025, 5, 1), date(2025, 3, 31)),
        ("10-Q", date(2025, 8, 1), date(2025, 6, 30)),
        ("10-Q", date(2025, 11, 1), date(2025, 9, 30)),
        ("NT 10-K", date(2026, 3, 3), date(2025, 12, 31)),
        ("10-K", date(2026, 3, 20), date(2025, 12, 31)),
    ]
    profile = synthetic(rows=rows)
    e = entry_for(calendar(profile, date(2026, 3, 20)), "10-K", date(2025, 12, 31))
    assert e.status is Status.FILED_LATE and e.days_late == 3
    (event,) = deadline_events(calendar(profile, date(2026, 3, 20)), date(2026, 3, 20))
    assert "NT 10-K filed 2026-03-03" in event.text and "3 days" in event.text
    assert event.days_late == 3 and event.within_extension is False
    assert "18 days after the 2026-03-02 due date" in event.text
    assert "3 days after the Rule 12b-25 extension ran out (cure by 2026-03-17)" in event.text
    # before the 10-K arrived: the extension ran out on the 17th, alert from the 18th
    grace = calendar(profile, date(2026, 3, 18))
    assert entry_for(grace, "10-K", date(2025, 12, 31)).status is Status.GRACE_EXPIRED
    assert [ev.event for ev in deadline_events(grace, date(2026, 3, 18))] == ["grace_expired"]


def test_nt_filed_before_the_due_date():
    rows = [
        ("10-K", date(2025, 2, 20), date(2024, 12, 31)),
        ("NT 10-Q", date(2025, 5, 5), date(2025, 3, 31)),
    ]
    e = entry_for(calendar(synthetic(rows=rows), date(2025, 5, 6)), "10-Q", date(2025, 3, 31))
    assert e.status is Status.NT_FILED
    assert e.due == date(2025, 5, 12)  # +40 = Sat 10 May -> Mon 12 May


# ----------------------------------------------------------------- output


def test_to_json_contract_keys():
    entries = calendar(tesla_full(), date(2013, 3, 4))
    e = entry_for(entries, "10-K", FY2012)
    data = to_json(e)
    contract = {
        "cik",
        "ticker",
        "report",
        "period",
        "category",
        "due",
        "nt_due",
        "extended_due",
        "status",
    }
    assert contract <= set(data)
    assert data["cik"] == 1318605
    assert data["ticker"] == "TSLA"
    assert data["report"] == "10-K"
    assert data["period"] == "2012-12-31"
    assert data["due"] == "2013-03-01"
    assert data["nt_due"] == "2013-03-04"
    assert data["extended_due"] == "2013-03-18"
    assert data["status"] == "nt_filed"
    assert data["category"] == "large accelerated filer"
    json.dumps([to_json(x) for x in entries])


def test_format_calendar_text():
    entries = calendar(tesla_full(), date(2013, 3, 4))
    text = format_calendar_text(entries)
    lines = text.splitlines()
    assert lines[0].split()[:3] == ["TICKER", "CIK", "REPORT"]
    assert len(lines) == len(entries) + 1
    line = next(line for line in lines if "2012-12-31" in line)
    assert "nt_filed" in line and "2013-03-18" in line and "NT 2013-03-04" in line
    assert format_calendar_text([]) == "No deadlines to show."


def test_calendar_shows_latest_and_next_periods():
    apple = load("CIK0000320193_apple.json")
    entries = calendar(apple, date(2026, 3, 1))
    assert [(e.report, e.period, e.status) for e in entries] == [
        ("10-K", date(2025, 9, 27), Status.FILED),
        ("10-Q", date(2025, 12, 27), Status.FILED),
        ("10-Q", date(2026, 3, 28), Status.UPCOMING),  # 2025-09-27 + 26 weeks
        ("10-K", date(2026, 9, 26), Status.UPCOMING),
    ]
    assert entries[2].due == date(2026, 5, 7)  # +40 = Thu 7 May


# ----------------------------------------------------------------- properties

CATEGORIES = st.sampled_from([LARGE, ACCEL, NON, SRC])


@settings(max_examples=300, deadline=None)
@given(
    period=st.dates(min_value=date(1995, 1, 1), max_value=date(2045, 12, 31)),
    category=CATEGORIES,
    report=st.sampled_from(["10-K", "10-Q", "20-F"]),
)
def test_due_dates_are_ordered_business_days(period, category, report):
    d = due_dates(period, report, category)
    assert period < d.due < d.nt_due <= d.extended_due
    for day in (d.due, d.nt_due, d.extended_due):
        assert is_business_day(day)
    assert (d.extended_due - d.due).days >= (15 if report != "10-Q" else 5)
    # the Form 12b-25 is due the next business day: every day between is a weekend or a closure (a long
    # weekend plus a holiday stretch can make that six days: 23 Dec 2025 to 29 Dec 2025, with the SEC
    # closed on 24-26 Dec)
    between = [d.due + timedelta(days=k) for k in range(1, (d.nt_due - d.due).days)]
    assert not any(is_business_day(day) for day in between)
    assert (d.nt_due - d.due).days <= 7


PROFILES = [
    "CIK0000320193_apple.json",
    "CIK0001045810_nvidia.json",
    "CIK0001677077_alzamend_smallcap.json",
    "CIK0001889983_keen_vision_spac.json",
    "CIK0000350001_no_filings.json",
]
_LOADED = {name: load(name) for name in PROFILES}


@settings(max_examples=150, deadline=None)
@given(
    name=st.sampled_from(PROFILES),
    as_of=st.dates(min_value=date(2015, 1, 1), max_value=date(2030, 12, 31)),
    category=st.one_of(st.none(), CATEGORIES),
)
def test_calendar_never_crashes(name, as_of, category):
    entries = calendar(_LOADED[name], as_of, category=category)
    assert entries
    for e in entries:
        if e.due is not None:
            assert e.due < e.nt_due <= e.extended_due
        else:
            assert e.status is Status.UNKNOWN and e.reason
        json.dumps(to_json(e))
    events = deadline_events(entries, as_of)
    assert len({ev.key for ev in events}) == len(events)
    format_calendar_text(entries)


def test_as_of_ignores_later_filings():
    # Same profile, a day when none of Apple's 2025-10-31 10-K was known yet.
    apple = load("CIK0000320193_apple.json")
    e = entry_for(calendar(apple, date(2025, 10, 30)), "10-K", date(2025, 9, 27))
    assert e.status is Status.UPCOMING and e.filed_on is None
    assert e.due == date(2025, 11, 26)  # +60 = Wed 26 Nov 2025
