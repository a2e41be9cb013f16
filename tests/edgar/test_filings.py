"""bot.edgar.filings against real EDGAR files (tests/fixtures/documents/, copied from the corpus).

Expected values were read from the files themselves (header lines, document blocks, HTML)."""

from __future__ import annotations

import contextlib
import gzip
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.edgar.filings import (
    ITEM_TITLES,
    OLD_ITEM_TITLES,
    html_to_text,
    item_number,
    parse_filing,
    parse_header,
    sniff_form,
    text_to_text,
)
from bot.errors import InputError
from bot.models import Filing

DOCS = Path(__file__).resolve().parents[1] / "fixtures" / "documents"


def load(name: str) -> bytes:
    data = (DOCS / name).read_bytes()
    return gzip.decompress(data) if name.endswith(".gz") else data


# --- headers -----------------------------------------------------------------------------------


def test_pem_wrapped_2006_submission_header() -> None:
    f = parse_filing(load("horizon_2006_8-K_pem.txt"), source="horizon.txt")
    assert f.accession == "0000939057-06-000286"
    assert f.form == "8-K"
    assert f.period == date(2006, 10, 19)
    assert f.filed == date(2006, 10, 20)
    # <ACCEPTANCE-DATETIME>20061020124535 is Eastern time, daylight saving in October
    assert f.accepted == datetime(2006, 10, 20, 12, 45, 35, tzinfo=f.accepted.tzinfo)
    assert f.accepted.utcoffset() == timedelta(hours=-4)
    assert str(f.accepted.tzinfo) == "America/New_York"
    # ITEM INFORMATION: Results of Operations and Financial Condition / Financial Statements ...
    assert f.items == ("2.02", "9.01")
    assert f.company == "HORIZON FINANCIAL CORP"
    assert f.cik == 1002682
    assert f.fiscal_year_end == "0331"
    assert f.source == "horizon.txt"
    assert [d.type for d in f.documents] == ["8-K"]
    assert f.documents[0].filename == "k8101906.txt"
    assert f.documents[0].sequence == 1


def test_winter_acceptance_time_is_eastern_standard() -> None:
    f = parse_filing(load("tesla_2020_10-K_minimal_header.txt"))
    assert f.accepted is not None
    assert (f.accepted.year, f.accepted.month, f.accepted.day) == (2020, 2, 13)
    assert (f.accepted.hour, f.accepted.minute, f.accepted.second) == (7, 12, 18)
    assert f.accepted.utcoffset() == timedelta(hours=-5)
    assert f.period == date(2019, 12, 31)
    assert f.company == "Tesla, Inc."
    assert f.cik == 1318605


def test_old_descriptions_map_to_old_item_numbers() -> None:
    # 2002 header: "Other events" and "Financial statements and exhibits" -> old Items 5 and 7
    f = parse_filing(load("pericom_2002_8-K_old_items.txt"))
    assert f.items == ("5", "7")
    assert f.filed == date(2002, 3, 14)
    assert f.accepted is None  # no <ACCEPTANCE-DATETIME> in 2002 headers


def test_1994_ims_header() -> None:
    f = parse_filing(load("ford_1993_10-K_ims.txt.gz"))
    assert f.accession == "0000037996-94-000005"
    assert f.form == "10-K"
    assert f.period == date(1993, 12, 31)
    assert f.filed == date(1994, 3, 21)
    assert f.company == "FORD MOTOR CO"
    assert f.cik == 37996
    assert f.fiscal_year_end == "1231"
    assert f.documents[0].type == "10-K"
    assert "FORM 10-K" in f.documents[0].text


def test_empty_item_information_lines_give_no_items() -> None:
    f = parse_filing(load("innovative_2000_8-K_empty_items.txt.gz"))
    assert f.items == ()
    assert f.company == "INNOVATIVE CLINICAL SOLUTIONS LTD"
    assert f.cik == 1002022
    assert f.period == date(2000, 9, 21)


