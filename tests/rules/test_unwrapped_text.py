"""Texts written one paragraph per line with no blank lines (a page saved as text, an extraction
tool's output): headings, table rows and paragraphs stay apart, and the rules still read them.
The texts are cut from real filings (the company each comes from is named in the comment)."""

from __future__ import annotations

from bot.edgar.filings import parse_filing, text_to_text
from bot.models import Kind
from bot.rules import run_rules

_PROSE = (
    "The Company expects its practice of paying quarterly cash dividends on its common stock will "
    "continue, although the payment of future dividends is at the discretion of the Company's Board "
    "of Directors and will depend upon the Company's earnings, capital requirements, financial "
    "condition and other factors."
)


def _findings(text: str, form: str | None = None) -> list:
    return run_rules(parse_filing(text.encode(), source="excerpt.txt", form=form))


def test_lines_are_paragraphs_when_the_text_is_not_hard_wrapped() -> None:
    # MSC Industrial 10-K 2023, Item 5 as an extraction tool wrote it
    text = (
        "Purchases of Equity Securities\n"
        f"{_PROSE}\n"
        "The following table sets forth repurchases by the Company of its outstanding shares of Class A "
        "Common Stock, which are listed on the NYSE, during the quarter ended September 2, 2023:\n"
        "Period Total Number of Shares Purchased (1)\n"
        "Average Price Paid Per Share (2)\n"
        "8/4/2023-9/2/2023 516,236 $ 100.81 515,756 3,724,023\n"
        "Total 648,046 645,256\n"
        "The graph assumes that $100 was invested on September 1, 2018 and assumes that all dividends paid "
        "on such securities during the applicable fiscal years\n"
        f"were reinvested. {_PROSE}\n"
    )
    assert text_to_text(text).split("\n") == [
        "Purchases of Equity Securities",
        _PROSE,
        "The following table sets forth repurchases by the Company of its outstanding shares of Class A "
        "Common Stock, which are listed on the NYSE, during the quarter ended September 2, 2023:",
        "Period Total Number of Shares Purchased (1)",
        "Average Price Paid Per Share (2)",
        "8/4/2023-9/2/2023 516,236 $ 100.81 515,756 3,724,023",
        "Total 648,046 645,256",
        # a line break inside a sentence is not a paragraph's end
        "The graph assumes that $100 was invested on September 1, 2018 and assumes that all dividends paid "
        f"on such securities during the applicable fiscal years were reinvested. {_PROSE}",
    ]


def test_a_hard_wrapped_text_is_still_joined() -> None:
    text = "The Company repurchased 370,000 shares of\nCommon Stock at $10.10 per share.\nAnother line.\n"
    assert text_to_text(text) == (
        "The Company repurchased 370,000 shares of Common Stock at $10.10 per share. Another line."
    )


def test_a_wrapped_upper_case_headline_stays_whole() -> None:
    # Colonial BancGroup EX-99.1, 2005
    text = (
        "COLONIAL BANCGROUP ENTERS INTO ACCELERATED SHARE\n"
        "REPURCHASE AGREEMENT\n"
        "MONTGOMERY, AL - Colonial BancGroup Chairman and CEO, Robert E. Lowder, announced today that the "
        "Company plans to repurchase up to $30 million of BancGroup's common stock through an accelerated "
        "program. The repurchased shares may be reissued in future acquisitions or for other business "
        "purposes.\n"
        f"{_PROSE}\n"
    )
    lines = text_to_text(text).split("\n")
    assert lines[0] == "COLONIAL BANCGROUP ENTERS INTO ACCELERATED SHARE REPURCHASE AGREEMENT"
    (f,) = _findings(text, form="8-K")
    assert f.kind is Kind.BUYBACK and f.facts["program"] == "asr"
    assert f.facts["amount_usd"] == 30_000_000


