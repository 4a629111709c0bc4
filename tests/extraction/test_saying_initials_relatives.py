"""A participle of saying after its speaker ("..., saying 350,000 had made the journey"); initials in a
postposed speaker's name; "according to the prosecution"; a body named for an earthquake; commandos
are soldiers; "one of 12 people who drowned"; applications are counted, not displaced; guests "led
out" are evacuated; a force's "losses" are its dead."""

from __future__ import annotations

from tests.extraction.helpers import claim_with


def _source(text: str, quote: str) -> str:
    claim = claim_with(text, quote)
    return claim.source.name if claim.source is not None else ""


def test_a_participle_of_saying_is_its_speakers() -> None:
    text = (
        "The UN refugee agency gave a lower count of arrivals but a higher one of the dead, saying more than "
        "90,000 people had crossed and recording 1,200 deaths since January."
    )
    crossed = claim_with(text, "90,000 people")
    assert "refugee agency" in crossed.attribution
    assert crossed.metric == "count"
    assert claim_with(text, "1,200 deaths").metric == "killed"


def test_initials_stay_in_a_postposed_speakers_name() -> None:
    text = "Six gunmen had been killed and two arrested, said city police chief R.K. Mehta."
    assert "R.K. Mehta" in claim_with(text, "Six gunmen").attribution


def test_according_to_the_prosecution_names_it() -> None:
    text = "According to the prosecution, the gang killed 31 people over two days."
    assert "prosecution" in claim_with(text, "31 people").attribution


def test_a_body_named_for_an_earthquake_is_a_source() -> None:
    text = (
        "The quake destroyed about 90,000 homes, according to the Earthquake Recovery and Housing Authority, "
        "the agency set up to rebuild."
    )
    assert "Earthquake Recovery and Housing Authority" in claim_with(text, "90,000 homes").attribution


def test_commandos_are_soldiers_and_their_verb_decides() -> None:
    text = "Four commandos of the Special Task Force were killed in the assault on the hotel."
    claim = claim_with(text, "Four commandos")
    assert claim.metric == "killed" and claim.subject_class == "soldiers"


def test_one_of_a_number_who_drowned_counts_the_dead() -> None:
    text = "The boy was one of 14 people who drowned when two boats capsized, the coast guard said."
    assert claim_with(text, "14 people").metric == "killed"
    total = "Of the 300 passengers on board, only 104 survived."
    assert claim_with(total, "300 passengers").metric == "count"


def test_applications_are_counted_not_displaced() -> None:
    text = "Figures from the Federal Office for Migration and Refugees show 512,000 applications last year."
    assert claim_with(text, "512,000 applications").metric == "count"


def test_guests_led_out_are_evacuated() -> None:
    text = "Hotel staff said about 300 guests had been led out through the kitchens before dawn."
    assert claim_with(text, "about 300 guests").metric == "evacuated"


def test_a_forces_losses_are_its_dead() -> None:
    assert claim_with("The army put its own losses at 23 soldiers.", "23 soldiers").metric == "killed"
    assert claim_with("The airline put its losses at $40 million.", "$40 million").metric == "money"


def test_figures_a_body_released_are_that_bodys() -> None:
    text = (
        "In the main hall 41 people died, according to figures the Railway Protection Force released later."
    )
    assert _source(text, "41 people") == "Railway Protection Force"


def test_putting_suspects_on_trial_gives_no_figure() -> None:
    text = "Pakistan has put seven suspects on trial, among them the group's commander."
    assert claim_with(text, "seven suspects").attribution == ""


def test_a_proposal_due_to_be_made_is_its_proposers() -> None:
    text = "Commission President Ana Costa is expected to propose on Monday that member states share 90,000 refugees."
    assert "Ana Costa" in claim_with(text, "90,000 refugees").attribution


