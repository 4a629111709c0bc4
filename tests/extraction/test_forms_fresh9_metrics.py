"""Metrics and classes in the fresh9 forms, with sentences of other stories: suspects held over an
attack are detained, bombers are militants, "bodies" may be organisations, people moved into camps are
displaced, a bare sum after a sum keeps its currency, "the two" as a pronoun is no figure."""

from __future__ import annotations

import pytest

from .helpers import claim_with, claims_of


def metric_of(text: str, quote: str) -> str:
    return claim_with(text, quote).metric


def class_of(text: str, quote: str) -> str:
    return claim_with(text, quote).subject_class


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The number of people held over the bombings rose to 23 on Friday, prosecutors said.", "23"),
        ("Police are questioning 14 men held in connection with the stadium shooting.", "14 men"),
        ("About 200 residents held over the arson attack were later released on bail.", "200 residents"),
        ("Police said 31 suspects held over last week's riots would appear in court.", "31 suspects"),
    ],
)
def test_suspects_held_over_an_attack_are_detained(text: str, quote: str) -> None:
    assert metric_of(text, quote) == "detained"


@pytest.mark.parametrize(
    ("text", "quote", "metric"),
    [
        ("Pirates held 12 sailors captive for a month.", "12 sailors", "hostages"),
        ("The group said it still held 40 hostages.", "40 hostages", "hostages"),
        ("Supporters held a rally with 5,000 people in the square.", "5,000 people", "count"),
    ],
)
def test_other_holdings_keep_their_metric(text: str, quote: str, metric: str) -> None:
    assert metric_of(text, quote) == metric


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Three suicide bombers struck the crowded market on Sunday.", "Three suicide bombers"),
        ("Two attackers stabbed passers-by outside the station.", "Two attackers"),
        ("Five assailants opened fire on the convoy, the army said.", "Five assailants"),
        ("Police said four bombers had trained together abroad.", "four bombers"),
    ],
)
def test_bombers_and_attackers_are_militants(text: str, quote: str) -> None:
    assert class_of(text, quote) == "militants"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Two B-52 bombers flew over the peninsula on Tuesday.", "Two B-52 bombers"),
        ("Four strategic bombers were moved to the northern base.", "Four strategic bombers"),
    ],
)
def test_bomber_aircraft_are_objects(text: str, quote: str) -> None:
    assert class_of(text, quote) == "objects"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The charity is one of three bodies authorised to receive gifts for the museum.", "three bodies"),
        ("Ten regulatory bodies signed the accord in Geneva.", "Ten regulatory bodies"),
        ("The league named five bodies responsible for checking the accounts.", "five bodies"),
        ("The grant went to the two bodies overseeing the port, the ministry said.", "two bodies"),
    ],
)
def test_bodies_that_are_organisations_are_not_the_dead(text: str, quote: str) -> None:
    c = claim_with(text, quote)
    assert c.metric != "killed"
    assert c.subject_class == "other"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Divers recovered 17 bodies from the river on Monday.", "17 bodies"),
        ("Four bodies were found in the forest, police said.", "Four bodies"),
        ("Rescuers pulled six bodies authorities had feared lost from the mud.", "six bodies"),
    ],
)
def test_bodies_of_the_dead_stay_killed(text: str, quote: str) -> None:
    assert metric_of(text, quote) == "killed"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Some 60,000 people moved into camps on the edge of the city after the floods.", "60,000 people"),
        ("Nearly 40,000 villagers moved to makeshift camps near the border.", "40,000 villagers"),
        ("About 9,000 residents streamed into tent cities outside the town.", "9,000 residents"),
    ],
)
def test_people_moved_into_camps_are_displaced(text: str, quote: str) -> None:
    assert metric_of(text, quote) == "displaced"


def test_part_of_people_moved_into_camps_is_displaced() -> None:
    text = (
        "About 120,000 people moved into camps after the cyclone, and a survey found that no more than "
        "30,000 of them are still there."
    )
    assert metric_of(text, "120,000 people") == "displaced"
    assert metric_of(text, "30,000 of them") == "displaced"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "More than 30,000 residents have accepted an offer of free buses out of the city before the storm.",
            "30,000 residents",
        ),
        (
            "About 8,000 people took up a state offer of free transport out of the region, officials said.",
            "8,000 people",
        ),
        ("About 4,000 people were bused out of the town by the army.", "4,000 people"),
    ],
)
def test_people_taken_out_of_a_city_are_evacuated(text: str, quote: str) -> None:
    assert metric_of(text, quote) == "evacuated"


