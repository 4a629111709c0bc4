"""Metrics in the fresh7 forms, with sentences of other stories: people who set out to rescue others
are not the rescued; people moved out of a storm's path are evacuated."""

from __future__ import annotations

import pytest

from .helpers import claim_with


def metric_of(text: str, quote: str) -> str:
    return claim_with(text, quote).metric


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Dozens of fishermen rushed to the beach to pull survivors from the water.", "Dozens of fishermen"),
        (
            "Hundreds of miners hurried down the shaft to rescue colleagues trapped below.",
            "Hundreds of miners",
        ),
    ],
)
def test_the_rescuers_are_not_the_rescued(text: str, quote: str) -> None:
    assert metric_of(text, quote) != "rescued"


def test_the_rescued_are_still_rescued() -> None:
    assert metric_of("Firefighters pulled 40 survivors from the rubble.", "40 survivors") == "rescued"


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Mozambique moved 20,000 residents out of the cyclone's path on Monday.",
        "Cuba, where authorities moved more than 90,000 people out of its path, was spared.",
    ],
)
def test_moved_out_of_a_storms_path_is_evacuated(text: str) -> None:
    quote = "20,000 residents" if "20,000" in text else "90,000 people"
    assert metric_of(text, quote) == "evacuated"


@pytest.mark.parametrize(
    ("text", "quote", "expected"),
    [
        ("By noon the agency had recorded 64 deaths. Later on Tuesday its tally reached 97.", "97", "killed"),
        (
            "Officials said 4,100 people had been evacuated. By evening the number rose to 5,300.",
            "5,300",
            "evacuated",
        ),
    ],
)
def test_a_running_figure_that_reached_a_new_value_keeps_the_metric(
    text: str, quote: str, expected: str
) -> None:
    assert metric_of(text, quote) == expected