def test_the_agency_after_a_body_known_by_its_initials_is_that_body() -> None:
    text = "NOAA's first figure was 1,000 barrels a day, and within days the agency had raised it to 5,000 barrels."
    assert _source(text, "5,000 barrels") == "NOAA"


def test_people_convicted_are_counted_not_detained() -> None:
    text = (
        "A court on Monday convicted 9 of the 30 people tried over the collapse. Police arrested 12 people."
    )
    assert claim_with(text, "9").metric == "count"
    assert claim_with(text, "12 people").metric == "detained"


def test_that_includes_gives_the_parts_of_the_figure_just_told() -> None:
    text = "The weather service puts the storm's death toll at 412. That includes 300 people in Alabama and 112 in Georgia."
    part = claim_with(text, "300 people")
    assert part.metric == "killed" and "weather service" in part.attribution.lower()


def test_floodwalls_that_gave_way_are_no_speaker() -> None:
    text = (
        "About 60 percent of the town was under water after the river dikes gave way, the state emergency "
        "agency said."
    )
    assert "emergency agency" in claim_with(text, "60 percent").attribution


def test_smaller_numbers_from_countries_are_people_not_data() -> None:
    text = "The list named 40 Italians and 12 Spaniards, with smaller numbers from Germany and Portugal."
    assert claim_with(text, "40 Italians").attribution == ""


def test_each_side_of_each_chambers_vote_is_its_own_tally() -> None:
    text = (
        "The bill cleared the National Assembly by 312 votes to 240, after the Senate had passed it by 171 votes "
        "to 160. The amendment passed 60 votes to 38."
    )
    assert claim_with(text, "312").subject == "votes in favour (National Assembly)"
    assert claim_with(text, "240").subject == "votes against (National Assembly)"
    assert claim_with(text, "160").subject == "votes against (Senate)"
    sixty = claim_with(text, "60 votes")
    assert sixty.qualifier == "exact" and sixty.subject == "votes in favour"


def test_the_hurricane_center_is_the_national_hurricane_center() -> None:
    text = "Ten years after the storm hit New Orleans, the Hurricane Center puts damage at $108 billion."
    assert _source(text, "$108 billion") == "National Hurricane Center"


def test_a_name_described_by_a_coalition_and_its_members_speaks() -> None:
    text = (
        "Unidos por la Paz, the coalition of church groups, student unions and neighbourhood associations that "
        "organised the march, said 90,000 people had taken part."
    )
    assert "Unidos por la Paz" in claim_with(text, "90,000 people").attribution
    short = "La Voix des Rues, the coalition that organised the march, said 12,000 people took part."
    assert "La Voix des Rues" in claim_with(short, "12,000 people").attribution


def test_organisers_described_by_their_members_speak() -> None:
    text = "The organisers, a collective of tenants' groups, trade unions and student bodies, counted 65,000."
    assert "organisers" in claim_with(text, "65,000").attribution


def test_by_the_police_count_names_the_police() -> None:
    text = "The first march drew 210,000 people by the police count."
    assert "police count" in claim_with(text, "210,000 people").attribution


def test_a_body_described_with_coordinated_words_stays_whole() -> None:
    text = "Associations of deaf and blind veterans say about 12,000 members lost benefits."
    assert "Associations of deaf and blind veterans" in claim_with(text, "12,000 members").attribution


def test_figures_showing_a_count_are_their_owners_even_relayed() -> None:
    text = "The ministry relays Border Agency figures showing about 7,000 guards now deployed."
    assert _source(text, "7,000 guards") == "Border Agency"
    assert claim_with("Protesters were showing 40 banners.", "40 banners").attribution == ""


def test_its_figures_after_a_body_named_by_its_office_are_that_bodys() -> None:
    text = (
        "The weather service puts the storm's death toll at 412.\n\n"
        "Alabama's Department of Public Health uses a narrower measure. Its figures show 388 storm deaths in "
        "the state."
    )
    assert "Department of Public Health" in _source(text, "388 storm deaths")