def test_an_item_703_table_whose_cells_lost_their_separators() -> None:
    text = (
        "CONFORMED SUBMISSION TYPE:\t10-K\nCONFORMED PERIOD OF REPORT:\t20230902\n\n"
        "ITEM 5. MARKET FOR REGISTRANTS COMMON EQUITY, RELATED STOCKHOLDER MATTERS AND ISSUER PURCHASES OF "
        "EQUITY SECURITIES.\n"
        f"{_PROSE}\n{_PROSE}\n"
        "Purchases of Equity Securities\n"
        "The following table sets forth repurchases by the Company of its outstanding shares of Class A "
        "Common Stock, which are listed on the NYSE, during the quarter ended September 2, 2023:\n"
        "Period Total Number of Shares Purchased (1)\n"
        "Average Price Paid Per Share (2)\n"
        "Total Number of Shares Purchased as Part of Publicly Announced\n"
        "Plans or Programs Maximum Number of Shares that May Yet Be Purchased Under the\n"
        "Plans or Programs (3)\n"
        "6/4/2023-7/4/2023 2,214 $ 95.51 - 4,369,279\n"
        "7/5/2023-8/3/2023 129,596 $ 96.00 129,500 4,239,779\n"
        "8/4/2023-9/2/2023 516,236 $ 100.81 515,756 3,724,023\n"
        "Total 648,046 645,256\n"
    )
    (f,) = _findings(text)
    assert f.kind is Kind.BUYBACK
    assert f.facts["shares"] == 648_046  # the Total row's first cell
    assert f.evidence.startswith("The following table sets forth repurchases by the Company")


def test_a_total_row_with_no_label_and_no_separators() -> None:
    # Cal-Maine-style table in an extraction: the total row is only figures
    text = (
        "CONFORMED SUBMISSION TYPE:\t10-K\nCONFORMED PERIOD OF REPORT:\t20230831\n\n"
        f"{_PROSE}\n{_PROSE}\n"
        "Issuer Purchases of Equity Securities(1)\n"
        "Period Total Number of Shares Purchased Average Price Paid Per Share Total Number of Shares "
        "Purchased as Part of Publicly Announced Plans or Programs Approximate Dollar Value of Shares that "
        "May Yet Be Purchased Under the Plans or Programs as of the End of Period\n"
        "June 1, 2023 - June 30, 2023 115,500 $ 47.43 115,500 $ 99,811,582\n"
        "July 1, 2023 - July 31, 2023 110,000 54.75 110,000 93,788,687\n"
        "August 1, 2023 - August 31, 2023 126,500 55.86 126,500 86,722,118\n"
        "352,000 352,000\n"
        "(1) On October 13, 2021, the Company announced that the Board of Directors authorized a share "
        "repurchase program under which the Company may repurchase up to $350.0 million of the Company's "
        "outstanding common stock.\n"
    )
    (f,) = _findings(text)
    assert f.facts["shares"] == 352_000
    assert "115,500" not in f.evidence  # a table row is never the quote


def test_a_header_written_over_several_lines_keeps_its_units() -> None:
    # Applied Materials 10-K 2023: the share columns are in millions, said under the header
    text = (
        "CONFORMED SUBMISSION TYPE:\t10-K\nCONFORMED PERIOD OF REPORT:\t20231029\n\n"
        f"{_PROSE}\n{_PROSE}\n"
        "The following table provides information as of October 29, 2023 with respect to the shares of "
        "common stock repurchased by us during the fourth quarter of fiscal 2023 pursuant to the foregoing "
        "Board authorization.\n"
        "Period Total Number of Shares Purchased Average\n"
        "Price Paid per Share*\n"
        "Aggregate\n"
        "Price Paid*\n"
        "(In millions, except per share amounts)\n"
        "Month #1\n"
        "(July 31, 2023 to August 27, 2023) 0.3 $ 147.17 $ 50 0.3 $ 13,375\n"
        "Total 5.1 $ 139.50 $ 705 5.1\n"
    )
    (f,) = _findings(text)
    assert f.facts["shares"] == 5_100_000
    assert f.facts["price_per_share"] == 139.5


def test_a_header_reading_total_shares_purchased() -> None:
    # Dolby 10-K 2023: "Total Shares Purchased", not "Total Number of Shares Purchased"
    text = (
        "CONFORMED SUBMISSION TYPE:\t10-K\nCONFORMED PERIOD OF REPORT:\t20230929\n\n"
        f"{_PROSE}\n{_PROSE}\n"
        "The following table provides information regarding our share repurchases made under this program "
        "during the fourth quarter of fiscal 2023:\n"
        "Repurchase Activity Total Shares Purchased Average Price\n"
        "Paid Per Share (1)\n"
        "Total Shares Purchased As Part Of Publicly Announced Programs Remaining Authorized Share "
        "Repurchases (2)\n"
        "July 1, 2023 - July 28, 2023 285,499 $87.57 285,499 $211.6 million\n"
        "July 29, 2023 - August 25, 2023 - $ - - $211.6 million\n"
        "Total 285,499 285,499\n"
    )
    (f,) = _findings(text)
    assert f.facts["shares"] == 285_499


