"""Police officers named by rank speak for their force, and "police" in a story that names a city's
force is that force."""

from __future__ import annotations

import pytest

from tracker.extraction.sources import SourceRegistry


@pytest.fixture(scope="module")
def registry() -> SourceRegistry:
    return SourceRegistry.default()


@pytest.mark.parametrize(
    "phrase",
    [
        "Detective Superintendent Fiona Hale",
        "Chief Constable Andy Marsh",
        "Police Commissioner Jane Doe",
        "Detective Chief Inspector Tom Reed",
        "Assistant Commissioner of Police Ravi Nair",
    ],
)
def test_an_officer_named_by_rank_speaks_for_the_police(registry: SourceRegistry, phrase: str) -> None:
    match = registry.resolve(phrase, "The blaze killed 12 people.")
    assert match is not None and "police" in match.name.lower()


def test_an_officer_in_a_story_of_a_named_force_speaks_for_that_force(registry: SourceRegistry) -> None:
    context = "LONDON - Scotland Yard said 12 people were arrested after the march."
    match = registry.resolve("Detective Superintendent Fiona Hale", context)
    assert match is not None and match.slug == "metropolitan-police"
    bare = registry.resolve("police", context)
    assert bare is not None and bare.slug == "metropolitan-police"


def test_police_elsewhere_in_the_country_are_not_londons(registry: SourceRegistry) -> None:
    match = registry.resolve("police", "MANCHESTER - Police said 22 people died at the arena.")
    assert match is None or match.slug != "metropolitan-police"


@pytest.mark.parametrize("phrase", ["Inspector General Tom Lee", "Commissioner Ursula Berg"])
def test_other_offices_are_not_the_police(registry: SourceRegistry, phrase: str) -> None:
    match = registry.resolve(phrase, "The storm destroyed 40 homes.")
    assert match is None or "police" not in match.name.lower()
