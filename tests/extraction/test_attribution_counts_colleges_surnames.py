"""Who says so, in forms the untuned corpora showed missing: a plural subject that counts, a college,
strikers and authors who speak, a titled person known after by surname (never "the company"), a name
described as an institute just after its attribution, ownerless early estimates, and a figure put
forward at a dated time by its source."""

from __future__ import annotations

from tests.extraction.helpers import claim_with


def test_a_plural_subject_that_counts_the_dead() -> None:
    text = "Survivors' groups count 212 dead, including three firefighters."
    assert "Survivors' groups" in claim_with(text, "212 dead").attribution


def test_a_college_strikers_and_authors_speak() -> None:
    text = "The college said 31 of its students were still unaccounted for on Sunday."
    assert "college" in claim_with(text, "31 of its students").attribution
    text = "The strikers say they earn about 5,000 rand a month."
    assert "strikers" in claim_with(text, "5,000 rand").attribution
    text = "The dead amounted to 3.1 percent of the district's population, the authors found."
    assert "authors" in claim_with(text, "3.1 percent").attribution


def test_the_company_is_never_a_titled_person_known_by_surname() -> None:
    text = (
        "Police shot dead 12 miners at the mine, according to Regional Commissioner Thandi Mokoena. "
        "Mokoena told reporters that 80 people had been arrested. The company says its drillers earn "
        "about 9,000 rand a month."
    )
    pay = claim_with(text, "9,000 rand")
    assert "Mokoena" not in pay.attribution
    assert pay.source is None or "Police" not in pay.source.name


def test_a_name_described_as_an_institute_right_after_its_attribution() -> None:
    text = (
        "The Global Climate Institute said 20,000 people died across the continent. A study by Ineris, "
        "the national institute for industrial risks, found that 4,100 more people died in the country. "
        "Deaths among women rose by 55 percent, the institute said."
    )
    assert claim_with(text, "55 percent").source.name == "Ineris"


def test_early_estimates_are_no_ones() -> None:
    text = "Early estimates put the toll at 2,400."
    toll = claim_with(text, "2,400")
    assert toll.source is None
    assert toll.attribution == ""
    text = "Initial reports said 16 people had died."
    assert claim_with(text, "16 people").source is None


def test_a_figure_put_forward_at_a_dated_time_by_its_source() -> None:
    text = "The 18,000 put forward in March 2011 by the Red Cross was later revised."
    assert "Red Cross" in claim_with(text, "18,000").attribution
