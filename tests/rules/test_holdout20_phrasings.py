"""Phrasings from hold-out 20's real texts (each comment names the source), with the look-alikes
that share their words. Found after that set's first evaluation; the texts themselves stay in
tests/bench/holdout20/."""

from __future__ import annotations

import pytest

from bot.models import Kind
from tests.rules.excerpts import found

# --- buyback ------------------------------------------------------------------------------------


def test_purchased_class_a_shares_in_an_annual_report() -> None:
    # U S Global Investors 10-K, fiscal year ended June 30, 2023, Item 5
    text = ("CONFORMED SUBMISSION TYPE:\t10-K\nCONFORMED PERIOD OF REPORT:\t20230630\n\n"
            "For the quarter ended June 30, 2023, the Company purchased a total of 91,845 class A shares using cash "
            "of $257,000. The Company may repurchase class A stock from employees; however, none were repurchased "
            "from employees during the quarter ended June 30, 2023.\n")
    facts = found(text, "10-K")[Kind.BUYBACK].facts
    assert (facts["shares"], facts["amount_usd"]) == (91_845, 257_000)


def test_a_buyback_programme_it_said_it_would_extend() -> None:
    # StockMarketWire news item on ContourGlobal, September 2020
    text = ("StockMarketWire.com - Power generation business operator ContourGlobal said it would extend its buyback "
            "programme of up to \u00a330m from 30 September 2020 to the end of the year.\n")
    assert Kind.BUYBACK in found(text, "8-K")


@pytest.mark.parametrize("text", [
    "ContourGlobal said it would not extend its buyback programme of up to \u00a330m beyond 30 September 2020.",
    "Analysts said the buyback would increase earnings per share by 3%.",
])
def test_look_alikes_of_a_reported_extension(text: str) -> None:
    assert Kind.BUYBACK not in found(text + "\n", "8-K")


_MSFT_2010 = """(c) STOCK REPURCHASES

Period | (a) Total Number of Shares Purchased | (b) Average Price Paid per Share | (c) Total Number of Shares Purchased as Part of Publicly Announced Plans or Programs | (d) Maximum Number of Shares (or Approximate Dollar Value of Shares) that May Yet be Purchased under the Plans or Programs (in millions)
January 1, 2010 \u2013 January 31, 2010 | 52,435,400 | $ 30.24 | 52,435,400 | $ 27,900
February 1, 2010 \u2013 February 28, 2010 | 8,981,665 | $ 28.22 | 8,981,665 | $ 27,646
March 1, 2010 \u2013 March 31, 2010 | 5,522,183 | $ 29.11 | 5,522,183 | $ 27,485
 | 66,939,248 | | 66,939,248 |

During the third quarter of fiscal year 2010, we repurchased 66.9 million shares of Microsoft common stock for $2.0 billion using cash resources. As of March 31, 2010, approximately $27.5 billion remained of our $40.0 billion repurchase program that we announced on September 22, 2008. The program expires September 30, 2013 but may be suspended or discontinued at any time without notice.
"""


def test_a_10q_names_its_own_stock_and_rounds_the_tables_total() -> None:
    # Microsoft 10-Q for the quarter ended March 31, 2010, Part II Item 2 (an excerpt: the
    # program's expiry is no period end)
    facts = found(_MSFT_2010, "10-Q")[Kind.BUYBACK].facts
    assert (facts["shares"], facts["amount_usd"]) == (66_939_248, 2_000_000_000)


