"""Wordings from hold-out 38 (real texts, measured once untouched before these fixes; see
tests/bench/holdout38/README.md), with look-alikes. Each expected value is read off the excerpt."""

from __future__ import annotations

import pytest

from bot.models import Kind
from tests.rules.excerpts import found

# --- restatement risk -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "form"), [
    # a blog on International Rectifier (2007)
    ("International Rectifier, for instance. The integrated circuit maker filed a non-reliance 8-K recently, planting the "
     "black flag on its issued financial statements as far back as September 30, 2005.", "PR"),
    # an SEC litigation release on Cylink (2001)
    ("Without admitting or denying the Commission's allegations, Butler consented to the entry of a final judgment that "
     "permanently enjoins him from violating the antifraud provisions; from circumvention of Cylink's internal controls "
     "and falsification of records.", "PR"),
])
def test_restatement_risk_in_hold_out_38_wordings(text: str, form: str) -> None:
    assert Kind.RESTATEMENT_RISK in found(text + "\n", form)


@pytest.mark.parametrize("text", [
    # IBM (2005): a new standard's recast
    "On June 22, 2005, the company filed a Form 8-K, restating its consolidated financial statements and related "
    "footnotes to reflect the implementation of SFAS 123(R), Share-Based Payment.",
    # a biography, a non-reliance rule explained, a risk of circumvention
    "Prior to joining the Company in 2019, Ms. Rivera served as an Assistant Director in the SEC's Division of "
    "Enforcement, where she supervised investigations involving accounting and financial reporting fraud.",
    "Controls may be circumvented by the individual acts of some persons or by collusion of two or more people.",
])
def test_restatement_look_alikes_of_hold_out_38(text: str) -> None:
    assert Kind.RESTATEMENT_RISK not in found(text + "\n", "PR")


@pytest.mark.parametrize("text", [
    # AP on A&P (2002): a problem named as the reason needs no review named
    "(AP) _ The Great Atlantic & Pacific Tea Co., which delayed filing its annual report last month because of accounting "
    "irregularities, missed a new deadline to file the document with regulators.",
    # the Star Tribune on Donaldson (2015)
    "The New York Stock Exchange has given Donaldson Co. a six-month extension to file its annual report for investors, "
    "time the firm needs to sort out an accounting problem in Europe.",
    # CBC via The Canadian Press on IMAX (2007): reported speech is no hedge
    "IMAX Corp. missed the June 30 deadline it had set for itself for the already-delayed filing its 2006 annual report "
    "and first quarter report for 2007, but said it would file the reports shortly.\n\n"
    "In March, the company warned that it would delay filing its financial statements due to the discovery of "
    "accounting errors, and a broadened review that included accounting matters reflected in Securities and Exchange "
    "Commission comments to the company.",
])
def test_late_notices_whose_reason_is_an_accounting_problem(text: str) -> None:
    got = found(text + "\n", "PR")
    assert Kind.LATE_FILING in got and Kind.RESTATEMENT_RISK in got


@pytest.mark.parametrize("text", [
    # a problem denied (Bristow, 2019; a review fixture)
    "Bristow Group will not file its Form 10-Q on time while the review continues. The Company has not detected any "
    "indications of accounting irregularities or impropriety in this process.",
    "The Company will file its Form 10-K late. The Company has not identified any material weakness to date and "
    "expects to file the Form 10-K within the fifteen-day extension period.",
])
def test_late_notices_whose_problem_is_denied(text: str) -> None:
    got = found(text + "\n", "PR")
    assert Kind.LATE_FILING in got and Kind.RESTATEMENT_RISK not in got


# --- late filing ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "form"), [
    # a blog on American Italian Pasta (2005): the first clause's "would" is not the delay's
    ("The American Italian Pasta Co. announced that an internal investigation of the company's accounting would require "
     "a $60.7 million charge this quarter, and it was delaying filing its current 10-Q because the investigation is "
     "ongoing and the financials cannot be issued.", "PR"),
    # CoolBrands (2006, 6-K): a foreign issuer's annual statements
    ("On October 4, 2006 CoolBrands announced that it does not expect to meet the deadline for filing its audited "
     "financial statements, related management discussion and analysis (\"MD&A\") and annual information form (\"AIF\") "
     "for its financial year ended August 31, 2006.", "6-K"),
    # Techmonitor on Riverstone (2003)
    ("As an additional worry, the company has been given until September 8 to file its annual report for the year to "
     "March 1 2003 with the SEC, before the Nasdaq attempts to de-list the stock.", "PR"),
])
def test_late_reports_in_hold_out_38_wordings(text: str, form: str) -> None:
    assert Kind.LATE_FILING in found(text + "\n", form)


