"""One unconfirmed ministry however the copy names it, and a place's own ministry never another
country's; the ministry a portfolio's minister speaks for; a figure's participle is no one confirming;
"the agency" after a UN organisation named at the top; a tally's finding is its keeper's."""

from __future__ import annotations

from tests.extraction.helpers import claim_with
from tracker.extraction.sources import SourceRegistry

_BEIJING = "BEIJING - China sacked its health minister on Sunday."


def test_an_unconfirmed_ministry_is_one_source_however_the_copy_names_it() -> None:
    registry = SourceRegistry.default()
    names = {
        registry.resolve(mention, _BEIJING).name
        for mention in (
            "the health ministry",
            "the ministry of health",
            "China's health ministry",
            "Health Minister Li Wei",
            "Executive Vice-Minister of Health Gao Qiang",
        )
    }
    assert names == {"China Health Ministry"}


def test_a_place_that_owns_a_ministry_is_its_place_whatever_the_story_is_about() -> None:
    registry = SourceRegistry.default()
    assert registry.resolve("Kuwait's foreign minister", _BEIJING).name == "Kuwait Foreign Ministry"


def test_the_ministry_after_a_portfolios_minister() -> None:
    text = (
        "BEIJING - Vice-Minister of Health Lin Tao told reporters that 212 people were in hospital. "
        "Nationwide, the ministry put the total at 980 cases."
    )
    assert claim_with(text, "212 people").source.name == "China Health Ministry"
    assert claim_with(text, "980 cases").source.name == "China Health Ministry"


def test_a_figures_own_participle_is_no_one_confirming() -> None:
    text = "The minister told a news conference that Shanghai had 96 confirmed cases and 40 suspected ones."
    assert "Shanghai" not in claim_with(text, "40 suspected").attribution
    text = "UNICEF on March 3 said 14 children had died."
    assert claim_with(text, "14 children").source.name.startswith("UNICEF")


def test_the_agency_after_a_un_organisation_named_at_the_top() -> None:
    text = (
        "GENEVA (Wire) - The World Health Organization on Wednesday urged travellers to avoid the region.\n\n"
        "The virus has now infected 1,480 people and killed 53 in 11 countries, according to the agency's "
        "latest tally."
    )
    assert claim_with(text, "1,480 people").source.name == "World Health Organization"


def test_a_tallys_finding_is_its_keepers() -> None:
    text = "A Red Cross tally found 312 bodies in the camp."
    assert "Red Cross" in claim_with(text, "312 bodies").source.name


def test_a_ministry_named_by_its_countrys_adjective_is_the_countrys() -> None:
    registry = SourceRegistry.default()
    assert registry.resolve("the Chinese health ministry", "").name == "China Health Ministry"
    assert registry.resolve("the Sri Lankan health ministry", "").name == "Sri Lanka Health Ministry"
    assert registry.resolve("the New Zealand health ministry", "").name == "New Zealand Health Ministry"
