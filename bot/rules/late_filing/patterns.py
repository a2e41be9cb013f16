"""Late-filing rule: report names, the keyword scan, sentence patterns and the Form 12b-25's
boxes and parts."""

from __future__ import annotations

import re

from bot.rules.regex import fast_compile
from bot.rules.text import register_keywords

_F = re.I

_NT_FORM = fast_compile(r"^NT\s*(10-K|10-Q|20-F|11-K|10-D|N-?CEN|N-?CSR|10-KT|10-QT)(?:/A)?$", _F)
_REPORTS = (r"(?:Form\s*(?:10-?K|10-?Q|20-?F|40-?F|11-?K|10-?D)|Annual\s+Report|Quarterly\s+Report|Transition\s+Report|10-[KQ](?:SB)?\b|\b[24]0-F\s+form\b|\b(?:its|our|the)\s+(?:\w+\s+){0,3}?[24]0-F\b"
            r"|periodic\s+report(?:s|ing)?"
            # a Canadian issuer's annual filings: "its audited annual financial statements, management's
            # discussion and analysis ...", "audited consolidated financial statements, MD&A and annual information form"
            r"|(?:audited\s+)?annual\s+(?:audited\s+)?(?:consolidated\s+)?financial\s+statements|annual\s+information\s+form"
            # "will delay filing financial reports with the U.S. Securities and Exchange Commission" (a news rewrite)
            r"|financial\s+reports\s+with\s+the\s+(?:U\.S\.\s+)?(?:SEC|Securities\s+and\s+Exchange\s+Commission)"
            # "delayed filing its third-quarter financial report with U.S. regulators", "delaying ... its
            # financial reporting for the three months ended June 30", "will become current on its financial filings"
            r"|(?:(?:first|second|third|fourth)[- ]quarter|quarterly|annual|year-end)\s+(?:(?:19|20)\d\d\s+)?financial\s+reports?\b"
            # "will delay filing its second-quarter financial results with the Securities and Exchange Commission"
            r"|(?:first|second|third|fourth)[- ]quarter\s+(?:(?:19|20)\d\d\s+)?financial\s+results\s+with\s+the\s+(?:U\.S\.\s+)?(?:SEC|Securities\s+and\s+Exchange\s+Commission)"
            r"|financial\s+reporting\s+for\s+the\s+(?:three|six|nine|twelve)\s+months|(?:financial|periodic|SEC)\s+filings"
            # "filing its audited accounts late"; "its second-quarter filing deadline"; "the company's reports
            # for the fourth quarter of 2003"; "its delayed second- and third-quarter reports"; "10-K Filings"
            r"|audited\s+(?:financial\s+)?accounts\b|(?<=filing\sits\s)(?:(?:19|20)\d\d\s+)?audited\s+(?:financial\s+)?account\b|(?:first|second|third|fourth)[- ]quarter\s+filing\s+deadline"
            r"|(?:company['’]s|its|our)\s+(?:\w+\s+)?reports?\s+for\s+the\s+(?:first|second|third|fourth)\s+quarter"
            r"|(?:first|second|third|fourth)[- ]quarter\s+reports?|report\s+for\s+(?:its|the)\s+quarter\s+ended"
            # "to delay filing its fiscal year report", "FY 2023 report still not filed", "Delay in Filing of
            # Third Quarter Financial Statements"
            r"|(?<!quarter\s)\bfiscal\s+(?:year\s+)?(?:(?:19|20)\d\d\s+)?(?:results\s+)?report\b|\bFY\s*(?:19|20)?\d\d\s+(?:annual\s+)?report\b"
            # "had not yet filed financial results with the Securities and Exchange Commission for the quarter that ended June 30"
            r"|financial\s+(?:results|statements?|reports?)\s+with\s+the\s+(?:U\.S\.\s+)?(?:SEC|Securities\s+and\s+Exchange\s+Commission)\s+for\s+the\s+"
            r"(?:quarter|period|(?:fiscal\s+)?year|first|second|third|fourth)"
            r"|(?:first|second|third|fourth)[- ]quarter\s+financial\s+statements"
            # "it does not expect to file results with regulators by March 31 as normally required" (a news rewrite)
            r"|(?<=file\s)results\s+with\s+(?:the\s+)?(?:federal\s+|U\.S\.\s+|securities\s+)?regulators\b"
            # "it will be late filing its fourth-quarter and full-year 2009 results" (what is filed is the report)
            r"|(?<=late\sfiling\sits\s)(?:[\w-]+\s+){0,4}?results\b"
            # "it has not yet filed its fiscal 2002 third quarter and annual results"; "Huffy delayed its Q1 filing"
            r"|(?<=not\syet\sfiled\sits\s)(?:[\w-]+\s+){0,6}?results\b|\bQ[1-4]\s+(?:(?:19|20)\d\d\s+)?filing\b"
            r"|\b(?:first|second|third|fourth)[- ]quarter\s+filing\b(?!\s+deadline)"
            # "a failure to provide audited financial statements on a timely basis"; "couldn't meet a self-imposed deadline to
            # file financial reports for 2015"; "putting off the filing of financial results for 2003"
            r"|audited\s+financial\s+statements(?=\s+(?:on\s+a\s+timely\s+basis|timely))"
            r"|(?<=to\sfile\s)financial\s+reports?\s+for\s+(?:(?:fiscal\s+)?(?:19|20)\d\d|the\s+(?:first|second|third|fourth|fiscal|quarter|year))"
            # "said its quarterly regulatory filing would be delayed"; "following the miner's missed annual filings deadline"
            # (not another regulator's: a rate case's "quarterly regulatory filing" that a state commission reviews, an
            # annual filing with the FDA or a monetary authority)
            r"|(?<=its\s)quarterly\s+regulatory\s+filing\b(?![^.;]{0,160}?\b(?:commission|authority|FDA|FERC|agency|application|fuel|tariff|rates?)\b)"
            r"|(?:annual|quarterly)\s+filings(?=\s+deadline\b)"
            # "has been unable to file its financial statements since the period ended November 30, 1999"
            r"|(?<=file\sits\s)financial\s+statements(?=\s+(?:since|for)\s+the\s+(?:period|quarter|fiscal\s+year|year)\s+ended\b)"
            # "does not expect to meet the deadline for filing its audited financial statements, related MD&A and AIF for its
            # financial year ended August 31, 2006" (a foreign issuer's annual statements)
            r"|(?<=filing\sits\s)audited\s+(?:annual\s+)?(?:consolidated\s+)?financial\s+statements\b(?=[^.;]{0,160}?\bfor\s+(?:its|the)\s+(?:fiscal|financial)\s+year\b)"
            # (not statements owed to a lender's agent or a fund's investors: "... with the agent for its financial year ...
            # under the facility", "... with its investors ... under the Fund's limited partnership agreement")
            r"(?![^.;]{0,240}?\b(?:agent|lenders?|investors|trustee|facility|credit\s+agreement|partnership\s+agreement|indenture)\b)"
            # "would not be able to report third-quarter results by the required Nov. 9 deadline" (the filing's deadline)
            r"|(?<=able\sto\sreport\s)(?:its\s+)?(?:first|second|third|fourth)[- ]quarter\s+results(?=\s+by\s+the\s+(?:required|SEC|regulatory)\s+)"
            r")")
_REPORT_RE = fast_compile(_REPORTS, _F)

# --- what the narrative of a 12b-25 says, and how late notices are written elsewhere ---------

