"""A fourth bank of common wordings: news rewrites and releases in the many words people use for a
late report, a restatement and a buyback (contractions, "has yet to file", "slip past its due date",
"overstated revenue", "fired its auditor", "will buy back up to"), with look-alikes. The excerpts were
written for these tests by a helper who saw neither the rules nor the hold-outs; each expected value
is read off the excerpt itself."""

from __future__ import annotations

import pytest

from bot.models import Kind
from tests.rules.excerpts import found


@pytest.mark.parametrize(("text", "form"), [
    ('Shares of Tolland Biosciences Inc. fell 12% in early trading after the company disclosed that it has yet '
     'to file its annual report, which was due March 16. Tolland said its independent accountant had not '
     'finished auditing the company\'s clinical-trial accruals and that it hoped to file "in the coming weeks."',
     "8-K"),
    ('Item 8.01 Other Events. The Company has determined that its Annual Report on Form 10-K for the fiscal '
     "year ended June 30, 2011 will not be filed within the prescribed period. The Company's former Chief "
     "Financial Officer resigned on August 19, 2011, and the Company's remaining finance staff has been unable "
     "to complete the financial statements and related disclosures in time for the Company's independent "
     'registered public accounting firm to complete its audit.',
     "8-K"),
    ('The Company will avail itself of the additional time provided under Rule 12b-25(b) of the Securities '
     'Exchange Act of 1934 and intends to file its Annual Report on Form 10-K for the year ended December 31, '
     '2015 within the fifteen-day extension period, once its auditors complete their procedures relating to the '
     "impairment assessment of the Company's offshore drilling rigs.",
     "8-K"),
    ('Van Rijn Logistics N.V. announces that the publication of its 2016 Annual Report, originally scheduled '
     'for 20 April 2017, will be postponed, and that the Company will not be in a position to file its annual '
     'report on Form 20-F with the U.S. Securities and Exchange Commission by 1 May 2017. The Supervisory Board '
     'is investigating, with the assistance of external forensic accountants, the recognition of revenue on '
     "certain long-term contracts at the Company's Brazilian subsidiary.",
     "6-K"),
    ('Patterson-Gale Inc. said the filing of its fiscal 2022 Form 10-K will slip past its March 1 due date as '
     'the company completes its first assessment of internal control over financial reporting since becoming an '
     'accelerated filer. The company said it does not expect any changes to the unaudited results it released '
     'on February 9.',
     "8-K"),
    ("Amberley Telecom, which hasn't filed a quarterly report since last June, said Wednesday it also won't "
     'file its annual report on time, extending a delay that began when its audit committee opened a probe into '
     'how the company recorded capacity swaps with other carriers.',
     "8-K"),
    ('Marlin Outdoor Products said it had taken the automatic five-day extension for its quarterly report to '
     'the Securities and Exchange Commission, explaining that the physical inventory count at its newly opened '
     'Memphis distribution center had taken longer than planned.',
     "8-K"),
    ("Cobalt Ridge Software Inc. said it received a so-called deficiency letter from Nasdaq because it hasn't "
     'filed its quarterly report for the period ended Sept. 30, and that its trading symbol would carry a fifth '
     'character, "E," beginning Tuesday. The company has said it needs to restate results for 2003 and 2004 to '
     'correct how it recognized revenue on multi-year maintenance contracts.',
     "8-K"),
    ('Bellwether Restaurants Inc. said it will delay its 10-Q for the first quarter and restate results for the '
     'past three years after concluding that it had been depreciating leasehold improvements over periods '
     'longer than its lease terms. The Nashville-based casual-dining operator said the changes would reduce '
     'previously reported earnings but would not affect cash.',
     "8-K"),
    ('Corvane Systems Inc. (NASDAQ: CRVN) expects to file its Form 10-Q for the quarter ended September 30, '
     '2014 late, the Sunnyvale, Calif., company said in a regulatory filing Wednesday. Corvane said it needs '
     'more time to finish the purchase-price accounting for its July acquisition of Peltier Data and still '
     'plans to report results on November 18.',
     "8-K"),
    ('Mid-Atlantic Grocers Inc. has pushed back the release of its quarterly report filed with regulators, '
     'saying a conversion to new accounting software slowed the closing of its books for the 12 weeks ended '
     'Oct. 4. The Baltimore-area supermarket chain said it now expects to submit the report to the Securities '
     'and Exchange Commission next week.',
     "8-K"),
    ("Pinecrest Energy Corp. missed the Securities and Exchange Commission's deadline for its annual report on "
     'Monday and has not said when the document will be filed. In a brief statement, the Tulsa oil and gas '
     'producer said its lenders and auditors were still discussing whether the audit opinion would include '
     'going-concern language.',
     "8-K"),
    ('Ridgeline Bancorp, Inc. (the "Company") announced today that it will require additional time to complete '
     'its Annual Report on Form 10-K for the fiscal year ended December 31, 2019. Management needs the '
     'additional time to finalize the allowance for loan losses on a group of agricultural credits downgraded '
     'during the year-end review. The Company currently expects to file the report on or before March 30, 2020.',
     "8-K"),
    ('Desert Sun Water Co., a Phoenix-based bottler whose shares trade on the OTC Bulletin Board, said it would '
     'be late filing its 10-QSB for the quarter ended March 31 because its controller left the company in April '
     'and a replacement has not been hired. The company said it expects to file by May 20.',
     "8-K"),
])
def test_late_filing_in_other_words(text: str, form: str) -> None:
    assert Kind.LATE_FILING in found(text + "\n", form)


