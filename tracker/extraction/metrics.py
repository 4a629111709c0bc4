"""What a figure counts: the metric (from the verbs and nouns around it) and the subject phrase with
its class."""

from __future__ import annotations

import re
from functools import lru_cache

from tracker.extraction.numbers import NUMBER_WORD
from tracker.extraction.prefilter import CaselessPattern

#: Things counted (buildings, vehicles, supplies): the class ``objects``
_OBJECTS = (
    r"buildings?|homes?|houses?|structures|schools?|hospitals?|mosques?|churches|trucks?|truckloads?"
    r"|lorr(?:y|ies)|vehicles?|bombs?|munitions|missiles?|rockets?|drones?|shells|tents?|apartments?"
    r"|villages|packages?|parcels?|pallets?|tonnes|tons|meals|shelters?|sites|facilities|roads|bridges"
    r"|crossings|boats|ships|aircraft|planes|tanks|weapons|warehouses|clinics|dwellings|shops|businesses"
    r"|airdrops?|convoys?|rations|kits|blankets|flights|strikes|airstrikes|targets|wells|schools|bags"
    r"|locations|properties|premises|cars|generators|tarpaulins|farms|(?:plane|ship|boat|car)loads?"
    r"|consignments?|doses|vaccines|tractors|ambulances|buses|helicopters|jets|canisters|cartridges|bullets"
    r"|grenades|(?:(?:rubber|plastic|beanbag|sponge)\s+)?rounds|searches|raids|faculties|universities|campuses"
    r"|factories|offices|banks|pantries|kitchens|depots|hubs|centres|centers|howitzers|launchers|guns|rifles"
    r"|radars|mortars|systems|batteries|carriers|vans|trains|motorcycles|motorbikes|bicycles|bikes|scooters"
    r"|ferries|vessels|trailers|wagons|locomotives|satellites|turbines|computers|laptops|tablets|phones"
    r"|ballots|ballot\s+papers|firms|companies|carriages|flats|blocks|high-rises|(?:fire\s+)?engines|appliances"
    r"|devices|machines|servers|videos|copies|firearms|magazines|parts|(?:hand\s+)?brakes|tankers|tank\s+cars|dams|reservoirs"
    r"|(?:relief\s+|refugee\s+|displacement\s+|tent\s+)?camps|containers|petrol\s+stations|gas\s+stations|stations|stores"
    r"|pits|graves|mass\s+graves|trenches|tombs|burial\s+sites"
    # goods seized or found: "some 12,000 pieces of jewellery", "hundreds of handbags"
    r"|pieces|items|handbags|watches|jewell?ery|paintings|bottles|packets|bars|documents|files|records"
)

_UNDER_RUBBLE = (
    r"(?:under|beneath|in)\s+(?:the\s+)?(?:\w+\s+)?"
    r"(?:rubble|debris|mud|snow|ruins|wreckage|landslides?|mudslides?)"
)

#: what a shelter or camp does with the people it counts: "shelters run by the Red Cross housed 3,000",
#: "the camps now house 40,000"; a bare "houses" may be the noun ("shelters and houses were destroyed")
_WORDS_BEFORE_HOUSING = r"\s+(?:(?!(?:and|or|but|were|was|are|is)\b)[\w'’-]+\s+){0,6}?"
_HOUSES = (
    rf"(?:{_WORDS_BEFORE_HOUSING}(?:(?:were|are|was|is|had\s+been|have\s+been|has\s+been)\s+)?(?:housed"
    r"|housing|took\s+in|taking\s+in|hosted|hosting|accommodated|accommodating|sheltered|sheltering)"
    rf"|(?:{_WORDS_BEFORE_HOUSING}(?:now|still|currently|already))?\s+(?:house|houses|hosts?|accommodates?"
    r"|takes?\s+in|shelter))"
)
#: shelters run for an evacuation: who stays there is an evacuee (the displaced stay in other shelters)
_EVACUATION_SHELTERS = r"(?:temporary|emergency|evacuation|government)\s+(?:shelters?|centres?|centers?)"