def test_non_reliance_and_reg_fd_items() -> None:
    f = parse_filing(load("abvc_2025_8-K_4.02.txt.gz"))
    assert f.items == ("2.02", "4.02", "7.01", "9.01")
    assert f.accepted is not None and f.accepted.utcoffset() == timedelta(hours=-4)
    # 15 documents: 8-K, EX-99.1, a GRAPHIC, XBRL files; only the 8-K and the press release stay
    assert [(d.type, d.filename) for d in f.documents] == [
        ("8-K", "ea0238372-8k_abvcbio.htm"),
        ("EX-99.1", "ea023837201ex99-1_abvcbio.htm"),
    ]
    assert f.documents[1].description == "PRESS RELEASE"


def test_item_502_title_variant_with_colon() -> None:
    # "...Appointment of Certain Officers: Compensatory Arrangements of Certain Officers"
    f = parse_filing(load("nvidia_2026_8-K_5.02.txt.gz"))
    assert f.items == ("5.02", "9.01")
    assert [d.type for d in f.documents] == ["8-K"]  # EX-10.1 and XBRL are not relevant


def test_nc_dissemination_file() -> None:
    f = parse_filing(load("acorn_2025_8-K.nc.gz"))
    assert f.accession == "0001493152-25-001317"
    assert f.form == "8-K"
    assert f.items == ("5.02", "9.01")  # <ITEMS>5.02<ITEMS>9.01
    assert f.period == date(2025, 1, 6)
    assert f.filed == date(2025, 1, 8)
    assert f.company == "ACORN ENERGY, INC."
    assert f.cik == 880984
    # EX-10.1, XBRL, EXCEL, JSON, uuencoded ZIP are skipped
    assert [(d.type, d.filename) for d in f.documents] == [("8-K", "form8-k.htm")]
    text = f.documents[0].text
    assert "ix:header" not in text and "AsOf2025-01-06" not in text  # hidden inline-XBRL header
    assert "begin 644" not in text


def test_schedule_to_i_takes_subject_company() -> None:
    h = parse_header(load("iqiyi_SC_TO-I.hdr.sgml"))
    assert h.form == "SC TO-I"
    assert h.accession == "0001193125-26-043648"
    assert h.company == "iQIYI, Inc."
    assert h.cik == 1722608
    assert [p.role for p in h.parties] == ["subject", "filed_by"]
    assert h.accepted is not None and h.accepted.hour == 6 and h.accepted.minute == 56
    f = parse_filing(load("iqiyi_SC_TO-I.hdr.sgml"))
    assert f.documents == ()


def test_index_headers_page() -> None:
    h = parse_header(load("0001493152-25-029712-index-headers.html"))
    assert h.accession == "0001493152-25-029712"
    assert h.form == "424B5"
    assert h.company == "Imunon, Inc."
    assert h.cik == 749647
    assert h.filed == date(2025, 12, 31)


def test_item_number_table() -> None:
    assert ITEM_TITLES["4.02"].startswith("Non-Reliance on Previously Issued")
    assert OLD_ITEM_TITLES["12"] == "Results of Operations and Financial Condition"
    assert item_number("Results of Operations and Financial Condition") == "2.02"
    assert item_number("Results of Operations and Financial Condition", old=True) == "12"
    assert item_number("Other events") == "8.01"
    assert item_number("Other events", old=True) == "5"
    assert item_number("Changes in Registrant's Certifying Accountant") == "4.01"
    assert item_number("Changes in Registrant\u2019s Certifying Accountant", old=True) == "4"
    assert item_number("Regulation FD Disclosure", old=True) == "9"
    assert item_number("5.02") == "5.02"
    assert item_number("7") == "7"
    assert item_number("") is None
    assert item_number("Something entirely unrelated to any item") is None


def test_header_errors() -> None:
    with pytest.raises(InputError):
        parse_header(b"no header here")


# --- documents to text ---------------------------------------------------------------------


