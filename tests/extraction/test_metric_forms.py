"""Forms of language that decide a figure's metric, subject and subject class: awaited evacuations,
shelters, institutions, things given, the classes of people named by role, and what a sum measures."""

from __future__ import annotations

import pytest

from tracker.extraction import extract_claims


def first(text: str) -> tuple[str, str, str]:
    c = extract_claims(text)[0]
    return c.metric, c.subject, c.subject_class


@pytest.mark.parametrize(
    "text",
    [
        "About 900 residents were crowded on the pier awaiting evacuation when the shelling began.",
        "Some 300 villagers had gathered at the school hoping to be evacuated before nightfall.",
        "Roughly 2,500 passengers, many of them elderly, were at the terminal waiting for evacuation ferries.",
        "Hundreds of families were queueing for evacuation buses at the depot.",
        "About 2,000 tourists were still waiting to be evacuated from the island.",
    ],
)
def test_people_waiting_for_an_evacuation_are_not_evacuated(text: str) -> None:
    assert first(text)[0] == "count"


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers evacuated 1,200 residents from the flooded valley.",
        "More than 600 people were evacuated by boat after the levee failed.",
        "About 300 patients who had waited for days were evacuated on Tuesday.",
    ],
)
def test_evacuations_that_happened_stay_evacuated(text: str) -> None:
    assert first(text)[0] == "evacuated"
