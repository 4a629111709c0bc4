"""Words that looked like sources and were not: a sentence's opening adverb before "the ministry", a
deadly event that "claimed" lives, charges counted after a verdict, and a body's officer named by the
body alone, who speaks for it; results read out by someone are theirs."""

from __future__ import annotations

from tests.extraction.helpers import claim_with


def test_an_opening_adverb_is_no_name_in_apposition() -> None:
    text = (
        "The national health ministry said on Monday the outbreak was slowing. Nationwide, the ministry "
        "put the total at 2,960 cases."
    )
    total = claim_with(text, "2,960 cases")
    assert "Nationwide" not in (total.source.name if total.source else "")
    assert total.attribution.startswith("the ministry")


def test_a_name_in_apposition_still_speaks() -> None:
    text = "Norsk Hydro, the aluminium group that runs the smelter, said 14 of its staff were missing."
    assert claim_with(text, "14 of its staff").source.name == "Norsk Hydro"


def test_an_event_that_claimed_lives_is_no_speaker() -> None:
    text = "No flood in the region's history had claimed more lives than the 230 who died in 1953."
    assert claim_with(text, "230").attribution == ""


def test_charges_after_a_verdict_are_no_speakers_counts() -> None:
    text = "The court found the former colonel guilty on seven of the 12 counts he faced."
    charges = claim_with(text, "12 counts")
    assert charges.attribution == ""
    assert charges.metric == "count"


def test_a_bodys_officer_named_by_the_body_speaks_for_it() -> None:
    text = (
        "The Central Election Commission said turnout was 71 percent. The commission's chair said the "
        "president won 64.2 percent."
    )
    assert claim_with(text, "64.2 percent").source.name == "Central Election Commission"
    text = (
        "The Central Election Commission said turnout was 71 percent. The president won 64.2 percent, "
        "according to preliminary results read out by the commission's chair."
    )
    assert claim_with(text, "64.2 percent").source.name == "Central Election Commission"


def test_a_places_officer_is_no_place_speaking() -> None:
    text = "As many as 3,000 people may have died, the province's police chief said on Sunday."
    assert (
        claim_with(text, "3,000 people").source is None
        or "Province" not in claim_with(text, "3,000 people").source.name
    )
