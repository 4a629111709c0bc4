"""What a figure counts: metric, subject and subject class, across kinds of stories."""

from __future__ import annotations

import pytest

from tracker.extraction import extract_claims


def first(text: str) -> tuple[str, str, str]:
    c = extract_claims(text)[0]
    return c.metric, c.subject, c.subject_class


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("The quake killed at least 1,100 people in the mountain villages.", "killed"),
        ("At least 57 people died when the dam burst.", "killed"),
        ("The death toll from the storm rose to 57.", "killed"),
        ("Forty people lost their lives in the fire.", "killed"),
        ("Rescuers recovered 70 bodies from the rubble.", "killed"),
        ("The blast wounded 230 people.", "injured"),
        ("More than 3,400 people were injured.", "injured"),
        ("Another 14 people remain missing after the landslide.", "missing"),
        ("Floods have displaced nearly 250,000 people.", "displaced"),
        ("Police arrested 312 protesters in the capital.", "detained"),
        ("Gunmen kidnapped 40 students from the school.", "hostages"),
        ("The coast guard rescued 87 migrants off Lampedusa.", "rescued"),
        ("Authorities evacuated 4,500 residents from the valley.", "evacuated"),
        ("The drought has affected 2 million people.", "affected"),
        ("The World Food Programme sent 40 trucks of food.", "aid"),
        ("Donors pledged $2.5bn for reconstruction.", "money"),
        ("Turnout was 68.5%.", "percent"),
        ("The earthquake destroyed 2,818 buildings.", "count"),
        ("Some 1.28 million people marched against the reform.", "count"),
    ],
)
def test_it_reads_the_metric_from_the_words_around_the_figure(text: str, metric: str) -> None:
    assert first(text)[0] == metric


def test_it_reads_93_palestinian_worshipers_as_people() -> None:
    assert first("The strike killed 93 Palestinian worshipers.")[1:] == ("Palestinian worshipers", "people")


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("The strike killed 11 children.", "children"),
        ("The strike killed six women.", "women"),
        ("Two soldiers were killed in the ambush.", "soldiers"),
        ("The army said it killed 31 militants.", "militants"),
        ("An air strike killed seven aid workers.", "civilians"),
        ("The quake destroyed 47,000 buildings.", "objects"),
        ("The earthquake killed 2,000 Moroccans.", "people"),
        ("Donors pledged $2.5bn for reconstruction.", "money"),
        ("The CGT said it had registered 265 rallies.", "other"),
    ],
)
def test_it_classifies_the_subject(text: str, cls: str) -> None:
    assert first(text)[2] == cls


def test_it_carries_the_metric_into_including_clauses() -> None:
    claims = extract_claims("At least 93 people were killed, including 11 children and six women.")
    assert [(c.metric, c.subject_class) for c in claims] == [
        ("killed", "people"),
        ("killed", "children"),
        ("killed", "women"),
    ]


def test_it_splits_killed_and_wounded_in_one_sentence() -> None:
    claims = extract_claims("The ministry said 2,012 people had been killed and 2,059 injured.")
    assert [c.metric for c in claims] == ["killed", "injured"]


def test_it_gives_the_verb_before_the_figure_to_the_figure() -> None:
    claims = extract_claims(
        "The quake struck on Friday, killing at least 296 people and injuring 153 others."
    )
    assert [c.metric for c in claims] == ["killed", "injured"]


def test_it_does_not_read_a_modifier_of_another_noun_as_the_metric() -> None:
    metric, subject, cls = first("At least 14 schools housing displaced families have been hit.")
    assert (metric, subject, cls) == ("count", "schools", "objects")


def test_it_reads_hostages_taken_after_a_killing_as_hostages() -> None:
    claims = extract_claims("Militants killed some 1,200 people and about 250 were taken hostage.")
    assert [c.metric for c in claims] == ["killed", "hostages"]


def test_it_reads_the_rest_of_a_partitive_total() -> None:
    claims = extract_claims("The air force said it shot down 35 of 48 drones launched overnight.")
    assert [(c.value, c.subject) for c in claims] == [(35, "drones"), (48, "drones")]


def test_it_reads_a_crowd_estimate_as_people() -> None:
    (claim,) = extract_claims("Organisers put the turnout at 150,000.")
    assert claim.subject_class == "people"


