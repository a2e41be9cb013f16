"""Buyback rule: classification of one sentence."""

from __future__ import annotations

import re

from bot.rules.buyback.facts import (
    _ALL_ACCEPTED,
    _CAPITAL_OF,
    _IN_ISSUE_AFTER,
    _N_SHARE_PROGRAM,
    _PCT_OBJECT,
    _PCT_SHARES,
    _after,
    _before,
)
from bot.rules.buyback.paragraphs import _is_table_row
from bot.rules.buyback.patterns import (
    _AGREED_PURCHASE,
    _AGREEMENT_TO_BUY,
    _ANNOUNCED_DONE,
    _ASR,
    _ASR_DONE,
    _ASR_EVENT,
    _ASR_METHOD,
    _AUTH_VERB,
    _BLOCK_SELLER,
    _CAPS_STOCK,
    _COMPANY_AS_BUYER,
    _CONTINGENT_RIGHT,
    _CUMULATIVE,
    _DEBT,
    _EARLIER_AUTH,
    _EQUITY,
    _EXEC_VERB,
    _FROM_INSIDERS,
    _HABITUAL,
    _HEDGED,
    _NAMED_FROM_UNDERWRITERS,
    _NCIB,
    _NEGATION,
    _NEW_PROGRAM,
    _NO_ASSURANCE,
    _NOT_A_BLOCK_BUY,
    _OTHER_PARTY,
    _OWN_TENDER,
    _PRIVATE,
    _PROGRAM_BEFORE,
    _PURCHASED_FROM,
    _RENEWED_PROGRAM,
    _REPORTED_WOULD,
    _REPURCHASED_BEFORE,
    _RETURNED,
    _SHARES_OF_FIRM,
    _STAKE_WORDS,
    _TENDER_EVENT,
    _USED_TO_ACQUIRE,
    _WHOLE_COMPANY,
    _WITHHOLD,
    _WORD_NUMBER,
    _YEAR,
    PURCHASED_COUNT,
)
from bot.rules.numbers import (
    has_foreign_money,
    iter_money,
    iter_percents,
    iter_shares,
)
from bot.rules.regex import fast_compile

# --- classification ---------------------------------------------------------------------------


_TENDER_WORDS = fast_compile(r"tender\s+offer|dutch[\s-]+auction|self-tender|offer\s+to\s+purchase|substantial\s+issuer\s+bid",
                           re.I)
# a rights plan's exemptions and IPO auctions use the words of a tender without being one
_NOT_A_TENDER = fast_compile(r"\brights\s+(?:plan|agreement)|\bpermitted\s+bid|\bnot\s+be\s+triggered"

                           r"|initial\s+public\s+offering|\bIPO\b", re.I)
_BUYBACK_WORDS = fast_compile(r"repurchas|buy-?back|buys?\s+back|bought\s+back|buying\s+back|normal\s+course\s+issuer\s+bid",
                            re.I)


# "This repurchase consists of 5,000,000 shares": a program's size, not a holding or a purchase
# "its Board of Directors has adopted a stock repurchase program." (a release's own news, dated by
# the release; the size follows)
_ADOPTED_PROGRAM = fast_compile(
    r"\b(?:adopted|approved|authori[sz]ed)\s+(?:a|an|the)\s+(?:new\s+)?(?:\w+\s+){0,2}?(?:stock|share)\s+"
    r"(?:re)?purchase\s+(?:program(?:me)?|plan)\b", re.I)
_ENDING = fast_compile(r"\b(?:will\s+)?terminat\w*|\bexpir(?:e|es|ed|ing)\b|\bsuspend\w*|\bend\s+(?:this|the)\s+program", re.I)
_SIZE_MAY = fast_compile(r"\bmay\s+(?:(?:re)?purchase|acquire|buy\s+back)\s+(?:for\s+cancell?ation\s+)?(?:[^.;]{0,300}?,\s+)?(?=up\s+to\b)", re.I)
_SIZE_PHRASE = fast_compile(r"\b(?:consists?\s+of|up\s+to|authoriz\w*\s+(?:of|for)|covers?|covering|permits?"
                          r"|allows?|provides?\s+for|totals?|totaling|(?:a\s+)?total\s+of|in\s+an\s+amount\s+of"
                          r"|(?:expan|increas)\w*\s+[^.;]{0,60}?\bby)\s+"
                          r"(?:the\s+(?:re)?purchase\s+of\s+)?(?:up\s+to\s+)?(?:approximately\s+)?"
                          r"(?:an\s+aggregate\s+of\s+|a\s+total\s+of\s+)?"
                          # "up to a maximum value of USD 4.5 million"
                          r"(?:a\s+maximum\s+(?:value\s+|amount\s+)?of\s+(?:[A-Z]{3}\s+)?)?[\$\d]", re.I)
# Shares the company sold or that others bought, and purchases for employee plans
_SOLD_BY_COMPANY = fast_compile(r"from\s+the\s+company|private\s+placement|offering|over-?allotment|underwriters?",
                              re.I)
# a total to date that says how much of it the period bought ("..., including 412,500 shares
# repurchased during the three months ended ...", "all of which were repurchased during the quarter")
# a Japanese issuer's notice: "a resolution was adopted at a meeting of the Board of Directors to acquire its own shares"
_RESOLVED_OWN = fast_compile(r"\bresolution\s+(?:was|has\s+been)\s+(?:adopted|passed|made)\s+(?:at\s+a\s+meeting\s+of\s+(?:the|its)\s+board\s+of\s+directors\s+)?"
                             r"to\s+(?:acquire|purchase|repurchase)\s+its\s+own\s+shares\b", re.I)
_BULLET_CELL = fast_compile(r"\W{0,3}[•·▪◦●‣■➢]\s*\|\s*")
_RECENT = fast_compile(r"\b(?:today|yesterday|this\s+week|on\s+(?:monday|tuesday|wednesday|thursday|friday))\b", re.I)
# (not history recalled today, nor another company's: "Today, Banco Ejemplo, the Company's 60%-owned Mexican bank, ...")
_NOT_NEW_OR_OURS = fast_compile(r"\b(?:subsidiar\w*|affiliate\w*|investee|joint\s+venture|[\w%]+-owned|recalled|completed|expired|previously)\b", re.I)
_AUTHORISED_PROGRAM = fast_compile(r"\b(?:approved|authori[sz]ed|adopted|agreed)\s+(?:a|an)\s+(?:new\s+)?(?:common\s+)?(?:share|stock)\s+"
                                   r"(?:(?:re)?purchase|buy-?\s?back)\s+program(?:me)?\b", re.I)
