"""Buyback rule: a foreign issuer's report of its own-share transactions, given as a table.

UK and Nordic issuers filing 6-Ks (and their releases) report each day's or week's buyback as a
table: either label and value rows ("Number of ordinary shares purchased | 17,652") or a column
headed "Number of shares bought back" with a row per trading day and total rows ("Total
accumulated over week 36/2020 | 26,829 | ..."). The period's count is the first total that is
not the programme's running total ("accumulated during the share buy-back programme", "latest
announcement"), else the label row's value, else the sum of the day rows."""

from __future__ import annotations

import re

from bot.models import Document
from bot.rules.buyback.paragraphs import _Event, _is_table_row, _sentences
from bot.rules.numbers import parse_cell
from bot.rules.regex import fast_compile

# a header or label naming the count of the company's own shares bought
_COUNT_LABEL = fast_compile(
    r"(?:^|\|)\s*(?:aggregate\s+)?number\s+of\s+(?:ordinary\s+|own\s+|common\s+|class\s+\w\s+)?shares\s+"
    r"(?:bought\s+back|purchased|repurchased|acquired|bought)\b"
    # "... | Total daily volume (number of shares) | Daily weighted average purchase price (EUR) | ..."
    r"|(?:^|\|)\s*total\s+daily\s+volume\s*\(number\s+of\s+shares\)"
    # "Date | Total repurchased shares | Weighted average price (EUR) | ..."
    r"|(?:^|\|)\s*(?:total\s+)?(?:repurchased|purchased|bought[-\s]back)\s+(?:ordinary\s+|own\s+|common\s+)?shares\s*(?:\||$)", re.I)
# an Item 703 table ("Total Number of Shares Purchased as Part of Publicly Announced Plans or
# Programs") is read by the periodic reports' table rule, not here
_ITEM_703 = fast_compile(r"publicly\s+announced|plans\s+or\s+programs|total\s+number\s+of\s+shares", re.I)
_COUNT_COLON = fast_compile(
    r"\bnumber\s+of\s+(?:ordinary\s+|own\s+|common\s+|class\s+\w\s+)?shares\s+(?:bought\s+back|purchased|repurchased"
    r"|acquired|bought)\s*:\s*(\d{1,3}(?:,\d{3})+|\d+)\b", re.I)
_TOTAL = fast_compile(r"^\s*total\b", re.I)
# a running total of the whole programme, not the period's
_RUNNING = fast_compile(r"accumulated\s+(?:during|under)|(?:latest|last)\s+announcement|previous(?:ly)?|since|to\s+date"
                        r"|cumulative|programme|program\b|in\s+total", re.I)
_NOT_SHARES = fast_compile(r"\b(?:warrants?|notes|bonds|debentures|options?)\b", re.I)
# the buyback named before the table ("Under the programme, Nordbank A/S has bought back the
# following shares", "Transaction in own shares")
_OWN_BUYBACK = fast_compile(r"\bbuy-?\s?back|\brepurchas|\bown\s+shares|\bbought\s+back|\btreasury", re.I)
# tables of other buyers or of shares not the company's own: a placement, a rights offering, an
# employee plan, a director's or PDMR's dealing, an acquisition, shares withheld for taxes, or a
# company saying it has no buyback programme
_NOT_OWN = fast_compile(
    r"\bprivate\s+placement|\brights\s+offering|\bsubscription|\bemployee\s+(?:stock|share)\s+purchase"
    r"|\bESPP\b|\bPDMR\b|\bdischarging\s+managerial|\bdirector['’]?s?\s+(?:dealing|shareholding|purchase)"
    r"|\bacquisition\s+of\b(?!\s+(?:its\s+|our\s+)?(?:own|treasury)\s+shares)|\btender(?:ed)?\s+(?:their|its)\s+shares|\bwithh(?:e|o)ld|\btax\s+withholding"
    r"|\b(?:do|does|did)\s+not\s+have\s+a\s+(?:share\s+|stock\s+)?(?:re)?purchase\s+program", re.I)


