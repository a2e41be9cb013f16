"""Buyback rule: the Reg S-K Item 703 "Issuer Purchases of Equity Securities" table."""

from __future__ import annotations

import re
from typing import Any

from bot.models import Document
from bot.rules.buyback.paragraphs import _FIGURE, _Event, _figures_row, _is_table_row, _sentences
from bot.rules.buyback.patterns import (
    _AUTH_VERB,
    _CUMULATIVE,
    _DASH_CELL,
    _ITEM_HEAD,
    _LINE_END_SENTENCE,
    _NEGATION,
    _SHORT_DATE,
    _TABLE_HEAD_LOWER,
    _TOTAL_ROW,
    _WITHHOLD,
    _YEAR,
)
from bot.rules.buyback.sentences import _EMPLOYEE_PLAN
from bot.rules.numbers import (
    iter_dates,
    parse_cell,
)
from bot.rules.regex import fast_compile

# --- Item 703 table ---------------------------------------------------------------------------


def _row_values(lines: list[str], i: int) -> list[tuple[float, bool]]:
    """Numbers of a table row: the cells of a "a | b | c" line, or (when the parser emitted one
    cell per line) the numeric lines that follow the label."""
    inline = _INLINE_VALUES.match(lines[i])
    if _is_table_row(lines[i]):
        parts = [c.strip() for c in lines[i].split("|")]  # (an empty cell reads " | | ")
        cells = parts if parse_cell(parts[0]) is not None else parts[1:]  # unlabeled: all values
    elif inline:  # "TOTAL: 1,017 $ 37.94 1,017 90,731": a row whose cells lost their separators
        cells = _INLINE_CELL.findall(inline.group(1))
    elif _figures_only(lines[i]):  # "352,000 352,000": an unlabeled total that lost them too
        cells = _INLINE_CELL.findall(lines[i])
    elif (rest := _dated_figures(lines[i])) is not None:  # "July 1, 2023 - July 31, 2023 285,499 $87.57 ..."
        cells = _INLINE_CELL.findall(rest)
    elif i + 1 < len(lines) and _TOTAL_ALONE.match(lines[i]) and _figures_only(lines[i + 1]):
        cells = _INLINE_CELL.findall(lines[i + 1])  # "Total" / "4,230,688 $ 44.62 4,230,688": the label on its own line
    else:
        cells = []
        for ln in lines[i + 1 : i + 16]:
            if re.fullmatch(r"\s*(?:\$|\([a-z0-9]\)|\(\d\)|million|billion|thousand|%)?\s*", ln, re.I):
                continue
            if _DASH_CELL.fullmatch(ln):
                cells.append(ln)  # "-": a zero (a dash in a financial table)
                continue
            v = parse_cell(re.sub(r"\s*\((?:[a-z]|\d)\)\s*|\s+(?:million|billion)\b", "", ln))
            if v is None:
                break
            cells.append(ln)
    vals = []
    for c in cells:
        # "22.8 million" in a cell is the count itself (a header's "(in millions)" is read elsewhere)
        scale = 1e6 if re.search(r"\d\s*million\b", c, re.I) else 1e9 if re.search(r"\d\s*billion\b", c, re.I) else 1.0
        c = re.sub(r"\s*\((?:[a-z]|\d)\)\s*|\s+(?:million|billion)\b", "", c)
        if _DASH_CELL.fullmatch(c):
            vals.append((0.0, "$" in c))  # a dash in a financial table is a zero
            continue
        v = parse_cell(c)
        if v is not None:
            vals.append((round(v * scale, 4), "$" in c))
    return vals


_HAS_DIGIT = fast_compile(r"\d")
_TOTAL_ALONE = fast_compile(r"\s*total\s*:?\s*$", re.I)
_INLINE_VALUES = fast_compile(r"^\s*total\s*:?((?:\s+(?:\$\s*)?(?:\(?[\d,]*\.?\d+\)?|[—–-]))+)\s*$", re.I)
_INLINE_CELL = fast_compile(r"(?:\$\s*)?(?:\(?[\d,]*\.?\d+\)?|[—–-])")


