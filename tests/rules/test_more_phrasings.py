"""Phrasings met in real filings (each comment names where the sentence comes from), and the
look-alikes that share their words."""

from __future__ import annotations

import pytest

from bot.edgar.filings import parse_filing
from bot.models import Kind, Severity
from bot.rules import run_rules


def _found(text: str, form: str | None) -> dict[Kind, object]:
    return {f.kind: f for f in run_rules(parse_filing(text.encode(), source="excerpt.txt", form=form))}


# --- buyback ------------------------------------------------------------------------------------


def test_final_results_of_its_own_tender_offer() -> None:
    # Tribune press release, May 31, 2007
    text = (
        "CHICAGO, May 31, 2007 - Tribune Company (NYSE: TRB) today announced the final results of its tender "
        "offer which expired at 5:00 p.m., New York time, on Thursday, May 24, 2007. Tribune has accepted for "
        "payment 126,000,000 of the 218,132,108 shares tendered in the tender offer, at a price of $34.00 per "
        "share. The shares tendered represent approximately 90 percent of shares outstanding, and the shares "
        "that Tribune will repurchase represent approximately 52 percent of shares outstanding.\n"
    )
    f = _found(text, "8-K")[Kind.BUYBACK]
    assert f.facts["program"] == "tender_offer"
    assert f.facts["shares"] == 126_000_000  # accepted, not tendered
    assert f.facts["price_per_share"] == 34.0
    assert f.facts["percent_of_outstanding"] == 52  # the repurchase's share, not the tendered


@pytest.mark.parametrize("text", [
    # a bidder's own offer for another company (Coronaria, 2019)
    "Coronaria Oy Commences Its Mandatory Public Cash Tender Offer for All Shares in Silmäasema Oyj on "
    "September 5, 2019, and the offer period will expire on October 3, 2019.",
    # a target describing the bidder's offer (MathStar, 2009)
    "On July 6, 2009, Tiberius issued a press release and filed with the Securities and Exchange Commission "
    "an amended Tender Offer Statement announcing that it was revising for the third time its tender offer "
    "to purchase shares of MathStar, Inc. The amended terms include increasing the offer to $1.25 per share.",
])
def test_another_company_s_tender_offer_is_not_a_buyback(text: str) -> None:
    assert Kind.BUYBACK not in _found(text, "8-K")


def test_a_note_s_year_to_date_purchases_are_not_a_cumulative_total() -> None:
    # 10-Q note, quarter ended September 30, 2020 (CIK 1046568); the 2019 program it recalls is
    # older than the quarter the excerpt's "As of" date places it in
    text = (
        "12. STOCK REPURCHASE PROGRAM\n"
        "On November 4, 2019, the Board of Directors of the Company approved a stock repurchase program which "
        "authorizes the Company to repurchase up to $50.0 million of the Company's outstanding common stock.\n"
        "During the year to date ended September 30, 2020, we repurchased 1.3 million shares of our common stock "
        "for approximately $17.9 million at an average price of $13.53 per share, of which less than 0.1 million "
        "shares of common stock were repurchased for $0.6 million during the quarter ended September 30, 2020 at "
        "an average price of $15.31 per share. As of September 30, 2020, approximately $28.2 million was "
        "available under our authorized stock repurchase program.\n"
    )
    f = _found(text, "10-Q")[Kind.BUYBACK]
    assert f.facts["shares"] == 1_300_000
    assert f.facts["price_per_share"] == 13.53
    assert "authorized_usd" not in f.facts


def test_monthly_rows_whose_cells_lost_their_separators_are_summed() -> None:
    # Raymond James 10-K 2023, Item 5 as an extraction tool wrote it (no total row of its own kind)
    prose = ("We purchase our own stock from time to time in conjunction with a number of activities, each of "
             "which is described in the following paragraphs. The following table presents information on our "
             "purchases of our own stock, on a monthly basis, for the year ended September 30, 2023.")
    text = (
        "CONFORMED SUBMISSION TYPE:\t10-K\nCONFORMED PERIOD OF REPORT:\t20230930\n\n"
        f"{prose}\n{prose}\n"
        "Total number of shares\n"
        "purchased Average price\n"
        "per share Number of shares purchased as part of publicly announced plans or programs\n"
        "October 1, 2022 - October 31, 2022 358,103 $ 105.94 354,313 $800\n"
        "November 1, 2022 - November 30, 2022 78,798 $ 120.60 - $800\n"
        "First quarter 436,901 $ 108.58 354,313\n"
        "July 1, 2023 - July 31, 2023 - $ - - $750\n"
        "September 1, 2023 - September 30, 2023 928 $ 90.15 - $750\n"
        "Fiscal year total 437,829 $ 108.54 354,313\n"
    )
    f = _found(text, None)[Kind.BUYBACK]
    assert f.facts["shares"] == 358_103 + 78_798 + 928  # the months, not the quarter's subtotal too