@pytest.mark.parametrize(("text", "form"), [
    ('Coastal Freight Lines Inc. said it found accounting errors in the way it billed fuel surcharges to some '
     'customers, inflating revenue in 2011 and 2012 by a combined $6.3 million. The trucking company said it '
     'would correct the figures in its annual report and that its chief financial officer had been placed on '
     'leave.',
     "8-K"),
    ('Harborview Networks fired its auditor, Baker Tilden LLP, three weeks after the firm told the audit '
     "committee it had concerns about the company's accounting for a sale-leaseback of its data centers, "
     'according to a filing Friday. Harborview said in the filing that there had been no disagreements with the '
     'firm on any matter of accounting principles or practices.',
     "8-K"),
    ('Trading in Trident Apparel Corp. shares was halted on the American Stock Exchange yesterday after the '
     'company disclosed accounting irregularities at its Hong Kong sourcing subsidiary. Trident said fiscal '
     "1997 results, which showed a profit of $4.1 million, would be revised, and that the subsidiary's managing "
     'director had resigned.',
     "8-K"),
    ('On August 6, 2020, Whitcombe & Lane LLP informed the Audit Committee of the Board of Directors of Sable '
     "Creek Outfitters, Inc. that it will decline to stand for re-appointment as the Company's independent "
     "registered public accounting firm, effective upon completion of its review of the Company's interim "
     'financial statements for the quarter ending September 30, 2020.',
     "8-K"),
    ('A special committee of independent directors, assisted by independent counsel and forensic accounting '
     "advisors, is reviewing the Company's historical stock option grant practices from 1997 through 2006 and "
     'the related accounting. The special committee has not reached any conclusions, and the Company has not '
     'determined whether additional non-cash compensation expense will be required for prior periods.',
     "8-K"),
])
def test_restatement_risk_in_other_words(text: str, form: str) -> None:
    assert Kind.RESTATEMENT_RISK in found(text + "\n", form)


