"""Rules found missing on the fresh10 corpus (a ferry's headcount, a tower fire's toll, a fire season's
homes and funds), each on a small hand-built frame."""

from __future__ import annotations

from tests.verification.test_engine import claim, frame, kinds
from verification.engine import compare

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