def _line_numbers(text: str, positions: list[int]) -> list[int]:
    """Sorted distinct indices (into `text.split("\\n")`) of the lines holding `positions`
    (sorted ascending), counting newlines between consecutive positions in C."""
    out: list[int] = []
    line = prev = 0
    for p in positions:
        line += text.count("\n", prev, p) if p > prev else 0
        prev = max(prev, p)
        if not out or out[-1] != line:
            out.append(line)
    return out


def _head_positions(low: str) -> list[int]:
    """Where a column header may start: "total number of shares ..." or "total shares purchased"."""
    out = []
    for word in ("total number", "total shares"):
        pos = low.find(word)
        while pos >= 0:
            out.append(pos)
            pos = low.find(word, pos + 1)
    pos = low.find("average price paid")
    while pos >= 0:  # (a header whose count cell came out empty: tried at its line's start)
        start = low.rfind("\n", 0, pos) + 1
        if _EMPTY_COUNT_HEAD.match(low, start):
            out.append(start)
        pos = low.find("average price paid", pos + 1)
    return sorted(set(out))


# a header whose count cell came out empty (a converted table: "Period | | Average Price Paid per Share (1) | | Maximum
# Approximate Dollar Value of Shares that May Yet Be Purchased Under Publicly Announced Plans or Programs (2)")
_EMPTY_COUNT_HEAD = fast_compile(r"^[^\n|]{0,40}\|\s*\|\s*average\s+price\s+paid\s+per\s+share[^\n]{0,300}?"
                                 r"(?:plans?\s+or\s+programs?|yet\s+be\s+purchased)", re.M)


# a plain-text table whose column headers wrap over several lines ("Total Number     Average Price
# ..." / "of Shares        Paid per ..." / "Purchased        Share ..."), in lower case
_FIXED_WIDTH_HEAD = fast_compile(r"total\s+number(?=[^\n]*?(?: {3,}| \| )\S)(?=(?:[^\n]*\n){0,6}?[^\n]*?\bpurchased\b)"
                                 r"(?=(?:[^\n]*\n){0,6}?[^\n]*?\baverage\b)")


def _table_event(doc: Document, lines: list[str], text: str, low: str, periodic: bool) -> _Event | None:
    if not periodic:
        return None
    for pos in _head_positions(low):
        hm = _TABLE_HEAD_LOWER.match(low, pos) or _FIXED_WIDTH_HEAD.match(low, pos) or _EMPTY_COUNT_HEAD.match(low, pos)
        if not hm:
            continue
        hi = text.count("\n", 0, hm.start())  # index of the line holding the header
        window = lines[hi : hi + 80]
        # the section's narrative, for the evidence and the "None" check
        for j, ln in enumerate(window[1:], start=1):
            if (_ITEM_HEAD.match(ln) or _NEXT_SECTION.match(ln)) and j > 3:
                window = window[:j]
                break
        if _plan_table(lines, hi):
            continue  # employees' purchases under a stock purchase plan
        # (not a stacked header's "Total | Purchased as | Shares that": a total row has figures or stands alone)
        total = next((j for j, ln in enumerate(window)
                      if (_TOTAL_ROW.match(ln) and not (" | " in ln and not _HAS_DIGIT.search(ln)))
                      or _unlabeled_total(window, j)), None)
        if total is not None:
            cells, j = _row_values(window, total), total
            if not cells:  # "Total" over its own rows ("Repurchase programs | 7,942,645 | ...")
                cells, j = _total_subrow(window, total)
            if not cells:
                return None
        else:
            cells, j = _summed_rows(window)
            if not cells:
                continue  # no total and no dated rows under this header: try the next table
        if len(cells) >= 2 and not cells[1][1] and cells[1][0] >= 1 and cells[1][0] == int(cells[1][0]) and (
                cells[0][1] or (_price_first(lines, hi) and cells[0][0] != int(cells[0][0]))):
            # "Total $ 73.42 3,240,423 $ 498.6": the price column comes first (the header says so)
            cells = [cells[1], (cells[0][0], True), *cells[2:]]
        vals = [v for v, _ in cells]
        if vals[0] <= 0:
            return None
        shares = vals[0]
        if len(vals) >= 3 and vals[2] == 0 and (_EMPLOYEE_SHARES.search(_section_around(lines, hi))
                                                or _told_withheld(text, vals[0])):
            return None  # nothing under announced programs: tax withholding only
        # (no program and no employees' shares named: "The Company has no plan or program for the
        # purchase of shares", a table of 169,405 shares bought at $0.14 is still its own purchase)
        prefix = text[text.rfind("\n", 0, hm.start()) + 1 : hm.start()]  # (an introduction joined to the header's line)
        if _withheld_only(window[j + 1 :], shares) or _intro_withheld(lines, hi, prefix):
            return None
        if not _UNIT_IN_CELL.search(window[j] if j < len(window) else ""):
            shares *= _share_scale(lines, hi, shares)  # ("22.8 million" in the cell is already scaled)
        facts: dict[str, Any] = {"shares": shares}
        if len(cells) >= 2 and (cells[1][1] or (_price_next(lines[hi]) and vals[1] != vals[0])) and 0 < vals[1] < 20_000:
            # only a "$" cell is read as the average price, or the cell under a header that names it next
            facts["price_per_share"] = vals[1]
        evidence = _table_sentence(lines, hi, window)
        if evidence is None:
            evidence = (
                f"Issuer purchases of equity securities, total for the period: "
                f"{shares:,.0f} shares purchased"
                + (f" at an average price of ${facts['price_per_share']:,.2f}" if "price_per_share" in facts else "")
                + "."
            )
        return _Event("table", evidence, evidence, doc, facts)
    return None


