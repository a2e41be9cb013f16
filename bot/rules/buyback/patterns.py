"""Buyback rule: form filters, keyword and sentence patterns, event priorities."""

from __future__ import annotations

import re

from bot.rules.regex import fast_compile

# --- filters -------------------------------------------------------------------------------

_NOT_ISSUER_FORMS = fast_compile(
    # (an ownership report "4" or "4/A", not a "40-F" or a "424B3")
    r"^(SC\s*TO-T|SC\s*14D-?9|SC\s*14D1|SC\s*13[DG]|(?:3|4|5|144)(?=$|/|\s)|424[A-Z]|S-8|11-K|13F)", re.I
)
_PERIODIC_FORMS = fast_compile(r"^(10-K|10-Q|10-KSB|10-QSB|10-KT|20-F|40-F|N-CSR)", re.I)
_READ_DOC = fast_compile(r"^(EX-99|EX-20|8-K|10-|20-F|40-F|6-K|SC\s*TO|SC\s*13E|TEXT|DEF|425)", re.I)

# "the Company purchased 255,812 shares", "purchased 200,000 of its Ordinary Shares": a purchase
# told without "repurchase" (all lower case, so also searched case-sensitively in lowered text)
PURCHASED_COUNT = (r"\b(?:company|we|corporation|it)\s+(?:also\s+)?purchased\s+(?:and\s+(?:cancell?ed|retired)\s+|for\s+cancell?ation\s+)?"
                   r"(?:a\s+total\s+of\s+|an\s+aggregate\s+of\s+)?\d")
PURCHASED_OWN = (r"(?:purchased|acquired|bought)\s+(?:an\s+aggregate\s+of\s+|a\s+total\s+of\s+)?[\d,.]+\s+(?:million\s+)?(?:of\s+its\s+"
                 r"(?:own\s+)?|shares\s+of\s+(?:its|the\s+company['’]s)\s+(?:own\s+)?)")

# cash used to buy its own shares (also read by the candidate scan, lower case)
_USED_TO_ACQUIRE = fast_compile(r"\bused\s+(?:[^.;]|\.\d){0,80}?\bto\s+acquire\s+(?:approximately\s+|about\s+)?[\d,.]+\s+(?:million\s+)?"
                                r"shares\s+of\s+(?:its|our)\s+(?:own\s+)?(?:common|ordinary|class)\b", re.I)
_KEY = fast_compile(
    r"repurchas|buy-?backs?|buys?\s+back|bought\s+back|tender\s+offer|dutch[\s-]+auction|self[\s-]tender|\bNCIB\b"
    r"|purchases\s+of\s+equity\s+securities|total\s+number\s+of\s+shares\s+purchased|redeemed|buying\s+back"
    r"|(?:intends?|plans?|expects?)\s+to\s+(?:concurrently\s+)?(?:re)?purchase|agreed\s+to\s+purchase\s+from\s+the\s+underwriters|issuer\s+bid|own\s+shares|following\s+number\s+of\b"
    r"|market\s+purchases?\s+of|sold\s+to\s+the\s+(?:company|corporation|registrant)"
    rf"|{PURCHASED_COUNT}|{PURCHASED_OWN}|" + _USED_TO_ACQUIRE.pattern,
    re.I,
)
# the same keywords for a case-sensitive scan of lower-cased text (much faster on big filings)
_KEY_LOWER = fast_compile(
    r"repurchas|buy-?back|bought\s+back|tender\s+offer|dutch\s+auction|self-tender"
    r"|purchases\s+of\s+equity\s+securities|total\s+number\s+of\s+shares\s+purchased|redeemed"
)