def test_it_keeps_a_participle_that_modifies_the_counted_noun() -> None:
    (claim,) = extract_claims("The outbreak has caused more than 16,000 suspected cases.")
    assert (claim.subject, claim.metric) == ("suspected cases", "count")


def test_it_stops_the_subject_at_the_verb_that_follows_it() -> None:
    (claim,) = extract_claims("Israel said 322 aid trucks entered Gaza on Sunday.")
    assert claim.subject == "aid trucks"


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("The storm claimed 23 lives.", "killed"),
        ("Rescuers freed 12 miners trapped underground.", "rescued"),
        ("Nearly 1,000 people sought shelter in schools.", "displaced"),
        ("Authorities ordered 50,000 residents to leave.", "evacuated"),
        ("Some 300 people remain in hospital.", "injured"),
        ("Militants seized 20 villagers.", "hostages"),
        ("Seventeen soldiers were taken prisoner.", "detained"),
        ("The blast left 14 dead and dozens wounded.", "killed"),
    ],
)
def test_it_reads_less_common_newsroom_verbs(text: str, metric: str) -> None:
    assert first(text)[0] == metric


def test_it_resolves_of_them_to_the_previous_sentence_s_figure() -> None:
    text = "The state has recorded 73 deaths. One county alone accounts for 40 of them, officials said."
    claims = extract_claims(text)
    assert [(c.value, c.metric, c.subject_class) for c in claims] == [
        (73, "killed", "people"),
        (40, "killed", "people"),
    ]


def test_it_classes_members_of_an_armed_group_as_militants() -> None:
    assert first("The army said it killed 31 Hamas and Islamic Jihad members.")[2] == "militants"


def test_it_reads_people_reached_with_meals_as_affected_and_people_who_left_as_displaced() -> None:
    # people an aid effort reaches are counted as affected people, never as an amount of aid
    assert (
        first("The World Food Programme said it had reached 115,000 people with hot meals.")[0] == "affected"
    )
    assert first("Nearly 2.2 million people have left the quake zone, the president said.")[0] == "displaced"


# --- held-out generalisation: newsroom wording beyond the dev stories (own sentences, other events) ---


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        # missing: unconfirmed safety, people not yet found
        ("Officials said the safety of 58 hikers on the ridge had yet to be confirmed.", "missing"),
        ("Some 19 fishermen have not yet been found after the squall.", "missing"),
        # displaced: people who need shelter
        ("Up to 3,000 villagers needed shelter after the river burst its banks.", "displaced"),
        # rescued: survivors, lifted to safety
        ("Only 41 passengers survived the ferry capsizing.", "rescued"),
        ("At least 16 climbers were lifted to safety by a mountain rescue team.", "rescued"),
        ("At least nine crew were among the survivors of the trawler fire.", "rescued"),
        # evacuated: flown out
        ("Seven were airlifted from the collapsed mine to a hospital in Quetta.", "evacuated"),
        # affected: without power, stranded, cut off, fallen ill, hit areas, needs of
        ("About 640,000 customers were without power across the state.", "affected"),
        ("Nearly 900 travellers spent the night stranded at the airport.", "affected"),
        ("Some 2,300 residents in hill hamlets remained cut off by landslides.", "affected"),
        ("At least 85 pilgrims had fallen ill with heatstroke.", "affected"),
        ("Roughly 410,000 people live in districts hit by the cyclone.", "affected"),
        ("The appeal seeks to meet the needs of 300,000 people.", "affected"),
        # detained: charged and held
        ("Four mine managers have been charged over the collapse.", "detained"),
    ],
)
def test_disaster_wording_beyond_the_dev_stories(text: str, metric: str) -> None:
    assert first(text)[0] == metric


def test_things_without_services_are_affected_and_destroyed_ones_are_counted() -> None:
    assert first("Power lines to about 31,000 households in the valley were down.")[0] == "affected"
    assert first("Roughly 12,500 homes had no running water on Tuesday.")[0] == "affected"
    assert first("The tornado destroyed 140 homes in the county.")[0] == "count"
    assert first("The school was struck by two shells.")[0] == "count"


def test_body_bags_are_aid_objects() -> None:
    metric, _subject, sclass = first("The Red Cross delivered 2,000 body bags to the province.")
    assert (metric, sclass) == ("aid", "objects")