#: who takes people as no state does: what they capture are hostages, not detainees
_NON_STATE_CAPTORS = (
    r"(?:the\s+)?(?:protesters|demonstrators|militants|gunmen|rebels|insurgents|kidnappers|fighters"
    r"|attackers|jihadists|pirates|rioters|separatists|militiamen|bandits)\b"
)
#: illnesses, which make the people treated for them sick, not hurt
_ILLNESSES = (
    r"(?:pneumonia|dehydration|hypothermia|infections?|illness(?:es)?|diseases?|fever|diarrh(?:o)?ea|cholera"
    r"|malaria|measles|dysentery|malnutrition|heatstroke|heat\s+stroke|exhaustion|poisoning|respiratory"
    r"|breathing\s+problems|symptoms)\b"
)
_METRIC_WORDS: tuple[tuple[str, str], ...] = (
    (
        "killed",
        # "charges that carry the death penalty", "six death sentences": a sentence, not a death
        r"kill(?:ed|ing|s)?|dead|deaths?(?!\s+(?:penalty|penalties|sentences?|row)\b)|death\s+tolls?|tolls?|died|dies|die|dying|lost\s+their\s+lives"
        r"|lives\s+lost|lost\s+(?:his|her)\s+life|claimed\s+the\s+lives|(?:took|taken|taking|takes|cost|costing)"
        r"\s+the\s+lives|(?:struck|hit)\s+by\s+(?:gunfire|bullets?|a\s+bullet|shrapnel)\s+and\s+(?:killed|died)"
        # (never "the world body said": the UN)
        r"|bodies|(?<!world\s)(?<!global\s)(?<!governing\s)(?<!u\.n\.\s)(?<!un\s)(?<!international\s)(?<!regional\s)body"
        r"|fatalit(?:y|ies)|hanged|hanging|hangings"
        # "cases, of which 311 were fatal" (a partitive "2,287 of them fatal" still takes its whole's metric)
        r"|(?<=them\s)fatal|(?<=were\s)fatal"
        r"|fatally|perished|perish|slain|martyr(?:ed|s)?|massacred|executed|murdered|drowned|deadliest"
        # "after the massacre of 20 children": the noun of the killing, right before those it killed
        r"|(?:massacres?|slaughter|murders?)\s+of(?=\s*$)"
        # "900 victims of sexual violence": the harmed, not the dead
        r"|victims(?!\s+of\s+(?:sexual|rape|abuse|torture|trafficking|gender|domestic|assault|fraud|theft|crime))"
        # "Police put their own losses at 14 officers": a force's dead
        r"|(?:own\s+)?losses\s+at(?=\s*$)"
        # the family of death verbs: how people die in disasters and attacks
        r"|suffocated|asphyxiated|electrocuted|incinerated|beheaded|decapitated|assassinated|slaughtered"
        r"|succumbed(?:\s+to\s+(?:their|his|her|the)\s+(?:\w+\s+)?(?:injuries|wounds|burns))?|gunned\s+down"
        # a security force's word in quotes: dozens of attackers "eliminated", "liquidated" (never a team
        # eliminated from a cup, unquoted)
        r"|(?<=[\"“'‘])(?:eliminated|liquidated|neutrali[sz]ed)(?=[\"”'’])"
        r"|mowed\s+down|mown\s+down|remains\s+of|(?:found|left|shot|confirmed|declared|pronounced)\s+dead|lifeless|corpses"
        rf"|bur(?:ied|ying|ies)(?:\s+alive)?(?!\s+(?:{_OBJECTS})\b)(?!\s+(?:alive\s+)?{_UNDER_RUBBLE})",
    ),
    (
        "injured",
        r"injur(?:ed|ies|y|ing|es)|wounded|wounding|wounds|hurt|maimed|hospitali[sz]ed|in\s+hospital"
        r"|treated\s+in\s+hospitals?|(?:treated\s+)?for\s+(?:burns|injuries|wounds|fractures|smoke\s+inhalation)"
        # taken to hospital, admitted, treated, burned: the injured as the wards and clinics see them
        r"|(?:(?:admitted|taken|rushed|ferried|brought|sent|transferred|transported|driven)\s+(?:in\s+)?)?to"
        r"\s+(?:(?:a|the|local|nearby|\w+['’]s|several|various|two|three|\w+)\s+){0,2}(?:hospitals?|clinics"
        r"|clinic|infirmar(?:y|ies)|medical\s+(?:centres?|centers?|facilities))"
        r"|(?:suffered|suffering|sustained|sustaining|with|had)\s+(?:\w+\s+){0,2}(?:burns|injuries|wounds"
        r"|fractures|smoke\s+inhalation|broken\s+bones)"
        r"|(?:received|receiving|needed|needing|required|requiring|underwent|undergoing)\s+(?:\w+\s+)?"
        r"(?:treatment|medical\s+(?:care|attention)|first\s+aid|surgery)|treated(?!\s+(?:as|like|with)\b)"
        rf"(?!\s+for\s+{_ILLNESSES})"
        r"|in\s+(?:a\s+)?(?:critical|serious|stable|grave|intensive)\s+(?:condition|care)"
        # the critically hurt as doctors speak of them: not the dead
        r"|(?:between|hovering\s+between)\s+life\s+and\s+death|fighting\s+for\s+(?:their|his|her)\s+lives?"
        r"|on\s+life\s+support"
        # maimed: "the two people who lost both legs", "14 of the wounded lost all or part of a leg"
        r"|lost\s+(?:(?:all|part|both|one|a|an|his|her|their|of|or|the|use)\s+){1,5}(?:legs?|arms?|limbs?|feet|foot"
        r"|hands?|eyes?|eyesight|sight|hearing)|amputations?|amputees?|limbs?\s+amputated"
        # hit by what wounds: "two officers were struck by gunfire" (not killed: that verb says so)
        r"|(?:struck|hit|grazed)\s+by\s+(?:gunfire|bullets?|a\s+bullet|shrapnel|stray\s+rounds)"
        r"(?!\s+and\s+(?:killed|died|fatally))",
    ),
    (
        "missing",
        r"missing|unaccounted|disappeared|disappearances?|trapped|search(?:ing|es)?\s+for(?=(?:\s+(?:the|remaining|last|other|another))*\s*(?:$|\d))"
        r"|(?:(?:no|any|without)\s+(?:\w+\s+)?(?:news|word|trace|sign)|news)\s+of|without\s+(?:a\s+)?trace|(?:swept|washed|carried)\s+away|(?:still|remain(?:ed|s|ing)?)\s+(?:\w+\s+)?(?:buried|trapped)"
        r"|(?:feared|believed|thought|presumed|likely|may|might|could)\s+(?:\w+\s+){0,3}?(?:buried|trapped)"
        # "hundreds were buried under debris": under the rubble, fate unknown
        rf"|buried\s+(?:alive\s+)?{_UNDER_RUBBLE}"
        r"|safety\s+of|whereabouts"
        r"|not\s+(?:yet\s+)?(?:been\s+)?(?:found|located|accounted\s+for|traced)"
        r"|never\s+(?:been\s+)?(?:found|recovered|located|identified)"
        r"|(?:yet|still)\s+to\s+be\s+(?:found|located|traced|accounted\s+for|confirmed\s+safe)"
        r"|(?:could|can)\s+not\s+be\s+(?:reached|located|contacted|traced|accounted\s+for)|out\s+of\s+contact",
    ),
    (
        "displaced",
        r"displac(?:ed|ement|ing|es)|fled|fleeing|flee|homeless|uprooted|shelter(?:ing|ed)"
        # out of their homes in other words: "still living with relatives", "had slipped out of villages"
        r"|(?:living|staying|stay|stayed|live|lived|lodging|lodged)\s+with\s+(?:relatives|family|friends|host\s+families)\b"
        r"|(?:slipped|slipping|streamed|streaming)\s+out\s+of\s+(?:(?:their|the)\s+)?(?:[\w'’-]+\s+)?(?:villages?|towns?"
        r"|homes?|city|cities|neighbo(?:u)?rhoods?|districts?)\b"
        # "left about 67,000 without a home": homeless in other words
        r"|without\s+(?:a\s+)?(?:home|homes|roof\s+over\s+their\s+heads)\b"
        r"|need(?:ed|s)?\s+(?:emergency\s+|temporary\s+)?shelter|in\s+need\s+of\s+(?:emergency\s+|temporary\s+)?shelter"
        # "some 15,000 people were being given shelter and meals"
        r"|(?:given|giving|provided\s+with|offered)\s+(?:emergency\s+|temporary\s+)?shelter"
        r"|crossed\s+(?:the\s+border|into)|fled\s+across|refugees"
        # "Two million people crossed Ukraine's borders", "registered for temporary protection in Poland"
        r"|crossed\s+(?:[\w'’]+\s+){1,2}borders?|temporary\s+protection"
        rf"|(?:shelters?|camps?){_HOUSES}"
        r"|(?:living|staying|sheltering|housed)\s+in\s+(?:temporary|makeshift|emergency)\s+(?:sites|camps|settlements"
        r"|accommodation|housing)"
        # "310,000 people had taken refuge", "740,000 people crowded into shelters", "still sleeping in shelters"
        r"|(?:taken|took|taking|take|sought|seeking)\s+refuge(?!\s+in\s+(?:\w+\s+)?evacuation)"
        r"|(?:crowded|packed|crammed|squeezed|sleeping|slept)\s+(?:\w+\s+)?(?:in|into)\s+"
        # ("were sleeping in about 1,000 schools, temples and other shelters")
        r"(?:(?:about|some|around|nearly|more\s+than)\s+)?(?:[\d,]+\s+)?(?:school\s+|public\s+)?"
        r"(?:shelters|gymnasiums|gyms|schools|churches|mosques|temples|tents|stadiums|sports\s+halls|community\s+halls)"
        # "spent the night in schools, community halls and parks": out of their homes
        r"|(?:spent|spend|spending)\s+(?:the|a|another|their)\s+(?:\w+\s+)?nights?\s+in\s+(?:shelters|gymnasiums|gyms"
        r"|schools|churches|mosques|temples|tents|stadiums|parks|cars|community\s+halls|sports\s+halls)"
        r"|(?:forced|driven|chased|expelled|pushed)\s+(?:out\s+)?(?:from|of)\s+their\s+homes|lost\s+their\s+homes"
        # "360,000 people were driven from Marawi", "have yet to return home": out of their homes still
        r"|(?:were|was|been|being)\s+(?:forced|driven|chased)\s+(?:out\s+)?(?:from|of)\s+"
        r"(?!office|power|the\s+(?:race|contest|party|game|market|league)\b)\w+"
        r"|(?:yet\s+to|unable\s+to|not\s+(?:yet\s+)?(?:been\s+able\s+to\s+)?)\s*return(?:ed)?\s+(?:to\s+their\s+)?homes?\b"
        # an exodus: "600,000 Venezuelans had emigrated", "were living abroad", "had left since 2015",
        # "5,000 people a day had left Venezuela this year"
        r"|emigrated|emigrating|(?:living|live|lived|settled)\s+abroad"
        r"|(?:have|has|had)\s+(?:now\s+|already\s+)?left\s+(?:[\w'’-]+\s+)?(?:since|this\s+year|last\s+year|so\s+far|in\s+recent)\b"
        # the figure between the verb and its homes: "driven about 1.5 million from their homes"
        r"|(?<=\s)(?:from|out\s+of)\s+their\s+homes|(?:sought|seeking|took|taking)\s+shelter"
        r"|in\s+(?:shelters|camps|(?:relief|displacement|displaced|refugee|tent|emergency|makeshift)\s+camps)"
        # "895,000 people moved into camps", "fled to makeshift camps": out of their homes and into camps
        r"|(?:moved|moving|fled|fleeing|went|headed|poured|streamed|flocked|crowded|crammed)\s+(?:in)?to\s+"
        r"(?:(?:\w+\s+){0,2}?(?:camps|tent\s+cities|tent\s+settlements)\b)"
        r"|(?:have|has|had)\s+(?:now\s+|already\s+|since\s+)?left\s+(?:the|their)\s+(?:\w+\s+)?(?:zone|area|region|city|country|homes?|towns?"
        r"|villages?)"
        # "thousands spent a fourth night in the open": out of their homes
        r"|(?:spent|spend|spending|sleeping|slept|sleep)\s+(?:(?:a|the|another|their|\w+)\s+){0,3}?"
        r"(?:in\s+the\s+open|outdoors|in\s+tents|on\s+the\s+streets?|in\s+their\s+cars)",
    ),
    (
        "detained",
        r"detain(?:ed|ees?|ing|s)?|arrest(?:ed|s|ing)?|detentions?|jailed|imprisoned|custody|rounded\s+up"
        r"|apprehended|held\s+in\s+(?:custody|detention|prison)|prisoners|taken\s+prisoner"
        rf"|captured(?!\s+by\s+{_NON_STATE_CAPTORS})"
        r"|taken\s+alive"  # attackers "killed and three taken alive": captured
        r"|charged|indicted|remanded|held\s+pending|sentenced"
        # "Those held are the two owners of the club": the people in custody, named after the fact
        r"|(?<=those\s)(?:held|arrested|detained)(?=\s+(?:are|were|include|included)\b)"
        # "an indictment charging 14 people": those it charges
        r"|(?<=indictment\s)charging|(?<=indictments\s)charging|(?<=complaint\s)charging"
        r"|(?:being|been|are|were|remain|still)\s+held\b(?!\s+(?:up|back|hostage|captive|in\s+captivity|at\s+bay))"
        # suspects held over a crime ("people held over the bombings", "held in connection with the
        # shooting"); "held by" captors stays hostage-taking and "held a rally" is no count
        r"|held\s+(?:for\s+questioning|on\s+suspicion|in\s+connection\s+with|without\s+charge)"
        r"|held\s+over\s+(?:the\s+|last\s+\w+['’]s\s+)?(?:[\w-]+\s+){0,2}?(?:attacks?|bombings?|blasts?"
        r"|explosions?|killings?|murders?|shootings?|stabbings?|riots?|unrest|violence|plot|assault|arson)",
    ),
    # no longer missing: "1,500 people first reported as unaccounted for have been found safe"
    (
        "count",
        r"(?:found|located|traced|turned\s+up)\s+(?:safe|unharmed|well)|accounted\s+for",
    ),
    (
        "hostages",
        r"hostages?(?![- ]?takers?\b)|captives?|captivity|abducted|kidnapped|abductees|seized|snatched"
        # "67 police officers had been captured by protesters": held by no state, hostages
        rf"|captured\s+by\s+{_NON_STATE_CAPTORS}"
        r"|(?:were|was|are|is)\s+holding(?=\s*$)"
        # still with their captors: "leaving 219 in the group's hands"
        r"|in\s+(?:the\s+)?(?:[\w'’]+\s+){0,2}hands\b"
        # "234 of their daughters were taken by the gunmen", "taken captive"
        r"|(?:were|was|been)\s+taken\s+(?:captive|hostage|by\s+(?:the\s+)?(?:gunmen|militants|kidnappers|captors|insurgents"
        r"|attackers|abductors|fighters|jihadists))"
        # "the gunmen held more than 1,100 people": people held by their captors
        r"|(?:gunmen|militants|hostage[- ]takers|kidnappers|captors|attackers|assailants|terrorists|abductors"
        r"|pirates|insurgents)\s+(?:[\w-]+\s+){0,6}?(?:held|hold|holds|holding)(?=\s*$)",
    ),
    (
        "rescued",
        r"(?<!to\sbe\s)rescued|rescuing|pulled(?:\s+out)?(?=\s)|(?:pulled|found|brought|dug|carried|got|freed)\s+(?:out\s+)?alive|taken\s+out\s+alive"
        r"|saved|extricated|dug\s+out|freed|survivors?|survived|(?:lifted|brought|carried|winched|plucked)\s+to\s+safety"
        # captives let go: "20 people kidnapped by gunmen were released", "had found their way home"
        r"|(?:were|was|been|be)\s+released(?!\s+(?:from\s+)?(?:hospital|on\s+bail))|found\s+their\s+way\s+(?:home|back)"
        r"|plucked|winched|to\s+safety"
        # "brought 33 miners to the surface": up out of a mine or a wreck
        r"|(?:brought|hauled|lifted|winched|pulled)\s+(?:up\s+)?to\s+the\s+surface|(?<=\s)to\s+the\s+surface\b"
        # "brought 130 people out alive", "pulled 40 miners out of the shaft alive": the figure stands
        # between the verb and its "out alive"
        r"|out\s+(?:of\s+(?:[\w'’-]+\s+){1,4})?alive"
        # "brought 35 people out of the section still standing", "got 12 miners out of the shaft": the
        # figure between a verb of moving and where the people were got out of
        r"|(?<=\s)out\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:rubble|debris|wreckage|ruins|remains|section|part|shaft"
        r"|mine|cave|flood\s*waters?|water|sea|building|block|tower|wreck|hull|carriages?|basement|collapsed)\b",
    ),
    (
        "evacuated",
        rf"{_EVACUATION_SHELTERS}{_HOUSES}"
        r"|evacuat(?:ed|ion|ing|e|es)|evacuees|to\s+(?:leave|evacuate)\b|airlifted|flown|relocated"
        # "some 200 guests and staff had been led out through side exits"
        r"|(?:led|escorted|ushered|guided)\s+(?:out|to\s+safety)"
        r"|moved\s+to\s+(?:safer\s+ground|safety|shelters|temporary\s+shelters|higher\s+ground)"
        # "about 800 residents were taken by bus to Ajka": moved out together, by the authorities
        r"|(?:taken|moved|carried|ferried|brought)\s+(?:out\s+|away\s+)?by\s+(?:bus|buses|coach|coaches|boat|boats"
        r"|helicopter|helicopters|train|trains|ferry|ferries|army\s+trucks)\b"
        # "authorities moved 500,000 people out of its path": out of a storm's way
        r"|out\s+of\s+(?:its|their|the(?:\s+[\w'’-]+){0,2})\s+path"
        # "moved more than 600 people out of apartment blocks", "600 families have been moved out of the
        # buildings": moved out of where they live, for their safety
        r"|moved\s+out\s+of\b|out\s+of\s+(?:[\w'’-]+\s+){0,2}?(?:homes|houses|apartments|apartment\s+blocks"
        r"|flats|residential\s+blocks)\b"
        # taken out of a stricken city by an organised programme: "130,000 took up a government offer of
        # free transport out of the capital", "were bused out of the city"
        r"|(?:taken|took|take|taking|accepted|accept|accepting)\s+(?:up\s+)?(?:[\w'’-]+\s+){0,3}?offers?\s+of"
        r"\s+(?:[\w-]+\s+){0,2}?(?:transport|transportation|passage|rides?|buses|seats?)\s+(?:out|away)\b"
        r"|(?:transported|bused|bussed|shuttled|ferried|driven)\s+out\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:capital"
        r"|city|town|area|region|zone|province|country)"
        # where evacuees stay: "33,000 people in evacuation shelters", "staying in temporary shelters"
        r"|(?:in|at|to)\s+(?:temporary|emergency|evacuation|government)\s+(?:shelters?|centres?|centers?)"
        # taken away from danger or home from abroad: "9,500 people had been taken out", "were brought out
        # under the agreement", "had been brought back on 700 flights", "about 4,000 fighters had left in the
        # final convoys" (never out of rubble, a mine or the sea, which is a rescue)
        r"|repatriat(?:ed|ion|ing)|(?:brought|bring|bringing|flew|flying)\s+(?:\w+\s+)?(?:back|home)\b"
        # (an attack or a repair "carried out" is no one moved)
        r"|(?:taken|brought|got|carried(?=\s+out\s+of))\s+out\b(?!\s+(?:alive|of\s+(?:the\s+)?(?:rubble|debris|wreckage"
        r"|ruins|water|sea|mine|shaft|cave|building|hospital)))"
        r"|(?:left|leaving|departed)\s+(?:\w+\s+){0,2}?in\s+(?:the\s+)?(?:\w+\s+)?(?:convoys?|buses|evacuation)\b"
        r"|(?<=\s)out\s+of\s+the\s+(?:last\s+)?(?:[\w'’-]+\s+){0,2}(?:districts|enclave|pocket|besieged\s+\w+)\b",
    ),
    (
        "affected",
        # "the deaths of seven people and the illness of about 3,200 others": made ill, right before them
        r"(?:illness|illnesses|sickening|poisoning|infection)\s+of(?=\s*$)|"
        r"affected|affecting|impacted|in\s+need|need(?:ed|s)?\s+(?:of\s+)?(?:[a-z-]+\s+){0,2}?(?:aid|assistance|help)"
        r"|food\s+insecurity|famine|hunger(?!\s+strik)|starvation|malnourished|malnutrition|exposed"
        r"|at\s+(?:(?:high|higher|greater|serious|increased|grave|immediate)\s+)?risk"
        # "1 million children could die of malnutrition": at risk of death, not dead
        r"|(?:could|may|might|would)\s+(?:still\s+|soon\s+|otherwise\s+)?(?:die|starve|perish)\b(?!\s+(?:of|from)\s+(?:their|his|her)\s+(?:wounds|injuries))"
        # travellers a shutdown leaves behind: "150,000 Britons were stuck abroad", "could not fly"
        r"|stuck(?!\s+(?:in|under|beneath)\s+(?:the\s+)?(?:rubble|debris|mud|wreckage))|(?:journeys|flights|travel|plans)\s+disrupted|could\s+not\s+(?:fly|travel|leave|return|get\s+home)"
        r"|touched\s+the\s+lives\s+of|(?:do|does|did)\s+not\s+have\s+enough\s+(?:food|to\s+eat|water)"
        # a breach's victims: "personal information on 143 million consumers", "card numbers belonging to"
        r"|personal\s+(?:information|data|details)\s+(?:on|of|belonging\s+to)"
        r"|(?:card\s+numbers|information|data|details|records|accounts)\s+belonging\s+to"
        # the sick an outbreak or a tainted product leaves: "1,253 sick babies", "fell sick"
        r"|(?<=\s)sick(?![\w-])"
        # an illness treated is no wound: "one miner was being treated for pneumonia"
        rf"|treated\s+for\s+{_ILLNESSES}"
        r"|faced(?!\s*(?:[,.;:]|$))|facing|without\s+(?:running\s+|clean\s+|safe\s+|drinking\s+|basic\s+|regular\s+|reliable\s+)?(?:power|water|electricity"
        r"|shelter|heating|gas|food)"
        # people lacking the basics are the disaster's affected: "lacked clean water, food or sanitation"
        r"|lack(?:ed|s|ing)?\s+(?:(?:clean|safe|drinking|running|basic|enough|adequate|access\s+to)\s+){0,2}"
        r"(?:water|food|shelter|sanitation|medicine|medical\s+care|power|electricity)"
        r"|lost\s+(?:power|electricity|water)|(?:had|have|has)\s+no\s+(?:running\s+)?(?:power|water"
        r"|electricity|heating)|power\s+(?:lines|supplies|supply|cables)\s+to|blackouts?|power\s+cuts?"
        # the food-security scale's phases: "3.7 million people are now in crisis", "in emergency"
        # (the "in" checked behind the noun once it matched: an alternative starting "in" would be tried
        # at every "in" of the copy)
        r"|(?:crisis(?<=in\scrisis)|emergency(?<=in\semergency))(?:\s+or\s+(?:emergency|famine|worse))?"
        r"(?=\s*(?:[,.;]|$|\s+(?:and|or|up|down|in|across|now)\b))"
        r"|hit\s+by|struck\s+by|needs\s+of|(?:fallen|fell|falling|fall)\s+ill|sickened|infected|stranded"
        # "could make 779,000 people ill", "made nearly 800,000 ill": the sick an epidemic leaves
        r"|(?<=\s)ill(?![\w-])"
        r"|(?:quake|earthquake|disaster|affected|flood(?:ed)?|impact|danger|exclusion|stricken|devastated|hit)"
        r"\s+(?:zones?|areas?|regions?|provinces?|districts?)\s+(?:(?:is|are|was|were|has\s+been|had\s+been)\s+)?home\s+to"
        # still out there: "15,000 people were still waiting to be rescued", "in danger"
        r"|in\s+danger|(?:waiting|waited|awaiting|await)\s+(?:for\s+)?(?:to\s+be\s+)?rescue[d]?"
        r"|(?:need|needed|needing)\s+(?:to\s+be\s+)?rescu(?:e|ed|ing)"
        r"|cut\s+off|isolated|(?:live|living|lives|lived)\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:areas?|zones?"
        r"|districts|region)",
    ),
)
_METRIC_WORDS = (
    *_METRIC_WORDS,
    (
        "aid",
        r"(?:with|received|receiving|receive|reached\s+with|given|provided\s+with|handed|supplied\s+with)"
        r"\s+(?:\w+\s+)?(?:meals|food|aid|assistance|rations|supplies|cash\s+transfers|vouchers|tents|blankets"
        r"|kits|parcels|drinking\s+water)",
    ),
)
#: Matched against lowercased text (``metric_near`` lowers its windows): case-sensitive matching of
#: lowercase patterns is much faster than IGNORECASE over this many alternatives
_METRIC_RE = re.compile(r"\b(?:" + "|".join(f"(?P<{name}>{pat})" for name, pat in _METRIC_WORDS) + r")\b")
_STRONG_RE = re.compile(r"\b(?:death\s+tolls?|tolls?)\b", re.IGNORECASE)

