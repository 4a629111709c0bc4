"""Who says so: attribution phrases in a sentence and the noun phrase that names the source.

Forms handled: "according to X", "X said", "said X", "X put the toll at", "figures from X show",
"X reported", "citing X", "as reported by X", "X's figures", "$100 million offered by X", gapped lists
("Britain pledged £60 million, Japan $10 million"), relays ("the UN, citing the health ministry":
the source is the ministry, the words keep the relay), and pronoun / short definite mentions ("It
said", "The ministry added") resolved to the latest matching attribution in the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from tracker.extraction.numbers import NUMBER_WORD
from tracker.extraction.prefilter import CaselessPattern
from tracker.extraction.sources import ANONYMOUS_SOURCE_RE, UNIT_OF_BODY, looks_like_person


@dataclass(slots=True)
class Mention:
    start: int  # span of the attribution words in the text
    end: int
    phrase: str  # the noun phrase naming the source (what the registry resolves)
    words: str  # the raw attribution words
    relay: str = ""  # the relaying body when the phrase came through "citing"
    gapped: bool = False  # applies only to the figure right after it
    speech: bool = True  # "said", "according to"; False for actions ("pledged", "set aside")
    bound: bool = (
        False  # a relative clause of the figure right before it ("300,000 people the governor says")
    )


#: "put the toll at 40", never "puts a price on carbon of €10" (a price set is no estimate), "five pacts
#: put to governors" (a proposal laid before someone) or "put seven suspects on trial"
_PUT = (
    # nor a phrasal verb: "put down a rebellion", "put off the vote"
    r"puts?\b(?!\s+to\b)(?!\s+(?:down|off|away|together|in\s+place)\b)"
    r"(?!\s+(?:[\w-]+\s+){0,3}?on\s+trial\b)"
    r"(?!\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+)?(?:price|prices|cap|limit|ceiling|floor|tax|levy|ban"
    r"|premium|strain|pressure|tariff|duty|charge)\s+on\b)"
)
#: a count of people right after a verb of sanction: "disciplined 16 service members", "sacked about 300"
_COUNT_NEXT = (
    r"(?=\s+(?:(?:about|some|nearly|almost|more\s+than|at\s+least|up\s+to|another|a\s+further)\s+)?"
    rf"(?:\d|(?i:{NUMBER_WORD})\b|dozens\b|hundreds\b|thousands\b))"
)
_SPELLED_COUNTS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
    "forty", "fifty", "dozen", "several", "multiple", "criminal", "separate", "additional", "federal",
)  # fmt: skip
_VERBS = (
    # "has rejected reports that ...": the reports of others, a noun after a verb of denial
    r"said|says|say|reported|(?<!rejected\s)(?<!rejects\s)(?<!denied\s)(?<!denies\s)(?<!dismissed\s)(?<!disputed\s)"
    r"(?<!dismisses\s)(?<!disputes\s)reports|announced|announces|told|tells|added|adds|estimated|estimates"
    # "guilty on nine of the 11 counts": charges, a noun after a number
    r"|counted|counts(?<![\d]\scounts)(?<!\bthe\scounts)(?<!\ball\scounts)"
    # "on all seven counts", "two counts of fraud": charges after a spelled-out number
    + "".join(rf"(?<!\b{w}\scounts)" for w in _SPELLED_COUNTS)
    + r"|count(?=\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|at\s+least|up\s+to)\s+)?\d)"
    r"|recorded|records|confirmed|confirms|stated|states(?!\s*(?:[.,;:)]|$|and\b|in\b|of\b|are\b|were\b|have\b|had\b|is\b|was\b|will\b|would\b))|claimed(?!\s+(?:[\w,]+\s+){0,3}?lives\b)|claims(?!\s+(?:[\w,]+\s+){0,3}?lives\b)|listed|lists"
    rf"|gave(?!\s+way\b)|gives(?!\s+way\b)|{_PUT}|published|publishes|registered|registers|tallied|tallies|noted|notes|declared"
    r"|declares|updated|updates|raised|raises|revised|revises|identified|pledged|pledges|promised"
    r"|promises|committed|commits|contributed|contributes|offered|offers|documented|documents|logged"
    r"|tweeted|wrote|writes|replied|replies"
    # an allegation is its accuser's figure ("Prosecutors accuse him of taking $5 million"), never the
    # accused's ("he was accused of taking")
    r"|accuse|accuses|(?<!was\s)(?<!were\s)(?<!been\s)(?<!being\s)(?<!is\s)(?<!are\s)accused(?=\s+(?:him|her|them|it|the|[A-Z]))"
    r"|allege|alleges|(?<!was\s)(?<!were\s)(?<!been\s)(?<!is\s)(?<!are\s)alleged(?=\s+that\b)"
    # "Rousseff responded on Monday with five pacts": an answer in deeds, not words
    r"|(?:responded|responds)(?!(?:\s+(?:on|in|at|late|early|last|this|next|quickly|swiftly|\w+day|\w+days))*\s+(?:with|by)\s+(?!(?:a\s+)?(?:statement|saying|tweet|letter|post)\b))"
    # ("Ana Duarte, released on bail of 80,000 reais, said": a participle's aside, not a release of figures)
    r"|argued|argues|posted|(?<!,\s)released|releases|issued|issues|insisted|insists|acknowledged"
    r"|acknowledges|warned|warns|explained|indicated|indicates|revealed|reveals|detailed|details"
    r"|cited|cites|quoted|calculated|calculates|tallied|compiled|counted|estimated|reckoned"
    r"|reckons|figured|verified|verifies|disclosed|discloses|informed|briefed|stressed|accused"
    r"|would\s+contribute|will\s+contribute|would\s+give|will\s+give|would\s+provide|will\s+provide"
    r"|provided|provides|allocated|allocates|earmarked|donated|donates|approved|approves|unveiled"
    r"|shows?|showed|suggests?|suggested|indicated"
    # "The Pentagon relays National Guard Bureau figures showing about 50,000 troops deployed"
    r"|(?:(?<=figures\s)|(?<=data\s)|(?<=numbers\s)|(?<=estimates\s)|(?<=records\s))showing"
    # "A Red Cross tally found 460 bodies": a count's finding is its keeper's figure
    # (the noun checked behind the verb once it matched: a lookbehind first would run at every position)
    r"|found(?:(?<=tally\sfound)|(?<=count\sfound)|(?<=survey\sfound)|(?<=study\sfound)|(?<=census\sfound)|(?<=audit\sfound)|(?<=review\sfound)|(?<=analysis\sfound))"
    # what assessors and inspectors found is their count: "Government assessors have found more than 500,000
    # homes destroyed" (never rescuers finding bodies: a search, not a count)
    r"|found(?:(?<=assessors\sfound)|(?<=inspectors\sfound)|(?<=auditors\sfound)|(?<=surveyors\sfound)"
    r"|(?<=assessors\shave\sfound)|(?<=inspectors\shave\sfound)|(?<=auditors\shave\sfound)|(?<=surveyors\shave\sfound))"
    r"|finds(?:(?<=tally\sfinds)|(?<=count\sfinds)|(?<=survey\sfinds)|(?<=study\sfinds)|(?<=census\sfinds)|(?<=audit\sfinds)|(?<=review\sfinds)|(?<=analysis\sfinds))"
    r"|proposed|proposes|recommended|recommends|agreed|agrees|set\s+aside|sets\s+aside|budgeted|invested|invests|disbursed|disburses"
    # "Juncker is expected to propose on Wednesday that EU countries share 120,000 asylum seekers"
    r"|(?:is|are|was|were)\s+(?:expected|due|set)\s+to\s+(?:propose|announce|present|unveil|report|publish)"
    r"|granted|grants|lent|lends|loaned|sent|sends|delivered|delivers|will\s+(?:send|spend|invest|release|donate|contribute|fund|pay|finance)"
    r"|funded|financed"
    r"|plans\s+to\s+(?:spend|send|release|invest|give|provide)"
    # (never the passive "The militants are believed to be holding 15 people": someone believes it of them)
    r"|believes?|believed(?!\s+to\s+(?:be|have)\b)|thinks?|fears?|feared|expects?|(?<!than\s)(?<!as\s)(?<!been\s)expected|predicted|predicts|forecasts|projects|projected|appealed|appeals|requested|requests"
    r"|sought|seeks|asked\s+for|asks\s+for|needs|needed"
    # a payer gives the money as a donor does: "Zara paid $2.5 million into the fund"
    r"|paid|pays"
    # people moved out of danger by a body are its count: "authorities moved more than 500,000 people out of
    # its path", "Governor Rick Scott urged 1.5 million people to leave", "officials have linked 329 cases"
    r"|(?:evacuated|evacuates|moved|relocated|urged|urges|linked)(?=\s+(?:(?:about|some|around|nearly|almost"
    r"|more\s+than|over|at\s+least|up\s+to|an\s+estimated)\s+)?\d)"
    # money withheld is the withholder's sum: "the World Bank had refused to release a $1.26 billion loan"
    r"|(?:refused|refuses|declined|declines)\s+to\s+(?:release|hand\s+over|disburse|pay|lend|provide|transfer)"
    # a buyer names its price: "Germany's federal police had bought a copy of the data for about 5 million
    # euros", "Alpha Natural Resources, which bought Massey for about $7.1 billion"
    # (only with its price: "the corporation has bought 68 flats" is a deed told, not a figure given)
    r"|(?:bought|buys|acquired|acquires)(?=[^.;]{0,80}?\bfor\s+(?:(?:about|around|some|nearly|roughly|almost|more\s+than"
    r"|over|less\s+than|an\s+estimated)\s+)?(?:(?:US|A|C|HK|NZ)?[$€£¥]|\d[\d,.]*\s*(?:million|billion)?\s*(?:euros?"
    r"|pounds|dollars|yen|yuan|rupees|ringgit|pesos|francs|kronor|won)\b))"
    r"|unveils|mobilised|mobilized|spent"
    # "fire officials spoke of 59 dead": what they spoke of is their figure
    r"|spoke\s+of|speaks\s+of|(?<=had\s)spoken\s+of|(?<=has\s)spoken\s+of|(?<=have\s)spoken\s+of|talked\s+of|talks\s+of"
    # an estimate arrived at ("came up with a range of 20,000 to 100,000", "it settled on 35,000"), a
    # court's finding ("A federal judge ruled Thursday that 3.19 million barrels ...")
    r"|came\s+up\s+with|comes\s+up\s+with|settled\s+on|settles\s+on"
    r"|ruled(?=\s+(?:[\w-]+\s+){0,2}that\b)|rules(?=\s+(?:[\w-]+\s+){0,2}that\b)"
    r"|lowered|lowers|doubled|doubles|tripled|launched\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}appeal|launches\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}appeal"
    # "the WHO launched a $100 million response plan": the plan's sum is its launcher's
    r"|launch(?:ed|es)(?=\s+(?:an?\s+)?(?:(?:US|A|C)?[$€£¥]\d|\d[\d,.]*\s*(?:million|billion)?\s*(?:euros?|pounds|dollars|yen|yuan|rupees)))|(?:is|are)\s+sending|(?:is|are)\s+deploying"
    r"|given"  # only after has/had/have: "X had given a toll of 144" (see find_mentions)
    # present tense after a plural subject, when what follows can only be what is said
    # ("Gaza officials estimate that ...", "Rescuers report that ..."), never the noun ("an estimate of")
    r"|(?:estimate|report|confirm|warn)(?=\s+(?:that\b|(?:about|around|some|nearly|at\s+least|more\s+than|up\s+to)"
    r"\s+\d|\d))"
    # "U.S. and Russian officials estimate the stockpile at about 1,000 tons"
    r"|estimate(?=\s+(?:the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?at\s)"
    # "The police still give the toll as 125": a plural subject giving a count, never "give way"
    r"|give(?=\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+)?(?:toll|figure|count|number|tally|total|estimate)\b)"
    # a body at work on the count owns it: "The FBI is also checking 80 further names"
    r"|(?:is|are|was|were)\s+(?:also\s+|still\s+|now\s+)?(?:checking|examining|investigating|reviewing|verifying"
    r"|tracing|processing)"
    # a report in progress is still the reporter's: "the broadcaster was by then reporting 215 dead"
    r"|(?:is|are|was|were)\s+(?:also\s+|still\s+|now\s+|already\s+|by\s+then\s+)?(?:reporting|saying|estimating"
    r"|citing|counting)"
    # pricing something is estimating it: "a plan the government costs at $11.5 billion" (never "costs at
    # least $5 billion", where the thing itself costs)
    r"|(?:costs|costed|prices|priced|values|valued)(?=\s+(?:[\w-]+\s+){0,4}?at\s+(?!least\b|most\b))"
    # cutting a count is revising it: "the ministry cut the death toll to 253", never "cut the budget"
    r"|(?:cut|cuts|cutting)(?=\s+(?:the|a|an|its|their|her|his)\s+(?:[\w-]+\s+){0,2}(?:toll|figure|count|number|tally"
    r"|total|estimate)s?\b)"
    r"|deployed|deploys|corrected|corrects|increased|increases"
    # who fines or freezes sets the sum: "Ibama fined the company 250 million reais", "a judge froze 1
    # billion reais of its funds"
    # (a sum or a haul only: "the 276 schoolgirls it seized" were taken, not counted)
    r"|fined|fines|froze|freezes|(?:seized|seizes|confiscated)(?=\s+(?:[\w-]+\s+){0,4}?(?:[$€£¥₹]|\d[\d,.]*\s*(?:kg\b"
    r"|kilo|tonnes?\b|tons?\b|million|billion|pounds?\b|euros?\b|dollars?\b|rupees?\b|naira\b|yuan\b"
    # ... or goods: "Police also seized some 12,000 pieces of jewellery", "seized 40 guns"
    r"|(?:[\w-]+\s+)?(?:guns|rifles|weapons|firearms|pieces|items|handbags|watches|bottles|packets|vehicles|cars"
    r"|boats|phones|computers|documents|passports|bars|kilograms|grams)\b)))"
    # "the United Arab Emirates made the largest cash gift, $50 million": the giver
    r"|made(?=\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:gift|donation|pledge|contribution|offer)s?\b)"
    # who arrests or charges people counts them: "Police arrested five people", "Prosecutors charged 16"
    r"|arrested|detained|charged|indicted"
    # "the Justice Department unsealed a 47-count indictment charging 14 people": who brings the charges
    r"|(?:unsealed|unseals|filed|files|brought|brings)(?=\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:indictments?"
    r"|criminal\s+complaints?|charges)\s+(?:charging|against|accusing)\b)"
    # a court's verdict or sentence and a body's sanction are its figures: "a federal jury convicted four
    # men", "a judge jailed the four", "the judge imposed a fine of $3.5 million", "Central Command
    # disciplined 16 service members" (never "dismissed reports that 50 died": a count must follow)
    # (past tense only where the present is also a noun: "convicts", "sentences", "jails")
    r"|convicted|sentenced|jailed|imprisoned|acquitted|acquits|imposed|imposes"
    rf"|(?:disciplined|disciplines|dismissed|dismisses|sacked|sacks|suspended|suspends){_COUNT_NEXT}"
    # a sum or rate someone sets is theirs: "Judge Farish set the reparation at $110,000", "the bank cut
    # its benchmark interest rate to 1.5 percent", "the government drew up a budget of 11.8 trillion won"
    r"|(?:set|sets)(?=\s+(?:the|its|their|a|an)\s+(?:[\w-]+\s+){0,3}?at\s)"
    r"|(?:cut|cuts|raised|raises|lowered|lowers|hiked|hikes)(?=\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?rates?\b)"
    r"|(?:drew|draws|drawn)\s+up(?=\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:budget|package|plan)s?\b)"
    # who asks another for a sum needs it: "Kerala had asked the central government for 22 billion rupees"
    r"|asked(?=\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?for\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+"
    r"|at\s+least\s+|up\s+to\s+|an\s+extra\s+|another\s+)?(?:[$€£₹]|[A-Z]{1,2}\$)?\d)"
    # a count held where it stood is still given: "the agency kept its count at 56"
    r"|(?:kept|keeps|keeping|left|leaves|leaving)(?=\s+(?:its|the|their|his|her)\s+(?:[\w-]+\s+){0,2}"
    r"(?:toll|count|tally|figure|estimate|total)s?\s+(?:at|unchanged)\b)"
    # "The army had named 19 fighters": naming a number of people is counting them
    r"|named(?=\s+(?:(?:about|some|nearly|more\s+than|at\s+least|only)\s+)?(?:\d|(?:one|two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    r"|a\s+hundred|hundreds|dozens)\b))"
    # "The king instructed the fund to contribute 2 billion dirhams": who orders the spending
    r"|instructed|ordered|directed"
    # an inquiry's findings are its figures: "A House committee has found that 376 officers ...", "...,
    # the panel found." -- never "found 40 bodies", a search and not a finding
    r"|(?:found|finds|concluded|concludes|determined|determines|established)(?=\s+(?:(?:last|this|earlier|in|on)"
    r"\s+\w+\s+)?that\b|\s*[,.;]|\s*$"
    # "..., Justice Dennis O'Connor concluded on Friday in the first report of his public inquiry"
    r"|(?:\s+(?:on|last|this|earlier)\s+\w+)?(?:\s*[,.;]|\s*$|\s+in\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:report|ruling|findings|judgment|judgement|review)\b))"
)
#: an adverb before the verb ("officially said"), never a noun that ends like one ("the Smith family said")
_ADVERB_LY = r"(?!(?:family|assembly|ally|rally|supply|anomaly|monopoly|homily|melancholy)\b)[a-z]+ly"
_AUX = (
    r"(?:(?:has|had|have|also|still|later|earlier|previously|separately|then|now|again|first|initially"
    r"|originally|since|already|subsequently|meanwhile|further|likewise|similarly|itself|themselves|himself|herself|together|too"
    # a modal before the verb is the speaker's too: "the company will put $300 million into a fund"
    r"|(?<![A-Z])(?:will|would|could|should|must|might)"
    # a second verb of the same subject: "X went further and pledged", "X stepped in and offered"
    r"|(?:went|go|goes)\s+(?:further|one\s+better)\s+and|stepped\s+in\s+and|followed\s+suit\s+and"
    rf"|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|{_ADVERB_LY})\s+)*"
)
_PERFECT_RE = re.compile(r"\b(?:has|had|have)\b")
_COMPARED_LEAD_RE = re.compile(
    r"(?:far\s+|well\s+|much\s+|way\s+)?(?:above|below|beyond|under|(?:more|less|fewer|higher|lower)\s+than)\s",
    re.IGNORECASE,
)
#: a count a named body made of others' figures is that body's: "An Associated Press count of figures ..."
_OWNED_COUNT_RE = re.compile(
    r"^(?:[Aa]n?|[Tt]he)\s+(?P<owner>(?:[A-Z][\w.'’&-]*|of)(?:\s+(?:[A-Z][\w.'’&-]*|of)){0,4})\s+"
    r"(?:count|tally|analysis|review|calculation|compilation)\b(?!\s+(?:by|from)\b)"
)
#: a figure compared with another's: "far above the toll X has given", "more than the 500 X counted"
_COMPARED_BEFORE_RE = re.compile(
    r"\b(?:above|below|than|beyond|exceeding|short\s+of|compared\s+with|against)\s+$", re.IGNORECASE
)
_TRANSACTION_VERBS = r"bought|buys|acquired|acquires|refused|refuses|declined|declines"
_MOVED_PEOPLE_VERBS = r"evacuated|evacuates|moved|relocated|urged|urges|linked"
_ACTION_VERB_RE = re.compile(
    r"(?:lowered|lowers|doubled|doubles|tripled|launche[ds]|(?:is|are)\s+(?:sending|deploying)|deployed|deploys"
    r"|corrected|corrects|increased|increases|arrested|detained|charged|indicted"
    rf"|{_TRANSACTION_VERBS}|{_MOVED_PEOPLE_VERBS})\b"
)
_PERPETRATORS_RE = re.compile(
    r"(?:(?:in|on|at|by|last|this|earlier|later)\s+[\w'’]+(?:\s+\d{4})?,?\s+)?"
    r"(?:the\s+|unknown\s+|suspected\s+)*(?:hackers|thieves|robbers|fraudsters|scammers|smugglers|traffickers"
    r"|looters|gunmen|attackers|assailants|bombers|arsonists)\b",
    re.IGNORECASE,
)
#: a buyer's or a withholder's verb: a plain plural doing it ("Residents bought", "Tenants refused to pay")
#: is people in the street, no one giving a figure
_TRANSACTION_RE = re.compile(rf"(?:{_TRANSACTION_VERBS})\b")
_MOVED_PEOPLE_RE = re.compile(rf"(?:{_MOVED_PEOPLE_VERBS})\b")
_EVENT_NAME_RE = re.compile(
    r"^(?:[Tt]he\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:[Ff]ire|[Bb]laze|[Ww]ildfire|[Ss]torm|[Qq]uake|[Ee]arthquake|[Tt]sunami"
    r"|[Ff]loods?|[Ww]ar|[Bb]ombings?|[Cc]rash|[Dd]isaster|[Oo]utbreak|[Ee]pidemic|[Pp]andemic|[Ee]ruption|[Cc]ollapse"
    r"|[Ss]hooting|[Mm]assacre|[Ss]iege)"
    r"|(?:Hurricane|Typhoon|Cyclone|Storm|Tropical\s+Storm)\s+[A-Z]\w+)$"
)
_COURT_AGENT_RE = re.compile(
    r"\b(?:was|were|been|being)\s+(?:fined|ordered\s+to\s+pay|sentenced|convicted|jailed)\b[^.;]{0,60}?\b(?:by|in)\s+"
    r"(?P<court>(?:the\s+|a\s+)?(?:[A-Z][\w'’-]*\s+){0,4}(?:[Cc]ourt|[Tt]ribunal)(?:\s+of\s+(?:[A-Z][\w'’-]*\s*){1,3})?)"
)
#: people who speak for what they saw but act for no body: "Residents moved 300 cars"
_LAY_PEOPLE_RE = re.compile(
    r"\b(?:residents|survivors|witnesses|protesters|demonstrators|relatives|families|villagers|neighbou?rs"
    r"|passengers|students|workers|volunteers|strikers)$",
    re.IGNORECASE,
)
_PLAIN_PLURAL_RE = re.compile(
    r"(?:[Tt]he\s+)?(?!Philippines|Netherlands|Maldives|Bahamas|Seychelles|Comoros|Emirates)[A-Z]?[a-z]+s"
)
_SPEECH_RE = re.compile(rf"(?<!-)\b(?:{_VERBS})\b")  # never the tail of "state-funded"
#: every word that can start an attribution verb: a cheap test before running _SPEECH_RE
_VERB_WORDS = frozenset(
    w
    for word in re.findall(r"[a-z]+", _VERBS.replace(_PUT, "puts"))
    for w in (word, word[:-1] if word.endswith("s") else word)
) - {"s", "", "to", "for", "aside", "and", "in", "of", "the", "its", "their", "his", "her", "at", "a", "an"}
_LOWER_WORD_RE = re.compile(r"[a-z]+")


def _speech_verbs(sentence: str) -> list[re.Match[str]]:
    """What ``_SPEECH_RE.finditer(sentence)`` finds, tried only where a word of ``_VERB_WORDS``
    starts: every match opens on one (a whole run of lowercase letters, after a word boundary), and
    trying the ~150 verbs at every word of every sentence cost more than the rest of the search."""
    found: list[re.Match[str]] = []
    end = 0
    for word in _LOWER_WORD_RE.finditer(sentence):
        if word.start() < end or word.group() not in _VERB_WORDS:
            continue
        m = _SPEECH_RE.match(sentence, word.start())
        if m is not None:
            found.append(m)
            end = m.end()
    return found


_AUX_TAIL_RE = re.compile(
    r"(?:\b(?:has|had|have|also|still|later|earlier|previously|separately|then|now|again|first|initially"
    r"|originally|since|already|subsequently|meanwhile|further|likewise|similarly|itself|themselves|himself|herself|together|too"
    # a modal before the verb is the speaker's too: "the company will put $300 million into a fund"
    r"|(?<![A-Z])(?:will|would|could|should|must|might)"
    r"|(?:went|go|goes)\s+(?:further|one\s+better)\s+and|stepped\s+in\s+and|followed\s+suit\s+and"
    # "The HDP continues to put the number of dead at 128"
    r"|(?:continues|continued|continue|went\s+on|goes\s+on|began|begins|started|starts|appeared|appears"
    r"|seemed|seems|moved|moves)\s+to"
    rf"|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|{_ADVERB_LY})\s+)+$"
)
_INVERTED_RE = re.compile(
    # ("..., a margin of 383,937 votes, announced Chief Counting Officer X": who announced it)
    r"(?:[,\"”'’]\s*|^)(?:said|says|added|adds|reported|wrote|noted|announced|declared|confirmed)\s+"
    r"(?P<np>(?:the\s+|a\s+|an\s+)?(?!that\b|it\b|there\b|on\b|in\b|at\b|the\s+(?:toll|figure|number))"
    # "Statoil said eight of its Norwegian staff were ...": a count opens what was said, no speaker
    rf"(?!(?:{NUMBER_WORD}|hundreds|thousands|dozens|scores|some|about|nearly|more|at\s+least|up\s+to)\b)[A-Za-z]"
    # an initial's dot is part of a name ("said state police chief A.N. Roy")
    r"(?:[^,.;:!?\"“”()\d]|(?<=\b[A-Z])\.(?=\s*[A-Z])){1,80}?)"
    r"(?=\s*(?:[.!?;][\"”’)]*\s*$|$|,\s+(?:a|an|the|who|whose|which|adding|citing|according|in|on|at"
    # "said Health Minister Duane Sands, warning that the number would climb"
    r"|warning|saying|noting|stressing|telling|describing|calling|urging|explaining|insisting|speaking"
    # "said Omar Saleh, head of the local council"
    r"|head|director|chief|spokes(?:man|woman|person)|minister|mayor|governor|president|leader|secretary"
    r"|commander|founder|coordinator|deputy|acting|senior)\b"
    r"|\s+(?:in|on|at)\s+(?:a|an|the|its|his|her|their)\s+(?:statement|report"
    r"|briefing|news\s+conference|press\s+conference|post|update|interview|tweet)|\s+on\s+(?:Monday|Tuesday"
    r"|Wednesday|Thursday|Friday|Saturday|Sunday)"
    # where the speaker stood: "announced the returning officer at the national count in Ingliston"
    r"|\s+(?:at|outside)\s+(?:the|a)\s+(?:(?:national|final|official|regional|central)\s+)?(?:count|counting\s+centre"
    r"|scene|site|ceremony|rally|summit|news\s+briefing|memorial|vigil|hearing|airport)\b))",
)
_FINITE_VERB_RE = re.compile(r"\b(?:had|has|have|was|were|is|are|would|will|could|should|did|does|do|must)\b")
#: when a gift was made, between its participle and its giver ("pledged last week by X")
_WHEN_BEFORE_BY = (
    r"(?:(?:on\s+\w+day|(?:last|this|earlier\s+this)\s+(?:week|month|year|weekend)|in\s+[A-Z]\w+|earlier"
    r"|yesterday)\s+)?"
)
#: a gift's participle with its giver: "the $2 million pledged by X", "donated on Monday by X"
_GIVEN_BY = (
    rf"(?:offered|pledged|promised|given|committed|contributed|provided|donated)\s+{_WHEN_BEFORE_BY}by"
)
#: a character of a source's name: no punctuation but the dots of a web domain ("350.org") or of an
#: initialism ("the U.N. agency", "John F. Kennedy")
_NP_CHAR = r"(?:[^,.;:!?\"“”()]|\.(?=[a-z]{2,6}\b)|(?<=\b[A-Z])\.(?=[A-Z]\.|\s+[A-Za-z]))"
_ACCORDING_RE = CaselessPattern(
    re.compile(
        # "according to a study published on Wednesday in The Lancet": the journal that carried it
        r"\b(?:according\s+to\s+an?\s+(?:new\s+)?(?:study|paper|report|analysis|survey)\s+(?:published|released)\s+"
        r"(?:(?:on\s+\w+day|last\s+\w+|this\s+\w+)\s+)?in(?=\s+(?:the\s+)?[A-Z])"
        r"|according\s+to|per(?=\s+(?:the\s+|[A-Z]))|citing|cited\s+by|as\s+reported\s+by|reported\s+by|as\s+announced\s+by"
        r"|announced\s+by|released\s+by|published\s+by|compiled\s+by|issued\s+by|provided\s+by|offered\s+by"
        r"|pledged\s+by|promised\s+by|given\s+by|confirmed\s+by|counted\s+by|estimated\s+by|claimed\s+by"
        r"|recorded\s+by|announced\s+by|tallied\s+by|put\s+forward\s+by|committed\s+by|contributed\s+by"
        # "the 234 listed by parents", "the 40 registered by the agency"
        r"|listed\s+by|registered\s+by|gathered\s+by|supplied\s+by"
        # a penalty or a payment and who set it: "a penalty of 99 million reais imposed by the secretariat"
        r"|imposed\s+by|levied\s+by|approved\s+by|allocated\s+by|awarded\s+by|ordered\s+by"
        # never "with smaller numbers from Germany, Belgium and Canada": people, counted from where they came
        r"|(?<!smaller\s)(?<!larger\s)(?<!small\s)(?<!large\s)(?<!similar\s)(?<!equal\s)(?<!growing\s)"
        r"(?:figures|data|numbers|statistics|tall(?:y|ies)|counts?|estimates?|records)\s+(?:from|by)"
        r"|a\s+(?:tally|count|report|statement|survey|census|estimate|poll|study|review|analysis|audit)\s+(?:from|by)"
        # "a poll published on Wednesday by X", "a survey carried out last month by X"
        r"|(?:published|released|conducted|carried\s+out|compiled|issued|announced|pledged|promised|approved|documented"
        r"|recorded|counted|registered|put\s+forward)"
        r"\s+(?:on\s+\w+day|(?:last|this|earlier\s+this)\s+(?:week|month|year|january|february|march|april|may|june|july|august"
        r"|september|october|november|december)|in\s+[A-Z]\w+(?:\s+\d{4})?|in\s+\d{4})\s+by"
        # "the $90 million appeal launched in March by the federation": who launched an appeal asks for it
        # (never "the offensive launched by the army": an offensive gives no figure)
        r"|(?:appeal|fund|fundraiser|drive)\s+launched\s+(?:(?:on\s+\w+day|(?:last|this|earlier\s+this)\s+(?:week"
        r"|month|year)|in\s+[A-Z]\w+)\s+)?by"
        r"|(?:an?|the)\s+(?:[\w-]+\s+)?(?:appeal|call|request|plea)\s+by"
        # "Each received 915,000 yuan, a sum set by the provincial government": who fixed the amount
        r"|an?\s+(?:sum|figure|amount|rate|total)\s+(?:[\w-]+\s+)?(?:set|fixed|agreed|calculated|decided)\s+by"
        # "By NOAA's figures, closures covered 37 percent": whose reckoning the figure is by
        r"|by(?=\s+(?:the\s+)?(?:[\w.&-]+\s+){0,3}?[\w.&-]+(?:'s|’s|s'|s’)\s+(?:[\w-]+\s+)?(?:figures|count|tally"
        r"|estimates?|reckoning|calculations?|data|numbers|records)\b)"
        # "340,000 people by the police count", "by an AFP tally"
        r"|by(?=\s+(?:the|an?)\s+(?:[\w.&-]+\s+){1,3}?(?:count|tally|estimate|reckoning)\b(?!\s+of\b))"
        # "killing 54 people by the count of Human Rights Watch"
        r"|by\s+the\s+(?:[\w-]+\s+)?(?:count|tally|reckoning|estimate|figures)\s+of(?=\s+(?:the\s+)?[A-Z])"
        rf"|{_GIVEN_BY})\s+"
        # the name stops before a second figure coordinated with the first ("the 129 given by state
        # officials and the 234 listed by parents")
        rf"(?P<np>{_NP_CHAR}(?:(?!\s+and\s+(?:the\s+)?\d){_NP_CHAR}){{1,139}})",
        re.IGNORECASE,
    )
)
#: a web domain used as a name: "350.org", "Change.org", "Booking.com"
_DOMAIN_NAME_RE = re.compile(r"[\w-]+(?:\.[a-z]{2,6})+")
_NP_LEAD_STRIP_RE = CaselessPattern(
    re.compile(
        r"^(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:figures|data|numbers|statistics|tally|count|estimates?"
        r"|toll|reports?|statements?|tallies|notices?|documents?|filings?|papers|records?|calculations?|analysis"
        r"|survey|census|assessment)\s+(?:[\w-]+\s+){0,4}?(?:from|by|of|released\s+by|published\s+by"
        r"|compiled\s+by|issued\s+by|sent\s+by)\s+(?=[A-Za-z])",
        re.IGNORECASE,
    )
)
_NP_TAIL_CUT_RE = re.compile(
    r"\s+(?:that|which|who|show(?:s|ed)?|suggest(?:s|ed)?|indicate[sd]?|put|puts|and\s+(?=[a-z]*ed\b)|said"
    r"|says|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|in\s+(?:a|an|its|their|the)"
    r"\s+(?:statement|report|update|briefing|post)|as\s+of|at\s+least|more\s+than|had|has|have|were|was"
    r"|is|are|since|while|when|after|before|until|late|early|last|this|earlier|later|between"
    r"|among|including|but)\b.*$|\s+(?:and\s+)?(?:US\$|\$|€|£)?\d.*$"
    # when and why, never who: "imposed by FIFA's ethics committee in October over a payment of"
    r"|\s+in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b.*$"
    r"|\s+over\s+(?:a|an|the|its|their|his|her)\s.*$"
    # "lenders meeting at U.N. headquarters": where they met is no part of who they are
    r"|\s+(?:meeting|gathered|gathering|assembled|attending|convened)\s+(?:at|in|for)\b.*$"
    # a name goes on through "for the" + a capital: "the Office for the Coordination of ..."
    # ("a person with knowledge of the talks": an unnamed source, told by what it knows)
    r"|(?<!\bperson)(?<!\bpeople)(?<!\bsources)(?<!\bsource)(?<!\bofficials)(?<!\bofficial)"
    r"\s+(?:to|for|with)\s+(?!(?:the\s+)?[A-Z]).*$",
    re.DOTALL,
)
# "X's figures": find the possessive tail first, then the owner in the few words before it
_POSSESSIVE_TAIL_RE = re.compile(
    r"(?:'s|’s|s'|s’)\s+"
    r"(?:(?:latest|own|official|new|updated|provisional|final|preliminary|daily|revised|initial|earlier|first"
    r"|previous|widely\s+cited|cumulative|running|early|last|most\s+recent|conservative|unofficial|independent)\s+)*"
    r"(?:figures?|tall(?:y|ies)|counts?|data|estimates?"
    r"|death\s+toll|tolls?|numbers|statistics|records|reports?|updates?|calculations?|trackers?|database"
    r"|surveys?|polls?|study|analysis|breakdowns?|lists?|manifests?)\b",
)
#: a count judged, not given: "If the organisers' count is right, ...", "the ministry's figure was wrong"
_JUDGED_COUNT_RE = re.compile(
    r"\s+(?:is|was|were|are|be|proves?|proved|turns?\s+out|turned\s+out)\s+(?:to\s+be\s+)?(?:\w+ly\s+)?(?:right|accurate"
    r"|correct|true|wrong|inaccurate|exaggerated|inflated|accepted|disputed|challenged|credible)\b"
)
_POSSESSOR_RE = re.compile(
    r"(?:(?:\bthe|\ba|\ban)\s+)?(?:[\w&'’-]+\s+){0,3}?(?:[A-Z][\w.&-]*|ministry|agency|office"
    r"|army|military|police|government|authorities|unions?|organisers|organizers|officials|prefecture"
    r"|monitor|observatory|service|services|forces|council|committee|commission|institute|board|bureau"
    r"|department|administration|authority|coalition|consortium|centre|center|tribunal|panel|inquiry"
    r"|mission|secretariat|directorate"
    # a body by its trade, named before: "the airline's first breakdown", "the company's figures"
    r"|airline|carrier|company|operator|charity|firm)$",
)
#: a possessive right before an amount of money: "the Pinault family's 200 million euros"
_POSSESSIVE_AMOUNT_RE = re.compile(
    r"(?:'s|’s|s'|s’)\s+(?:(?:own|initial|promised|pledged|original|latest)\s+)?"
    # a dollar of a named country ("Australia's A$1 billion", "Canada's C$50 million") is a dollar too
    r"(?:(?:US\$|A\$|AU\$|C\$|CA\$|NZ\$|HK\$|S\$|\$|€|£|¥|₹)\d[\d,.]*(?:\s+(?:million|billion|thousand|m|bn))?"
    r"|\d[\d,.]*(?:\s+(?:million|billion|thousand))?\s+(?:euros?|dollars?|pounds?|yen|yuan|francs?|rupees?"
    r"|kronor|krona|kroner|rand|dirhams?|riyals?|pesos?|naira|shillings?|cedis?|lira|liras|roubles?|rubles?|won"
    r"|baht|ringgit|zlotys?|hryvnias?|rupiah|taka|reais|real|soles?|dinars?|pounds?\s+sterling)\b)"
)
#: what ends the words before an owner: a figure, a coordinator or a comma
_OWNER_SEPARATOR_RE = re.compile(r"\d[\w,.]*\s|\band\s|\bor\s|,\s")
#: who owns an amount: a body, a family, a company, a named donor (never "the city's", "last year's")
_AMOUNT_OWNER_RE = re.compile(
    r"(?:(?:\bthe|\ba|\ban)\s+)?(?:[\w&'’-]+\s+){0,3}?(?:[A-Z][\w.&-]*|ministry|agency|government|family"
    r"|foundation|company|group|fund|bank|charity)$",
)
_GAPPED_RE = re.compile(
    r"(?:^|[,;]\s*|\band\s+|\bwhile\s+|\bwhereas\s+)(?P<np>(?:the\s+)?(?:[A-Z][\w.'’-]+\s+){0,2}[A-Z][\w.'’-]+"
    r"|unions|the\s+unions|organisers|organizers|the\s+organisers|the\s+organizers|police|the\s+police"
    r"|officials|authorities|the\s+(?:[a-z]+\s+)?(?:prefecture|ministry|agency|government|army|military|council"
    r"|union|federation))\s+(?=(?:at\s+)?(?:(?:nearly|about|almost|around|roughly|some|over|more\s+than|at\s+least"
    r"|up\s+to|as\s+many\s+as|fewer\s+than|less\s+than|just\s+over|just\s+under|close\s+to)\s+)?"
    r"(?:US\$|\$|€|£|¥|₺|₪)?\d)",
)
_QUOTED_RE = re.compile(
    r"\s(?:was|were|has\s+been|had\s+been|is|are)\s+quoted\s+"
    # "which was quoted on Sunday as saying": when it was quoted says nothing of who speaks
    r"(?:(?:on|last|earlier|this)\s+[A-Z]?[a-z]+\s+)?(?:by\s+(?P<relay>[^,;.]{2,80}?)\s+)?"
    r"(?:(?:on|last|earlier|this)\s+[A-Z]?[a-z]+\s+)?as\s+saying"
)
#: "The statement quoted President X as saying ...": the one quoted speaks, not the quoting document
#: a figure just told, and who gave it: "The figure came on Saturday from the State Security Council",
#: "That toll was released by the health ministry"
_FIGURE_CAME_FROM_RE = re.compile(
    r"(?:\b(?i:the|that|this|these|those)\s+(?:[a-z]+\s+){0,2}?(?:figures?|toll|tally|count|numbers?|estimates?)\s+"
    r"(?:came|come|comes|was\s+(?:given|released|provided|issued|published|announced)|were\s+(?:given|released"
    r"|provided|issued|published|announced))"
    # "That was the latest count from the country's national emergency commission", "Those are the
    # findings of Human Rights Watch"
    r"|\b(?:That|This|Those|These)\s+(?:was|were|is|are)\s+the\s+(?:[a-z]+\s+){0,2}?(?:figures?|toll|tally|count"
    r"|numbers?|estimates?|findings|conclusions?)(?:\s+(?:given|released|provided|issued|published|announced))?)"
    r"\s+(?:(?:on|late\s+on|early\s+on|in)\s+\w+\s+)?(?:from|by|(?<=findings\s)of|(?<=conclusion\s)of"
    r"|(?<=conclusions\s)of)\s+"
    r"(?P<np>(?:the\s+)?(?:[A-Z][\w.&'’-]*(?:\s+(?:of|for|and|the|on)(?=\s+[A-Z]))?\s+){0,6}[A-Z][\w.&'’-]*"
    r"|the\s+(?:(?:country|nation|state|region|province)['’]s\s+)?(?:[a-z]+\s+){0,3}(?:commission|ministry|agency"
    r"|office|authority|service|department|committee|council|centre|center|institute|bureau)\b)"
)


def gives_figure_before(sentence: str) -> bool:
    """Whether a sentence opens by naming who gave the figure before it ("The figure came on Saturday
    from the State Security Council")."""
    return _FIGURE_CAME_FROM_RE.match(sentence.lstrip()) is not None


#: a description or a post set after a name: ", the group's researcher", ", director general of corrections
#: at the justice ministry", ", head of the local council"
_APPOSED_POST_RE = re.compile(
    r",\s+((?:the|a|an)\s+[^,.;:!?\"“”()]{2,100}"
    r"|(?:head|director|chief|spokes(?:man|woman|person)|minister|mayor|governor|president|leader|secretary"
    r"|commander|founder|coordinator|commissioner|deputy|acting|senior)\b[^,.;:!?\"“”()]{2,100})"
)


_QUOTING_AS_RE = re.compile(
    r"\bquot(?:ed|es|ing)\s+(?P<np>(?:[A-Z]|the\s|its\s|his\s|her\s|their\s)[^,;.]{1,80}?)\s+as\s+(?:saying|telling)\b"
)
#: An original source no more specific than the body relaying it ("NHK, citing local authorities",
#: "the AP, citing unnamed officials", "the UN said, citing government figures"): the relay is the source.
_VAGUE_CITED_RE = re.compile(
    r"^(?:the\s+)?(?:\w+\s+)?(?:figures|data|statistics|numbers|estimates|sources|reports|officials|records"
    r"|documents|lists|registers|logs|tallies)$"
    r"|^(?:the\s+)?"
    r"(?:[a-z][\w-]*\s+){0,2}(?:authorities|officials|sources|witnesses|residents|survivors"
    r"|accounts|media|media\s+reports|medics|doctors|rescuers)$"
)
#: officials of a named body are that body's voice, more specific than the outlet citing them ("ANSA, citing
#: civil protection officials", "the paper reported, citing police sources"): never a vague citation
_BODY_OFFICIALS_RE = re.compile(
    r"^(?:the\s+)?(?:civil\s+protection|civil\s+defen[cs]e|(?:health|interior|defen[cs]e)\s+ministry|ministry|coast\s*guard"
    r"|fire\s+(?:service|brigade|department)|red\s+cross|red\s+crescent|disaster\s+(?:agency|management)|police|army"
    r"|military)\s+(?:officials|sources|authorities)$",
    re.IGNORECASE,
)


#: people who saw it, whom a body cites for what they told it: the body stays the speaker, the citation
#: stays in the attribution ("the IOM said, citing survivors")
_EYEWITNESSES_RE = re.compile(
    r"^(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}(?:witnesses|eyewitnesses|residents|survivors)$", re.IGNORECASE
)


def _vague_cited(np: str) -> bool:
    return _VAGUE_CITED_RE.match(np) is not None and _BODY_OFFICIALS_RE.match(np) is None


_OPENING_CITE_SPEAKER_RE = re.compile(
    r",\s+(?P<spk>[^,;:\"“”]{2,80}?)\s+(?:also\s+)?(?:said|says|reported|reports|told|announced|added|wrote"
    r"|estimated|put)\b"
)
_DATA_WORD_AFTER_RE = re.compile(
    r"\s+(?:latest\s+|official\s+)?(?:figures|data|statistics|numbers|estimates|tally|count|records|survey)\b"
)
_ACTION_AGENT_RE = re.compile(rf"{_GIVEN_BY}\b", re.IGNORECASE)
#: a participle with its agent after it ("the $2 million pledged last week by X"): a passive, whose
#: giver is the agent, not the words before the participle
_AGENT_AFTER_RE = re.compile(rf"\s+{_WHEN_BEFORE_BY}by\s+(?:the\s+|a\s+|an\s+)?[A-Z]", re.IGNORECASE)
_DOCUMENT_BY_RE = re.compile(r"an?\s+[a-z]+\s+(?:from|by)\s", re.IGNORECASE)
_OF_WHAT_RE = re.compile(r"\s+of\s+")
#: "the U.S. government's aid agency", "the city's main hospital": a description by its owner
_POSSESSIVE_DESCRIPTION_RE = re.compile(
    r"^the\s+[^,]{1,60}?(?:'s|’s|s'|s’)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}$"
)
#: "A study paid for by USAID", "a report commissioned by the WHO": a document and who stands behind it
_AUTHORED_DOC_RE = re.compile(
    r"^(?i:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:study|report|survey|analysis|assessment|review|audit|investigation"
    r"|estimate|census|inquiry)\s+(?:[\w-]+\s+){0,3}?(?:by|from)\s+(?P<author>(?:the\s+)?[A-Z][^,;]{0,60})$",
)
#: a finite verb that ends an agent's name: "released by police departments and city administrations
#: found nearly a million" is the departments'
_NAME_ENDING_VERB_RE = re.compile(
    r"\s(?:found|finds|showed|shows|put|puts|said|says|counted|estimated|gave|gives|suggested|suggests"
    r"|reported|recorded|concluded|concludes)\b"
)
_SPEECH_VERBS = frozenset(
    [
        "said",
        "says",
        "say",
        "reported",
        "reports",
        "announced",
        "announces",
        "told",
        "tells",
        "added",
        "adds",
        "stated",
        "states",
        "claimed",
        "claims",
        "confirmed",
        "confirms",
        "declared",
        "declares",
        "noted",
        "notes",
        "tweeted",
        "wrote",
        "writes",
        "replied",
        "replies",
        "responded",
        "responds",
        "argued",
        "argues",
        "posted",
        "estimated",
        "estimates",
        "estimate",
        "report",
        "confirm",
        "warn",
        "insisted",
        "insists",
        "acknowledged",
        "acknowledges",
        "warned",
        "warns",
        "explained",
        "indicated",
        "indicates",
        "revealed",
        "reveals",
        "disclosed",
        "discloses",
        "informed",
        "briefed",
        "stressed",
        "put",
        "puts",
        "gave",
        "gives",
        "given",
        "listed",
        "lists",
        "counted",
        "counts",
        "cited",
        "cites",
        "quoted",
        "calculated",
        "calculates",
        "reckoned",
        "reckons",
        "updated",
        "updates",
        "published",
        "publishes",
        "shows",
        "show",
        "showed",
        "suggest",
        "suggests",
        "suggested",
        "documented",
        "documents",
        "logged",
        "tallied",
        "believe",
        "believes",
        "believed",
        "think",
        "thinks",
        "fear",
        "fears",
        "feared",
        "expect",
        "expects",
        "expected",
    ]
)
_SHOW_VERBS = frozenset(("show", "shows", "showed", "suggest", "suggests", "suggested", "indicated"))
#: the people told, counted right after the verb: "told its 1.1 million public school students"
_TOLD_COUNTED_RE = re.compile(
    rf"\s+(?:its|their|his|her|all\s+(?:its|their))\s+(?:\d|(?:{NUMBER_WORD}|dozens|hundreds|thousands)\b)",
    re.IGNORECASE,
)
_PASSIVE_BEFORE_RE = re.compile(r"\b(?:was|were|been|be|is|are|being)\s+$")
_AND_SAID_RE = re.compile(
    r"(?<=[a-z0-9]),? and (?:also |later |then )?(?:said|says|told [a-z]+|announced|added|estimated|recommended)\b"
)
_PARTICIPLE_RE = re.compile(
    r",\s+(?:saying|adding|noting|stating|estimating|claiming|reporting|announcing|writing|telling|arguing"
    r"|insisting|warning)\b"
)
#: "..., with the interior ministry saying another 12 were missing": the speaker is the subject of
#: the absolute clause, not of the sentence
_IN_A_POLL_RE = re.compile(
    r"\b(?:[Ii]n|[Aa]ccording\s+to)\s+(?:a|an|the)\s+(?:new\s+|recent\s+|latest\s+)?"
    r"(?P<np>(?:[A-Z][\w.'’&-]*\s+){1,5})(?:poll|survey|study)\b"
)
_COUNT_REACHED_RE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?P<np>(?:[A-Z][\w.'’&-]*\s+){1,4})(?:count|tally)\b[^.;:]{0,60}?\s"
    r"(?:passed|reached|rose\s+to|stood\s+at|topped|hit|climbed\s+to|exceeded|surpassed)\b"
)
#: "The highest estimate, about 1,500, came from the U.S. State Department": the estimate's giver
_CAME_FROM_RE = re.compile(
    r"\b(?:estimates?|figures?|counts?|tolls?|tally|tallies|numbers?|assessments?)\b[^.;:]{0,60}?\s"
    r"(?:came|comes|come)\s+from\s+(?P<np>(?:the\s+)?[A-Z](?:[^,;.:]|\.(?=\S)|(?<=\b[A-Z])\.){1,60}?)(?=\s*(?:[,;:]|(?<!\b[A-Z])\.(?!\S)|$|\s+(?:on|in|last|after|which|who)\b))"
)
_WITH_SPEAKER_RE = re.compile(
    rf"\bwith\s+(?P<np>{_NP_CHAR}{{2,80}}?)\s+(?:also\s+|now\s+|later\s+|still\s+)?"
    r"(?:saying|reporting|putting|estimating|counting|confirming|recording|citing)\b"
)
#: "Lassalle cut in, in French, to say the toll was 210", "the minister went on to say": a speaker
#: whose speech verb is an infinitive after a verb of stepping in
_TO_SAY_RE = re.compile(
    r"\b(?:cut\s+in|chimed\s+in|broke\s+in|stepped\s+in|went\s+on|went\s+further|was\s+quick|were\s+quick"
    r"|hastened|rose|took\s+to\s+(?:\w+\s+){0,2}?(?:Twitter|X|Facebook|Telegram|television|the\s+airwaves))"
    r"(?:,[^,;]{1,40},)?\s+to\s+(?:say|add|announce|note|report|confirm|insist|state)\b"
)
#: a body named by two portfolios joined by "and" ("the interior and safety ministry", "Korea's health
#: and welfare ministry"): the first portfolio, right after an article or a possessive ...
_PORTFOLIO_BEFORE_RE = re.compile(r"(?:\b(?i:the|its|their)\s+|['’]s\s+)[a-z]+\s*$")
#: ... and the second with the body's head
_BODY_AFTER_AND_RE = re.compile(
    r"\s*(?!(?:the|a|an|its|their)\b)[a-z]+(?:\s+[a-z]+)?\s+(?:ministry|ministries|department|office|agency|service|commission|council|bureau"
    r"|authority|administration|directorate)\b"
)
_QUOTATION_RE = re.compile(r"[\"“][^\"“”]{3,}[\"”]")
_CITING_AFTER_RE = re.compile(
    # when the relay spoke may come first: "Reuters reported on Nov. 12, citing two people familiar ..."
    r"(?:\s+(?:(?:late\s+|early\s+)?on\s+(?:\w+day|[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})|last\s+\w+"
    r"|yesterday|today|earlier|later))?"
    r",?\s+citing\s+([^,.;:!?\"“”()]{2,120})",
    re.IGNORECASE,
)
_RELAY_RE = re.compile(
    r"(?P<relay>\b(?:the\s+)?[A-Z][^,.;:!?\"“”()]{1,80}?|\bthe\s+[a-z][^,.;:!?\"“”()]{1,60}?),\s+(?:citing|quoting)\s+"
    r"(?P<np>[^,.;:!?\"“”()]{2,120})"
)
_LEAD_QUAL_RE = re.compile(
    r"^(?:(?:nearly|about|almost|around|roughly|some|over|more\s+than|at\s+least|up\s+to"
    r"|as\s+many\s+as|fewer\s+than|less\s+than|just\s+over|just\s+under|close\s+to)\s+)"
)


def _strip_qual(s: str) -> str:
    return _LEAD_QUAL_RE.sub("", s)


_POSSESSIVE_OF_RE = re.compile(
    r"(?P<np>(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)(?:'s|’s)\s+(?:\w+\s+)?(?:contributions?|pledges?"
    r"|donations?|offers?|commitments?|promises?|gifts?|grants?)\s+"
    # "Japan's pledge now stands at up to $500 million": the pledge's size, stated, is the giver's
    r"(?:of|(?:now\s+|still\s+)?(?:stands|stood|is|was|totals|totalled|totaled|comes|came|amounts|amounted)"
    r"(?:\s+(?:at|to))?)\s+"
    r"(?=(?:(?:up\s+to|about|around|some|nearly|almost|more\s+than|over|at\s+least)\s+)?"
    r"(?:US\$|A\$|C\$|NZ\$|\$|€|£|¥)?\d)"
    # "The IMF's refusal this month to hand over a $1.26 billion disbursement", "the government's plan to
    # spend $3 billion": the sum of a body's own decision
    r"|(?P<np2>(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*|[Tt]he\s+(?:government|ministry|bank|fund|company|agency))(?:'s|’s)"
    r"\s+(?:\w+\s+)?(?:refusal|decision|plan|move|agreement|offer|promise|pledge|commitment|proposal|bid|request)"
    r"\s+(?:(?:this|last|next)\s+\w+\s+)?to\s+(?:[\w-]+\s+){1,3}?(?:an?\s+|the\s+|some\s+|about\s+|up\s+to\s+)?"
    r"(?=(?:US\$|A\$|C\$|NZ\$|\$|€|£|¥)\d)"
)
#: Sentence-opening words that qualify the figure after them, never a party to a gapped list
_NOT_A_PARTY = frozenset(
    (
        "another",
        "only",
        "just",
        "some",
        "all",
        "each",
        "every",
        "further",
        "additional",
        "extra",
        "almost",
        "nearly",
        "roughly",
        "around",
        "approximately",
        "over",
        "under",
        "more",
        "less",
        "fewer",
        "barely",
        "even",
        "still",
        "also",
        "then",
        "now",
        "so",
        "yet",
        "but",
        "and",
        "this",
        "that",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "total",
        "overall",
        "altogether",
        "exactly",
        "precisely",
        "at",
        "up",
        "last",
        "next",
        "first",
        "final",
        "initially",
        "originally",
    )
)
#: "... and the police estimate 107,000": a body's estimate right before its figure
_NOT_AN_ESTIMATOR = (
    r"(?:The|A|An|This|That|Its|Their|Initial|Official|Unofficial|Final|Latest|Previous|First|Early|Earlier"
    r"|Preliminary|New|Revised|Updated|Total|Overall|Last|Independent|Conservative|Estimated|Daily|Weekly"
    r"|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August"
    r"|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
#: "... while the police figure was 107,000": a body's figure named by its head, right before it
_COMPOUND_FIGURE_RE = re.compile(
    r"\b(?:the\s+)?(?P<np>police|army|military|organi[sz]ers|unions|government|ministry)\s+(?:figure|number)"
    r"\s+(?:(?:was|is|stood\s+at|at|of)\s+)?"
    r"(?=(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than|at\s+least)\s+)?\d)"
)
_COMPOUND_ESTIMATE_RE = re.compile(
    rf"\b(?:the\s+)?(?P<np>police|army|military|organi[sz]ers|unions?|government|ministry|(?:(?!{_NOT_AN_ESTIMATOR})[A-Z][\w.'’-]+\s+){{0,2}}"
    rf"(?!{_NOT_AN_ESTIMATOR})[A-Z][\w.'’-]+)\s+(?:estimate|count|tally)\s+(?:(?:was|is|stood\s+at|at|of)\s+)?"
    r"(?=(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than|at\s+least)\s+)?\d)"
)
#: a count put at a figure, which the parties after it repeat elliptically ("..., Egypt at 182")
_PUT_AT_BEFORE_RE = re.compile(
    r"\b(?:put|puts|putting|placed|places|estimated|estimates|set|sets)\b[^;:]{0,60}?\bat\s+"
    r"(?:(?:about|some|nearly|more\s+than|at\s+least|over)\s+)?\d[\d,.]*(?:\s+(?:million|billion))?\s*$"
)
_GAPPED_CAPITAL_NEEDS_CURRENCY = re.compile(
    r"^(?:US\$|\$|€|£|¥|₺|₪"
    # "Britain pledged 286 million pounds, Germany 200 million euros": a sum named by its currency word
    r"|\d[\d,.]*\s+(?:(?:million|billion|thousand)\s+)?(?:euros?|pounds|dollars|yen|yuan|rupees|riyals|dirhams"
    r"|francs|kronor|kroner|rand|pesos|reais|rubles|roubles|lira|won|shekels)\b)"
)

#: a body's own books, named through a pronoun: "according to its own accounts"
OWN_BOOKS_RE = re.compile(r"(?:its|their)\s+(?:own\s+)?(?:accounts|books|filings|ledgers|audited\s+accounts)")
_PRONOUNS = frozenset(("it", "he", "she", "they", "its", "we", "officials"))
_DEFINITE_RE = re.compile(r"^(?:the|its|his|her|their)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)$", re.IGNORECASE)
_SOURCE_NOUNS = CaselessPattern(
    re.compile(
        r"\b(?:ministry|ministries|minister|agency|agencies|office|officials?|authorit(?:y|ies)|police|army"
        r"|military|government|spokes(?:man|woman|person)|unions?|organi[sz]ers|rescuers|medics|doctors?"
        r"|hospital|(?<=the\s)hospitals|director|president|premier|chancellor|governor|mayor|monitors?|observatory|groups?|organi[sz]ations?"
        r"|services?|forces|defen[cs]e|prefecture|council|committee|coalition|tally|data|figures|estimates?"
        r"|statement|report|witnesses|relatives|family\s+members|sources?|analysts|experts|researchers|department"
        r"|administration|palace|panel|inquiry|investigation|probe|tribunal"
        r"|cabinet|commission|secretary|chief|head|official|guard|coastguard|red\s+crescent|red\s+cross"
        r"|embassy|envoy|mission|institute|center|centre|bureau|authority|teams?|workers|staff|campaigners"
        r"|activists|charity|charities|ngo|ngos|broadcaster|newspaper|paper|media|outlet|channel|network|survey"
        r"|census|count|regime|state|troops|navy|force|court|prosecutors?|prosecution|investigators|hamas|idf|un|sheriffs?|coroners?"
        r"|commissioners?|examiners?|brigades?|paramedics|attorneys?|judges?|lawmakers?|legislators?|senators?|mps|councillors?"
        r"|administrators?|superintendents?|inspectors?|ambassadors?|diplomats?|company|companies|firms?|(?<=the\s)fund"
        r"|airlines?|operators?|utilit(?:y|ies)|associations?|federations?|confederations?|leagues?"
        r"|universit(?:y|ies)|colleges?|authors|scientists|economists|scholars|academics|statisticians|demographers|pair|duo|(?:re)?insurers?|prefects?|rescuers?|firefighters|volunteers"
        r"|organisers?|organizers?|coalitions?|chamber|parliament|senate|congress|assembly|county|counties"
        # "the city says about 40 percent of its residents ...": its government speaking
        r"|municipalit(?:y|ies)|city\s+hall|town\s+hall|(?<=the\s)city|(?<=the\s)town|watchdogs?|front|railways|railroads?|famil(?:y|ies)|foundations?"
        r"|(?:world|global|regional|international|regulatory|governing|monitoring|relief|aid|advisory|trade|umbrella"
        r"|oversight|UN|U\.N\.)\s+bod(?:y|ies)|headquarters|secretariat|task\s*force|directorate"
        # political and armed camps speak for themselves: "the opposition said", "the junta says"
        r"|opposition|junta|rebels|insurgents|separatists|militias?|militants|kidnappers|captors|hostage-takers"
        r"|parties|party|movement|campaign"
        # people who speak for a side or from what they saw: "their lawyers said", "residents said"
        r"|lawyers?|counsel|aides?|advis[eo]rs?|negotiators?|mediators?|representatives?|spokespeople"
        r"|residents|survivors|strikers|protesters|demonstrators|engineers?|officers|auditors?|regulators?|ombudsm[ae]n|landlords?|builders?"
        r"|nurses?|bishops?|dioceses?|church(?:es)?|pilots?|captains?|owners?"
        r"|contractors?|consultants?|trustees?|pentagon|carriers?|consortium|consortia|presidency"
        # money's bodies and an election's own documents: "the central bank said", "its international
        # lenders", "the returns showed"
        r"|banks?|lenders|creditors|treasury|(?<=the\s)returns|(?<=official\s)returns|(?<=the\s)results"
        # a study speaks as a survey does: "..., the study said"
        r"|(?<=the\s)study|(?<=the\s)analysis|(?<=the\s)assessment|(?<=the\s)audit"
        # "the exchange's data showed": the stock exchange, never "an exchange of fire" or its rate
        r"|(?<=the\s)exchange(?!\s+(?:of|rate)\b)|(?<=stock\s)exchange)\b",
        re.IGNORECASE,
    )
)
_BAD_NP_RE = re.compile(
    # "who", never "WHO" (the World Health Organization)
    r"^(?:(?:the|a|an|this|that|which|(?-i:who|Who)|what|there|here|one|some|many|most|all|both|each)\s*)+$"
    r"|^(?:the\s+|a\s+|an\s+)?(?:(?:strike|attack|quake|earthquake|war|fighting|bombing|blast|explosion|flood|storm"
    r"|fire|disaster)\b(?!(?:\s+[\w-]+){0,4}?\s+(?:service|department|brigade|chief|officials|authorit(?:y|ies)"
    r"|agency|ministry|office|committee|commission|council|management|response|relief|center|centre"
    r"|and\s+rescue|and\s+emergency))"  # "the disaster agency", "the flood response centre" are bodies
    r"|(?:toll|figure|number|tally|total|death\s+toll)\b)"
    r"|^(?:in|on|at|by|during|for|from|with|after|before|despite|amid|under|over|of|to|into|since|until"
    r"|about|around|nearly|almost|up|as|than|between|among)\b"
    # a clause's opening conjunction with no name after it: "Once valued at $23 billion, FTX filed"
    r"|^(?:once|when|whenever|while|although|though|because|unless|whereas|if)$"
    # places and participles, never speakers: "Everywhere else said No", "..., putting Greece's financing
    # needs at": a gerund's object is what it puts, not who
    r"|^(?:everywhere|elsewhere|nowhere|somewhere|anywhere)\b"
    # a share of a group, counted, not speaking: "while a handful of Democrats from hunting states voted no"
    r"|^(?:a\s+|the\s+)?(?:handful|couple|majority|minority|number|bunch|fraction|third|quarter|half)\s+of\b"
    r"|^(?-i:[a-z]{2,}ing)\s+(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s?\s"
    r"|\b\d[\d,.]*\b"
    # "Thousands of people spent the night outside": a count, not someone giving one
    r"|^(?:(?:tens|hundreds)\s+of\s+)?(?:thousands|hundreds|dozens|millions|scores|billions)\s+of\b"
    # "Four men appeared in a Nairobi court on Monday charged with ...": a clause about counted people
    r"|^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty"
    r"|dozens|hundreds|thousands)\s+(?:\S+\s+){4,}\S+$"
    # "divides posts according to their strength in Parliament": a measure or a rule, never a source
    r"|^(?:(?:their|its|his|her|the)\s+)?(?:[\w-]+\s+)?(?:strength|size|share|shares|weight|rules?|law|laws|constitution"
    r"|agreement|deal|formula|terms|tradition|custom|plan|schedule|population|needs|means|wishes|seniority|merit)\b"
    # "Morrison also pointed to measures announced last week": the measures were announced, by no one here
    r"|\b(?:pointed|referred|pointing|referring|turned|looked)(?:\s+to\b|$)"
    # "a toll far higher than any figure Myanmar has acknowledged": a comparison, its own clause's speaker
    r"|\b(?:higher|lower|more|fewer|less|greater|larger|smaller|bigger)\s+than\b"
    # "by six months, twice what Hollande proposed": a measure of the figure, not who gives it
    r"|^(?:(?:twice|thrice|half|double|triple|three\s+times|four\s+times)\s+)?what\b"
    # "said, citing hospital lists": what a speaker cites ("lists" is no verb there)
    r"|^(?:citing|quoting)\b"
    # a clause, not a noun phrase: "Banks will reopen with the limits imposed"
    r"|(?-i:\s(?:will|would|could|should|must|can|cannot)\s)",
    re.IGNORECASE,
)
#: a count of something inside a would-be doer's words (never a date: "On 2 May the agency")
_COUNT_IN_NP_RE = re.compile(
    # nor a year or a span of time before the doer: "In 2013 the court fined", "In the first four days
    # alone the interior ministry counted"
    rf"\s(?!(?:1[89]|20)\d\d\b)(?:\d[\d,.]*|(?i:{NUMBER_WORD}))\s+"
    r"(?!(?:the|a|an|its|their|days?|weeks?|months?|years?|hours?|nights?|decades?)\b)[a-z]"
)
#: "while France was still living under the state of emergency declared that night": the verb closes a
#: clause about the name, whose own verb came first (not "Police, who were searching in ..., said")
_OWN_CLAUSE_NP_RE = re.compile(
    r"(?<!\bwho\s)(?<!\bwhich\s)(?<!\bthat\s)\b(?:was|were|is|are)\s+(?:still\s+|already\s+|now\s+)?"
    r"[a-z]+ing\s+(?:under|in|through|with|at)\b"
)
#: what a person is to a body ("spokesman", "director", "ombudsman"): one list for a role phrase and a role word
_PERSON_ROLES = (
    r"spokes(?:man|woman|person)|director|head|chief|minister|official|officer|coordinator|commissioner"
    r"|secretary|representative|envoy|president|leader|member|founder|manager|doctor|surgeon|adviser|advisor"
    r"|analyst|researcher|professor|governor|mayor|prefect|commander|campaigner|lawyer|activist|editor"
    r"|correspondent|administrator|ombudsm[ae]n|aide|negotiator|mediator|engineer|auditor|consultant|captain"
    r"|pilot|owner|bishop|nurse|trustee"
)
_ROLE_START_RE = re.compile(
    rf"^(?:the|a|an|its|his|her)\s+(?:[\w'’-]+\s+){{0,6}}?(?:{_PERSON_ROLES}|agency|body|office|ministry"
    r"|organisation|organization|group|monitor|unit|arm|department|service|authority)\b",
    re.IGNORECASE,
)
_BARE_ROLE_RE = re.compile(
    r"^(?:(?:deputy|acting|former|senior|chief|regional|local|[a-z][\w-]*)\s+){0,2}(?:head|director|director-general|chief"
    r"|spokes(?:man|woman|person)|minister|secretary|secretary-general|president|leader|commander|governor"
    r"|mayor|coordinator|founder|member|official|chairman|chairwoman|chair|ceo|manager|representative"
    r"|envoy|commissioner|administrator|chief\s+executive|emergency\s+coordinator|inspector(?:[\s-]+general)?"
    r"|superintendent|director\s+general)\s+(?:of|for|at|with|in)\b",
    re.IGNORECASE,
)


def _is_role(chunk: str) -> bool:
    c = chunk.strip()
    return bool(_ROLE_START_RE.match(c) or _BARE_ROLE_RE.match(c))


_OFFICE_OF_PLACE_RE = re.compile(
    r"^(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,2}(?:mayor|governor|prefect|minister|president|head|chief|director"
    r"|spokes(?:man|woman|person))\s+(?:of|for|at)\s+(?:the\s+)?[A-Z]",
    re.IGNORECASE,
)
_PERSON_ROLE_RE = re.compile(rf"\b(?:{_PERSON_ROLES})\b", re.IGNORECASE)
#: a relative clause that opens on its verb ("that tracks the aid", "which counts marchers")
_RELATIVE_VERB_RE = re.compile(r"\s*(?:also\s+|still\s+)?[a-z]+(?:s|ed)\b(?<!\bis)(?<!\bwas)(?<!\bhas)")
_RELATIVE_START_RE = re.compile(r"^(?:which|who|whose|where|whom|that)\b", re.IGNORECASE)
_ROLE_END_RE = re.compile(
    r"\b(?:spokes(?:man|woman|person)|director(?:-general)?|minister|chief|head|official|commander|governor"
    r"|mayor|secretary|envoy|coordinator|president|representative)$",
    re.IGNORECASE,
)
_CLAUSE_WORDS = [
    "that",
    "and",
    "but",
    "while",
    "whereas",
    "as",
    "when",
    "after",
    "before",
    "because",
    "where",
    "if",
    "although",
    "though",
    "since",
    "so",
    "which",
    "who",
    "then",
    "adding",
    "saying",
    "noting",
    "whom",
]
# lowercase, or capitalised at a sentence start, never ALL CAPS ("WHO official ..." is a name)
_CLAUSE_WORD_RE = re.compile(
    r"\b(?:" + "|".join(f"[{w[0]}{w[0].upper()}]{w[1:]}" for w in _CLAUSE_WORDS) + r")\s+"
)
_LEADING_NAME_RE = re.compile(r"^\s*((?:(?:the|The)\s+)?(?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w.'’-]*)")
DATELINE_RE = re.compile(
    r"^\s*[A-Z][A-Z.'’/ -]{1,40}(?:,\s*[A-Z][A-Za-z.'’ ]{1,30})?(?:,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep"
    r"|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?\s*(?:\([^)]{1,30}\)\s*)?(?:[-—–]{1,2}|:)\s+"
)
_BOUNDARY_CHARS = ',;:("“”—–'


#: a month named in copy ("Sept.", "March"), and a day of it either way round ("March 15, 2011", "15 March"
#: -- the day before the month, as most of the world writes it)
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DAY_MONTH = (
    rf"{_MON}(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}(?:,?\s+\d{{4}})?"
)

_LEAD_ADVERBIAL_RE = re.compile(
    r"^(?:(?:(?:earlier|later)\s+(?:in\s+the|this|that)\s+(?:week|day|month|year|morning|evening|night|afternoon)|(?:that|the\s+same|the\s+next|the\s+following)\s+(?:week|day|month|year|morning|evening|night|afternoon)|at\s+the\s+weekend"
    r"|and|but|earlier|later|late|early|separately|meanwhile|also|then|now|previously|initially|overall"
    r"|within\s+(?:hours|minutes|days|weeks|a\s+day|a\s+week)|hours\s+later|days\s+later"
    r"|nationally|however|nonetheless|still|yet|again|last\s+week|this\s+week|last\s+month|on\s+\w+day"
    r"|last\s+year|this\s+year|this\s+month|a\s+year\s+ago|many|several|various"
    r"|yesterday|today|(?:on|in|at|by|during|since)\s+(?:the\s+)?(?:(?:early|late|mid|mid-)\s*)?(?:"
    + _DAY_MONTH
    + r"|\w+day|the\s+day|the\s+morning|the\s+evening|the\s+afternoon|the\s+night|\d{4})"
    # "A week earlier the pair had put ...": a span back in time is no part of a name
    r"|(?:a|an|one|two|three|four|five|six|several|a\s+few)\s+(?:hours?|days?|weeks?|months?|years?)\s+"
    r"(?:earlier|later|before|after|ago)"
    # a span counted from the event: "In the first four days alone the interior ministry counted ..."
    r"|(?:in|during|over|within)\s+(?:the|its|their)\s+(?:first|last|past|next|following|opening)\s+(?:[\w-]+\s+)?"
    r"(?:hours?|days?|weeks?|months?|years?)(?:\s+alone)?"
    # a part of the day is no part of a name: "On Thursday morning the authority ...", "Last night police"
    # "Last Thursday a federal grand jury indicted ...": the day, not part of the jury's name
    r"|(?-i:(?:[Ee]arly\s+|[Ll]ate\s+|[Ll]ast\s+|[Tt]his\s+|[Tt]hat\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday))"
    r"|(?-i:(?:this\s+|last\s+|yesterday\s+|early\s+|late\s+)?(?:morning|afternoon|evening|night|overnight"
    r"|tonight))|(?:this|last|that|the\s+same|the\s+next|the\s+previous)\s+"
    r"(?-i:(?:morning|afternoon|evening|night|day|week)))\b,?\s+)+",
    re.IGNORECASE,
)


_RELATIVE_CUT_RE = re.compile(r",\s+(?:whose|which|who|where|when)\b.*$", re.DOTALL)


_POSSESSIVE_DOC_RE = re.compile(
    r"^(?P<np>.+?)(?:'s|’s|(?<=s)'|(?<=s)’)\s+(?:[\w-]+\s+){0,2}?(?:analysis|figures?|data|count|tally|report|statement"
    r"|estimates?|assessment|records|numbers|toll|calculations?|update|statistics|breakdown|list|manifest|results)"
    # what the document sorts by: "the airline's first breakdown of nationalities"
    r"(?:\s+of\s+(?:the\s+)?[a-z][\w-]*)?$",
    re.IGNORECASE,
)


#: a body's officer named by the body alone ("the commission's chair", "the ministry's spokesman"): the
#: body speaks; a named person's post stays theirs ("Its spokesman, Sutopo Purwo Nugroho")
_POSSESSIVE_ROLE_RE = re.compile(
    r"^(?P<np>(?:the|its|their)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)(?:'s|’s)\s+(?:[a-z][\w-]*\s+)?"
    r"(?:spokes(?:man|woman|person)|chair(?:man|woman|person)?|chief|head|director(?:\s+general)?|president"
    r"|secretary(?:\s+general)?|commander|representative|leader|coordinator|press\s+office|press\s+service"
    # a company's arm speaks for the company: "the company's UK arm said"
    r"|arm|unit|subsidiary|division|branch|affiliate)$",
    re.IGNORECASE,
)
_DATA_TAIL_RE = re.compile(
    r"^(?P<np>.*?[A-Z][\w.&'’-]*)\s+(?:latest\s+|official\s+|new\s+)?(?:figures|data|statistics|numbers|estimates"
    r"|tally|count|records|survey|analysis|assessments)$"
)
_DATA_HEAD_RE = re.compile(
    r"\b(?:figures|data|statistics|numbers|estimates|tally|count|records|results|returns|survey|analysis|census|report|assessments?"
    r"|reviews?|studies|study|audits?|inventor(?:y|ies)|polls?|surveys|opinion\s+polls)$",
    re.IGNORECASE,
)


_ROLE_PREP_RE = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?:(?:senior|chief|deputy|acting|top|local|regional|[a-z]+ly)\s+)?"
    r"(?:spokes(?:man|woman|person)|official|officer|head|director|chief|representative|coordinator"
    r"|commander|member)\s+(?:for|with|at)\s+(?=\S)",
    re.IGNORECASE,
)


_NAMED_ROLE_PREP_RE = re.compile(
    r"^(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*,\s+(?i:" + _ROLE_PREP_RE.pattern[1:] + ")"
)


#: a date after the speaker's name: "Prime Minister Naoto Kan on March 15" is Naoto Kan
_TRAILING_DATE_RE = re.compile(
    rf"\s+(?:(?:late|early)\s+)?(?:on|in|by)\s+(?:\w+day|{_DAY_MONTH})\s*$"
    # "released by the rights group a fortnight later": when, not who
    r"|\s+(?:a|an|one|two|three|four|five|six|several|a\s+few|some)\s+(?:fortnight|hours?|days?|weeks?|months?"
    r"|years?)(?:\s+(?:later|earlier|ago|before|after))?\s*$"
)


_RESULTS_GIVEN_BY_RE = re.compile(
    r"^(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:results|figures|data|numbers|statistics|estimates|tally|count)\s+"
    r"(?:read\s+out|announced|released|published|issued|given|presented|posted|unveiled)\s+"
    r"(?:(?:on\s+\w+day|(?:late|early)\s+on\s+\w+day|overnight|yesterday|today)\s+)?by\s+(?P<owner>.+)$",
    re.IGNORECASE,
)
_COMPILED_BY_RE = re.compile(
    r"^(?:the\s+)?(?:figures|data|numbers|tallies|counts|reports|records)\s+(?:from|of)\s+.+?\s+(?:compiled|collated"
    r"|gathered|collected|assembled)\s+by\s+(?P<owner>(?:the\s+)?[A-Z].+)$"
)
_RELAYS_RE = re.compile(r"^.+?\s+(?:relays|relayed|passes\s+on|passed\s+on)\s+(?P<np>(?:the\s+)?[A-Z].+)$")
#: figures named by who put them out, in a contact clause: "figures the National Security Guard released"
_FIGURES_X_RELEASED_RE = re.compile(
    r"^(?:the\s+|official\s+|latest\s+)*(?:figures|data|numbers|statistics|estimates|tallies|records)\s+(?:that\s+)?"
    r"(?P<owner>(?:the\s+)?(?:[A-Z][\w.&'’-]*\s+){0,5}[A-Z][\w.&'’-]*)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:released|published|issued|gave|compiled|provided|put\s+out|collected)\b"
)
#: "An internal review the charity released in November had counted 30 dead": the document's subject
#: before "released" is its author
_DOC_AUTHOR_RE = re.compile(
    r"^(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+)?(?:review|report|study|audit|survey|assessment|analysis)\s+(?:that\s+)?"
    r"(?P<author>the\s+[a-z][\w-]*|(?:the\s+)?(?:[A-Z][\w.&'’-]*\s+){0,5}[A-Z][\w.&'’-]*)$"
)


@lru_cache(maxsize=8192)  # pure, and each rule that reads a phrase cleans it again
def _clean_np(np: str) -> str:
    np = _TRAILING_DATE_RE.sub("", _LEAD_ADVERBIAL_RE.sub("", np.strip()))
    owned = _OWNED_COUNT_RE.match(np)
    if owned is not None:
        return owned.group("owner")  # "An Associated Press count of figures released by governments"
    given = _RESULTS_GIVEN_BY_RE.match(np)
    if given is not None:
        np = given.group("owner")  # "preliminary results read out by the commission's chair": the chair's
    compiled = _COMPILED_BY_RE.match(np)
    if compiled is not None:
        np = compiled.group("owner")  # "figures from police and hospitals compiled by X": X's tally
    relayed = _RELAYS_RE.match(np)
    if relayed is not None:
        np = relayed.group("np")  # "The Pentagon relays National Guard Bureau figures": the Bureau's
    released = _FIGURES_X_RELEASED_RE.match(np)
    if released is not None:
        np = released.group("owner")  # "figures the National Security Guard released after the attacks"
    authored = _DOC_AUTHOR_RE.match(np)
    if authored is not None:
        np = authored.group("author")
    np = _RELATIVE_CUT_RE.sub("", np)
    pd = _POSSESSIVE_DOC_RE.match(np)
    if pd is None:
        pd = _POSSESSIVE_ROLE_RE.match(np)
        if pd is not None and _SOURCE_NOUNS.search(pd.group("np").split()[-1]) is None:
            pd = None  # "the region's police director": a place's officer speaks for no place
    if pd is not None:
        np = pd.group("np")  # "the ministry's figures", "the commission's chair": the body's
    np = _NP_LEAD_STRIP_RE.sub("", np.strip())
    role = _ROLE_PREP_RE.match(np)
    named_role = _NAMED_ROLE_PREP_RE.match(np) if role is None and ", " in np else None
    if role is not None:
        # "a spokesman for the civil defence": the preposition of a role names its body
        np = role.group(0) + _NP_TAIL_CUT_RE.sub("", np[role.end() :])
    elif named_role is not None:
        # "Maria Lopez, a spokeswoman for the civil protection agency": so too after the name
        np = named_role.group(0) + _NP_TAIL_CUT_RE.sub("", np[named_role.end() :])
    else:
        np = _NP_TAIL_CUT_RE.sub("", np)
    np = re.sub(r"\s+", " ", np).strip(" '\"’“”")
    dt = _DATA_TAIL_RE.match(np)
    if dt is not None:
        np = dt.group("np")  # "Home Office data" -> "Home Office", "UN figures" -> "UN"
    return np


@lru_cache(maxsize=8192)  # pure, and the same phrases recur
def source_noun(word: str) -> bool:
    """Whether ``word`` is a common noun for a source ("Unions", "Police"), whatever its case."""
    found = _SOURCE_NOUNS.search(word)
    return found is not None and found.group(0).lower() == word.lower()


#: a pair of bodies told of together ("the two companies said", "both agencies said"): the two the story
#: named, never a count
PAIR_OF_BODIES_RE = re.compile(
    r"(?:[Tt]he\s+two|[Bb]oth(?:\s+the)?)\s+(?:[a-z]+\s+)?(?:companies|firms|banks|agencies|groups|organi[sz]ations"
    r"|governments|countries|lenders|carriers|airlines|ministries|bodies|charities|unions|insurers|exchanges)"
)


def valid_np(np: str) -> bool:
    if not np or len(np) > 160 or len(np.split()) > 16:
        return False
    low = np.lower()
    if OWN_BOOKS_RE.fullmatch(low):
        return True  # "according to its own accounts": whoever "it" is, by its books
    if low in _PRONOUNS or _OWNERLESS_DOC_RE.match(low) or _DOMAIN_NAME_RE.fullmatch(np):
        return True
    if ANONYMOUS_SOURCE_RE.match(np):
        return True  # "people familiar with the matter said": unnamed, yet told as a source
    if PAIR_OF_BODIES_RE.fullmatch(np.strip()):
        return True
    if _BAD_NP_RE.search(np):
        return False
    words = np.split()
    if words[0].lower() in ("the", "a", "an", "some", "many", "several") or re.fullmatch(
        NUMBER_WORD, words[0].lower()
    ):
        words = words[1:]  # "Five men arrested ...": a count's capital opening the sentence names no one
    if any(w[:1].isupper() for w in words):
        return True
    return bool(_SOURCE_NOUNS.search(np)) or _DESCRIBED_ONE_RE.match(low) is not None


#: Second references by what someone is ("the singer", "the veteran actor", "the railway company"):
#: people by their calling, bodies by their trade. Offices ("the governor") are in _SOURCE_NOUNS.
_PERSON_DESCRIPTORS = (
    r"singer|songwriter|actor|actress|star|superstar|musician|rapper|artist|entertainer|comedian|presenter"
    r"|author|novelist|writer|billionaire|businessman|businesswoman|tycoon|entrepreneur|philanthropist"
    r"|magnate|investor|player|footballer|athlete|coach|boxer|golfer|cricketer|celebrity|icon|pontiff|pope"
    r"|king|queen|monarch|prince|princess|cleric|imam|rabbi|priest|bishop|archbishop|politician|billionaire"
)
_BODY_DESCRIPTORS = (
    r"company|firm|charity|foundation|carrier|airline|operator|retailer|manufacturer|carmaker|automaker"
    r"|lender|bank|insurer|utility|railway|league|club|studio|label|nonprofit|non-profit|conglomerate|group"
    r"|giant|chain|broadcaster|network|publisher|developer|producer|distributor|supplier|provider"
    r"|organi[sz]ation|watchdog|monitor"
)
_DESCRIBED_ONE_RE = re.compile(
    rf"^the\s+(?:[a-z][\w-]*\s+){{0,2}}(?P<head>{_PERSON_DESCRIPTORS}|{_BODY_DESCRIPTORS})$"
)
_PERSON_DESCRIPTOR_RE = re.compile(rf"(?:{_PERSON_DESCRIPTORS})")
#: offices a second reference may name ("the governor", "the minister"): only a source described so is it
_OFFICE_HEAD_RE = re.compile(
    r"governor|mayor|minister|president|premier|chancellor|prefect|sheriff|commissioner|secretary|senator"
    r"|spokes(?:man|woman|person)|director|chief|head|commander|coroner|envoy|ambassador"
)
#: words of level or place that a second reference drops ("the regional governor" of "the governor of
#: the Donetsk region")
_LEVEL_MODIFIERS = frozenset(
    ("regional", "local", "state", "provincial", "national", "federal", "district", "county", "city",
     "municipal", "town", "top", "senior", "chief")
)  # fmt: skip


#: where a body is based says nothing of which it is: "the New York-based group" is "the group"
BASED_IN_RE = re.compile(r"(?<=\b[Tt]he\s)(?:[A-Z][\w.'’]*\s+){0,2}[A-Z][\w.'’]*-(?:based|headquartered)\s+")


_TITLE_ABBREVS = {"gov": "governor", "sen": "senator", "rep": "representative", "gen": "general",
                  "supt": "superintendent", "insp": "inspector", "cmdr": "commander", "pres": "president"}  # fmt: skip
_TITLE_ABBREV_RE = re.compile(r"\b(gov|sen|rep|gen|supt|insp|cmdr|pres)\.")


def role_antecedent(phrase: str, earlier: list[tuple[str, str]]) -> str | None:
    """The named source a definite role noun refers back to ("Dolly Parton said ... The singer said",
    "UNICEF, citing the regional governor" after "the governor of the Donetsk region said"), or None.
    ``earlier`` holds (phrase, words) of the story's earlier sources, most recent first.

    A source described with the role wins ("Pavlo Kyrylenko, the governor of ...", "Ukrzaliznytsia,
    the state railway company, said", "country singer Ana Lee"); failing that, a person's calling
    ("the singer") points at the latest named person and a body's trade ("the company") at the latest
    named body. An office ("the governor") is only ever someone described so: the latest person
    named may hold another one."""
    low = phrase.lower().strip()
    words = low.split()
    if len(words) < 2 or words[0] != "the" or any(w[:1].isupper() for w in phrase.split()[1:]):
        return None
    head = words[-1]
    modifiers = [w for w in words[1:-1] if w not in _LEVEL_MODIFIERS]
    person = _PERSON_DESCRIPTOR_RE.fullmatch(head) is not None
    body = re.fullmatch(_BODY_DESCRIPTORS, head) is not None
    if not (person or body or _OFFICE_HEAD_RE.fullmatch(head)):
        return None
    for name, said in earlier:
        if name.lower().strip() == low:
            continue
        # ("New Jersey Gov. Chris Christie": the governor, by the abbreviation of his title)
        described = _TITLE_ABBREV_RE.sub(lambda t: _TITLE_ABBREVS[t.group(1)], f"{name} {said}".lower())
        if re.search(rf"\b{re.escape(head)}\b", described) and all(w[:5] in described for w in modifiers):
            return name
    if modifiers and not person:
        return None  # "the interior company": which one, only a description says
    persons = [name for name, _said in earlier if _names_a_person(name)]
    # "Police Commissioner Riah Phiyega said ... Phiyega told reporters": the titled full name is no
    # plain person's name, but a story that goes on by the surname alone speaks of a person
    lone = {name.strip() for name, _said in earlier if len(name.split()) == 1}
    persons += [
        name
        for name, _said in earlier
        if (len(name.split()) >= 2 and name.split()[-1] in lone)
        or (
            name.strip() in lone
            and any(len(o.split()) >= 2 and o.split()[-1] == name.strip() for o, _s in earlier)
        )
    ]
    for name, _said in earlier:
        if person and name in persons:
            return name
        if body and not _is_coreferent_or_person(name, persons) and valid_np(name) and name[:1].isupper():
            return name
    return None


#: a trade's word for a company, which its epithet describes ("the credit reporting company", "the
#: German payments firm")
_TRADE_HEAD_RE = re.compile(
    r"company|firm|carrier|airline|retailer|manufacturer|carmaker|automaker|planemaker|conglomerate|chain"
    r"|developer|producer|supplier|provider|insurer|lender|giant|operator"
)
#: epithets that name another company than the one just quoted
_OTHER_ONE_RE = re.compile(
    r"\b(?:state|central|rival|other|another|second|parent|sister|new|former|national)\b"
)
_TRADE_EPITHET_RE = re.compile(rf"^[Tt]he\s+(?:[\w-]+\s+){{1,3}}(?:{_TRADE_HEAD_RE.pattern})$")


#: a body's epithet by its field ("the air traffic agency" after "according to Eurocontrol"); only read
#: when the registry knows no body by it ("the UN refugee agency" is UNHCR, whoever was quoted before)
_AGENCY_EPITHET_RE = re.compile(
    r"^[Tt]he\s+(?:[\w-]+\s+){1,3}(?:agency|authority|regulator|watchdog|organi[sz]ation)$"
)


def trade_epithet_antecedent(phrase: str, earlier: list[str]) -> str | None:
    """The company a trade's epithet refers back to ("Equifax said ... the credit reporting company will
    put", "Wirecard ... the German payments company warned"): the latest source quoted, when that is a
    bare company name (no ministry, agency or person, which no trade describes), else None.
    ``earlier`` holds the story's earlier source phrases, most recent first."""
    phrase = phrase.strip()
    if (
        _TRADE_EPITHET_RE.fullmatch(phrase) is None and _AGENCY_EPITHET_RE.fullmatch(phrase) is None
    ) or _OTHER_ONE_RE.search(phrase.lower()):
        return None
    for name in earlier:
        if name.strip().lower() == phrase.lower():
            continue
        if (
            name[:1].isupper()
            and not _names_a_person(name)
            and _SOURCE_NOUNS.search(name) is None
            and not is_coreferent(name)
            and valid_np(name)
        ):
            return name
        return None
    return None


_NOT_A_DESCRIBED_NAME = frozenset(
    ("in", "on", "at", "by", "for", "from", "to", "into", "near", "after", "before", "when", "as", "while",
     "since", "until", "meanwhile", "earlier", "later", "separately", "but", "and", "also", "however", "then",
     "yesterday", "today", "last", "this", "outside", "inside", "across")
)  # fmt: skip


#: heads of a body's name a bare second reference repeats ("the Boston Athletic Association" ... "the
#: association", "the One Fund Boston" ... "the fund")
_NAME_HEADS = frozenset(
    ("association", "fund", "commission", "foundation", "federation", "society", "institute", "council",
     "committee", "agency", "authority", "board", "bureau", "union", "coalition", "alliance", "network",
     "trust", "centre", "center", "observatory", "tribunal", "court", "exchange", "consortium", "bank")
)  # fmt: skip


def named_in_story(phrase: str, text: str, before: int) -> str | None:
    """The body a bare definite head names ("the association", "the fund"), when the story before
    ``before`` named exactly one body with that word in its name ("the Boston Athletic Association
    widened entry", "Donations to the One Fund Boston"), whether or not it was quoted: that name."""
    words = phrase.lower().split()
    if len(words) != 2 or words[0] != "the" or words[1] not in _NAME_HEADS:
        return None
    head = words[1]
    # "The World Health Organization urged ... according to the agency's tally": a UN organisation or
    # programme is an agency too
    heads = (
        "(?:Agency|Organization|Organisation|Programme|Program)" if head == "agency" else head.capitalize()
    )
    name = (
        rf"(?:[A-Z][\w.&'’-]*\s+(?:(?:of|for|and|the|on)\s+)*){{0,5}}{heads}"
        rf"(?:\s+(?:(?:of|for|and|the|on)\s+)*[A-Z][\w.&'’-]*){{0,4}}"
    )
    found: set[str] = set()
    for m in re.finditer(name, text[:before]):
        named = m.group(0).strip()
        if len(named.split()) < 2 or (named.split()[0] in ("The", "A", "An") and len(named.split()) < 3):
            continue  # "the Fund" alone, or a sentence opening on the head
        named = re.sub(r"^(?:The|A|An)\s+", "", named)
        named = _TRAILING_DAY_RE.sub("", named)  # "The World Health Organization on Wednesday urged"
        if len(re.findall(heads, named)) > 1:
            # "the World Bank and Bangladesh Bank": two bodies of that word, so "the bank" is neither
            found.update(re.split(r"\s+and\s+", named))
            continue
        if _looks_like_name(named):
            found.add(named)
    return found.pop() if len(found) == 1 else None


_TRAILING_DAY_RE = re.compile(
    r"\s+(?:on|in|and|of|the|for)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February"
    r"|March|April|May|June|July|August|September|October|November|December)\b.*)$"
)


def described_later(phrase: str, text: str) -> str | None:
    """The body a definite description names, when the story sets the same description beside a name,
    before or after it ("the state railway company said ..." and "Nordbahn, the state railway
    company, said" or "the state railway company, Nordbahn,"): that name. Only a
    description with a word of its own ("the state railway company", not "the company") and only
    one name described so; a person's calling never ("the singer" is whoever the story named)."""
    low = phrase.lower().strip()
    words = low.split()
    if len(words) < 3 or words[0] != "the" or any(w[:1].isupper() for w in phrase.split()[1:]):
        return None
    if re.fullmatch(_BODY_DESCRIPTORS, words[-1]) is None:
        return None
    if not [w for w in words[1:-1] if w not in _LEVEL_MODIFIERS]:
        return None
    desc = r"\s+".join(re.escape(w) for w in words[1:])
    owner = r"(?:the|an?|[A-Z][\w-]*['’]s)\s+(?:[a-z][\w-]*\s+){0,2}?"
    name = r"[A-Z][\w.&'’-]*(?:\s+(?:of|for|and|the|de|[A-Z][\w.&'’-]*)){0,5}"
    found: set[str] = set()
    pattern = re.compile(
        rf"(?P<a>{name}),\s+{owner}{desc},"  # "Nordbahn, the state railway company, said"
        rf"|(?i:the)\s+{desc},?\s+(?P<b>{name})\s*(?:,|\b(?:said|says|reported|added)\b)"  # "..., Nordbahn,"
    )
    for m in pattern.finditer(text):
        named = re.sub(r"^(?:The|A|An)\s+(?=[A-Z])", "", (m.group("a") or m.group("b") or "").strip())
        if not named or named.split()[0].lower() in _NOT_A_DESCRIBED_NAME:
            continue  # "In Lagos, the national power utility, ...": a place, not a name
        if _looks_like_name(named) and not is_coreferent(named):
            found.add(named)
    return found.pop() if len(found) == 1 else None


def _names_a_person(name: str) -> bool:
    """A full name ("Dolly Parton"), never a body's name ("Human Rights Watch", "Harlow Logistics")
    or a lone word."""
    name = name.strip()
    return (
        len(name.split()) >= 2
        and _SOURCE_NOUNS.search(name) is None
        and _TRADE_NAME_RE.search(name) is None
        and looks_like_person(name)
    )


#: the words that end a firm's or a charity's name, not a person's
_TRADE_NAME_RE = re.compile(
    r"\b(?:Logistics|Foods?|Airlines|Airways|Motors|Energy|Holdings|Group|Inc|Ltd|LLC|PLC|Corp|Corporation"
    r"|Co|Industries|Technologies|Systems|Media|Pharma(?:ceuticals)?|Bank|Partners|Capital|Services|Solutions"
    r"|Enterprises|Brands|Entertainment|Studios|Records|Resources|Mining|Oil|Gas|Power|Telecom|Networks|Rail"
    r"|Railways?|Shipping|Insurance|Foundation|Trust|Fund|Aid|Relief|Watch|International|America|Network"
    r"|Ferries|Lines|Cruises|Transport|Express|Petroleum|Chemicals|Steel|Construction|Electric|Utilities)\b"
)


def _is_coreferent_or_person(name: str, persons: list[str]) -> bool:
    """A pronoun, a person or a lone surname of one ("Parton" after "Dolly Parton"): no body."""
    if is_coreferent(name) or name in persons or PERSON_WORD_RE.search(name):
        return True
    return any(p.split()[-1] == name.strip() for p in persons)


#: A definite document with no owner named ("the latest update", "the previous official bulletin"):
#: the source quoted before issued it
_OWNERLESS_DOC_RE = re.compile(
    r"^the\s+(?:[a-z][\w-]*\s+){0,3}(?:update|bulletin|statement|communiqu[eé]|briefing|press\s+release|report|indictment|charge\s+sheet)$"
)
#: A definite outlet ("the newspaper", "the broadcaster"): when a story has quoted an outlet relaying
#: someone ("the state daily X reported, citing the government"), it is that relay again
MEDIA_HEAD_RE = re.compile(
    r"^the\s+(?:[a-z][\w-]*\s+){0,2}(?:newspaper|paper|daily|broadcaster|outlet|tabloid|channel|station"
    r"|television|radio|website|news\s+agency|news\s+service|wire\s+service)$"
)


def is_document(np: str) -> bool:
    """Whether a mention is an ownerless definite document ("the latest official update")."""
    return _OWNERLESS_DOC_RE.match(np.lower().strip()) is not None


@lru_cache(maxsize=8192)  # pure, and asked of every mention at each sentence
def is_coreferent(np: str) -> bool:
    """A pronoun or a short definite mention ("the ministry") that points at an earlier source."""
    low = np.lower().strip()
    if low in _PRONOUNS or _OWNERLESS_DOC_RE.match(low) or _DOMAIN_NAME_RE.fullmatch(np):
        return True
    m = _DEFINITE_RE.match(low)
    return m is not None and not any(w[:1].isupper() for w in np.split()[1:])


_BARE_ROLE_WORD_RE = re.compile(
    r"spokes(?:man|woman|person)|director|minister|official|chief|head|leader|president|commander|governor"
    r"|mayor|secretary|envoy|general",
    re.IGNORECASE,
)
_NAME_CONNECTORS = frozenset(
    ("of", "for", "and", "the", "de", "du", "bin", "ibn", "von", "van", "da", "del", "&",
     # the small words of names in other languages: "La Manif pour tous", "Médecins sans Frontières"
     "pour", "tous", "la", "le", "les", "des", "sans", "contre", "et", "di", "della", "y", "por", "para")
)  # fmt: skip


_OF_WORDS_BEFORE_AND_RE = re.compile(r"\b(?:of|for)\s+(?:[a-z][\w-]*\s+){1,2}$")
_NP_REST_RE = re.compile(r"\s*[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}\s*")
#: a description in apposition to a name ("the coalition", "a collective of unions")
_DESCRIPTION_HEAD_RE = re.compile(r"^(?:the|a|an)\s+(?:[\w'’-]+\s+){0,6}?[\w'’-]+$", re.IGNORECASE)


def _looks_like_name(chunk: str) -> bool:
    """A proper name: "Fadel Naeem", "COGAT", "The United States", "Agency spokesman Mahmud Bassal"."""
    words = chunk.split()
    if len(words) == 1 and _DOMAIN_NAME_RE.fullmatch(chunk.strip()):
        return True  # "350.org"
    if not words or len(words) > 7 or any(ch.isdigit() for ch in chunk):
        return False
    caps = 0
    for w in words:
        if w[:1].isupper() or w.lower().startswith(("al-", "el-")):
            caps += 1
        elif (
            w.lower() not in _NAME_CONNECTORS
            and not _BARE_ROLE_WORD_RE.fullmatch(w)
            and not _SOURCE_NOUNS.fullmatch(w)
            and w.lower() not in ("civil", "health", "interior", "defence", "defense", "foreign", "media")
        ):
            return False
    return caps >= 1


def _np_ok(chunk: str) -> bool:
    c = chunk.strip()
    if not c:
        return False
    return (
        any(w[:1].isupper() for w in c.split())
        or _SOURCE_NOUNS.search(c) is not None
        or (c.lower() in _PRONOUNS)
        or _OWNERLESS_DOC_RE.match(c.lower()) is not None
        or _DOMAIN_NAME_RE.fullmatch(c) is not None
        or ANONYMOUS_SOURCE_RE.match(c) is not None
    )


_ASIDE_RE = re.compile(
    # a direction opening a name ("East Java's governor", "North Korea's ministry") is no aside
    r"^(?:near|in|on|at|outside|inside|off|close\s+to|(?:north|south|east|west)(?!\s+[A-Z])|some\s+\d|about"
    r"|around|updated"
    r"|published|released|issued|dated|speaking|writing|visiting|touring"
    # a participle describing the name before it: "Iran Human Rights, based in Oslo, says", "X, known as
    # HRANA, counts"
    r"|based|headquartered|known\s+as|also\s+known|formerly|founded|backed|funded|run\s+by|led\s+by)\b",
    re.IGNORECASE,
)


def _authored_document_before(
    sentence: str, chunks: list[tuple[int, int]], k: int, description: str
) -> tuple[str, int] | None:
    """When chunk ``k``, read as ``description``, describes its owner ("the U.S. government's aid
    agency") right after a document and its author ("A study paid for by USAID"), the author speaks: the
    description is the author's apposition, and the owner it mentions is nobody's source here."""
    if k + 1 >= len(chunks) or not _POSSESSIVE_DESCRIPTION_RE.match(description):
        return None
    ds, de = chunks[k + 1]
    doc = sentence[ds:de]
    m = _AUTHORED_DOC_RE.match(doc.strip())
    if m is None or not valid_np(_clean_np(m.group("author"))):
        return None
    return m.group("author").strip(), ds + (len(doc) - len(doc.lstrip())) + m.start("author")


#: a short quotation set inside a phrase after a lowercase word ('called for a "march of a million"')
_INNER_QUOTE_RE = re.compile(r"(?<=[a-z] )[\"“][^\"“”,.;:]{1,60}[\"”]")
_LIST_RELATIVE_RE = re.compile(
    r"^\s*(?P<np>(?:[Tt]he|[Aa]n?)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+(?:that|which|who)\s+"
    r"(?:had\s+|has\s+|have\s+)?[a-z]+(?:ed|s)\b"
)


def _relative_head_of_list(sentence: str, chunks: list[tuple[int, int]]) -> tuple[str, int] | None:
    """The head of a relative clause whose object is a list the verb's chunks close ("A committee that
    compiled hospital records, burial lists and reports from families"), or None: every chunk between
    must be a short list item."""
    for k in range(1, len(chunks)):
        s, e = chunks[k]
        text = sentence[s:e]
        m = _LIST_RELATIVE_RE.match(text)
        if m is not None:
            np = m.group("np")
            if _SOURCE_NOUNS.search(np.split()[-1]) and valid_np(_clean_np(np)):
                return np, s + m.start("np")
            return None
        if len(text.split()) > 4 or any(ch.isdigit() for ch in text):
            return None
    return None


#: a run of capitalised words (with "for", "of", "the" inside) ending a chunk: a body's name goes on after "and"
_TITLE_RUN_BEFORE_RE = re.compile(r"\b[A-Z][\w'’.-]*\s+(?:(?:for|of|the)\s+)?[A-Z][\w'’.-]*\s*$")


#: a body named by where it serves ("Police in Hebei province", "Officials in Sindh"): the relative
#: clause after it describes the place, the body is still the one acting
_BODY_IN_PLACE_RE = re.compile(
    r"(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+)?(?:[Pp]olice|[Oo]fficials|[Aa]uthorities|[Pp]rosecutors|[Rr]escuers)"
    r"\s+in\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}(?:\s+(?:province|state|region|county|district|city))?"
)


_AGENT_PARTICIPLE_RE = re.compile(
    r"\s*(?:chaired|led|headed|run|founded|set\s+up|backed|appointed|created|commissioned|funded|overseen)\s+by\s",
    re.IGNORECASE,
)


def _subject_before(sentence: str, verb_start: int) -> tuple[str, int] | None:
    """The noun phrase ending right before the verb at ``verb_start`` (sentence-relative), with an
    appositive joined to its head ("Fadel Naeem, director of al-Ahli hospital, told ...")."""
    # comma/quote separated chunks going backwards from the verb; a short quotation inside a phrase
    # ('Organisers, who had called for a "march of a million", said') is part of it, not a boundary
    bounds = (
        _INNER_QUOTE_RE.sub(lambda q: "_" * len(q.group(0)), sentence)
        if '"' in sentence or "“" in sentence
        else sentence
    )
    chunks: list[tuple[int, int]] = []
    j = verb_start
    while len(chunks) < 4:
        i = j
        while i > 0 and bounds[i - 1] not in _BOUNDARY_CHARS:
            i -= 1
        chunks.append((i, j))
        if i == 0 or bounds[i - 1] != ",":
            break
        j = i - 1
    # "The panel, chaired by the Bishop of Liverpool, James Jones, spent": the one chairing it is no
    # subject of the verb; the body the participle describes is
    full = [c for c in chunks if sentence[c[0] : c[1]].strip()]
    for k in (0, 1):
        if len(full) > k + 1 and _AGENT_PARTICIPLE_RE.match(sentence[full[k][0] : full[k][1]]):
            if k == 1 and not _looks_like_name(sentence[full[0][0] : full[0][1]].strip()):
                break
            hs, he = full[k + 1]
            head = sentence[hs:he]
            if (_looks_like_name(head.strip()) or _SOURCE_NOUNS.search(head)) and valid_np(_clean_np(head)):
                return head.strip(), hs + (len(head) - len(head.lstrip()))
            break
    first_s, first_e = chunks[0]
    chunk = sentence[first_s:first_e]
    chunk_start = first_s
    cut = None
    for m in _CLAUSE_WORD_RE.finditer(chunk):
        if m.group(0).strip().lower() == "that" and _TIME_NOUN_AFTER_RE.match(chunk, m.end()):
            continue  # "later that week the agency gave": a time, not a clause
        if (
            m.group(0).strip() == "and"
            and (
                _looks_like_name(chunk[: m.start()])
                or _TITLED_NAME_RE.match(chunk[: m.start()].strip())
                # "On Tuesday the U.S. Centers for Disease Control and Prevention estimated"
                or _TITLE_RUN_BEFORE_RE.search(chunk, 0, m.start())
            )
            # ("the Economic Commission for Latin America and the Caribbean")
            and re.match(r"(?:the\s+)?[A-Z]", chunk[m.end() :]) is not None
        ):
            continue  # "Turkey's Disaster and Emergency Management Authority", "Italy and France"
        if (
            m.group(0).strip() == "and"
            and _PORTFOLIO_BEFORE_RE.search(chunk[: m.start()])
            and _BODY_AFTER_AND_RE.match(chunk[m.end() :])
        ):
            continue  # "the interior and safety ministry", "the health and welfare ministry": one body
        if (
            m.group(0).strip() == "and"
            and _OF_WORDS_BEFORE_AND_RE.search(chunk, 0, m.start())
            and _SOURCE_NOUNS.search(chunk[: m.start()])
            and _NP_REST_RE.fullmatch(chunk[m.end() :])
        ):
            continue  # "Associations of gay and lesbian parents say": one body's description
        cut = m
    if re.match(r"\s*(?:which|who|whose|where)\b", chunk) and len(chunks) > 1:
        # "Iraq Body Count, which tallies deaths from media and official reports, has recorded", "Police
        # in Hebei province, where Sanlu is based, have arrested": the name the relative clause describes
        ps, pe = chunks[1]
        lead = re.match(r"\s*(?:(?:and|but)\s+)?", sentence[ps:pe])
        ps += lead.end() if lead is not None else 0
        prev = sentence[ps:pe]
        if (
            _looks_like_name(prev.strip()) or _BODY_IN_PLACE_RE.fullmatch(prev.strip()) is not None
        ) and valid_np(_clean_np(prev)):
            return prev.strip(), ps + (len(prev) - len(prev.lstrip()))
    if (
        cut is not None
        and cut.group(0).strip().lower() in ("that", "which", "who")
        and not chunk[cut.end() :].strip()
    ):
        # "X, an independent group that counts strikes": the relative clause's verb is the name's
        if len(chunks) > 1:
            ps, pe = chunks[1]
            prev = sentence[ps:pe]
            if _looks_like_name(prev.strip()) and valid_np(_clean_np(prev)):
                return prev.strip(), ps + (len(prev) - len(prev.lstrip()))
        return None
    if cut is not None and cut.group(0).strip() == "and" and len(chunks) > 1:
        # "A government committee that compiled hospital records, burial lists and reports from families
        # put the toll at 512": the list closes the relative clause; its head speaks
        listed = _relative_head_of_list(sentence, chunks)
        if listed is not None:
            return listed
    if (
        cut is not None
        and cut.group(0).strip().lower() in ("that", "which", "who")
        and len(chunks) > 1
        and _RELATIVE_VERB_RE.match(chunk[cut.end() :])
    ):
        # "La Manif pour tous, the coalition that organised the march, said", "..., the coalition of
        # Catholic groups, family associations and conservative activists that organised the march,
        # said": the name the description (and the list it may hold) describes
        k = 0 if _DESCRIPTION_HEAD_RE.match(chunk[: cut.start()].strip()) else 1
        while 0 < k < len(chunks) - 1 and not _DESCRIPTION_HEAD_RE.match(
            sentence[chunks[k][0] : chunks[k][1]].strip()
        ):
            k += 1  # the list's earlier items, back to the description that opens it
        if k < len(chunks) - 1 and (
            k == 0 or _DESCRIPTION_HEAD_RE.match(sentence[chunks[k][0] : chunks[k][1]].strip())
        ):
            ps, pe = chunks[k + 1]
            prev = sentence[ps:pe]
            if _looks_like_name(prev.strip()) and valid_np(_clean_np(prev)):
                return prev.strip(), ps + (len(prev) - len(prev.lstrip()))
    # a role phrase may hold a clause word ("the official who leads the agency"); a figure before
    # the clause word makes it a clause of its own ("The ministry counted 1.28 million while ...")
    # ("The strike came a day after Secretary of State X said": the role is after the clause word)
    if cut is not None and (
        not _is_role(chunk[: cut.start()]) or any(ch.isdigit() for ch in chunk[: cut.start()])
    ):
        rest = chunk[cut.end() :]
        word = cut.group(0).strip().lower()
        head_np = chunk[: cut.start()].strip()
        if (
            word in ("that", "which", "who")
            and _RELATIVE_VERB_RE.match(rest)
            and head_np
            and (_SOURCE_NOUNS.search(head_np.split()[-1]) or _looks_like_name(head_np))
            and valid_np(_clean_np(head_np))
        ):
            # "A watchdog group that tracks the aid says ...": the head noun speaks, not its relative clause
            if len(chunks) > 1 and head_np.lower().startswith(("a ", "an ")):
                prev = sentence[chunks[1][0] : chunks[1][1]].strip()
                if _looks_like_name(prev) and valid_np(_clean_np(prev)):
                    # "The Observatory, an independent group that counts attacks, said"
                    return prev, chunks[1][0] + (
                        len(sentence[chunks[1][0] : chunks[1][1]])
                        - len(sentence[chunks[1][0] : chunks[1][1]].lstrip())
                    )
            return head_np, first_s + chunk.find(head_np)
        if rest.strip():
            chunk_start += cut.end()
            chunk = rest
        elif word in ("which", "who"):
            chunk = ""
        else:
            lead = _LEADING_NAME_RE.match(chunk)
            if lead is None:
                return None
            return lead.group(1).strip(), first_s + lead.start(1)
    np = chunk.strip()
    saids = list(_SAID_LEAD_RE.finditer(np)) if _SAID_HINT_RE.search(np) else []
    said = saids[-1] if saids else None
    if said is not None and _np_ok(np[said.end() :]) and valid_np(_clean_np(np[said.end() :])):
        # "X said march organizers estimated the crowd at 500,000": the subject of what is said
        chunk_start += len(chunk) - len(chunk.lstrip()) + said.end()
        chunk = np = np[said.end() :]
    if len(chunks) > 1 and _ASIDE_RE.match(np):
        np = ""  # "Authorities in Tobruk, near the border, said", "The report, updated on Sunday, says"
    if len(chunks) > 1 and np.lower().startswith(("a ", "an ")) and not _PERSON_ROLE_RE.search(np):
        # "The Front, a coalition formed in 2002, said": an indefinite description of the name before
        ps, pe = chunks[1]
        prev = sentence[ps:pe]
        if _looks_like_name(prev.strip()) and valid_np(_clean_np(prev)):
            return prev.strip(), ps + (len(prev) - len(prev.lstrip()))
    doc = _authored_document_before(sentence, chunks, 0, np)
    if doc is not None:
        return doc
    last = np.split()[-1] if np else ""
    if last.lower() in ("it", "he", "she", "they", "we") and len(np.split()) > 1:
        # "the 300,000 it reported", "Before final figures were released he said"
        return last, chunk_start + chunk.rstrip().rfind(last)
    if np and _np_ok(np) and not _is_role(np):
        start = chunk_start + (len(chunk) - len(chunk.lstrip()))
        if len(chunks) > 1 and chunk_start == first_s and _looks_like_name(np):
            # "The ministry's spokesman, Ashraf al-Qudra, said": keep the role with the name
            ps, pe = chunks[1]
            prev = sentence[ps:pe].strip()
            # "The mayor of Wajima, Shigeru Sakaguchi, said": the office with its holder
            role_before = _ROLE_END_RE.search(prev) or _OFFICE_OF_PLACE_RE.match(prev)
            if prev and role_before and len(prev.split()) <= 6 and valid_np(_clean_np(prev)):
                return prev + ", " + np, ps + (len(sentence[ps:pe]) - len(sentence[ps:pe].lstrip()))
        return np, start
    if np and not _is_role(np):
        return None
    if (
        np
        and len(chunks) > 1
        # not the verb of a relative clause ("X, an independent group that counts"); a conjunction opens a
        # clause whose subject this is ("..., as the interior ministry said 7,939 people")
        and (cut is None or cut.group(0).strip().lower() not in ("that", "which", "who"))
        and np[:4].lower() == "the "  # an appositive is mostly indefinite ("X, a UN agency, said")
        # ... and follows a name: "UNRWA, the main UN agency in Gaza said" is UNRWA's
        and not _looks_like_name(
            _LEAD_ADVERBIAL_RE.sub("", sentence[chunks[1][0] : chunks[1][1]].strip() + " ")
        )
        and not _PERSON_ROLE_RE.search(np)
        and _np_ok(np)
        and valid_np(_clean_np(np))
    ):
        # "..., the interior ministry said": a body right before its verb is the speaker, not an
        # appositive of what precedes ("Authorities detained six people ..., the ministry said")
        return np, chunk_start + (len(chunk) - len(chunk.lstrip()))
    if not np and len(chunks) > 1:
        doc = _authored_document_before(sentence, chunks, 1, sentence[chunks[1][0] : chunks[1][1]].strip())
        if doc is not None:
            return doc
    if not np:
        described = _described_name(sentence, chunks)
        if described is not None:
            return described
    # empty, a role appositive, or a descriptive aside: walk back to the head noun phrase
    role = np if np and _is_role(np) else ""
    for k, (cs, ce) in enumerate(chunks[1:], start=1):
        prev = sentence[cs:ce]
        p = prev.strip()
        if not p or _RELATIVE_START_RE.match(p) or _ASIDE_RE.match(p):
            continue  # "Health officials in Gaza, which is run by Hamas, say ..."
        doc = _authored_document_before(sentence, chunks, k, p)
        if doc is not None:
            return doc
        tail = _CLAUSE_TAIL_NAME_RE.search(p) if role and not role.lower().startswith(("a ", "an ")) else None
        if tail is not None and _looks_like_name(tail.group(1)) and valid_np(_clean_np(tail.group(1))):
            # "The pledge came a day after Jan Egeland, the UN relief coordinator, said ...": the name
            # opening the clause the role describes speaks, not the clause before it
            start = cs + (len(prev) - len(prev.lstrip())) + tail.start(1)
            return tail.group(1) + ", " + role, start
        lead = _LEADING_NAME_RE.match(prev)
        if role and _NARRATED_CLAUSE_RE.match(p) and not _looks_like_name(p):
            # "Police killed all four gunmen, the minister said": the chunk before the role is what is
            # told, a clause with its own verb and object, not a name the role describes
            break
        source_like = (
            _SOURCE_NOUNS.search(p) is not None
            and (
                len(p.split()) <= 6
                or (len(_clean_np(p).split()) <= 10 and (not _is_role(p) or _NP_LEAD_STRIP_RE.match(p)))
            )
            and not any(ch.isdigit() for ch in p)
        ) or _OWNERLESS_DOC_RE.match(p.lower()) is not None
        if (
            (_looks_like_name(p) or source_like or _LONG_NAME_RE.fullmatch(p))
            and lead is not None
            and _np_ok(p)
            and valid_np(_clean_np(p))
        ):
            start = cs + (len(prev) - len(prev.lstrip()))
            if not role and k + 1 < len(chunks):
                # "The ministry's spokesman, Ashraf al-Qudra, said": the role before the name
                rs, re_ = chunks[k + 1]
                before_name = sentence[rs:re_].strip()
                if (
                    before_name
                    and (_ROLE_END_RE.search(before_name) or _OFFICE_OF_PLACE_RE.match(before_name))
                    and len(before_name.split()) <= 6
                    and valid_np(_clean_np(before_name))
                ):
                    return before_name + ", " + p, rs + (
                        len(sentence[rs:re_]) - len(sentence[rs:re_].lstrip())
                    )
            if role and role.lower().startswith(("a ", "an ")) and not _PERSON_ROLE_RE.search(role):
                role = ""  # "X, an independent group that ...": a description, not a role
            return (p + ", " + role if role else p), start
        if _is_role(p) and not role:
            role = p
            continue
        if not _np_ok(p) or not valid_np(_clean_np(p)):
            if role:
                break
            continue
        if p.lower().startswith(("a ", "an ")) and not _PERSON_ROLE_RE.search(p):
            continue  # "X, a shadow administration formed by ..., said": a description of the name before
        break
    if np and _np_ok(np):
        return np, chunk_start + (len(chunk) - len(chunk.lstrip()))
    return None


#: a clause a body is the subject of, with a past verb and what it acted on ("Police killed all four
#: gunmen", "Security forces ended the siege"); a participle that describes the body ("Police based in
#: Gaza", "troops deployed to the north") is not one
_NARRATED_CLAUSE_RE = re.compile(
    r"^\s*(?:the\s+)?(?:[\w'’-]+\s+){0,4}?[\w'’-]+\s+(?:\w+ly\s+)?(?:had\s+|have\s+|has\s+)?"
    r"(?!(?:based|headquartered|named|called|known|backed|funded|led|stationed|deployed|posted|trained"
    r"|armed|assigned|sent|tasked|charged|involved|concerned|affected)\b)"
    r"(?:[a-z]+ed|shot|fought|took|held|caught|found|brought|struck|hit|beat|drove|threw|gave|put)\s+\w",
    re.IGNORECASE,
)

#: a body's full title, longer than a name usually runs ("The Hong Kong Alliance in Support of Patriotic
#: Democratic Movements of China, which organises the vigil, said"): capitals and their small words only
_LONG_NAME_RE = re.compile(
    r"(?:The\s+)?[A-Z][\w.'’&-]*(?:\s+(?:(?:of|for|and|the|in|on|de)\s+){0,2}[A-Z][\w.'’&-]*){3,13}"
)

_TIME_NOUN_AFTER_RE = re.compile(r"\s*(?:week|day|month|year|morning|evening|night|afternoon|weekend)\b")

#: a name that opens a subordinate clause at the end of a chunk ("came a day after Jan Egeland")
_CLAUSE_TAIL_NAME_RE = re.compile(
    r"\b(?:after|before|when|as|while|since|until|because|that|and)\s+((?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w.'’-]*)$"
)


def _described_name(sentence: str, chunks: list[tuple[int, int]]) -> tuple[str, int] | None:
    """The name before a description set off by commas right before the verb ("Ukrzaliznytsia, the
    state railway company, said", "Oxfam, a British charity, said"): the description says what the
    name is, the name is who speaks. A person's role ("X, a spokesman for Y, said") stays with the
    name, read by the walk back in ``_subject_before``."""
    if len(chunks) < 3:
        return None
    k = 1
    # "La Manif pour tous, the coalition of Catholic groups, family associations and conservative
    # activists that organised the march, said": a description listing its members over commas
    while (
        k < len(chunks) - 2
        and _LIST_ITEM_RE.match(sentence[chunks[k][0] : chunks[k][1]].strip())
        and not _APPOSED_DESCRIPTION_RE.match(sentence[chunks[k][0] : chunks[k][1]].strip())
    ):
        k += 1
    desc = sentence[chunks[k][0] : chunks[k][1]].strip()
    if not _APPOSED_DESCRIPTION_RE.match(desc) or any(ch.isdigit() for ch in desc):
        return None
    if _PERSON_ROLE_RE.search(desc) or (_OF_A_BODY_RE.search(desc) and not _COLLECTIVE_OF_RE.match(desc)):
        # "Jan Egeland, the head of the council, said", "X, the chairman of the Investigative
        # Committee, said": the name keeps its role and its body (below); a coalition "of Catholic
        # groups" is what the name is
        return None
    ns, ne = chunks[k + 1]
    name = sentence[ns:ne].strip()
    if _LEAD_ADVERBIAL_RE.match(name + " ") or not _looks_like_name(name):
        return None  # "Meanwhile, the army, ..., said": an opening adverb is no name
    words = name.split()
    if (
        words[0] in ("The", "A", "An")
        and not any(w[:1].isupper() for w in words[1:])
        # "The organisers, a collective of gay rights groups, trade unions and left-wing parties, counted":
        # a body named by its head before a description listing its members is still who speaks
        and not (k > 1 and _COLLECTIVE_OF_RE.match(desc) and valid_np(_clean_np(name)))
    ):
        return None  # "The army, the largest employer, said": a body named by its head, read below
    if not valid_np(_clean_np(name)):
        return None
    return name, ns + (len(sentence[ns:ne]) - len(sentence[ns:ne].lstrip()))


#: a list item inside a description: lowercase words, no figure ("family associations", "trade unions and
#: left-wing parties that organised the march")
_LIST_ITEM_RE = re.compile(r"^(?:and\s+)?[a-z][\w'’ -]{1,120}$")
#: a description of a body by its members ("the coalition of Catholic groups", "a collective of unions")
_COLLECTIVE_OF_RE = re.compile(
    r"^(?:the|a|an)\s+(?:[\w'’-]+\s+){0,2}(?:coalition|collective|alliance|federation|network|umbrella\s+group"
    r"|group|association|union|grouping|platform|movement)\s+of\b",
    re.IGNORECASE,
)
#: a description that ties the name to a body named in it ("the chairman of the Investigative Committee")
_OF_A_BODY_RE = re.compile(r"\b(?:of|for|at|with)\s+(?:the\s+)?[A-Z]")
#: a description in apposition, mid-sentence ("the state railway company", "a British charity")
_APPOSED_DESCRIPTION_RE = re.compile(r"^(?:the|a|an|one\s+of\s+the)\s+\S")


#: a possessive pronoun's own count opening a clause ("Their count came to", "Its tally stood at")
_OWN_COUNT_RE = re.compile(
    # after a time phrase opening the sentence too ("Later on Sunday its tally reached 229")
    r"(?:^(?:\s*(?:Later|Earlier|Then|Overnight|Meanwhile|By|On|At|As\s+of)\b[^,.;:]{0,40}?,?\s+)?|(?<=[,;:]\s)"
    r"|(?<=\band\s))(?P<np>[Tt]heir|[Ii]ts|[Hh]is|[Hh]er)\s+(?:(?:own|latest|final|new|revised"
    r"|updated|earlier|first|initial|provisional)\s+)?(?:count|tally|estimate|calculation|figures)\b"
)
_OWN_COUNT_HINT_RE = re.compile(
    r"(?:[Tt]heir|[Ii]ts|[Hh]is|[Hh]er) (?:\w+ )?(?:count|tally|estimate|calculation|figures)"
)
#: verbs of recording a count, and of giving a sum, as a figure's own relative clause uses them ("the 302
#: deaths that Amnesty documented", "the $350 million the president had promised"); each pattern below and
#: its hint share them
_RECORDED = r"documented|recorded|counted|reported|confirmed|registered|verified|tallied|announced|published|released|given"
_GAVE = (
    r"promised|pledged|offered|committed|donated|contributed|paid|earmarked|set\s+aside|set\s+up|handed\s+over"
    r"|paid\s+out|gave|given|disbursed|granted|allocated"
)
_CONTACT_HINT_RE = re.compile(
    r" (?:says|said|say|estimates?|estimated|believes?|believed|thinks?|reckons?|reckoned) (?:were|was|are|is|had"
    r"|have|has|would|could|might|may|will|remain|remained|died|lost)\b"
    r"|(?:counts|counted|lists|listed|registers|registered|classe[sd]|classifie[sd]|considers|considered"
    r"|describes|described|records|recorded|gives|gave|cites|cited|uses|used) as\b"
    rf"|(?:{_RECORDED})(?:[ ,.;:)]|$)"
)
_POSSESSIVE_PRONOUN = {"their": "they", "its": "it", "his": "he", "her": "she"}
#: a figure's own relative clause with its subject's gap ("the 300,000 people (whom) the governor says
#: were made homeless", "the 40 villages officials believe are cut off"): the clause's speaker gives it
_CONTACT_RELATIVE_RE = re.compile(
    # a coordinator after the figure opens a clause of its own ("4,000 and the police estimate was 3,500")
    rf"(?:\d(?:[\d,.]*\d)?|\b(?i:{NUMBER_WORD}))(?:\s+(?:million|billion|thousand))?\s+"
    r"(?:(?!(?:and|or|but|while|whereas)\s)[a-z][\w-]*\s+)"
    # ("the 316,000 the government gives as its toll": the head noun may be left out)
    r"{0,3}?(?:that\s+|whom?\s+)?"
    r"(?P<np>(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
    r"|officials|authorities|police|organi[sz]ers)"
    r"\s+(?:(?P<verb>says|said|say|estimates?|estimated|believes?|believed|thinks?|reckons?|reckoned)\s+"
    r"(?:were|was|are|is|had|have|has|would|could|might|may|will|remain|remained|died|lost)\b"
    # "the 68,000 people the UN still counts as homeless": whoever counts them so
    r"|(?:still\s+|now\s+|also\s+)?(?P<counts>counts|counted|lists|listed|registers|registered|classes|classed"
    r"|classifies|classified|considers|considered|describes|described|records|recorded|gives|gave|cites|cited"
    r"|uses|used)\s+as\b"
    # "the 302 deaths that Amnesty International documented by Feb. 8", "the 120 deaths the UN recorded
    # last week": whoever recorded them, with nothing after the verb but when or where
    r"|(?:had\s+|has\s+|have\s+)?(?:still\s+|now\s+|also\s+|earlier\s+|first\s+|previously\s+)?"
    rf"(?P<done>{_RECORDED})"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:by|on|in|at|as\s+of|last|earlier|before|until|since|through|during|so\s+far"
    r"|and|but|while|when|over|among|across)\b|\s+(?:[\w-]+\s+){1,2}(?:after|before|ago|earlier|later)\b))"
    # "... the police estimate was 3,500": a noun and its figure, not a relative clause
    r"(?!\s+(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than|at\s+least|just)\s+)?(?:US\$|\$|€|£)?\d)"
)


#: a sum asked for, as its own relative clause tells it ("the $2.1 billion the United Nations is seeking"):
#: the asker's figure, as a gift is the giver's
_ASKED = (
    r"(?:is|was|are|were)\s+(?:seeking|asking\s+for|appealing\s+for|requesting)"
    r"|(?:had\s+|has\s+|have\s+)?(?:sought|requested|asked\s+for|appealed\s+for)"
)
#: a gift's own relative clause with its object's gap ("the $350 million President Ana Ruiz had
#: promised in May", "the 2 million euros the foundation pledged."): the clause's subject gave it
_CONTACT_GIVER_RE = re.compile(
    r"(?<![\w,.])\d(?:[\d,.]*\d)?(?:\s+(?:million|billion|thousand))?\s+(?:(?!(?:and|or|but|while|whereas)\s)"
    r"[a-z][\w-]*\s+){0,3}?(?:that\s+|which\s+)?"
    r"(?P<np>(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+|[A-Z][\w'’-]*(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+)){0,3})"
    r"\s+(?P<verb>(?:had\s+|has\s+|have\s+)?(?:already\s+|initially\s+|first\s+|originally\s+|once\s+)?"
    rf"(?:{_GAVE})|{_ASKED})"
    r"(?=\s*(?:[,.;)]|$)|\s+(?:in|on|at|by|for|to|last|earlier|this|before|after|when|during|within|over|so"
    r"|has|have|had|was|were|is|are|will|would|still|as)\b)"
)
_CONTACT_GIVER_HINT_RE = re.compile(
    rf"\d\s+(?:(?:million|billion|thousand)\s+)?(?:[a-z][\w-]*\s+){{0,3}}[\w.'’ -]{{2,60}}?\s(?:{_GAVE}|{_ASKED})\b"
)
#: scholars named with their calling ("the political scientists Ana Ruiz and ..."): one party with the next name
_TITLED_NAME_RE = re.compile(
    r"^(?:[Tt]he\s+)?(?:[a-z-]+\s+){0,2}(?:scientists|researchers|scholars|academics|economists|professors"
    r"|experts|analysts|historians|sociologists|statisticians|demographers)\s+(?:[A-Z][\w'’.-]*\s*){1,4}$"
)
_SAID_HINT_RE = re.compile(r"(?:said|says|say|adde?d?s?|reports?|reported|wrote|writes|noted|notes) ")
#: a speech verb opening the chunk before a verb: its clause's own subject follows ("said police put ...")
_SAID_LEAD_RE = re.compile(
    r"(?:^|(?<=\s))(?:said|says|say|added|adds|reported|reports|wrote|writes|noted|notes)\s+(?=[A-Za-z])"
)


_OWNERLESS_FIGURE_RE = re.compile(
    r"^(?:the|a|an|this|that)\s+(?:[a-z][\w-]*\s+){0,3}(?:estimate|toll|count|tally|total|number|figure)$"
    # "Early estimates put the toll at 35,000", "Initial reports said": no one's, and no name
    r"|^(?:early|earlier|initial|first|preliminary|provisional|unconfirmed)\s+(?:[a-z][\w-]*\s+)?"
    r"(?:estimates|reports|figures|counts|tallies|accounts|numbers)$",
    re.IGNORECASE,
)


_FIGURE_RIGHT_BEFORE_RE = re.compile(r"\d(?:[\d,.]*\d)?\s+$")
#: ... never a date's day or a year ("UNICEF on March 3 said", "the report in 2019 found")
_DATE_BEFORE_FIGURE_RE = re.compile(
    r"(?:\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|\b(?:1[89]|20)\d\d)\s+$"
)
_OPENER_BEFORE_SUBJECT_RE = re.compile(
    r"^[A-Z][\w'’-]*(?:\s+[a-z][\w'’-]*)?,\s+(?=(?:the|its|their)\s+[^,]+$)"
)
#: a passive between a name and a verb done to people: "X was found sane and sentenced", "who were
#: tried and convicted" -- X is the one the court sentenced, not the court
_PASSIVE_ACT_BETWEEN_RE = re.compile(r"\b(?:was|were|is|are|been|being)\s")
_RELATIVE_CLAUSE_LEAD_RE = re.compile(r"^\s*,\s*(?:which|who|whose|where)\b[^,]*,")
_ACT_ON_PEOPLE_RE = re.compile(
    r"(?:convicted|sentenced|jailed|imprisoned|acquitted|fined|charged|indicted|arrested|detained|disciplined"
    r"|dismissed|sacked|suspended"
    # "The company ... was fined $760,000 and ordered to pay": told to, not telling
    r"|ordered|told|forced|required)\b"
)
_SAID_COMMA_BEFORE_RE = re.compile(
    r"\b(?:said|says|say|reported|reports|added|adds|told\s+[\w\s]{1,30}?|estimated|announced)\s*,\s*$"
)


def _owner_np(owner: re.Match[str]) -> tuple[str, int]:
    """A possessor's noun phrase from its last "the" on ("... of the ministry's" -> "the ministry"), and
    where it starts in the sentence."""
    np, start = owner.group(0), owner.start()
    idx = np.lower().rfind("the ")
    if idx > 0 and np[idx - 1] == " ":
        np, start = np[idx:], start + idx
    return np, start


def find_mentions(sentence: str, offset: int) -> list[Mention]:
    """Every attribution in ``sentence`` (which starts at ``offset`` in the article text)."""
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    dl = DATELINE_RE.match(sentence)
    if dl is not None:
        sentence = " " * dl.end() + sentence[dl.end() :]

    def add(
        start: int,
        end: int,
        np: str,
        words: str,
        gapped: bool = False,
        relay: str = "",
        trim: bool = False,
        speech: bool = True,
        bound: bool = False,
    ) -> None:
        if _OWN_CLAUSE_NP_RE.search(np):
            return
        if not speech and _COUNT_IN_NP_RE.search(np):
            # "The premier responded on Friday with three decrees sent to parliament": the count is what
            # the deed's verb describes, not a doer giving a figure
            return
        np = _clean_np(np)
        if not valid_np(np) or _EVENT_NAME_RE.search(np):
            return  # (nor an event: "the Camp Fire's death toll", "Hurricane Katrina's toll")
        if relay and _vague_cited(np):
            if not _np_ok(relay) or not valid_np(relay):
                return  # "... inside the building when the roof collapsed, citing sources": no one
            np, relay = relay, ""  # "the UN said, citing government figures": the UN is the source
        citing = re.search(r",?\s+citing\s+(.+)$", np, re.IGNORECASE)
        if citing is not None:
            relay = np[: citing.start()]
            np = _clean_np(citing.group(1))
        if not relay and not gapped:
            np = _placed_officials(np, sentence)
        if not gapped:
            k = sentence.rfind(np, start, end + len(np))
            if k >= 0 and k + len(np) < end and trim:
                tail = _DATA_WORD_AFTER_RE.match(sentence, k + len(np))
                end = tail.end() if tail is not None else k + len(np)
        for s, e in taken:
            if s <= start < e or s < end <= e:
                return
        taken.append((start, end))
        if trim:
            words = sentence[start:end]
        if any(qs < start < qe for qs, qe in quoted):
            return  # words inside a quotation are the speaker's, not an attribution
        out.append(
            Mention(
                offset + start,
                offset + end,
                np,
                words.strip(),
                relay=relay,
                gapped=gapped,
                speech=speech,
                bound=bound,
            )
        )

    quoted = (
        [(q.start(), q.end()) for q in _QUOTATION_RE.finditer(sentence)]
        if '"' in sentence or "“" in sentence
        else []
    )
    reporting: list[tuple[int, int]] = []  # spans of "X said"-like mentions (sentence-relative)
    has_poss = "'s" in sentence or "’s" in sentence or "s'" in sentence or "s’" in sentence
    for m in _RELAY_RE.finditer(sentence) if "citing" in sentence or "quoting" in sentence else ():
        relay = _clean_np(m.group("relay"))
        if relay != m.group("relay").strip() and _vague_cited(_clean_np(m.group("np"))):
            continue  # "The UN said 90 people died, citing local officials": the speaker, found below
        add(m.start(), m.end(), m.group("np"), m.group(0), relay=relay)
    for m in _ACCORDING_RE.finditer(sentence):
        np = m.group("np")
        ending = _NAME_ENDING_VERB_RE.search(np)
        if ending is not None and ending.start() > 0 and m.group(0)[:9].lower() != "according":
            np = np[: ending.start()]
        if _DOCUMENT_BY_RE.match(m.group(0)):
            # "a review by The Hill of estimates released by ...": the author, not what was reviewed
            np = _OF_WHAT_RE.split(np, maxsplit=1)[0]
        # a relay: "the UN, citing the health ministry" -> keep going past the comma
        rest = sentence[m.end("np") :]
        cite = re.match(r",\s+citing\s+([^,.;:!?\"“”()]{2,120})", rest)
        words_end = m.end("np")
        if cite is not None:
            np = np + ", citing " + cite.group(1)
            words_end = m.end("np") + cite.end()
        np_clean = _clean_np(np)
        if (
            m.group(0)[:6].lower() == "citing"
            and _vague_cited(np_clean)
            and _SAID_COMMA_BEFORE_RE.search(sentence, max(0, m.start() - 60), m.start())
        ):
            continue  # "..., regional health officials said, citing hospital lists": the speaker's sources
        if m.group(0)[:6] == "Citing" and not sentence[: m.start()].strip():
            # "Citing the interior ministry, Reuters reported ...": the speaker relays the cited body
            spk = _OPENING_CITE_SPEAKER_RE.match(sentence, m.end("np"))
            if spk is not None:
                add(
                    m.start(),
                    spk.end(),
                    np,
                    sentence[m.start() : spk.end()],
                    relay=_clean_np(spk.group("spk")),
                )
                continue
        if cite is None and m.group(0)[:6].lower() == "citing" and _vague_cited(np_clean):
            continue  # "X reported ..., citing emergency-service sources": X is the source
        # "according to X, director general of corrections at the justice ministry": a post after the name
        appos = _APPOSED_POST_RE.match(sentence, m.end("np"))
        if appos is not None and _is_role(appos.group(1)) and len(np_clean.split()) <= 4:
            np = np_clean + ", " + appos.group(1)
        agent = _ACTION_AGENT_RE.match(sentence, m.start()) is not None
        before = len(out)
        add(m.start(), words_end, np, sentence[m.start() : words_end], trim=cite is None, speech=not agent)
        if len(out) > before and not agent:
            reporting.append((out[-1].start - offset, out[-1].end - offset))
    for m in _POSSESSIVE_TAIL_RE.finditer(sentence) if has_poss else ():
        w0 = max(0, m.start() - 60)
        # a plural's apostrophe comes after its "s": "the organisers' estimate" is the organisers'
        owner_end = m.start() + 1 if sentence[m.start() : m.start() + 2] in ("s'", "s’") else m.start()
        owner = _POSSESSOR_RE.search(sentence, w0, owner_end)
        if owner is None or _JUDGED_COUNT_RE.match(sentence, m.end()):
            continue  # "If the organisers' count is right, the turnout exceeded ...": not their figure
        np, start = _owner_np(owner)
        add(start, m.end(), np, sentence[start : m.end()])
    for m in _POSSESSIVE_AMOUNT_RE.finditer(sentence) if has_poss else ():
        # "the Arnault family's 100 million euros": the owner's own gift, as "X pledged" would say
        w0 = max(0, m.start() - 60)
        owner_end = m.start() + 1 if sentence[m.start() : m.start() + 2] in ("s'", "s’") else m.start()
        # "France's 20 million euros and Canada's C$45 million": the owner starts after the amount before
        for sep in _OWNER_SEPARATOR_RE.finditer(sentence, w0, owner_end):
            w0 = sep.end()
        owner = _AMOUNT_OWNER_RE.search(sentence, w0, owner_end)
        if owner is None:
            continue
        np, start = _owner_np(owner)
        end = m.start() + 2  # the words end at the possessive: the amount is the figure, not the source
        add(start, end, np, sentence[start:end], speech=False)
    for m in _INVERTED_RE.finditer(sentence):
        np = m.group("np")
        end = m.end("np")
        if _FINITE_VERB_RE.search(np):
            continue  # "said the families had been vindicated": what was said, no speaker after the verb
        appos = _APPOSED_POST_RE.match(sentence, end)
        if appos is not None and (
            _ROLE_START_RE.match(appos.group(1)) or _BARE_ROLE_RE.match(appos.group(1))
        ):
            np = np + ", " + appos.group(1)
            end = appos.end()
        # '"We have recovered 45 bodies," said X': the words start at the verb, after the closing quote
        start = m.start() + len(m.group(0)) - len(m.group(0).lstrip(",\"”'’ \t"))
        add(start, end, np, sentence[start:end])
    for m in _QUOTED_RE.finditer(sentence) if "quoted" in sentence else ():
        sub = _subject_before(sentence, m.start() + 1)
        if sub is None:
            continue
        np, np_start = sub
        relay = _clean_np(m.group("relay") or "")
        add(np_start, m.end(), np, sentence[np_start : m.end()], relay=relay)
    for m in (
        _FIGURE_CAME_FROM_RE.finditer(sentence)
        if " from " in sentence or " by " in sentence or " of " in sentence
        else ()
    ):
        # "The figure came on Saturday from the State Security Council": who gave the figure just told
        add(m.start("np"), m.end("np"), m.group("np"), sentence[m.start() : m.end("np")])
    quoting = list(_QUOTING_AS_RE.finditer(sentence)) if " as " in sentence else []
    for m in quoting:
        add(m.start("np"), m.end(), m.group("np"), sentence[m.start("np") : m.end()])
    own_count = any(w in sentence for w in ("count", "tally", "estimate", "figures", "calculation"))
    for m in _OWN_COUNT_RE.finditer(sentence) if own_count and _OWN_COUNT_HINT_RE.search(sentence) else ():
        # "Their count came to 3.2 million": whoever "they" are
        add(
            m.start("np"),
            m.end(),
            _POSSESSIVE_PRONOUN[m.group("np").lower()],
            sentence[m.start("np") : m.end()],
        )
    for m in _CONTACT_RELATIVE_RE.finditer(sentence) if _CONTACT_HINT_RE.search(sentence) else ():
        # "the 300,000 people the governor says were made homeless": the figure is the governor's
        verb_end = (
            m.end("verb") if m.group("verb") else m.end("counts") if m.group("counts") else m.end("done")
        )
        add(m.start("np"), verb_end, m.group("np"), sentence[m.start("np") : verb_end], bound=True)
    for m in _CONTACT_GIVER_RE.finditer(sentence) if _CONTACT_GIVER_HINT_RE.search(sentence) else ():
        # "well above the $350 million President Ana Ruiz had promised": the gift's giver is the clause's
        add(m.start("np"), m.end("verb"), m.group("np"), sentence[m.start("np") : m.end("verb")], bound=True)
    for m in _TO_SAY_RE.finditer(sentence) if " to " in sentence else ():
        sub = _subject_before(sentence, m.start())
        if sub is not None:
            add(sub[1], m.end(), sub[0], sentence[sub[1] : m.end()])
    for m in _WITH_SPEAKER_RE.finditer(sentence) if "with " in sentence else ():
        add(m.start("np"), m.end(), m.group("np"), sentence[m.start("np") : m.end()])
    for m in _IN_A_POLL_RE.finditer(sentence) if " poll" in sentence or " survey" in sentence else ():
        # "In a Kaiser Family Foundation poll conducted in June, 10 percent of adults said ...": the
        # pollster's figure, whatever its respondents say
        add(m.start("np"), m.end(), m.group("np"), sentence[m.start() : m.end()])
    for m in _CAME_FROM_RE.finditer(sentence) if " from " in sentence else ():
        add(m.start("np"), m.end("np"), m.group("np"), sentence[m.start() : m.end("np")])
    for m in _COUNT_REACHED_RE.finditer(sentence) if "count" in sentence or "tally" in sentence else ():
        # "The Associated Press count of arrests passed 10,000": the counter's figure
        add(m.start("np"), m.end(), m.group("np"), sentence[m.start("np") : m.end()])
    for m in _speech_verbs(sentence):
        if _PASSIVE_BEFORE_RE.search(sentence[max(0, m.start() - 12) : m.start()]):
            continue
        if _TOLD_COUNTED_RE.match(sentence, m.end()) and m.group(0).split()[-1].lower() in (
            "told",
            "tells",
            "tell",
        ):
            continue  # "the city had told its 1.1 million students they could miss class": whom it told
        if any(q.start() == m.start() for q in quoting):
            continue  # "The statement quoted X as saying": X's words, found above
        if _AGENT_AFTER_RE.match(sentence, m.end()):  # case-insensitive: "by police departments" too
            # "the $2 million pledged last week by X", "estimates released by police departments":
            # a participle whose agent follows, read with "according to"; the words before are no speaker
            continue
        head = sentence[max(0, m.start() - 60) : m.start()]
        aux = _AUX_TAIL_RE.search(head)
        if m.group(0) == "given" and (aux is None or _PERFECT_RE.search(aux.group(0)) is None):
            continue  # "the figures given by", "Given the damage": no one giving here
        verb_start = m.start() - (len(head) - aux.start()) if aux is not None else m.start()
        fig = _FIGURE_RIGHT_BEFORE_RE.search(sentence, max(0, verb_start - 20), verb_start)
        if fig is not None and not _DATE_BEFORE_FIGURE_RE.search(
            sentence, max(0, fig.start() - 12), fig.end()
        ):
            continue  # "Beijing had 339 confirmed cases": the figure's own participle, no one confirming
        sub = _subject_before(sentence, verb_start)
        if sub is None:
            continue
        np, np_start = sub
        # ("Police in Hebei province, where Sanlu is based, have arrested": the relative clause's own verb)
        between = _RELATIVE_CLAUSE_LEAD_RE.sub("", sentence[np_start + len(np) : verb_start])
        if _PASSIVE_ACT_BETWEEN_RE.search(between) and _ACT_ON_PEOPLE_RE.match(m.group(0)):
            continue  # "Breivik was found sane on Friday and sentenced to 21 years": the one sentenced
        opener = _OPENER_BEFORE_SUBJECT_RE.match(np)
        if opener is not None and "," not in sentence[np_start + len(np) : verb_start]:
            # "Nationwide, the ministry put ...": an adverb opening the sentence, no name in apposition
            # (which would close with a comma of its own: "Nordbahn, the railway company, said")
            np, np_start = np[opener.end() :], np_start + opener.end()
        if (
            _COMPARED_BEFORE_RE.search(sentence, max(0, np_start - 30), np_start) is not None
            or _COMPARED_LEAD_RE.match(np) is not None
        ):
            continue  # "far above the toll Saudi Arabia has given": the other figure's giver, not this one's
        if m.group(0).split()[-1].lower() in _SHOW_VERBS and not _DATA_HEAD_RE.search(np):
            continue  # "intelligence showed" is no attribution, "Home Office data shows" is
        if _OWNERLESS_FIGURE_RE.match(np) or _OWNERLESS_FIGURE_RE.match(f"{np} {m.group(0).split()[0]}"):
            # "An earlier estimate had put the number at 60": a figure, not someone giving it; "Early
            # estimates put ...": the noun of one, not a verb with "Early" its subject
            continue
        rest = sentence[m.end() :]
        cite = _CITING_AFTER_RE.match(rest)
        end = m.end()
        if cite is not None:
            end += cite.end()
            if valid_np(_clean_np(cite.group(1))) and not _EYEWITNESSES_RE.match(_clean_np(cite.group(1))):
                add(np_start, end, cite.group(1), sentence[np_start:end], relay=_clean_np(np), trim=True)
                continue
            # "the IOM said, citing survivors": witnesses are no registered source, the speaker is
            add(np_start, end, np, sentence[np_start:end])
            continue
        verb = m.group(0).split()[0].lower()
        if (
            _ACTION_VERB_RE.match(m.group(0))
            # ("Residents bought 300 generators": buyers in the street, no one giving a figure)
            and (
                _SOURCE_NOUNS.search(np) is None
                or _TRANSACTION_RE.match(m.group(0)) is not None
                or _LAY_PEOPLE_RE.search(np) is not None
            )
            and _PLAIN_PLURAL_RE.fullmatch(_clean_np(np))
        ):
            continue  # "Floodwaters doubled", "Hospitals increased capacity": no one giving a figure
        if _MOVED_PEOPLE_RE.match(m.group(0)) is not None and any(
            o.speech and o.end - offset <= np_start for o in out
        ):
            continue  # "McKenzie said U.S. and coalition aircraft had evacuated 123,000": his figure, told
        if verb not in _SPEECH_VERBS and _PERPETRATORS_RE.match(np):
            continue  # "hackers using the bank's credentials sent 35 payment orders": a crime told, no giver
        before = len(out)
        add(np_start, end, np, sentence[np_start:end], speech=verb in _SPEECH_VERBS)
        if len(out) > before and m.group(0).split()[-1].lower() in _COMPLEMENT_VERBS:
            reporting.append((out[-1].start - offset, out[-1].end - offset))
    for m in _PARTICIPLE_RE.finditer(sentence):
        subj = sentence_subject(sentence)
        if subj is not None:
            add(m.start(), m.end(), subj, f"{subj} ... {m.group(0).strip(', ')}")
    for m in _AND_SAID_RE.finditer(sentence) if " and " in sentence else ():
        # "X, a former U.N. economist, was sworn in as prime minister on Wednesday and said the country
        # would need $8 billion": the sentence's subject said it
        if any(o.start - offset <= m.start() < o.end - offset for o in out):
            continue
        subj = sentence_subject(sentence)
        if subj is not None and (_names_a_person(subj) or _SOURCE_NOUNS.search(subj) is not None):
            add(m.start(), m.end(), subj, f"{subj} ... {m.group(0).strip()}")
    for m in _COURT_AGENT_RE.finditer(sentence) if "ourt" in sentence or "ribunal" in sentence else ():
        # "The company was fined $760,000 in the Greymouth District Court and ordered to pay $3.41 million":
        # the court that fined it sets the sums
        add(m.start("court"), m.end("court"), m.group("court"), m.group("court"), speech=False)
    for m in _POSSESSIVE_OF_RE.finditer(sentence) if has_poss else ():
        add(m.start(), m.end(), m.group("np") or m.group("np2"), m.group(0), gapped=True)
    for m in (
        _COMPOUND_ESTIMATE_RE.finditer(sentence) if " estimate " in sentence or " count " in sentence else ()
    ):
        add(m.start("np"), m.end(), m.group("np"), m.group(0).strip(), gapped=True)
    for m in (
        _COMPOUND_FIGURE_RE.finditer(sentence) if " figure " in sentence or " number " in sentence else ()
    ):
        add(m.start("np"), m.end(), m.group("np"), m.group(0).strip(), gapped=True)
    for m in _GAPPED_RE.finditer(sentence):
        np = m.group("np")
        after = sentence[m.end() :]
        named = np[:1].isupper() or np.startswith("the ")
        last = np.split()[-1]
        # "X put its dead at 199, Egypt at 182 and Indonesia at 129": parties repeating a count elliptically
        put_at = after.startswith("at ") and _PUT_AT_BEFORE_RE.search(sentence, 0, m.start()) is not None
        if named and last[:1].isupper() and after.startswith("at ") and not put_at:
            continue  # "Japan at 10": no second party of a count
        if (
            not put_at
            and named
            and last[:1].isupper()
            and not _GAPPED_CAPITAL_NEEDS_CURRENCY.match(_strip_qual(after))
            # "police counted 4,000 and the CGT 20,000": an acronym after a count is its second party
            and not (
                len(last) > 1
                and last.isupper()
                and any(not o.gapped and o.end - offset <= m.start() for o in out)
            )
        ):
            continue
        if np.split()[0] in ("The", "A", "An", "In", "On", "At", "Of", "By", "Since", "About"):
            continue
        if np.split()[0].lower() in _NOT_A_PARTY:
            continue  # "Another $6 billion ...", "Only $4 million ...": a word of the figure, not a giver
        add(m.start("np"), m.end("np"), np, np, gapped=True)
    if reporting:
        out = [
            o for o in out if o.speech or o.gapped or o.relay or not _reported(o, reporting, sentence, offset)
        ]
    out.sort(key=lambda x: x.start)
    return out


#: officials named by no body ("officials", "local authorities", "city officials")
_BARE_OFFICIALS_RE = re.compile(
    r"^(?:(?:local|city|county|state|provincial|regional|district|municipal|town|government|senior)\s+)?"
    r"(?:officials|authorities)$",
    re.IGNORECASE,
)
_NOT_A_PLACE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar"
    r"|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An"
    r"|All|Total|Addition|Response|Contrast|Particular|Practice|Recent|Public|Private)\b"
)
#: a sentence that opens on its place: "In Buncombe County, ...", "In the Lviv region, ..."
_LEAD_PLACE_RE = re.compile(
    rf"^\s*In\s+(?:the\s+)?(?P<place>(?!{_NOT_A_PLACE})[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}}"
    r"(?:\s+(?:county|region|province|district|state|city|oblast|prefecture))?)\s*,\s"
)


