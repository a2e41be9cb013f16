"""Phrasings from hold-out 22's real texts (each comment names the source), with the look-alikes
that share their words. Found after that set's first evaluation; the texts themselves stay in
tests/bench/holdout22/."""

from __future__ import annotations

import pytest

from bot.models import Kind, Severity
from tests.rules.excerpts import found

# --- buyback ------------------------------------------------------------------------------------


def test_an_agreement_with_the_founding_family_to_purchase_shares() -> None:
    # Graco release (8-K EX-99), March 10, 2003
    text = ("Minneapolis, MN (March 10) \u2014 Graco Inc. (NYSE: GGG) announced today that it has reached an agreement "
            "in principal with the Company\u2019s founding family to purchase 2.2 million shares of Graco common stock, "
            "at a price of $24.89 per share, or a total of $54.8 million.\n")
    facts = found(text, "8-K")[Kind.BUYBACK].facts
    assert (facts["shares"], facts["price_per_share"]) == (2_200_000, 24.89)


@pytest.mark.parametrize("text", [
    "The Company has reached an agreement with the founding family to sell 2.2 million shares of common stock to "
    "an underwriter in a secondary offering.",
    "The family trust has agreed to purchase 500,000 shares of common stock from the Company in a private placement.",
    "The Company agreed to purchase 2.2 million shares of Beta Corp. common stock from the Smith family trust.",
])
def test_look_alikes_of_an_agreed_block_purchase(text: str) -> None:
    assert Kind.BUYBACK not in found(text + "\n", "8-K")


def test_an_8k_that_announced_a_stock_repurchase_program() -> None:
    # German American Bancorp 8-K, Item 5, July 29, 1999
    text = ("Item 5. Other Events\n\nThe Registrant on July 29, 1999 announced a stock repurchase program. This program "
            "is more completely described in the press release which is attached as Exhibit 99 and incorporated herein "
            "by reference.\n")
    assert Kind.BUYBACK in found(text, "8-K")


# TE Connectivity 10-K, fiscal year ended September 29, 2023, Item 5 (a header whose cells interleave
# line by line, the total row one cell per line)
_TE = (
    'Issuer Purchases of Equity Securities\n'
    'The following table presents information about our purchases of our common shares during the quarter ended September 29, 2023:\n'
    'Maximum\n'
    'Total Number of\n'
    'Approximate\n'
    'Shares Purchased\n'
    'Dollar Value\n'
    'as Part of\n'
    'of Shares that May\n'
    'Total Number\n'
    'Average Price\n'
    'Publicly Announced\n'
    'Yet Be Purchased\n'
    'of Shares\n'
    'Paid Per\n'
    'Plans or\n'
    'Under the Plans\n'
    'Period\n'
    'Purchased(1)\n'
    'Share(1)\n'
    'Programs(2)\n'
    'or Programs(2)\n'
    'July 1-July 28, 2023\n'
    '428,261\n'
    '$\n'
    '142.15\n'
    '428,200\n'
    '$\n'
    '999,101,703\n'
    'July 29-September 1, 2023\n'
    '1,067,083\n'
    '133.55\n'
    '1,060,900\n'
    '857,423,534\n'
    'September 2-September 29, 2023\n'
    '964,156\n'
    '126.54\n'
    '963,800\n'
    '735,467,902\n'
    'Total\n'
    '2,459,500\n'
    '132.30\n'
    '2,452,900\n'
    '(1) These columns include the following transactions which occurred during the quarter ended September 29, 2023:\n'
    '(i) the acquisition of 6,600 common shares from individuals in order to satisfy tax withholding requirements in connection with the vesting of restricted share awards issued under equity compensation plans; and\n'
    '(ii) open market purchases totaling 2,452,900 common shares, summarized on a trade-date basis, in conjunction with the share repurchase program announced in September 2007.\n'
    '(2) Our share repurchase program authorizes us to purchase a portion of our outstanding common shares from time to time through open market or private transactions, depending on business and market conditions. The share repurchase program does not have an expiration date.\n'
    '\n'
)


def test_a_table_whose_header_cells_interleave() -> None:
    text = "CONFORMED SUBMISSION TYPE:\t10-K\nCONFORMED PERIOD OF REPORT:\t20230929\n\n" + "".join(_TE)
    assert found(text, "10-K")[Kind.BUYBACK].facts["shares"] == 2_459_500


# --- restatement risk ---------------------------------------------------------------------------


