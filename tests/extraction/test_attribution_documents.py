"""A document and its author before an apposition ("A study paid for by USAID, the U.S. government's
aid agency, estimates"): the author speaks, not the owner the apposition mentions. A figure's own
relative clause with its noun left out ("the 316,000 the government gives as its toll") is the
clause's speaker's. A speaker whose verb is an infinitive ("cut in to say", "went on to say") gives
the figure after it, and what a speaker "spoke of" is theirs."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with


@pytest.mark.parametrize(
    ("text", "quote", "author"),
    [
        (
            "A survey funded by ECHO, the European Commission's aid department, estimates that 4,000 pupils "
            "left school.",
            "4,000 pupils",
            "ECHO",
        ),
        (
            "A report commissioned by Oxfam, the British charity's research arm, says 2,300 families left.",
            "2,300 families",
            "Oxfam",
        ),
    ],
)
def test_the_author_of_a_document_speaks_not_the_owner_in_its_apposition(
    text: str, quote: str, author: str
) -> None:
    assert claim_with(text, quote).attribution.startswith(author + ",")


def test_a_figure_with_its_noun_left_out_is_the_relative_clauses_speaker() -> None:
    text = (
        "QUITO - An academic survey puts the dead at 9,000, far above the 6,200 the government gives as "
        "its official toll."
    )
    claim = claim_with(text, "6,200")
    assert claim.attribution == "the government gives"


@pytest.mark.parametrize(
    ("text", "quote", "words"),
    [
        (
            "Interior Minister Ana Ruiz cut in, in Spanish, to say the official toll was 2,100.",
            "2,100",
            "Interior Minister Ana Ruiz cut in, in Spanish, to say",
        ),
        ("The governor went on to say 400 homes were lost.", "400 homes", "The governor went on to say"),
        (
            "The mayor took to Twitter to say 35 people were missing.",
            "35 people",
            "The mayor took to Twitter to say",
        ),
    ],
)
def test_a_speaker_whose_verb_is_an_infinitive_after_stepping_in_gives_the_figure(
    text: str, quote: str, words: str
) -> None:
    assert claim_with(text, quote).attribution == words


def test_what_a_speaker_spoke_of_is_their_figure() -> None:
    text = "In the first hours, Chile's interior ministry spoke of 40 dead and 120 injured."
    for quote in ("40 dead", "120 injured"):
        claim = claim_with(text, quote)
        assert claim.attribution == "Chile's interior ministry spoke of"