def test_a_run_in_heading_is_not_the_quote() -> None:
    # Jack in the Box 10-K 2023
    text = (
        "CONFORMED SUBMISSION TYPE:\t10-K\nCONFORMED PERIOD OF REPORT:\t20231001\n\n"
        f"{_PROSE}\n{_PROSE}\n"
        "Stock Repurchases. The following table sets forth information on our share repurchases of our "
        "common stock during the fourth quarter of 2023 (dollars in thousands, except per share data):\n"
        "(a)\n"
        "Total number of shares purchased (b)\n"
        "Average price paid per share (c)\n"
        "Total number of shares purchased as part of publicly announced programs (d)\n"
        "August 7, 2023 - September 3, 2023 353,993 $ 80.43 353,993 $ 86,499\n"
        "September 4, 2023 - October 1, 2023 18,833 $ 81.11 18,833 $ 84,971\n"
        "Total 372,826 372,826\n"
    )
    (f,) = _findings(text)
    assert f.facts["shares"] == 372_826
    assert f.evidence.startswith("The following table sets forth information on our share repurchases")


def test_the_size_in_the_next_paragraph_completes_the_announcement() -> None:
    # Hibbett EX-99.1, 2021
    text = (
        "HIBBETT ANNOUNCES EXPANSION OF STOCK REPURCHASE AUTHORIZATION\n"
        "BIRMINGHAM, AL (May 28, 2021)-Hibbett Sports, Inc. (Nasdaq/GS: HIBB), an athletic-inspired "
        "fashion retailer, announced an expansion of their 2015 Stock Repurchase Program (the \"Program\").\n"
        "On May 26, 2021, the Board of Directors of Hibbett Sports, Inc. (the \"Company\") authorized the "
        "expansion of its existing Program by $500.0 million to a total of $800.0 million and authorized "
        "the Program's extension until February 1, 2025. The Program's original authorization was approved "
        "on November 19, 2015, in the amount of $300.0 million.\n"
    )
    (f,) = _findings(text, form="8-K")
    assert f.kind is Kind.BUYBACK
    assert f.facts["authorized_usd"] == 500_000_000


def test_a_policy_on_incentive_compensation_is_no_restatement() -> None:
    # an EX-97 recovery policy, 2024
    text = (
        "Policy Relating to Recovery of Erroneously Awarded Compensation\n"
        "In the event the Company is required to prepare an accounting restatement of its financial "
        "statements due to the Company's material noncompliance with any financial reporting requirement "
        "under the securities laws, the Board shall review any cash and/or equity incentive compensation "
        "that was provided to any current or former executive officer during the three most recently "
        "completed calendar years on the basis of the Company having met or exceeded specific performance "
        "targets during the period subject to restatement.\n"
        f"{_PROSE}\n"
    )
    assert _findings(text, form="10-K") == []


def test_an_offer_s_price_in_the_paragraph_after_its_cover() -> None:
    # KBS REIT SC TO-I letter, 2021: the price is in the paragraph after the one naming the offer
    text = (
        "The Offer is not conditioned upon any minimum number of Shares being tendered. The Offer is, "
        "however, subject to other conditions as set forth in the Offer to Purchase.\n"
        "The Offer is for cash at a purchase price equal to $10.34 per Share (the \"Purchase Price\"), on "
        "the terms and conditions set forth in the Offer. The Offer is designed to provide limited "
        "liquidity to holders of Shares for which there is no current public market.\n"
        "The Company will purchase, for the Purchase Price, all Shares properly tendered and not properly "
        "withdrawn prior to the Expiration Date, upon the terms and subject to the conditions of the "
        "Offer, including the \"odd lot\" priority and proration provisions.\n"
    )
    (f,) = _findings(text, form="SC TO-I")
    assert f.facts["program"] == "tender_offer"
    assert f.facts["price_per_share"] == 10.34
