"""Phrasings from hold-out 19's real texts (each comment names the source), with the look-alikes
that share their words. Found after that set's first evaluation; the texts themselves stay in
tests/bench/holdout19/."""

from __future__ import annotations

import pytest

from bot.models import Kind, Severity
from tests.rules.excerpts import found as _found

# --- buyback ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "shares"), [
    # Navigator Holdings release, March 20, 2026
    ("The Company also intends to purchase from the underwriters 3,500,000 shares of common stock at a price per "
     "share equal to the public offering price. The share repurchase is conditioned upon the completion of the "
     "secondary offering.", 3_500_000),
    # Flowco Holdings release, March 2026
    ("Flowco also announced that it intends to purchase from the underwriters 780,000 shares that are the subject of "
     "the offering. The offering is not conditioned upon the closing of the share repurchase, but the share "
     "repurchase is conditioned upon the closing of the offering.", 780_000),
])
def test_a_concurrent_repurchase_from_the_underwriters(text: str, shares: int) -> None:
    assert _found(text + "\n", "8-K")[Kind.BUYBACK].facts["shares"] == shares


@pytest.mark.parametrize(("text", "amount"), [
    # the same purchase told in dollars, the amount before or after "from the underwriters"
    ("Concurrently with the offering, the Company has agreed to repurchase from the underwriters approximately "
     "$100 million of its common stock at a price per share equal to the price paid by the underwriters.", 100_000_000),
    ("The Company has agreed to repurchase $75.0 million of shares of its common stock from the underwriters in the "
     "offering (the \u201cConcurrent Share Repurchase\u201d).", 75_000_000),
])
def test_a_concurrent_repurchase_told_in_dollars(text: str, amount: int) -> None:
    assert _found(text + "\n", "8-K")[Kind.BUYBACK].facts["authorized_usd"] == amount


@pytest.mark.parametrize("text", [
    "The underwriters have agreed to purchase $75.0 million of shares of common stock from the Company.",
    "The Company has not agreed to repurchase any shares from the underwriters in the offering.",
    "Sponsor Holdings has agreed to purchase $20 million of shares from the underwriters in the initial public offering.",
    "The Company has agreed to repurchase $75.0 million of shares of Acme common stock from the underwriters.",
])
def test_look_alikes_of_a_concurrent_repurchase_in_dollars(text: str) -> None:
    assert Kind.BUYBACK not in _found(text + "\n", "8-K")


def test_underwriters_buying_in_an_offering_are_no_buyback() -> None:
    text = ("The underwriters intend to purchase 3,500,000 shares of common stock from the selling stockholder at the "
            "public offering price.\n")
    assert Kind.BUYBACK not in _found(text, "8-K")


def test_an_agreement_to_purchase_shares_from_executive_officers() -> None:
    # Insignia Systems 8-K, Item 8.01, November 23, 2011
    text = ("Insignia Systems, Inc. (the \u201cCompany\u201d) has agreed to purchase shares from certain Executive Officers "
            "in privately negotiated transactions under the Company\u2019s Share Repurchase Program. The Executive "
            "Officers asked the Company to purchase these shares because of significant and complex Alternative "
            "Minimum Tax issues resulting from their option exercises.\n")
    assert _found(text, "8-K")[Kind.BUYBACK].facts["program"] == "private"


# --- restatement risk ---------------------------------------------------------------------------


def test_an_error_in_accounting_found_by_the_company() -> None:
    # a 10-K/A note 13, "Correction of Previously Issued Financial Statements" (CIK 84112, 2020)
    text = ("The Company discovered an error due to missing a change in accounting related to other comprehensive "
            "income (loss) as reflected in the implementation of ASU 2016-01, which became effective for the Company "
            "on May 1, 2018.\n")
    assert _found(text, "10-K/A")[Kind.RESTATEMENT_RISK].facts["trigger"] == "restatement"


def test_restated_revenues_of_a_segment_are_no_segment_recast() -> None:
    # GSI Group release, June 30, 2009
    text = ("GSI Group Inc. today announced that the Company's evaluation of sales transactions of its Semiconductor "
            "Systems Segment during fiscal years 2004 through 2008 is nearing completion, and reported approximate "
            "ranges of restated revenues for that segment during each of those five fiscal years.\n")
    assert _found(text, "8-K")[Kind.RESTATEMENT_RISK].facts["trigger"] == "restatement"


