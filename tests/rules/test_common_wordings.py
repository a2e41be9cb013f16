"""Common wordings of the three kinds that earlier sets lacked, with look-alikes. The excerpts
were written for these tests in the style of real releases and reports (they quote no filing,
except where a comment names one); each expected value is read off the excerpt itself."""

from __future__ import annotations

import pytest

from bot.models import Kind
from tests.rules.excerpts import found

# --- buyback ------------------------------------------------------------------------------------


def test_a_bank_adopts_a_repurchase_plan_to_repurchase_a_percentage() -> None:
    text = ("Prairie Hollow Bancorp, Inc. (the \"Company\"), the holding company for Prairie Hollow Savings Bank, "
            "announced today that its Board of Directors has adopted a stock repurchase plan to repurchase up to 5% "
            "of the Company's outstanding shares, or approximately 183,500 shares.\n")
    finding = found(text, "8-K")[Kind.BUYBACK]
    assert finding.facts["authorized_shares"] == 183_500


def test_a_plan_to_repurchase_is_still_hedged_when_the_company_plans() -> None:
    text = ("The Company plans to repurchase up to 5% of its outstanding shares if market conditions permit, "
            "subject to regulatory approval.\n")
    assert Kind.BUYBACK not in found(text, "10-Q")


def test_an_authorization_with_a_count_in_words() -> None:
    text = ("BOSTON, Oct. 20, 1999 -- Westlake Instrument Company said today its board of directors has authorized "
            "the purchase of up to two million shares of the company's common stock, or about 7 percent of the "
            "shares outstanding.\n")
    assert found(text, "8-K")[Kind.BUYBACK].facts["authorized_shares"] == 2_000_000


@pytest.mark.parametrize("text", [
    "On October 30, 2024, Pinecrest Diagnostics, Inc. issued a press release announcing that its Board of Directors "
    "had added $200 million to the Company's stock repurchase authorization, bringing the total amount available for "
    "repurchase to $275 million.",
    "The Board of Directors upsized its share repurchase program by $150 million to a total of $400 million.",
])
def test_an_amount_added_to_a_repurchase_authorization(text: str) -> None:
    assert Kind.BUYBACK in found(text + "\n", "8-K")


@pytest.mark.parametrize("text", [
    "The Board of Directors boosted its quarterly dividend by 10% to $0.22 per share.",
    "The Company added $200 million to its revolving credit facility to fund the repurchase of its 5.25% senior notes.",
])
def test_look_alikes_of_an_added_amount(text: str) -> None:
    assert Kind.BUYBACK not in found(text + "\n", "8-K")


def test_capital_returned_with_a_decimal_amount() -> None:
    text = ("\"We delivered another quarter of strong free cash flow and returned $1.2 billion to shareholders, "
            "including $850 million of share repurchases (6.4 million shares) and $350 million of dividends,\" said "
            "the Chief Financial Officer.\n")
    assert found(text, "8-K")[Kind.BUYBACK].facts["shares"] == 6_400_000


def test_a_uk_transaction_in_own_shares_with_label_and_value_lines() -> None:
    text = ("Transaction in Own Shares\n\nAlbion Crest plc (the \"Company\") announces that on 12 April 2022 it "
            "purchased for cancellation the following number of its ordinary shares of 25 pence each through Numis "
            "Securities Limited:\n\nNumber of ordinary shares purchased: 145,000\nHighest price paid per share: "
            "612.40 pence\nLowest price paid per share: 604.00 pence\n\nThe purchase was made pursuant to the share "
            "buyback programme announced by the Company on 3 March 2022.\n")
    assert found(text, "6-K")[Kind.BUYBACK].facts["shares"] == 145_000


def test_a_japanese_notice_of_acquisition_of_own_shares() -> None:
    text = ("Notice Regarding Status and Completion of Acquisition of Own Shares\n\nTokai Precision Holdings, Inc. "
            "(the \"Company\") hereby announces that it has acquired its own shares as described below, pursuant to "
            "the resolution adopted at the meeting of the Board of Directors held on May 12, 2017.\n\n"
            "1. Class of shares acquired: Common stock of the Company\n"
            "2. Total number of shares acquired: 3,450,000 shares\n"
            "3. Total amount of acquisition cost: 14,996,210,000 yen\n")
    assert found(text, "6-K")[Kind.BUYBACK].facts["shares"] == 3_450_000