def _placed_officials(np: str, sentence: str) -> str:
    """Officials a sentence's opening place puts somewhere are that place's: "In Buncombe County,
    officials have confirmed 30 deaths" -> "Buncombe County officials" (who the registry can tell
    from the nation's government, and editors from other places' officials)."""
    if not _BARE_OFFICIALS_RE.match(np):
        return np
    lead = _LEAD_PLACE_RE.match(sentence)
    if lead is not None:
        return f"{lead.group('place')} {np}"
    level = _LEVEL_OF_OFFICIALS_RE.match(np)
    if level is not None:
        # "... the tower in Bangkok, city officials said": the one place of that level the sentence names
        places = {m.group("place") for m in _PLACE_IN_RE.finditer(sentence)}
        if len(places) == 1:
            return f"{places.pop()} {np}"
    return np


#: officials named by the level of their place ("city officials", "county officials")
_LEVEL_OF_OFFICIALS_RE = re.compile(r"^(?:city|county|state|provincial|district|municipal|town)\s", re.I)
#: a place a figure is put in, inside the sentence: "in Bangkok", "in the Lviv region"
_PLACE_IN_RE = re.compile(
    rf"\bin\s+(?:the\s+)?(?P<place>(?!{_NOT_A_PLACE})[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}})(?![\w'’-])"
)