@pytest.mark.parametrize(("text", "form"), [
    ('Alcott Paper Co. plans to repurchase as much as 10 percent of its outstanding common shares, or about 4.6 '
     "million shares, over the next 18 months, the company said yesterday. Alcott's chairman said the stock was "
     '"undervalued at current levels."',
     "8-K"),
    ('During fiscal 1997 the Company purchased and retired 412,500 shares of its common stock at an aggregate '
     'cost of approximately $9.1 million. At September 30, 1997, 587,500 shares remained available for purchase '
     'under the one-million-share program approved by the Board of Directors in November 1996.',
     "10-K"),
    ('On April 2, 1999, Bexley Industries, Inc. redeemed 750,000 of its common shares from the Estate of Harold '
     "J. Bexley, the Company's founder, at a price of $14.00 per share, or $10,500,000 in the aggregate, "
     'pursuant to a stock redemption agreement entered into in 1992 to provide liquidity for the payment of '
     'estate taxes. The redeemed shares will be held as treasury shares.',
     "8-K"),
    ('Transaction in Own Shares. Ashcombe Group plc (the "Company") announces that on 14 March 2018 it '
     'purchased 250,000 of its ordinary shares of 10 pence each through Hartley Stockbrokers Limited at an '
     'average price of 412.6 pence per share. The purchased shares will be held in treasury. Following the '
     'purchase, the Company holds 3,140,000 ordinary shares in treasury and has 198,502,117 ordinary shares in '
     'issue (excluding treasury shares).',
     "6-K"),
    ('Net cash used in financing activities was $61.8 million for the six months ended June 27, 2015, primarily '
     'reflecting $42.6 million paid to repurchase 1.1 million shares of our common stock under the program '
     'authorized by our Board of Directors in February 2015 and $17.9 million of dividends paid.',
     "10-Q"),
    ('"Our Board upsized the existing repurchase authorization by an additional $75 million, bringing our total '
     'remaining capacity to approximately $110 million, and we intend to remain opportunistic in deploying it," '
     "said Dana Whitlock, chief financial officer of Brannock Industrial Supply Inc., in the company's "
     'second-quarter earnings release.',
     "8-K"),
])
def test_buyback_in_other_words(text: str, form: str) -> None:
    assert Kind.BUYBACK in found(text + "\n", form)


@pytest.mark.parametrize(("text", "form"), [
    ('Fairmount Tools restated its full-year outlook Tuesday, now calling for earnings of $2.10 to $2.20 a '
     'share, down from $2.35 to $2.45, citing weaker orders from European distributors. Second-quarter results '
     "were in line with the company's April forecast.",
     "8-K"),
    ('On August 9, 2022, the Company repurchased 2,000,000 of its outstanding public warrants, each exercisable '
     'for one share of Class A common stock at an exercise price of $11.50, in privately negotiated '
     'transactions at a price of $0.42 per warrant.',
     "8-K"),
    ('This Amendment No. 1 to the Annual Report on Form 10-K for the fiscal year ended January 31, 2021 is '
     'being filed solely to include the information required by Part III (Items 10 through 14) of Form 10-K, '
     'because the Company will not file its definitive proxy statement within 120 days after the end of its '
     'fiscal year. No other changes have been made to the original filing, and this amendment does not reflect '
     'events occurring after the original filing date.',
     "10-K/A"),
])
def test_look_alikes_in_the_same_words(text: str, form: str) -> None:
    assert not found(text + "\n", form)

# --- facts of the same wordings -------------------------------------------------------------------


def test_a_foreign_issuers_late_annual_report_is_its_20f() -> None:
    text = ("Van Rijn Logistics N.V. announces that the publication of its 2016 Annual Report, originally scheduled for "
            "20 April 2017, will be postponed, and that the Company will not be in a position to file its annual report "
            "on Form 20-F with the U.S. Securities and Exchange Commission by 1 May 2017.\n")
    assert found(text, "6-K")[Kind.LATE_FILING].facts["report"] == "20-F"


def test_contractions_read_as_their_words() -> None:
    text = ("Amberley Telecom, which hasn't filed a quarterly report since last June, said Wednesday it also won't file "
            "its annual report on time, extending a delay that began when its audit committee opened a probe into how "
            "the company recorded capacity swaps with other carriers.\n")
    findings = found(text, "8-K")
    assert findings[Kind.LATE_FILING].facts["report"] == "10-Q"  # (the first report it has not filed)
    assert findings[Kind.RESTATEMENT_RISK].facts["trigger"] == "investigation"  # the audit committee's probe