def test_handling_the_dead_is_a_count_not_a_toll() -> None:
    assert first("About 45 bodies were taken to the morgue in Mardan.")[0] == "count"
    assert first("So far 120 of the victims have been identified by relatives.")[0] == "count"
    assert first("Some 18 bodies at the city mortuary were still awaiting identification.")[0] == "count"
    assert first("Divers recovered 23 bodies from the lake.")[0] == "killed"


def test_the_number_of_x_decides_a_bare_figure() -> None:
    c = extract_claims("The number of people unaccounted for after the mudslide rose to 64 on Friday.")[0]
    assert (c.metric, c.subject_class) == ("missing", "people")
    c = extract_claims("The army lowered the number of bodies pulled from the mine to 31.")[0]
    assert (c.metric, c.subject_class) == ("killed", "people")
    c = extract_claims("The ministry raised the number of army personnel clearing the roads to 3,000.")[0]
    assert (c.metric, c.subject_class) == ("count", "soldiers")


def test_a_coordinated_clause_keeps_its_own_verb() -> None:
    claims = extract_claims(
        "Nearly 7,000 families have applied for grants, and some 2,100 people were displaced."
    )
    assert [c.metric for c in claims] == ["count", "displaced"]
    assert claims[0].subject_class == "other"


def test_a_hoped_for_survivor_is_no_rescue() -> None:
    c = extract_claims(
        "The toll from the stampede rose to 121 on Wednesday, as the search for survivors ended."
    )[0]
    assert c.metric == "killed"
    c = extract_claims("Witnesses and survivors told police that about 300 people had been inside the hall.")[
        0
    ]
    assert c.metric == "count"


def test_a_colon_breakdown_inherits_the_total() -> None:
    claims = extract_claims(
        "Investigators put the number of workers in the shaft at 52, based on relatives who reported a missing"
        " miner: 40 from Balochistan and 12 from Punjab."
    )
    assert [c.metric for c in claims] == ["count", "count", "count"]


def test_time_adverbs_are_no_subject() -> None:
    c = extract_claims("The toll had stood at 64 earlier in the day.")[0]
    assert c.metric == "killed"


def test_the_place_tied_to_a_figure_joins_its_subject() -> None:
    c = extract_claims("Rescuers counted 312 deaths in Sindh province after the monsoon floods.")[0]
    assert c.subject == "people in Sindh province"
    claims = extract_claims("The agency reported 41 deaths in Chitral and 17 in Swat.")
    assert [c.subject for c in claims] == ["people in Chitral", "people in Swat"]
    claims = extract_claims("Of the dead, 230 were in Kerala and 88 in Karnataka.")
    assert claims[0].subject.endswith("in Kerala")


def test_a_place_elsewhere_in_the_sentence_stays_out_of_the_subject() -> None:
    c = extract_claims("In Dhaka, 14 people died of heatstroke on Monday.")[0]
    assert "Dhaka" not in c.subject
    c = extract_claims("At least 26 deaths on Tuesday were blamed on the heat in Delhi.")[0]
    assert "Delhi" not in c.subject and "Tuesday" not in c.subject


def test_a_pledge_is_named_after_its_giver() -> None:
    claims = extract_claims("Norway pledged $25 million to the relief fund, and Canada offered $12 million.")
    assert claims[0].subject.endswith("pledge") and claims[1].subject.endswith("pledge")
    assert claims[0].subject != claims[1].subject
    c = extract_claims("The fund has $40 million left, the treasurer said.")[0]
    assert c.subject == ""


def test_a_lowercase_head_is_not_joined_to_the_next_name() -> None:
    c = extract_claims("Punjab has recorded 210 deaths and Sindh 95, the authority said.")[0]
    assert "Sindh" not in c.subject


def test_a_final_figure_refers_back_to_the_toll() -> None:
    text = (
        "The regional health office said 412 people had died in the cyclone. Its director has said the final"
        " figure could reach 600-700."
    )
    assert extract_claims(text)[-1].metric == "killed"


def test_the_number_of_something_else_does_not_name_a_later_figure() -> None:
    text = (
        "The mayor said 900 people were dead. Given the number of villages that were flattened, the final"
        " figure could reach 1,500."
    )
    c = extract_claims(text)[-1]
    assert c.metric == "killed" and "villages" not in c.subject


def test_crossing_a_border_is_displacement() -> None:
    assert first("Some 18,000 people have crossed the border into Chad since Friday.")[0] == "displaced"


