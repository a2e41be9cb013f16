"""Wordings from hold-out 33 (real texts, measured once untouched before these fixes; see
tests/bench/holdout33/README.md), with look-alikes. Each expected value is read off the excerpt."""

from __future__ import annotations

import pytest

from bot.models import Kind, Severity
from tests.rules.excerpts import found

# --- late filing --------------------------------------------------------------------------------

def test_failed_to_file_with_its_cause_told_after_is_a_fact() -> None:
    # Prospect News on Grant Geophysical (2002): "could not" belongs to the cause, not to the failure
    text = ("Grant Geophysical also said it failed to file its 10-Q quarterly report by the due date of Aug. 14 "
            "because it could not obtain independent auditors to review its financial statements.\n")
    assert found(text, "PR")[Kind.LATE_FILING].facts.get("report") == "10-Q"


@pytest.mark.parametrize("text", [
    "If the company failed to file its 10-Q quarterly report by the due date, its notes could be accelerated.",
    # a rule told of any company (a blog quoting NYSE 802.01E)
    "Once the Exchange identifies that a company has failed to file a timely periodic annual report with the SEC, "
    "the Exchange will promptly notify the company.",
])
def test_failure_as_a_condition_or_a_rule_is_no_notice(text: str) -> None:
    assert Kind.LATE_FILING not in found(text + "\n", "PR")


def test_a_panel_deadline_past_any_extension_is_a_late_report() -> None:
    # NYFIX's release (2005): a June quarter's 10-Q to be filed by October 31 is months late
    text = ("The Nasdaq Stock Market Listing Qualifications Panel determined to continue the listing of the Company's "
            "securities on The NASDAQ National Market, subject to the Company's filing of its 2005 Form 10-Q for the "
            "period ended June 30, 2005, on or before October 31, 2005.\n")
    f = found(text, "8-K")[Kind.LATE_FILING]
    assert f.facts.get("report") == "10-Q" and f.facts.get("period") == "2005-06-30"


@pytest.mark.parametrize("text", [
    # within the 10-Q's 45 days and the five-day extension
    "The Company expects to complete the filing of its Form 10-Q for the period ended June 30, 2005, on or before "
    "August 15, 2005.",
    # an amendment
    "The Company intends to file an amendment to its Form 10-Q for the period ended June 30, 2005, on or before "
    "October 31, 2005.",
    # a 10-K within 90 days
    "The Company expects the filing of its Annual Report on Form 10-K for the year ended December 31, 2023 on or "
    "before March 29, 2024.",
])
def test_a_filing_date_within_the_deadline_is_no_late_report(text: str) -> None:
    assert Kind.LATE_FILING not in found(text + "\n", "8-K")


# --- restatement risk: a late notice's accounting reason ----------------------------------------

@pytest.mark.parametrize(("text", "form"), [
    # Prospect News on The Sports Club (2005)
    ("As previously reported, the company has delayed the filing of its 10-K pending resolution of accounting "
     "issues, which the filing said it is working diligently to finalize.", "PR"),
    # CNET on Cray (2006)
    ("Nasdaq warned Cray on Friday that its failure to file an annual report by a March 31 deadline means its stock "
     "no longer qualifies for listing on the market, the supercomputer maker said Monday. Cray said in March that it "
     "would delay the filing to review whether as much as $3.3 million in revenue from a product development "
     "contract had been recorded improperly.", "PR"),
    # MedQuist's release (2004)
    ("The Company will not be able to file its delinquent Form 10 K and Form 10-Q with the Securities and Exchange "
     "Commission until after completion of an independent review of the company's billing practices.", "8-K"),
    # China Yuchai's 6-K (2007): the 20-F late while the new auditors weigh its accounting policies
    ("China Yuchai International Limited advises that it has been unable to file its Annual Report on Form 20-F "
     "for the fiscal year ended December 31, 2006 with the U.S. Securities and Exchange Commission by the filing "
     "deadline of June 30, 2007. The new auditors are in the process of auditing CYI's consolidated financial "
     "statements, and the new auditors have been evaluating the application of various accounting policies and "
     "standards to CYI's financial results in accordance with U.S. GAAP.", "6-K"),
    # TWICE on Audiovox (2003)
    ("Audiovox will miss its March 17 Securities and Exchange Commission deadline for its annual 10-K report and "
     "asked for a 15-day delay. The company said the reason for the filing delay is related to the resolution of "
     "the company's response to an SEC comment letter on Audiovox's prior 10-K and 10-Q filings.", "PR"),
])
def test_late_notices_whose_reason_is_an_accounting_question(text: str, form: str) -> None:
    kinds = found(text + "\n", form)
    assert Kind.LATE_FILING in kinds and Kind.RESTATEMENT_RISK in kinds


