"""A speaker or giver that opens a coordinated clause (", and the Red Cross said ...") speaks only for the
figures after it; a giver's participle that lifts everyone's pool (", bringing international pledges to
...") leaves that total to the outlet."""

from __future__ import annotations

from tests.extraction.helpers import claim_with, claims_of


def _name(text: str, quote: str) -> str:
    c = claim_with(text, quote)
    return c.source.name if c.source is not None else ""


def test_a_giver_keeps_its_gift_when_another_giver_opens_the_next_clause() -> None:
    text = "Norway pledged $12 million, and the European Commission promised 4 million euros in relief."
    assert "norway" in _name(text, "$12 million").lower()
    assert "commission" in claim_with(text, "4 million euros").attribution.lower()


def test_a_speaker_after_and_does_not_speak_for_the_clause_before() -> None:
    text = "At least 40 people died in the floods, and the Red Cross said 12 more were missing."
    first = claim_with(text, "40 people")
    assert first.source is None and first.attribution == ""
    assert "red cross" in claims_of(text)[-1].attribution.lower()


def test_a_postposed_speaker_without_a_coordinator_still_speaks_for_the_figure() -> None:
    text = "At least 40 people died in the floods, the Red Cross said."
    assert "red cross" in claim_with(text, "40 people").attribution.lower()


def test_the_pool_a_gift_lifts_is_not_the_givers() -> None:
    text = (
        "Norway pledged $12 million on Friday, bringing international commitments to more than $90 million."
    )
    assert "norway" in _name(text, "$12 million").lower()
    total = claim_with(text, "$90 million")
    assert total.source is None and total.attribution == ""


def test_a_givers_own_total_stays_its_own() -> None:
    text = "The army is sending 300 more troops, bringing the total to 1,100."
    assert "army" in claim_with(text, "1,100").attribution.lower()
