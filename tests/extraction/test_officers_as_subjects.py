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
