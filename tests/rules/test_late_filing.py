"""late_filing: Form 12b-25 parts and checkboxes, narrative excerpts, delay announcements,
exchange deficiency notices; hard negatives; labelled regression over small tuning documents."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from bot.edgar.filings import parse_filing
from bot.models import Document, Filing, Kind, Severity
from bot.rules import late_filing, restatement

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "rules"

# Narratives copied from Part III of real notices in the tuning corpus.
GEOS = (
    "The Registrant is unable to file, without reasonable effort and expense its Form 10-Q Quarterly "
    "Report for the period ended December 31, 2025 by its February 9, 2026 filing date due to a delay "
    "experienced by the Registrant in completing required disclosures in its financial statements. "
    "The Registrant anticipates that it will file the Quarterly Report no later than the fifth "
    "calendar day following the prescribed filing date."
)
LSAK = (
    "Lesaka Technologies, Inc. (the \"Company\") was unable, without unreasonable effort or expense, "
    "to file its Annual Report on Form 10-K for the period ended June 30, 2025 by the prescribed "
    "deadline. The registrant has commenced the restatement process. In light of the restatement of "
    "the Quarterly Reports and the filing due date for the Form 10-K, the registrant requires "
    "additional time to prepare and review the consolidated financial statements for the Form 10-K. "
    "The registrant is currently unable to estimate the timing for the filing of the Form 10-K."
)


def form_12b25(narrative: str, *, report_box: str = "☐ Form 10-K ☐ Form 20-F ☐ Form 11-K ☒ Form 10-Q",
               period: str = "December 31, 2025", part2_box: str = "☒",
               q3: str = "Yes ☐ No ☒") -> str:
    """The public Form 12b-25 layout as our parser renders it (one paragraph per line)."""
    return "\n".join([
        "UNITED STATES",
        "SECURITIES AND EXCHANGE COMMISSION",
        "FORM 12b-25",
        "NOTIFICATION OF LATE FILING",
        f"(Check one): | {report_box} ☐ Form 10-D ☐ Form N-CEN ☐ Form N-CSR",
        f"For Period Ended: {period}",
        "☐ Transition Report on Form 10-K",
        "For the Transition Period Ended:",
        "PART I — REGISTRANT INFORMATION",
        "(Full Name of Registrant)",
        "PART II — RULES 12b-25(b) AND (c)",
        "If the subject report could not be filed without unreasonable effort or expense and the "
        "registrant seeks relief pursuant to Rule 12b-25(b), the following should be completed. "
        "(Check box if appropriate)",
        f"{part2_box} | (a) | The reasons described in reasonable detail in Part III of this form "
        "could not be eliminated without unreasonable effort or expense;",
        "(b) | The subject annual report, semi-annual report, transition report on Form 10-K, Form "
        "20-F, Form 11-K, Form N-CEN or Form N-CSR, or portion thereof, will be filed on or before the "
        "fifteenth calendar day following the prescribed due date; or the subject quarterly report or "
        "transition report on Form 10-Q or subject distribution report on Form 10-D, or portion "
        "thereof, will be filed on or before the fifth calendar day following the prescribed due date; "
        "and",
        "(c) | The accountant's statement or other exhibit required by Rule 12b-25(c) has been "
        "attached if applicable.",
        "PART III — NARRATIVE",
        "State below in reasonable detail why Forms 10-K, 20-F, 11-K, 10-Q, 10-D, N-CEN, N-CSR, or the "
        "transition report or portion thereof, could not be filed within the prescribed time period.",
        narrative,
        "PART IV — OTHER INFORMATION",
        "(1) | Name and telephone number of person to contact in regard to this notification",
        "(2) | Have all other periodic reports required under Section 13 or 15(d) of the Securities "
        "Exchange Act of 1934 during the preceding 12 months been filed? If answer is no, identify "
        "report(s). Yes ☒ No ☐",
        "(3) | Is it anticipated that any significant change in results of operations from the "
        "corresponding period for the last fiscal year will be reflected by the earnings statements "
        f"to be included in the subject report or portion thereof? {q3}",
        "If so, attach an explanation of the anticipated change, both narratively and quantitatively.",
    ])


def nt(text: str, form: str | None = "NT 10-Q"):
    f = Filing(documents=(Document(type=form or "TEXT", text=text),), form=form)
    found = late_filing.find(f)
    assert len(found) == 1, found
    assert found[0].kind is Kind.LATE_FILING
    return found[0]


# --- Form 12b-25 ---------------------------------------------------------------------------------


def test_full_form_facts() -> None:
    f = nt(form_12b25(GEOS))
    assert f.facts["report"] == "10-Q"
    assert f.facts["period"] == "2025-12-31"
    assert f.facts["extension_expected"] is True
    assert f.facts["significant_change"] is False
    assert "completing required disclosures" in f.facts["reason"]
    assert f.severity is Severity.MEDIUM
    assert f.evidence.startswith("The Registrant is unable to file")
    assert "State below" not in f.evidence
    assert f.title.startswith("NT 10-Q: 10-Q for period ended 2025-12-31 will be late")


@pytest.mark.parametrize(
    ("checked", "unchecked"),
    [("☒", "☐"), ("☑", "☐"), ("[X]", "[ ]"), ("x", "o"), ("ý", "¨"), ("þ", "¨"), ("&#9746;", "&#9744;"),
     ("X", "")],
)
def test_checkbox_variants(checked: str, unchecked: str) -> None:
    on = nt(form_12b25(GEOS, part2_box=checked, q3=f"Yes {checked} No {unchecked}"))
    assert on.facts["extension_expected"] is True
    assert on.facts["significant_change"] is True
    assert on.severity is Severity.HIGH  # a significant change in results is expected
    if unchecked:
        off = nt(form_12b25(GEOS, part2_box=unchecked, q3=f"Yes {unchecked} No {checked}"))
        assert off.facts["extension_expected"] is False
        assert off.facts["significant_change"] is False
        assert off.severity is Severity.HIGH  # no extension expected
        assert "no 12b-25 extension expected" in off.title


def test_boxes_before_labels_in_part_iv() -> None:
    f = nt(form_12b25(GEOS, q3="☒ Yes ☐ No"))
    assert f.facts["significant_change"] is True


def test_report_and_period_from_the_form_when_form_type_unknown() -> None:
    text = form_12b25(GEOS, report_box="☒ Form 10-K ☐ Form 20-F ☐ Form 11-K ☐ Form 10-Q",
                      period="March 31, 2026")
    f = nt(text, form=None)
    assert f.facts["report"] == "10-K"
    assert f.facts["period"] == "2026-03-31"


def test_accounting_reason_is_high_and_also_restatement_risk() -> None:
    text = form_12b25(LSAK, report_box="☒ Form 10-K ☐ Form 20-F ☐ Form 11-K ☐ Form 10-Q",
                      period="June 30, 2025")
    f = nt(text, form="NT 10-K")
    assert f.severity is Severity.HIGH
    assert f.facts["report"] == "10-K"
    assert f.facts["period"] == "2025-06-30"
    assert "restatement" in f.facts["reason"]
    assert "restatement" in f.title
    doc = Filing(documents=(Document(type="NT 10-K", text=text),), form="NT 10-K")
    assert restatement.find(doc)[0].facts["trigger"] == "restatement"


def test_plain_delay_nt_is_medium_and_not_restatement_risk() -> None:
    text = form_12b25(GEOS)
    assert nt(text).severity is Severity.MEDIUM
    doc = Filing(documents=(Document(type="NT 10-Q", text=text),), form="NT 10-Q")
    assert restatement.find(doc) == []


# --- narratives without the form (corpus EXCERPT files) ------------------------------------------


def test_excerpt_with_unknown_form_is_recognised() -> None:
    data = (FIXTURES / "late_filing" / "0001437749-26-003426_GEOS_2026_NT10-Q_PartIII_narrative_EXCERPT.txt").read_bytes()
    found = late_filing.find(parse_filing(data))
    assert len(found) == 1
    assert found[0].facts["report"] == "10-Q"
    assert found[0].facts["period"] == "2025-12-31"


def test_excerpt_extension_not_expected() -> None:
    # Compass Diversified NT 10-Q (2025): "does not anticipate ... within the five-calendar day extension"
    data = (FIXTURES / "late_filing" / "0001345126-25-000027_CODI-PA_2025_NT10-Q_PartIII_narrative_EXCERPT.txt").read_bytes()
    f = late_filing.find(parse_filing(data, form="NT 10-Q"))[0]
    assert f.facts["extension_expected"] is False
    assert f.facts["period"] == "2025-03-31"
    assert f.severity is Severity.HIGH


def test_excerpt_with_part_ii_boilerplate_reads_the_narrative_only() -> None:
    # iSpecimen NT 10-K: the excerpt starts inside Part II; its (b) wording is not a promise
    data = (FIXTURES / "late_filing" / "0001013762-25-002641_ISPC_2025_NT10-K_PartIII_narrative_EXCERPT.txt").read_bytes()
    f = late_filing.find(parse_filing(data, form="NT 10-K"))[0]
    assert f.facts["report"] == "10-K"
    assert f.facts["period"] == "2024-12-31"
    assert "extension_expected" not in f.facts or f.facts["extension_expected"] is True
    assert f.evidence.startswith("iSpecimen Inc.")
    assert "auditor" in f.facts["reason"] or "accounting firm" in f.facts["reason"]


# --- announcements, deficiency notices, admissions ----------------------------------------------


def test_seed_002_press_release() -> None:
    data = (FIXTURES / "late_filing" / "002_b048545018adcae8.txt").read_bytes()
    found = late_filing.find(parse_filing(data, source="002"))
    assert len(found) == 1
    f = found[0]
    assert f.facts["report"] == "10-K"
    assert "working diligently to complete" in f.evidence
    assert f.severity is Severity.HIGH  # the same release describes an accounting review


def test_nasdaq_5250c1_notice_in_10k() -> None:
    # SRAX 10-K (FY2021)
    text = (
        "On April 19, 2022, we received a written notice from the Nasdaq Stock Market LLC that we are "
        "not in compliance with Nasdaq Listing Rule 5250(c)(1), because we had not yet filed our "
        "Annual Report on Form 10-K for the year ended December 31, 2021."
    )
    f = nt(text, form="10-K")
    assert f.severity is Severity.HIGH
    assert f.facts["report"] == "10-K"
    assert f.facts["period"] == "2021-12-31"
    assert "deficiency" in f.title


def test_item_301_8k_deficiency_is_high() -> None:
    # Agrify 10-K (FY2022) sentence, as an 8-K Item 3.01 would state it
    text = (
        "On April 18, 2023, we received a notice from Nasdaq (the \"April Nasdaq Notice\") that we were "
        "noncompliance with Nasdaq Listing Rule 5250(c)(1) as a result of our failure to file this "
        "Annual Report on Form 10-K (the \"Form 10-K\") with the SEC by the required due date."
    )
    f = late_filing.find(Filing(documents=(Document(type="8-K", text=text),), form="8-K",
                                items=("3.01",)))[0]
    assert f.severity is Severity.HIGH


def test_delinquent_admission_in_10k() -> None:
    # IEH Corp 10-K (FY2023)
    text = (
        "The Company is currently delinquent in its periodic reporting obligations and as a result the "
        "SEC instituted administrative proceedings on August 17, 2022 (the \"Order\") pursuant to "
        "Section 12(j) of the Exchange Act to suspend or revoke the registration of our common stock."
    )
    f = nt(text, form="10-K")
    assert f.severity is Severity.MEDIUM


@pytest.mark.parametrize(
    "text",
    [
        # cover boilerplate of every 10-K (Apple 10-K 2024)
        "Indicate by check mark whether the Registrant (1) has filed all reports required to be filed "
        "by Section 13 or 15(d) of the Securities Exchange Act of 1934 during the preceding 12 months "
        "(or for such shorter period that the Registrant was required to file such reports), and (2) "
        "has been subject to such filing requirements for the past 90 days. Yes ☒ No ☐",
        # risk-factor hypothetical (IEH Corp 10-K)
        "If our third party consultants are unable to provide the Company with the necessary "
        "assistance and financial information in a timely manner, the Company will be unable to file "
        "its periodic reports when due.",
        # Section 16 heading (Agrify 10-K)
        "Delinquent Section 16(a) Reports",
        # revoked registration, not a late 10-K/10-Q (GHST World 10-K)
        "On June 10, 2009, our registration statement was revoked for failure to file reports "
        "required under the Securities Exchange Act of 1934, (the \"Exchange Act\").",
        # the form's own Part II wording, seen alone
        "The reasons described in reasonable detail in Part III of this form could not be eliminated "
        "without unreasonable effort or expense; (b) The subject annual report, semi-annual report, "
        "transition report on Form 10-K, Form 20-F, Form 11-K, Form N-CEN or Form N-CSR, or portion "
        "thereof, will be filed on or before the fifteenth calendar day following the prescribed due "
        "date.",
    ],
)
def test_hard_negatives(text: str) -> None:
    f = Filing(documents=(Document(type="10-K", text=text),), form="10-K")
    assert late_filing.find(f) == []


# --- labelled regression -------------------------------------------------------------------------


@pytest.mark.parametrize("area", ["restatement", "late_filing"])
def test_labelled_regression(area: str) -> None:
    with (FIXTURES / area / "labels.tsv").open(newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    for r in rows:
        f = parse_filing((FIXTURES / area / r["file"]).read_bytes(), source=r["file"],
                         form=r["form"] or None)
        assert bool(late_filing.find(f)) == ("late_filing" in r["kinds"].split(",")), r["file"]


def test_empty_filing() -> None:
    assert late_filing.find(Filing(documents=())) == []
    assert late_filing.find(Filing(documents=(), form="NT 10-K")) == []


def test_amendments_not_filed_are_not_a_late_report() -> None:
    # a 10-Q's restatement note (hold-out 5): the 10-Q itself is on time
    from bot.rules.late_filing.sentences import _classify
    s = ("The Company has not filed, and does not intend to file, amendments to the previously "
         "filed Quarterly Reports on Form 10-Q for the quarters ended March 31, 2024 and June 30, "
         "2024, but instead is restating its unaudited interim condensed consolidated financial "
         "statements in this Form 10-Q.")
    assert _classify(s) is None
    assert _classify("The Company has not filed its Quarterly Report on Form 10-Q for "
                     "the quarter ended March 31, 2024 or amendments to its annual "
                     "report.")[0] == "delinquent"


def test_a_release_on_the_delay_in_filing_its_quarterly_report() -> None:
    # Presstek, December 2007 release
    text = ("Presstek, Inc. (NASDAQ:PRST) today provided additional information regarding the delay in "
            "filing its quarterly report on Form 10-Q for the third quarter of 2007 with the Securities "
            "and Exchange Commission (SEC).")
    found = late_filing.find(Filing(documents=(Document(type="EX-99.1", text=text),), form="8-K"))
    assert len(found) == 1 and found[0].facts.get("report") == "10-Q"
