"""Wordings from hold-out 25 (real texts, measured once untouched before these fixes; see
tests/bench/holdout25/README.md), with look-alikes. Each expected value is read off the excerpt."""

from __future__ import annotations

import pytest

from bot.models import Kind
from tests.rules.excerpts import found


def test_an_sctoi_summary_term_sheet_counts_the_shares_sought() -> None:
    # Pasithea's Schedule TO-I (2023): the defined term "the Offer", no "tender offer" in sight
    text = (
            'If we purchase your Shares in the Offer, we will pay you the Purchase Price in cash, less any applicable withholding taxes and without interest, promptly after the Expiration Date. Under no circumstances will we pay interest on the Purchase Price, even if there is a delay in making payment. See the Introduction, Section 1 and Section 3.\n'
            'Stockholders are urged to obtain current market quotations for the Shares before deciding whether to tender their Shares. See Section 8.\n'
            'How will we pay for the Shares?\n'
            'If the Offer is fully subscribed and we purchase all 5,714,285 Shares at the Purchase Price, we expect that the aggregate purchase price for the Shares in the Offer will be approximately $4,000,000. We expect that our fees and expenses related to the Offer, excluding any excise taxes incurred (if any) in connection with the Offer, will be approximately $250,000.\n'
    )
    b = found(text, "SC TO-I")[Kind.BUYBACK]
    assert b.facts["program"] == "tender_offer"
    assert b.facts["shares"] == 5714285 and b.facts["amount_usd"] == 4000000
    assert "5,714,285 Shares" in b.evidence


def test_the_offer_in_a_third_partys_schedule_is_no_buyback() -> None:
    text = ("If the Offer is completed, Parent Corp. will purchase all 5,714,285 Shares validly tendered at the "
            "Offer Price, and the Company will become a wholly owned subsidiary of Parent Corp.\n")
    assert Kind.BUYBACK not in found(text, "SC TO-T")


def test_a_dated_quarter_total_row_is_the_total_not_a_fourth_month() -> None:
    # EZCORP's 10-K (2023): the total row is labelled "Quarter ended September 30, 2023"
    text = ("CONFORMED SUBMISSION TYPE:\t10-K\nCONFORMED PERIOD OF REPORT:\t20230930\n\n"
            "ITEM 5. MARKET FOR REGISTRANT'S COMMON EQUITY, RELATED STOCKHOLDER MATTERS AND ISSUER PURCHASES OF "
            "EQUITY SECURITIES\n"
            'Share Repurchase Activity\n'
            'The table below provides certain information about our repurchase of shares of Class A Non-voting Common Stock during the quarter ended September 30, 2023. All repurchases during the quarter were made in open market transactions at prevailing market prices and were executed pursuant to a trading plan under Rule 10b5-1 under the Securities Exchange Act of 1934.\n'
            'Share Repurchases\n'
            'Total Number of Shares Purchased (1) Average Price Paid Per Share Total Number of Shares Purchased as Part of Publicly Announced Programs Approximate Dollar Value of Shares That May Yet Be Purchased Under the Programs (1)\n'
            '(in thousands, except number of shares and average price information)\n'
            'July 1, 2023 through July 31, 2023 113,182 $ 8.83 113,182 $ 38,003\n'
            'August 1, 2023 through August 31, 2023 109,845 $ 8.81 109,845 $ 37,036\n'
            'September 1, 2023 through September 30, 2023 128,372 $ 8.04 128,372 $ 36,004\n'
            'Quarter ended September 30, 2023 351,399 $ 8.54 351,399 $ 36,004\n'
    )
    b = found(text, "10-K")[Kind.BUYBACK]
    assert b.facts["shares"] == 351399  # 113,182 + 109,845 + 128,372, not twice that
    assert b.facts["price_per_share"] == 8.54


MICROSOFT_2008 = (
    "CONFORMED SUBMISSION TYPE:\t10-Q\nCONFORMED PERIOD OF REPORT:\t20080331\n\n"
    "Item 2. Unregistered Sales of Equity Securities and Use of Proceeds\n\n(c) STOCK REPURCHASES\n\n"
    "Period | (a) Total number of shares purchased | (b) Average price paid per share | (c) Total number of "
    "shares purchased as part of publicly announced plans or programs | (d) Maximum number of shares (or "
    "approximate dollar value of shares) that may yet be purchased under the plans or programs (in millions)\n"
    "January 1, 2008 – January 31, 2008 | 30,160,464 | $33.82 | 30,160,464 | $7,688\n"
    "February 1, 2008 – February 29, 2008 | — | — | — | $7,688\n"
    "March 1, 2008 – March 31, 2008 | — | — | — | $7,688\n"
    " | 30,160,464 | | 30,160,464 |\n\n"
    "On July 20, 2006, we announced that our Board of Directors authorized two new share repurchase programs: a "
    "$20.0 billion tender offer that was completed on August 17, 2006 and authorization for up to an additional "
    "$20.0 billion ongoing share repurchase program that expires on June 30, 2011. Under the tender offer, we "
    "repurchased approximately 155 million shares of common stock, or 1.5% of our common shares outstanding, for "
    "approximately $3.8 billion at a price per share of $24.75. During the third quarter of fiscal year 2008, we "
    "repurchased 30 million shares for $1.0 billion under the plans described in this paragraph.\n")