def test_a_dutch_auctions_count_is_the_shares_accepted_not_tendered() -> None:
    text = ("Based on the final count by the depositary, 4,318,902 shares were properly tendered and not properly "
            "withdrawn at or below a purchase price of $26.25 per share. Because the tender offer was oversubscribed, "
            "Merriwether Corp. accepted for purchase 3,612,445 shares on a pro rata basis, representing approximately "
            "9.8% of its outstanding shares, for an aggregate cost of approximately $94.8 million, excluding fees and "
            "expenses.\n")
    assert found(text, "SC TO-I/A")[Kind.BUYBACK].facts["shares"] == 3_612_445


def test_a_40f_is_read_and_canadian_dollars_are_no_dollar_facts() -> None:
    # (a "40-F" was once taken for the ownership report "4")
    text = ("During the year ended December 31, 2011, under its normal course issuer bid, the Company purchased and "
            "cancelled 1,145,600 common shares at an average price of C$18.42 per share, for total consideration of "
            "C$21.1 million.\n")
    facts = found(text, "40-F")[Kind.BUYBACK].facts
    assert facts["shares"] == 1_145_600
    assert "price_per_share" not in facts and "amount_usd" not in facts


def test_shares_purchased_and_retired_in_a_year() -> None:
    text = ("During fiscal 1997 the Company purchased and retired 412,500 shares of its common stock at an aggregate "
            "cost of approximately $9.1 million. At September 30, 1997, 587,500 shares remained available for purchase "
            "under the one-million-share program approved by the Board of Directors in November 1996.\n")
    facts = found(text, "10-K")[Kind.BUYBACK].facts
    assert facts["shares"] == 412_500
    assert facts["amount_usd"] == 9_100_000


def test_an_own_share_transaction_told_with_it() -> None:
    text = ("Transaction in Own Shares. Ashcombe Group plc (the \"Company\") announces that on 14 March 2018 it purchased "
            "250,000 of its ordinary shares of 10 pence each through Hartley Stockbrokers Limited at an average price of "
            "412.6 pence per share.\n")
    assert found(text, "6-K")[Kind.BUYBACK].facts["shares"] == 250_000


@pytest.mark.parametrize("text", [
    "The Company used cash on hand to repurchase $500 million of its 4.25% senior notes due 2027.",
    "The Board increased the quarterly dividend by 10% and may repurchase shares from time to time.",
    "The Company has adopted a plan to repurchase its outstanding warrants if the stock price exceeds $18.00.",
])
def test_look_alikes_of_a_purchase_or_an_authorisation(text: str) -> None:
    assert Kind.BUYBACK not in found(text + "\n", "8-K")


# --- a fifth bank: small companies' filing styles (written the same way) ----------------------------


def test_an_item_402b_heading_with_no_title() -> None:
    text = ("Item 4.02(b).\n\nOn October 4, 2016, Tanglewood Brands, Inc. (the \"Company\") was advised by its independent "
            "registered public accounting firm, Brandt Ferris LLP (\"Brandt Ferris\"), that disclosure should be made and "
            "action taken to prevent future reliance on Brandt Ferris's audit report dated March 31, 2016 on the "
            "Company's consolidated financial statements as of and for the year ended December 31, 2015.\n")
    finding = found(text, "8-K")[Kind.RESTATEMENT_RISK]
    assert finding.facts["items"] == ["4.02"]
    assert finding.severity.value == "high"