_AID_NOUNS = CaselessPattern(
    re.compile(
        r"\b(?:trucks?|truckloads?|lorr(?:y|ies)|convoys?|aid|relief|humanitarian|parcels?|packages?|pallets?|airdrops?|meals"
        r"|food|supplies|shipments?|tonnes|tons|rations|kits|blankets|tents|body\s+bags|tarpaulins|generators"
        r"|jerrycans|water\s+tanks|(?:plane|ship|boat|lorry|car)loads?|consignments?|doses|vaccines|medicines"
        r"|food\s+baskets|hygiene\s+kits|mosquito\s+nets)\b",
        re.IGNORECASE,
    )
)

#: heads that make an aid word name who gives aid or where ("food banks", "aid agencies", "relief
#: organisations", "food distribution centres"), not an amount of it
_AID_BODY_HEADS_RE = re.compile(
    r"banks|groups|agencies|organi[sz]ations|charities|NGOs|societies|foundations|networks|committees"
    r"|programmes|programs|offices|ministries|centres|centers|points|hubs|sites|pantries|kitchens|depots"
    r"|warehouses|stations|facilities|appeals|camps",
    re.IGNORECASE,
)

_CLASS_WORDS: tuple[tuple[str, str], ...] = (
    (
        "children",
        r"children|child|kids|minors|boys|babies|baby|infants|toddlers|newborns|schoolchildren|pupils"
        r"|orphans|girls|youngsters|teenagers|schoolboys|schoolgirls|kindergartners|kindergarteners"
        # "the 20 first-graders": a school year's pupils
        r"|(?:first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th|6th)[\s-]graders",
    ),
    ("women", r"women|woman|mothers|wives|females"),
    (
        "soldiers",
        r"soldiers|soldier|troops|servicemen|servicewomen|servicemembers|reservists|marines|paratroopers|conscripts|commandos|special\s+forces",
    ),
    (
        "militants",
        r"militants?|fighters?|gunmen|insurgents?|combatants?|terrorists?|jihadists?|rebels?|operatives?"
        r"|commanders|militiamen|(?:suicide\s+)?bombers|attackers|assailants|hijackers|kidnappers|hostage-takers"
        r"|captors",
    ),
    (
        "civilians",
        r"civilians?|journalists?|medics?|paramedics|doctors|nurses|staff|employees|humanitarians"
        r"|volunteers|reporters",
    ),
    ("objects", _OBJECTS),
    (
        "money",
        r"losses|funding|budget|gdp|costs?|damages|pledges?|funds?|spending|revenue|economy|dollars|euros",
    ),
    (
        "people",
        r"people|persons?|person|residents|victims|demonstrators|protesters|protestors|marchers|participants"
        r"|worship(?:p)?ers|migrants|refugees|patients|passengers|pilgrims|tourists|teachers|students"
        r"|inhabitants|villagers|citizens|nationals|individuals|survivors|others|dead|bodies|hostages"
        r"|detainees|prisoners|evacuees|displaced|injured|wounded|population|men|casualties|deaths|lives"
        r"|strikers|voters|members|adults|users|fans|spectators|asylum\s+seekers|crew|fishermen|miners"
        r"|inmates|captives|rescuers|firefighters|officers|policemen|police|mourners|crowds?|names|smugglers"
        r"|traffickers|suspects|relatives|pedestrians|motorists|drivers|guests|occupants|seafarers|sailors"
        r"|ministers|officials|lawmakers|legislators|senators|diplomats|judges|politicians|MPs|councillors"
        r"|councilors|mayors|governors|ambassadors|deputies"
        # a disease's cases are the people who caught it: "6,000 cholera cases"
        r"|cases"
        # people named by what they think, do or where they go
        r"|respondents|supporters|opponents|activists|campaigners|attendees|delegates|visitors|shoppers"
        r"|commuters|travell?ers|onlookers|parishioners|congregants|believers|followers|loyalists|backers"
        r"|critics|pilots|(?:rally|concert|church)-?goers|homeowners|tenants|pensioners|retirees|veterans"
        r"|farmers|labou?rers|athletes|players|climbers|hikers|settlers|Muslims|Jews|Hindus|Buddhists"
        r"|donors|contributors|benefactors|philanthropists|taxpayers"
        # people named by the work they were sent to do
        r"|personnel|responders|engineers|technicians|specialists|experts|guards|investigators|inspectors"
        r"|foreigners|expatriates|expats|workers|clerks|contractors|managers|executives"
        r"|caretakers|carers|caregivers|attendants|employees|staffers|journalists|reporters|doctors|nurses"
        r"|medics|paramedics|volunteers|children's\s+carers",
    ),
)
_CLASS_RES = tuple((name, re.compile(rf"\b(?:{pat})\b", re.IGNORECASE)) for name, pat in _CLASS_WORDS)
_NATIONALITY_RE = re.compile(r"^[A-Z][a-z]+(?:ans|ians|is|ese|ers|ites|ards|ks|ns)$")
#: one person by nationality, the noun alone: "one American", "one Algerian", "one Briton", "one Iraqi"
ONE_NATIONAL = r"[A-Z][a-z]+(?:ian|can|ean|ese|ton|i)"
_ONE_NATIONAL_RE = re.compile(rf"^{ONE_NATIONAL}$")
OTHER_NOUNS = CaselessPattern(
    re.compile(
        r"\b(?:families|households|countries|nations|rallies|protests|marches|districts|provinces|cities|towns"
        r"|regions|states|delegations|organisations|organizations|groups|unions|missions|incidents|attacks"
        r"|cases|events|agencies|charities|NGOs|societies|foundations|networks|committees|applications|claims"
        r"|trusts|institutions"
        r"|requests|petitions|permits|visas|islands|villages|communities|municipalities|settlements|neighbourhoods"
        r"|neighborhoods|centres|centers|sites|shelters|camps"
        # what an inquiry drew on: "more than 230 interviews with victims"
        r"|interviews|testimonies|testimonials|documents|videos|photographs|images|recordings)\b",
        re.IGNORECASE,
    )
)

_IRREGULAR_PAST = [
    "sought",
    "took",
    "gave",
    "made",
    "went",
    "came",
    "ran",
    "fell",
    "rose",
    "saw",
    "found",
    "held",
    "kept",
    "lost",
    "won",
    "paid",
    "built",
    "began",
    "brought",
    "caught",
    "fought",
    "thought",
    "bought",
    "taught",
    "met",
    "led",
    "read",
    "sent",
    "spent",
    "struck",
    "stood",
    "told",
    "became",
    "got",
    "put",
    "set",
    "cut",
    "hit",
    "let",
    "shut",
    "spread",
    "burst",
    "sank",
    "sunk",
    "flew",
    "swept",
    "shook",
    "broke",
    "froze",
    "drove",
    "wrote",
    "spoke",
    "swam",
    "dug",
    "hung",
    "lay",
    "slept",
    "wept",
    "hid",
    "rode",
    "fell",
    "threw",
    "grew",
    "drew",
    "burnt",
    "bled",
    "shot",
    "slain",
    "froze",
    "dealt",
]
#: past participles not in -ed, read as the verb after a count ("three taken alive"), never its noun
_IRREGULAR_PARTICIPLES = frozenset(
    {
        "taken",
        "given",
        "held",
        "shot",
        "found",
        "caught",
        "driven",
        "thrown",
        "beaten",
        "brought",
        "kept",
        "sent",
    }
)
_SUBJECT_STOP = frozenset(
    [
        # a verb of make-up ends the counted noun: "the toll of 1,283 includes 300 children"
        "includes",
        "include",
        "included",
        "comprises",
        "comprise",
        "comprised",
        "between",
        "late",
        "early",
        "straight",
        "away",
        "until",
        "within",
        "beyond",
        "were",
        "was",
        "had",
        "have",
        "has",
        "are",
        "is",
        "be",
        "been",
        "being",
        "will",
        "would",
        "could",
        "may",
        "might",
        "must",
        "should",
        "can",
        "who",
        "whom",
        "which",
        "that",
        "in",
        "on",
        "at",
        "from",
        "by",
        "for",
        "with",
        "to",
        "into",
        "since",
        "during",
        "after",
        "before",
        "as",
        "said",
        "says",
        "say",
        "told",
        "and",
        "or",
        "but",
        "than",
        "while",
        "when",
        "where",
        "whose",
        "also",
        "including",
        "among",
        "against",
        "amid",
        "across",
        "over",
        "under",
        "per",
        "a",
        "an",
        "the",
        "its",
        "their",
        "his",
        "her",
        "our",
        "this",
        "these",
        "those",
        "it",
        "they",
        "he",
        "she",
        "we",
        "there",
        "then",
        "so",
        "nor",
        "not",
        "no",
        "yet",
        "according",
        "reported",
        "mostly",
        "had",
        "across",
        "through",
        "inside",
        "outside",
        "near",
        "because",
        "if",
        "although",
        "though",
        "up",
        "down",
        "out",
        "off",
        "about",
        "around",
        "more",
        "less",
        "most",
        "least",
        "just",
        "only",
        "still",
        "even",
        "already",
        "all",
        "both",
        "each",
        "every",
        "other",
        "another",
        "such",
        "own",
        "same",
        "what",
        "how",
        "why",
        "whom",
        "whose",
        "killed",
        "died",
        "injured",
        "wounded",
        "hurt",
        "missing",
        "displaced",
        "detained",
        "arrested",
        "rescued",
        "evacuated",
        "affected",
        "dead",
        "nationwide",
        "there",
        "here",
        "each",
        "apiece",
        "overall",
        "respectively",
        "alone",
        "instead",
        "too",
        "again",
        "now",
        "then",
        "today",
        "overnight",
        "alive",
        "captive",
        "last",
        "next",
        "back",
        "away",
        "without",
        "yesterday",
        "tonight",
        "worth",
        "valued",
        "costing",
        "remain",
        "remains",
        "stay",
        "stays",
        "face",
        "faces",
        "need",
        "needs",
        "take",
        "took",
        "live",
        "work",
        "works",
        "die",
        "dies",
        "come",
        "came",
        "go",
        "went",
        "get",
        "got",
        "make",
        "made",
        "cross",
        "enter",
        "leave",
        "left",
        "flee",
        "of",
        "earlier",
        "later",
        "originally",
        "initially",
        "previously",
        "ago",
        "once",
        *_IRREGULAR_PAST,
    ]
)
_DIRECTIONS = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "north-east",
        "north-west",
        "south-east",
        "south-west",
        "upstream",
        "downstream",
        "inland",
        "offshore",
        "abroad",
    ]
)
_ED_NOUNS = frozenset(("hundred", "bed", "shed", "seed", "need", "speed", "feed", "creed", "armed"))
_ING_NOUNS = frozenset(
    [
        "building",
        "buildings",
        "dwelling",
        "dwellings",
        "clothing",
        "bedding",
        "funding",
        "meeting",
        "meetings",
        "offering",
        "offerings",
        "wedding",
        "evening",
        "morning",
        "spring",
        "string",
        "thing",
        "things",
        "king",
        "ring",
        "wing",
        "wings",
        "ceiling",
        "shipping",
        "bombing",
        "bombings",
        "shooting",
        "shootings",
        "killing",
        "killings",
        "sibling",
        "siblings",
    ]
)
_PARTICIPLES = frozenset(
    [
        "killed",
        "injured",
        "wounded",
        "missing",
        "displaced",
        "detained",
        "arrested",
        "rescued",
        "evacuated",
        "affected",
        "dead",
    ]
)
#: "the U.S. population", "12 U.S. Marines": an initialism's last dot before a word ends no phrase (the
#: sentence splitter never ends a sentence there either)
_TOKEN_RE = re.compile(
    r"(?:[A-Z]\.){2,}(?=\s+[^\W\d_])|[^\W\d_](?:[\w'’-]|\.(?=\w))*|[,;:()\"“”.!?]|\d[\d,.]*", re.UNICODE
)
PEOPLE_METRICS = frozenset(
    ("killed", "injured", "missing", "displaced", "detained", "hostages", "rescued", "evacuated", "affected")
)


#: a span of time dating the figure before it ("up from 2,187 two days earlier")
_TIME_AGO_RE = re.compile(
    r"\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+"
    r"(?:hours?|days?|weeks?|months?|years?)\s+(?:earlier|before|ago|later|previously)\b",
    re.IGNORECASE,
)


#: a titled person right after a figure opens a clause with its "that" left out ("the $350 million
#: President Jane Roe had promised", "the 40 trucks Governor Ali Bey sent"): the giver, no subject
_TITLED_GIVER_RE = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+){0,2}(?:President|Prime\s+Minister|Chancellor|Premier|Governor|Mayor|Minister"
    r"|Secretary)\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:had|has|have|was|is|had\s+\w+|[a-z]+ed)\b"
)


#: how a share of voters or respondents voted or answered: "92.4 percent of voters had approved the
#: charter" and "94.2 percent of voters backed it" give one result; "98 percent of voters rejected the
#: plan" and "88 percent of voters stayed away" answer two questions and must never be compared
_VOTE_SIDE_RE = re.compile(
    r"\s*(?:,\s*)?(?:(?:had|have|has|would|will|did|do|does)\s+)?(?:(?:also|already|narrowly|overwhelmingly"
    r"|reportedly)\s+)?(?:(?P<yes>backed|back|approved|approve|supported|support|endorsed|endorse|favou?red"
    r"|voted\s+(?:for|yes|in\s+favou?r)|said\s+yes|were\s+in\s+favou?r)"
    r"|(?P<no>rejected|reject|opposed|oppose|voted\s+(?:against|no)|said\s+no|were\s+against)"
    r"|(?P<away>stayed\s+(?:away|home)|abstained|boycotted|did\s+not\s+vote|not\s+vote(?:d)?)"
    r"|(?P<out>turned\s+out|voted|cast\s+(?:their\s+)?(?:ballots?|votes?)|took\s+part|participated))\b",
    re.IGNORECASE,
)
_VOTE_SIDES = {"yes": "in favour", "no": "against", "away": "staying away", "out": "taking part"}


def vote_side(after: str) -> str:
    """The side a share of voters took, from the verb after it ("in favour", "against", "staying
    away", "taking part"), or "" when the words after it say no such thing."""
    m = _VOTE_SIDE_RE.match(after)
    if m is None:
        return ""
    return next(_VOTE_SIDES[k] for k, v in m.groupdict().items() if v)


_MEMBERS_OF_RE = re.compile(
    r"\s+of\s+(?P<body>(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:forces|police|army|military|guard|services|service"
    r"|staff|crew|team|teams|council|parliament|assembly|congress|family|families|group|party|commission|committee"
    r"|board|delegation|clergy|press|media))\b",
    re.IGNORECASE,
)


_WHEN_GIVEN_RE = re.compile(
    r"\s+(?:first|initially|originally|earlier|later|previously|since|once)\s+(?:[a-z]+ed|given|put|set|shown|told)\b"
)


