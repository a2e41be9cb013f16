"""Phrasings from hold-out 18's real texts (each comment names the source), with the look-alikes
that share their words. Found after that set's first evaluation; the texts themselves stay in
tests/bench/holdout18/."""

from __future__ import annotations

import pytest

from bot.models import Kind, Severity
from tests.rules.excerpts import found as _found

# --- buyback ------------------------------------------------------------------------------------


def test_approval_of_a_plan_to_purchase_with_a_clause_before_the_size() -> None:
    # Tower Bancorp EX-99.1, September 14, 2006
    text = ("September 14, 2006 - The Board of Directors of Tower Bancorp, Inc. is pleased to announce the approval "
            "of a plan to purchase, in open market and privately negotiated transactions, up to 100,000 shares of "
            "its outstanding common stock.\n")
    assert _found(text, "8-K")[Kind.BUYBACK].facts["authorized_shares"] == 100_000


def test_an_8k_announcing_the_release_s_program() -> None:
    # Patterson Dental 8-K, Item 5, September 1999
    text = ("ITEM 5   OTHER EVENTS\n\n"
            "Reference is made to the press release issued to the public by Patterson Dental Company on September "
            "15, 1999, announcing a share repurchase program pursuant to which the company may purchase up to one "
            "million of its shares in open market transactions.\n")
    f = _found(text, "8-K")[Kind.BUYBACK]
    assert f.facts["authorized_shares"] == 1_000_000
    assert f.evidence.startswith("Reference is made")  # the item heading is not part of the quote


def test_a_new_program_approved_with_no_size_yet() -> None:
    # Superior Energy Services 8-K, Item 7.01, March 2020
    text = ("Item 7.01 Regulation FD Disclosure\n"
            'On March 26, 2020, the Board of Directors (the "Board") of Superior Energy Services, Inc. (the '
            '"Company") approved a new stock repurchase program.\n')
    f = _found(text, "8-K")[Kind.BUYBACK]
    assert f.evidence.startswith("On March 26, 2020")
    assert "authorized_usd" not in f.facts


@pytest.mark.parametrize("text", [
    "The Company may approve a new stock repurchase program in 2021 if market conditions warrant.",
    "In 2020 the Board approved a new stock repurchase program, which was suspended in April 2020.",
])
def test_new_programs_hedged_or_ended_are_not_news(text: str) -> None:
    assert Kind.BUYBACK not in _found(text + "\n", "8-K")


def test_a_weekly_buyback_report_table() -> None:
    # Asetek A/S release, September 8, 2020
    text = (
        "OSLO, Norway, Sept. 8, 2020 /PRNewswire/ -- On May 19, 2020, Asetek A/S launched a share buyback "
        "programme, as described in company announcement of May 19, 2020. According to the programme, Asetek A/S "
        "will in the period until September 30, 2020 buy back own shares up to a maximum value of USD 4.5 million "
        "and with a maximum of 1,038,082 shares.\n"
        "Trading day | Number of shares bought back | Average purchase price (NOK) | Amount (USD)\n"
        "Total, latest announcement | 557,875 | 60.4702 | 3,603,202.07\n"
        "73: 31 August 2020 | 5,000 | 87.1014 | 49,952.65\n"
        "74: 1 September 2020 | 5,000 | 84.8734 | 48,377.84\n"
        "75: 2 September 2020 | 4,954 | 83.2273 | 46,755.73\n"
        "76: 3 September 2020 | 4,875 | 80.7792 | 44,144.82\n"
        "77: 4 September 2020 | 7,000 | 81.9722 | 63,864.54\n"
        "Total accumulated over week 36/2020 | 26,829 | 83.4838 | 253,095.59\n"
        "Total accumulated during the share buy-back programme | 584,704 | 61.5261 | 3,856,297.66\n"
    )
    f = _found(text, "6-K")[Kind.BUYBACK]
    assert f.facts["shares"] == 26_829  # the week's, not the programme's running total
    assert f.facts["authorized_shares"] == 1_038_082


def test_a_label_and_value_transaction_report() -> None:
    # Rio Tinto 6-K, January 2020 (hold-out 17)
    text = ("Date of Purchase | 7 January 2020\nNumber of ordinary shares purchased | 17,652\n"
            "Average price paid (pence) | 4421.0810\n")
    assert _found(text, "6-K")[Kind.BUYBACK].facts["shares"] == 17_652