def test_item_703_table_rows_are_cells_joined_by_bars() -> None:
    f = parse_filing(load("aapl-10-q-2025-08-01.html.gz"), source="aapl-10-q-2025-08-01.html")
    assert f.form == "10-Q"  # sniffed from the cover ("FORM 10-Q")
    lines = f.documents[0].text.splitlines()
    assert "Purchases of Equity Securities by the Issuer and Affiliated Purchasers" in lines
    # the row reads: Open market ... | 43,161 | $ 200.79 | 43,161 in the HTML (cells: "$", "200.79")
    assert "Open market and privately negotiated purchases | 43,161 | $200.79 | 43,161" in lines
    assert any(line.startswith("Total | 104,264 |") for line in lines)
    # cover-page checkboxes (Unicode in the source) are kept
    assert "Yes ☒ No ☐" in lines


def test_wingdings_checkboxes_become_glyphs() -> None:
    f = parse_filing(load("tyson_2017_8-K_wingdings.htm"))
    lines = f.documents[0].text.splitlines()
    # <FONT STYLE="font-family: Wingdings">&uml;</FONT> next to each communication box
    assert (
        "☐ | Written communications pursuant to Rule 425 under the Securities Act (17 CFR 230.425)"
        in lines
    )
    assert "¨" not in f.documents[0].text


def test_wingdings_checked_letters() -> None:
    html = (
        '<p><font face="Wingdings">x</font> Form 10-K <font face="Wingdings">o</font> Form 10-Q '
        '<span style="font-family:Wingdings">&#254;</span> A <font style="font-family: Wingdings">'
        "&#168;</font> B</p>"
    )
    assert html_to_text(html) == "☒ Form 10-K ☐ Form 10-Q ☒ A ☐ B"


def test_html_entities_hidden_blocks_and_paragraphs() -> None:
    html = (
        "<html><head><title>t</title><style>p {x:1}</style></head><body>"
        '<div style="display:none"><ix:header>hidden fact</ix:header></div>'
        "<p>The Company&#8217;s Board&nbsp;authorized &ldquo;up to&rdquo; $50&#160;million.</p>"
        "<p>Second <b>para</b>graph<br>after break</p><script>var x=1;</script></body></html>"
    )
    assert html_to_text(html).splitlines() == [
        'The Company\'s Board authorized "up to" $50 million.',
        "Second paragraph",
        "after break",
    ]


def test_table_cell_merging() -> None:
    html = (
        "<table><tr><td>Total</td><td>$</td><td>1,234</td><td>(5</td><td>)</td><td>12.5</td>"
        "<td>%</td><td>&nbsp;</td></tr><tr><td><p>Two</p><p>paras</p></td><td>x</td></tr></table>"
        "<p>After</p>"
    )
    assert html_to_text(html).splitlines() == [
        "Total | $1,234 | (5) | 12.5%",
        "Two paras | x",
        "After",
    ]


def test_plain_text_paragraphs_are_unwrapped() -> None:
    f = parse_filing(load("pericom_2002_8-K_old_items.txt"))
    lines = f.documents[0].text.splitlines()
    para = next(line for line in lines if line.startswith("On March 6, 2002 the Board"))
    assert para.endswith(
        'between the Company and Equiserve Trust Company, N.A., as Rights Agent (the "Rights Agent").'
    )
    assert 'Pericom Semiconductor Corporation (the "Company") declared a dividend' in para
    assert "<PAGE>" not in f.documents[0].text


def test_plain_text_tabular_lines_stay_apart() -> None:
    text = (
        "Item 5.  Other Events.\n\n"
        "     The Company repurchased 370,000 shares of\n"
        "common stock at $10.10 per share.\n\n"
        "Net sales          $  1,945       $  1,530\n"
        "Cost of sales         1,396          1,127\n"
    )
    assert text_to_text(text).splitlines() == [
        "Item 5. Other Events.",
        "The Company repurchased 370,000 shares of common stock at $10.10 per share.",
        "Net sales | $ 1,945 | $ 1,530",
        "Cost of sales | 1,396 | 1,127",
    ]


def test_excerpt_entities_decoded_and_form_unknown() -> None:
    f = parse_filing(load("0001140361-25-006294_LFUS_2025_NT10-K_PartIII_narrative_EXCERPT.txt"))
    assert f.form is None
    assert len(f.documents) == 1 and f.documents[0].type == "TEXT"
    assert (
        "Annual Report on Form 10-K for the fiscal year ended December 28, 2024"
        in f.documents[0].text
    )
    g = parse_filing(b"The Company&rsquo;s auditor resigned.", form="NT 10-K")
    assert g.form == "NT 10-K"
    assert g.documents[0].text == "The Company's auditor resigned."