# --- restatement risk ---------------------------------------------------------------------------


def test_a_note_titled_restatement_telling_an_error() -> None:
    # 10-K 2013 (CIK 355948), note 3
    text = (
        "3. RESTATEMENT\n\n"
        "During the second quarter of fiscal 2012, in connection with an ongoing IRS examination, we determined "
        "that a deduction taken on our fiscal 2006 federal tax return was taken in error. As a result, the tax "
        "impact of the Net Operating Loss carry forward from fiscal 2006 was overstated by approximately $2.1 "
        "million.\n"
    )
    f = _found(text, "10-K")[Kind.RESTATEMENT_RISK]
    assert f.severity is Severity.HIGH
    assert f.evidence.startswith("3. RESTATEMENT: During the second quarter of fiscal 2012")


def test_a_title_case_restatement_note_of_a_10q_a() -> None:
    # 10-Q/A 2012 (CIK 805080): the statements "are restated", told in the note's last sentence
    text = (
        "Note 1a — Restatement\n\n"
        "In July 2012 and subsequent to the May 8, 2012 filing of the Company's Quarterly Report on Form 10-Q "
        "for the period ended March 31, 2012, based on recent discussions with the Bank's primary federal "
        "regulator, a reassessment of certain of these factors was required and the reassessment resulted in a "
        "need to increase the allowance for loan losses as of March 31, 2012 for loss allocations on specific "
        "impaired credits, by increasing the provision for loan losses by $7.2 million. The additional "
        "provisions consist of $1.1 million from a credit impaired in March 2012 due to an appraisal obtained "
        "in May 2012, $4.9 million of additional impairments due to collateral valuation assumptions on four "
        "relationships, $.4 million of additional impairments on loans previously collectively evaluated for "
        "impairment, and $.8 million of additional impairments with respect to various other relationships. "
        "Consequently, $.8 million of loans were placed on nonaccrual increasing the impaired loans at March "
        "31, 2012. As directed by the Bank's primary federal regulator, the Bank amended the Call Report for "
        "the Bank for the period ended March 31, 2012 to reflect the required changes. The unaudited condensed "
        "consolidated financial statements for the period ended March 31, 2012 are restated to reflect the "
        "cumulative effect of the adjustments described above.\n"
    )
    f = _found(text, "10-Q/A")[Kind.RESTATEMENT_RISK]
    assert f.severity is Severity.HIGH
    assert "are restated to reflect the cumulative effect" in f.evidence


@pytest.mark.parametrize("text", [
    # a recovery policy's section titled "Restatement"
    "Restatement\n"
    "In the event the Company is required to prepare an accounting restatement due to the material "
    "noncompliance of the Company with any financial reporting requirement under the securities laws, "
    "including any required accounting restatement to correct an error in previously issued financial "
    "statements that is material to the previously issued financial statements, the Committee shall recover "
    "reasonably promptly the amount of Erroneously Awarded Compensation.\n",
    # a clawback policy (EX-97.1, 2024)
    "The policy is aimed at allowing the Company to recover performance-based compensation during the lookback "
    "period. In the case of a restatement, the lookback period is three completed fiscal years immediately "
    "preceding the date on which the Company is required to prepare a restatement for a given reporting "
    "period.\n",
    # a risk factor
    "If we fail to remediate, our management could conclude that our internal control over financial "
    "reporting is not effective, which could harm our stock price.\n",
])
def test_no_restatement_risk_in_policies_and_hypotheticals(text: str) -> None:
    assert Kind.RESTATEMENT_RISK not in _found(text, "10-K")


def test_retroactively_restated_to_correct_an_error_is_no_recast() -> None:
    # 10-Q 2011 (CIK 88572), SAB 108 note
    text = (
        "In applying the requirements of SAB No. 108, the Company adjusted its deferred income tax expense "
        "accrual, which had been understated by $288,834 as of September 30, 2006. The financial statements for "
        "the quarter ended June 30, 2010 have been retroactively restated to correct this error.\n"
    )
    f = _found(text, "10-Q")[Kind.RESTATEMENT_RISK]
    assert f.severity is Severity.HIGH
    assert "retroactively restated to correct this error" in f.evidence


def test_controls_concluded_not_effective_without_the_words_material_weakness() -> None:
    # Renovaro Biosciences 10-K 2023, Item 9A
    text = (
        "Management is responsible for establishing and maintaining adequate internal control over financial "
        "reporting for the Company. As of June 30, 2023, Management concluded that internal controls over "
        "financial reporting were not effective, based on COSOs framework. The deficiency is attributed to the "
        "Company not having adequate resources to address complex accounting matters.\n"
    )
    f = _found(text, "10-K")[Kind.RESTATEMENT_RISK]
    assert f.severity is Severity.MEDIUM
    assert f.facts["trigger"] == "material_weakness"
    assert "not effective" in f.title
