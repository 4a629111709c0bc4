"""An event owning a toll ("the Camp Fire's death toll", "Hurricane Katrina's toll") is no source; a
company fined and ordered to pay is told to, not telling; the court that fined it sets the sums."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Crews found nine more bodies, bringing the Dixie Fire's death toll to 31.", "31"),
        ("Hurricane Ian's toll rose to 1,833 on Friday.", "1,833"),
    ],
)
def test_an_event_owning_a_toll_is_no_source(text: str, quote: str) -> None:
    assert claim_with(text, quote).source is None


def test_a_body_named_fire_still_speaks() -> None:
    text = "Figures from Cal Fire showed 150,000 acres burned."
    assert "cal fire" in claim_with(text, "150,000 acres").attribution.lower()


def test_the_court_that_fined_a_company_sets_the_sums() -> None:
    text = (
        "The operator of the mine was fined $410,000 in the Westport District Court on Friday and "
        "ordered to pay $2.2 million to the families."
    )
    for quote in ("$410,000", "$2.2 million"):
        claim = claim_with(text, quote)
        assert "westport district court" in claim.attribution.lower()