_NEXT_SECTION = fast_compile(r"\s*(?:securities\s+authori[sz]ed\s+for\s+issuance|equity\s+compensation\s+plan"
                           r"\s+information|(?:stock\s+)?performance\s+graph)\b", re.I)


_PRICE_HEAD = fast_compile(r"\baverage\s+price|\bprice\s+paid", re.I)
_COUNT_HEAD = fast_compile(r"\btotal\s+(?:number|shares)", re.I)


_UNIT_IN_CELL = fast_compile(r"\d\s*(?:million|billion)\b", re.I)
_EMPLOYEE_SHARES = fast_compile(
    r"\bwithh[oe]ld|\bwithholding|\bsurrender|\btax(?:es)?\s+(?:withholding|obligations?|liabilit\w*|due)|\bvest(?:ed|ing|s)?\b"
    r"|\bforfeit|\bemployees?\b|\bequity\s+(?:incentive|compensation|award)|\bstock\s+plan|\bincentive\s+(?:stock\s+|compensation\s+)?plan"
    r"|\brestricted\s+(?:stock|share)|\b(?:stock|share)\s+units?\b|\blapse\s+of\s+restrictions|\bparticipants\b"
    r"|\boptions?\b|\bexercise|\bawards?\b|\bnet\s+settle|\bdeferred\s+compensation|\b401\(k\)|\bbenefit\s+plan", re.I)


def _told_withheld(text: str, shares: float) -> bool:
    """The document says elsewhere that the table's count was withheld or surrendered ("the
    Company withheld 1,514 shares ... upon the vesting of restricted stock units"), or sends the
    reader to a note for it ("(1) See Note 9, Stockholders' Equity")."""
    if _SEE_NOTE.search(text):
        return True
    count = f"{shares:,.0f}"
    at = text.find(count)
    while at >= 0:
        if _EMPLOYEE_SHARES.search(text, max(0, at - 200), at + 200):
            return True
        at = text.find(count, at + 1)
    return False


_SEE_NOTE = fast_compile(r"\(\d\)\s*see\s+note\s+\d+", re.I)


def _section_around(lines: list[str], hi: int) -> str:
    """The Item 703 section around a table's header: back to the Item heading (at most 40 lines,
    so a note it points to is in it) and on to the next Item heading."""
    start = hi
    while start > 0 and hi - start < 40 and not _ITEM_HEAD.match(lines[start]):
        start -= 1
    end = hi + 1
    while end < len(lines) and end - hi < 80 and not _ITEM_HEAD.match(lines[end]):
        end += 1
    return " ".join(lines[start:end])