# Every alternative of _SIGNAL starts with one of KEYWORDS (see text.keyword_matches).
KEYWORDS = ("unable", "not be able", "not able", "could not", "cannot", "delinquent", "not current", "not meet",
            "not expect", "not anticipate", "not believe", "extension",
            # (" miss", " defer", " push": a space before, not "Commission")
            " miss", " defer", " push", "more time", "additional time", "itself of", "12b-25", "deadline", "due date", "tardy",
            "n't", "n’t", "deficienc",
            "late filing", "Late Filing", "LATE FILING", "not be current", "4310", "4320", "1101",  # ("Sections 134 and 1101 of the Amex Company Guide")
            "filed", "file ", "delay", "5250", "802.01", "diligently", "timely",
            "in a position", "fail", "off on", "DELAY", " late", "behind", "overdue", "past due", "catch up", "become current", "extra time", "extra days", "extra weeks", "be filing", "filing relief", "10-k delay", "10-q delay", "postpon", "inability", "still not filed", "off the filing", "off filing", "given until",
            "granted until")  # (case variants share one scanned keyword; "DELAY": a headline in capitals)
register_keywords(KEYWORDS)
_SIGNAL = fast_compile(
    r"unable|not\s+(?:be\s+)?able|could\s+not|cannot|delinquent|not\s+(?:be\s+)?current|not\s+meet|not\s+expect|not\s+anticipate|not\s+believe"
    r"|(?:given|granted)\s+until\b"
    r"|(?:(?<=not\s)|(?<=yet\s)|(?<=been\s)|(?<=timely\s)|(?<=be\s))filed|filed\s+a\b"
    r"|(?:(?<=not\s)|(?<=timely\s)|(?<=postpone\s)|(?<=yet\sto\s))file\s|late\s+filing|delay\w*|5250|802\.01"
    # a contraction: "isn't able to file", "won't file", "hasn't filed", "can't meet"
    r"|n['’]t\s+(?:be\s+)?(?:able|file|filed|meet|make|expect|anticipate|timely|going)\b"
    # "received a deficiency letter from NYSE American ... Section 134 ..." (the keyword is shared)
    r"|deficienc(?:y|ies)\s+(?:letter|notice|notification)"
    r"|(?<=to\s)file\s(?=[^.;]{0,120}?\slate\b)"
    r"|deadline|due\s+date|tardy"
    r"|diligently|timely|in\s+a\s+position|fail(?:s|ed|ure|ing)?\s+to|extension\s+(?:of|period|for|to|with|from|in)|12b-25|4310|4320|1101\b"
    r"|\smiss(?:es|ed)?\s+(?:the|its|filing)\b|\sdefer(?:s|red)?\s+(?:the\b|filing)|\spush(?:es|ed)?\s+back"
    r"|(?:more|additional)\s+time|itself\s+of\b|filed\s+late"
    r"|off\s+on\b"  # "is holding off on filing its quarterly report" (a news rewrite)
    r"|become\s+current\b"  # "will become current on its financial filings"
    r"|extra\s+(?:time|days|weeks)\b|be\s+filing\b|filing\s+relief\b|10-[kq]\s+delay\b|(?<=will\s)file\s+late\b"
    r"|postpon\w*|inability\s+to\b|still\s+not\s+filed\b|extension\s+notice\b|off\s+(?:the\s+)?filing\b"
    # words of the general reading (generic.py): "is late with its annual report", "behind on its filings"
    r"|\slate\b|behind\s+(?:schedule|on|in)\b|overdue\b|past\s+due\b|catch\s+up\b",
    _F,
)
# A late-filing sentence names the report (or the listing rule); checked around each keyword
# before any sentence is extracted.
_NEAR = ("10-K", "10-Q", "20-F", "40-F", "11-K", "10-D", "Annual Report", "annual report", "Quarterly Report",
         "quarterly report", "periodic report", "Periodic Report", "Transition Report", "5250",
         "802.01", "12b-25", "ANNUAL REPORT", "QUARTERLY REPORT", "4310", "4320", "securities regulators",
         "Securities and Exchange Commission", "annual financial statements", "Annual Financial Statements",
         "annual information form", "Annual Information Form", "quarter financial report", "quarterly financial report",
         "annual financial report", "financial reporting for the", "financial filings", "periodic filings", "SEC filings", "audited accounts", "quarter filing", "quarter report",
         "reports for the", "report for", "year report", "Year Report", "quarter financial statements",
         "Quarter Financial Statements", "Securities & Exchange", "financial report ", "results report", "with regulators",
         "financial account", "Form 10Q", "Form 10K", "FORM 10Q", "FORM 10K", "filed its", "Q1 filing", "Q2 filing", "Q3 filing",
         "quarter filing", "audited financial statements", "financial reports for", "regulatory filing", "annual filings",
         "quarterly filings", "quarter results by the", "financial statements since")  # ("10-K delay", "10-K Filings": "10-K" above)
# what is to be filed: the periodic report ("its Quarterly Report on Form 10-Q", "with the SEC its Form 10-K")
_REPORT_OBJECT = (r"(?:with\s+the\s+(?:SEC|Securities\s+and\s+Exchange\s+Commission)\s+)?(?:its\s+|the\s+|our\s+|their\s+)?(?:[\w,-]+\s+){0,3}?(?:annual\s+reports?|quarterly\s+reports?|periodic\s+reports?|form\s*10-?[KQ](?:SB)?|10-?[KQ](?:SB)?|form\s*20-?F|20-?F"
                  r"|annual\s+(?:audited\s+)?(?:consolidated\s+)?financial\s+statements|annual\s+information\s+form)\b")
