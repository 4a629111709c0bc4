"""Police officers and officers of one story are one count; other officers stay apart."""

from __future__ import annotations

from tests.verification.test_engine import claim, frame, kinds
from verification.engine import compare
from verification.engine.keys import subject_token


def test_police_officers_are_the_officers_of_the_story() -> None:
    assert subject_token("police officers") == subject_token("officers")
    assert subject_token("army officers") != subject_token("officers")


def test_one_count_of_officers_credited_to_two_bodies_is_an_attribution_conflict() -> None:
    sent = {"metric": "count", "subject_class": "people", "value": 140.0}
    found = compare(
        frame(
            claim(1, subject="police officers", source="Gaza Civil Defence", **sent),
            claim(2, subject="officers", source="Gaza Health Ministry", published_at="2024-08-12T12:00:00Z", **sent),
        )
    )  # fmt: skip
    assert [k for k, _ in kinds(found)] == ["attribution_conflict"]