_EQUITY = fast_compile(
    r"\b(common\s+(?:stock|shares|units)|ordinary\s+shares|capital\s+stock|class\s+[abc]\b|series\s+[a-z]\s+shares"
    r"|(?:subordinate|multiple|restricted)\s+voting\s+shares"
    r"|(?:its|our|the\s+company['’]s)\s+(?:own\s+)?(?:outstanding\s+)?(?:registered\s+|bearer\s+)?"
    r"(?:shares|stock|equity)|own\s+shares"
    r"|share\s+repurchase|stock\s+repurchase|equity\s+securities|shares?\s+buy-?back|stock\s+buy-?back"
    r"|adss?\b|american\s+depositary|\d[\d,.]*\s*(?:million\s+|thousand\s+)?shares|shares\s+of\b|buy-?back\s+program"
    r"|repurchase\s+program|repurchase\s+plan|repurchase\s+authori[sz]ation"
    # "bought back $150 million of stock during the quarter"
    r"|(?<=bought\sback\s\$)[\d.,]+\s*(?:million|billion)\s+of\s+(?:its\s+|our\s+)?(?:own\s+)?(?:common\s+)?stock\b"
    r"(?![^.;]{0,30}\bfrom\s+its\s+parent))",
    re.I,
)
_DEBT = fast_compile(
    # not "Note L" / "Note 12" / "Notes to Consolidated Financial Statements": a note of the report
    r"\b(notes?(?!\s+(?:\d{1,2}|(?-i:[A-Z]))\b)(?!\s+to\s+(?:the\s+)?(?:condensed\s+)?(?:consolidated\s+)?financial)"
    r"|debentures?|bonds?|indebtedness|loans?|warrants?|receivables?|vehicles?"
    r"|mortgages?|debt\s+securities|principal\s+amount|securities\s+sold\s+under|(?<!share\s)(?<!stock\s)repurchase\s+agreements?|reverse\s+repurchase"
    r"|repurchase\s+(?:rights?|options?|obligations?|price|date|event)|right\s+of\s+repurchase"
    r"|holders?\s+may\s+require|change\s+of\s+control|fundamental\s+change|preferred\s+securities"
    r"|trust\s+preferred|convertible)\b",
    re.I,
)
_NEGATION = fast_compile(
    r"\b(did\s+not|does\s+not|has\s+not|have\s+not|had\s+not|not\s+repurchase|no\s+(?:shares|stock|repurchases?|purchases)"
    r"|were\s+no|there\s+were\s+no|nor\s+did|not\s+make\s+any|neither|none\s+of)\b",
    re.I,
)
_WITHHOLD = fast_compile(
    r"\b(withh[eo]ld|withholding|surrender(?:ed)?|net\s+settle|to\s+satisfy\s+(?:the\s+)?(?:tax|exercise))",
    re.I,
)
_HEDGED = fast_compile(
    # (not the month: "in the open market during May")
    r"\b((?-i:may)(?!\s*\d)|(?<!\bin\s)(?<!\bduring\s)(?<!\bof\s)(?<!\bsince\s)(?<!\buntil\s)(?<!\bthrough\s)May(?!\s*(?:\d|,))|might|could|would|can|cannot|should|there\s+(?:can|is)\s+no\s+assurance|no\s+assurance"
    r"|risks?|uncertaint|if\s+we|whether|ability\s+to|depend|forward-looking|including\s+without"
    r"|for\s+example|such\s+as|intend|anticipate|expect|envisag\w*|(?<!\ba\s)(?<!\bthe\s)(?<!purchase\s)(?<!buyback\s)plans?\s+to|believe|estimate)\b",
    re.I,
)
_OTHER_PARTY = fast_compile(
    r"\b(merger\s+sub|purchaser|parent|acquisition\s+corp|offeror|bidder|to\s+acquire|all\s+(?:of\s+)?the\s+"
    r"(?:issued\s+and\s+)?outstanding\s+(?:shares|common)|all\s+outstanding\s+shares|schedule\s+14d-?9"
    r"|third-party\s+tender|third\s+party\s+tender|mini-?tender|unsolicited"
    r"|(?:shares|stock)\s+of\s+(?-i:[A-Z][\w&]+)\s+(?:Inc|Corp|Corporation|Ltd|plc)\.?\s+at\s+\$)\b",
    re.I,
)
_OWN_TENDER = fast_compile(
    r"(dutch[\s-]+auction|self[\s-]tender|issuer\s+tender|substantial\s+issuer\s+bid|repurchas|buy\s?back"
    r"|its\s+own\s+(?:shares|stock)"
    # "commenced an odd-lot tender offer to purchase all shares of its common stock held by ..."
    r"|odd-lot\s+tender\s+offer\s+(?:to\s+purchase|for)\s+(?:all\s+)?(?:the\s+)?shares\s+of\s+(?:its|our|the\s+company['’]s)\b"
    # "Tribune Company (NYSE: TRB) today announced the final results of its tender offer": the
    # release's issuer (named by its ticker) or "the Company" / "we" is the subject, with no other
    # name between; not an offer for another company's stock, for warrants or options, or an exchange
    r"|(?:\((?:nyse|nasdaq|amex|otc|tsx)\b[^)]{0,30}\)|\bthe\s+[\"“]?company\b|\bwe\b"
    r"|(?<![\w.])(?-i:[A-Z])[\w&-]+(?:\s+(?-i:[A-Z])[\w&-]+){0,3},?\s+(?:Corp|Inc|Co|Ltd|plc|Corporation|Company|Incorporated)\b\.?"
    # (a named issuer's offer for its own stock, not for a subsidiary's or another company's)
    r"(?![^.;]{0,200}?\b(?:subsidiar\w*|majority-owned|affiliate|shares\s+of\s+(?:common\s+stock\s+of\s+)?(?!(?:Common|Class|Ordinary|Series|Preferred|Capital)\b)(?-i:[A-Z])\w+))"
    r")"
    r"(?:(?!affiliate|subsidiar|investee|joint\s+venture)(?-i:[^.;A-Z])){0,60}?"
    r"\b(?:its|our)\s+(?!mandatory)(?:[\w\"“”-]+\s+){0,3}?tender\s+offer"
    r"(?![^.;]{0,60}\b(?:warrants?|options?|exchange|notes|debentures|units)\b)"
    r"(?!\s+(?:to\s+purchase|for)\s+(?:[\w-]+\s+){0,4}?(?:shares|stock)\s+(?:of|in)\s+(?:(?-i:[A-Z])|our\b|the\s+company))"
    r"|(?:purchase|acquire)\s+(?:up\s+to\s+|an\s+aggregate\s+of\s+|a\s+total\s+of\s+)?[\$\d][^.;]{0,60}?"
    r"\b(?:its|our|the\s+company['’]s)\s+"
    r"(?:own\s+)?(?:outstanding\s+)?(?:shares|common|ordinary|class))",
    re.I,
)
_TENDER_EVENT = fast_compile(
    r"\b(commenc\w*|launch\w*|announc\w*|disclos\w*|complet\w*|expir\w*|accepted|accept\w*\s+for\s+(?:purchase|payment)"
    r"|final\s+results|preliminary\s+results"
    r"|results\s+of|oversubscribed|(?:will|to)\s+purchase|offer\s+to\s+purchase|repurchased|purchased)\b",
    re.I,
)
_ASR = fast_compile(r"\b(?:accelerated|overnight)\s+(?:share|stock)\s+(?:(?:re)?purchase|buy\s?-?back)|\bASR\b", re.I)
_ASR_EVENT = fast_compile(r"\b(entered|enter\s+into|executed|agreements?|announc\w*|completed|settled|received|paid)\b", re.I)
_AUTH_VERB = fast_compile(
    r"\b(authori[sz](?:e|es|ed|ing)|approv(?:e|es|ed|al\s+of)|announc(?:e|es|ed)|adopt(?:s|ed)|(?<!\ban\s)(?<!\bthe\s)increas(?:e|es|ed)"
    # "announcing a share repurchase program", "launched a share buyback programme" (the program
    # itself is what is announced or launched)
    r"|(?:announcing|launch(?:es|ed))\s+(?:a|an|its)\s+(?:new\s+)?(?:[$\w.,]+\s+(?:million|billion)\s+)?(?:share|stock)\s+"
    r"(?:re)?purchase|(?:announcing|launch(?:es|ed))\s+(?:a|an|its)\s+(?:new\s+)?(?:share|stock)\s+buy-?\s?back"
    # "The Board agreed a £1.5 billion share buy-back programme for 2013" (British usage)
    r"|agreed(?=\s+an?\s+(?:[£$€]\s?[\d.,]+\s*(?:million|billion|bn|m)?\s+)?(?:share|stock)\s+(?:buy-?\s?back|(?:re)?purchase)\s+program)"
    r"|expand(?:s|ed)|extend(?:s|ed)|establish(?:es|ed)|replenish(?:es|ed)|renew(?:s|ed)|reinstat(?:es|ed)"
    # "said it would extend its buyback programme" (not "would increase its quarterly dividend")
    r"|(?<=would\s)(?:extend|increase|expand|renew|replenish)\s+(?:its|the|our)\s+(?:[\w-]+\s+){0,3}?(?:buy-?\s?back|repurchase)"
    r"|new\s+(?:\$\s?[\d.,]+\s*(?:million|billion)\s+)?(?:share|stock)\s+(?:repurchase|buy-?back)"
    # "raised the amount originally authorized", "the Board voted to add 2,000,000 shares to ..."
    r"|rais(?:e|es|ed)\s+(?:the\s+)?(?:amount|size|limit)|voted\s+to\s+(?:add|increase|expand|extend|approve|authori[sz]e)"
    # "had added $200 million to the Company's stock repurchase authorization", "boosted its buyback"
    r"|(?:add(?:s|ed)?|boost(?:s|ed)?|upsiz(?:e|es|ed)|bolster(?:s|ed)?)\s+(?:an\s+additional\s+|another\s+)?"
    r"\$\s?[\d.,]+\s*(?:million|billion)?\s+to\s+(?:its|our|(?:the\s+)?[\w.&]+['’]s|the)\s+(?:[\w-]+\s+){0,3}?(?:repurchase|buy-?back)"
    r"|(?:boost(?:s|ed)?|upsiz(?:e|es|ed)|bolster(?:s|ed)?|top(?:s|ped)?\s+up)\s+(?:its|the|our)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:repurchase|buy-?back)"
    # "received authorization from its board to repurchase up to 2% of its common shares"
    r"|(?:received|obtained|been\s+granted)\s+(?:the\s+)?(?:board\s+)?authori[sz]ation"
    # "The company is proceeding with a normal course issuer bid whereby it will purchase up to
    # 1,000,000 common shares"
    r"|(?:proceed(?:s|ing)?\s+with|commenc(?:es|ed|ing)|launch(?:es|ed|ing)|implement(?:s|ed|ing)|initiat(?:es|ed|ing)"
    r"|will\s+(?:make|conduct|undertake|commence)|intention\s+to\s+(?:make|commence|proceed\s+with|conduct))"
    r"\s+(?:a|an|its|the)\s+(?:new\s+)?normal\s+course\s+issuer\s+bid)\b",
    re.I,
)
_INCREASE = fast_compile(r"\b(additional|increas\w*|expand\w*|replenish\w*|add(?:s|ed)?\s+\$|on\s+top\s+of)\b"
                         r"(?!\s+(?:long-term\s+)?(?:shareholder|stockholder)\s+value)", re.I)  # (a purpose, not a larger program)
