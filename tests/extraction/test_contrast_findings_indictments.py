"""A contrasting clause's speaker does not speak for the figure before it; a finding goes on into its
contrast; an indictment is a document a figure is given by; a postposed source closing a relative
clause of counts speaks for those counts only."""

from __future__ import annotations

from tests.extraction.helpers import claim_with, claims_of


def test_a_contrasting_clauses_speaker_keeps_to_its_own_figure() -> None:
    text = (
        "Across the country, police estimates added up to about 90,000, while the organisers, the Rainbow "
        "Alliance of teachers' unions and student groups, claimed 400,000."
    )
    assert "organisers" not in claim_with(text, "90,000").attribution
    assert "police" in claim_with(text, "90,000").attribution
    assert "Rainbow Alliance" in claim_with(text, "400,000").attribution


def test_a_finding_goes_on_into_its_contrast() -> None:
    text = (
        "A poll published on Monday by the Ipsos institute found that 61 percent of voters back the "
        "reform, while only 22 percent oppose it."
    )
    assert "Ipsos" in claim_with(text, "22 percent").attribution


def test_according_to_the_indictment() -> None:
    text = "The attack on the market, which killed 19 people and wounded 77, according to the indictment."
    assert "indictment" in claim_with(text, "19 people").attribution


def test_a_source_closing_a_relative_clause_of_counts_speaks_for_them_only() -> None:
    text = (
        "A court convicted four men over the fire at the club in 2019, which killed 64 people and injured "
        "150, according to the indictment."
    )
    # the four are the court's verdict, never the indictment's
    assert claim_with(text, "four men").attribution.startswith("A court convicted")
    assert "indictment" in claim_with(text, "64 people").attribution


def test_its_own_accounts_are_the_books_of_the_body_whose_debts_are_counted() -> None:
    text = "The airline's losses have passed 900 million euros, according to its own accounts."
    assert "the airline" in claim_with(text, "900 million euros").attribution.lower()


def test_a_sum_set_by_someone_is_theirs() -> None:
    text = "Each family received 40,000 pesos, a sum set by the regional government."
    assert "regional government" in claim_with(text, "40,000 pesos").attribution


def test_an_allegation_is_its_accusers_figure() -> None:
    assert (
        "Prosecutors" in claim_with("Prosecutors accuse her of taking $2 million.", "$2 million").attribution
    )
    assert claim_with("She was accused of taking $2 million.", "$2 million").attribution == ""


def test_those_are_the_findings_of_a_named_body() -> None:
    text = (
        "Nineteen people died in the fire, among them seven children. Those are the findings of Amnesty "
        "International, whose staff spoke to survivors. The London-based group said it had counted 40 "
        "injured."
    )
    assert "Amnesty" in claim_with(text, "Nineteen people").attribution
    injured = claim_with(text, "40")
    assert injured.source is not None and "Amnesty" in injured.source.name


def test_by_the_count_of_a_named_body() -> None:
    text = "The raid destroyed the clinic, killing 31 people by the count of Doctors Without Borders."
    assert "Doctors Without Borders" in claim_with(text, "31 people").attribution


def test_a_country_governments_figures_at_the_end_of_a_recalled_war_toll() -> None:
    text = (
        "The shelling came a week into a war that killed about 900 people, most of them civilians, "
        "according to Georgian government figures."
    )
    assert "government figures" in claim_with(text, "about 900 people").attribution


def test_an_outbreaks_admissions_are_the_sick_and_its_cases_no_deaths() -> None:
    text = "Since the outbreak began, 9,300 people were admitted to hospital with cholera."
    assert claim_with(text, "9,300 people").metric == "affected"
    text = "The ministry counts 1,800 deaths and 61,000 cases since the outbreak began."
    assert claim_with(text, "61,000 cases").metric == "count"


def test_the_verb_before_people_in_a_relative_clause_says_what_befell_them() -> None:
    text = "The shells hit the school, killing 40 villagers who had taken refuge there."
    assert claim_with(text, "40 villagers").metric == "killed"


def test_a_study_published_in_a_journal_is_the_journals() -> None:
    text = (
        "The outbreak could kill 8,000 people by March, according to a study published on Monday in The BMJ."
    )
    assert "The BMJ" in claim_with(text, "8,000 people").attribution


def test_the_agency_after_a_un_health_organisation_named_in_full() -> None:
    text = (
        "The Pan American Health Organization has planned for 300,000 cases. The agency said on Friday that "
        "it had counted 91,000 so far."
    )
    claim = claim_with(text, "91,000")
    assert claim.source is not None and "Pan American Health Organization" in claim.source.name


def test_made_ill_is_affected() -> None:
    text = "The contaminated water could make 40,000 people ill, officials warned."
    assert claim_with(text, "40,000 people").metric == "affected"


def test_they_after_associations_that_have_never_accepted_a_figure() -> None:
    text = "Survivors' associations have never accepted the count. They say more than 700 people drowned."
    assert "associations" in claim_with(text, "700 people").attribution.lower()


def test_a_day_range_an_idiom_and_a_rate_base_are_no_figures() -> None:
    text = "Between March 3 and 5, rescuers found 41 bodies."
    assert [c.value for c in claims_of(text)] == [41]
    assert [c.value for c in claims_of("The flood split the town in two, and 12 people died.")] == [12]
    text = "Gas will cost $190 per thousand cubic metres, and 8 deaths per 100,000 people were recorded."
    assert [c.value for c in claims_of(text)] == [190, 8]
    dateline = "LAGOS, Nigeria, May 25 - Nineteen people died in the crash."
    assert [c.value for c in claims_of(dateline)] == [19]
