"""Restatement-risk rule: the keyword prefilter and the sentence patterns."""

from __future__ import annotations

import re

from bot.rules.regex import fast_compile

_F = re.I

# Every alternative starts with one of KEYWORDS (see text.keyword_matches); words that must
# come before a keyword are fixed-width lookbehinds.
PREFILTER = fast_compile(
    r"restat|weakness|control\s+failures|re-?audit|considered\s+(?:to\s+be\s+)?audited|relied\s+upon|be\s+trusted|(?<=no\slonger\s)rely\s+(?:up)?on\b|investigat|resign|dismiss|declin(?:e|ed|es|ing)\s+to\s+stand|fired\s+(?:its|the|our|(?-i:[A-Z]))"
    r"|(?:(?<=\bov)|(?<=\bund))erstat(?:ed|ement|ements)\b"  # (from the keyword "erstat")
    r"|(?:(?<=internal\s)|(?<=independent\s)|(?<=special\s)|(?<=accounting\s)|(?<=forensic\s))review"
    r"|review\s+of\s+(?:\S+\s+){0,3}?(?:financial\s+reporting|accounting|internal\s+control|revenue|stock\s+option)"
    r"|review\s+of\s+(?:its|the\s+company['’]s|our|certain\s+of\s+its)\s+previously\s+(?:issued|reported|filed)\s+financial\s+statements"
    # "Ixia's Audit Committee ... is conducting an email review and performing additional procedures to
    # ensure ... appropriateness of its financial reporting"
    r"|review\b(?=[^.;]{0,160}?\bfinancial\s+(?:reporting|information|statements)\b)"
    # "The review ... is being conducted under the direction of the company's Audit Committee"
    r"|review\b(?=[^.]{0,120}?\b(?:under\s+the\s+(?:direction|oversight|supervision)\s+of|conducted\s+by|led\s+by|overseen\s+by)\s+(?:the\s+)?(?:company['’]s\s+|its\s+)?audit\s+committee)"
    r"|deficienc|(?<=correction\sof\san\s)error|(?<=previously\sreported\s)errors\b"
    # "has corrected its consolidated financial statements for the fiscal years ended ..."
    r"|correct(?:ed|ion)\s+(?:its|the|our|of\s+(?:the\s+)?previously\s+issued)\b"
    # "announced ... that it is reviewing its accounting policy with respect to revenue recognition"
    r"|(?:(?<=is\s)|(?<=are\s)|(?<=been\s))reviewing\s+(?:its|the\s+company['’]s|our)\s+(?:accounting\s+)?polic(?:y|ies)\s+(?:with\s+respect\s+to|for|on|regarding|relating\s+to|concerning)\s+revenue\s+recognition"
    r"|(?:(?<=is\s)|(?<=are\s)|(?<=was\s)|(?<=were\s)|(?<=been\s))reviewing\s+(?:the|its)\s+accounting\s+(?:of|for)\s+(?:an?|the|certain|its)\s+(?:[\w-]+\s+){0,3}?transactions?\b"
    r"|(?<=to\s)review\b(?!\s+with\s+management)(?=[^.]{0,120}?\b(?:revenue\s+recognition|recognition\s+of\s+revenue|accounting\s+(?:for|treatment)))"
    r"|errors?\b(?=(?:[^.]|\.\d){0,200}?\b(?:previously\s+(?:issued|filed|reported)|financial\s+statements"
    r"|statements?\s+of\s+(?:cash|operations|income|comprehensive)|balance\s+sheets?"
    r"|fiscal\s+years?|interim\s+(?:reporting\s+)?periods?|accounting|previous\s+(?:sec\s+)?filings|revenues?|net\s+(?:income|loss)"
    r"|(?:years?|quarters?|periods?)\s+ended|prior\s+periods?)\b)"
    r"|(?:(?<=not\s)|(?<=im))properly\s+(?:account|present|record|classif)|(?<=account\s)properly\s+for\b"
    r"|(?:incorrectly|erroneously)\s+(?:accounted|recorded|classified|recogni[sz]ed|reported|presented)"
    r"|irregularit|impropriet|improper\s+accounting|(?<=accounting\s)errors?\b"
    r"|charged\s+(?:[\w.,&'’-]+\s+){1,12}?with\s+(?:fraudulently\s+)?(?:inflating|overstating|misstating|manipulating)\b"
    r"|not\s+provide\s+(?:its\s+|final\s+)*(?:approval|consent)"
    r"|withdr(?:ew|awn|aws?|awal\s+of)\s+(?:its\s+|their\s+)?(?:(?:audit|auditor['’]s|auditors['’]|financial)\s+)?"
    r"(?:opinion|report)"
    r"|withdr(?:ew|awn|awal)\s+from\s+(?:its|their|the)\s+(?:\w+\s+){0,3}?engagements?\b"
    r"|\bnot\s+effective\b|\bineffective\b"
    # "Mattel is revising its unaudited consolidated financial statements ... to correct for prior
    # period misstatements"
    r"|misstat|revis(?:e|es|ed|ing|ion)\b(?=[^.]{0,160}?\bfinancial\s+statements\b)"
    # "it is revising its 1999 and 1998 revenues and operating results"
    r"|revis(?:e|es|ed|ing)\s+(?:its|our)\s+(?:fiscal\s+)?(?:19|20)\d\d\b"
    # an SEC inquiry: "received a subpoena from the ... Division of Enforcement", "an informal inquiry"
    r"|subpoena|inquir(?:y|ies)|enquir(?:y|ies)|Division\s+of\s+Enforcement"
    # "a review by a special committee of the Board of Directors of the Company's historical stock
    # option granting practices"
    r"|review(?:s|ed|ing)?\b(?=[^.;]{0,120}?\b(?:stock\s+option\s+(?:granting\s+)?practices|(?:historic(?:al)?|previous|prior|past)\s+(?:stock\s+)?option\s+grant|stock\s+option\s+programs?\s+from\s+(?:19|20)\d\d|stock\s+option\s+grants\s*,\s*(?:procedures|practices)))"
    # a news rewrite's "probe": "its audit committee opened a probe into how the company recorded ..."
    r"|probe[sd]?\b"
    # "The audit committee has hired outside counsel and forensic accountants to look into the timing
    # of expense accruals" (a news rewrite)
    # "cut its previously reported profit for fiscal 2005 by 8 percent" (a news rewrite)
    r"|(?:(?<=cut\sits\s)|(?<=cuts\sits\s)|(?<=lowered\sits\s)|(?<=reduced\sits\s)|(?<=slashed\sits\s)"
    r"|(?<=trimmed\sits\s)|(?<=raised\sits\s)|(?<=boosted\sits\s))previously\s+reported\b"
    # an Exhibit 16 letter: "We were previously principal accountants for Xerox Corporation", "We
    # were informed of our termination as principal accountants on September 25, 2001"
    r"|(?:(?<=previously\s)|(?<=previously\sthe\s))principal\s+accountants\s+for\b"
    r"|(?:(?<=as\sour\s)|(?<=as\sits\s))new\s+(?:independent\s+)?(?:accountants|auditors)\b"
    r"|terminat(?:ed|ion)\s+as\s+(?:the\s+)?(?:company['’]s\s+)?(?:principal|independent)\s+(?:accountants?|auditors?)"
    # option grants dated wrongly: "The accounting measurement dates for certain stock options ... differ
    # from the measurement dates previously used for such awards"
    r"|we\s+have\s+read\s+(?:the\s+statements\s+[^.]{0,100}?)?Item\s+4\b|reporting\s+Item\s+4\b"
    r"|(?<=accounting\s)measurement\s+dates\b(?=[^.]{0,120}?\bdiffer)"
    r"|(?<=appropriate\s)measurement\s+dates\b(?=[^.]{0,120}?\bdiffer\w*\s+from\s+the\s+(?:recorded|original))"
    r"|(?<=incorrect\saccounting\s)measurements?\s+dates\b|(?<=incorrect\s)measurements?\s+dates\b"
    r"|cessation\s+of\s+(?:the\s+)?(?:mutual\s+)?(?:client-auditor|auditor-client)\s+relationship"
    r"|(?:client-auditor|auditor-client)\s+relationship\b(?=[^.;]{0,160}?\b(?:has|have|had)\s+(?:now\s+)?(?:ceased|terminated|ended)\b)"
    r"|(?:dis|un)covered\s+[“\"]?(?:various\s+|certain\s+)?accounting\s+(?:issues|problems|irregularities)\b"
    r"|charged\s+(?:[\w.,&'’—–-]+\s+){1,20}?with\s+(?:an?\s+)?(?:civil\s+|criminal\s+)?accounting\s+fraud\b"
    r"|charged\s+with\s+(?:civil\s+|securities\s+)?fraud\b[^.;]{0,120}?\b(?:inflat(?:ed|ing)|overstat(?:ed|ing)|misstat(?:ed|ing))\b"
    r"|reported\s+inflated\s+(?:\w+\s+){0,3}?(?:results|income|earnings|revenues?|sales|profits?)\b"
    r"|financial\s+reporting\s+fraud\b|circumvent(?:ion|ing|ed)?\s+(?:of\s+)?(?:[\w.&-]+['’]s\s+|its\s+|the\s+company['’]s\s+)?internal\s+(?:accounting\s+)?controls\b"
    r"|(?<=filed\sa\s)non-?reliance\s+(?:8-K|notice|disclosure|filing)\b"
    r"|overrid(?:e|es|ing|den)\s+(?:its\s+|the\s+company['’]s\s+)?internal\s+(?:accounting\s+)?controls\b"
    r"|smooth(?:ing|ed)[”\"]?\s+(?:of\s+)?(?:its\s+|reported\s+)?(?:income|earnings|results)\b"
    # "after PricewaterhouseCooper refused to sign off on any accounts tied to ..." (a news rewrite)
    r"|(?:(?<=refused\sto\s)|(?<=refuses\sto\s)|(?<=declined\sto\s))sign\s+off\s+on\b"
    r"|(?<=to\s)look\s+into\b(?=\s+(?:(?:its|the|our|certain)\s+)?(?:[\w-]+\s+){0,5}?(?:accounting|accruals?|revenue\s+recognition|recognition\s+of\s+revenue|financial\s+(?:statements|reporting)|books\s+and\s+records)\b)",
    _F,
)
KEYWORDS = ("restat", "weakness", "relied", "be trusted", "previously reported", "investigat", "resign", "dismiss", "declin", "fired", "probe", "review",
            "deficienc", "erro", "irregularit", "not provide", "withdr", "charged",
            "properly", "incorrectly", "not effective", "ineffective", "misstat", "revis", "subpoena", "inquir",
            "Division of Enforcement", "correct", "erstat", "sign off", "principal accountants", "terminat", "rely on", "rely upon", "measurement dates", "measurements dates", "cessation", "discovered", "uncovered", "smooth", "overrid", "enquir", "new accountants", "new auditors", "new independent")  # "erro": error(s), erroneously; "erstat": overstated, understated

