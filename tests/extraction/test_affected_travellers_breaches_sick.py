"""Who a disaster or a breach leaves affected: stranded travellers, the victims of a data breach, the
sick of an outbreak, people at high risk or without enough food; never people trapped in rubble or
things stuck in place."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("About 95,000 Australians were stuck overseas, the foreign ministry said.", "About 95,000"),
        ("Roughly 700,000 passengers a day could not fly, the airlines group said.", "700,000 passengers"),
        ("Some 6 million travellers had their journeys disrupted by the strike.", "6 million travellers"),
        ("Thieves took personal data of 530 million Facebook users, the company said.", "530 million"),
        ("Card numbers belonging to about 40,000 customers were also taken.", "40,000 customers"),
        ("The health ministry reported 870 sick children on Monday.", "870 sick children"),
        ("Up to 2 million children are at high risk of cholera, UNICEF warned.", "2 million children"),
        ("About 9 million people do not have enough food, the WFP says.", "9 million people"),
        ("The storms have touched the lives of some 3 million people.", "3 million people"),
    ],
)
def test_people_left_affected(text: str, quote: str) -> None:
    assert claim_with(text, quote).metric == "affected"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Some 40 people were stuck in the rubble, rescuers said.", "40 people"),
        ("The blizzard left 300 cars stuck on the motorway.", "300 cars"),
    ],
)
def test_stuck_in_rubble_or_things_stuck_are_not_affected_people(text: str, quote: str) -> None:
    assert claim_with(text, quote).metric != "affected"