def _reported(o: Mention, reporting: list[tuple[int, int]], sentence: str, offset: int) -> bool:
    """Whether an action ("the United States had provided $X", "medics had recorded N") is what a
    speaker of the same sentence reports: it follows their verb in the same clause chain ("Z said
    that ..., and that ...", "Figures show ..., while ...") or wraps a parenthetical speaker ("The
    country, he wrote, had spent ..."). The speaker, not the doer, is then the source."""
    os_, oe = o.start - offset, o.end - offset
    for rs, re_ in reporting:
        if os_ <= rs and re_ <= oe:
            return True
        if re_ <= os_:
            between = sentence[re_:os_]
            if ";" in between or _NEW_CLAUSE_RE.search(between) is not None:
                continue
            if _FIGURE_OBJECT_RE.match(between) and not re.search(r"\bthat\b", between):
                continue  # "X announced 63 million euros, Kuwait pledged $41 million": a list of clauses
            return True
    return False


#: a verb's object that is itself a figure ("announced 63 million euros"), not a clause said
_FIGURE_OBJECT_RE = re.compile(
    r"\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|at\s+least|up\s+to|a\s+further"
    r"|another)\s+)?(?:US\$|\$|€|£|¥)?\d[\d,.]*(?:\s+(?:million|billion|thousand))?(?:\s+[a-z]+)?,\s"
)


