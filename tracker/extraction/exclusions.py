"""Numbers that are never figure claims: dates, years, clock times, ages, ordinals, numbers inside
names ("Resolution 2334", "Route 60"), durations used as time references ("for 10 months", "in the
past 24 hours"), measurements, magnitudes and phone numbers."""

from __future__ import annotations

import re

from tracker.extraction.metrics import ONE_NATIONAL, SPEED_UNIT_RE
from tracker.extraction.numbers import NumberMention
from tracker.extraction.prefilter import CaselessPattern
from tracker.extraction.sources import ANONYMOUS_SOURCE_RE

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_MONTH_BEFORE_RE = re.compile(rf"\b{_MONTHS}\.?\s+(?:the\s+)?$")
# (a dash only when set tight: "UVALDE, Texas, May 25 - Nineteen children" is a dateline)
_DAY_RANGE_BEFORE_RE = re.compile(
    rf"\b{_MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s+(?:and|to|through)\s+|[-–])$"
)
_IN_TWO_RE = re.compile(r"\b(?:in|into)\s+$", re.IGNORECASE)
_CLAUSE_END_RE = re.compile(r"\s*(?:[.,;:!?)]|$|and\b|but\b)")
_RATE_BASE_BEFORE_RE = re.compile(r"\b(?:per|for\s+every|out\s+of\s+every|in\s+every)\s+$", re.IGNORECASE)
_MONTH_DAY_BEFORE_RE = re.compile(rf"\b{_MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+$")
_DAY_MONTH_BEFORE_RE = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}\.?,?\s+$")
_MONTH_AFTER_RE = re.compile(rf"^(?:st|nd|rd|th)?\s*(?:of\s+)?{_MONTHS}\b\.?")
_YEAR_CONTEXT_BEFORE_RE = re.compile(
    r"\b(?:in|since|of|from|until|till|by|during|before|after|year|early|late|mid|spring|summer|autumn"
    r"|fall|winter|and|to|through|fiscal|FY|season|census)\s*$",
    re.IGNORECASE,
)
#: words that put a four-figure number written without a separator in time, however far back
_OLD_YEAR_BEFORE_RE = re.compile(r"\b(?:in|since|until|till|during|year)\s*$", re.IGNORECASE)
_COUNT_NOUN_AFTER_RE = re.compile(
    r"^\s+(?:people|persons|residents|civilians|children|women|men|soldiers|troops|protesters|demonstrators"
    r"|families|homes|houses|buildings|trucks|migrants|refugees|workers|patients|students|victims"
    r"|Palestinians|Israelis|were|have|had|are|died|dead|killed|injured|wounded)\b",
)
_CLOCK_AFTER_RE = re.compile(
    r"^(?::\d|\.\d\d\s*[ap]\.?m\b|\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|GMT\b|UTC\b|hrs\b|local\s+time\b|"
    r"h\d\d))",
    re.IGNORECASE,
)
_CLOCK_BEFORE_RE = CaselessPattern(
    re.compile(r"(?:\d[:.]|\bat\s+(?=\d{4}\s*(?:GMT|UTC|hrs)))$", re.IGNORECASE)
)
#: "... had raised its alert level to 2 in November, and moved it to 4": the same scale, named by "it"
_LEVEL_IT_BEFORE_RE = re.compile(
    r"\b(?:raised|lowered|moved|upgraded|downgraded|increased|cut|dropped|set|put|kept|lifted|reduced)\s+it"
    r"\s+(?:back\s+)?(?:to|at)\s+$",
    re.IGNORECASE,
)
_LEVEL_WORD_RE = re.compile(r"\b(?:alert|warning|threat|danger|readiness)\s+levels?\b", re.IGNORECASE)
#: "the floods of 14 and 15 July": the first day of two, the month after the second
_DAY_PAIR_AFTER_RE = re.compile(rf"^\s*(?:and|to|or|-|–)\s*\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}\b")
#: "for the two, a tour guide and an Australian teenager": people already named, no count of anyone
_THE_FEW_APPOSED_AFTER_RE = re.compile(r"^\s*(?:,\s+(?:a|an|the|both|one)\s|[.;])")
#: a clock time written with a point, as British copy does: "at about 9.15 on Friday morning"
_DOTTED_CLOCK_RAW_RE = re.compile(r"^(?:[01]?\d|2[0-3])\.[0-5]\d$")
_DOTTED_CLOCK_BEFORE_RE = CaselessPattern(
    re.compile(
        r"(?<!closed\s)(?<!stood\s)(?<!ended\s)(?<!traded\s)(?<!opened\s)"
        r"\b(?:at|by|until|till|after|before|since)\s+(?:about\s+|around\s+|roughly\s+|approximately\s+|exactly\s+)?$",
        re.IGNORECASE,
    )
)
_DOTTED_CLOCK_AFTER_RE = re.compile(
    r"^\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|in\s+the\s+(?:morning|afternoon|evening)"
    r"|(?:that|this|on\s+the)\s+(?:morning|afternoon|evening|night)|last\s+night|tonight|yesterday|local\b)",
    re.IGNORECASE,
)
_AGE_AFTER_RE = re.compile(
    r"^(?:[\s-]+(?:years?|months?|weeks?|days?)[\s-]+old\b|\s*,?\s*years?\s+of\s+age\b|-year-old"
    # "the girls, 9 and 12 years old": the first of coordinated ages
    r"|(?:\s*,\s*\d{1,3})*,?\s+(?:and|or)\s+\d{1,3}[\s-]+(?:years?|months?)[\s-]+old\b)",
    re.IGNORECASE,
)
_AGE_BEFORE_RE = CaselessPattern(
    re.compile(
        r"\b(?:aged|age|ages|ageing|aging)\s+(?:of\s+|from\s+|to\s+|at\s+|limit\s+of\s+)?(?:between\s+)?$"
        # "two boys aged 11 and 17", "aged 4, 9 and 12": every age of a coordinated list
        r"|\b(?:aged|ages)\s+(?:between\s+)?\d{1,3}(?:\s*,\s*\d{1,3})*(?:,?\s+(?:and|or)\s+|\s*,\s*)$"
        r"|\bage\s+(?:\w+\s+){0,3}(?:from\s+\d+\s+)?(?:from|to)\s+$"
        r"|\b(?:children|kids|those|people|youths|minors|boys|girls|adults|anyone|infants|babies)\s+(?:aged\s+)?"
        r"(?:under|over|below|above|younger\s+than|older\s+than)\s+(?:the\s+age\s+of\s+)?$"
        # "the youngest just eight", "the oldest was 92": an age
        r"|\b(?:youngest|oldest|eldest)(?:\s+(?:victim|child|one|of\s+them|of\s+the\s+[a-z]+))?\s*,?\s+(?:(?:was|is|just|only|aged|being"
        r"|barely)\s+){0,2}$",
        re.IGNORECASE,
    )
)
#: a person's name closing right before the figure ("Lee Joon-seok, 69,"), not a place's count
_NAME_COMMA_BEFORE_RE = re.compile(
    r"(?<![,;:])\b(?!(?:In|At|From|Near|Of|Across|On|The)\s)(?:[A-Z][\w'’.]*(?:-[\w'’.]+)?\s+){0,3}"
    # "Dzhokhar Tsarnaev, now 20, is in custody": the age a year on
    r"[A-Z][\w'’.]*(?:-[a-z][\w'’.]*)?,\s*(?:now\s+|then\s+|still\s+only\s+|only\s+|just\s+)?$"
)
_ONE_PERSON_NOW_RE = re.compile(
    r"\b(?:son|daughter|boy|girl|brother|sister|child|wife|husband|mother|father|man|woman|suspect|victim"
    r"|survivor|pilot|captain|driver|gunman|attacker|bomber|teenager|student|officer|soldier),\s*(?:now|then)\s+$",
    re.IGNORECASE,
)
_PLACE_PREP_BEFORE_RE = re.compile(r"\b(?:in|at|from|near|of|across)\s+(?:the\s+)?$", re.IGNORECASE)
_AGE_COMMA_AFTER_RE = re.compile(r"^\s*(?:,|\)|\s+(?:and|was|is|who|said|says|told|had|has)\b)")
_DURATION_AFTER_RE = re.compile(
    r"^(?:[\s\u00a0-]+|-)(?:more\s+|full\s+|straight\s+|consecutive\s+|long\s+|additional\s+)?"
    r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|fortnights?|months?|years?|yrs?|decades?"
    r"|centuries|century|generations?|semesters?|terms?|innings|sessions?|episodes?"
    # "three rounds of talks" count turns; "142 rounds", "45 rounds of tear gas", "11 rounds were fired"
    # count what was shot
    r"|rounds?(?!\s+(?:of\s+(?:[\w-]+\s+){0,2}(?:ammunition|bullets?|gunfire|fire|tear\s+gas|shells?|rubber"
    r"|live|shots?|mortars?|artillery|rockets?)\b|(?:were|was|had\s+been|have\s+been)?\s*(?:fired|shot)\b"
    r"|inside|into|at)\b)"
    r"|times?|fold)\b"
    # ("31 second-graders": a school year's pupils, not a duration)
    r"(?!-graders?\b)",
    re.IGNORECASE,
)
_MEASURE_AFTER_RE = re.compile(
    # (never a speed -- "about 190 km/h" on a bend limited to 80 is what an inquiry into a crash
    # disputes -- nor a fall of rain, "as much as 50 inches of rain": figures the copy reports as such)
    r"^(?:[\s\u00a0-]*(?:km(?!/h)|kms|kilomet(?:re|er)s?(?!\s+(?:an|per)\s+hour)|miles?(?!\s+(?:an|per)\s+hour)|mi|metres?|meters?"
    r"|(?:feet|foot|ft|inch(?:es)?|cm|mm|centimet(?:re|er)s|millimet(?:re|er)s)(?!\s+of\s+(?:rain|rainfall|snow))"
    r"|kg|kilos?|kilograms?|grams?|lbs?|degrees?|°|magnitude|"
    r"calories|mw|gw|kw|kwh|mwh|volts?|watts?|storeys?"
    r"|stories|floors?)\b|°|[\s-]*(?:C|F)\b(?!\.)"
    # a container's size ("a 20-litre jerrycan"); a volume released, spilled or delivered ("5,000 barrels a
    # day", "210,000 gallons of crude") is a figure an inquiry and a company dispute
    r"|-(?:litres?|liters?|gallons?|barrels?)\b)",
    re.IGNORECASE,
)
_WIND_BEFORE_RE = re.compile(
    r"\b(?:winds?|gusts?|gusting|gusted|windspeeds?|sustained)\b[^.;]{0,25}$", re.IGNORECASE
)
_ROUNDS_AFTER_RE = re.compile(r"^[\s\u00a0-]+rounds?\b", re.IGNORECASE)
#: "fired more than 200 rounds through the door": rounds shot, whatever follows them
_FIRED_BEFORE_RE = re.compile(
    r"\b(?:fired|fire|firing|shot|shooting|discharged|unleashed|bought|purchased|carried|stockpiled)\s+"
    r"(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
#: an explosion's strength as a mass of TNT ("equivalent to three tonnes of TNT and the second to 21
#: tonnes"): a measure of the blast, as a quake's magnitude is, not an amount of anything
_TNT_AFTER_RE = re.compile(
    r"^[\s\u00a0-]*(?:tonnes?|tons?|kilotons?|kilotonnes?|megatons?|kt)\b(?:\s+of\s+TNT\b|(?!\s+of\b))",
    re.IGNORECASE,
)
#: a possessive after "one" ("one man's hatred", "one family's grief"): a determiner, no count
_ONE_POSSESSIVE_AFTER_RE = re.compile(r"^\s+[a-z]+['’]s\b")
#: one person quoted, not counted: "shouted one woman whose son was killed", "One woman from the
#: Bryansk region said she was still looking for her son"
_SPEAKER_ONE_BEFORE_RE = re.compile(
    r"\b(?:said|says|shouted|told|recalled|added|asked|cried|wept|sobbed|screamed|explained|wrote)\s+$"
)
_SPEAKER_ONE_AFTER_RE = re.compile(
    r"^\s+(?:[a-z]+\s+)?(?:woman|man|resident|mother|father|survivor|witness|relative|neighbou?r|protester"
    r"|demonstrator|villager|miner|worker|student|doctor|nurse|volunteer|official|officer|mourner)"
    r"(?:\s+(?:from|in|at|of)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?)?,?\s+(?:said|says|told|shouted|recalled)\b"
)
_MEASURED_AT_RE = re.compile(
    r"\b(?:measured|put|rated|estimated|recorded|registered)\s+(?:it|its\s+\w+)\s+at\s+$"
)
_MAGNITUDE_BEFORE_RE = CaselessPattern(
    re.compile(
        # "upgraded the quake's magnitude to 9.0 from 8.9"
        r"\bmagnitude(?:\s+\w+){0,2}\s+(?:to|of|at|from)\s+(?:\d(?:\.\d)?\s+(?:from|to)\s+)?$|"
        # "had raised its alert level for the island to 2": a step on a scale, not a count
        r"\b(?:alert|warning|threat|terror|danger|readiness)\s+levels?(?:\s+[\w'’]+){0,4}\s+(?:to|at|from)\s+$|"
        r"\b(?:magnitude|magnitude-|Richter|scale\s+of|measuring|category|level|grade|phase|stage|"
        r"tier|(?<!could\s)(?<!would\s)(?<!might\s)(?<!may\s)(?<!will\s)(?<!to\s)number|No\.|Nos\.|No(?=\s)|nr\.?|#)\s*$",
        re.IGNORECASE,
    )
)
_NAME_BEFORE_RE = re.compile(
    r"(?:\b(?:Resolution|Resolutions|Route|Highway|Road|Street|St\.|Avenue|Ave\.|Article|Articles|Flight"
    r"|Gate|Brigade|Battalion|Division|Unit|Building|Block|Platform|Terminal|Room|Chapter|Section"
    r"|Paragraph|Clause|Amendment|Bill|Law|Act|Decree|Order|Camp|Sector|Zone|District|Ward|Line|Bus|Train"
    r"|Apollo|Boeing|Airbus|Page|Vol\.|Channel|Hall|Tower|Grade|Class|Model|Type|Series|Squadron"
    r"|Regiment|Corps|Group|Team|Lot|Exit|Pier|Berth|Dock|Floor|Precinct|Interstate|Kilometre|Km"
    r"|Checkpoint|Crossing|Gaza\s+Strip\s+Sector|Operation|Mission|Code|Protocol|Directive|Regulation"
    r"|Title|Schedule|Annex|Appendix|Figure|Table|Item|Question|Proposition|Prop\.|Measure|Pillar"
    r"|Windows|iPhone|Galaxy|Covid|COVID|Ebola|COP|MiG|Patriot"
    # share indexes named by their members: the FTSE 100, the S&P 500, the Nikkei 225, the CAC 40
    r"|FTSE|S&P|Nikkei|Stoxx|STOXX|CAC|DAX|ASX|Sensex|Russell|Nifty|KOSPI|TOPIX|IBEX|AEX|SMI|MSCI"
    r"|Level|Phase|Stage|Category|Cat\.|Channel|Station|Post"
    r"|Pavilion|Villa|Complex|Tower|Ward|Bed|Row|Seat|Lane|Plot|Parcel|House|Apartment|Flat|Suite|Box)"
    r"\s+(?:No\.\s*)?$)",
)
_NAME_BEFORE_ANYCASE_RE = CaselessPattern(
    re.compile(
        r"\b(?:resolutions?|route|highway|articles?|flight|gate|platform|terminal|chapter|section|paragraph"
        r"|clause|amendment|building|block|room|floor|ward|bed|checkpoint|exit|precinct|interstate|formula"
        r"|channel|page|pages|road|hangar|lane|apartment|unit|courtroom|cell|suite|carriage|berth|pier)"
        r"\s+(?:no\.\s*)?$",
        re.IGNORECASE,
    )
)
_ADDRESS_AFTER_RE = re.compile(
    r"^\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Boulevard|Blvd\.?|Lane|Square"
    r"|Drive|Place|Terrace|Way|Crescent)\b"
)
#: a street named after a building, the number after it its address: "the building at Alvaro Obregon 286"
_ADDRESS_BEFORE_RE = re.compile(
    r"\b(?:[Bb]uilding|[Hh]ouse|[Hh]ome|[Bb]lock|[Tt]ower|[Oo]ffices?|[Ss]ite|[Pp]remises|[Aa]ddress|[Aa]partments?"
    r"|[Ss]chool|[Ff]actory|[Ww]arehouse|[Hh]otel)\s+(?:at|on)\s+(?:[A-Z][\w'’.-]*\s+){1,4}$"
)
_PHONE_RE = re.compile(
    r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}[.-]\d{3,4}[.-]\d{3,4}\b"
    r"|\+\d{1,3}(?:[\s.-]?\d{1,4}){2,5}\b"
    r"|\(\d{2,4}\)\s?\d{3,4}[\s.-]?\d{3,4}\b"
)
#: what every phone number above contains: its alternatives open on optional groups, so ``re`` tries
#: them at every character, while this finds nothing in almost every article several times faster
_PHONE_CORE_RE = re.compile(r"\d[.-]\d{3}|\+\d|\(\d")
_SINGULAR_COUNT_NOUN_RE = re.compile(
    r"^\s+(?:(?:\w+\s+)?(?:person|child|woman|man|girl|boy|baby|infant|soldier|officer|policeman|"
    r"civilian|journalist|worker|medic|doctor|nurse|hostage|militant|fighter|protester|demonstrator|"
    r"migrant|refugee|resident|patient|student|teacher|Palestinian|Israeli|body|truck|building|home|"
    r"house|school|hospital|death|fatality|casualty|injury|victim|crew\s+member|member|tourist|"
    r"national|citizen|pilgrim|miner|passenger|firefighter|rescuer|volunteer|attacker|gunman|assailant|bomber"
    r"|suspect|captive|detainee|prisoner|inmate|survivor|foreigner|employee)s?"
    # a person by nationality: "one American, Frederick Buttaccio, had died", "along with one Algerian"
    rf"|(?-i:{ONE_NATIONAL}|[A-Z][a-z]+ish\s+(?:national|citizen))(?![\w-]))\b"
    r"(?!\s+of\b)",
)
# "a 300-member legislative council", "the 55-member bloc": the body's size, a count of its members
_SLOGAN_BEFORE_RE = re.compile(
    r"\b(?:called\s+for|dubbed|billed\s+as|named|so-called|slogans?|chant(?:ed|ing|s)?|branded)\s+(?:an?\s+|the\s+)?"
    r"[\"“][^\"”]{0,30}$",
    re.IGNORECASE,
)
_SLOGAN_AFTER_RE = re.compile(r"^[^\"”.]{0,25}[\"”]")
_COMPOUND_AFTER_RE = re.compile(
    # (never "a 47-count indictment": the counts a prosecutor brings are a figure of the case)
    r"^-(?!strong\b|plus\b|odd\b|some\b|member\b|count\s+(?:[\w-]+\s+)?(?:indictments?|charges?|complaints?)\b)"
    r"[^\W\d_]"
)
_WEIGHT_POUNDS_RE = re.compile(r"pounds?$", re.IGNORECASE)
_SMALL = r"(?:[1-9]|10|one|two|three|four|five|six|seven|eight|nine|ten)"
_RATIO_AFTER_RE = re.compile(
    r"^\s+(?:in|out\s+of)\s+(?:every\s+)?(?:[2-9]|10|100|1,000|two|three|four|five|six|seven|eight|nine|ten"
    r"|a\s+hundred)\b(?![,.]\d)",
    re.IGNORECASE,
)
_RATIO_BEFORE_RE = CaselessPattern(
    re.compile(rf"\b{_SMALL}\s+(?:in|out\s+of)\s+(?:every\s+)?$", re.IGNORECASE)
)
_NAME_WORD_BEFORE_RE = re.compile(r"[^\W\d_][\w'’]*[ \u00a0-]$")
# "Two more people died in Castilla-La Mancha and one in Andalusia": "one" stands for "one person"
_ELLIPSIS_BEFORE_RE = re.compile(r"(?:\band|,)\s+$")
_ELLIPSIS_AFTER_RE = re.compile(r"^\s+(?:more\s+|other\s+)?(?:in|at|from|on)\s+[A-Z]")
_THE_OTHER_BEFORE_RE = re.compile(
    r"\b(?:the|their|its)\s+(?:other|remaining|last|first|next)\s+$", re.IGNORECASE
)
_COUNT_WORD_AFTER_RE = re.compile(r"^\s+[a-z]+s\b")
_SEQUENCE_WORD_BEFORE_RE = CaselessPattern(
    re.compile(
        r"\b(?:on|by|from|until|in|of|since)\s+(?:day|week|round|phase|stage|level|leg|lap|game|match|year)\s+$",
        re.IGNORECASE,
    )
)
_RATIO_BASES = frozenset((2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 100.0, 1000.0))
_LEADING_ZERO_RE = re.compile(r"0\d+")
_FEW_WHO_RE = re.compile(
    r"^\s+(?:[\w-]+\s+){0,2}?(?:men|women|brothers|sisters|sons|daughters)\s+who\s+(?!had\s+been\b)"
)
_THE_FEW_RE = re.compile(
    r"^\s+(?:(?:foreign|main|big|biggest|largest|major|rival|top|warring|opposing|neighbouring|neighboring"
    r"|strong|powerful|deadly|twin|separate)\s+){0,2}(?:leaders|men|countries|nations|parties|presidents|sides|governments|candidates|teams|companies"
    r"|brothers|sisters|states|allies|neighbours|neighbors|rivals|sides'|chambers|houses|superpowers|armies"
    r"|delegations|ministers|sons|daughters|women\s+met|men\s+met|provinces|regions|cities|districts"
    r"|villages|towns|areas|islands|governorates|prefectures|municipalities|crossings|countries'"
    # "The two quakes killed nearly 9,000": the events told before, not a count of them
    r"|quakes|earthquakes|tremors|attacks|blasts|explosions|bombings|shootings|storms|floods|disasters"
    r"|crashes|fires|strikes"
    # "The two agencies are not working from the same list": the bodies named before
    r"|agencies|organisations|organizations|institutes|ministries)\b"
    # "the toll from the two to 465", "the two combined": the two things told before, no count
    r"|^\s+(?:to|combined|together)\s+(?:\d|[a-z]+\s+\d)?",
    re.IGNORECASE,
)
_THE_BEFORE_RE = re.compile(r"\b(?:the|both|these|those)\s+$", re.IGNORECASE)
#: figures told before, named by what they are ("the two counts", "the three estimates"), not "counts of
#: murder"
_THE_FIGURES_AFTER_RE = re.compile(
    r"^\s+(?:(?:official|rival|separate|different|conflicting|competing)\s+)?(?:counts|tallies|tolls|figures"
    r"|estimates|totals|lists)\b(?!\s+of\b)",
    re.IGNORECASE,
)
_ALL_BEFORE_RE = re.compile(r"\ball\s+$", re.IGNORECASE)
_ALL_FIGURES_AFTER_RE = re.compile(
    r"^\s+(?:figures|estimates|tallies|tolls|totals)\b(?!\s+of\b)", re.IGNORECASE
)
#: "the two appeared together", "the three have since met": a pronoun for people named before, doing
#: something that is no event; a casualty verb ("the two were killed") still counts them
_PRONOUN_FEW_ACTION_RE = re.compile(
    r"^\s+(?:(?:have|had|has|will|would|later|then|also|both|together|first|last|never|often|since|had\s+not"
    r"|did\s+not|did|do|once|again|each)\s+){0,2}(?:appeared|appear|met|meet|spoke|speak|talked|talk|agreed"
    r"|agree|disagreed|said|say|went(?!\s+missing)|came|arrived|shook|signed|sign|discussed|embraced|exchanged"
    r"|shared|share|worked|work|argued|travell?ed|joined|sat|stood|walked|announced|declined|refused|told|denied"
    r"|insisted|married|know|knew|known|been\s+friends|are\s+friends|were\s+friends|posed|smiled|laughed"
    r"|hugged|dined|ate|played|sang|danced|visited|founded|launched|co-?founded|wrote|published|presented"
    r"|toured|remained\s+(?:friends|close|silent|apart)|parted|split|separated|divorced|reconciled)\b",
    re.IGNORECASE,
)
_NOT_A_COUNT_AFTER_RE = re.compile(
    r"^(?:[\s-]+(?:sides?|another|off|ways?|hands?(?![\s-]+[a-z]+s\b)|days?|times?|things?|points?|or\s+two|by\s+one"
    r"|after\s+(?:the\s+)?other)\b)",
    re.IGNORECASE,
)
_ONE_OF_RE = re.compile(
    r"^[\s-]+of\s+(?:the|his|her|its|their|our|my|your|those|these|them|us|whom|which)\b", re.IGNORECASE
)
#: "350.org", "Booking.com": a number glued to a web domain is part of a name
_DOMAIN_AFTER_RE = re.compile(r"^\.[a-z]{2,}\b")
#: "net zero emissions", "zero-carbon buses", "zero tolerance": a target or a label, not a count of nothing
_ZERO_TARGET_BEFORE_RE = re.compile(r"\b(?:net|near|almost|close\s+to)[\s-]+$", re.IGNORECASE)
_ZERO_TARGET_AFTER_RE = re.compile(
    r"^[\s-]+(?:carbon|emissions?|tolerance|waste|sum|hour|gravity|emitting|energy|interest|visibility|growth"
    r"|inflation|temperatures?|degrees)\b",
    re.IGNORECASE,
)
#: a model's letters after its number: "737 MAX", "A320 neo", "787 Dreamliner"
_MODEL_NAME_RE = re.compile(
    r"^[\s-](?:MAX|NG|ER|LR|XL|XLR|NEO|neo|Dreamliner)\b"
    # ("About 370 MAX jets": a count of the model's planes)
    r"(?!(?:\s+\d+)?\s+(?:jets|planes|aircraft|airliners|models|orders|deliveries|units)\b)"
)
#: a jetliner named by its model number alone: "a KLM Royal Dutch Airlines 747", "the Air France 777"
_AIRLINER_MODEL_RE = re.compile(r"^7[0-8]7$")
_AIRLINE_BEFORE_RE = re.compile(r"\b(?:Airlines?|Air\s+Lines|Airways|Air|Boeing|jumbo)\s+$", re.IGNORECASE)
#: "Most of the 66 children who died were under five", "most of the patients are under six": an age said of
#: people just named, with no noun of its own after it
_AGE_PREDICATE_BEFORE_RE = CaselessPattern(
    re.compile(
        r"\b(?:children|kids|pupils|patients|victims|babies|infants|dead|them|those|they|minors)\b[^.;:]{0,60}?"
        r"\b(?:(?:were|are|was|is)\s+(?:all\s+|mostly\s+|aged\s+)?|(?:most|many|all|some|half)\s+of\s+(?:them|whom)\s+(?:aged\s+)?)"
        # ("More than 300 children, most of them under five, died")
        r"(?:under|below|over|younger\s+than|older\s+than)\s+(?:the\s+age\s+of\s+)?$",
        re.IGNORECASE,
    )
)
_AGE_PREDICATE_AFTER_RE = re.compile(
    r"^(?:\s+years(?:\s+old)?)?\s*(?:[,.;)]|$|\s+(?:and|when|while|at|in)\b)"
)
#: the emergency numbers copy names by their digits (a "100" or "112" before "calls" is far more often a count)
_EMERGENCY_NUMBERS = frozenset(("911", "999"))
#: a number dialled is named with a determiner or a preposition, a count of calls with a verb: "a 999 call",
#: "the 911 dispatcher", "in calls to 911", never "the hotline took 911 calls"
_EMERGENCY_DETERMINER_BEFORE_RE = re.compile(
    r"\b(?:a|an|the|in|during|on|his|her|their|its)\s+$", re.IGNORECASE
)
_MODEL_NUMBER_BEFORE_RE = re.compile(r"\b\d{3}[\s-](?:MAX|NG)\s+$")
_EMERGENCY_CALL_BEFORE_RE = re.compile(
    r"\b(?:call(?:ed|s|ing)?\s+(?:to\s+)?|dial(?:l?ed|l?ing|s)?\s+|rang\s+)$", re.IGNORECASE
)
_EMERGENCY_CALL_AFTER_RE = re.compile(
    r"^\s+(?:calls?|dispatchers?|operators?|emergency\s+(?:calls?|line|number)|line|number|centre|center)\b",
    re.IGNORECASE,
)
#: "the call sign Extortion 17", "a ship named Ocean Star 9": a naming word before a capitalised name
_NAMING_BEFORE_RE = re.compile(
    r"\b(?:call[\s-]?signs?|code[\s-]?names?|codenamed|code-named|named|dubbed|called|nicknamed|known\s+as"
    r"|titled|entitled)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}$"
)
#: capitalised words right before a bare number ("School Strike 4 Climate", "Route Nationale 2,"); the word
#: before them (group "lead") tells a name inside a sentence from a list entry ("and Taroudant 809") or the
#: opening of a sentence ("Some 700 Muslim pilgrims")
_CAPITALISED_BEFORE_RE = re.compile(
    r"(?:^|(?P<lead>[\w,;.!?:\"“”—–-]+)\s+)(?P<name>(?:[A-Z][\w'’-]*\s+){1,3})$"
)
#: words that open a clause or a date, never part of a name
_NOT_A_NAME_WORD_RE = re.compile(
    r"(?:about|some|nearly|almost|roughly|around|over|under|only|another|just|least|most|more|fewer|less|than"
    r"|up|to|all|and|or|but|of|in|at|on|by|for|from|with|the|an?|said|says|told"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?"
    r"|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)",
    re.IGNORECASE,
)
_LIST_LEAD = frozenset(
    ("and", "or", "in", "at", "from", "with", "to", "of", "while", "whereas", "plus", "vs")
)
#: after the number: the name goes on with a capitalised word that is no plural noun ("4 Climate"), or ends
_NAME_GOES_ON_RE = re.compile(r"^\s(?P<word>[A-Z][a-z]+)\b(?!\s+(?:[a-z]+s\b|\d))")
_NAME_ENDS_RE = re.compile(r"^(?:\s*[,;:)]|\.(?:\s|$)|\s*$)")
_VAGUE_NOT_COUNT_AFTER_RE = re.compile(
    r"^\s+of\s+(?:(?:US\s+)?dollars|euros|pounds|miles|kilomet|years|hours|days|times|dollars|millions"
    r"|billions|thousands|trillions)",
    re.IGNORECASE,
)