_EXEC_VERB = fast_compile(
    r"\b(repurchased|bought\s+back|(?:is|are)\s+(?:thus\s+|now\s+)?buying\s+back(?=\s+[\d,.]+\s+(?:million\s+)?"
    r"of\s+(?:its|our)\s+own)|purchased|buy-?backs?\s+of(?!\s+up\s+to\b)"
    r"|acquired|accepted\s+for\s+purchase"
    # "completed an expanded $10 billion capital management program that saw it buy back 241.8 million of its own shares"
    r"|saw\s+(?:it|the\s+company)\s+(?:buy\s+back|repurchase)"
    # "For the fiscal year ended September 30, 2023, stock repurchases totaled 361,869 shares"
    r"|repurchases\s+(?:totaled|totalled|amounted\s+to|aggregated)"
    r"|(?:used|paid)\s+(?:\$(?:[^.;]|\.\d){0,30}?)?to\s+repurchase|cash\s+used\s+to\s+repurchase|spent|completed\s+(?:the\s+)?(?:share\s+|stock\s+)?repurchases?"
    # "Common stock activity for the nine months ended September 30, 2011 ... included the repurchase of approximately
    # 692,201 shares for $13.9 million"
    r"|included\s+the\s+(?:re)?purchase\s+of\s+(?:approximately\s+|about\s+)?[\d,.]+\s+(?:million\s+)?shares\b"
    # "used the cash received from the option exercises to acquire 4.7 million shares of its common stock"
    r"|used\s+(?:[^.;]|\.\d){0,80}?\bto\s+(?:acquire|purchase|buy\s+back)\s+(?:approximately\s+|about\s+)?[\d,.]+\s+(?:million\s+)?shares\s+of\s+(?:its|our)\s+(?:own\s+)?(?:common|ordinary|class)\b"
    # a release's highlights: "• Repurchase of 474,042 shares of common stock for $5.3 million"
    r"|(?:^|(?<=^[•·▪◦●‣■➢*-]\s)|(?<=^[•·▪◦●‣■➢*-]))(?:share\s+|stock\s+)?repurchases?\s+of\s+(?:approximately\s+)?[\d,.]+\s+(?:million\s+|thousand\s+)?(?:shares|common)"
    r"(?=[^.;]{0,80}?\b(?:for|at)\s+(?:an?\s+)?(?:aggregate|total|average|\$))"
    # "primarily due to the repurchase of 25,300 shares of common stock at a total cost of $412,000"
    r"|(?<=the\s)repurchase\s+of\s+[\d,.]+\s+(?:million\s+)?shares\b(?=[^.;]{0,80}?\b(?:at\s+a\s+(?:total\s+)?cost|aggregate\s+cost|total\s+cost))"
    r"|closed\s+(?:the|its)\s+repurchase|consummated)\b",
    re.I,
)
_RETURNED = fast_compile(
    # ("returned $1.2 billion to shareholders, including ...": a decimal point is no sentence end)
    r"\breturn(?:ed|ing)\b(?:[^.;]|\.\d){0,120}?\b(?:share|stock)\s+(?:re)?purchases"
    r"|\breturn(?:ed|ing)\b(?:[^.;]|\.\d){0,120}?buy-?backs?",
    re.I,
)
_PRIVATE = fast_compile(
    r"\b((?i:from\s+(?:the\s+)?estates?\s+of|from\s+(?:a|the|certain|two|three|four|five|several)\s+"
    r"(?:individual\s+|unaffiliated\s+|existing\s+|large\s+|principal\s+|significant\s+|major\s+)?"
    r"(?:trusts?|estates?|stockholders?"
    r"|shareholders?|holders?|former)|privately\s+negotiated\s+transaction\s+with|stock\s+purchase\s+agreement"
    r"|in\s+a\s+private(?:ly\s+negotiated)?\s+transaction\b"
    r"|share\s+purchase\s+agreement|block\s+(?:purchase|trade)|(?<!accelerated\s)(?<!overnight\s)(?:stock|share)\s+repurchase\s+agreement)"
    # a repurchase agreement's defined seller: "shares of Common Stock held by the Seller"
    r"|(?:from|held\s+by|owned\s+by)\s+(?:the\s+)?Sellers?\b"
    r"|from\s+[A-Z][A-Za-z&.]+(?:\s+[A-Z][A-Za-z&.]+)*\s+"
    r"(?:LP|L\.P\.|LLC|Partners|Fund|Trust|Inc\.?|Limited|Holdings))",
)
_OPEN_MARKET = fast_compile(r"\bopen[\s-]market\b", re.I)
# ("Four Dollars ($4.00) per share": a bracketed figure after the words)
_PER_SHARE_AFTER = fast_compile(r"^\)?\s*(?:per\s+(?:share|common\s+share|ads)|a\s+share|each)\b", re.I)
_PRICE_BEFORE = fast_compile(r"(price(?:\s+per\s+share)?|paid|\bat)\s+(?:of\s+|approximately\s+|about\s+|an\s+average\s+of\s+)?"
                           r"(?:[A-Z][a-z]+(?:[\s-][A-Za-z]+){0,4}\s+Dollars\s+\()?$"
                           r"|(?:cost|price)\s+per\s+share\b[^$]{0,60}?\bof\s+$", re.I)
