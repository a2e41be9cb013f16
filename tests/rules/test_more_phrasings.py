"""Phrasings met in real filings (each comment names where the sentence comes from), and the
look-alikes that share their words."""

from __future__ import annotations

import pytest

from bot.models import Kind, Severity
from tests.rules.excerpts import found as _found

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


# --- look-alikes found by a review of the changes above (written in the filings' style) ----------

_TENDER_LOOKALIKES = [
    # a bidder's release
    "On March 15, 2024, Everest Capital Partners LP announced the final results of its tender offer for "
    "Halvorsen Industries common stock. Everest accepted for payment 4,212,880 shares of the 6,100,450 shares "
    "validly tendered and not withdrawn, at a price of $12.50 per share.",
    # the target, telling the bidder's offer
    "On March 15, 2024, Halvorsen Industries, Inc. (the \"Company\") was informed that Everest Capital Partners "
    "LP had completed its tender offer. Everest accepted for payment 4,212,880 of the 6,100,450 shares validly "
    "tendered and not withdrawn, at a price of $12.50 per share, and now holds approximately 28% of the "
    "Company's outstanding common stock.",
    # the company's own offer, but for warrants
    "On March 15, 2024, the Company announced the final results of its tender offer to purchase its outstanding "
    "public warrants at a purchase price of $0.30 per warrant. A total of 9,812,880 warrants were validly "
    "tendered, and the Company accepted all of them for purchase for an aggregate of approximately $2.9 million.",
    # a majority holder's offer for the company's shares
    "On May 22, 2023, our majority stockholder, Alpha Holdings L.P., completed its tender offer for shares of "
    "our common stock. Alpha Holdings accepted for payment 4,212,880 shares of our common stock at a price of "
    "$12.50 per share, increasing its ownership to approximately 71% of our outstanding common stock.",
]


@pytest.mark.parametrize("text", _TENDER_LOOKALIKES)
def test_tender_offers_that_are_not_the_issuer_buying_its_shares(text: str) -> None:
    assert Kind.BUYBACK not in _found(text, "8-K")


def test_the_next_paragraph_on_another_subject_lends_no_figures() -> None:
    text = (
        "On March 1, 2024, the Company announced that its modified Dutch auction tender offer expired at 5:00 "
        "p.m., New York City time, on February 29, 2024.\n\n"
        "Also on March 1, 2024, the Company closed its previously announced acquisition of Brightwater Labs, Inc. "
        "for approximately 3,400,000 shares of the Company's common stock and $85.0 million in cash.\n"
    )
    f = _found(text, "8-K")[Kind.BUYBACK]
    assert f.facts["program"] == "tender_offer"
    assert "shares" not in f.facts and "amount_usd" not in f.facts


def test_an_espp_table_headed_total_shares_purchased_is_no_buyback() -> None:
    text = (
        "CONFORMED SUBMISSION TYPE:\t10-K\nCONFORMED PERIOD OF REPORT:\t20231231\n\n"
        "Issuer Purchases of Equity Securities\n\nNone.\n\n"
        "Under the 2019 Employee Stock Purchase Plan, eligible employees may purchase shares of our common stock "
        "through payroll deductions at 85% of the lower of the fair market value at the beginning or end of each "
        "six-month offering period. Purchases under the ESPP during 2023 were as follows:\n\n"
        "Purchase Date    Total Shares Purchased    Purchase Price per Share\n"
        "May 31, 2023            22,110                    $ 20.15\n"
        "November 30, 2023       23,100                    $ 22.50\n"
    )
    assert Kind.BUYBACK not in _found(text, None)


def test_a_dollar_column_s_units_do_not_scale_the_share_count() -> None:
    text = (
        "CONFORMED SUBMISSION TYPE:\t10-Q\nCONFORMED PERIOD OF REPORT:\t20230930\n\n"
        "The following table provides information about our repurchases of common stock during the quarter "
        "ended September 30, 2023:\n\n"
        "Period\nTotal Number of Shares Purchased\nAverage Price Paid per Share\n"
        "Total Number of Shares Purchased as Part of Publicly Announced Plans or Programs\n"
        "Approximate Dollar Value of Shares that May Yet Be Purchased (in millions)\n"
        "July 1 - July 31, 2023 | 126,500 | $ 55.86 | 126,500 | $ 86.7\n"
        "August 1 - August 31, 2023 | 110,000 | $ 57.10 | 110,000 | $ 80.4\n"
        "September 1 - September 30, 2023 | 95,000 | $ 58.02 | 95,000 | $ 74.9\n"
        "Total | 331,500 | $ 56.88 | 331,500 |\n"
    )
    assert _found(text, None)[Kind.BUYBACK].facts["shares"] == 331_500


