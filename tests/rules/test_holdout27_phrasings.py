"""Wordings from hold-out 27 (real texts, measured once untouched before these fixes; see
tests/bench/holdout27/README.md), with look-alikes. Each expected value is read off the excerpt."""

from __future__ import annotations

import pytest

from bot.models import Kind
from tests.rules.excerpts import found

# --- late filings: news and release wordings --------------------------------------------------


@pytest.mark.parametrize("text", [
    # Carrier Management on AmTrust (2017)
    "AmTrust Financial Services disclosed it will once again need extra time before filing its annual report, due "
    "to an ongoing internal audit that requires a longer timeframe.",
    "AmTrust’s March 16 announcement about further 10-K delay comes about two weeks after disclosure of the initial "
    "postponement of the report for the fiscal year ending Dec. 31, 2016.",
    # The East Hampton Star on Suffolk Bancorp (2011)
    "Suffolk Bancorp, the holding company for Suffolk County National Bank, announced on Aug. 10 that it would not be "
    "filing its quarterly report for the period ending June 30 within the time allowed.",
    # a law firm's blog quoting Global Seed's 8-K (2020)
    "The company discloses the current outbreak of COVID-19 “has posed a significant impact on the Company to file on "
    "a timely basis its Annual Report on Form 10-K for the year ended December 31, 2019 (the “Annual Report”) that is "
    "due March 30, 2020 (the “Original Due Date”), and therefore the Company elected to rely on the conditional filing "
    "relief provided under the SEC Order.",
    # Altera's release (2006)
    "Altera Corporation (Nasdaq: ALTR) today announced that it has filed a revised plan of compliance with the NASDAQ "
    "Listing Qualifications Panel, pursuant to which it has requested an extension of time in which to complete and "
    "file its required periodic reports.",
    # ThinkAdvisor on Life Partners (2011)
    "The company then notified the SEC May 31 that it would need additional time to file the 2011 Form 10-K.",
    # USA Today on Orbital ATK (2016)
    "Orbital ATK (OA) stock plunged Wednesday after the U.S. aerospace contractor disclosed it would miss its "
    "second-quarter filing deadline due to an accounting issue.",
    # CRN on Symbol Technologies (2004)
    "The company, a leading maker of bar-code scanners, said it has delayed by two weeks the filing of its quarterly "
    "financial report with the Securities and Exchange Commission.",
    # The Motley Fool on Veeco (2005)
    "Investors in nano-toolmaker VeecoInstruments (Nasdaq: VECO) were disappointed on Friday when the company "
    "announced it would be filing its audited accounts late.",
    # Light Reading on Sonus (2004)
    "That investigation has delayed the filing of the company's reports for the fourth quarter of 2003 and the full "
    "year 2003.",
    # a CFO.com headline (2004)
    "Three Companies Delay 10-K Filings",
])
def test_late_reports_in_hold_out_27_wordings(text: str) -> None:
    assert Kind.LATE_FILING in found(text + "\n", "8-K")


@pytest.mark.parametrize("text", [
    "The Company does not need extra time before filing its annual report and expects to file it on schedule.",
    "The Company will be filing its annual report on Form 10-K on time.",
    "The Company will rely on the relief provided by the state for its property tax payments.",
    "Shipments of the new model were delayed by two weeks because of a supplier's strike.",
    "The Company did not miss its second-quarter filing deadline and filed its Form 10-Q on August 9.",
])
def test_hold_out_27_late_look_alikes(text: str) -> None:
    assert Kind.LATE_FILING not in found(text + "\n", "8-K")