def test_label_and_value_lines_of_a_director_dealing_are_no_buyback() -> None:
    text = ("Director/PDMR Shareholding\n\nAlbion Crest plc announces that Mr John Smith, a director, purchased "
            "ordinary shares in the Company on 12 April 2022.\n\nNumber of ordinary shares purchased: 14,500\n"
            "Price paid per share: 612.40 pence\n")
    assert Kind.BUYBACK not in found(text, "6-K")


# --- restatement risk ---------------------------------------------------------------------------


def test_a_late_report_held_back_for_a_review_of_option_granting_practices() -> None:
    text = ("Crestmark Semiconductor, Inc. today announced that it will not be able to file its Annual Report on Form "
            "10-K for the fiscal year ended June 30, 2006 by the September 13, 2006 deadline.\n\nThe delay results "
            "from the ongoing independent review being conducted by a special committee of the Board of Directors "
            "into the Company's historical stock option granting practices.\n")
    got = found(text, "8-K")
    assert Kind.LATE_FILING in got and got[Kind.RESTATEMENT_RISK].facts["trigger"] == "investigation"


def test_a_restatement_the_company_expects() -> None:
    text = ("Based on the review to date, the Company believes it will need to correct its historical accounting for "
            "rent holidays and landlord allowances, which is expected to result in a restatement of prior period "
            "financial statements.\n")
    assert found(text, "8-K")[Kind.RESTATEMENT_RISK].facts["trigger"] == "restatement"


@pytest.mark.parametrize("text", [
    "The change in estimate is not expected to result in a restatement of prior period financial statements.",
    "Failure to maintain effective controls could result in a restatement of prior period financial statements.",
])
def test_a_restatement_not_expected_or_only_possible(text: str) -> None:
    assert Kind.RESTATEMENT_RISK not in found(text + "\n", "8-K")


_REMEDIATED = (
    "As previously disclosed in our Annual Report on Form 10-K for the fiscal year ended December 31, 2017, we "
    "identified a material weakness related to the design and operation of controls over the accounting for income "
    "taxes. During 2018, we completed the implementation of our remediation plan, which included hiring a Director "
    "of Tax. Management has concluded, based on testing of the newly implemented controls, that the material weakness "
    "was remediated as of December 31, 2018.")


def test_an_earlier_reports_weakness_remediated_in_the_same_paragraph() -> None:
    assert Kind.RESTATEMENT_RISK not in found(_REMEDIATED + "\n", "10-K")


def test_an_earlier_reports_weakness_not_yet_remediated() -> None:
    text = _REMEDIATED.replace("was remediated as of December 31, 2018.",
                               "was remediated as of December 31, 2018, except that the controls over deferred taxes "
                               "have not yet been remediated.")
    assert Kind.RESTATEMENT_RISK in found(text + "\n", "10-K")


def test_the_auditor_named_after_the_words_accounting_firm() -> None:
    # Kestrel Group NT 10-Q, August 2025 (hold-out 2): the company is named first
    text = ("On August 11, 2025, the Company's Audit Committee, after considering and concurring with the "
            "recommendation of management and Kestrel Group LLC (\u201cKestrel\u201d) independent registered public "
            "accounting firm, Frazier & Deeter, LLC, that due to certain matters related to Kestrel\u2019s revenue "
            "recognition for the years ended December 31, 2024 and 2023 (the \u201cRelevant Periods\u201d), concluded "
            "that the financial statements for the Relevant Periods should no longer be relied upon.\n")
    assert found(text, "8-K")[Kind.RESTATEMENT_RISK].facts["auditor"] == "Frazier & Deeter, LLC"


# --- a second bank: late filing and restatement wordings ----------------------------------------