def _price_next(header: str) -> bool:
    """The header's own cells name the average price right after the count ("Year ended December 31, 2025 | Total number
    of shares of common stock repurchased | Average price paid per share of common stock(a) | ...")."""
    cells = header.split(" | ")
    count = next((i for i, c in enumerate(cells) if _COUNT_HEAD.search(c)), None)
    return count is not None and count + 1 < len(cells) and _PRICE_HEAD.search(cells[count + 1]) is not None


def _price_first(lines: list[str], hi: int) -> bool:
    """The header names the average price before the count ("Period | Average Price Paid per
    Share | Total Number of Shares Purchased | ..."), in its own line or the short lines above."""
    above = [ln for ln in lines[max(0, hi - 3) : hi] if len(ln) < 60 or " | " in ln]
    head = " ".join([*above, lines[hi]])
    price, count = _PRICE_HEAD.search(head), _COUNT_HEAD.search(head)
    return price is not None and count is not None and price.start() < count.start()


def _plan_table(lines: list[str], hi: int) -> bool:
    """The words introducing the table and its header name employees' plan purchases ("The table
    below summarizes the purchases made by employees under the ESPP") and no repurchase program."""
    text = " ".join(lines[max(0, hi - 3) : hi + 1] + _header_rest(lines, hi))  # not the footnotes
    return bool(_EMPLOYEE_PLAN.search(text) or re.search(r"\bemployees\s+who\s+purchased|purchases?\s+(?:made\s+)?"
                                                          r"by\s+employees", text, re.I)) and not re.search(
        r"repurchase\s+(?:program|plan)|publicly\s+announced|buy-?back", text, re.I)


def _total_subrow(window: list[str], total: int) -> tuple[list[tuple[float, bool]], int]:
    """A "Total" line with no figures of its own, over labelled rows: the repurchase program's
    row ("Repurchase programs(a) | 7,942,645 | $162.03 | ..."), else the rows' sum (one row per
    class of stock)."""
    rows = []
    for k in range(total + 1, min(total + 4, len(window))):
        if not _is_table_row(window[k]):
            break
        label = window[k].split(" | ", 1)[0]
        if parse_cell(label) is not None:
            break
        rows.append((label, k))
    if not rows:
        return [], total
    k = next((k for label, k in rows if re.search(r"repurchas|program|open\s+market|publicly\s+announced|buy-?back",
                                                  label, re.I)), None)
    if k is not None:
        return _row_values([window[k].split(" | ", 1)[1]], 0), k
    counts = [_row_values([window[k].split(" | ", 1)[1]], 0) for _label, k in rows]
    if not all(counts):
        return [], total
    # the shares and the program column summed (a dash under the program means none under it)
    out = [(sum(c[0][0] for c in counts), False), (0.0, False)]
    if all(len(c) >= 3 for c in counts):
        out.append((sum(c[2][0] for c in counts), False))
    return out, rows[-1][1]


_UNIT_FACTOR = {"thousands": 1e3, "millions": 1e6}


def _summed_rows(window: list[str]) -> tuple[list[tuple[float, bool]], int]:
    """A table with no total row: the sum of its dated rows' counts and program counts (the
    average price is left out: it would need weights), and the index of its last row."""
    rows: list[list[tuple[float, bool]]] = []
    last = 0
    for i, ln in enumerate(window[1:], start=1):
        if i <= last:
            continue  # a cell of the row read last (one cell per line)
        if not _is_table_row(ln):
            if _dated_figures(ln) is not None:  # a dated row whose cells lost their separators
                vals = _row_values([ln], 0)
                if vals and len(rows) >= 2 and vals[0][0] > 0 and abs(vals[0][0] - sum(r[0][0] for r in rows if r)) < 0.5:
                    return vals, i  # "Quarter ended September 30, 2023 351,399 $ 8.54 ...": the total, dated
                rows.append(vals)
                last = i
                continue
            if (len(ln) < 80 and (iter_dates(ln) or _MONTH_WORD.search(ln)) and i + 1 < len(window)
                    and parse_cell(window[i + 1]) is not None):
                vals = _row_values(window, i)  # a dated label, its cells on the lines below
                if vals:
                    rows.append(vals)
                    last = i + len(vals)
                    continue
            if rows and not ln.strip().endswith(":") and not _figures_row(ln):
                break  # (a subtotal row such as "First quarter 1,374,648 $ 107.26" is passed over)
            continue
        first = ln.split(" | ", 1)[0]
        if parse_cell(first) is None and (iter_dates(first) or _SHORT_DATE.search(first)
                                          or _MONTH_WORD.search(first) or _BARE_MONTH.fullmatch(first.strip())):
            vals = _row_values([ln], 0)
            if vals and len(rows) >= 2 and abs(vals[0][0] - sum(r[0][0] for r in rows)) < 0.5:
                return vals, i  # "As of August 4, 2023 | 10,107,488 | ...": the total, dated
            if vals:
                rows.append(vals)
                last = i
        elif parse_cell(first) is None and len(rows) >= 2:
            vals = _row_values([ln], 0)  # "Second quarter 2023 | 4,821,221 | $51.85 | ...": the total
            if vals and vals[0][0] > 0 and abs(vals[0][0] - sum(r[0][0] for r in rows)) < 0.5:
                return vals, i
    if not rows:
        return [], 0
    if len(rows) == 1:
        return rows[0], last  # one month: its own price stands
    width = min(len(r) for r in rows)
    sums = [sum(r[k][0] for r in rows) for k in range(width)]
    return [(sums[0], False), (0.0, False)] + [(v, False) for v in sums[2:3]], last