_PERIOD_PART = fast_compile(r"\b(?:including|of\s+which|all\s+of\s+which)\b(?:[^.;]|\.\d){0,80}?\b(?:(?:re)?purchased|million(?:\s+\w+)?)\s+"
                          r"(?:during|in)\s+the\s+(?:three|six|nine|twelve|current|third|second|first|fourth|"
                          r"most\s+recent)?\s*(?:months|quarter|fiscal\s+quarter|period)", re.I)
# "acquired 5,480 shares ... that were not part of its publicly announced share repurchase
# authorizations" (shares retained for taxes)
_NOT_PROGRAM = fast_compile(r"\bnot\s+(?:made\s+)?(?:as\s+)?part\s+of\s+(?:its|our|the|any)\s+publicly\s+announced", re.I)
_EMPLOYEE_PLAN = fast_compile(r"employee\s+stock\s+(?:purchase|ownership)|\bESPP\b|\bESOP\b|dividend\s+reinvestment"
                            r"|\bDRIP\b|401\(k\)|savings\s+plan|profit[- ]sharing", re.I)
_OTHER_ISSUER = fast_compile(r"\bshares\s+of\s+(?:the\s+)?(?:common\s+stock\s+of\s+)?(?!the\s+company)(?-i:[A-Z][a-z]+)"
                           r"|\bof\s+(?-i:[A-Z][\w&]+)\s+(?:Corp|Inc|Co|Ltd|LLC|plc|Corporation)\b", re.I)
_OTHER_STOCK = fast_compile(
    r"\bshares\s+of\s+(?!(?:its|our|their|the|Class|Common|Ordinary|Series|Preferred|Company|Corporation)\b)"
    r"((?-i:[A-Z][a-z]+))(?:\s+(?-i:[A-Z][a-z]+)\.?)*\s+(?:common|ordinary|stock|shares)\b", re.I)


_STOCK_OF_OTHER = fast_compile(
    r"\b(?:common|capital|ordinary)\s+(?:stock|shares)\s+of\s+((?-i:[A-Z][\w&]*))(?:\s+(?-i:[A-Z][\w&.]*))*?"
    r"\s*,?\s+(?:Corp|Corporation|Inc|Co|Company|Ltd|LLC|plc|Holdings|Bancorp)\b", re.I)


def _other_issuers_stock(s: str, prev: str = "") -> bool:
    """"1,000,000 shares of Occidental common stock" or "shares of common stock of ABC Corp."
    bought by someone else; not "Butler National Corporation ... authorized the repurchase of
    shares of Butler National common stock" (the name said before is the company's own), nor a
    name that announced the release just before ("Bob Evans Farms, Inc. (Nasdaq:BOBE) today
    announced ... The board of directors has also approved the repurchase of up to 3 million shares
    of Bob Evans Farms, Inc. common stock")."""
    for m in (_OTHER_STOCK.search(s), _STOCK_OF_OTHER.search(s), _SHARES_OF_FIRM.search(s)):
        if m is not None and m.group(1) not in s[: m.start()] and not (
                prev and re.search(re.escape(m.group(1)) + r"\b[^\n]{0,80}?\b(?:today\s+|has\s+|also\s+)?"
                                   r"(?:announced|reported|said|declared)\b", prev)) and not (
                _REPURCHASED_BEFORE.search(s, max(0, m.start() - 50), m.start()) and not _STAKE_WORDS.search(s)):
            return True
    # "shares of CNA common stock ..., increasing our ownership interest in CNA" (a ticker-like
    # name is the company's own otherwise: "500,000 shares of HRZB stock")
    m = _CAPS_STOCK.search(s)
    return m is not None and _STAKE_WORDS.search(s) is not None and m.group(1) in s[m.end() :]


_ZERO_FIRST = fast_compile(r"\b(?:re)?purchased\s+(?:a\s+total\s+of\s+)?0\s*(?:,|and\b|shares)"
                         # "stock repurchases totaled zero shares, compared with 2,400,000 shares in fiscal 2022"
                         r"|\brepurchases\s+(?:totaled|totalled|amounted\s+to|aggregated|were)\s+(?:zero|none|nil|\$?\s?0(?![\d.,]))", re.I)
_PLAN_PURCHASE = fast_compile(PURCHASED_COUNT, re.I)
_MARKET_PURCHASE = fast_compile(
    r"\b(?:company|we|it)\s+(?:today\s+|has\s+)?(?:made|effected)\s+(?:an?\s+)?(?:on[-\s])?market\s+purchases?\s+of\s+"
    r"[\d,]+\s+(?:of\s+its\s+(?:own\s+)?)?(?:ordinary\s+|common\s+)?shares", re.I)
_SOLD_TO_COMPANY = fast_compile(
    r"\bsold\s+to\s+the\s+(?:company|corporation|registrant)\s+(?:a\s+total\s+of\s+|an\s+aggregate\s+of\s+)?"
    r"[\d,]+\s+(?:shares|(?:common|ordinary)\s+shares)", re.I)
_FOLLOWING_NUMBER = fast_compile(
    r"\bpurchased\s+(?:for\s+cancell?ation\s+|into\s+treasury\s+)?the\s+following\s+number\s+of\s+(?:its\s+(?:own\s+)?(?:ordinary|common)\s+shares"
    r"|(?:ordinary\s+|common\s+)?shares\s+for\s+cancell?ation)", re.I)