#: speech verbs that take what is said as a clause ("said (that) ...", "figures show ...")
_COMPLEMENT_VERBS = frozenset(
    (
        "said",
        "says",
        "say",
        "told",
        "tells",
        "wrote",
        "writes",
        "added",
        "adds",
        "stated",
        "states",
        "announced",
        "announces",
        "reported",
        "reports",
        "claimed",
        "claims",
        "confirmed",
        "confirms",
        "noted",
        "notes",
        "insisted",
        "insists",
        "warned",
        "warns",
        "explained",
        "indicated",
        "indicates",
        "revealed",
        "reveals",
        "stressed",
        "show",
        "shows",
        "showed",
        "suggest",
        "suggests",
        "suggested",
        "tweeted",
        "posted",
        "replied",
        "replies",
        "responded",
        "responds",
        "argued",
        "argues",
        "acknowledged",
        "acknowledges",
        "declared",
        "declares",
    )
)
#: a coordinated clause of the narrator's own, not a second thing said ("..., and Japan pledged")
#: or a time or cause clause ("..., when the ministry recorded 1.27 million")
_NEW_CLAUSE_RE = re.compile(
    r",\s+(?:and|but)\s+(?!that\b)|\.\s|,\s+(?:as|after|before|until)\s|\b(?:when|because|although|though"
    r"|unless)\s"
)


