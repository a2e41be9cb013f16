"""Wordings from hold-out 37 (real texts, measured once untouched before these fixes; see
tests/bench/holdout37/README.md), with look-alikes. Each expected value is read off the excerpt."""

from __future__ import annotations

import pytest

from bot.models import Document, Kind
from bot.rules.restatement.late_reason import late_reason_signal
from tests.rules.excerpts import found

# --- restatement risk: a late notice's reason in general words (restatement/late_reason.py) ----------


@pytest.mark.parametrize(("text", "trigger"), [
    # GalleyCat on Barnes & Noble (2006)
    ("Forbes reports that B&N will delay filing its third-quarter report due to an ongoing investigation of stock option "
     "granting practices, including its own review of its historical stock option grants with outside legal counsel.",
     "investigation"),
    # Noven (2008): an open question in an SEC comment letter
    ("Noven to File Form 12b-25 to Extend Filing Date of 2007 Form 10-K\n\nNoven is extending the due date for filing its "
     "2007 Form 10-K in order to address an open accounting matter relating to revenue recognition raised in an SEC "
     "comment letter.", "investigation"),
    # Stock Titan on NKGen (2024): the delay attributed to a change of auditor
    ("NKGen Biotech has received a standard notice from Nasdaq on August 20, 2024, stating that the company is not in "
     "compliance with Nasdaq Listing Rule 5250(c)(1). This is due to the delayed filing of its Quarterly Report on Form "
     "10-Q for the period ended June 30, 2024. The delay is partly attributed to recent changes in the company's "
     "independent registered public accounting firm and valuation firm.", "auditor_change"),
    # Retalix (2006, 6-K)
    ("Retalix Ltd. announced today that it has further delayed the release of its audited consolidated financial "
     "statements for the year ended December 31, 2005 and the filing of its Annual Report on Form 20-F for 2005 with the "
     "U.S. Securities and Exchange Commission in order to permit its management and new auditors additional time to "
     "finalize the audit and related procedures. The company and its auditors are reevaluating the recognition of "
     "revenues related to a certain customer transaction performed in December 2004, as well as the accounting treatment "
     "of specific issues in fiscal year 2005.", "investigation"),
])
def test_a_late_reports_accounting_reason_in_general_words(text: str, trigger: str) -> None:
    got = found(text + "\n", "PR")
    assert Kind.LATE_FILING in got
    r = got[Kind.RESTATEMENT_RISK]
    assert r.facts["trigger"] == trigger


@pytest.mark.parametrize("text", [
    # the delay's reason is routine work, a potential weakness still evaluated, or a completed review
    "The Company will delay the filing of its Form 10-Q in order to address an open accounting matter relating to its "
    "recent acquisition of Beta Corp.",
    "The Company's Quarterly Report on Form 10-Q will be delayed as the Company completes its evaluation of a potential "
    "material weakness in internal control over financial reporting.",
    "The Company delayed the filing of its Form 10-Q. The Company has completed its review and its revenue recognition "
    "methodologies had been appropriately applied.",
    # the auditor needs more time (no change of auditor, no accounting matter)
    "The company decided to postpone its Form 10-K because its auditors need more time to complete the audit.",
])
def test_late_reasons_that_are_no_restatement_risk(text: str) -> None:
    got = found(text + "\n", "PR")
    assert Kind.LATE_FILING in got and Kind.RESTATEMENT_RISK not in got


def test_the_general_reason_needs_the_delay() -> None:
    doc = Document(type="PR", text="The company and its auditors are reevaluating the recognition of revenues related to "
                                   "a certain customer transaction.\n")
    assert late_reason_signal([doc], None) == []  # (no late notice named, the sentence speaks of no delay)
    assert late_reason_signal([doc], "The company and its auditors are reevaluating the recognition of revenues")[0].trigger \
        == "investigation"  # (the late notice's own paragraph)


# --- restatement risk: other wordings ------------------------------------------------------------------