_OWN_PURCHASE = fast_compile(
    # ("it purchased for cancellation 1,500,000 ordinary shares of 25p each": a UK issuer's own shares)
    # ("the Company has purchased on the NYSE and on Euronext Brussels a total of 3,379,108 of its own shares";
    # "the company purchased 5.5 million and 9.9 million shares of its common stock")
    r"\b(?:company|corporation|registrant|we|it)\s+(?:today\s+|also\s+|has\s+|have\s+)?(?:purchased|acquired|bought)\s+(?:and\s+(?:cancell?ed|retired)\s+|for\s+cancell?ation\s+)?"
    r"(?:(?:on|through|via|in)\s+(?:the\s+)?[A-Z][^,;]{0,60}?\s+(?=a\s+total\s+of\b|an\s+aggregate\s+of\b|\d))?"
    r"(?:[\d,.]+\s+ordinary\s+shares\s+of\s+\d+(?:\.\d+)?\s*(?:p|pence)\b|"
    r"(?:approximately\s+"
    r"|an\s+aggregate\s+of\s+|a\s+total\s+of\s+)?(?:[\d,.]+\s+(?:million\s+)?and\s+)?[\d,.]+\s+(?:million\s+)?(?:of\s+its\s+(?:own\s+)?"
    r"(?:(?:ordinary|common)\s+)?shares|shares\s+of\s+(?:its|the\s+company['’]s)\s+(?:own\s+)?"
    r"(?:class\s+\w\s+)?(?:common|ordinary)"
    # "the Company purchased a total of 91,845 class A shares using cash of $257,000"
    r"|class\s+\w\s+(?:common\s+)?shares\b(?!\s+(?:of|in)\s+(?!the\s+company\b|itself\b))))"
    # "In week 4 2022 Festi purchased in total 740,000 own shares"
    r"|\bpurchased\s+(?:in\s+total\s+|a\s+total\s+of\s+)?[\d,.]+\s+(?:million\s+)?own\s+shares\b"
    # "the Company acquired 62,000 shares in open market purchases at an aggregate purchase price of $419,426"
    r"|\b(?:company|corporation|registrant|we|it)\s+(?:acquired|purchased|bought)\s+(?:approximately\s+)?[\d,.]+\s+(?:million\s+)?"
    r"(?:(?:common\s+)?shares|shares\s+of\s+(?:its\s+)?common\s+stock)\s+in\s+(?:the\s+)?open[\s-]market\s+(?:purchases|transactions)\b"
    r"(?![^.]{0,80}\b(?:ownership|stake|interest|position)\s+(?:of|in)\b)"  # (not a stake: "increasing its ownership of Delta Petroleum")
    # "today announced that it has completed the purchase, on the open market and through a private
    # transaction, a total of 1,627,500 shares of the Company's common stock"
    # (not a business bought "for a total of 2,000,000 shares of the Company's common stock", nor a holder's
    # purchase "increasing its beneficial ownership")
    r"|\b(?:company|corporation|registrant|we|it)\s+(?:has\s+|have\s+)?completed\s+the\s+purchase(?:\s*,[^,;]{0,80},\s*(?:of\s+)?|\s+of\s+)"
    r"(?:a\s+total\s+of\s+|an\s+aggregate\s+of\s+)?[\d,.]+\s+(?:million\s+)?shares\s+of\s+(?:its|our|the\s+company['’]s)\s+(?:own\s+)?(?:class\s+\w\s+)?common"
    r"(?![^.]{0,160}\b(?:beneficial\s+ownership|ownership\s+(?:of|in|to)|stake)\b)"
    # "[Company] today announced that it purchased during the quarter approximately 2,079,000 shares"
    r"|\b(?:company|corporation|registrant|we|it)\s+(?:today\s+|also\s+)?(?:purchased|acquired|bought)\s+(?:during|in)\s+the\s+(?:\w+\s+){0,2}?"
    r"(?:quarter|year|period|month)\s+(?:approximately\s+|a\s+total\s+of\s+)?[\d,.]+\s+(?:million\s+)?shares\s+of\s+(?:its|the\s+company['’]s)\s+"
    r"(?:own\s+)?(?:class\s+\w\s+)?(?:common|ordinary)", re.I)
_REDEEMED_COMMON = fast_compile(
    r"\b(?:company|corporation|registrant|we|it|inc\.?|corp\.?|ltd\.?|plc|co\.)\s+(?:also\s+)?redeemed\b[^.;]{0,60}?\b\d[\d,]{3,}\s+"
    r"(?:shares\s+of\s+(?:the\s+|its\s+|our\s+)?(?:\w+\s+){0,2}?(?:common|ordinary)\s+(?:stock|shares)"
    # "Bexley Industries, Inc. redeemed 750,000 of its common shares from the Estate of ..."
    r"|of\s+(?:its|our)\s+(?:own\s+)?(?:class\s+\w\s+)?(?:common|ordinary)\s+(?:stock|shares))", re.I)
# Redemptions that are not the issuer buying back: a SPAC's trust, units exchanged for stock.
_NOT_REDEMPTION = fast_compile(r"\btrust\b|redemption\s+rights?|right\s+to\s+redeem|public\s+shares"
                             r"|business\s+combination|extension|\bunits?\b", re.I)
AUTH_PURCHASE = fast_compile(
    # "it has been authorized by its board of directors to purchase": the company is the subject
    r"(?:\b(?:it|the\s+company|the\s+corporation|we)\s+(?:has|have)\s+been\s+authori[sz]ed\s+by\s+(?:its|our|the)\s+"
    r"board(?:\s+of\s+directors)?\s+|"
    r"\b(?:authori[sz](?:e|es|ed|ing)|approv(?:e|es|ed|al\s+of))\s+"
    # the buyer is the company (or the board's plan), never another named party
    r"(?:(?:a|the)\s+(?:new\s+|second\s+|third\s+|further\s+)?(?:plan|program(?:me)?)\s+"
    r"|(?:the\s+)?(?:company|corporation|registrant|bank|management|it)\s+)?)"
    r"(?:to\s+(?:purchase|buy|acquire)|the\s+purchase\s+of)"
    # "a plan to purchase, in open market and privately negotiated transactions, up to 100,000 shares"
    r"(?:,\s+in\s+[^,.;]{0,80},)?\s+"
    r"(?:up\s+to\s+|an?\s+(?:additional\s+)?|approximately\s+)?(?:(?:an\s+)?additional\s+)?"
    r"(?:\$\s?[\d.,]+\s*(?:million|billion)?|(?:[\d.,]+|" + _WORD_NUMBER + r")\s*(?:million\s+)?(?:additional\s+)?shares"
    r"|[\d.,]+\s*(?:%|percent))"
    r"(?:\s+of)?(?:\s+(?:its|our|the\s+company['’]s|the\s+corporation['’]s|the\s+bank['’]s|the))?"
    r"(?:\s+(?:own|outstanding|issued))*(?:\s+class\s+\w)?\s+(?:(?:common|capital|ordinary)\s+(?:stock|shares)"
    r"|shares)(?!\s+of\s+(?-i:[A-Z]))",  # not "the outstanding shares of Pinnacle Community Bank"
    re.I,
)
# ... bought by someone else, or put to a vote: "approved the purchase of up to 500,000 shares ...
# by the Company's Employee Stock Ownership Plan", "asked to approve a resolution to authorize"
_NOT_THE_COMPANYS = fast_compile(
    r"\bby\s+(?:the|its|our|certain)\s+(?!company\b|corporation\b|bank\b|board(?:\s+of\s+directors)?\s+to\b)"
    r"|\bon\s+behalf\s+of\b"
    r"|\b(?:asked|proposals?|proposed|resolution|vote|recommends?)\b|\brights\s+offering|\bprivate\s+placement"
    r"|\boffering\b|\bagreed\s+to\s+purchase|\bcommitted\s+to\s+purchase"
    r"|\b(?:largest|principal|majority|controlling)\s+(?:stockholder|shareholder)|\bhas\s+advised\s+the\s+company", re.I)