_SUBJECT_HEADS = (
    r"(?:ministry|agency|office|army|military|police|government|authorities|forces|IDF|union|unions|council"
    r"|committee|spokes(?:man|woman|person)|minister|president|officials|monitor|observatory|service"
    r"|services|prefecture|palace|department|organi[sz]ations?|groups?|coalition|administration|cabinet|court|inquiry|investigation|commission|panel|probe|investigators|prosecutors|regulator|watchdog"
    r"|militants|rebels|insurgents|kidnappers|captors|organi[sz]ers|associations?|federations?"
    # officers named by their office ("The attorney general cleared Najib, saying ..."): a speaker
    r"|general|governor|mayor|prosecutors?|director|secretary|commissioner|chairman|chairwoman|premier"
    r"|chancellor|coroner|sheriff|judge|commander|envoy|ambassador|auditor|ombudsman"
    r"|UN|WHO|UNICEF|UNRWA|OCHA|COGAT|ICRC|AFAD)"
)
_SENTENCE_SUBJECT_RE = re.compile(
    rf"^\s*(?P<np>(?:The\s+|the\s+|An?\s+|an?\s+)?(?:[\w'’-]+\s+){{0,4}}?{_SUBJECT_HEADS})\s+(?:\w+ly\s+)?"
    r"(?:has\s+|had\s+|have\s+|also\s+|later\s+)?(?:never\s+|long\s+|always\s+|since\s+)?"
    r"(?:[a-z]+(?:ed|s)|gave|put|said|told|made|took|kept|found"
    r"|held|set|sent|brought|spoke|wrote|gone|given)\b",
)