_REMAIN = fast_compile(r"\b(remain\w*|available|yet\s+be\s+purchased|unused|capacity|left)\b", re.I)
_AUTH_CTX = fast_compile(
    r"\b(authori[sz]\w*|up\s+to|program|plan|approv\w*|additional|increase\w*|buyback|repurchase\s+of)\b", re.I
)
_EXEC_CTX = fast_compile(
    r"\b(repurchased|purchased|bought|cost|aggregate|total\s+of|for|spent|used|accepted|(?:agreed|agreement)\s+to\s+pay)\b", re.I
)
_EXPIRY = fast_compile(
    # (not the old program's end: "the renewal of its ... program that previously expired on December 31, 2019")
    r"(?<!previously\s)(?<!had\s)\b(expir\w*|through|ending|ends|until|terminat\w*|effective\s+through|runs\s+(?:for|through)"
    r"|no\s+later\s+than)\b[^.;]{0,40}?$",
    re.I,
)
_DATE_RANGE = fast_compile(r"\bfrom\s+[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4},?\s+(?:through|to|until)\s*$")
_PROGRAM_AFTER = fast_compile(
    r"^\s*(?:\w+\s+){0,2}(?:(?:share|stock)?\s*(?:re)?purchase|buy-?\s?back)\s+(?:programme|program|plan"
    r"|authori[sz]ation)", re.I
)
_AUTH_SHARES_BEFORE = fast_compile(
    # (not "Nathan's Famous purchased an additional 98,959 shares": bought beyond the offer's size)
    r"(?:authori[sz]\w*|up\s+to|(?<!purchased\san\s)additional|repurchase\s+of(?:\s+up\s+to)?(?:\s+an\s+additional)?)\s*$", re.I
)
_OUTSTANDING_AFTER = fast_compile(
    r"(?:outstanding\s+(?:shares\s+)?(?:of\s+common\s+stock\s+)?to|leaving|leaves|reduc\w+[^.;]{0,80}?outstanding\s+to"
    r"|remaining\s+outstanding|outstanding\s+after)\s+(?:approximately\s+)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s+million)?)",
    re.I,
)
_PCT_OF_OUT = fast_compile(r"^\s*(?:of\s+)?(?:the\s+|its\s+|our\s+|the\s+company['’]s\s+)?(?:total\s+)?(?:issued\s+and\s+)?(?:outstanding|shares|common|ordinary)", re.I)
_YEAR = fast_compile(r"\b(19[89]\d|20[0-4]\d)\b")
_FORM_RE = fast_compile(r"\bFORM\s+(10-K|10-Q|8-K|20-F|6-K)\b|\bSCHEDULE\s+(TO|14D-9)\b", re.I)
_CUMULATIVE = fast_compile(
    r"\bsince\s+(?:the\s+date\s+of\s+)?(?:its\s+)?(?:incorporation|formation|organi[sz]ation)"
    r"|\bsince\s+(?:19|20)\d\d\b|\bthrough\b[^.]{0,40}\bhad\s+(?:re)?purchased"
    r"|\bas\s+of\b[^.]{0,80}\b(?:have|has|had)\s+(?:re)?purchased|\bas\s+of\b[^.]{0,80}\bhad\s+been\s+(?:re)?purchased|\bsince\s+(?:the\s+)?(?:inception|commencement"
    r"|program)|(?<!year\s)(?<!year-)\bto\s+date\b|\bcumulative", re.I)
