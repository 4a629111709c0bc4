"""A breakdown of a toll whose subset is named away from the figure: in the predicate ("Eleven of the
dead were aid workers"), before it ("Children made up 41 of the dead"), or in an elided member ("and
adults 77"). The figure keeps the whole's metric; only its subject is the subset's."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with


@pytest.mark.parametrize(
    ("text", "quote", "subject", "cls", "metric"),
    [
        (
            "Children made up 41 of the dead and adults 77, the ministry said.",
            "41",
            "children",
            "children",
            "killed",
        ),
        (
            "Children made up 41 of the dead and adults 77, the ministry said.",
            "77",
            "adults",
            "people",
            "killed",
        ),
        (
            "Girls accounted for 63 of those injured and boys for 29, the hospital said.",
            "63",
            "girls",
            "children",
            "injured",
        ),
        (
            "Girls accounted for 63 of those injured and boys for 29, the hospital said.",
            "29",
            "boys",
            "children",
            "injured",
        ),
        (
            "Eleven of the dead were aid workers, the agency said.",
            "Eleven",
            "aid workers",
            "civilians",
            "killed",
        ),
        (
            "Seventeen of the injured were tourists, the governor said.",
            "Seventeen",
            "tourists",
            "people",
            "injured",
        ),
    ],
)
def test_the_subset_named_away_from_the_figure(
    text: str, quote: str, subject: str, cls: str, metric: str
) -> None:
    claim = claim_with(text, quote)
    assert claim.subject == subject
    assert claim.subject_class == cls
    assert claim.metric == metric


def test_every_member_of_an_of_the_dead_sentence_names_its_own_subset() -> None:
    text = (
        "At least 212 people were killed in the fire, the ministry said. "
        "Of the dead, 64 were children and 90 adults, and 31 were migrant workers."
    )
    claim = claim_with(text, "31")
    assert claim.subject == "migrant workers"
    assert claim.subject_class == "people"
    assert claim.metric == "killed"


def test_of_the_injured_predicate_noun_is_the_subject() -> None:
    claim = claim_with("Of the injured, 30 were police officers and 12 firefighters, officials said.", "30")
    assert claim.subject == "police officers"
    assert claim.metric == "injured"


@pytest.mark.parametrize(
    ("text", "subject", "metric"),
    [
        ("The number of wounded almost tripled in two days to 318, doctors said.", "wounded", "injured"),
        ("The number of missing more than doubled overnight to 57, police said.", "missing", "missing"),
    ],
)
def test_an_adverb_after_the_number_of_is_not_part_of_the_subject(
    text: str, subject: str, metric: str
) -> None:
    claim = claim_with(text, text.split(" to ")[-1].split(",")[0])
    assert claim.subject == subject
    assert claim.metric == metric


def test_a_preposition_after_the_number_of_stays_in_the_subject() -> None:
    claim = claim_with("The number of people held over the riots has reached 85, police said.", "85")
    assert claim.metric == "detained"