def test_a_segment_recast_is_still_no_restatement() -> None:
    text = ("Prior period amounts have been restated to conform to the new segment reporting structure adopted in "
            "the first quarter of fiscal 2024.\n")
    assert Kind.RESTATEMENT_RISK not in _found(text, "10-Q")


@pytest.mark.parametrize(("text", "form"), [
    # Faraday Future release, April 7, 2022
    ("On March 31, 2022, the Company filed a Form 12b-25 Notification of Late Filing with the Securities and Exchange "
     "Commission and issued a press release announcing, among other things, that the Company was unable to file its "
     "Form 10-K within the prescribed time period. The Company indicated that it needed additional time to complete "
     "the additional investigative work and remedial work as recommended by a special committee of independent "
     "Company directors.", "8-K"),
    # Weis Markets release, November 10, 2015
    ("WEIS MARKETS REPORTS DELAY OF QUARTERLY REPORT ON FORM 10-Q FOR THE\nQUARTER ENDED SEPTEMBER 26, 2015\n"
     "Sunbury, PA (November 10, 2015) - Weis Markets, Inc. (NYSE:WMK) today announced that it will delay the full "
     "release of its 2015 financial results for the third quarter and nine months ended September 26, 2015, in "
     "order to complete a review and analysis of self-insurance reserves to determine if any adjustments to its "
     "historical financial statements are necessary. The Company expects to file the Quarterly Report on Form 10-Q "
     "prior to December 1, 2015.", "8-K"),
])
def test_late_reports_held_for_an_accounting_question(text: str, form: str) -> None:
    found = _found(text + "\n", form)
    assert found[Kind.RESTATEMENT_RISK].facts["trigger"] == "investigation"
    assert Kind.LATE_FILING in found


def test_a_headline_in_capitals_is_not_quoted_alone() -> None:
    text = ("WEIS MARKETS REPORTS DELAY OF QUARTERLY REPORT ON FORM 10-Q FOR THE\nQUARTER ENDED SEPTEMBER 26, 2015\n"
            "Sunbury, PA (November 10, 2015) - Weis Markets, Inc. today announced that it will delay the full release "
            "of its financial results for the third quarter. The Company expects to file the Quarterly Report on Form "
            "10-Q prior to December 1, 2015, and the extension under Rule 12b-25 will not be sufficient.\n")
    f = _found(text, "8-K")[Kind.LATE_FILING]
    assert "Sunbury, PA" in f.evidence


# --- late filing --------------------------------------------------------------------------------


def test_the_delay_in_filing_the_named_reports() -> None:
    # Granite Construction EX-99.1, September 18, 2020
    text = ("As previously reported, the delay in filing the 2019 Form 10-K and 2020 Form 10-Qs is a result of the "
            "independent investigation of the Audit/Compliance Committee (the \u201cAudit Committee\u201d) of the Board of "
            "Directors of the Company.\n")
    found = _found(text, "8-K")
    assert found[Kind.LATE_FILING].facts["report"] == "10-K"
    assert Kind.RESTATEMENT_RISK in found


def test_nasdaq_determined_the_company_would_not_be_in_a_position_to_file() -> None:
    # USA Technologies release, February 2019
    text = ("The notice stated that Nasdaq had determined that the Company would not be in a position to file all "
            "required periodic reports with the Securities and Exchange Commission (the \u201cSEC\u201d) as required by Nasdaq "
            "Listing Rule 5250(c)(1) (the \u201cRule\u201d) by the March 12, 2019 deadline previously granted by Nasdaq.\n")
    assert _found(text, "8-K")[Kind.LATE_FILING].severity is Severity.HIGH


@pytest.mark.parametrize("text", [
    # ExpressJet EX-99.1, February 3, 2009
    "Currently, ExpressJet does not expect this tax issue to delay the filing of its Annual Report on Form 10-K with "
    "the Securities and Exchange Commission at the end of February.",
    "Acme Corp. Reports Second Quarter Results. Acme expects no delay in filing its quarterly report on Form 10-Q, "
    "which will be filed on August 9, 2024.",
    "Analysts said Nasdaq would determine whether the Company would not be in a position to file its Form 10-K if the "
    "review continues.",
])
def test_delays_denied_or_hypothetical_are_no_late_filing(text: str) -> None:
    assert Kind.LATE_FILING not in _found(text + "\n", "8-K")


# --- facts (found on the spent hold-outs 17-19 after their first evaluation) ----------------------


