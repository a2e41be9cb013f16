"""Wordings from hold-out 31 (real texts, measured once untouched before these fixes; see
tests/bench/holdout31/README.md), with look-alikes. Each expected value is read off the excerpt."""

from __future__ import annotations

import pytest

from bot.models import Kind
from tests.rules.excerpts import found


@pytest.mark.parametrize(("text", "report"), [
    # American Banker on Colonial BancGroup (2009)
    ("Colonial BancGroup Inc. said Wednesday that it will delay filing its second-quarter financial results with the "
     "Securities and Exchange Commission because of a criminal probe into \"accounting irregularities\" in its warehouse "
     "lending division.", "10-Q"),
    # Reuters on Eletrobras (2015)
    ("SAO PAULO, Oct 27 (Reuters) - Brazil’s state-run electric utility Eletrobras said on Tuesday it had asked for more "
     "time to file its annual 2014 20-F form to U.S. regulators as its lawyers probe for potential corruption losses.",
     "20-F"),
    # the Sun-Sentinel on Adelphia (2002)
    ("Adelphia's announcement came as the company failed to meet its extended deadline for filing its annual report "
     "with the Securities and Exchange Commission.", "10-K"),
    # the Richmond Times-Dispatch on Hamilton Beach (2020): a year inside the report's name
    ("Henrico County-based home appliance maker Hamilton Beach Brands Holding Co. said Monday it is delaying its first "
     "quarter 2020 financial report after discovering \"accounting irregularities\" in a subsidiary in Mexico.", "10-Q"),
])
def test_late_reports_in_hold_out_31_wordings(text: str, report: str) -> None:
    assert found(text + "\n", "PR")[Kind.LATE_FILING].facts.get("report") == report


def test_an_extension_notice_filed_with_the_sec() -> None:
    # the same article: "filed an extension notice" is the Form 12b-25
    text = ("The company filed an extension notice with the Securities and Exchange Commission, saying it had started an "
            "investigation of irregularities.\n")
    assert Kind.LATE_FILING in found(text, "PR")


@pytest.mark.parametrize("text", [
    "The company does not expect its 20-F form to be filed late; it filed its 20-F on time last year.",
    "The company failed to meet its sales targets for the quarter, its annual report shows.",
])
def test_hold_out_31_late_look_alikes(text: str) -> None:
    assert Kind.LATE_FILING not in found(text + "\n", "PR")


@pytest.mark.parametrize(("text", "trigger"), [
    # AP on Cablevision (2006): a contraction
    ("The company said that previously issued results dating as far back as Jan. 1, 1997 shouldn't be relied upon.",
     "non_reliance"),
    # CFO.com on Activision (2007): "stock-option grant practices"
    ("The Securities and Exchange Commission has launched a formal probe into Activision's stock-option grant practices, "
     "the company reported in a 10-Q amendment on Wednesday.", "investigation"),
    # Sipex's EX-99.1 (2005): "improper recognition of revenue"
    ("As previously announced, the Company has commenced an internal investigation into potential improper recognition "
     "of revenue during its fiscal year ended December 31, 2003.", "investigation"),
    # the Sun-Sentinel on Adelphia (2002): the company says it might restate
    ("Adelphia Communications Corp. said Tuesday that it might restate its past financial statements to reflect those "
     "debts.", "restatement"),
    # the Baltimore Sun on Leslie Fay (1993): found, though what follows is a modal
    ("The Leslie Fay Cos. stunned Wall Street yesterday with the announcement that it had discovered accounting "
     "irregularities that might erase last year's profits, once its books are corrected.", "investigation"),
])
def test_restatement_risk_in_hold_out_31_wordings(text: str, trigger: str) -> None:
    assert found(text + "\n", "PR")[Kind.RESTATEMENT_RISK].facts["trigger"] == trigger


def test_an_internal_investigation_holding_back_a_late_report() -> None:
    # Nature's Sunshine's EX-99.1 (2006)
    text = ("The Company has previously disclosed in filings with the Securities and Exchange Commission that, because of "
            "issues raised in the Company’s ongoing internal investigation, the Company does not expect to be able to "
            "meet the March 31, 2006 10-Q filing deadline set by the Panel for filing the Company’s September 30, 2005 "
            "Form 10-Q nor does the Company expect to file its annual report on Form 10-K for the fiscal year ended "
            "December 31, 2005 on or before March 31, 2006.\n")
    assert Kind.RESTATEMENT_RISK in found(text, "8-K")


