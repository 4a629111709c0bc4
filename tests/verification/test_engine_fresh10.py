"""Rules found missing on the fresh10 corpus (a ferry's headcount, a tower fire's toll, a fire season's
homes and funds), each on a small hand-built frame."""

from __future__ import annotations

import pandas as pd

from tests.verification.test_engine import claim, frame, kinds
from verification.engine import compare
from verification.engine.keys import subject_token

HQ = "Gaza Government Media Office"


def test_a_correction_is_flagged_against_the_figure_its_own_sentence_replaces() -> None:
    # the report's current figure (179, in another sentence) is not what "corrected to 164" replaced
    found = compare(
        frame(
            claim(
                1,
                article_id=7,
                metric="rescued",
                subject="people rescued",
                value=179.0,
                source=HQ,
                sentence="Nine bodies had been recovered and 179 people rescued, it said.",
            ),
            claim(
                2,
                article_id=7,
                metric="rescued",
                subject="people rescued",
                value=368.0,
                source=HQ,
                sentence=(
                    "On Wednesday afternoon the headquarters said 368 people had been rescued, only to "
                    "correct it hours later to 164, blaming double counting."
                ),
            ),
            claim(
                3,
                article_id=7,
                metric="rescued",
                subject="people rescued",
                value=164.0,
                source=HQ,
                sentence=(
                    "On Wednesday afternoon the headquarters said 368 people had been rescued, only to "
                    "correct it hours later to 164, blaming double counting."
                ),
            ),
        )
    )
    assert kinds(found) == [("revision_down", (2, 3))]


HEADCOUNT_HISTORY = (
    "Officials first said 477 people were aboard, lowered that to 459 and then raised it to 462 before "
    "settling on Thursday's figure."
)


def _aboard(claim_id: int, value: float, **fields: object) -> dict[str, object]:
    return claim(claim_id, metric="count", subject="people on board", value=value, source=HQ, **fields)


def test_a_figure_the_report_tells_as_what_the_source_first_said_is_not_what_it_stands_by() -> None:
    rows = (
        _aboard(1, 475.0, article_id=7, sentence="The headquarters said 475 people had been on board."),
        _aboard(2, 477.0, article_id=7, sentence=HEADCOUNT_HISTORY),
        _aboard(3, 459.0, article_id=7, sentence=HEADCOUNT_HISTORY),
        _aboard(4, 462.0, article_id=7, sentence=HEADCOUNT_HISTORY),
        _aboard(5, 476.0, published_at="2024-09-15T10:00Z", sentence="The ferry carried 476 people."),
    )
    assert not any(5 in c.claim_ids for c in compare(frame(*rows)))


def test_a_first_figure_told_alone_is_still_the_one_a_later_lower_figure_revises() -> None:
    # nothing else in that report says what the source gives now: its first figure is the last known
    rows = (
        _aboard(2, 477.0, article_id=7, sentence=HEADCOUNT_HISTORY),
        _aboard(5, 470.0, published_at="2024-09-15T10:00Z", sentence="The ferry carried 470 people."),
    )
    assert kinds(compare(frame(*rows))) == [("revision_down", (2, 5))]


CORRECTION = (
    "On Wednesday afternoon the headquarters said 368 people had been rescued, only to correct it hours "
    "later to 164, blaming double counting."
)


def test_rescued_and_survivors_are_one_quantity() -> None:
    assert subject_token("people rescued") == subject_token("survivors") == ""
    assert subject_token("students who survived") == subject_token("students rescued")


def test_a_rescue_count_revised_twice_is_flagged_against_the_figure_before_each_time() -> None:
    def rescued(claim_id: int, value: float, subject: str, **fields: object) -> dict[str, object]:
        return claim(claim_id, metric="rescued", subject=subject, value=value, source=HQ, **fields)

    found = compare(
        frame(
            rescued(1, 179.0, "people rescued", article_id=7, sentence="179 people were rescued, it said."),
            rescued(2, 368.0, "people rescued", article_id=7, sentence=CORRECTION),
            rescued(3, 164.0, "people rescued", article_id=7, sentence=CORRECTION),
            rescued(4, 174.0, "survivors", published_at="2024-09-15T10:00Z", sentence="174 survived."),
            rescued(5, 172.0, "survivors", published_at="2024-11-11T10:00Z", sentence="172 survived."),
        )
    )
    revisions = sorted(c.claim_ids for c in found if c.kind == "revision_down")
    # the 368 its own sentence corrected is nobody's figure: 174 revises the 179, 172 the 174
    assert (1, 4) in revisions
    assert any({4, 5} <= set(ids) for ids in revisions)
    assert not any(2 in ids and 4 in ids for ids in revisions)


def _credited(df: pd.DataFrame, names: dict[int, str]) -> pd.DataFrame:
    """``df`` with claims credited to bodies of kind "other" (a source registered but not classified)."""
    ids = {name: n for n, name in enumerate(sorted(set(names.values())), start=10)}
    for claim_id, name in names.items():
        at = df["claim_id"] == claim_id
        df.loc[at, "source_id"] = ids[name]
        df.loc[at, "source_name"] = name
        df.loc[at, "attribution"] = name
        df.loc[at, "source_kind"] = "other"
    return df


def test_patients_are_people() -> None:
    assert subject_token("patients taken to hospital") == subject_token("people taken to hospital")


def test_a_hospital_count_credited_to_two_public_bodies_is_an_attribution_conflict() -> None:
    # "London Fire Brigade" and "NHS England" are bodies, not people speaking for one
    df = frame(
        claim(1, metric="injured", subject="patients taken to hospital", value=74.0, source=""),
        claim(2, metric="injured", subject="people taken to hospital", value=74.0, source=""),
    )
    found = compare(_credited(df, {1: "NHS England", 2: "London Fire Brigade"}))
    assert kinds(found) == [("attribution_conflict", (1, 2))]


def test_a_figure_credited_to_a_body_and_to_a_named_person_is_still_not_a_conflict() -> None:
    df = frame(
        claim(1, metric="injured", subject="people taken to hospital", value=74.0, source=""),
        claim(2, metric="injured", subject="people taken to hospital", value=74.0, source=""),
    )
    assert compare(_credited(df, {1: "London Fire Brigade", 2: "Irina Volkova"})) == []


def test_a_figure_lowered_to_is_a_revision_though_the_sentence_goes_on_to_a_rise() -> None:
    rows = (
        _aboard(2, 477.0, article_id=7, sentence=HEADCOUNT_HISTORY),
        _aboard(3, 459.0, article_id=7, sentence=HEADCOUNT_HISTORY),
        _aboard(4, 462.0, article_id=7, sentence=HEADCOUNT_HISTORY),
    )
    assert kinds(compare(frame(*rows))) == [("revision_down", (2, 3))]


def test_a_figure_revised_up_to_is_no_revision_down() -> None:
    told = "The agency first said 90 people were aboard, then revised that up to 95, and later to 80."
    rows = (
        _aboard(1, 90.0, article_id=7, sentence=told),
        _aboard(2, 95.0, article_id=7, sentence=told),
    )
    assert compare(frame(*rows)) == []
