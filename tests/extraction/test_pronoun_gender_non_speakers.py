"""A "he" never stands for a woman named by her title, nor a "she" for a man, nor either for a plural
body or another pronoun; places ("everywhere else"), a gerund's object ("putting Spain's needs at") and
a share of a group ("a handful of senators") never speak."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with


def test_he_is_not_the_congresswoman_quoted_before() -> None:
    text = (
        "Congresswoman Maria Lopez said the bill was a betrayal. The senators went home without a deal. "
        "He said 70 percent of voters wanted the checks."
    )
    claim = claim_with(text, "70 percent")
    assert claim.source is None or "Lopez" not in claim.source.name


def test_she_is_not_the_chairman_quoted_before() -> None:
    text = "Chairman Paul Anders said the fund was empty. She said 4,000 families were owed money."
    claim = claim_with(text, "4,000 families")
    assert claim.source is None or "Anders" not in claim.source.name


def test_she_still_stands_for_the_woman_quoted_before() -> None:
    text = "Health Minister Ana Costa said the clinics were full. She said 310 patients were waiting."
    claim = claim_with(text, "310 patients")
    assert "Ana Costa" in claim.attribution and claim.source is not None


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Porto voted Yes by a wide margin. Everywhere else said No. In Braga, 58.2 percent of voters "
            "rejected the plan.",
            "58.2 percent",
        ),
        (
            "Ministers agreed on Sunday to reopen talks, putting Spain's funding needs at between 30 billion "
            "and 40 billion euros.",
            "between 30 billion and 40 billion euros",
        ),
        (
            "Six Republicans backed the bill, while a handful of Democrats from farm states voted against it.",
            "Six Republicans",
        ),
    ],
)
def test_places_gerunds_and_shares_of_a_group_never_speak(text: str, quote: str) -> None:
    claim = claim_with(text, quote)
    name = claim.source.name.lower() if claim.source is not None else ""
    assert "everywhere" not in name and "putting" not in name and "handful" not in name


def test_the_governors_office_is_the_governor_named_by_his_abbreviated_title() -> None:
    text = (
        "Oregon Gov. Dan Mercer said the fires had destroyed 2,400 homes. The state will need $3.1 billion "
        "to rebuild, the governor's office said."
    )
    claim = claim_with(text, "$3.1 billion")
    assert claim.source is not None and "Dan Mercer" in claim.source.name


def test_the_senator_is_the_one_named_by_the_abbreviation() -> None:
    text = "Sen. Carla Duval said 900 people had lost their homes. The senator said 45,000 acres burned."
    claim = claim_with(text, "45,000 acres")
    assert claim.source is not None and "Carla Duval" in claim.source.name