def test_treated_for_burns_is_injured_and_among_them_inherits() -> None:
    claims = extract_claims(
        "Clinics treated 140 people for burns, officials said. Among them were 22 children."
    )
    assert [(c.metric, c.subject_class) for c in claims] == [("injured", "people"), ("injured", "children")]


def test_a_predicate_noun_names_the_subset() -> None:
    claims = extract_claims("The heatwave killed 97 people in the city. Of the dead, 64 were women.")
    assert (claims[1].metric, claims[1].subject_class) == ("killed", "women")


def test_people_moved_to_shelters_are_evacuated() -> None:
    assert first("A total of 9,200 people were moved to temporary shelters overnight.")[0] == "evacuated"
    assert first("Some 600 families were relocated from the riverbank.")[0] == "evacuated"


def test_a_possessive_population_is_a_background_count() -> None:
    text = "The agency said 300 homes had been lost. Most of the island's 12,000 residents have no running water."
    c = extract_claims(text)[-1]
    assert (c.metric, c.attribution) == ("count", "")
    c = extract_claims("Bangladesh's disaster ministry said 1,200 people had died.")[0]
    assert c.metric == "killed" and c.attribution


# --- fresh-corpus generalisation (extractor 1.3): the families of words, in our own sentences ---


@pytest.mark.parametrize(
    "text",
    [
        "At least 30 miners were buried alive when the tunnel caved in.",
        "A mudslide buried 45 villagers alive before dawn.",
        "The regional governor said more than 600 people were buried by the avalanche.",
        "The landslide came down before dawn, burying an estimated 150 people.",
        "Four children suffocated in the crush at the gate.",
        "Twenty people were electrocuted when the cable snapped.",
        "Three patients succumbed to their injuries overnight.",
        "Eleven pilgrims were trampled to death at the shrine.",
        "Twelve passengers burned to death in the bus.",
        "Nine fishermen drowned off the coast.",
        "Police said 14 people were found dead in the flooded basement.",
        "Gunmen mowed down 19 worshippers at the mosque.",
    ],
)
def test_the_family_of_death_verbs_reads_as_killed(text: str) -> None:
    assert first(text)[0] == "killed"


def test_buried_things_are_counted_and_people_still_buried_are_missing() -> None:
    assert first("The landslide buried some 90 houses in the valley.")[0] == "count"
    assert first("An earlier count had put the number of buried homes at 35.")[0] == "count"
    assert first("Officials fear 40 people remain buried under the mud.")[0] == "missing"
    assert first("Up to 60 people may still be buried in the collapsed market.")[0] == "missing"
    assert first("Five people were found alive under the rubble.")[0] == "rescued"


@pytest.mark.parametrize(
    "text",
    [
        "Medical officials said 45 people had been admitted to hospital.",
        "Another 30 were taken to hospitals in the capital.",
        "Around 70 spectators were rushed to two nearby clinics.",
        "At least 80 people suffered burns in the explosion.",
        "Some 25 workers sustained serious injuries in the fall.",
        "Eleven people were hospitalised with smoke inhalation.",
        "About 200 people received medical treatment for heat exhaustion.",
        "Paramedics said 12 people were being treated at the scene.",
    ],
)
def test_the_wards_and_clinics_see_the_injured(text: str) -> None:
    assert first(text)[0] == "injured"


def test_a_clause_s_own_verb_wins_over_its_neighbour_s() -> None:
    claims = extract_claims("Firefighters rescued 20 people, and 14 others were rushed to hospital.")
    assert [c.metric for c in claims] == ["rescued", "injured"]
    claims = extract_claims("Divers rescued 12 people, and 30 others were injured.")
    assert [c.metric for c in claims] == ["rescued", "injured"]
    claims = extract_claims("Police said 40 were injured, while 16 others were rescued by boat.")
    assert [c.metric for c in claims] == ["injured", "rescued"]


def test_a_metric_word_does_not_cross_into_the_next_clause() -> None:
    claims = extract_claims(
        "The mayor said 900 families had been displaced and that about 6,000 people lived in the valley."
    )
    assert [c.metric for c in claims] == ["displaced", "count"]
    claims = extract_claims("Eight residents were evacuated; 300 people live along the river.")
    assert claims[1].metric != "evacuated"
    claims = extract_claims(
        "The agency said 2,000 people had fled and that 15,000 residents lived in the area hit by the floods."
    )
    assert [c.metric for c in claims] == ["displaced", "affected"]