_HOLOGIC = (
    'CONFORMED SUBMISSION TYPE:\t10-K\n'
    'CONFORMED PERIOD OF REPORT:\t20230930\n'
    'COMPANY CONFORMED NAME:\tHOLOGIC INC\n'
    '\n'
    "Item 5. Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of Equity Securities\n"
    'Market Information. Our common stock is traded on the Nasdaq Global Select Market under the symbol HOLX.\n'
    'Number of Holders. As of November 14, 2023, there were approximately 793 holders of record of our common stock, including multiple beneficial holders at depositories, banks and brokers listed as a single holder in the street name of each respective depository, bank or broker.\n'
    'Dividend Policy. We have never declared or paid cash dividends on our capital stock, and we currently have no plans to do so. Our current policy is to retain all of our earnings to finance future growth (including acquisitions), pay down our existing indebtedness and repurchase our common stock. The existing covenants under certain of our credit facilities also place limits on our ability to issue dividends and repurchase stock.\n'
    'Recent Sales of Unregistered Securities. We did not sell unregistered securities during the fourth quarter of fiscal 2023.\n'
    "Issuer's Purchases of Equity Securities\n"
    'Period of Repurchase Average Price\n'
    'Paid Per Share\n'
    '($)\n'
    'Total Number of\n'
    'Shares Purchased As Part of Publicly\n'
    'Announced Plans or\n'
    'Programs\n'
    '(#) (1)\n'
    'Maximum\n'
    'Number (or Approximate Dollar Value) of Shares That May Yet Be Purchased Under Our\n'
    'Programs\n'
    '(in millions)\n'
    '($) (2)\n'
    'July 2, 2023 - July 29, 2023 $ - - $ 736.5\n'
    'July 30, 2023 - August 26, 2023 75.50 1,512,204 622.3\n'
    'August 27, 2023 - September 30, 2023\n'
    '71.60 1,728,219 498.6\n'
    'Total $ 73.42 3,240,423 $ 498.6\n'
    '___________________________________\n'
    "(1)On September 22, 2022, the Board of Directors authorized a stock repurchase program, with a five-year term, to repurchase up to $1.0 billion of the Companys outstanding common stock, effective as of the close of trading on September 23, 2022. As of September 30, 2023, $498.6 million remained unused under this program. The program does not obligate the Company to acquire a minimum amount of shares. Under the program, shares may be repurchased in privately negotiated and/or open market transactions, including under plans complying with Rule 10b5-1 under the Exchange Act. For additional information regarding the Companys repurchase programs, please see Management's Discussion and Analysis of Financial Condition and Results of Operations - Liquidity and Capital Resources - Stock Repurchase Program.\n"
)


def test_a_table_whose_price_column_comes_first() -> None:
    # Hologic 10-K, fiscal year ended September 30, 2023, Item 5 (cells without separators)
    text = "".join(_HOLOGIC)
    facts = found(text, "10-K")[Kind.BUYBACK].facts
    assert (facts["shares"], facts["price_per_share"]) == (3_240_423, 73.42)


_CIENA = (
    'CONFORMED SUBMISSION TYPE:\t10-K\n'
    'CONFORMED PERIOD OF REPORT:\t20231028\n'
    'COMPANY CONFORMED NAME:\tCIENA CORP\n'
    '\n'
    'Item 5. Market for Registrants Common Stock, Related Stockholder Matters and Issuer Purchases of Equity Securities\n'
    '(a) Our common stock is traded on the New York Stock Exchange under the stock symbol CIEN.\n'
    'As of December 8, 2023, there were approximately 685 holders of record of our common stock and 144,830,337 shares of common stock outstanding. We have never paid cash dividends on our capital stock. We currently intend to retain earnings for use in our business, and we do not anticipate paying any cash dividends in the foreseeable future.\n'
    'Issuer Purchases of Equity Securities\n'
    'The following table provides a summary of repurchases of our common stock during the fourth quarter of fiscal 2023:\n'
    'Period Total Number of Shares Purchased (1) Average Price Paid Per Share Total Number of Shares Purchased as Part of Publicly Announced Plans or Programs (1) Approximate Dollar Value of Shares that May Yet Be Purchased Under the Plans or Programs\n'
    '(in Thousands)\n'
    'July 30, 2023 to August 26, 2023 841,444 $ 41.59 841,444 $ 403,764\n'
    'August 27, 2023 to September 23, 2023 1,147,400 $ 48.03 1,147,400 $ 348,650\n'
    'September 24, 2023 to October 28, 2023 2,241,844 $ 44.00 2,241,844 $ 250,000\n'
    'Total\n'
    '4,230,688 $ 44.62 4,230,688\n'
    '(1) On December 9, 2021, we announced that our Board of Directors had authorized a program to repurchase up to $1.0 billion of our common stock, which replaced in its entirety our previous stock repurchase program. The program may be modified, suspended, or discontinued at any time. During the fourth quarter of fiscal 2023, we repurchased $188.8 million of our common stock under the stock repurchase program, and we had $250.0 million remaining under the current repurchase authorization as of October 28, 2023. See Managements Discussion and Analysis of Financial Condition and Results of Operations- Liquidity and Capital Resources - Stock Repurchase Authorization in Item 7 of Part II of this report and Note 22 to our Consolidated Financial Statements included in Item 8 of Part II of this report for information regarding the stock repurchase programs authorized by our Board of Directors.\n'
)


