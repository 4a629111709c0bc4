"""A relative clause whose object is a list still leaves its head the speaker; a short quotation
inside a speaker's aside is part of it; a figure whose only speaker opens a clause of its own after it
goes on as the paragraph's report; "the government" of a story datelined in a country the registry
has no government for is that country's, even when the story names Washington's in passing."""

from __future__ import annotations

from tests.extraction.helpers import claim_with


def test_the_head_of_a_relative_clause_closed_by_a_list_speaks() -> None:
    text = (
        "An inquiry panel that examined autopsy reports, hospital logs and statements from relatives put "
        "the toll at 96 dead."
    )
    claim = claim_with(text, "96 dead")
    assert claim.attribution.startswith("An inquiry panel")


def test_a_short_quotation_in_a_speakers_aside_is_part_of_the_aside() -> None:
    text = 'Organisers, who had called for a "march of a million", said more than 200,000 people turned out.'
    claim = claim_with(text, "200,000")
    assert claim.source is not None and claim.source.name == "Organisers"


def test_a_figure_before_a_speaker_of_its_own_clause_goes_on_as_the_paragraphs_report() -> None:
    text = (
        "A ferry capsized off Cebu, killing 28 people, according to the Philippine Coast Guard.\n\n"
        "The dead included five children, the coast guard said. Nine people were injured, and a "
        "coast guard commander said two were in critical condition.\n"
    )
    claim = claim_with(text, "Nine people")
    assert claim.source is not None and claim.source == claim_with(text, "28 people").source


def test_the_government_of_a_story_datelined_in_an_unregistered_country_is_that_countrys() -> None:
    text = (
        "BAMAKO, Mali, Jan 9 (Sahel Wire) - Mali mourned on Monday. Mali's president visited the wounded "
        "in Bamako, and Mali declared three days of mourning.\n\n"
        "The government said 31 people were killed. The United States condemned the attack, and "
        "Washington offered help.\n"
    )
    claim = claim_with(text, "31 people")
    assert claim.source is not None and claim.source.name == "Mali Government"


def test_a_figure_in_the_next_subjects_relative_clause_is_not_the_first_clauses() -> None:
    text = "The insurer will fund 2 billion euros in repairs, and Atlantia, which owns 88 percent of the operator, will sell."
    assert claim_with(text, "88 percent").attribution == ""
    assert claim_with(text, "2 billion").attribution.startswith("The insurer")


def test_the_injured_flown_abroad_for_treatment_are_evacuated() -> None:
    text = "A military aircraft flew 35 of the most badly injured to Ankara. The blast injured 300 people."
    assert claim_with(text, "35").metric == "evacuated"
    assert claim_with(text, "300 people").metric == "injured"


def test_tourists_who_leave_are_counted_not_displaced() -> None:
    text = "About a million tourists have left the country since the unrest began, and 20,000 residents fled."
    assert claim_with(text, "a million tourists").metric == "count"
    assert claim_with(text, "20,000 residents").metric == "displaced"


def test_a_toll_since_a_campaign_someone_began_is_a_running_total_from_its_date() -> None:
    text = (
        "CAIRO, Feb 9 - Protests went on.\n\nAt least 302 people have been killed since police began their "
        "crackdown on anti-government protests on Jan. 28, the group said.\n"
    )
    claim = claim_with(text, "302")
    assert claim.scope == "cumulative"
    assert claim.since is not None and (claim.since.month, claim.since.day) == (1, 28)


def test_a_months_wire_abbreviation_is_no_place() -> None:
    from tracker.extraction.events import event_hint, place_key

    hint = event_hint("Police began their crackdown in Alexandria on Jan. 28 and in Suez on Feb. 2.")
    keys = {place_key(p) for p in hint.places}
    assert "alexandria" in keys and "suez" in keys
    assert not keys & {"jan", "feb"}


def test_a_count_named_by_its_owner_counts_what_the_story_counts() -> None:
    text = (
        "The rights institute has recorded 197 people with eye injuries since Oct. 18. "
        "The health ministry's count is lower, at 171.\n\n"
        "The governor ordered a review of every death reported since landfall, conceding that the "
        "official count of 64 might be too low.\n"
    )
    assert claim_with(text, "171").metric == "injured"
    assert claim_with(text, "64").metric == "killed"
