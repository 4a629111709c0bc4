"""What a speaker is told to have said, not the clause before it ("Police shot dead three robbers, the
governor said"); a surname quoted after "X's mayor, NAME"; a body's possessive document ("the
bureau's revised list"); a long official title before a relative clause; "quoted on Monday as
saying"; phrasal "put down"; a clause of when that opens a sentence; a capital opening a count; the
attackers' own dead after a paragraph of their victims; "brought to the surface", "living in emergency
camps", "hunger strike", "the number of people known to have died"."""

from __future__ import annotations

from tests.extraction.helpers import claim_with


def _source(text: str, quote: str) -> str:
    claim = claim_with(text, quote)
    return claim.source.name if claim.source is not None else ""


def test_the_clause_before_a_postposed_role_is_what_is_told() -> None:
    text = (
        "Bandits killed 23 villagers in Zamfara state, Governor Bello Matawalle said on Monday. Police shot "
        "dead three of the bandits overnight, the governor told reporters."
    )
    robbers = claim_with(text, "three of the bandits")
    assert "Police Shot" not in _source(text, "three of the bandits")
    assert "the governor told" in robbers.attribution
    assert "Matawalle" in robbers.attribution


def test_a_surname_speaks_for_the_office_set_before_the_full_name() -> None:
    text = (
        "Lagos's governor, Babajide Sanwo-Olu, said 12 people had died in the collapse. Sanwo-Olu said "
        "another 40 had been pulled out alive."
    )
    assert _source(text, "12 people") == _source(text, "40")


def test_a_bodys_possessive_document_is_the_bodys() -> None:
    text = (
        "The death toll rose to 61, the National Emergency Coordination Centre said on Friday. The centre's "
        "revised breakdown counts 19 children among the dead."
    )
    assert "Coordination Centre" in _source(text, "19 children")


def test_a_long_official_title_before_a_relative_clause_speaks() -> None:
    text = (
        "The Federation of Independent Trade Unions of Western Ruritania and the Islands, which called the "
        "strike, said 85,000 workers stayed away."
    )
    assert "Federation of Independent Trade Unions" in _source(text, "85,000 workers")


def test_quoted_on_a_day_as_saying_names_the_one_quoted() -> None:
    text = (
        "The Nepal Red Cross Society, which was quoted on Monday as saying 900 people had died, has since "
        "withdrawn the figure."
    )
    assert "Red Cross" in _source(text, "900 people")


def test_put_down_is_no_estimate() -> None:
    text = "State radio said troops had put down the uprising and that more than 400 rebels had surrendered."
    assert "State radio said" in claim_with(text, "400 rebels").attribution


def test_a_figure_in_an_opening_clause_of_when_is_not_the_main_clauses_speakers() -> None:
    text = (
        "Two years after a cyclone killed 138 people on the island, fishermen gathered at the harbour to "
        "remember the crews, 21 of them from one village, according to the port authority."
    )
    assert claim_with(text, "138 people").attribution == ""
    assert "port authority" in claim_with(text, "21 of them").attribution
    unpunctuated = "Since the fighting began 3,000 people have been killed, the ministry said."
    assert "ministry" in claim_with(unpunctuated, "3,000 people").attribution


def test_a_capital_opening_a_count_names_no_one() -> None:
    text = "Four men charged over the fire appeared in court in Leeds on Tuesday."
    assert claim_with(text, "Four men").attribution == ""


def test_the_attackers_own_dead_take_no_carried_toll() -> None:
    text = (
        "Gunmen killed 31 worshippers at the mosque, the provincial police chief said.\n\n"
        "The three gunmen died when commandos stormed the compound at night."
    )
    assert claim_with(text, "three gunmen").attribution == ""


def test_brought_to_the_surface_is_rescued() -> None:
    text = "Rescuers brought 17 miners to the surface after nine days underground."
    assert claim_with(text, "17 miners").metric == "rescued"


def test_living_in_emergency_camps_is_displaced() -> None:
    text = "Some 6,500 households are still living in emergency camps outside the town, officials said."
    assert claim_with(text, "6,500 households").metric == "displaced"


def test_a_hunger_strike_is_no_hunger() -> None:
    text = "About 400 students began a hunger strike on Monday."
    assert claim_with(text, "400 students").metric == "count"


def test_the_number_of_people_known_to_have_died() -> None:
    text = "The number of people known to have died in the floods rose to 212 on Sunday."
    assert claim_with(text, "212").metric == "killed"


def test_a_spelled_number_heads_a_contact_relative_clause() -> None:
    text = "Most of the three million people the agency says were affected still lack clean water."
    claim = claim_with(text, "three million people")
    assert claim.metric == "affected"
    assert claim.attribution == "the agency says"


def test_a_role_for_a_body_after_the_name_speaks_for_the_body() -> None:
    text = (
        'ROME - "We have pulled 31 people from the rubble," said Chiara Bianchi, a spokeswoman for the civil '
        "protection agency, in Amatrice, Italy."
    )
    assert "Civil Protection" in _source(text, "31 people")


def test_the_army_of_a_state_the_registry_knows_without_one() -> None:
    text = "LAHORE, Pakistan - The army said only 14 civilians had been killed in the raids."
    assert _source(text, "14 civilians") == "Pakistan Army"
    territory = "GAZA CITY - The army said 14 militants had been killed."
    assert "Gaza" not in _source(territory, "14 militants")


def test_a_ministry_of_a_dateline_country_the_registry_does_not_know() -> None:
    text = "ASUNCION, Paraguay - The health ministry said 26 people had died of dengue this year."
    assert _source(text, "26 people") == "Paraguay Health Ministry"


def test_an_office_whose_place_is_unsaid_speaks_through_its_named_holder() -> None:
    text = "The village's mayor, Anna Kowalska, said 19 houses had been swept away."
    assert _source(text, "19 houses") == "Anna Kowalska"


def test_the_next_counts_own_noun_is_no_predicate_of_this_one() -> None:
    text = "Divers have found nine survivors and recovered 61 bodies so far, the navy said."
    assert claim_with(text, "nine survivors").metric == "rescued"
    assert claim_with(text, "61 bodies").metric == "killed"


def test_a_toll_that_includes_a_part() -> None:
    text = "The death toll of 2,417 includes 640 children, the health ministry said."
    assert claim_with(text, "2,417").subject == ""
    assert claim_with(text, "640 children").metric == "killed"


def test_an_unconfirmed_source_is_named_without_the_words_around_it() -> None:
    text = "The Tavua Relief Network said 40 people were sheltering. Jo Rahe, its coordinator, said 12 had been hurt."
    assert _source(text, "12") in ("Jo Rahe", "Tavua Relief Network")
    letter = "A letter from the Ruritanian navy's chief surgeon gave a count of 73 bodies."
    assert not _source(letter, "73 bodies").startswith("Letter")


def test_a_bare_group_the_story_never_named_is_nobody_to_confirm() -> None:
    text = "The army said it had killed 45 insurgents, while the group said only 9 of its fighters had died."
    claim = claim_with(text, "9 of its fighters")
    assert claim.attribution == "the group said" and claim.source is None


def test_a_named_unit_of_a_ministry_speaks_for_the_ministry_of_the_story() -> None:
    text = (
        "NAIROBI, Kenya - The toll rose to 61, the Interior Ministry's National Crisis Response Centre said."
    )
    assert _source(text, "61") == "Kenyan Interior Ministry"


def test_a_crowd_place_after_a_titled_march_is_a_place() -> None:
    text = "The March for Clean Air in Leeds drew 4,000 people, organisers said."
    assert claim_with(text, "4,000 people").subject == "turnout in Leeds"
