"""Attribution forms that unseen copy uses: a counting body after a date, several speakers in one
sentence, an appositive between a name and its verb, a passive agent, a place's officials and role
nouns that refer back to a named source."""

from __future__ import annotations

import pytest

from tracker.extraction.sources import SourceRegistry

from .helpers import claims_of


def sources(text: str) -> list[str]:
    return [c.source.name if c.source is not None else "" for c in claims_of(text)]


# -- a count after a day-month date ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("On 2 May the agency recorded 1,200 new cases.", "the agency recorded"),
        ("On 14th June the federation tallied 9,400 members.", "the federation tallied"),
        ("On 3 October 2021 the observatory estimated 640 dead.", "the observatory estimated"),
    ],
)
def test_a_body_counting_after_a_day_month_date_gives_the_figure(text: str, words: str) -> None:
    (claim,) = claims_of(text)
    assert words in claim.attribution


def test_each_clause_of_a_sentence_keeps_its_own_counter() -> None:
    claims = claims_of(
        "On 4 June organisers counted 30,000 marchers in Lyon, 12,000 of them students, "
        "and police said 9,000 marched in Dijon."
    )
    assert [c.value for c in claims] == [30000, 12000, 9000]
    assert ["organisers" in c.attribution for c in claims] == [True, True, False]
    assert "police" in claims[2].attribution


# -- a description between the name and its verb --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ferrovia Nord, the regional rail operator, said 2,300 passengers were stranded.", "Ferrovia Nord"),
        ("Mercy Corps, the US-based aid group, said it had reached 12,000 people.", "Mercy Corps"),
        ("Brightwater, a British charity, said 300 families had fled.", "Brightwater"),
    ],
)
def test_a_description_in_apposition_leaves_the_name_as_the_speaker(text: str, name: str) -> None:
    (claim,) = claims_of(text)
    assert claim.attribution.startswith(name)
    assert claim.source is not None and name in claim.source.name


def test_a_person_keeps_the_role_apposed_to_the_name() -> None:
    (claim,) = claims_of("Ana Duarte, the head of the Lisbon Food Bank, said 4,000 parcels went out.")
    assert claim.attribution.startswith("Ana Duarte, the head of the Lisbon Food Bank")
    (claim,) = claims_of(
        "Olga Petrova, the chairwoman of the Volga Flood Committee, said 70 homes were lost."
    )
    assert claim.source is not None and claim.source.name == "Volga Flood Committee"


# -- a passive agent --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "giver"),
    [
        (
            "The new fund adds to the $4 million pledged last month by Marta Olsen, and several clubs "
            "have announced collections of their own.",
            "Marta Olsen",
        ),
        ("The shipment follows 600 tents donated on Monday by the Halden Trust.", "Halden Trust"),
        ("Rebuilding will draw on the $30 million promised earlier by Vestland Energy.", "Vestland Energy"),
        ("The package includes 12 ambulances donated by Rotary Norway.", "Rotary Norway"),
    ],
)
def test_a_gift_belongs_to_the_agent_after_its_participle(text: str, giver: str) -> None:
    claim = claims_of(text)[0]
    assert giver in claim.attribution
    assert claim.source is not None and giver in claim.source.name


def test_a_figure_announced_on_a_day_by_a_body_is_theirs() -> None:
    (claim,) = claims_of("The toll of 41 announced on Sunday by the Harbour Authority was revised.")
    assert "Harbour Authority" in claim.attribution


# -- a place's officials --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In Marlow County, officials have confirmed 14 deaths.", "Marlow County Officials"),
        ("In Tarnow, authorities said nine people were hurt.", "Tarnow Authorities"),
        ("In Kharkiv, local officials said 23 homes were destroyed.", "Kharkiv Local Officials"),
        ("Officials in Pine Ridge County said 40 homes were lost.", "Pine Ridge County Officials"),
        ("Authorities in the Odesa region said 16 people were rescued.", "Odesa Region Authorities"),
    ],
)
def test_officials_a_place_is_given_for_are_that_places(text: str, name: str) -> None:
    (claim,) = claims_of(text)
    assert claim.attribution
    assert claim.source is not None and claim.source.name == name and not claim.source.known


def test_a_month_opening_the_sentence_is_no_place_of_the_officials() -> None:
    (claim,) = claims_of("In March, officials said 40 homes had burned.")
    assert claim.attribution and claim.source is None


def test_officials_of_a_city_are_not_the_national_government() -> None:
    registry = SourceRegistry.default()
    city = registry.resolve("Odesa authorities")
    assert city is not None and not city.known and city.name == "Odesa Authorities"
    country = registry.resolve("Greek authorities")
    assert country is not None and country.known and country.name == "Greek Government"


