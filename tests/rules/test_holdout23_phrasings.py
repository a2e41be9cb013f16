"""Phrasings from hold-out 23's real texts (each comment names the source), with the look-alikes
that share their words. Found after that set's first evaluation; the texts themselves stay in
tests/bench/holdout23/."""

from __future__ import annotations

import pytest

from bot.models import Kind
from tests.rules.excerpts import found

# --- buyback ------------------------------------------------------------------------------------


def test_a_company_that_intends_to_commence_share_repurchases() -> None:
    # Clorox release (8-K EX-99.1), August 6, 2007
    text = ("OAKLAND, Calif., Aug. 6, 2007 \u2014 The Clorox Company (NYSE: CLX) today announced that this week it intends "
            "to commence open-market share repurchases consistent with its share repurchase programs.\n\nPursuant to its "
            "existing open-market purchase authorization, the company may repurchase shares in an aggregate amount of up "
            "to $750 million.\n")
    assert Kind.BUYBACK in found(text, "8-K")


def test_the_execution_of_an_agreement_to_purchase_from_the_founders_widow() -> None:
    # Bandag release (8-K EX-99.1), June 18, 2002
    text = ("Bandag, Incorporated (\"Bandag\") today announced the execution of an agreement to purchase 1,114,746 shares "
            "of Bandag's Class B Common Stock and 418,371 shares of Bandag's Class A Common Stock from Lucille A. Carver, "
            "widow of the founder of Bandag and a director from 1957 until May 14, 2002.\n")
    assert found(text, "8-K")[Kind.BUYBACK].facts["shares"] == 1_114_746 + 418_371  # both classes


@pytest.mark.parametrize("text", [
    "The Company does not intend to commence share repurchases until its credit agreement permits them.",
    "The fund today announced the execution of an agreement to purchase 500,000 shares of Beta Corp. from the estate "
    "of its founder.",
])
def test_look_alikes_of_commencing_or_agreed_purchases(text: str) -> None:
    assert Kind.BUYBACK not in found(text + "\n", "8-K")


# --- late filing --------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    # Rambus release headline, July 19, 2006
    "Company to miss filing due date of Form 10-Q for second quarter\nRambus Inc. (NASDAQ: RMBS) today announced it "
    "expects to restate its previously issued financial statements.",
    # Willbros release, March 14, 2012
    "Willbros Group, Inc. (NYSE: WG) today announced that it is filing a Form 12b-25 Notification of Late Filing with "
    "the U.S. Securities and Exchange Commission (SEC) with regard to its Annual Report on Form 10-K for year ended "
    "December 31, 2011.",
    # Atari release (8-K EX-99.1), June 14, 2007
    "Atari, Inc. today announced that it would require an extension of time to file its Annual Report on Form 10-K, "
    "which was due to be filed today.",
])
def test_yet_more_words_for_a_late_report(text: str) -> None:
    assert Kind.LATE_FILING in found(text + "\n", "8-K")


@pytest.mark.parametrize("text", [
    "The Company does not expect to miss the filing due date of its Form 10-Q for the second quarter.",
    "The Company will not require an extension of time to file its Annual Report on Form 10-K.",
    "The Company is filing a registration statement on Form S-8 to register shares for its 2024 equity plan.",
])
def test_look_alikes_of_yet_more_late_words(text: str) -> None:
    assert Kind.LATE_FILING not in found(text + "\n", "8-K")
