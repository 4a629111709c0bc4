"""An officer named by office opens a sentence whose participle gives the figure ("The attorney general
cleared the minister, saying ..."), also when the holder's name stands in apposition ("Malaysia's
attorney general, Mohamed Apandi Ali, cleared ...")."""

from __future__ import annotations

from tests.extraction.helpers import claim_with


def test_an_office_opening_the_sentence_speaks_through_its_participle() -> None:
    text = "The state prosecutor closed the case on Monday, saying $12 million had been repaid."
    assert "prosecutor" in claim_with(text, "$12 million").attribution
    governor = "The governor toured the flooded district, saying 3,000 homes were under water."
    assert "governor" in claim_with(governor, "3,000 homes").attribution


def test_the_holder_named_after_the_office_does_not_hide_the_speaker() -> None:
    text = (
        "In March, Peru's attorney general, Lucia Ramos, closed the inquiry, saying the $45 million the "
        "firm paid in 2014 was a legal fee."
    )
    assert "attorney general" in claim_with(text, "$45 million").attribution


def test_figures_named_with_their_release_are_their_owners() -> None:
    text = (
        "MANILA, May 2 - The typhoon killed 6,300 people, according to final government figures released "
        "last month."
    )
    src = claim_with(text, "6,300 people").source
    assert src is not None and src.name == "Philippines Government"


def test_a_bodys_own_post_is_the_body() -> None:
    text = "About 19,000 riders were stranded, according to the transit agency's own tweet."
    src = claim_with(text, "19,000 riders").source
    assert src is not None and src.name == "Transit Agency"


def test_an_inquirys_finding_with_its_day_and_report_is_its_figure() -> None:
    text = (
        "The deaths of 11 people and the illness of about 900 others could have been prevented, Justice "
        "Mary Hale concluded on Friday in the final report of her inquiry."
    )
    for quote in ("11 people", "900 others"):
        assert "Mary Hale concluded" in claim_with(text, quote).attribution, quote
    assert claim_with(text, "900 others").metric == "affected"


def test_what_a_finding_led_to_is_the_writers_telling() -> None:
    text = (
        "Officers changed their statements, an inquiry found on Monday, prompting the minister to apologise "
        "to the families of the 39 who died."
    )
    assert claim_with(text, "39").attribution == ""
