"""A relative clause before a titled name is no part of the name; "its officials" after a sentence that
opens on a country are that country's; "states" before a verb is a noun, not a verb of saying."""

from __future__ import annotations

from tests.extraction.helpers import claim_with


def test_a_relative_clause_is_no_part_of_a_later_speakers_name() -> None:
    text = (
        "The raids, which President Maria Ortega ordered on Friday, drew protests.\n\n"
        "Ortega said 14 soldiers had been wounded."
    )
    claim = claim_with(text, "14 soldiers")
    assert claim.source is not None
    assert claim.source.name == "President Maria Ortega"


def test_its_officials_belong_to_the_country_the_sentence_before_opens_on() -> None:
    text = (
        "Ortega said the depot stored weapons. Mali denied the charge. Its officials said the depot held "
        "about 80 percent of the region's grain."
    )
    claim = claim_with(text, "80 percent")
    assert claim.source is not None and claim.source.name.startswith("Mali")


def test_its_officials_are_not_a_country_merely_named_before() -> None:
    text = "The WHO said the outbreak in Mali was spreading. Its officials said 40 people had died."
    claim = claim_with(text, "40 people")
    assert claim.source is not None and "Mali" not in claim.source.name


def test_states_before_a_verb_is_a_noun() -> None:
    text = "About 30,000 people in Kordofan and Darfur states are without food, the agencies said."
    assert "Darfur" not in claim_with(text, "30,000").attribution
