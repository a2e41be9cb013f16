"""Wordings from hold-out 35 (real texts, measured once untouched before these fixes; see
tests/bench/holdout35/README.md), with look-alikes. Each expected value is read off the excerpt."""

from __future__ import annotations

import pytest

from bot.models import Kind
from tests.rules.excerpts import found

# --- late filing --------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "form"), [
    # Sacramento Business Journal on Premier Power (2013): a headline, and a conditional sentence after it
    ("Troubling news in SEC filings by two local solar companies Solar Power Inc. reports big loss; Premier Power fails "
     "to file on time", "PR"),
    # PMC-Sierra's release (2006): "Form 10Q" without a hyphen
    ("Exhibit 99.1\nNEWS RELEASE\nPMC-Sierra Completes Review of Stock Option Awards Delays Filing of Form 10Q Report to "
     "Reflect Review Results", "8-K"),
    # ATM Marketplace on Carreker (2003)
    ("The company was in danger of delisting because it has not yet filed its fiscal 2002 third quarter and annual "
     "results.", "PR"),
    # SGB on Huffy (2004)
    ("Huffy delayed its Q1 filing after the company determined that it was necessary to record both a write-off of "
     "certain intangible assets and a full valuation allowance for deferred tax assets.", "PR"),
])
def test_late_reports_in_hold_out_35_wordings(text: str, form: str) -> None:
    assert Kind.LATE_FILING in found(text + "\n", form)


def test_a_6k_cover_joined_to_the_notice_is_no_hedge() -> None:
    # Meten EdtechX's 6-K (2020): the cover's "If 'Yes' is marked" runs into the notice's first sentence
    text = ("Yes ☐ No ☒\nIf “Yes” is marked, indicate below the file number assigned to the registrant in connection with "
            "Rule 12g3-2(b): 82- N/A\nTiming of Filing of Annual Report on Form 20-F for the Year Ended December 31, 2019\n"
            "Meten EdtechX Education Group Ltd.(the “Company”) is filing this Report on Form 6-K in reliance upon the order "
            "issued by the U.S. Securities and Exchange Commission on March 25, 2020 under Section 36 of the Securities "
            "Exchange Act of 1934, as amended, which provides conditional relief to public companies that are unable to "
            "timely comply with their filing obligations as a result of the novel coronavirus (“COVID-19”) outbreak "
            "(Release No. 34-88465) to delay the filing of its Annual Report on Form 20-F for the year ended December 31, "
            "2019 (the “Annual Report”) due to the circumstances related to COVID-19.\n")
    f = found(text, "6-K")[Kind.LATE_FILING]
    assert f.facts.get("report") == "20-F" and not f.evidence.startswith("Yes")


@pytest.mark.parametrize("text", [
    "If the company fails to file on time, its shares may be delisted from the Nasdaq.",
    "Huffy filed its Q1 report on time and its Q2 filing is due in August.",
])
def test_late_look_alikes_of_hold_out_35(text: str) -> None:
    assert Kind.LATE_FILING not in found(text + "\n", "PR")