def test_a_special_committee_formed_to_investigate_accounting_treatment() -> None:
    text = ("On June 3, 2021, the Board of Directors of Pacifica Crossing Holdings, Inc. (the \"Company\") formed a special "
            "committee consisting solely of independent directors (the \"Special Committee\") to investigate matters "
            "brought to the attention of the Audit Committee concerning expense reimbursements and certain payments to "
            "consultants approved by the Company's Chief Executive Officer, and the accounting treatment of those "
            "payments.\n")
    assert found(text, "8-K")[Kind.RESTATEMENT_RISK].facts["trigger"] == "investigation"


def test_a_special_committee_formed_to_investigate_a_strategic_offer_is_no_accounting_matter() -> None:
    text = ("On June 3, 2021, the Board of Directors formed a special committee of independent directors to investigate "
            "and evaluate the unsolicited proposal received from Beta Holdings and other strategic alternatives.\n")
    assert Kind.RESTATEMENT_RISK not in found(text, "8-K")


def test_a_plain_text_issuer_purchases_table_with_wrapped_headers() -> None:
    text = ("CONFORMED SUBMISSION TYPE:\t10-K\nCONFORMED PERIOD OF REPORT:\t20221231\n\n"
            "Issuer Purchases of Equity Securities\n\n"
            "                                Total Number     Average Price    Total Number of Shares      Maximum Number\n"
            "                                of Shares        Paid per         Purchased as Part of        that May Yet Be\n"
            "Period                          Purchased        Share            Publicly Announced Plans    Purchased\n"
            "October 1 - 31, 2022              8,150          $15.62             8,150                      61,940\n"
            "November 1 - 30, 2022            11,700          $15.88            11,700                      50,240\n"
            "December 1 - 31, 2022             7,460          $16.05             7,460                      42,780\n"
            "Total                            27,310          $15.85            27,310\n")
    facts = found(text, "10-K")[Kind.BUYBACK].facts
    assert facts["shares"] == 27_310
    assert facts["price_per_share"] == 15.85


def test_a_repurchase_told_in_the_change_of_equity() -> None:
    text = ("CONFORMED SUBMISSION TYPE:\t10-Q\nCONFORMED PERIOD OF REPORT:\t20230630\n\n"
            "Stockholders' equity decreased $298,000 to $54.6 million at June 30, 2023, from $54.9 million at March 31, "
            "2023, primarily due to the repurchase of 25,300 shares of common stock at a total cost of $412,000 under the "
            "Company's stock repurchase program and an increase in accumulated other comprehensive loss, partially offset "
            "by net income of $281,000 for the quarter.\n")
    facts = found(text, "10-Q")[Kind.BUYBACK].facts
    assert facts["shares"] == 25_300 and facts["amount_usd"] == 412_000
    assert "authorized_shares" not in facts


def test_a_report_filed_within_the_12b25_extension_is_timely() -> None:
    text = ("Moraine Outdoor Brands, Inc. (the \"Company\") announced that it filed its Annual Report on Form 10-K for the "
            "fiscal year ended December 31, 2023 with the Securities and Exchange Commission today. As previously "
            "disclosed, the Company had filed a Form 12b-25 on April 1, 2024 to obtain the automatic fifteen-day "
            "extension; because the Form 10-K was filed within the extension period, it is deemed to have been timely "
            "filed under Rule 12b-25(b), and the Company remains current in its SEC reporting obligations.\n")
    assert Kind.LATE_FILING not in found(text, "8-K")


def test_a_weakness_of_an_earlier_annual_report_since_remediated() -> None:
    text = ("Remediation of Previously Reported Material Weakness. As described in Item 9A of our Annual Report on Form "
            "10-K for the year ended December 31, 2021, management identified a material weakness related to the lack "
            "of sufficient review of complex debt and equity transactions. Management has tested the operating "
            "effectiveness of the new controls and concluded that the material weakness was remediated as of December "
            "31, 2022, and that our internal control over financial reporting was effective as of that date.\n")
    assert Kind.RESTATEMENT_RISK not in found(text, "10-K")


