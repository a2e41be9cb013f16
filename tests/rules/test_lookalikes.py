"""Look-alikes that the wider rules of hold-outs 5 and 6 must leave alone (found by a review of
those changes): boilerplate, other subjects, other securities, and numbers that are not the
event's. Each text is a realistic sentence of the kind filings carry."""

from __future__ import annotations

from datetime import date

import pytest

from bot.models import Document, Filing, Kind
from bot.rules import run_rules


def _kinds(text: str, form: str) -> set[str]:
    f = Filing(documents=(Document(type=form, text=text),), form=form)
    return {x.kind.value for x in run_rules(f)}


def _found(kind: Kind, text: str, form: str, period: date | None = None) -> list:
    f = Filing(documents=(Document(type=form, text=text),), form=form, period=period)
    return [x for x in run_rules(f) if x.kind is kind]


@pytest.mark.parametrize(("form", "text"), [
    ("10-K", "The Audit Committee has established procedures for the receipt, retention and treatment "
             "of complaints regarding accounting irregularities, internal accounting controls or "
             "auditing matters."),
    ("10-K", "We are subject to laws prohibiting financial irregularities, and any violation could "
             "result in fines."),
    ("10-K", "When errors in previously issued financial statements are identified, the Company "
             "evaluates the materiality of the errors under ASC 250."),
    ("10-K", "The Company's policy is to correct errors identified in previously reported periods in "
             "the period in which they are identified."),
    ("10-K/A", "This Amendment No. 1 is being filed solely for the correction of typographical errors "
               "in the date of the Report of Independent Registered Public Accounting Firm on the "
               "consolidated financial statements."),
    ("10-K", "In 2022, the California Labor Commissioner determined that certain drivers had been "
             "incorrectly classified as independent contractors."),
    ("10-K", "Arthur Andersen LLP did not provide its consent to the inclusion of its audit report in "
             "this registration statement, as permitted by Rule 437a."),
    ("10-K", "In the litigation, the plaintiff's accountant withdrew its report on damages after the "
             "court's ruling."),
    ("8-K", "On May 1, 2023, the Company entered into the Third Amendment and Restatement Agreement to "
            "revise the leverage covenant based on consolidated earnings."),
    ("10-K", "The Company stated that it would have been required to restate its financial statements "
             "had the transaction closed."),
])
def test_no_restatement_risk(form: str, text: str) -> None:
    assert Kind.RESTATEMENT_RISK.value not in _kinds(text, form)


def test_immaterial_errors_in_prior_statements_are_medium() -> None:
    found = _found(Kind.RESTATEMENT_RISK, "Management identified certain errors in the Company's "
                   "previously issued financial statements that were not material to any prior "
                   "period.", "10-K")
    assert len(found) == 1 and found[0].severity.value == "medium"


def test_a_late_notice_finishing_its_related_party_note_is_only_late() -> None:
    assert _kinds("The Company requires additional time to finalize its financial statements and the "
                  "related disclosures, including the notes on related party transactions, for its "
                  "Annual Report on Form 10-K.", "NT 10-K") == {"late_filing"}


@pytest.mark.parametrize(("form", "text"), [
    ("8-K", "On March 1, 2020, the Board authorized a stock repurchase program. The program has no "
            "expiration date; the Company had 45,000,000 shares of common stock outstanding at that date."),
    ("8-K", "Our largest stockholder owns approximately 40 percent of the outstanding shares of our "
            "common stock, and we have repurchased shares from it in the past."),
    ("8-K", "The Company's former Chief Financial Officer adopted a Rule 10b5-1 plan; the Board "
            "previously authorized a stock repurchase program."),
    ("SC TO-I", "This Tender Offer Statement on Schedule TO relates to an offer by the Company to "
                "exchange options to purchase shares of its common stock for new options to purchase "
                "shares of its common stock."),
])
def test_no_buyback(form: str, text: str) -> None:
    assert Kind.BUYBACK.value not in _kinds(text, form)