# "has authorized a share purchase program of up to $50 million" (not an employee or a direct
# stock purchase plan, where investors buy from the company)
PURCHASE_PROGRAM = fast_compile(
    r"(?<!employee\s)(?<!employees\s)(?<!direct\s)\b(?:stock|share)\s+purchase\s+program(?:me)?s?\b", re.I)
# "the Company purchased 50,000 shares of treasury stock", "acquired 125,000 shares of its common
# stock for treasury"
TREASURY_PURCHASE = fast_compile(
    # "In August 1995, the Company purchased for its treasury 250,000 shares of Common Stock"
    r"\b(?:company|corporation|registrant|we)\s+(?:also\s+)?(?:purchased|acquired)\s+for\s+(?:its|the|our)\s+treasury\s+[\d,.]+\s+"
    r"(?:million\s+)?shares\b|"
    r"\b(?:company|corporation|registrant|we)\s+(?:also\s+)?(?:purchased|acquired|bought)\s+(?:approximately\s+"
    r"|an\s+aggregate\s+of\s+|a\s+total\s+of\s+)?[\d,.]+\s+(?:million\s+)?shares\s+(?:of\s+treasury\s+stock"
    r"|of\s+(?:its\s+|our\s+)?(?:own\s+)?(?:class\s+\w\s+)?common\s+stock\s+(?:for|into|as)\s+(?:the\s+)?treasury)",
    re.I,
)


# "the Non-Employee Director Stock Purchase Program, which allows directors to purchase ...":
# programs under which people buy shares from the company
_PLAN_BUYERS = fast_compile(
    r"\b(?:director|employee|management|teammate|associate|executive|officer|partner)s?\s+stock\s+purchase"
    r"|\b(?:directors?|employees?|executives?|officers|teammates?|associates?|participants?|investors?)\s+"
    r"(?:may|to|can|will)\s+(?:purchase|buy)|\bfor\s+(?:its\s+|our\s+)?employees\b|reserved\s+for\s+issuance", re.I)


# "entered into a securities purchase agreement with Orion Biologics, Inc., under which we
# purchased 2,000,000 shares of its common stock": "its" is the other company's
_STAKE_IN = fast_compile(
    r"\b(?:with|in)\s+(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*){0,4},?\s+(?:Inc|Corp|Corporation|Ltd|LLC|plc|N\.V|S\.A|AG)\b")


def purchase_words(s: str) -> bool:
    """The sentence speaks of a buyback in the words of a purchase rather than a repurchase."""
    low = s.lower()
    if "purchase" not in low and "buy" not in low and "acquire" not in low:
        return False  # cheap: every pattern below holds one of these words
    if _EMPLOYEE_PLAN.search(s) or _NOT_THE_COMPANYS.search(s):
        return False
    if AUTH_PURCHASE.search(s) or _ACCEPTED_SHARES.search(s) or (
            ("open" in low or "during the" in low or "completed the purchase" in low) and _OWN_PURCHASE.search(s)):
        # (in the open market, in the quarter, or "completed the purchase of ... shares of its common stock")
        return True
    return PURCHASE_PROGRAM.search(s) is not None and not _PLAN_BUYERS.search(s)


# a tender offer's result: "the Company has accepted for purchase 50 million shares at a purchase price of $23"
_ACCEPTED_SHARES = fast_compile(r"\b(?:the\s+company|we|it|the\s+corporation|the\s+registrant)\s+(?:has\s+|have\s+|had\s+)?accepted\s+for\s+(?:purchase|payment)\s+(?:approximately\s+|a\s+total\s+of\s+)?"
                                r"[\d.,]+\s*(?:million\s+)?(?:of\s+(?:its|our|the)\s+)?(?:\w+\s+)?shares\b", re.I)


_INTENT_HEDGE = fast_compile(  # not "8 May 2006"
    r"\b(?:if|might|could|would|no\s+longer|not|terminat\w*|suspend\w*|previously\s+announced|forward-looking"
    r"|cease\w*)\b|(?<!\d\s)\bmay\b(?!\s*\d)", re.I)
_INTENT = fast_compile(
    # "intends to purchase from the underwriters 3,500,000 shares of common stock" (a concurrent
    # repurchase in a holder's secondary offering)
    r"\b(?:it|we|company|corporation|registrant)\s+(?:also\s+|further\s+)?"
    r"(?:intends?|plans?|expects?|(?:has|have)\s+agreed)\s+to\s+"
    r"(?:concurrently\s+)?(?:re)?purchase\s+from\s+the\s+underwriters\s+(?:[\d.,]+\s*(?:million\s+)?shares"
    r"|\$\s?[\d.,]+\s*(?:million|billion)?\s+of)|"
    # "plans to repurchase as much as 10 percent of its outstanding common shares"
    # (the verb, not "has adopted a stock repurchase plan to repurchase up to 5% of ...")
    r"\b(?:intend(?:s|ed)?|(?<!purchase\s)(?<!buyback\s)(?<!\ba\s)(?<!\bthe\s)plan(?:s|ned)?|expect(?:s|ed)?)\s+to\s+(?:use\s+[^.;]{0,120}?\s+to\s+)?(?:(?:re)?purchase|buy\s+back)\s+"
    # ("intends to purchase for cancellation, on or before February 10, 2016, up to an additional
    # 410,735 of its Class A subordinate voting shares")
    r"(?:for\s+cancellation,?\s+)?(?:(?:on\s+or\s+)?(?:before|by|until)\s+[^;.]{3,40}?,\s+)?"
    r"(?:at\s+least\s+|up\s+to\s+|approximately\s+|as\s+(?:much|many)\s+as\s+)?(?:an\s+additional\s+)?"
    r"(?:[\d.,]+\s*(?:million\s+)?of\s+its\s+(?:own\s+)?(?:class\s+\w\s+)?(?:subordinate\s+voting\s+)?(?:common\s+|ordinary\s+)?(?:shares|stock)|"
    r"(?:\$\s?[\d.,]+\s*(?:million|billion)?|[\d.,]+\s*"
    r"(?:million\s+)?shares|[\d.]+\s*(?:percent|per\s+cent|%))\s+(?:of\s+)?(?:its|our|the\s+company['’]s)\s+(?:own\s+)?(?:outstanding\s+)?"
    r"(?:class\s+\w\s+)?(?:common|ordinary|shares|stock)|[\d.,]+\s*(?:million\s+)?own\s+shares)"
    # "today announced that this week it intends to commence open-market share repurchases"
    r"|\b(?:it|we|company|corporation)\s+(?:intends?|plans?|expects?|will)\s+(?:to\s+)?(?:commence|begin|start|resume)\s+"
    r"(?:open[-\s]market\s+)?(?:share|stock)\s+(?:re)?purchases\b", re.I)