_DASH_CELL = fast_compile(r"\s*\$?\s*[—–-]{1,3}\s*")
_TABLE_HEAD_LOWER = fast_compile(
    r"total\s+number\s+of\s+shares\s+(?:\(or\s+units\)\s+)?(?:re)?purchased"
    # "Total Shares Purchased | Average Price Paid Per Share | ... Publicly Announced Programs"
    # (not an ESPP's "Total Shares Purchased | Purchase Price per Share")
    r"|total\s+(?:number\s+of\s+shares\s+of\s+(?:class\s+\w\s+)?common\s+stock|shares)\s+(?:re)?purchased"
    r"(?=[\s\S]{0,80}\baverage\s+price[\s\S]{0,300}\b(?:purchased|repurchased|repurchases|program)\b)"
    r"|total\s+number\s+of\s+shares(?!\s+(?:\(or\s+units\)\s+)?(?:issued|sold|granted|awarded|vested"
    r"|exercised|outstanding|withheld|delivered|acquired\s+by))"
    r"(?=[^\n]{0,80}\baverage\s+price[^\n]{0,300}\b(?:purchased|repurchased|program)\b)"
    # a header whose cells interleave line by line ("Total Number of / Approximate / Shares Purchased
    # / ... / Average Price / Publicly Announced"): the Item 703 columns follow within a few lines
    r"|total\s+number(?:\s+of)?[ \t]*\n(?=[\s\S]{0,300}\baverage\s+price[\s\S]{0,300}\b(?:publicly\s+announced|plans\s+or\s+programs)\b)")