def test_a_dollar_figure_right_after_a_word_in_html() -> None:
    html = ("<html><body><p>Apex Corp. today announced that its Board of Directors has authorized a new share repurchase "
            "program under which the Company may repurchase up to<span>$500</span> million of its outstanding common "
            "stock.</p></body></html>\n")
    assert found(html, "8-K")[Kind.BUYBACK].facts["authorized_usd"] == 500_000_000


# --- a sixth bank: foreign private issuers (written the same way) ---------------------------------


@pytest.mark.parametrize(("text", "report"), [
    ("Coralwing Therapeutics Limited (ASX: CWT; NASDAQ: CWTX) advises that it will not be in a position to lodge its "
     "audited Annual Report for the year ended 30 June 2024 with ASX by today's deadline, nor to file its Annual Report "
     "on Form 20-F with the U.S. Securities and Exchange Commission by 31 October 2024.", "20-F"),
    ("Accordingly, the Company's annual report on Form 20-F will also not be filed with the United States Securities "
     "and Exchange Commission by its due date of 31 October 2024.", "20-F"),
    ("On April 2, 2024, the Company announced that it would not be able to file its audited annual financial "
     "statements for the year ended December 31, 2023, the related management's discussion and analysis and its annual "
     "information form by the prescribed deadline of April 1, 2024.", "annual financial statements"),
    ("As a result of the resignation, the Company does not expect to be able to file its Annual Report on Form 20-F for "
     "the fiscal year ended September 30, 2023, which was due on January 29, 2024 and for which the Company previously "
     "received a Nasdaq deficiency notice, by the extended compliance date of April 29, 2024.", "20-F"),
])
def test_a_foreign_issuers_late_annual_filings(text: str, report: str) -> None:
    assert found(text + "\n", "6-K")[Kind.LATE_FILING].facts["report"] == report


def test_a_hyperinflation_restatement_of_non_monetary_items_is_no_error() -> None:
    text = ("PART III \u2014 NARRATIVE\n\nTransportadora Austral de Energ\u00eda S.A. (the \"Company\") hereby notifies the "
            "Securities and Exchange Commission that it will be unable to file its Annual Report on Form 20-F for the "
            "fiscal year ended December 31, 2023 by April 30, 2024. The application of IAS 29, Financial Reporting in "
            "Hyperinflationary Economies, to the Company's consolidated financial statements following the significant "
            "devaluation of the Argentine peso in December 2023 has required additional time for the Company and its "
            "independent auditor to complete the restatement of non-monetary items into the measuring unit current at "
            "the end of the reporting period.\n")
    findings = found(text, "NT 20-F")
    assert Kind.LATE_FILING in findings and Kind.RESTATEMENT_RISK not in findings


@pytest.mark.parametrize("text", [
    "Report on Correction of Previously Issued Financial Statements\n\nDaehan Bio Solutions Co., Ltd. (the \"Company\") "
    "hereby reports that, following a review of its audit reports by the Financial Supervisory Service of Korea, the "
    "Company has corrected its consolidated financial statements for the fiscal years ended December 31, 2021 and 2022.",
    "Harbin Polar Cold Storage Inc. (the \"Company\") announced that, following the Public Company Accounting Oversight "
    "Board's order revoking the registration of the Company's former independent registered public accounting firm, "
    "BG Borden CPA PC, the Company's previously issued audit reports for the fiscal years ended December 31, 2023 and "
    "2022 may no longer be relied upon for purposes of its filings with the Securities and Exchange Commission.",
    "The Audit Committee of the Board of Directors has engaged an independent forensic accountant and outside legal "
    "counsel to review the timing of revenue recognition for certain sales to distributors in the Asia-Pacific region "
    "during 2023 and 2024, including the existence of side agreements granting rights of return.",
    "In accordance with IAS 8, the Company will restate its consolidated statements of financial position as of "
    "December 31, 2022 and January 1, 2022 and its consolidated statement of profit or loss for 2022.",
    "The Supervisory Board has initiated an investigation, supported by external legal and forensic advisers, into the "
    "accounting for customer claims and the valuation of work in progress in the Group's Project Cargo business unit.",
    "The game developer said it had recognized in-game item sales too early and would restate its 2022 and 2023 "
    "results, cutting cumulative operating profit by about 61 billion won.",
])
def test_a_foreign_issuers_restatement_risk(text: str) -> None:
    assert Kind.RESTATEMENT_RISK in found(text + "\n", "6-K")


