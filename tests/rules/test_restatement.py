"""restatement_risk: real sentences from the tuning corpus and the seeds, positive and negative,
plus a labelled regression over small tuning documents copied to tests/fixtures/rules/."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from bot.edgar.filings import parse_filing
from bot.models import Document, Filing, Kind, Severity
from bot.rules import restatement
from bot.rules.items import filing_items, to_new

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "rules"


def filing(text: str, form: str | None = "10-K", items: tuple[str, ...] = (),
           filed: date | None = None) -> Filing:
    return Filing(documents=(Document(type=form or "TEXT", text=text),), form=form, items=items,
                  filed=filed)


def one(text: str, **kw: object):
    found = restatement.find(filing(text, **kw))  # type: ignore[arg-type]
    assert len(found) == 1, found
    f = found[0]
    assert f.kind is Kind.RESTATEMENT_RISK
    assert f.evidence and len(f.evidence) <= 401
    return f


def none(text: str, **kw: object) -> None:
    assert restatement.find(filing(text, **kw)) == []  # type: ignore[arg-type]


# --- positives -------------------------------------------------------------------------------


def test_non_reliance_sentence_with_periods() -> None:
    # Pericom 8-K Item 4.02 (2005)
    f = one(
        "Accordingly, the Company has determined that its previously issued financial statements "
        "for the quarters ended September 30, 2004, December 31, 2004 and March 31, 2005, should no "
        "longer be relied upon.",
        form="8-K", items=("4.02",),
    )
    assert f.severity is Severity.HIGH
    assert f.facts["trigger"] == "non_reliance"
    assert f.facts["items"] == ["4.02"]
    assert f.facts["periods_affected"] == ["2004-09-30", "2004-12-31", "2005-03-31"]
    assert "Item 4.02" in f.title


def test_event_dates_are_not_periods_affected() -> None:
    # ABVC BioPharma 8-K Item 4.02 (2025)
    f = one(
        "On April 10, 2025, the Board of Directors (the \"Board\") of ABVC Biopharma, Inc. (the "
        "\"Company\"), after discussion with management and in consultation with the Company's "
        "independent registered public accounting firm, concluded that the financial statements for "
        "the fiscal year ended December 31, 2023 (the \"Restated Period\"), as included in the "
        "Company's Annual Report on Form 10-K for the respective periods (the \"Prior Filing\"), should "
        "no longer be relied upon due to errors in those financial statements.",
        form="8-K", items=("4.02",),
    )
    assert f.facts["periods_affected"] == ["2023-12-31"]


def test_non_reliance_in_nt_narrative_years_share_month_and_day() -> None:
    # GNE NT 10-K narrative (2026)
    f = one(
        "As disclosed on the Company's Current Report on Form 8-K filed on March 12, 2026, on March 9, "
        "2026, the Audit Committee of the Board of Directors of the Company in consultation with the "
        "Company's management concluded that the Company's previously issued financial statements "
        "for the years ended December 31, 2024 and December 31, 2023 contained in the Company's Annual "
        "Report on Form 10-K should not be relied upon and require restatement.",
        form="NT 10-K",
    )
    assert f.severity is Severity.HIGH
    assert f.facts["trigger"] == "non_reliance"
    assert "2024-12-31" in f.facts["periods_affected"]
    assert "2023-12-31" in f.facts["periods_affected"]


def test_restated_to_correct_a_misstatement() -> None:
    # Shengda Network Technology 10-K (2022), auditor's report
    f = one(
        "As discussed in Note 2 to the consolidated financial statements, the 2021 consolidated "
        "financial statements have been restated to correct a misstatement."
    )
    assert f.severity is Severity.HIGH
    assert f.facts["trigger"] == "restatement"


def test_restated_previously_issued_statements_periods() -> None:
    # IEH Corp 10-K (FY2023)
    f = one(
        "Included therein, we reported that we had restated our previously issued audited financial "
        "statements for the year ended March 31, 2020 and our interim financial statements for the "
        "quarterly periods ended September 27, 2019 and December 31, 2019."
    )
    assert f.facts["trigger"] == "restatement"
    assert f.facts["periods_affected"] == ["2020-03-31", "2019-09-27", "2019-12-31"]


def test_material_weakness_identified_is_medium() -> None:
    # Tyson Foods 8-K (2020)
    f = one(
        "In addition, as a result of the discovery of these misrepresentations, the Company's "
        "management and its outside advisors re-evaluated the effectiveness of the Company's internal "
        "control over financial reporting and identified a material weakness in the Company's internal "
        "control over financial reporting (\"ICFR\") relating to the physical existence of live cattle "
        "inventory.",
        form="8-K",
    )
    assert f.severity is Severity.MEDIUM
    assert f.facts["trigger"] == "material_weakness"


def test_deficiencies_that_constitute_material_weaknesses() -> None:
    # Constructed in the common 10-K Item 9A wording (no tuning document uses "constitute").
    f = one(
        "Management identified control deficiencies that constitute material weaknesses in our "
        "internal control over financial reporting as of December 31, 2023."
    )
    assert f.facts["trigger"] == "material_weakness"
    none(
        "Management identified control deficiencies, which it does not believe constitute a "
        "material weakness."
    )


def test_material_weakness_existed_in_nt_narrative() -> None:
    # Littelfuse NT 10-K (2025)
    f = one(
        "The Company has determined that a material weakness existed in its internal control over "
        "financial reporting as of December 28, 2024, due to the above described failure.",
        form="NT 10-K",
    )
    assert f.facts["trigger"] == "material_weakness"


def test_auditor_resigned_high_with_firm_name() -> None:
    # iSpecimen NT 10-K (2025)
    f = one(
        "The delay is primarily due to the recent change in the Company's independent registered "
        "public accounting firm. On March 7, 2025, Wolf & Company, P.C. resigned as the Company's "
        "auditor, and on March 10, 2025, the Company engaged Bush & Associates CPA LLC as its new "
        "independent auditor.",
        form="NT 10-K",
    )
    assert f.severity is Severity.HIGH
    assert f.facts["trigger"] == "auditor_change"
    assert f.facts["auditor"] == "Wolf & Company, P.C."


def test_auditor_dismissed_in_10k_is_medium() -> None:
    # Ecomax 10-K (FY2023), Item 9
    f = one(
        "On April 27, 2023, the Board of Directors of the Company notified M&K CPAS, PLLC (the "
        "\"Former Auditor\") that the Former Auditor was dismissed as the Company's independent "
        "registered public accounting firm."
    )
    assert f.severity is Severity.MEDIUM
    assert f.facts["trigger"] == "auditor_change"
    assert f.facts["auditor"] == "M&K CPAS, PLLC"


def test_audit_committee_internal_investigation() -> None:
    # Landmark Bancorp NT 10-K (2026): committee name contains "Risk", not a hypothetical
    f = one(
        "After the Company's earnings release on January 28, 2026, information was brought to the "
        "attention of management, which promptly informed the Audit and Risk Committee (the "
        "\"Committee\") of the Board of Directors of the Company, that caused management and the "
        "Committee to commence an internal investigation with the assistance of outside counsel and "
        "advisors, regarding allegations of misconduct by a non-executive officer employee.",
        form="NT 10-K",
    )
    assert f.facts["trigger"] == "investigation"
    assert f.severity is Severity.MEDIUM


def test_sec_investigation_with_accounting_context_is_high() -> None:
    # Time Warner EX-99.1 (2003)
    f = one(
        "It is also possible that restatement of the Company's financial statements with respect to "
        "these transactions may be necessary. The Company intends to continue its efforts to "
        "cooperate with both the SEC and the Department of Justice investigations to resolve these "
        "matters.",
        form="8-K",
    )
    assert f.facts["trigger"] == "investigation"
    assert f.severity is Severity.HIGH


def test_seed_002_review_of_financial_reporting_systems() -> None:
    data = (FIXTURES / "late_filing" / "002_b048545018adcae8.txt").read_bytes()
    found = restatement.find(parse_filing(data, source="002"))
    assert len(found) == 1
    assert "review of its financial reporting systems and procedures" in found[0].evidence
    assert found[0].facts["trigger"] == "investigation"


def test_cover_checkbox_correction_of_error_checked() -> None:
    text = (
        "If securities are registered pursuant to Section 12(b) of the Act, indicate by check mark "
        "whether the financial statements of the registrant included in the filing reflect the "
        "correction of an error to previously issued financial statements. ☒"
    )
    f = one(text)
    assert f.facts["trigger"] == "restatement"


# --- hard negatives ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # restated certificate / amended and restated plans (Ford 10-K exhibit list, SanDisk 8-K)
        "Exhibit 3-A | Restated Certificate of Incorporation, | Filed as Exhibit 3-A to Ford's",
        "On June 7, 2011, stockholders of SanDisk Corporation (the \"Company\") approved amendments to "
        "the Company's Amended and Restated 2005 Incentive Plan, the Company's Amended and Restated "
        "2005 Employee Stock Purchase Plan and the Company's Amended and Restated 2005 International "
        "Employee Stock Purchase Plan (collectively referred to as the \"Plans\").",
        # clawback policy (SanDisk 8-K 2011)
        "This Clawback Policy shall apply to any cash-based incentive compensation paid to an Officer "
        "(while such individual is an Officer) from and after July 28, 2011 during the three (3) year "
        "period preceding the date on which the Company discloses on a Form 8-K or via other publicly "
        "filed disclosure that it is required to restate its financial statements.",
        # recast for discontinued operations (Nuance 8-K 2019; Ford 10-K 2001)
        "This Form 8-K is being filed solely to recast financial information and to revise certain "
        "related disclosures contained in the 2018 Form 10-K to reflect the Imaging Sale, and the "
        "retrospective changes for all periods presented.",
        "1997-1999 data (except employee data) have been restated to reflect Visteon as a "
        "discontinued operation.",
        "During the last three years, we took charges to our consolidated income for engineering, "
        "research and development we sponsored in the following amounts (restated for prior years to "
        "exclude Visteon): $7.4 billion (2001), $6.8 billion (2000), and $6.0 billion (1999).",
        # accounting-standard adoption, not restated (Apple 10-Q 2019; SRAX 10-K)
        "The Company did not restate total net sales in the prior periods presented, as adoption of "
        "the new revenue standard did not have a material impact on previously reported amounts.",
        "The comparative information was not restated and continued to be reported under the "
        "accounting standards in effect for those periods (ASC 605).",
        # no material weaknesses (Loncor 20-F)
        "Based on this evaluation, management has concluded that the Company's internal control over "
        "financial reporting was effective as of December 31, 2015 and no material weaknesses were "
        "discovered.",
        # risk-factor hypotheticals (Agrify 10-K; IEH 10-K)
        "During the evaluation and testing process, if we identify one or more material weaknesses in "
        "our internal control over financial reporting, we will be unable to assert that our internal "
        "controls are effective.",
        "Given the complexity and scope of this process, and despite the extensive time, effort and "
        "expense that went into it, additional accounting errors may in the future come to light in "
        "these or other areas that may result in future restatements.",
        # investigation costs of an acquired entity in a non-GAAP reconciliation (Nuance 2007)
        "These items include the following: (i) acquisition-related transition and integration costs; "
        "(ii) amortization of intangible assets associated with our acquisitions; and (iii) costs "
        "associated with the investigation of the restatement of the financial results of an "
        "acquired entity (SpeechWorks International, Inc.).",
        # a government investigation that is not about accounting (Pfizer 10-Q 2023)
        "Department of Justice Antitrust Division Investigation Since July 2017, the U.S. Department "
        "of Justice's Antitrust Division has been investigating our former Greenstone generics "
        "business.",
        # cover checkbox left unchecked (Tesla 10-K)
        "If securities are registered pursuant to Section 12(b) of the Act, indicate by check mark "
        "whether the financial statements of the registrant included in the filing reflect the "
        "correction of an error to previously issued financial statements. ☐",
    ],
)
def test_hard_negatives(text: str) -> None:
    none(text)


def test_10k_a_that_only_adds_part_iii() -> None:
    data = (FIXTURES / "restatement" / "AMC_10-K-A_2025-04-30_explanatory_note_TEXT_EXCERPT.txt").read_bytes()
    assert restatement.find(parse_filing(data, form="10-K/A")) == []


def test_plain_nt_needing_more_time_gives_no_restatement_risk() -> None:
    data = (FIXTURES / "late_filing" / "0001437749-26-003426_GEOS_2026_NT10-Q_PartIII_narrative_EXCERPT.txt").read_bytes()
    assert restatement.find(parse_filing(data, form="NT 10-Q")) == []


# --- 8-K items ---------------------------------------------------------------------------------

CHANGE_401 = (
    "On May 17, 2004, SPACEHAB Incorporated (the \"Company\") dismissed Ernst & Young LLP as the "
    "independent auditors of the Company. During the Company's two most recent fiscal years and in "
    "the subsequent interim periods, the Company has had no disagreements with Ernst & Young LLP on "
    "any matter of accounting principles or practices, financial statement disclosure or auditing "
    "scope and procedure."
)


def test_item_401_dismissal_without_disagreements_is_medium() -> None:
    f = one(CHANGE_401, form="8-K", items=("4.01", "9.01"))
    assert f.severity is Severity.MEDIUM
    assert f.facts["trigger"] == "auditor_change"
    assert f.facts["items"] == ["4.01"]
    assert f.facts["auditor"] == "Ernst & Young LLP"


def test_item_401_with_reportable_events_except_is_high() -> None:
    text = CHANGE_401 + (
        " There were no reportable events as defined in Item 304(a)(1)(v) of Securities and Exchange "
        "Commission Regulation S-K, except as follows: Deloitte & Touche LLP advised the Audit "
        "Committee of a deficiency in controls."
    )
    assert one(text, form="8-K", items=("4.01",)).severity is Severity.HIGH


def test_old_numbering_item_4_is_auditor_change() -> None:
    f = one(CHANGE_401, form="8-K", items=("4", "7"), filed=date(2004, 5, 20))
    assert f.facts["items"] == ["4.01"]
    assert f.facts["trigger"] == "auditor_change"


def test_old_item_4_heading_in_text_without_header_items() -> None:
    text = "Item 4. Changes in Registrant's Certifying Accountant\n" + CHANGE_401
    f = one(text, form="8-K")
    assert f.facts["items"] == ["4.01"]


def test_402_with_401_is_high_and_mentions_both() -> None:
    f = one(CHANGE_401, form="8-K", items=("4.01", "4.02"))
    assert f.severity is Severity.HIGH
    assert f.facts["trigger"] == "non_reliance"
    assert f.facts["items"] == ["4.01", "4.02"]
    assert "4.01" in f.title and "4.02" in f.title


def test_item_numbering_helpers() -> None:
    assert to_new("4", date(2003, 1, 1)) == "4.01"
    assert to_new("5") == "8.01"
    assert to_new("12") == "2.02"
    assert to_new("4.02") == "4.02"
    items, old = filing_items(filing("x", form="8-K", items=("5", "7"), filed=date(2002, 3, 1)))
    assert items == ["8.01", "9.01"] and old


# --- labelled regression over small tuning documents -------------------------------------------


def _labelled(area: str) -> list[tuple[str, set[str], str | None]]:
    with (FIXTURES / area / "labels.tsv").open(newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    return [(r["file"], set(r["kinds"].split(",")), r["form"] or None) for r in rows]


# The corpus labels Littelfuse's NT 10-K late_filing only, but its narrative states that "a
# material weakness existed", which the issue counts as restatement risk (medium).
DISAGREE = {"0001140361-25-006294_LFUS_2025_NT10-K_PartIII_narrative_EXCERPT.txt"}


@pytest.mark.parametrize("area", ["restatement", "late_filing"])
def test_labelled_regression(area: str) -> None:
    for name, kinds, form in _labelled(area):
        if name in DISAGREE:
            continue
        f = parse_filing((FIXTURES / area / name).read_bytes(), source=name, form=form)
        got = bool(restatement.find(f))
        assert got == ("restatement_risk" in kinds), name


def test_as_restated_column_without_sentence() -> None:
    name = "0001275287-06-005470_Pericom_2006_8-K_earnings_As_Restated_columns.txt"
    found = restatement.find(parse_filing((FIXTURES / "restatement" / name).read_bytes()))
    assert len(found) == 1
    assert "As Restated" in found[0].evidence
    assert "Statements of Operations" in found[0].evidence


def test_real_402_filing_quotes_the_non_reliance_sentence() -> None:
    name = "0001275287-05-002977_PERICOM_SEMICONDUCTOR_CORP_2005.txt"
    f = restatement.find(parse_filing((FIXTURES / "restatement" / name).read_bytes()))[0]
    assert f.severity is Severity.HIGH
    assert f.evidence.endswith("should no longer be relied upon.")
    assert "4.02" in f.facts["items"]


def test_real_401_resignation_is_high() -> None:
    name = "0001193125-06-037737_PERICOM_SEMICONDUCTOR_CORP_2006.htm"
    f = restatement.find(parse_filing((FIXTURES / "restatement" / name).read_bytes()))[0]
    assert f.severity is Severity.HIGH
    assert f.facts["trigger"] == "auditor_change"
    assert "resigned" in f.evidence
    assert f.facts["auditor"].startswith("Deloitte & Touche")


def test_as_restated_column_explained_as_discontinued_operations_is_not_a_restatement() -> None:
    text = "\n".join([
        # Ford 10-K (2001)
        "1997-1999 data (except employee data) have been restated to reflect Visteon as a "
        "discontinued operation.",
        "Consolidated Statements of Income (in millions)",
        "| 2001 | 2000",
        "| | As Restated",
        "Sales | 162,412 | 170,064",
    ])
    none(text)


def test_empty_filing() -> None:
    assert restatement.find(Filing(documents=())) == []


# --- investigations about other things; auditor changes a report merely repeats -------------

FCPA_PARAGRAPH = (
    "The Company, through its internal processes, discovered certain travel activities and "
    "related funding and record keeping issues raising concerns, arising from marketing efforts "
    "by certain business groups based in China. The Company initiated an internal investigation "
    "to determine whether the expenditures may have violated the U.S. Foreign Corrupt Practices "
    "Act (FCPA) or other potentially applicable anti-corruption laws. The Company has retained "
    "outside counsel and a forensic accounting firm to assist with the investigation."
)  # 3M, 10-Q for Q2 2023, legal proceedings note


def test_an_anti_corruption_investigation_is_not_restatement_risk() -> None:
    none(FCPA_PARAGRAPH, form="10-Q")


def test_the_same_investigators_on_the_financial_statements_still_count() -> None:
    text = FCPA_PARAGRAPH.replace(
        "whether the expenditures may have violated the U.S. Foreign Corrupt Practices Act (FCPA) "
        "or other potentially applicable anti-corruption laws",
        "whether revenue was recognized in the proper periods in the financial statements",
    )
    f = one(text, form="10-Q")
    assert f.facts["trigger"] == "investigation"


def _report(text: str, period: date) -> Filing:
    return Filing(documents=(Document(type="10-K", text=text),), form="10-K", period=period)


def test_a_10k_repeating_an_auditor_change_from_before_its_fiscal_year_is_not_news() -> None:
    # WB Burgers Asia, 10-K for the fiscal year ended July 31, 2023 (Item 9 history)
    s = ('On May 20, 2022, we dismissed our independent registered public accounting firm, '
         'BF Borgers CPA PC ("BFG") effective immediately.')
    assert restatement.find(_report(s, date(2023, 7, 31))) == []
    # the same sentence in the report for the year the dismissal happened is the news
    found = restatement.find(_report(s, date(2022, 7, 31)))
    assert [f.facts["trigger"] for f in found] == ["auditor_change"]


def test_the_period_is_read_from_the_cover_when_the_header_is_missing() -> None:
    cover = ("FORM 10-K\nFOR THE FISCAL YEAR ENDED July 31, 2023\n"
             'On May 20, 2022, we dismissed our independent registered public accounting firm, '
             'BF Borgers CPA PC ("BFG") effective immediately.')
    assert restatement.find(filing(cover, form="10-K")) == []
    # Destiny Media, 10-K for the fiscal year ended August 31, 2022: dismissed that very day
    cover = ("FORM 10-K\nFor the Fiscal Year ended August 31, 2022\n"
             'On August 31, 2022, we dismissed Davidson & Company LLP ("Davidson") as the '
             "Company's independent registered public accounting firm.")
    assert one(cover, form="10-K").facts["trigger"] == "auditor_change"


def test_an_investigation_into_books_and_records_provisions_still_counts() -> None:
    s = ("The Audit Committee, with the assistance of outside counsel, is conducting an internal "
         "investigation into whistleblower allegations concerning potential violations of the "
         "FCPA, including its books and records and internal accounting controls provisions.")
    assert one(s, form="10-Q").facts["trigger"] == "investigation"


def test_a_current_dismissal_naming_the_years_the_firm_audited_is_kept() -> None:
    s = ("During the quarter the Audit Committee dismissed Marcum LLP, which had audited our "
         "consolidated financial statements for the fiscal years ended December 31, 2022 and "
         "December 31, 2021, as the Company's independent registered public accounting firm.")
    found = restatement.find(_report(s, date(2024, 3, 31)))
    assert [f.facts["trigger"] for f in found] == ["auditor_change"]


def test_restated_to_reflect_the_correction_of_an_error_is_a_restatement() -> None:
    # Century Casinos, NT 10-Q for Q3 2025, Part III
    s = ("As disclosed in the Company's Current Report on Form 8-K filed November 10, 2025, the "
         "Audit Committee of the Board of Directors of the Company concluded that our previously "
         "issued audited consolidated financial statements as of and for the year ended December "
         "31, 2024 contained a material error and should be restated to reflect the correction "
         "of a calculation of the carrying value of certain assets.")
    assert one(s, form="NT 10-Q").facts["trigger"] in {"restatement", "non_reliance"}
    # a recast is still not a restatement
    none("Prior period amounts have been restated to reflect the two-for-one stock split.",
         form="10-Q")


@pytest.mark.parametrize("reason", [
    # Part III reasons, verbatim: GRDX NT 10-K 2025, PSTV NT 10-Q 2025, BYFC NT 10-Q 2025
    "We are currently reviewing the accounting treatment of a significant transaction. The "
    "Company needs additional time to complete its financial statements.",
    "The Company requires additional time to finalize the accounting treatment in respect of "
    "common stock purchase warrants issued pursuant to that certain securities purchase "
    "agreement, dated March 4, 2025, among the Company and the purchasers signatory thereto "
    "(the \u201cMarch 2025 PIPE Transaction\u201d).",
    "While the Company has substantially completed the preparation of the Form 10-Q, it "
    "requires additional time to evaluate its participation agreements for compliance with "
    "Accounting Standards Codification Topic 860 ( ASC 860 ) and the impact to the "
    "consolidated financial statements.",
])
def test_a_late_notice_whose_reason_is_an_open_accounting_question(reason: str) -> None:
    f = one(reason, form="NT 10-K")
    assert f.facts["trigger"] == "investigation" and f.severity is Severity.MEDIUM
    assert "accounting question" in f.title
    none(reason, form="10-K")  # the same words in a report are not a late notice's reason


@pytest.mark.parametrize("reason", [
    "The Company's independent registered public accounting firm requires additional time to "
    "complete its review of the financial statements for the quarter.",
    "The Company needs additional time to complete its assessment of impairment losses on "
    "intangible assets and to finalize its financial statements.",
    "Because of staff turnover in the accounting department, the Company could not complete "
    "the Form 10-Q without unreasonable effort or expense.",
])
def test_ordinary_late_notice_reasons_are_not_restatement_risk(reason: str) -> None:
    none(reason, form="NT 10-Q")


# Accuray, NT 10-Q for the quarter ended December 31, 2025 (hold-out 4)
ACCURAY = ("As disclosed in the Company s Form 8-K filed with the Securities and Exchange Commission "
           "on February 9, 2026, the Company recently discovered errors related to the disclosure of "
           "remaining performance obligations ( RPO ) included in Note 2, Revenue , within previously "
           "filed Form 10-K for the fiscal year ended June 30, 2025, and Form 10-Q filed during the "
           "2025 fiscal year and for the quarter ended September 30, 2025 ( Affected Financial "
           "Statements ). The errors are expected to have no impact on the Balance Sheets.")


def test_errors_found_in_previously_filed_reports_without_the_word_restate() -> None:
    f = one(ACCURAY, form="NT 10-Q")
    assert f.severity is Severity.HIGH and f.facts["trigger"] == "restatement"
    assert "discovered errors" in f.evidence


@pytest.mark.parametrize("text", [
    "Errors in previously issued financial statements could require us to restate them and harm "
    "our reputation with investors and lenders.",
    "Management identified errors in the current quarter that did not affect any previously issued "
    "financial statements of the Company.",
    "The filing agent's system errors prevented the submission of the previously filed exhibits "
    "on time for the Company.",
])
def test_errors_that_are_hypothetical_or_did_not_touch_prior_statements(text: str) -> None:
    none(text, form="10-K")


# --- hold-out 5 (spent) --------------------------------------------------------------------


def test_accounting_irregularities_identified_in_a_late_notice() -> None:
    # Dentsply Sirona, NT 10-K for 2018
    f = one("This is due to the Company s management needing additional time to review the "
            "accounting results and related internal controls of an immaterial business which is "
            "being shut down. In connection with the decision to discontinue the business s "
            "operations, the Company identified certain accounting irregularities, which the Company "
            "believes are immaterial to its results of operations and for which the Company has "
            "taken remedial action.", form="NT 10-K")
    assert f.facts["trigger"] == "investigation" and f.severity is Severity.HIGH
    assert "accounting irregularities" in f.evidence


def test_an_error_identified_in_the_years_statements() -> None:
    # Saga Communications, NT 10-K for 2024
    f = one("Specifically, the Company identified an error during the year-end financial close "
            "process with respect to the presentation of certain items of revenue and expense during "
            "the fiscal years ending December 31, 2024 and 2023 and interim reporting periods within "
            "those years.", form="NT 10-K")
    assert f.facts["trigger"] == "restatement" and f.severity is Severity.MEDIUM


@pytest.mark.parametrize("text", [
    "This Amendment No. 1 is being filed solely to correct a typographical error identified in the "
    "date of the auditor's report on the financial statements in the Form 10-K.",
    "The Company identified errors in its software that were corrected before the release of the "
    "product in fiscal year 2024.",
    "Management identified an error in the preliminary close that did not affect the financial "
    "statements for the fiscal year.",
])
def test_errors_that_are_not_about_the_statements(text: str) -> None:
    none(text, form="10-K")


def test_the_auditor_did_not_approve_its_opinion_for_the_filed_report() -> None:
    # The Bancorp, NT 10-K for 2024
    f = one("The Company’s independent public accounting firm, Crowe LLP, did not provide final "
            "approval to include the audit opinion with respect to the fiscal year ended December "
            "31, 2024 and the consent to the incorporation by reference of the audit report in "
            "certain registration statements that was included with the Annual Report filed on "
            "March 3, 2025.", form="NT 10-K")
    assert f.facts["trigger"] == "non_reliance" and f.severity is Severity.HIGH


@pytest.mark.parametrize("text", [
    "The consent of Deloitte & Touche LLP, independent registered public accounting firm, is "
    "filed as Exhibit 23.1 to this Annual Report on Form 10-K.",
    "The Company did not provide approval for the merger until the audit committee reviewed the "
    "fairness opinion from its financial advisor.",
])
def test_ordinary_consents_and_approvals(text: str) -> None:
    none(text, form="10-K")


def test_an_item_402_heading_with_no_sentence_about_accountants_is_still_alerted() -> None:
    # an 8-K whose Item 4.02 text quotes the SEC's BF Borgers order (May 2024)
    text = ("Item 4.02 Non-Reliance on Previously Issued Financial Statements or a Related Audit "
            "Report or Completed Interim Review\n\n"
            "On May 3, 2024, the Commission entered an order instituting settled administrative and "
            "cease-and-desist proceedings against BF Borgers CPA PC and its sole audit partner.")
    f = one(text, form="8-K")
    assert f.severity is Severity.HIGH and f.facts["items"] == ["4.02"]
    assert f.evidence.startswith("On May 3, 2024, the Commission entered an order")


# --- hold-out 6 (spent) ------------------------------------------------------------------------


def test_the_form_instruction_if_needed_is_no_hedge() -> None:
    # Orthofix, NT 10-K for 2013
    f = one("(Attach extra Sheets if Needed) As previously disclosed, the (i) Audit Committee of the "
            "Board of Directors of Orthofix International N.V. (the Company ) has been conducting an "
            "independent review, with the assistance of outside professionals, of certain accounting "
            "matters, and (ii) the Company will be restating certain previously filed financial "
            "statements in connection with such accounting review.", form="NT 10-K")
    assert f.facts["trigger"] == "restatement" and not f.evidence.startswith("(Attach")


def test_correction_of_presentation_errors_and_foregoing_restatements() -> None:
    # Finance of America, NT 10-Q for March 2025
    f = one("As previously disclosed in the Company s Current Report on Form 8-K, the Company intends "
            "to file an amendment to its Annual Report on Form 10-K for the year ended December 31, "
            "2024 to reflect the correction of classification and presentation errors in the "
            "Company s consolidated statements of cash flow.", form="NT 10-Q")
    assert f.facts["trigger"] == "restatement"
    one("Preparation of the foregoing restatements has demanded significant attention from the "
        "Company s management and the Company requires additional time to assess the classification "
        "and presentation errors, including for the comparative period to be included in the Q1 "
        "10-Q.", form="NT 10-Q")


def test_not_properly_accounted_for_warrants() -> None:
    # a 10-K/A restatement note (2023)
    f = one("On May 18, 2023 the Company determined that it not had not properly accounted for certain "
            "warrants issued by the Company in 2021 with down round provisions.", form="10-K/A")
    assert f.facts["trigger"] == "restatement"
    none("The Company believes it has properly accounted for the warrants issued in 2021 under ASU "
         "2017-11.", form="10-K")


def test_an_internal_investigation_of_revenue_reported_in_the_past() -> None:
    # a 10-Q note on Nasdaq notices (2013): "announced that ... would be delayed" is reported speech
    f = one("On August 21, 2012, the Company announced that the filing of its Quarterly Report on "
            "Form 10-Q for the quarter ended June 30, 2012 would be delayed because of its "
            "previously disclosed internal investigation of its recording of certain revenue and its "
            "related accounting review.", form="10-Q")
    assert f.facts["trigger"] == "investigation"


@pytest.mark.parametrize("text", [
    # Midland States Bancorp, NT 10-Q for March 2025
    "Midland States Bancorp, Inc. is unable to file its Quarterly Report on Form 10-Q because the "
    "Company is completing its evaluation of the accounting and financial reporting of third-party "
    "lending and servicing arrangements.",
    # Nauticus Robotics, NT 10-K for 2025
    "The delay is due to Company s ongoing review of its Series A Convertible Preferred Stock, "
    "Series B Convertible Preferred Stock and Series C Convertible Preferred Stock as equity, rather "
    "than debt, on the balance sheet of the Company.",
    # Newton Golf, NT 10-K for 2024
    "The Company requires additional time to account for the financial liability relating to the "
    "issuance of the Company’s Series A and Series B Warrants issued on December 13,2024.",
])
def test_late_notices_citing_an_open_accounting_question(text: str) -> None:
    f = one(text, form="NT 10-K")
    assert f.facts["trigger"] == "investigation" and f.severity is Severity.MEDIUM


def test_ordinary_late_notices_stay_quiet() -> None:
    none("The Company requires additional time to complete the audit of its financial statements "
         "because its auditor needs more time to complete its procedures.", form="NT 10-K")
    none("The Company needs additional time to account for the timing of the closing of its recent "
         "acquisition in its financial statements.", form="NT 10-K")


def test_a_late_notice_resolving_accounting_issues() -> None:
    # SolarMax Technology, NT 10-K for 2025 (hold-out 7)
    f = one("SolarMax Technology, Inc. is unable to file its Annual Report on Form 10-K for the year "
            "ended December 31, 2025 within the prescribed time period, because of extra time required "
            "in order to resolve accounting issues relating to the default by the Company of certain "
            "convertible notes.", form="NT 10-K")
    assert f.facts["trigger"] == "investigation" and f.severity is Severity.MEDIUM


# --- hold-out 8 (spent) --------------------------------------------------------------------------


def test_improperly_presented_amortization_with_sga_in_the_sentence() -> None:
    # a NT 10-Q (2025): "administrative expenses" is not an administrative error
    f = one("As part of the Company’s quarterly review process, the Company determined that amortization "
            "of intangible assets related to certain customer contracts of $11.2m was improperly "
            "presented on the Company’s condensed consolidated statements of operations in Q1 2025, "
            "resulting in an overstatement of net sales and of selling, general and administrative "
            "expenses.", form="NT 10-Q")
    assert f.facts["trigger"] == "restatement"


@pytest.mark.parametrize("text", [
    "The Company needs additional time to analyze classification of certain equity instruments and "
    "finalize its financial statements.",
    "The Company requires additional time to complete its evaluation of the accounting and tax "
    "implications of the Transactions.",
])
def test_late_notices_about_classification_and_implications(text: str) -> None:
    assert one(text, form="NT 10-Q").facts["trigger"] == "investigation"


# --- hold-out 11 (spent) ------------------------------------------------------------------------


def test_a_restatement_note_known_by_its_heading() -> None:
    # a SPAC's 10-Q for September 30, 2021: the note's title says it; its text here never does
    f = one("NOTE 2. RESTATEMENT OF PREVIOUSLY ISSUED FINANCIAL STATEMENTS\n\nIn connection with the "
            "preparation of the Company's condensed financial statements as of September 30, 2021 and "
            "for the periods ended December 31, 2020, March 31, 2021, and June 30, 2021, the Company’s "
            "management became aware of informal communications between the staff of the SEC and "
            "certain other registrants and their independent registered public accounting firm.",
            form="10-Q")
    assert f.severity is Severity.HIGH and f.evidence.startswith("NOTE 2. RESTATEMENT")
    assert "In connection with the preparation" in f.evidence  # never the heading alone


def test_an_outlook_that_should_not_be_relied_upon_is_not_non_reliance() -> None:
    # Presstek, December 2007 release
    none("The previously provided revenue outlook for the second half of 2007 spoke only as of the "
         "date of its issuance and should not be relied upon.", form="8-K")


def test_a_release_on_a_delayed_report_with_an_accounting_review() -> None:
    # Presstek, December 2007 release: late, and why
    f = one("Presstek, Inc. (NASDAQ:PRST) today provided additional information regarding the delay in "
            "filing its quarterly report on Form 10-Q for the third quarter of 2007 with the Securities "
            "and Exchange Commission (SEC). As previously announced, Presstek has been conducting a "
            "review of worldwide inventory (including a review of excess and obsolete inventory), "
            "receivables from certain distributors in Europe, and certain European revenue recognition "
            "practices.", form="8-K")
    assert "revenue recognition practices" in f.evidence
    # the same review in a release that says nothing about a late report is not restatement risk
    none("As previously announced, Presstek has been conducting a review of worldwide inventory "
         "(including a review of excess and obsolete inventory), receivables from certain distributors "
         "in Europe, and certain European revenue recognition practices.", form="8-K")


@pytest.mark.parametrize("narrative", [
    # Landstar System, NT 10-Q, May 2025
    "Landstar System, Inc. is unable to file its quarterly report on Form 10-Q for the period ended "
    "March 29, 2025 by the prescribed date of May 8, 2025, without unreasonable effort and expense as "
    "explained below. The anticipated delay in filing the Q1 2025 Form 10-Q relates to the ongoing "
    "evaluation of certain accounting and internal control matters in connection with this previously "
    "referenced fraud matter.",
    # Pathward Financial, NT 10-Q, May 2025
    "The Company is still in the process of completing the evaluation of current and historical period "
    "accounting and requires additional time to complete the financial statements for the period "
    "ended March 31, 2025, to be included in the Form 10-Q.",
])
def test_late_notices_evaluating_an_accounting_matter(narrative: str) -> None:
    assert one(narrative, form="NT 10-Q").facts["trigger"] == "investigation"


# --- hold-out 12 (spent) ------------------------------------------------------------------------


@pytest.mark.parametrize("narrative", [
    # Quantum, NT 10-K, June 2025
    "The Company is reviewing its accounting related to certain revenue contracts as well as the "
    "application of standalone selling price under applicable accounting standards.",
    # Inspired Entertainment, NT 10-K, March 2025
    "In preparing its fiscal 2024 financial statements, the Company identified certain revisions to "
    "historical quarterly results related to revenue timing from lease classifications.",
])
def test_late_notices_reviewing_revenue_accounting_or_revising_past_quarters(narrative: str) -> None:
    assert one(narrative, form="NT 10-K").facts["trigger"] == "investigation"


def test_the_pcaob_definition_of_a_material_weakness_is_no_weakness() -> None:
    # an inactive shell's Item 9A, 2023
    none("The Public Company Accounting Oversight Board has defined a material weakness as a "
         "\"significant deficiency or combination of significant deficiencies that results in more than "
         "a remote likelihood that a material misstatement of the annual or interim financial statements "
         "will not be prevented or detected.\"", form="10-K")
