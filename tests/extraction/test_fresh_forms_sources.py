"""Who a figure is attributed to: organisations named by a web domain, initialisms inside a source's
name, a speaker after a clause word ("came a day after X said"), "he" never a body, relatives who
speak, "puts a price on" no estimate, and a figure in a relative clause about another thing."""

from __future__ import annotations

import pytest

from tracker.extraction.sources import SourceRegistry

from .helpers import claims_of, names


@pytest.mark.parametrize(
    "text",
    [
        "According to 198.org, a network of cycling clubs, more than 20,000 riders took part.",
        "More than 20,000 riders took part, according to 198.org.",
        "198.org said more than 20,000 riders took part.",
        "198.org, one of the organisers, said more than 20,000 riders took part.",
    ],
)
def test_an_organisation_named_by_a_web_domain(text: str) -> None:
    assert names(text) == ["198.org"]


def test_the_group_after_a_web_domain_name() -> None:
    text = "198.org said 20,000 riders took part. The group said 1,200 rides were held."
    assert names(text) == ["198.org", "198.org"]


def test_it_after_a_web_domain_name() -> None:
    text = "Over the weekend 2.1 million people signed, according to Petition.com, above the 900,000 it had counted on Friday."
    assert names(text) == ["Petition.com", "Petition.com"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("According to the U.N. refugee agency, 3,000 people fled.", "UNHCR"),
        ("According to the U.S. Geological Survey, 300 people died.", "US Geological Survey"),
    ],
)
def test_an_initialism_inside_a_source_name(text: str, expected: str) -> None:
    c = claims_of(text)[0]
    assert c.source is not None and c.source.name == expected
    assert c.attribution.startswith("According to the U.")


def test_the_geological_survey_is_no_document_of_a_country() -> None:
    match = SourceRegistry.default().resolve("the U.S. Geological Survey")
    assert match is not None and match.name == "US Geological Survey"


@pytest.mark.parametrize(
    "text",
    [
        "The raid came a day after Foreign Minister Ana Lopes said as many as 900 nationals were still in the country.",
        "The strike came hours after Defence Secretary Tom Hale said up to 300 troops would stay.",
    ],
)
def test_a_speaker_after_a_clause_word(text: str) -> None:
    c = claims_of(text)[0]
    assert "Lopes" in c.attribution or "Hale" in c.attribution


def test_he_is_not_a_body_described_before() -> None:
    text = (
        "Vita, a Dutch charity that runs a clinic in the city, said it had treated at least 40 patients. "
        "About 2,000 people had been flown out since Monday, he said."
    )
    cs = claims_of(text)
    assert cs[0].source is not None and cs[0].source.name == "Vita"
    assert cs[1].source is None or cs[1].source.name != "Vita"


def test_he_after_a_speaker_named_later_in_the_paragraph() -> None:
    text = (
        "Vita, a Dutch charity, said it had treated at least 40 patients. The raid came a day after "
        "Foreign Minister Ana Lopes said as many as 900 nationals were still in the country. About 2,000 "
        "had been flown out since Monday, she said."
    )
    assert ["Lopes" in c.attribution for c in claims_of(text)] == [False, True, True]


def test_relatives_who_speak_are_the_source() -> None:
    text = "A missile hit a house in Herat, killing 9 members of one family, six of them children, relatives said."
    assert [c.attribution for c in claims_of(text)] == ["relatives said", "relatives said"]


def test_putting_a_price_on_something_is_no_estimate() -> None:
    text = (
        "The plan will spend €40 billion on rail, Transport Minister Eva Roth said. It puts a price on "
        "diesel of €30 a tonne from 2027."
    )
    cs = claims_of(text)
    assert "puts" not in cs[1].attribution


def test_putting_a_total_at_a_figure_is_an_estimate() -> None:
    text = (
        "The ministry said 300 people left on Monday. It put the total evacuated since May 2 at about 9,000."
    )
    assert claims_of(text)[1].attribution.startswith("It put")


def test_a_figure_in_a_relative_clause_about_another_thing_is_the_outlets() -> None:
    text = (
        "The city's police estimated the crowd at 40,000. Either way it dwarfed the rally's permit, which "
        "had been issued for 3,000 people."
    )
    cs = claims_of(text)
    assert cs[1].source is None and cs[1].attribution == ""
    assert cs[1].subject == "people"
