"""Wordings from hold-out 26 (real texts, measured once untouched before these fixes; see
tests/bench/holdout26/README.md), with look-alikes. Each expected value is read off the excerpt."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.models import Kind
from tests.rules.excerpts import found

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "rules"

# --- buybacks ---------------------------------------------------------------------------------

FIRST_MERCURY = (  # an EX-99.1 earnings release's highlights (2009)
    "Highlights for the fourth quarter of 2008 include:\n"
    "• Combined ratio of 87.8 percent\n"
    "• Book value per share of $14.67, an increase of 15.0 percent from December 31, 2007\n"
    "• Repurchase of 474,042 shares of common stock for $5.3 million at an average cost of $11.25 per share\n"
    "Highlights for the year ended December 31, 2008 include:\n"
    "• Premiums produced growth of 16.4 percent\n"
)


def test_a_highlight_bullet_without_a_verb_is_a_purchase() -> None:
    b = found(FIRST_MERCURY, "8-K")[Kind.BUYBACK]
    assert b.facts["shares"] == 474042 and b.facts["price_per_share"] == 11.25
    assert b.facts["amount_usd"] == 5_300_000
    assert "authorized_shares" not in b.facts
    assert b.evidence.endswith("at an average cost of $11.25 per share")  # not run into the next heading


def test_a_completed_repurchases_bullet_counts() -> None:
    text = ("EXHIBIT 99.1\n· Book value per share was $6.77 as of March 31, 2009 ($6.54 as of December 31, 2008)\n"
            "· Completed share repurchases of approximately 700 thousand shares\n")
    assert found(text, "8-K")[Kind.BUYBACK].facts["shares"] == 700_000


@pytest.mark.parametrize("text", [
    "Repurchase of 1,000,000 shares is subject to market conditions.\n",
    "• Repurchase of up to 1,000,000 shares of common stock over the next year\n",
])
def test_a_repurchase_noun_without_a_cost_is_no_purchase(text: str) -> None:
    assert Kind.BUYBACK not in found(text, "8-K")


def test_a_program_recalled_with_its_expiry_while_nothing_was_bought_is_no_news() -> None:
    # UGI's 10-K (2023): "expiring in February 2026" is the program's end, not a new authorisation
    text = (
    'CONFORMED SUBMISSION TYPE:\t10-K\n'
    'CONFORMED PERIOD OF REPORT:\t20230930\n'
    'COMPANY CONFORMED NAME:\tUGI CORP /PA/\n'
    '\n'
    'ITEM 5. MARKET FOR REGISTRANTS COMMON EQUITY, RELATED STOCKHOLDER MATTERS AND ISSUER PURCHASES OF EQUITY SECURITIES\n'
    'Issuer Purchases of Equity Securities\n'
    'The Company did not repurchase any shares of its Common Stock during the quarter ended September 30, 2023. As of September 30, 2023, the Company had 6.50 million shares of Common Stock available for repurchase through an extension of a previous share repurchase program announced by the Company on February 2, 2022. The Board of Directors authorized the repurchase of up to 8 million shares of Common Stock over a four-year period expiring in February 2026.\n'
)
    assert Kind.BUYBACK not in found(text, "10-K")


NATHANS_2012 = (  # a Schedule TO-I/A exhibit: final results of an oversubscribed Dutch auction
    "NATHAN’S FAMOUS ANNOUNCES FINAL RESULTS OF ITS MODIFIED DUTCH TENDER OFFER\n"
    "JERICHO, NY, January 19, 2012 — Nathan’s Famous, Inc. (NASDAQ: NATH) announced today the final results of its "
    "modified Dutch Auction tender offer to purchase for cash up to 500,000 shares of its common stock, $0.01 par value, "
    "at a price per share of not less than $20.00 nor greater than $22.00 per share. The tender offer expired at 12:00 "
    "midnight, Eastern Time, on January 12, 2012.\n"
    "Based on the final count by American Stock Transfer & Trust Company, the Depositary for the tender, 663,982 shares "
    "of common stock were properly tendered and not withdrawn, at or below the final purchase price of $22.00 per share. "
    "Pursuant to the terms of the tender offer, Nathan’s Famous purchased an additional 98,959 shares (within up to 2% "
    "of the outstanding shares of its common stock). Since the tender offer was oversubscribed, Nathan’s Famous, after "
    "taking into account priority given to holders of less than 100 shares, as provided in the Offer to Purchase dated "
    "December 8, 2011, as amended, used a proration factor of approximately 90.21 % of shares from each tendering "
    "shareholder. The purchase price for all of the shares purchased in the tender offer is $22.00 per share. As such, "
    "Nathan’s Famous has accepted for purchase an aggregate of 598,959 shares of its common stock, at a purchase price "
    "of $22.00 per share, for a total cost of $13,177,098, excluding fees and expenses related to the tender.\n"
)


def test_the_count_accepted_for_purchase_after_the_offer_is_named() -> None:
    b = found(NATHANS_2012, "SC TO-I/A")[Kind.BUYBACK]
    assert b.facts["shares"] == 598959  # not the 663,982 tendered nor the "additional 98,959"
    assert b.facts["amount_usd"] == 13177098 and b.facts["price_per_share"] == 22
    assert b.facts["authorized_shares"] == 500000
    assert "percent_of_outstanding" not in b.facts  # not the 2% room nor the 90.21% proration factor


def test_an_undersubscribed_offer_bought_every_share_tendered() -> None:
    text = ("Based on the final count by American Stock Transfer & Trust Company, the Depositary for the tender offer, "
            "88,709 shares of common stock were properly tendered and not withdrawn at or below the final purchase price "
            "of $44.00 per share. Since the tender offer was not fully subscribed, no proration was required and all "
            "shares validly tendered and not withdrawn were accepted for purchase. All of such shares purchased in the "
            "tender offer were purchased at the same price of $44.00 per share, for a total investment of approximately "
            "$3.9 million, excluding fees and expenses related to the tender offer.\n")
    b = found("NATHAN’S FAMOUS ANNOUNCES RESULTS OF ITS DUTCH AUCTION TENDER OFFER\n" + text, "SC TO-I/A")[Kind.BUYBACK]
    assert b.facts["shares"] == 88709 and b.facts["price_per_share"] == 44


def test_another_companys_accepted_count_is_not_lent() -> None:
    text = ("Beta Corp. announced the final results of its tender offer for the shares of Alpha Inc. Beta Corp. has "
            "accepted for purchase an aggregate of 598,959 shares of Alpha Inc. common stock.\n")
    # (as an 8-K exhibit: a Schedule TO-T would be dropped by its form alone)
    assert Kind.BUYBACK not in found(text, "8-K")


CREDIT_ACCEPTANCE = (  # a 10-Q note (first quarter 2012)
    "Stock Repurchases\n"
    "On August 5, 1999, our board of directors approved a stock repurchase program which authorizes us to repurchase "
    "common shares in the open market or in privately negotiated transactions at price levels we deem attractive. On "
    "March 26, 2012, the board of directors authorized the repurchase of up to one million shares of our common stock "
    "in addition to the board’s prior authorizations. As of March 31, 2012, we had authorization to repurchase up to "
    "$6.2 million of our common stock in addition to the one million shares recently approved by the board.\n"
    "During the first quarter of 2012, we repurchased 190,843 shares of our common stock in the open market at a cost of "
    "$18.7 million.\n"
    "During the first quarter of 2011, we commenced a tender offer to repurchase 1.9 million shares of our common stock "
    "at a price of $65.625 per share. Upon expiration of the tender offer during the first quarter of 2011, we "
    "repurchased 1.9 million common shares at a cost of $125.0 million.\n"
)


def test_last_years_tender_offer_is_not_the_quarters_purchase() -> None:
    b = found(CREDIT_ACCEPTANCE, "10-Q")[Kind.BUYBACK]
    assert b.facts["shares"] == 190843 and b.facts["amount_usd"] == 18_700_000
    assert b.facts["program"] != "tender_offer"


def test_a_tender_offer_in_the_quarter_still_leads() -> None:
    text = CREDIT_ACCEPTANCE.replace("first quarter of 2011", "first quarter of 2012").replace(
        "During the first quarter of 2012, we repurchased 190,843 shares of our common stock in the open market at a "
        "cost of $18.7 million.\n", "")
    b = found(text, "10-Q")[Kind.BUYBACK]
    assert b.facts["program"] == "tender_offer" and b.facts["price_per_share"] == 65.625


MICROSOFT_2010 = (
    "(c) STOCK REPURCHASES\n\n"
    "Period | (a) Total Number of Shares Purchased | (b) Average Price Paid per Share | (c) Total Number of Shares "
    "Purchased as Part of Publicly Announced Plans or Programs | (d) Approximate Dollar Value of Shares that May Yet be "
    "Purchased under the Plans or Programs\n"
    " |  |  |  | (in millions)\n"
    "July 1, 2010 – July 31, 2010 | 28,792,419 | $24.73 | 28,792,419 | $22,966\n"
    "August 1, 2010 – August 31, 2010 | 85,098,132 | $24.56 | 85,098,132 | $20,876\n"
    "September 1, 2010 – September 30, 2010 | 48,984,901 | $24.45 | 48,984,901 | $19,678\n"
    " | 162,875,452 |  | 162,875,452 | \n\n"
    "During the first quarter of fiscal year 2011, we repurchased 162.9 million shares of Microsoft common stock for "
    "$4.0 billion using cash resources.\n"
)


def test_a_count_rounded_up_gives_way_to_the_tables_total() -> None:
    b = found(MICROSOFT_2010, "10-Q")[Kind.BUYBACK]
    assert b.facts["shares"] == 162875452  # "162.9 million" is the table's 162,875,452 rounded
    assert b.facts["amount_usd"] == 4_000_000_000


def test_a_units_line_that_lost_its_separators_scales_the_count() -> None:
    # Toll Brothers' 10-K (2023), Item 5's repurchases as extracted: "(in thousands)" over each count
    # column, the table flattened ("Total 4,300 4,300")
    text = (FIXTURES / "toll_2023_10k_item5_units_line.txt").read_text()
    b = found(text, "10-K")[Kind.BUYBACK]
    assert b.facts["shares"] == 4_300_000


def test_an_earlier_quarter_told_in_a_10q_note_gives_way_to_the_quarters_own() -> None:
    text = ("NOTE 10—STOCK REPURCHASE\n\n"
            "In August 2009, our board of directors adopted a stock repurchase program. During the three month period "
            "ended September 30, 2011, we substantially completed the stock repurchase program by acquiring "
            "approximately 0.7 million shares of common stock for a total purchase price of approximately $0.9 million.\n\n"
            "In October 2011, our board of directors authorized an extension of the August 2009 stock repurchase "
            "program. During the three month period ended December 31, 2011, we repurchased approximately 0.2 million "
            "shares of common stock under the extended stock repurchase program for a total purchase price of "
            "approximately $0.3 million.\n")
    b = found(text, "10-Q")[Kind.BUYBACK]
    assert b.facts["shares"] == 200_000 and b.facts["amount_usd"] == 300_000


# --- late filings -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # the Los Angeles Times / Bloomberg on UnitedHealth (2006)
    "UnitedHealth Group Inc. delayed filing its third-quarter financial report with U.S. regulators while the company, "
    "the largest U.S. health insurer, sorts out the costs of restating stock option grants.",
    # Asconi's EX-99.1 (2005)
    "Asconi Corporation (Amex: ACD), an Eastern European producer of wines and spirits, today announced that it was "
    "unable to file its Quarterly Report on Form 10-QSB for the three months ended March 31, 2005 (the “Quarterly "
    "Report”) within the timeframe under the filing extension as originally expected.",
    # StreetInsider on Swisher Hygiene (2012)
    "Swisher Hygiene Inc. (Nasdaq: SWSH) reports that the filing of its Form 10-Q for the quarter ended March 31, 2012 "
    "(the \"Form 10-Q\") has been delayed beyond the May 15, 2012 due date.",
    # FUQI's EX-99.1 headline (2010)
    "FUQI International Provides Update on Previously Announced Form 10-K Filing Delay; Receives Noncompliance Notice "
    "from Nasdaq",
    # the Los Angeles Times on Sunbeam (1998)
    "Sunbeam, in turmoil over accounting and marketing practices under Dunlap, said it was delaying until late "
    "September its financial reporting for the three months ended June 30 because of the confusion caused by "
    "unreliable bookkeeping and accounting.",
    # View's EX-99.1 (2022)
    "With the issuance of restated 2019, 2020 and Q1 2021 financial statements, as well as the filing of Q2 2021, Q3 "
    "2021, full year 2021 and Q1 2022 financial statements, View will become current on its financial filings and will "
    "regain compliance with applicable Nasdaq listing requirements.",
    # USA Today on Valeant (2016)
    "The annual report had been delayed pending the results of the board investigation.",
])
def test_late_reports_in_hold_out_26_wordings(text: str) -> None:
    assert Kind.LATE_FILING in found(text + "\n", "8-K")


@pytest.mark.parametrize("text", [
    "The Company does not expect any Form 10-K filing delay as a result of the transaction.",
    "The Company is now current in all of its periodic filings and has regained compliance with Nasdaq Listing Rule 5250(c)(1).",
    # a rule explained (an OTC Bulletin Board explainer, 2007)
    "Pursuant to the Eligibility Rule, once Nasdaq learns that an OTCBB issuer is delinquent in filing a Periodic "
    "Report, it will append an \"e\" to the end of an issuer's trading symbol to alert both the issuer and the market "
    "that the issuer has not timely filed such Periodic Report.",
    "The annual report to shareholders has been redesigned this year.",
])
def test_hold_out_26_late_look_alikes(text: str) -> None:
    assert Kind.LATE_FILING not in found(text + "\n", "8-K")


# --- restatement risk -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "form", "trigger"), [
    # Xerox's Exhibit 16, KPMG's letter (2001)
    ("We were previously principal accountants for Xerox Corporation and, under the date of May 30, 2001, we reported "
     "on the consolidated financial statements of Xerox Corporation and subsidiaries as of and for the years ended "
     "December 31, 2000 and 1999. We were informed of our termination as principal accountants on September 25, 2001.",
     "8-K", "auditor_change"),
    # a news story on Petrobras (2014)
    ("The third quarter results were initially delayed in early November after PricewaterhouseCooper refused to sign "
     "off on any accounts tied to transportation chief and politician Sergio Machado.", "8-K", "non_reliance"),
    # UnitedHealth's EX-99.1 (2006)
    ("As previously announced, in March 2006 the Company’s board of directors initiated an independent review of the "
     "Company’s stock option programs from 1994 to present.", "8-K", "investigation"),
    # Cyberonics' release (2006)
    ("As previously announced, the Audit Committee of the Company’s Board of Directors is conducting a review of the "
     "Company’s stock option grants, procedures, and practices, including compliance with Generally Accepted "
     "Accounting Principles and all applicable statutes, rules, and regulations.", "8-K", "investigation"),
    # StreetInsider on Swisher Hygiene (2012): the delay's reason
    ("Swisher Hygiene Inc. (Nasdaq: SWSH) reports that the filing of its Form 10-Q for the quarter ended March 31, 2012 "
     "(the \"Form 10-Q\") has been delayed beyond the May 15, 2012 due date as a result of the previously disclosed "
     "internal review being conducted by Swisher Hygiene's Audit Committee.", "8-K", "investigation"),
    # FUQI's EX-99.1 (2010): the delay's reason
    ("FUQI International Provides Update on Previously Announced Form 10-K Filing Delay; Receives Noncompliance Notice "
     "from Nasdaq\nShenzhen, China, April 7, 2010 – FUQI International, Inc. (Nasdaq GS: FUQI) today provided updates "
     "relating to its March 16, 2010 press release that discussed the Company’s preliminary fourth quarter 2009 "
     "financial results and potential restatements on previously issued quarterly financial statements for the first "
     "three fiscal quarters of 2009.", "8-K", "restatement"),
    # an NT 10-K narrative (hold-out 6): its own weaknesses, named by what they concern
    ("These deficiencies relate to material weaknesses associated with stock compensation and clinical trial prepaids "
     "and accruals.", "NT 10-K", "material_weakness"),
    ("In the first quarter of fiscal 2019, the Company adopted this ASU using a retrospective transition method. In "
     "addition, the Company identified an error in the classification of restricted cash. Accordingly, the Company’s "
     "consolidated statements of cash flows for the fiscal years ended June 30, 2018 and July 1, 2017 have been "
     "restated to correct the error.", "10-K", "restatement"),
])
def test_restatement_risk_in_hold_out_26_wordings(text: str, form: str, trigger: str) -> None:
    r = found(text + "\n", form)[Kind.RESTATEMENT_RISK]
    assert r.facts["trigger"] == trigger


@pytest.mark.parametrize(("text", "form"), [
    # Pfizer's 8-K (2001): statements "restated" for EITF 00-14's reclassification
    ("On January 1, 2001, Pfizer Inc. (the Company) adopted the provisions of the Emerging Issues Task Force Issue No. "
     "00-14, Accounting for Certain Sales Incentives, which addresses the income statement classification of certain "
     "sales incentives. As a result, the Company reclassified the cost of certain sales incentives between Selling, "
     "informational and administrative expenses and Revenues. These reclassifications have no effect on net income.\n\n"
     "The Company is filing unaudited restated consolidated statements of operations for the quarters ended April 2, "
     "2000, July 2, 2000, October 1, 2000 and for the quarter and year ended December 31, 2000 which are included in "
     "Exhibit 99.1 to this Form 8-K and are incorporated by reference.", "8-K"),
    # a 10-K note (2019): a new standard adopted retrospectively
    ("In the first quarter of fiscal 2019, the Company adopted this ASU using a retrospective transition method. "
     "Accordingly, the Company’s consolidated statements of cash flows for the fiscal years ended June 29, 2019, June "
     "30, 2018 and July 1, 2017 as presented herein, have been restated to comply with the new requirements.", "10-K"),
    # articles on restatements in general (Audit Analytics figures, 2018 and 2020)
    ("Financial restatements among U.S public companies hit their lowest level in years in 2017, according to the latest "
     "annual report from Audit Analytics. The total number of restatements declined in 2017 to a 17-year low and the "
     "number of reissuance restatements (those requiring withdrawal and reissuance of previously released financial "
     "reports) declined for the eleventh consecutive year. The number of companies restating their financials is at its "
     "lowest level since at least 2002.", "8-K"),
    ("Audit Analytics recently released its annual report on financial restatement trends — the report looks at trends "
     "over the last 19 years. Since 2015, total restatements — reissuance (“Big R”) and revision (“Little R”) — have "
     "declined for five consecutive years bringing the total to a 19-year low of 484 restatements in 2019.", "8-K"),
    # a law firm's note on SEC cases (2019)
    ("On January 29, 2019, the SEC announced settled enforcement actions against four companies for failures to "
     "maintain internal control over financial reporting even though in most cases material weaknesses in their ICFR "
     "were disclosed. These companies took seven to ten years to remediate their material weaknesses. Disclosure of "
     "material weaknesses is not enough without meaningful remediation.", "8-K"),
    ("The Compensation Committee is responsible for the review and approval of stock option grants.", "10-K"),
    ("The board of directors refused to sign off on the proposed merger agreement.", "8-K"),
])
def test_hold_out_26_look_alikes_are_no_restatement_risk(text: str, form: str) -> None:
    assert Kind.RESTATEMENT_RISK not in found(text + "\n", form)


def test_an_auditor_refusing_to_sign_off_is_titled_as_a_withheld_report() -> None:
    text = ("The third quarter results were initially delayed in early November after PricewaterhouseCooper refused "
            "to sign off on any accounts tied to transportation chief and politician Sergio Machado.\n")
    r = found(text, "8-K")[Kind.RESTATEMENT_RISK]
    assert "withheld or withdrew its audit report" in r.title
    assert "relied upon" not in r.title  # the accounts were never issued


def test_a_program_expiring_in_a_month_expires_at_its_end() -> None:
    # a reviewer's look-alike of UGI's wording, for a program authorised after the year
    text = ("CONFORMED SUBMISSION TYPE:\t10-K\nCONFORMED PERIOD OF REPORT:\t20231231\n\n"
            "ITEM 5. MARKET FOR REGISTRANT'S COMMON EQUITY, RELATED STOCKHOLDER MATTERS AND ISSUER PURCHASES OF "
            "EQUITY SECURITIES\nIssuer Purchases of Equity Securities\n"
            "We did not repurchase any shares of our common stock during the quarter ended December 31, 2023. In "
            "February 2024, our Board of Directors authorized a new program to repurchase up to $500 million of our "
            "common stock over a three-year period expiring in February 2027.\n")
    b = found(text, "10-K")[Kind.BUYBACK]
    assert b.facts["authorized_usd"] == 500_000_000 and b.facts["expires"] == "2027-02-28"


def test_an_asr_settled_in_a_month_has_no_expiry() -> None:
    text = ("In November 2022, we entered into an accelerated share repurchase agreement with JPMorgan Chase Bank, "
            "National Association for the repurchase of up to $500.0 million of our common stock which terminated and "
            "settled in April 2023.\n")
    b = found(text, "8-K")[Kind.BUYBACK]
    assert b.facts["program"] == "asr" and "expires" not in b.facts