@pytest.mark.parametrize("text", [
    # Progress Software's 8-K (2009): a closed SEC investigation
    "On June 1, 2009, Progress Software Corporation received written notice from the Staff of the Division of "
    "Enforcement of the SEC that the SEC's investigation of the Company's historical stock option granting practices "
    "has been completed and that the Staff does not intend to recommend any enforcement action against the Company.",
    # a blog's rule told of all companies
    "The companies are also required to file an 8-K Item 4.02 and warn investors that previously filed financial "
    "statements could no longer be relied upon.",
    "To correct material errors, companies are required to restate previously filed financial statements.",
    # a company that might restate something else
    "The company said it may restate its dividend policy next year.",
])
def test_hold_out_31_restatement_look_alikes(text: str) -> None:
    assert Kind.RESTATEMENT_RISK not in found(text + "\n", "8-K")


def test_a_japanese_issuers_monthly_status_notice() -> None:
    # Toyota's 6-K exhibit (2018)
    text = ("Notice Concerning the Status of the Repurchase of Shares of our Common Stock\n"
            "We hereby inform you of the repurchase of shares conducted in June pursuant to Article 156 of the Companies "
            "Act of Japan, as follows:\n"
            "1. Class of shares repurchased: | Common stock of Toyota Motor Corporation\n"
            "2. Total number of shares repurchased: | 16,347,000 shares\n"
            "3. Total purchase price: | 121,585,310,000 JPY\n")
    assert found(text, "6-K")[Kind.BUYBACK].facts["shares"] == 16_347_000
    assert Kind.BUYBACK not in found(text.replace("16,347,000 shares", "0 shares"), "6-K")


def test_the_tsx_form_12_notice_of_intention() -> None:
    # Canadian National's 6-K (2012): the count it actually intends to buy, not the maximum
    text = ("NOTICE OF INTENTION TO MAKE A NORMAL COURSE ISSUER BID (“NCIB”)\n"
            "Issuer Name: CANADIAN NATIONAL RAILWAY COMPANY\n"
            "d) | Maximum number of securities that may be acquired under the NCIB: 37,895,772\n"
            "e) | Number of securities the issuer actually intends to acquire under the NCIB (i.e., not necessarily the "
            "maximum): Up to 18,000,000 CNR Common Shares.\n")
    assert found(text, "6-K")[Kind.BUYBACK].facts["authorized_shares"] == 18_000_000


@pytest.mark.parametrize("text", [
    # CN's 6-K (2004): the count's unit comes after "or approximately five per cent"
    "CN announced today that its Board of Directors has authorized a normal course issuer bid to purchase for "
    "cancellation up to 14 million, or approximately five per cent, of the common shares outstanding of the Company.",
    # priceline.com's release (2013): "up to an additional $1 billion" beside a note offering
    "In connection with the proposed note offering, priceline.com's Board of Directors authorized the repurchase of up "
    "to an additional $1 billion of priceline.com's common stock, concurrently with the consummation of the offering.",
])
def test_authorisations_in_hold_out_31_wordings(text: str) -> None:
    assert "authorization" in found(text + "\n", "8-K")[Kind.BUYBACK].title.lower()


def test_a_note_repurchase_beside_an_offering_stays_a_look_alike() -> None:
    text = ("The Company intends to use the net proceeds of the offering to repurchase $100 million of its outstanding "
            "2.75% convertible senior notes due 2027.\n")
    assert Kind.BUYBACK not in found(text, "8-K")


@pytest.mark.parametrize(("line", "count"), [
    # (the review's cases) millions, and the maximum told as a percentage first
    ("e) | Number of securities the issuer actually intends to acquire under the NCIB: Up to 12 million common shares.",
     12_000_000),
    ("d) | Maximum number of securities that may be acquired under the NCIB: 10% of the public float, being 29,876,543 "
     "common shares", 29_876_543),
])
def test_the_tsx_form_12_counts(line: str, count: int) -> None:
    text = "NOTICE OF INTENTION TO MAKE A NORMAL COURSE ISSUER BID\nIssuer Name: NORTHWIND CORP.\n" + line + "\n"
    assert found(text, "6-K")[Kind.BUYBACK].facts["authorized_shares"] == count