def test_word_numbers_are_read_whole() -> None:
    from bot.rules.numbers import iter_shares
    assert [m.value for m in iter_shares("up to thirty-five million shares")] == [35e6]
    assert iter_shares("one hundred ten million shares") == []


def test_a_dividend_next_to_a_private_block_is_not_its_price() -> None:
    b = _found(Kind.BUYBACK, "On May 3, 2021, the Company repurchased 1,000,000 shares of its common "
               "stock from the estate of its founder. The Board also declared a quarterly dividend "
               "of $0.25 per share.", "8-K")
    assert len(b) == 1 and "price_per_share" not in b[0].facts and b[0].facts["shares"] == 1_000_000


def test_a_dividend_increase_is_not_an_increased_program() -> None:
    b = _found(Kind.BUYBACK, "On June 1, 2021, the Board approved an increase in the quarterly "
               "dividend and authorized the repurchase of up to 10 percent of the Company's "
               "outstanding shares.", "8-K")
    assert len(b) == 1 and not b[0].facts.get("increases_existing")
    assert b[0].facts["percent_of_outstanding"] == 10


def test_a_bulleted_risk_list_keeps_its_lead_in() -> None:
    from bot.edgar.filings import parse_filing
    html = (b"<html><body><p>Factors that could cause results to differ include:</p>"
            b"<table><tr><td>&#9679;</td><td>the resignation of our independent registered public "
            b"accounting firm;</td></tr><tr><td>&#9679;</td><td>our failure to timely file our "
            b"periodic reports with the SEC; and</td></tr></table></body></html>")
    f = parse_filing(html, source="x.htm", form="10-K")
    assert {x.kind.value for x in run_rules(f)} == set()


# --- a second review, of the hold-out 7-9 changes ----------------------------------------------


@pytest.mark.parametrize(("form", "text"), [
    # a SPAC's trust redemptions and units exchanged for stock are not the issuer buying back
    ("8-K", "In connection with the extension, stockholders holding 4,321,098 public shares exercised "
            "their right to redeem such shares; holders redeemed 4,321,098 shares of Class A common "
            "stock for approximately $45.6 million, or $10.55 per share."),
    ("8-K", "During the quarter, the Partnership redeemed 250,000 OP Units for 250,000 shares of common "
            "stock of the Company."),
    # others buying the company's shares
    ("8-K", "Parent purchased 5,000,000 shares of the Company's common stock from the Company in a "
            "private placement at $4.00 per share."),
    ("6-K", "The Underwriters purchased 3,000,000 of its ordinary shares at the offering price."),
    ("8-K", "The Board terminated the share repurchase program. In July 2023, the Company purchased "
            "3,000,000 shares of common stock of Beta Corp."),
    ("8-K", "Analysts noted that Apple is buying back $90 billion of its stock this year."),
    # plans that are no longer plans, dividends in other currencies
    ("8-K", "The Company no longer intends to repurchase $50 million of its common stock and has "
            "terminated its program."),
    ("8-K", "The Annual General Meeting approved a dividend of EUR 1.20 per share and renewed the "
            "authorization to repurchase own shares."),
])
def test_no_buyback_either(form: str, text: str) -> None:
    assert Kind.BUYBACK.value not in _kinds(text, form)


def test_a_list_whose_current_year_is_zero_is_no_purchase() -> None:
    assert _found(Kind.BUYBACK, "NOTE 12. STOCKHOLDERS' EQUITY\nDuring the years ended December 31, "
                  "2023, 2022 and 2021, the Company repurchased 0, 1,500,000 and 2,000,000 shares of "
                  "common stock for $0, $60.0 million and $70.0 million, respectively.", "10-K",
                  date(2023, 12, 31)) == []


def test_the_clause_not_the_sentence_is_dated() -> None:
    assert _found(Kind.BUYBACK, "NOTE 12. STOCKHOLDERS' EQUITY\nNo shares were repurchased during the "
                  "year ended December 31, 2023; the Company repurchased 500,000 shares for $12.0 "
                  "million during the year ended December 31, 2022.", "10-K", date(2023, 12, 31)) == []


