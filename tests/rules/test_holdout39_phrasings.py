"""Wordings from hold-out 39 (real texts, measured once untouched before these fixes; see
tests/bench/holdout39/README.md), with look-alikes. Each expected value is read off the excerpt."""

from __future__ import annotations

import pytest

from bot.models import Kind
from tests.rules.excerpts import found

# --- buyback ----------------------------------------------------------------------------------------------


def test_a_block_bought_under_a_share_repurchase_agreement() -> None:
    # Scholastic (2022, 8-K Item 8.01): "Repurchase Agreement" is the share repurchase agreement, not repo financing
    text = ("Scholastic Corporation (the \"Company\") entered into a share repurchase agreement dated as of January 12, 2022 "
            "(the \"Repurchase Agreement\").\n\nPursuant to the Repurchase Agreement, the Company purchased 300,000 Common "
            "Shares on January 19, 2022 at a price of $40.64794 per share from the Estate, representing an aggregate "
            "purchase price of $12,194,382.\n")
    f = found(text, "8-K")[Kind.BUYBACK]
    assert f.facts["shares"] == 300_000 and f.facts["program"] == "private"
    # repo financing under a master repurchase agreement is still no buyback
    assert Kind.BUYBACK not in found("Pursuant to the Repurchase Agreement, the Company sold $50 million of agency "
                                     "securities to the counterparty and agreed to repurchase them in 30 days.\n", "8-K")


def test_a_news_report_of_money_to_be_spent_on_a_buyback() -> None:
    # Reuters on Anadarko (2017): reported speech
    text = ("HOUSTON, Sept 20 (Reuters) - U.S. oil producer Anadarko Petroleum Corp said on Wednesday it would spend $2.5 "
            "billion to buy back its own stock, a plan that will reduce its outstanding shares by about 10 percent.\n")
    assert found(text, "PR")[Kind.BUYBACK].title.startswith("Planned share repurchase")


def test_a_bid_accepted_for_the_company_that_was_informed() -> None:
    # Teck (2020, 6-K): the possessive names the company that was informed
    text = ("Vancouver, B.C. - Teck Resources Limited (TSX: TECK.A and TECK.B, NYSE: TECK) (\"Teck\") has been informed that "
            "the Toronto Stock Exchange (\"TSX\") has accepted Teck's notice of intention to make a normal course issuer bid "
            "to purchase its Class B subordinate voting shares (\"Class B Shares\").\n")
    assert Kind.BUYBACK in found(text, "6-K")


# --- restatement risk -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "form"), [
    # the Los Angeles Times on Pinnacle Micro (1996): a lawsuit told in the leading clause is not the resignation's subject
    ("Less than three months after settling a costly shareholder lawsuit stemming from accounting irregularities, "
     "Pinnacle Micro Inc. said Tuesday that its independent accounting firm has resigned over a new bookkeeping dispute.",
     "PR"),
    # ScanSource (2007, EX-99.1)
    ("The Company's management has completed this analysis and has reached a determination that, under applicable "
     "accounting principles, the appropriate measurement dates for certain stock options differed from the recorded "
     "measurement dates for certain stock option grants.", "8-K"),
    # Exhibit 16 letters (Power Brief, 2001; Tekron, 2002)
    ("We have read Item 4 of Form 8-K dated November 8, 2001, of Power Brief, Inc. and are in agreement with the statements "
     "contained in Paragraphs 1 through 4 in Item 4 on page 2 therein.", "8-K"),
    ("On November 4, 2002, this Firm received a draft copy of a Form 8-K to be filed by Tekron, Inc. (Company) reporting "
     "Item 4 - Changes in Registrant's Certifying Public Accountant.", "8-K"),
    # Reuters on A.C.L.N. (2002)
    ("Shares of A.C.L.N. Ltd. dropped as much as 29 percent on Monday after the car transport company's announcement that "
     "the Securities and Exchange Commission had begun an investigation into its financial disclosures.", "PR"),
])
def test_restatement_risk_in_hold_out_39_wordings(text: str, form: str) -> None:
    assert Kind.RESTATEMENT_RISK in found(text + "\n", form)


@pytest.mark.parametrize("text", [
    # an explainer after a heading; a study of companies in general
    "Investopedia explains 'Restatement' When a publicly traded company determines that it will need to amend its financial "
    "statements, it must file SEC form 8-K within four days to notify investors of non-reliance on previously issued "
    "financial statements.",
    "On average, the day after a company disclosed a material weakness in its financial controls, its share price dropped "
    "0.67 percent relative to market movement, Glass Lewis found.",
    "\"The mere announcement of a material weakness, independent of the auditor opinion, appears to solicit a negative "
    "reaction from investors,\" according to the study.",
    # an auditor's letter on something else; a lawsuit's lawyers resigning
    "We have read the Company's press release dated March 3, 2025 and have no comments.",
    "After the hearing, the plaintiffs' law firm resigned from the case.",
])
def test_restatement_look_alikes_of_hold_out_39(text: str) -> None:
    assert Kind.RESTATEMENT_RISK not in found(text + "\n", "PR")


# --- late filing ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    # IDEX Online on Friedman's (2004)
    "The NYSE, in announcing its de-listing decision, also noted that the company failed to submit its Form 10-K filing "
    "for the fiscal year ended September 2003.",
    # the Chicago Tribune on Spiegel (2003)
    "Spiegel Inc. said Monday that it won't be able to produce its 2002 annual report until after an independent examiner "
    "has poured through the retailer's financial records for the past two years.",
    # AWN on Cinar (2000)
    "The Montreal-based childrens producer has dates to appear with the Ontario Securites Commission on June 30 and with "
    "the Nasdaq exchange sometime next month to reveal the reason behind why the firm has been unable to file its "
    "financial statements since the period ended November 30, 1999.",
])
def test_late_reports_in_hold_out_39_wordings(text: str) -> None:
    assert Kind.LATE_FILING in found(text + "\n", "PR")


@pytest.mark.parametrize("text", [
    "If the Company failed to file its Form 10-K on time, its shares could be delisted.",
    "The Company will not be able to produce enough vaccine doses until the new plant opens.",
])
def test_late_look_alikes_of_hold_out_39(text: str) -> None:
    assert Kind.LATE_FILING not in found(text + "\n", "PR")
