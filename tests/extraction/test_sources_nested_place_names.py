"""A place name inside a longer one names no place of its own ("Wales" of "New South Wales"), so a
story of Australia is not counted as one of Britain when "the government" is placed by its context."""

from __future__ import annotations

from tests.extraction.helpers import claim_with
from tracker.extraction.sources import SourceRegistry


def test_the_shorter_name_inside_a_longer_one_is_not_counted() -> None:
    regions = SourceRegistry.default().regions_in("the New South Wales coast")
    assert "United Kingdom" not in regions and "Australia" in regions


def test_the_federal_government_of_a_story_of_new_south_wales_is_australias() -> None:
    text = (
        "HOBART, Feb. 3 - The federal government on Tuesday set aside A$70 million for farmers hit by the "
        "floods in Australia.\n\n"
        "Farm groups in New South Wales said losses in New South Wales alone topped A$900 million, and "
        "growers across New South Wales asked for more."
    )
    source = claim_with(text, "A$70 million").source
    assert source is not None and source.slug != "uk-government"
