"""Forms of language that decide a figure's metric, subject and subject class: awaited evacuations,
shelters, institutions, things given, the classes of people named by role, and what a sum measures."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with
from tracker.extraction import extract_claims


def first(text: str) -> tuple[str, str, str]:
    c = extract_claims(text)[0]
    return c.metric, c.subject, c.subject_class


@pytest.mark.parametrize(
    "text",
    [
        "About 900 residents were crowded on the pier awaiting evacuation when the shelling began.",
        "Some 300 villagers had gathered at the school hoping to be evacuated before nightfall.",
        "Roughly 2,500 passengers, many of them elderly, were at the terminal waiting for evacuation ferries.",
        "Hundreds of families were queueing for evacuation buses at the depot.",
        "About 2,000 tourists were still waiting to be evacuated from the island.",
    ],
)
def test_people_waiting_for_an_evacuation_are_not_evacuated(text: str) -> None:
    assert first(text)[0] == "count"


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers evacuated 1,200 residents from the flooded valley.",
        "More than 600 people were evacuated by boat after the levee failed.",
        "About 300 patients who had waited for days were evacuated on Tuesday.",
    ],
)
def test_evacuations_that_happened_stay_evacuated(text: str) -> None:
    assert first(text)[0] == "evacuated"


@pytest.mark.parametrize(
    "text",
    [
        "Church shelters in the valley housed about 800 people on Sunday night.",
        "The camps outside the town now shelter some 40,000 people.",
        "Municipal shelters took in 1,200 residents overnight.",
    ],
)
def test_people_a_shelter_or_camp_houses_are_displaced(text: str) -> None:
    assert first(text)[0] == "displaced"


def test_people_an_evacuation_centre_houses_stay_evacuees() -> None:
    # the corpora count people in evacuation and temporary shelters as evacuated
    assert first("Evacuation centres in the prefecture housed 8,000 people.")[0] == "evacuated"


def test_a_building_housing_things_is_no_shelter() -> None:
    assert first("The old depot housed 30 offices.")[0] == "count"


def test_hundreds_more_in_shelters_are_displaced_people() -> None:
    text = (
        "Scores of people are still missing in the hills. "
        "Shelters run by the Salvation Army housed hundreds more on Friday night."
    )
    c = extract_claims(text)[1]
    assert (c.metric, c.subject_class) == ("displaced", "people")


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("The ambush killed 12 soldiers, and medics treated dozens more.", "soldiers"),
        ("Four children drowned in the river. Divers searched for two more.", "children"),
        ("Police held 40 protesters on Friday. Hundreds more marched on Saturday.", "people"),
    ],
)
def test_n_more_counts_more_of_the_people_counted_before(text: str, cls: str) -> None:
    assert extract_claims(text)[1].subject_class == cls


def test_n_more_with_a_noun_of_its_own_keeps_its_own_subject() -> None:
    text = (
        "More than 70 percent of the town's population had fled. "
        "Rescuers say hundreds more bodies remain under the rubble."
    )
    c = extract_claims(text)[1]
    assert "population" not in c.subject


def test_n_more_keeps_no_noun_that_names_another_state() -> None:
    text = "The army said 900 troops had been killed and 3,000 wounded, and that hundreds more were missing."
    c = extract_claims(text)[2]
    assert (c.metric, c.subject, c.subject_class) == ("missing", "", "soldiers")


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("The charity supplies more than 150 food banks in the north.", "objects"),
        ("The region has 14 blood banks, the health board said.", "objects"),
        ("More than 40 aid groups have suspended their work in the province.", "other"),
        ("Some 30 aid agencies signed the joint letter.", "other"),
        ("The programme runs 12 food distribution centres in the capital.", "objects"),
    ],
)
def test_a_body_or_place_named_after_aid_is_counted_not_aid(text: str, cls: str) -> None:
    metric, _subject, subject_class = first(text)
    assert (metric, subject_class) == ("count", cls)


@pytest.mark.parametrize(
    "text",
    [
        "About 120 food trucks crossed into the enclave.",
        "The agency handed out 5,000 food parcels.",
        "Some 40 relief flights landed at the airport.",
    ],
)
def test_goods_named_after_aid_stay_aid(text: str) -> None:
    assert first(text)[0] == "aid"


@pytest.mark.parametrize(
    "text",
    [
        "On his visit to Warsaw the chancellor promised 80 armoured personnel carriers.",
        "Norway has pledged Kyiv another 14 tanks.",
        "Poland will supply 60 howitzers to the Ukrainian army.",
        "The relief agency sent 30 ambulances to the stricken district.",
        "Canada has donated 40 generators, 200 tents and 12 water pumps to the province.",
    ],
)
def test_things_given_to_a_country_or_people_are_aid(text: str) -> None:
    claims = extract_claims(text)
    assert [c.metric for c in claims] == ["aid"] * len(claims)


@pytest.mark.parametrize(
    "text",
    [
        "The navy fired 20 missiles at the port.",
        "Moscow sent 100 tanks to the border.",
        "The army deployed 300 vehicles along the river.",
        "The storm cut the power supply to 3,000 homes.",
    ],
)
def test_things_used_or_moved_are_not_aid(text: str) -> None:
    assert first(text)[0] != "aid"


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("Last week 25 reserve pilots said they would refuse to fly.", "soldiers"),
        ("About 30 navy pilots signed the petition.", "soldiers"),
        ("Some 40 pilots of the air force wrote to the minister.", "soldiers"),
        ("Some 200 army officers signed the letter.", "soldiers"),
        ("Seven crew members of the navy frigate were hurt.", "soldiers"),
        ("The airline grounded 40 pilots after the strike.", "people"),
        ("Some 500 police officers were deployed around the stadium.", "people"),
        ("The Reserve Bank said 300 staff would be moved.", "civilians"),
    ],
)
def test_a_role_in_a_named_force_is_a_soldier(text: str, cls: str) -> None:
    assert first(text)[2] == cls


def test_the_other_members_of_a_force_are_read_past_other() -> None:
    text = "Nine of the 12 reserve navigators refused orders, and dozens of other reservists backed them."
    c = extract_claims(text)[-1]
    assert (c.subject, c.subject_class) == ("reservists", "soldiers")


@pytest.mark.parametrize(
    "text",
    [
        "In a poll for the broadcaster, 58 percent of respondents opposed the plan.",
        "Thousands of opposition supporters gathered outside the parliament.",
        "About 300 climate activists blocked the motorway.",
        "Some 800 parishioners attended the vigil.",
    ],
)
def test_people_named_by_what_they_think_or_do_are_people(text: str) -> None:
    assert first(text)[2] == "people"


@pytest.mark.parametrize(
    "text",
    [
        "Mariupol, a city of about 430,000 before the siege, lies in ruins.",
        "Workers reached Chiva, a town of 15,000 people west of the city.",
    ],
)
def test_the_people_of_a_place_are_its_population(text: str) -> None:
    c = extract_claims(text)[0]
    assert (c.metric, c.subject, c.subject_class) == ("count", "population", "people")


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The insurer Swiss Re has put Ian's total insured losses at $50 billion.", "total insured losses"),
        (
            "The consultancy put total damage and economic loss, including lost tourism revenue, at $9 billion.",
            "total damage and economic loss",
        ),
        (
            "Engineers estimated the cost of rebuilding the bridge at $400 million.",
            "cost of rebuilding the bridge",
        ),
        ("The bill for repairs to the dam came to $12 million.", "bill for repairs to the dam"),
        ("The wildfires caused insured losses of $3 billion.", "insured losses"),
        (
            "The frost caused more than €600 million in losses to vineyards in the south.",
            "losses to vineyards",
        ),
        ("Officials said damage is estimated at $6 billion.", "damage"),
        ("Restoring the rail line will cost an estimated $2.1 billion.", "cost of restoring the rail line"),
        ("Early estimates from the planning agency had put losses at around $8 billion.", "losses"),
    ],
)
def test_a_sum_takes_the_measure_it_is_put_at_as_its_subject(text: str, subject: str) -> None:
    claim = extract_claims(text)[0]
    assert (claim.metric, claim.subject, claim.subject_class) == ("money", subject, "money")


@pytest.mark.parametrize(
    "text",
    [
        "The ministry put the figure at $3 billion.",  # a sum named elsewhere
        "Pledges to the new reconstruction and damage fund stand at $700 million.",  # a fund, not damage
    ],
)
def test_a_sum_put_at_a_word_that_names_no_measure_keeps_no_subject(text: str) -> None:
    assert extract_claims(text)[0].subject == ""


def test_a_pledge_is_still_named_after_its_giver() -> None:
    assert extract_claims("Norway pledged $40 million.")[0].subject.endswith("pledge")


def test_whose_loss_it_is_stays_in_the_subject() -> None:
    assert extract_claims("The union put farmers' losses at $900 million.")[0].subject == "farmers' losses"


@pytest.mark.parametrize(
    "text",
    [
        "The cyclone has killed at least 90 people across four provinces so far.",
        "The heatwave has killed 31 people in five counties so far, officials said.",
    ],
)
def test_the_places_a_toll_spread_over_share_its_scope(text: str) -> None:
    toll, places = extract_claims(text)
    assert places.metric == "count"
    assert (places.scope, places.since) == (toll.scope, toll.since)


def test_a_count_of_places_with_a_verb_of_its_own_keeps_its_scope() -> None:
    text = "The storm killed 40 people on Monday, and 12 counties have declared emergencies so far."
    assert extract_claims(text)[1].scope == "cumulative"


def test_a_list_of_that_clauses_keeps_each_figure_its_own_verb() -> None:
    text = (
        "The news agency said that about 87,400 people had joined protests, that some 1,000 had been "
        "arrested, and that 100 banks had been set on fire."
    )
    assert claim_with(text, "87,400 people").metric == "count"
    assert claim_with(text, "some 1,000").metric == "detained"
