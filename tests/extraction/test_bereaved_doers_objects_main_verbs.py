"""The bereaved and the doers are counted, not killed; things are never "affected" (places whose people
lose power still are); the main verb of a figure's clause says what befell the people, not the relative
clause that describes them."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Scores of relatives of the victims gathered outside the court.", "Scores of relatives"),
        ("About 40 mothers whose sons were killed in the siege marched on Sunday.", "About 40 mothers"),
        ("The 56 people murdered by three gunmen were remembered on Friday.", "three gunmen"),
    ],
)
def test_the_bereaved_and_the_doers_are_counted(text: str, quote: str) -> None:
    assert claim_with(text, quote).metric == "count"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The strike killed 12 relatives of the journalist.", "12 relatives"),
        ("The blast killed 30 people whose families are still waiting for news.", "30 people"),
    ],
)
def test_the_killed_stay_killed(text: str, quote: str) -> None:
    assert claim_with(text, quote).metric == "killed"


def test_things_are_counted_not_affected() -> None:
    text = "Regulators identified about 40,000 affected vehicles, and 300 schools in the affected districts closed."
    assert claim_with(text, "40,000").metric == "count"
    assert claim_with(text, "300 schools").metric == "count"
    homes = "More than 600,000 homes were without power on Monday."
    assert claim_with(homes, "600,000").metric == "affected"


@pytest.mark.parametrize(
    ("text", "quote", "metric"),
    [
        ("Firefighters rescued about 45 people who had been trapped in the tunnel.", "45 people", "rescued"),
        (
            "Some 120 climbers who were stranded on the ridge were evacuated by helicopter.",
            "120",
            "evacuated",
        ),
        ("Police arrested 19 men who had been missing since the riot.", "19 men", "detained"),
    ],
)
def test_the_main_verb_says_what_befell_them(text: str, quote: str, metric: str) -> None:
    assert claim_with(text, quote).metric == metric