#: a body whose name opens with what it is, in any language ("The Fondation du patrimoine closed ...")
_ORG_LED_SUBJECT_RE = re.compile(
    r"^\s*(?P<np>(?:The\s+)?(?:Fondation|Foundation|Fundaci[oó]n|Fondazione|Stiftung|Fund|Trust|Institute|Society"
    r"|Association|Federation|Bank|Diocese|Archdiocese|University|Agence|Agencia|Ministerio|Minist[eè]re)"
    r"(?:\s+(?:du|de|des|del|della|di|of|for|the|and|la|le|für)?\s*[A-Za-zÀ-ÿ][\w'’-]*){1,4}?)\s+(?:\w+ly\s+)?"
    r"(?:has\s+|had\s+|also\s+)?[a-z]+(?:ed|s)\b",
)
#: a body named by its office and remit ("Louisiana's Department of Health and Hospitals uses a narrower
#: measure"): its name runs through "of" and "and" to the verb
_OFFICE_OF_SUBJECT_RE = re.compile(
    r"^\s*(?P<np>(?:The\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}(?:Department|Ministry|Office|Agency|Authority|Commission"
    r"|Bureau|Council|Service|Administration|Directorate|Board)(?:\s+(?:of|for|and|the|on)|\s+[A-Z][\w'’-]*){1,8})"
    r"\s+(?:\w+ly\s+)?(?:has\s+|had\s+|also\s+)?[a-z]+(?:ed|s)\b",
)
_PERSON_SUBJECT_RE = re.compile(
    r"^\s*(?P<np>(?:[A-Z][\w'’-]*\s+|(?:leader|chief|head|minister|spokes(?:man|woman)|president|director"
    r"|secretary|official|general)\s+){1,5}[A-Z][\w'’-]+)\s+(?:\w+ly\s+)?(?:has\s+|had\s+|also\s+)?"
    r"[a-z]+(?:ed|s)\b",
)
PERSON_WORD_RE = re.compile(
    r"\b(?:mayor|minister|governor|spokes(?:man|woman|person)|director|president|secretary|chief|head"
    r"|commander|Dr|Mr|Mrs|Ms|Prof|examiner|coroner|sheriff|prefect|envoy|archbishop|bishop|cardinal|pope|imam"
    r"|rabbi|priest|pastor|senator|ambassador|chairman|chairwoman|founder|judge|magistrate)\b",
    re.IGNORECASE,
)
PERSON_RE = re.compile(r"\b[A-Z][a-z'’-]+\s+(?:al-|el-|bin\s+|de\s+|van\s+)?[A-Z][a-z'’-]+\b")