_COUNTS_OF_CASE_RE = re.compile(
    r"-count\s+(?P<doc>(?:[\w-]+\s+)?(?:indictments?|charges?|complaints?))\b", re.IGNORECASE
)
#: a speed's unit right after its figure ("190 km/h", "90 miles an hour"); the exclusions read it too
SPEED_UNIT_RE = re.compile(
    r"[\s\u00a0]*(?P<unit>km/h|kph|kmh|mph|knots|(?:miles|kilomet(?:re|er)s)\s+(?:an|per)\s+hour)\b",
    re.IGNORECASE,
)


_THOSE_PLACED_RE = re.compile(
    r"\s+of\s+(?:those|these)\s+(?P<where>(?:on|in|at|aboard|from|inside)\s+(?:the\s+)?(?:[A-Za-z][\w'’-]*\s+){0,3}"
    r"[A-Za-z][\w'’-]*)",
)


def read_subject(text: str, pos: int, limit: int) -> tuple[str, int]:
    """The noun phrase right after a number ("93 Palestinian worshipers, ..." -> "Palestinian
    worshipers"), and where it ends. Partitives keep their object ("1,293 of the dead" -> "the dead")."""
    window = text[pos : min(limit, pos + 80)]
    if _TIME_AGO_RE.match(window):
        return "", pos  # "2,187 two days earlier": a date for the figure, not what it counts
    if _TITLED_GIVER_RE.match(window):
        return "", pos  # "the $350 million President Jane Roe had promised": who gave it, not what it counts
    if _WHEN_GIVEN_RE.match(window):
        return "", pos  # "the 129 first given by state officials": when it was given, not what it counts
    counts = _COUNTS_OF_CASE_RE.match(window)
    if counts is not None:
        return f"counts in the {counts.group('doc').lower()}", pos + counts.end()  # "a 47-count indictment"
    speed = SPEED_UNIT_RE.match(window)
    if speed is not None:
        return speed.group("unit").lower(), pos + speed.end()  # "about 190 km/h": a speed, by its unit
    tokens = list(_TOKEN_RE.finditer(window))
    words: list[str] = []
    end = pos
    i = 0
    if len(tokens) >= 2 and tokens[0].group(0).lower() == "of":
        nxt = tokens[1].group(0).lower()
        if nxt in ("them", "whom", "which"):
            return nxt, pos + tokens[1].end()
        those = _THOSE_PLACED_RE.match(window)
        if those is not None:
            # "335 of those on the Pan Am plane": the people of that place, a whole of their own
            return f"people {those.group('where')}", pos + those.end()
        i = 1
        if nxt[:1].isdigit() or (
            nxt in ("the", "all") and len(tokens) > 2 and tokens[2].group(0)[:1].isdigit()
        ):
            # "35 of 48 drones": the subject is what the total counts
            i = 2 if nxt[:1].isdigit() else 3
        while i < len(tokens) and tokens[i].group(0).lower() in (
            "the",
            "all",
            "those",
            "these",
            "its",
            "their",
            "other",  # "hundreds of other reservists"
        ):
            i += 1
    if text[pos : pos + 8].lower().startswith(("-strong", "-odd", " odd")) and i < len(tokens):
        i += 1  # "a 1,500-strong crowd", "40-odd families"
    while i < len(tokens) and len(words) < 5:
        tok = tokens[i].group(0)
        low = tok.lower()
        if not tok[0].isalpha():
            break
        if low in _PARTICIPLES:
            nxt = tokens[i + 1].group(0) if i + 1 < len(tokens) else ""
            if nxt[:1].isalpha() and nxt.lower() not in _SUBJECT_STOP:
                words.append(tok)
                end = pos + tokens[i].end()
                i += 1
                continue
            if not words:
                words.append(tok)
                end = pos + tokens[i].end()
            break
        nxt_tok = tokens[i + 1].group(0) if i + 1 < len(tokens) else ""
        if (
            low == "and"
            and words
            and (
                (nxt_tok[:1].isupper() and words[-1][:1].isupper())
                or (words[-1].lower(), nxt_tok) == ("search", "rescue")
            )
        ):
            words.append(tok)
            i += 1
            continue
        if (
            low in ("more", "additional", "further", "extra")
            and not words
            and i + 1 < len(tokens)
            and tokens[i + 1].group(0)[:1].isalpha()
            and tokens[i + 1].group(0).lower() not in _SUBJECT_STOP
            and not tokens[i + 1].group(0).lower().endswith(("ed", "ing"))
        ):
            # "12 more bodies", "300 additional troops": what is counted is the noun after the increment
            end = pos + tokens[i].end()
            i += 1
            continue
        if low == "other" and not words and i + 1 < len(tokens) and tokens[i + 1].group(0)[:1].isalpha():
            words.append(tok)  # "18 other service members"
            end = pos + tokens[i].end()
            i += 1
            continue
        if low in _SUBJECT_STOP or (low in _DIRECTIONS and tok.islower()):
            break  # "15,000 people west of the city"; "West Bank settlers" keeps its name
        if (
            (low.endswith("ed") or low in _IRREGULAR_PARTICIPLES)
            and low not in _ED_NOUNS
            and not tok[0].isupper()
        ):
            nxt = tokens[i + 1].group(0) if i + 1 < len(tokens) else ""
            if words or not nxt[:1].islower() or nxt.lower() in _SUBJECT_STOP:
                break  # a verb after the noun: "93 people killed", "500 trucks entered Gaza"
            words.append(tok)  # a modifier before it: "16,000 suspected cases", "armed men"
            end = pos + tokens[i].end()
            i += 1
            continue
        if low.endswith("ing") and low not in _ING_NOUNS and not tok[0].isupper() and words:
            break
        words.append(tok.rstrip("."))
        end = pos + tokens[i].end()
        i += 1
    while words and words[-1].lower() == "and":
        words.pop()
    if words and words[0].lower() == "member" and text[pos : pos + 1] == "-":
        return " ".join(["members of", *words[1:]]), end  # "a 300-member council": its members
    if words and words[-1].lower() in ("members", "personnel"):
        body = _MEMBERS_OF_RE.match(text, end, min(limit, end + 60))
        if body is not None:
            # "six members of the security forces": whose members says who they are
            return f"{' '.join(words)} of {body.group('body')}", body.end()
    return " ".join(words), end


_ARMED_GROUP_RE = re.compile(
    r"\b(?:Hamas|Hezbollah|Islamic\s+Jihad|ISIS|ISIL|Islamic\s+State|al-Qaeda|al-Shabaab|al-Shabab|Taliban"
    r"|Houthis?|Boko\s+Haram|RSF|Wagner|militia|militant|armed\s+group|insurgent|rebel|jihadist)\b",
    re.IGNORECASE,
)


_MILITARY_RE = re.compile(r"\b(?:forces|army|military|troops|navy|marines|armed\s+forces)\b", re.IGNORECASE)
#: roles people hold in a service or a force: soldiers when the force is named ("reserve pilots",
#: "naval officers", "pilots of the air force"), other people otherwise ("airline pilots")
_SERVICE_ROLES = frozenset(
    [
        "personnel",
        "members",
        "staff",
        "pilots",
        "officers",
        "crew",
        "crews",
        "crewmen",
        "airmen",
        "recruits",
        "cadets",
        "guardsmen",
        "commandos",
        "sailors",
        "engineers",
        "medics",
        "doctors",
    ]
)
#: members of the armed services named as such
_SERVICE_MEMBERS_RE = re.compile(
    r"(?<!customer\s)\bservice[\s-]?(?:members?|men|women|personnel)$|\bservice(?:wo)?m[ae]n$", re.IGNORECASE
)
_MILITARY_MODIFIER_RE = re.compile(
    r"\b(?:(?-i:reserve|reservist)|naval|air\s+force|air-force|fighter|combat|special\s+forces|national\s+guard"
    r"|IDF|(?-i:Guard))\b",
    re.IGNORECASE,
)
_OF_FORCES_RE = re.compile(
    r"\s+(?:of|in|from|with)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:air\s+force|army|navy|military|armed\s+forces"
    r"|reserves?|national\s+guard)\b",
    re.IGNORECASE,
)


#: Workers whose work makes them civilians in a conflict's count: aid, health, media, UN staff
_CIVILIAN_WORK_RE = re.compile(
    r"\b(?:aid|relief|humanitarian|health|healthcare|medical|hospital|UN|U\.N\.|NGO|charity|media|press"
    r"|civil\s+defen[cs]e|rescue|ambulance|UNRWA)\b",
    re.IGNORECASE,
)
_CIVILIAN_EMPLOYER_RE = re.compile(
    r"^\s*(?:from|of|with|for)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}(?:charity|charities|aid|relief"
    r"|humanitarian|NGO|UN|United\s+Nations|Red\s+(?:Cross|Crescent)|UNRWA|agency|agencies)\b",
    re.IGNORECASE,
)
_WORKERS = frozenset(("workers", "worker", "employees", "employee"))
#: "1.1 million public school students", "high school students": pupils, not university students
_SCHOOL_STUDENTS_RE = re.compile(
    r"(?<!medical\s)(?<!law\s)(?<!graduate\s)(?<!business\s)(?<!nursing\s)\bschool[\s-]?(?:students|kids)$",
    re.IGNORECASE,
)
#: ", police officers and emergency workers": more nouns of the same figure, listed after its subject
_NOUN_LIST_AFTER_RE = re.compile(
    r"(?:\s*,\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)*,?\s+and\s+"
    r"(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\b"
)
#: A list element that opens with these counts on its own ("40 soldiers, two civilians and a child")
_OWN_COUNT_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "dozen",
        "dozens",
        "scores",
        "hundreds",
        "thousands",
        "several",
        "many",
        "some",
        "other",
        "others",
        "including",
        "among",
    ]
)


def _listed_heads(after: str) -> list[str]:
    """The head nouns of a list continuing a figure's subject (", police officers and emergency
    workers had ..." -> ["officers", "workers"]); empty when an element counts on its own."""
    listed = _NOUN_LIST_AFTER_RE.match(after)
    if listed is None:
        return []
    heads: list[str] = []
    for element in re.split(r"\s*,\s*(?:and\s+)?|\s*\band\s+", listed.group(0).strip(" ,")):
        words = element.split()
        if not words:
            continue
        if words[0] in _OWN_COUNT_WORDS:
            return []
        kept: list[str] = []
        for word in words:
            if word in _SUBJECT_STOP:
                break
            kept.append(word)
        if kept:
            heads.append(kept[-1])
    return heads


#: "civilian deaths", "child casualties", "military losses": whose casualties a casualty noun counts
_CASUALTY_OWNER_RE = re.compile(
    r"\b(?P<owner>civilian|child|children's|military|troop|army)\s+(?:[a-z-]+\s+)?(?:deaths|dead|casualties"
    r"|fatalities|injuries|losses|victims|wounded|injured|toll)$",
    re.IGNORECASE,
)
_OWNER_CLASS = {
    "civilian": "civilians",
    "child": "children",
    "children's": "children",
    "military": "soldiers",
    "troop": "soldiers",
    "army": "soldiers",
}
#: "20 people, nine of them children", "Seventeen of those hurt were children": the class of a subset
_OF_THEM_RE = re.compile(
    r"\s+of\s+(?:(?:them|whom|those|these)(?:\s+(?:killed|hurt|injured|wounded|dead|missing|rescued|detained"
    r"|arrested|evacuated|identified|treated|hospitali[sz]ed)\s+(?:were|are|was)"
    r"|\s+(?:were|are|was))?|the\s+(?:dead|injured|wounded|victims|killed|missing|hostages|bodies|detainees"
    r"|casualties|survivors)\s+(?:were|are|was))(?:\s+all)?\s+(?P<first>[a-z]+)(?:(?:\s*,\s*|\s+)(?:and|or)\s+(?P<second>[a-z]+))?\b"
)


_SUBSET_NAMES = frozenset(("children", "women", "soldiers", "militants", "civilians"))


#: "the 500,000-strong march", "a 3,000-strong force": a body counted by its members
_STRONG_AFTER_RE = re.compile(r"-strong\s+(?P<noun>[a-z]+)", re.IGNORECASE)
_FORCE_NOUNS = frozenset(
    ("force", "forces", "army", "contingent", "battalion", "brigade", "garrison", "troop")
)


#: "28 of the movement's members", "its fighters": members of a body named before, by a word for it
_ANAPHORIC_MEMBERS_RE = re.compile(
    r"^\s*(?:of\s+)?(?:(?:the\s+)?(?:movement|group|organi[sz]ation|militia|faction|insurgency)['’]s|its|their)\s+"
    r"(?:own\s+)?(?:members|men|operatives|ranks|cadres)\s*$",
    re.IGNORECASE,
)


def members_of_named_group(phrase: str, before: str) -> bool:
    """Whether ``phrase`` (the words after a figure, up to its noun) counts the members of an armed group
    the sentence named before the figure ("A Taliban official said 28 of the movement's members were
    among the dead", "... 12 of its fighters": militants)."""
    return _ANAPHORIC_MEMBERS_RE.match(phrase) is not None and _ARMED_GROUP_RE.search(before) is not None


#: "had not lost so many troops in a single day since 2011, when ... killing 30 Americans": the people a
#: sentence counts by nationality are the troops it says were lost
_TROOPS_LOST_RE = re.compile(
    r"\b(?:lost|lose|loses|losing|loss\s+of|losses\s+of)\s+(?:[\w'’-]+\s+){0,3}?(?:troops|soldiers"
    r"|service\s*members|servicemen|marines|sailors|airmen)\b"
    r"|\bdeadliest\s+(?:single\s+)?(?:day|attack|incident)\s+for\s+(?:[\w.'’-]+\s+){0,2}?(?:troops|soldiers"
    r"|forces|service\s*members|servicemen|marines|military)\b",
    re.IGNORECASE,
)


def troops_by_nationality(subject: str, before: str) -> bool:
    """Whether a count named by nationality ("30 Americans") is of the troops the sentence before it says
    were lost ("The country had not lost so many troops since 2011, when ... killing 30 Americans")."""
    words = subject.split()
    return (
        len(words) == 1
        and _NATIONALITY_RE.match(words[0]) is not None
        and _TROOPS_LOST_RE.search(before) is not None
    )


def strength_class(after: str) -> str:
    """The class of the members of a body counted as "N-strong" ("500,000-strong march": people,
    "3,000-strong force": soldiers); "" when the figure is not so written."""
    m = _STRONG_AFTER_RE.match(after)
    if m is None:
        return ""
    return "soldiers" if m.group("noun").lower() in _FORCE_NOUNS else "people"


def subset_class(after: str) -> str:
    """The class of a subset named right after its figure ("nine of them children" -> children); "12 of
    them women and children" mixes two classes ("other"); "" when no class noun follows."""
    m = _OF_THEM_RE.match(after)
    if m is None:
        return ""
    first = subject_class(m.group("first"), "")
    if first not in ("children", "women", "soldiers", "militants", "civilians"):
        return ""
    if m.group("second"):
        second = subject_class(m.group("second"), "")
        if second in _SUBSET_NAMES and second != first:
            return "other"  # "women and children": two classes
    return first


