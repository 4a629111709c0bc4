"""Who a figure counts: initialisms inside a noun phrase ("U.K. Marines"), service members and the
others counted with them, troops named by nationality, members of an armed group named by a word for
it, the inverted "brought to N the number of X", school students, employees and vehicles."""

from __future__ import annotations

import pytest

from tracker.extraction import extract_claims
from tracker.extraction.types import ExtractedClaim


def claims(text: str) -> list[ExtractedClaim]:
    return extract_claims(text)


def classes(text: str) -> list[str]:
    return [c.subject_class for c in claims(text)]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Fourteen U.K. Marines were hurt in the crash, the ministry said.", "Fourteen U.K. Marines"),
        ("The ambush killed 9 U.N. Peacekeepers, officials said.", "9 U.N. Peacekeepers"),
        ("Six U.S. Navy sailors were missing.", "Six U.S. Navy sailors"),
    ],
)
def test_an_initialism_does_not_cut_the_noun_phrase(text: str, quote: str) -> None:
    c = claims(text)[0]
    assert c.quote == quote
    assert c.subject != "U.K" and c.subject != "U.N" and len(c.subject.split()) >= 2


@pytest.mark.parametrize(
    "text",
    [
        "Fourteen U.K. Marines were hurt in the crash, the ministry said.",
        "The rocket attack killed 7 French service members, the army said.",
        "Two servicewomen died in the helicopter crash.",
        "Eleven other service members were evacuated to Germany for treatment.",
        "The strike wounded 40 service personnel at the base.",
    ],
)
def test_service_members_are_soldiers(text: str) -> None:
    assert classes(text)[0] == "soldiers"


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb killed 8 U.K. soldiers and wounded 21 others near the base, officials said.",
        "A roadside bomb struck a convoy, killing 5 service members and wounding 9 others.",
    ],
)
def test_others_wounded_with_soldiers_are_soldiers(text: str) -> None:
    assert classes(text) == ["soldiers", "soldiers"]


def test_others_wounded_with_people_stay_people() -> None:
    text = "The blast killed 8 people and wounded 21 others, officials said."
    assert classes(text) == ["people", "people"]


def test_nationals_counted_as_the_troops_a_sentence_says_were_lost() -> None:
    text = (
        "Britain had not lost so many troops on one day since May 2006, when a helicopter crashed in "
        "the desert, killing 13 Britons."
    )
    c = claims(text)[0]
    assert (c.value, c.subject_class, c.scope) == (13, "soldiers", "incident")


def test_nationals_stay_people_without_troops() -> None:
    text = "The flood killed 13 Britons on holiday in the valley."
    assert classes(text) == ["people"]


@pytest.mark.parametrize(
    "text",
    [
        "A Hezbollah commander said 14 of the group's members, who had been manning a checkpoint, were among "
        "the dead.",
        "An al-Shabaab spokesman said 9 of its members were killed in the raid.",
    ],
)
def test_members_of_an_armed_group_named_before_are_militants(text: str) -> None:
    c = claims(text)[0]
    assert (c.metric, c.subject_class) == ("killed", "militants")


def test_members_of_a_union_stay_people() -> None:
    assert classes("A union leader said 9 of its members were killed in the raid.") == ["people"]


def test_inverted_number_of_names_the_subject() -> None:
    text = "The crash brought to more than 310 the number of French soldiers killed in the Sahel since 2013."
    c = claims(text)[0]
    assert (c.value, c.metric, c.subject_class) == (310, "killed", "soldiers")
    assert "soldiers" in c.subject


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The district said its 250,000 public school students would stay home.", "children"),
        ("About 3,000 high school students walked out of class.", "children"),
        ("About 3,000 medical school students joined the strike.", "people"),
        ("More than 900 Google employees signed the letter.", "people"),
        ("The charity said 12 employees of the aid group were killed.", "civilians"),
        ("The company ordered 4,000 electric vans and 200 trains.", "objects"),
    ],
)
def test_students_employees_and_vehicles(text: str, expected: str) -> None:
    assert classes(text)[0] == expected


def test_a_record_since_a_date_is_no_running_total() -> None:
    text = "The city had not seen so many protesters since March 2003, when 80,000 people marched."
    c = claims(text)[0]
    assert c.scope == "incident"


def test_a_running_total_since_a_date_stays() -> None:
    text = "As many as 300 people have been killed since March 2, officials said."
    c = claims(text)[0]
    assert c.scope == "cumulative"
