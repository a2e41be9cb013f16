"""Phrasings from hold-out 21's real texts (each comment names the source), with the look-alikes
that share their words. Found after that set's first evaluation; the texts themselves stay in
tests/bench/holdout21/."""

from __future__ import annotations

import pytest

from bot.models import Kind
from tests.rules.excerpts import found

# --- buyback ------------------------------------------------------------------------------------

# Altex Industries 10-K, fiscal year ended September 30, 2023, Item 5 and the start of Item 9A (a
# table written one cell per line; no program, no employees' shares)
_ALTEX = (
    'CONFORMED SUBMISSION TYPE:\t10-K\n'
    'CONFORMED PERIOD OF REPORT:\t20230930\n'
    'COMPANY CONFORMED NAME:\tALTEX INDUSTRIES INC\n'
    '\n'
    'Item 5.Market for Registrants Common Equity, Related Stockholder Matters and Issuer Purchases of Equity Securities.\n'
    "The Company's common stock is traded on OTC Pink under the symbol ALTX. At December 15, 2023, there were approximately 3,400 holders of record of the Company's common stock, excluding entities whose stock is held by clearing agencies. The Company has not paid a dividend during the last two fiscal years. The Company has no plan or program for the purchase of shares, and the Company has no compensation plans under which equity securities of the registrant are authorized for issuance.\n"
    'Issuer Purchases of Equity Securities\n'
    'Period\n'
    '(a)\n'
    'Total number of shares (or units) purchased\n'
    '(b)\n'
    'Average price paid per share (or unit)\n'
    '(c)\n'
    'Total number of shares (or units) purchased as part of publicly announced plans or programs\n'
    '(d)\n'
    'Maximum number (or approximate dollar value) of shares (or units) that may yet be purchased under the plans or programs\n'
    'July 1, 2023\n'
    'Through\n'
    'July 31, 2023\n'
    '--\n'
    '--\n'
    '--\n'
    '--\n'
    'August 1, 2023 through\n'
    'August 31, 2023\n'
    '--\n'
    '--\n'
    '--\n'
    '--\n'
    'September 1, 2023 through\n'
    'September 30, 2023\n'
    '169,405\n'
    '$0.14\n'
    '--\n'
    '--\n'
    'Total\n'
    '169,405\n'
    '$0.14\n'
    '--\n'
    '--\n'
    '\n'
    'Item 9A. Controls and Procedures\n'
    'The Company maintains disclosure controls and procedures that are designed to ensure that information required to be disclosed in the Companys Exchange Act reports is recorded, processed, summarized, and reported within the time periods specified in the SECs rules and forms, and that such information is accumulated and communicated to the Companys management, including its Principal Executive Officer and Principal Financial Officer as appropriate, to allow timely decisions regarding required disclosure. Management necessarily applied its judgment in assessing the costs and benefits of such controls and procedures which, by their nature, can provide only reasonable assurance regarding managements control objectives.\n'
    'As of the end of the period covered by the report, the Company carried out an evaluation, under the supervision and with the participation of the Companys management, including the Companys Principal Executive Officer and Principal Financial Officer, of the effectiveness of the design and operation of the Companys disclosure controls and procedures pursuant to Exchange Act Rule 13a-14. Based upon the foregoing, the Companys Principal Executive Officer and Principal Financial Officer concluded that the Companys disclosure controls and procedures are effective in timely alerting them to material information relating to the Company (including its consolidated subsidiary) required to be included in the Companys Exchange Act reports. There have been no significant changes in the Companys internal controls or in other factors which could significantly affect internal controls subsequent to the date the Company carried out its evaluation.\n'
)


def test_a_purchase_outside_any_program_is_still_the_companys_own() -> None:
    facts = found("".join(_ALTEX), "10-K")[Kind.BUYBACK].facts
    assert facts["shares"] == 169_405


def test_shares_outside_a_program_withheld_for_taxes_are_no_buyback() -> None:
    text = "".join(_ALTEX).replace(
        "The Company has no plan or program for the purchase of shares,",
        "All shares in the table were withheld to satisfy tax withholding obligations on vested restricted stock,")
    assert Kind.BUYBACK not in found(text, "10-K")