_UNABLE_TO_FILE = fast_compile(
    r"(?:unable|not\s+(?:be\s+)?able|could\s+not|cannot|will\s+not\s+be\s+able|not\s+be\s+in\s+a\s+position|(?<=its\s)inability)[\s,]+"
    r"(?:[\w,]+\s+){0,8}?"
    r"(?:to\s+)?(?:timely\s+)?(?:file|lodge)\b"
    # "will be unable to compile and review certain information required in order to permit the
    # Company to file a timely Annual Report on Form 10-K"
    r"|(?:unable|not\s+(?:be\s+)?able)\s+to\s+[^.;]{0,150}?\bto\s+file\s+(?:a\s+)?timely\b"
    # "it could not complete its 10-K by the deadline"
    r"|(?:unable\s+to|could\s+not|cannot|will\s+not\s+be\s+able\s+to|(?<=its\s)inability\s+to)\s+complete\s+(?:its|the|our)\s+[^.;]{0,90}?"
    r"(?:10-?[KQ]|annual\s+report|quarterly\s+report|form\s*10-?[KQ])\b"
    # "while Friday, March 10 is the prescribed due date for the filing of the company's Annual
    # Report on Form 10-K ..., it does not expect to file by that date"
    r"|\b(?:do|does|did)\s+not\s+(?:expect|anticipate|intend)\s+to\s+(?:be\s+able\s+to\s+)?(?:timely\s+)?file\b"
    r"(?=[^.;]{0,250}?\b(?:by|before|within|as\s+scheduled|on\s+time|due)\b)"
    # "the Company's 2006 Form 10-K, which Sunrise does not expect to be filed on time"; "does not
    # expect its Annual Report on Form 10-K for the fiscal year ended ... to be filed by the deadline"
    r"|\b(?:do|does|did)\s+not\s+(?:expect|anticipate)\s+[^.;]{0,120}?\bto\s+be\s+(?:timely\s+)?filed\b"
    r"(?=[^.;]{0,120}?\b(?:by|before|within|as\s+scheduled|on\s+time)\b)"
    # "the Company currently does not anticipate that it will be able to file timely its Quarterly Report"
    r"|\b(?:do|does|did)\s+not\s+(?:expect|anticipate|believe)\s+(?:that\s+)?(?:it|the\s+company|we)\s+will\s+be\s+able\s+to\s+"
    r"(?:timely\s+)?file\s+(?:timely\s+)?" + _REPORT_OBJECT +
    # "said ... it will delay the release of ... results and miss the March 31 deadline for filing its 2004 annual report"
    r"|(?<!not\s)(?<!n't\s)\bmiss(?:es|ed)?\s+(?:the\s+|its\s+)?(?:\S+\s+){0,5}?(?:deadline|due\s+date)\s+(?:for|to)\s+(?:the\s+)?"
    r"(?:fil(?:e|ing)\s+)?" + _REPORT_OBJECT +
    # "Company to miss filing due date of Form 10-Q for second quarter" (a headline)
    r"|(?<!not\s)(?<!n't\s)\bmiss(?:es|ed)?\s+(?:the\s+|its\s+)?filing\s+(?:deadline|due\s+date)\s+(?:of|for)\s+" + _REPORT_OBJECT +
    # "will not meet today's deadline for filing with the Securities and Exchange Commission its Form 10-Q"
    r"|\b(?:will|would|did|does|do|could)\s+not\s+meet\s+(?:\S+\s+){0,3}?(?:deadline|due\s+date)\s+(?:for|to)\s+(?:the\s+)?"
    r"fil(?:e|ing)\b"
    # "the company failed to meet its extended deadline for filing its annual report with the Securities and Exchange Commission"
    r"|(?<!never\s)(?<!not\s)(?<!n't\s)\bfail(?:ed|s)?\s+to\s+meet\s+(?:\S+\s+){0,3}?(?:deadline|due\s+date)\s+(?:for|to)\s+(?:the\s+)?fil(?:e|ing)\s+" + _REPORT_OBJECT +
    # "said late Tuesday it will not make the deadline for its annual report"
    r"|\b(?:will|would|did|does|do|could)\s+not\s+(?:make|meet)\s+(?:\S+\s+){0,3}?(?:deadline|due\s+date)\s+for\s+" + _REPORT_OBJECT +
    r"|\bnot\s+going\s+to\s+(?:be\s+able\s+to\s+)?(?:timely\s+)?file\b(?!\s+(?:a\s+)?(?:form\s+)?(?:12b-25|notification|for\s+an\s+extension))"
    r"|\b(?:do|does|did)\s+not\s+(?:expect|anticipate)\s+filing\s+" + _REPORT_OBJECT +
    r"(?=[^.;]{0,200}?\b(?:within|by|before|on\s+time|timely|until)\b)(?![^.;]{0,200}?\blater\s+than\b)",
    _F,
)
_TIMING = fast_compile(
    r"prescribed|unreasonable\s+effort|reasonable\s+effort|timely|on\s+time|due\s+date|deadline|as\s+scheduled"
    r"|by\s+(?:the\s+|its\s+)?(?:original\s+)?(?:due|filing)|within\s+the\s+(?:required|applicable)"
    r"|by\s+(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"|originally\s+(?:scheduled|due)|\bwas\s+due\b|within\s+the\s+(?:\S+\s+){0,2}?extension\s+period"
    # "was unable to file its Quarterly Report on Form 10-QSB ... within the timeframe under the filing extension"
    r"|within\s+the\s+time\s*frame\b|within\s+the\s+time\s+(?:allowed|permitted|required|prescribed)"
    r"|\bwhile\s+(?:the\s+|its\s+|an?\s+)?(?:internal\s+|independent\s+|special\s+|ongoing\s+)?(?:investigation|review|audit\s+committee)"
    r"|\buntil\s+(?:after\s+)?(?:the\s+)?(?:completion|conclusion|finali[sz]ation|(?:audit|special)\s+committee|investigation|review"
    r"|restatement|such\s+time)",
    _F,
)
_DELINQUENT = fast_compile(
    r"\bunable\s+to\s+regain\s+compliance\s+with\s+(?:its\s+|the\s+)?(?:\S+\s+){0,6}?periodic\s+"
    r"(?:reporting|filing)\s+(?:requirements|obligations)"
    r"|\b(?:delinquent\s+(?:in\s+)?(?:filing|with|on)|(?:is|are|was|were|remains?|been|currently)\s+"
    r"(?:currently\s+)?delinquent|not\s+filed\s+until|not\s+current\s+in\s+(?:its|our|the)\s+"
    r"(?:filing|periodic|reporting|sec)|(?:has|have|had)\s+not\s+(?:yet\s+)?(?:been\s+)?filed"
    r"|(?:did|has|have)\s+not\s+(?:timely\s+)?file[d]?|not\s+(?:been\s+)?timely\s+filed|failing\s+to\s+(?:timely\s+)?file"
    # "Sunrise will not be current with all SEC filings, including the 2006 Form 10-Qs"
    r"|(?:will|would)\s+not\s+be\s+current\s+(?:with|in)\s+(?:all\s+)?(?:of\s+)?(?:its|our|the)?\s*(?:SEC\s+|periodic\s+)?(?:filings|reports)"
    r"|failure\s+to\s+(?:timely\s+)?file|failed\s+to\s+(?:timely\s+)?file|fails\s+to\s+file\s+on\s+time\b"
    r"|failure\s+to\s+(?:timely\s+)?(?:provide|submit|deliver)\s+(?:its\s+|the\s+)?audited\s+financial\s+statements\s+(?:on\s+a\s+timely\s+basis|timely)"
    r"|\bput(?:s|ting)?\s+off\s+(?:the\s+)?filing\s+of\b"
    # "would be late filing its 10-QSB", "is tardy filing its 2004 annual report", "late filing of"
    # (not a 10-K's past "was late filing the Form 10-Q", told of a penalty paid)
    r"|\b(?:is|are|be)\s+(?:\w+\s+)?(?:late|tardy)\s+(?:in\s+)?filing\s+(?:of\s+)?" + _REPORT_OBJECT +
    r"|late\s+filing\s+of"
    # "With Urban One's FY 2023 report still not filed with the Securities & Exchange Commission"
    r"|\b(?:report|10-?[KQ]|[24]0-?F)\s+(?:is\s+|was\s+|remains\s+)?still\s+not\s+(?:been\s+)?filed\b"
    # "Tingo added that additional time is required to complete the preparation of Form 10-Q"
    r"|(?<!no\s)\b(?:more|additional|extra)\s+time\s+(?:is|was|will\s+be)\s+(?:required|needed|necessary)\s+to\s+"
    r"(?:(?:complete|finali[sz]e|prepare)(?:\s+and\s+file)?|file)\s+" + _REPORT_OBJECT +
    # "it has received an extension from the New York Stock Exchange, allowing the Company an additional six month
    # period, until March 31, 2009, to file its annual report on Form 10-K for the year ended December 31, 2007"
    r"|\b(?:received|granted|obtained)\s+(?:an?\s+)?(?:\w+\s+)?extension\s+from\s+(?:the\s+)?(?:NYSE|New\s+York\s+Stock\s+Exchange"
    r"|Nasdaq|American\s+Stock\s+Exchange|AMEX|(?:Nasdaq\s+)?(?:Listing\s+Qualifications\s+|Hearings\s+)?Panel)\b[^.;]{0,200}?\bto\s+file\s+"
    + _REPORT_OBJECT +
    # "has yet to file its annual report, which was due March 16"
    r"|(?:has|have|had)\s+yet\s+to\s+(?:be\s+)?file[d]?\b"
    # "will delay its 10-Q for the first quarter", "is delaying its in-depth quarterly report", "This
    # matter will delay our filing of the Form 10-Q", "will postpone its annual report on Form 20-F"
    # (the verb, right before its object: not "no significant delay in the annual report")
    r"|(?<!\bno\s)(?<!\bany\s)\b(?:delay|postpone|defer|push(?:es|ed|ing)?\s+back|hold(?:s|ing)?\s+off\s+on)(?:s|ed|ing)?\s+"
    r"(?:indefinitely\s+|further\s+|again\s+)?(?:(?:its|our|the)\s+(?:(?:filing|release|publication|submission)\s+(?:of\s+)?(?:(?:its|our|the)\s+)?)?"
    r"|(?:filing|release|publication|submission)\s+(?:of\s+)?(?:(?:its|our|the)\s+)?)"
    r"(?:[\w'’-]+\s+){0,4}?(?:annual\s+report|quarterly\s+report|form\s*10-?[KQ]|10-?[KQ](?:SB)?\b|[24]0-?F\b"
    r"|(?:(?:first|second|third|fourth)[- ]quarter|quarterly|annual)\s+(?:(?:19|20)\d\d\s+)?financial\s+report\b"
    r"|fiscal\s+(?:year\s+)?(?:(?:19|20)\d\d\s+)?(?:results\s+)?report\b"
    r"|financial\s+(?:reports|results)\s+with\s+the\s+(?:U\.S\.\s+)?(?:SEC|Securities\s+and\s+Exchange\s+Commission))"
    r"(?!\s+(?:to\s+(?:shareholders|stockholders)|was\s+filed|has\s+been\s+filed|on\s+(?!form\b)"
    r"|and\s+(?:the\s+|its\s+)?(?:related\s+)?(?:earnings\s+)?(?:conference|earnings|investor)\s+call))"  # (not "annual report on corporate responsibility", not an earnings release)
    # "said it was delaying until late September its financial reporting for the three months ended June 30"
    r"|(?<!\bno\s)(?<!\bany\s)\bdelay(?:s|ed|ing)?\s+until\s+[^,.;]{0,30}?\s+its\s+financial\s+report(?:s|ing)?\s+for\s+the\b"
    # "Provides Update on Previously Announced Form 10-K Filing Delay" (a headline)
    r"|(?<!\bno\s)(?<!\bany\s)\b(?:form\s*)?(?:10-?[KQ](?:SB)?|[24]0-?F|annual\s+report|quarterly\s+report)\s+filing\s+delay(?:ed|s)?\b"
    # "the filing of its Form 10-Q for the quarter ended March 31, 2012 (the "Form 10-Q") has been delayed
    # beyond the May 15, 2012 due date"
    r"|\bfiling\s+of\s+(?:its|our|the\s+company['’]s)\s+(?:[\w-]+\s+){0,3}?(?:(?:annual|quarterly)\s+report|form\s*10-?[KQ]|10-?[KQ]|[24]0-?F)\b"
    r"[^.;]{0,120}?\b(?:has\s+been|had\s+been|was|is|will\s+be)\s+delayed\b"
    # "The annual report had been delayed pending the results of the board investigation" (a news rewrite)
    r"|\b(?:its|our|the)\s+(?:[\w-]+\s+){0,2}?(?:annual|quarterly)\s+report(?:\s+on\s+form\s*(?:10-?[KQ]|[24]0-?F))?\s+"
    r"(?:has|had|have)\s+been\s+(?:delayed|postponed)\b"
    # "View will become current on its financial filings and will regain compliance with ... Nasdaq"
    r"|\b(?:will|to)\s+become\s+current\s+(?:on|in|with)\s+(?:all\s+)?(?:of\s+)?(?:its|our|the\s+company['’]s)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:filings|reports|(?:reporting|filing)\s+obligations)\b"
    # "the filing of its fiscal 2022 Form 10-K will slip past its March 1 due date"
    r"|\bslip\w*\s+(?:past|beyond)\s+(?:its|the)\s+(?:[\w,]+\s+){0,3}?(?:due\s+date|deadline)"
    # "had taken the automatic five-day extension for its quarterly report"
    r"|\b(?:took|taken|tak(?:e|es|ing)|us(?:e|es|ed|ing))\s+(?:the|an?)\s+(?:automatic\s+)?(?:\S+-day\s+)?(?:automatic\s+)?"
    r"extension\s+(?:for|to\s+file)\s+" + _REPORT_OBJECT +
    # "will avail itself of the additional time provided under Rule 12b-25(b)"
    r"|avail\w*\s+(?:itself|themselves|ourselves)\s+of\s+(?:the\s+)?(?:\S+\s+){0,2}?(?:extension|additional\s+time|grace\s+period)\s+"
    r"(?:(?:provided|permitted|allowed|available)\s+)?(?:under|by|pursuant\s+to)\s+Rule\s+12b-25"
    r"|(?<!\bno\s)(?<!\bany\s)(?<!\bsignificant\s)\bdelay\s+(?:of|in)\s+(?:filing\s+)?(?:(?:its|our|the)\s+)?(?:\d{4}\s+)?"
    r"(?:(?:annual|quarterly)\s+report\s+on\s+)?form\s*10-?[KQ]"
    r"(?![^.]{0,200}\b(?:now\s+current|was\s+(?:timely\s+)?filed|has\s+(?:since\s+)?(?:been\s+)?filed|cured|resolved|regained))"
    r"|(?<!\bno\s)(?<!\bany\s)delay(?:ed|s)?\s+(?:quarterly\s+|annual\s+)?(?:in\s+)?(?:the\s+)?filing\s+of"
    # "has delayed by two weeks the filing of its quarterly financial report"; "Three Companies Delay 10-K Filings"
    r"|(?<!\bno\s)(?<!\bany\s)\bdelay(?:ed|s)?\s+by\s+(?:\w+\s+){1,3}?(?:the\s+)?filing\s+of"
    r"|(?<!\bno\s)(?<!\bany\s)(?<!\bthat\s)(?<!\bwho\s)\bdelay(?:ed|s)?\s+(?:their\s+|its\s+)?(?:(?:19|20)\d\d\s+)?(?:form\s*)?10-?[KQ]\s+filings?\b"
    # "AmTrust's March 16 announcement about further 10-K delay"
    r"|(?<!\bno\s)(?<!\bany\s)(?<!\bavoid\s)(?<!\bprevent\s)\b(?:further|continued|another|its)\s+(?:form\s*)?10-?[KQ]\s+delay\b"
    # "requiring SafeNet to file its delayed second- and third-quarter reports"
    r"|\b(?:its|their|our)\s+delayed\s+(?:[\w-]+\s+){0,4}?(?:reports?|10-?[KQ]s?|filings?)\b"
    # "would not be filing its quarterly report for the period ending June 30 within the time allowed"
    r"|\b(?:will|would)\s+not\s+be\s+filing\s+" + _REPORT_OBJECT + r"(?=[^.;]{0,120}?\b(?:within|by|on\s+time|timely)\b)"
    # "the Company's Annual Report on Form 10-K ... will not be able to be filed before its January 15, 2010 due date"
    r"|\b(?:will|would)\s+not\s+be\s+able\s+to\s+be\s+filed\b(?=[^.;]{0,120}?\b(?:due\s+date|deadline|by|before|within|timely)\b)"
    # "the company will file late its annual report for the year ended Sept. 30, 2022"
    r"|\b(?:will|would)\s+file\s+late\s+" + _REPORT_OBJECT +
    # "become current in its delinquent periodic reports"
    r"|(?<!\bno\s)(?<!\bnot\s)(?<!\bany\s)\bdelinquent\s+(?:periodic\s+|sec\s+)?(?:reports|filings)\b"
    # "announced it would be filing its audited accounts late"
    r"|\b(?:will|would)\s+be\s+filing\s+(?:its|the)\s+(?:[\w-]+\s+){0,3}?(?:accounts|report|10-?[KQ])\s+late\b"
    # "disclosed it would miss its second-quarter filing deadline"
    r"|\bmiss(?:es|ed)?\s+(?:its|the)\s+(?:(?:first|second|third|fourth)[- ]quarter|quarterly|annual|10-?[KQ])\s+filing\s+deadline\b"
    # "elected to rely on the conditional filing relief provided under the SEC Order" (2020)
    r"|(?<!\bnot\s)(?<!n't\s)\brel(?:y|ies|ied|ying)\s+(?:up)?on\s+the\s+(?:conditional\s+)?(?:filing\s+)?relief\b"
    # "requested an extension of time in which to complete and file its required periodic reports"
    r"|(?<!not\s)(?<!n't\s)(?<!\bthat\s)(?<!\bwho\s)(?:requir|need|seek|request)\w*\s+an?\s+extension\s+of\s+(?:the\s+)?time\s+in\s+which\s+to\s+(?:complete\s+and\s+)?file\b"
    # "the report for its quarter ended Nov. 2 will be delayed"
    r"|(?<!earnings\s)(?<!results\s)\breport\s+for\s+(?:its|the)\s+(?:\w+\s+){0,2}?quarter\s+ended\b(?:[^.;]|\.(?=\s\d)){0,40}?\s+will\s+be\s+delayed\b"
    # "Richardson Electronics Delays Filing Form 10-Q To Correct Accounting ..." (a headline)
    r"|(?<!\bno\s)(?<!\bany\s)delay(?:ed|s)?\s+filing\s+(?:\d{4}\s+)?form\s*10-?[KQ]\b"
    # "will file for a five-day extension of the April 7, 2005 filing deadline for its quarterly report"
    r"|\b(?:file|filed|filing|request\w*|seek\w*|sought|obtain\w*)\s+(?:for\s+)?(?:a|an|the)\s+(?:\S+-day\s+)?extension\s+of\s+"
    r"(?:the\s+)?(?:\S+\s+){0,4}?(?:filing\s+)?(?:deadline|due\s+date)\s+for\s+(?:(?:its|our|the)\s+)?(?:\S+\s+){0,3}?"
    r"(?:annual\s+report|quarterly\s+report|form\s*10-?[KQ]|10-?[KQ])\b"
    r"|(?<!\bno\s)(?<!\bany\s)delay(?:ed|s)?\s+(?:quarterly\s+|annual\s+)?(?:in\s+)?(?:the\s+)?filing\s+(?:its|our)\b"
    r"(?![^.]{0,200}\b(?:now\s+current|was\s+filed\s+on|has\s+(?:since\s+)?(?:been\s+)?filed|cured|resolved|regained))"
    r"|(?<!\bnot\s)(?<!\bwithout\s)\bdelaying\s+(?:the\s+)?filing\s+(?:of\s+)?(?:its|our|the)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:annual\s+report|quarterly\s+report|periodic\s+report|form\s+10-?[KQ]|10-?[KQ])"
    r"|filing\s+(?:of\s+)?(?:\w+\s+){0,6}?(?:has\s+been|was|is|will\s+be)\s+delayed"
    r"|filing\s+(?:of\s+(?:(?!not\b|no\b)[\w'’-]+\s+){0,6}?)?to\s+be\s+delayed"
    r"|(?:will|would)\s+(?:also\s+)?not\s+(?:be\s+)?(?:timely\s+)?file[d]?"
    # (not "will not file its definitive proxy statement within 120 days")
    r"(?!\s+(?:(?:its|the|our|a|an)\s+)?(?:definitive\s+)?(?:proxy|registration\s+statement|tax\s+returns?|amendments?)\b)"
    r"|postpone\w*\s+(?:the\s+)?filing"
    # "will defer the filing of its Quarterly Report", "would push back the filing of its quarterly report"
    r"|(?:defer(?:s|red|ring)?|push(?:es|ed|ing)?\s+back)\s+(?:the\s+)?filing\s+(?:of\s+)?" + _REPORT_OBJECT +
    # "needed more time to file its annual report"
    # ("will once again need extra time before filing its annual report", "would need at least two extra weeks to file")
    r"|(?<!not\s)(?<!n't\s)(?:needs?|needed|requires?|required)\s+(?:at\s+least\s+)?(?:more|additional|extra|(?:\w+\s+)?(?:more|additional|extra)\s+(?:days|weeks))\s+(?:time\s+)?(?:to|before)\s+"
    r"(?:fil(?:e|ing)|(?:complet|finali[sz]|prepar)\w*(?:\s+and\s+fil(?:e|ing))?)\s+" + _REPORT_OBJECT +
    r"|(?<!not\s)(?<!n't\s)(?:needs?|needed|requires?|required)\s+(?:more|additional)\s+time\s+to\s+"
    r"(?:(?:complete|finali[sz]e|prepare)(?:\s+and\s+file)?|file)\s+" + _REPORT_OBJECT +
    # "had asked for more time to file its annual 2014 20-F form to U.S. regulators"
    r"|(?<!not\s)(?<!n't\s)\b(?:ask\w*|request\w*|seek\w*|sought)\s+(?:for\s+)?(?:more|additional|extra)\s+time\s+to\s+file\s+" + _REPORT_OBJECT +
    # "expects to file its Form 10-Q for the quarter ended September 30, 2014 late"
    r"|(?<!not\s)(?<!n't\s)(?<!no\s)\b(?:expects?|plans?|intends?)\s+to\s+file\s+" + _REPORT_OBJECT + r"[^.;]{0,80}?\s+late(?=\s*[,.;]|\s+(?:because|due|as|and|but)\b)" +
    # "to avail itself of the 45-day extension to file its Quarterly Report" (the SEC's 2020 order)
    r"|avail\w*\s+(?:itself|themselves|ourselves)\s+of\s+(?:the\s+)?(?:\S+\s+){0,2}?extension\s+to\s+file\b"
    # "the Company's annual report on Form 40-F will also be filed late"
    r"|(?:10-?[KQ]|[24]0-?F|annual\s+report|quarterly\s+report)\b(?:(?!\b(?:our|its|their|and)\b)[^.;]){0,80}?"
    r"\b(?:will|would)\s+(?:also\s+)?be\s+filed\s+late\b"
    # "its Annual Report on Form 20-F for the year ended 31 December 2023, which was due by 30 April
    # 2024, will be delayed while the audit committee completes its investigation"
    # (the report is the subject: not "to be filed as an exhibit to the Company's Form 10-K by amendment, will be delayed")
    # (the report is the subject, its period and a "which ..." clause between: not "our Form 10-K
    # for 2023, we reported that the launch ... will be delayed")
    r"|\b(?:its|our|the\s+company['’]s)\s+(?:[\w-]+\s+){0,3}?(?:(?:annual|quarterly)\s+report\s+on\s+)?(?:form\s*)?(?:10-?[KQ]|[24]0-?F)\b"
    r"(?:\s+for\s+(?:the\s+|its\s+|our\s+)?(?:fiscal\s+)?(?:(?:first|second|third|fourth)\s+)?(?:year|quarter|period|fiscal|(?:19|20)\d\d)"
    r"(?:[^.;,]|,\s*(?:19|20)\d\d\b|\.\d){0,60}?)?"
    # one clause between commas ("..., which was due ...,", "..., originally due March 15, 2024,", "..., as a result,")
    r"(?:,(?:[^.;,]|,\s*(?:19|20)\d\d\b|\.\d){0,100},)?\s+(?:will|would)\s+(?:also\s+)?be\s+(?:delayed|postponed)\b"
    r"|(?:filed|file|filing)\s+(?:with\s+the\s+(?:U\.S\.\s+)?(?:SEC|Securities\s+and\s+Exchange\s+Commission)\s+(?:\((?:the\s+)?[\"“]?(?:SEC|Commission)[\"”]?\)\s+)?)?(?:a\s+)?"
    r"(?:Form\s+12b-25|notification\s+of\s+late\s+filing|NT\s+10-[KQ]|an\s+extension\s+notice\s+with\s+the\s+(?:U\.S\.\s+)?(?:SEC|Securities\s+and\s+Exchange\s+Commission))"
    # "would require an extension of time to file its Annual Report on Form 10-K, which was due to be filed today"
    r"|(?<!not\s)(?<!n't\s)(?:requir|need|seek|request)\w*\s+an?\s+extension\s+of\s+(?:the\s+)?time\s+to\s+file\s+" + _REPORT_OBJECT +
    # "the Company has filed for the fifteen (15) day extension period provided under Rule 12b-25"
    r"|(?<!not\s)(?<!n't\s)(?<!never\s)(?:filed|file|request\w*|sought|seek\w*)\s+(?:for\s+)?(?:the|an?)\s+(?:[\w()-]+\s+){0,4}?extension\s+(?:period\s+)?"
    r"(?:provided\s+|permitted\s+|available\s+)?(?:under|pursuant\s+to|by)\s+Rule\s+12b-25)",
    _F,
)
_WORKING = fast_compile(
    r"work(?:s|ing)?\s+diligently\s+to\s+(?:complete|file|finalize|prepare)|expects?\s+to\s+be\s+in\s+a\s+"
    r"position\s+to\s+file|as\s+soon\s+as\s+(?:reasonably\s+)?practic\w+\s+(?:after|following)",
    _F,
)
_LISTING = fast_compile(
    # (Nasdaq's rules before 2006: 4310(c)(14) and 4320(e)(12); the Amex Company Guide's section 134)
    r"5250\s*\(c\)\s*\(1\)|802\.01E|4310\s*\(c\)\s*\(14\)|4320\s*\(e\)\s*\(12\)|sections?\s+134\b"
    r"|listing\s+rule\s+5250\(c\)|continued\s+listing\s+(?:\w+\s+){0,4}"
    r"(?:timely|filing)|(?:notice|letter|notification)\s+(?:\w+\s+){0,12}?(?:not|non-?)\s*(?:in\s+)?compliance"
    r"(?:\s+with)?\s+(?:\w+\s+){0,10}?(?:timely|filing|file)",
    _F,
)
_SECTION16 = fast_compile(r"section\s+16|forms?\s+[345]\b|beneficial\s+ownership|form\s+13[dfg]|schedule\s+13", _F)
_COVER = fast_compile(r"indicate\s+by\s+check\s+mark|has\s+filed\s+all\s+reports\s+required"
                      # "We make available on our corporate website ... our annual reports on Form 10-K ... as soon
                      # as reasonably practicable after we electronically file"
                      r"|\bas\s+soon\s+as\s+reasonably\s+practicable\s+after\s+(?:we|it|the\s+company)\s+(?:electronically\s+)?(?:file|files|filed)", _F)
