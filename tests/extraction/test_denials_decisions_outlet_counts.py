"""Forms met in unseen copy: a denied ceiling ("had not exceeded 150") and a scheduled rise ("will go up
to 14 percent") against a forecast's ceiling ("could go up to"); a figure in reports a speaker rejects;
a decision's background in a relative clause; the outlet's own count ("our count of the dead"); a
name holding a post in a body named before ("X, the group's Nigeria researcher"); "police there";
agents and times that are no part of a source; and what a figure counts (people driven from their
homes, interviews with victims, a share spelled "One percent", a figure in a clause of its own after
"a count of figures ...")."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with


@pytest.mark.parametrize(
    ("text", "quote", "qualifier"),
    [
        ("The army said the number killed in the town had not exceeded 150.", "150", "at_most"),
        ("Value-added tax will go up to 14 percent from 12 percent for a year.", "14 percent", "exact"),
        ("Officials warned the toll could go up to 10,000.", "10,000", "at_most"),
        ("The toll exceeded 150 by nightfall.", "150", "more_than"),
    ],
)
def test_denied_ceilings_and_scheduled_rises(text: str, quote: str, qualifier: str) -> None:
    assert claim_with(text, quote).qualifier == qualifier


def test_a_figure_in_reports_the_speaker_rejects_is_not_its_own() -> None:
    text = (
        "The defence ministry has rejected reports that some 3,000 people died in the raid, saying the "
        "number killed had not exceeded 90."
    )
    assert claim_with(text, "some 3,000").source is None
    assert claim_with(text, "90").attribution != ""


def test_a_decisions_background_in_a_relative_clause_is_the_outlets() -> None:
    text = (
        "The Supreme Court on Sunday ordered that 90 percent of posts be filled on merit, ending a quota "
        "system that set off the worst unrest in years, in which at least 150 people have been killed."
    )
    assert claim_with(text, "at least 150").source is None
    assert claim_with(text, "90 percent").source is not None


def test_the_outlets_own_count_has_no_source() -> None:
    text = "Police said 40 people died on Sunday.\n\nBy Monday night our count of the dead stood at more than 200."
    assert claim_with(text, "more than 200").source is None


def test_a_name_with_a_post_in_the_group_named_before_speaks_for_it() -> None:
    text = (
        "According to Amnesty, at least 16 villages were attacked.\n\n"
        '"If as many as 900 civilians were killed, this is an escalation," said Jane Roe, the group\'s '
        "Chad researcher."
    )
    claim = claim_with(text, "as many as 900")
    assert claim.source is not None and claim.source.name == "Amnesty International"


def test_police_there_are_the_police_of_the_place_just_named() -> None:
    text = "Bombers struck a market in Potiskum, in neighbouring Yobe State, killing four people, according to police there."
    assert claim_with(text, "four people").attribution.endswith("[Yobe State police]")


def test_attackers_in_the_outlets_words_get_no_carried_source() -> None:
    text = (
        "Two bombs killed 19 people in Maiduguri, state police said.\n\n"
        "The attacks came as leaders marched in Paris after Islamist gunmen killed 17 people there."
    )
    assert claim_with(text, "17 people").source is None


def test_taken_people_are_no_sum_seized() -> None:
    text = "Police said 40 people died.\n\nThe group still holds 112 of the 276 schoolgirls it seized last April."
    assert claim_with(text, "276 schoolgirls").attribution == ""
    assert (
        claim_with("Customs officers seized $2 million in cash.", "$2 million").attribution
        == "Customs officers seized"
    )


@pytest.mark.parametrize(
    ("text", "quote", "source"),
    [
        (
            "The World Bank appealed for $72 million, and the International Monetary Fund lent the country "
            "$364 million in July.",
            "$364 million",
            "International Monetary Fund",
        ),
        (
            "Amnesty International said more than 2,000 may have been killed. Satellite images released by the "
            "rights group a fortnight later showed more than 3,100 buildings destroyed.",
            "3,100",
            "Amnesty International",
        ),
    ],
)
def test_agents_and_times_that_are_no_part_of_the_source(text: str, quote: str, source: str) -> None:
    claim = claim_with(text, quote)
    assert claim.source is not None and claim.source.name == source


def test_a_week_before_the_speaker_is_no_part_of_it() -> None:
    text = "Earlier in the week Interior Minister Ana Ruiz had said 1,700 people were unaccounted for."
    assert claim_with(text, "1,700").attribution.startswith("Earlier in the week Interior Minister Ana Ruiz")
    assert claim_with(text, "1,700").source is not None


@pytest.mark.parametrize(
    ("text", "quote", "metric"),
    [
        (
            "The insurgency has killed 13,000 people and driven about 1.5 million from their homes.",
            "1.5 million",
            "displaced",
        ),
        ("The findings drew on more than 230 interviews with victims and witnesses.", "230", "count"),
        (
            "The toll is a count of figures from police, since July 16, when six people died.",
            "six people",
            "killed",
        ),
        ("One percent will go to ethnic minorities.", "One percent", "percent"),
    ],
)
def test_what_the_figure_counts(text: str, quote: str, metric: str) -> None:
    assert claim_with(text, quote).metric == metric


def test_people_an_appeal_is_to_help_are_affected_and_a_compilers_figures_are_its_own() -> None:
    text = "The UN appealed for $40 million to help 250,000 people with shelter and food."
    assert claim_with(text, "250,000").metric == "affected"
    assert claim_with("The money would reach 90,000 people, UNICEF said.", "90,000").metric == "count"
    text = "At least 91 people were killed, according to figures from police and hospitals compiled by Delta Radio."
    claim = claim_with(text, "At least 91")
    assert claim.source is not None and claim.source.name == "Delta Radio"
