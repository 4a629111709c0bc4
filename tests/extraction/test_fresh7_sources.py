"""Sources in the fresh7 forms, with sentences of other stories: "the country's" body is the body of
the country the sentence has just named, not of the one the story talks about most."""

from __future__ import annotations

import pytest

from tracker.extraction.sources import SourceRegistry

from .helpers import claims_of, names


def source_of(text: str, quote: str) -> str:
    for c in claims_of(text):
        if quote in text[c.char_start : c.char_end]:
            return c.source.name if c.source is not None else ""
    raise AssertionError(f"no claim {quote!r}")


AID_STORY = (
    "ANKARA — Turkey has doubled its aid to flood-hit Pakistan, the Turkish foreign ministry said, "
    "after Turkish commentators called the first offer small. Turkish planes carried tents from Turkey "
    "and Turkish medics flew out on Monday.\n\n"
    "The floods, which swept across southern Pakistan last month, have killed 1,208 people, "
    "according to the country's disaster agency."
)


def test_the_countrys_body_is_of_the_country_just_named() -> None:
    assert source_of(AID_STORY, "1,208 people") == "NDMA Pakistan"


def test_the_nations_body_is_of_the_country_just_named() -> None:
    text = AID_STORY.replace("the country's disaster agency", "the nation's disaster agency")
    assert source_of(text, "1,208 people") == "NDMA Pakistan"


def test_he_after_an_aside_is_the_person_named_not_the_body_quoted_before() -> None:
    text = (
        "The state power company said 41 pylons had fallen.\n\n"
        "Energy Minister Lucia Ferrante, who toured the valley on Sunday, ordered an inquiry. "
        "She announced payments of 5,000 euros to every family that lost a home."
    )
    assert source_of(text, "5,000 euros") in ("Energy Minister Lucia Ferrante", "Energy Ministry")


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("the disaster risk reduction council", "NDRRMC"),
        ("National Disaster Risk Reduction and Management Council", "NDRRMC"),
        ("Odisha's chief secretary", "Odisha Government"),
        ("the Catalan government", "Catalan Government (Generalitat)"),
        ("Barcelona's Guardia Urbana", "Guardia Urbana (Barcelona municipal police)"),
        ("Spain's government delegation in Catalonia", "Spanish Government Delegation in Catalonia"),
        ("Societat Civil Catalana", "Societat Civil Catalana"),
        ("the Philippine Red Cross", "Philippine Red Cross"),
    ],
)
def test_real_bodies_are_registered(mention: str, expected: str) -> None:
    match = SourceRegistry.default().resolve(mention)
    assert match is not None and match.known and match.name == expected


@pytest.mark.parametrize(
    ("context", "expected"),
    [
        ("GIRONA — The Catalan government closed the schools on Monday.", "Catalan Government (Generalitat)"),
        ("ALZIRA — The Valencian regional government opened shelters.", "Generalitat Valenciana"),
    ],
)
def test_a_bare_generalitat_is_the_one_the_story_names(context: str, expected: str) -> None:
    match = SourceRegistry.default().resolve("the Generalitat", context)
    assert match is not None and match.name == expected


def test_the_railways_are_the_railway_body_named_before() -> None:
    text = (
        "CUTTACK, India — A goods train ran off the rails near Cuttack on Sunday, Indian Railways said.\n\n"
        "Some 312 passengers were stranded overnight, the railways said in a statement."
    )
    assert source_of(text, "312 passengers") == "Indian Railways"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Norway has raised its flood aid to Bangladesh to 40 million crowns ($3.7 million).",
            "$3.7 million",
        ),
        ("Japan pledged 500 million yen (about $3.3 million) in emergency relief.", "$3.3 million"),
    ],
)
def test_a_bracketed_conversion_has_the_source_of_the_figure_it_converts(text: str, quote: str) -> None:
    first = claims_of(text)[0]
    assert first.source is not None
    assert source_of(text, quote) == first.source.name


def test_a_prediction_is_attributed_to_whoever_predicted_it() -> None:
    text = "Health Minister Irene Kostova had predicted on Monday that the final toll would be between 300 and 400."
    assert source_of(text, "300 and 400").startswith("Health Minist")


def test_its_tally_after_an_opening_time_phrase() -> None:
    text = (
        "The Nigerian Emergency Management Agency had recorded 41 deaths by noon. "
        "Later on Monday its tally reached 58."
    )
    assert source_of(text, "58") == source_of(text, "41 deaths") != ""


def test_a_name_with_an_administrator_apposition_and_a_place_aside() -> None:
    text = (
        "Ruth Kamau, the town administrator of Kisumu, the lakeside capital, said the toll could rise to 300."
    )
    assert "Ruth Kamau" in source_of(text, "300")


def test_the_outlets_inference_from_reported_figures_is_nobodys() -> None:
    text = (
        "The election commission said on Sunday that 1,840,000 ballots had been cast. "
        "That would put turnout at about 61 percent of registered voters."
    )
    assert source_of(text, "1,840,000 ballots") != ""
    assert source_of(text, "61 percent") == ""


@pytest.mark.parametrize("opening", ["That morning", "The same day", "That night", "The previous week"])
def test_a_time_opening_the_sentence_is_no_part_of_the_speakers_name(opening: str) -> None:
    text = f"{opening} the health ministry had reported 2,360 deaths in Gaza."
    assert names(text) == ["Gaza Health Ministry"]


def test_the_council_of_a_philippine_story_is_its_disaster_council() -> None:
    text = (
        "MANILA - The National Disaster Risk Reduction and Management Council raised the toll on Friday. "
        "That morning the council had reported 2,360 deaths."
    )
    assert names(text) == ["NDRRMC"]