# Documents that never carry the signal, only boilerplate (certifications) or contracts.
_SKIP_DOC = fast_compile(r"^(EX-(3|4|10|21|23|24|31|32|97|101|104)\b|GRAPHIC|ZIP|XML|JSON|EXCEL|PDF)", _F)

# Things called "restated" that are not restatements of financial statements.
_DOC_RESTATED = fast_compile(
    r"(?:amended\s+and\s+|second\s+amended\s+and\s+|third\s+amended\s+and\s+)?restated"
    r"(?:\s+[\w,'’-]+){0,6}?\s+(?:certificate|articles|by-?laws|charter|agreement|plan|indenture"
    r"|memorandum|declaration|note|notes|warrants?|deed|trust|lease|guarant\w+|credit|loan"
    r"|partnership|operating|code|policy|facility|charter|constitution)\b"
    r"|amended\s+and\s+restated|amendment\s+and\s+restatement|restatement\s+agreement"
    r"|restated\s+to\s+(?:reflect|conform|give\s+effect|include)"
    r"(?![^.]{0,60}\b(?:correct|error|misstat|(?:issues|adjustments|matters)\s+identified|re-?audit))"  # "restated to reflect the correction": real
    # a charter or agreement "as restated through May 1, 2023"
    r"|\bas\s+(?:amended\s+and\s+)?restated\s+(?:through|effective)\b"
    r"|as\s+(?:amended\s+and\s+)?restated\b(?=[^.]{0,40}(?:agreement|certificate|by-?laws|plan))",
    _F,
)
_CLAWBACK = fast_compile(
    r"claw-?back|recoup|recover(?:y|ed|ing)?\s+(?:of\s+)?(?:erroneously|incentive|any\s+excess)"
    r"|erroneously\s+awarded|compensation\s+recovery|incentive[- ]based\s+compensation"
    r"|(?:review|recover|recoup|reduce|cancel|forfeit)\s+(?:any\s+|all\s+|the\s+)?(?:cash\s+and/or\s+equity\s+"
    r"|cash\s+or\s+equity\s+|equity\s+|cash\s+)?incentive\s+compensation"
    r"|forfeit|reimburse\s+the\s+company|look-?back\s+period"
    # "requires any Company officers to repay or return cash bonuses and/or equity awards in the event: (i) the
    # Company issues a material restatement"
    r"|\b(?:repay|disgorge)\w*\s+(?:or\s+return\s+)?(?:\w+\s+){0,3}?(?:bonus(?:es)?|awards?|compensation)\b"
    # Rule 10D-1's window: "compensation received ... during the three completed fiscal years
    # preceding the date the restatement is required"
    r"|(?:three|3)\s+completed\s+fiscal\s+years\s+(?:immediately\s+)?preceding"
    r"|compensation\s+received\s+after\s+(?:a|an|the)\s+(?:financial\s+|accounting\s+)?restatement",
    _F,
)
# Restated for presentation, not for error.
_RECAST = fast_compile(
    # (IAS 29's restatement of non-monetary items for hyperinflation is a remeasurement, not an error)
    r"hyperinflation|\bIAS\s+29\b|non-monetary\s+items"
    r"|discontinued\s+operation|retrospective|retroactive|adoption\s+of|(?:as\s+)?required\s+for\s+early\s+adopters|to\s+reflect\s+(?:its|the)\s+early\s+adoption|newly\s+adopted|adopted\s+"
    r"(?:asu|the\s+new|new)|new\s+(?:accounting\s+)?standards|new\s+accounting\s+(?:standard|guidance|pronouncement)|\basu\s*\d"
    # "The new standard required the Company to change the method used to compute net income per
    # share and to restate all prior periods" (FAS 128): a new rule's recast, not an error
    r"|\bthe\s+new\s+standard\s+(?:required|requires)\b"
    # "the impact of the implementation of the standard on Kesko Group's IFRS financial statements ..., as well as the
    # restated comparison figures" (IFRS 16 Leases, 2019)
    r"|\bimplementation\s+of\s+(?:the\s+)?(?:new\s+)?(?:accounting\s+)?standard\b|\bIFRS\s*(?:9|15|16|17)\b"
    # "restating its consolidated financial statements ... to reflect the implementation of SFAS 123(R)" (IBM, 2005)
    r"|\b(?:implementation|adoption)\s+of\s+(?:SFAS|FAS|FASB\s+Statement|Statement\s+No\.?)\s*\d"
    r"|\bchange\s+the\s+method\s+(?:used\s+)?(?:to\s+compute|of\s+computing)\s+(?:basic\s+|diluted\s+)?(?:net\s+income|earnings)\s+per\s+share\b"
    r"|reclassif|\brecast|segment\s+(?:information|reporting|realignment|reorgani[sz]ation|change|presentation|disclosures?)"
    r"|(?:reportable|operating|new)\s+segments?|change\s+in\s+(?:our\s+|its\s+)?(?:reportable\s+)?segments?"
    # "... segments have been restated as a result of this transfer", "Segment results ... restated
    # for the change in the way the chief operating decision maker evaluates performance"
    r"|segments?\b[^.]{0,100}\b(?:transfer|realign|reorgani|structure|chief\s+operating\s+decision)"
    r"|(?:transfer|realign|reorgani|chief\s+operating\s+decision)[^.]{0,100}\bsegments?\b|stock\s+split|reverse\s+split|share\s+split|stock\s+dividend"
    r"|conform\s+(?:to\s+)?(?:the\s+)?current|pro\s+forma|exchange\s+rate|constant\s+currency"
    r"|common\s+control|pooling|tax\s+rate|remeasur|tax\s+rate|remeasur|restated\s+(?:for\s+[\w\s]{0,40}?)?to\s+(?:exclude|include|reflect|conform)"
    r"(?![^.]{0,60}\b(?:correct|error|misstat|(?:issues|adjustments|matters)\s+identified|re-?audit))"
    r"|no\s+(?:effect|impact)\s+on\s+(?:the\s+)?(?:total|consolidated|net\s+income|previously\s+reported\s+net)",
    _F,
)
# Literal gates: every match of _CLAWBACK / _RECAST contains one of these words (lower case),
# so a sentence without any of them cannot match and the costly regex is skipped. Under
# re.IGNORECASE four non-ASCII letters also match ASCII ones (ı, İ, ſ, K): text holding one
# of them always gets the regex.
_CLAWBACK_WORDS = ("claw", "recoup", "recover", "erroneously", "incentive", "forfeit", "reimburse", "look", "repay", "disgorge",
                   "completed fiscal", "compensation received")