@pytest.mark.parametrize("text", [
    "Our management will be required to conclude that our internal control over financial reporting is not "
    "effective in the event that one or more material weaknesses are identified.",
    "In case our internal control over financial reporting is not effective, investors may lose confidence in "
    "the accuracy and completeness of our financial reports and the market price of our ADSs may decline.",
    "In our Annual Report on Form 10-K for the year ended December 31, 2022, management concluded that our "
    "internal control over financial reporting was not effective as of December 31, 2022 because of "
    "deficiencies in the design of our controls over the review of journal entries.",
    # a plan restated under an article titled "RESTATEMENT"
    "ARTICLE 1\nRESTATEMENT\nHalvorsen Industries, Inc. hereby amends and restates the Halvorsen Industries, Inc. "
    "Employee Stock Purchase Plan, effective as of June 1, 2024, to incorporate all prior amendments and to "
    "correct certain administrative errors in the prior plan document.\n",
    # an error corrected out of period, not restated, under a heading "Restatement"
    "CONFORMED SUBMISSION TYPE:\t10-K\nCONFORMED PERIOD OF REPORT:\t20231231\n\nRestatement\n\nDuring the fourth quarter of 2023, the Company identified an error in the calculation of its "
    "deferred revenue balance as of December 31, 2022. Management evaluated the error and concluded that it "
    "was not material to any previously issued financial statements, and the Company recorded the correction "
    "as an out-of-period adjustment in the fourth quarter of 2023. Previously issued financial statements "
    "have not been restated.\n",
])
def test_not_a_current_control_failure_or_restatement(text: str) -> None:
    assert Kind.RESTATEMENT_RISK not in _found(text, "10-K")


def test_a_restatement_of_incentive_compensation_accruals_is_a_restatement() -> None:
    text = (
        "Note 2. Restatement of Previously Issued Financial Statements\n"
        "The Company has restated its previously issued consolidated financial statements for the years ended "
        "December 31, 2022 and 2023 to correct errors in the accrual of incentive compensation and related "
        "payroll taxes.\n"
    )
    assert _found(text, "10-Q")[Kind.RESTATEMENT_RISK].severity is Severity.HIGH


def test_restated_to_correct_an_immaterial_error_is_a_revision() -> None:
    text = (
        "Certain prior year amounts have been reclassified to conform to the current year presentation, and the "
        "2022 statement of cash flows has been restated to correct an immaterial error in the classification of "
        "capitalized software costs between operating and investing activities.\n"
    )
    f = _found(text, "10-K")[Kind.RESTATEMENT_RISK]
    assert f.severity is Severity.MEDIUM
    assert "revision" in f.title


# --- hold-out 15 ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    # Dell EX-99.1, September 11, 2006
    "Round Rock, Texas, September 11, 2006 - Dell Inc. announced today that it is delaying the filing of the "
    "Form 10-Q for its fiscal second quarter ended August 4, 2006.",
    # ACS release headline, September 14, 2006 (the body never repeats it)
    "ACS Stock Option Internal Investigation Continues; Form 10-K Filing To Be Delayed\n",
    # a 10-Q's subsequent-events note (CIK 1716583, 2023)
    "At the hearing, the Company presented its plan to regain compliance with Nasdaq Listing Rule 5250(c)(1) "
    "and requested the continued listing of its securities on The Nasdaq Capital Market pending such "
    "compliance.",
])
def test_late_periodic_reports_told_in_other_words(text: str) -> None:
    assert Kind.LATE_FILING in _found(text, "8-K")


def test_internal_controls_and_procedures_were_ineffective() -> None:
    # Pismo Coast Village 10-K 2023, Item 9A
    text = (
        "Based on that assessment, management concluded that, during the period covered by this report, such "
        "internal controls and procedures were ineffective as of September 30, 2023. The Management and Interim "
        "Audit Chairperson will be analyzing procedures and staff to evaluate where changes need to be made.\n"
    )
    f = _found(text, "10-K")[Kind.RESTATEMENT_RISK]
    assert f.severity is Severity.MEDIUM


