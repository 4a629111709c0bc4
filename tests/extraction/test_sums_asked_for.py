"""A sum asked for, told in its own relative clause ("the $2.1 billion the United Nations is seeking"),
is the asker's figure, as a gift told so is the giver's; the donors' pledge beside it stays theirs. A
place's population ("is home to some 4.5 million people") is nobody's figure; a report goes on into the
search it tells of (", as rescuers searched the mud for six people still missing")."""

from __future__ import annotations

from tests.extraction.helpers import claim_with


def test_a_sum_a_body_is_seeking_is_that_body_s() -> None:
    text = "Donors pledged $1.1 billion in aid, against the $2.1 billion the United Nations is seeking for Yemen."
    asked = claim_with(text, "$2.1 billion")
    pledged = claim_with(text, "$1.1 billion")
    assert asked.source is not None and asked.source.name == "United Nations"
    assert pledged.source is not None and pledged.source.name != "United Nations"


def test_a_sum_a_body_had_requested_is_that_body_s() -> None:
    text = "The $1.5 billion the World Health Organization had requested was never raised."
    asked = claim_with(text, "$1.5 billion")
    assert asked.source is not None and "World Health" in asked.source.name


def test_a_place_s_population_takes_no_attribution_from_the_sentence_before() -> None:
    text = (
        "The National Weather Service said parts of the region could see as much as 50 inches of rain. "
        "Harris County, which includes Houston, is home to some 4.5 million people."
    )
    assert claim_with(text, "50 inches").source is not None
    population = claim_with(text, "4.5 million")
    assert population.source is None and population.attribution == ""


def test_a_report_goes_on_into_the_search_it_tells_of() -> None:
    text = (
        "The sludge has killed four people and injured 120, the disaster management directorate said on "
        "Tuesday, as rescuers searched the mud for six people still missing."
    )
    missing = claim_with(text, "six people")
    assert missing.metric == "missing" and missing.attribution == claim_with(text, "four people").attribution
    accused = claim_with(
        "The toll rose to 205, as residents accused the authorities of hiding deaths.", "205"
    )
    assert accused.source is None and accused.attribution == ""
