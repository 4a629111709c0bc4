"""Offices many countries have under one name ("the prosecutor general's office", "the State Emergency
Service", "the Civil Protection Department") name one country's body only when the phrase or the story
places it there."""

from __future__ import annotations

from tests.extraction.helpers import claim_with


def _source(text: str, quote: str) -> str:
    claim = claim_with(text, quote)
    return claim.source.name if claim.source is not None else ""


def test_another_countrys_prosecutor_general_is_not_ukraines() -> None:
    text = (
        "BAKU, Nov 20 (Wire) - Azerbaijan's prosecutor general's office says 60 civilians have been killed."
    )
    assert "Ukrain" not in _source(text, "60 civilians")
    assert "Azerbaijan" in _source(text, "60 civilians")


def test_a_prosecutor_general_in_a_ukraine_story_is_ukraines() -> None:
    text = "KYIV, Nov 20 (Wire) - Russian shelling killed 60 civilians in Kharkiv, the prosecutor general's office said."
    assert _source(text, "60 civilians") == "Ukrainian Prosecutor General's Office"


def test_a_state_emergency_service_in_an_australian_story_is_not_ukraines() -> None:
    text = "SYDNEY, Nov 20 (Wire) - Floods forced 300 rescues in New South Wales, the State Emergency Service said."
    assert "Ukrain" not in _source(text, "300 rescues")


def test_a_prime_ministers_office_in_an_ankara_story_is_not_israels() -> None:
    text = (
        "ANKARA, Oct 10 (Wire) - Two explosions outside the railway station killed 95 people, the prime "
        "minister's office said."
    )
    assert "Israel" not in _source(text, "95 people")
    jerusalem = "JERUSALEM, Oct 10 (Wire) - Rockets killed 12 people, the prime minister's office said."
    assert _source(jerusalem, "12 people") == "Israeli Prime Minister's Office"


def test_a_body_that_continues_to_put_a_toll_is_named_without_the_verb() -> None:
    from tests.extraction.helpers import claim_with

    claim = claim_with("The HDP continues to put the number of dead at 128.", "128")
    assert claim.source is not None and claim.source.name == "HDP"


def test_a_prime_ministers_office_the_registry_lacks_is_its_countrys_government() -> None:
    # "Prime Minister Ahmet Davutoglu said" and "the prime minister's office said" are one voice
    office = "ANKARA, Oct 10 (Wire) - Two explosions killed 95 people, the prime minister's office said."
    person = "ANKARA, Oct 10 (Wire) - Two explosions killed 95 people, Prime Minister Ahmet Davutoglu said."
    assert _source(office, "95 people") == _source(person, "95 people") != ""
