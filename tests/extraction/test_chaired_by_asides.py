"""A body described by who chairs, leads or set it up ("The panel, chaired by the Bishop of Liverpool,
James Jones, spent ...") is the subject of its verb, and what "it" says next is the body's. A clause
after "said" ("said the families had been vindicated") is what was said, not a speaker named after it."""

from __future__ import annotations

from tests.extraction.helpers import claim_with


def test_the_body_a_participle_aside_describes_is_the_source() -> None:
    text = (
        "The Hillsborough Independent Panel, chaired by the Bishop of Liverpool, James Jones, spent two years "
        "examining more than 450,000 pages of documents. Its report found that 164 statements had been amended. "
        "It added that 116 of them had been changed to remove comments unfavourable to South Yorkshire Police."
    )
    for quote in ("450,000", "164 statements", "116 of them"):
        got = claim_with(text, quote).source
        assert got is not None and "Panel" in got.name, quote


def test_a_clause_after_said_names_no_speaker() -> None:
    text = (
        "Trevor Hicks, whose two daughters died at the ground, said the families had been vindicated after "
        "years of being disbelieved."
    )
    daughters = claim_with(text, "two daughters")
    assert daughters.attribution == "" and daughters.source is None
    inverted = claim_with("At least 30 people died, said Health Minister Duane Sands.", "30 people")
    assert "Duane Sands" in inverted.attribution
