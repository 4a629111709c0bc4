"""An agency named by its initials is "the agency" later; a body whose name holds "and" keeps it whole
after an opening phrase; a launcher's plan is its figure; "the two to 465" is no range; "6,263 cases and
2,917 deaths" keeps the cases a count; a projection is its projector's."""

from __future__ import annotations

from tests.extraction.helpers import claim_with, claims_of


def _source(text: str, quote: str) -> str:
    claim = claim_with(text, quote)
    return claim.source.name if claim.source is not None else ""


def test_the_agency_after_an_agency_known_by_its_initials_is_that_agency() -> None:
    text = (
        "The WHO has recorded 1,779 cases since Guinea notified the agency of the outbreak. Sierra Leone has "
        "recorded 298 of the deaths, the agency said."
    )
    assert _source(text, "298") == "World Health Organization"


def test_a_body_name_with_and_stays_whole_after_an_opening_phrase() -> None:
    text = (
        "On Tuesday the U.S. Centers for Disease Control and Prevention estimated that Liberia could have "
        "550,000 cases."
    )
    assert "Centers for Disease Control and Prevention" in claim_with(text, "550,000").attribution


def test_a_plan_launched_with_its_sum_is_the_launchers() -> None:
    text = (
        "The World Bank has pledged up to $200 million for Guinea, and the WHO launched a $100 million "
        "response plan last week."
    )
    assert _source(text, "$100 million") == "World Health Organization"
    assert _source(text, "$200 million") == "World Bank"


def test_the_two_before_to_is_no_range() -> None:
    text = "The Sept. 19 quake killed 369 people, bringing the toll from the two to 465."
    quotes = [text[c.char_start : c.char_end] for c in claims_of(text)]
    assert quotes == ["369 people", "465"]


def test_cases_coordinated_with_deaths_stay_a_count() -> None:
    text = "The WHO's latest update counts 6,263 cases and 2,917 deaths across the affected countries."
    assert claim_with(text, "6,263 cases").metric == "count"
    assert claim_with(text, "2,917 deaths").metric == "killed"


def test_a_projection_is_the_projectors_figure() -> None:
    text = "WHO scientists projected more than 20,000 cases by early November."
    assert _source(text, "20,000 cases") == "World Health Organization"


def test_a_speaker_told_an_audience_goes_on_into_the_while_clause() -> None:
    text = (
        "Rebuilding will require 48 billion pesos, President Enrique Pena Nieto said on Tuesday.\n\n"
        "Most of the money will come from public funds, the president told a public event, while 10 percent "
        "is expected from the private sector."
    )
    assert "the president told" in claim_with(text, "10 percent").attribution


def test_officials_who_estimate_a_stockpile_at_a_figure_give_it() -> None:
    text = "U.S. and Russian officials estimate the stockpile at about 1,000 metric tons of agents."
    assert claim_with(text, "1,000 metric tons").attribution == "U.S. and Russian officials estimate"


def test_states_as_a_noun_is_no_verb_of_saying() -> None:
    text = "It came after a quake killed 98 people, most of them in Oaxaca and Chiapas states."
    assert claim_with(text, "98 people").attribution == ""
    assert (
        claim_with("The report states that 98 people died.", "98 people").attribution == "The report states"
    )


def test_a_places_bare_share_of_the_dead_is_the_reports() -> None:
    text = (
        "Mexico City accounted for 86 of the dead, Puente said. Morelos state, just south of the capital, "
        "had 71, and the remainder were spread across Puebla."
    )
    claim = claim_with(text, "71")
    assert claim.metric == "killed"
    assert claim.attribution == "Puente said"


def test_the_figure_for_a_place_had_been_a_number_counts_the_dead() -> None:
    text = (
        "Puente said 155 of the dead were in Mexico City. In Thursday's statement, the figure for the "
        "capital had been 137."
    )
    assert claim_with(text, "137").metric == "killed"


def test_people_driven_from_their_homes_are_displaced() -> None:
    text = (
        "More than 100,000 people have been killed since March 2011, according to U.N. figures, and "
        "millions more have been driven from their homes."
    )
    assert claim_with(text, "millions").metric == "displaced"


def test_patients_coordinated_with_bodies_are_no_toll() -> None:
    text = "The lockdown uncovered dozens of hidden Ebola patients and scores of bodies, officials said."
    assert claim_with(text, "patients").metric == "count"
    assert claim_with(text, "bodies").metric == "killed"


def test_the_two_quakes_told_before_are_no_count() -> None:
    text = "The two quakes killed nearly 9,000 people. Two strong tremors shook the town on Sunday."
    quotes = [text[c.char_start : c.char_end] for c in claims_of(text)]
    assert quotes == ["nearly 9,000 people", "Two strong tremors"]


def test_the_youngest_or_oldest_is_an_age() -> None:
    text = "Six of the dead were children, the youngest just eight. The oldest victim was 92."
    quotes = [text[c.char_start : c.char_end] for c in claims_of(text)]
    assert quotes == ["Six of the dead"]


def test_the_two_foreign_ministers_and_a_months_two_quakes_are_references() -> None:
    text = (
        "Repairing the damage from this month's two big earthquakes will cost more than 38 billion pesos. "
        "A truce came after talks between the two foreign ministers. Two big earthquakes struck in 2017."
    )
    quotes = [text[c.char_start : c.char_end] for c in claims_of(text)]
    assert quotes == ["more than 38 billion pesos", "Two big earthquakes"]


def test_polls_show_a_share_and_the_two_agencies_are_a_reference() -> None:
    text = (
        "Polls show nearly 90 percent of Spaniards oppose a war. The two agencies are not working from the "
        "same list. About 4,000 were sleeping in schools, churches and sports halls, the agency said."
    )
    claims = claims_of(text)
    quotes = [text[c.char_start : c.char_end] for c in claims]
    assert not any("two agencies" in q for q in quotes)
    assert claim_with(text, "90 percent").attribution == "Polls show"
    assert claim_with(text, "4,000").metric == "displaced"