_HYPO = fast_compile(
    r"\b(?:if|could|may(?!\s+\d)|might|would|should|unless|whether|potential(?:ly)?|possibl[ey]"
    r"|risk\s+that|any\s+(?:future\s+)?(?:failure|delay|inability)|in\s+the\s+event|were\s+to|to\s+the\s+extent"
    r"|there\s+can\s+be\s+no\s+assurance|no\s+assurance|future"
    # a rule explained: "once Nasdaq learns that an OTCBB issuer is delinquent in filing a Periodic Report"
    r"|an\s+(?:OTCBB\s+|OTC\s+)?issuer|for\s+(?:companies|registrants|issuers)\s+that)\b",  # ("For companies that did not file ...": a rule)
    _F,
)
_ACCOUNTING_REASON = fast_compile(
    r"restat|no\s+longer\s+be\s+relied|not\s+be\s+relied|material\s+weakness|investigation|misstat"
    r"|irregularit|(?:accounting|auditor|accountant|accounting\s+firm)[^.]{0,60}\bresign|resigned"
    r"|errors?\s+in\s+(?:the\s+|its\s+|our\s+)?(?:previously|prior)|review\s+of\s+(?:its\s+|the\s+company.s\s+)?"
    r"(?:financial\s+reporting|accounting)|special\s+committee|forensic|accounting\s+review"
    # "until after completion of an independent review of the company's billing practices", "... had been
    # recorded improperly"
    r"|(?:independent|internal|special|forensic)\s+review\s+of\s+(?:its|the\s+company['’]s|our|certain)\s+(?:\w+\s+){0,2}?"
    r"(?:billing|revenue|accounting)\s+practices"
    r"|(?:revenues?|sales|expenses?|costs?|income|transactions?)\b(?:[^.;]|\.\d){0,60}?\brecorded\s+improperly"
    r"|\bimproperly\s+recorded\s+(?:as\s+)?(?:revenues?|sales|expenses?|costs?|income|transactions?)"
    r"|\bcorrect\w*\s+(?:the\s+|its\s+|certain\s+)?(?:\w+\s+)?accounting\b"
    # "while its audit committee reviews how the company booked milestone payments"
    r"|\baudit\s+committee(?:['’]s)?\s+(?:(?:is|has\s+been)\s+)?review(?:s|ing)?\s+(?:of\s+)?(?:how\b|(?:the\s+|its\s+)?"
    r"(?:company['’]s\s+)?(?:accounting|revenue\s+recognition)\b)",
    _F,
)
# a paragraph that gives the delay's reason after the one announcing it
_REASON_NEXT = fast_compile(
    r"\W{0,3}(?:the|this|such)\s+delay\s+(?:in\s+(?:the\s+)?filing\b|(?:is|was|has\s+been)\s+(?:due|caused|necessitated|the\s+result"
    r"|attributable|primarily|a\s+result)|results?\s+from)|\W{0,3}(?:the|this)\s+(?:additional\s+time|extension)\s+(?:is|was)\s+"
    r"(?:needed|required|necessary)|\W{0,3}the\s+reason\s+for\s+the\s+delay", _F)