# --- restatement risk -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "form", "trigger"), [
    # The Canadian Press on DavidsTea (2019)
    ("DavidsTea says investors should no longer rely on its financial reports for the quarters ended May 4 and Aug. 3 "
     "and that the report for its quarter ended Nov. 2 will be delayed.", "8-K", "non_reliance"),
    # Tech Monitor on McAfee (2006)
    ("The accounting measurement dates for certain stock options dates granted differ from the measurement dates "
     "previously used for such awards, CFO Eric Brown told analysts.", "8-K", "restatement"),
    # Fox News on Toys R Us (2005): reported speech, not a hedge
    ("The company had planned to go forward with the earnings release when it announced Feb. 18 that it would correct "
     "an error in its accounting practices regarding lease terms, and that financial statements for prior years would "
     "need to be restated.", "8-K", "restatement"),
    # American Banker on The Bancorp (2015)
    ("The deadline for filing the annual report was delayed to July 15, due to \"ongoing work and analysis related to "
     "the previously reported errors, which was not completed within the time frame originally estimated,\" the Bancorp "
     "said in a regulatory filing.", "8-K", "restatement"),
    # Glass House's 40-F/A note (2024), which names ASC 250's title
    ("The Company has reviewed applicable accounting guidance and deemed these misclassifications and oversights as "
     "errors to previously issued financial statements under ASC 250 “ Accounting Changes and Error Corrections.",
     "40-F/A", "restatement"),
    # an Exhibit 16 letter from the company to its former auditor (2001)
    ("We have engaged Bagell, Josephs & Company, L.L.C. as our new accountants and auditors commencing with the "
     "reviewed financial statement preparation for the quarter ended June 30, 2001.", "8-K", "auditor_change"),
    # CFO.com (2004): "financials"
    ("Sonus will restate its financials for 2002 and the first three quarters of 2003, according to the company.",
     "8-K", "restatement"),
])
def test_restatement_risk_in_hold_out_27_wordings(text: str, form: str, trigger: str) -> None:
    assert found(text + "\n", form)[Kind.RESTATEMENT_RISK].facts["trigger"] == trigger


@pytest.mark.parametrize(("text", "form"), [
    # late notices whose reason is an open accounting question
    ("Fluor said it had determined it would be unable to file its Form 10-Q for the first quarter on time “without "
     "unreasonable effort or expense.” “As previously disclosed, the company is reviewing its prior period reporting "
     "and related control environment, as well as completing its Form 10-K for the fiscal year ended December 31, "
     "2019, which was not filed by the prescribed due date,” it said in a regulatory filing.", "8-K"),
    ("Each Issuer has determined that it is unable to file its Quarterly Report on Form 10-Q for the fiscal quarter "
     "ended June 30, 2024 by the prescribed due date because Ernst & Young LLP informed the Issuers that following "
     "EY’s internal post-audit quality review, EY had identified control deficiencies in the design of certain "
     "information technology general controls.", "8-K"),
    # The Motley Fool on Veeco (2005): a British spelling
    ("Investors in nano-toolmaker VeecoInstruments (Nasdaq: VECO) were disappointed on Friday when the company "
     "announced it would be filing its audited accounts late due to \"an internal enquiry into the errors in "
     "accounting of their TurboDisc business.\"", "8-K"),
])
def test_late_notices_with_an_accounting_reason(text: str, form: str) -> None:
    kinds = found(text + "\n", form)
    assert Kind.LATE_FILING in kinds and Kind.RESTATEMENT_RISK in kinds


@pytest.mark.parametrize(("text", "form"), [
    # articles on restatement in general (2022-2024)
    ("Restatements have declined steadily during the period 2013-2022 with the biggest decline observed in 4.02 "
     "restatements.", "8-K"),
    ("When a company discovers an error in previously issued financial statements, and the error is material to those "
     "past statements — yes, you need to do a full restatement of the affected periods.", "8-K"),
    ("Munter framed it as a refresher course on how to evaluate the materiality of errors in previously issued "
     "financial statements.", "8-K"),
    ("A previously reported material weakness is one that was previously described in an auditor's report that was "
     "issued pursuant to PCAOB Auditing Standard No. 2.", "8-K"),
    ("Amendments are frequently associated with a restatement of financials, but this is not the only reason.", "8-K"),
    ("When errors in previously issued financial statements are identified, the Company evaluates the materiality of "
     "the errors under ASC 250.", "10-K"),
    ("We have engaged Baker Tilly US, LLP as our new tax advisers for the 2024 fiscal year.", "8-K"),
])
def test_hold_out_27_restatement_look_alikes(text: str, form: str) -> None:
    assert Kind.RESTATEMENT_RISK not in found(text + "\n", form)


# --- buybacks ---------------------------------------------------------------------------------

