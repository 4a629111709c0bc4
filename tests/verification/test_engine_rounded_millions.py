"""An exact figure in millions is written rounded: "15.4 million" retells 15,424,921 and is no lower
figure from the same source; a different figure in millions still conflicts."""

from __future__ import annotations

from tests.verification.test_engine import claim, frame, kinds
from verification.engine import compare

VOTES = {
    "metric": "count",
    "subject": "votes for the winner",
    "subject_class": "other",
    "source": "US government",
}


def _pair(first: float, second: float) -> list[tuple[str, tuple[int, ...]]]:
    return kinds(
        compare(
            frame(
                claim(1, value=first, published_at="2015-03-31T12:00:00Z", **VOTES),
                claim(2, value=second, published_at="2015-04-01T12:00:00Z", **VOTES),
            )
        )
    )


def test_a_rounded_retelling_in_millions_is_no_revision() -> None:
    assert _pair(15_424_921.0, 15_400_000.0) == []


def test_a_different_figure_in_millions_still_conflicts() -> None:
    assert _pair(15_424_921.0, 14_400_000.0) != []


def test_two_rounded_figures_a_tenth_apart_still_conflict() -> None:
    assert _pair(1_200_000.0, 1_100_000.0) != []
