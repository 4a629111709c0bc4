"""Hostages who were killed are a toll; a predicate past an aside or a coordinated count still decides;
"said eight of its staff" names no speaker "eight"; a comparison clause ("a toll far higher than any
figure Myanmar has acknowledged") is no speaker a later "it" could point at."""

from __future__ import annotations

from tests.extraction.helpers import claim_with


def test_hostages_killed_past_an_aside_or_a_coordinated_count_are_killed() -> None:
    text = (
        "A security source said that 12 hostages, both Algerian and foreign, had been killed since the "
        "operation began. They said 34 hostages and 15 of their own men died. The ministry put the number "
        "of hostages killed at 23. About 111 hostages are still held."
    )
    assert claim_with(text, "12 hostages").metric == "killed"
    assert claim_with(text, "34 hostages").metric == "killed"
    assert claim_with(text, "23").metric == "killed"
    assert claim_with(text, "111 hostages").metric == "hostages"


def test_a_count_after_said_is_no_speaker() -> None:
    text = "Statoil, the energy group that runs the plant, said eight of its Norwegian staff were missing."
    claim = claim_with(text, "eight")
    assert claim.source is not None and claim.source.name == "Statoil"


def test_a_comparison_clause_is_no_speaker_for_a_later_it() -> None:
    text = (
        "At least 6,700 Rohingya were killed, Medecins Sans Frontieres said on Thursday, a toll far higher "
        "than any figure Myanmar has acknowledged. Gunshots caused 69 percent of the violent deaths, it said."
    )
    claim = claim_with(text, "69 percent")
    assert claim.source is not None and claim.source.name == "Doctors Without Borders"


def test_a_predicate_past_a_subset_aside_decides() -> None:
    text = "At least 6,700 Rohingya, among them at least 730 children under the age of five, were killed."
    assert claim_with(text, "6,700").metric == "killed"


def test_foreigners_of_eight_nationalities_died_and_the_nationalities_are_a_count() -> None:
    text = "Thirty-seven foreigners of eight nationalities died during the four-day siege, Sellal said."
    assert claim_with(text, "Thirty-seven").metric == "killed"
    nationalities = claim_with(text, "eight nationalities")
    assert nationalities.metric == "count" and nationalities.subject_class == "other"


def test_an_agencys_earlier_estimate_counts_what_the_story_counts() -> None:
    text = (
        "Some 123,000 Rohingya Muslims have fled into Bangladesh since Aug. 25, the United Nations said. "
        "The U.N. refugee agency's estimate had stood at 87,000 on Monday."
    )
    assert claim_with(text, "87,000").metric == "displaced"


def test_the_number_of_people_who_fled_since_a_date_has_reached_a_figure() -> None:
    text = (
        "The number of Rohingya who have fled Myanmar for Bangladesh since Aug. 25 has reached 370,000, "
        "UNHCR reported on Tuesday."
    )
    assert claim_with(text, "370,000").metric == "displaced"


def test_fighters_holding_people_hold_hostages() -> None:
    text = "The group said its fighters were holding 41 foreigners, seven of them Americans."
    assert claim_with(text, "41 foreigners").metric == "hostages"
    assert claim_with("Police are holding talks with 12 ministers.", "12 ministers").metric == "count"


def test_two_coordinated_counts_share_the_verb_after_them() -> None:
    text = (
        "By the end, 29 attackers were dead and three had been captured, and 658 Algerian workers and 107 "
        "foreigners had been freed, according to the Interior Ministry."
    )
    assert claim_with(text, "658 Algerian workers").metric == "rescued"
    assert claim_with(text, "107 foreigners").metric == "rescued"


def test_counts_freed_or_killed_along_with_others_share_the_verb() -> None:
    text = (
        "Nearly 600 Algerian workers had been freed on Thursday, together with four foreigners. Some 12 "
        "hostages had been killed, along with 18 of the kidnappers."
    )
    assert claim_with(text, "four foreigners").metric == "rescued"
    kidnappers = claim_with(text, "18 of the kidnappers")
    assert kidnappers.metric == "killed" and kidnappers.subject_class == "militants"


def test_the_others_of_an_arrested_group_are_arrested_and_an_inspector_general_speaks() -> None:
    text = (
        "Police arrested nine people on Monday. Ashok Yadav, inspector general of police for the Rajkot "
        "range, said the others were two ticket clerks and three security guards."
    )
    clerks = claim_with(text, "two ticket clerks")
    assert clerks.metric == "detained"
    assert "inspector general of police" in clerks.attribution


def test_a_security_source_and_militants_speak() -> None:
    text = (
        "A security source told Algeria's official APS news agency that 12 hostages had been killed. The "
        "militants gave a far higher count. In a statement carried by ANI, they said 34 hostages died."
    )
    assert claim_with(text, "12 hostages").attribution == "A security source told"
    assert "The militants" in claim_with(text, "34 hostages").attribution


def test_the_charity_after_medecins_sans_frontieres_is_msf() -> None:
    text = (
        "At least 6,700 Rohingya were killed, Medecins Sans Frontieres said. At least 9,000 Rohingya died of "
        "all causes. The charity said the figures were probably an underestimate."
    )
    claim = claim_with(text, "9,000")
    assert claim.source is not None and claim.source.name == "Doctors Without Borders"


def test_the_wounded_still_in_hospital_are_a_part_of_the_wounded() -> None:
    text = (
        "The blasts killed 95 people and wounded 246, the office said. Of the wounded, 160 were still in "
        "hospital on Sunday, 65 of them in intensive care, the office said. Of the dead, 31 were children."
    )
    assert claim_with(text, "160").subject == "part"
    assert claim_with(text, "65").subject == "part"
    assert claim_with(text, "31").subject_class == "children"