#: "209 civilians were killed and 1,146 injured": the words joining an elided second count to the first
_ELIDED_JOIN_RE = re.compile(
    r"(?:,\s*|,?\s+and\s+(?:(?:injur|wound|hurt|kill|abduct|detain|arrest|rescu)(?:ed|ing|e)?\s+)?)$",
    re.IGNORECASE,
)
_INITIALISM_RE = re.compile(r"\b(?:[A-Z]\.){2,}")
#: the words a count of the same people by another state may carry instead of a noun
_ELIDED_HEADS = frozenset(
    ["", "injured", "wounded", "hurt", "injuries", "dead", "deaths", "killed", "missing", "more", "others"]
)


#: a figure that is itself a subset of the one before it: "12 people, including five children"
_SUBSET_LEAD_RE = re.compile(
    r"\b(?:including|among\s+them|among\s+whom|of\s+whom|mostly|mainly|most\s+of\s+them)\s+"
    # the later items of the list: "including 13 women and 12 children"
    r"(?:\d[\d,]*\s+[a-z]+(?:\s*,\s*\d[\d,]*\s+[a-z]+)*\s*(?:,\s*)?(?:and\s+)?)?$",
    re.IGNORECASE,
)


def elided_class(
    subject: str, between: str, prev_class: str, prev_metric: str, prev_subject: str = "", prev_lead: str = ""
) -> str:
    """The class an elided count borrows from the count it is coordinated with ("At least 19 children were
    killed and 78 injured": children; "killed 20 civilians and injured at least 63": civilians); ""
    when it names its own people or stands in a clause of its own, or when that count is only a subset
    of another ("killed 12 people, including five children, and injured 78"; ``prev_lead`` is the text
    before it, ``prev_subject`` its own noun)."""
    if prev_class not in ("children", "women", "soldiers", "militants", "civilians"):
        return ""
    if subject_class(prev_subject, "") != prev_class or _SUBSET_LEAD_RE.search(prev_lead):
        return ""
    if (
        prev_metric not in PEOPLE_METRICS
        or len(between) > 100
        or re.search(r"[;:.!?]|\bthat\b", _INITIALISM_RE.sub("", between))  # "12 U.S. troops and 15 others"
    ):
        return ""
    words = subject.lower().split()
    if (words[0] if words else "") not in _ELIDED_HEADS:
        return ""
    return prev_class if _ELIDED_JOIN_RE.search(between) else ""


_BOMBER_AIRCRAFT_RE = re.compile(
    r"\b(?:[A-Z]{1,2}-?\d+\w*|stealth|strategic|heavy|long-range|nuclear-capable|jet|fighter|fighter-|dive)\s*-?bombers\b",
    re.IGNORECASE,
)

#: "bodies" as organisations: "regulatory bodies", "four bodies authorised to collect gifts"
_ORGANISATION_BODIES_RE = re.compile(
    r"\b(?:regulatory|governing|public|official|professional|oversight|statutory|advisory|international"
    r"|intergovernmental|governmental|government|state|standards?|supervisory|representative|umbrella"
    r"|administrative|legislative|elected|sporting|sports|religious|church|academic|accrediting|funding"
    r"|watchdog|trade|industry|civic|charitable|approved|accredited|recognised|recognized)\s+bodies$",
    re.IGNORECASE,
)
_ORGANISATION_BODIES_AFTER_RE = re.compile(
    r"^\s*,?\s*(?:(?:that|which|who)\s+(?:are\s+|were\s+|is\s+)?)?(?:authori[sz]ed|accredited|approved"
    r"|empowered|mandated|licensed|entitled|allowed|permitted|responsible\s+for|charged\s+with|tasked\s+with"
    r"|set\s+up\s+to|created\s+to|representing|collecting|overseeing|regulating|(?:that|which|who)\s+(?:oversee|regulate|represent|govern"
    r"|manage|run|collect|distribute|coordinate|monitor|approve|advise|fund|certify))\b",
    re.IGNORECASE,
)
#: what is done only to the dead: the corpses reading wins over any organisation cue
_CORPSE_CUE_RE = re.compile(
    r"\b(?:recovered|retrieved|pulled|found|dug|buried|identified|unidentified|morgues?|mortuar(?:y|ies)|exhumed"
    r"|charred|decomposed|unclaimed|dead|bags|remains|corpses|autops(?:y|ies)|washed\s+up)\b",
    re.IGNORECASE,
)


def organisation_bodies(subject: str, after: str) -> bool:
    """Whether "bodies" names organisations ("one of four bodies authorised to collect gifts",
    "regulatory bodies") rather than the dead."""
    m = re.search(r"\bbodies\b", subject, re.IGNORECASE)
    if m is None:
        return False
    # the subject may run on past its head ("five bodies responsible"): that is the words after too
    head, after = subject[: m.end()], subject[m.end() :] + after
    if _CORPSE_CUE_RE.search(head) or _CORPSE_CUE_RE.search(after[:60]):
        return False
    return bool(_ORGANISATION_BODIES_RE.search(head) or _ORGANISATION_BODIES_AFTER_RE.match(after))


@lru_cache(maxsize=8192)  # pure, and the same heads are classed over and over
def subject_class(
    subject: str, metric: str, *, currency: str = "", percent: bool = False, after: str = ""
) -> str:
    """The class of what ``subject`` names; ``after`` (the words that follow the subject, optional)
    tells whose workers they are ("seven workers from the charity ...": civilians)."""
    if currency:
        return "money"
    if subject and after:
        own = subject_class(subject, metric)
        if own in ("soldiers", "militants", "civilians") and any(
            subject_class(h, "") not in (own, "", "other") for h in _listed_heads(after)
        ):
            return "people"  # "15,000 soldiers, police officers and emergency workers": a mixed list
    if subject:
        last = subject.split()[-1]
        if after and last.lower() in _MASS_UNITS and mass_of_goods(subject, after):
            return "other"  # a weight of a substance, not things counted one by one
        if last.lower() in _WORKERS and not _MILITARY_RE.search(subject):
            # "196 workers", "1,500 Amazon employees" are people; aid, health and media workers are a
            # conflict's civilians
            if _CIVILIAN_WORK_RE.search(subject) or _CIVILIAN_EMPLOYER_RE.match(after):
                return "civilians"
            return "people"
        if _SCHOOL_STUDENTS_RE.search(subject):
            return "children"
        owner = _CASUALTY_OWNER_RE.search(subject)
        if owner is not None:
            return _OWNER_CLASS[owner.group("owner").lower()]  # "664 civilian deaths"
        if _ARMED_GROUP_RE.search(subject) and last.lower() in ("members", "operatives", "men", "commanders"):
            return "militants"  # "31 Hamas and Islamic Jihad members"
        if _SERVICE_MEMBERS_RE.search(subject):
            return "soldiers"  # "12 U.S. service members", "two servicewomen"
        if last.lower() in _SERVICE_ROLES and (
            _MILITARY_RE.search(subject)
            or _MILITARY_MODIFIER_RE.search(subject)
            or _OF_FORCES_RE.match(after)
        ):
            return "soldiers"  # "2,000 Self-Defense Forces personnel", "40 reserve pilots", "army officers"
        if last.lower() == "bombers" and _BOMBER_AIRCRAFT_RE.search(subject):
            return "objects"  # "two B-52 bombers", "strategic bombers": aircraft, not attackers
        if organisation_bodies(subject, after):
            return "other"
        if _ANIMALS_RE.search(last):
            return "other"  # "480 million mammals, birds and reptiles were killed": no people's toll
        for name, rx in _CLASS_RES:
            if rx.fullmatch(last):
                return name
        if _NATIONALITY_RE.match(last) or (subject == last and _ONE_NATIONAL_RE.match(last)):
            return "people"  # "27 Australians", "one American"
        if OTHER_NOUNS.search(subject):
            return "other"
        for name, rx in _CLASS_RES:
            if rx.search(subject):
                return name
    if metric in PEOPLE_METRICS:
        return "people"
    return "other" if subject else ""


_ANIMALS_RE = re.compile(
    r"\b(?:animals|mammals|birds|reptiles|frogs|amphibians|livestock|cattle|sheep|cows|goats|pigs|poultry"
    r"|chickens|horses|koalas|kangaroos|wildlife|fish|dogs|cats|pets|camels|bats|insects|bees|species)\b",
    re.IGNORECASE,
)

#: People named by a state (held, displaced, evacuated, saved) that an event can still befall
_STATE_NOUNS = frozenset(
    [
        "hostages",
        "captives",
        "detainees",
        "prisoners",
        "refugees",
        "evacuees",
        "survivors",
        "abductees",
        "inmates",
    ]
)
_EVENTS = frozenset(("killed", "injured", "rescued", "missing"))
_WHO_AFTER_RE = re.compile(r"\s*,?\s*(?:who|that)\s", re.IGNORECASE)


_NEXT_COUNT_NOUN_RE = re.compile(
    rf"^\s*,?\s*and\s+(?:[a-z]+\s+)?(?:\d[\d,.]*|(?i:{NUMBER_WORD}))\s+(?:[\w'’-]+\s+)?[\w'’-]+"
    r"(?=(?:\s+(?:so\s+far|in\s+all|in\s+total|overall|since\s+\w+|on\s+\w+|by\s+\w+))?\s*(?:[.,;:]|$))"
)


_COORDINATED_NOUN_RE = re.compile(
    r"^\s*and\s+(?:[a-z][\w'’-]*\s+)?[a-z][\w'’-]*(?=\s+(?:were|was|have\s+been|had\s+been|are)\s)"
)


#: a verb that lets captives go, right before their count ("to free four hostages", "releasing 24 captives")
_FREEING_BEFORE_RE = re.compile(
    r"\b(?:free|frees|freeing|release|releases|releasing|released)\s+(?:the\s+|all\s+)?$", re.IGNORECASE
)


def state_noun_event(subject: str, before: str, after: str) -> str | None:
    """The event that befalls people named by their state ("three hostages were killed", "the army
    rescued four hostages", "12 refugees drowned"): its metric, or None when nothing happens to them
    ("111 hostages are still held")."""
    words = subject.lower().split()
    if words and words[-1] == "victims" and _WHO_AFTER_RE.match(after):
        # "The 14 victims who lost one leg", "victims who were wounded": the relative clause says what
        # befell them, and it is not always death
        found_v, _dv = metric_near("", after, right_limit=4)
        return found_v if found_v in ("injured", "missing", "rescued") else None
    if not words or words[-1] not in _STATE_NOUNS:
        return None
    # "found 12 survivors and 140 bodies": the next count's own noun is no predicate of this one
    after = _NEXT_COUNT_NOUN_RE.sub("", after, count=1)
    # "1,780 hostages and trapped residents were rescued": the predicate past the coordinated noun
    after = _COORDINATED_NOUN_RE.sub("", after, count=1)
    if words[-1] in ("hostages", "captives", "abductees") and _FREEING_BEFORE_RE.search(before[-40:]):
        return "rescued"  # "a raid to free four hostages": let go, whatever their captors' verb
    found, _d = metric_near(before, after, right_limit=4, left_limit=2)
    if found not in _EVENTS:
        # "commandos pulled four hostages out of the flats": the verb before them, not where from
        found, _d = metric_near(before, "", left_limit=2)
    if found in _EVENTS and found != metric_from_subject(words[-1]):
        return found
    return None


_PERSON_CLASSES = frozenset(("people", "children", "women", "soldiers", "militants", "civilians"))

#: "a city of about 150,000", "a country of 38 million people": how many live in a place
_PLACE_OF_RE = CaselessPattern(
    re.compile(
        r"\b(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?(?:city|town|village|country|nation|island|region|province"
        r"|district|municipality|community|enclave|territory|port|suburb|metropolis|county|settlement)\s+of\s+$",
        re.IGNORECASE,
    )
)
_RESIDENT_NOUNS = frozenset(("", "people", "residents", "inhabitants", "souls"))


def place_population(before: str, subject: str) -> bool:
    """Whether a figure right after "a city of" counts the people who live there (its noun, if any, names
    them): the place's population, not people an event befell."""
    return subject.lower() in _RESIDENT_NOUNS and _PLACE_OF_RE.search(before[-60:]) is not None


#: "hundreds more", "dozens more" with no noun of their own ("more than" is a qualifier)
_MORE_AFTER_RE = re.compile(
    r"\s+more(?=\s*(?:[.,;:!?)\"”’]|$|\s+(?:on|in|at|across|around|from|to|by|for|with|overnight|since|during|"
    r"after|before|as|while|who|whom|that|were|was|are|is|have|had|has|remain|remained|remaining|still|later|"
    r"each|every|yesterday|today|tonight|last|this|the|and|or|but)\b))",
    re.IGNORECASE,
)  # "... housed hundreds more on Thursday", never "thousands more bodies" (their own noun)


def more_of(after: str, gap: str, prev_class: str) -> bool:
    """Whether a figure with no noun of its own ("Shelters housed hundreds more", "medics treated dozens
    more") counts more of the people the figure before it counted: ``after`` follows the figure, ``gap``
    runs from the figure before (same paragraph, at most a sentence or so away) to this one."""
    return (
        prev_class in _PERSON_CLASSES
        and _MORE_AFTER_RE.match(after) is not None
        and "\n" not in gap
        and len(gap) < 250
    )


#: a weight of something: "2,750 tonnes of ammonium nitrate" is a stock, "150 tonnes of aid" aid
_MASS_UNITS = frozenset(("tonnes", "tons", "tonne", "ton"))
_OF_SUBSTANCE_RE = re.compile(r"^\s+of\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)", re.IGNORECASE)
_RELIEF_GOODS_RE = re.compile(
    r"\b(?:aid|relief|humanitarian|food|flour|wheat|rice|grain|medicine|medicines|medical|supplies"
    r"|water|fuel|goods|assistance|rations|provisions)\b",
    re.IGNORECASE,
)


def mass_of_goods(subject: str, after: str) -> bool:
    """Whether ``subject`` is a weight ("tonnes") of a named substance that is no relief ("2,750 tonnes
    of ammonium nitrate", "40 tons of explosives"): a stock counted as such, not aid."""
    words = subject.lower().split()
    if not words or words[-1] not in _MASS_UNITS:
        return False
    of = _OF_SUBSTANCE_RE.match(after)
    return of is not None and _RELIEF_GOODS_RE.search(of.group(1)) is None


