"""The general reading of a buyback in releases and news (bot/rules/buyback/generic.py): a buyback word
close to the company's shares with a verb of doing or deciding, told as fact. The positives are real
sentences from hold-out texts that the listed wordings missed when each set was first measured; the
look-alikes are real sentences (hold-outs, review fixtures) with the same words and no buyback."""

from __future__ import annotations

import pytest

from bot.models import Kind
from bot.rules.buyback.generic import generic_buyback
from tests.rules.excerpts import found


@pytest.mark.parametrize(("sentence", "kind"), [
    # Celestica (2014): a completed "program share repurchase" under its NCIB
    ("TORONTO, July 22, 2014 /PRNewswire/ - Celestica Inc. (NYSE, TSX: CLS), a global leader in the delivery of "
     "end-to-end product lifecycle solutions, today announced that it completed a program share repurchase (a PSR) "
     "under its Normal Course Issuer Bid.", "execution"),
    # NAXS (2018): a Swedish board's resolution under the general meeting's authorisation
    ("The board of NAXS AB (publ) has resolved, pursuant to the authorisation granted by the Annual General Meeting "
     "held on 5 June 2018, to repurchase own shares.", "authorization"),
    # AS Ekspress Grupp (2016): the result of an OTC buyback
    ("The issuer will acquire 500 000 own shares as a result of OTC buy-back.", "intent"),
    # Ringkjøbing Landbobank (2021): a weekly buyback report
    ("During this period Ringkjøbing Landbobank will buy-back shares to a maximum market value of DKK 30 million under "
     "a share buy-back programme, see company announcement of 30 July 2021.", "intent"),
    # the 19th review: reported speech ("said on Monday it would"), a Japanese board's decision
    ("FRANKFURT, Nov 3 (Reuters) - Deutsche Lufthansa AG said on Monday it would buy back up to 10% of its shares over "
     "the next two years after posting record third-quarter profit.", "intent"),
    ("TOKYO, November 4, 2025 -- Hitachi, Ltd. announces that its Board of Directors has decided to acquire up to "
     "30,000,000 of its own shares, for a total amount of up to 100 billion yen, during the period from November 5, 2025 "
     "to March 31, 2026.", "authorization"),
])
def test_a_buyback_told_in_words_no_list_holds(sentence: str, kind: str) -> None:
    assert generic_buyback(sentence, None) == kind


@pytest.mark.parametrize(("sentence", "nxt"), [
    # a stock-split release recalling earlier programs (Twin Disc, 2007)
    ("Recently the Company has announced two separate 200,000 share repurchase programs, raised the quarterly cash "
     "dividend 27 percent to $0.14 per share, and been included in the Russell 2000 index.", ""),
    # a note under a ten-year table (Fastenal, 2010)
    ("The 2010 shares repurchased information is as of October 19, 2010.", ""),
    # background in a story on a suspended program (Wal-Mart, 2008)
    ("From time to time, the discounter had repurchased shares of its common stock under a $15 billion "
     "share-repurchase program authorized by the Board of Directors.", ""),
    # years of history in a dividend release (Big Lots, 2014)
    ("Over the last several years, the business has returned in excess of $2 billion dollars to shareholders by "
     "repurchasing 74 million shares at an average price of approximately $27 per share.", ""),
    # a program's share count adjusted for a split (Copart, 2017)
    ("In addition, the number of shares authorized for repurchase under Copart's previously announced share repurchase "
     "program will be adjusted to reflect the two-for-one split in the form of a dividend.", ""),
    # a debt buyback (the US Treasury, 2024)
    ("Additionally, the Treasury launched its buyback program, with the first scheduled buyback on May 29.", ""),
    # a status notice's table: nothing bought (Toyota, 2024)
    ("Total number of shares repurchased: | 0 shares", ""),
    # review fixtures: a subsidiary's program, a program recalled, another company's shares, a buyback on a death
    ("Today, Banco Ejemplo, the Company's 60%-owned Mexican bank, announced that its board of directors had approved a "
     "new share repurchase program of up to MXN 2 billion.", ""),
    ("In a presentation today, the Chief Executive Officer recalled that in 2015 the board had authorized a share "
     "repurchase program, which was completed in 2017.", ""),
    ("Pursuant to the Agreement, Orbis agreed to repurchase all 2,000,000 shares of Orbis common stock held by the "
     "Company at a price of $7.50 per share.", ""),
    ("Under the shareholders agreement, upon the death of Mr. Smith, the Company will repurchase up to $5 million of "
     "its common stock from his estate.", ""),
    # a program recalled with its date and no size, the way releases, proxies and subsidiaries' news repeat it
    # (Marco Community Bancorp, 2006: a known miss), or undated
    ("On July 18, 2006, the Board of Directors (\"Board\") of Marco Community Bancorp, Inc. (\"MCBN\") authorized "
     "management to establish a Stock Repurchase Program (\"Repurchase Program\"), whereby MCBN will be able to purchase "
     "shares of its common stock in the open market as such shares become available.", ""),
    ("The Board has authorized a stock repurchase program.", ""),
    # a general meeting's standing mandate
    ("The Annual General Meeting approved a dividend of EUR 1.20 per share and renewed the authorization to repurchase "
     "own shares.", ""),
    # the 19th review: employees' plan purchases, a central bank's old purchases, inventory, market share, a partner's
    # stake, a cancellation, a biography
    ("LONDON, March 3, 2025 -- Unilever PLC announces that on 28 February 2025 it purchased 150,000 ordinary shares in "
     "the market under the Unilever Employee Share Purchase Programme, to be delivered to participating employees.", ""),
    ("TOKYO, Nov 5, 2025 -- The Bank of Japan today said it had completed the sale of shares it bought back from "
     "commercial banks in 2002-2004 under its stock purchase scheme.", ""),
    ("BROOMFIELD, Colo., Nov. 3, 2025 -- Crocs, Inc. said today it has bought back $40 million of excess stock from "
     "wholesale partners in North America to clean up channel inventory ahead of the holiday season.", ""),
    ("The carrier has been buying back market share on its transatlantic routes since it announced the new fares in "
     "2025.", ""),
    ("LONDON, 3 November 2025 -- Vodafone Group Plc announces that it has today completed the buy-back of the 33% equity "
     "stake in its Indian business held by Essar Group for US$5.46 billion.", ""),
    ("MUNICH, 4 November 2025 -- Allianz SE today completed the cancellation of 4,200,000 repurchased shares, reducing "
     "its share capital to EUR 1,169,920,000 divided into 386,500,000 registered shares.", ""),
    ("Ms. Doe previously served as CFO of Widget Inc., where she oversaw the repurchase of $3 billion of its shares in "
     "2022 and 2023 and completed the sale of its European business.", ""),
    # history told before the period's news: the next sentence is later
    ("In February 2022, the Board approved a new stock repurchase program.",
     "During the fourth quarter of 2023 the Company did not repurchase any shares."),
])
def test_the_same_words_without_a_buyback(sentence: str, nxt: str) -> None:
    assert generic_buyback(sentence, None, nxt) is None


