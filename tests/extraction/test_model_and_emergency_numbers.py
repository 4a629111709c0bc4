"""A plane's model number ("a Boeing 737 MAX 8") and a number dialled ("calls to 911", "a 999 call")
are names, not counts; a count of the model's planes ("about 370 MAX jets") is still a count."""

from __future__ import annotations

from tests.extraction.helpers import claims_of


def quotes(text: str) -> list[str]:
    return [c.quote for c in claims_of(text)]


def test_a_model_number_is_no_count() -> None:
    text = "A Boeing 737 MAX 8 bound for Lagos crashed after take-off, killing all 61 people on board."
    assert quotes(text) == ["61 people"]


def test_a_count_of_the_models_planes_is_a_count() -> None:
    text = "Regulators grounded about 280 MAX jets worldwide within three days."
    assert [q for q in quotes(text) if "280" in q]


def test_a_number_dialled_is_no_count() -> None:
    text = "In calls to 911 during the standoff the gunman made demands. A 999 call was logged at 2 a.m."
    assert quotes(text) == []


def test_a_count_of_calls_is_still_a_count() -> None:
    text = "Police received 100 calls in an hour, and the hotline took 112 calls overnight."
    assert quotes(text) == ["100 calls", "112 calls"]
