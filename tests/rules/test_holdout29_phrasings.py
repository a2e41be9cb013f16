"""Wordings from hold-out 29 (real texts, measured once untouched before these fixes; see
tests/bench/holdout29/README.md), with look-alikes. Each expected value is read off the excerpt."""

from __future__ import annotations

import pytest

from bot.models import Kind
from tests.rules.excerpts import found


@pytest.mark.parametrize(("text", "report"), [
    # Perceptron's EX-99.1 (2020): "postpone the filing of its Form 10-Q"
    ("Perceptron (NASDAQ: PRCP), a leading global provider of 3D automated metrology solutions and coordinate measuring "
     "machines, announced its intention today to postpone the filing of its Form 10-Q and the issuance of its fiscal "
     "third quarter results and related conference call until early June 2020.", "10-Q"),
    # TipRanks on Tingo (2023): the passive "additional time is required"
    ("Tingo added that additional time is required to complete the preparation of Form 10-Q and its financial "
     "statements in the wake of the report.", "10-Q"),
    # evmagz on Fisker (2024): "its inability to complete its Quarterly Report ... by May 10"
    ("Fisker has encountered challenges, revealing its inability to complete its Quarterly Report on Form 10-Q for the "
     "first quarter by May 10 due to identified material weaknesses in its financial reporting control environment.",
     "10-Q"),
    # just-food on Interstate Bakeries (2004): "its fiscal year report"
    ("US food company Interstate Bakeries has said that it has had to delay filing its fiscal year report.", "10-K"),
    # rbr.com on Urban One (2024): "FY 2023 report still not filed"
    ("With Urban One’s FY 2023 report still not filed with the Securities & Exchange Commission, the Nasdaq Stock "
     "Market has notified the company that its stock could be delisted.", "10-K"),
    # Nobilis' release (2016), a headline: "Delay in Filing of Third Quarter Financial Statements"
    ("Nobilis Health Corp. Announces Intention to Restate Consolidated Financial Statements for Fiscal Year 2014 and for "
     "2015 Interim Periods; Updates Delay in Filing of Third Quarter Financial Statements", "10-Q"),
])
def test_late_reports_in_hold_out_29_wordings(text: str, report: str) -> None:
    finding = found(text + "\n", "8-K")[Kind.LATE_FILING]
    assert finding.facts.get("report") == report


@pytest.mark.parametrize("text", [
    # a risk told, not a report that is late
    "The Company's inability to timely file its periodic reports could result in the delisting of its common stock.",
    "Its inability to file its Annual Report on Form 10-K on time would lead to a default under the credit agreement.",
    # a product postponed, not a report
    "The Company postponed the launch of its new aircraft program until the third quarter of 2025.",
    # a report filed on time
    "The Company's fiscal year report was filed on time with the Securities and Exchange Commission.",
])
def test_hold_out_29_late_look_alikes(text: str) -> None:
    assert Kind.LATE_FILING not in found(text + "\n", "8-K")


def test_a_headline_names_a_period_but_its_first_sentence_names_the_report() -> None:
    # Vitesse's EX-99.1 (2010): "Second Quarter Fiscal 2010 Report" is a quarterly report, named in the next sentence
    text = ("Vitesse Postpones Filing of Second Quarter Fiscal 2010 Report\n\n"
            "CAMARILLO, Calif. — May 7, 2010 — Vitesse Semiconductor Corporation (Pink Sheets: VTSS.PK) said it is "
            "unable to file Quarterly Report on Form-10Q for the quarter ending March 31, 2010 pending the completion "
            "of the Company’s analysis of the proper accounting treatment of certain features of the debentures.\n")
    assert found(text, "8-K")[Kind.LATE_FILING].facts["report"] == "10-Q"


def test_a_re_audit_of_statements_whose_audit_no_longer_counts() -> None:
    # Orient Paper's EX-99.1 (2011)
    text = ("As previously announced, due to lapsed licenses of Orient Paper's previous audit firm, Davis Accounting "
            "Group P.C. (\"Davis Accounting\"), at the time of auditing the Company's FY 2008 financial statements, the "
            "Company's FY 2008 financial statements included in the Annual Report for the fiscal year 2008 and fiscal "
            "year 2009 are not considered to be audited.\n")
    finding = found(text, "8-K")[Kind.RESTATEMENT_RISK]
    assert finding.facts["trigger"] == "non_reliance"
    assert "re-audited" in finding.title


