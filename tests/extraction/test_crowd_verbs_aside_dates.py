"""People who joined a day's protests, or whom a protest drew, are its turnout; a date set off by
commas after its subject ("The first march, on May 4, drew ...") dates the figure."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extraction.helpers import claim_with


@pytest.mark.parametrize(
    "text",
    [
        "More than 41,000 people joined Sunday's protests against the pension bill, the ministry said.",
        "The second night of demonstrations drew 41,000 people, organisers said.",
    ],
)
def test_people_a_protest_drew_or_who_joined_it_are_its_turnout(text: str) -> None:
    assert claim_with(text, "41,000").subject == "turnout"


def test_people_a_drought_drew_to_camps_are_no_crowd() -> None:
    assert claim_with("The drought drew 5,000 people to the camps.", "5,000").subject != "turnout"


def test_a_date_set_off_after_its_subject_dates_the_figure() -> None:
    claim = claim_with("The first march, on May 4, drew 18,000 people, the organisers said.", "18,000")
    assert claim.as_of == date(2026, 5, 4)


def test_the_aside_date_is_attached_to_the_figure_for_the_event_linker() -> None:
    from tracker.extraction.dates import attached_date

    sentence = "The first march, on May 4, drew 18,000 people, the organisers said."
    assert attached_date(sentence, date(2026, 5, 20), sentence.index("18,000")) == date(2026, 5, 4)
