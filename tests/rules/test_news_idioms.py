"""News idioms that no keyword reached while the shared scan was capped at 100 keywords: "is
holding off on filing", "can no longer be trusted", "hired outside counsel ... to look into", "cut its
previously reported profit". The positives are excerpts of the fourth bank of common wordings
(written by a helper who saw neither the rules nor the hold-outs); the look-alikes use the same
words for something else. Each expected value is read off the excerpt itself."""

from __future__ import annotations

import pytest

from bot.models import Kind
from tests.rules.excerpts import found

HOLDING_OFF = (
    "Brightwater Pharmaceuticals Inc. is holding off on filing its quarterly report with the Securities and "
    "Exchange Commission while its audit committee reviews how the company booked milestone payments from two "
    "licensing partners, the company said Friday. Brightwater said the review could affect revenue reported "
    "for 2011 and the first half of 2012, and it canceled its scheduled earnings call.")


def test_holding_off_on_filing_while_the_audit_committee_reviews_the_booking() -> None:
    got = found(HOLDING_OFF + "\n", "8-K")
    late = got[Kind.LATE_FILING]
    assert late.facts["report"] == "10-Q"  # "its quarterly report"
    assert "holding off on filing its quarterly report" in late.evidence
    assert "accounting review" in late.title
    risk = got[Kind.RESTATEMENT_RISK]
    assert risk.facts["trigger"] == "investigation"
    assert "audit committee reviews how the company booked" in risk.evidence


@pytest.mark.parametrize("text", [
    ("Winthrop Medical Devices said Monday that its financial reports for the past two years can no longer be "
     "trusted, after an internal review found that sales employees had booked shipments to distributors as "
     "final sales even though the distributors were allowed to return unsold products."),
    ("The audit committee has hired outside counsel and forensic accountants to look into the timing of expense "
     "accruals at the company's professional services unit, Ostrander Group Inc. said Tuesday. The company said "
     "it has not determined whether any previously reported results will need to be revised."),
    ("Dunmore Homes Inc. cut its previously reported profit for fiscal 2005 by 8 percent after discovering that "
     "it had capitalized interest on land parcels that were not under active development. The homebuilder said "
     "the revised figures would be included in an amended annual report."),
])
def test_restatement_risk_in_news_idioms(text: str) -> None:
    assert Kind.RESTATEMENT_RISK in found(text + "\n", "8-K")


def test_the_news_idioms_carry_their_trigger() -> None:
    trusted = found("Winthrop Medical Devices said Monday that its financial reports for the past two years "
                    "can no longer be trusted, after an internal review found errors.\n", "8-K")
    assert trusted[Kind.RESTATEMENT_RISK].facts["trigger"] == "non_reliance"
    cut = found("Dunmore Homes Inc. cut its previously reported profit for fiscal 2005 by 8 percent after "
                "discovering that it had capitalized interest on idle land.\n", "8-K")
    assert cut[Kind.RESTATEMENT_RISK].facts["trigger"] == "restatement"


@pytest.mark.parametrize(("text", "form"), [
    # the same words for something else
    ("Harlow Foods is holding off on launching its new frozen line until the second quarter, and it will file "
     "its quarterly report on Form 10-Q on schedule, the company said.", "8-K"),
    ("Analysts said the company's guidance can no longer be trusted after three missed quarters, although its "
     "financial statements have never been questioned.", "8-K"),
    ("The board hired outside counsel to look into the proposed merger's antitrust risks, and the Company's "
     "annual report will be filed on time.", "8-K"),
    ("Redwood Apparel lowered its previously reported earnings guidance for fiscal 2024 after a weak holiday "
     "season, citing softer traffic in its outlet stores.", "8-K"),
    ("The Company cut its previously announced capital budget for 2024 by 10 percent in response to lower "
     "commodity prices.", "8-K"),
])
def test_news_idiom_look_alikes_are_no_signal(text: str, form: str) -> None:
    got = found(text + "\n", form)
    assert Kind.RESTATEMENT_RISK not in got
    assert Kind.LATE_FILING not in got
