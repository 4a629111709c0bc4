"""A named body's tally of others' figures is its own; the giver of a figure the copy compares with is
not this figure's; time adverbials and quantifiers open no name; a news agency's count "had stood at"
is the toll; National Guard members are soldiers; Swiss francs are money."""

from __future__ import annotations

from tests.extraction.helpers import claim_with


def test_a_named_body_s_tally_of_official_figures_is_its_own() -> None:
    claim = claim_with("A Reuters tally of official figures shows 512 people have died.", "512")
    assert claim.source is not None and claim.source.name == "Reuters"


def test_the_giver_of_the_figure_compared_with_is_not_this_figure_s() -> None:
    text = "Hospitals counted more than 900 dead, far above the toll Freedonia has given."
    claim = claim_with(text, "900")
    assert "Freedonia" not in claim.attribution


def test_a_time_adverbial_opens_no_source_name() -> None:
    claim = claim_with("Last year Ruritania sent 46,000 pilgrims, its ministry said.", "46,000")
    assert claim.source is not None and "Last Year" not in claim.source.name


def test_a_quantifier_opens_no_source_name() -> None:
    claim = claim_with("Many police departments reported 969 arrests.", "969")
    assert claim.source is not None and not claim.source.name.lower().startswith("many")


def test_an_agency_s_count_that_stood_at_a_figure_is_the_toll() -> None:
    text = "The earthquake killed at least 8,500 people. Xinhua's count had stood at nearly 9,000 late on Monday."
    claim = claim_with(text, "9,000")
    assert claim.metric == "killed" and claim.subject != "late"


def test_guard_members_are_soldiers() -> None:
    claim = claim_with("More than 17,000 Guard members had been activated across the country.", "17,000")
    assert claim.subject_class == "soldiers"


def test_swiss_francs_are_money() -> None:
    claim = claim_with("The Red Cross released about 20 million Swiss francs.", "20 million")
    assert (claim.metric, claim.currency) == ("money", "CHF")


def test_its_body_opening_a_sentence_belongs_to_the_country_the_sentence_before_named() -> None:
    text = (
        "Iran has suffered the heaviest losses. Its Hajj and Pilgrimage Organisation says 464 Iranians died."
    )
    claim = claim_with(text, "464")
    assert claim.source is not None and claim.source.name.startswith("Iran")


def test_the_pollster_of_a_share_is_its_source() -> None:
    text = "In a Pew Research Center poll conducted in May, 31 percent of adults said they had donated."
    claim = claim_with(text, "31 percent")
    assert claim.source is not None and "Pew" in claim.source.name


def test_a_named_count_that_passed_a_mark_is_the_counter_s() -> None:
    claim = claim_with("The Reuters count of arrests nationwide passed 4,000 on Friday.", "4,000")
    assert claim.source is not None and claim.source.name == "Reuters"


def test_who_arrested_or_charged_people_counted_them() -> None:
    claim = claim_with("Prosecutors charged 11 people with manslaughter.", "11 people")
    assert claim.source is not None and "rosecutor" in claim.source.name


def test_floodwaters_that_charged_through_homes_give_no_figure() -> None:
    assert claim_with("Floodwaters charged through 40 homes.", "40 homes").attribution == ""


def test_countries_repeating_a_count_elliptically_give_their_own() -> None:
    text = "Ghana's pilgrimage board has put its dead at 41, Mali at 38 and Chad at 12."
    assert claim_with(text, "38").attribution == "Mali"
    assert claim_with(text, "12").attribution == "Chad"


def test_who_made_a_gift_gave_it() -> None:
    claim = claim_with(
        "Of the foreign donors, Norway made the largest single gift, $30 million.", "$30 million"
    )
    assert "Norway" in claim.attribution


def test_a_fund_a_government_set_up_is_its_money() -> None:
    claim = claim_with(
        "That sum includes a 90 billion rupee fund the state government set up in May.", "90 billion"
    )
    assert "state government" in claim.attribution


def test_the_killing_of_a_man_names_an_event_not_the_verb_of_a_crowd() -> None:
    text = "About 2 million people marched after the killing of Juan Ortega, organisers said."
    assert claim_with(text, "2 million").metric == "count"


def test_a_state_government_is_not_the_nation_s() -> None:
    text = (
        "MUMBAI, India, July 3 - Floods in Assam have killed 54 people, according to the state government. "
        "India's government has sent troops."
    )
    claim = claim_with(text, "54")
    assert claim.source is not None and "India" not in claim.source.name
