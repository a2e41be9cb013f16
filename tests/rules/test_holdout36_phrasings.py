"""Wordings from hold-out 36 (real texts, measured once untouched before these fixes; see
tests/bench/holdout36/README.md), with look-alikes. Each expected value is read off the excerpt."""

from __future__ import annotations

import pytest

from bot.models import Kind
from tests.rules.excerpts import found


@pytest.mark.parametrize("text", [
    # C&EN on Keyuan (2011)
    "The delisting, according to a Keyuan statement, is the result of a failure to provide audited financial "
    "statements on a timely basis.",
    # Deadline on comScore (2016)
    "ComScore's disclosure today that it couldn't meet a self-imposed deadline to file financial reports for 2015 and "
    "this year's Q1 sent its shares plummeting.",
])
def test_late_reports_in_hold_out_36_wordings(text: str) -> None:
    assert Kind.LATE_FILING in found(text + "\n", "PR")


@pytest.mark.parametrize("text", [
    "The lender agreed to extend the date for the delivery of audited financial statements under the credit agreement.",
    "The Company expects to file financial reports for 2015 on time, by the March 15 deadline.",
    "The board decided to put off the filing of a registration statement for the offering.",
    # audited statements owed to a lender (the 18th review)
    "The lenders notified the Company of a default resulting from its failure to provide audited financial statements on "
    "a timely basis under the credit agreement.",
])
def test_late_look_alikes_of_hold_out_36(text: str) -> None:
    assert Kind.LATE_FILING not in found(text + "\n", "PR")


@pytest.mark.parametrize(("text", "trigger"), [
    # C&EN on Keyuan (2011): an auditor's finding reported
    ("KPMG, the original auditor, reported this spring that Keyuan had improperly recorded certain sales and cash "
     "transactions.", "restatement"),
    # CFO Dive on Kubient (2024): a dash between the charged and the charge
    ("The Securities and Exchange Commission charged three former executives of ad software startup Kubient — its "
     "ex-CEO, ex-CFO and former head of its audit committee — with accounting fraud and lying to auditors.",
     "investigation"),
    # Bloomberg on Brixmor (2016)
    ("Brixmor Property Group Inc. shares plunged after Chief Executive Officer Michael Carroll and two other executives "
     "resigned following a discovery by the company's audit committee that employees were “smoothing” income.",
     "investigation"),
])
def test_restatement_risk_in_hold_out_36_wordings(text: str, trigger: str) -> None:
    assert found(text + "\n", "PR")[Kind.RESTATEMENT_RISK].facts["trigger"] == trigger


@pytest.mark.parametrize("text", [
    # an early adopter's recast (Microsoft, 2017)
    "Starting with the quarter ending September 30, the company will issue financials that include restatements for "
    "2016 and 2017, as required for early adopters of the rules.",
    "The utility's rate plan is designed to smooth earnings volatility from storm costs over five years.",
    "The court charged the jury with deciding whether the defendant committed accounting fraud at his former employer.",
])
def test_restatement_look_alikes_of_hold_out_36(text: str) -> None:
    assert Kind.RESTATEMENT_RISK not in found(text + "\n", "PR")
