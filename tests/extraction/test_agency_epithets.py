"""A body's epithet by its field ("the air traffic agency") after the body was quoted by name is that
body, unless the registry knows a body by the epithet ("the UN refugee agency")."""

from __future__ import annotations

from tests.extraction.helpers import claim_with


def _source(text: str, quote: str) -> str:
    claim = claim_with(text, quote)
    return claim.source.name if claim.source is not None else ""


def test_an_agency_epithet_is_the_body_just_quoted() -> None:
    text = (
        "About 17,000 flights were cancelled on Friday, according to Eurocontrol. Only about 9,000 "
        "took off, the air navigation agency said."
    )
    assert _source(text, "9,000") == "Eurocontrol"


def test_an_epithet_the_registry_knows_is_its_own_body() -> None:
    text = "OCHA said 40,000 people were displaced. The UN refugee agency said 12,000 had crossed into Chad."
    assert _source(text, "12,000") == "UNHCR"


def test_an_agency_epithet_after_a_ministry_is_not_the_ministry() -> None:
    text = "The Health Ministry said 40 people died. The disaster management agency said 300 homes collapsed."
    assert "ministry" not in _source(text, "300 homes").lower()
