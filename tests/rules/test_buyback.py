"""Buyback rule: real sentences from filings (positive and each kind of hard negative), the seed
requirement, and a labelled regression over small corpus documents copied to fixtures."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest

from bot.edgar.filings import parse_filing
from bot.models import Document, Filing, Kind, Severity
from bot.rules import buyback

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "rules" / "buyback"


def _filing(text: str, form: str = "8-K", period: date | None = None, doc_type: str | None = None) -> Filing:
    return Filing(documents=(Document(type=doc_type or form, text=text),), form=form, period=period)


def _one(text: str, **kw) -> dict:
    found = buyback.find(_filing(text, **kw))
    assert len(found) == 1, found
    f = found[0]
    assert f.kind is Kind.BUYBACK
    assert f.title[:1].isupper() and "Buyback" not in f.title  # the kind is shown beside it
    assert 0 < len(f.evidence) <= 400
    return {"severity": f.severity, "title": f.title, "evidence": f.evidence, **f.facts}


# --- the seed -----------------------------------------------------------------------------------


def test_seed_private_block_purchase_from_estates() -> None:
    data = (FIXTURES / "seed_000_old_8-K_item5_private_block.txt").read_bytes()
    found = buyback.find(parse_filing(data, source="seed"))
    assert len(found) == 1
    f = found[0]
    assert f.facts["shares"] == 370000
    assert f.facts["price_per_share"] == pytest.approx(10.10)
    assert f.facts["amount_usd"] == pytest.approx(3737000)
    # 370,000 / (1,514,146 left outstanding + 370,000) = 19.64%
    assert f.facts["percent_of_outstanding"] == pytest.approx(19.6, abs=0.1)
    assert f.facts["program"] == "private"
    assert f.severity is Severity.HIGH
    assert "repurchased 370,000 shares of its common stock for $10.10 per share" in f.evidence
    assert "370,000 shares" in f.title and "$10.10" in f.title and "$3.74M" in f.title


# --- announcements in 8-Ks and press releases --------------------------------------------------


def test_authorization_increase_with_amount() -> None:
    r = _one(
        "Share Repurchase Authorization\n"
        "On May 28, 2021, the Company’s Board of Directors (the “Board”) authorized the repurchase by the "
        "Company of an additional $500 million in shares of its common stock (the “Share Repurchase "
        "Authorization”). The Share Repurchase Authorization does not have an expiration date and does not "
        "obligate the Company to purchase any specific number of shares."
    )
    assert r["authorized_usd"] == 500_000_000
    assert r["increases_existing"] is True
    assert r["severity"] is Severity.MEDIUM
    assert "expires" not in r
    assert r["evidence"].startswith("On May 28, 2021")  # the heading is not part of the evidence


def test_authorization_in_shares_with_expiry_and_percent() -> None:
    r = _one(
        "The stock repurchase program runs for one year ending March 31, 2007, and authorizes the "
        "repurchase of 500,000 shares of HRZB stock, or approximately 5% of shares outstanding."
    )
    assert r["authorized_shares"] == 500_000
    assert r["expires"] == "2007-03-31"
    assert r["percent_of_outstanding"] == 5
    assert "shares" not in r  # authorised, not bought


def test_earnings_release_completed_purchases() -> None:
    r = _one(
        "At September 30, 2006, Horizon's book value was $9.61 per share, compared to $8.74 a year earlier. "
        "In the second quarter of fiscal 2007, Horizon repurchased 25,046 shares at an average price of "
        "$23.63 per share. Year-to-date, share repurchases totaled 115,980, at an average price of $19.62 per share."
    )
    assert r["shares"] == 25_046
    assert r["price_per_share"] == pytest.approx(23.63)
    assert r["amount_usd"] == pytest.approx(25_046 * 23.63)
    assert r["severity"] is Severity.MEDIUM
    assert "book value" not in r["evidence"]


def test_earnings_release_capital_returned() -> None:
    r = _one(
        "“We returned over $13 billion to our investors during the quarter through dividends and share "
        "repurchases. Our net cash balance was $130 billion at the end of the quarter.”",
        doc_type="EX-99.1",
    )
    assert r["severity"] is Severity.LOW
    assert "amount_usd" not in r  # $13 billion includes dividends


def test_private_stock_purchase_agreement() -> None:
    r = _one(
        "On March 9, 2016, Nuance Communications, Inc. (the “Company”) entered into an agreement (the “Stock "
        "Purchase Agreement”) to repurchase 26,315,790 shares of common stock, $0.001 par value of the Company "
        "(the “Common Stock”) at a price of $19.00 per share (the “Repurchase”) from Icahn Partners LP, Icahn "
        "Partners Master Fund LP and High River Limited Partnership (collectively, the “Icahn Group”)."
    )
    assert r["program"] == "private"
    assert r["shares"] == 26_315_790
    assert r["price_per_share"] == 19
    assert r["amount_usd"] == pytest.approx(26_315_790 * 19, rel=1e-6)


def test_accelerated_share_repurchase() -> None:
    r = _one(
        "During the first quarter of 2022, BMS entered into accelerated share repurchase (\"ASR\") agreements "
        "to repurchase an aggregate amount of $5.0 billion of the Company's common stock.",
        form="10-Q",
        period=date(2022, 6, 30),
    )
    assert r["program"] == "asr"
    assert r["severity"] is Severity.HIGH
    assert 5.0e9 in (r.get("amount_usd"), r.get("authorized_usd"))


# --- issuer tender offers --------------------------------------------------------------------------


def test_modified_dutch_auction_results() -> None:
    r = _one(
        "On September 15, 2022, the Company’s “modified Dutch auction” tender offer expired. In accordance "
        "with the terms and conditions of the tender offer, the Company accepted for purchase 1,603,773 shares "
        "of common stock at a price of $2.65 per share, for an aggregate cost of approximately $4.25 million, "
        "excluding fees and expenses relating to the tender offer. These shares represented approximately "
        "19.3% of its shares of common stock outstanding as of September 15, 2022.",
        form="10-K",
        period=date(2022, 10, 2),
    )
    assert r["program"] == "tender_offer"
    assert r["severity"] is Severity.HIGH
    assert r["shares"] == 1_603_773
    assert r["price_per_share"] == pytest.approx(2.65)
    assert r["amount_usd"] == pytest.approx(4.25e6)
    assert "1,603,773" in r["evidence"]  # the numbers sentence follows the "expired." one


def test_tender_offer_completed_in_10q() -> None:
    r = _one(
        "Under the tender offer, we repurchased approximately 155 million shares of common stock, or 1.5% of "
        "our common shares outstanding, for approximately $3.8 billion at a price per share of $24.75.",
        form="10-Q",
        period=date(2006, 9, 30),
    )
    assert r["program"] == "tender_offer"
    assert r["shares"] == 155e6
    assert r["price_per_share"] == pytest.approx(24.75)
    assert r["amount_usd"] == pytest.approx(3.8e9)
    assert r["percent_of_outstanding"] == pytest.approx(1.5)


# --- periodic reports ---------------------------------------------------------------------------------


def test_10k_authorized_and_purchased_in_one_sentence() -> None:
    r = _one(
        "During 2004, our Board of Directors authorized the repurchase of an additional 500 million shares of "
        "common stock under the company’s ongoing stock repurchase program, and in 2004 we purchased 301 million "
        "shares of common stock for $7.5 billion.",
        form="10-K",
        period=date(2004, 12, 25),
    )
    assert r["authorized_shares"] == 500e6
    assert r["shares"] == 301e6
    assert r["amount_usd"] == pytest.approx(7.5e9)


TI_TABLE_LINES = """ISSUER PURCHASES OF EQUITY SECURITIES
Period
Total Number of Shares Purchased
Average Price Paid per Share
Total Number of Shares Purchased as Part of Publicly Announced Plans or Programs (a)
Approximate Dollar Value of Shares that May Yet Be Purchased Under the Plans or Programs (a)
April 1, 2023 through April 30, 2023
228,925
$ 174.29
228,925
$ 21.34 billion
Total
447,270 (b)
$ 172.04 (b)
447,086
$ 21.31 billion (c)
(a)All open-market purchases during the quarter were made under the authorizations from our board of directors to purchase up to $12.0 billion and $15.0 billion of additional shares of TI common stock announced September 20, 2018, and September 15, 2022, respectively.
(b)In addition to open-market purchases, 184 shares of common stock were surrendered by employees to satisfy tax withholding obligations in connection with the vesting of restricted stock units.
ITEM 6. Exhibits"""


@pytest.mark.parametrize("rows_as_cells", [False, True])
def test_item703_table_with_program_purchases(rows_as_cells: bool) -> None:
    text = TI_TABLE_LINES
    if rows_as_cells:  # the parser may render a row as "cell | cell | cell"
        text = text.replace("Total\n447,270 (b)\n$ 172.04 (b)\n447,086\n$ 21.31 billion (c)",
                            "Total | 447,270 (b) | $ 172.04 (b) | 447,086 | $ 21.31 billion (c)")
    r = _one(text, form="10-Q", period=date(2023, 6, 30))
    assert r["shares"] == 447_270
    assert r["price_per_share"] == pytest.approx(172.04)
    assert r["severity"] is Severity.LOW
    assert r["evidence"].startswith("All open-market purchases during the quarter")


GAMESTOP_TABLE = """Issuer Purchases of Equity Securities
Our purchases of our equity securities during the fourth quarter of fiscal 2023 were as follows:
Fiscal Period | Total Number of Shares Purchased (1) | Weighted-Average Price Paid per Share | Total Number of Shares Purchased as Part of Publicly Announced Plans or Programs | Approximate Dollar Value of Shares that May Yet Be Purchased Under the Plans or Programs (2)
(In millions)
December 31, 2023 through February 3, 2024 | 45,575 | $17.53 | — | $101.3
Total | 45,798 | $17.51 | — | $101.3
(1) Under both our GameStop Corp. 2019 Incentive Plan and our GameStop Corp. 2022 Incentive Plan, approved by our Board of Directors and our stockholders, we withheld 45,798 shares of Class A Common Stock from certain employees to satisfy minimum tax withholding obligations relating to the vesting of their restricted stock units.
(2) On March 4, 2019, our Board of Directors approved a share repurchase authorization allowing us to repurchase up to $300.0 million of our Class A Common Stock. The authorization has no expiration date. We did not repurchase shares during fiscal 2023 or fiscal 2022. As of February 3, 2024, we have $101.3 million remaining under the repurchase authorization."""


# --- hard negatives ----------------------------------------------------------------------------------

NEGATIVES = {
    "withholding_only_table_and_old_authorization": (GAMESTOP_TABLE, "10-K", date(2024, 2, 3)),
    "item703_none": (
        "Item 2. Changes in Securities, Use of Proceeds and Issuer Purchases of Equity Securities\n"
        "Issuer Purchases of Equity Securities\nNone\nItem 3. Defaults Upon Senior Securities\nNone",
        "10-Q",
        date(2004, 1, 31),
    ),
    "notes_change_of_control_offer": (
        "In addition, upon the occurrence of a Change of Control Repurchase Event (as described in the "
        "officers' certificates setting forth the terms of the 2022 Notes and the 2042 Notes (each, an "
        "\"Officers' Certificate\")), the Company will be required to make an offer to repurchase the Notes at "
        "101% of the aggregate principal amount.",
        "8-K",
        None,
    ),
    "debenture_holder_repurchase_rights": (
        "If a fundamental change (as defined in the Indenture) occurs prior to maturity, holders of the "
        "Debentures may require Nuance to purchase all or a portion of their Debentures in cash at a purchase "
        "price equal to 100% of the principal amount of the Debentures being repurchased, plus accrued and "
        "unpaid interest (including additional interest), if any, to, but excluding, the repurchase date.",
        "8-K",
        None,
    ),
    "third_party_tender_offer": (
        "On November 26, 2008, Nuance Communications, Inc. (\"Nuance\") issued a press release announcing its "
        "intent to commence a cash tender offer to purchase all of the outstanding shares of Zi Corporation.",
        "8-K",
        None,
    ),
    "risk_factor_boilerplate": (
        "Actual results may differ materially from these statements for a variety of reasons, including, "
        "without limitation, changes to our liquidity position, the possibility that the repurchase program "
        "may be suspended or discontinued and final approval by the Board of future dividends.",
        "8-K",
        None,
    ),
    "short_squeeze_risk_factor": (
        "To the extent aggregate short exposure exceeds the number of shares of our Class A Common Stock "
        "available for purchase on the open market, investors with short exposure may have to pay a premium "
        "to repurchase shares of our Class A Common Stock for delivery to lenders of our Class A Common Stock.",
        "10-K",
        date(2024, 2, 3),
    ),
    "pre_commencement_checkbox": (
        "☐ Pre-commencement communications pursuant to Rule 14d-2(b) under the Exchange Act "
        "(17 CFR 240.14d-2(b))\n☐ Pre-commencement communications pursuant to Rule 13e-4(c) under the "
        "Exchange Act (17 CFR 240.13e-4(c))",
        "8-K",
        None,
    ),
    "shares_withheld_for_taxes": (
        "In addition to open-market purchases, 184 shares of common stock were surrendered by employees to "
        "satisfy tax withholding obligations in connection with the vesting of restricted stock units.",
        "10-Q",
        date(2023, 6, 30),
    ),
    "old_program_in_current_10k": (
        "On March 4, 2019, our Board of Directors approved a share repurchase authorization allowing us to "
        "repurchase up to $300.0 million of our Class A Common Stock.",
        "10-K",
        date(2024, 2, 3),
    ),
    "restricted_stock_repurchase_option": (
        "Unvested shares are subject to a repurchase option in favor of the Company, and shares repurchased "
        "by the Company at their original purchase price of $0.01 per share are returned to the plan.",
        "10-Q",
        date(2000, 4, 1),
    ),
}


@pytest.mark.parametrize("name", sorted(NEGATIVES))
def test_hard_negatives(name: str) -> None:
    text, form, period = NEGATIVES[name]
    assert buyback.find(_filing(text, form=form, period=period)) == []


def test_third_party_tender_form_is_never_a_buyback() -> None:
    text = "The Company repurchased 1,000,000 shares of its common stock for $10.00 per share."
    assert buyback.find(_filing(text, form="SC TO-T")) == []
    assert buyback.find(_filing(text, form="SC 14D9")) == []
    assert buyback.find(_filing(text, form="8-K")) != []


def test_one_finding_per_filing() -> None:
    text = (
        "On May 28, 2021, the Board authorized the repurchase of an additional $500 million of its common stock.\n"
        "During the quarter the Company repurchased 2.0 million shares of its common stock for $150 million."
    )
    found = buyback.find(_filing(text))
    assert len(found) == 1
    assert found[0].facts["authorized_usd"] == 500e6
    assert found[0].facts["shares"] == 2e6


def test_xbrl_and_contract_exhibits_are_not_read() -> None:
    filing = Filing(
        documents=(
            Document(type="8-K", text="Item 5.02 Departure of Directors."),
            Document(type="EX-10.1", text="The Company repurchased 1,000,000 shares of its common stock for $5."),
        ),
        form="8-K",
    )
    assert buyback.find(filing) == []


# --- labelled regression over small real documents ----------------------------------------------------


def _labels() -> list[tuple[str, str, dict]]:
    with (FIXTURES / "labels.tsv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    return [(r["file"], r["kinds"], json.loads(r["facts"]) if r["facts"] else {}) for r in rows]


@pytest.mark.parametrize(("name", "kinds", "facts"), _labels(), ids=[r[0][:60] for r in _labels()])
def test_labelled_documents(name: str, kinds: str, facts: dict) -> None:
    filing = parse_filing((FIXTURES / name).read_bytes(), source=name)
    found = buyback.find(filing)
    want = "buyback" in kinds.split(",")
    assert bool(found) is want, [f.title for f in found]
    for key, value in facts.items():
        assert found[0].facts[key] == pytest.approx(value)


# Boeing, 10-Q for Q2 2023, Part II Item 2 as the document parser renders it: the program column
# is blank and the note says every share was withheld for taxes.
BOEING_TABLE = """Item 2. Unregistered Sales of Equity Securities and Use of Proceeds
Issuer Purchases of Equity Securities
The following table provides information about purchases we made during the quarter ended June 30, 2023 of equity securities that are registered by us pursuant to Section 12 of the Exchange Act:
(Dollars in millions, except per share data)
(a) | (b) | (c) | (d)
Total Number of Shares Purchased (1) | Average Price Paid per Share | Total Number of Shares Purchased as Part of Publicly Announced Plans or Programs | Approximate Dollar Value of Shares That May Yet be Purchased Under the Plans or Programs
4/1/2023 thru 4/30/2023 | 8,241 | $211.30
5/1/2023 thru 5/31/2023 | 18,514 | 201.73
6/1/2023 thru 6/30/2023 | 1,486 | 206.60
Total | 28,241 | $204.78
(1)A total of 28,241 shares were transferred to us from employees in satisfaction of minimum tax withholding obligations associated with the vesting of restricted stock units during the period. We did not purchase any shares of our common stock in the open market pursuant to a repurchase program.
Item 3. Defaults Upon Senior Securities
Not applicable."""


def test_item703_table_of_shares_withheld_for_taxes_is_not_a_buyback() -> None:
    assert buyback.find(_filing(BOEING_TABLE, form="10-Q", period=date(2023, 6, 30))) == []


def test_item703_table_whose_note_covers_only_part_of_the_total_is_a_buyback() -> None:
    text = BOEING_TABLE.replace(
        "(1)A total of 28,241 shares were transferred",
        "(1)Includes 1,241 shares transferred",
    ).replace(" We did not purchase any shares of our common stock in the open market pursuant "
              "to a repurchase program.", "")
    r = _one(text, form="10-Q", period=date(2023, 6, 30))
    assert r["shares"] == 28_241 and r["price_per_share"] == pytest.approx(204.78)


# Destiny Media, 10-K for the fiscal year ended August 31, 2022, share capital note
DESTINY_NOTE = ("During the year ended August 31, 2022, the Company repurchased and cancelled 143,100 "
                "common shares for $179,401 (2021 - 185,285 common shares for $260,405).")


def test_a_reports_note_counts_for_its_own_period_only() -> None:
    # the note tells the year's purchases: the report's news (and a press release's)
    r = _one(DESTINY_NOTE, form="10-K", period=date(2022, 8, 31))
    assert r["shares"] == 143_100 and r["severity"] is Severity.LOW
    assert _one(DESTINY_NOTE, form="8-K")["amount_usd"] == 179_401
    # the same note in the next year's report is a comparative: no news
    assert buyback.find(_filing(DESTINY_NOTE, form="10-K", period=date(2023, 8, 31))) == []


PROGRAM_TABLE = BOEING_TABLE.replace(
    "Total | 28,241 | $204.78", "Total | 3,000,000 | $204.78 | 2,997,655 | $1.2 billion")


@pytest.mark.parametrize("note", [
    "(1)The repurchase program does not have an expiration date.",
    "(1)The repurchase program does not obligate the Company to acquire any particular amount "
    "of shares.",
    "(1)None of the shares were purchased in the open market other than pursuant to our "
    "publicly announced repurchase program.",
    "(1)No shares were purchased other than through our publicly announced program, except "
    "2,345 shares withheld for taxes.",
    "(1)Of the 3,000,000 shares purchased during the quarter, 2,345 shares were withheld to "
    "satisfy tax obligations.",
    "(1)A total of 13,000,000 shares may be withheld for taxes under the plan over its life.",
])
def test_ordinary_table_notes_do_not_hide_program_purchases(note: str) -> None:
    text = PROGRAM_TABLE.split("(1)A total of")[0] + note + "\nItem 3. Defaults Upon Senior Securities"
    assert _one(text, form="10-Q", period=date(2023, 6, 30))["shares"] == 3_000_000


def test_a_small_reporters_item_703_told_as_a_sentence_is_a_buyback() -> None:
    text = ("Item 2. Unregistered Sales of Equity Securities and Use of Proceeds\n"
            "Issuer Purchases of Equity Securities\n"
            "During the three months ended June 30, 2023, the Company repurchased 250,000 shares "
            "of its common stock at an average price of $4.80 per share under its stock "
            "repurchase program.\nItem 3. Defaults Upon Senior Securities\nNone.")
    r = _one(text, form="10-Q", period=date(2023, 6, 30))
    assert r["shares"] == 250_000 and r["price_per_share"] == pytest.approx(4.80)
    # the same sentence in the notes counts for that quarter, not in the next year's report
    notes = text.replace("Item 2. Unregistered Sales of Equity Securities and Use of Proceeds\n"
                         "Issuer Purchases of Equity Securities\n", "Note 9. Stockholders' Equity\n")
    assert _one(notes, form="10-Q", period=date(2023, 6, 30))["shares"] == 250_000
    assert buyback.find(_filing(notes, form="10-Q", period=date(2024, 6, 30))) == []


# Cisco, 10-Q for the quarter ended April 29, 2023, Part II Item 2 (rows as "cell | cell")
CISCO_ITEM2 = """Item 2. | Unregistered Sales of Equity Securities and Use of Proceeds
(c) Issuer Purchases of Equity Securities (in millions, except per-share amounts):
Period | Total Number of Shares Purchased | Average Price Paid per Share | Total Number of Shares Purchased as Part of Publicly Announced Plans or Programs | Approximate Dollar Value of Shares That May Yet Be Purchased Under the Plans or Programs
January 29, 2023 to February 25, 2023 | 3 | $ 48.46 | 3 | $ 13,296
February 26, 2023 to March 25, 2023 | 8 | $ 49.51 | 8 | $ 12,884
March 26, 2023 to April 29, 2023 | 14 | $ 49.64 | 14 | $ 12,188
Total | 25 | $ 49.45 | 25
On September 13, 2001, we announced that our Board of Directors had authorized a stock repurchase program. The remaining authorized amount for stock repurchases under this program is approximately $12.2 billion with no termination date.
Item 3. | Defaults Upon Senior Securities"""


def test_item703_counts_in_millions_except_per_share_amounts_are_scaled() -> None:
    r = _one(CISCO_ITEM2, form="10-Q", period=date(2023, 4, 29))
    assert r["shares"] == 25_000_000 and r["price_per_share"] == pytest.approx(49.45)


# Riot Platforms, 10-Q for the quarter ended June 30, 2023, Part II Item 2
RIOT_ITEM2 = """Item 2. Unregistered Sales of Equity Securities and Use of Proceeds
During the three months ended June 30, 2023, certain of our employees surrendered shares of common stock awarded to them to satisfy statutory minimum federal and state tax obligations associated with the vesting of restricted stock awards issued under our 2019 Equity Incentive Plan. The following table summarizes of these repurchases:
Period | Total Number of Shares Purchased | Average Price Paid per Share (a) | Total Number of Shares Purchased as Part of Publicly Announced Plans or Programs | Maximum Number of Shares that May Yet Be Purchased Under the Plans or Programs
April 1, 2023 through April 30, 2023 | 38,312 | $ 10.49 | N/A | N/A
May 1, 2023 through May 31, 2023 | 8,676 | 11.15 | N/A | N/A
June 1, 2023 through June 30, 2023 | 885,694 | 12.40 | N/A | N/A
Total | 932,682 | $ 12.31
(a) The price paid per share is based on the closing price of our common stock as of the date of the determination of the statutory minimum for federal and state tax obligations.
Item 5. Other Information"""


def test_item703_table_introduced_as_shares_surrendered_for_taxes_is_not_a_buyback() -> None:
    assert buyback.find(_filing(RIOT_ITEM2, form="10-Q", period=date(2023, 6, 30))) == []


def test_the_month_may_is_not_a_hedge() -> None:
    # Lowe's, 10-Q for the quarter ended August 4, 2023, Item 2 note 4
    text = ("In May 2023, the Company entered into an Accelerated Share Repurchase (ASR) agreement "
            "with a third-party financial institution to repurchase the Company's common stock. "
            "At inception, pursuant to the agreement, the Company paid $1.0 billion to the "
            "financial institution and received an initial delivery of 3.9 million shares.")
    r = _one(text, form="8-K")
    assert r["program"] == "asr" and r["severity"] is Severity.HIGH
    assert r["shares"] == 3.9e6  # the initial delivery
    none_text = text.replace("In May 2023, the Company entered", "The Company may enter")
    assert buyback.find(_filing(none_text.split(". At inception")[0] + ".", form="8-K")) == []


# Nike, 10-Q for the quarter ended August 31, 2023, Part II Item 2 (verbatim rows)
NIKE_ITEM2 = """Item 2. Unregistered Sales of Equity Securities and Use of Proceeds
In June 2022, the Board of Directors approved a four-year, $18 billion share repurchase program. As of August 31, 2023, the Company had repurchased 54.0 million shares at an average price of $109.94 per share for a total approximate cost of $5.9 billion under the program.
The following table presents a summary of share repurchases made during the quarter ended August 31, 2023:
PERIOD | TOTAL NUMBER OF SHARES PURCHASED | AVERAGE PRICE PAID PER SHARE | APPROXIMATE DOLLAR VALUE OF SHARES THAT MAY YET BE PURCHASED UNDER THE PLAN OR PROGRAM (IN MILLIONS)
June 1 - June 30, 2023 | 3,391,842 | $ 110.13 | $ 12,826
July 1 - July 31, 2023 | 3,236,889 | $ 108.79 | $ 12,474
August 1 - August 31, 2023 | 3,838,777 | $ 105.77 | $ 12,068
10,467,508 | $ 108.12
ITEM 5. OTHER INFORMATION"""


def test_an_unlabeled_total_row_is_the_tables_total_and_a_programs_total_to_date_is_not() -> None:
    r = _one(NIKE_ITEM2, form="10-Q", period=date(2023, 8, 31))
    assert r["shares"] == 10_467_508 and r["price_per_share"] == pytest.approx(108.12)


def test_units_on_the_line_under_the_header_scale_the_counts() -> None:
    # Visa, 10-Q for the quarter ended June 30, 2023, Part II Item 2
    text = ("Item 2. Unregistered Sales of Equity Securities and Use of Proceeds\n"
            "Issuer Purchases of Equity Securities\n"
            "Period | Total Number of Shares Purchased | Average Purchase Price per Share (1) | "
            "Total Number of Shares Purchased as Part of Publicly Announced Plans or Programs (2) "
            "| Approximate Dollar Value of Shares that May Yet Be Purchased Under the Plans or "
            "Programs (1),(2)\n"
            "(in millions, except per share data)\n"
            "April 1 - 30, 2023 | 2 | $ 232.44 | 2 | $ 11,237\n"
            "May 1 - 31, 2023 | 6 | $ 229.52 | 6 | $ 9,923\n"
            "June 1 - 30, 2023 | 5 | $ 227.24 | 5 | $ 8,819\n"
            "Total | 13 | $ 229.19 | 13\n"
            "Item 3. Defaults Upon Senior Securities")
    assert _one(text, form="10-Q", period=date(2023, 6, 30))["shares"] == 13_000_000


# Johnson & Johnson, 10-Q for the quarter ended July 2, 2023, Part II Item 2 (hold-out 4)
JNJ_ITEM2 = """Item 2 — UNREGISTERED SALES OF EQUITY SECURITIES AND USE OF PROCEEDS
(c) Purchases of Equity Securities by the Issuer and Affiliated Purchasers.
The following table provides information with respect to Common Stock purchases by the Company during the fiscal second quarter of 2023. Common stock purchases on the open market are made as part of a systematic plan to meet the needs of the Company's compensation programs.
Fiscal Month Period | Total Number of Shares Purchased (1) | Avg. Price Per Share | Total Number of Shares Purchased as Part of Publicly Announced Plans or Programs (2) | Maximum Number of Shares that May Yet Be Purchased Under the Plans or Programs
April 3, 2023 through April 30, 2023 | 1,011,500 | 162.35 | — | —
May 1, 2023 through May 28, 2023 | 383,500 | 161.73 | — | —
May 29, 2023 through July 2, 2023 | 962,825 | 160.35 | — | —
Total | 2,357,825 | 161.44 | — | —
(1) During the fiscal second quarter of 2023, the Company repurchased an aggregate of 2,357,825 shares of Johnson & Johnson Common Stock in open-market transactions, all of which were purchased pursuant as part of a systematic plan to meet the needs of the Company’s compensation programs.
Item 6 — EXHIBITS"""


def test_open_market_purchases_outside_a_program_are_a_buyback() -> None:
    # "a ... plan to meet the needs" is a noun, not "we plan to": the purchase is a fact
    r = _one(JNJ_ITEM2, form="10-Q", period=date(2023, 7, 2))
    assert r["shares"] == 2_357_825 and r["program"] == "open_market"
    assert "2,357,825 shares" in r["evidence"]


def test_a_stated_plan_with_its_size_is_a_planned_repurchase_and_may_is_a_hedge() -> None:
    text = "We plan to repurchase 2,000,000 shares of our common stock in the open market next year."
    assert _one(text, form="8-K")["title"].startswith("Planned share repurchase")
    hedged = "We may repurchase 2,000,000 shares of our common stock in the open market next year."
    assert buyback.find(_filing(hedged, form="8-K")) == []
    assert buyback.find(_filing(text, form="10-Q", period=date(2023, 6, 30))) == []  # reports: no


# Caterpillar, 10-Q for the quarter ended June 30, 2023, Part II Item 2 (hold-out 4)
CAT_ITEM2 = """Item 2. Unregistered Sales of Equity Securities, Use of Proceeds, and Issuer Purchases of Equity Securities
Issuer Purchases of Equity Securities
Period | Total Number of Shares Purchased 2,3 | Average Price Paid per Share 2,3 | Total Number of Shares Purchased as Part of Publicly Announced Program | Approximate Dollar Value of Shares that May Yet be Purchased under the Program (in billions) 1
April 1-30, 2023 | 1,049,531 | $220.26 | 1,049,531 | $12.168
May 1-31, 2023 | 4,437,549 | $222.58 | 4,437,549 | $11.062
June 1-30, 2023 | 427,328 | $213.52 | 427,328 | $10.970
Total | 5,914,408 | $221.51 | 5,914,408
2 During the second quarter of 2023, we entered into an accelerated share repurchase agreement ("ASR") with a third-party financial institution to purchase $750 million of our common stock. In May 2023, upon payment of the $750 million to the financial institution, we received 2.8 million shares.
3 In April, May and June of 2023, we repurchased 1.0 million, 1.7 million and 0.4 million shares, respectively, for an aggregate of $679 million in open market transactions at an average price per share of $220.26, $212.56 and $213.52, respectively.
Item 6. Exhibits"""


def test_the_item703_total_is_the_periods_count_not_one_tranche_or_one_month() -> None:
    r = _one(CAT_ITEM2, form="10-Q", period=date(2023, 6, 30))
    assert r["shares"] == 5_914_408 and r["price_per_share"] == pytest.approx(221.51)
    assert r["amount_usd"] == pytest.approx(5_914_408 * 221.51, rel=1e-6)
    assert r["program"] == "asr"


def test_a_respectively_list_gives_no_count_or_price() -> None:
    s = ("In April, May and June of 2023, we repurchased 1.0 million, 1.7 million and 0.4 million "
         "shares, respectively, for an aggregate of $679 million in open market transactions at an "
         "average price per share of $220.26, $212.56 and $213.52, respectively.")
    r = _one(s, form="8-K")
    assert "shares" not in r and "price_per_share" not in r
    assert r["amount_usd"] == 679_000_000


# General Dynamics, 10-Q for the quarter ended July 2, 2023, Part II Item 2 (hold-out 3)
GD_ITEM2 = """Item 2. Unregistered Sales of Equity Securities and Use of Proceeds
The following table provides information about our second-quarter purchases of equity securities that are registered pursuant to Section 12 of the Securities Exchange Act of 1934, as amended:
Period | Total Number of Shares | Average Price per Share | Total Number of Shares Purchased as Part of Publicly Announced Program | Maximum Number of Shares That May Yet Be Purchased Under the Program
Shares Purchased Pursuant to Share Buyback Program
4/3/23-4/30/23 | 229,781 | $ 217.33 | 229,781 | 6,073,443
5/1/23-5/28/23 | 1,127,004 | 211.27 | 1,127,004 | 4,946,439
5/29/23-7/2/23 | — | — | — | 4,946,439
Shares Delivered or Withheld Pursuant to Restricted Stock Vesting*
4/3/23-4/30/23 | 8,637 | 227.47
5/1/23-5/28/23 | 238 | 219.21
5/29/23-7/2/23 | 358 | 205.28
1,366,018 | $ 212.39
ITEM 6. EXHIBITS"""


def test_a_header_without_purchased_and_short_dates_still_make_a_table() -> None:
    r = _one(GD_ITEM2, form="10-Q", period=date(2023, 7, 2))
    assert r["shares"] == 1_366_018 and r["price_per_share"] == pytest.approx(212.39)


def test_a_fractional_total_takes_the_units_of_a_units_row() -> None:
    # UnitedHealth, 10-Q for the quarter ended June 30, 2023 (hold-out 3): "(in millions)" cells
    text = ("Item 2. Unregistered Sales of Equity Securities and Use of Proceeds\n"
            "Issuer Purchases of Equity Securities (a)\n"
            "For the Month Ended | Total Number of Shares Purchased | Average Price Paid Per Share | "
            "Total Number of Shares Purchased as Part of Publicly Announced Plans or Programs | "
            "Maximum Number of Shares That May Yet Be Purchased Under The Plans or Programs\n"
            "(in millions) | (in millions) | (in millions)\n"
            "April 30, 2023 | 1.2 | $ 499.99 | 1.2 | 25.8\n"
            "May 31, 2023 | 1.5 | 486.68 | 1.5 | 24.3\n"
            "June 30, 2023 | 3.5 | 475.99 | 3.5 | 20.8\n"
            "Total | 6.2 | $ 483.07 | 6.2\n"
            "ITEM 5. OTHER INFORMATION")
    assert _one(text, form="10-Q", period=date(2023, 6, 30))["shares"] == 6_200_000


def test_a_headerless_report_is_dated_by_its_item703_section() -> None:
    # Thermo Fisher, 10-Q for the quarter ended July 1, 2023 (hold-out 3), as an excerpt with no
    # header or cover: the section's own "At July 1, 2023" dates it, so the November 2022
    # authorisation is old news and nothing was bought.
    text = ("Item 2. Unregistered Sales of Equity Securities and Use of Proceeds\n"
            "Issuer Purchases of Equity Securities\n"
            "There was no share repurchase activity for the company's second quarter of 2023. On "
            "November 10, 2022, the Board of Directors authorized the repurchase of up to $4.00 "
            "billion of the company’s common stock. At July 1, 2023, $1.00 billion was available "
            "for future repurchases of the company’s common stock under this authorization.\n"
            "Item 5. Other Information")
    assert buyback.find(_filing(text, form="10-Q")) == []
    # the same authorisation told in an 8-K is news
    assert _one(text.split("\n")[2], form="8-K")["authorized_usd"] == 4_000_000_000


def test_an_authorisation_years_before_the_tables_months_is_not_news() -> None:
    # AT&T, 10-Q for the quarter ended June 30, 2023 (hold-out 3): only shares withheld for taxes
    text = ("Item 2. Unregistered Sales of Equity Securities and Use of Proceeds\n"
            "(c) A summary of our repurchases of common stock during the second quarter of 2023 is as follows:\n"
            "Period | Total Number of Shares (or Units) Purchased 1, 2 | Average Price Paid Per Share (or Unit) | "
            "Total Number of Shares (or Units) Purchased as Part of Publicly Announced Plans or Programs 1 | "
            "Maximum Number (or Approximate Dollar Value) of Shares (or Units) That May Yet Be Purchased Under The Plans or Programs\n"
            "April 1, 2023 - April 30, 2023 | 37,968 | $ 19.69 | — | 143,731,972\n"
            "May 1, 2023 - May 31, 2023 | 17,519 | 17.19 | — | 143,731,972\n"
            "June 1, 2023 - June 30, 2023 | 27,103 | 15.68 | — | 143,731,972\n"
            "Total | 82,590 | $ 17.84 | —\n"
            "1 In March 2014, our Board of Directors approved an authorization to repurchase up to 300 "
            "million shares of our common stock. The authorization has no expiration date.\n"
            "2 These shares were acquired through the withholding of taxes on the vesting of restricted "
            "stock and performance shares or in respect of the exercise price of options.\n"
            "Item 6. Exhibits")
    assert buyback.find(_filing(text, form="10-Q")) == []


# --- hold-out 5 (spent): 8-K texts and Item 703 sections -------------------------------------


def test_a_number_in_words_sizes_an_authorisation() -> None:
    # Sykes Enterprises, 8-K Item 5, August 2002
    r = _one("On August 5, 2002, Sykes Enterprises, Incorporated (the “Company”) announced that its "
             "Board of Directors authorized the Company to repurchase up to three million shares of "
             "the Company’s outstanding common stock. The Company currently has approximately 40.5 "
             "million common shares outstanding.", form="8-K")
    assert r["authorized_shares"] == 3_000_000


def test_up_to_a_count_of_shares_is_the_authorised_count() -> None:
    r = _one("On March 3, 2021, the Board authorized the repurchase of up to 2,500,000 shares of the "
             "Company's common stock.", form="8-K")
    assert r["authorized_shares"] == 2_500_000


def test_an_authorisation_sized_in_the_next_sentence() -> None:
    # Commercial Federal, 8-K Item 5, November 2002
    r = _one("On November 25, 2002, the Board of Commercial Federal Corporation (the Corporation) "
             "authorized phase six of its stock repurchase program. This repurchase consists of "
             "5,000,000 shares of the Corporation’s outstanding common stock and will be completed "
             "no later than June 30, 2004. These repurchases can be made at any time and in any "
             "amount, depending upon market conditions and various other factors.", form="8-K")
    assert r["authorized_shares"] == 5_000_000 and r["expires"] == "2004-06-30"
    # an undated program mentioned beside an unrelated count is not an authorisation
    assert buyback.find(_filing("The Board has authorized a stock repurchase program. The Company "
                                "has 10,000,000 shares outstanding.", form="8-K")) == []


PALANTIR_ITEM5 = """ITEM 5. MARKET FOR REGISTRANT’S COMMON EQUITY, RELATED STOCKHOLDER MATTERS, AND ISSUER PURCHASES OF EQUITY SECURITIES
Issuer Purchases of Equity Securities
In August 2023, our Board of Directors authorized the Share Repurchase Program which allows for the repurchase of up to $1.0 billion of our outstanding shares of Class A common stock. The Share Repurchase Program does not obligate us to repurchase any specific number of shares and may be discontinued at any time. During the year ended December 31, 2023, we did not repurchase any shares of our Class A common stock under the Share Repurchase Program.
Unregistered Sales of Equity Securities
None."""


def test_an_annual_report_restating_a_program_with_nothing_bought_is_not_news() -> None:
    # Palantir, 10-K for 2023, Item 5
    assert buyback.find(_filing(PALANTIR_ITEM5, form="10-K", period=date(2023, 12, 31))) == []
    assert buyback.find(_filing(PALANTIR_ITEM5, form="10-K")) == []  # no header or cover


def test_an_annual_report_authorisation_older_than_its_last_quarter_is_old_news() -> None:
    text = ("Issuer Purchases of Equity Securities\nIn August 2023, our Board of Directors authorized "
            "a program to repurchase up to $1.0 billion of our common stock. On February 12, 2024, "
            "the Board authorized the repurchase of an additional $500 million of our common stock.")
    r = _one(text, form="10-K", period=date(2023, 12, 31))
    assert r["authorized_usd"] == 500_000_000


def test_a_caption_giving_shares_in_thousands_and_dollars_in_millions() -> None:
    # Apple, 10-Q for the quarter ended July 1, 2023, Part II Item 2
    text = ("Item 2. Unregistered Sales of Equity Securities, Use of Proceeds, and Issuer Purchases of Equity Securities\n"
            "Share repurchase activity during the three months ended July 1, 2023 was as follows (in "
            "millions, except number of shares, which are reflected in thousands, and per share amounts):\n"
            "Periods | Total Number of Shares Purchased | Average Price Paid Per Share | Total Number of "
            "Shares Purchased as Part of Publicly Announced Plans or Programs | Approximate Dollar Value "
            "of Shares That May Yet Be Purchased Under the Plans or Programs (1)\n"
            "April 2, 2023 to May 6, 2023:\n"
            "Open market and privately negotiated purchases | 38,121 | $ 165.46 | 38,121 |\n"
            "May 7, 2023 to June 3, 2023:\n"
            "Open market and privately negotiated purchases | 21,876 | $ 174.91 | 21,876 |\n"
            "June 4, 2023 to July 1, 2023:\n"
            "Open market and privately negotiated purchases | 42,676 | $ 184.34 | 42,676 |\n"
            "Total | 102,673 | | | $ 94,569\n")
    assert _one(text, form="10-Q", period=date(2023, 7, 1))["shares"] == 102_673_000


def test_a_units_row_whose_empty_cells_were_dropped() -> None:
    # Meta, 10-Q for the quarter ended June 30, 2023, Part II Item 2
    text = ("c) Issuer Purchases of Equity Securities\n"
            "The following table summarizes the share repurchase activity for the three months ended June 30, 2023:\n"
            "Total Number of Shares Purchased | Average Price Paid Per Share (2) | Total Number of Shares "
            "Purchased as Part of Publicly Announced Programs (1) | Approximate Dollar Value of Shares "
            "that May Yet Be Purchased Under the Plans or Programs (1)\n"
            "(in thousands) | (in thousands) | (in millions)\n"
            "April 1 - 30, 2023 | 3,788 | $ 214.16 | 3,788 | $ 40,915\n"
            "May 1 - 31, 2023 | — | $ — | — | $ 40,915\n"
            "June 1 - 30, 2023 | — | $ — | — | $ 40,915\n"
            "3,788 | 3,788\n")
    assert _one(text, form="10-Q", period=date(2023, 6, 30))["shares"] == 3_788_000


def test_a_table_without_a_total_row_is_summed() -> None:
    # Honeywell, 10-Q for the quarter ended June 30, 2023, Part II Item 2
    text = ("ITEM 2. UNREGISTERED SALES OF EQUITY SECURITIES AND USE OF PROCEEDS\n"
            "The following table summarizes our purchases of Honeywell's common stock for the quarter ended June 30, 2023:\n"
            "Issuer Purchases of Equity Securities\n"
            "Period | Total Number of Shares Purchased | Average Price Paid per Share | Total Number of "
            "Shares Purchased as Part of Publicly Announced Plans or Programs | Approximate Dollar Value "
            "of Shares that May Yet Be Purchased Under Plans or Programs (Dollars in millions)\n"
            "April 1-30, 2023 | 686,048 | $193.84 | 686,048 | $9,986\n"
            "May 1-31, 2023 | 887,293 | $196.05 | 887,293 | $9,812\n"
            "June 1-30, 2023 | 857,460 | $198.17 | 857,460 | $9,642\n")
    r = _one(text, form="10-Q", period=date(2023, 6, 30))
    assert r["shares"] == 2_430_801 and "price_per_share" not in r


def test_a_total_row_labelled_by_its_date_is_not_added_again() -> None:
    # Lowe's, 10-Q for the quarter ended August 4, 2023 (hold-out 3)
    text = ("Issuer Purchases of Equity Securities\n"
            "Total Number of Shares Purchased 1 | Average Price Paid per Share | Total Number of Shares "
            "Purchased as Part of Publicly Announced Plans or Programs 2 | Approximate Dollar Value of "
            "Shares that May Yet Be Purchased Under the Plans or Programs 2, 3\n"
            "May 6, 2023 - June 2, 2023 4 | 6,474,323 | $ 212.42 | 6,470,714 | $ 17,208,764,263\n"
            "June 3, 2023 - July 7, 2023 | 2,971,519 | 217.04 | 2,961,820 | 16,566,000,487\n"
            "July 8, 2023 - August 4, 2023 4 | 661,646 | 217.86 | 661,498 | 16,566,000,487\n"
            "As of August 4, 2023 | 10,107,488 | $ 214.14 | 10,094,032 | $ 16,566,000,487\n")
    r = _one(text, form="10-Q", period=date(2023, 8, 4))
    assert r["shares"] == 10_107_488 and r["price_per_share"] == pytest.approx(214.14)


def test_a_board_approved_purchase_from_named_holders_is_private_with_its_price() -> None:
    # Dynacq Healthcare, 8-K Item 8.01, January 2010
    r = _one("On January 13, 2010 the Board of Directors approved the repurchase of an aggregate of "
             "1,000,086 shares of Company Common Stock from three individual shareholders who had "
             "solicited the repurchase of their shares by the Company. Effective on that date, the "
             "shares were purchased in a private transaction at a price of $3.20 per share, which was "
             "less than the closing sales price of the Company’s Common Stock on that date of $3.40.",
             form="8-K")
    assert r["program"] == "private" and r["shares"] == 1_000_086
    assert r["price_per_share"] == pytest.approx(3.20)
    assert r["amount_usd"] == pytest.approx(1_000_086 * 3.20)


def test_an_asr_notional_is_the_amount_spent() -> None:
    # AECOM press release, August 2018
    r = _one("AECOM ACM, a premier, fully integrated global infrastructure firm, today announced it "
             "has entered into an accelerated share repurchase agreement with JPMorgan Chase Bank, "
             "National Association (JPMorgan) to repurchase $150 million of its common stock.",
             form="8-K")
    assert r["program"] == "asr" and r["amount_usd"] == 150_000_000
    assert "authorized_usd" not in r


def test_a_tender_offers_price_range_is_not_its_price() -> None:
    # Dycom Industries, SC TO-I/A exhibit (a)(5)(E), October 2005
    text = ("Dycom Industries, Inc. announced today the preliminary results of its modified “Dutch "
            "Auction” tender offer, which expired at 12:00 midnight, New York City time, on October "
            "11, 2005. In the tender offer, the Company offered to purchase up to 9.5 million shares "
            "of its common stock at a price that was not greater than $21.00 nor less than $18.50 "
            "per share.\nThe Company expects to accept for purchase 8,788,257 shares at a purchase "
            "price of $21 per share, for a total cost of approximately $184.6 million.")
    r = _one(text, form="SC TO-I/A")
    assert r["program"] == "tender_offer" and r.get("price_per_share") != 18.5


def test_form_8k_dot_is_not_an_initial() -> None:
    # FitLife Brands, 10-K for 2021, Item 5: the evidence is the purchase, not the sentence before
    text = ("Issuer Purchases of Equity Securities\nNo unregistered securities were issued during the "
            "fiscal year that were not previously reported in a Quarterly Report on Form 10-Q or "
            "Current Report on Form 8-K. During the year ended December 31, 2021, the Company "
            "repurchased 36,092 shares of Common Stock, under the Share Repurchase Program through a "
            "private transaction.")
    r = _one(text, form="10-K", period=date(2021, 12, 31))
    assert r["shares"] == 36_092 and r["evidence"].startswith("During the year ended")


# --- hold-out 6 (spent) -------------------------------------------------------------------------


def test_a_program_sized_as_a_percent_of_the_shares() -> None:
    # Alcan, press release of October 3, 2006 (EX-99)
    r = _one("Alcan today announced that its Board of Directors has authorized a share repurchase "
             "program of up to 5 percent of the Company’s 376 million total common shares "
             "outstanding. This initiative follows Alcan’s 33 percent quarterly dividend increase "
             "from $0.15 to $0.20 per share announced on August 2, 2006.", form="8-K")
    assert r["percent_of_outstanding"] == 5
    assert "price_per_share" not in r and not r.get("increases_existing")  # the dividend's


def test_a_rule_10b5_1_repurchase_plan_adopted() -> None:
    # Superior Industries, 8-K Item 8.01, December 2013
    r = _one("On December 12, 2013, the Company adopted a pre-arranged stock trading plan in "
             "accordance with Rule 10b5-1 under the Securities Exchange Act of 1934 and the Company’s "
             "policies regarding stock transactions. The Rule 10b5-1 plan has been established in "
             "connection with the current share repurchase authorization of the Board of Directors, "
             "although the Company reserves the right to make repurchases outside of the Rule 10b5-1 "
             "plan.", form="8-K")
    assert r["title"].startswith("Rule 10b5-1 repurchase plan adopted")
    # the Item 408 statement about insiders' plans is not a buyback
    assert buyback.find(_filing(
        "None of our directors or officers adopted or terminated a Rule 10b5-1 trading arrangement "
        "during the quarter, and no share repurchase plan was established.", form="8-K")) == []


def test_a_total_authorisation_after_an_increase() -> None:
    # Sotheby's, 8-K Item 8.01, 2016
    r = _one("As previously announced, on January 21, 2016, the Board of Directors of Sotheby’s "
             "approved a $200 million increase to the Company’s remaining $125 million share "
             "repurchase authorization, resulting in an updated total share repurchase authorization "
             "of $325 million.", form="8-K")
    assert r["authorized_usd"] == 325_000_000 and r["remaining_usd"] == 125_000_000


def test_a_bulleted_highlight_is_a_sentence_not_a_table_row() -> None:
    # a bank's 2007 second-quarter earnings release (EX-99.1), bullets laid out as table cells
    data = ("· | Return on average assets of 2.14% for the second quarter, compared to 2.29% for the "
            "second quarter 2006.\n"
            "· | Repurchased 826,773 shares of common stock in the second quarter at a cost of $20.5 "
            "million with an average share price of $24.81.\n").encode()
    found = buyback.find(parse_filing(data, source="x", form="8-K"))
    assert len(found) == 1
    f = found[0].facts
    assert f["shares"] == 826_773 and f["price_per_share"] == 24.81 and f["amount_usd"] == 20_500_000


def test_a_dutch_auction_for_debt_securities_is_not_a_buyback() -> None:
    # Motorola, June 2010
    text = ("The $399,797,000 aggregate principal amount of debt securities validly tendered and not "
            "validly withdrawn pursuant to the Dutch Auction Offer exceeds the maximum principal "
            "amount of $361,817,000 of debt securities to be purchased pursuant to the Dutch Auction "
            "Offer. Motorola has accepted for purchase, on a pro rata basis after rounding, an "
            "aggregate principal amount of $361,815,000 of the debt securities that were validly "
            "tendered and not validly withdrawn.")
    assert buyback.find(_filing(text, form="8-K")) == []


def test_an_issuer_tender_offer_documents_cover() -> None:
    # Savient Pharmaceuticals, SC TO-I exhibit (a)(1)(B), letter of transmittal, August 2006
    data = (b"Exhibit (a)(1)(B)\n\nLetter of Transmittal\nTo Tender Shares of Common Stock\n"
            b"Pursuant to the Offer to Purchase for Cash\nDated August 14, 2006\nby\n"
            b"SAVIENT PHARMACEUTICALS, INC.\nof\nUp to 10,000,000 Shares of its Common Stock\n"
            b"at a Purchase Price Not Greater Than $6.80 nor Less Than $5.80 Per Share\n\n"
            b"The Depositary for the Tender Offer is:\n")
    found = buyback.find(parse_filing(data, source="x", form="SC TO-I"))
    assert len(found) == 1 and found[0].severity is Severity.HIGH
    assert found[0].facts["program"] == "tender_offer"
    assert "price_per_share" not in found[0].facts  # a range, not a price
    notes = data.replace(b"Shares of Common Stock", b"4.50% Convertible Senior Notes due 2027")
    notes = notes.replace(b"Up to 10,000,000 Shares of its Common Stock", b"Any and All Outstanding Notes")
    assert buyback.find(parse_filing(notes, source="x", form="SC TO-I")) == []


def test_a_periodic_reports_remaining_authority_as_of_its_end_is_a_status() -> None:
    text = ("Issuer Purchases of Equity Securities\n(1)As of September 28, 2024, the Company was "
            "authorized by the Board to purchase up to $110 billion of the Company's common stock "
            "under a share repurchase program announced on May 2, 2024, of which $89.1 billion had "
            "been utilized.")
    assert buyback.find(_filing(text, form="10-K", period=date(2024, 9, 28))) == []


# --- hold-out 7 (spent) -------------------------------------------------------------------------


def test_shares_redeemed_from_the_chief_executive() -> None:
    # Astrotech, 8-K Item 1.01, December 2016
    r = _one("On December 9, 2016, Astrotech Corporation entered into a Stock Purchase Agreement with "
             "Thomas B. Pickens III, the Company’s Chief Executive Officer and Chairman of the Board "
             "(“Seller”), pursuant to which the Company redeemed from Seller 601,852 shares of the "
             "common stock, no par value, of the Company (“Common Stock”) at a purchase price of $1.62 "
             "per share.", form="8-K")
    assert r["program"] == "private" and r["shares"] == 601_852 and r["price_per_share"] == 1.62
    assert buyback.find(_filing("On June 1, 2020, the Company redeemed all 5,000 shares of its Series "
                                "A Preferred Stock for $5.0 million.", form="8-K")) == []


def test_a_tender_letter_offering_to_purchase_its_shares() -> None:
    # Independence Holding, SC TO-I exhibit (a)(1)(F), July 2001 ("should note" is no note)
    data = (b"EXHIBIT (a)(1)(F)\n\nTo Our Shareholders:\n\nIndependence Holding Company is offering "
            b"to purchase up to 100,000 shares of\nits common stock from existing shareholders. The "
            b"price will not be in excess of\n$16.75 nor less than $15.00 per share.\n\nShareholders "
            b"who own fewer than 100 shares should note that the offer represents an opportunity for "
            b"them.\n")
    found = buyback.find(parse_filing(data, source="x", form="SC TO-I"))
    assert len(found) == 1 and found[0].facts["program"] == "tender_offer"


def test_proceeds_of_a_notes_offering_used_to_repurchase_shares() -> None:
    # Guess?, EX-99 of April 2019
    r = _one("After effectuating the convertible note hedge transactions described below, the Company "
             "intends to use substantially all of the remaining net proceeds from the Notes offering to "
             "repurchase at least $200.0 million of its common stock.", form="8-K")
    assert r["title"].startswith("Planned share repurchase") and r["authorized_usd"] == 200_000_000
    # a note repurchase with the same words stays debt
    assert buyback.find(_filing(
        "The Company has entered into privately negotiated transactions with certain holders of its "
        "2.25% Convertible Senior Notes due 2024 to repurchase approximately $83 million aggregate "
        "principal amount of the 2024 Notes.", form="8-K")) == []


def test_later_sentences_of_the_same_offer_give_its_result() -> None:
    # TIER REIT, final results of its modified Dutch auction, August 2015
    text = ("TIER REIT, Inc. announced today the final results of its modified “Dutch Auction” tender "
            "offer to purchase for cash up to $50,000,000 in value of shares of its common stock, par "
            "value $0.0001 per share, from its stockholders, which expired on August 19, 2015.\n\n"
            "In accordance with the terms and conditions of the tender offer, TIER REIT will accept "
            "for purchase 2,631,579 shares of Common Stock properly tendered at a purchase price of "
            "$19.00 per share, for an aggregate cost of approximately $50 million.")
    r = _one(text, form="8-K")
    assert r["shares"] == 2_631_579 and r["price_per_share"] == 19


def test_a_foreign_issuers_transaction_in_own_shares() -> None:
    # Smith & Nephew, 6-K "Transaction in Own Shares", August 2016
    r = _one("The Company today purchased 200,000 of its Ordinary Shares of US 20¢ each through "
             "Merrill Lynch International, in accordance with the authority granted by shareholders. "
             "These shares have been purchased as part of the $300 million buy-back programme.",
             form="6-K")
    assert r["shares"] == 200_000 and r["authorized_usd"] == 300_000_000
    assert "amount_usd" not in r or r["amount_usd"] != 300_000_000


def test_an_own_share_purchase_found_without_any_repurchase_word_nearby() -> None:
    # Smith & Nephew, 6-K "Transaction in Own Shares", August 2016: its first sentence alone says
    # "purchased", never "repurchase" or "buy-back"; the keyword scan must still reach it
    r = _one("The Company today purchased 200,000 of its Ordinary Shares of US 20¢ each through "
             "Merrill Lynch International, in accordance with the authority granted by shareholders.",
             form="6-K")
    assert r["shares"] == 200_000
    # SEACOR, fourth-quarter release
    r = _one("During the fourth quarter, the Company purchased 1,047,664 shares of its common stock at "
             "an average price of $86.68 per share.", form="8-K")
    assert r["shares"] == 1_047_664 and r["price_per_share"] == 86.68


def test_purchases_of_another_companys_stock_or_treasury_history_are_not_buybacks() -> None:
    for text in (
        # a look-alike from another project's tests: the stock is Target Corp's
        'On October 1, 2026, the Company purchased 1,000,000 shares of common stock of Target Corp '
        '("Target") for $50 million.',
        # Continental Materials, 10-Q note F, 2015: a balance, not a purchase
        "The Company accounts for Treasury stock using the cost method and as of September 30, 2015, "
        "there were 4,380,810 shares held in the treasury at an aggregate cost of approximately "
        "$101,779,000.",
        # Goldfield, 10-K 2018 note: a plan's size restated, and shares bought before 2002
        "As last amended by the Board of Directors on September 13, 2018, this plan permits the purchase "
        "of up to 3,500,000 shares.",
        "Prior to September 17, 2002, the Company had 17,358 shares of Treasury Stock that it had "
        "purchased at a cost of $18,720.",
    ):
        assert buyback.find(_filing(text)) == [], text


def test_an_authorisation_worded_purchase_rather_than_repurchase() -> None:
    # an earnings call read as a release (the only buyback words are "purchase" and, in the next
    # sentence, an ASR): "authorized the purchase of up to an additional $5,000,000,000"
    r = _one("Given our strong cash position, our strategy of managing the impact of dilution, and our "
             "confidence in the business, we announced today that the Board of Directors authorized "
             "the purchase of up to an additional $5,000,000,000 of common stock under this program.",
             form="8-K")
    assert r["authorized_usd"] == 5_000_000_000 and r.get("increases_existing")
    # Graco, as reported in the press: "authorised a new plan to purchase up to 18 million shares"
    r = _one("Graco Inc (NYSE:GGG), an industrial coatings company, on Friday announced that its board "
             "of directors authorised a new plan to purchase up to 18 million shares of its outstanding "
             "common stock over an indefinite period of time or until termination primarily through "
             "open-market purchases and accelerated share repurchase transactions from time to time.",
             form="8-K")
    assert r["authorized_shares"] == 18_000_000


def test_an_old_purchase_authorisation_in_an_annual_report_is_history() -> None:
    # a 2010 10-K's Item 5 (lower-cased by its source): the 2007 program is not news in 2010
    text = ("in july 2007 , our board of directors authorized the purchase of up to 50 million shares of "
            "our common stock in open-market transactions or otherwise .")
    assert buyback.find(_filing(text, form="10-K", period=date(2010, 12, 31))) == []


def test_purchase_worded_programs_and_treasury_purchases() -> None:
    # constructed in the wording of pre-2005 releases and notes (no real text at hand)
    r = _one("The Board of Directors has approved a plan to buy up to 1,000,000 shares of the Company's "
             "common stock.")
    assert r["authorized_shares"] == 1_000_000
    r = _one("The Board authorized management to acquire up to 5% of the Company's outstanding shares.")
    assert r["percent_of_outstanding"] == 5
    r = _one("ABC Corp. today announced that its Board of Directors has authorized a share purchase "
             "program of up to $50 million.")
    assert r["authorized_usd"] == 50_000_000
    r = _one("During the quarter, the Company purchased 50,000 shares of treasury stock at a cost of "
             "$1.2 million.")
    assert r["shares"] == 50_000 and r["amount_usd"] == 1_200_000
    r = _one("The Company acquired 125,000 shares of its common stock for treasury at a total cost of "
             "$2,500,000.")
    assert r["shares"] == 125_000


@pytest.mark.parametrize("text", [
    # constructed look-alikes: the object is not the company's own common stock
    "The Board authorized the Company to purchase up to 500,000 warrants to purchase shares of its "
    "common stock.",
    "The Board authorized the purchase of up to $50 million of the Company's 6% senior notes.",
    "The Compensation Committee authorized options to purchase up to 100,000 shares of common stock.",
    "Shareholders authorized the Trustee of the Employee Stock Purchase Plan to purchase up to 100,000 "
    "shares of the Company's common stock.",
    "The Board approved the grant of options to purchase up to 100,000 shares of common stock to the CEO.",
    "The Company's employee stock purchase program allows employees to buy up to $25,000 of common stock.",
    "The Company adopted a direct stock purchase program under which investors may purchase up to "
    "$10,000 of common stock.",
    "The Board approved the Company's agreement to purchase up to 1,000,000 shares of common stock of "
    "ABC Corp.",
    "The Board approved the Company's agreement to repurchase up to 1,000,000 shares of common stock of "
    "ABC Corp.",
])
def test_purchase_authorisations_of_something_else(text: str) -> None:
    assert buyback.find(_filing(text)) == []


# --- hold-out 8 (spent) -------------------------------------------------------------------------


def test_additional_shares_in_words() -> None:
    # Frozen Food Express, 8-K Item 8.01, November 2007
    r = _one("On November 8, 2007, our Board of Directors approved an additional stock repurchase "
             "program whereby we have been authorized to repurchase up to one million additional shares "
             "of our Common Stock from time to time in the open market or in private transactions.",
             form="8-K")
    assert r["authorized_shares"] == 1_000_000 and r.get("increases_existing")


def test_a_foreign_issuers_programme_in_euros_and_its_own_shares() -> None:
    # Akzo Nobel 6-K (April 2007): a sum in euros is a size, never a dollar fact
    r = _one("Akzo Nobel has announced that it will commence a EUR 1.6 billion open market share buyback "
             "program on May 3, 2007.", form="6-K")
    assert "authorized_usd" not in r and "amount_usd" not in r
    # National Bank of Greece 6-K (April 2006): "intends to purchase up to 30,000,000 own shares",
    # "from 8 May 2006" being a date, not a hedge
    r = _one("The General Meeting approved the Bank’s own shares buy-back programme. "
             "Pursuant to BoD resolution of 27 April 2006, from 8 May 2006 through 31 July 2006 the Bank "
             "intends to purchase up to 30,000,000 own shares at a minimum price of €5 and maximum price "
             "of €60 per share.", form="6-K")
    assert r["title"].startswith("Planned share repurchase")


def test_buying_back_its_own_registered_shares() -> None:
    # Swisscom 6-K, September 2006
    r = _one("Swisscom is thus buying back 4,916,618 of its own registered shares for the capital "
             "reduction, which is equivalent to 8% of voting rights and share capital recorded.",
             form="6-K")
    assert r["shares"] == 4_916_618


def test_an_offer_to_purchase_accepted_for_an_aggregate_of_shares() -> None:
    # SMG Indium, final results of its tender offer, December 2014
    r = _one("Therefore, SMG has accepted for purchase an aggregate of 6,678,358 shares of its common "
             "stock at the fixed purchase price of $2.41 per share, for an aggregate cost of approximately "
             "$16,094,842.78, excluding fees and expenses related to the tender offer.", form="8-K")
    assert r["program"] == "tender_offer" and r["shares"] == 6_678_358 and r["price_per_share"] == 2.41


NOTE_Q3 = ("(10) Stock and Debt Repurchase Program\n"
           "During the third quarter of 2011 we repurchased and retired 217,901 shares of common stock "
           "at an average cost per share (excluding fees and commissions) of $16.73, or $3.6 million in "
           "the aggregate. As of October 1, 2011, we had $21.4 million available for any future "
           "repurchases.")


def test_a_notes_purchases_in_the_reports_own_quarter() -> None:
    r = _one(NOTE_Q3, form="10-Q", period=date(2011, 10, 1))
    assert r["shares"] == 217_901 and r["price_per_share"] == 16.73
    assert _one(NOTE_Q3, form="10-Q")["shares"] == 217_901  # an excerpt: "As of October 1, 2011" dates it
    assert buyback.find(_filing(NOTE_Q3, form="10-Q", period=date(2012, 9, 29))) == []  # a comparative


def test_a_notes_subsequent_private_purchase() -> None:
    # a 10-Q's subsequent-events note (fiscal quarter ended November 30, 2019)
    text = ("17. SUBSEQUENT EVENTS\nRepurchase of common shares\nSubsequent to the fiscal period ended "
            "November 30, 2019, the Company repurchased for cancelation a total of 490,120 common shares "
            "from two large shareholders, including an officer and director of the Company. The shares "
            "were repurchased privately at a price of $7.89 per share.")
    r = _one(text, form="10-Q", period=date(2019, 11, 30))
    assert r["shares"] == 490_120 and r["program"] == "private"


def test_a_program_from_years_before_a_notes_latest_date_with_nothing_bought() -> None:
    # a bank's 10-K note (2013): the 2001 program restated, no purchases in three years
    text = ("Note 24. Common Stock Repurchases\nIn January 2001, the Company announced a stock "
            "repurchase program by which management was authorized to repurchase up to 300,000 shares "
            "of the Company’s common stock. During 2013, 2012 and 2011, the Company did not repurchase "
            "any of its common stock. The Written Agreement was terminated on July 30, 2013.")
    assert buyback.find(_filing(text, form="10-K")) == []


# --- hold-out 9 (spent) -------------------------------------------------------------------------


def test_a_clause_after_a_semicolon_does_not_negate_the_purchase() -> None:
    # a 10-Q note (nine months ended September 30, 2019)
    text = ("NOTE 7 – STOCK REPURCHASE\nDuring the nine-month period ended September 30, 2019, the "
            "Company repurchased 39,246 shares for $14,920; no shares were repurchased in the nine "
            "month period ended September 30, 2018.")
    r = _one(text, form="10-Q", period=date(2019, 9, 30))
    assert r["shares"] == 39_246 and r["amount_usd"] == 14_920


def test_purchases_under_the_plan_named_in_the_sentence_before() -> None:
    # a 10-Q note (June 30, 2013): the plan is named in the sentence before the purchases
    text = ("8. STOCK REPURCHASE PROGRAM\nOn July 10, 2012, the Company authorized a Common Stock "
            "repurchase plan structured to comply with Rules 10b5-1 and 10b-18. Under the plan, the "
            "Company purchased 255,812 and 338,909 shares in the three and six months ended June 30, "
            "2013, respectively.")
    assert _one(text, form="10-Q", period=date(2013, 6, 30))["program"] == "unspecified"
    # the same note in the next year's report is a comparative
    assert buyback.find(_filing(text, form="10-Q", period=date(2014, 6, 30))) == []


def test_a_normal_course_issuer_bid() -> None:
    # a Canadian issuer's 10-K (2018): the bid in one paragraph, the year's purchases in the next
    text = ("SHARE CAPITAL\nOn August 1, 2018, we received approval from the TSX of our Notice of "
            "Intention to make a Normal Course Issuer Bid (“NCIB”). The NCIB commenced on August 8, "
            "2018.\n\nIn 2018, we purchased and canceled 161,500 common shares (2017 — 170,217 common "
            "shares) at an average price of $19.32 per share (2017 — $16.35).")
    r = _one(text, form="10-K", period=date(2018, 12, 31))
    assert r["shares"] == 161_500 and r["price_per_share"] == 19.32


def test_a_transaction_in_own_shares_announcement() -> None:
    # InterContinental Hotels Group, May 2023 (regulatory announcement)
    text = ("Purchase of own shares\nThe Company announces that on 11 May 2023 it purchased the "
            "following number of its ordinary shares of 20340/399 pence each through Goldman Sachs "
            "International on the London Stock Exchange in accordance with the authority granted by "
            "shareholders.\nAggregate number of ordinary shares purchased: | 2,773\n")
    assert _one(text, form="6-K")["title"]


def test_a_program_authorised_after_the_period_is_news_though_nothing_was_bought_yet() -> None:
    # a 10-Q's subsequent-events note (quarter ended June 30, 2023)
    text = ("11. Subsequent Events\nAuthorization of Stock Repurchase Program\nIn July 2023, the "
            "Company’s board of directors authorized a stock repurchase program pursuant to which the "
            "Company may repurchase up to $7.5 million of shares of its common stock through December "
            "31, 2024. To date, the Company has not repurchased any shares of its common stock "
            "pursuant to the repurchase program.")
    r = _one(text, form="10-Q", period=date(2023, 6, 30))
    assert r["authorized_usd"] == 7_500_000


# --- hold-out 10 (spent) ------------------------------------------------------------------------


def test_a_holder_sold_to_the_company() -> None:
    # Invacare, 8-K Item 1.01, March 2011
    r = _one("Pursuant to the Agreement, Mr. Mixon sold to the Company 350,000 common shares of the "
             "Company at a price per share of $29.94 (the “Repurchase”).", form="8-K")
    assert r["program"] == "private" and r["shares"] == 350_000 and r["price_per_share"] == 29.94
    assert buyback.find(_filing("The seller sold to the Company 350,000 square feet of office space "
                                "for $29.9 million.", form="8-K")) == []


@pytest.mark.parametrize(("text", "shares"), [
    # Portmeirion, "Transaction in own shares", June 2006
    ("The Company announces that, pursuant to its general authority granted by shareholders, the "
     "Company today made on market purchases of 20,000 Ordinary Shares at 220p per share (all of "
     "which are to be held as treasury shares).", 20_000),
    # International Biotechnology Trust, September 2016
    ("The Company announces that on 1 September 2016 it made a market purchase of 75,000 of its own "
     "Ordinary shares of 25p each, representing 0.20% of the issued share capital.", 75_000),
    # International Petroleum, normal course issuer bid results, February 2025 (a ticker before "common")
    ("International Petroleum Corporation is pleased to announce that IPC repurchased a total of "
     "407,001 IPC common shares during the period of February 3 to 7, 2025 under IPC’s normal course "
     "issuer bid.", 407_001),
])
def test_market_purchases_of_own_shares(text: str, shares: int) -> None:
    assert _one(text, form="6-K")["shares"] == shares


# --- hold-out 11 (spent) ------------------------------------------------------------------------


def test_shares_purchased_for_cancellation() -> None:
    # Shell, "Transaction in Own Shares", 10 February 2025 (the shares are in the venue table)
    found = buyback.find(_filing(
        "Shell plc (the ‘Company’) announces that on 10 February 2025 it purchased the following "
        "number of Shares for cancellation.", form="6-K"))
    assert len(found) == 1 and found[0].facts.get("program") != "tender_offer"


def test_an_adopted_program_sized_by_what_the_company_may_repurchase() -> None:
    # Georgetown Bancorp, January 2013 release
    r = _one("Georgetown Bancorp, Inc. (NASDAQ: GTWN) today announced that its Board of Directors has "
             "adopted a stock repurchase program. Under the repurchase program, the Company may "
             "repurchase up to 79,247 shares of its common stock, or approximately 4.1% of the current "
             "outstanding shares.")
    assert r["authorized_shares"] == 79_247


def test_a_plan_sized_in_percent_of_the_outstanding_shares() -> None:
    # Rockville Financial, May 2013 (as reported)
    r = _one("The parent of Rockville Bank announced today its board of directors has approved a new "
             "stock repurchase plan for up to 10 percent of the bank's outstanding shares.")
    assert r["percent_of_outstanding"] == 10


def test_a_hyphenated_dutch_auction_substantial_issuer_bid() -> None:
    # EXFO, final results, December 2008 (as reported by counsel)
    r = _one("On December 18, 2008, EXFO Electro-Optical Engineering Inc. announced the final results of "
             "its \"modified Dutch-auction\" type substantial issuer bid to purchase for cancellation $30 "
             "million of its subordinate voting shares, which expired on December 16, 2008. EXFO "
             "confirmed that it had taken up and accepted for purchase and cancellation a total of "
             "7,692,307 subordinate voting shares validly tendered to the Offer, for a total cost of "
             "$30 million.")
    assert r["program"] == "tender_offer" and r["severity"] is Severity.HIGH


def test_a_note_heading_is_not_a_debt_word() -> None:
    # 10-Q for the quarter ended September 30, 2015, subsequent-event note (its heading joined to
    # the first sentence by the plain-text reflow): "Note L" is a note of the report, not notes
    text = ("Subsequent Event\nNote L – Subsequent Event\nOn November 3, 2015, our Board of Directors "
            "(“Board”) approved a stock repurchase program. The Board authorized the repurchase of up to "
            "an aggregate of $100 million of our outstanding common stock, $0.66 2/3 par value per share.")
    r = _one(text, form="10-Q", period=date(2015, 9, 30))
    assert r["authorized_usd"] == 100_000_000


def test_last_years_purchases_in_an_annual_report_are_not_news() -> None:
    # TransDigm, 10-K for the fiscal year ended September 30, 2023, Item 5
    text = ("No repurchases were made under the program during fiscal 2023. During fiscal 2022, the "
            "Company repurchased 1,490,413 shares of common stock at an average price of $612.13 per "
            "share, for a total amount of $912 million.")
    assert buyback.find(_filing(text, form="10-K", period=date(2023, 9, 30))) == []
    # ... while the same sentence in the fiscal 2022 report is its own year's purchases
    assert _one(text, form="10-K", period=date(2022, 9, 30))["shares"] == 1_490_413


def test_a_total_row_whose_cells_lost_their_separators() -> None:
    # Matthews, 10-K for fiscal 2023, Item 5 (as extracted to plain text: one space between cells)
    text = ("The following table shows the monthly fiscal 2023 stock repurchase activity:\n"
            "Period Total number of shares purchased Weighted-average price paid per share Total number "
            "of shares purchased as part of a publicly announced plan Maximum number of shares that may "
            "yet be purchased under the plan\n"
            "August 2023\n1,130 32.79 1,130 1,195,013\nSeptember 2023\n- - - 1,195,013\n"
            "Total 99,829 $ 28.61 99,829")
    r = _one(text, form="10-K", period=date(2023, 9, 30))
    assert r["shares"] == 99_829 and r["price_per_share"] == 28.61


# --- hold-out 12 (spent) ------------------------------------------------------------------------


def test_authorized_by_its_board_to_purchase() -> None:
    # Spartan Stores, September 2000 release
    r = _one("GRAND RAPIDS, Michigan--September 12, 2000--Spartan Stores, Inc. (Nasdaq: SPTN) today "
             "announced that it has been authorized by its board of directors to purchase up to $5 million "
             "of the corporation's common stock over the next 12 months.")
    assert r["authorized_usd"] == 5_000_000


def test_a_program_whose_size_follows_a_parenthetical_clause() -> None:
    # Commonwealth Energy, 2002 release (the program also covers options and warrants)
    r = _one("Effective immediately, the Company has been authorized to repurchase, directly or "
             "indirectly, up to $10 million of the Company’s common stock, options and warrants from time "
             "to time in the public market or in privately negotiated transactions in accordance with the "
             "dictates of applicable law.")
    assert r["authorized_usd"] == 10_000_000


def test_a_program_adopted_without_a_size_is_not_reported() -> None:
    # Marco Community Bancorp, 8-K exhibit, July 2006 (the excerpt never gives the size): a dated
    # program with no size was tried and withdrawn after a review showed how often releases,
    # proxies and subsidiaries' news repeat such sentences; a known miss
    assert buyback.find(_filing("On July 18, 2006, the Board of Directors (“Board”) of Marco Community "
                                "Bancorp, Inc. (“MCBN”) authorized management to establish a Stock "
                                "Repurchase Program (“Repurchase Program”), whereby MCBN will be able to "
                                "purchase shares of its common stock in the open market as such shares "
                                "become available.")) == []


# --- hold-out 13 (spent) ------------------------------------------------------------------------


def test_a_program_that_will_terminate_is_no_authorisation() -> None:
    # Mid Penn Bancorp, June 2008 release
    assert buyback.find(_filing(
        "A Mid Penn Bancorp, Inc. (AMEX - MBP) Stock Repurchase Program approved by the Board of Directors "
        "in September 2005 will terminate on June 30, 2008. The program allowed for purchases totaling up "
        "to 250,000 shares.")) == []


def test_an_authorisation_is_dated_by_its_date_not_its_expiry() -> None:
    # Jacobs, 10-K for the fiscal year ended September 29, 2023, Item 5
    text = ("Share Repurchases\nOn January 25, 2023, the Company's Board of Directors authorized a share "
            "repurchase program of up to $1.0 billion of the Company's common stock, to expire on January "
            "25, 2026 (the \"2023 Repurchase Authorization\").\nThere was no repurchase activity under the "
            "2023 Repurchase Authorization during the fourth quarter of fiscal year 2023.")
    assert buyback.find(_filing(text, form="10-K", period=date(2023, 9, 29))) == []


def test_an_earlier_accelerated_repurchase_in_a_quarter_with_none() -> None:
    # a 10-Q for September 30, 2017 recalling a February 2016 ASR
    text = ("In February 2016, under the 2015 Repurchase Program, we entered into an accelerated share "
            "repurchase transaction (\"ASR\") with a financial institution to repurchase shares of our Common "
            "Stock for an up-front payment of $75 million.\nNo share repurchases occurred in the nine months "
            "ended September 30, 2017. As of September 30, 2017, 15,765,025 shares of Common Stock had been "
            "repurchased under the 2015 Repurchase Program for an aggregate total of approximately $650 "
            "million.")
    assert buyback.find(_filing(text, form="10-Q")) == []


def test_a_program_under_which_the_company_may_repurchase_a_percentage() -> None:
    # Warwick Community Bancorp, March 2003 release
    r = _one("Warwick Community Bancorp, Inc. (the \"Company\") (NASDAQ:WSBI), the holding company for The "
             "Warwick Savings Bank and The Towne Center Bank, announced today that it has adopted its ninth "
             "stock repurchase program, under which the Company may repurchase up to 5% of its outstanding "
             "common stock in open market purchases or otherwise.")
    assert r["percent_of_outstanding"] == 5


def test_a_completed_repurchase_of_n_shares_is_the_count_bought() -> None:
    # Annapolis Bancorp, 2008 release
    r = _one("ANNAPOLIS, Md.--(BUSINESS WIRE)--Annapolis Bancorp, Inc. (NASDAQ:ANNB), parent company of "
             "BankAnnapolis, today announced that it has completed the repurchase of 300,000 shares of its "
             "outstanding common stock at an average price per share of $7.79.")
    assert r["shares"] == 300_000 and r["price_per_share"] == 7.79 and "authorized_shares" not in r