_RECAST_WORDS = (
    "discontinued", "retrospective", "retroactive", "adoption", "adopted", "accounting", "asu", "hyperinflation", "ias 29",
    "non-monetary",
    "reclassif", "recast", "segment", "split", "dividend", "conform", "forma", "exchange",
    "currency", "control", "pooling", "tax", "remeasur", "exclude", "include", "reflect", "effect",
    "impact", "standard", "method", "transfer", "realign", "reorgani", "chief operating",
)
_IGNORECASE_EXOTIC = fast_compile("[\u0130\u0131\u017f\u212a]")

# Words that, shortly before a keyword, make the statement hypothetical or generic.
_HYPO = fast_compile(
    r"\b(?:if|could|may(?!\s+\d)|might|would|can|cannot|unless|whether|potential(?:ly)?|possibl[ey]"
    r"|future|risk\s+that|fail(?:ure)?\s+to|no\s+assurance|in\s+the\s+(?:event|case\s+of\s+an?)|were\s+to|should\s+we"
    r"|to\s+the\s+extent|likelihood|any|all|such\s+as|including\s+a|or\s+a|lead\s+to"
    # "which is expected to result in a restatement" is the company's own expectation
    r"|(?<!expected\sto\s)(?<!expects\sto\s)(?<!will\s)result\s+in"
    # "is not (currently) expected to result in", "does not expect that the correction will result in"
    r"|not\s+(?:currently\s+|presently\s+)?(?:expected|anticipated)|(?:do|does|did)\s+not\s+(?:currently\s+)?(?:expect|anticipate|believe)"
    r"|resulting\s+in|require\s+us\s+to)\b",
    _F,
)
_NEG = fast_compile(r"\b(?:no|not|none|neither|nor|without|never)\b|n['’]t\b", _F)
_NOT_EFFECTIVE = fast_compile(r"\b(?:was|were|are|is|been|be)\s+not\s+effective\b|\bineffective\b", _F)