# an announced purchase in the future tense, with its size: a news rewrite's authorisation
_WILL_BUY = fast_compile(
    r"\bwill\s+(?:(?:re)?purchase|buy\s+back)\s+(?:up\s+to\s+|as\s+(?:much|many)\s+as\s+|approximately\s+)?"
    r"(?:\$\s?[\d.,]+\s*(?:million|billion)?|[\d.,]+\s*(?:million\s+)?shares|[\d.]+\s*(?:percent|per\s+cent|%))\s+"
    r"(?:of\s+)?(?:its|our|the\s+company['’]s)\s+(?:own\s+)?(?:outstanding\s+)?(?:class\s+\w\s+)?(?:common|ordinary|shares|stock)", re.I)
_PLAN_10B51 = fast_compile(
    r"\A(?=.*\b10b5-1\b)(?=.*(?:\b(?:company|corporation|registrant|we|board(?:\s+of\s+directors)?)\b[^.]{0,40}?"
    r"\b(?:adopted|established|entered\s+into)\b|\bplan\s+(?:has\s+been|was)\s+(?:established|adopted)\b))"
    r"(?!.*\b(?:officers?|chief|president|insiders?|trading\s+arrangements?|former|executives?)\b)"
    r"(?!.*\bdirectors?\b(?<!board\sof\sdirectors))", re.I | re.S)


# A past-tense purchase followed by its quantity is a statement of fact whatever hedges follow it.
_PLAIN_PAST = fast_compile(
    r"\b(?:repurchased|bought\s+back)\s+(?:approximately\s+|a\s+total\s+of\s+|an\s+aggregate\s+of\s+)?[\$\d]",
    re.I)


def _stated(s: str) -> bool:
    """Neither denied nor hedged ("did not repurchase", "may repurchase")."""
    return not _NEGATION.search(s) and not _HEDGED.search(s)


def _only_references(s: str) -> bool:
    """Every authorisation word names an earlier program ("its previously authorized ...
    program", "exhausted ...", "the programme announced by the Company on 3 March 2022")."""
    return all(_EARLIER_AUTH.search(s, max(0, m.start() - 16), m.start()) or _ANNOUNCED_DONE.match(s, m.end())
               or (m.group(0)[:8].lower() == "announce" and _PROGRAM_BEFORE.search(s, max(0, m.start() - 30), m.start()))
               for m in _AUTH_VERB.finditer(s))


def _capital_only(s: str) -> bool:
    """Every count the sentence gives is the company's share capital, not a purchase."""
    counts = iter_shares(s)
    return bool(counts) and all(_IN_ISSUE_AFTER.match(s, m.end) or _CAPITAL_OF.search(s, max(0, m.start - 60), m.start)
                                for m in counts)


_SINCE_YEAR = fast_compile(r"\bsince\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?(?:19|20)\d\d\b", re.I)
_THIS_PERIOD = fast_compile(r"\b(?:during|in)\s+the\s+(?:(?:first|second|third|fourth)\s+)?quarter\b|\bthis\s+quarter\b", re.I)
_PROGRAM_WORD = fast_compile(r"repurchase|buy-?\s?back|program", re.I)


def _hedge_only_after(s: str) -> bool:
    """A past authorisation verb whose program is named before any hedge: "Our Board upsized the
    existing repurchase authorization by an additional $75 million ..., and we intend to remain
    opportunistic in deploying it" (the hedge is about using it), not "increased its dividend and
    may repurchase shares"."""
    auth = _AUTH_VERB.search(s)
    if auth is None or not auth.group(0).split()[0].lower().endswith("ed"):
        return False
    prog = _PROGRAM_WORD.search(s, auth.start(), auth.end() + 80)
    return prog is not None and not _HEDGED.search(s[: prog.end()])


# a condition or a denial before the planned purchase: "has no plans to repurchase ...", "upon the death
# of Mr. Smith, the Company will repurchase ..." (searched up to the purchase only)
_INTENT_COND = fast_compile(r"\bno\s+(?:current\s+)?(?:plans?|intention)\b|\bupon\s+(?:the\s+|his\s+|her\s+)?(?:death|termination"
                            r"|retirement|disability)\b|\bin\s+the\s+event\b", re.I)


def _intended(pattern: re.Pattern[str], s: str) -> bool:
    m = pattern.search(s)
    return m is not None and not _INTENT_HEDGE.search(s) and not _INTENT_COND.search(s, 0, m.end())


# "Subject to the passing of the resolution, the Directors would be authorised to repurchase ...": a
# mandate asked of the shareholders, not granted
_MANDATE_TO_BE = fast_compile(r"\bwould\s+be\s+authori[sz]ed\b|\bsubject\s+to\s+the\s+passing\s+of\b", re.I)


# a listed subsidiary's own buyback: "its listed subsidiary, Deccan Digital Solutions Limited
# ("DDSL"), has completed its buyback of equity shares through the tender offer route"
_SUBSIDIARYS_OWN = fast_compile(r"\bsubsidiar(?:y|ies)\b(?:[^.;]|(?<=Ltd)\.|(?<=Inc)\.|(?<=Corp)\.|(?<=Co)\.){0,100}?\b(?:has|have|had)\s+(?:\w+\s+)?(?:completed|commenced|launched|announced)"
                                r"\s+(?:its|their|a)\s+(?:\w+\s+)?(?:buy-?\s?back|tender\s+offer|repurchase)"
                                r"[^;]*?(?=,\s+and\s+(?:that\s+)?(?:the\s+)?(?:board|company)\b|;|$)", re.I)


_HOLDER_TENDERS = fast_compile(r"\b(?:intends?|plans?|expects?|agreed|will)\s+to\s+tender\b[^.;]*", re.I)


_TO_CONSIDER = fast_compile(r"\bauthori[sz]ed\s+(?:management|the\s+company|its\s+officers|officers)\s+to\s+"
                            r"(?:consider|evaluate|explore|study|review)\b[^.;]*", re.I)


def _program_authorised(s: str) -> bool:
    """An authorisation verb with a program or a repurchase right after it."""
    return any(_PROGRAM_WORD.search(s, a.start(), a.end() + 80) for a in _AUTH_VERB.finditer(s))


def _block_agreement(s: str) -> bool:
    """An agreement by which the company buys a block from a named holder."""
    agreed = _AGREEMENT_TO_BUY.search(s)
    return bool(agreed and _BLOCK_SELLER.search(s) and _stated(s)
                and _COMPANY_AS_BUYER.search(s, max(0, agreed.start() - 80), agreed.start() + 10)
                and not _other_issuers_stock(s) and not _SOLD_BY_COMPANY.search(s) and not _EMPLOYEE_PLAN.search(s)
                and not _NOT_A_BLOCK_BUY.search(s))


