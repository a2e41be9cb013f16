"""A fiscal year is named by the calendar year it ends in, and a program's expiry is no period
date. Real excerpt: Microsoft's 10-Q for the quarter ended December 31, 2006 (hold-out 25; its
table's total, 205,416,571, is the "205.4 million shares" the sentence tells)."""

from __future__ import annotations

from bot.models import Kind
from tests.rules.excerpts import found

TABLE = (
    "Item 2. Unregistered Sales of Equity Securities and Use of Proceeds\n\n"
    "(c) STOCK REPURCHASES\n\n"
    "Period | (a) Total number of shares purchased | (b) Average price paid per share | (c) Total number of "
    "shares purchased as part of publicly announced plans or programs | (d) Maximum number of shares (or "
    "approximate dollar value of shares) that may yet be purchased under the plans or programs (in millions)\n"
    "October 1, 2006 – October 31, 2006 | 6,470,000 | $28.70 | 6,470,000 | $35,112,863,601\n"
    "November 1, 2006 – November 30, 2006 | 111,180,100 | 29.29 | 111,180,100 | 31,856,664,408\n"
    "December 1, 2006 – December 31, 2006 | 87,766,471 | 29.56 | 87,766,471 | 29,261,979,966\n"
    " | 205,416,571 | | 205,416,571 |\n\n"
)
PROGRAM = (
    "On July 20, 2006, we announced that our Board of Directors authorized a $20 billion ongoing share "
    "repurchase program with an expiration of June 30, 2011. On August 18, 2006, we announced that the "
    "authorization for the $20 billion ongoing share repurchase program had been increased by approximately "
    "$16.2 billion. As a result, we are authorized to repurchase additional shares in an amount up to $36.2 "
    "billion through June 30, 2011. The repurchase program may be suspended or discontinued at any time "
    "without prior notice. "
)
TOLD = ("During the second quarter of fiscal year 2007, we repurchased 205.4 million shares for $6.0 billion "
        "under the plan. The transactions occurred in open market purchases and pursuant to a trading plan under "
        "Rule 10b5-1.\n")
HEADER = "CONFORMED SUBMISSION TYPE:\t10-Q\nCONFORMED PERIOD OF REPORT:\t20061231\n\n"


def test_an_excerpt_is_dated_by_its_table_not_by_the_programs_expiration() -> None:
    # no header: the section's latest date other than "an expiration of June 30, 2011" is December 31, 2006
    b = found(TABLE + PROGRAM + TOLD, "10-Q")[Kind.BUYBACK]
    assert b.facts["shares"] == 205416571
    assert b.facts["amount_usd"] == 6_000_000_000
    assert b.evidence.startswith("During the second quarter of fiscal year 2007, we repurchased 205.4 million")


def test_fiscal_year_2007_includes_a_quarter_ended_in_december_2006() -> None:
    b = found(HEADER + TABLE + PROGRAM + TOLD, "10-Q")[Kind.BUYBACK]
    assert b.facts["shares"] == 205416571 and b.facts["amount_usd"] == 6_000_000_000


def test_an_earlier_fiscal_years_purchases_are_not_lent_to_the_quarter() -> None:
    told = ("During the second quarter of fiscal year 2005, we repurchased 205.4 million shares for $6.0 "
            "billion under the plan.\n")
    b = found(HEADER + TABLE + PROGRAM + told, "10-Q")[Kind.BUYBACK]
    assert b.facts["shares"] == 205416571  # the table's own total still stands
    assert "amount_usd" not in b.facts  # the 2005 amount is not the quarter's
    assert "fiscal year 2005" not in b.evidence



def test_a_note_dated_by_its_fiscal_year_counts_in_the_quarter() -> None:
    # the same sentence in a stockholders' equity note (outside Item 2): dated by fiscal year 2007,
    # which includes the quarter ended December 31, 2006
    text = HEADER + "NOTE 14 — STOCKHOLDERS' EQUITY\n\n" + PROGRAM + TOLD
    b = found(text, "10-Q")[Kind.BUYBACK]
    assert b.facts["shares"] == 205_400_000 and b.facts["amount_usd"] == 6_000_000_000


def test_a_note_telling_an_earlier_fiscal_year_is_not_the_quarters() -> None:
    told = TOLD.replace("fiscal year 2007", "fiscal year 2005")
    # (and the program, authorised in July 2006, before the quarter, is no news either)
    assert Kind.BUYBACK not in found(HEADER + "NOTE 14 — STOCKHOLDERS' EQUITY\n\n" + PROGRAM + told, "10-Q")
