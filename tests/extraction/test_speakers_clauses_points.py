"""One person quoted is no count; distances, ages of "the youngest of the dead" and "the two counts" are
no figures; the critically hurt are injured; percentage points are percent; an answer in deeds, a
measure ("twice what X proposed") and a clause about a name are no attributions; a speaker inside a
relative clause or after a clause about a place does not govern the figure; "on which it plans" is not
the source quoted before; "she" reaches back to the person the story last had act."""

from __future__ import annotations

from tests.extraction.helpers import claim_with, claims_of


def _quotes(text: str) -> list[str]:
    return [text[c.char_start : c.char_end] for c in claims_of(text)]


def _source(text: str, quote: str) -> str:
    claim = claim_with(text, quote)
    return claim.source.name if claim.source is not None else ""


def test_one_person_quoted_is_no_count() -> None:
    text = (
        '"They took everything from us," said one man whose shop burned down. One mother from the '
        "Kherson region told reporters she had not slept for days."
    )
    assert _quotes(text) == []


def test_one_person_killed_is_still_a_count() -> None:
    text = "One woman was killed and 12 people were injured, police said."
    assert [c.value for c in claims_of(text)] == [1, 12]


def test_a_vague_distance_is_no_count() -> None:
    text = "The bus skidded for several hundred metres before it overturned; dozens of passengers were hurt."
    quotes = _quotes(text)
    assert "several hundred metres" not in " ".join(quotes)
    assert any("dozens" in q for q in quotes)


def test_the_youngest_of_the_dead_is_an_age() -> None:
    text = "At least 31 people died in the blaze. The youngest of the victims was 6 and the oldest 88."
    assert [c.value for c in claims_of(text)] == [31]


def test_the_two_counts_are_the_figures_before_them() -> None:
    text = (
        "The army said 14 soldiers were killed, while the rebels said 40. Neither side explained the gap "
        "between the two counts."
    )
    assert [c.value for c in claims_of(text)] == [14, 40]


def test_counts_of_a_charge_stay_a_figure() -> None:
    text = "The jury convicted him on three counts of manslaughter."
    assert [c.value for c in claims_of(text)] == [3]


def test_the_critically_hurt_are_injured() -> None:
    text = (
        'Doctors said 18 people were "between life and death" on Sunday, and nine more were fighting for '
        "their lives in Lyon."
    )
    assert claim_with(text, "18 people").metric == "injured"
    assert claim_with(text, "nine").metric == "injured"


def test_points_in_a_poll_are_percentage_points() -> None:
    text = "Support for the party slid to 24 percent from 35 percent, a drop of 11 points in a month."
    assert claim_with(text, "11 points").metric == "percent"


def test_points_without_a_percentage_stay_a_count() -> None:
    text = "The home side scored 31 points in the second half."
    assert claim_with(text, "31 points").metric == "count"


def test_an_answer_in_deeds_is_no_attribution() -> None:
    text = "The premier responded on Friday with three emergency decrees sent to parliament."
    claim = claim_with(text, "three emergency decrees")
    assert claim.source is None and claim.attribution == ""


def test_an_answer_in_words_still_attributes() -> None:
    text = "The army responded that 12 soldiers had died in the ambush."
    assert "army responded" in claim_with(text, "12 soldiers").attribution


def test_a_measure_of_the_figure_is_no_speaker() -> None:
    text = "Senators voted 61 to 38 to extend the curfew by ten days, twice what the governor proposed."
    assert claim_with(text, "61").attribution == ""


def test_a_clause_about_a_name_is_no_speaker() -> None:
    text = (
        "The fire came a year after a blast killed 40 people at the same depot, while the city was still "
        "living under the emergency rules declared that summer."
    )
    assert claim_with(text, "40 people").attribution == ""


def test_a_speaker_in_a_relative_clause_of_something_else_yields_to_the_speaker_of_the_sentence() -> None:
    text = (
        "Magistrates have charged four men over the warehouse fire, which inspectors now think was set on "
        "purpose, the regional prosecutor Ana Lima said on Monday."
    )
    assert "Ana Lima" in claim_with(text, "four men").attribution


def test_a_clause_about_a_place_is_not_the_main_speakers() -> None:
    text = (
        "In Leeds, where the strike began last month over a pay offer of 3 percent, the union counted 9,000 "
        "pickets."
    )
    assert claim_with(text, "3 percent").attribution == ""
    assert "union" in claim_with(text, "9,000").attribution


def test_it_in_a_relative_clause_is_not_the_source_quoted_before() -> None:
    text = (
        "Police put the crowd at 20,000.\n\n"
        "The march shook the government as Chile prepares for the summit, on which it plans to spend about "
        "$90 million."
    )
    assert _source(text, "$90 million") == ""


def test_it_said_in_a_relative_clause_is_still_the_speaker() -> None:
    text = "The WFP said 95 trucks had arrived, which it said was far below the 300 needed each day."
    assert _source(text, "300") == "World Food Programme"


def test_she_is_the_person_the_story_last_had_act() -> None:
    text = (
        "Backing for Prime Minister Helle Brandt's cabinet has fallen, pollsters said. Unions said 40,000 "
        "marched in Aarhus.\n\n"
        "Brandt answered on Tuesday with a new budget. It would add 2 billion kroner for hospitals, she said."
    )
    assert "Brandt" in _source(text, "2 billion kroner")