_SHORT_DATE = fast_compile(r"\b\d{1,2}/\d{1,2}/\d{2}(?:\d{2})?\b")  # 5/29/23
_TOTAL_ROW = fast_compile(r"^\s*total\b(?!\s+(?:number|shares\s+(?:\(or\s+units\)\s+)?(?:re)?purchased))", re.I)
_ITEM_HEAD = fast_compile(r"^[ \t]*item[ \t]+\d", re.I | re.M)  # per line, or over a whole text
_INITIAL = fast_compile(r"(?:(?<!-)\b[A-Z]|\b(?:Inc|Corp|Co|No|Mr|Ms|Mrs|Dr|Ltd|Jr|Sr|St|U\.S|L\.P|approx|Nos|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Ps|Rs))\.$")
_SENT_BOUNDARY = fast_compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“(]?[A-Z0-9$])")
_LINE_END_SENTENCE = fast_compile(r"[.!?:;][\"”’)]*$")

_FOOTNOTE_MARK = fast_compile(r"^(?:\(\w{1,2}\)|\*+|\d\))\s*")

MAX_CANDIDATES = 400  # keyword-bearing paragraphs examined per document

_PRIORITY = {"tender": 6, "asr": 5, "private": 4, "authorization": 3, "intent": 3, "execution": 2, "plan": 1,
             "table": 1, "returned": 0}
_PROGRAM = {"tender": "tender_offer", "asr": "asr", "private": "private"}


# --- words of one sentence's classification (sentences.py) ------------------------------

# "Repurchases ... may be made in open market or private transactions, including through accelerated
# share repurchase agreements": a way the program may buy, not an agreement made
_ASR_METHOD = fast_compile(r"\b(?:including|such\s+as|and/or|or)\s+(?:through\s+|by\s+means\s+of\s+|pursuant\s+to\s+)?"
                         r"(?:one\s+or\s+more\s+)?accelerated\s+(?:share|stock)\s+(?:re)?purchase\s+"
                         r"(?:agreements|transactions|programs|arrangements)\b", re.I)
_ASR_DONE = fast_compile(r"\b(?:entered|executed|completed|settled|received|paid|delivered|repurchased)\b", re.I)
# "announced today that it has exhausted ...": the verb tells the old program's end
_ANNOUNCED_DONE = fast_compile(r"(?<=announced)\s+(?:today\s+)?that\s+(?:it|the\s+company)\s+(?:has\s+)?"
                               r"(?:exhausted|completed|fully\s+(?:utilized|used))\b", re.I)
# "has the right to repurchase from the Sellers up to 1,250,000 of the shares ... in the event the
# 2022 revenue targets are not achieved": a clawback option, not a purchase
_CONTINGENT_RIGHT = fast_compile(r"\b(?:right|option)\s+to\s+(?:re)?purchase\b[^;]{0,250}?\b(?:in\s+the\s+event|if|upon|unless)\b",
                                 re.I)
_NCIB = fast_compile(r"\bnormal\s+course\s+issuer\s+bid", re.I)
# "From time to time, the discounter had repurchased shares ... under a $15 billion program": a
# history told around other news (a suspension), not a purchase
_HABITUAL = fast_compile(r"\bfrom\s+time\s+to\s+time\b(?!\s+during)[^.;]{0,60}?\bhad\s+(?:re)?purchased\b", re.I)
# the same purchase with the company named ("Dun & Bradstreet expects to purchase from the
# underwriters 5,000,000 shares"): only when the release calls it a repurchase (not a sponsor
# buying in an IPO) and the shares are not another issuer's
# "... agreed to repurchase $75.0 million of shares of its common stock from the underwriters"
_UW_AMOUNT = (r"(?:approximately\s+|up\s+to\s+|an\s+aggregate\s+of\s+)?"
              r"(?:[\d.,]+\s*(?:million\s+)?shares|\$\s?[\d.,]+\s*(?:million|billion)?\s+(?:of|in)\b)")
_NAMED_FROM_UNDERWRITERS = fast_compile(
    r"(?-i:\b[A-Z][\w.&-]+)\s+(?:also\s+|further\s+)?(?:intends?|plans?|expects?|(?:has\s+)?agreed)\s+to\s+"
    r"(?:concurrently\s+)?(?:re)?purchase\s+(?:from\s+the\s+underwriters\s+" + _UW_AMOUNT + "|"
    + _UW_AMOUNT + r"[^.;]{0,80}?\bfrom\s+the\s+underwriters\b)",
    re.I)