_REASON_TOPICS = (
    (fast_compile(r"no\s+longer\s+be\s+relied|not\s+be\s+relied|restat", _F), "restatement"),
    (fast_compile(r"investigation|special\s+committee|forensic", _F), "investigation"),
    (fast_compile(r"material\s+weakness", _F), "material weakness"),
    (fast_compile(r"resign|dismiss|new\s+(?:independent\s+)?(?:auditor|accounting\s+firm)|change\s+in\s+"
                r"(?:the\s+company.s\s+)?(?:independent\s+)?(?:auditor|accounting\s+firm)", _F),
     "auditor change"),
    (fast_compile(r"review\s+of|committee(?:['’]s)?\s+(?:(?:is|has\s+been)\s+)?review|accounting\s+(?:review|issue|matter)|misstat|error", _F),
     "accounting review"),
)

# --- the form itself ----------------------------------------------------------------------------

_CHECKED = r"(?:☒|☑|✔|✓|✗|✘|■|þ|ý|\[\s*[xX✓✔]\s*\]|\(\s*[xX]\s*\)|(?<![\w.])[xX](?![\w.-]))"
_UNCHECKED = r"(?:☐|□|¨|o(?=\s*\|?\s*(?:\(a\)|Yes|No|The\s+reasons))|q(?=\s)|\[\s*\]|\(\s*\)|(?<![\w.])[oq](?![\w.-]))"
_BOX = fast_compile(rf"(?P<on>{_CHECKED})|(?P<off>{_UNCHECKED})")
_FORM_12B25 = fast_compile(r"FORM\s+12b-25|NOTIFICATION\s+OF\s+LATE\s+FILING", _F)
_PERIOD_LINE = fast_compile(
    r"(?:For\s+(?:the\s+)?(?:fiscal\s+)?(?:Period|Year|Quarter)\s+Ended|Period\s+Ended)\s*[:\-]?\s*"
    r"([A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}/\d{1,2}/\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})",
    _F,
)
_NARRATIVE_PERIOD = fast_compile(
    r"(?:fiscal\s+)?(?:year|quarter|period|quarterly\s+period|fiscal\s+quarter)\s+ended\s+"
    r"((?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\.?\s+\d{1,2},?\s+\d{4})",
    _F,
)
# Part headings of the form ("PART III — NARRATIVE"); "Part III of this form" in Part II's text
# is not one.
_PART = fast_compile(
    r"PART\s+(I{1,3}|IV)\b\s*[-—–:.|]*\s*(?=REGISTRANT|RULES?\b|NARRATIVE|OTHER\s+INFORMATION)", re.I
)
_CHECK_ONE = fast_compile(r"check\s+one", _F)
_SIG_CHANGE_Q = fast_compile(r"significant\s+change\s+in\s+results\s+of\s+operations", _F)
_EXT_YES = fast_compile(
    r"within\s+the\s+(?:fifteen|five|15|5)(?:th)?[- ](?:calendar[- ])?day\s+(?:extension|grace)|on\s+or\s+"
    r"before\s+the\s+(?:fifteenth|fifth)\s+calendar\s+day|within\s+the\s+(?:extension|grace)\s+period"
    r"|extension\s+(?:period\s+)?(?:provided|prescribed|permitted)\s+(?:by|under)\s+Rule\s+12b-25",
    _F,
)
_EXT_NO = fast_compile(
    r"(?:not|no|n['’]t)\s+(?:\w+\s+){0,14}?(?:within|by)\s+the\s+(?:\w+[- ]){0,3}(?:extension|grace)"
    # "doesn't anticipate filing its Annual Report on Form 10-K for the fiscal year ended December 31,
    # 2023 within the fifteen-day extension period"
    r"|(?:not|n['’]t)\s+(?:expect|anticipate)\w*\s+(?:that\s+(?:it|we|the\s+company)\s+will\s+be\s+able\s+to\s+file|to\s+(?:be\s+able\s+to\s+)?file|filing)\s+"
    r"[^.;]{0,160}?\bwithin\s+the\s+(?:\S+\s+){0,2}?extension"
    r"|unable\s+to\s+estimate\s+(?:the\s+)?(?:timing|when|date)|cannot\s+(?:at\s+this\s+time\s+)?"
    r"(?:predict|estimate)\s+when",
    _F,
)
_INSTRUCTION = fast_compile(
    r"state\s+below\s+in\s+reasonable\s+detail[^.]*?prescribed\s+time\s+period\.?", _F
)
_REASON_HINT = fast_compile(
    r"\bbecause\b|\bdue\s+to\b|\bas\s+a\s+result\b|additional\s+time|in\s+light\s+of|\breasons?\b", _F
)