def test_sniff_form() -> None:
    assert sniff_form("UNITED STATES\nFORM 8-K\nCURRENT REPORT") == "8-K"
    assert sniff_form("FORM 10-K/A\nAmendment No. 1") == "10-K/A"
    assert (
        sniff_form("FORM 12b-25\nNOTIFICATION OF LATE FILING\n☐ Form 10-K ☒ Form 10-Q") == "NT 10-Q"
    )
    assert (
        sniff_form("Press release\nThe Company filed its Annual Report on Form 10-K today.") is None
    )


# --- errors ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"   \n\t ",
        bytes(range(256)) * 4,
        b"%PDF-1.4 binary",
        b"\x1f\x8b\x08\x00gzip",
    ],
)
def test_not_edgar_input(data: bytes) -> None:
    with pytest.raises(InputError) as exc:
        parse_filing(data)
    assert "\n" not in str(exc.value)


def test_edgar_error_pages() -> None:
    with pytest.raises(InputError, match="File Unavailable"):
        parse_filing(load("edgar_503_file_unavailable.html"))
    with pytest.raises(InputError, match="Error"):
        parse_filing(load("edgar_404_nosuchkey.xml"))


def test_truncated_header_is_an_error() -> None:
    data = load("horizon_2006_8-K_pem.txt")
    cut = data[: data.index(b"FISCAL YEAR END")]
    with pytest.raises(InputError, match="truncated"):
        parse_filing(cut)


def test_truncated_last_document_keeps_readable_text() -> None:
    data = load("abvc_2025_8-K_4.02.txt.gz")
    start = data.index(b"<TYPE>EX-99.1")
    cut = data[: start + 3000]
    f = parse_filing(cut)
    assert [d.type for d in f.documents] == ["8-K", "EX-99.1"]
    assert f.items == ("2.02", "4.02", "7.01", "9.01")


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.binary(max_size=3000))
def test_random_bytes_give_filing_or_input_error(data: bytes) -> None:
    with contextlib.suppress(InputError):
        assert isinstance(parse_filing(data), Filing)


_TAGS = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<table>",
        "</table>",
        "<tr>",
        "</tr>",
        "<td>",
        "</td>",
        "<br>",
        "<div>",
        "</div>",
        "<SEC-HEADER>",
        "</SEC-HEADER>",
        "<DOCUMENT>",
        "</DOCUMENT>",
        "<TEXT>",
        "</TEXT>",
        "<TYPE>8-K\n",
        "ACCESSION NUMBER: 0000000000-00-000000\n",
        "ITEM INFORMATION: Other Events\n",
        '<font face="Wingdings">',
        "</font>",
        "&nbsp;",
        "&#9746;",
        "<title>503</title>",
        "<!--",
        "-->",
        "<script>",
        "</script>",
        "<ix:header>",
        "\ue000",
        "\ue002",
    ]
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(st.one_of(_TAGS, st.text(max_size=20)), max_size=60))
def test_random_html_gives_filing_or_input_error(parts: list[str]) -> None:
    source = "".join(parts)
    try:
        f = parse_filing(source.encode("utf-8"))
    except InputError:
        return
    if "\ue000" in source or "\ue002" in source:
        return  # the caller's own private-use characters may stay
    for doc in f.documents:
        assert "\ue000" not in doc.text and "\ue002" not in doc.text


# --- every labelled fixture parses ---------------------------------------------------------

LABELLED = Path(__file__).resolve().parents[1] / "fixtures" / "labelled"