#: a subordinating conjunction opening a sentence before a capitalised subject ("When Mayor X arrived")
_CLAUSE_OPENER_RE = re.compile(
    r"^\s*(?:As|While|When|Whenever|After|Before|Although|Though|Because|Since|Until|Till|Unless|Once|Whereas"
    r"|If)\s+(?=[A-ZÀ-Þ])"
)
_LEAD_PP_RE = re.compile(r"^\s*(?:In|On|At|After|During|Later|Earlier|Speaking|Writing)\b[^,]{0,70},\s+")


#: a non-restrictive relative clause right after a sentence's opening noun phrase
_SUBJECT_ASIDE_RE = re.compile(
    r"^(\s*[^,;:]{1,80}?),\s+(?:(?:who|which|whose|one\s+of|among|an?\s|the\s)[^,;:]{1,120}"
    # "Malaysia's attorney general, Mohamed Apandi Ali, cleared ...": the office named, then its holder
    r"|[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}),\s+(?=[a-z])"
)


_NAMED_SUBJECT_RE = re.compile(
    r"^\s*(?P<np>[A-Z][\w'’-]+)\s+(?:\w+ly\s+)?(?:has\s+|had\s+|also\s+)?[a-z]+(?:ed|s)\b"
)


def sentence_subject(sentence: str) -> str | None:
    """The source-like subject that opens a sentence ("The Israeli army disputed the toll."), kept so
    that a following "It said" can point at it."""
    dateline = DATELINE_RE.match(sentence)
    if dateline is not None:
        sentence = sentence[dateline.end() :]  # "LISBON - The ministry, which ...": the place is no name
    lead = _LEAD_PP_RE.match(sentence)
    if lead is not None:
        sentence = sentence[lead.end() :]  # "In a video posted on Facebook, Governor X welcomed ..."
    # "When Mayor X arrived, he said ...": the clause's subject, without its conjunction
    sentence = _CLAUSE_OPENER_RE.sub("", sentence)
    # "Mayor X, who reached the site on Sunday, ordered an inquiry": the subject without its aside
    sentence, asides = _SUBJECT_ASIDE_RE.subn(r"\1 ", sentence, count=1)
    m = (
        _SENTENCE_SUBJECT_RE.match(sentence)
        or _PERSON_SUBJECT_RE.match(sentence)
        or _ORG_LED_SUBJECT_RE.match(sentence)
        or _OFFICE_OF_SUBJECT_RE.match(sentence)
        # "Zara, whose supplier ran the plant, says it has paid ...": a lone name the aside describes is
        # a named party, as a sentence-opening capital alone is not
        or (_NAMED_SUBJECT_RE.match(sentence) if asides else None)
    )
    if m is None:
        # "Police offered a very different count.": a body's bare head, capitalised to open the sentence
        k = len(sentence) - len(sentence.lstrip())
        if not sentence[k : k + 2].istitle():
            return None
        m = _SENTENCE_SUBJECT_RE.match(sentence[:k] + sentence[k].lower() + sentence[k + 1 :])
        if m is None:
            return None
    np = _clean_np(sentence[m.start("np") : m.end("np")])
    if _COUNTED_OPENER_RE.match(re.sub(r"^(?:the|its|their)\s+", "", np, flags=re.I)):
        # "Twenty-two police officers were hurt", "The two million people the government says ...":
        # the counted, not someone counting
        return None
    if np and np.split()[0].lower() in _PRONOUNS:
        return None  # "It added that ...": whoever "it" is, the phrase is no name of its own
    return np if valid_np(np) and np.lower() not in _PRONOUNS else None