_MONTH_WORD = fast_compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d", re.I)
# a row labelled by its month alone, in a table of the year's purchases by quarter and month ("October | 9,814,682 | ...")
_BARE_MONTH = fast_compile(r"(?:january|february|march|april|may|june|july|august|september|october|november|december)", re.I)


def _unit(cell: str) -> float:
    m = re.search(r"in\s+(thousands|millions)", cell, re.I)
    return _UNIT_FACTOR[m.group(1).lower()] if m else 1.0


_CELL_UNIT = fast_compile(r"\s*(?:\(\w\)\s*)?\(\s*(?:000['’]?s|in\s+thousands|in\s+millions)\s*\)", re.I)
_DOLLAR_COLUMN_UNIT = fast_compile(r"dollar\s+value[^.|]{0,120}\(in\s+(?:thousands|millions)\)", re.I)


_UNITS_LINE = fast_compile(r"(?:\(\s*in\s+(?:thousands|millions)\s*\)\s*)+", re.I)


def _share_scale(lines: list[str], hi: int, shares: float) -> float:
    """The factor the table's share counts are given in: from a units row under the header
    aligned with the share column ("| (in thousands) | | (in thousands) | (in millions)"), or
    the caption's words ("in millions, except number of shares, which are reflected in
    thousands"; "(in millions, except per share data)"). Dollar-only units do not count."""
    hm = _TABLE_HEAD_LOWER.search(lines[hi].lower())
    m = _CELL_UNIT.match(lines[hi], hm.end()) if hm else None
    if m:  # "Total Number of Shares Purchased (000's)": the count column's own unit
        return 1e6 if "million" in m.group(0).lower() else 1e3
    under = lines[hi + 1] if hi + 1 < len(lines) else ""
    ucells = [c.strip() for c in under.split(" | ")]
    units_row = any(ucells) and all(not c or c.lower().startswith("(in ") for c in ucells)
    if units_row and len(ucells) > 1:
        hcells = [c.strip() for c in lines[hi].split(" | ")]
        if len(hcells) == len(ucells):
            for h, u in zip(hcells, ucells, strict=True):
                if _TABLE_HEAD_LOWER.search(h.lower()):
                    return _unit(u)
        else:  # empty cells dropped: the first unit is the first numeric column's, the count's
            return _unit(next(c for c in ucells if c))
    rest = [under] if units_row else _header_rest(lines, hi)
    for ln in rest:  # a header's units line that lost its cell separators: "(in thousands) (in thousands) (in thousands)"
        if _UNITS_LINE.fullmatch(ln.strip()):
            units = {u.lower() for u in re.findall(r"thousands|millions", ln, re.I)}
            if len(re.findall(r"\(in\s", ln, re.I)) >= 2 and len(units) == 1:
                return _UNIT_FACTOR[units.pop()]
    text = " ".join(lines[max(0, hi - 4) : hi + 1] + rest)
    m = re.search(r"shares?[^.;()]{0,40}?\b(?:reflected|presented|shown|stated|are)\s+in\s+"
                  r"(thousands|millions)", text, re.I)
    if m:
        return _UNIT_FACTOR[m.group(1).lower()]
    # "Approximate Dollar Value of Shares that May Yet Be Purchased (in millions)": that column's unit
    text = _DOLLAR_COLUMN_UNIT.sub("dollar value", text)
    factor = 1.0
    for word, f in _UNIT_FACTOR.items():
        if re.search(rf"(?:dollars|\$)\)?\s*(?:amounts\s+)?(?:are\s+)?in\s+{word}", text, re.I):
            continue  # only the dollar columns are scaled
        if re.search(rf"in\s+{word}\s*,?\s*except\s+(?:for\s+)?(?:the\s+)?(?:number\s+of\s+)?shares",
                     text, re.I) or re.search(r"(?:number\s+of\s+)?shares\s+(?:is|are)\s+(?:presented|shown|stated)\s+in\s+actual"
                                              r"|\bin\s+actual\s+shares\b", text, re.I):
            continue  # "(in thousands, ...), except that the number of shares is presented in actual shares"
        if re.search(rf"in\s+{word}", text, re.I) and re.search(
            rf"shares?[^.]{{0,40}}{word}|{word}[^.]{{0,30}}(?:shares|except\s+(?:average\s+)?"
            rf"(?:price\s+)?per[- ]share)", text, re.I,
        ):
            factor *= f
    if factor == 1.0 and not shares.is_integer() and shares < 100_000:
        # a fractional share count is in the header's units ("(in millions)")
        low = text.lower()
        factor = 1e6 if "million" in low else 1e3 if "thousand" in low else 1.0
    return factor