#: people an aid programme serves: "provide food ... to 5.2 million people", "food distributions for
#: 117,000 people", "will cover some 4.2 million people" ("the crowd could reach 50,000 people" is none)
_RECIPIENTS_BEFORE_RE = re.compile(
    r"(?:\b(?:provid(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|distribut\w*|assist(?:s|ed|ing)?|aid|assistance|relief"
    r"|food|water|shelter|care|services|schooling|rations|supplies|help|support)\b(?:\s+[\w,'’-]+){0,12}?"
    r"\s+(?:to|for)|\b(?:cover(?:s|ed|ing)?|feed(?:s|ing)?|benefit(?:s|ed|ing)?))\s+$",
    re.IGNORECASE,
)


_HELP_TO_RE = re.compile(
    r"\bto\s+(?:help|assist|support|feed|shelter)\s+(?:some\s+|about\s+"
    r"|around\s+|nearly\s+|more\s+than\s+|up\s+to\s+)?$",
    re.IGNORECASE,
)
_APPEAL_RE = re.compile(r"\b(?:appeal\w*|plan|aid|funds?|money|grants?|budget)\b|[$€£]", re.IGNORECASE)


def aid_recipients(metric: str, subject: str, before: str, lead: str = "") -> str:
    """The metric of a count of people an aid effort reaches or serves ("reach 9.5 million people with
    food", ``before`` ending "food distributions for"): affected, neither aid nor a bare count."""
    if metric == "count":
        tail = before[-24:].split()
        last = tail[-1].lower() if tail else ""
        if _HELP_TO_RE.search(before[-40:]) and _APPEAL_RE.search((lead or before)[-200:]):
            # "the UN appealed for $72.8 million to help 350,000 people": the people the money is for
            return "affected" if subject_class(subject, "") in _PERSON_CLASSES else metric
        if last not in ("to", "for") and not last.startswith(("cover", "feed", "benefit")):
            return metric
        if _RECIPIENTS_BEFORE_RE.search(before[-160:]) is None:
            return metric
    elif metric != "aid":
        return metric
    return "affected" if subject_class(subject, "") in _PERSON_CLASSES else metric


#: a giving verb right before the things it gives: "promised 120 armoured vehicles", "pledged Kyiv another
#: 14 tanks", "has supplied 60 howitzers"; a preposition after it is another construction ("supply to")
_NO_PREP = r"(?:(?!(?:to|for|from|of|in|into|at|on|by|as|that|than)\b)[\w'’-]+\s+){0,3}?$"
_GIVING_BEFORE_RE = CaselessPattern(
    re.compile(
        r"\b(?:promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|donat(?:e|es|ed|ing)|gift(?:s|ed|ing)?|offer(?:s|ed|ing)?"
        r"|commit(?:s|ted|ting)?|suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|deliver(?:s|ed|ing)?"
        r"|hand(?:s|ed|ing)?\s+over|give|gives|gave|given|giving|lend|lends|lent|lending)\s+" + _NO_PREP,
        re.IGNORECASE,
    )
)
#: sending is giving when the things go to someone ("sent 12 ambulances to the district"), not when
#: they go to a front ("sent 100 tanks to the border")
_SENDING_BEFORE_RE = re.compile(
    r"\b(?:send|sends|sent|sending|ship|ships|shipped|shipping|dispatch(?:es|ed|ing)?|fl(?:y|ies|ew|own)"
    r"|airlift(?:s|ed|ing)?)\s+" + _NO_PREP,
    re.IGNORECASE,
)
_RECIPIENT_AFTER_RE = re.compile(
    r"^\s+(?:[\w'’-]+\s+){0,3}?to\s+(?!(?:the\s+)?(?:border|front|frontline|front\s+line|battlefield)\b)",
    re.IGNORECASE,
)


def things_given(subject: str, before: str, after: str) -> bool:
    """Whether the things ``subject`` counts are given to a country or to people ("Britain promised 120
    armoured vehicles", "the agency sent 12 ambulances to the district"): aid. ``before`` runs up to the
    figure, ``after`` from the end of its noun. Bodies and places are supplied, not given ("the charity
    supplies 150 food banks")."""
    words = subject.split()
    if not words or _AID_BODY_HEADS_RE.fullmatch(words[-1]) is not None:
        return False
    if _GIVING_BEFORE_RE.search(before[-80:]) is not None:
        return True
    return (
        _SENDING_BEFORE_RE.search(before[-80:]) is not None and _RECIPIENT_AFTER_RE.match(after) is not None
    )


_LIST_JOIN_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+|plus\s+)", re.IGNORECASE)


def given_aid(subject: str, before: str, after: str, prev_metric: str = "", between: str = "") -> bool:
    """Whether a count of things is aid: things given (``things_given``), or the next item of a list of
    aid ("40 generators, 200 tents and 12 pumps"; ``between`` runs from the end of the previous figure's
    noun, ``prev_metric`` is its metric)."""
    cls = subject_class(subject, "")
    if cls not in ("objects", "other") or OTHER_NOUNS.search(subject):
        return False
    if prev_metric == "aid" and _LIST_JOIN_RE.fullmatch(between) is not None:
        return True
    return cls == "objects" and things_given(subject, before, after)


#: what a sum measures when it is a damage, a loss or a cost ("property damage", "insured losses")
_MEASURE = r"(?:damages?|loss(?:es)?|costs?|bills?|price\s+tags?|tab|needs|spending|payouts|claims)"
_MEASURE_RE = re.compile(rf"\b{_MEASURE}\b", re.IGNORECASE)
#: "put Helene's total damage at", "estimated the cost of rebuilding at", "valued the contract at"
_MEASURING_VERB_RE = re.compile(
    r"\b(?:put|puts|putting|estimat(?:ed|es|ing)|peg(?:ged|s|ging)|plac(?:ed|es|ing)|valu(?:ed|es|ing)|set|sets"
    r"|project(?:ed|s|ing)|calculat(?:ed|es|ing)|assess(?:ed|es|ing)|reckon(?:ed|s)?)\s",
    re.IGNORECASE,
)
_MEASURED_AT_RE = re.compile(r"(?P<np>[^;:]{1,160}?)\s+at\s+$")
#: "the bill for repairs came to", "damage is estimated at", "insured losses could reach"
_MEASURE_VERB_RE = re.compile(
    r"^\s*(?P<np>.+?)\s+(?:(?:is|was|are|were|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be|could\s+be"
    r"|may\s+be|might\s+be|now|already|likely\s+to|expected\s+to|set\s+to|could|may|might|will|would|to)\s+)*"
    r"(?:(?:estimated|put|valued|pegged|projected|forecast|calculated|assessed)\s+at|c(?:a|o)mes?\s+to|amount(?:ed|s)?"
    r"\s+to|r(?:a|u)n\s+to|totall?(?:ed|ing|s)?|reach(?:ed|es)?|st(?:oo|a)nds?\s+at|top(?:ped|s)?|exceed(?:ed|s)?"
    r"|hit|rose\s+to|risen\s+to|climbed\s+to)\s+$",
    re.IGNORECASE,
)
#: "rebuilding the port will cost": what costs the sum
_COSTS_RE = re.compile(
    r"^\s*(?P<np>.+?)\s+(?:(?:will|would|could|may|might|is\s+expected\s+to|is\s+likely\s+to)\s+)?(?:cost|costs)\s+$",
    re.IGNORECASE,
)
#: "losses of $3 billion", "damage worth $5 million"
_MEASURE_OF_RE = re.compile(
    rf"\b(?P<np>{_MEASURE})\s+(?:of|worth|totall?ing|estimated\s+at|valued\s+at)\s+$", re.IGNORECASE
)
#: modifiers a measure noun may carry ("insured losses", "estimated damage"); other words in -ed are verbs
_MEASURE_MODIFIER_ED = frozenset(("insured", "uninsured", "estimated", "combined", "expected", "projected"))
#: "$1 billion in losses to agriculture"
_IN_MEASURE_AFTER_RE = re.compile(
    rf"^\s+in\s+(?P<np>(?:[\w-]+\s+){{0,2}}?{_MEASURE}(?:\s+to\s+(?:the\s+)?[\w-]+"
    r"(?:\s+(?!(?:in|on|at|by|for|from|with|of|and|or|as|since)\b)[\w-]+)?)?)\b",
    re.IGNORECASE,
)
#: "$613 billion in debts", "$175 billion in uninsured deposits", "$4.3 billion in fines": what a sum is of
_IN_HOLDING_AFTER_RE = re.compile(
    r"^\s+in\s+(?P<np>(?:(?!(?:the|a|an|its|their|cash)\b)[a-z-]+\s+){0,2}?(?:debts?|liabilities|assets|deposits"
    r"|loans?|bonds|revenues?|sales|profits?|fines|penalties|compensation|reparations?|bribes|taxes|reserves"
    r"|funding|investments?|securities|shares|cash|salary|salaries|pay|bonuses|subsidies|grants|donations"
    r"|contributions|payments|fees|settlements?|bail|ransom))\b",
    re.IGNORECASE,
)
_CLAUSE_START_RE = re.compile(
    r"[,;:(]|\b(?:and|but|while|that|said|says|after|as|because|when|although|which)\s", re.IGNORECASE
)
#: "including lost wages and disrupted supply chains": an aside inside the measure, not its name
_ASIDE_RE = re.compile(
    r",\s*(?:including|excluding|not\s+including|such\s+as|mostly|mainly|largely|from)\b[^,]*(?:,|$)",
    re.IGNORECASE,
)
_PREPOSITION_RE = re.compile(r"\s(?:of|for|to|from|in|on|at|by|with|after|since|over)\s", re.IGNORECASE)
_DETERMINERS_RE = re.compile(
    r"^(?:(?:the|a|an|its|their|his|her|our|this|that|these|those|such)\s+)+", re.IGNORECASE
)
#: "Helene's damage", "the storm's cost": the event a measure belongs to is the claim's event already;
#: whose loss it is ("farmers' losses") tells one measure from another and stays
_POSSESSOR_RE = re.compile(
    r"^(?:[A-Z][\w-]*|(?i:storm|hurricane|cyclone|typhoon|quake|earthquake|flood|floods|fire|wildfire|war"
    r"|disaster|blast|explosion))['’]s?\s+(?=(?:[\w-]+\s+){0,3}?" + _MEASURE + r"\b)"
)
#: words that only point back to a sum named elsewhere
_ANAPHORIC = frozenset(
    ("figure", "total", "sum", "amount", "estimate", "number", "tally", "it", "them", "this")
)


def _measure_phrase(np: str, *, any_head: bool) -> str:
    """The noun phrase a sum measures, cleaned ("Helene's total damage and economic loss, including lost
    wages," -> "total damage and economic loss"); "" when it is no short noun phrase or names no
    measure (``any_head``: any noun will do, as after "valued ... at")."""
    np = _ASIDE_RE.sub("", np).strip(" ,")
    np = _DETERMINERS_RE.sub("", np)
    np = _POSSESSOR_RE.sub("", np)
    np = _DETERMINERS_RE.sub("", np)
    words = np.split()
    if not words or len(words) > 8 or "," in np or words[-1].lower() in _ANAPHORIC:
        return ""  # "put the figure at": a sum named elsewhere
    # the head is the last word before a preposition: "bill for repairs", not "damage fund"
    head = _PREPOSITION_RE.split(np, maxsplit=1)[0].split()[-1:]
    return np if any_head or (head and _MEASURE_RE.fullmatch(head[0])) else ""


def _with_modifiers(before: str, head: str) -> str:
    """``head`` with the up to two modifiers right before it ("insured losses"), no verb ("caused")."""
    kept: list[str] = []
    for word in reversed(before.split()[-2:]):
        low = word.lower()
        if (
            not word.isalpha()
            or low in _SUBJECT_STOP
            or (low.endswith("ed") and low not in _MEASURE_MODIFIER_ED)
        ):
            break
        kept.insert(0, word)
    return " ".join([*kept, head])


def money_subject(before: str, after: str) -> str:
    """What a sum with no noun of its own measures ("AccuWeather put total damage and economic loss at
    $250 billion" -> "total damage and economic loss", "the bill for repairs came to $12 million",
    "losses of $3 billion", "$1 billion in losses to agriculture", "rebuilding the port will cost $5
    billion" -> "cost of rebuilding the port"); "" when the words around it name no measure.
    ``before`` runs from the clause's start (or the previous figure) to the sum, ``after`` follows it."""
    tail = before[-200:]
    for verb in reversed(list(_MEASURING_VERB_RE.finditer(tail))):
        # the verb nearest the sum: "estimates from the authority had put losses at"
        m = _MEASURED_AT_RE.fullmatch(tail, verb.end())
        if m is not None:
            return _measure_phrase(m.group("np"), any_head=True)
    clause = _CLAUSE_START_RE.split(tail)[-1]
    m = _MEASURE_VERB_RE.match(clause)
    if m is not None:
        return _measure_phrase(m.group("np"), any_head=False)
    m = _COSTS_RE.match(clause)
    if m is not None:
        thing = _measure_phrase(m.group("np"), any_head=True)
        return f"cost of {thing[:1].lower()}{thing[1:]}" if thing and not _MEASURE_RE.search(thing) else thing
    m = _MEASURE_OF_RE.search(tail)
    if m is not None:
        return _measure_phrase(_with_modifiers(tail[: m.start()], m.group("np")), any_head=False)
    m = _IN_MEASURE_AFTER_RE.match(after)
    if m is not None:
        return _measure_phrase(m.group("np"), any_head=False)
    m = _IN_HOLDING_AFTER_RE.match(after)
    if m is not None:
        return m.group("np")  # "$613 billion in debts", "about $229 billion in assets"
    return ""


_BARE_VEHICLES_RE = re.compile(
    r"(?:heavy\s+|goods\s+|articulated\s+)?(?:trucks?|lorr(?:y|ies))", re.IGNORECASE
)
#: what befalls vehicles in a disaster rather than what aid convoys do
_VEHICLE_MISHAP_RE = re.compile(
    r"\s*(?:(?:were|was|had\s+been|have\s+been|also)\s+)?(?:plunged|plummeted|fell|tumbled|crashed|collided"
    r"|overturned|crushed|buried|swept|burned|burnt|caught\s+fire|destroyed|damaged|stranded|trapped|stuck"
    r"|submerged|wrecked)\b",
    re.IGNORECASE,
)


_CAPTOR_RE = re.compile(r"^hostage[- ]?takers?$", re.IGNORECASE)