@pytest.mark.parametrize(("text", "shares"), [
    ("During the second quarter of 2024, pursuant to the repurchase fund (fondo de recompra) approved by the General "
     "Ordinary Shareholders' Meeting held on April 26, 2024 for a maximum amount of Ps. 2,500 million, Grupo Comercial "
     "Sierra Madre, S.A.B. de C.V. acquired 2,345,000 Series B shares on the Mexican Stock Exchange at an average price "
     "of Ps. 118.65 per share, for a total of Ps. 278.2 million.", 2_345_000),
    ("Aldgate Asset Management plc announces that it has today entered into an agreement with Harrow Capital Partners "
     "LP, which holds approximately 11.2% of the Company's issued share capital, to purchase 14,000,000 ordinary shares "
     "of 5 pence each from Harrow at a price of 162.5 pence per share, for a total consideration of \u00a322.75 million.",
     14_000_000),
])
def test_a_foreign_issuers_purchase(text: str, shares: int) -> None:
    facts = found(text + "\n", "6-K")[Kind.BUYBACK].facts
    assert facts["shares"] == shares
    assert "amount_usd" not in facts and "price_per_share" not in facts  # pesos and pence are no dollars


def test_a_program_sized_by_may_acquire() -> None:
    text = ("Companhia Agroindustrial do Cerrado S.A. (\"Company\") informs its shareholders and the market that its Board "
            "of Directors approved, at a meeting held on 7 August 2024, a share buyback program (programa de recompra de "
            "a\u00e7\u00f5es) under the terms of CVM Resolution No. 77/22. Under the program, the Company may acquire up to "
            "30,000,000 common shares, including in the form of American Depositary Shares, representing approximately "
            "4.9% of the outstanding shares.\n")
    assert found(text, "6-K")[Kind.BUYBACK].facts["authorized_shares"] == 30_000_000


@pytest.mark.parametrize("text", [
    "Subject to the passing of the resolution, the Directors would be authorised to repurchase up to 251,280,000 Shares, "
    "being 10% of the issued Shares. The Directors have no present intention to repurchase any Shares.",
    "Eurobalt Shipping Holdings Inc. announced that it has entered into privately negotiated agreements with certain "
    "holders to repurchase 6,250,000 of its outstanding Class A warrants, each exercisable for one common share at "
    "US$11.50, at a price of US$0.32 per warrant.",
    "Deccan Infotech Limited (the \"Company\") informs that its listed subsidiary, Deccan Digital Solutions Limited "
    "(\"DDSL\"), has completed its buyback of equity shares through the tender offer route.",
])
def test_look_alikes_of_a_foreign_issuers_buyback(text: str) -> None:
    assert Kind.BUYBACK not in found(text + "\n", "6-K")


def test_a_text_opening_with_a_bracket_is_no_json() -> None:
    text = ("[Correction] Decision on Cash Dividend\n\nHanyang Chemical Corporation hereby corrects its disclosure dated "
            "February 6, 2025 regarding the decision on year-end cash dividends.\n")
    assert found(text, "6-K") == {}


# --- a seventh bank: periodic reports (written the same way) ----------------------------------------


