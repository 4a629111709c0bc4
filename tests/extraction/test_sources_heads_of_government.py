"""A head of government named by title and name speaks for their country's government, and a country
named alone as a speaker or donor is its government: one body, however the copy names it."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with, claims_of
from tracker.extraction.sources import SourceRegistry


@pytest.fixture(scope="module")
def registry() -> SourceRegistry:
    return SourceRegistry.default()


def _source(text: str, quote: str) -> str:
    claim = claim_with(text, quote)
    return claim.source.name if claim.source is not None else ""


def test_a_bare_prime_minister_leads_the_country_the_paragraph_names() -> None:
    text = (
        "OTTAWA, May 20 (Northwind Wire) - Donors met in Ottawa on Tuesday.\n\n"
        "Canada made the largest single offer. Prime Minister Elena Voss announced a package of "
        "C$800 million for the region over four years."
    )
    assert _source(text, "C$800 million") == "Canada Government"


def test_a_chancellor_leads_the_country_named_before_him_in_the_sentence() -> None:
    text = (
        "NAIROBI, May 20 (Northwind Wire) - Kenya asked donors for help after the floods.\n\n"
        "Spain has promised 40 million euros, Chancellor Tomas Adler said this week, and Japan's pledge "
        "stands at $25 million."
    )
    first = _source(text, "40 million euros")
    assert first == "Spanish Government"
    assert first == _source(text.replace("Chancellor Tomas Adler said", "Spain said"), "40 million euros")


def test_a_bare_prime_minister_with_no_place_in_the_paragraph_leads_the_storys_country() -> None:
    text = (
        "ACCRA, May 20 (Northwind Wire) - Ghana counted its losses on Tuesday after the floods.\n\n"
        "Prime Minister Kofi Mensah said 3,400 homes had been destroyed."
    )
    assert _source(text, "3,400 homes") == "Ghana Government"


@pytest.mark.parametrize(
    "phrase",
    ["Canadian Prime Minister Elena Voss", "Canada's prime minister", "Canada", "Canada's"],
)
def test_a_country_and_its_named_head_are_one_source(registry: SourceRegistry, phrase: str) -> None:
    match = registry.resolve(phrase)
    assert match is not None and match.name == "Canada Government"
    assert match.slug == registry.resolve("the government", "OTTAWA - Canada said ...").slug  # type: ignore[union-attr]


def test_a_registered_government_answers_for_its_chancellor(registry: SourceRegistry) -> None:
    match = registry.resolve("German Chancellor Lena Brandt")
    assert match is not None and match.slug == "german-government"


@pytest.mark.parametrize(
    "phrase", ["Vice Chancellor Emil Kraus", "Former Prime Minister Ada Roth", "Premier Dana Holt"]
)
def test_a_deputy_a_former_head_or_a_premier_is_no_voice_of_the_government(phrase: str) -> None:
    text = (
        f"SYDNEY, May 20 (Northwind Wire) - Australia counted the cost.\n\n{phrase} said 210 homes were lost."
    )
    assert "Government" not in _source(text, "210 homes")


def test_a_city_named_alone_is_no_national_government(registry: SourceRegistry) -> None:
    match = registry.resolve("Melbourne")
    assert match is None or "Government" not in match.name


def test_a_titled_giver_after_a_sum_is_no_subject_of_it() -> None:
    text = (
        "Parliament approved $410 million in May, well above the $120 million Prime Minister Ines Marr "
        "had promised in the first week."
    )
    [_, promised] = [c for c in claims_of(text) if c.metric == "money"]
    assert promised.value == 120_000_000 and promised.subject == ""
    assert "Marr" not in promised.quote