def transaction_table_event(doc: Document) -> _Event | None:
    """The execution a transaction report's table states, or None."""
    text = doc.text
    if _NOT_OWN.search(text):
        return None  # investors', employees' or insiders' purchases, shares sold or acquired
    notice = _notice_event(doc)
    if notice is not None:
        return notice  # (its own lines say what was bought, not the programme's running total)
    if "|" not in text:
        return _label_value_event(doc)
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if (not _is_table_row(line) or not _COUNT_LABEL.search(line) or _NOT_SHARES.search(line)
                or _ITEM_703.search(line)):
            continue
        # the company's buyback must be named before the table, unless the report is the bare
        # table of a day's transaction ("Date of Purchase | ...", "Number of ordinary shares purchased | ...")
        before = " ".join(lines[max(0, i - 12) : i])
        bare = len(text) < 1500 and not any(len(ln) >= 80 and not _is_table_row(ln) for ln in lines)
        if not (_OWN_BUYBACK.search(before) or bare):
            continue
        cells = [c.strip() for c in line.split("|")]
        if _COUNT_LABEL.search(cells[0]):  # "Number of ordinary shares purchased | 17,652"
            if len(cells) == 2:
                value = parse_cell(cells[1])
                if value and value > 0:
                    return _event(doc, lines, i, value)
            continue
        col = next(k for k, c in enumerate(cells) if _COUNT_LABEL.search(c))
        value = _column_count(lines[i + 1 : i + 80], col)
        if value:
            return _event(doc, lines, i, value)
    return _label_value_event(doc)  # (a header's "TYPE: | 6-K" row is no table of purchases)


def _label_value_event(doc: Document) -> _Event | None:
    """ "Number of ordinary shares purchased: 145,000", as UK regulatory news gives it, after the
    company's own buyback is named."""
    m = _COUNT_COLON.search(doc.text)
    if m is None or _NOT_SHARES.search(m.group(0)):
        return None
    value = parse_cell(m.group(1))
    if not value or not _OWN_BUYBACK.search(doc.text, max(0, m.start() - 1500), m.start()):
        return None
    lines = doc.text[: m.start()].split("\n")
    return _event(doc, lines, len(lines), value)


# a notice whose heading names the company's own buyback
_NOTICE_HEAD = fast_compile(r"(?:acquisition|purchase)\s+of\s+(?:its\s+)?(?:own|treasury)\s+shares|share\s+buy-?back\s+notice"
                            # "Notice Concerning the Status of the Repurchase of Shares of our Common Stock" (a Japanese issuer's)
                            r"|(?:status\s+of\s+(?:the\s+)?)?repurchase\s+of\s+shares\s+of\s+(?:our|its)\s+common\s+stock"
                            # the TSX's Form 12: "NOTICE OF INTENTION TO MAKE A NORMAL COURSE ISSUER BID"
                            r"|notice\s+of\s+intention\s+to\s+make\s+a\s+normal\s+course\s+issuer\s+bid", re.I)
# the count a notice says was bought (the result, the previous day's) or is to be bought
_NOTICE_NOT_OWN = fast_compile(r"subsidiar|employee|\besop\b|\btrust\b|\bby\s+(?:a|the)\b|disposal|cancell?ation", re.I)
_NOTICE_DONE = fast_compile(
    r"\b(?:acquisition\s+result|total\s+number\s+of\s+shares\s+(?:acquired|repurchased))\s*:\s*(?:\|\s*)?(?:common\s+shares\s+)?(\d{1,3}(?:,\d{3})+|\d+)\s+shares"
    r"|(?<!before\s)\bprevious\s+day\s*:\s*(\d{1,3}(?:,\d{3})+|\d+)\b", re.I)
_NOTICE_PLANNED = fast_compile(
    r"\b(?:total\s+)?number\s+of\s+shares\s+to\s+be\s+acquired\s*:\s*(?:up\s+to\s+)?(?:common\s+shares\s+)?"
    r"(\d{1,3}(?:,\d{3})+|\d+)"
    # the TSX's Form 12: "Number of securities the issuer actually intends to acquire under the NCIB (...): Up to 18,000,000"
    r"|\bnumber\s+of\s+securities\s+the\s+issuer\s+actually\s+intends\s+to\s+acquire\b[^:]{0,80}:\s*(?:up\s+to\s+)?"
    r"(\d[\d,.]*(?:\s+million\b)?)(?![\d.]*\s*%)", re.I)