@lru_cache(maxsize=8192)  # pure, and the same subjects recur
def metric_from_subject(subject: str, after: str = "") -> str | None:
    """The metric a subject names by itself ("23 lives", "aid trucks"); ``after`` (the words after the
    subject) tells what a weight is of."""
    if not subject:
        return None
    if subject.lower().split()[-1] == "lives":
        return "killed"  # "the storm claimed 23 lives"
    if organisation_bodies(subject, after):
        return "count"  # organisations counted, not the dead
    if after and subject[-1:] in ("s", "n", "e") and mass_of_goods(subject, after):
        return None
    head = subject.split()[-1]
    if head.lower() in _KINDS_OF_PEOPLE:
        return "count"  # "37 foreigners of eight nationalities died": the kinds, not people
    if _UNITS_OF_EXTENT_RE.fullmatch(subject):
        # "left the zone after combing 120,000 square kilometres": an extent searched or burned, never
        # people who fled or died, whatever verb comes near it
        return "count"
    if head.lower() in _PLACES_PEOPLE_GO:
        return "count"  # "37 evacuation centres": places, however they are named
    if head.lower() == "victims" and _HARMED_NOT_KILLED_RE.match(after):
        return "count"  # "more than 900 victims of sexual violence": the harmed, not the dead
    if _CAPTOR_RE.search(head):
        return None  # "27 hostage-takers had been killed": the captors; their verb decides
    if _BARE_VEHICLES_RE.fullmatch(subject) and _VEHICLE_MISHAP_RE.match(after):
        return None  # "about 30 cars and three lorries plunged with it": vehicles caught in it, not aid
    if (
        _AID_NOUNS.search(subject)
        and subject_class(head, "") not in _PERSON_CLASSES
        and _AID_BODY_HEADS_RE.fullmatch(head) is None
    ):
        return "aid"  # "aid trucks", not "aid workers", "aid agencies" or "food banks"
    words = subject.lower().split()
    if len(words) > 1 and words[-1] in _EVENT_PARTICIPLES:
        # "the number of hostages killed": what befell the hostages, not that they are held
        last = _METRIC_RE.search(words[-1])
        if last is not None and last.lastgroup is not None:
            return last.lastgroup
    m = _METRIC_RE.search(subject.lower())
    if m is not None and m.lastgroup is not None:
        return m.lastgroup
    return None


_UNITS_OF_EXTENT_RE = re.compile(
    r"(?:square\s+|cubic\s+)?(?:kilomet(?:re|er)s|km|miles|metres|meters|feet|yards|hectares|acres)",
    re.IGNORECASE,
)
_PLACES_PEOPLE_GO = frozenset(("centres", "centers", "shelters", "camps", "sites", "facilities"))
_HARMED_NOT_KILLED_RE = re.compile(
    r"\s+of\s+(?:sexual|rape|abuse|torture|trafficking|gender|domestic|assault|fraud|theft|crime)",
    re.IGNORECASE,
)
_KINDS_OF_PEOPLE = frozenset(("nationalities", "nationality", "countries", "languages", "ethnicities"))
_EVENT_PARTICIPLES = frozenset(
    ("killed", "dead", "freed", "released", "rescued", "injured", "wounded", "missing")
)
_AUX_BEFORE_RE = re.compile(
    r"\b(?:were|was|had\s+been|have\s+been|has\s+been|been|are|is|got|get)\s+(?:\w+ly\s+)?$"
)
_REDUCED_RELATIVE_RE = re.compile(
    r"^\s*[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:(?:initially|originally|first|previously|earlier)\s+)?(?:reported|listed"
    r"|registered|recorded|counted|classed|feared)\s+(?:as\s+)?$"
)
#: What may stand between a verb and the figure it governs ("and arrested at least 115")
_NEXT_FIGURE_TAIL_RE = re.compile(
    r"\s*(?:(?:the|a|an|another|some|about|around|roughly|nearly|almost|at\s+least|more\s+than|over|up\s+to"
    r"|a\s+further|an\s+estimated|only|just)\s+)*(?:$|(?P<n>\d|(?:one|two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve|dozens|scores|hundreds|thousands)\b))"
)
_COORD_RE = re.compile(r"\b(?:and|or|but|while|whereas)\b|[,;]")
#: A new clause with its own subject: a metric word before it is not the next figure's ("had been
#: displaced and that nearly 4,000 people lived there", "30 were killed; 12 were ...")
_CLAUSE_BARRIER_RE = CaselessPattern(
    re.compile(
        r";|\b(?:and|but|or)\s+(?:that|said|says|added|adding|noted|whether)\b|\b(?:while|whereas|although"
        r"|though)\b"
        # "a lower count of the dead, saying more than 350,000 people had made the journey": what is said
        r"|,\s+(?:saying|adding|stating)\b",
        re.IGNORECASE,
    )
)

_COMMA_COORD_RE = re.compile(r",\s+(?:and|but|or|while|whereas)\b", re.IGNORECASE)
_PREDICATE_AUX_RE = re.compile(
    r"\b(?:were|was|are|is|had|have|has|been|remain(?:s|ed)?|still)\b", re.IGNORECASE
)


def own_predicate(rest: str) -> str | None:
    """The metric of the verb a figure's noun phrase goes on to, past a figure inside it ("some 3,100
    residents in 22 districts remained cut off": affected), up to the first comma or new clause."""
    # "658 Algerian workers and 107 foreigners had been freed": the verb after the coordinated count
    rest = _COORDINATED_COUNT_RE.sub(" ", rest, count=1)
    cut = re.search(r"[,;:]|\s(?:and|but|while|whereas)\s", rest)
    found, _d = metric_near("", rest[: cut.start()] if cut else rest, right_limit=8)
    return found


_COORDINATED_COUNT_RE = re.compile(
    rf"(?<=[\w'’])\s+and\s+(?:\d[\d,.]*|{NUMBER_WORD})\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?=(?:had|have|has|were|was|are|is)\s)",
    re.IGNORECASE,
)


_PARTITIVE_OPENER_RE = CaselessPattern(
    re.compile(
        r"^\W*(?:of|among|out\s+of)\s+(?:the|those|these|all|its|their)?\s*$|(?:\d|\b(?:one|two|three|four|five|six"
        r"|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|half|most|many|all))\s+(?:of|out\s+of)\s+(?:the|its|their)?\s*$",
        re.IGNORECASE,
    )
)


#: "the 2,000 people evacuated so far have returned": a participle on the total, then the main verb
_REDUCED_THEN_MAIN_RE = re.compile(
    r"^\s*(?:[\w'’-]+\s+){0,3}?[a-z]+(?:ed|en|wn)\s+(?:[\w'’-]+\s+){0,3}?(?:have|has|had|were|was|are|is"
    r"|remain(?:s|ed)?|will|would|could|may|might)\b"
    # "Of the six people shot dead that night, four were students": the participle says what befell the
    # whole, and the comma closes the opener before the part's own clause
    r"|^\s*(?:(?!(?:in|on|at|aboard|inside|when|while|who|that|which|from|of|with|for|and|or)\b)[\w'’-]+\s+){0,3}?"
    r"(?!(?:when|then|even|often|seven|ten|eleven|women|men|children|brethren|town|own|down|sudden)\b)"
    r"(?:[a-z]+(?:ed|en|wn)|shot|hurt|slain|held|hit)\b[^,.;:]{0,60},"
    # "most of the two million people the government says were affected are still ...": a relative
    # clause whose own verb says what befell them, then the main verb
    r"|^\s*(?:[\w'’-]+\s+)?(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:says?|said|estimates?|estimated"
    r"|believes?|believed)\s+(?:were|was|had\s+been|have\s+been|are)\s+[a-z]+(?:ed|en|wn)\b"
)


def partitive_total(prefix: str, after: str = "") -> bool:
    """Whether the sentence so far is "Of the" / "Among the", or ends in "3 of the": the figure is the
    total another figure is part of ("Of the 300 passengers on board, only 104 survived", "only 3 of the
    25 crew survived": 300 and 25 are counts, not the survivors)."""
    if _PARTITIVE_OPENER_RE.search(prefix) is None:
        return False
    return _REDUCED_THEN_MAIN_RE.match(after) is None  # "most of the 2,000 people evacuated so far have ..."


def new_clause(gap: str) -> bool:
    """Whether ``gap`` (the words between two figures) opens a clause of its own ("and that", ";",
    "while"): the second figure takes no metric from the first."""
    return _CLAUSE_BARRIER_RE.search(gap) is not None


def _word_distance(s: str) -> int:
    return len(s.split())


_SEARCH_FOR_RE = re.compile(
    r"\b(?:search(?:ing|es)?|look(?:ing)?|hunt(?:ing)?|hopes?|no)\s+(?:for\s+|of\s+finding\s+)?(?:more\s+"
    r"|further\s+|any\s+|other\s+)?$",
    re.IGNORECASE,
)