_MW = fast_compile(r"material\s+(?:control\s+)?weakness(?:es)?|internal\s+control\s+(?:deficiencies|failures)", _F)
_MW_DEFINITION = fast_compile(
    r"material\s+weakness\s+is\s+(?:a|one|defined)\b|(?:is|are)\s+defined\s+as|\bdefinition\b"
    # a glossary: "A material weakness arises when an internal control ... is found to be ineffective"
    r"|^\W*(?:an?\s+)?material\s+weakness\s+(?:arises|exists|occurs)\s+(?:when|if)\b"
    # an auditor's duty told: "When the auditors find a material weakness, they must notify the audit committee"
    r"|^\W*(?:when|whenever|if|once)\s+(?:the\s+|an?\s+)?(?:auditors?|company|issuer|registrant|management)\s+"
    r"(?:finds?|identif(?:y|ies)|discovers?|detects?)\b(?=[^.]*\b(?:must|should|shall|is\s+required|are\s+required|needs?\s+to)\b)"
    # a standard told, not a company's weakness: "the Public Company Accounting Oversight Board's
    # Auditing Standard No. 4 which establishes requirements for auditors ..."
    r"|\bapprov\w*\s+(?:the\s+)?(?:PCAOB|Public\s+Company\s+Accounting\s+Oversight\s+Board)['’]?s?\s+(?:\w+\s+){0,3}?Standard\b"
    r"|\bStandard\s+No\.?\s*\d+\s*,?\s+which\s+establishes\b|\bPCAOB\s+Standard\s+on\b"
    r"|\b(?:has|have)\s+defined\s+(?:a\s+)?material\s+weakness\s+as\b"
    r"|rises?\s+to\s+the\s+level",
    _F,
)
_RESTATE = fast_compile(
    r"\b(?:restat(?:e|ed|es|ing|ement|ements)|as\s+restated|misstate(?:d|ment|ments)|(?:over|under)stat(?:ed|ement|ements)"
    r"|errors?\s+in\s+(?:the\s+|our\s+|its\s+|certain\s+)?(?:previously|prior)"
    r"|error\s+correction|correction\s+of\s+(?:an\s+)?(?:immaterial\s+)?errors?"
    r"|correction\s+of\s+(?:\w+\s+){1,4}?errors?\s+in\b)",
    _F,
)
_FINANCIAL = fast_compile(
    r"financial\s+(?:statements?|information|results|data|reports?)|balance\s+sheets?"
    r"|statements?\s+of\s+(?:operations|income|cash|comprehensive|stockholders|shareholders|financial\s+position|profit\s+or\s+loss)"
    r"|previously\s+(?:issued|reported|filed)|prior\s+(?:period|year|quarter)s?|10-[KQ]"
    r"|annual\s+report|quarterly\s+report|fiscal\s+(?:year|quarter|20\d\d|19\d\d)|revenues?"
    r"|net\s+(?:income|loss|sales)|earnings|results|quarters?\s+ended|years?\s+ended|financials\b"
    # "to complete its financial restatement", "become current in filing all of its required SEC
    # periodic reports" (the company's own, not a biography's "financial restatements")
    # ("its" only right before: "an investee ... its pending financial restatement" is another's)
    r"|(?:its|our|the\s+company['’]s)\s+financial\s+restatement\b|(?:our|the\s+company['’]s)\s+(?:\w+\s+){1,2}?financial\s+restatement\b"
    r"|(?:its|our|the\s+company['’]s)\s+(?:\w+\s+){0,3}?periodic\s+reports?"
    # "completion of the Company's previously announced restatement" (the company's own)
    r"|(?:our|the\s+company['’]s)\s+(?:previously\s+(?:announced|disclosed)|pending|ongoing)\s+restatement\b",
    _F,
)
# "discovered errors related to the disclosure of ... within previously filed Form 10-K": errors
# found in statements already filed, said without the word "restate".
_ERRORS_PRIOR = fast_compile(
    r"\berrors?\b([^.]{0,200}?)\bpreviously\s+(?:issued|filed|reported)\s+(?:\w+\s+){0,3}?"
    r"(?:financial|statements?|(?:Form\s+)?10-[KQ]|annual|quarterly|reports?|results|periods?)"
    # "identified material errors in previous filings"
    r"|\berrors?\b(\s+in\s+(?:its\s+|our\s+|the\s+company['’]s\s+)?)(?:previous|prior|earlier)\s+(?:SEC\s+)?(?:filings|reports|periods)\b"
    # "ongoing work and analysis related to the previously reported errors" (the errors themselves told before)
    r"|(?<=previously\sreported\s)errors\b()(?=[^.]{0,200}?\b(?:restat|financial\s+(?:statements|reports|results)|annual\s+report|10-[KQ]|quarterly\s+report))"
    r"|\b(?:annual\s+report|quarterly\s+report|10-[KQ]|financial\s+statements)\b[^.]{0,200}?\bpreviously\s+reported\s+(errors)\b", _F)