def test_a_release_naming_the_company_before_its_own_stock() -> None:
    # Bob Evans Farms (2008): "shares of Bob Evans Farms, Inc. common stock" is its own stock
    text = ("Bob Evans Farms Announces Fourth Quarter Dividend, Share Repurchase Authorization\n\n"
            "COLUMBUS, Ohio, May 21, 2008 (PRIME NEWSWIRE) -- Bob Evans Farms, Inc. (Nasdaq:BOBE) today announced that "
            "its board of directors has declared a quarterly cash dividend of 14 cents ($0.14) per share on the company's "
            "outstanding common stock ($0.01 par value).\n\n"
            "The board of directors has also approved the repurchase of up to 3 million shares of Bob Evans Farms, Inc. "
            "common stock during fiscal 2009, which runs through April 2009.\n")
    b = found(text, "8-K")[Kind.BUYBACK]
    assert b.facts["authorized_shares"] == 3_000_000
    assert "price_per_share" not in b.facts  # not the dividend's $0.14


def test_another_companys_stock_named_after_its_own_release_stays_a_look_alike() -> None:
    text = ("Alpha Corp. (Nasdaq: ALPH) today announced its first quarter results.\n\n"
            "During the quarter, Alpha Corp. sold 1,000,000 shares of Beta Inc. common stock it had held as an "
            "investment.\n")
    assert Kind.BUYBACK not in found(text, "8-K")


def test_a_bullet_cell_holding_whole_sentences_is_read() -> None:
    # Odyssey Re's EX-99 (2008): a "§ | ..." row whose item ends with the list's ";"
    text = ("§ | During the quarter ended September 30, 2008, the Company repurchased and retired approximately 3.8 "
            "million shares of its common stock for $140.7 million, representing an average repurchase price of $37.34 "
            "per share. From the inception of the repurchase program in June 2007 through September 30, 2008, the "
            "Company has repurchased and retired 12.1 million shares of its common stock at an aggregate cost of $445.8 "
            "million, representing an average repurchase price of $36.79 per share;\n")
    b = found(text, "8-K")[Kind.BUYBACK]
    assert b.facts["shares"] == 3_800_000 and b.facts["price_per_share"] == 37.34
    assert b.facts["amount_usd"] == 140_700_000


def test_open_market_purchases_in_the_quarters_of_a_10q_note() -> None:
    # Middleby's 10-Q for the quarter ended September 30, 2000
    text = ("In July, 1998, the Companys Board of Directors adopted a stock repurchase program and during 1998 authorized "
            "the purchase of up to 1,800,000 common shares in open market purchases. As of January 1, 2000, 837,800 "
            "shares had been purchased for $3.3 million. During the second and third quarter, the Company acquired "
            "62,000 shares in open market purchases at an aggregate purchase price of $419,426. As of September 30, "
            "2000, the Company had 880,050 shares of treasury stock.\n")
    b = found(text, "10-Q")[Kind.BUYBACK]
    assert b.facts["shares"] == 62_000 and b.facts["amount_usd"] == 419_426


def test_a_10q_note_last_years_purchases_give_way_to_the_quarters() -> None:
    # Electronics For Imaging's 10-Q note for the quarter ended March 31, 2016
    text = ("13. Common Stock Repurchase Programs\n"
            "On November 6, 2013, the board of directors approved the repurchase of $200 million of outstanding common "
            "stock. Under this publicly announced plan, we repurchased 1.5 million shares for an aggregate purchase "
            "price of $65.7 million during the year ended December 31, 2015.\n"
            "On November 9, 2015, the board of directors cancelled $54.9 million remaining for repurchase under the 2013 "
            "authorization and approved a new authorization to repurchase $150 million of outstanding common stock "
            "commencing January 1, 2016. This authorization expires December 31, 2018. We repurchased 0.5 million shares "
            "for an aggregate purchase price of $20.0 million during the three months ended March 31, 2016.\n")
    b = found(text, "10-Q")[Kind.BUYBACK]
    assert b.facts["shares"] == 500_000 and b.facts["amount_usd"] == 20_000_000


def test_a_programs_total_to_date_gives_way_to_the_quarters_purchases() -> None:
    # Zale's EX-99.1 (2006)
    text = ("Additionally, pursuant to its stock repurchase program, the Company purchased during the quarter "
            "approximately 2,079,000 shares of its common stock totaling $55 million. This completes the Company's "
            "$100 million authorization with over 3,716,000 shares repurchased at an average price of $26.88 per share.\n")
    b = found(text, "8-K")[Kind.BUYBACK]
    assert b.facts["shares"] == 2_079_000 and b.facts["amount_usd"] == 55_000_000
    assert "price_per_share" not in b.facts  # $26.88 is the whole program's average