@pytest.mark.parametrize(
    "text",
    [
        "Nine bodies had reached the district morgue by noon.",
        "Twenty bodies were brought to the morgue for post-mortem examinations.",
        "At the forensic institute, a pathologist said 14 bodies had been brought in for examination.",
        "The city mortuary received 33 bodies overnight.",
        "Of the dead, 12 had not been identified by Friday.",
        "Families have identified 40 of the victims.",
        "Some 26 bodies were carried to the hospital morgue, still unidentified.",
    ],
)
def test_bodies_merely_handled_are_a_count_not_a_toll(text: str) -> None:
    c = extract_claims(text)[0]
    assert (c.metric, c.subject_class) == ("count", "people")


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers recovered 70 bodies and took them to the morgue.",
        "Some 70 bodies were recovered and taken to the morgue.",
        "Officials at the city morgue said 40 bodies had been recovered from the rubble.",
        "At least 16 bodies were pulled from the river.",
        "Of the dead, 64 were women.",
    ],
)
def test_bodies_recovered_are_the_toll(text: str) -> None:
    assert extract_claims(text)[0].metric == "killed"


def test_workers_are_people_unless_their_work_makes_them_civilians() -> None:
    assert first("The factory fire killed 23 workers.")[1:] == ("workers", "people")
    assert first("The dormitory housed 340 construction workers.")[2] == "people"
    assert first("An air strike killed seven aid workers.") == ("killed", "aid workers", "civilians")
    assert first("Six health workers were among the dead.")[2] == "civilians"
    assert first("A drone strike killed five workers from the charity Food Relief.")[2] == "civilians"


def test_a_bare_toll_does_not_borrow_a_subset_s_class() -> None:
    text = "Nine children were among the dead, the governor said. He had earlier given a toll of 52."
    claims = extract_claims(text)
    assert [(c.metric, c.subject_class) for c in claims] == [("killed", "children"), ("killed", "people")]
    text = "Seven women died in the blaze. The death toll rose to 31 on Sunday, officials said."
    assert extract_claims(text)[1].subject_class == "people"
    c = extract_claims("The agency put the toll among children at 40.")[0]
    assert (c.metric, c.subject_class) == ("killed", "children")


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Firefighters brought 35 residents to safety.", "rescued"),
        ("Only 12 miners were brought out alive.", "rescued"),
        ("Around 800 people spent the night in emergency shelters.", "evacuated"),
        ("Some 4,300 people were staying in temporary shelters on Sunday.", "evacuated"),
        ("Nearly 9,000 people are living in relief camps.", "displaced"),
        ("The virus has infected 2,400 people in the district.", "affected"),
        ("Hospitals said they had treated 540 people.", "injured"),
        ("Doctors said 16 people were in critical condition.", "injured"),
        ("The airline said 120 passengers were treated as priority cases.", "count"),
    ],
)
def test_more_newsroom_wording_for_people_saved_sheltered_sick_and_treated(text: str, metric: str) -> None:
    assert first(text)[0] == metric


def test_the_previous_clause_s_predicate_is_not_the_next_figure_s() -> None:
    claims = extract_claims(
        "About 5,000 people were sleeping in emergency shelters, and some 900 households in 14 villages"
        " remained without power."
    )
    assert [c.metric for c in claims][:2] == ["evacuated", "affected"]
    claims = extract_claims("Police said 300 people were evacuated, and 200 more in the valley.")
    assert [c.metric for c in claims] == ["evacuated", "evacuated"]


def test_the_subject_stops_before_a_predicate_adjective() -> None:
    assert first("Rebels are holding 23 aid workers captive.")[1] == "aid workers"
    assert first("The blaze left 300 traders without income.")[1] == "traders"


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Some 17 people are still being held, the prosecutor said.", "detained"),
        ("The rebels said 30 people were being held hostage.", "hostages"),
        ("At least six people were swept away by the floodwaters.", "missing"),
        ("A total of 700 families have been given tents.", "aid"),
        ("The agency distributed 15,000 food parcels last week.", "aid"),
    ],
)
def test_held_swept_away_and_given_relief(text: str, metric: str) -> None:
    assert first(text)[0] == metric


