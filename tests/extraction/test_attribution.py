"""Who says so: attribution forms, carry-over, relays, and unattributed figures."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tracker.extraction import extract_claims
from tracker.extraction.attribution import find_mentions

PUBLISHED = datetime(2025, 3, 12, 10, 0, tzinfo=UTC)


def attributions(text: str) -> list[str]:
    return [c.attribution for c in extract_claims(text, published_at=PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("At least 57 people died, according to the national disaster agency.", "national disaster agency"),
        ("The interior ministry said 312 protesters were arrested.", "interior ministry"),
        ("At least 12 people were killed, said the regional governor.", "regional governor"),
        ("The Red Crescent put the toll at 45.", "Red Crescent"),
        ("Figures from the UN refugee agency show 1.2 million people have fled.", "UN refugee agency"),
        ("The coast guard reported 87 rescues.", "coast guard"),
        ("More than 2,000 people have been detained, citing rights groups.", "rights groups"),
        ("The toll was 41, as reported by the state news agency.", "state news agency"),
        ("The agency's figures put the number of displaced at 90,000.", "agency"),
        ("Some 15,000 migrants crossed the Channel last year, Home Office data shows.", "Home Office"),
        ("The World Health Organization estimated that 23 million people were affected.", "World Health"),
        ("Britain pledged £60 million, Japan $10 million and Norway $25 million.", "Britain"),
    ],
)
def test_it_finds_the_newsroom_forms_of_attribution(text: str, words: str) -> None:
    assert words in attributions(text)[0]


def test_it_reads_a_spokesman_with_his_agency_as_one_attribution() -> None:
    (claim,) = extract_claims(
        "Rescuers pulled 23 survivors from the rubble, said Ahmed Khalil, a spokesman for the civil defence."
    )
    assert "Ahmed Khalil" in claim.attribution
    assert "civil defence" in claim.attribution


def test_it_joins_a_name_and_its_role_before_the_verb() -> None:
    (claim,) = extract_claims(
        "Fadi Haddad, director of the city's main hospital, said it had received 40 bodies."
    )
    assert "Fadi Haddad, director of the city's main hospital" in claim.attribution


def test_it_gives_each_figure_of_a_gapped_list_its_own_pledger() -> None:
    claims = extract_claims("Britain pledged £60 million, Japan $10 million and Norway $25 million.")
    assert [c.attribution for c in claims] == ["Britain pledged", "Japan", "Norway"]


def test_it_carries_the_paragraph_attribution_to_it_added() -> None:
    text = "The health ministry said 57 people were killed. It added that 11 children were among the dead."
    assert all("health ministry" in a for a in attributions(text))


def test_it_carries_the_attribution_to_figures_later_in_the_same_paragraph() -> None:
    text = (
        "Officials said 1,100 people were killed in the quake. Another 3,400 were injured across the region."
    )
    assert attributions(text) == ["Officials said", "Officials said"]


def test_it_keeps_two_sources_apart_in_one_sentence() -> None:
    text = "Police counted 30,000 marchers while unions claimed 245,000."
    police, unions = attributions(text)
    assert "Police" in police and "unions" not in police
    assert "unions" in unions


def test_it_reads_two_post_positioned_attributions_in_order() -> None:
    text = "In Lyon, 7,000 people marched according to the prefecture and 22,000 according to unions."
    assert attributions(text) == ["according to the prefecture", "according to unions"]


def test_it_attributes_a_relay_to_the_original_source_and_keeps_the_relay_words() -> None:
    text = "The UN, citing the health ministry, said 1.9 million people had been displaced."
    (claim,) = extract_claims(text)
    assert "citing the health ministry" in claim.attribution
    mention = find_mentions(text, 0)[0]
    assert mention.phrase == "the health ministry"
    assert mention.relay == "The UN"


def test_it_resolves_it_to_the_body_named_in_the_previous_sentence() -> None:
    text = "The army disputed the toll. It said 20 fighters had been operating from the compound."
    (claim,) = extract_claims(text)
    assert "army" in claim.attribution


def test_it_leaves_an_unattributed_figure_without_source() -> None:
    (claim,) = extract_claims("Before the war, around 500 trucks entered the territory every day.")
    assert claim.attribution == ""
    assert claim.source is None


def test_it_does_not_give_a_narrative_aside_the_main_attribution() -> None:
    text = (
        "The ministry said 322 trucks entered on Sunday, as it came under pressure "
        "after a strike killed seven aid workers."
    )
    claims = extract_claims(text)
    assert [bool(c.attribution) for c in claims] == [True, False]


def test_it_does_not_attribute_an_outlet_currency_conversion() -> None:
    claims = extract_claims(
        "Italy will contribute 100 million euros, or about $108.9 million, the premier said."
    )
    assert claims[0].attribution
    assert claims[1].attribution == ""


def test_it_ignores_the_dateline_when_reading_the_subject() -> None:
    (claim,) = extract_claims("BEIRUT, Aug 10 - The health ministry said 12 people were killed.")
    assert claim.attribution == "The health ministry said"


def test_it_carries_a_toll_breakdown_into_the_next_paragraph() -> None:
    text = (
        "The interior ministry said 2,012 people had been killed.\n\n"
        "Al Haouz province accounted for 1,293 of the dead, followed by Taroudant with 452."
    )
    assert all("interior ministry" in a for a in attributions(text))


def test_it_resolves_the_source_through_the_registry() -> None:
    (claim,) = extract_claims("At least 93 people were killed, according to Gaza's civil defence agency.")
    assert claim.source is not None
    assert claim.source.known


def test_it_sets_as_of_to_the_publication_day_when_nothing_more_specific_is_said() -> None:
    (claim,) = extract_claims("Officials said 40 people were hurt.", published_at=PUBLISHED)
    assert claim.as_of == date(2025, 3, 12)


def test_it_takes_the_attribution_from_a_that_is_according_to_sentence() -> None:
    text = (
        "At least 40 people were killed in the attack. That is according to the regional health department."
    )
    (claim,) = extract_claims(text)
    assert "regional health department" in claim.attribution


def test_it_ignores_verbs_inside_a_quotation_and_credits_the_speaker() -> None:
    (claim,) = extract_claims('"We have counted 212 bodies so far," Haddad told Reuters.')
    assert claim.attribution.startswith("Haddad")


def test_it_keeps_a_relay_citing_vague_figures_on_the_relaying_body() -> None:
    (claim,) = extract_claims(
        "More than 2 million people have been affected, the UN said, citing government figures."
    )
    assert claim.source is not None
    assert "UN" in claim.attribution


def test_it_does_not_carry_an_attribution_into_an_impersonal_estimate() -> None:
    text = (
        "More than 1,000 people remain unaccounted for, the governor said. Damage is estimated at $6 billion."
    )
    assert [bool(a) for a in attributions(text)] == [True, False]


def test_it_reads_shillings_as_money() -> None:
    (claim,) = extract_claims("The bill sought to raise 346 billion shillings in new taxes.")
    assert (claim.metric, claim.currency) == ("money", "KES")


def test_it_prefers_the_speaker_over_the_actor_of_the_figure() -> None:
    text = "The government has set aside 8 billion zlotys for refugees, the prime minister said."
    (claim,) = extract_claims(text)
    assert "prime minister" in claim.attribution


def test_it_reads_a_proposal_as_the_proposer_s_figure() -> None:
    (claim,) = extract_claims(
        "The European Commission proposed to release 420 million euros in emergency funds."
    )
    assert "European Commission" in claim.attribution


def test_it_reads_officials_who_believe_a_figure_as_its_source() -> None:
    text = "The war has killed more than 15,000 people, according to UN estimates, though some US officials believe the toll may be as high as 150,000."
    un, us = attributions(text)
    assert "UN estimates" in un
    assert "US officials" in us


def test_it_keeps_the_subject_across_a_but_clause_without_a_new_subject() -> None:
    text = "The UN has appealed for $2.7 billion for Sudan but has received only 16% of the money."
    assert attributions(text) == ["The UN has appealed", "The UN has appealed"]


def test_it_keeps_a_role_that_comes_before_the_name() -> None:
    (claim,) = extract_claims("The agency's chief, Philippe Lazzarini, said 200 staff had been killed.")
    assert claim.attribution.startswith("The agency's chief, Philippe Lazzarini")


def test_it_reads_per_the_ministry_as_an_attribution() -> None:
    (claim,) = extract_claims("Per the ministry, 44 people died.")
    assert claim.attribution == "Per the ministry"


def test_it_walks_back_over_a_relative_clause_to_the_speaker() -> None:
    (claim,) = extract_claims("Health officials in Gaza, which is run by Hamas, say 40,000 have been killed.")
    assert claim.attribution.startswith("Health officials in Gaza")


def test_it_takes_the_source_from_a_next_sentence_that_refers_back_to_the_toll() -> None:
    text = "At least 40 people were killed in the blast. Officials said the toll could rise."
    assert attributions(text) == ["Officials said"]


# --- held-out generalisation: attribution forms beyond the dev stories (own sentences, other events) ---


def _one(text: str, index: int = 0) -> tuple[str, str]:
    c = extract_claims(text)[index]
    return (c.source.name if c.source is not None else ""), c.attribution


def test_a_county_is_a_source_after_the_figure() -> None:
    _name, words = _one("Another 412 residents reported as missing have since been found, the county said.")
    assert "county" in words.lower()


def test_a_place_aside_does_not_hide_the_speaker() -> None:
    _name, words = _one(
        "Officials in Sylhet, near the Indian border, said at least 38 of the dead were tea workers."
    )
    assert words.startswith("Officials in Sylhet")


def test_a_participle_aside_does_not_hide_the_document() -> None:
    _name, words = _one(
        "The latest situation report from the World Health Organization, updated on Tuesday, says 640 people"
        " have been treated for cholera."
    )
    assert "World Health Organization" in words


def test_a_minister_with_a_long_role_keeps_his_name() -> None:
    _name, words = _one(
        "Ahmed Rahimi, mines minister in the provincial government that runs the coalfield, told reporters"
        " that as many as 90 miners were trapped."
    )
    assert "Ahmed Rahimi" in words


def test_a_person_subject_is_the_he_of_the_same_sentence() -> None:
    text = (
        "Dr. Lena Ortiz, the coroner, said autopsies would take weeks.\n\n"
        "In a televised address, Mayor Tomas Reyes thanked rescuers: 58 people died in the fire, he said."
    )
    claims = extract_claims(text)
    assert "Tomas Reyes" in claims[-1].attribution


def test_it_added_is_an_organisation_not_the_mayor_quoted_before() -> None:
    text = (
        "The city's mayor, Ana Costa, said the water had reached the second floor. The Red Cross launched an"
        " emergency appeal for $3.2 million. It added that some 41,000 people live in flooded areas."
    )
    c = extract_claims(text)[-1]
    assert "Red Cross" in c.attribution and "Costa" not in c.attribution


def test_an_agent_doing_something_gives_its_own_figure() -> None:
    _name, words = _one("The interior ministry is sending an extra 300 police officers to the stadium.")
    assert "interior ministry" in words.lower()
    _name, words = _one("The navy doubled the number of divers searching the wreck to 120.")
    assert "navy" in words.lower()


def test_an_action_is_not_carried_to_the_next_sentence() -> None:
    text = "The navy lowered the number of bodies recovered to 31. Some 2,400 people had left the island by ferry."
    assert extract_claims(text)[1].attribution == ""


def test_a_subordinate_aside_does_not_attribute_the_main_figure() -> None:
    c = extract_claims(
        "The toll from the mine blast rose to 47 on Sunday, as relatives of trapped miners accused the owners of"
        " ignoring warnings."
    )[0]
    assert c.attribution == ""
    c = extract_claims("The number of people missing fell to 12 as officials confirmed others were safe.")[0]
    assert "officials" not in c.attribution


def test_a_past_disaster_takes_no_carried_attribution() -> None:
    text = (
        "The civil protection agency said 61 people had died in the heatwave.\n\n"
        "That makes it the deadliest since the 2003 heatwave, in which 14,802 people died in France."
    )
    published = datetime(2026, 7, 20, tzinfo=UTC)
    claims = extract_claims(text, published_at=published)
    assert claims[-1].value == 14802 and claims[-1].attribution == ""


def test_a_first_official_count_belongs_to_its_owner() -> None:
    c = extract_claims("The fire service's first official count, released on Monday, had listed 23 people.")[
        0
    ]
    assert "fire service" in c.attribution.lower()


def test_the_outlets_own_narration_takes_no_carried_attribution() -> None:
    text = (
        "The state disaster agency said 88 people had died in the capital.\n\n"
        "Further north, the cyclone killed about 40 people in fishing villages."
    )
    assert extract_claims(text)[-1].attribution == ""


def test_a_contrast_clause_stays_in_the_opening_speakers_words() -> None:
    claims = extract_claims(
        "Police said 14 bodies had been pulled from the river, while six people remained unaccounted for."
    )
    assert [c.metric for c in claims] == ["killed", "missing"]
    assert "Police" in claims[1].attribution
    claims = extract_claims("The toll rose to 30, the army said, as villagers accused it of arriving late.")
    assert "army" in claims[0].attribution


def test_a_contrast_clause_with_its_own_source_keeps_it() -> None:
    claims = extract_claims("The ministry said 120 trucks entered on Monday, while the UN counted 85.")
    assert "UN" in claims[1].attribution


def test_citing_witnesses_keeps_the_speaker_as_source() -> None:
    c = extract_claims("At least 61 people drowned when the ferry sank, the IOM said, citing survivors.")[0]
    assert "IOM" in c.attribution and "survivors" in c.attribution
    assert c.source is not None and "Migration" in c.source.name


def test_a_quote_is_attributed_to_the_speaker_named_after_it() -> None:
    c = extract_claims(
        '"We have brought 37 people out of the shaft," said Major Ilyas Khan, the rescue commander.'
    )[0]
    assert "Ilyas Khan" in c.attribution


def test_an_insurer_is_a_source() -> None:
    c = extract_claims("Insured losses from the hailstorm could top $3 billion, the reinsurer estimated.")[0]
    assert "reinsurer" in c.attribution


def test_a_past_disaster_in_the_same_paragraph_is_not_the_speakers_figure() -> None:
    published = datetime(2026, 9, 1, tzinfo=UTC)
    text = (
        "The ministry said 50 people died in the mudslide. A similar slide in 2017 killed 140 people nearby."
    )
    claims = extract_claims(text, published_at=published)
    assert claims[0].attribution and claims[1].attribution == ""
    text = "The ministry said 50 people died in the mudslide. Another 20 were injured."
    assert extract_claims(text, published_at=published)[1].attribution


def test_an_action_verb_needs_someone_acting() -> None:
    assert extract_claims("Floodwaters doubled in depth, trapping 150 people.")[0].attribution == ""
    assert extract_claims("Hospitals increased capacity to 500 beds.")[0].attribution == ""
    assert "Philippines" in extract_claims("The Philippines is sending 40 rescuers.")[0].attribution


def test_a_name_with_for_the_in_it_is_read_whole() -> None:
    (claim,) = extract_claims(
        "Figures from the National Office for the Prevention of Disasters show 640 homes were destroyed."
    )
    assert claim.attribution.endswith("National Office for the Prevention of Disasters")


def test_for_before_a_common_noun_still_ends_the_name() -> None:
    (claim,) = extract_claims("According to the Red Cross for the third day running, 75 people were missing.")
    assert "third day" not in claim.attribution


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("In Rouen, police counted 6,500 strikers while unions claimed 31,000.", "Unions"),
        ("In Dijon, the prefecture recorded 3,200 marchers and organisers 11,000.", "Organisers"),
        ("Gendarmes counted 2,100 protesters in Caen and unions almost 9,000.", "Unions"),
        ("About 4,400 people marched according to the police and 19,000 according to the unions.", "Unions"),
        ("Police put the crowd at 1,800, but march organizers said 7,500.", "Organisers"),
        ("Gendarmes put the crowd at 2,600, organisers at 14,000.", "Organisers"),
        ("The prefecture counted 5,100 strikers while the unions said 21,000.", "Unions"),
        ("Police counted 6,200 strikers in Rouen, against 23,000 according to the unions.", "Unions"),
        ("In Rouen, police counted 3,300 strikers and the CFDT 12,500.", "CFDT"),
    ],
)
def test_the_second_party_of_an_elliptical_count_gets_its_own_source(text: str, second: str) -> None:
    # neither nobody nor the first party
    first, other = extract_claims(text, published_at=PUBLISHED)
    assert other.source is not None and other.source.name == second
    assert first.source is None or first.source.name != second


def test_a_relay_of_generic_officials_stays_with_the_named_relay() -> None:
    (claim,) = extract_claims("Kyodo, citing local authorities, said 25 homes had collapsed in Suzu.")
    assert claim.source is not None and claim.source.name == "Kyodo News"
    (claim,) = extract_claims("The AP said, citing unnamed officials, that 12 soldiers were wounded.")
    assert claim.source is not None and claim.source.slug == "associated-press"


def test_a_relay_of_a_specific_body_names_the_original_and_keeps_the_relay_words() -> None:
    (claim,) = extract_claims("Kyodo, citing the Japan Coast Guard, said five crew members were rescued.")
    assert claim.source is not None and claim.source.name == "Japan Coast Guard"
    assert "Kyodo" in claim.attribution


def test_a_relayed_original_the_story_cannot_place_falls_back_to_the_relay() -> None:
    (claim,) = extract_claims("Jiji, citing the coast guard, said six fishermen were missing off Brittany.")
    assert claim.source is not None and claim.source.name == "Jiji Press"


def test_a_spokesperson_for_a_body_speaks_for_that_body() -> None:
    (claim,) = extract_claims(
        "A spokeswoman for the civil defence agency said 31 bodies were pulled from the rubble in Khan Younis."
    )
    assert claim.source is not None and claim.source.name == "Gaza Civil Defence"


def test_an_office_holder_of_an_unregistered_country_is_that_countrys_office() -> None:
    (claim,) = extract_claims("Oman's foreign minister said 12 Pakistani sailors were rescued off Karachi.")
    assert claim.source is not None and not claim.source.known
    assert claim.source.name == "Oman Foreign Ministry"  # not Pakistan's, which the story also names


@pytest.mark.parametrize(
    "second",
    [
        "Another 45 were injured.",
        "In the port district, 14 more were found dead.",
        "There were 45 others injured.",
        "He had earlier given a toll of 52.",
        "The victims included nine children.",
        "Owners will receive 5,000 euros for each house.",
        "The port town accounted for 40 of the deaths.",
        "The toll includes 40 people swept away at sea.",
        '"The earlier toll of 52 was wrong."',
        "(Another 45 were injured.)",
    ],
)
def test_a_sentence_that_goes_on_with_the_report_takes_its_attribution(second: str) -> None:
    text = "The regional governor said 61 people died in the mudslide. " + second
    first, carried = extract_claims(text, published_at=PUBLISHED)
    assert first.attribution and "The regional governor" in carried.attribution


@pytest.mark.parametrize(
    "second",
    [
        "The previous official toll had been 52.",
        "An initial estimate had put the number of destroyed homes at 80.",
        "The mudslide also flattened 300 homes.",
        "The torrents also injured 104 people.",
        "The valley road was closed to 2,000 trucks a day.",
    ],
)
def test_a_new_subject_without_a_speech_verb_is_the_outlets_own_statement(second: str) -> None:
    text = "The regional governor said 61 people died in the mudslide. " + second
    first, own = extract_claims(text, published_at=PUBLISHED)
    assert first.attribution and own.attribution == "" and own.source is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The IOM late on Sunday put the number of flooded homes at 340.", "International Organization"),
        ("The WHO last week estimated that 1,200 people had been infected.", "World Health Organization"),
        ("UNICEF on March 3 said 14 children had died.", "UNICEF"),
        ("The Red Crescent on Tuesday night raised its toll to 95 in Derna.", "Libyan Red Crescent"),
    ],
)
def test_a_time_phrase_between_the_source_and_its_verb_keeps_the_attribution(text: str, name: str) -> None:
    (claim,) = extract_claims(text, published_at=PUBLISHED)
    assert claim.source is not None and claim.source.name.startswith(name)


def test_the_who_is_a_source_and_who_a_relative_pronoun_is_not() -> None:
    assert extract_claims("The WHO estimated that 800 people had been infected.")[0].attribution
    assert extract_claims("Those who reported 30 deaths were not named.")[0].attribution == ""


def test_a_definite_mention_corefers_only_with_a_matching_body() -> None:
    text = (
        "A spokesman for the health ministry said 30 people died in Sumy. "
        "According to the interior ministry, 12 people were arrested."
    )
    claims = extract_claims(text, published_at=PUBLISHED)
    assert "health" not in claims[1].attribution


def test_a_capitalised_name_after_a_figure_is_no_party_without_a_count_before_it() -> None:
    claims = extract_claims("The quake killed 40 people in Gaziantep and Hatay 30.")
    assert [c.attribution for c in claims] == ["", ""]


def test_an_office_named_before_its_holder_stays_with_the_holder() -> None:
    (claim,) = extract_claims(
        "The mayor of Tromso, Kari Nordmann, said 14 homes were buried by the avalanche."
    )
    assert claim.attribution.startswith("The mayor of Tromso, Kari Nordmann")
    assert claim.source is not None and claim.source.name == "Tromso Mayor's Office"


def test_an_office_of_an_unnamed_place_is_no_source() -> None:
    (claim,) = extract_claims("The town's mayor said 60 families were evacuated.")
    assert claim.attribution and claim.source is None


def test_a_body_at_work_on_a_count_owns_it() -> None:
    (claim,) = extract_claims("The NTSB is also reviewing 14 further reports of engine fires.")
    assert claim.source is not None and claim.source.name == "National Transportation Safety Board"
    assert claim.attribution == "The NTSB is also reviewing"


def test_a_present_tense_speech_verb_after_a_plural_subject_attributes() -> None:
    (claim,) = extract_claims("Relief workers estimate that about 6,000 people are stranded.")
    assert claim.attribution == "Relief workers estimate"
    (claim,) = extract_claims("An estimate of 40 deaths circulated on Monday.")
    assert claim.attribution == ""


def test_a_body_right_before_its_verb_is_the_speaker_not_an_appositive() -> None:
    (claim,) = extract_claims(
        "Guards detained nine people after the riot at the prison, the justice ministry said on Monday."
    )
    assert claim.attribution == "the justice ministry said"
    assert claim.source is None or "Guards" not in claim.source.name


def test_had_given_a_toll_is_an_attribution() -> None:
    (claim,) = extract_claims("Late on Friday the army chief had given a first toll of 71 dead.")
    assert claim.attribution.endswith("the army chief had given")
    assert extract_claims("The figures given in the report were 40 deaths.")[0].attribution == ""


def test_a_pronoun_subject_after_an_opening_phrase_goes_on_with_the_report() -> None:
    text = "The agency said 230 people were missing. Until the revision it had kept 190 names on the list."
    first, carried = extract_claims(text, published_at=PUBLISHED)
    assert first.attribution and carried.attribution == first.attribution


def test_the_force_refers_back_to_the_police() -> None:
    text = (
        "The police said they had arrested 610 people since the march. "
        "In May the force had put the number of arrests at 350."
    )
    claims = extract_claims(text, published_at=PUBLISHED)
    assert "police" in claims[-1].attribution.lower()


def test_citing_vague_sources_after_a_clause_leaves_the_speaker() -> None:
    (claim,) = extract_claims(
        "The agency reported that 90 people were inside the hall when it collapsed, citing rescue sources."
    )
    assert claim.attribution == "The agency reported"


def test_an_appeal_by_a_body_is_its_figure() -> None:
    (claim,) = extract_claims("The plan follows an urgent appeal by UNICEF for $12 million for clean water.")
    assert claim.source is not None and claim.source.name == "UNICEF"


def test_an_indefinite_appositive_with_a_relative_clause_keeps_its_name() -> None:
    mentions = find_mentions(
        "The Crowd Counting Lab, an independent group that counts marchers from drone footage, "
        "stood by its estimate of 90,000.",
        0,
    )
    assert mentions and mentions[0].phrase.startswith("The Crowd Counting Lab")


@pytest.mark.parametrize("opener", ["Another", "Only", "Just", "Some"])
def test_a_word_qualifying_an_opening_figure_is_no_gapped_giver(opener: str) -> None:
    (claim,) = extract_claims(f"{opener} $9 million of the grant went to schools in the north.")
    assert claim.attribution == "" and claim.source is None


def test_what_a_speaker_says_a_country_gave_is_the_speakers_figure() -> None:
    (claim,) = extract_claims(
        "The prime minister said on Monday that Canada had provided $4 billion in loans."
    )
    assert claim.attribution == "The prime minister said"


def test_a_second_reported_clause_stays_with_its_speaker() -> None:
    claims = extract_claims(
        "The governor said 30 homes had burned, and that firefighters had recorded 12 injuries."
    )
    assert [c.attribution for c in claims] == ["The governor said"] * 2


def test_figures_from_a_body_report_what_others_allocated() -> None:
    claims = extract_claims(
        "Data from the Global Aid Monitor show Norway allocated $2 billion, while Nordic neighbours "
        "together allocated $3 billion."
    )
    assert all("Global Aid Monitor" in c.attribution for c in claims)


def test_a_parenthetical_speaker_owns_the_clause_around_it() -> None:
    mentions = find_mentions("The country, she wrote, had spent $90 million on the bridge.", 0)
    assert [m.words for m in mentions] == ["she wrote"]


def test_a_narrators_coordinated_clause_or_time_clause_keeps_its_own_doer() -> None:
    assert [
        m.phrase for m in find_mentions("The UN said 40 people died, and Japan pledged $10 million.", 0)
    ] == [
        "The UN",
        "Japan",
    ]
    mentions = find_mentions("She said turnout was up, unlike in March, when the agency recorded 9,000.", 0)
    assert mentions[-1].phrase == "the agency"


def test_he_is_never_a_country_named_with_an_article() -> None:
    text = (
        "Senator Maria Lopez visited the port on Friday. The United Kingdom said it would send aid. "
        "He put the cost at $40 million."
    )
    assert "Maria Lopez" in extract_claims(text)[-1].attribution


def test_he_can_be_a_surname_that_replied() -> None:
    text = (
        "Governor Alan Price criticised the plan. Okafor replied that the plan was sound. "
        "He said 300 homes would be rebuilt."
    )
    assert "Okafor" in extract_claims(text)[-1].attribution


def test_a_participle_of_writing_reports_for_the_sentence_subject() -> None:
    (claim,) = extract_claims(
        "Senator Maria Lopez attacked the budget on Monday, writing in a column that it wasted $90 million."
    )
    assert "Maria Lopez" in claim.attribution


def test_the_newspaper_relaying_a_government_relays_it_again() -> None:
    text = (
        "The toll rose to 812, the state-owned Morning Courier reported, citing the interior ministry.\n\n"
        "Crews rescued 41 people overnight, the newspaper said."
    )
    first, second = extract_claims(text)
    assert "interior ministry" in second.attribution and "Morning Courier" in second.attribution
    assert second.source == first.source


def test_an_ownerless_update_is_the_source_quoted_before() -> None:
    text = (
        "The disaster agency said 95 people had died.\n\n"
        "The previous bulletin, released on Friday, had put the toll at 80. By then the latest update had put it at 90."
    )
    first, *others = extract_claims(text)
    assert len(others) == 2
    assert all("disaster agency" in c.attribution and c.source == first.source for c in others)


@pytest.mark.parametrize("body", ["The disaster agency", "The flood response centre", "The war ministry"])
def test_a_body_named_after_an_event_is_still_a_body(body: str) -> None:
    (claim,) = extract_claims(f"{body} said 95 people had died.")
    assert claim.attribution == f"{body} said"


def test_an_event_doing_something_is_still_no_source() -> None:
    (claim,) = extract_claims("The storm destroyed 40 homes in the valley.")
    assert claim.attribution == ""


@pytest.mark.parametrize(
    "opening",
    ["On Tuesday evening the agency", "Late on Sunday night the agency", "Yesterday morning the agency"],
)
def test_a_part_of_the_day_is_no_part_of_the_source(opening: str) -> None:
    (mention,) = find_mentions(f"{opening} put the number of injured at 64.", 0)
    assert mention.phrase == "the agency"


def test_a_group_that_tracks_something_says() -> None:
    (mention,) = find_mentions(
        "A citizens' watchdog that tracks the spending says the city paid $40 million.", 0
    )
    assert mention.phrase == "A citizens' watchdog"


def test_an_indefinite_description_leaves_the_name_it_describes() -> None:
    (mention,) = find_mentions(
        "Greenfield Relief, a charity set up by farmers in 2010, said it had fed 4,000 families.", 0
    )
    assert mention.phrase == "Greenfield Relief"
    (mention,) = find_mentions(
        "The Harbour Observatory, an independent group that counts strikes, said 40 died.", 0
    )
    assert mention.phrase == "The Harbour Observatory"


def test_a_figure_quoted_from_the_speaker_before_is_theirs() -> None:
    claims = extract_claims(
        'Hours after the senator wrote that the city had "wasted $80 million", the mayor said 12 '
        "projects had been finished."
    )
    assert claims[0].attribution == "the senator wrote"
    assert claims[1].attribution == "the mayor said"


def test_a_speaker_of_a_coordinated_clause_does_not_take_the_deed_before() -> None:
    (first, *_rest) = extract_claims("Norway has pledged $14 million, and Chile said it would send 30 tents.")
    assert first.attribution == "Norway has pledged"


def test_a_news_outlet_reporting_a_gift_leaves_the_giver() -> None:
    (claim,) = extract_claims(
        "The Harbour Relief Association has donated $300,000 to the shelters, the state news agency reported."
    )
    assert claim.attribution == "The Harbour Relief Association has donated"
    (claim,) = extract_claims("The city has set aside $3 million for repairs, the mayor said.")
    assert claim.attribution == "the mayor said"


def test_the_front_is_the_movement_named_before() -> None:
    text = (
        "The Popular Liberation Front called a rally on Sunday.\n\n"
        "The front counted 80,000 marchers, above the 60,000 it had claimed last year."
    )
    claims = extract_claims(text, published_at=PUBLISHED)
    assert [c.source.name if c.source else "" for c in claims] == ["Popular Liberation Front"] * 2
    assert all(
        c.attribution == "" for c in extract_claims("The cold front left 40 homes flooded in the valley.")
    )


def test_a_bodys_estimate_named_before_its_figure() -> None:
    claims = extract_claims(
        "The governor said the organisers' count was 40,000 and the police estimate 25,000."
    )
    assert "police" in claims[-1].attribution
    (claim,) = extract_claims("Officials met on Monday. The Harbour Board estimate was 1,200 visitors.")
    assert "Harbour Board" in claim.attribution


def test_a_study_or_poll_by_a_body_is_its_figure() -> None:
    (claim,) = extract_claims(
        "She cited a survey released last month by the Coastal Research Institute, in which 61% of "
        "residents backed the plan."
    )
    assert "Coastal Research Institute" in claim.attribution
    (claim,) = extract_claims("The city has spent some $18 million, the Lakeside Institute's tracker shows.")
    assert "Lakeside Institute" in claim.attribution


def test_a_vague_crowd_doing_something_is_no_source() -> None:
    claims = extract_claims("Hundreds of families spent $40 each on bus tickets to the coast.")
    assert claims and all(c.attribution == "" for c in claims)


def test_naming_a_number_of_people_is_counting_them() -> None:
    (claim,) = extract_claims("The coast guard has named fourteen crew members.")
    assert claim.attribution.startswith("The coast guard")


def test_who_orders_the_spending_gives_the_figure() -> None:
    (claim,) = extract_claims(
        "The governor instructed the relief fund to release 40 million pesos for shelters."
    )
    assert claim.attribution == "The governor instructed"


def test_a_place_opening_the_sentence_places_a_generic_mention() -> None:
    text = (
        "ANKARA, Turkey — The health ministry said 310 people were treated overnight. "
        "Across the border in Syria, the health ministry said 75 were treated. "
        "The health ministry later said 12 more were admitted."
    )
    names = [c.source.name if c.source else "" for c in extract_claims(text, title="Turkey quake")]
    assert names[0] == names[2] != names[1]
    assert "Syria" in names[1]


def test_an_outlet_quoting_a_body_relays_it() -> None:
    (mention,) = find_mentions("Public radio, quoting the fisheries ministry, said 30 boats sank.", 0)
    assert mention.phrase == "the fisheries ministry" and mention.relay == "Public radio"


def test_the_group_is_the_organisation_named_before() -> None:
    text = "Forest Watch International said logging rose sharply. The group said 340 hectares were cleared."
    (claim,) = extract_claims(text)
    assert "Forest Watch International" in claim.attribution


def test_the_agency_after_a_un_acronym_is_that_agency() -> None:
    text = "According to UNHCR, 9,000 people crossed the border. The agency said 300 were children."
    claims = extract_claims(text)
    assert claims[-1].source is not None and claims[-1].source == claims[0].source


def test_a_bare_weekday_is_no_part_of_the_source() -> None:
    (mention,) = find_mentions("Early Friday, the port authority raised the count to 31.", 0)
    assert mention.phrase == "the port authority"


def test_an_opening_citing_makes_the_speaker_a_relay() -> None:
    (mention,) = find_mentions(
        "Citing the coast guard, the broadcaster reported that 70 people were rescued.", 0
    )
    assert mention.phrase == "the coast guard" and mention.relay == "the broadcaster"
    (mention,) = find_mentions("Citing hospital records, the agency said 41 children were among the dead.", 0)
    assert mention.phrase == "the agency" and not mention.relay


def test_its_officer_speaks_for_the_body_before() -> None:
    (claim,) = extract_claims(
        "The Harbour Relief Association has fed 9,000 families since June, its director said."
    )
    assert "Harbour Relief Association" in claim.attribution


def test_an_inverted_speaker_keeps_a_bare_role_after_the_name() -> None:
    (claim,) = extract_claims("Some 900 homes were flooded, said Ines Moreau, head of the river authority.")
    assert claim.attribution == "said Ines Moreau, head of the river authority"


@pytest.mark.parametrize(
    "text", ["The January count was 40.", "Initial estimate was 300 dead.", "The Official count was 40."]
)
def test_a_month_or_an_adjective_before_a_count_is_no_estimator(text: str) -> None:
    assert not [m for m in find_mentions(text, 0) if m.gapped]


def test_the_newspaper_after_a_quoted_outlet_is_not_an_older_relay() -> None:
    text = (
        "The toll rose to 812, the state-owned Morning Courier reported, citing the interior ministry.\n\n"
        "The Evening Post newspaper reported 900 deaths. The newspaper said 40 were children."
    )
    last = extract_claims(text)[-1]
    assert "interior ministry" not in last.attribution


def test_a_figure_object_ends_what_the_speaker_announced() -> None:
    claims = extract_claims(
        "The African Union announced 12 million dollars, Norway pledged $30 million and Chile offered $5 million."
    )
    assert [c.attribution for c in claims] == [
        "The African Union announced",
        "Norway pledged",
        "Chile offered",
    ]


def test_a_reflexive_after_the_name_is_no_part_of_the_source() -> None:
    mentions = find_mentions("Okafor herself had given a figure of 60 dead on Monday.", 0)
    assert [m.phrase for m in mentions] == ["Okafor"]


def test_a_figures_own_relative_clause_names_who_gives_it() -> None:
    claims = extract_claims(
        "The Red Crescent said 2,000 tents were among the 40,000 homes the mayor says were destroyed."
    )
    assert [c.attribution for c in claims] == ["The Red Crescent said", "the mayor says"]


def test_the_subject_of_what_is_said_gives_its_own_estimate() -> None:
    claims = extract_claims("The deputy mayor said the organisers now estimated the crowd at 80,000.")
    assert claims[0].attribution == "the organisers now estimated"


def test_the_agency_is_the_authority_or_programme_named_just_before() -> None:
    claims = extract_claims(
        "The Regional Transit Authority said riders took 90,000 trips by noon. A year earlier the figure "
        "was 70,000, according to the agency."
    )
    assert "Regional Transit Authority" in claims[-1].attribution


def test_their_count_is_the_count_of_those_quoted_before() -> None:
    claims = extract_claims(
        "Some 40,000 people joined the rally, according to an analysis by economists at a local college. "
        "Their count came to between 38,500 and 41,200 people."
    )
    assert "economists" in claims[-1].attribution


def test_the_pair_are_the_two_researchers_named_before() -> None:
    claims = extract_claims(
        "Ana Ruiz and Tomas Berg said 1.2 million people voted. "
        "A week earlier the pair had put turnout at 900,000."
    )
    assert "Ana Ruiz and Tomas Berg" in claims[-1].attribution


def test_a_past_days_count_of_the_same_measure_stays_with_the_speaker() -> None:
    claims = extract_claims(
        "Visitors made 64,000 entries by noon, the museum authority said, against Sunday, "
        "when 51,000 entries had been logged."
    )
    assert [c.attribution for c in claims] == ["the museum authority said"] * 2


def test_a_past_event_told_in_a_when_clause_is_background() -> None:
    claims = extract_claims(
        "The storm killed 40 people, the ministry said, the worst toll since 1999, when a cyclone killed 3,000 people."
    )
    assert claims[-1].attribution == ""


def test_a_toll_told_of_what_an_appeal_is_for_is_not_the_appeals() -> None:
    claims = extract_claims(
        "The Red Crescent launched an appeal for $12 million for survivors of a cyclone that has killed "
        "at least 310 people."
    )
    assert "Red Crescent" in claims[0].attribution
    assert claims[1].attribution == ""


def test_scholars_named_with_their_calling_are_one_party() -> None:
    claims = extract_claims(
        "The economists Lena Park and Raul Diaz estimated that 2.4 million people took part."
    )
    assert "Lena Park and Raul Diaz" in claims[0].attribution


def test_a_body_adding_to_its_own_list_in_an_as_clause_gives_the_count() -> None:
    claims = extract_claims(
        "The number of people missing rose to 140 on Sunday, as the Red Crescent added names reported "
        "by families to its list."
    )
    assert "Red Crescent" in claims[0].attribution
    (other,) = extract_claims("The toll rose to 75, as residents accused the authorities of delays.")
    assert other.attribution == ""


def test_a_postposed_report_goes_on_into_the_contrast_after_it() -> None:
    claims = extract_claims(
        "The toll rose to 88 on Friday, the state broadcaster reported, while the number of people "
        "missing fell to 19 as rescuers found survivors."
    )
    assert [c.attribution for c in claims] == ["the state broadcaster reported"] * 2


def test_a_sum_converted_in_apposition_is_the_outlets_conversion() -> None:
    claims = extract_claims(
        "The ministry said it would pay 2 million rupees each, about $24,000, to the families."
    )
    assert claims[0].attribution == "The ministry said"
    assert claims[1].attribution == ""
