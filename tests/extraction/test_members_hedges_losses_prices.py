"""A body's size ("a 300-member council") is a count of its members, quoted from no one; "two or three"
is a speaker's hedge between two counts; a town or a country that "lost" people lost them to the event,
and its dead stay its own; a currency named once by its country names the bare ones after it; a price
raised "from" one sum "to" another is two sums; a giver of the sum before a figure gives no toll after
it; and a clause about counted people ("Four men appeared in court") is nobody's attribution."""

from __future__ import annotations

from tests.extraction.helpers import claim_with, claims_of


def test_a_bodys_size_counts_its_members_and_is_nobodys() -> None:
    text = (
        "The general announced that the opposition would hold 67 percent of a 300-member legislative council."
    )
    claim = claim_with(text, "300-member")
    assert (claim.value, claim.metric) == (300.0, "count")
    assert claim.subject.startswith("members of")
    assert claim.source is None and claim.attribution == ""


def test_two_close_counts_joined_by_or_are_a_range() -> None:
    claim = claim_with("The minister said two or three Americans were among the attackers.", "Americans")
    assert (claim.qualifier, claim.value, claim.value_high) == ("range", 2.0, 3.0)
    assert [c.value for c in claims_of("It happened in 2019 or 2020, and 5 or 50 people saw it.")] == [
        5.0,
        50.0,
    ]


def test_a_place_that_lost_people_lost_them_to_the_event() -> None:
    text = "In Haltern am See, which lost 16 students, classmates left candles. Iran lost 464 pilgrims."
    students = claim_with(text, "16 students")
    pilgrims = claim_with(text, "464 pilgrims")
    assert students.metric == pilgrims.metric == "killed"
    assert pilgrims.subject == "pilgrims from Iran"
    assert students.subject == "students from Haltern am See"
    assert claim_with("The airline lost 25 percent of its value.", "25 percent").metric == "percent"


def test_a_currency_named_once_names_the_bare_ones_after_it() -> None:
    text = "The government raised the price of bread from one Sudanese pound to three pounds."
    one, three = claim_with(text, "one Sudanese pound"), claim_with(text, "three pounds")
    assert (one.value, one.currency, one.qualifier) == (1.0, "SDG", "exact")
    assert (three.value, three.currency) == (3.0, "SDG")
    assert claim_with("Tickets cost 40 pounds in London.", "40 pounds").currency == "GBP"


def test_the_giver_of_the_sum_before_gives_no_toll_after_it() -> None:
    text = (
        "The offer comes on top of the up to 50,000 euros per passenger that Lufthansa handed over as aid "
        "after the crash, which killed 148 people."
    )
    assert claim_with(text, "50,000").source is not None
    assert claim_with(text, "148 people").attribution == ""


def test_a_clause_about_counted_people_is_nobodys_attribution() -> None:
    text = "Four men appeared in a Nairobi court on Monday charged with supporting the attackers."
    assert "Four men appeared" not in claim_with(text, "Four men").attribution


def test_what_a_speaker_said_before_is_still_the_speakers() -> None:
    text = (
        "Sudan's health ministry said those numbers were wrong. It puts the toll at 61, after saying on "
        "Thursday that no more than 46 people had been killed."
    )
    told = claim_with(text, "61")
    assert told.source is not None and "Health" in told.source.name
    assert claim_with(text, "46 people").source == told.source


def test_an_inquirys_finding_dated_before_that_is_its_own() -> None:
    text = "A military-appointed inquiry found last month that 87 people were killed at the sit-in."
    assert "inquiry found" in claim_with(text, "87 people").attribution


def test_police_sources_a_paper_cites_are_the_source_over_a_vague_believer() -> None:
    text = (
        "NAIROBI, Nov 4 - The trial opened.\n\nInvestigators now believe only four gunmen carried out the attack, "
        "the Daily Nation newspaper reported, citing police sources. The remains of four attackers have been "
        "recovered, the paper said.\n"
    )
    gunmen = claim_with(text, "four gunmen")
    assert gunmen.source is not None and "Police" in gunmen.source.name
    assert claim_with(text, "four attackers").source == gunmen.source


def test_a_background_figure_told_with_a_deed_is_not_the_doers() -> None:
    text = "The government raised the price of bread to three pounds, with inflation already running at about 70 percent."
    assert claim_with(text, "70 percent").attribution == ""


def test_a_subject_that_did_something_and_said_a_figure_gives_it() -> None:
    text = (
        "Abdalla Hamdok, a former U.N. economist, was sworn in as prime minister on Wednesday and said the "
        "country would need $8 billion in foreign aid."
    )
    claim = claim_with(text, "$8 billion")
    assert claim.source is not None and "Hamdok" in claim.source.name


def test_a_toll_after_its_parts_counts_everyone() -> None:
    text = (
        "The president declared the siege over, saying 61 civilians and six members of the security forces had "
        "been killed, bringing the government's toll to 67."
    )
    assert claim_with(text, "six members").subject == "members of the security forces"
    assert claim_with(text, "67").subject == ""


def test_a_verbs_over_is_no_qualifier() -> None:
    text = (
        "Protesters later handed over 17.85 million rupees in banknotes, police said. Over 300 people died."
    )
    assert claim_with(text, "17.85 million").qualifier == "exact"
    assert claim_with(text, "300 people").qualifier == "more_than"


def test_manats_are_money() -> None:
    claim = claim_with("Azerbaijan set aside 2.2 billion manats for rebuilding.", "2.2 billion")
    assert (claim.metric, claim.currency) == ("money", "AZN")


def test_a_magnitude_measured_it_at_is_no_figure() -> None:
    text = (
        "The U.S. Geological Survey put its magnitude at 6.2, while the national institute measured it at 6.0. "
        "It killed 3 people."
    )
    assert [c.value for c in claims_of(text)] == [3.0]


def test_his_department_is_the_body_of_the_person_quoted_before() -> None:
    text = (
        "ROME, Italy, Aug 27 - The quake hit central Italy.\n\nRescuers pulled 215 people alive from the rubble, "
        "civil protection chief Fabrizio Curcio told reporters. About 2,500 people are sleeping in tent camps, "
        "his department said.\n"
    )
    assert claim_with(text, "2,500").source == claim_with(text, "215 people").source is not None


def test_people_given_shelter_are_displaced_and_tremors_are_counted() -> None:
    text = (
        "Some 15,000 people were being given shelter and meals. Many residents had left the area after two "
        "strong tremors on Wednesday evening."
    )
    assert claim_with(text, "15,000").metric == "displaced"
    assert claim_with(text, "two strong tremors").metric == "count"


def test_officials_of_a_named_body_are_that_body_not_the_outlet_citing_them() -> None:
    text = (
        "ROME, Italy, Oct 31 - The quake hit.\n\nItalian news agency ANSA, citing civil protection officials, "
        "reported that some 15,000 people were being given shelter. The AP, citing unnamed officials, said 40 died.\n"
    )
    shelter = claim_with(text, "15,000")
    assert shelter.source is not None and "Civil Protection" in shelter.source.name
    assert "ANSA" in shelter.attribution
    dead = claim_with(text, "40")
    assert dead.source is not None and dead.source.name == "Associated Press"