#: a number or a quantity opening a noun phrase ("Twenty-two police officers", "Dozens of soldiers")
_COUNTED_OPENER_RE = re.compile(
    r"^(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds"
    r"|thousands|dozens|scores|several|many|some|few|most|all)(?:-\w+)?|\d[\d,.]*)\b",
    re.IGNORECASE,
)


#: Between a gapped party and its figure: "organisers at 30,000"
GAP_AT_RE = re.compile(r"\s+at\s+")
#: An attribution put after its figure ("25,000 according to the unions")
POSTPOSED_RE = re.compile(r"(?:according\s+to|as\s+reported\s+by|citing|per)\b", re.IGNORECASE)
RELAYED_RE = CaselessPattern(re.compile(r",\s+citing\s", re.IGNORECASE))
_OWNER_WORD_RE = re.compile(r"(?<![\w'’-])([A-Z][\w'’.-]*)")
_NOT_OWNER = frozenset(("The", "A", "An", "Its", "Their", "His", "Her", "According", "Citing", "Figures"))
_LOWER_WORD_NEXT_RE = re.compile(r"\s+[a-z]")


def names_own_owner(phrase: str, registry: Any) -> bool:
    """Whether a phrase names whose body it is with a proper name the registry does not place
    ("Kuwait's foreign minister", "the Bouches-du-Rhone prefecture"): its context is then no guide
    to its owner. A region the registry knows ("the interior ministry in Rome") is not such a name."""
    if _SOURCE_NOUNS.search(phrase) is None:
        return False  # a person's name: the context says whom they speak for
    if UNIT_OF_BODY.match(phrase.strip()):
        return False  # "the Interior Ministry's National Disaster Operations Centre": whose ministry, the story says
    regions_in = getattr(registry, "regions_in", None)
    for m in _OWNER_WORD_RE.finditer(phrase):
        word = m.group(1)
        if word in _NOT_OWNER or _SOURCE_NOUNS.fullmatch(word.lower()) or _ROLE_WORD_ONLY_RE.fullmatch(word):
            continue
        if not phrase[: m.start(1)].strip() and _LOWER_WORD_NEXT_RE.match(phrase, m.end(1)):
            continue  # "Coast guard officials said": a capital only because the sentence opens on it
        if regions_in is not None and regions_in(word):
            continue
        return True
    return False


_ROLE_WORD_ONLY_RE = re.compile(
    r"(?:Governor|Mayor|Minister|President|Chief|Spokes(?:man|woman|person)|Director|Secretary|Head"
    r"|Commissioner|Prefect|Deputy|Acting|Interior|Foreign|Health|Defen[cs]e|Civil|Prime)",
)


#: Openers that leave the figure itself as what the sentence is about ("So far 74 of the dead ...",
#: "In Suzu, 23 ...", "Of them, 11 ...", "There were 40 ..."), stripped one after another.
_CONTINUATION_OPENER_RE = re.compile(
    r"^(?:(?:so\s+far|only|just|another|a\s+further|further|in\s+all|in\s+total|overall|altogether|meanwhile"
    r"|separately|elsewhere|however|also|still|yet|and|but|then|now|later|earlier|of\s+(?:them|those|these|whom)"
    r"|among\s+(?:them|those|these)\s+(?:were|are|was|is)|there\s+(?:were|are|was|is|have\s+been|had\s+been"
    r"|remain(?:ed)?)|(?:in|on|at|by|of|among|across|outside|near|after|since|during|until|from|with|as\s+of|as\s+at)\b[^,]{1,60},"
    r"|[\w-]+ly\b,?)\s*)+",
    re.IGNORECASE,
)
_RELATIVE_TAIL_RE = re.compile(r",\s+(?:which|where|whose)\s+[^,;:]*$", re.IGNORECASE)
_PRONOUN_SUBJECT_RE = re.compile(r"^(?:he|she|it|they|we|its|their|his|her|those|these|this|that)\b", re.I)
#: a pronoun subject after an introductory phrase: "Before the update it had held 120 names"
_PRONOUN_CLAUSE_RE = re.compile(
    r"\b(?:it|they|he|she|we)\s+(?:\w+ly\s+|also\s+|still\s+)?(?:had|has|have|was|were|is|are|would|will"
    r"|could|did|does|\w+ed)\b"
)
_DETERMINER_RE = re.compile(r"^(?:the|a|an|this|that|these|those|most|many|some|all|both|each|no)\s+", re.I)
_FUTURE_RE = re.compile(
    r"\b(?:will|would|shall|is\s+to|are\s+to|plans?\s+to|is\s+expected\s+to|are\s+expected\s+to|is\s+due\s+to"
    r"|are\s+due\s+to|is\s+set\s+to|are\s+set\s+to)\b",
    re.IGNORECASE,
)
#: What a reported count is about: a sentence whose subject is one of these goes on with the count
#: ("The victims included 12 children", "Affected households will receive ...")
_COUNTED_HEADS = frozenset(
    [
        "victims",
        "dead",
        "deceased",
        "injured",
        "wounded",
        "missing",
        "displaced",
        "affected",
        "homeless",
        "casualties",
        "fatalities",
        "deaths",
        "survivors",
        "bodies",
        "households",
        "families",
        "homes",
        "houses",
        "buildings",
        "structures",
        "children",
        "women",
        "men",
        "people",
        "residents",
        "migrants",
        "passengers",
        "evacuees",
        "patients",
        "workers",
        "pilgrims",
        "worshippers",
        "others",
        # a document the paragraph attributed, going on with its contents ("The list also named 27
        # Australians" after "According to the airline's breakdown of nationalities, ...")
        "list",
        "breakdown",
        "manifest",
        "roster",
        # "The report also documented at least 61 deaths": the report the paragraphs before attributed
        "report",
        "study",
        "survey",
        "inquiry",
    ]
)
_NP_END_WORDS = frozenset(
    [
        "is",
        "was",
        "were",
        "are",
        "has",
        "had",
        "have",
        "will",
        "would",
        "could",
        "can",
        "may",
        "might",
        "should",
        "must",
        "shall",
        "did",
        "does",
        "do",
        "remains",
        "remained",
        "stood",
        "stands",
        "rose",
        "fell",
        "reached",
        "put",
        "gave",
        "included",
        "includes",
        "include",
        "numbered",
        "numbers",
        "totalled",
        "totaled",
        "topped",
        "hit",
        "climbed",
        "jumped",
        "surged",
        "dropped",
        "accounted",
        "accounts",
        "received",
        "receive",
        "got",
        "get",
        "went",
        "took",
        "made",
        "left",
        "kept",
        "of",
        "in",
        "at",
        "from",
        "on",
        "for",
        "to",
        "with",
        "by",
        "near",
        "outside",
        "across",
        "since",
        "after",
        "during",
    ]
)
#: A breakdown of what was reported ("The package also includes ...", "The toll includes ...")
_INCLUDES_RE = re.compile(
    r"\b(?:includ(?:es|ed|e|ing)|comprises?|comprised|consists?\s+of|consisted\s+of|contains?|contained)\b",
    re.IGNORECASE,
)
_VP_ADVERBS = frozenset(("also", "still", "now", "then", "already", "only", "later", "earlier", "reportedly"))
_PARTITIVE_AFTER_RE = re.compile(r"^\s+(?:\w+\s+)?of\s+(?:the|them|those|these|whom|its|their)\b", re.I)


#: a vague count's bare plural ("Hundreds of people", "Dozens of homes"), not a part ("of the dead")
_BARE_PLURAL_AFTER_RE = re.compile(r"^\s+of\s+(?!(?:the|them|those|these|whom|its|their|our|his|her)\b)[a-z]")


#: a demonstrative working out what the figures before it imply ("That would put turnout at",
#: "This would mean"): the outlet's inference, not the report it draws on
_INFERENCE_RE = re.compile(
    r"^(?:that|this|these|those)\s+(?:would|will|must|should)\s+(?:put|mean|make|give|represent|amount|equal"
    r"|imply|bring|leave)\b",
    re.IGNORECASE,
)


#: a place holding a bare share of the count the paragraph reported
PLACE_SHARE = (
    r"(?:[A-Z][\w'’.-]*\s+){1,3}(?:state|province|region|city|district|county|prefecture)?\s*"
    r"(?:,[^,]{3,60},\s*)?(?:had|has|counted|recorded|registered|reported|accounted\s+for)"
)
_PLACE_SHARE_RE = re.compile(rf"^{PLACE_SHARE}$")
_NOUN_AFTER_RE = re.compile(r"\s+[a-z]{3,}")


def continues_report(lead: str, after: str = "", vague: bool = False) -> bool:
    """Whether a sentence with no attribution of its own goes on with the report the paragraph has
    attributed, so that the attribution carries to its figure. ``lead`` is the sentence up to the
    figure, ``after`` the words right after it, ``vague`` whether the figure is a vague count
    ("hundreds", "dozens").

    It does when the figure is what the sentence is about ("Another 3,400 were injured", "In Suzu,
    23 died", "There were 40 ..."), unless it is a vague count the outlet gives on its own ("Hundreds
    of people remain missing": an impression, not a tally anyone gave), when a pronoun points back ("He had given a toll of 116"), when
    the figure is a part of the dead or the counted ("Suzu accounted for 98 of the deaths"), when
    the subject is the counted itself ("The victims included 12 children"), when it breaks down what
    was reported ("The package also includes 300 trucks"), or when the sentence announces what will
    be done (only someone's statement can: "Families will receive 30,000 dirhams"), and always inside
    a quotation. A new grammatical subject with no speech verb is the outlet's own statement ("The
    death toll had been 49 by Thursday", "An earlier estimate had put the number at 60", "The
    storm destroyed 40 homes"): nothing carries to it."""
    lead = lead.strip()
    if lead[:1] in ('"', "“"):
        return True  # a quotation goes on with the speaker's own words
    rest = _CONTINUATION_OPENER_RE.sub("", lead.lstrip("([‘'")).strip(" ,;:—–-")
    if not rest and vague and _BARE_PLURAL_AFTER_RE.match(after):
        return False  # "Hundreds of people remain unaccounted for": the outlet's picture, no one's tally
    if not rest:
        return True
    if _INFERENCE_RE.match(rest):
        return False  # "That would put turnout at about 42 percent": the outlet's own arithmetic
    if _PRONOUN_SUBJECT_RE.match(rest) or _PRONOUN_CLAUSE_RE.search(rest):
        # "It dwarfed the march's permit, which had been issued for 5,000 people": a figure inside a
        # relative clause describes another thing, in the outlet's words
        return _RELATIVE_TAIL_RE.search(rest) is None
    if _PARTITIVE_AFTER_RE.match(after) or _FUTURE_RE.search(rest) or _INCLUDES_RE.search(rest):
        return True
    if _PLACE_SHARE_RE.match(rest) and not _NOUN_AFTER_RE.match(after):
        return True  # "Morelos state, just south of the capital, had 71": a place's share of the report
    words = _DETERMINER_RE.sub("", rest).split()
    head = ""
    for i, word in enumerate(words):
        low = word.lower().strip(",;:'’\"")
        if i and (low in _NP_END_WORDS or low.endswith(("ed", "ly")) or low in _VP_ADVERBS):
            break  # the verb phrase begins: "The strikes also wounded 104"
        head = low
    return head in _COUNTED_HEADS


def names_source(phrase: str) -> bool:
    """Whether a phrase names a body that can be a source (a ministry, a person with a role, ...)
    rather than a place or a thing."""
    return _SOURCE_NOUNS.search(phrase) is not None
