"""Revisions told in the forms news copy uses: the new figure before the old ("cut the count to about
16,000 from more than 21,000"), a hedged new figure ("lowered ... to about 450"), a correction within one
sentence, a figure retold as the one its source first gave ("which at first offered $30 million"), and a
lower toll told at an earlier hour of the day ("By dawn, ... 85 had died"), and a report's current count
below the one it tells at an earlier hour ("In the first hours ..., fire officials spoke of 120 injured")."""

from __future__ import annotations

from tests.verification.test_engine import SOURCES, claim, frame, kinds
from verification.engine import compare

TO_FROM = (
    "In May the regional health office lowered its count of the dead and missing to about 16,000 from more "
    "than 21,000, after finding names entered twice."
)


def test_a_revision_told_new_figure_first_is_flagged_against_the_figure_after_from() -> None:
    found = compare(
        frame(
            claim(
                1,
                article_id=4,
                outlet="Harbour Post",
                value=16_000.0,
                qualifier="about",
                subject="dead",
                source=None,
                sentence=TO_FROM,
            ),
            claim(
                2,
                article_id=4,
                outlet="Harbour Post",
                value=21_000.0,
                qualifier="more_than",
                subject="dead",
                source=None,
                sentence=TO_FROM,
            ),
        )
    )
    assert kinds(found) == [("revision_down", (1, 2))]


def test_two_figures_after_to_and_from_that_are_a_rise_are_not_a_revision() -> None:
    rose = "The toll rose to 120 from 95 overnight, the regional health office said."
    found = compare(
        frame(
            claim(1, article_id=4, outlet="Harbour Post", value=120.0, source=None, sentence=rose),
            claim(2, article_id=4, outlet="Harbour Post", value=95.0, source=None, sentence=rose),
        )
    )
    assert [k for k, _ in kinds(found)] == []


def test_a_hedged_figure_after_lowered_to_is_announced_for_a_count_too() -> None:
    # not a toll: for a headcount only the words right before the figure make a fall a revision
    aboard = {"metric": "count", "subject": "passengers aboard"}
    found = compare(
        frame(
            claim(
                1,
                article_id=1,
                value=477.0,
                published_at="2024-08-10T12:00:00Z",
                sentence="477 were aboard.",
                **aboard,
            ),
            claim(
                2,
                article_id=2,
                value=450.0,
                qualifier="about",
                published_at="2024-08-12T12:00:00Z",
                source=None,
                sentence="Later the number of passengers was lowered to about 450.",
                **aboard,
            ),
        )
    )
    assert ("revision_down", (1, 2)) in kinds(found)


def test_a_correction_in_one_sentence_is_one_revision_not_also_two_parties_at_odds() -> None:
    # the corrected figure carries no attribution of its own: the sentence is one source correcting
    # itself, not two parties' counts
    said = "The mine operator first put the miners underground at 120, a figure later lowered to 110."
    shaft = {"metric": "count", "subject": "miners underground", "article_id": 3, "outlet": "Harbour Post"}
    found = compare(
        frame(
            claim(1, value=120.0, sentence=said, **shaft),
            claim(2, value=110.0, source=None, sentence=said, **shaft),
        )
    )
    assert kinds(found) == [("revision_down", (1, 2))]


def _pledge_then(later_sentence: str) -> list[tuple[str, tuple[int, ...]]]:
    """Washington's $40 million, then $30 million in a later report told by ``later_sentence``."""
    pledge = {
        "metric": "money",
        "subject": "US relief pledge",
        "subject_class": "money",
        "source": "US government",
    }
    return kinds(
        compare(
            frame(
                claim(1, value=40e6, published_at="2024-08-10T12:00:00Z", sentence="Washington pledged $40 million.", **pledge),
                claim(2, value=30e6, published_at="2025-02-10T12:00:00Z", sentence=later_sentence, **pledge),
            )
        )
    )  # fmt: skip


def test_a_figure_told_as_what_its_source_first_offered_is_no_stale_figure() -> None:
    assert _pledge_then("The United States, which at first offered $30 million, raised its help twice.") == []


def test_the_same_lower_figure_given_as_current_is_still_a_stale_figure() -> None:
    found = _pledge_then("The United States has given $30 million so far.")
    assert [k for k, _ in found] == ["revision_down"]


