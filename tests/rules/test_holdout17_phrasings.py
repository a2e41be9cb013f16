"""Phrasings from hold-out 17's real texts (each comment names the source), with the look-alikes
that share their words. Found after that set's first evaluation; the texts themselves stay in
tests/bench/holdout17/."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.edgar.filings import parse_filing
from bot.models import Kind, Severity
from bot.rules import run_rules
from tests.rules.excerpts import found as _found

# --- buyback ------------------------------------------------------------------------------------


def test_plans_to_buy_back_in_two_words() -> None:
    # news report on Anchor Bancorp Wisconsin (mid-1990s)
    text = ("Anchor Bancorp Wisconsin plans to buy back up to 216,030 shares of its outstanding common stock, "
            "representing a 5% stake.\n")
    f = _found(text, "8-K")[Kind.BUYBACK]
    assert f.facts["authorized_shares"] == 216_030


def test_received_authorization_from_its_board() -> None:
    # news report on First Fidelity Bancorp, 1993
    text = ("LAWRENCEVILLE, N.J. -- First Fidelity Bancorp. received authorization from its board to repurchase "
            "up to 2% of its common shares in any year.\n")
    f = _found(text, "8-K")[Kind.BUYBACK]
    assert f.facts["percent_of_outstanding"] == 2


def test_proceeding_with_a_normal_course_issuer_bid() -> None:
    # a Vancouver-listed producer's notice, 1998
    text = ("The company is proceeding with a normal course issuer bid whereby it will purchase up to 1,000,000 "
            "common shares, representing approximately 5 per cent of the outstanding shares of the company. The "
            "normal course issuer bid will begin on June 1, 1998, and end on June 1,1999.\n")
    f = _found(text, "8-K")[Kind.BUYBACK]
    assert f.facts["authorized_shares"] == 1_000_000
    assert f.facts["percent_of_outstanding"] == 5


def test_a_stock_repurchase_agreement_with_its_defined_seller() -> None:
    # Retractable Technologies, EX-10.1 to an 8-K, December 27, 2022
    text = (
        "STOCK REPURCHASE AGREEMENT\n\n"
        'THIS STOCK REPURCHASE AGREEMENT (this "Agreement") is entered into as of December 27, 2022 by and between '
        'Retractable Technologies, Inc., a Texas corporation (the "Company"), and BML Investment Partners, L.P. '
        '(the "Seller").\n\n'
        "B. The Company has agreed to repurchase Three Million (3,000,000) shares of Common Stock held by the "
        'Seller at the price and upon the terms and conditions provided in this Agreement (the "Repurchase").\n'
    )
    f = _found(text, "8-K")[Kind.BUYBACK]
    assert f.facts["program"] == "private"
    assert f.facts["shares"] == 3_000_000


@pytest.mark.parametrize("text", [
    # the seller defined in a share sale by the company, not a repurchase
    'The Company has agreed to sell 3,000,000 shares of Common Stock to the Buyer (the "Sale").',
    # an investor's purchase from a selling holder
    "The Purchaser has agreed to purchase Three Million (3,000,000) shares of Common Stock held by the Seller.",
])
def test_share_sales_between_defined_parties_are_no_buyback(text: str) -> None:
    assert Kind.BUYBACK not in _found(text + "\n", "8-K")


def test_an_asr_named_as_a_way_the_program_may_buy_is_no_asr() -> None:
    # Dycom Industries, EX-99.1, April 26, 2016
    text = (
        "Palm Beach Gardens, Florida, April 26, 2016 - Dycom Industries, Inc. (NYSE:DY) announced today that it "
        "has exhausted its previously authorized $100 million stock repurchase program. Under this program, the "
        "Company repurchased a total of 1,557,354 shares of its common stock in open market transactions during "
        "the third quarter of fiscal 2016. These shares were repurchased at an average price of $64.21 per share. "
        "On April 26, 2016, the Company's Board of Directors authorized a new $100 million stock repurchase "
        "program. Repurchases under the new program are authorized to be made over the next eighteen (18) months "
        "in open market or private transactions, including through accelerated share repurchase agreements with "
        "one or more counterparties from time to time. As of April 25, 2016, the Company had 31,342,313 shares of "
        "common stock outstanding.\n"
    )
    f = _found(text, "8-K")[Kind.BUYBACK]
    assert f.facts["program"] != "asr"
    assert f.facts["shares"] == 1_557_354  # bought, not the 31,342,313 outstanding
    assert f.evidence.startswith("On April 26, 2016, the Company's Board of Directors authorized a new")


def test_a_table_of_dashes_written_one_cell_per_line_bought_nothing() -> None:
    # Charles & Colvard 10-K for the year ended June 30, 2023 (edgar-crawler text: one cell per line)
    rows = []
    for label in ("April 1, 2023 - April 30, 2023", "May 1, 2023 - May 31, 2023", "June 1, 2023 - June 30, 2023",
                  "Total"):
        rows += [label, "-", "$", "-", "-", "$", "4,510,021"]
    text = (
        "CONFORMED SUBMISSION TYPE:\t10-K\nCONFORMED PERIOD OF REPORT:\t20230630\n\n"
        "Item 5.\nMarket for Registrants Common Equity, Related Stockholder Matters and Issuer Purchases of Equity "
        "Securities\nPeriod\nTotal\nNumber of\nShares\nPurchased\nAverage Price\nPaid per share\nTotal Number of\n"
        "shares Purchased\nas Part of\nPublicly\nAnnounced Plans\nor Programs(1)\nApproximate\nDollar Value of\n"
        "Shares that May\nYet be Purchased\nUnder the Plans or\nPrograms\n" + "\n".join(rows) + "\n(1)\n"
        "On May 5, 2022, we announced that our Board of Directors had approved a share repurchase program to "
        "permit us to repurchase up to $5.00 million worth of our issued and outstanding common stock over the "
        "three-year period ending April 29, 2025.\n"
        "Market for Registrants Common Equity\n"
        "Our common stock is traded on the Nasdaq Capital Market under the symbol CTHR. As of September 29, 2023, "
        "there were 210 shareholders of record of our common stock.\n"
        "We did not pay any dividends on our common stock during the fiscal years ended June 30, 2023 and 2022. We "
        "will regularly review and consider the best policies and practices for our company, including the "
        "dividend policy. The payment of future dividends will be dependent on the facts and circumstances at the "
        "time of that review.\n"
    )
    assert Kind.BUYBACK not in _found(text, None)


def test_a_lone_dash_line_is_a_cell_in_a_paragraph_per_line_text_only() -> None:
    para = ("Our common stock is traded on the Nasdaq Capital Market under the symbol CTHR. As of September 29, "
            "2023, there were 210 shareholders of record of our common stock. We did not pay any dividends on our "
            "common stock during the fiscal years ended June 30, 2023 and 2022.")
    doc = parse_filing(f"{para}\nTotal\n-\n$\n4,510,021\n-----\n{para}\n".encode(), source="t.txt")
    lines = doc.documents[0].text.split("\n")
    assert "-" in lines  # kept: a zero cell of a table written one cell per line
    assert "-----" not in lines  # dropped: a ruled line
    # in hard-wrapped text a lone dash is a bullet or a rule and still ends the paragraph
    wrapped = parse_filing(b"The Company announced:\n-\nrecord sales.\n", source="t.txt").documents[0].text
    assert "-" not in wrapped.split()


def test_an_excise_tax_footnote_is_not_the_table_s_quote() -> None:
    # ExxonMobil 10-Q for the quarter ended June 30, 2023, Part II Item 2
    text = (
        "ITEM 2. UNREGISTERED SALES OF EQUITY SECURITIES AND USE OF PROCEEDS\n"
        "Issuer Purchases of Equity Securities for Quarter Ended June 30, 2023\n"
        "Total Number of Shares Purchased (1) | Average Price Paid per Share (2) | Total Number of Shares Purchased "
        "as Part of Publicly Announced Plans or Programs (3) | Approximate Dollar Value of Shares that May Yet Be "
        "Purchased Under the Program (Billions of dollars)\n"
        "April 2023 | 11,468,654 | $115.97 | 11,467,390 | $29.3\n"
        "May 2023 | 14,417,519 | $106.81 | 14,416,979 | $27.8\n"
        "June 2023 | 13,945,206 | $105.42 | 13,945,174 | $26.3\n"
        "Total | 39,831,379 | $108.96 | 39,829,543\n"
        "(1) Includes shares withheld from participants in the company's incentive program for personal income "
        "taxes.\n"
        "(2) Excludes 1% excise tax on stock repurchases of $43M.\n"
        "(3) In its 2022 Corporate Plan Update released December 8, 2022, the Corporation stated that the company "
        "expanded its share repurchase program to up to $50 billion through 2024, including $15 billion of "
        "repurchases in 2022.\n"
    )
    f = _found(text, "10-Q")[Kind.BUYBACK]
    assert f.facts["shares"] == 39_831_379
    assert f.facts["price_per_share"] == 108.96
    assert "excise" not in f.evidence
    assert f.evidence.startswith("In its 2022 Corporate Plan Update")


# --- restatement risk ---------------------------------------------------------------------------


def test_a_note_titled_restatement_of_named_periods() -> None:
    # a 10-K note for 2013 (restatement of two quarters' debt fair value)
    text = (
        "NOTE 10 RESTATEMENT OF JUNE 30, 2013 AND SEPTEMBER 30, 2013 FINANCIAL RESULTS\n"
        "During the fourth quarter of the year ended December 31, 2013, the Company identified certain accounting "
        "errors in the calculation of the fair value of the new terms on the HCIC seller carryback notes that were "
        "refinanced and initially reported in the Companys periodic filing of its Form 10-Q as of June 30, 2013. "
        "Upon recalculation of the fair value of the new debt, as in accordance with ASC 470-50-40-10 and ASC 820, "
        "the fair value of the new debt was adjusted to $7,037,000, which compared to the previously calculated "
        "debt fair value of $6,164,000.\n"
        "Also refer to Note 4 Notes Payable, HCIC Seller Carry Back Notes for further information of the effects of "
        "the debt extinguishment and refinancing and resultant $873,000loss for the year ended December 31, 2013.\n"
    )
    f = _found(text, "10-K")[Kind.RESTATEMENT_RISK]
    assert f.facts["trigger"] == "restatement"
    assert "identified certain accounting errors" in f.evidence


def test_an_auditor_s_withdrawal_of_its_reports() -> None:
    # Celadon Group release, May 8, 2017 (EX-99.1 to an 8-K)
    text = (
        "INDIANAPOLIS, May 8, 2017 /PRNewswire/ -- Celadon Group, Inc. (NYSE: CGI) today announced that on May 2, "
        "2017, it received a notice from the New York Stock Exchange notifying the Company of its failure to meet "
        "a NYSE listing standard. The failure resulted from the Company's independent auditor's withdrawal of its "
        "reports related to the Company's Form 10-K for the fiscal year ended June 30, 2016, and Form 10-Qs for "
        'the quarters ended September 30 and December 31 2016, respectively (the "Delinquent Periods"). The '
        'withdrawal constitutes a "Filing Delinquency" under Section 802.01E (SEC Annual and Quarterly Report '
        "Timely Filing Criteria) of the NYSE Listed Company Manual.\n"
    )
    found = _found(text, "8-K")
    assert found[Kind.RESTATEMENT_RISK].severity is Severity.HIGH
    assert "withdrawal of its reports" in found[Kind.RESTATEMENT_RISK].evidence
    assert found[Kind.LATE_FILING].severity is Severity.HIGH
    assert "802.01E" in found[Kind.LATE_FILING].evidence


def test_a_new_standard_s_recast_is_no_restatement() -> None:
    # Xilinx fiscal 1998 annual report (EX-13): FAS 128
    text = ("In 1997, the Company adopted SFAS 128. The new standard required the Company to change the method "
            "used to compute net income per share and to restate all prior periods.\n")
    assert Kind.RESTATEMENT_RISK not in _found(text, "10-K")


def test_a_late_10k_held_for_the_audit_committee_s_review() -> None:
    # Hain Celestial release, September 1, 2016 (EX-99.1 to an 8-K)
    text = (
        "Hain Celestial Receives Expected Nasdaq Notification of Non-Compliance Related to Delayed Filing of "
        "Annual Report on Form 10-K\n\n"
        "As previously disclosed on August 15, 2016, the Company will not be in a position to file its Form 10-K "
        "until the completion of the independent review of the Audit Committee and the audit process relating to "
        "the 2016 fiscal year.\n"
    )
    found = _found(text, "8-K")
    assert found[Kind.RESTATEMENT_RISK].facts["trigger"] == "investigation"
    assert Kind.LATE_FILING in found


def test_an_audit_committee_review_without_a_late_report_is_not_read_as_one() -> None:
    text = ("The Audit Committee's review of the Company's whistleblower policy was completed in March, and the "
            "Company filed its Form 10-K on time.\n")
    found = _found(text, "8-K")
    assert Kind.RESTATEMENT_RISK not in found
    assert Kind.LATE_FILING not in found


# --- late filing --------------------------------------------------------------------------------


def test_unable_to_compile_information_to_file_a_timely_annual_report() -> None:
    # A. H. Belo 8-K, Item 7.01, March 2020
    text = (
        "In light of the impact of the additional factors described above, the Company now believes that it will "
        "be unable to compile and review certain information required in order to permit the Company to file a "
        "timely Annual Report on Form10-K for its year ended December 31, 2019 by the prescribed date, taking into "
        "account the extension normally available under Rule12b-25 under the Exchange Act, without unreasonable "
        "effort or expense.\n"
    )
    f = _found(text, "8-K")[Kind.LATE_FILING]
    assert f.facts["report"] == "10-K"
    assert f.facts["period"] == "2019-12-31"


def test_reported_speech_would_delay_is_no_hedge() -> None:
    # Macworld report on Apple, August 2006
    text = ("The company also said it would delay the filing of its Form 10-Q for the quarter ended July 1, "
            "2006.\n")
    f = _found(text, "8-K")[Kind.LATE_FILING]
    assert f.facts["period"] == "2006-07-01"


@pytest.mark.parametrize("text", [
    "The company would delay the filing of its Form 10-Q if the review is not complete.",
    "Analysts said it would be unusual for the company to delay the filing of its Form 10-Q.",
])
def test_conditional_delays_stay_hypothetical(text: str) -> None:
    assert Kind.LATE_FILING not in _found(text + "\n", "8-K")


def test_lone_dash_bullets_in_a_wrapped_release_keep_each_sentence_apart() -> None:
    # a reviewer's look-alike (tests/fixtures/rules/review/): "-" bullet lines in hard-wrapped text
    path = Path(__file__).resolve().parents[1] / "fixtures" / "rules" / "review" / "r17_l1_dash_bullets.txt"
    found = {f.kind: f for f in run_rules(parse_filing(path.read_bytes(), source=path.name))}
    assert found[Kind.BUYBACK].evidence.startswith("The Company repurchased 250,000 shares")
    assert found[Kind.RESTATEMENT_RISK].evidence.startswith("The Audit Committee of the Board")
    assert found[Kind.LATE_FILING].evidence.startswith("The Company will not be able to file")