def test_a_total_label_on_its_own_line() -> None:
    # Ciena 10-K, fiscal year ended October 28, 2023, Item 5
    text = "".join(_CIENA)
    facts = found(text, "10-K")[Kind.BUYBACK].facts
    assert (facts["shares"], facts["price_per_share"]) == (4_230_688, 44.62)


def test_an_earlier_programs_size_is_no_amount_spent() -> None:
    # Books-A-Million 8-K, Item 8.01, September 5, 2006
    text = ("On September 5, 2006, Books-A-Million, Inc. issued a press release announcing that its board of directors "
            "has authorized a program to repurchase up to an additional $25 million in shares of its common stock. "
            "This program is in addition to the previous program to repurchase up to $10 million in shares of common "
            "stock that began in June 2006 pursuant to which the Company has repurchased $4.4 million in shares of its "
            "common stock as of August, 2006.\n")
    facts = found(text, "8-K")[Kind.BUYBACK].facts
    assert (facts["authorized_usd"], facts["amount_usd"]) == (25_000_000, 4_400_000)


def test_a_total_purchase_price_is_an_amount_not_a_price() -> None:
    # 10-Q note, CIK 1187953, six months ended June 30, 2025
    text = ("CONFORMED SUBMISSION TYPE:\t10-Q\nCONFORMED PERIOD OF REPORT:\t20250630\n\n"
            "During the six months ended June 30, 2025, the Company repurchased a total of 5,000 shares under this "
            "program for a total purchase price of $10,000, which are recorded as Treasury stock as of June 30, 2025.\n")
    facts = found(text, "10-Q")[Kind.BUYBACK].facts
    assert (facts["shares"], facts["amount_usd"], "price_per_share" in facts) == (5_000, 10_000, False)


# --- restatement risk ---------------------------------------------------------------------------


def test_a_review_the_audit_committee_directs() -> None:
    # Ceridian release (8-K EX-99.1), July 19, 2004
    text = ("MINNEAPOLIS, MN, July 19, 2004 \u2014 Ceridian Corporation announced today that it has postponed its second "
            "quarter earnings release. The delay was prompted by the company\u2019s recent initiation of a review focusing "
            "on the capitalization and expensing of certain costs in its U.S. Human Resource Solutions business. The "
            "review, which is still in the early stages, is being conducted under the direction of the company\u2019s "
            "Audit Committee, with the assistance of Deloitte & Touche LLP. It is possible that the review may have an "
            "impact on the company\u2019s consolidated financial statements for the second quarter of 2004 and for "
            "previously reported periods, as well as guidance.\n")
    assert found(text, "8-K")[Kind.RESTATEMENT_RISK].facts["trigger"] == "investigation"


def test_a_strategic_review_the_audit_committee_directs_is_no_risk() -> None:
    text = ("The Board has begun a review of strategic alternatives for the Company's packaging business. The review "
            "is being conducted under the direction of the Audit Committee, with the assistance of Lazard. No "
            "decision has been made.\n")
    assert Kind.RESTATEMENT_RISK not in found(text, "8-K")


def test_a_method_of_accounting_found_in_error() -> None:
    # Diebold release (8-K EX-99.1), February 6, 2008
    text = ("As a result of those discussions the company determined that its previous, long-standing method of "
            "accounting for bill and hold transactions was in error, representing a misapplication of generally "
            "accepted accounting principles.\n")
    assert Kind.RESTATEMENT_RISK in found(text, "8-K")


# --- late filing --------------------------------------------------------------------------------


