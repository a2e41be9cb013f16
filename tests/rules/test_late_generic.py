"""The general reading of a late report (bot/rules/late_filing/generic.py): a word of lateness close to
the company's own periodic report, told as fact. The positives are real sentences from hold-out texts
that the listed wordings missed when each set was first measured; the look-alikes are real sentences
(hold-outs, review fixtures) whose words are the same but whose report is not late."""

from __future__ import annotations

import pytest

from bot.models import Kind
from bot.rules.late_filing.generic import generic_late
from bot.rules.text import expand_contractions
from tests.rules.excerpts import found


@pytest.mark.parametrize(("sentence", "word"), [
    # BizWest on Noodles & Co. (2020): "on time" after "too focused" is the lateness, not a promise
    ("BROOMFIELD — Pasta chain Noodles and Co. (Nasdaq: NDLS) is delaying its in-depth quarterly report, saying its "
     "staff are too focused on managing the impact of the coronavirus to produce the filing on time.", "delaying"),
    # East Hampton Star on Suffolk Bancorp (2011)
    ("The bank has not filed its first-quarter report yet either, for the same reason.", "not filed"),
    # a news rewrite on Interpublic (2005): "Companies" in the issuer's name is no round-up
    ("Marketing services conglomerate Interpublic Group of Companies Inc. said last week it will delay the release of "
     "fourth-quarter and full-year results and miss the March 31 deadline for filing its 2004 annual report.", "delay"),
    # ThinkAdvisor on Life Partners (2011): reported speech, "would need", is no hedge
    ("The company then notified the SEC May 31 that it would need additional time to file the 2011 Form 10-K.",
     "additional time"),
    # The Motley Fool on Veeco (2005)
    ("Investors in nano-toolmaker VeecoInstruments (Nasdaq: VECO ) were disappointed on Friday when the company "
     "announced it would be filing its audited accounts late due to \"an internal enquiry into the errors in accounting "
     "of their TurboDisc business.", "late"),
    # a blog on El Paso (2004)
    ("The audit committee of the company's board has launched an investigation by an outside law firm into the "
     "reserves cutback, and the outside investigation prompted El Paso two weeks ago to delay indefinitely the release "
     "of its fourth quarter results and annual report.", "delay"),
    # Gafisa's letter to the SEC staff (2012)
    ("For the reasons discussed below, the Company is unable to file the 2009 20-F and 2010 20-F at this time.",
     "unable to file"),
])
def test_a_late_report_told_in_words_no_list_holds(sentence: str, word: str) -> None:
    m = generic_late(expand_contractions(sentence))
    assert m is not None and m.group(0) == word


@pytest.mark.parametrize("sentence", [
    # an earnings release moved to the 10-Q's deadline (Energy Focus, 2016)
    "Energy Focus, Inc. (NASDAQ:EFOI), a leader in LED lighting technologies, today announced that it will reschedule "
    "its 2016 third quarter earnings release and conference call from Thursday, November 3, 2016, to Monday, November "
    "14, 2016, which is the deadline for filing its Quarterly Report on Form 10-Q, in order to allow for more time in "
    "finalizing its quarterly financial results.",
    # an auditor's report's paragraph about delays years before (Pegasystems, 2000)
    "Such reports did include an emphasis of matter paragraph referring to (i) two pending securities class action "
    "lawsuits against the Company and certain of its current and former officers and directors and (ii) negative "
    "publicity resulting from delays in the Company's SEC filings and adjustments made to previously published "
    "financial statements.",
    # a delinquent loan (The Bancorp, 2025)
    "In its original annual report, Bancorp said March 21 was the date it expected to close the sale of an apartment "
    "complex underlying a delinquent loan with a $41 million balance.",
    # a penalty for a 10-Q filed late in an earlier year (a 10-K note)
    "The Company also recorded a penalty expense of $141,945 which was in connection with the conversion of Series C "
    "preferred stocks due to the fact that the Company was late filing the Form 10-Q for the period ended February 28, "
    "2022.",
    # a hedge told by analysts
    "Analysts said it would be unusual for the company to delay the filing of its Form 10-Q.",
    # rules explained, for filers in general
    "Of course, the delinquent filer would also need to file any required Form 10-Qs for subsequent periods.",
    "Provisions of the reporting relief, aimed at giving registrants additional time to complete audits during a period "
    "of unprecedented turmoil, include a 45-day extension to file Form 11-K, which would have otherwise been due between "
    "March 1 and July 1.",
    # a past month's delay told as background (PrintWeek on Xerox, 2001)
    "In April Xerox delayed issuing its annual report after KPMG decided to probe its business in Mexico and accounting "
    "practices (PrintWeek, 6 April).",
    # the report filed since (Marketwire on Finisar, 2007)
    "The Company has also completed and filed with the SEC its previously delayed quarterly reports on Form 10-Q for "
    "the second and third quarters of fiscal 2007 and the first quarter of fiscal 2008.",
    # expected not to be late (review fixtures)
    "The Company does not expect that its Annual Report on Form 10-K for the fiscal year ended December 31, 2023 will "
    "be filed late as a result of the change in auditors.",
    "The Company does not intend to avail itself of the 45-day extension to file its Quarterly Report on Form 10-Q for "
    "the quarter ended March 31, 2020 and expects to file the report by the original due date of May 11, 2020.",
    "The Company is current in all of its periodic reporting obligations and is not subject to any Filing Delinquency "
    "under Section 802.01E of the NYSE Listed Company Manual.",
    # the report only cited, or not the periodic one
    "As previously disclosed in our Form 10-K for 2023, we reported that the commercial launch of our next-generation "
    "XR-5 platform will be delayed until the second half of 2025 as a result of component shortages.",
    "The Company announced a delay in its annual report on sustainability and corporate responsibility, which will now "
    "be published in the third quarter of 2024.",
    "The retailer said the earnings report for its quarter ended Nov. 2 will be delayed by one day, to Nov. 20, because "
    "of a scheduling conflict with the investor conference.",
    "The Company filed for a ten-day extension of the expiration deadline for its tender offer for the 6.25% Senior "
    "Notes, which is described in its Quarterly Report on Form 10-Q for the quarter ended March 31, 2024.",
    "As a result of the delay in completing the audit of our Annual Report on Form 10-K, our federal and state income "
    "tax returns will also be filed late, and we may incur penalties.",
])
def test_same_words_no_late_report(sentence: str) -> None:
    assert generic_late(expand_contractions(sentence)) is None


def test_the_general_reading_yields_a_finding_with_the_sentence() -> None:
    text = "For the reasons discussed below, the Company is unable to file the 2009 20-F and 2010 20-F at this time.\n"
    f = found(text, "CORRESP")[Kind.LATE_FILING]
    assert f.evidence.startswith("For the reasons discussed below") and f.facts.get("report") == "20-F"