def test_an_item_703_table_is_not_read_as_a_transaction_report() -> None:
    # a 10-Q excerpt with no form: the employee-withholding table stays no buyback (Spire, hold-out 15)
    text = ("Period | Total Number of Shares Purchased | Average Price Paid per Share | Total Number of Shares "
            "Purchased as Part of Publicly Announced Plans or Programs\n"
            "October 1, 2023 - October 31, 2023 | 1,250 | $60.00 | —\n"
            "Total | 1,250 | $60.00 | —\n"
            "The only repurchases of the Company's common stock in the quarter were pursuant to elections by "
            "employees to have shares of stock withheld to cover employee tax withholding obligations.\n")
    assert Kind.BUYBACK not in _found(text, None)


def test_a_suspension_news_item_recalling_past_purchases_is_no_buyback() -> None:
    # news report on Wal-Mart, November 2008
    text = (
        "Wal-Mart Suspends Stock-Repurchase Program\n\n"
        "New York City Wal-Mart Stores Inc. is temporarily suspending its stock-repurchase program, the Associated "
        "Press reported.\n\n"
        "From time to time, the discounter had repurchased shares of its common stock under a $15 billion "
        "share-repurchase program authorized by the Board of Directors. As of Oct. 18, about $5.0 billion remained "
        "of the $15 billion authorized.\n"
    )
    assert Kind.BUYBACK not in _found(text, "8-K")


# --- restatement risk ---------------------------------------------------------------------------


def test_an_auditor_that_agreed_it_would_resign() -> None:
    # Solomon Technologies 8-K, Item 4.01, May 2007
    text = ("(i) On May 31, 2007, UHY LLP and the audit committee of Solomon Technologies, Inc., (the \u201cRegistrant\u201d) "
            "agreed that both would be best served if the Registrant identified new auditors. The parties agreed "
            "that UHY would resign as the Company\u2019s auditors, effective immediately.\n")
    f = _found(text, "8-K")[Kind.RESTATEMENT_RISK]
    assert f.facts["trigger"] == "auditor_change"
    assert f.severity is Severity.HIGH


def test_a_numbered_restatement_heading_under_a_page_header() -> None:
    # BofI Holding 10-Q, note 15 (2012)
    text = ("RESTATEMENT OF PREVIOUSLY ISSUED FINANCIAL STATEMENTS\n"
            "(15) RESTATEMENT OF PREVIOUSLY ISSUED FINANCIAL STATEMENTS\n"
            "During April 2011, the OTS performed a regulatory examination of the Company and its wholly-owned bank "
            "subsidiary, North American Savings Bank, F.S.B. During its examination, the OTS reviewed whether the "
            "circumstances surrounding the residential development loans of two large borrowing relationships would "
            "qualify as Troubled Debt Restructurings.\n")
    f = _found(text, "10-Q")[Kind.RESTATEMENT_RISK]
    assert f.evidence.startswith("(15) RESTATEMENT OF PREVIOUSLY ISSUED FINANCIAL STATEMENTS: During April 2011")


def test_previously_reported_statements_that_required_adjustments() -> None:
    # a bank holding company's 10-Q/A, note 12 (2012)
    text = ("Restatement\n12. Restatement\n"
            "Subsequent to filing the Corporation\u2019s September 30, 2011 Quarterly Report on Form 10-Q, management "
            "determined that the previously reported unaudited consolidated financial statements for the quarters "
            "ended June 30, 2011 and September 30, 2011 required adjustments to the loan loss provision and the "
            "allowance for loan losses (\u201cALLL\u201d) to conform with the Bank\u2019s revised June and September 2011 "
            "Call Reports. In assessing the adequacy of the Bank\u2019s allowance for loan losses, management takes "
            "into consideration a number of factors, including current economic conditions and prior loan loss "
            "experience.\n"
            "In addition, based on management\u2019s reassessment of the effects of events and information providing "
            "additional evidence about conditions that existed at June 30, 2011 for certain impaired commercial real "
            "estate loans, it was determined that portions of such loans were uncollectible and required "
            "approximately $2,600,000 of charge offs effective at June 30, 2011.\n")
    f = _found(text, "10-Q")[Kind.RESTATEMENT_RISK]
    assert f.facts["trigger"] == "restatement"
    assert "required adjustments" in f.evidence