# Accounting-policy text and filing-mechanics corrections, not errors found in the statements
_GENERIC_ERRORS = fast_compile(
    r"^\W*when(?:ever)?\b|\bpolic(?:y|ies)\b|\bpractice\s+is\b|\bin\s+accordance\s+with\s+ASC\s+250"
    r"|typographical|clerical|scrivener|XBRL|tagging|conformed\s+signature|\bdate\s+of\s+the\s+report"
    r"|\bprovides?\s+guidance\b|accounting\s+changes\s+and\s+error\s+corrections"
    r"|\bare\s+corrected\s+by\s+restating\b|\bthat\s+are\s+material\s+are\b"
    r"|\bhow\s+to\s+(?:evaluate|assess|determine|analy[sz]e)\b", _F)  # ("a refresher course on how to evaluate the materiality of errors")
_MODAL_AFTER = fast_compile(r"^[^.]{0,160}?\b(?:could|may|might|would|can)\b", _F)
# (results figures followed by a forecast word: "revising its 2025 revenue guidance", "cut its previously
# reported earnings per share guidance", "lowered its previously reported 2025 revenue range")
_NOT_GUIDANCE_AFTER = r"(?![^.;]{0,40}?\b(?:guidance|outlook|forecasts?|estimates?|targets?|expectations?|projections?|range)\b)"
_REVISION = fast_compile(
    r"\brevis(?:e|es|ed|ing|ion)\s+(?:of\s+)?(?:the\s+|our\s+|its\s+)?(?:certain\s+)?(?:previously|prior)"
    # "revised its consolidated financial statements (i) as of and for the year ended December 31, 2010, ... in each
    # case for an overstatement of Work in Process ("WIP") inventory" (Molycorp, 2011)
    r"|\brevis(?:ed|es|ing)\s+(?:its|our|the)\s+(?:\w+\s+){0,2}?financial\s+statements\b[^;]{0,400}?\b(?:for|to\s+correct|due\s+to"
    r"|because\s+of)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:overstatement|understatement|errors?|misstatements?)\b", _F)