def test_an_evaluation_that_sought_to_identify_material_weaknesses() -> None:
    # GEE Group 10-K 2023, Item 9A (its controls were effective)
    text = (
        "In the course of this evaluation and in accordance with Section 302 of the Sarbanes Oxley Act, we sought "
        "to identify material weaknesses in our controls, to determine whether we had identified any acts of "
        "fraud involving personnel who have a significant role in our internal control over financial "
        "reporting, and to confirm that any necessary corrective action, including process improvements, were "
        "being undertaken.\n"
    )
    assert Kind.RESTATEMENT_RISK not in _found(text, "10-K")


def test_a_total_line_over_a_program_row_and_an_employee_row() -> None:
    # American Express 10-Q, quarter ended September 30, 2023, Part II Item 2
    text = (
        "CONFORMED SUBMISSION TYPE:\t10-Q\nCONFORMED PERIOD OF REPORT:\t20230930\n\n"
        "(c) ISSUER PURCHASES OF SECURITIES\n\n"
        "The table below sets forth the information with respect to purchases of our common stock made by or on "
        "behalf of us during the three months ended September 30, 2023.\n\n"
        "Total Number of Shares Purchased | Average Price Paid Per Share (c) | Total Number of Shares Purchased "
        "as Part of Publicly Announced Plans or Programs (d) | Maximum Number of Shares that May Yet Be "
        "Purchased Under the Plans or Programs\n"
        "July 1-31, 2023\n"
        "Repurchase programs(a) | 875,200 | $166.64 | 875,200 | 111,868,150\n"
        "Employee transactions(b) | 216,099 | $165.43 | N/A | N/A\n"
        "Total\n"
        "Repurchase programs(a) | 7,942,645 | $162.03 | 7,942,645 | 104,800,705\n"
        "Employee transactions(b) | 216,303 | $165.43 | N/A | N/A\n"
    )
    f = _found(text, None)[Kind.BUYBACK]
    assert f.facts["shares"] == 7_942_645
    assert f.facts["price_per_share"] == 162.03
    assert f.evidence.startswith("The table below sets forth the information with respect to purchases")


def test_a_header_naming_shares_of_common_stock() -> None:
    # Keysight 10-K 2023, Item 5 as an extraction tool wrote it
    prose = ("We have not paid any dividends, and we do not anticipate paying any cash dividends in the "
             "foreseeable future. All decisions regarding the declaration and payment of dividends and stock "
             "repurchases are at the discretion of our board of directors and will be evaluated regularly in "
             "light of our financial condition, earnings, growth prospects, funding requirements, applicable law, "
             "and any other factors that our board of directors deems relevant.")
    text = (
        "CONFORMED SUBMISSION TYPE:\t10-K\nCONFORMED PERIOD OF REPORT:\t20231031\n\n"
        f"{prose}\n"
        "Issuer Purchases Of Equity Securities\n"
        "The table below summarizes information about the companys purchases, based on trade date, of its "
        "equity securities registered pursuant to Section 12 of the Exchange Act during the fiscal quarter "
        "ended October 31, 2023. The total number of shares of common stock purchased by the company during "
        "the fiscal year ended October 31, 2023 was 4,913,548 shares.\n"
        "Period Total Number of Shares of Common Stock Purchased (1)\n"
        "Weighted Average Price Paid per Share of Common Stock (2)\n"
        "Total Number of Shares of Common Stock Purchased as Part of Publicly Announced Plans or Programs (1)\n"
        "August 1, 2023 through August 31, 2023 898,933 $ 130.15 898,933 $ 1,232,832,479\n"
        "September 1, 2023 through September 30, 2023 1,388,703 $ 132.50 1,388,703 $ 1,048,835,548\n"
        "October 1, 2023 through October 31, 2023 985,676 $ 126.82 985,676 $ 923,835,624\n"
        "Total 3,273,312 3,273,312\n"
    )
    f = _found(text, None)[Kind.BUYBACK]
    assert f.facts["shares"] == 3_273_312
    assert f.evidence.startswith("The table below summarizes information about the companys purchases")


def test_an_aggregate_bought_to_date_in_a_period_without_purchases() -> None:
    # 10-Q note, quarter ended September 30, 2013 (CIK 1050377)
    text = (
        "Note 7-Treasury Stock Purchases\n\n"
        "On March 28, 2001, our Board of Directors authorized the spending of up to $15,000 to repurchase our "
        "common stock. We did not make any treasury stock purchases during the nine months ended September 30, "
        "2013. As of September 30, 2013, we have repurchased an aggregate of 1,682 shares for $12,233, and the "
        "maximum approximate dollar value of shares that may yet be purchased under Board authorization is "
        "$2,767.\n"
    )
    assert Kind.BUYBACK not in _found(text, "10-Q")


