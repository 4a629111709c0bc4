"""A crowd a story recalls from another year does not decide where this story's crowds were."""

from __future__ import annotations

from datetime import UTC, datetime

from tracker.extraction import extract_claims


def _subjects(text: str) -> dict[float, str]:
    claims = extract_claims(text, published_at=datetime(2024, 5, 12, 20, tzinfo=UTC))
    return {c.value: c.subject for c in claims if c.metric == "count"}


def test_a_one_city_story_settles_its_place_less_counts_despite_a_recalled_crowd_elsewhere() -> None:
    text = (
        "TBILISI — Tens of thousands marched through the Georgian capital on Sunday against the bill.\n\n"
        "Organisers put the turnout at 200,000. Police said 50,000 people had taken part.\n\n"
        "The march rivalled a rally of an estimated 100,000 people in Batumi in 2019."
    )
    subjects = _subjects(text)
    assert subjects[200_000] == subjects[50_000]
    assert "Tbilisi" in subjects[200_000]
    assert "Tbilisi" not in subjects[100_000]
    # "through the Georgian capital" is the capital, not a place called "Georgian"
    assert subjects[20_000] == subjects[200_000]


def test_a_count_credited_to_another_countrys_organisers_does_not_take_the_last_citys_place() -> None:
    text = (
        "In Madrid, some 80,000 rallied outside parliament, organisers said. "
        "Portuguese organisers counted more than 40,000.\n\n"
        "In Athens, 20,000 marched, police said. Greek police said 5,000 more joined later."
    )
    subjects = [c.subject for c in extract_claims(text)]
    assert subjects[0] == "turnout in Madrid" and "Madrid" not in subjects[1]
    assert subjects[2] == subjects[3] == "turnout in Athens"  # the same country's police: the same city