# "it is revising its 1999 and 1998 revenues and operating results to conform to ..." (years already
# reported; not "revising its 2024 outlook")
_REVISING_YEARS = fast_compile(
    r"\brevis(?:e|es|ed|ing)\s+(?:its|our)\s+(?:fiscal\s+)?(?:19|20)\d\d(?:\s*(?:,|and|,\s*and)\s*(?:fiscal\s+)?(?:19|20)\d\d)*"
    r"\s+(?:(?:previously\s+)?reported\s+|audited\s+)?(?:(?:net\s+)?revenues?|(?:operating\s+)?results|net\s+(?:income|loss)|earnings"
    r"|financial\s+(?:statements|results)"
    # "had to revise its 2002 financial report to incorporate a 3.7 percent decline in its consolidated net profit"
    # (a report's figures, not its schedule or added disclosures)
    r"|financial\s+reports?(?=(?:[^.;]|\.\d){0,120}?\b(?:profit|income|loss|earnings|revenues?|decline|adjustments?)\b))\b"
    + _NOT_GUIDANCE_AFTER, _F)
_NON_RELIANCE = fast_compile(
    r"(?:should|can|could|would|may)\s+no\s+longer\s+be\s+relied\s+(?:up)?on"
    r"|should\s+not\s+(?:be\s+)?rel(?:y|ied)\s+(?:up)?on|should\s+not\s+continue\s+to\s+be\s+relied"
    r"|(?:not|no\s+longer)\s+be\s+relied\s+upon"
    # a news rewrite of Item 4.02: "its financial reports for the past two years can no longer be trusted"
    r"|(?:should|can|could|may)\s+(?:no\s+longer|not)\s+be\s+trusted"
    # "DavidsTea says investors should no longer rely on its financial reports for the quarters ended ..."
    r"|(?:should|can|could|may)\s+no\s+longer\s+rely\s+(?:up)?on"
    # a blog on International Rectifier (2007): "filed a non-reliance 8-K recently"
    r"|(?<=filed\sa\s)non-?reliance\s+(?:8-K|notice|disclosure|filing)\b",
    _F,
)
_AUDITOR = fast_compile(
    r"accounting\s+firm|auditors?\b|accountants?\b|\bLLP\b|L\.L\.P\.|\bP\.?C\.|\bPLLC\b|\bCPAs?\b"
    r"|KPMG|Deloitte|Ernst\s+&\s+Young|Pricewaterhouse|Grant\s+Thornton|\bBDO\b|Marcum|Andersen",
    _F,
)
_AUDITOR_GONE = fast_compile(
    # ("received confirmation from BDO USA, LLP ... regarding the cessation of the mutual client-auditor relationship")
    r"\bcessation\s+of\s+(?:the\s+)?(?:mutual\s+)?(?:client-auditor|auditor-client)\s+relationship\b|"
    # an Exhibit 16 letter: "the client-auditor relationship between South Hertfordshire United Kingdom Fund Ltd
    # (Commission File Number - 84-1145140) and Arthur Andersen has ceased"
    r"\b(?:client-auditor|auditor-client)\s+relationship\b[^.;]{0,160}?\b(?:has|have|had)\s+(?:now\s+)?(?:ceased|terminated|ended)\b|"
    # ("its auditors ... unilaterally withdrew from their review and audit engagements")
    r"\bwithdr(?:ew|awn|awal)\s+from\s+(?:its|their|the)\s+(?:\w+\s+){0,3}?engagements?\b"
    r"|\b(?:resign(?:ed|s|ing|ation)?|declin(?:e|ed|es|ing)\s+to\s+stand|dismiss(?:ed|al)|fired|terminat(?:ed|ion)"
    r"\s+(?:of\s+)?(?:the\s+)?(?:engagement|services)|was\s+(?:replaced|revoked)|registration\s+"
    r"\w+\s+revoked|ceased\s+to\s+(?:serve|be)"
    # an Exhibit 16 letter: "We were informed of our termination as principal accountants"
    r"|terminat(?:ed|ion)\s+as\s+(?:the\s+)?(?:company['’]s\s+)?(?:principal|independent)\s+(?:accountants?|auditors?)"
    r"|(?<=previously\s)(?:the\s+)?principal\s+accountants\s+for"
    # a company's letter to its former auditor: "We have engaged Bagell, Josephs & Company, L.L.C. as our
    # new accountants and auditors"
    r"|\bengaged\s+(?:[^.]|\.(?![ \t]+(?-i:[A-Z]))){0,80}?\bas\s+(?:its|our)\s+new\s+(?:independent\s+)?(?:accountants|auditors))\b",
    _F,
)
# Lawsuits are dismissed too.
_LEGAL = fast_compile(
    r"motion\s+to\s+dismiss|\bcourt\b|lawsuit|complaint|plaintiff|litigation|prejudice|\bappeal"
    r"|class\s+action|arbitrat|\bclaims?\s+(?:against|were|was)|\bsuit\b|\bcase\b|petition", _F)