def test_a_revision_of_quarters_for_immaterial_misstatements() -> None:
    # Mattel 10-Q for the quarter ended September 30, 2019, "Revision of Quarterly Information"
    text = ("Revision of Quarterly Information\nAs disclosed in Note 1, Mattel is revising its unaudited consolidated "
            "financial statements for the first and second quarters of 2019 and the first, second, and third quarters "
            "of 2018 to correct for prior period misstatements which Mattel has determined did not, either "
            "individually or in the aggregate, materially misstate its previously issued consolidated financial "
            "statements.\n")
    finding = found(text, "10-Q")[Kind.RESTATEMENT_RISK]
    assert (finding.severity, finding.facts["trigger"]) == (Severity.MEDIUM, "restatement")


def test_an_auditor_change_under_a_companys_certifying_accountant_heading() -> None:
    # China Agritech 8-K, Item 4.01, March 2011 (the heading says "Company's", not "Registrant's")
    text = ("Item 4.01 Changes in Company\u2019s Certifying Accountant.\nOn November 13, 2010, China Agritech, Inc. (the "
            "\u201cCompany\u201d) appointed Ernst & Young Hua Ming (\u201cE&Y\u201d) as its independent registered public "
            "accounting firm. On March 14, 2011, the Company terminated the services of E&Y.\n")
    finding = found(text, "8-K")[Kind.RESTATEMENT_RISK]
    assert finding.facts["items"] == ["4.01"] and not finding.evidence.startswith("Item")


def test_material_control_weaknesses_and_errors_in_previous_filings() -> None:
    # Interpublic news item, March 2005; Celsius release, March 1, 2022
    assert Kind.RESTATEMENT_RISK in found(
        "\"The extensive review process we have undertaken is appropriate given the material control weaknesses we "
        "face,\" Roth said in a statement.\n", "8-K")
    assert Kind.RESTATEMENT_RISK in found(
        "Although the Company has dedicated significant resources to the completion of its audited consolidated "
        "financial statements, the Company has encountered staffing limitations, unanticipated delays and identified "
        "material errors in previous filings as further described below.\n", "8-K")


def test_a_review_the_audit_committee_is_conducting() -> None:
    # Ixia release, November 20, 2013
    text = ("Ixia\u2019s Audit Committee, with the assistance of independent counsel, is conducting an email review and "
            "performing additional procedures to ensure the accuracy of its financial information and appropriateness "
            "of its financial reporting.\n")
    assert found(text, "8-K")[Kind.RESTATEMENT_RISK].facts["trigger"] == "investigation"


@pytest.mark.parametrize("text", [
    "The Audit Committee will review the financial statements before they are filed with the SEC.",
    "Management performed a review of the financial reporting calendar with the Audit Committee.",
])
def test_routine_reviews_of_financial_statements_are_no_risk(text: str) -> None:
    assert Kind.RESTATEMENT_RISK not in found(text + "\n", "8-K")


# --- late filing --------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    # Interpublic news item, March 2005
    "Marketing services conglomerate Interpublic Group of Companies Inc. said last week it will delay the release of "
    "fourth-quarter and full-year results and miss the March 31 deadline for filing its 2004 annual report.",
    # Celsius release, March 1, 2022
    "As a result, the Company has filed for the fifteen (15) day extension period provided under Rule 12b-25 and "
    "anticipates filing its Form 10-K including its audited financials prior to the expiration of the extension period.",
    # Tandy Leather Factory 8-K, Item 8.01, August 2019
    "Because the independent investigation includes matters related to accounting for the three months ended June 30, "
    "2019, the Company currently does not anticipate that it will be able to file timely its Quarterly Report on Form "
    "10-Q for the three and six months ended June 30, 2019, which has a due date of August 14, 2019.",
    # Tandy Leather Factory release, October 18, 2019
    "The Company expects that it will not be able to file its Quarterly Reports on Form 10-Q for the quarters ended "
    "June 30, 2019 and September 30, 2019 until after the conclusion of its restatement.",
])
def test_still_more_words_for_a_late_report(text: str) -> None:
    assert Kind.LATE_FILING in found(text + "\n", "8-K")


@pytest.mark.parametrize("text", [
    # Professional Holding 8-K, Item 4.01, March 2021
    "PFHD\u2019s Annual Report on Form 10-K for the year ended December 31, 2020, has not yet been filed (and, as of the "
    "date hereof, is not yet due), and thus Crowe has not provided its report for such fiscal year.",
    "The Company did not miss the deadline for filing its Annual Report on Form 10-K.",
])
def test_look_alikes_of_still_more_late_words(text: str) -> None:
    assert Kind.LATE_FILING not in found(text + "\n", "8-K")
