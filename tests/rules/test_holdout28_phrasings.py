"""Wordings from hold-out 28 (real texts, measured once untouched before these fixes; see
tests/bench/holdout28/README.md), with look-alikes. Each expected value is read off the excerpt."""

from __future__ import annotations

import pytest

from bot.models import Kind
from tests.rules.excerpts import found


@pytest.mark.parametrize("text", [
    # Volt's EX-99.1 (2010)
    "As a result, the Company has filed a Notification with the Securities and Exchange Commission that the Company’s "
    "Annual Report on Form 10-K for the year ended November 1, 2009 will not be able to be filed before its January "
    "15, 2010 due date, nor will it be able to be filed by February 1, 2010, the extended due date of the report.",
    # Compliance Week on Avaya (2022)
    "While Avaya contends with the control lapses, the company will file late its annual report for the year ended "
    "Sept. 30, 2022, it disclosed separately.",
    # Foundry's EX-99.1 (2006)
    "The Nasdaq Listing Qualifications Panel has determined to grant the Company’s request for continued listing, "
    "subject to the condition that it become current in its delinquent periodic reports by February 12, 2007.",
])
def test_late_reports_in_hold_out_28_wordings(text: str) -> None:
    assert Kind.LATE_FILING in found(text + "\n", "8-K")


@pytest.mark.parametrize("text", [
    # an explainer (2010)
    "For companies that did not file their periodic reports for more than a year, this could be a heavy reporting "
    "burden.",
    "The Company will file its annual report on Form 10-K on time; no report will file late.",
])
def test_hold_out_28_late_look_alikes(text: str) -> None:
    assert Kind.LATE_FILING not in found(text + "\n", "8-K")


def test_an_investigation_of_historic_option_grant_practices() -> None:
    # Foundry's EX-99.1 (2006): "historic", and the company's own investigation
    text = ("The Panel granted continued listing subject to the conditions that the Company provide the Nasdaq Hearings "
            "Department with further information concerning the results of the Company’s investigation into its "
            "historic option grant practices by December 29, 2006.\n")
    assert found(text, "8-K")[Kind.RESTATEMENT_RISK].facts["trigger"] == "investigation"


@pytest.mark.parametrize(("text", "form"), [
    # glossaries and statistics (no company's event)
    ("When such an error is discovered, the company is required in the United States to file a Form 8-K, alerting "
     "investors that previously published financials can no longer be relied upon and are under review for "
     "restatement.", "8-K"),
    ("A financial restatement occurs when a material error in a company's previously published financials is corrected "
     "and the financials are republished.", "8-K"),
    ("At the same time, the overwhelming majority of companies with a current material weakness had a parallel risk "
     "factor disclosure.", "8-K"),
    ("Multiple consecutive years of material weakness is the strongest signal that a company's reported financials "
     "cannot be fully relied on.", "8-K"),
    # the reportable events of Item 304(a)(1)(v), quoted
    ("There were no reportable events, such as the auditor advising the Company that it can no longer rely on "
     "management's representations.", "8-K"),
    # a segment recast shown in "As Restated" columns (SEI, 2024)
    ("Exhibit 99.1\nReclassified Results by Business Segment due to Business Segment Restructuring\n"
     "Segment | As Previously Reported | As Restated\nPrivate Banks | 120,466 | 118,312\n", "8-K"),
])
def test_hold_out_28_restatement_look_alikes(text: str, form: str) -> None:
    assert Kind.RESTATEMENT_RISK not in found(text + "\n", form)


def test_no_longer_rely_on_its_financial_reports_still_counts() -> None:
    text = ("DavidsTea says investors should no longer rely on its financial reports for the quarters ended May 4 and "
            "Aug. 3.\n")
    assert found(text, "8-K")[Kind.RESTATEMENT_RISK].facts["trigger"] == "non_reliance"


def test_completed_the_purchase_of_a_total_of_shares() -> None:
    # Petroleum Development's EX-99 (2006)
    text = ("Petroleum Development Corporation Completes Stock Repurchase Program;\n"
            "Bridgeport West Virginia...Petroleum Development Corporation (NASDAQ GSM: PETD) today announced that it has "
            "completed the purchase, on the open market and through a private transaction, a total of 1,627,500 shares "
            "of the Company's common stock at an average price of $40.75 for a total purchase price of $66.3 million.\n")
    b = found(text, "8-K")[Kind.BUYBACK]
    assert b.facts["shares"] == 1_627_500 and b.facts["price_per_share"] == 40.75
    assert b.facts["amount_usd"] == 66_300_000


def test_completed_the_purchase_of_a_business_is_no_buyback() -> None:
    text = ("Alpha Corp. today announced that it has completed the purchase of Beta Inc., acquiring all 1,627,500 "
            "shares of Beta's common stock for $66.3 million.\n")
    assert Kind.BUYBACK not in found(text, "8-K")