@pytest.mark.parametrize("text", [
    "The Company requires additional time to resolve accounting issues relating to the transition to its new ERP "
    "system.",
    "The Company will not be able to file its Form 10-Q by the deadline pending resolution of accounting issues "
    "relating to the implementation of its new ERP system.",
    "The Company will not be able to file its Form 10-Q until after completion of the physical inventory count at "
    "its Mexican plant.",
])
def test_routine_reasons_stay_only_late(text: str) -> None:
    assert Kind.RESTATEMENT_RISK not in found(text + "\n", "8-K")


# --- restatement risk: other wordings -----------------------------------------------------------

def test_adjustments_to_previously_reported_results() -> None:
    # Metaldyne's release (2004)
    text = ("Metaldyne Corporation (the \"Company\") today disclosed that the previously announced independent "
            "investigation into certain accounting matters has been completed and that it will be making certain "
            "adjustments to previously reported financial results as a result of its review of information obtained "
            "through the investigation.\n")
    assert found(text, "8-K")[Kind.RESTATEMENT_RISK].facts["trigger"] == "restatement"


@pytest.mark.parametrize("text", [
    "The Company made adjustments to previously reported segment results to reflect the new reporting structure.",
    "The Company made certain adjustments to previously reported results to conform to the current presentation of "
    "discontinued operations.",
])
def test_adjustments_that_recast_are_no_restatement(text: str) -> None:
    assert Kind.RESTATEMENT_RISK not in found(text + "\n", "8-K")


def test_an_auditor_that_withdrew_from_its_engagements() -> None:
    # Seeking Alpha on Herley Industries (2006)
    text = ("Its auditors, BDO Seidman, unilaterally withdrew from their review and audit engagements because of "
            "scope limitations placed on them by the management in their review of the April 30 quarterly "
            "financials.\n")
    f = found(text, "PR")[Kind.RESTATEMENT_RISK]
    assert f.facts["trigger"] == "auditor_change" and f.severity is Severity.HIGH


@pytest.mark.parametrize("text", [
    # law.com (an explainer): companies in general
    "The public markets are known to punish the stock prices of companies that announce the need to restate their "
    "past financial results.",
    # LegalClarity (an explainer's lead)
    "Understand the required disclosure components, prior period adjustments, and the difference from a restatement.",
])
def test_explainers_of_restatements_are_no_event(text: str) -> None:
    assert Kind.RESTATEMENT_RISK not in found(text + "\n", "PR")


# --- buyback ------------------------------------------------------------------------------------

def test_a_suspended_program_resumed() -> None:
    # Torchmark's release (2010)
    text = ("Torchmark also announced that its Board of Directors has authorized resumption of the Company's common "
            "stock repurchase program, which was suspended in the first quarter of 2009 in light of economic "
            "conditions at that time.\n")
    assert found(text, "8-K")[Kind.BUYBACK].title.startswith("Repurchase authorization")


def test_cash_used_to_acquire_its_own_shares() -> None:
    # Torchmark's release (2005)
    text = ("Torchmark used the cash received from the option exercises to acquire 4.7 million shares of its common "
            "stock in the market today in connection with its ongoing share buyback program.\n")
    assert found(text, "8-K")[Kind.BUYBACK].facts.get("shares") == 4_700_000


def test_cash_used_to_acquire_another_companys_shares_is_no_buyback() -> None:
    text = ("The Company used the proceeds of the offering to acquire 4.7 million shares of common stock of Beta "
            "Corp. in a private transaction.\n")
    assert Kind.BUYBACK not in found(text, "8-K")


def test_the_latest_year_of_a_respectively_list() -> None:
    # Siebert Financial's 10-K note (2013): the report's own year is the last of the list
    text = ("F - STOCKHOLDERS' EQUITY\n12 Months Ended Dec. 31, 2013\n\nOn January 23, 2008, the Board of Directors "
            "of the Company authorized a buy back of up to 300,000 shares of common stock. Shares will be purchased "
            "from time to time in the open market and in private transactions. During 2011, 2012 and 2013, the "
            "Company repurchased 17,179, 8,107 and 12,266 shares of common stock at an average price of $1.68, $1.67 "
            "and $1.56, respectively.\n")
    f = found(text, "10-K")[Kind.BUYBACK]
    assert f.facts.get("shares") == 12_266 and f.facts.get("price_per_share") == 1.56


def test_a_respectively_list_of_unequal_length_gives_no_count() -> None:
    text = ("F - STOCKHOLDERS' EQUITY\n12 Months Ended Dec. 31, 2013\n\nDuring 2012 and 2013, the Company "
            "repurchased 17,179, 8,107 and 12,266 shares of common stock at an average price of $1.68, $1.67 and "
            "$1.56, respectively.\n")
    f = found(text, "10-K").get(Kind.BUYBACK)
    assert f is None or "shares" not in f.facts