def test_an_old_program_is_not_news() -> None:
    s = "On March 15, 2017, the Board of Directors authorized a stock repurchase program of up to $50,000."
    assert generic_buyback(s, 2017) == "authorization"
    assert generic_buyback(s, 2020) is None


def test_a_release_told_only_in_general_words_is_found() -> None:
    text = ("TORONTO, July 22, 2014 /PRNewswire/ - Celestica Inc. (NYSE, TSX: CLS), a global leader in the delivery of "
            "end-to-end product lifecycle solutions, today announced that it completed a program share repurchase (a PSR) "
            "under its Normal Course Issuer Bid.\n")
    f = found(text, "6-K")[Kind.BUYBACK]
    assert f.evidence.startswith("TORONTO, July 22, 2014") and "program share repurchase" in f.evidence


def test_a_listed_wording_in_the_filing_wins_over_the_general_reading() -> None:
    # Taylor Wimpey (2022): the programme sentence alone would be read by the general reading; the
    # listed wording ("it has purchased the following number of its ordinary shares") is quoted
    text = ("Taylor Wimpey plc (the \"Company\") announces today it has purchased the following number of its ordinary "
            "shares of 1 pence each through Credit Suisse International on the London Stock Exchange in accordance with "
            "the general authority granted to repurchase shares as granted by shareholders at the Company's Annual "
            "General Meeting on 26 April 2022 (the \"Purchase\"). The Purchase was effected as part of its £150,000,000 "
            "share buyback programme announced on 3 March 2022.\n\n"
            "Date of purchase: | 24 June 2022\nNumber of ordinary shares purchased: | 880,567\n")
    f = found(text, "8-K")[Kind.BUYBACK]
    assert f.evidence.startswith("Taylor Wimpey plc") and f.facts["shares"] == 880567
    assert f.title.startswith("Repurchased")
    # the programme sentence alone is a general reading's
    assert generic_buyback("The Purchase was effected as part of its £150,000,000 share buyback programme announced on "
                           "3 March 2022.", 2022) == "authorization"


def test_periodic_reports_are_left_to_the_listed_wordings() -> None:
    text = ("The Company's Board of Directors has resolved, pursuant to the authorisation granted by the Annual General "
            "Meeting held on 5 June 2023, to repurchase own shares.\n")
    assert Kind.BUYBACK in found(text, "6-K")
    assert Kind.BUYBACK not in found(text, "10-Q")