# a release of the late report's filing: "today announced that it filed its Form 10-Q for the quarter ended April 1, 2007
# ... the Form 10-Q filing was delayed pending ..."; "today announced that it has filed its annual report on Form 10-K"
_FILED_NOW = (r"\bannounced\s+(?:today\s+)?that\s+it\s+(?:has\s+)?(?:now\s+)?filed\s+its\s+(?:[\w-]+\s+){0,3}?"
              r"(?:form\s*10-?[KQ]|10-?[KQ]|annual\s+report|quarterly\s+report|form\s*[24]0-?F|[24]0-?F)\b")
FILED_NOW_RE = fast_compile(_FILED_NOW, _F)
_CURED = fast_compile(r"\bregained\s+compliance|\b(?:is|are)\s+now\s+current\b|\bnow\s+(?:complies|in\s+compliance)\b"
                      r"|\b(?:deficiency|matter)\s+(?:is|was|has\s+been)\s+(?:now\s+)?resolved\b"
                      r"|" + _FILED_NOW, _F)
# a report said in the same sentence to have been filed since (the paragraph may go on about
# another report that is still late): "took the five-day extension ... and filed the report on May 20,
# 2024"; "..., which we filed on May 16, 2022"; "and filed its Form 10-Q within the extension period"
_CURED_HERE = fast_compile(r"\band\s+(?:then\s+)?filed\s+(?:the|its|our)\s+(?:[\w-]+\s+){0,3}?(?:report|form\s*10-?[KQ]|10-?[KQ]|[24]0-?F)\b"
                      r"|\bwhich\s+(?:we|it|the\s+company)\s+(?:subsequently\s+)?filed\s+on\b"
                      # "because the Form 10-K was filed within the extension period, it is deemed to have been
                      # timely filed under Rule 12b-25(b)"
                      r"|\bdeemed\s+to\s+(?:have\s+been\s+|be\s+)?timely\s+filed\b|\bwas\s+filed\s+within\s+the\s+(?:\S+\s+)?extension\s+period\b"
                      # "..., which was filed on November 14, 2023", "The report was filed on May 28, 2024", "filed it on"
                      r"|\b(?:which|the\s+report|it|the\s+form\s*10-?[KQ])\s+was\s+(?:subsequently\s+|timely\s+)?filed\s+on\b|\bfiled\s+it\s+on\b", _F)