def test_a_release_of_the_late_reports_filing_is_no_late_notice() -> None:
    # Buffalo Wild Wings (2005, EX-99.1): the earlier delay recalled in a release saying the 10-K is filed
    text = ("Buffalo Wild Wings, Inc. Files Annual Report on Form 10-K\n\n"
            "Minneapolis, Minnesota, March 28, 2005 - Buffalo Wild Wings, Inc. (Nasdaq: BWLD) today announced that it has "
            "filed its annual report on Form 10-K and has determined that restatement of previously issued financial "
            "statements is not required.\n\n"
            "On March 7, 2005, Buffalo Wild Wings issued a press release. In that release, the Company stated that it "
            "would delay the filing of its annual report on Form 10-K and restate previously-issued financial statements.\n")
    assert Kind.LATE_FILING not in found(text, "8-K")
    assert Kind.LATE_FILING in found(text.replace("today announced that it has filed its annual report on Form 10-K and "
                                                  "has determined", "today announced that it has determined"), "8-K")


def test_a_lenders_grant_is_no_late_notice() -> None:
    assert Kind.LATE_FILING not in found("The Company has been given until June 30 to file its annual compliance "
                                         "certificate under the credit agreement with its lenders.\n", "PR")


# --- buyback ----------------------------------------------------------------------------------------------


def test_a_headline_and_a_canadian_bid_intended() -> None:
    # Stockwatch on Manulife (2019)
    text = ("Manulife to buy back up to 58 million shares\n\n"
            "Manulife Financial Corp., subject to the approval of the Office of the Superintendent of Financial "
            "Institutions (OSFI) and the Toronto Stock Exchange, intends to launch a normal course issuer bid (NCIB) "
            "permitting the purchase for cancellation of up to 58 million of its common shares, representing approximately "
            "3 per cent of Manulife's issued and outstanding common shares.\n")
    f = found(text, "PR")[Kind.BUYBACK]
    assert f.title.startswith("Planned share repurchase")
    # a terminated bid with nothing bought is not one (a review fixture)
    assert Kind.BUYBACK not in found("The Company announced today that it has terminated its normal course issuer bid, "
                                     "which commenced on June 1, 2020. No common shares were purchased under the normal "
                                     "course issuer bid.\n", "8-K")


REGIONS_ITEM2 = """Item 2. Unregistered Sales of Equity Securities and Use of Proceeds

The following table presents information regarding issuer purchases of equity securities during the second quarter of 2025.

Period | | Average Price Paid per Share (1) | | Maximum Approximate Dollar Value of Shares that May Yet Be Purchased Under Publicly Announced Plans or Programs (2)
April 1-30, 2025 | 966,180 | $20.18 | 966,180 | $1,630,636,970
May 1-31, 2025 | 3,034,367 | $21.59 | 3,034,367 | $1,565,091,677
June 1-30, 2025 | 2,688,543 | $21.64 | 2,688,543 | $1,506,619,649
Total Second Quarter | 6,689,090 | $21.44 | 6,689,090 | $1,506,619,649
"""


def test_a_table_whose_count_header_came_out_empty() -> None:
    # Regions 10-Q Q2 2025, Part II Item 2 (converted: the count column's header cell is empty)
    f = found(REGIONS_ITEM2, "10-Q")[Kind.BUYBACK]
    assert f.facts["shares"] == 6_689_090 and f.facts["price_per_share"] == 21.44


def test_a_total_returned_since_an_earlier_year_is_no_news() -> None:
    # Newmont Q2 2020 results: a cumulative total (labelled borderline by its reader)
    assert Kind.BUYBACK not in found("Newmont has returned $2.0 billion to shareholders through dividends and share "
                                     "buybacks since January 2019.\n", "8-K")