def _inside_name(before: str, after: str) -> bool:
    """A bare number inside a capitalised name: "the call sign Extortion 17", "School Strike 4 Climate",
    "Route Nationale 2, the main road"; not "and Taroudant 809," (an entry of a list) nor "About 4,500"."""
    if _NAMING_BEFORE_RE.search(before):
        return True
    m = _CAPITALISED_BEFORE_RE.search(before)
    if m is None or m.group("lead") is None:
        return False  # the text opens with the capitalised word: nothing tells a name from a subject
    lead = m.group("lead")
    words = m.group("name").split()
    if not lead[-1:].isalpha() or any(_NOT_A_NAME_WORD_RE.fullmatch(w) for w in words):
        return False  # the capitalised word opens a sentence or a clause ("Some 700 ...", "said Monday")
    goes_on = _NAME_GOES_ON_RE.match(after)
    if goes_on is not None and not _NOT_A_NAME_WORD_RE.fullmatch(goes_on.group("word")):
        return True
    return lead.lower() not in _LIST_LEAD and _NAME_ENDS_RE.match(after) is not None


def phone_spans(text: str) -> list[tuple[int, int]]:
    """Spans of things that look like phone numbers; only computed when the text has a '+' or '('."""
    if "+" not in text and "(" not in text and "-" not in text:
        return []
    if _PHONE_CORE_RE.search(text) is None:
        return []
    return [(m.start(), m.end()) for m in _PHONE_RE.finditer(text)]


