""" "He" is the person its own sentence named before it, at the end of a titled run, and never a place
that opens a sentence ("South Sudan was among ...")."""

from __future__ import annotations

from tests.extraction.helpers import claim_with


def test_he_is_the_person_his_own_sentence_named_before_him() -> None:
    text = (
        "Yemen was among the countries singled out by UN Secretary-General Antonio Guterres last year, "
        "when he warned that more than 17 million people faced famine. He appealed for $2.1 billion."
    )
    assert "Guterres" in claim_with(text, "17 million").attribution
    assert "Guterres" in claim_with(text, "$2.1 billion").attribution


def test_a_place_opening_a_sentence_is_no_one_acting() -> None:
    text = "South Sudan was among the countries worst hit. He appealed for $600 million."
    assert "South Sudan" not in claim_with(text, "$600 million").attribution


def test_a_day_opening_the_sentence_is_no_person() -> None:
    text = (
        "President Uhuru Kenyatta put the toll at 39 on Saturday. On Sunday he said between 10 and 15 "
        "attackers had taken part."
    )
    assert "Kenyatta" in claim_with(text, "between 10 and 15").attribution