def test_a_vague_count_after_a_places_officials_is_the_outlets_own() -> None:
    claims = claims_of(
        "In Marlow County, officials have confirmed 14 deaths. Dozens of families remain without "
        "shelter in the valley, and volunteers were clearing roads."
    )
    assert [bool(c.attribution) for c in claims] == [True, False]


def test_a_pronoun_still_carries_a_places_officials() -> None:
    claims = claims_of("In Tarnow, authorities said nine people died. They said 40 more were hurt.")
    assert [c.source.name if c.source else "" for c in claims] == ["Tarnow Authorities"] * 2


# -- a role noun referring back to a named source ----------------------------------------------------


def test_a_persons_calling_refers_back_to_the_person() -> None:
    claims = claims_of(
        "Ana Lee said on Monday that she would give $3 million to the flood victims. The singer said "
        "$2 million would come from her own savings and a further $1 million from her record label."
    )
    assert [c.value for c in claims] == [3_000_000, 2_000_000, 1_000_000]
    assert all(c.source is not None and c.source.name == "Ana Lee" for c in claims)


def test_a_bodys_trade_refers_back_to_the_body_described_so() -> None:
    claims = claims_of(
        "Nordbahn, the state railway company, said 900 passengers were stranded overnight. "
        "Police closed the main station. The company said 40 trains had been cancelled."
    )
    assert all("Nordbahn" in c.attribution for c in claims)


def test_a_bodys_trade_refers_back_to_the_latest_named_body() -> None:
    claims = claims_of(
        "Harlow Logistics said it had lost 12 lorries in the flood. The company said 300 staff were safe."
    )
    assert [c.source.name if c.source else "" for c in claims] == ["Harlow Logistics"] * 2


def test_a_relayed_office_refers_back_to_the_office_holder_named_before() -> None:
    claims = claims_of(
        "Marta Kowalczyk, the governor of the Lublin region, said 30 homes were flooded. "
        "UNICEF, citing the regional governor, said 12 children had been moved to shelters."
    )
    assert "UNICEF, citing the regional governor" in claims[1].attribution
    assert claims[1].source is not None and "UNICEF" not in claims[1].source.name
    assert claims[0].source is not None and claims[1].source.name == claims[0].source.name


def test_an_office_is_not_given_to_a_person_never_described_so() -> None:
    claims = claims_of("Roy Dane said 40 homes had burned. The governor said 12 roads were closed.")
    assert claims[1].attribution.startswith("The governor said")
    assert claims[1].source is None or "Dane" not in claims[1].source.name


def test_a_registered_body_named_by_its_head_is_not_a_person_before_it() -> None:
    claims = claims_of(
        "Ana Lee said she would give $3 million. The health ministry said 40 people were hurt."
    )
    assert claims[1].source is None or "Lee" not in claims[1].source.name
    assert "Lee" not in claims[1].attribution


def test_city_officials_are_those_of_the_one_place_the_sentence_names() -> None:
    (claim,) = claims_of("Nine of them were workers at the collapsed depot in Ostrava, city officials said.")
    assert claim.source is not None and claim.source.name == "Ostrava City Officials"


# -- an office of one part of a country ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        ("the governor of Ukraine's Poltava region", "Poltava Governor's Office"),
        ("the mayor of Kyiv", "Kyiv Mayor's Office"),
        ("Poltava governor Ivan Marchenko", "Poltava Governor's Office"),
        ("Ivan Marchenko, the governor of the Poltava region", "Poltava Governor's Office"),
    ],
)
def test_a_regional_office_is_not_the_nations_presidency(mention: str, name: str) -> None:
    match = SourceRegistry.default().resolve(mention)
    assert match is not None and not match.known and match.name == name


def test_the_office_of_a_country_is_still_its_own() -> None:
    match = SourceRegistry.default().resolve("the president of Ukraine")
    assert match is not None and match.name == "Ukrainian Presidential Office"


def test_a_relayed_regional_governor_is_credited_like_the_governor() -> None:
    claims = claims_of(
        "The toll has risen to 21, the governor of Ukraine's Poltava region said on Sunday.\n\n"
        "UNICEF, citing the regional governor, said four children were among the dead."
    )
    assert [c.source.name if c.source else "" for c in claims] == ["Poltava Governor's Office"] * 2
    assert "UNICEF, citing the regional governor" in claims[1].attribution


def test_a_bare_police_count_in_a_serbian_story_is_the_interior_ministrys() -> None:
    (claim,) = claims_of("NOVI SAD, Serbia — Police put the crowd at 40,000 on Saturday evening.")
    assert claim.source is not None and claim.source.name == "Serbian Interior Ministry"