@pytest.mark.parametrize(("text", "form"), [
    # Molycorp (2011, 8-K Item 8.01)
    ("In connection with the filing of a registration statement on Form S-1 on May 24, 2011, Molycorp, Inc. (the "
     "\"Company\") revised its consolidated financial statements (i) as of and for the year ended December 31, 2010, and "
     "(ii) as of and for the three months ended March 31, 2011, in each case for an overstatement of Work in Process "
     "(\"WIP\") inventory.", "8-K"),
    # a 10-Q note (2021)
    ("We revised certain prior period financial statements due to a $77,000 error related to the recognition of certain "
     "revenues in our Edge to Cloud segment.", "8-K"),
    # Cnova (2016)
    ("On February 24, 2016, Cnova provided an estimated quantification of the overstatement of net sales and accounts "
     "receivable, the over-valuation of inventory as well as the incorrect accounting entries primarily related to "
     "accounts payable.", "PR"),
    # CBS News on HealthSouth (2003)
    ("The government charged rehabilitation giant HealthSouth Corp. and chairman Richard Scrushy with civil accounting "
     "fraud Wednesday, accusing the company of overstating earnings by at least $1.4 billion since 1999.", "PR"),
    # Seeking Alpha on Rio Tinto (2017)
    ("Rio Tinto (NYSE:RIO) and two of its former top executives are charged with fraud by the SEC, which says they "
     "inflated the value of coal assets in Mozambique acquired in 2011 for $3.7B.", "PR"),
    # the AJC on Interface (2020)
    ("Federal regulators slapped the Atlanta-based carpet giant Interface with a $5 million civil penalty, saying the "
     "company reported inflated financial results that misled shareholders.", "PR"),
    # RCR Wireless on American Tower (2006): reported speech, no hedge
    ("The company said it would have to restate some of its earnings due to the issue, but did not give details.", "PR"),
    # an Exhibit 16 letter (South Hertfordshire, 2001)
    ("This is to confirm that the client-auditor relationship between South Hertfordshire United Kingdom Fund Ltd "
     "(Commission File Number - 84-1145140) and Arthur Andersen has ceased.", "8-K"),
    # New Oriental (2012, 20-F note): what the SEC asks about is in the next sentence
    ("On July 13, 2012, the Company was informed that the U.S. Securities & Exchange Commission, (\"the SEC\"), had "
     "issued a formal order of investigation captioned \"In the Matter of New Oriental Education & Technology Group "
     "Inc\". The SEC's enforcement staff has requested documents and information concerning the basis for the "
     "consolidation of its wholly-owned subsidiaries into the Company's consolidated financial statements.", "6-K"),
])
def test_restatement_risk_in_hold_out_37_wordings(text: str, form: str) -> None:
    assert Kind.RESTATEMENT_RISK in found(text + "\n", form)


@pytest.mark.parametrize("text", [
    # Kesko (2019): a new standard's comparatives
    "This release provides information on the impact of the implementation of the standard on Kesko Group's IFRS "
    "financial statements after the financial statements for the 2018 reporting period, as well as the restated "
    "comparison figures for January-September 2018.",
    # a clawback explainer (2024)
    "With respect to a Big R restatement, the material non-compliance results from an error that was material to the "
    "previously issued financial statements.",
    # the relationship of a former subsidiary, and inflated figures no regulator names
    "The client-auditor relationship between our former subsidiary, Omega Ltd., and Grant & Co. LLP has ceased.",
    "Analysts said the company reported inflated expectations for the holiday season.",
    # the SEC's investigation of something else, told with no effect on the statements
    "The SEC has issued a formal order of investigation into possible bribery. The investigation is not expected to have "
    "a material effect on the Company's financial statements.",
])
def test_restatement_look_alikes_of_hold_out_37(text: str) -> None:
    assert Kind.RESTATEMENT_RISK not in found(text + "\n", "PR")


# --- late filing -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "form"), [
    # Blockworks on HIVE (2022)
    ("HIVE said it has received a Notification of Deficiency Listing issued by the exchange's Qualifications Department "
     "following the miner's missed annual filings deadline late last month.", "PR"),
    # Dow Jones on Hawaiian Electric (2023): reported speech
    ("The company on Thursday evening suspended its financial outlook for the year, and said its quarterly regulatory "
     "filing would be delayed due to the announcement earlier this week of a fund for some victims of the Maui "
     "wildfire.", "PR"),
    # Portal Software (2005, 8-K Item 3.01): a hearing panel's extension
    ("On March 22, 2005, the Registrant received a letter from the Nasdaq Stock Market stating that the Nasdaq Listing "
     "Qualifications Panel had extended the filing deadline for Nasdaq listing purposes of the Registrant's Form 10-Q for "
     "the period ended October 29, 2004 to April 17, 2005.", "8-K"),
    # RCR Wireless on American Tower (2006): the results due by the filing's deadline
    ("As for the company's earnings, American Tower said it would not be able to report third-quarter results by the "
     "required Nov. 9 deadline, but would do so by the end of November.", "PR"),
])
def test_late_reports_in_hold_out_37_wordings(text: str, form: str) -> None:
    assert Kind.LATE_FILING in found(text + "\n", form)