def test_people_sent_to_hospital_after_a_toll_are_injured() -> None:
    claims = extract_claims("A gas leak at the plant killed 11 workers and sent 80 to hospital.")
    assert [c.metric for c in claims] == ["killed", "injured"]


def test_time_and_direction_words_end_the_subject() -> None:
    assert first("The agency distributed 15,000 food parcels last week.")[1] == "food parcels"
    assert first("Police held 300 protesters back at the barricades.")[1] == "protesters"


def test_the_total_of_an_of_the_opener_is_a_count() -> None:
    claims = extract_claims("Of the 300 passengers on board, only 104 survived.")
    assert [c.metric for c in claims] == ["count", "rescued"]
    claims = extract_claims("Only 3 of the 25 crew survived.")
    assert [c.metric for c in claims] == ["rescued", "count"]
    claims = extract_claims("Gunmen killed 12 of the 40 passengers.")
    assert [c.metric for c in claims] == ["killed", "count"]
    # a participle on the total itself still counts it
    assert first("Most of the 2,000 people evacuated so far have returned.")[0] == "evacuated"
    claims = extract_claims("Of the 40 dead, 12 were children.")
    assert [(c.metric, c.subject_class) for c in claims] == [("killed", "people"), ("killed", "children")]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Firefighters are still searching for 8 people.", "missing"),
        ("Divers were searching for the remaining 14 passengers.", "missing"),
        ("Relatives are waiting for news of 37 crew members.", "missing"),
        ("There was no sign of 12 fishermen.", "missing"),
        ("Rescuers were searching for survivors among 300 residents.", "count"),
        ("Police are looking for 3 suspects.", "count"),
    ],
)
def test_people_searched_for_are_missing(text: str, metric: str) -> None:
    assert first(text)[0] == metric


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        (
            "A further 1,200 people initially reported as missing have been found safe, the county said.",
            "count",
        ),
        ("Some 40 people listed as missing have since been accounted for.", "count"),
        ("About 300 people reported as missing have been found alive.", "rescued"),
        ("Some 40 people have not been accounted for.", "missing"),
        ("Some 40 people reported missing on Monday were still unaccounted for.", "missing"),
    ],
)
def test_the_main_verb_after_reported_as_missing_decides(text: str, metric: str) -> None:
    assert first(text)[0] == metric


def test_the_people_a_disaster_zone_is_home_to_are_affected() -> None:
    assert first("Officials said the disaster zone was home to nearly 2 million people.")[0] == "affected"
    assert first("The flooded districts are home to 650,000 residents.")[0] == "affected"
    assert first("The city is home to 3 million people.")[0] == "count"
    assert first("The hostel was home to 80 students.")[0] == "count"


def test_loads_consignments_and_doses_are_aid_objects() -> None:
    assert first("UNICEF sent 12 planeloads of medical supplies.")[0::2] == ("aid", "objects")
    assert first("Health workers gave 40,000 doses of cholera vaccine.")[0::2] == ("aid", "objects")


def test_a_coordinated_verb_before_the_next_figure_is_that_figure_s() -> None:
    claims = extract_claims("Police used water cannon on 2,000 protesters and arrested 115.")
    assert [c.metric for c in claims] == ["count", "detained"]
    claims = extract_claims("Troops surrounded 400 villagers and detained dozens.")
    assert [c.metric for c in claims] == ["count", "detained"]
    claims = extract_claims("The floods killed 30 people, and displaced 20,000.")
    assert [c.metric for c in claims] == ["killed", "displaced"]


def test_a_sentence_is_no_death_toll() -> None:
    assert first("The court sentenced 14 people to death.")[0] == "detained"


def test_a_mixed_list_of_services_is_people() -> None:
    text = "The governor said some 9,000 soldiers, firefighters and volunteers had been deployed."
    assert extract_claims(text)[0].subject_class == "people"
    assert first("About 300 troops and police officers were sent to the valley.")[2] == "people"
    # a list whose elements count on their own, or a subset pair, keeps its class
    assert first("The strike killed 4 soldiers and a civilian.")[2] == "soldiers"
    assert first("Six women and children died in the shelling.")[2] == "women"


def test_people_trapped_are_missing_until_freed() -> None:
    assert first("At least 23 people were trapped under the rubble, officials said.")[0] == "missing"
    assert first("The mine collapse has left 47 miners trapped underground.")[0] == "missing"
    assert first("Rescuers freed 12 miners trapped underground.")[0] == "rescued"


