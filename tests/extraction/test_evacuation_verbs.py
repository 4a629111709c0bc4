"""People taken away from danger or home from abroad are evacuated: "had been taken out", "were brought
out under the deal", "had been brought back on 300 flights", "were repatriated", "left in the last
convoys". An attack "carried out" moves no one, and people got out of rubble are rescued."""

from __future__ import annotations

from tests.extraction.helpers import claim_with


def test_people_taken_out_or_brought_home_are_evacuated() -> None:
    cases = {
        "The army said 7,200 people had been taken out of the besieged town by Sunday.": "7,200 people",
        "About 900 residents were brought out under the ceasefire deal.": "900 residents",
        "The ministry said 61,000 travellers had been brought back on 300 flights.": "61,000 travellers",
        "Some 1,400 nationals were repatriated from the war zone.": "1,400 nationals",
        "About 2,500 fighters left in the last convoys on Thursday.": "2,500 fighters",
        "Buses carried 3,000 civilians out of the enclave overnight.": "3,000 civilians",
    }
    for text, quote in cases.items():
        assert claim_with(text, quote).metric == "evacuated", text


def test_an_attack_carried_out_and_miners_got_out_of_a_shaft_are_no_evacuation() -> None:
    assert claim_with("Five gunmen carried out the attack, police said.", "Five gunmen").metric != "evacuated"
    assert claim_with("Rescuers got 14 miners out of the shaft alive.", "14 miners").metric == "rescued"


def test_the_dead_whose_bodies_were_never_found_are_missing() -> None:
    text = "The toll rose to 22, police said, including three people whose bodies have not been found."
    assert claim_with(text, "three people").metric == "missing"
    assert claim_with(text, "22").metric == "killed"
    never = "The bodies of four climbers, two of them guides, were never recovered from the glacier."
    assert claim_with(never, "four climbers").metric == "missing"
    found = "The bodies of 12 victims were recovered on Monday."
    assert claim_with(found, "12 victims").metric == "killed"


def test_a_crowds_own_verb_makes_it_a_count_whatever_it_came_for() -> None:
    cases = {
        "Thousands of people crowded the quay to greet the returning hostages.": "Thousands of people",
        "About 5,000 people lined the streets to mourn the dead.": "About 5,000 people",
    }
    for text, quote in cases.items():
        assert claim_with(text, quote).metric == "count", text
    # a participle before the main verb is no crowd's own verb
    freed = "Some 300 people gathered in the hall were freed by soldiers."
    assert claim_with(freed, "Some 300 people").metric == "rescued"
