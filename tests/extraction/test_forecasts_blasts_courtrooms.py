"""A forecaster's figure is the forecaster's; an estimate that "came from" a body is that body's; an
investigation that puts losses at a sum gives them; an organisation that said "it had confirmed" a toll
is the "it"; a blast's TNT equivalent, "one man's hatred" and "courtroom 250" are no figures."""

from __future__ import annotations

from tests.extraction.helpers import claim_with, claims_of


def test_a_forecast_is_the_forecasters_figure() -> None:
    text = "The International Monetary Fund forecasts that the economy will shrink by 9.5 percent this year."
    claim = claim_with(text, "9.5 percent")
    assert claim.source is not None and claim.source.name == "International Monetary Fund"


def test_an_estimate_that_came_from_a_body_is_its_figure() -> None:
    text = (
        "The official figure is low. The highest estimate, about 1,500, came from the U.S. State Department."
    )
    claim = claim_with(text, "1,500")
    assert claim.source is not None and claim.source.name == "US State Department"


def test_an_investigation_that_put_losses_at_a_sum_gives_it() -> None:
    text = "The investigation put direct economic losses at 6.686 billion yuan."
    assert "investigation" in claim_with(text, "6.686 billion yuan").attribution


def test_it_in_an_organisations_that_clause_is_the_organisation() -> None:
    text = (
        "The figure is far higher than other counts. Amnesty International said last week that it had "
        "confirmed at least 304 deaths."
    )
    claim = claim_with(text, "304 deaths")
    assert claim.source is not None and claim.source.name == "Amnesty International"


def test_a_blasts_tnt_equivalent_is_no_figure_but_tonnes_of_cargo_are() -> None:
    text = (
        "The seismic centre said the first blast was equivalent to three tonnes of TNT and the second to "
        "21 tonnes. Trucks later carried 40 tonnes of food into the port."
    )
    quotes = [text[c.char_start : c.char_end] for c in claims_of(text)]
    assert not any("three tonnes" in q or q.startswith("21") for q in quotes)
    assert any("40 tonnes" in q for q in quotes)


def test_one_mans_hatred_and_a_courtroom_number_are_no_figures() -> None:
    text = (
        "The country would not be changed by one man's hatred, he said. The verdict was read out in "
        "courtroom 250, where 77 families had followed the trial."
    )
    quotes = [text[c.char_start : c.char_end] for c in claims_of(text)]
    assert quotes == ["77 families"]


def test_a_figure_in_apposition_to_an_estimate_counts_what_the_story_counts() -> None:
    text = (
        "Amnesty International has said at least 208 people were killed. The highest estimate, about 1,500, "
        "came from the U.S. State Department."
    )
    assert claim_with(text, "1,500").metric == "killed"


def test_an_inquiry_that_recommended_a_count_gives_it() -> None:
    text = "The inquiry recommended punishment for 123 people."
    assert claim_with(text, "123 people").attribution == "The inquiry recommended"


def test_an_inquiry_subject_of_a_coordinated_recommendation_gives_its_count() -> None:
    text = (
        "An official inquiry has blamed the explosions on the illegal storage of chemicals, and recommended "
        "punishment for 123 people."
    )
    assert "inquiry" in claim_with(text, "123 people").attribution


def test_the_first_half_of_a_partition_takes_the_speaker_of_the_second() -> None:
    text = (
        "Of those, 49 had already been detained. The other 74 are officials who should face discipline, "
        "the team said."
    )
    assert claim_with(text, "49").attribution == "the team said"


def test_a_next_sentence_with_its_own_figure_and_speaker_lends_no_attribution() -> None:
    text = "Rescuers found 49 bodies. Another 74 people are missing, the team said."
    assert claim_with(text, "49 bodies").attribution == ""


def test_a_building_at_a_street_number_is_an_address() -> None:
    text = (
        "Relatives of workers trapped in the collapsed building at Alvaro Obregon 286 waited in tents. "
        "The collapse killed 12 people."
    )
    quotes = [text[c.char_start : c.char_end] for c in claims_of(text)]
    assert quotes == ["12 people"]
