"""A dateline opening a story is no part of the body its first sentence names."""

from __future__ import annotations

from tests.extraction.helpers import claim_with


def test_a_datelined_body_with_an_aside_is_named_without_the_place() -> None:
    text = (
        "TALLINN - The ministry, which was criticised for its slow response, announced a 6 million euro "
        "emergency fund."
    )
    claim = claim_with(text, "6 million euro")
    assert claim.source is None or "TALLINN" not in claim.source.name.upper()
    assert "TALLINN" not in claim.attribution
