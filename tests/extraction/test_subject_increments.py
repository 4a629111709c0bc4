"""An increment ("12 more bodies", "300 additional troops") counts the noun after it."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with


@pytest.mark.parametrize(
    ("text", "quote", "subject", "cls"),
    [
        ("Divers recovered 12 more bodies from the river on Monday.", "12 more bodies", "bodies", "people"),
        (
            "The ministry sent 300 additional troops to the border.",
            "300 additional troops",
            "troops",
            "soldiers",
        ),
        (
            "Officials said 40 further families were moved to shelters.",
            "40 further families",
            "families",
            "other",
        ),
    ],
)
def test_the_noun_after_the_increment_is_the_subject(text: str, quote: str, subject: str, cls: str) -> None:
    claim = claim_with(text, quote)
    assert claim.subject == subject
    assert claim.subject_class == cls


def test_a_bare_increment_before_a_verb_has_no_noun() -> None:
    claim = claim_with("Two more died in hospital on Tuesday, doctors said.", "Two")
    assert claim.subject in ("", "people")
    assert claim.metric == "killed"