def test_a_table_written_one_cell_per_line_is_summed() -> None:
    # GEE Group 10-K 2023, Item 5 as an extraction tool wrote it: one cell per line, an unlabeled
    # total, then the equity-compensation table (whose "Total" is options, not purchases)
    cells = [
        "Period", "Total", "Number of", "Shares", "Purchased", "Average", "Price Paid", "Per Share",
        "Total Number of", "Shares Purchased as", "Part of Publicly Announced", "Program",
        "July 1, 2023 - July 31, 2023", "584,098", "$ 0.51", "584,098", "$ 19,245,696",
        "August 1, 2023 - August 31, 2023", "809,371", "0.60", "809,371", "18,762,928",
        "September 1, 2023 - September 30, 2023", "1,147,615", "0.59", "1,147,615", "18,084,617",
        "2,541,084", "2,541,084",
        "Securities Authorized for Issuance under Equity Compensation Plans",
        "Equity compensation plans approved by security holders", "5,317,644", "$ 1.03", "7,782,356",
        "Total 5,317,644 $ 1.03 7,782,356",
    ]
    intro = [
        "On April 27, 2023, the Companys Board of Directors approved a share repurchase program authorizing the "
        "Company to purchase up to an aggregate of $20 million of the Companys currently outstanding shares of "
        "common stock. The share repurchase program will continue through December 31, 2023, may be suspended "
        "or discontinued at any time and does not obligate the Company to repurchase any number of shares.",
        "No dividends were declared or paid during the fiscal years ended September 30, 2023 and 2022. We do not "
        "anticipate paying any cash dividends for the foreseeable future, and our board will decide on them.",
        "Our purchases of our common stock during the three months ended September 30, 2023, were as follows:",
    ]
    text = ("CONFORMED SUBMISSION TYPE:\t10-K\nCONFORMED PERIOD OF REPORT:\t20230930\n\n"
            + "\n".join(intro + cells) + "\n")
    f = _found(text, None)[Kind.BUYBACK]
    assert f.facts["shares"] == 584_098 + 809_371 + 1_147_615


# --- hold-out 16 ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    # Unilife EX-99.1, May 8, 2016
    "The Company is investigating these matters and their potential impact on financial reporting and internal "
    "controls over financial reporting, related to previously-issued financial statements, current interim "
    "financial information, and management's certifications.",
    # EMCORE 8-K Item 8.01, 2006
    "EMCORE announced today that a Special Committee of its Board of Directors, comprised solely of independent "
    "directors, has issued its findings in a report regarding EMCORE's previously announced voluntary review of "
    "its historical stock option grants initiated by senior management.",
])
def test_reviews_of_the_books_and_of_option_grants(text: str) -> None:
    assert _found(text, "8-K")[Kind.RESTATEMENT_RISK].severity is Severity.MEDIUM


@pytest.mark.parametrize("text", [
    "The Company is investigating the cybersecurity incident and its potential impact on our operations and "
    "disclosure obligations.",
    "We continue to investigate the root cause of the product recall and its impact on our financial results for "
    "the quarter.",
])
def test_the_company_investigating_something_else(text: str) -> None:
    assert Kind.RESTATEMENT_RISK not in _found(text, "8-K")


def test_an_employee_plan_s_own_auditor_change_in_an_11k() -> None:
    # EX-2 of an 11-K, 2002
    text = (
        "In August 2001, the Plan dismissed Arthur Andersen LLP and engaged KPMG LLP to audit the Plan's financial "
        "statements for the year ended December 31, 2001. The Plan has not been able to obtain Arthur Andersen "
        "LLP's consent to incorporate by reference the audited financial statements for the year ended December "
        "31, 2000 into the Plan's existing registration statement.\n"
    )
    assert Kind.RESTATEMENT_RISK not in _found(text, "11-K")