@pytest.mark.parametrize("text", [
    "Oilfield services provider Kestrel Energy Inc said on Monday it would delay the filing of its annual report, as "
    "its auditor needed more time to review the company's assessment of the value of its offshore drilling assets.",
    "Solara Networks Inc said it would push back the filing of its quarterly report, days after its chief financial "
    "officer abruptly resigned.",
    "On May 7, 2012, the Company announced that it will defer the filing of its Quarterly Report on Form 10-Q for the "
    "quarter ended March 31, 2012 while the Audit Committee completes a review of accounting matters.",
    "The company said in a filing with the U.S. Securities and Exchange Commission late on Monday that it could not "
    "complete its 10-K by the deadline.",
    "Parkside Lending Corp said it needed more time to file its annual report while its audit committee reviews how the "
    "company estimated loan-loss reserves.",
    "The Company is filing this Current Report on Form 8-K to avail itself of the 45-day extension to file its "
    "Quarterly Report on Form 10-Q for the quarter ended March 31, 2020 provided by the Securities and Exchange "
    "Commission's Order under Section 36 of the Securities Exchange Act of 1934.",
    "Consequently, the Company's annual report on Form 40-F will also be filed late with the U.S. Securities and "
    "Exchange Commission.",
    "The Company has not filed those reports, which are required under Listing Rule 5250(c)(1), because its independent "
    "registered public accounting firm has not completed its review of the Company's interim financial statements.",
])
def test_more_wordings_of_a_late_report(text: str) -> None:
    assert Kind.LATE_FILING in found(text + "\n", "8-K")


@pytest.mark.parametrize("text", [
    "We make available on our corporate website, free of charge, our annual reports on Form 10-K, quarterly reports on "
    "Form 10-Q and amendments to those reports as soon as reasonably practicable after we electronically file them.",
    "The Company does not need additional time to file its Annual Report on Form 10-K and expects to file it on time.",
    "The Company will defer the filing of its registration statement on Form S-3 until after the annual meeting.",
])
def test_look_alikes_of_more_late_wordings(text: str) -> None:
    assert Kind.LATE_FILING not in found(text + "\n", "8-K")


@pytest.mark.parametrize("text", [
    "As previously announced, the Company delayed the filing of its Form 10-Q pending completion of a review by a "
    "special committee of the Board of Directors of the Company's historical stock option granting practices.",
    "In August 2012, the Company received a subpoena from the Securities and Exchange Commission's Division of "
    "Enforcement seeking documents relating to, among other things, the Company's accounting for loss reserves in its "
    "commercial auto line of business.",
    "In February 2016, the Company received a letter from the Division of Enforcement of the Securities and Exchange "
    "Commission requesting, on a voluntary basis, documents and information relating to the Company's revenue "
    "recognition practices.",
    "During the three months ended March 31, 2015, the Company identified an error related to the calculation of "
    "depreciation expense on certain rental equipment, which resulted in an understatement of depreciation expense of "
    "$1.9 million in the aggregate for the years ended December 31, 2012 through 2014.",
])
def test_more_wordings_of_restatement_risk(text: str) -> None:
    assert Kind.RESTATEMENT_RISK in found(text + "\n", "8-K")


@pytest.mark.parametrize("text", [
    "In August 2012, the Company received a subpoena from the Federal Trade Commission seeking documents relating to "
    "its marketing of extended warranties.",
    "The Company responded to customer inquiries about the timing of its annual report and its financial statements.",
])
def test_look_alikes_of_more_restatement_wordings(text: str) -> None:
    assert Kind.RESTATEMENT_RISK not in found(text + "\n", "8-K")


# --- a third bank: buyback wordings, old and foreign formats -------------------------------------


