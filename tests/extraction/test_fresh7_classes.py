"""Subject classes in the fresh7 forms, with sentences of other stories: ballots, firms and train
carriages are things counted; deputies are people."""

from __future__ import annotations

import pytest

from tracker.extraction import extract_claims

from .helpers import PUBLISHED, claim_with


def class_of(text: str, quote: str) -> str:
    return claim_with(text, quote).subject_class


@pytest.mark.parametrize(
    ("text", "quote", "expected"),
    [
        ("The electoral board said 3,104,220 ballots had been counted.", "3,104,220 ballots", "objects"),
        (
            "Since the vote, 412 firms have moved their registered offices out of the region.",
            "412 firms",
            "objects",
        ),
        ("Some 230 companies have closed their plants, the chamber said.", "230 companies", "objects"),
        ("Nine carriages of the night train overturned, the operator said.", "Nine carriages", "objects"),
        ("The motion passed with 88 deputies in favour, the speaker said.", "88 deputies", "people"),
    ],
)
def test_subject_classes(text: str, quote: str, expected: str) -> None:
    assert class_of(text, quote) == expected


def test_a_figure_against_counts_what_the_figure_for_counted() -> None:
    text = (
        "The board said 1,204,000 ballots had been counted. Of those, 1,001,300 were for the proposal "
        "and 190,200 against."
    )
    claims = extract_claims(text, published_at=PUBLISHED)
    last = claims[-1]
    assert text[last.char_start : last.char_end].startswith("190,200")
    assert last.subject == "ballots" and last.subject_class == "objects"