def test_the_remains_or_bodies_of_people_are_recovered_or_handled() -> None:
    assert first("Police recovered the remains of 9 people.")[0] == "killed"
    assert first("Rescuers pulled the bodies of 30 people from the rubble.")[0] == "killed"
    assert first("Forensic teams were examining the remains of 14 people at the morgue.")[0] == "count"
    assert first("The bodies of 17 migrants were brought to the port morgue.")[0] == "count"
    assert first("Relatives buried the bodies of 12 victims on Sunday.")[0] == "count"


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Three hostages were killed in the strike.", "killed"),
        ("Two detainees died in custody.", "killed"),
        ("Twelve refugees drowned when the boat sank.", "killed"),
        ("The army said it had rescued 4 hostages.", "rescued"),
        ("Some 20 evacuees were injured when the shelter collapsed.", "injured"),
        ("Israel says 111 hostages are still held in Gaza.", "hostages"),
        ("Hamas released 24 hostages on Friday.", "rescued"),  # let go, as "were released"
        ("More than 30,000 evacuees waited for supplies.", "evacuated"),
    ],
)
def test_an_event_befalling_people_named_by_their_state_wins(text: str, metric: str) -> None:
    assert first(text)[0] == metric


def test_an_irregular_participle_ends_the_subject() -> None:
    assert first("Twenty-two people burnt to death when the tanker exploded.")[:2] == ("killed", "people")


def test_a_sign_of_something_is_no_missing_person() -> None:
    text = "The march, which organisers put at 90,000, was the first sign of how angry people were."
    assert extract_claims(text)[0].metric == "count"
    assert first("Rescuers found no further trace of 5 hikers.")[0] == "missing"


def test_bodies_recovered_as_a_reduced_relative_are_still_handled() -> None:
    text = "So far only 22 of the bodies pulled from the river have been identified."
    assert extract_claims(text)[0].metric == "count"
    assert first("The 12 bodies washed ashore on Sunday were taken to the mortuary.")[0] == "count"


def classes(text: str) -> list[tuple[float, str]]:
    return [(c.value, c.subject_class) for c in extract_claims(text)]


def test_a_subset_named_after_its_figure_takes_its_own_class() -> None:
    assert classes("The shelling killed 14 people, six of them children, officials said.") == [
        (14, "people"),
        (6, "children"),
    ]
    assert classes("Twelve of those injured were women, the hospital said.") == [(12, "women")]
    assert classes("The raid killed 25 people, 11 of them women and children.")[1] == (11, "other")
    assert classes("About 40 people, most of them from Kenya, were rescued.") == [(40, "people")]


def test_a_casualty_noun_owned_by_civilians_or_children_is_theirs() -> None:
    assert classes("The monitors recorded 312 civilian deaths in the region.") == [(312, "civilians")]
    assert classes("The agency logged 57 child casualties.") == [(57, "children")]


def test_an_elided_count_keeps_the_people_it_is_coordinated_with() -> None:
    assert classes("At least 8 children were killed and 31 injured in the strikes.") == [
        (8, "children"),
        (31, "children"),
    ]
    assert classes("The drone attack killed 4 civilians and wounded at least 17.") == [
        (4, "civilians"),
        (17, "civilians"),
    ]
    # a count naming its own people, or in a clause of its own, keeps its own class
    assert classes("The blast killed 5 soldiers, and officials said 20 people were hurt.")[1] == (
        20,
        "people",
    )


def test_things_fired_or_damaged_are_objects() -> None:
    assert classes("Police fired 90 tear gas canisters and 12 rubber rounds.") == [
        (90, "objects"),
        (12, "objects"),
    ]
    assert classes("Protesters set fire to 30 tractors.") == [(30, "objects")]


def test_a_bare_figure_a_toll_has_risen_to_counts_what_the_toll_counts() -> None:
    assert first("The death toll has risen to 61 after two injured women died.")[0] == "killed"
    text = "Confirmed deaths from the fire at the 14-storey hotel rose to 19 on Friday, with 7 guests still missing."
    assert first(text)[0] == "killed"
    assert first("The number of people killed by the 3 June floods has climbed to 212.")[0] == "killed"
    assert first("Arrests rose to 140 by Sunday night.")[0] == "detained"


