"""Unit tests for bot.rules.numbers, with phrasings taken from real filings."""

from __future__ import annotations

from datetime import date

import pytest

from bot.rules.numbers import (
    iso_date,
    iter_dates,
    iter_money,
    iter_shares,
    parse_cell,
    parse_money,
    parse_percent,
    parse_shares,
    table_scales,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("authorized to purchase up to $110 billion of the Company's common stock", 110e9),
        ("an additional $500 million in shares of its common stock", 500e6),
        ("a program of US$2.0bn", 2.0e9),
        ("for $10.10 per share", 10.10),
        ("repurchase up to $10,000,000 of our common stock", 10_000_000),
        ("remaining authorization was $9.2 million as of", 9.2e6),
        ("declared a $.145 quarterly cash dividend", 0.145),
        ("a $1.5 billion accelerated share repurchase", 1.5e9),
        ("USD 300 million", 300e6),
        ("cost of approximately $4.25 million", 4.25e6),
    ],
)
def test_parse_money(text: str, value: float) -> None:
    assert parse_money(text) == pytest.approx(value)


def test_money_absent_and_order() -> None:
    assert parse_money("repurchased 370,000 shares of its common stock") is None
    found = iter_money("paid $9.7 billion and $24.2 billion during the second quarter")
    assert [m.value for m in found] == [pytest.approx(9.7e9), pytest.approx(24.2e9)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("repurchased 370,000 shares of its common stock for $10.10 per share", 370_000),
        ("Adobe repurchased 5.0 million shares during the quarter", 5.0e6),
        ("to repurchase 26,315,790 shares of common stock, $0.001 par value", 26_315_790),
        ("the Company has repurchased a total of 1.75 million shares of its common stock", 1.75e6),
        ("authorizes the repurchase of 500,000 shares of HRZB stock", 500_000),
        ("accepted for purchase 1,603,773 shares of common stock at a price of $2.65", 1_603_773),
        ("approximately 614 million shares remained available", 614e6),
        ("reduces the total shares outstanding to 1,514,146 outstanding shares", 1_514_146),
    ],
)
def test_parse_shares(text: str, value: float) -> None:
    assert parse_shares(text) == pytest.approx(value)


def test_dollar_amounts_are_not_share_counts() -> None:
    assert iter_shares("$500 million shares repurchase program") == []
    assert parse_shares("a $10.10 per share price") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("or approximately 5.0% of outstanding shares", 5.0),
        ("These shares represented approximately 19.3% of its shares", 19.3),
        ("approximately 5 percent of shares outstanding", 5.0),
    ],
)
def test_parse_percent(text: str, value: float) -> None:
    assert parse_percent(text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("with an expiration of December 31, 2026.", "2026-12-31"),
        ("runs for one year ending March 31, 2007, and", "2007-03-31"),
        ("On Dec. 5, 2024 the Board", "2024-12-05"),
        ("expires on 30 June 2011", "2011-06-30"),
        ("through June 30, 2011", "2011-06-30"),
        ("as of 9/15/2022", "2022-09-15"),
        ("no date here", None),
    ],
)
def test_iso_date(text: str, iso: str | None) -> None:
    assert iso_date(text) == iso


def test_impossible_dates_skipped_and_order_kept() -> None:
    found = iter_dates("February 30, 2020 then July 20, 2006 and 1 August 2007")
    assert [d for d, _, _ in found] == [date(2006, 7, 20), date(2007, 8, 1)]


def test_table_scales() -> None:
    apple = (
        "(in millions, except number of shares, which are reflected in thousands, "
        "and per-share amounts)"
    )
    s = table_scales(apple)
    assert (s.money, s.shares) == (1e6, 1e3)
    s = table_scales("(In millions, except per share amounts)")
    assert (s.money, s.shares) == (1e6, 1e6)
    s = table_scales("(in thousands, except share and per share data)")
    assert (s.money, s.shares) == (1e3, 1.0)
    assert table_scales("Total Number of Shares Purchased").money == 1.0


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        ("43,161", 43161),
        ("(8,796)", -8796),
        ("$ 200.79", 200.79),
        ("$200.79", 200.79),
        ("—", 0.0),
        ("-", 0.0),
        ("None", 0.0),
        ("Total", None),
        ("12.5%", 12.5),
    ],
)
def test_parse_cell(cell: str, value: float | None) -> None:
    assert parse_cell(cell) == value


def test_space_grouped_counts_and_a_dates_day() -> None:
    # European releases group thousands by spaces; a date's day before the count is not part of it
    assert [m.value for m in iter_shares("The issuer will acquire 500 000 own shares as a result of OTC buy-back.")] == [500_000]
    assert [m.value for m in iter_shares("repurchased on October 31 250 000 of its own shares at SEK 80.10")] == [250_000]
    assert [m.value for m in iter_shares("bought 2 000 000 own B shares")] == [2_000_000]
    # never a zero from the tail of a group it could not place
    assert all(m.value > 0 for m in iter_shares("repurchased on 31 October 250 000 of its own shares"))