_AUDITOR_RESIGNED = fast_compile(r"\bresign|declin\w+\s+to\s+stand|revoked|\bwithdr(?:ew|awn|awal)\s+from\b", _F)
_DIRECTOR = fast_compile(
    r"\b(?:director|officer|chief|president|board\s+member|member\s+of\s+the\s+board|from\s+the\s+board"
    r"|employee|partner\s+at|executive|controller)\b", _F)
_INVESTIGATION = fast_compile(
    r"\b(?:investigations?|inquir(?:y|ies)|enquir(?:y|ies)|subpoenas?|formal\s+order|wells\s+notice|division\s+of\s+enforcement)\b"
    r"|review(?:s|ed|ing)?\b(?=[^.;]{0,120}?\b(?:stock\s+option\s+(?:granting\s+)?practices|(?:historic(?:al)?|previous|prior|past)\s+(?:stock\s+)?option\s+grant|stock\s+option\s+programs?\s+from\s+(?:19|20)\d\d|stock\s+option\s+grants\s*,\s*(?:procedures|practices)))"
    r"|\bprobe[sd]?\b"
    # "has engaged an independent forensic accountant and outside legal counsel to review the timing of
    # revenue recognition for certain sales to distributors"
    r"|\bto\s+review\b(?!\s+with\s+management)(?=[^.]{0,120}?\b(?:revenue\s+recognition|recognition\s+of\s+revenue|accounting\s+(?:for|treatment)))"
    # "formed a special committee ... to investigate matters ... concerning expense reimbursements ...,
    # and the accounting treatment of those payments"
    r"|\bto\s+investigate\b(?!\s+(?:any\s+|such\s+)?(?:concerns|complaints|reports|tips|allegations\s+received))"
    r"(?=[^.]{0,250}?\b(?:accounting|financial\s+(?:statements|reporting)|revenue\s+recognition"
    r"|books\s+and\s+records|internal\s+controls?)\b)"
    r"|(?:internal|independent|special|accounting|forensic)\s+review|review\s+of\s+(?:its\s+|our\s+|the\s+"
    r"company.s\s+|certain\s+)?(?:financial\s+reporting|accounting|internal\s+controls?|revenue"
    r"|historical\s+stock\s+option\s+grants?)"
    r"|review\s+of\s+(?:its|the\s+company['’]s|our|certain\s+of\s+its)\s+previously\s+(?:issued|reported|filed)\s+financial\s+statements"
    r"|review\b(?=[^.;]{0,160}?\bfinancial\s+(?:reporting|information|statements)\b)"
    r"|review\b(?=[^.]{0,120}?\b(?:under\s+the\s+(?:direction|oversight|supervision)\s+of|conducted\s+by|led\s+by|overseen\s+by)\s+(?:the\s+)?(?:company['’]s\s+|its\s+)?audit\s+committee)"
    # "The Company is investigating these matters and their potential impact on financial reporting"
    r"|\b(?:is|are|continues?\s+to|has\s+been|have\s+been)\s+investigat(?:e|ing)\b"
    r"|\b(?:is|are|has\s+been|have\s+been)\s+reviewing\s+(?:its|the\s+company['’]s|our)\s+(?:accounting\s+)?polic(?:y|ies)\s+(?:with\s+respect\s+to|for|on|regarding|relating\s+to|concerning)\s+revenue\s+recognition"
    # "said it was reviewing the accounting of an off-balance-sheet transaction"
    r"|\b(?:is|are|was|were|has\s+been|have\s+been)\s+reviewing\s+(?:the|its)\s+accounting\s+(?:of|for)\s+(?:an?|the|certain|its)\s+(?:[\w-]+\s+){0,3}?transactions?\b"
    r"|\bto\s+look\s+into\b(?=\s+(?:(?:its|the|our|certain)\s+)?(?:[\w-]+\s+){0,5}?(?:accounting|accruals?|revenue\s+recognition|recognition\s+of\s+revenue|financial\s+(?:statements|reporting)|books\s+and\s+records)\b)",
    _F,
)
_INVESTIGATOR = fast_compile(
    r"audit\s+(?:and\s+\w+\s+)?committee|special\s+committee|supervisory\s+board|independent\s+committee|board\s+of\s+"
    r"directors|outside\s+counsel|forensic\s+account|\bsec\b|securities\s+and\s+exchange\s+commission"
    r"|department\s+of\s+justice|\bdoj\b|enforcement|independent\s+counsel|auditors"
    # "The notice relates to the staff's investigation of the Company's accounting" (the SEC's staff)
    r"|\bstaff['’]s\s+(?:formal\s+|informal\s+)?(?:investigation|inquiry)\b"
    r"|(?:federal|securities|u\.s\.)\s+regulators|\b(?:law|forensic)\s+firm",
    _F,
)
_SEC_INV = fast_compile(
    r"(?:\bSEC\b|Securities\s+and\s+Exchange\s+Commission|Division\s+of\s+Enforcement|Department\s+"
    r"of\s+Justice)[^.]{0,120}\b(?:investigation|inquiry|subpoena|formal\s+order|request\w*[^.]{0,40}\bdocuments)"
    # "received a subpoena from the Securities and Exchange Commission's Division of Enforcement"
    r"|\b(?:subpoena|inquiry|investigation)\b[^.]{0,60}\b(?:SEC\b|Securities\s+and\s+Exchange\s+Commission|Division\s+of\s+Enforcement)"
    r"|formal\s+order\s+of\s+(?:private\s+)?investigation|wells\s+notice",
    _F,
)
_INV_COSTS = fast_compile(
    r"investigation[\w\s-]{0,30}(?:costs?|expenses?|fees|charges)|(?:costs?|expenses?|fees|charges)"
    r"\s+(?:of|for|related\s+to|associated\s+with|incurred\s+(?:in|for))\s+(?:the\s+|an\s+)?"
    r"(?:\w+\s+){0,3}investigation",
    _F,
)
_COSTS_OF = fast_compile(
    r"(?:costs?|expenses?|fees|charges)\s+(?:associated\s+with|related\s+to|of|for|incurred)\b", _F
)
_ACCOUNTING = fast_compile(
    r"accounting|financial\s+(?:statements?|reporting|results)|restat|misstat|revenue\s+recognition|recognition\s+of\s+revenue"
    r"|books\s+and\s+records|internal\s+control|disclosure", _F
)
_GOVERNMENT = fast_compile(r"\bSEC\b|Securities\s+and\s+Exchange|Department\s+of\s+Justice|\bDOJ\b"
                         r"|attorney\s+general|enforcement|antitrust|\bFTC\b|regulator", _F)
