"""People who speak for a side or from what they saw are speakers in "X said" ("their lawyers said",
"residents said", "the captain said"), and a role after a name ("Jane Roe, its ombudsman, said") keeps
the name as the speaker."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with


@pytest.mark.parametrize(
    "speaker",
    ["their lawyers", "residents", "the captain", "its owner", "survivors", "aides", "the regulator"],
)
def test_a_common_noun_speaker_after_the_figure_is_the_attribution(speaker: str) -> None:
    text = f"Families who lost their homes are to receive about $96 million under the deal, {speaker} said."
    claim = claim_with(text, "$96 million")
    assert claim.attribution == f"{speaker} said"


def test_a_name_with_an_ombudsman_role_after_it_is_the_speaker() -> None:
    text = (
        "Jana Roe, its human rights ombudsman, said this month that about 50 percent of the population "
        "had been displaced."
    )
    claim = claim_with(text, "50 percent")
    assert "Jana Roe" in claim.attribution
    assert claim.source is not None and "Jana Roe" in claim.source.name


def test_a_lawmaker_saying_a_toll_in_a_with_clause_is_its_speaker() -> None:
    text = (
        "Iran has given an official death toll for the protests, with a senior lawmaker saying 230 people "
        "were killed, a figure far below those compiled by rights groups."
    )
    assert claim_with(text, "230 people").attribution == "a senior lawmaker saying"


def test_those_a_body_told_are_no_figure_of_its_saying() -> None:
    text = "The city had told its 1.1 million public school students they could miss class."
    assert claim_with(text, "1.1 million").attribution == ""


def test_a_report_goes_on_past_an_as_of_opener() -> None:
    text = (
        "Rescuers pulled 215 people alive from the rubble, civil protection chief Fabrizio Curcio told "
        "reporters. As of Friday evening, 388 injured people had been treated in hospital."
    )
    assert "Curcio" in claim_with(text, "388").attribution


def test_a_name_whose_relative_clause_names_reports_is_the_speaker() -> None:
    text = (
        "The war cost the lives of 179 British service personnel, and Iraq Body Count, which tallies violent "
        "civilian deaths from media and official reports, has recorded more than 110,000 civilians killed."
    )
    assert claim_with(text, "110,000").attribution.startswith("Iraq Body Count")
    assert claim_with(text, "179").attribution == ""


def test_burned_children_flown_abroad_for_treatment_are_evacuated() -> None:
    text = "Six children with severe burns were flown to Galveston, Texas, aboard a U.S. military aircraft."
    assert claim_with(text, "Six children").metric == "evacuated"
    assert claim_with("Sixty injured people were taken to hospital.", "Sixty").metric == "injured"
