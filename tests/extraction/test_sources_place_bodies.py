"""A place named with a body of its own ("the Lyon fire brigade", "the Lyon prosecutor's office") is that
body, not the national government the bare place name stands for; and a body whose own words name its
country ("the Haitian government", "the Kazan region's health ministry") is never another country's that
the story also names."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with
from tracker.extraction.sources import SourceRegistry


@pytest.fixture(scope="module")
def registry() -> SourceRegistry:
    return SourceRegistry.default()


@pytest.mark.parametrize(
    "phrase",
    [
        "the Paris fire brigade",
        "the Paris prosecutor's office",
        "French radio Sud Info",
        "the Friends of the Louvre de Paris",
        "the Tokyo fire brigade",
    ],
)
def test_a_place_with_a_body_of_its_own_is_no_government(registry: SourceRegistry, phrase: str) -> None:
    match = registry.resolve(phrase)
    assert match is not None and not (match.known and match.kind == "government")


def test_a_country_named_alone_still_speaks_for_its_government(registry: SourceRegistry) -> None:
    for phrase in ("Japan authorities", "Tokyo", "France"):
        match = registry.resolve(phrase)
        assert match is not None and match.known and match.kind == "government"


def test_a_body_naming_its_own_region_is_not_the_other_countrys() -> None:
    text = (
        "KYIV, Oct. 2 - Ukraine's health ministry said 40 people were hurt in Kharkiv.\n\n"
        "Across the border, the Belgorod region's health ministry said 12 people were hurt, and the "
        "Russian government said 300 homes were damaged."
    )
    source = claim_with(text, "12 people").source
    assert source is not None and "Ukrain" not in source.name


def test_a_demonym_government_is_its_own_country_not_the_storys_donor() -> None:
    text = (
        "WASHINGTON, March 31 - The United States pledged $1.1 billion at the donors' conference.\n\n"
        "The Bolivian government said rebuilding would cost $9.9 billion."
    )
    source = claim_with(text, "$9.9 billion").source
    assert source is not None and source.slug != "white-house" and "Bolivia" in source.name