#: "waiting for evacuation trains", "hoping to be evacuated", "queueing for buses to leave", "who want to
#: leave": people who have not been moved yet
_AWAITING_RE = re.compile(
    r"\b(?:wait(?:s|ed|ing)?|await(?:s|ed|ing)?|hop(?:e|es|ed|ing)|queu(?:e|es|ed|ing|eing)|lin(?:ed|ing)\s+up"
    r"|in\s+line|expect(?:s|ed|ing)|want(?:s|ed|ing)?|wish(?:es|ed|ing)?|tr(?:y|ies|ied|ying)|seek(?:s|ing)?"
    r"|sought|plan(?:s|ned|ning)?|intend(?:s|ed|ing)?|desperate|eager|unable)\s+(?:for\s+|to\s+be\s+|to\s+)?"
    r"(?:(?!(?:were|was|are|is|be|been|being|had|have|has|before|until|when|then)\b)[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _not_found_yet(window: str, m: re.Match[str]) -> bool:
    """ "the search for survivors", "no further survivors": people hoped for, not counted; "waiting for
    evacuation trains": an evacuation awaited, not one that happened."""
    before = window[max(0, m.start() - 40) : m.start()]
    if m.lastgroup == "evacuated":
        return _AWAITING_RE.search(before) is not None
    return m.lastgroup == "rescued" and _SEARCH_FOR_RE.search(before[-30:]) is not None


#: a metric word inside a proper name ("Martyrs' Square", "Victims Memorial Park"): no event
_NAME_AFTER_RE = re.compile(
    r"['’]?s?['’]?\s+(?:Square|Bridge|Memorial|Cemetery|Day|Park|Street|Road|Avenue|Monument|Hall|Museum|Sea"
    r"|Brigades?|Mosque|Hospital|Stadium|Roundabout|Camp)\b"
)


def _in_name(original: str, m: re.Match[str]) -> bool:
    """Whether the metric word ``m`` (found in the lowercased ``original``) is capitalised and followed
    by a place or institution noun: part of a name."""
    return original[m.start()].isupper() and _NAME_AFTER_RE.match(original, m.end()) is not None


#: the figure's own people setting out to rescue others ("... ran to the line to drag survivors")
_AGENT_INFINITIVE_RE = re.compile(
    r"\bto\s+(?:help\s+)?(?:drag|pull|rescue|save|dig|carry|free|search\s+for|look\s+for|reach|haul)"
    r"(?:\s+[\w'’-]+){0,2}\s+$"
)


_KILLING_OF_RE = re.compile(r"killings?\s+of\s+(?!(?:about|some|nearly|at\s+least|more\s+than|over)?\s*\d)")
#: the task a team is sent on, before the dead or missing it looks for
_SEARCHERS_RE = re.compile(
    r"\bto\s+(?:help\s+)?(?:find|recover|retrieve|identify|search\s+for|look\s+for|locate|dig\s+out|trace)"
    r"(?:\s+(?:the|more|any))?\s+$"
)


#: the figure's phrase is the subject of a verb of saying (never "were said to be missing")
#: (nor a relative clause with a speaker of its own: "the 300,000 people the governor says were made ...")
_SPEAKERS_VERB_RE = re.compile(
    r"^(?:\s*(?!(?:the|a|an|it|he|she|they|we|its|his|her|their|officials|who|that|which)\b)[\w'’-]+){0,4}"
    r"\s+(?:said|says|told|tells)\b(?!\s+to\b)"
)


def metric_near(
    left: str, right: str, *, right_limit: int = 6, left_limit: int = 6, next_figure: bool = False
) -> tuple[str | None, int]:
    """Nearest metric word: the first one to the right of the figure or the last one to its left,
    whichever is fewer words away. Returns (metric, distance). ``next_figure``: ``right`` ends where
    the next figure starts, so a coordinated verb at its end is that figure's ("... 2,000 protesters
    and arrested 115")."""
    left_orig, right_orig = left, right
    left, right = left.lower(), right.lower()
    best: tuple[str | None, int] = (None, 999)
    first = True
    reduced = False  # the first metric word sits in a reduced relative ("people reported as missing")
    for m in _METRIC_RE.finditer(right):
        d = _word_distance(right[: m.start()])
        if d > right_limit + 4 + (6 if reduced else 0):
            break  # (a reduced relative's agent and time stand between the noun and its verb)
        if m.lastgroup is None or _not_found_yet(right, m) or _in_name(right_orig, m):
            continue
        if _SPEAKERS_VERB_RE.search(right, 0, m.start()):
            break  # "Two police officers said five people died": the figure counts who speaks
        if m.lastgroup == "rescued" and _AGENT_INFINITIVE_RE.search(right, 0, m.start()):
            continue  # "Hundreds of villagers ran to the line to drag survivors out": the rescuers
        if m.lastgroup == "killed" and _KILLING_OF_RE.match(right, m.start()):
            continue  # "joined protests after the killing of George Floyd": the event, not the figure's verb
        if m.lastgroup in ("killed", "missing") and _SEARCHERS_RE.search(right, 0, m.start()):
            continue  # "a team of 130 soldiers to help find bodies": the searchers, not the dead
        tail = _NEXT_FIGURE_TAIL_RE.match(right, m.end())
        if (
            tail is not None
            and (tail.group("n") is not None or next_figure)
            and _COORD_RE.search(right, 0, m.start())
        ):
            break  # the verb of the next figure
        if first and d <= right_limit:
            best = (m.lastgroup, d)
        first = False
        # the main verb after a reduced relative: "100 civilians sheltering at the school had been killed",
        # "1,732 people originally reported as unaccounted for have been found safe"
        aux = _AUX_BEFORE_RE.search(right[: m.start()]) is not None or m.group(0).startswith(
            ("were ", "was ", "been ")
        )
        if aux and best[0] != m.lastgroup and d > best[1]:
            if (re.search(r"\b(?:ing)\b|\w+ing\b", right[: m.start()]) and best[1] <= 1) or reduced:
                best = (m.lastgroup, min(d, right_limit))
            break
        if not reduced and _REDUCED_RELATIVE_RE.search(right, 0, m.start()):
            reduced = True
        if not reduced and d <= 3 and m.group(0).endswith("ed") and right.startswith(" by ", m.end()):
            reduced = True  # "82 of the schoolgirls kidnapped by Boko Haram ... had been freed": its agent
    last = None
    for m in _METRIC_RE.finditer(left):
        if m.group(0)[:6].lower() == "surviv" or _not_found_yet(left, m) or _in_name(left_orig, m):
            continue  # "Survivors told rescuers that about 400 people were on board": witnesses
        last = m
    if last is not None and last.lastgroup is not None:
        gap = left[last.end() :]
        if new_clause(gap) or (
            _COMMA_COORD_RE.search(gap) and _PREDICATE_AUX_RE.search(left, 0, last.start()) is not None
        ):
            # "... had been displaced and that ...", "26,000 people were staying in shelters, and some
            # 3,100 residents ...": the previous clause's predicate
            return best
        d = _word_distance(gap)
        if _COORD_RE.search(gap):
            d += 4  # "killed some 1,200 people and about 250 were taken hostage"
        limit = left_limit + (6 if _STRONG_RE.fullmatch(last.group(0)) else 0)
        if d <= limit and d < best[1]:
            best = (last.lastgroup, d)
    return best


_BODY_NOUNS = frozenset(("bodies", "dead", "victims", "remains", "corpses"))
#: What is done with the dead once they are found: moved, kept, examined, identified, buried
_HANDLING_RE = re.compile(
    r"^[^,;]{0,70}?\b(?:buried|identified|loaded|transferred|moved|taken\s+(?:in\s+)?to|stored|repatriated"
    r"|returned|handed\s+over|exhumed|examined|autopsied|collected|laid\s+out|cremated|awaiting\s+identification"
    r"|reached|arrived\s+(?:at|in)|brought\s+(?:in|to|into|for)|delivered\s+to|sent\s+to|carried\s+(?:in)?to"
    r"|kept\s+(?:at|in)|lying\s+(?:at|in)|held\s+(?:at|in)|morgues?|mortuar(?:y|ies)|post-?mortems?"
    r"|autops(?:y|ies)|forensic|examination|identification)\b",
    re.IGNORECASE,
)
#: Bodies recovered, pulled out or found are the toll, whatever is done with them afterwards
_RECOVERY_RE = re.compile(
    r"\b(?:recovered|retrieved|pulled|found|dug|fished|washed|unearthed|extracted|removed|counted|discovered)\b",
    re.IGNORECASE,
)
#: Recovery as the figure's own verb ("were recovered", "had been pulled out"), not a reduced relative
_RECOVERED_VERB_RE = re.compile(
    r"\b(?:were|was|are|is|been|being|have|has|had)\s+(?:\w+ly\s+|also\s+|since\s+|now\s+|so\s+far\s+)?"
    r"(?:recovered|retrieved|pulled|found|dug|fished|washed|unearthed|extracted|removed|counted|discovered)\b",
    re.IGNORECASE,
)
_OF_THE_DEAD_RE = re.compile(
    r"\b(?:of|among)\s+(?:the|those)\s+(?P<noun>dead|bodies|victims|remains)\s*,?\s*$", re.IGNORECASE
)
_BODIES_OF_RE = CaselessPattern(
    re.compile(r"\b(?:the\s+)?(?P<noun>bodies|remains|corpses)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
)
_HANDLER_BEFORE_RE = re.compile(
    r"\b(?:bur(?:ied|ying)|identif(?:ied|ying)|exhum(?:ed|ing)|examin(?:ed|ing)|cremat(?:ed|ing)|autopsied"
    r"|repatriat(?:ed|ing))\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)

#: room for so many, not so many dead: "a mass grave dug to hold 1,300 bodies", "space for 500 bodies"
_CAPACITY_BEFORE_RE = re.compile(
    r"\b(?:(?:dug|built|designed|made|meant|big\s+enough|large\s+enough|able|prepared|ready)\s+to\s+"
    r"(?:hold|take|accommodate|receive|store)|room\s+for|space\s+for|capacity\s+(?:of|for))\s+(?:up\s+to\s+|about\s+"
    r"|some\s+|around\s+)?$",
    re.IGNORECASE,
)
#: The place where the dead are kept, as the one who holds or receives them
_MORGUE_BEFORE_RE = re.compile(
    r"\b(?:morgues?|mortuar(?:y|ies)|post-?mortem\s+(?:house|centre|center|unit)|forensic\s+(?:institute"
    r"|centre|center|unit|department)|funeral\s+homes?)\b[^,;.]{0,40}$",
    re.IGNORECASE,
)


#: "gave a toll of", "the death toll rose to", "put the toll among children at": a toll before its figure
_TOLL_BEFORE_RE = re.compile(
    r"\b(?:death\s+|casualty\s+|overall\s+|official\s+)?tolls?\b(?P<words>(?:\s+[\w'’-]+){0,5}?)\s+(?:of|at|to"
    r"|as|was|is|stood\s+at|stands\s+at|reached|hit|passed|topped|exceeded)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_TOLL_NOUN_RE = re.compile(
    r"^\s+(?:among|of|for)\s+(?:the\s+)?(?P<noun>[\w'’-]+(?:\s+[\w'’-]+)?)", re.IGNORECASE
)


_TOLL_OWNER_RE = re.compile(
    r"\b(?P<owner>civilian|child|children's|military|troop|army)\s+(?:death\s+|casualty\s+)?tolls?\b",
    re.IGNORECASE,
)


def toll_subject(before: str) -> str | None:
    """For a figure after a toll phrase, the class noun the phrase names ("the toll among children at
    40" -> "children"), "" for a bare toll ("a toll of 116": everyone, never a subset borrowed from a
    neighbouring figure), None when the figure is no toll's."""
    m = _TOLL_BEFORE_RE.search(before[-80:])
    if m is None:
        return None
    owner = _TOLL_OWNER_RE.search(before[-80:], 0, m.start() + 40)
    if owner is not None and owner.end() > m.start():
        return _OWNER_CLASS[owner.group("owner").lower()]  # "the civilian death toll rose to 40"
    noun = _TOLL_NOUN_RE.match(m.group("words"))
    if noun is not None:
        for word in reversed(noun.group("noun").split()):
            if subject_class(word, "") not in ("", "other"):
                return word
    return ""


#: "... has risen to", "rose to", "stood at": a figure that a clause's subject has grown or come to
_RISE_TAIL_RE = CaselessPattern(
    re.compile(
        r"\b(?:has\s+|have\s+|had\s+)?(?:now\s+|further\s+|sharply\s+)?(?:risen|rose|rises|climbed|climbs|jumped"
        r"|increased|grown|grew|surged|soared|reached|stood|stands|mounted)\s+(?:to|at)?\s*"
        r"(?:(?:at\s+least|more\s+than|over|nearly|almost|about|around|some)\s+)?$",
        re.IGNORECASE,
    )
)
#: what such a subject counts, read from its first casualty word ("Confirmed deaths from the collapse of
#: ... rose to 44", "the death toll had risen to 35 after another wounded man died")
_RISE_SUBJECT_RE = re.compile(
    r"\b(?P<killed>(?:death|casualty)\s+toll|toll|deaths|dead|fatalities|killed|lives\s+lost)"
    r"|\b(?P<injured>injuries|injured|wounded)|\b(?P<missing>missing|unaccounted)"
    r"|\b(?P<displaced>displaced|homeless)|\b(?P<detained>arrests|detained|detentions)\b",
    re.IGNORECASE,
)
_RISE_CLAUSE_RE = re.compile(
    r"[;:]|,\s+(?:and|but|while|as|after|when)\s|\b(?:said|says|that)\s", re.IGNORECASE
)


def rising_toll(before: str) -> str | None:
    """The metric of a bare figure that its clause's subject has risen to ("The death toll has risen
    to 35", "Confirmed deaths ... rose to 44"): the subject's first casualty word; None otherwise."""
    tail = _RISE_TAIL_RE.search(before)
    if tail is None:
        return None
    clause = _RISE_CLAUSE_RE.split(before[: tail.start()])[-1]
    found = _RISE_SUBJECT_RE.search(clause)
    if found is None or found.lastgroup is None:
        return None
    return found.lastgroup


#: the wounded who die later: "wounded in the attack have died in hospital", "of the 14 wounded later died"
_LATER_DIED_RE = re.compile(
    r"^(?:(?!\b(?:who|which|whose)\b)[^,;:])*?\b(?:(?:have|has|had)\s+(?:since\s+|later\s+|subsequently\s+|now\s+|also\s+)?died"
    r"|(?:later|subsequently|since|eventually|then)\s+died"
    r"|died\s+(?:later|since|overnight|subsequently|in\s+hospital|of\s+(?:their|his|her)\s+(?:\w+\s+)?"
    r"(?:wounds|injuries|burns)|from\s+(?:their|his|her)\s+(?:\w+\s+)?(?:wounds|injuries|burns))"
    r"|succumbed)\b",
    re.IGNORECASE,
)
_PARTITIVE_WHOLE_BEFORE_RE = re.compile(r"\b(?:of|among)\s+(?:the|those|these)\s+$", re.IGNORECASE)


def died_of_wounds(before: str, right: str) -> bool:
    """Whether a figure read as injured is of people who then died ("Two more people wounded in the
    attack have died", "Two of the 14 wounded later died"); not the whole of such a partitive (the 14)."""
    return _LATER_DIED_RE.match(right) is not None and not _PARTITIVE_WHOLE_BEFORE_RE.search(before)


#: an elided cause of death: "40 had died of gunshot wounds, two of stab wounds and 45 from smoke"
_ELIDED_CAUSE_RE = re.compile(
    r"^\s+(?:(?:of|from)\s+(?!(?:the|them|those|these|whom|all|us)\b)|after\s+being\s+)", re.IGNORECASE
)


def elided_cause(right: str, between: str, prev_metric: str) -> bool:
    """Whether a bare figure coordinated after a death count names only another cause of death."""
    return (
        prev_metric == "killed"
        and _ELIDED_CAUSE_RE.match(right) is not None
        and len(between) < 60
        and _ELIDED_JOIN_RE.search(between) is not None
        and not re.search(r"[;:.]", between)
    )


#: "59% more than in the same months", "46% higher": a percent change, no share of anyone
_PERCENT_CHANGE_RE = re.compile(
    r"\s*(?:more|fewer|less|higher|lower|up|down)(?:\s+than\b|\s+(?:on|from)\s+(?:the|a|last)\b|\s*[,.;)]|\s*$)",
    re.IGNORECASE,
)


def percent_change(after: str) -> bool:
    """Whether a percent right before ``after`` is a change ("59% more than in 2024"), of no class."""
    return _PERCENT_CHANGE_RE.match(after) is not None


#: "370,000 cases of wounded troops": cases that count people in a state
_CASES_OF_RE = re.compile(
    r"\s+of\s+(?P<state>wounded|injured|dead|killed|missing|displaced|detained|abducted)\s+"
    r"(?P<noun>[a-z]+(?:\s+[a-z]+)?)\b",
    re.IGNORECASE,
)
_STATE_METRIC = {
    "wounded": "injured",
    "injured": "injured",
    "dead": "killed",
    "killed": "killed",
    "missing": "missing",
    "displaced": "displaced",
    "detained": "detained",
    "abducted": "hostages",
}


def cases_of(subject: str, after: str) -> tuple[str, str] | None:
    """(metric, class) of "cases of wounded troops": the people the cases count; None otherwise."""
    if subject.lower() not in ("cases", "case"):
        return None
    m = _CASES_OF_RE.match(after)
    if m is None:
        return None
    cls = subject_class(m.group("noun"), "")
    if cls in ("", "other", "objects", "money"):
        return None
    return _STATE_METRIC[m.group("state").lower()], cls


def handled_bodies(subject: str, after: str, before: str = "") -> str:
    """The dead as objects of handling ("30 bodies were loaded onto trucks", "74 of the dead have been
    identified", "60 bodies had reached mortuaries", "Of the dead, 19 had not been identified"): a count
    of bodies processed, not a toll. Returns the noun counted ("bodies", "dead") or ""."""
    words = subject.lower().split()
    noun = words[-1] if words else ""
    bodies_of = _BODIES_OF_RE.search(before)
    if bodies_of is not None:
        noun = bodies_of.group("noun").lower()  # "the remains of 14 people"
        before = before[: bodies_of.start()]
    elif not noun:
        partitive = _OF_THE_DEAD_RE.search(before)
        if partitive is None:
            return ""
        noun = partitive.group("noun").lower()
    elif noun not in _BODY_NOUNS:
        return ""
    if _CAPACITY_BEFORE_RE.search(before):
        return noun  # "a mass grave dug to hold 1,300 bodies": room for them, not the dead
    if _RECOVERY_RE.search(before[-40:]):
        return ""  # "divers recovered 23 bodies and took them to the morgue": the toll
    m = _HANDLING_RE.match(after)
    clause_end = min((i for i in (after.find(","), after.find(";")) if i >= 0), default=len(after))
    recovered = _RECOVERED_VERB_RE.search(after, 0, min(clause_end, 80))
    if recovered is not None and (m is None or recovered.start() < m.end()):
        # "70 bodies were recovered and taken to the morgue": the toll; but in "15 of the bodies recovered
        # so far have been identified" the recovery only says which bodies
        return ""
    if m is not None or _HANDLER_BEFORE_RE.search(before) or _MORGUE_BEFORE_RE.search(before):
        return noun  # "relatives had identified 40 of the victims", "the mortuary received 33 bodies"
    return ""


#: words that never head the noun naming a subset of a toll ("Police said women made up ...": not "said")
_NOT_SUBSET_HEADS = frozenset(
    ("people", "persons", "them", "those", "these", "they", "who", "which", "others")
)


def names_subset(noun: str) -> bool:
    """Whether ``noun`` names a kind of person that a toll can be broken down into ("women", "men",
    "foreign nationals", "aid workers"), not a state that is itself a metric ("the dead", "killed") nor
    a bare "people"."""
    if not noun or noun.lower() in _NOT_SUBSET_HEADS or noun.split()[-1].lower() in _NOT_SUBSET_HEADS:
        return False
    return subject_class(noun, "") in _PERSON_CLASSES and metric_from_subject(noun) is None


#: "Women made up 97 of the dead", "Women accounted for 98 of those killed", "Children were 41 of the
#: victims": the subset is named before the figure, by a verb of composition; the figure's own "of the
#: dead" names the whole (and so the metric)
_COMPOSED_BEFORE_RE = re.compile(
    r"(?P<np>(?:[\w'’-]+\s+)?[\w'’-]+)\s+(?:made\s+up|make\s+up|makes\s+up|accounted\s+for|account\s+for"
    r"|accounts\s+for|comprised|comprise|represented|represent|constituted|were|are)\s+"
    r"(?:(?:about|around|some|roughly|nearly|almost|at\s+least|more\s+than|over)\s+)?$",
    re.IGNORECASE,
)


def composed_subset(before: str) -> str:
    """The subset a figure counts when the noun comes first: "Women made up " -> "Women". Only the
    noun right before the verb (and one modifier: "Foreign nationals") -- never a word of the clause
    before it ("police said women made up")."""
    m = _COMPOSED_BEFORE_RE.search(before)
    if m is None:
        return ""
    words = m.group("np").split()
    if len(words) == 2 and (words[0].lower() in _SUBJECT_STOP or not names_subset(" ".join(words))):
        words = words[1:]
    noun = " ".join(words)
    return noun if names_subset(noun) else ""
