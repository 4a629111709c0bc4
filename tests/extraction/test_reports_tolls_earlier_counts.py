"""Forms met in unseen copy: "The report also documented N" goes on with the report of the body quoted
before (never a sentence subject such as "Police officers were among the dead"); "the world body said"
is the UN, no body counted; hangings are deaths; "The count compiled by the agency had stood at 842"
and "The death toll from the raids on two camps has risen to 525" count what the toll counts; and an
earlier count told after "up from" is the same source's."""

from __future__ import annotations

from tests.extraction.helpers import claim_with


def test_the_report_goes_on_with_the_body_quoted_before() -> None:
    text = (
        "Human Rights Watch said the true number of dead was likely more than 1,000.\n\n"
        "The report also documented at least 61 deaths outside the barracks."
    )
    claim = claim_with(text, "at least 61")
    assert claim.source is not None and claim.source.name == "Human Rights Watch"


def test_the_report_is_not_a_sentence_subject_that_gave_no_figure() -> None:
    text = (
        "The UN human rights office said 12 percent of those killed were children. Police officers were "
        "among the dead too: the report counts 44 of them."
    )
    claim = claim_with(text, "44 of them")
    assert claim.source is not None and "Police" not in claim.source.name


def test_the_world_body_is_no_body_and_hangings_are_deaths() -> None:
    assert (
        claim_with("The world body said more than 175,000 people were in shelters.", "175,000").metric
        == "displaced"
    )
    assert claim_with("Pakistan has hanged more than 300 people since December.", "300").metric == "killed"


def test_a_count_that_stood_and_a_toll_that_rose_past_another_figure() -> None:
    text = (
        "A tally compiled by Reuters showed at least 1,000 dead.\n\n"
        "The count compiled by the news agency had stood at 842 on Friday.\n\n"
        "The death toll from the raids on two protest camps has risen to 525, the health ministry said. "
        "A further 3,717 people were injured, it said.\n\n"
        "The toll, up from 149 dead and 1,403 wounded given on Wednesday, covers both sit-ins."
    )
    assert claim_with(text, "842").metric == "killed"
    toll = claim_with(text, "525")
    assert toll.metric == "killed" and toll.subject == ""
    assert claim_with(text, "149 dead").attribution == "the health ministry said"
    assert claim_with(text, "1,403 wounded").attribution.startswith("it said")