def _labelled_rows() -> list[dict[str, str]]:
    import csv

    with (LABELLED / "labels.tsv").open(newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


@pytest.mark.parametrize("row", _labelled_rows(), ids=lambda r: r["file"][:60])
def test_labelled_fixture_parses_to_text(row: dict[str, str]) -> None:
    data = (LABELLED / row["file"]).read_bytes()
    if row["file"].endswith(".gz"):
        data = gzip.decompress(data)
    f = parse_filing(data, source=row["file"], form=row["form"] or None)
    assert f.documents, "no relevant document"
    text = f.documents[0].text
    assert len(text) > 200
    assert "<td" not in text.lower() and "&nbsp;" not in text and "\ue000" not in text
    if row["form"]:
        assert f.form == row["form"]


def test_items_line_with_numbers() -> None:
    header = (
        "<SEC-HEADER>x.hdr.sgml : 20250102\n<ACCEPTANCE-DATETIME>20250102163000\n"
        "ACCESSION NUMBER:\t\t0000000001-25-000001\nCONFORMED SUBMISSION TYPE:\t8-K\n"
        "ITEMS:\t\t2.02, 9.01\nFILED AS OF DATE:\t\t20250102\n</SEC-HEADER>\n"
    )
    h = parse_header(header)
    assert h.items == ("2.02", "9.01")
    assert h.accepted is not None and h.accepted.hour == 16 and h.accepted.minute == 30


def test_plain_text_rows_already_written_with_pipes_stay_rows():
    text = ("Issuer Purchases of Equity Securities (in millions):\n"
            "Period | Total Number of Shares Purchased | Average Price Paid per Share\n"
            "March 26, 2023 to April 29, 2023 | 14 | $ 49.64\n"
            "Total | 25 | $ 49.45 | 25 |\n"
            "On September 13, 2001, we announced that our Board of Directors had\n"
            "authorized a stock repurchase program.")
    from bot.edgar.filings import text_to_text

    assert text_to_text(text).split("\n") == [
        "Issuer Purchases of Equity Securities (in millions):",
        "Period | Total Number of Shares Purchased | Average Price Paid per Share",
        "March 26, 2023 to April 29, 2023 | 14 | $ 49.64",
        "Total | 25 | $ 49.45 | 25",
        "On September 13, 2001, we announced that our Board of Directors had authorized a stock "
        "repurchase program.",
    ]


def test_header_lines_without_the_sgml_wrapper_are_read() -> None:
    # EDGAR's own header lines (as in a saved header or one pasted above a document), a blank
    # line, then the document's text
    data = (b"CONFORMED SUBMISSION TYPE:\t10-K\nCONFORMED PERIOD OF REPORT:\t20231031\n"
            b"COMPANY CONFORMED NAME:\tMission Produce, Inc.\nCENTRAL INDEX KEY:\t0001802974\n\n"
            b"Item 5. Market for Registrant's Common Equity\nNone.\n")
    f = parse_filing(data)
    assert (f.form, f.period, f.company, f.cik) == ("10-K", date(2023, 10, 31), "Mission Produce, Inc.", 1802974)
    assert "Item 5." in f.documents[0].text
    assert parse_filing(data, form="10-K/A").form == "10-K/A"  # an explicit form still wins


def test_a_release_opening_with_colon_lines_is_not_a_header() -> None:
    f = parse_filing(b"CONTACT: Jane Doe\nPHONE: 555-0100\n\nACME CORP ANNOUNCES RESULTS\n"
                     b"Springfield, May 1, 2019. Revenue rose.\n")
    assert f.form is None and f.company is None and f.period is None


def test_a_saved_header_with_its_blank_lines_and_filer_block() -> None:
    data = (b"ACCESSION NUMBER:\t\t0000320193-24-000123\nCONFORMED SUBMISSION TYPE:\t10-K\n"
            b"CONFORMED PERIOD OF REPORT:\t20240928\n\nFILER:\n\n\tCOMPANY DATA:\t\n"
            b"\t\tCOMPANY CONFORMED NAME:\t\t\tApple Inc.\n\t\tCENTRAL INDEX KEY:\t\t\t0000320193\n\n"
            b"Item 5. Market for Registrant's Common Equity\nNone.\n")
    f = parse_filing(data)
    assert (f.accession, f.form, f.company, f.cik) == ("0000320193-24-000123", "10-K", "Apple Inc.", 320193)
