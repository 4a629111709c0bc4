"""A body named through a possessive pronoun ("its mayor Jana Roe", "its health ministry") belongs to the
place the sentence named, not to the body quoted before it; the person's later mentions follow."""

from __future__ import annotations

from tests.extraction.helpers import claim_with


def _source(text: str, quote: str) -> str:
    claim = claim_with(text, quote)
    return claim.source.name if claim.source is not None else ""


CITY = (
    "ODESA, May 20 (Northwind Wire) - More than 4,000 homes have been damaged in Kherson since Russia began "
    "shelling the city, its mayor Ivan Petrenko said on Monday.\n\n"
    "On May 2 Petrenko said 1,800 homes had been damaged. He now says 900 families have no water."
)


def test_its_mayor_is_the_mayor_of_the_city_the_sentence_named() -> None:
    assert _source(CITY, "4,000 homes") == "Kherson Mayor's Office"


def test_the_mayor_named_later_by_surname_keeps_the_same_office() -> None:
    first = _source(CITY, "4,000 homes")
    assert _source(CITY, "1,800 homes") == first
    assert _source(CITY, "900 families") == first


def test_its_health_ministry_is_the_country_named_before_it() -> None:
    text = (
        "COLOMBO, May 20 (Northwind Wire) - The floods struck three countries.\n\n"
        "Pakistan was hit hardest, and its figures keep moving: on Sunday its health ministry raised the "
        "count of dead to 410."
    )
    assert _source(text, "410") == "Pakistani Health Ministry"


def test_its_director_is_still_the_body_quoted_before() -> None:
    text = (
        "GENEVA, May 20 (Northwind Wire) - The World Health Organization said 12 clinics had closed, and its "
        "director general said 300 staff had left."
    )
    assert _source(text, "300 staff") == "World Health Organization"