_NOTICE_MAXIMUM = fast_compile(
    r"\bmaximum\s+number\s+of\s+securities\s+that\s+may\s+be\s+acquired\b[^:]{0,40}:\s*"
    # (not the percentage: "10% of the public float, being 29,876,543 common shares")
    r"(?:\d+(?:\.\d+)?\s*%[^,\n]{0,60},\s*(?:being|or|representing)\s+(?:approximately\s+)?)?(\d[\d,.]*(?:\s+million\b)?)(?![\d.]*\s*%)", re.I)


def _notice_event(doc: Document) -> _Event | None:
    """A notice headed as the company's own buyback (Japanese and Korean "Acquisition of Own /
    Treasury Shares", an Australian "Daily share buy-back notice"): the count it says was bought,
    else the count it plans to acquire."""
    text = doc.text
    head = _NOTICE_HEAD.search(text, 0, 600)
    if head is None or _NOTICE_NOT_OWN.search(_line_at(text, head.start())):
        return None  # (not "... Own Shares by a Consolidated Subsidiary", "... by the Employee Stock Ownership Plan Trust")
    done = _NOTICE_DONE.search(text)
    if done:
        value = parse_cell(done.group(1) or done.group(2))
        if value:
            sentence = _notice_quote(text, head.start(), done.start())
            return _Event("execution", sentence, sentence, doc, {"shares": value})
    planned = _NOTICE_PLANNED.search(text) or _NOTICE_MAXIMUM.search(text)
    if planned:
        told = next(g for g in planned.groups() if g)
        value = parse_cell(told.split()[0])
        if value and "million" in told:
            value *= 1_000_000
        if value:
            sentence = _notice_quote(text, head.start(), planned.start())
            return _Event("authorization", sentence, sentence, doc, {"authorized_shares": value})
    return None


def _line_at(text: str, pos: int) -> str:
    return text[text.rfind("\n", 0, pos) + 1 : (text.find("\n", pos) + 1 or len(text) + 1) - 1].strip()


def _notice_quote(text: str, head: int, item: int) -> str:
    """The notice's heading and the line that gives the count ("Decision on Acquisition of
    Treasury Shares — 1. Number of shares to be acquired: Common shares 2,500,000")."""
    title = _line_at(text, head)
    if len(title) > 200:  # (a hard-wrapped letter flowed into one line: from "Notice ..." on)
        at = text.rfind("Notice", max(0, head - 60), head)
        start = at if at >= 0 else head
        title = text[start : start + 160].split("(")[0].strip()
    line = _line_at(text, item)
    if len(line) > 200:  # (flowed: the item itself)
        line = text[item : item + 200].split("\n")[0].strip()
    return f"{title} \u2014 {line}"


def _column_count(rows: list[str], col: int) -> float | None:
    day_rows: list[float] = []
    for row in rows:
        if not _is_table_row(row):
            break
        cells = [c.strip() for c in row.split("|")]
        value = parse_cell(cells[col]) if col < len(cells) else None
        if value is None:
            continue
        if _TOTAL.match(cells[0]) or _RUNNING.search(cells[0]):
            if not _RUNNING.search(cells[0]) and value > 0:
                return value  # "Total accumulated over week 36/2020 | 26,829"
            continue  # a running total ("Accumulated, last announcement", "... under the programme")
        day_rows.append(value)
    total = sum(day_rows)
    return total if total > 0 else None


def _event(doc: Document, lines: list[str], at: int, shares: float) -> _Event:
    # the report's own words about the buyback, else a sentence that says what the table shows
    said = [s for ln in lines[max(0, at - 8) : at] if not _is_table_row(ln) for s in _sentences(ln) if len(s) >= 40]
    said = sorted(said, key=lambda s: not s.rstrip().endswith((".", ":")))  # (a sentence before a headline)
    intro = next((s for s in said if _BOUGHT.search(s)), None) or next((s for s in said if _ABOUT.search(s)), None)
    sentence = intro or f"Transactions in own shares: {shares:,.0f} shares purchased, as the report's table states."
    return _Event("execution", sentence, sentence, doc, {"shares": shares})


_BOUGHT = fast_compile(r"\b(?:purchased|bought\s+back|repurchased|launched)\b", re.I)
_ABOUT = fast_compile(r"buy-?\s?back|repurchas|own\s+shares", re.I)