def _size_follows(nxt: str) -> bool:
    """The sentence after an authorisation gives the program's size."""
    return bool(re.search(r"repurchas|buy-?back|program|own\s+shares|issuer\s+bid|\bthe\s+bid\b|\bNCIB\b", nxt, re.I)
                and not _capital_only(nxt)
                and _SIZE_PHRASE.search(nxt) and (iter_shares(nxt) or iter_money(nxt) or any(
                    _PCT_SHARES.search(_after(nxt, m, 70)) for m in iter_percents(nxt)))
                and not _NEGATION.search(nxt) and not _DEBT.search(nxt)
                # "Under the repurchase program, the Company may repurchase up to 79,247 shares":
                # the program's size, not a hedge
                and not _HEDGED.search(_SIZE_MAY.sub("", nxt[:400])[:80]))


# a size whose unit comes later: "to purchase for cancellation up to 14 million, or approximately five per cent, of
# the common shares outstanding"
_UP_TO_COUNT = fast_compile(r"\bup\s+to\s+\d[\d,.]*\s*(?:million|billion)?,\s+or\s+[^.;]{0,60}?\bof\s+(?:the|its)\s+(?:\w+\s+){0,2}?shares\b", re.I)
_NCIB_ACCEPTED = fast_compile(
    r"(?:(?:received|obtained)\s+(?:the\s+)?(?:regulatory\s+)?(?:approval|acceptance)\s+(?:of|from)\s+(?:the\s+)?(?:Toronto\s+Stock\s+Exchange|TSX)"
    r"|(?:Toronto\s+Stock\s+Exchange|TSX)(?:\s+Venture\s+Exchange)?\W{0,4}(?:\([^)]{0,20}\)\s*)?(?:has\s+)?(?:approved|accepted))"
    r"[^.;]{0,200}?\b(?:normal\s+course\s+issuer\s+bid|NCIB)\b", re.I)
# another issuer's bid (a subsidiary's, an affiliate's units, "Lifeco's notice") or a bid ended
_NCIB_NOT_OURS = fast_compile(
    r"\bsubsidiar|\baffiliate\b|\bbid\s+for\s+(?:the\s+)?(?:units|shares|common\s+shares)\s+of\s+(?!(?:its|our|the\s+company)\b)"
    r"|\b(?!(?i:company|corporation)['’])(?-i:[A-Z])[\w&.-]*['’]s\s+(?:notice|normal\s+course\s+issuer\s+bid|NCIB)\b", re.I)


def _ncib_not_ours(s: str) -> bool:
    """Another issuer's bid, unless the name before "'s notice" is the announcer's own ("Nutrien Ltd. ... today
    announced that the Toronto Stock Exchange (TSX) has accepted Nutrien's notice"; "Teck ... has been informed that")."""
    for m in _NCIB_NOT_OURS.finditer(s):
        name = re.match(r"[\w&.-]+", m.group(0))
        own = name is not None and "'" not in m.group(0)[:1] and re.search(
            rf"\b{re.escape(name.group(0))}\b[^.;]{{0,120}}?\b(?:(?:today\s+)?announced|has\s+been\s+(?:informed|advised|notified))\b",
            s[: m.start()]) is not None  # ("Teck Resources Limited ... ("Teck") has been informed that the TSX has accepted Teck's notice")
        if not own or name is None or m.group(0)[:1].islower():
            return True
    return False


_NCIB_STOPPED = fast_compile(r"\bwill\s+not\s+be\s+renewed|\bnot\s+to\s+renew|\bdecided\s+not\b|\bhas\s+(?:been\s+)?terminated\b"
                             r"|\bsuspend(?:ed|s)?\b", re.I)
_ACCEPTED_FOR = fast_compile(r"\baccepted\s+for\s+(?:purchase|payment)\b", re.I)