#: "... won 164 seats and the Popular Party 148.": a party's share of a tally told before, its noun left out
_GAPPED_PARTY_BEFORE_RE = re.compile(r"(?:,|\band|\bwhile|\bwith)\s+(?:the\s+)?(?:[A-Z][\w'’.&-]*\s+){1,4}$")
_GAPPED_END_AFTER_RE = re.compile(r"^\s*(?:[.,;:]|$|and\b|while\b)")
_TALLY_BEFORE_RE = re.compile(
    r"\d[\d,]*\s+(?:of\s+the\s+\d[\d,]*\s+)?(?:[\w-]+\s+)?(?:seats|votes|delegates|mandates)\b"
)


def _gapped_tally(text: str, m: NumberMention) -> bool:
    """Whether the number after a name ("and the Popular Party 148.") is that party's share of a tally
    of seats or votes the sentence gave just before ("The Socialists won 164 seats in Congress"), not a
    number in a name ("Route 60", "Resolution 2334")."""
    before = text[max(0, m.start - 200) : m.start]
    if not _GAPPED_PARTY_BEFORE_RE.search(before[-60:]) or not _GAPPED_END_AFTER_RE.match(
        text[m.end : m.end + 8]
    ):
        return False
    sentence = re.split(r"[.!?]\s", before)[-1]
    return _TALLY_BEFORE_RE.search(sentence) is not None


