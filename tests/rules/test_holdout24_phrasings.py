"""Phrasings from hold-out 24's real texts (each comment names the source), with the look-alikes
that share their words. Found after that set's first evaluation; the texts themselves stay in
tests/bench/holdout24/."""

from __future__ import annotations

import pytest

from bot.models import Kind
from tests.rules.excerpts import found

# --- late filing: news rewrites -------------------------------------------------------------------


@pytest.mark.parametrize(("text", "report"), [
    # AP, February 2005 (SCO Group)
    ("SALT LAKE CITY (AP) -- SCO Group, the Utah-based company embroiled in a $5 billion lawsuit against IBM, is "
     "tardy filing its 2004 annual report.", "10-K"),
    # BizWest, May 12, 2020 (Noodles & Co.)
    ("BROOMFIELD \u2014 Pasta chain Noodles and Co. (Nasdaq: NDLS) is delaying its in-depth quarterly report, saying "
     "its staff are too focused on managing the impact of the coronavirus to produce the filing on time.", "10-Q"),
    # Stein Mart release (8-K EX-99.1), December 8, 2011
    ("This matter will delay our filing of the Form 10-Q containing third quarter financial results.", "10-Q"),
    # eWeek, June 2007 (Dell)
    ("In a letter to the SEC filed June 14, executives with the Round Rock, Texas, PC vendor told federal officials "
     "that they could not file several forms, including the companys 10-Q and 10-K annual report, while the internal "
     "investigation continued.", "10-Q"),
])
def test_a_report_delayed_in_a_news_rewrite(text: str, report: str) -> None:
    finding = found(text + "\n", "8-K")[Kind.LATE_FILING]
    assert finding.facts["report"] == report


def test_a_delay_of_financial_reports_with_the_sec() -> None:
    # eWeek, June 2007 (Dell): the reports are named only as "financial reports with the ... SEC"
    text = ("Once again, Dell will delay filing financial reports with the U.S. Securities and Exchange Commission, "
            "citing the companys own probe into its accounting practices.\n")
    assert Kind.LATE_FILING in found(text, "8-K")


def test_an_extension_to_be_sought_from_securities_regulators() -> None:
    # just-food.com, August 2003 (Surebeam, after Reuters): no report named, the 12b-25 is the extension
    text = ("Surebeam, which makes technology to kill food-borne bacteria such as E. coli and listeria, said it plans to "
            "file for an extension with securities regulators, reported Reuters.\n")
    assert Kind.LATE_FILING in found(text, "8-K")


@pytest.mark.parametrize("text", [
    "The Company does not plan to file for an extension with the SEC and expects to file its Form 10-K on time.",
    "Management currently expects no significant delay in the annual report on Form 10-K, which the Company intends "
    "to file within the prescribed time period.",
    "The Company announced a delay in its annual report on sustainability and corporate responsibility, which will "
    "now be published in the third quarter of 2024.",
    "The Company expects to file its Form 10-K by late February 2024.",
])
def test_look_alikes_of_a_delayed_report(text: str) -> None:
    assert Kind.LATE_FILING not in found(text + "\n", "8-K")


def test_a_past_late_filing_told_of_a_penalty_is_no_notice() -> None:
    # a 10-K's note (hold-out 12, content-blind): a penalty paid for a 10-Q filed late the year before
    text = ("CONFORMED SUBMISSION TYPE:\t10-K\nCONFORMED PERIOD OF REPORT:\t20230228\n\nThe Company also recorded a "
            "penalty expense of $141,945 which was in connection with the conversion of Series C preferred stocks due "
            "to the fact that the Company was late filing the Form 10-Q for the period ended February 28, 2022.\n")
    assert Kind.LATE_FILING not in found(text, "10-K")


# --- restatement risk -----------------------------------------------------------------------------


def test_an_auditor_declining_to_stand_for_re_election() -> None:
    # Stein Mart release, June 2013
    text = ("Stein Mart, Inc. (Nasdaq:SMRT) today announced that in connection with a review of the Company's auditor "
            "relationship, on June 6, 2013, a request for proposal was sent to several national accounting firms, "
            "including PricewaterhouseCoopers LLP (PwC). On June 11, 2013, PwC informed the Company that it was declining "
            "to stand for re-election at the Company's Annual Meeting of Shareholders and that, accordingly, the "
            "auditor-client relationship between PwC and the Company was terminated as of that date.\n")
    finding = found(text, "8-K")[Kind.RESTATEMENT_RISK]
    assert finding.facts["trigger"] == "auditor_change"
    assert "declining to stand" in finding.evidence