@pytest.mark.parametrize(
    ("text", "quote", "metric"),
    [
        ("About 12,000 families moved into new homes built by the government.", "12,000 families", "count"),
        ("Around 5,000 people moved to the city last year for work.", "5,000 people", "count"),
    ],
)
def test_other_moves_are_no_displacement(text: str, quote: str, metric: str) -> None:
    assert metric_of(text, quote) == metric


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The fund received money from about 43,000 individual donors.", "43,000 individual donors"),
        ("More than 60,000 donors gave to the appeal last month.", "60,000 donors"),
        ("Some 12,000 voters turned out for the referendum.", "12,000 voters"),
    ],
)
def test_donors_and_voters_are_people(text: str, quote: str) -> None:
    assert class_of(text, quote) == "people"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The $2.3 billion flood appeal was only 35 percent funded by June.", "35 percent"),
        ("The $500 million reconstruction plan is only 20% complete, officials said.", "20%"),
        ("The city spent $80 million on the dam, and 12 percent more was needed.", "12 percent"),
    ],
)
def test_a_share_of_a_sum_is_no_sum(text: str, quote: str) -> None:
    assert class_of(text, quote) == "other"


@pytest.mark.parametrize(
    ("text", "quote", "cls"),
    [
        ("About 900 people were hurt, and 40 percent of them were children.", "40 percent", "people"),
        ("The country will direct 70 percent of its climate fund to Africa.", "70 percent", "money"),
    ],
)
def test_other_shares_keep_their_class(text: str, quote: str, cls: str) -> None:
    assert class_of(text, quote) == cls


@pytest.mark.parametrize(
    "text",
    [
        "Matters grew stranger when the two appeared together at the embassy.",
        "The three met privately in Vienna on Tuesday, aides said.",
        "After the vote the two shook hands and later spoke to reporters.",
        "The four have since agreed to a ceasefire, the mediator said.",
    ],
)
def test_the_two_as_a_pronoun_is_no_figure(text: str) -> None:
    assert claims_of(text) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The two were killed when the roof collapsed, police said.", "two"),
        ("The three went missing while hiking in the park.", "three"),
        ("Shells hit the two hospitals in the north overnight.", "two hospitals"),
        ("Rescuers said the 300 were rescued from the flooded mine.", "300"),
    ],
)
def test_the_few_as_a_count_stays(text: str, quote: str) -> None:
    claim_with(text, quote)


@pytest.mark.parametrize(
    ("text", "quote", "currency"),
    [
        (
            "The carmaker committed 100 million euros, and a rival and its owners together pledged 300 million.",
            "300 million",
            "EUR",
        ),
        ("The bank offered 20 million euros and the Jones brothers 10 million.", "10 million", "EUR"),
        (
            "Of that, 7.5 million euros came from small donors and the remaining 3 million from companies.",
            "3 million",
            "EUR",
        ),
        (
            "The fund lent $3 billion to the utility and a further 1.2 billion to the railway.",
            "1.2 billion",
            "USD",
        ),
        (
            "400 million euros went to the agencies and 150 million directly to the state.",
            "150 million",
            "EUR",
        ),
        (
            "Of the total, 8 million euros came from some 20,000 private donors, among them 3,000 Britons, and"
            " the remaining 2 million from firms.",
            "2 million",
            "EUR",
        ),
        (
            "The ministry said $300 million went to the three bodies collecting for the museum and 50 million"
            " to the city.",
            "50 million",
            "USD",
        ),
    ],
)
def test_a_bare_sum_after_a_sum_keeps_its_currency(text: str, quote: str, currency: str) -> None:
    c = claim_with(text, quote)
    assert (c.metric, c.subject_class, c.currency) == ("money", "money", currency)


@pytest.mark.parametrize(
    ("text", "quote", "metric"),
    [
        ("The EU pledged 200 million euros, and 3 million people will benefit.", "3 million people", "count"),
        (
            "The $5 billion plan aims to rebuild homes for 2 million displaced by the floods.",
            "2 million",
            "displaced",
        ),
        ("The state spent $40 million on the dam, which serves 2 million residents.", "2 million", "count"),
    ],
)
def test_a_counted_noun_after_a_sum_is_no_sum(text: str, quote: str, metric: str) -> None:
    c = claim_with(text, quote)
    assert (c.metric, c.currency) == (metric, "")
