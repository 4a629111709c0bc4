"""Subject tokens: how bodies come to be counted is no part of what is counted."""

from __future__ import annotations

import pytest

from verification.engine.keys import subject_token


@pytest.mark.parametrize(
    ("subject", "token"),
    [
        ("bodies recovered", ""),
        ("recovered bodies", ""),
        ("bodies pulled from the river at Jacmel", "jacmel river"),
        ("remains exhumed in Leogane", "leogane"),
    ],
)
def test_bodies_found_are_the_dead_of_that_place(subject: str, token: str) -> None:
    assert subject_token(subject) == token


def test_recovering_is_kept_where_no_bodies_are_counted() -> None:
    assert subject_token("patients recovered") == "patients recovered"