_DATA_ROW = fast_compile(r"\d\s+\$|^\s*total\b(?!\s+number)|\s\|\s", re.I)


def _header_rest(lines: list[str], hi: int) -> list[str]:
    """The lines of a header written over several lines (one cell per line, a units line among
    them: "(In millions, except per share amounts)"), up to the first row of figures."""
    out = []
    for ln in lines[hi + 1 : hi + 12]:
        if _DATA_ROW.search(ln):
            break
        out.append(ln)
    return out


_NONE_BOUGHT = fast_compile(
    r"\b(?:did|have|has|had)\s+not\s+(?:re)?purchase\w*\s+any\b[^.]{0,120}?"
    r"\b(?:open\s+market|program|plan)\b", re.I)
_COUNT = fast_compile(r"(?<![\d,.$])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\d,.$])\d{4,}(?![\d,.])")


_DATE = r"(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})"
_DATES_ONLY = fast_compile(rf"\s*{_DATE}\s*(?:[-–—]|to|through)\s*{_DATE}\s*$")


def _unlabeled_total(window: list[str], j: int) -> bool:
    """A row with no label under dated rows: the table's total ("10,467,508 | $ 108.12"), also
    when the cells lost their separators ("August 1, 2023 - August 31, 2023 126,500 55.86 ..." /
    "352,000 352,000")."""
    if j >= 2 and " | " not in window[j] and _figures_only(window[j]):
        prev = window[j - 1]
        if _DATES_ONLY.match(prev):
            return False  # "August 27, 2023 - September 30, 2023" / "71.60 1,728,219 498.6": a row's label, then its cells
        return _figures_row(prev) and bool(iter_dates(prev) or _MONTH_WORD.search(prev)
                                           or _SHORT_DATE.search(prev))
    if j < 2 or " | " not in window[j] or " | " not in window[j - 1]:
        return False
    first = window[j].split(" | ", 1)[0]
    prev = window[j - 1].split(" | ", 1)[0]
    if re.fullmatch(r"\s*\(\w{1,2}\)\s*", first) or any(
            sum(ch.isalpha() for ch in c) > 40 for c in window[j].split(" | ")):
        return False  # "(1) | On September 22, 2021, ...": a footnote, not a total
    return parse_cell(first) is not None and parse_cell(prev) is None and bool(
        iter_dates(prev) or _YEAR.search(prev) or _SHORT_DATE.search(prev))