def test_cumulative_totals_in_a_note_are_not_the_periods() -> None:
    for text in ("In 2023, the Board extended the stock repurchase program, under which the Company has "
                 "repurchased a total of 10,000,000 shares of its common stock for $300 million since 2015.",
                 "Through June 30, 2023, the Company had repurchased 10,000,000 shares of its common "
                 "stock for $300 million under the program adopted in 2015."):
        assert _found(Kind.BUYBACK, "NOTE 8. STOCKHOLDERS' EQUITY\n" + text, "10-Q",
                      date(2023, 6, 30)) == []


@pytest.mark.parametrize(("form", "text"), [
    ("10-K", "The inspector of elections determined that certain broker non-votes had been improperly "
             "recorded as votes against the proposal."),
    ("10-K", "During the IRS examination, the IRS determined that the Company had improperly deducted "
             "certain expenses and incorrectly reported income taxes for 2019."),
    ("8-K", "The Company discovered that a third-party payment processor had incorrectly recorded "
            "customer payments, and the processor has reimbursed the Company."),
    ("10-K", "During 2023, CMS determined that certain Medicare claims submitted by the Company had been "
             "erroneously recorded with incorrect billing codes."),
])
def test_improperly_recorded_things_that_are_not_the_books(form: str, text: str) -> None:
    assert Kind.RESTATEMENT_RISK.value not in _kinds(text, form)


@pytest.mark.parametrize("text", [
    "The Company requires additional time to finalize the classification of its debt as current or "
    "long-term in light of the covenant waiver received from its lenders.",
    "The Company needs additional time to finalize its review of the classification of financial "
    "instruments in the fair value hierarchy.",
    "The Company requires additional time to resolve accounting issues relating to the transition to "
    "its new ERP system.",
])
def test_routine_late_notice_work_is_only_late(text: str) -> None:
    assert _kinds(text, "NT 10-K") == {"late_filing"}


@pytest.mark.parametrize(("form", "text"), [
    ("SC TO-I", "This Tender Offer Statement relates to the offer by Acme Holdings LLC to purchase up to "
                "2,000,000 shares of common stock of Target Inc. at $10.00 per share."),
    ("8-K", "The Company received notice of an unsolicited mini-tender offer by TRC Capital to purchase "
            "up to 2,000,000 shares of the Company's common stock at $10.00 per share."),
    ("8-K", "Berkshire Hathaway bought back 1,000,000 shares of Occidental common stock last quarter."),
])
def test_third_parties_buying_shares(form: str, text: str) -> None:
    assert Kind.BUYBACK.value not in _kinds(text, form)


def test_the_companys_own_name_before_its_stock_is_its_own() -> None:
    # Butler National, 8-K Item 8.01, December 2016 (hold-out 10)
    assert Kind.BUYBACK.value in _kinds(
        "On December 20, 2016, Butler National Corporation announced that its Board of Directors "
        "authorized the repurchase of shares of Butler National common stock in the open market or "
        "otherwise, at an aggregate purchase price of up to $500,000.", "8-K")


# --- found by the review of the hold-out 11 changes (purchase-worded programs, treasury
# purchases, restatement headings, releases on delayed reports) -----------------------------