def exclusion_reason(text: str, m: NumberMention) -> str | None:
    """Why the number at ``m`` is not a figure claim, or None when it may be one."""
    start, end = m.start, m.end
    before = text[max(0, start - 40) : start]
    after = text[end : end + 40]
    is_plain_int = (
        not m.currency and not m.percent and not m.scale_word and not m.vague and m.value == int(m.value)
    )
    if m.vague:
        if _VAGUE_NOT_COUNT_AFTER_RE.match(after):
            return "vague-not-count"
        if _MEASURE_AFTER_RE.match(after):
            return "measurement"  # "for several hundred metres": a distance, not a count
        return None
    if after[:1].isalpha() and not m.percent and not m.currency:
        return "glued-to-word"  # 7th, 1990s, 40C, 5G, 3D
    if not m.spelled and not m.currency and _LEADING_ZERO_RE.fullmatch(m.raw.strip()):
        return "code"  # "Alvia 04155", a postcode, a flight or a case number: no count starts with 0
    if _COMPOUND_AFTER_RE.match(after) and not m.currency and not m.percent:
        return "compound-modifier"  # a three-phase deal, a two-state solution
    if m.currency and _WEIGHT_POUNDS_RE.search(m.raw) and after.startswith(" of "):
        return "measurement"  # 2,000 pounds of explosives
    if (m.value <= 10 and _RATIO_AFTER_RE.match(after)) or (
        m.value in _RATIO_BASES and _RATIO_BEFORE_RE.search(before)
    ):
        return "ratio"  # nine in 10 people, one in five children
    if after.startswith(("'s", "’s", "/")) and not m.currency:
        return "glued-to-word"
    if before.endswith(("/", "#", "№")):
        return "code"
    if before.endswith("-") and before[-2:-1].isdigit() and m.value_high is None:
        return "part-of-compound"  # 2022-23, 555-1234 tail
    if after[:2] in ("-0", "-1", "-2", "-3", "-4", "-5", "-6", "-7", "-8", "-9") and m.value_high is None:
        return "part-of-compound"
    if m.spelled and m.raw[:1].isupper() and _NAME_WORD_BEFORE_RE.search(before):
        return "name"  # World War Two, Formula One, Channel Four
    if is_plain_int and not m.spelled and "," not in m.raw and _DOMAIN_AFTER_RE.match(after):
        return "name"  # 350.org
    if m.value == 0 and (_ZERO_TARGET_BEFORE_RE.search(before) or _ZERO_TARGET_AFTER_RE.match(after)):
        return "target"  # net zero carbon emissions
    if (
        is_plain_int
        and not m.spelled
        and "," not in m.raw
        and _inside_name(before, after)
        and not _gapped_tally(text, m)
    ):
        return "name"  # the call sign Extortion 17, School Strike 4 Climate
    if is_plain_int and not m.spelled and "," not in m.raw and _MODEL_NAME_RE.match(after):
        return "name"  # a Boeing 737 MAX 8, an Airbus A320neo: a model, not a count
    if (
        is_plain_int
        and not m.spelled
        and _AIRLINER_MODEL_RE.match(m.raw.strip())
        and _AIRLINE_BEFORE_RE.search(before)
    ):
        return "name"  # "a KLM Royal Dutch Airlines 747 at Los Rodeos": the aircraft, not 747 of anything
    if is_plain_int and not m.spelled and _MODEL_NUMBER_BEFORE_RE.search(before):
        return "name"  # the "8" of a "737 MAX 8"
    if (
        is_plain_int
        and m.raw.strip() in _EMERGENCY_NUMBERS
        and (
            _EMERGENCY_CALL_BEFORE_RE.search(before)
            or (_EMERGENCY_CALL_AFTER_RE.match(after) and _EMERGENCY_DETERMINER_BEFORE_RE.search(before))
        )
    ):
        return "name"  # "in calls to 911", "a 999 call": a number dialled
    if _SLOGAN_BEFORE_RE.search(before) and _SLOGAN_AFTER_RE.match(after):
        return "name"  # 'who had called for a "march of a million"': a slogan's words, no count
    if (
        m.value_high is None
        and m.spelled
        and m.value == 1
        and not m.currency  # "from one Sudanese pound to three pounds": a price
        and not m.percent  # "One percent will go to ethnic minorities": a share
        and (not _SINGULAR_COUNT_NOUN_RE.match(after) or _ONE_POSSESSIVE_AFTER_RE.match(after))
        and not (_ELLIPSIS_BEFORE_RE.search(before) and _ELLIPSIS_AFTER_RE.match(after))
    ):
        return "pronoun-one"
    if (
        m.spelled
        and m.value == 1
        and m.value_high is None
        and (_SPEAKER_ONE_BEFORE_RE.search(before) or _SPEAKER_ONE_AFTER_RE.match(text[end : end + 120]))
        and _SINGULAR_COUNT_NOUN_RE.match(after)
    ):
        return "speaker"
    if m.value <= 12 and m.value_high is None and ANONYMOUS_SOURCE_RE.match(text[start : start + 120]):
        return "speaker"  # "citing two people familiar with the matter": who told, not who was counted
    if m.spelled and m.value <= 10 and _NOT_A_COUNT_AFTER_RE.match(after):
        return "not-a-count"
    if m.spelled and m.value <= 1 and _ONE_OF_RE.match(after):
        return "not-a-count"  # "one of the", not "nine of them were pulled out alive"
    if (
        m.spelled
        and m.value <= 4
        and re.search(r"\b(?:the|both|all|these|those|[a-z]+['’]s)\s+$", before, re.I)
        and (_THE_FEW_RE.match(after))
        # "the two men who escaped": a relative clause says which, a count of them
        and not _FEW_WHO_RE.match(after)
    ):
        return "reference"  # the two leaders, the two sides
    if (
        m.spelled
        and m.value <= 4
        and (
            (_THE_BEFORE_RE.search(before) and _THE_FIGURES_AFTER_RE.match(after))
            # "All three figures leave out ...", never "guilty on all three counts"
            or (_ALL_BEFORE_RE.search(before) and _ALL_FIGURES_AFTER_RE.match(after))
        )
    ):
        return "reference"  # "the gap between the two counts": the figures given before
    if (
        m.spelled
        and m.value <= 10
        and re.search(r"\b(?:the|these|those)\s+$", before, re.I)
        and _PRONOUN_FEW_ACTION_RE.match(after)
    ):
        return "reference"  # "the two appeared together at the offices": no count of anyone
    if (
        m.spelled
        and m.value <= 4
        and _THE_OTHER_BEFORE_RE.search(before)
        and not _COUNT_WORD_AFTER_RE.match(after)
    ):
        return "reference"  # "the other two arrived later"
    if (
        m.spelled
        and 2 <= m.value <= 4
        and re.search(r"\bthe\s+$", before, re.I)
        and _THE_FEW_APPOSED_AFTER_RE.match(after)
    ):
        return "reference"  # "searched the waters for the two, a tour guide and a teenager"
    if (
        m.value_high is None
        and not m.currency
        and not m.percent
        and m.value <= 100
        and _SEQUENCE_WORD_BEFORE_RE.search(before)
    ):
        return "ordinal"  # "on day three", "in round 2", "phase two"
    if is_plain_int and m.value <= 31 and _DAY_RANGE_BEFORE_RE.search(before):
        return "date"  # "between February 18 and 20, 2014": the range's second day
    if m.value == 2 and m.spelled and _IN_TWO_RE.search(before) and _CLAUSE_END_RE.match(after):
        return "idiom"  # "split the capital in two"
    if _RATE_BASE_BEFORE_RE.search(before):
        return "rate-base"  # "$268.50 per thousand cubic metres", "12 deaths per 100,000 people"
    if is_plain_int and m.value <= 31 and (_MONTH_BEFORE_RE.search(before) or _MONTH_AFTER_RE.match(after)):
        return "date"
    if is_plain_int and not m.spelled and 1 <= m.value <= 31 and _DAY_PAIR_AFTER_RE.match(after):
        return "date"  # "the floods of 14 and 15 July"
    if (
        is_plain_int
        and m.value <= 10
        and _LEVEL_IT_BEFORE_RE.search(before)
        and _LEVEL_WORD_RE.search(text, max(0, start - 250), start)
    ):
        return "name-or-scale"  # "raised its alert level to 2 in November, and moved it to 4"
    if is_plain_int and 1000 <= m.value <= 2100 and not m.spelled and "," not in m.raw and " " not in m.raw:
        if (
            _MONTH_DAY_BEFORE_RE.search(before)
            or _DAY_MONTH_BEFORE_RE.search(before)
            or _MONTH_BEFORE_RE.search(before)
        ):
            return "year"
        if 1800 <= m.value <= 2100 and not _COUNT_NOUN_AFTER_RE.match(after):
            return "year"
        if _YEAR_CONTEXT_BEFORE_RE.search(before) and 1900 <= m.value <= 2100:
            return "year"
        if _OLD_YEAR_BEFORE_RE.search(before) and not _COUNT_NOUN_AFTER_RE.match(after):
            return "year"  # "the deadliest hurricane since 1780", "In 1755, an earthquake ..."
    if not m.currency and not m.percent:
        if _CLOCK_AFTER_RE.match(after) or _CLOCK_BEFORE_RE.search(before):
            return "clock-time"
        if (
            not m.spelled
            and _DOTTED_CLOCK_RAW_RE.match(m.raw.strip())
            and _DOTTED_CLOCK_BEFORE_RE.search(before)
            and _DOTTED_CLOCK_AFTER_RE.match(after)
        ):
            return "clock-time"  # "at about 9.15 on Friday morning"
        if _AGE_AFTER_RE.match(after) or _AGE_BEFORE_RE.search(before):
            return "age"
        if (
            is_plain_int
            and m.value <= 18
            and _AGE_PREDICATE_BEFORE_RE.search(text[max(0, start - 120) : start])
            and _AGE_PREDICATE_AFTER_RE.match(after)
        ):
            return "age"  # "the children who died were under five": how old, not how many
        if (
            not m.spelled
            and 0 < m.value <= 110
            and m.value == int(m.value)
            and (name := _NAME_COMMA_BEFORE_RE.search(before)) is not None
            and not _PLACE_PREP_BEFORE_RE.search(before, 0, name.start())
            and _AGE_COMMA_AFTER_RE.match(after)
        ):
            return "age"  # "The captain, Lee Joon-seok, 69, was ...": a person's age set off by commas
        if (
            not m.spelled
            and 0 < m.value <= 110
            and _ONE_PERSON_NOW_RE.search(before)
            and _AGE_COMMA_AFTER_RE.match(after)
        ):
            return "age"  # "Their son, then 12, survived": one person's age at the time
        if _DURATION_AFTER_RE.match(after) and not (
            _ROUNDS_AFTER_RE.match(after) and _FIRED_BEFORE_RE.search(before)
        ):
            return "duration"
        if _MEASURE_AFTER_RE.match(after):
            return "measurement"
        if SPEED_UNIT_RE.match(after) and _WIND_BEFORE_RE.search(before):
            return "measurement"  # "winds of up to 177 kilometres an hour": a storm's strength, not a figure told
        if _MAGNITUDE_BEFORE_RE.search(before):
            return "name-or-scale"
        if _TNT_AFTER_RE.match(after) and "TNT" in text[max(0, m.start - 160) : m.end + 40]:
            return "measurement"
        # "the USGS put its magnitude at 6.2, while the institute measured it at 6.0"
        if (
            m.value < 10
            and re.fullmatch(r"\d\.\d", m.raw.strip())
            and _MEASURED_AT_RE.search(before)
            and "magnitude" in text[max(0, m.start - 200) : m.start].lower()
        ):
            return "name-or-scale"
        if (_NAME_BEFORE_RE.search(before) or _NAME_BEFORE_ANYCASE_RE.search(before)) and not _gapped_tally(
            text, m
        ):
            return "name"
        if _ADDRESS_AFTER_RE.match(after):
            return "address"  # 10 Downing Street
        if not m.spelled and _ADDRESS_BEFORE_RE.search(before):
            return "address"  # "the collapsed building at Alvaro Obregon 286"
    if m.value_high is not None and not m.currency and not m.percent and _DURATION_AFTER_RE.match(after):
        return "duration"
    return None
