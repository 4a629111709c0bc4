"""A body named by its trade owns its documents ("the carrier's breakdown of nationalities", "the
company's list"), which point back at the body the story named; a sentence whose subject is that
document ("The list also named ...") goes on with what the document gave."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with

STORY = "The ferry left Piraeus with 412 passengers and 31 crew, Blue Star Ferries said.\n\n{second}"


@pytest.mark.parametrize(
    "second",
    [
        "According to the company's breakdown of nationalities, at least 120 of the passengers were Greek.",
        "The carrier's first list showed that at least 120 of the passengers were Greek.",
    ],
)
def test_a_trade_owner_of_a_document_is_the_body_named_before(second: str) -> None:
    claim = claim_with(STORY.format(second=second), "at least 120")
    assert claim.source is not None and claim.source.name == "Blue Star Ferries"


def test_the_document_as_subject_carries_its_owner_to_the_next_figures() -> None:
    text = STORY.format(
        second=(
            "According to the company's breakdown of nationalities, at least 120 of the passengers were "
            "Greek. The list also named 44 Germans and nine Italians."
        )
    )
    for quote in ("44 Germans", "nine Italians"):
        claim = claim_with(text, quote)
        assert claim.source is not None and claim.source.name == "Blue Star Ferries", quote


def test_a_list_with_no_report_before_it_has_no_source() -> None:
    text = "The ferry sank off Chios on Sunday.\n\nThe list of the missing named 44 Germans."
    assert claim_with(text, "44 Germans").source is None