def _classify(s: str, periodic: bool, ref_year: int | None, nxt: str = "",
              prior_tender: bool = False, prev: str = "", nxt2: str = "") -> str | None:
    """The event type a sentence states, or None when it states no issuer buyback."""
    bullet = _BULLET_CELL.match(s)
    if bullet:  # a highlight bullet kept in a cell of its own: "• | 38.9 million shares were bought back at a cost of ..."
        s = s[bullet.end() :]
    if len(s) < 25 or len(s) > 1500 or _is_table_row(s):
        return None
    if ";" in s:  # "... repurchased 39,246 shares for $14,920; no shares were repurchased in 2018."
        for clause in s.split(";"):
            kind = _classify(clause, periodic, ref_year, nxt, prior_tender, prev, nxt2)
            if kind is not None:
                return kind
        return None
    if ("issue" in s or "capital" in s or "voting" in s) and _capital_only(s):
        return None  # "Following the cancellation ..., the Company's issued share capital consists of 98,765,432 ..."
    if _MARKET_PURCHASE.search(s) and _stated(s):
        return "execution"  # "the Company today made on market purchases of 20,000 Ordinary Shares"
    if (("TSX" in s or "Toronto" in s) and _NCIB_ACCEPTED.search(s) and not _NEGATION.search(s)
            and not _ncib_not_ours(s) and not _NCIB_STOPPED.search(s)):
        # a Canadian issuer's buyback: "has received approval from the Toronto Stock Exchange ("TSX") to renew its
        # normal course issuer bid", "... from the TSX to amend its current NCIB ... to increase the maximum number"
        return "authorization"
    if _SOLD_TO_COMPANY.search(s) and _stated(s):
        return "private"  # "Mr. Mixon sold to the Company 350,000 common shares of the Company"
    if (not periodic and _NAMED_FROM_UNDERWRITERS.search(s)
            and re.search(r"repurchas|subject\s+of\s+the\s+offering", s + " " + nxt, re.I)
            and not _other_issuers_stock(s) and not _NEGATION.search(s)):
        return "intent"  # "... intends to purchase from the underwriters 3,500,000 shares ..."
    tender = _TENDER_WORDS.search(s)
    if (not tender and prior_tender and iter_shares(s) and not _OTHER_PARTY.search(s) and not _NEGATION.search(s)
            and (_ACCEPTED_FOR.search(s) or ("tendered" in s and _ALL_ACCEPTED.search(nxt)))):
        # after the offer was named: "has accepted for purchase an aggregate of 598,959 shares"; "A total
        # of 188,709 shares ... were properly tendered ..." when all were accepted (the next sentence says so)
        return "tender"
    if not tender and not _BUYBACK_WORDS.search(s):
        def plain() -> bool:  # bought for the company itself, not for taxes, plans or a stake
            return not (_WITHHOLD.search(s) or _EMPLOYEE_PLAN.search(s) or _other_issuers_stock(s)
                        or _STAKE_IN.search(s)
                        or re.search(r"\bon\s+behalf\s+of\b|\bfor\s+the\s+(?:ESOP|plan)\b", s, re.I))

        if (_OWN_PURCHASE.search(s) and _stated(s) and plain()
                and not _SOLD_BY_COMPANY.search(s)):
            return "execution"  # "The Company today purchased 200,000 of its Ordinary Shares"
        if not periodic and _RESOLVED_OWN.search(s) and not _NEGATION.search(s) and not _HEDGED.search(s):
            return "authorization"  # "a resolution was adopted at a meeting of the Board of Directors to acquire its own shares"
        if _USED_TO_ACQUIRE.search(s) and plain() and not _NEGATION.search(s):
            return "execution"  # "used the cash received from option exercises to acquire 1.2 million shares of its common stock"
        if ("reasury" in s and TREASURY_PURCHASE.search(s) and _stated(s) and plain()
                and not _NEGATION.search(s)):
            return "execution"  # "the Company purchased 50,000 shares of treasury stock"
        if _FOLLOWING_NUMBER.search(s) and not _NEGATION.search(s):
            return "execution"  # "it purchased the following number of its ordinary shares ..."
        if (_PLAN_PURCHASE.search(s) and (_BUYBACK_WORDS.search(prev) or re.search(r"\bthe\s+plan\b|NCIB", s + prev))
                and iter_shares(s) and _stated(s)
                and not _OTHER_ISSUER.search(s) and not _EMPLOYEE_PLAN.search(s + " " + prev[-300:])
                and not _SOLD_BY_COMPANY.search(s)):
            # "... a Common Stock repurchase plan. Under the plan, the Company purchased 255,812 ...
            # shares"; "... Normal Course Issuer Bid ... In 2018, we purchased and canceled 161,500 ..."
            return "execution"
        if not periodic and _intended(_INTENT, s):
            return "intent"  # "the Bank intends to purchase up to 30,000,000 own shares"
        if (_REDEEMED_COMMON.search(s) and not _NOT_REDEMPTION.search(s) and not _NEGATION.search(s)
                and not _HEDGED.search(s)):
            # "the Company redeemed from Seller 601,852 shares of the common stock ... at $1.62"
            return "private" if _PRIVATE.search(s) or re.search(r"\bfrom\b", s) else "execution"
        if (_PURCHASED_FROM.search(s) and _stated(s) and (_PRIVATE.search(s) or _PRIVATE.search(prev[-300:]))
                and not _other_issuers_stock(s) and not _EMPLOYEE_PLAN.search(s) and not _WHOLE_COMPANY.search(s)):
            return "private"
        if _block_agreement(s):
            # "has reached an agreement in principal with the Company's founding family to purchase
            # 2.2 million shares of Graco common stock, at a price of $24.89 per share"
            return "private"
        if not (purchase_words(s) and not _EMPLOYEE_PLAN.search(s) and not _DEBT.search(s)):
            return None  # cheap exit: every non-tender path below needs one of these words
    # (not "Pursuant to the Repurchase Agreement, the Company purchased 300,000 Common Shares ... from the Estate": a
    # share repurchase agreement's purchase)
    debt = _DEBT.search(s) and not _PURCHASED_FROM.search(s) and not (
        _EQUITY.search(s) and re.search(
            r"repurchas\w*(?:\s+and\s+(?:retired|cancell?ed))?,?\s+(?:(?:directly\s+or\s+indirectly|from\s+time\s+to\s+time),\s+)?(?:of\s+)?"
            r"(?:up\s+to\s+(?:an\s+additional\s+)?|at\s+least\s+|approximately\s+|an\s+additional\s+)?[\$\d]"
            # (the debt word before the stock: not "$144.6 million of its outstanding common stock in privately
            # negotiated transactions ... through the initial purchasers of the notes")
            r"(?!(?:(?!common\s+stock\b(?!-)|common\s+shares\b(?!-)|ordinary\s+shares\b(?!-))[^;]){0,110}\b(?:principal|notes|debentures|bonds)\b)"
            # (not "repurchased 2,000,000 of its outstanding public warrants, each exercisable for one share")
            r"(?![\d,.]*\s+(?:million\s+)?(?:of\s+(?:its|our|the\s+company['’]s)\s+)?(?:outstanding\s+)?"
            r"(?:public\s+|private(?:\s+placement)?\s+)?(?:class\s+\w\s+)?warrants)", s, re.I)
    )
    if debt and (not tender or re.search(r"\b(notes?|debentures?|bonds?|debt\s+securities|principal\s+amount)\b",
                                         s, re.I)):
        return None
    if (_NEGATION.search(s) or _WITHHOLD.search(s) or _ZERO_FIRST.search(s) or _other_issuers_stock(s, prev)
            or _NOT_PROGRAM.search(s) or _CONTINGENT_RIGHT.search(s) or (_HABITUAL.search(s) and not iter_shares(s))):
        return None  # ... or "1,000,000 shares of Occidental common stock": another issuer's
    if periodic and _CUMULATIVE.search(s):
        part = _PERIOD_PART.search(s)
        if not part or (ref_year and any(int(y) < ref_year for y in _YEAR.findall(s[part.start() : part.end() + 60]))):
            return None  # a program's total to date, not the period's purchases
    if ref_year and (periodic or _AUTH_VERB.search(s)):
        years = [int(y) for y in _YEAR.findall(s)]
        if years and max(years) < ref_year - 1:
            return None  # a program or purchase from years before the report or the filing
    if tender and _SUBSIDIARYS_OWN.search(s):
        # a listed subsidiary's own offer is not this issuer's (the sentence may go on about its own)
        rest = _HOLDER_TENDERS.sub(" ", _SUBSIDIARYS_OWN.sub(" ", s))  # (nor the company tendering into it)
        return _classify(rest, periodic, ref_year, nxt, prior_tender, prev, nxt2) if _BUYBACK_WORDS.search(rest) else None
    if tender:
        # ("88,709 shares ... were properly tendered and not withdrawn" when the next sentence says
        # all of them were accepted: the count bought)
        all_taken = bool(nxt) and "tendered" in s and _ALL_ACCEPTED.search(nxt) is not None and bool(iter_shares(s))
        if _OTHER_PARTY.search(s) or not (_TENDER_EVENT.search(s) or all_taken) or _NOT_A_TENDER.search(s):
            return None
        if not _OWN_TENDER.search(s) and not (prior_tender and (iter_shares(s) or iter_money(s))):
            return None  # whose offer: the sentence says, or an earlier one of this document did
        if re.search(r"pre-commencement|13e-4\(c\)|check\s+the\s+(?:appropriate\s+)?box", s, re.I):
            return None
        return "tender"
    if not (_BUYBACK_WORDS.search(s) or purchase_words(s)) or not (
            _EQUITY.search(s) or PURCHASE_PROGRAM.search(s) or _NCIB.search(s)):  # (a bid for its own shares)
        return None
    if not periodic and _intended(_INTENT, s):
        return "intent"  # "intends to use ... the net proceeds ... to repurchase at least $200.0 million of its common stock"
    foreign = has_foreign_money(s) and not re.search(r"dividend|per\s+share", s, re.I)
    has_number = bool(iter_money(s) or iter_shares(s) or foreign or _UP_TO_COUNT.search(s) or _N_SHARE_PROGRAM.search(s) or any(
        # "program of up to 5 percent of ... shares"
        _PCT_SHARES.search(_after(s, m, 70)) and _PCT_OBJECT.search(_before(s, m, 60))
        for m in iter_percents(s)))
    # "under which the Company may repurchase up to 5%"; "ContourGlobal said it would extend its
    # buyback programme" (a decision reported, not a hedge)
    hedged = bool(_HEDGED.search(_REPORTED_WOULD.sub(" ", _SIZE_MAY.sub("", s))))
    if (_ASR.search(s) and _ASR_EVENT.search(s) and (has_number or not hedged)
            and not (_ASR_METHOD.search(s) and not _ASR_DONE.search(s))):
        return "asr"
    # (not a total "since January 2019" in a later quarter's release)
    if _RETURNED.search(s) and iter_money(s) and not _ENDING.search(s) and not (_SINCE_YEAR.search(s) and not _THIS_PERIOD.search(s)):
        return "returned"
    if not periodic and _intended(_WILL_BUY, s):
        return "intent"  # "will buy back up to $250 million of its stock over the next two years, ... said Thursday"
    if not has_number and not periodic and ("10b5" in s or "10B5" in s) and _PLAN_10B51.match(s) and not hedged:
        return "plan"  # "The Rule 10b5-1 plan has been established in connection with the ... authorization"
    if not has_number:
        if _AGREED_PURCHASE.search(s) and (_PRIVATE.search(s) or _FROM_INSIDERS.search(s)) and not hedged:
            return "private"  # "has agreed to purchase shares from certain Executive Officers" (counts listed after)
        # "On November 25, 2002, the Board ... authorized phase six of its stock repurchase
        # program. This repurchase consists of 5,000,000 shares ...": the size follows
        # (in a release, or the sentence after that: "... has authorized the renewal of its Normal
        # Course Issuer Bid ... CGI's management ... believe ... Under the terms of the NCIB, ... the
        # Company may purchase ... up to 20,595,539 Class A Shares")
        if (_AUTH_VERB.search(s) and not hedged and nxt and not _ENDING.search(s) and not _only_references(s)
                and not _capital_only(nxt)
                and (_YEAR.search(s) or (not periodic and _ADOPTED_PROGRAM.search(s)))
                and (_size_follows(nxt) or (not periodic and nxt2 and re.search(r"\bup\s+to\b", nxt2, re.I)
                                            and not _EXEC_VERB.search(nxt2) and _size_follows(nxt2)))):
            return "authorization"
        if (_RENEWED_PROGRAM.search(s) and not hedged and not _NEGATION.search(s)
                and (not periodic or _YEAR.search(s))):  # (a report's own dated extension; old ones are dropped by date)
            # "approved an extension of the Company's existing share repurchase program, which was
            # scheduled to expire on December 31, 2023"; "has reinstated the Company's share
            # repurchase program, which was suspended in March 2020" (the old end is no ending)
            return "authorization"
        if (not periodic and _RECENT.search(s) and _AUTHORISED_PROGRAM.search(s) and not hedged and not _ENDING.search(s)
                and not _NEGATION.search(s) and not _YEAR.search(s) and not _NOT_NEW_OR_OURS.search(s)):
            # a news report dated by its own words: "Yesterday the bank's president ... announced that the board
            # of directors had authorised a common share repurchase programme"
            return "authorization"
        if (not periodic and _NEW_PROGRAM.search(s) and _YEAR.search(s) and not hedged and not _ENDING.search(s)
                and not re.search(r"\bsubsidiar", s, re.I) and not _NO_ASSURANCE.match(nxt)
                # "In February 2022, the Board approved a new ... program. During the fourth quarter
                # of 2023 ...": history told in a later release
                and max(map(int, _YEAR.findall(s))) >= max(map(int, _YEAR.findall(nxt)), default=0)):
            return "authorization"
        return None
    if _EXEC_VERB.search(s) and not re.search(r"\b(will|to\s+be)\s+(?:be\s+)?(?:re)?purchased\b", s, re.I):
        if _PRIVATE.search(s):
            return "private"
        if not hedged or _PLAIN_PAST.search(s):
            return "execution"
    if re.search(r"\bagree\w*\s+to\s+repurchase|\bagreement\b[^.]{0,80}\bto\s+repurchase\b"
                 r"|\bapprov\w*\s+the\s+(?:re)?purchase\s+of\b", s, re.I) and (
                    _PRIVATE.search(s) or (re.match(r"\W*pursuant\s+to\s+the\s+agreement\b", s, re.I) and _PRIVATE.search(prev)
                                           and _COMPANY_AS_BUYER.search(s) and not _other_issuers_stock(s))):
        # ("... entered into a Share Repurchase Agreement with Martin Oyelaran, a co-founder ...
        # Pursuant to the Agreement, the Company agreed to repurchase an aggregate of 1,750,000 shares")
        return "private"
    if _AGREED_PURCHASE.search(s) and _FROM_INSIDERS.search(s) and not hedged:
        return "private"  # "has agreed to purchase shares of its common stock from two executive officers"
    if _block_agreement(s):
        return "private"  # "CGI Group buys back 3.6M shares from Caisse ... has reached an agreement to pay ... to purchase"
    if _AUTH_VERB.search(s) and (not hedged or (re.search(r"\bauthori[sz]ed\b|\bapproved\b", s, re.I) and not _MANDATE_TO_BE.search(s))
                                 or (not periodic and _hedge_only_after(s))):
        if _only_references(s):
            # "announced today that it has exhausted its previously authorized $100 million stock
            # repurchase program": an old program used up, no new authorisation
            return None
        if _TO_CONSIDER.search(s) and not _program_authorised(_TO_CONSIDER.sub(" ", s)):
            return None  # "authorized management to consider share repurchases": no program
        if periodic and not _YEAR.search(s):
            return None  # an undated program description in a periodic report is not news
        if periodic and re.match(r"(?:\W|\(\w{1,2}\))*as\s+of\b", s, re.I):
            return None  # "As of September 28, 2024, the Company was authorized ...": a status
        return "authorization"
    return None
