"""People named by the work they were sent to do are people, never "other"."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Chile's disaster agency said it had sent 380 personnel to the valley.", "380 personnel"),
        ("Some 120 first responders and 40 engineers were at the collapsed bridge.", "120 first responders"),
        ("Some 120 first responders and 40 engineers were at the collapsed bridge.", "40 engineers"),
        ("The agency flew in 25 technicians to inspect the dam.", "25 technicians"),
    ],
)
def test_workers_sent_to_a_site_are_people(text: str, quote: str) -> None:
    assert claim_with(text, quote).subject_class == "people"


def test_soldiers_stay_soldiers() -> None:
    assert (
        claim_with("About 2,000 soldiers were sent to the valley.", "2,000 soldiers").subject_class
        == "soldiers"
    )