@pytest.mark.parametrize(("text", "form", "shares"), [
    ("On December 2, 2009, Pennbrook Mutual Holdings, Inc. (the \"Company\") announced the results of its odd-lot tender "
     "offer. The offer was made to holders of fewer than 100 shares of the Company's common stock. Pursuant to the offer, "
     "the Company purchased 312,448 shares from approximately 9,870 holders at a price of $14.62 per share.", "8-K", 312_448),
    ("During the quarter ended September 30, 2004, the Company acquired 125,000 shares of its own common stock in open "
     "market transactions at prices ranging from $3.10 to $3.45 per share, for an aggregate cost of approximately "
     "$408,000.", "10-Q", 125_000),
    ("On February 6, 2020, Quillpoint Software, Inc. (the \"Company\") entered into a Share Repurchase Agreement (the "
     "\"Agreement\") with Martin Oyelaran, a co-founder of the Company. Pursuant to the Agreement, the Company agreed to "
     "repurchase an aggregate of 1,750,000 shares of its common stock at a price of $58.40 per share.", "8-K", 1_750_000),
    ("On September 19, 2016, Oakmont Logistics, Inc. (the \"Company\") entered into a Stock Purchase Agreement with "
     "Lindqvist Family Holdings LLC. Under the agreement, the Company purchased 1,325,000 shares of common stock from "
     "Lindqvist at $19.10 per share.", "8-K", 1_325_000),
    ("In August 1995, the Company purchased for its treasury 250,000 shares of Common Stock from a former director at "
     "$16.75 per share in a privately negotiated transaction.", "8-K", 250_000),
    ("Summit Healthcare Services, Inc. (NYSE: SHS) said today it has agreed to reacquire all 3.2 million of its common "
     "shares held by Meridian Holdings Corp. for $24.50 a share.", "8-K", 3_200_000),
    ("Under the program, the company acquired a total of 9,837,212 of its own shares via the Xetra trading platform of "
     "the Frankfurt Stock Exchange at an average price of EUR 101.65 per share.", "6-K", 9_837_212),
    ("Report on Result of Acquisition of Treasury Shares\n1. Type of shares acquired: Common shares\n2. Acquisition plan: "
     "2,500,000 shares / KRW 287,500,000,000\n3. Acquisition result: 2,400,000 shares / KRW 281,318,500,000", "6-K",
     2_400_000),
    ("Appendix 3E\nDaily share buy-back notice\n3. Number of shares/units bought back | Before previous day: 14,562,311 | "
     "Previous day: 1,250,000", "6-K", 1_250_000),
])
def test_third_bank_purchases_and_their_counts(text: str, form: str, shares: int) -> None:
    assert found(text + "\n", form)[Kind.BUYBACK].facts["shares"] == shares


@pytest.mark.parametrize("text", [
    "On December 12, 2023, the Board of Directors approved an extension of the Company's existing share repurchase "
    "program, which was scheduled to expire on December 31, 2023, through December 31, 2026.",
    "Coastline Hospitality Group, Inc. (NYSE: CLH) today announced that its Board of Directors has reinstated the "
    "Company's share repurchase program, which was suspended in March 2020.",
    "The company bought back $150 million of stock during the quarter and paid $48 million in common dividends.",
    "Decision on Acquisition of Treasury Shares\n1. Number of shares to be acquired: Common shares 2,500,000\n"
    "2. Acquisition period: From November 9, 2023 to February 8, 2024",
])
def test_third_bank_announcements(text: str) -> None:
    assert Kind.BUYBACK in found(text + "\n", "8-K")


@pytest.mark.parametrize("text", [
    "The Board did not approve an extension of the Company's share repurchase program, which expired on December 31, 2023.",
    "Woodward's strong cash position has allowed us to repurchase approximately $21.9 million in shares since January "
    "2005, even while supporting increased development activities.",
    "During 2019, SMP repurchased 1,200,000 of its common units held by the public for $21.7 million.",
    "Decision on Disposal of Treasury Shares\n1. Number of shares to be disposed of: Common shares 500,000",
])
def test_third_bank_look_alikes(text: str) -> None:
    assert Kind.BUYBACK not in found(text + "\n", "10-K")


def test_an_overnight_share_repurchase_agreement_is_an_accelerated_repurchase() -> None:
    text = ("On March 9, 2022, the Company entered into an overnight share repurchase agreement (the \"Agreement\") with "
            "Morgan Stanley & Co. LLC. Pursuant to the Agreement, the Company agreed to repurchase 3,000,000 shares of "
            "its common stock at a price of $41.25 per share.\n")
    facts = found(text, "8-K")[Kind.BUYBACK].facts
    assert (facts["program"], facts["shares"]) == ("asr", 3_000_000)


def test_a_quarterly_report_tells_its_own_dated_extension() -> None:
    text = ("CONFORMED SUBMISSION TYPE:\t10-Q\nCONFORMED PERIOD OF REPORT:\t20230331\n\nOn February 8, 2023, the Board "
            "of Directors approved an extension of the Company's stock repurchase program through February 28, 2025.\n")
    assert Kind.BUYBACK in found(text, "10-Q")
    old = text.replace("February 8, 2023", "February 8, 2019").replace("February 28, 2025", "February 28, 2021")
    assert Kind.BUYBACK not in found(old, "10-Q")  # an extension years before the report is no news
