"""Wordings from hold-out 34 (real texts, measured once untouched before these fixes; see
tests/bench/holdout34/README.md), with look-alikes. Each expected value is read off the excerpt."""

from __future__ import annotations

import pytest

from bot.models import Kind
from tests.rules.excerpts import found

# --- buyback ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "form", "facts"), [
    # a GuruFocus rewrite of Loews (2011): two periods' counts, the first is the quarter's
    ("During the three and six months ended June 30, 2011, the company purchased 5.5 million and 9.9 million shares of "
     "its common stock at an aggregate cost of $228 million and $415 million.", "PR",
     {"shares": 5_500_000, "amount_usd": 228_000_000}),
    # Euronav's release (2020): the markets named between the verb and the count
    ("Euronav NV announces that the Company has purchased on the NYSE and on Euronext Brussels a total of 3,379,108 of "
     "its own shares for an aggregate price of EUR 25,107,476 (USD 28,086,438) as part of its capital allocation "
     "strategy.", "PR", {"shares": 3_379_108}),
    # a 10-Q note (Cheesecake Factory, 2014): the quarter's part of a cumulative total
    ("Stockholders' Equity 3 Months Ended Apr. 01, 2014\n\nUnder this and all previous authorizations, we have "
     "cumulatively repurchased 40.9 million shares at a total cost of $1,114.5 million through April 1, 2014, "
     "including 2.1 million shares of our common stock at a cost of $99.0 million during the first quarter of fiscal "
     "2014.", "10-Q", {"shares": 2_100_000, "amount_usd": 99_000_000}),
    # BAT's results highlights (2013): a bullet kept in a cell of its own
    ("FULL YEAR HIGHLIGHTS\n• | 38.9 million shares were bought back at a cost of £1.25 billion, excluding transaction "
     "costs.", "PR", {"shares": 38_900_000}),
])
def test_purchases_in_hold_out_34_wordings(text: str, form: str, facts: dict[str, float]) -> None:
    f = found(text + "\n", form)[Kind.BUYBACK]
    assert {k: f.facts.get(k) for k in facts} == facts


@pytest.mark.parametrize(("text", "form"), [
    # BAT (2013), British usage
    ("The Board agreed a £1.5 billion share buy-back programme for 2013.", "PR"),
    # The Royal Gazette on Butterfield (2011): a news report dated by its own words
    ("Yesterday the bank's president and chief executive officer Calum Johnston announced that the board of directors "
     "had authorised a common share repurchase programme.", "PR"),
    # Plantronics' 10-Q note (2017): the count as an adjective
    ("COMMON STOCK REPURCHASES 3 Months Ended Jun. 30, 2017\n\nThe Company furthermore announced on July 27, 2017 a "
     "new 1 million share stock repurchase program to commence at the conclusion of its existing stock repurchase "
     "program.", "10-Q"),
    # Eisai's notice (2024)
    ("Eisai Co., Ltd. (\"the Company\") announced today that a resolution was adopted at a meeting of the Board of "
     "Directors to acquire its own shares pursuant to Article 40 of its Articles of Incorporation.", "PR"),
])
def test_authorisations_in_hold_out_34_wordings(text: str, form: str) -> None:
    assert found(text + "\n", form)[Kind.BUYBACK].title.startswith("Repurchase authorization")


def test_a_program_sized_by_its_count() -> None:
    text = ("COMMON STOCK REPURCHASES 3 Months Ended Jun. 30, 2017\n\nThe Company furthermore announced on July 27, 2017 "
            "a new 1 million share stock repurchase program.\n")
    assert found(text, "10-Q")[Kind.BUYBACK].facts.get("authorized_shares") == 1_000_000


@pytest.mark.parametrize(("text", "form"), [
    # dollars and a year are no count
    ("IRIS BOARD APPROVES $10 MILLION SHARE REPURCHASE PROGRAM", "8-K"),
    ("In December 2021, the Company's Board of Directors authorized a new 2021 Share Repurchase Program of up to "
     "$5 million.", "8-K"),
])
def test_no_share_count_from_dollars_or_years(text: str, form: str) -> None:
    f = found(text + "\n", form).get(Kind.BUYBACK)
    assert f is None or "authorized_shares" not in f.facts