_NOT_EXPECTED = fast_compile(r"\b(?:do|does|did)\s+not\s+(?:currently\s+)?(?:expect|anticipate|believe)\b(?:(?!,\s+and\b)[^.;]){0,80}$", _F)
# "Nasdaq had determined that the Company would not be in a position to file all required periodic
# reports": a finding reported, not a hedge
_DETERMINED_WOULD_NOT = fast_compile(r"\b(?:determined|concluded|stated|indicated)\s+that\s+(?:the\s+company|it|we)\s+would\s+not\s+be\s+"
                                     r"(?:able|in\s+a\s+position)\s+to\s+(?:timely\s+)?file\b", _F)
# (at the end of the words before the delay itself: "said it would be unusual to delay" stays a hedge)
_SAID_WOULD = fast_compile(r"\b(?:said|announced|stated|disclosed|notified|told|informed|reported|added|noted|warned|confirmed|explained)\b(?:[^.;]{0,40}?\s)?(?:that\s+)?(?:it|the\s+company|its\s+(?:[\w-]+\s+){1,4}?)\s*would(?:\s+be)?\s*$", _F)


# --- other documents ------------------------------------------------------------------------------

_AMENDMENTS_AFTER = fast_compile(r"(?:(?!10-[KQ]|report)[^.;]){0,60}?\bamendments?\s+to\b", _F)