@pytest.mark.parametrize("text", [
    # Wolverine Tube (2007): the release of the late report's filing
    "Wolverine Tube, Inc. today announced that it filed its Form 10-Q for the quarter ended April 1, 2007 with the "
    "Securities and Exchange Commission (SEC). As described in our Form 12b-25 filed on May 11, 2007, the Form 10-Q "
    "filing was delayed pending completion by a third party expert of certain valuations.",
    # an earnings release moved, no filing deadline named; a SPAC's deadline
    "The company said it would not be able to report third-quarter results on Thursday as planned.",
    "The sponsor extended the deadline to complete a business combination to March 31, 2024.",
    # another regulator's filing, a lender's deadline (the 19th review)
    "Evergy said on Monday its quarterly regulatory filing on the fuel adjustment clause with the Kansas Corporation "
    "Commission would be delayed by two weeks.",
    "Orbit Airlines Inc. said its lenders extended the deadline for delivery of its audited annual financial statements "
    "under its term loan to April 30, 2026.",
])
def test_late_look_alikes_of_hold_out_37(text: str) -> None:
    assert Kind.LATE_FILING not in found(text + "\n", "PR")


# --- buyback ---------------------------------------------------------------------------------------------

JPM_ITEM5 = """CONFORMED SUBMISSION TYPE:\t10-K
CONFORMED PERIOD OF REPORT:\t20251231

Item 5. Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of Equity Securities.
Shares repurchased pursuant to the common share repurchase programs during 2025 were as follows:
Year ended December 31, 2025 | Total number of shares of common stock repurchased | Average price paid per share of common stock(a) | Aggregate purchase price of common stock repurchases (in millions)(a) | Dollar value of remaining authorized repurchase (in millions)(a)
First quarter | 29,953,620 | $ | 252.50 | $ | 7,563 | $ | 11,763
Second quarter | 29,800,960 | 251.67 | 7,500 | 4,263 | (b)
Third quarter | 27,987,016 | 297.10 | 8,315 | 41,685
October | 9,814,682 | 304.63 | 2,990 | 38,695
November | 7,923,457 | 307.82 | 2,439 | 36,256
December | 8,928,561 | 317.28 | 2,833 | 33,423 | (c)
Fourth quarter | 26,666,700 | 309.81 | 8,262 | 33,423 | (c)
Full year | 114,408,296 | $ | 276.55 | $ | 31,640 | $ | 33,423 | (c)
"""


def test_a_years_table_by_quarter_and_bare_month_gives_the_last_quarter() -> None:
    # JPMorganChase 10-K 2025, Item 5: October + November + December = the fourth quarter's row
    f = found(JPM_ITEM5, "10-K")[Kind.BUYBACK]
    assert f.facts["shares"] == 26_666_700 and f.facts["price_per_share"] == 309.81


def test_repurchases_paused_leave_an_old_program_untold() -> None:
    # Discover 10-Q 2024, Item 2 (its table's rows only withheld shares)
    text = ("Item 2. Unregistered Sales of Equity Securities and Use of Proceeds\n\nIssuer Purchases of Equity Securities\n\n"
            "(1) In April 2023, our Board of Directors approved a new share repurchase program authorizing the purchase of "
            "up to $2.7 billion of our outstanding shares of common stock through June 30, 2024.\n\n"
            "(4) In accordance with the Merger Agreement with Capital One, share repurchases have been paused through the "
            "completion of the merger.\n")
    assert Kind.BUYBACK not in found(text, "10-Q")
    assert Kind.BUYBACK in found(text.replace("have been paused", "have continued"), "10-Q")


def test_a_completed_program_that_saw_it_buy_back() -> None:
    # BHP via nine.com.au (2011)
    f = found("BHP Billiton says it has completed an expanded $10 billion capital management program that saw it buy back "
              "241.8 million of its own shares.\n", "PR")[Kind.BUYBACK]
    assert f.facts["shares"] == 241_800_000 and f.title.startswith("Repurchased")
