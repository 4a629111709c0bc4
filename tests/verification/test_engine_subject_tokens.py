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


def test_a_source_lends_a_figure_only_a_subject_of_its_own_class() -> None:
    # the ministry's "more than 2,000 sites" names no crowd: its "282,710 people" stays unnamed and is
    # not compared with another report's 282,710 as if both counted sites
    from verification.engine.keys import key_codes

    from .test_engine import claim, frame

    rows = frame(
        claim(1, metric="count", subject="sites across France", subject_class="objects", value=2000.0,
              source="Gaza Health Ministry"),
        claim(2, metric="count", subject="people", subject_class="people", value=282_710.0,
              source="Gaza Health Ministry"),
        claim(3, metric="count", subject="sites", subject_class="objects", value=12.0,
              source="Gaza Health Ministry", event_id=2),
        claim(4, metric="count", subject="", subject_class="objects", value=3.0,
              source="Gaza Health Ministry", event_id=2),
    )  # fmt: skip
    assert key_codes(rows).inferred.tolist() == [False, False, False, True]