def test_results_understated_in_reported_earnings() -> None:
    # Stein Mart release (8-K EX-99.1), December 8, 2011
    text = ("As the result of information technology systems issues discussed below, markdowns in the third quarter "
            "were understated in the earnings reported on November 17, 2011.\n")
    assert found(text, "8-K")[Kind.RESTATEMENT_RISK].facts["trigger"] == "restatement"


def test_an_overstatement_of_reported_revenues() -> None:
    # Seprotech default status report, February 9, 2011
    text = ("By its further press release and related material change report issued and filed on December 29, 2010 (the "
            "\"First Default Status Report\"), the Company reported a material change relating to an overstatement of "
            "revenues as reported in its financial statements for the quarters ended November 30, 2009, February 28, "
            "2010, May 31, 2010 and possibly for the year ended August 31, 2009, in an undetermined material amount.\n")
    assert Kind.RESTATEMENT_RISK in found(text, "8-K")


@pytest.mark.parametrize("text", [
    "Management believes the market has understated the value of the Company's land holdings.",
    "The risks described below could cause our actual results to differ, and we may have understated the time needed "
    "to complete the integration.",
    "RBSM LLP Declining to Stand for Reappointment",
])
def test_look_alikes_of_an_overstatement_or_an_auditor_leaving(text: str) -> None:
    assert Kind.RESTATEMENT_RISK not in found(text + "\n", "8-K")


# --- buyback: a Canadian issuer -------------------------------------------------------------------


def test_an_issuer_bid_renewal_authorised_subject_to_exchange_approval() -> None:
    # CGI Group 6-K, January 31, 2018
    text = ("Montreal, Qu\u00e9bec, January 31, 2018 - CGI Group Inc. (TSX: GIB.A) (NYSE: GIB) (the \u201cCompany\u201d or "
            "\u201cCGI\u201d) announced today that its Board of Directors has authorized the renewal of its Normal Course "
            "Issuer Bid (\u201cNCIB\u201d), subject to approval by the Toronto Stock Exchange (the \u201cTSX\u201d).\n"
            "CGI\u2019s management and Board of Directors believe that the purchase for cancellation of the Company\u2019s "
            "Class A subordinate voting shares (\u201cClass A Shares\u201d) is a proper use of funds, and the NCIB will "
            "provide the flexibility to purchase Class A Shares from time to time as the Company considers it advisable, "
            "as part of its efforts to increase shareholder value.\n")
    finding = found(text, "6-K")[Kind.BUYBACK]
    assert "increases_existing" not in finding.facts  # "to increase shareholder value" is a purpose
    assert finding.title.startswith("Repurchase authorization")


def test_an_intended_purchase_for_cancellation_by_a_date() -> None:
    # CGI Group release, September 2015
    text = ("CGI Group Inc. announced today that it intends to purchase for cancellation, on or before February 10, "
            "2016, up to an additional 410,735 of its Class A subordinate voting shares (\u201cClass A Shares\u201d), for "
            "an aggregate of up to 6,350,735 pursuant to private agreements between CGI and arm\u2019s length third-party "
            "sellers.\n")
    assert Kind.BUYBACK in found(text, "8-K")


def test_a_block_bought_from_a_pension_fund_in_a_news_rewrite() -> None:
    # Canadian Press, May 8, 2018 (CGI Group and the Caisse)
    text = ("MONTREAL - Information technology company CGI Group Inc. says it has reached an agreement to pay $272.8 "
            "million to purchase more than 3.6 million of its shares held by the Caisse de depot et placement du "
            "Quebec.\n")
    finding = found(text, "8-K")[Kind.BUYBACK]
    assert finding.facts["program"] == "private"
    assert finding.facts["amount_usd"] == 272_800_000


def test_a_fund_buying_another_issuers_block_is_no_buyback() -> None:
    text = ("The Caisse says it has reached an agreement to pay $272.8 million to purchase more than 3.6 million shares "
            "of Beta Corp. held by the Ontario Teachers' Pension Plan.\n")
    assert Kind.BUYBACK not in found(text, "8-K")