_AGREED_PURCHASE = fast_compile(r"\b(?:has|have)\s+agreed\s+to\s+(?:re)?purchase\s+(?:shares|its\s+(?:common\s+)?(?:shares|stock))\b", re.I)
# the sellers of a block the company agreed to buy: "from certain Executive Officers"
_FROM_INSIDERS = fast_compile(r"\bfrom\s+(?:certain\s+|two\s+|three\s+|its\s+|one\s+of\s+its\s+)?(?:executive\s+officers?|officers?"
                              r"(?:\s+and\s+directors)?|directors?)\b", re.I)
_NO_ASSURANCE = fast_compile(r"\s*(?:there\s+(?:can\s+be|is)\s+no\s+assurance|no\s+assurance|we\s+(?:may|cannot))", re.I)
# "On March 26, 2020, the Board ... approved a new stock repurchase program." (a release or 8-K:
# the news even before its size is told)
_NEW_PROGRAM = fast_compile(r"\b(?:approved|authori[sz]ed|adopted)\s+(?:a\s+)?new\s+(?:share|stock)\s+(?:repurchase|buy-?back)\s+"
                            r"(?:program|plan)\b"
                            # "The Registrant on July 29, 1999 announced a stock repurchase program."
                            r"|(?:\btoday\s+|\bon\s+\w+\.?\s+\d{1,2},\s+\d{4},?\s+)announced\s+(?:a|an)\s+(?:new\s+)?(?:share|stock)\s+"
                            r"(?:repurchase|buy-?back)\s+(?:program|plan)\b"
                            r"|\bannounced\s+today\s+(?:a|an)\s+(?:new\s+)?(?:share|stock)\s+(?:repurchase|buy-?back)\s+(?:program|plan)\b", re.I)
_EARLIER_AUTH = fast_compile(r"\b(?:previously|originally|already|prior|subject\s+to\s+(?:the\s+)?)\s*$", re.I)

# a total to date that says how much of it the period bought ("..., including 412,500 shares
# repurchased during the three months ended ...")
# ("..., including 2.1 million shares of our common stock at a cost of $99.0 million during the first quarter")
_INCLUDING_PART = fast_compile(r"\b(?:including|of\s+which)\s+(?:approximately\s+)?[\d,.]+\s+(?:million\s+)?shares\s+"
                             r"(?:of\s+(?:our|its|the\s+company['’]s)\s+(?:common\s+)?stock\s+)?"
                             r"(?:(?:were\s+)?(?:re)?purchased\s+|at\s+a\s+(?:total\s+)?cost\s+of\s+\$[\d,.]+(?:\s+(?:million|billion))?\s+)"
                             r"(?:during|in)\s+the\b", re.I)

# --- words of agreed block purchases, renewed programs and other issuers (sentences.py) ------------

# "500,000 shares of Beta Corp." (a named company's shares, not the company's own)
_SHARES_OF_FIRM = fast_compile(
    r"\bshares\s+of\s+((?-i:[A-Z][\w&]*))(?:\s+(?-i:[A-Z][\w&.]*))*?\s*,?\s+(?:Corp|Corporation|Inc|Co|Ltd|LLC|plc|Holdings)\b", re.I)

_CAPS_STOCK = fast_compile(r"\bshares\s+of\s+((?-i:[A-Z]{2,6}))\s+(?:common\s+)?stock\b", re.I)

# (not "... increasing our ownership interest in CNA to 92%": a stake in another company)
_STAKE_WORDS = fast_compile(r"\b(?:ownership|interest|stake|holding)s?\s+in\b", re.I)

# "we repurchased 66.9 million shares of Microsoft common stock": a company repurchases its own
# (a holder "bought back" another's shares: "Berkshire Hathaway bought back ... Occidental common stock")
_REPURCHASED_BEFORE = fast_compile(r"\brepurchased\s+(?:approximately\s+|a\s+total\s+of\s+)?[\d.,]+"
                                   r"(?:\s+(?:million|billion))?\s*$", re.I)

# An authorisation worded "purchase" rather than "repurchase" (common before 2005): "the Board of
# Directors authorized the purchase of up to 500,000 shares of the Company's common stock",
# "authorised a new plan to purchase up to 18 million shares of its outstanding common stock",
# "approved a plan to buy up to 1,000,000 shares". The object must be the company's own common,
# capital or outstanding shares; options, warrants, rights, notes and plan trustees never are.
# "the purchase of up to two million shares"
_WORD_NUMBER = (r"(?:(?:one|two|three|four|five|six|seven|eight|nine)\s+hundred(?:\s+and)?(?:\s+[a-z]+(?:-[a-z]+)?)?\s+thousand"
                r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|twenty-five|thirty"
                r"|forty|fifty|one\s+hundred)(?:\s+thousand)?)")

_REPORTED_WOULD = fast_compile(r"\b(?:said|announced|stated)\s+(?:that\s+)?(?:it|the\s+company|(?-i:[A-Z])[\w.&-]+)\s+would"
                              r"(?=\s+(?:(?:extend|increase|expand|launch|start|commence|renew)\s+(?:its|the|our|a|an)\s+"
                              r"(?:[\w$.-]+\s+){0,3}?(?:buy-?\s?back|repurchase)|(?:buy\s+back|repurchase)\b))", re.I)