_SHORT_HEADLINE = fast_compile(r"\bdelay\w*\s+(?:\w+\s+){0,3}?(?:form\s*)?10-?[KQ]\b", _F)

# "... and expects to file its Annual Report on Form 10-K on or before the March 1, 2024 deadline":
# the work is said to end in time
_ON_TIME = fast_compile(r"\bon\s+or\s+before\b[^.;]{0,60}?\b(?:deadline|due\s+date)|\bon\s+time\b|\btimely\b"
                        r"|\bwithin\s+the\s+(?:\w+\s+){0,2}?(?:deadlines?|prescribed|required)", _F)

_NOT_BEFORE = fast_compile(r"\b(?:not|never|n't|no\s+longer)\b[^.;]{0,110}$", _F)
_NEGATABLE = ("avai", "need", "requ", "addi", "more", "extr", "defe", "push", "dela", "post", "slip", "took", "take", "taki", "use ", "used", "miss", "rely",
              "usin", "late", "tard", "10-k", "10-q", "20-f", "40-f", "annu", "quar")
# "won't", "hasn't", "can't": read as "will not", "has not", "cannot" (a news rewrite's contractions)
# "said it plans to file for an extension with securities regulators" (a 12b-25, told by a news
# rewrite that names no report)
# another company's report: a partner's, an affiliate's, a customer's
_OTHERS_REPORT = fast_compile(r"\b(?:partners?|affiliates?|investees?|joint\s+ventures?|suppliers?|customers?|competitors?|rivals?)\b"
                              r"(?:['’]s?)?(?:\s+in\s+[\w.&-]+)?\s+(?:has|have|had|is|are|was|were|will|would|said|informed|announced|disclosed)\b"
                              r"(?![^.;]*?\b(?:the\s+company|we|our|the\s+registrant)\b)", _F)
_PAST_YEAR = fast_compile(r"(?:^|[.;:]\s+|\bthat\s+)\W*(?:last\s+(?:year|quarter)|in\s+(?:19|20)\d\d)\b,?\s+[^,;]{0,40}$", _F)
_EXTENSION_WITH_SEC = fast_compile(
    r"\b(?:file|filed|filing|seek\w*|sought|request\w*)\s+(?:for\s+)?an?\s+(?:\S+-day\s+)?extension\s+with\s+(?:the\s+)?"
    r"(?:securities\s+regulators|(?:U\.S\.\s+)?SEC\b|(?:U\.S\.\s+)?Securities\s+and\s+Exchange\s+Commission)", _F)
_ALL_ON_TIME = fast_compile(r"\bnot\s+filed\s+any\b[^.;]{0,60}\blate\b|\b(?:remains?|is|are|continues?\s+to\s+be)\s+in\s+compliance\b"
                            # "has not yet filed its first quarter results ...; the Company will file its Form 10-Q on May 10, 2024,
                            # ahead of the May 15 deadline"
                            r"|\bahead\s+of\s+the\s+(?:\w+\s+){0,3}?(?:deadline|due\s+date)\b", _F)
_NOT_YET_DUE = fast_compile(r"\bnot\s+(?:yet\s+)?(?:be\s+)?due\b|\bnot\s+due\s+until\b", _F)

_ORDER = {"nt": 4, "listing": 3, "delinquent": 2, "working": 1, "generic": 0}


# "it expects to file its fiscal 2005 Form 10-K, which will include restated financial reporting
# ..., within the next four months" in an 8-K filed in May 2007: a report years overdue, told only by
# its dates
_TO_FILE_YEAR = fast_compile(
    r"\b(?:expects?|intends?|plans?|anticipates?)\s+to\s+(?:complete\s+and\s+)?file\s+(?:its|our|the)\s+"
    r"(?:fiscal\s+(?:year\s+)?)?((?:19|20)\d\d)\s+(?:annual\s+report\s+on\s+)?form\s*10-?K\b", _F)
register_keywords(("to file",))


# "The Company currently expects to file with the SEC its Form 10-K by mid-October 2023" under a
# heading "2022 Form 10-K ... Filing Timing": a fiscal year's report expected long after it was due
_TO_FILE_BY = fast_compile(
    r"\b(?:expects?|intends?|plans?|anticipates?)\s+to\s+file\s+(?:with\s+the\s+(?:SEC|Securities\s+and\s+Exchange\s+Commission)\s+)?"
    r"(?:its|our|the)\s+(?:((?:19|20)\d\d)\s+)?(?:annual\s+report\s+on\s+)?form\s*10-?K\s+(?:by|in|during|on\s+or\s+before)\s+"
    r"(?:(?:early|mid|late|the\s+end\s+of)[-\s]+)?(January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\s+((?:19|20)\d\d)\b", _F)
# a report, its period and the date it is to be filed by: "subject to the Company's filing of its 2005 Form 10-Q
# for the period ended June 30, 2005, on or before October 31, 2005"
_DATE = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\.?\s+\d{1,2},?\s+(?:19|20)\d\d")
_TO_FILE_PERIOD_BY = fast_compile(
    r"\bfil(?:e|ing)\s+(?:of\s+)?(?:with\s+the\s+(?:SEC|Securities\s+and\s+Exchange\s+Commission)\s+)?(?:its|the|their|our)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:form\s*)?(10-?Q|10-?K|20-?F|quarterly\s+report|annual\s+report)\b(?:\s+on\s+form\s*(?:10-?[QK]|20-?F))?"
    r"[^.;]{0,40}?\bfor\s+the\s+(?:fiscal\s+)?(?:quarter|period|year|quarterly\s+period|fiscal\s+quarter)\s+ended\s+(" + _DATE + r")"
    r"[^.;]{0,40}?\b(?:on\s+or\s+before|by|no\s+later\s+than|not\s+later\s+than)\s+(" + _DATE + r")", _F)
# the longest a report may take after its period, the Form 12b-25 extension included (days): a 10-Q 45 + 5, a
# 10-K 90 + 15 (a day more for a deadline on a weekend), a 20-F four months + 15 days
_LATEST_DAYS = {"10-Q": 52, "10-K": 107, "20-F": 140}
_NAMED_10K_YEAR = fast_compile(r"\b((?:19|20)\d\d)\s+(?:annual\s+report\s+on\s+)?form\s*10-?K\b", _F)
_MONTH_NO = {m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                          "september", "october", "november", "december"), start=1)}


_SENTENCE_END = fast_compile(r"[.!?][\"”’)]?\s")