def test_a_delay_to_complete_a_financial_restatement() -> None:
    # comScore EX-99.1, February 6, 2017
    text = (
        "RESTON, VA, February 6, 2017\u2013comScore (NASDAQ: SCOR) today announced that the Company has notified the "
        "Nasdaq Hearings Panel that the Company will be unable to regain compliance with its Securities and Exchange "
        "Act (\u201cSEC\u201d) periodic reporting requirements by the February 23, 2017 deadline set by the Panel.\n\n"
        "As previously disclosed, by decision dated October 25, 2016, the Panel determined to provide comScore with "
        "conditional listing on the Nasdaq Global Select Market through February 23, 2017 so as to grant the Company "
        "additional time to complete its financial restatement and regain compliance with Nasdaq\u2019s listing "
        "requirements.\n"
    )
    found = _found(text, "8-K")
    assert found[Kind.RESTATEMENT_RISK].facts["trigger"] == "restatement"
    assert Kind.LATE_FILING in found


def test_a_late_10k_while_revenue_recognition_is_reviewed() -> None:
    # Alere EX-99.1, March 21, 2017
    text = (
        "Alere Inc. Receives NYSE Notice Regarding Late Form 10-K Filing\n\n"
        "As previously disclosed, the reason for the delay is that the Company is continuing to review certain "
        "aspects of revenue recognition at its Korean and Japanese locations, including inappropriate conduct at the "
        "Company\u2019s subsidiary in South Korea, Standard Diagnostics, Inc. The Company will not be able to file the "
        "Form 10-K until this analysis is completed.\n"
    )
    assert _found(text, "8-K")[Kind.RESTATEMENT_RISK].facts["trigger"] == "investigation"


def test_an_earlier_quarter_s_weakness_remediated_in_an_effective_year() -> None:
    # Armada Acquisition Corp. I 10-K for the year ended September 30, 2023, Item 9A
    text = (
        "CONFORMED SUBMISSION TYPE:\t10-K\nCONFORMED PERIOD OF REPORT:\t20230930\n\n"
        "Item 9A. Controls and Procedures\n\n"
        "Based on this evaluation, our principal executive officer and principal financial and accounting officer "
        "have concluded that as of September 30, 2023, our disclosure controls and procedures were effective.\n\n"
        "As identified in our Quarterly report on Form 10-Q for the quarter ended March 31, 2023, our principal "
        "executive officer and principal financial and accounting officer had concluded that as of March 31, 2023, "
        "our disclosure controls and procedures were not effective due to a material weakness related to accounting "
        "for excise tax liability on redemptions.\n\n"
        "Based on its assessment, management concluded that our internal control over financial reporting was "
        "effective as of September 30, 2023.\n\n"
        "Other than the remediation of the material weakness related to the accounting for excise tax liability "
        "described above, there have been no changes to our internal control over financial reporting.\n"
    )
    assert Kind.RESTATEMENT_RISK not in _found(text, None)


def test_a_weakness_not_yet_remediated_is_still_reported() -> None:
    text = (
        "CONFORMED SUBMISSION TYPE:\t10-K\nCONFORMED PERIOD OF REPORT:\t20230930\n\n"
        "Management identified a material weakness in our internal control over financial reporting related to "
        "revenue cut-off, which has not yet been remediated as of September 30, 2023.\n"
    )
    assert Kind.RESTATEMENT_RISK in _found(text, None)


def test_a_10k_for_a_year_long_past_is_overdue_by_its_dates() -> None:
    # Navistar 8-K, Item 8.01, May 31, 2007 (hold-out 18's excerpt had no header; the filing date
    # is the 8-K's own)
    body = ("ITEM 8.01 OTHER EVENTS\n\nOn May 31, 2007, Navistar International Corporation (the company) announced, in "
            "a news release, it expects to file its fiscal 2005 Form 10-K, which will include restated financial "
            "reporting for fiscal years 2003, 2004 and the first three quarters of 2005, within the next four months.\n")
    late = _found("FILED AS OF DATE:\t20070531\nCONFORMED SUBMISSION TYPE:\t8-K\n\n" + body, None)
    assert late[Kind.LATE_FILING].facts["report"] == "10-K"
    on_time = ("FILED AS OF DATE:\t20060215\nCONFORMED SUBMISSION TYPE:\t8-K\n\n"
               "The company expects to file its fiscal 2005 Form 10-K on or before March 15, 2006, as scheduled.\n")
    assert Kind.LATE_FILING not in _found(on_time, None)