def test_a_release_that_does_not_expect_to_file_by_the_due_date() -> None:
    # BUCA release (8-K EX-99.1), March 9, 2006
    text = ("BUCA, Inc. Announces Delay in Filing Fiscal Year 2005 Results\nMinneapolis, Minnesota, March 9, 2006\u2014"
            "BUCA, Inc. (Nasdaq: BUCA) announced that, while Friday, March 10 is the prescribed due date for the filing "
            "of the company\u2019s Annual Report on Form 10-K for the fiscal year ended December 25, 2005, it does not "
            "expect to file by that date. Instead, the company expects to file with the SEC a Notification of Late "
            "Filing on Form 12b-25 on or before Monday, March 13, 2006.\nThe delay in the filing is necessitated because "
            "the company has determined that it incorrectly accounted for certain lease transactions. As a result of "
            "this determination, the company has determined to restate its previously filed financial statements for "
            "the fiscal years ended 2001 through 2004.\n")
    got = found(text, "8-K")
    assert got[Kind.LATE_FILING].facts["report"] == "10-K" and Kind.RESTATEMENT_RISK in got
    assert got[Kind.LATE_FILING].facts["reason"]  # the reason's paragraph follows the announcement


def test_a_release_that_will_not_meet_the_deadline() -> None:
    # Cyanotech release (8-K EX-99.1), August 21, 2006
    text = ("KAILUA KONA, Hawaii (August 21, 2006) \u2013 Cyanotech Corporation announced it will not meet today\u2019s "
            "deadline for filing with the Securities and Exchange Commission its Form 10-Q Report for its fiscal 2007 "
            "first quarter ended June 30, 2006. The Company had requested an extension of the time to file the Report "
            "after identifying an accounting matter that required resolution before filing. The accounting review is "
            "continuing due to the technical nature of the previously announced accounting matter related to the "
            "Company\u2019s historical treatment of certain inventory related costs.\n")
    got = found(text, "8-K")
    assert got[Kind.LATE_FILING].facts["report"] == "10-Q"
    assert got[Kind.RESTATEMENT_RISK].facts["trigger"] == "investigation"


@pytest.mark.parametrize("text", [
    # Richardson Electronics release (8-K EX-99.1), April 8, 2005
    "Richardson Electronics, Ltd. (NASDAQ: RELL) today announced that it will file for a five-day extension of the "
    "April 7, 2005 filing deadline for its quarterly report on Form 10-Q for the period ended February 26, 2005 in "
    "order to correct the accounting treatment relating to certain currency translation adjustments.",
    # Tangoe release, March 7, 2016
    "Tangoe does not expect to file its annual report on Form 10-K with the SEC as scheduled on March 15, 2016.",
])
def test_other_words_for_a_late_report(text: str) -> None:
    assert Kind.LATE_FILING in found(text + "\n", "8-K")


@pytest.mark.parametrize("text", [
    "The Company does not expect to file a registration statement for the offering before year-end.",
    "The Company will not meet the deadline for filing its patent application in Japan.",
    "The Company filed for a 30-day extension of the deadline for its tender offer for the 5.25% notes.",
    "The Company does not expect to file its Annual Report on Form 10-K any later than usual.",
])
def test_look_alikes_of_a_late_report(text: str) -> None:
    assert Kind.LATE_FILING not in found(text + "\n", "8-K")


# --- from the review of these fixes (look-alikes written for the review) ----------------------


def test_the_dismissed_auditor_not_the_new_one_named_after_accounting_firm() -> None:
    text = ("Item 4.01 Changes in Registrant's Certifying Accountant.\n\nOn March 4, 2024, the Audit Committee of the "
            "Board of Directors of Harbor Point Therapeutics, Inc. (the \"Company\") dismissed Marcum LLP (\"Marcum\") "
            "and approved the engagement of its new independent registered public accounting firm, Grant Thornton "
            "LLP, for the fiscal year ending December 31, 2024.\n")
    assert found(text, "8-K")[Kind.RESTATEMENT_RISK].facts["auditor"] == "Marcum LLP"


def test_an_acquisitions_total_purchase_price_is_no_repurchase_amount() -> None:
    text = ("During the quarter the Company repurchased 250,000 shares of its common stock at an average price of "
            "$12.40 per share and completed the acquisition of Beta Controls, Inc. for a total purchase price of "
            "$45.0 million.\n")
    facts = found(text, "8-K")[Kind.BUYBACK].facts
    assert (facts["shares"], facts["amount_usd"]) == (250_000, 3_100_000)
