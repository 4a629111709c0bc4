"""A count of cases stays a count whatever its adjective; people hospitalised in a flu outbreak are the
sick, not the injured; a sum named by its currency word in a gapped list is its own party's; and people
who could die are at risk, not dead; people needing temporary shelter, living with relatives or slipping
out of their villages are out of their homes."""

from __future__ import annotations

from tests.extraction.helpers import claim_with


def test_confirmed_cases_beside_deaths_stay_a_count() -> None:
    text = (
        "Figures from the WHO show 28,774 laboratory-confirmed cases in 74 countries, including 144 deaths."
    )
    assert claim_with(text, "28,774").metric == "count"
    assert claim_with(text, "144 deaths").metric == "killed"


def test_people_hospitalised_in_a_flu_outbreak_are_the_sick() -> None:
    text = "Since April 13, he said, 1,995 people had been admitted to hospital with pneumonia linked to the new flu."
    assert claim_with(text, "1,995 people").metric == "affected"


def test_people_hospitalised_after_a_blast_are_injured() -> None:
    text = "Since the blast, 95 people had been admitted to hospital with burns."
    assert claim_with(text, "95 people").metric == "injured"


def test_a_gapped_sum_named_by_its_currency_word_is_its_own_party_s() -> None:
    text = "Britain pledged 286 million pounds, Germany 200 million euros and the United States more than $204 million."
    britain = claim_with(text, "286 million")
    germany = claim_with(text, "200 million euros")
    assert britain.source is not None and germany.source is not None
    assert "German" in germany.source.name and germany.source.name != britain.source.name


def test_people_who_could_die_are_at_risk() -> None:
    text = (
        "UNICEF estimates that 1 million children under the age of five could die of malnutrition this year."
    )
    assert claim_with(text, "1 million children").metric == "affected"


def test_people_who_may_have_died_are_a_toll() -> None:
    assert claim_with("Up to 1,000 people may have died in the floods.", "1,000 people").metric == "killed"


def test_people_needing_temporary_shelter_are_displaced() -> None:
    assert (
        claim_with("Officials expect 30,000 people to need temporary shelter.", "30,000").metric
        == "displaced"
    )


def test_families_out_of_their_homes_in_other_words_are_displaced() -> None:
    slipped = "Dozens of families had slipped out of villages south of the city, local officials said."
    relatives = "Months later, thousands of families are still living with relatives or in hotel rooms."
    assert claim_with(slipped, "Dozens of families").metric == "displaced"
    assert claim_with(relatives, "thousands of families").metric == "displaced"