@pytest.mark.parametrize("text", [
    # no date, no recency: history
    "The board of directors had authorised a common share repurchase programme in 2008, which expired in 2010.",
    "Yesterday the bank said it had not authorised a common share repurchase programme.",
    # an intention in a 20-F note is no completed buyback (Barclays, 2021)
    "The Directors have confirmed their intention to initiate a share buyback of up to £1.0bn after the balance sheet "
    "date.",
])
def test_buyback_look_alikes_of_hold_out_34(text: str) -> None:
    kinds = found(text + "\n", "PR")
    assert Kind.BUYBACK not in kinds or not kinds[Kind.BUYBACK].title.startswith("Repurchased")


# --- restatement risk ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "form"), [
    # an SEC release on Aspen Technology (2007)
    ("Washington, D.C., July 31, 2007 - The Securities and Exchange Commission today charged Aspen Technology, Inc., with "
     "fraudulently inflating revenue over a three-year period.", "PR"),
    # Sterling Financial's release (2007)
    ("Sterling Financial Corporation announced today, based on information from a still ongoing investigation, that "
     "previously reported irregularities in certain financing contracts in one of Sterling's financial services "
     "affiliates, Equipment Finance LLC (EFI), are a direct result of collusion by a group of EFI employees.", "PR"),
    # Warrantech's 8-K (1999)
    ("Warrantech Corporation (the \"Company\") announced on July 15, 1999 that it is reviewing its accounting policy "
     "with respect to revenue recognition.", "8-K"),
    # the Los Angeles Times on General Automation (1998)
    ("The company's troubles began earlier this year, when two auditors withdrew financial reports for the 1995, 1996 "
     "and 1997 fiscal years after an internal accounting error.", "PR"),
    # the Jakarta Post on Telkom (2005)
    ("Due to the reauditing, Telkom had to revise its 2002 financial report to incorporate a 3.7 percent decline in its "
     "consolidated net profit.", "PR"),
])
def test_restatement_risk_in_hold_out_34_wordings(text: str, form: str) -> None:
    assert Kind.RESTATEMENT_RISK in found(text + "\n", form)


@pytest.mark.parametrize("text", [
    "The Company was charged with a $2 million penalty for late delivery under the contract.",
    "The court charged the former employee with fraudulently inflating his expense reports.",
    "Each year the Company reviews its accounting policy with respect to revenue recognition as part of its close.",
    "The Company withdrew its registration statement on Form S-1 for the offering.",
])
def test_restatement_look_alikes_of_hold_out_34(text: str) -> None:
    assert Kind.RESTATEMENT_RISK not in found(text + "\n", "8-K")


# --- late filing --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # the Jakarta Post on Telkom (2005): an extension "in filing" its "audited financial account"
    "State-owned telecommunications company PT Telkom announced that it had submitted a proposal to the United States "
    "Securities and Exchange Commission (SEC) for a 15-day extension in filing its 2004 audited financial account.",
    # GenomeWeb on Helicos (2010)
    "Helicos BioSciences has notified the US Securities and Exchange Commission that it will be late filing its "
    "fourth-quarter and full-year 2009 results because it could not complete the forms on time without \"unreasonable "
    "effort or expense.\"",
    # the Baltimore Sun on Allegheny Energy (2003)
    "Allegheny, which has yet to release 2002 and first-quarter 2003 results, said it does not expect to file results "
    "with regulators by March 31 as normally required.",
])
def test_late_reports_in_hold_out_34_wordings(text: str) -> None:
    assert Kind.LATE_FILING in found(text + "\n", "PR")


@pytest.mark.parametrize("text", [
    "The company said its results were late in arriving from the printer, and its earnings call is unchanged.",
    "The Company expects to file results with regulators by March 31 as normally required.",
])
def test_late_look_alikes_of_hold_out_34(text: str) -> None:
    assert Kind.LATE_FILING not in found(text + "\n", "PR")