_REVIEW_11 = {
    # someone else buys the company's stock
    "investor": ("8-K", "On June 10, 2024, the Board approved the Investment Agreement under which "
                        "Berkshire agreed to purchase up to $500 million of the Company's common stock."),
    "equity line": ("10-Q", "On May 2, 2024, the Board of Directors authorized Lincoln Park to purchase up "
                            "to $20,000,000 of our common stock over a 24-month period under the purchase "
                            "agreement."),
    "esop": ("8-K", "On April 18, 2024, the Board of Directors approved the purchase of up to 500,000 "
                    "shares of the Company's common stock by the Company's Employee Stock Ownership Plan "
                    "in open market transactions."),
    "401k": ("8-K", "In the second quarter, the Company purchased 150,000 shares of its common stock on "
                    "behalf of its 401(k) plan participants."),
    "tax withholding": ("8-K", "During the second quarter of 2024, the Company purchased 12,345 shares of "
                               "treasury stock from employees to satisfy tax withholding obligations upon "
                               "the vesting of restricted stock awards."),
    "director plan": ("8-K", "Effective January 1, 2024, the Board approved the Non-Employee Director Stock "
                             "Purchase Program, which allows directors to purchase up to $100,000 of common "
                             "stock each year."),
    "management plan": ("8-K", "On March 15, 2024, the Board of Directors approved the Management Stock "
                               "Purchase Program, under which executives may purchase restricted stock units "
                               "with up to 100% of their annual bonus, covering up to 500,000 shares of "
                               "common stock."),
    # another company's shares
    "bank stake": ("8-K", "On September 3, 2024, the Federal Reserve approved the Company's application to "
                          "acquire up to 24.9% of the outstanding shares of Pinnacle Community Bank."),
    "strategic stake": ("8-K", "The Board of Directors authorized management to purchase up to 9.9% of the "
                               "outstanding shares of Mercury Systems in open market transactions as a "
                               "strategic investment."),
    "investee": ("8-K", "On May 1, 2024, we entered into a securities purchase agreement with Orion "
                        "Biologics, Inc., under which we purchased 2,000,000 shares of its common stock for "
                        "an aggregate purchase price of $10 million."),
    # a proposal, a rights plan
    "proxy proposal": ("DEF 14A", "PROPOSAL 5: TO AUTHORIZE THE COMPANY TO MAKE MARKET PURCHASES OF ITS "
                                  "ORDINARY SHARES. Shareholders are being asked to approve a resolution to "
                                  "authorize the Company to purchase up to 10% of its issued ordinary shares. "
                                  "The Board recommends a vote FOR this proposal."),
    "rights plan": ("8-K", "The Rights Plan will not be triggered by the acquisition of common shares "
                           "pursuant to a substantial issuer bid completed by the Corporation or by a "
                           "Permitted Bid."),
    # delays that are not a periodic report's, or are over
    "bla delay": ("8-K", "BioCo Announces Delay in Filing of Biologics License Application\n\nBioCo, Inc. "
                         "today announced a delay in filing its Biologics License Application for BX-101 "
                         "with the FDA, which it now expects to submit in the first quarter of 2025 "
                         "following additional manufacturing validation. In connection with the amended "
                         "collaboration agreement, management is evaluating the appropriate accounting "
                         "treatment for the $25 million upfront payment received from Partner."),
    "cured delay": ("8-K", "Item 8.01 Other Events. On May 20, 2024, Acme Corp. received a letter from Nasdaq "
                           "acknowledging that it had cured the delay in filing its Annual Report on Form "
                           "10-K, which was filed on May 15, 2024. The Company has completed its review of "
                           "the accounting for its convertible notes and concluded that no restatement was "
                           "required; the Company is now current in its filings."),
    "past delay": ("8-K", "Item 8.01 Other Events. On June 3, 2024, the Company filed its Quarterly Report "
                          "on Form 10-Q for the quarter ended March 31, 2024. The delay in filing its "
                          "quarterly report was due to the transition to a new independent auditor, and "
                          "the Company is now current in its SEC reporting obligations."),
    "no delay": ("8-K", "Acme Corp. Reports Second Quarter Results. Acme expects no delay in filing its "
                        "quarterly report on Form 10-Q, which will be filed on August 9, 2024."),
    # headings over a recast, or over nothing
    "recast heading": ("10-Q", "NOTE 3 — RESTATEMENT OF PRIOR PERIOD FINANCIAL INFORMATION\n\nCertain "
                               "prior period amounts in the condensed consolidated statements of operations "
                               "have been reclassified to conform to the current period presentation, with "
                               "no effect on net income or stockholders' equity."),
    "empty heading": ("10-K", "RESTATEMENT OF PREVIOUSLY ISSUED FINANCIAL STATEMENTS\n\nNot applicable.\n\n"
                              "LIQUIDITY AND CAPITAL RESOURCES\n\nAs of December 31, 2024, the Company had "
                              "cash and cash equivalents of $45.2 million and no outstanding borrowings "
                              "under its revolving credit facility."),
}