# "pursuant to the share buyback programme announced by the Company on 3 March 2022": the program
# named by its announcement, not announced now
_PROGRAM_BEFORE = fast_compile(r"\b(?:program(?:me)?|plan|authori[sz]ation|bid)\s+(?:previously\s+|originally\s+)?$", re.I)

_AGREEMENT_TO_BUY = fast_compile(
    r"\b(?:reached\s+an?\s+agreement|entered\s+into\s+an?\s+(?:\w+\s+)?agreement|agreed|execution\s+of\s+an?\s+agreement)\b"
    r"(?:[^.;]|\.\d){0,120}?\bto\s+(?:(?:re)?purchase|reacquire|buy\s+back)\s+"
    r"(?:approximately\s+|an\s+aggregate\s+of\s+|all\s+|more\s+than\s+|over\s+|about\s+)?[\d.,]+\s*(?:million\s+)?(?:of\s+its\s+(?:common\s+)?)?"
    r"(?:ordinary\s+|common\s+)?shares\b", re.I)

# "... representing all of the issued and outstanding capital stock of Precision": an acquisition
_WHOLE_COMPANY = fast_compile(r"\ball\s+of\s+the\s+(?:issued\s+and\s+)?outstanding\b|\bcapital\s+stock\s+of\s+(?-i:[A-Z])", re.I)

# "Under the agreement, the Company purchased 1,325,000 shares of common stock from Lindqvist"
_PURCHASED_FROM = fast_compile(
    r"\b(?:the\s+company|we|it)\s+(?:re)?purchased\s+(?:an\s+aggregate\s+of\s+|a\s+total\s+of\s+)?[\d,.]+\s+(?:million\s+)?shares\s+of\s+"
    r"(?:its\s+|our\s+)?(?:common|capital|class\s+\w)\b[^.;]{0,40}?\bfrom\b"
    # "the Company purchased 300,000 Common Shares on January 19, 2022 at a price of $40.64794 per share from the Estate"
    r"|\b(?:the\s+company|we|it)\s+(?:re)?purchased\s+[\d,.]+\s+(?:million\s+)?(?:common|ordinary|class\s+\w)\s+shares\b(?:[^.;]|\.\d){0,90}?\bfrom\b", re.I)

# the company is the one agreeing ("... announced today that it has reached an agreement")
_COMPANY_AS_BUYER = fast_compile(r"\b(?:the\s+company|the\s+corporation|the\s+registrant|it|we)\s+(?:has\s+|have\s+|had\s+)?"
                                 r"(?:also\s+|today\s+|now\s+)?(?:reached|entered|agree)"
                                 # "Bandag ... today announced the execution of an agreement to purchase"
                                 r"|\btoday\s+announced\s+the\s+execution", re.I)

# new shares sold to the holder, a purchase only on a death or an option's exercise
_NOT_A_BLOCK_BUY = fast_compile(r"\bnewly\s+issued|\bproceeds\s+to\s+the\s+company|\bsecurities\s+purchase\s+agreement|\bupon\s+(?:his|her|their|the)\s+death"
                                r"|\bin\s+the\s+event\b|\boption\s+to\b|\bif\b", re.I)

_BLOCK_SELLER = fast_compile(
    r"\bfounding\s+family|\bfounders?\b|\bfamily\b|\bestates?\b|\btrusts?\b|\bfoundation\b|\bheld\s+by\s+(?:the\s+)?(?-i:[A-Z])"
    r"|\bformer\s+(?:chairman|chief|president|officer|director)|\b(?:largest|principal|significant|major)\s+(?:stockholder|shareholder)"
    r"|\bwhich\s+holds\s+(?:approximately\s+|about\s+)?[\d.]+\s*%", re.I)

_RENEWED_PROGRAM = fast_compile(
    # ("has authorized resumption of the Company's common stock repurchase program, which was suspended in 2009")
    r"\b(?:approved|authori[sz]ed|announced)\s+(?:an?\s+|the\s+)?(?:extension|renewal|resumption|reinstatement)\s+of\s+(?:the\s+company['’]s\s+|its\s+|the\s+|our\s+)?"
    r"(?:existing\s+)?(?:(?:common\s+)?(?:share|stock)\s+(?:re)?purchase\s+(?:program|plan|authori[sz]ation)|normal\s+course\s+issuer\s+bid)"
    r"|\b(?:has|have|had)\s+(?:extended|reinstated|resumed|restored)\s+(?:the\s+term\s+of\s+)?(?:the\s+company['’]s|its|the|our)\s+"
    r"(?:existing\s+)?(?:common\s+)?(?:share|stock)\s+(?:re)?purchase\s+(?:program|plan)", re.I)

# a month named with its year ("In August 2023, our Board ...", "expiring in February 2027")
_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
_MONTH_YEAR = fast_compile(
    r"\b((?:Jan|Febr)uary|March|April|May|June|July|August|September|October|November|December)"
    r",?\s+((?:19|20)\d\d)\b")