# --- restatement risk ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "form", "trigger"), [
    # Crain's New York on Candie's (1999)
    ("In the months since trading was suspended, Candie's has announced it may restate earnings, ousted its Big Five "
     "accounting firm, Ernst & Young, and lost its chief financial officer.", "PR", "restatement"),
    # Carreker's 8-K (2002)
    ("Carreker indicated that it believes that as a result of the review it may be required to restate its financial "
     "statements for prior periods.", "8-K", "restatement"),
    # Natural Gas Intelligence on Baker Hughes (1999)
    ("On Dec. 8, defendants said the company's accounting department had discovered “various accounting issues” at its "
     "Inteq drilling services unit.", "PR", "investigation"),
    # Reuters on Cornell Companies (2002)
    ("Cornell Cos. on Wednesday said it was reviewing the accounting of an off-balance-sheet transaction and said the "
     "review could have material financial consequences.", "PR", "investigation"),
    # a release on Tongxin (2014)
    ("Tongxin International Ltd. received confirmation from BDO USA, LLP regarding the cessation of the mutual "
     "client-auditor relationship.", "PR", "auditor_change"),
    # PMC-Sierra's release (2006)
    ("The Audit Committee has concluded that, while the Company used incorrect accounting measurements dates for certain "
     "stock option grants awarded primarily during the years 1998-2001, those errors were not the product of any "
     "deliberate misconduct.", "8-K", "restatement"),
    # Wind River's release (2006)
    ("Wind River Systems, Inc. commenced a voluntary review of its historical stock option granting practices and the "
     "related accounting during the second quarter of fiscal 2007.", "8-K", "investigation"),
])
def test_restatement_risk_in_hold_out_35_wordings(text: str, form: str, trigger: str) -> None:
    assert found(text + "\n", form)[Kind.RESTATEMENT_RISK].facts["trigger"] == trigger


@pytest.mark.parametrize("text", [
    # a consultancy's explainer (Moss Adams, 2025)
    "Learn what constitutes a material weakness, why it matters, and how to remediate it effectively to increase "
    "financial integrity and operational resilience.",
    "Successfully remediating a material weakness requires a structured approach that includes developing a clear "
    "plan aligned with the external auditors.",
    "For SEC registrants, material weaknesses are required to be disclosed publicly in the Form 10K and 10Q for "
    "investors.",
    # not the books
    "The Company said it may restate its dividend policy later this year.",
    "The Company has not discovered any accounting issues at its drilling unit.",
])
def test_restatement_look_alikes_of_hold_out_35(text: str) -> None:
    assert Kind.RESTATEMENT_RISK not in found(text + "\n", "PR")


# --- buyback ------------------------------------------------------------------------------------

def test_tsx_accepted_the_issuers_own_notice() -> None:
    # Nutrien's 6-K (2022): the possessive names the announcer itself
    text = ("SASKATOON, Saskatchewan – Nutrien Ltd. (TSX and NYSE: NTR) (Nutrien) today announced that the Toronto Stock "
            "Exchange (TSX) has accepted Nutrien’s notice to commence a normal course issuer bid (NCIB) to purchase "
            "outstanding common shares representing up to 10 percent of its “public float”.\n")
    assert found(text, "6-K")[Kind.BUYBACK].title.startswith("Repurchase authorization")


def test_tsx_accepted_another_issuers_notice() -> None:
    text = ("Power Corporation announced that the Toronto Stock Exchange has accepted Lifeco’s notice of intention to "
            "commence a normal course issuer bid.\n")
    assert Kind.BUYBACK not in found(text, "PR")


def test_a_news_report_of_a_stock_buyback_program() -> None:
    # RTT News via a reader site on Heartland Express (2021)
    text = ("Heartland Express (NASDAQ:HTLD) declared that its board has authorized a stock buyback program on Friday, "
            "August 20th, RTT News reports. The company plans to repurchase 3,000,000 shares.\n")
    f = found(text, "PR")[Kind.BUYBACK]
    assert f.title.startswith("Repurchase authorization") and f.facts.get("authorized_shares") == 3_000_000


def test_a_note_that_included_the_repurchase_of_shares_with_two_years_respectively() -> None:
    # a 10-Q note (2011): the report's year is named first, and the next sentence's option exercise is no cost
    text = ("NOTE 9: COMMON STOCK AND EARNINGS PER SHARE\nNine months ended September 30, 2011\n\nCommon stock activity "
            "for the nine months ended September 30, 2011 and 2010 included the repurchase of approximately 692,201 "
            "shares for $13.9 million and 464,525 shares for $5.6 million, respectively. Common stock activity for the "
            "first nine months of 2011 also included the exercise of 857,908 options for $13.0 million.\n")
    f = found(text, "10-Q")[Kind.BUYBACK]
    assert f.facts.get("shares") == 692_201 and f.facts.get("amount_usd") == 13_900_000
