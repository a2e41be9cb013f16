"""Wordings from hold-out 30 (real texts, measured once untouched before these fixes; see
tests/bench/holdout30/README.md), with look-alikes. Each expected value is read off the excerpt."""

from __future__ import annotations

import pytest

from bot.models import Kind
from tests.rules.excerpts import found


def test_a_release_that_names_its_issuer_by_a_short_name() -> None:
    # Shaw's 6-K exhibit (2010): "Shaw purchased", where "Shaw" is defined in the opening sentence
    text = ("Calgary, Alberta (November 25, 2010) – Shaw Communications Inc. (“Shaw”) announced today that it has "
            "received approval from the Toronto Stock Exchange (“TSX”) to renew its normal course issuer bid to "
            "purchase its Class B Non-Voting Shares for a further one year period.\n\n"
            "Under Shaw’s previously approved issuer bid, during the 12 month period commencing November 19, 2009, "
            "Shaw purchased an aggregate of 6,100,000 Class B Non-Voting Shares at an average price of $19.37. All such "
            "shares have been cancelled.\n")
    finding = found(text, "6-K")[Kind.BUYBACK]
    assert finding.facts["shares"] == 6_100_000 and finding.facts["price_per_share"] == 19.37
    # the earlier bid's purchases are not the renewed bid's size
    assert "authorized_shares" not in finding.facts
    assert "Shaw purchased" in finding.evidence or "Shaw Communications" in finding.evidence


@pytest.mark.parametrize("text", [
    # Gildan's release (2024)
    "As such, Gildan today announced that it has received approval from the Toronto Stock Exchange (TSX) to amend its "
    "current NCIB, which commenced on August 9, 2023, in order to increase the maximum number of common shares that may "
    "be repurchased from 8,778,638, or 5% of its issued and outstanding common shares as at July 31, 2023 (the reference "
    "date for the NCIB), to 17,124,249 common shares, representing 10% of the public float as at July 31, 2023.",
    # Shaw's 6-K exhibit (2013)
    "Calgary, Alberta (December 5, 2013) – Shaw Communications Inc. (“Shaw”) announced today that it has received "
    "approval from the Toronto Stock Exchange (“TSX”) to establish a normal course issuer bid to purchase up to "
    "20,000,000 of its Class B Non-Voting Shares.",
])
def test_a_normal_course_issuer_bid_accepted_by_the_tsx(text: str) -> None:
    finding = found(text + "\n", "8-K")[Kind.BUYBACK]
    assert "authorization" in finding.title.lower()
    assert finding.facts.get("percent_of_outstanding") != 5  # (the bid's old size, not the new one)


def test_a_bid_the_tsx_has_not_approved_is_no_authorization() -> None:
    text = ("The Company has not received approval from the Toronto Stock Exchange to renew its normal course issuer "
            "bid, and no shares will be purchased under it.\n")
    assert Kind.BUYBACK not in found(text, "8-K")


@pytest.mark.parametrize(("text", "shares"), [
    # OshKosh B'Gosh's 8-K Item 5 (1997): "self tender" without a hyphen, "discloses"
    ("The press release of OshKosh B'Gosh, Inc. dated June 30, 1997 filed as Exhibit 99 hereto that discloses a self "
     "tender offer for up to 2.5 million shares of common stock is incorporated by reference.", 2_500_000),
])
def test_an_old_8k_that_discloses_a_self_tender(text: str, shares: int) -> None:
    finding = found(text + "\n", "8-K")[Kind.BUYBACK]
    assert finding.facts["program"] == "tender_offer" and finding.facts["authorized_shares"] == shares


@pytest.mark.parametrize(("text", "report"), [
    # IHOP's EX-99.1 (2005): "(SEC)" between the Commission and the form
    ("IHOP Corp. (NYSE: IHP) today announced that it will file with the Securities and Exchange Commission (SEC) a Form "
     "12b-25 for a 15-day extension of the March 18, 2005 filing deadline for its Annual Report on Form 10-K for the "
     "fiscal year ended December 31, 2004.", "10-K"),
    # American Dairy's EX-99.1 (2008): an exchange's extension to file a report a year late
    ("American Dairy, Inc. today announced that it has received an extension from the New York Stock Exchange, allowing "
     "the Company an additional six month period, until March 31, 2009, to file its annual report on Form 10-K for the "
     "year ended December 31, 2007.", "10-K"),
    # a headline: "Form 10-K Filing Delayed Further" (Farmer Bros., 2013)
    ("Farmer Bros. Co. Fourth Quarter And Fiscal 2013 Results And Form 10-K Filing Delayed Further", "10-K"),
    # kirblog on El Paso (2004): "to delay indefinitely the release of its fourth quarter results and annual report"
    ("The audit committee of the company’s board has launched an investigation by an outside law firm into the reserves "
     "cutback, and the outside investigation prompted El Paso two weeks ago to delay indefinitely the release of its "
     "fourth quarter results and annual report.", "10-K"),
])
def test_late_reports_in_hold_out_30_wordings(text: str, report: str) -> None:
    assert found(text + "\n", "8-K")[Kind.LATE_FILING].facts.get("report") == report