def test_a_count_column_in_thousands_says_so_in_its_header() -> None:
    # RTX 10-Q, quarter ended June 30, 2023, Part II Item 2
    text = (
        "CONFORMED SUBMISSION TYPE:\t10-Q\nCONFORMED PERIOD OF REPORT:\t20230630\n\n"
        "The following table provides information about our purchases of equity securities that are registered "
        "by us pursuant to Section 12 of the Exchange Act during the quarter ended June 30, 2023.\n\n"
        "2023 | Total Number of Shares Purchased (000's) | Average Price Paid per Share (dollars) | Total Number "
        "of Shares Purchased as Part of a Publicly Announced Program (000's) | Approximate Dollar Value of Shares "
        "that May Yet Be Purchased Under the Program (dollars in millions)\n"
        "April 1 - April 30 | 1,796 | $100.72 | 1,796 | $5,205\n"
        "May 1 - May 31 | 2,769 | 95.75 | 2,769 | 4,940\n"
        "June 1 - June 30 | 1,472 | 97.29 | 1,472 | 4,797\n"
        "Total | 6,037 | $97.60 | 6,037 |\n"
    )
    f = _found(text, None)[Kind.BUYBACK]
    assert f.facts["shares"] == 6_037_000
    assert f.facts["price_per_share"] == 97.6


def test_a_total_row_labelled_by_its_quarter() -> None:
    # Dow 10-Q, quarter ended June 30, 2023, Part II Item 2
    text = (
        "CONFORMED SUBMISSION TYPE:\t10-Q\nCONFORMED PERIOD OF REPORT:\t20230630\n\n"
        "The following table provides information regarding purchases of Dow Inc. common stock by the Company "
        "during the three months ended June 30, 2023:\n\n"
        "Period | Total number of shares purchased | Average price paid per share | Total number of shares "
        "purchased as part of the Company's publicly announced share repurchase program\n"
        "April 2023 | — | $— | — | $1,925\n"
        "May 2023 | 2,361,695 | $52.93 | 2,361,695 | $1,800\n"
        "June 2023 | 2,459,526 | $50.82 | 2,459,526 | $1,675\n"
        "Second quarter 2023 | 4,821,221 | $51.85 | 4,821,221 | $1,675\n"
    )
    f = _found(text, None)[Kind.BUYBACK]
    assert f.facts["shares"] == 4_821_221
    assert f.facts["price_per_share"] == 51.85


def test_an_empty_cell_in_the_total_row_and_shares_outside_the_program() -> None:
    # Travelers 10-Q, quarter ended September 30, 2023, Part II Item 2
    text = (
        "CONFORMED SUBMISSION TYPE:\t10-Q\nCONFORMED PERIOD OF REPORT:\t20230930\n\n"
        "Period Beginning | Period Ending | Total number of shares purchased | Average price paid per share | "
        "Total number of shares purchased as part of publicly announced plans or programs | Approximate dollar "
        "value of shares that may yet be purchased under the plans or programs (in millions)\n"
        "July 1, 2023 | July 31, 2023 | 1,680 | $134.37 | — | $6,205\n"
        "August 1, 2023 | August 31, 2023 | 151,456 | $162.53 | 147,913 | $6,181\n"
        "September 1, 2023 | September 30, 2023 | 460,547 | $165.26 | 460,290 | $6,105\n"
        "Total | | 613,683 | $164.50 | 608,203 | $6,105\n\n"
        "The Company acquired 5,480 shares for a total cost of approximately $926,000 during the three months "
        "ended September 30, 2023 that were not part of its publicly announced share repurchase authorizations.\n"
    )
    f = _found(text, None)[Kind.BUYBACK]
    assert f.facts["shares"] == 613_683
    assert f.facts["price_per_share"] == 164.5
    # the same sentence alone is no buyback: shares retained for taxes, outside the program
    assert Kind.BUYBACK not in _found(text.split("\n\n")[-1], "8-K")


def test_a_one_month_table_keeps_its_price() -> None:
    # HubSpot 10-Q, quarter ended June 30, 2025
    text = (
        "CONFORMED SUBMISSION TYPE:\t10-Q\nCONFORMED PERIOD OF REPORT:\t20250630\n\n"
        "Period | Total Number of Shares Purchased | Average Price Paid per Share (1) | Total Number of Shares "
        "Purchased as Part of Publicly Announced Programs | Approximate Dollar Value of Shares that May Yet Be "
        "Purchased Under the Program (2)\n"
        "June 1, 2025 to June 30, 2025 | 216,597 | $577.13 | 216,597 | $375,000\n\n"
        "(1) Average price paid per share includes costs associated with the repurchases.\n"
    )
    f = _found(text, None)[Kind.BUYBACK]
    assert f.facts["shares"] == 216_597
    assert f.facts["price_per_share"] == 577.13
