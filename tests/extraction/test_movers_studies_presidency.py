"""Bodies that move people out of danger, urge them to leave or link cases give those counts; a study
and a presidency speak; laypeople moving things and a deed a speaker reports give no such figure."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "In Cuba, authorities moved more than 700,000 people out of the storm's path.",
            "700,000",
            "authorities",
        ),
        ("Governor Ana Ruiz urged 90,000 people to leave their homes.", "90,000", "ruiz"),
        ("Health officials have linked 57 cases to the restaurant.", "57 cases", "health officials"),
        ("Excess deaths peaked at about 4,000 a week, the study said.", "4,000", "study"),
        ("In all, 76 girls are still held, the presidency said.", "76 girls", "presidency"),
    ],
)
def test_the_body_acting_or_speaking_gives_the_count(text: str, quote: str, speaker: str) -> None:
    assert speaker in claim_with(text, quote).attribution.lower()


def test_residents_moving_cars_give_no_figure() -> None:
    assert claim_with("Residents moved 300 cars to higher ground.", "300 cars").attribution == ""


def test_a_deed_a_speaker_reports_is_the_speakers_figure() -> None:
    text = "General Ana Ruiz said navy and coast guard boats had together evacuated more than 9,000 people."
    assert "ruiz" in claim_with(text, "9,000").attribution.lower()


def test_a_haul_of_goods_is_the_seizers_count_of_things() -> None:
    claim = claim_with("Customs officers also seized some 3,000 pieces of jewellery.", "3,000 pieces")
    assert (claim.metric, claim.subject_class) == ("count", "objects")
    assert "customs officers" in claim.attribution.lower()


def test_people_seized_are_still_hostages_of_no_counter() -> None:
    claim = claim_with("Gunmen seized 12 people from a bus.", "12 people")
    assert claim.metric == "hostages"
