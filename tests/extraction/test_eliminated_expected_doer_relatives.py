"""A security force's quoted "eliminated" is a death; "than expected" is no one's expectation; a
doer's act owns its own figures, not a relative clause describing what it acted on."""

from __future__ import annotations

from tests.extraction.helpers import claim_with


def test_attackers_quoted_as_eliminated_were_killed() -> None:
    text = 'The ministry said dozens of gunmen had been "eliminated" in the night.'
    assert claim_with(text, "dozens of gunmen").metric == "killed"


def test_teams_eliminated_from_a_cup_were_not_killed() -> None:
    assert claim_with("Twelve teams were eliminated in the first round.", "Twelve teams").metric != "killed"


def test_better_than_expected_names_no_speaker() -> None:
    text = "The Labour party did far better than expected and won 411 seats."
    assert claim_with(text, "411 seats").attribution == ""


def test_analysts_who_expected_a_figure_gave_it() -> None:
    assert "analysts" in claim_with("Analysts expected 3 percent growth.", "3 percent").attribution.lower()


def test_what_a_payer_bought_is_described_in_the_outlets_words() -> None:
    text = "HSBC paid 1 pound for the British arm of the lender, which had about 6.7 billion pounds in loans."
    assert claim_with(text, "1 pound").source is not None
    assert claim_with(text, "6.7 billion pounds").attribution == ""


def test_a_deeds_own_figure_described_stays_the_doers() -> None:
    text = "The Red Cross sent 40 trucks, which carried 300 tonnes of food."
    assert claim_with(text, "300 tonnes").attribution == claim_with(text, "40 trucks").attribution != ""