def test_a_tender_offer_recalled_from_two_years_before_is_not_the_quarters_event() -> None:
    b = found(MICROSOFT_2008, "10-Q")[Kind.BUYBACK]
    assert b.facts["shares"] == 30160464  # the table's total, not the 2006 tender's 155 million
    assert b.facts["amount_usd"] == 1000000000  # "30 million shares for $1.0 billion": the same count, rounded
    assert b.facts["program"] != "tender_offer" and "percent_of_outstanding" not in b.facts
    assert b.evidence.startswith("During the third quarter of fiscal year 2008")


def test_a_tender_offer_completed_in_the_quarter_still_leads() -> None:
    text = MICROSOFT_2008.replace("20080331", "20060930").replace(
        "January 1, 2008 – January 31, 2008 | 30,160,464 |", "August 1, 2006 – August 31, 2006 | 160,160,464 |"
    ).replace(" | 30,160,464 | | 30,160,464 |", " | 160,160,464 | | 160,160,464 |")
    b = found(text, "10-Q")[Kind.BUYBACK]
    assert b.facts["program"] == "tender_offer"  # 155 million fit in the quarter's 160 million


def test_an_accelerated_stock_buyback_is_an_asr_and_its_initial_share_is_no_percent_outstanding() -> None:
    # Darden's release (2014)
    text = ("DARDEN ANNOUNCES ACCELERATED STOCK BUYBACK\n"
            "ORLANDO, Fla., July 31, 2014 - Darden Restaurants, Inc. (NYSE: DRI) today announced that it has "
            "entered into agreements with each of Goldman, Sachs & Co. and Wells Fargo Bank, National Association "
            "(each, a “Dealer”) to repurchase an aggregate of $500 million of the Company’s common stock under an "
            "accelerated stock buyback program (the “ASB transactions”).\n"
            "Under the agreements, the Company is scheduled to pay an aggregate of $500 million to the Dealers in "
            "August 2014 and will receive an initial delivery of approximately 8.6 million shares in October 2014, "
            "which represents approximately 80% of the total shares that would be repurchased under the ASB "
            "transactions based on current share prices.\n")
    b = found(text, "8-K")[Kind.BUYBACK]
    assert b.facts["program"] == "asr" and b.facts["amount_usd"] == 500000000
    assert "percent_of_outstanding" not in b.facts


def test_a_tender_offers_accepted_count_is_the_shares_bought() -> None:
    # AutoNation's preliminary results (2006)
    text = ("AutoNation, Inc. (NYSE: AN) announced today the preliminary results of its cash tender offer to "
            "purchase up to 50 million shares of the Company's common stock at a price of $23 per share, which "
            "expired at 10:00 a.m., New York City time, on April 12, 2006.\n\n"
            "Based on the preliminary count by Computershare Trust Company of New York, the depositary for the stock "
            "tender offer, approximately 188.3 million shares of common stock were properly tendered and not "
            "withdrawn in the stock tender offer. Accordingly, the Company has accepted for purchase 50 million "
            "shares at a purchase price of $23 per share, for a total purchase price of $1.150 billion.\n")
    b = found(text, "8-K")[Kind.BUYBACK]
    assert (b.facts["shares"], b.facts["price_per_share"], b.facts["amount_usd"]) == (50000000, 23, 1150000000)


def test_another_company_accepting_shares_is_no_buyback() -> None:
    text = "Holdco Corp. accepted for purchase 6,120,330 shares of Subco Inc. tendered in its offer.\n"
    assert Kind.BUYBACK not in found(text, "8-K")


@pytest.mark.parametrize(("text", "form", "trigger"), [
    # MicroStrategy's release (2000)
    ("MicroStrategy Incorporated (NASDAQ: MSTR) today announced that, due to its evolving business model, it is "
     "revising its 1999 and 1998 revenues and operating results to conform to the most recent statements of the "
     "Securities and Exchange Commission and the accounting profession regarding revenue recognition in the "
     "software industry, and to Statement of Position 97-2.", "8-K", "restatement"),
    # a 10-Q note (2012) on a 2010 restatement after a reaudit
    ("NOTE 5 - 2010 RESTATEMENT\nThe financial statements for the three and nine month periods ended September "
     "30, 2010 were restated to reflect issues identified during a reaudit of the financial statements for that "
     "year.", "10-Q", "restatement"),
    # a news story on Dell (2007)
    ("The company, whose accounting practices are being probed by federal regulators, has not filed quarterly "
     "reports for the second and third quarters of fiscal 2007, or for the first quarter of fiscal 2008.", "8-K",
     "investigation"),
])
def test_restatement_risk_in_hold_out_25_wordings(text: str, form: str, trigger: str) -> None:
    risk = found(text + "\n", form)[Kind.RESTATEMENT_RISK]
    assert risk.facts["trigger"] == trigger


@pytest.mark.parametrize(("text", "form"), [
    ("The Company is revising its 2024 outlook to reflect lower demand in its industrial segment.", "8-K"),
    ("Prior period amounts were restated to reflect the two-for-one stock split effected in May 2011.", "10-Q"),
    ("The product's launch is being probed by focus groups in three cities before the national rollout.", "8-K"),
])
def test_hold_out_25_look_alikes_are_no_restatement_risk(text: str, form: str) -> None:
    assert Kind.RESTATEMENT_RISK not in found(text + "\n", form)
