"""An official of "the presidential office" in a story of a country whose presidential office the
registry lists is that office, as its registered names are."""

from __future__ import annotations

from tests.extraction.helpers import claim_with


def test_a_deputy_head_of_the_presidential_office_speaks_for_the_registered_office() -> None:
    text = (
        "LVIV, April 4 - About 6,500 people left Kharkiv by bus on Sunday, said Oksana Bilyk, deputy head of "
        "the presidential office."
    )
    source = claim_with(text, "6,500 people").source
    assert source is not None and source.slug == "ukrainian-presidential-office"