def test_stock_repurchases_totaled() -> None:
    # TFS Financial 10-K, fiscal year ended September 30, 2023, Item 5
    text = ("CONFORMED SUBMISSION TYPE:\t10-K\nCONFORMED PERIOD OF REPORT:\t20230930\n\n"
            "We did not purchase any stock during the quarter ended September 30, 2023. For the fiscal year ended "
            "September 30, 2023, stock repurchases totaled 361,869 shares at an average price per share of $13.82. "
            "The program has 5,191,951 shares yet to be purchased as of September 30, 2023.\n")
    facts = found(text, "10-K")[Kind.BUYBACK].facts
    assert (facts["shares"], facts["price_per_share"]) == (361_869, 13.82)


def test_a_count_in_millions_inside_a_table_cell() -> None:
    # Microsoft 10-Q for the quarter ended September 30, 2004, Part II Item 2
    text = ("Period | (a) Total number of shares purchased | (b) Average price paid per share | (c) Total number of "
            "shares purchased as part of publicly announced plans or programs | (d) Maximum number of shares (or "
            "approximate dollar value) of shares that may yet be purchased under the plans or programs\n"
            "September 1, 2004 - September 30, 2004 | 22.8 million | $ 27.38 | 22.8 million | 29.38 billion\n"
            " | 22.8 million | | 22.8 million |\n\nDuring the first quarter of fiscal 2005, we repurchased 22.8 million "
            "shares for $625 million under this announced plan.\n")
    facts = found(text, "10-Q")[Kind.BUYBACK].facts
    assert (facts["shares"], facts["amount_usd"]) == (22_800_000, 625_000_000)


def test_a_week_of_own_shares_purchased_in_total() -> None:
    # Festi hf. weekly buy-back notice, week 4 of 2022 (hold-out 13): the programme's size is not the week's
    text = ("In week 4 2022 Festi purchased in total 740,000 own shares for total amount of 170,470,000 ISK as "
            "follows:\nFesti has now bought in total 4,072,000 own shares. The programme envisages the buy-back of a "
            "total of 5,000,000 own shares or 1.55% of the issued shares.\n")
    assert found(text, "6-K")[Kind.BUYBACK].facts["shares"] == 740_000


# --- restatement risk ---------------------------------------------------------------------------


def test_the_companys_previously_announced_restatement() -> None:
    # Sunrise Senior Living release (8-K EX-99.1), February 2007 (its first sentence, "an update on
    # the status of its pending financial restatement", is left alone: an investee's release says the same)
    text = ("The Company and its outside auditor, Ernst & Young, LLP, continue to work diligently toward completion of "
            "the Company\u2019s previously announced restatement.\n")
    assert found(text, "8-K")[Kind.RESTATEMENT_RISK].facts["trigger"] == "restatement"


def test_a_review_not_yet_finalized_holds_back_a_late_report() -> None:
    # Lottery.com 8-K, Item 3.01, December 2022
    text = ("Item 3.01 Notice of Delisting or Failure to Satisfy a Continued Listing Rule or Standard; Transfer of "
            "Listing.\n\nAs previously disclosed in the Lottery.com Inc. (the \u201cCompany\u201d) Notification of Late "
            "Filing on Form 12b-25, filed with the Securities and Exchange Commission (the \u201cSEC\u201d) on August 16, "
            "2022, the Company has not yet finalized its review of its financial statements or its assessment of the "
            "impact of the findings of the ongoing review of the Company\u2019s internal accounting controls on its "
            "historical financial statements or for the financial statements for the quarters ended June 30, 2022 or "
            "September 30, 2022, and is therefore unable to file its Quarterly Reports on Form 10-Q for the periods "
            "ended June 30, 2022 or September 30, 2022.\n\nThe Company is working toward filing the Form 10-Q\u2019s as "
            "soon as practicable, but was unable to file them by the prescribed due date.\n")
    got = found(text, "8-K")
    assert Kind.LATE_FILING in got and got[Kind.RESTATEMENT_RISK].facts["trigger"] == "investigation"


def test_a_late_report_since_2004_while_the_accounting_treatment_is_determined() -> None:
    # Impax Laboratories release (8-K EX-99.1), January 2, 2007 ("May 2005" is a month, no hedge)
    text = ("The Company has not filed a periodic report since its report for the period ended September 30, 2004 "
            "because, as it announced in May 2005, it has been working to determine the appropriate accounting "
            "treatment for transactions under its Strategic Alliance Agreement with an affiliate of Teva "
            "Pharmaceutical Industries, Ltd.\n")
    got = found(text, "8-K")
    assert Kind.LATE_FILING in got and Kind.RESTATEMENT_RISK in got


