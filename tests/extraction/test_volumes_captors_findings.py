"""A volume released or estimated is a figure and a container's size is not; "By X's figures" names X; an
estimate arrived at ("came up with", "settled on") and a court's ruling give their figure; a lead
"In late May" is no part of a name; "All three figures" refer back; people "the gunmen held" are
hostages, hostage-takers killed are killed and "taken alive" are detained; what a speaker cites ("citing
hospital lists") does not take the speaker's place; protesters who "storm parliament" bring no storm."""

from __future__ import annotations

from tests.extraction.helpers import claim_with, claims_of
from tracker.extraction.events import event_hint


def _quotes(text: str) -> list[str]:
    return [text[c.char_start : c.char_end] for c in claims_of(text)]


def _source(text: str, quote: str) -> str:
    claim = claim_with(text, quote)
    return claim.source.name if claim.source is not None else ""


def test_a_volume_released_is_a_figure_and_a_container_size_is_not() -> None:
    text = (
        "Engineers said about 8,000 barrels a day were leaking from the pipeline, and 1.2 million litres of "
        "diesel reached the river. Villagers queued with 20-litre jerrycans."
    )
    values = [c.value for c in claims_of(text)]
    assert 8000 in values and 1_200_000 in values
    assert 20 not in values


def test_by_a_bodys_figures_names_the_body() -> None:
    text = "By UNICEF's figures, about 40 percent of the schools in the district were damaged."
    assert _source(text, "40 percent") == "UNICEF"


def test_an_estimate_arrived_at_is_its_makers() -> None:
    text = (
        "Lena Park, a hydrologist at the University of Utah, came up with a range of 2,000 to 6,000 tonnes "
        "a day."
    )
    assert "Lena Park" in claim_with(text, "2,000 to 6,000").attribution


def test_a_court_ruling_gives_its_figure() -> None:
    text = "A district judge ruled on Monday that 640 homes had been built without permits."
    assert "judge ruled" in claim_with(text, "640 homes").attribution


def test_a_leading_late_month_is_no_part_of_the_speaker() -> None:
    text = "In late March the monitoring group put the number of displaced at 14,000."
    assert "monitoring group" in claim_with(text, "14,000").attribution


def test_it_after_a_judge_is_not_the_judge() -> None:
    text = (
        "A federal judge ruled that 900 tonnes of waste had been dumped. In April the survey team put the "
        "total at 700 tonnes; by June it settled on 1,100 tonnes."
    )
    assert "survey team" in claim_with(text, "1,100 tonnes").attribution


def test_all_three_figures_refer_back_but_all_three_counts_of_a_charge_stay() -> None:
    text = (
        "The army said 12 soldiers died, the rebels said 30 and monitors said 25. All three figures leave "
        "out the missing."
    )
    assert 3 not in [c.value for c in claims_of(text)]
    assert [c.value for c in claims_of("He was found guilty on all three counts.")] == [3]


def test_people_the_gunmen_held_are_hostages() -> None:
    text = (
        "Investigators now say the gunmen held more than 600 people in the theatre, among them 90 children."
    )
    assert claim_with(text, "600 people").metric == "hostages"
    assert claim_with(text, "90 children").metric == "hostages"


def test_hostage_takers_killed_are_killed_and_those_taken_alive_detained() -> None:
    text = "The security service said 19 hostage-takers had been killed and two taken alive."
    assert claim_with(text, "19 hostage-takers").metric == "killed"
    assert claim_with(text, "two").metric == "detained"


def test_what_a_speaker_cites_does_not_replace_the_speaker() -> None:
    text = (
        "At least 340 people were wounded, city health officials said, citing hospital lists, and clinics "
        "are still treating dozens of them. About 80 people remain unaccounted for, they added."
    )
    assert "health officials" in claim_with(text, "About 80 people").attribution
    assert "hospital" not in claim_with(text, "About 80 people").attribution


def test_protesters_who_storm_parliament_bring_no_storm() -> None:
    assert "storm" not in event_hint("Three killed as protesters storm parliament in Accra.").incident_terms
    assert "storm" in event_hint("The storm killed 40 people along the coast.").incident_terms


def test_a_hyphenated_verb_tail_is_no_speech_verb() -> None:
    text = "The state-funded rights watchdog said on Monday that 44 people had been killed since June 2."
    assert "rights watchdog said" in claim_with(text, "44 people").attribution


def test_cases_of_a_kind_keep_their_kind_after_a_coordinated_toll() -> None:
    text = "The commission counted 210 people injured and 17 cases of enforced disappearance."
    assert claim_with(text, "210 people").metric == "injured"
    assert claim_with(text, "17 cases").metric == "missing"


def test_a_volume_captured_is_no_detainee() -> None:
    text = "Officials said about 90,000 barrels were captured by the recovery vessels."
    claim = claim_with(text, "90,000 barrels")
    assert claim.metric == "count" and claim.subject_class == "other"
    assert claim_with("Police captured 12 gunmen near the border.", "12 gunmen").metric == "detained"