def test_a_table_caption_in_thousands_except_the_share_counts() -> None:
    text = ("CONFORMED SUBMISSION TYPE:\t10-Q\nCONFORMED PERIOD OF REPORT:\t20230930\n\n"
            "The following table presents information with respect to our repurchases of Class A common stock during the "
            "three months ended September 30, 2023 (in thousands, except per share amounts), except that the number of "
            "shares is presented in actual shares:\n\n"
            "Period | Total Number of Class A Shares Purchased | Average Price Paid per Share | Total Number of Shares "
            "Purchased as Part of Publicly Announced Program | Approximate Dollar Value of Shares that May Yet Be Purchased\n"
            "July 2023 | 801,022 | $ 112.38 | 801,022 | $ 1,409,980\n"
            "August 2023 | 688,117 | $ 117.92 | 688,117 | $ 1,328,837\n"
            "September 2023 | 715,280 | $ 116.04 | 715,280 | $ 1,245,836\n"
            "Total | 2,204,419 | | 2,204,419 |\n")
    assert found(text, "10-Q")[Kind.BUYBACK].facts["shares"] == 2_204_419


def test_shares_purchased_for_cancellation_in_a_40f() -> None:
    text = ("CONFORMED SUBMISSION TYPE:\t40-F\nCONFORMED PERIOD OF REPORT:\t20231231\n\n"
            "During the year ended December 31, 2023, the Company purchased for cancellation 3,215,600 common shares under "
            "the NCIB at an average price of C$38.44 per share, for a total of C$123.6 million.\n")
    assert found(text, "40-F")[Kind.BUYBACK].facts["shares"] == 3_215_600


def test_an_auditor_resigning_is_an_auditor_resignation() -> None:
    text = ("On April 3, 2019, KLM Partners LLP (\"KLM\") notified the Audit Committee that it was resigning as our "
            "independent registered public accounting firm, effective immediately.\n")
    finding = found(text, "8-K")[Kind.RESTATEMENT_RISK]
    assert finding.facts["trigger"] == "auditor_change" and finding.severity.value == "high"


# --- an eighth bank: older filings, 1993-2005 (written the same way) --------------------------------


def test_an_old_issuer_purchases_table_with_a_stacked_header() -> None:
    text = ("CONFORMED SUBMISSION TYPE:\t10-Q\nCONFORMED PERIOD OF REPORT:\t20040930\n\n"
            "ITEM 2.  UNREGISTERED SALES OF EQUITY SECURITIES AND USE OF PROCEEDS\n\n"
            "                 ISSUER PURCHASES OF EQUITY SECURITIES\n\n"
            "                                                 Total Number    Maximum\n"
            "                                                 of Shares       Number of\n"
            "                         Total                   Purchased as    Shares that\n"
            "                         Number      Average     Part of         May Yet Be\n"
            "                         of Shares   Price Paid  Publicly        Purchased\n"
            "Period                   Purchased   per Share   Announced Plan  Under the Plan\n"
            "----------------------   ---------   ----------  --------------  --------------\n"
            "July 1 - July 31, 2004     100,000     $31.42        100,000        1,790,000\n"
            "Aug. 1 - Aug. 31, 2004     125,000     $29.87        125,000        1,665,000\n"
            "Sept. 1 - Sept. 30, 2004    85,000     $30.55         85,000        1,580,000\n"
            "                         ---------                 --------------\n"
            "Total                      310,000     $30.52        310,000\n")
    assert found(text, "10-Q")[Kind.BUYBACK].facts["shares"] == 310_000


def test_a_uk_purchase_for_cancellation_of_shares_of_25p() -> None:
    text = ("Purchase of Own Shares\n\nBrenhall Group plc announces that on 14 March 2001 it purchased for\n"
            "cancellation 1,500,000 ordinary shares of 25p each at a price of\n412.5p per share.\n")
    assert found(text, "6-K")[Kind.BUYBACK].facts["shares"] == 1_500_000


def test_a_plan_to_buy_back_told_in_the_past_tense() -> None:
    text = ("Kellerman Foods Inc., a maker of frozen bakery goods based in Minneapolis, said yesterday that it planned to "
            "buy back up to 10 percent of its common stock, or about 2.3 million shares, over the next two years.\n")
    assert Kind.BUYBACK in found(text, "8-K")