def _dated_figures(line: str) -> str | None:
    """The figures of a row labelled by its dates whose cells lost their separators ("October 1,
    2022 - October 31, 2022 358,103 $ 105.94 354,313 $800", "6/4/2023-7/4/2023 2,214 $ 95.51 -
    4,369,279"): the text after the label, or None."""
    if " | " in line or not _figures_row(line):
        return None
    head = line[:60]
    ends = [e for _d, st, e in iter_dates(head) if st < 40]
    ends += [m.end() for m in _SHORT_DATE.finditer(head) if m.start() < 40]
    if not ends:
        return None
    rest = line[max(ends):].lstrip(" )")
    return rest if _figures_only(rest) else None


def _figures_only(line: str) -> bool:
    words = line.split()
    return len(words) >= 2 and all(_FIGURE.match(w) for w in words)


def _withheld_only(notes: list[str], shares: float) -> bool:
    """The table's notes say its whole total was withheld or surrendered for taxes (the only
    share count in the sentence is the total), or that nothing at all was bought in the open
    market or under a program (the program column left blank)."""
    for line in notes:
        for s in _sentences(line):
            if _WITHHOLD.search(s):
                counts = {float(c.replace(",", "")) for c in _COUNT.findall(s)}
                counts -= {float(y) for y in _YEAR.findall(s)}
                if counts == {shares}:
                    return True
            if _NONE_BOUGHT.search(s) and not re.search(r"\bother\s+than\b|\bexcept\b", s, re.I):
                return True
    return False


def _intro_withheld(lines: list[str], hi: int, prefix: str = "") -> bool:
    """The words between the section heading and the table say the table lists shares
    employees surrendered or had withheld for taxes, and name no repurchase program."""
    intro: list[str] = []
    for ln in reversed(lines[max(0, hi - 12) : hi]):
        if _ITEM_HEAD.match(ln):
            intro.append(ln)  # (its heading's line may carry the introduction joined to it)
            break
        intro.append(ln)
    text = " ".join([*reversed(intro), prefix])
    return bool(_WITHHOLD.search(text) and re.search(r"following\s+table|table\s+below|\b(?:in|of)\s+the\s+table\b", text, re.I)
                and not re.search(r"repurchase\s+(?:program|plan)|publicly\s+announced|authori[sz]ation|open[-\s]market"
                                  r"|share\s+repurchase|stock\s+repurchase", text, re.I))


def _table_sentence(lines: list[str], hi: int, window: list[str]) -> str | None:
    """A sentence introducing or footnoting the table that speaks of the program."""
    around = lines[max(0, hi - 3) : hi] + window
    said = [s for ln in around
            if not (_is_table_row(ln) or len(ln) < 40 or not _LINE_END_SENTENCE.search(ln)
                    or _TABLE_HEAD_LOWER.search(ln.lower()))
            for s in _sentences(ln)
            if len(s.split()) >= 6  # not a run-in heading ("Stock Repurchases. The following ...")
            and not _WITHHOLD.search(s) and not _NEGATION.search(s)]
    # the table's own introduction first ("The table below summarizes ... the company's purchases
    # ... during the fiscal quarter"), then any sentence about the program
    before = [s for ln in lines[max(0, hi - 3) : hi] for s in _sentences(ln)]
    for s in said:
        if s in before and _TABLE_INTRO.search(s):
            return s
    return next((s for s in said if _ABOUT_PROGRAM.search(s) and not _CUMULATIVE.search(s)
                 and not (_PRICE_NOTE.search(s) and not _AUTH_VERB.search(s))), None)


# a footnote on how the price is figured ("Excludes 1% excise tax on stock repurchases of $43M")
_PRICE_NOTE = fast_compile(r"\bexcise\s+tax|\bexclud(?:es|ing)\b|\bcommissions?\b", re.I)
_TABLE_INTRO = fast_compile(r"\btable\b[^.]{0,160}?\b(?:re)?purchases?\b", re.I)
_ABOUT_PROGRAM = fast_compile(r"repurchas|purchases?\b[^.]{0,40}\b(?:were|was)\s+made|(?:purchase|buy-?back)\s+"
                            r"(?:program|plan)|authori[sz]ation", re.I)