_COMMITTEE = fast_compile(r"audit\s+(?:and\s+\w+\s+)?committee|special\s+committee|independent\s+committee"
                        r"|board\s+of\s+directors|outside\s+counsel|forensic", _F)
# Investigations about something other than the books: bribery, antitrust, export controls, ...
_OTHER_SUBJECT = fast_compile(
    r"Foreign\s+Corrupt\s+Practices|\bFCPA\b|anti-?corruption|anti-?brib|\bbrib|antitrust|improper\s+payments|foreign\s+officials|"
    r"competition\s+law|export\s+control|sanctions\s+(?:laws|regulations|compliance)|"
    r"anti-?money\s+laundering|cyber|data\s+(?:breach|security|privacy)|harass|sexual|"
    r"environmental|product\s+(?:safety|liability)|workplace\s+(?:conduct|safety)", _F)
# What would make such an investigation about the financial statements after all.
_BOOKS_SUBJECT = fast_compile(
    r"restat|misstat|financial\s+statements|financial\s+reporting|revenue|books\s+and\s+records"
    r"|internal\s+(?:accounting\s+)?controls?|accounting\s+(?:practices|policies|irregularit"
    r"|errors?|treatment|for)", _F)
_SERIOUS = fast_compile(r"restat|misstat|irregularit|fraud|embezzl|no\s+longer\s+be\s+relied", _F)
_DISAGREE = fast_compile(r"disagreements?|reportable\s+events?", _F)
_ITEM_TEXT = fast_compile(r"relied\s+upon|certifying\s+accountant|accounting\s+firm|auditors?\b", _F)
_EXCEPT = fast_compile(r"\bexcept\b|\bother\s+than\b", _F)

_FIRM = fast_compile(
    r"((?:[A-Z][\w'’&.-]*,?\s+(?:&\s+)?){0,5}?(?:LLP|L\.L\.P\.|LLC|PLLC|P\.\s?C\.|P\.A\.|CPAs?"
    r"(?:,?\s+(?:LLC|PLLC|PC|P\.C\.))?|Chartered\s+Accountants|Ltd\.?))(?![\w])"
    r"|\b(KPMG(?:\s+LLP)?|Deloitte\s+&\s+Touche(?:\s+LLP)?|Ernst\s+&\s+Young(?:\s+LLP)?"
    r"|PricewaterhouseCoopers(?:\s+LLP)?|Grant\s+Thornton(?:\s+LLP)?|BDO\s+USA(?:,?\s+LLP)?"
    r"|Arthur\s+Andersen(?:\s+LLP)?|Marcum(?:\s+LLP)?)"
)
_FIRM_STOP = fast_compile(r"^(?:On|In|The|Our|As|During|Effective|Company|Inc|Board|Audit|Committee)\b")

# Trigger priority when severities tie.
_PRIORITY = {"non_reliance": 5, "restatement": 4, "auditor_change": 3, "investigation": 2,
             "material_weakness": 1}

# a news rewrite's restatement: "cut its previously reported profit for fiscal 2005 by 8 percent after
# discovering that ..." (not guidance: "lowered its previously reported earnings outlook")
_CUT_REPORTED = fast_compile(
    r"\b(?:cut|cuts|lowered|reduced|slashed|trimmed|raised|boosted)\s+its\s+previously\s+reported\s+(?:\w+\s+){0,3}?"
    r"(?:profits?|earnings|(?:net\s+)?income|revenues?|sales|results|net\s+loss|losses)\b"
    + _NOT_GUIDANCE_AFTER +
    # "it will be making certain adjustments to previously reported financial results as a result of its review"
    # (not a recast: "adjustments to previously reported segment results to reflect the new structure")
    r"|\badjustments?\s+to\s+(?:its\s+|our\s+|the\s+)?previously\s+reported\s+(?:financial\s+|operating\s+)?"
    r"(?:results|earnings|(?:net\s+)?income|revenues?|net\s+loss)\b"
    r"(?![^.;]{0,80}?\b(?:to\s+reflect|to\s+conform|reclassif\w*|discontinued|segments?|recast)\b)", _F)
