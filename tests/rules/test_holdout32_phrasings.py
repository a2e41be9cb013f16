"""Wordings from hold-out 32 (real texts, measured once untouched before these fixes; see
tests/bench/holdout32/README.md), with look-alikes. Each expected value is read off the excerpt."""

from __future__ import annotations

import pytest

from bot.models import Kind
from tests.rules.excerpts import found


@pytest.mark.parametrize(("text", "report"), [
    # American Banker on Dearborn Bancorp (2011): the cause told after a modal
    ("The $846 million-asset parent of Fidelity Bank was warned in August that its shares could be delisted because it "
     "had not yet filed financial results with the Securities and Exchange Commission for the quarter that ended June "
     "30.", "10-Q"),
    # American Banker on Tennessee Commerce Bancorp
    ("The $1.2 billion-asset company said Tuesday that it has not filed its financial statement with the Securities and "
     "Exchange Commission for the quarter that ended Sept. 30.", "10-Q"),
    # Reuters on Logitech (2014): "added that it would"
    ("Logitech added that it would delay filing its fiscal 2014 results report with the U.S. regulator due to an "
     "investigation of its accounting matters in the past.", "10-K"),
])
def test_late_reports_in_hold_out_32_wordings(text: str, report: str) -> None:
    assert found(text + "\n", "PR")[Kind.LATE_FILING].facts.get("report") == report


@pytest.mark.parametrize("text", [
    # a modal that stays a hedge when no cause is told as fact
    "Its shares could be delisted if it does not file financial results with the Securities and Exchange Commission "
    "for the quarter that ended June 30 by the deadline.",
    "The company added that it would not delay filing its fiscal 2014 results report.",
])
def test_hold_out_32_late_look_alikes(text: str) -> None:
    assert Kind.LATE_FILING not in found(text + "\n", "PR")


@pytest.mark.parametrize("text", [
    # Alstom's release (2003): "accounting improprieties"
    "ALSTOM today announced that it is conducting an internal review assisted by external accountants and lawyers "
    "following receipt of letters earlier this month alleging accounting improprieties at its subsidiary ALSTOM "
    "Transportation Inc.",
    # the Irish Times on Alstom (2003)
    "French engineering group Alstom said today it found accounting errors at a US subsidiary.",
    # Unify's 10-Q/A (2001)
    "In July 2000, Unify Corporation announced that certain matters had come to the attention of the Company's Board of "
    "Directors that indicated that the Company had engaged in improper accounting practices.",
    # the Motley Fool on GSX Techedu (2020): "inflated its sales"
    "Shares of GSX Techedu were tumbling almost 17% in morning trading Wednesday after the education company confirmed "
    "it was part of an SEC investigation into whether it had inflated its sales.",
    # Nash Finch's 8-K (2002): an SEC inquiry whose paragraph names previously reported results
    "These practices and procedures are the subject of an informal inquiry by the United States Securities and Exchange "
    "Commission, with which the Company intends to cooperate. The Company does not know at this time the effect, if "
    "any, the results of its review will have on the Company’s previously reported financial results.",
])
def test_restatement_risk_in_hold_out_32_wordings(text: str) -> None:
    assert Kind.RESTATEMENT_RISK in found(text + "\n", "PR")


@pytest.mark.parametrize("text", [
    "The Company has not found accounting errors in its review and no improper accounting was identified.",
    "Allegations of accounting improprieties at competitors have weighed on the sector, analysts said.",
])
def test_hold_out_32_restatement_look_alikes(text: str) -> None:
    assert Kind.RESTATEMENT_RISK not in found(text + "\n", "PR")