def test_a_lower_toll_told_at_an_earlier_hour_of_the_same_day_is_the_toll_rising() -> None:
    report = {"article_id": 5, "outlet": "Harbour Post", "metric": "killed", "subject": "people"}
    SOURCES.setdefault("District Fire Station", (320, "government"))
    rows = (
        claim(
            1,
            value=88.0,
            qualifier="at_least",
            sentence="At least 88 people were killed, the ministry said on Sunday.",
            **report,
        ),
        claim(
            2,
            value=85.0,
            source="District Fire Station",
            sentence="By dawn, the district fire chief said 85 people had died.",
            **report,
        ),
    )
    assert kinds(compare(frame(*rows))) == []
    # told with no hour, the two sources' figures of one day are at odds
    same_hour = (rows[0], {**rows[1], "sentence": "The district fire chief said 85 people had died."})
    assert [k for k, _ in kinds(compare(frame(*same_hour)))] == ["value_conflict"]


def test_a_report_whose_current_count_is_below_what_it_tells_at_an_earlier_hour_revises_it() -> None:
    hurt = {"article_id": 6, "outlet": "Harbour Post", "metric": "injured", "subject": "injured"}
    early = "In the first hours after the blast, fire officials spoke of 120 injured."
    rows = (
        claim(1, value=120.0, source=None, sentence=early, **hurt),
        claim(2, value=64.0, sentence="The ministry said on Sunday that 64 people were injured.", **hurt),
        claim(3, value=9.0, sentence="Nine of the injured were in serious condition, it said.", **hurt),
    )
    found = kinds(compare(frame(*rows)))
    assert ("revision_down", (1, 2)) in found
    assert not any(3 in ids for _, ids in found)


def _floor(claim_id: int, value: float, published: str, **fields: object) -> dict[str, object]:
    row: dict[str, object] = {
        "metric": "injured",
        "subject": "injured",
        "value": value,
        "qualifier": "more_than",
        "published_at": published,
        "source": "Gaza Health Ministry",
    }
    return claim(claim_id, **{**row, **fields})


def test_a_toll_floor_quoted_below_the_source_s_earlier_floor_is_a_stale_figure() -> None:
    # "more than 17,800 injured" in May, then the same ministry's "more than 14,000 injured" in June:
    # two open intervals that overlap, yet the toll went backwards
    found = compare(
        frame(
            _floor(1, 17_800.0, "2024-05-13T09:00:00Z"),
            _floor(2, 14_000.0, "2024-06-26T09:00:00Z"),
        )
    )
    assert kinds(found) == [("revision_down", (1, 2))]


def test_a_rising_toll_floor_is_no_revision() -> None:
    found = compare(
        frame(
            _floor(1, 14_000.0, "2024-05-03T09:00:00Z"),
            _floor(2, 17_800.0, "2024-05-13T09:00:00Z"),
        )
    )
    assert kinds(found) == []


def test_a_snapshot_floor_that_falls_is_news_not_a_stale_figure() -> None:
    # "more than 250 missing", then "more than 40 missing": bodies were found
    found = compare(
        frame(
            _floor(1, 250.0, "2024-05-03T09:00:00Z", metric="missing", subject="missing"),
            _floor(2, 40.0, "2024-05-13T09:00:00Z", metric="missing", subject="missing"),
        )
    )
    assert kinds(found) == []


def test_a_floor_that_rounds_the_source_s_earlier_figure_down_is_no_revision() -> None:
    # "1,283 injured", then the same ministry's "more than 1,200 injured": the figure rounded down
    found = compare(
        frame(
            _floor(1, 1_283.0, "2024-05-13T09:00:00Z", qualifier="exact"),
            _floor(2, 1_200.0, "2024-05-20T09:00:00Z"),
        )
    )
    assert kinds(found) == []


def test_a_figure_a_source_had_announced_is_retold_not_contradicted() -> None:
    said = (
        "A government committee put the toll at 512, well above the 358 deaths the ministry had announced "
        "six days after the strike."
    )
    found = compare(
        frame(
            claim(
                1,
                article_id=7,
                value=512.0,
                subject="dead",
                source="Gaza Government Media Office",
                sentence=said,
            ),
            claim(
                2, article_id=7, value=358.0, subject="deaths", source="Gaza Health Ministry", sentence=said
            ),
        )
    )
    assert [k for k, _ in kinds(found)] == []