@pytest.mark.parametrize("text", [
    "The Company may be required to have its financial statements re-audited if the PCAOB revokes the firm's registration.",
    "The re-audit of the Company's 2008 financial statements was completed and resulted in no changes to the amounts "
    "previously reported.",
])
def test_re_audit_look_alikes(text: str) -> None:
    assert Kind.RESTATEMENT_RISK not in found(text + "\n", "8-K")


def test_periods_affected_skip_a_release_dateline() -> None:
    # the dateline "May 31, 2011 /PRNewswire-Asia/" is the release's date, not a period
    text = ("Orient Paper Engages BDO Limited to Re-Audit Fiscal Year 2008 Financial Results BAODING, China, May 31, "
            "2011 /PRNewswire-Asia/ -- Orient Paper, Inc. today announced that the Company has engaged BDO Limited for "
            "the re-audit of its financial statements for the fiscal year ended December 31, 2008.\n")
    periods = found(text, "8-K")[Kind.RESTATEMENT_RISK].facts["periods_affected"]
    assert "2011-05-31" not in periods and "2008-12-31" in periods


def test_an_independent_review_of_a_short_sellers_allegations() -> None:
    # TipRanks on Tingo (2023)
    text = ("While Tingo did not specify a new reporting date, it noted that, “Although progress has been made with "
            "regard to the independent review of the allegations made in the Hindenburg short-seller report, the "
            "independent review is still ongoing.”\n")
    assert found(text, "PR")[Kind.RESTATEMENT_RISK].facts["trigger"] == "investigation"


@pytest.mark.parametrize(("text", "form"), [
    # glossaries and a study (no company's event)
    ("A material weakness arises when an internal control over financial reporting is found to be ineffective.", "PR"),
    ("When the auditors find a material weakness, they must notify the audit committee of this issue.", "PR"),
    ("For purposes of the study, \"restatements\" are defined as corrections of errors in public company financial "
     "statements filed with the U.S. Securities and Exchange Commission (\"SEC\").", "PR"),
    ("The population of restatements can be divided into two kinds: (1) \"Big R\" restatements, which involve "
     "restatements of previously filed financial statements that have been deemed unreliable by the company.", "PR"),
    # a 10-K's Item 9A that found none
    ("Management has determined that material weaknesses did not exist.", "10-K"),
    # Ford's recoupment policy (2011)
    ("The policy requires any Company officers to repay or return cash bonuses and/or equity awards in the event: (i) "
     "the Company issues a material restatement of its financial statements where the restatement was caused by such "
     "officer's intentional misconduct.", "10-K"),
])
def test_hold_out_29_restatement_look_alikes(text: str, form: str) -> None:
    assert Kind.RESTATEMENT_RISK not in found(text + "\n", form)


def test_a_weakness_the_company_found_is_still_read() -> None:
    # (not a glossary: the company's own finding, in the past tense)
    text = ("When the Company identified the material weakness in its revenue controls, it hired additional accounting "
            "staff.\n")
    assert found(text, "10-K")[Kind.RESTATEMENT_RISK].facts["trigger"] == "material_weakness"


@pytest.mark.parametrize(("text", "report"), [
    # (the review's cases) a fourth quarter has no 10-Q: the Form 10-K named after it is the report
    ("Acme Inc. today announced that it will delay the filing of its fourth quarter financial statements and its Annual "
     "Report on Form 10-K for the year ended December 31, 2023, pending completion of the audit.", "10-K"),
    ("The Company announced that it will delay the filing of its FY2023 annual report on Form 20-F for the fiscal year "
     "ended December 31, 2023, because its auditor requires additional time to complete the audit.", "20-F"),
    ("Northern Gold Corp. Announces Delay in Filing of Third Quarter Financial Statements\n\nNorthern Gold Corp. "
     "announces that it will not be able to file its interim financial statements and MD&A for the third quarter ended "
     "September 30, 2023 by the November 14, 2023 filing deadline required under National Instrument 51-102.",
     "interim financial statements"),
])
def test_the_report_a_late_notice_names(text: str, report: str) -> None:
    assert found(text + "\n", "8-K")[Kind.LATE_FILING].facts["report"] == report


def test_no_additional_time_needed_is_no_late_report() -> None:
    text = ("Management does not believe that additional time is required to complete the preparation of its Annual "
            "Report on Form 10-K, which the Company expects to file on or before March 1, 2024.\n")
    assert Kind.LATE_FILING not in found(text, "8-K")