def test_a_late_report_held_back_to_evaluate_potential_material_weaknesses() -> None:
    # Impax Laboratories release, April 6, 2005
    text = ("On March 31, 2005, IMPAX announced that it was not able to file its 2004 Form 10-K by March 31, 2005. "
            "The delay also has been caused by the additional time required to complete the extensive Sarbanes-Oxley "
            "Section 404 internal controls requirements, and additional time required for IMPAX to investigate and "
            "evaluate potential material weaknesses or potential significant deficiencies in connection with the "
            "Sarbanes-Oxley Section 404 internal control evaluation.\n")
    assert Kind.RESTATEMENT_RISK in found(text, "8-K")


def test_a_10q_delayed_pending_a_financial_review() -> None:
    # OCZ Technology 8-K, Item 3.01, October 2012
    text = ("On October 17, 2012, OCZ Technology Group, Inc. received a letter from The Nasdaq OMX Group indicating "
            "that the Company is not in compliance with Nasdaq Listing Rule 5250(c)(1) because it did not timely file "
            "its Quarterly Report on Form 10-Q for the period ending August 31, 2012. The Company has delayed the "
            "filing of its Form 10-Q pending the completion of its financial review.\n")
    assert Kind.RESTATEMENT_RISK in found(text, "8-K")


# --- late filing --------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    # Sunrise Senior Living release, February 2007
    "However, due to factors including the complexity of the issues involved, Sunrise will not be current with all SEC "
    "filings, including the 2006 Form 10-Qs and 2006 Form 10-K by March 1, 2007, as previously anticipated.",
    "At such time, Sunrise also will report on progress with respect to the Company\u2019s 2006 Form 10-K, which Sunrise "
    "does not expect to be filed on time.",
    # Sunrise release, March 2008
    "MCLEAN, VA - Sunrise Senior Living, Inc. (NYSE: SRZ) today announced that it continues to work diligently to "
    "complete its 2006 Form 10-K and the New York Stock Exchange has agreed to extend trading in the Company\u2019s "
    "common stock through the balance of the week.",
    # Stonepath Group 8-K, Item 3.01, April 2007
    "On April 18, 2007, Stonepath Group, Inc. received a notice from the American Stock Exchange LLC that by failing to "
    "timely file its Annual Report on Form 10-K for the fiscal year ended December 31, 2006, Stonepath has failed to "
    "satisfy standards for continued listing under Sections 134 and 1101 of the Amex Company Guide.",
    # Impax release, April 6, 2005 (Nasdaq's rule before 2006)
    "IMPAX today announced that on April 5, 2005 it received a Nasdaq Staff determination letter indicating that "
    "IMPAX failed to comply with the requirement for continued listing set forth in NASDAQ Marketplace Rule "
    "4310(c)(14) because IMPAX failed to file its Annual Report on Form 10-K for the fiscal year ended December 31, 2004.",
])
def test_more_words_for_a_late_report(text: str) -> None:
    assert Kind.LATE_FILING in found(text + "\n", "8-K")


def test_a_10k_for_a_past_year_expected_months_after_it_was_due() -> None:
    # Tupperware 8-K, Item 7.01, September 2023
    text = ("Item 7.01 Regulation FD Disclosure.\n2022 Form 10-K, Q1 Form 10-Q and Q2 Form 10-Q Filing Timing\n"
            "The Company currently expects to file with the SEC its Form 10-K by mid-October 2023, and its Q1 Form "
            "10-Q and Q2 Form 10-Q in the fourth quarter of 2023; however, there can be no assurance that any or all "
            "of these periodic reports will be filed by such dates.\n")
    assert found(text, "8-K")[Kind.LATE_FILING].facts["report"] == "10-K"


@pytest.mark.parametrize("text", [
    "2023 Form 10-K Filing Timing\nThe Company currently expects to file with the SEC its Form 10-K by late February "
    "2024, as in prior years.",
    "The Company will remain current with all SEC filings, including its 2006 Form 10-K, which it expects to file by "
    "March 1, 2007.",
    "We continue to work diligently to complete the integration of the acquired business by the end of 2024.",
])
def test_look_alikes_of_more_late_words(text: str) -> None:
    assert Kind.LATE_FILING not in found(text + "\n", "8-K")