def test_a_form_12b25_filed_is_a_late_report_without_the_report_named() -> None:
    # Farmer Bros. (2013): the 12b-25 itself says a periodic report is late
    text = ("On September 13, 2013, the Company filed Form 12b-25, Notification of Late Filing, with the SEC seeking "
            "relief pursuant to Rule 12b-25(b) because of delays in obtaining and compiling the financial data necessary "
            "to complete the restatement and prepare the Company's financial statements for the fiscal year ended June "
            "30, 2013.\n")
    assert Kind.LATE_FILING in found(text, "8-K")


@pytest.mark.parametrize("text", [
    "The Company did not file a Form 12b-25 because it filed its Quarterly Report on Form 10-Q on time.",
    "The NYSE granted the Company an extension of its deadline to regain compliance with the minimum price standard.",
])
def test_hold_out_30_late_look_alikes(text: str) -> None:
    assert Kind.LATE_FILING not in found(text + "\n", "8-K")


@pytest.mark.parametrize(("text", "trigger"), [
    # a law blog quoting Biovail's 6-K (2007): "the staff's investigation of the Company's accounting"
    ("The notice relates to the staff's investigation of the Company's accounting and disclosure practices for the "
     "fiscal year 2003 and certain transactions associated with a corporate entity acquired by the Company in 2002, as "
     "described above.", "investigation"),
    # Healthcare Dive on Veradigm (2023): "internal control failures"
    ("The company said it’s been unable to file the financial reports due to internal control failures stemming from "
     "accounting problems and a software tool it used to comply with Financial Accounting Standards Board requirements "
     "for recognizing revenue from customer sales.", "material_weakness"),
    # The Morning Call on Penn Treaty (2007): "assessing whether it will need to restate"
    ("The company said it is assessing whether it will need to restate its financial results for 2003, 2004 and 2005.",
     "restatement"),
])
def test_restatement_risk_in_hold_out_30_wordings(text: str, trigger: str) -> None:
    assert found(text + "\n", "PR")[Kind.RESTATEMENT_RISK].facts["trigger"] == trigger


@pytest.mark.parametrize("text", [
    "Management is not assessing whether it will need to restate any prior period, because no error was found.",
    "Strong internal controls prevent internal control failures from becoming material.",
])
def test_hold_out_30_restatement_look_alikes(text: str) -> None:
    assert Kind.RESTATEMENT_RISK not in found(text + "\n", "PR")


def test_an_increased_bid_keeps_its_new_size() -> None:
    # (the review's case) the old size comes first, far from the new one
    text = ("Enerplus Corporation (\"Enerplus\") announced today that it has received approval from the Toronto Stock "
            "Exchange to amend its normal course issuer bid in order to increase the maximum number of common shares that "
            "may be purchased from 10,200,000 common shares, or 5% of the issued and outstanding common shares as of "
            "August 14, 2025, to 20,400,000 common shares, representing 10% of the public float.\n")
    assert found(text, "6-K")[Kind.BUYBACK].facts["authorized_shares"] == 20_400_000


def test_a_completed_accelerated_repurchase_and_its_count_told_next() -> None:
    # The Motley Fool on Rent-A-Center (2013)
    text = ("With $255 million remaining on its share repurchase authorization, rent-to-own operator Rent-A-Center "
            "announced yesterday that it just completed the $200 million accelerated stock buyback program it previously "
            "announced on May 2. The rent-to-own specialist purchased 5.4 million shares at an average price of $36.97 "
            "per share from megainvestment house Goldman Sachs, representing more than 9% of the company's outstanding "
            "shares at the time the May announcement was made.\n")
    facts = found(text, "PR")[Kind.BUYBACK].facts
    assert (facts["amount_usd"], facts["shares"], facts["price_per_share"]) == (200_000_000, 5_400_000, 36.97)


def test_an_accelerated_repurchase_entered_into_keeps_its_size_as_authorised() -> None:
    text = ("The Company entered into an accelerated share repurchase agreement with Goldman Sachs to repurchase $200 "
            "million of its common stock under its share repurchase program.\n")
    facts = found(text, "8-K")[Kind.BUYBACK].facts
    assert facts["program"] == "asr" and "shares" not in facts