def test_the_wounded_who_later_died_are_killed() -> None:
    claims = extract_claims("Three of the 20 wounded later died, the clinic said.")
    assert [(c.value, c.metric) for c in claims] == [(3, "killed"), (20, "injured")]
    assert first("Four more people injured in the shooting have died in hospital.")[0] == "killed"
    assert first("Nine people were injured in the crash.")[0] == "injured"


def test_elided_causes_of_death_after_a_death_count_are_deaths() -> None:
    text = "The coroner said 25 people had died of burns, three of stab wounds and 11 from smoke inhalation."
    assert [(c.value, c.metric) for c in extract_claims(text)] == [
        (25, "killed"),
        (3, "killed"),
        (11, "killed"),
    ]


def test_cases_of_wounded_troops_count_injured_soldiers() -> None:
    (claim,) = extract_claims("Army doctors logged 8,200 cases of wounded soldiers last year.")
    assert (claim.metric, claim.subject_class) == ("injured", "soldiers")
    (claim,) = extract_claims("Clinics reported 40 cases of cholera.")
    assert claim.metric == "count"


def test_a_percent_change_borrows_no_class() -> None:
    claims = extract_claims("The agency counted 210 civilian deaths, 31% more than a year earlier.")
    assert (claims[1].metric, claims[1].subject_class) == ("percent", "other")


def test_buried_under_rubble_is_missing_and_nights_in_the_open_displaced() -> None:
    assert first("Officials said dozens of villagers were buried under the rubble.")[0] == "missing"
    assert first("Mourners buried 17 people on Friday.")[0] == "killed"
    assert first("Some 3,000 people spent a second night in the open.")[0] == "displaced"


def test_an_elided_count_after_a_subset_borrows_no_class() -> None:
    text = "The blast killed 15 people, including four children, and injured 60, including 9 children."
    assert [c.subject_class for c in extract_claims(text)] == ["people", "children", "people", "children"]
    text = "A drone killed 11 people, three of them children, and wounded 25."
    assert [c.subject_class for c in extract_claims(text)] == ["people", "children", "people"]


def test_a_relative_clause_death_is_not_the_wounded_figures() -> None:
    assert first("Eight people were hurt by a gunman who later died.")[0] == "injured"


def test_a_body_counted_as_n_strong_is_its_members() -> None:
    assert classes("Organisers compared it with the 80,000-strong rally of 2012.") == [(80000, "people")]
    assert classes("A 1,500-strong contingent was deployed.") == [(1500, "soldiers")]


def test_a_toll_owned_by_civilians_or_children_and_of_the_dead_were_children() -> None:
    assert classes("The civilian death toll has risen to 57.") == [(57, "civilians")]
    assert classes("The child toll stood at 23 on Monday.") == [(23, "children")]
    assert classes("Nine of the injured were women, the hospital said.") == [(9, "women")]


@pytest.mark.parametrize(
    "text",
    [
        "The charity said its kitchens would provide hot meals and clean water to 80,000 people.",
        "The agency is planning cash distributions for up to 45,000 people in the delta.",
        "The scheme will cover some 1.3 million people in three provinces.",
        "About 2.1 million people need urgent humanitarian assistance, the UN said.",
    ],
)
def test_people_an_aid_effort_serves_are_affected(text: str) -> None:
    assert first(text)[0] == "affected"


@pytest.mark.parametrize(
    "text",
    [
        "Organisers said the crowd could reach 50,000 people by the evening.",
        "Police fired tear gas at 2,000 protesters outside the ministry.",
    ],
)
def test_a_crowd_is_no_aid_recipient(text: str) -> None:
    assert first(text)[0] == "count"


def test_a_weight_of_a_substance_is_a_stock_not_aid() -> None:
    (claim,) = extract_claims("Officials said 900 tonnes of fertiliser had been stored in the hangar.")
    assert (claim.metric, claim.subject_class) == ("count", "other")
    (claim,) = extract_claims("Officials said 900 tonnes of flour had reached the port.")
    assert claim.metric == "aid"


def test_a_metric_word_inside_a_place_name_is_no_event() -> None:
    (claim,) = extract_claims("By dusk, hundreds of mourners had gathered in Martyrs' Square.")
    assert claim.metric == "count"


def test_office_holders_are_people() -> None:
    (claim,) = extract_claims("Three senior ministers resigned over the scandal on Monday.")
    assert claim.subject_class == "people"