def test_a_price_told_for_the_same_count_elsewhere_in_the_release() -> None:
    # REX American Resources EX-99, October 20, 2011 (hold-out 17)
    text = ("REPURCHASE OF ADDITIONAL 500,000 SHARES\n- Has Repurchased 747,696 Common Shares in the Current Quarter -\n\n"
            "Dayton, Ohio, (October 20, 2011) -- REX American Resources Corporation (NYSE: REX) announced today that its "
            "Board of Directors has authorized the repurchase of up to an additional 500,000 shares of its common stock. "
            "To date in the third quarter ending October 31, 2011, REX has purchased 747,696 shares (at an average price "
            "of approximately $16.78 per share).\n")
    f = _found(text, "8-K")[Kind.BUYBACK]
    assert f.facts["shares"] == 747_696
    assert f.facts["price_per_share"] == 16.78


def test_these_shares_were_repurchased_at_an_average_price() -> None:
    # Dycom Industries EX-99.1, April 26, 2016 (hold-out 17)
    text = ("Under this program, the Company repurchased a total of 1,557,354 shares of its common stock in open market "
            "transactions during the third quarter of fiscal 2016. These shares were repurchased at an average price of "
            "$64.21 per share.\n")
    f = _found(text, "8-K")[Kind.BUYBACK]
    assert (f.facts["shares"], f.facts["price_per_share"]) == (1_557_354, 64.21)


def test_an_item_703_total_over_a_sentence_about_a_small_part_of_it() -> None:
    # Intel 10-Q for the quarter ended June 26, 2004, Part II Item 2 (hold-out 19)
    text = (
        "ITEM 2. CHANGES IN SECURITIES, USE OF PROCEEDS AND ISSUER PURCHASES OF EQUITY SECURITIES\n\n"
        "Issuer Purchases of Equity Securities\n\n"
        "(Shares in Millions) | Total Number of Shares Purchased | Average Price Paid per Share | Total Number of Shares "
        "Purchased as Part of Publicly Announced Plans | Maximum Number of Shares that May Yet Be Purchased Under the Plans\n"
        "March 28, 2004\u2013April 24, 2004 | 5.4 | $ 26.75 | 5.4 | 359.4\n"
        "April 25, 2004\u2013May 22, 2004 | 36.1 | $ 26.61 | 36.1 | 323.3\n"
        "May 23, 2004\u2013June 26, 2004 | 14.5 | $ 27.95 | 14.5 | 308.8\n"
        "Total | 56.0 | $ 26.97 | 56.0 |\n\n"
        "In 1996, the Board of Directors authorized the annual repurchase of up to 100,000 shares of Intel\u2019s common "
        "stock in the open market to be awarded to select employees in recognition of their outstanding achievements. "
        "During the second quarter of 2004, the company repurchased approximately 20,000 shares under this "
        "authorization at a cost of $0.6 million.\n"
    )
    f = _found(text, "10-Q")[Kind.BUYBACK]
    assert f.facts["shares"] == 56_000_000
    assert f.facts["price_per_share"] == 26.97


def test_a_list_of_counts_from_several_officers_gives_no_single_count() -> None:
    # a reviewer's look-alike of the Insignia 8-K: the counts follow, one per officer
    text = ("Insignia Systems, Inc. has agreed to purchase shares from certain Executive Officers in privately "
            "negotiated transactions under the Company's Share Repurchase Program. The Company will purchase 50,000 "
            "shares from Scott Drill and 25,000 shares from Justin Schmid at $6.10 per share, the closing price on "
            "November 22, 2011.\n")
    f = _found(text, "8-K")[Kind.BUYBACK]
    assert "shares" not in f.facts  # not 50,000: the first of two
    assert f.facts["price_per_share"] == 6.1


def test_bullets_are_paragraphs_and_returned_capital_is_no_authorised_amount() -> None:
    # a reviewer's look-alike of a proxy's highlights (hard-wrapped text with "- " bullets)
    text = ("2023 Highlights\n- Revenue grew 12% to $4.2 billion.\n"
            "- In February 2023, the Board approved a new stock repurchase program and we returned $350 million to "
            "shareholders through dividends and repurchases.\n")
    f = _found(text, "8-K")[Kind.BUYBACK]
    assert "authorized_usd" not in f.facts  # neither the revenue nor the capital returned
    assert f.evidence.startswith("In February 2023")