@pytest.mark.parametrize("case", sorted(_REVIEW_11))
def test_review_of_the_hold_out_11_changes(case: str) -> None:
    form, text = _REVIEW_11[case]
    assert _kinds(text, form) == set(), case


def test_routine_historical_accounting_work_in_a_late_notice_is_no_restatement_risk() -> None:
    text = ("PART III — NARRATIVE. The Registrant is unable to file its Quarterly Report on Form 10-Q "
            "for the period ended June 30, 2024 within the prescribed time period without unreasonable "
            "effort or expense because the Registrant needs additional time to review its historical "
            "accounting records following its conversion to a new enterprise resource planning system.")
    assert _kinds(text, "NT 10-Q") == {"late_filing"}


def test_the_reviews_positives_stay_found() -> None:
    # non-reliance that also names guidance; a retailer's fiscal 2024 ending February 1, 2025;
    # treasury stock "acquired"
    assert _found(Kind.RESTATEMENT_RISK, "On February 12, 2025, the Audit Committee concluded that the "
                  "Company's previously issued unaudited interim financial information for the quarters "
                  "ended March 31, June 30 and September 30, 2024, together with the related earnings "
                  "releases and financial guidance, should no longer be relied upon.", "8-K")
    assert _found(Kind.BUYBACK, "Issuer Purchases of Equity Securities\n\nDuring fiscal 2024, we repurchased "
                  "5.2 million shares of our common stock for $1.1 billion under our share repurchase "
                  "program.", "10-K", period=date(2025, 2, 1))
    assert _found(Kind.BUYBACK, "During the second quarter of 2024, the Company acquired 50,000 shares of "
                  "treasury stock at a cost of $1.2 million.", "8-K")


# --- found by the review of the hold-out 12 changes ------------------------------------------

_REVIEW_12 = {
    "holder's authority": ("8-K", "Item 8.01 Other Events.\n\nXYZ Capital LP, the Company's largest "
                                  "stockholder, has advised the Company that it has been authorized by its "
                                  "board to purchase up to 1,000,000 shares of the Company's common stock."),
    "convertible notes": ("8-K", "On March 3, 2024, the Board of Directors authorized the Company to "
                                 "repurchase, from time to time, up to $25 million aggregate amount of its "
                                 "5.25% Senior Secured Second Lien Convertible Notes due 2028, which are "
                                 "convertible into shares of common stock."),
    "plan trustees": ("8-K", "The Board approved the purchase of up to 1,000,000 shares of common stock by "
                             "the Board of Trustees of the Acme Retirement Plan."),
    "routine acquisition accounting": ("NT 10-K", "The Company is finalizing its accounting related to the "
                                                  "acquisition of Beta Inc., including the valuation of "
                                                  "acquired intangible assets."),
    "a draft revised": ("NT 10-K", "The Company identified certain revisions to the prior draft of the "
                                   "Management's Discussion and Analysis section of the Form 10-K."),
}


@pytest.mark.parametrize("case", sorted(_REVIEW_12))
def test_review_of_the_hold_out_12_changes(case: str) -> None:
    form, text = _REVIEW_12[case]
    assert "buyback" not in _kinds(text, form) and "restatement_risk" not in _kinds(text, form), case


def test_a_weakness_with_a_defined_remediation_plan_is_still_a_weakness() -> None:
    assert _found(Kind.RESTATEMENT_RISK, "In connection with the audit, management identified a material "
                  "weakness in internal control over financial reporting related to revenue cut-off, and "
                  "has defined a material weakness remediation plan.", "10-K")