def test_a_floor_restated_as_its_own_number_is_no_revision() -> None:
    # "more than 750,000" on Saturday, "750,000" on Monday, both the police's: the same estimate
    found = kinds(
        compare(
            frame(
                claim(1, metric="count", subject="turnout in London", value=750_000.0, qualifier="more_than",
                      source="Paris Police Prefecture", published_at="2003-02-15T18:00:00Z"),
                claim(2, metric="count", subject="turnout in London", value=750_000.0, qualifier="exact",
                      source="Paris Police Prefecture", published_at="2003-02-17T09:00:00Z"),
            )
        )
    )  # fmt: skip
    assert [k for k, _ids in found if k == "revision_down"] == []


def test_a_floor_followed_by_a_lower_number_is_still_a_revision() -> None:
    found = kinds(
        compare(
            frame(
                claim(1, metric="count", subject="turnout in London", value=750_000.0, qualifier="more_than",
                      source="Paris Police Prefecture", published_at="2003-02-15T18:00:00Z"),
                claim(2, metric="count", subject="turnout in London", value=500_000.0, qualifier="exact",
                      source="Paris Police Prefecture", published_at="2003-02-17T09:00:00Z"),
            )
        )
    )  # fmt: skip
    assert ("revision_down", (1, 2)) in found


def test_a_feared_toll_is_not_what_a_later_revision_replaces() -> None:
    feared = (
        "The state put its toll at 118 on Friday, far below the 10,000 that the mayor had feared for the "
        "city alone."
    )
    revised = "In a revised report published this month, the hurricane center puts the storm's toll at 1,833."
    found = compare(
        frame(
            claim(1, article_id=1, value=10_000.0, source=None, sentence=feared, subject="dead"),
            claim(
                2,
                article_id=2,
                value=1_833.0,
                source=None,
                sentence=revised,
                subject="dead",
                published_at="2025-08-29T12:00:00Z",
            ),
        )
    )
    assert [k for k, _ in kinds(found) if k == "revision_down"] == []


def test_people_feared_dead_are_still_a_count_a_revision_replaces() -> None:
    first = "Officials said 300 people are feared dead after the landslide."
    revised = "Officials revised the toll down to 120 on Tuesday after finding people counted twice."
    found = compare(
        frame(
            claim(1, article_id=1, value=300.0, source=None, sentence=first, subject="dead"),
            claim(
                2,
                article_id=2,
                value=120.0,
                source=None,
                sentence=revised,
                subject="dead",
                published_at="2024-08-12T12:00:00Z",
            ),
        )
    )
    assert ("revision_down", (1, 2)) in kinds(found)


def test_a_raise_retelling_the_old_figure_beside_the_new_is_no_conflict() -> None:
    first = "The weather service estimates the damage at $81 billion."
    later = (
        "The weather service now puts the damage at $108 billion, up from its first estimate of $81 billion."
    )
    money = {"metric": "money", "subject": "damage", "subject_class": "money", "source": "Gaza Civil Defence"}
    found = compare(
        frame(
            claim(1, article_id=1, value=81e9, sentence=first, **money),
            claim(2, article_id=2, value=108e9, sentence=later, published_at="2025-08-29T12:00:00Z", **money),
            claim(3, article_id=2, value=81e9, sentence=later, published_at="2025-08-29T12:00:00Z", **money),
        )
    )
    assert [k for k, _ in kinds(found) if k == "value_conflict"] == []


def test_a_source_cutting_its_own_count_of_the_injured_is_a_revision() -> None:
    sentence = (
        "City health officials have cut their count of those injured to 214, down from the 251 they gave "
        "on Monday, after finding patients counted twice."
    )
    injured = {
        "metric": "injured",
        "subject": "people",
        "source": "Gaza Health Ministry",
        "sentence": sentence,
    }
    found = kinds(
        compare(
            frame(
                claim(1, value=214.0, as_of="2024-08-10", **injured),
                claim(2, value=251.0, as_of="2024-08-08", **{**injured, "article_id": 1}),
            )
        )
    )
    assert [k for k, _ in found] == ["revision_down"]
