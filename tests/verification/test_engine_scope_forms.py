"""A total reported as a subset (the same figure or the same ceiling), and one body's two spellings, in an
incident's figures."""

from __future__ import annotations

from verification.engine import compare

from .test_engine import SOURCES, claim, frame, kinds


def _affected(
    sub_class: str, *, days_apart: bool = True, qualifier: str = "about"
) -> list[tuple[str, tuple[int, ...]]]:
    return kinds(
        compare(
            frame(
                claim(1, metric="affected", subject="people", value=1_200_000.0, qualifier=qualifier,
                      published_at="2024-08-18T12:00:00Z"),
                claim(2, metric="affected", subject=sub_class, subject_class=sub_class, value=1_200_000.0,
                      published_at="2024-08-27T12:00:00Z" if days_apart else "2024-08-18T15:00:00Z"),
            )
        )
    )  # fmt: skip


def test_an_incidents_total_reported_days_later_as_children_is_a_scope_conflict() -> None:
    assert _affected("children") == [("scope_conflict", (1, 2))]
    assert _affected("children", qualifier="exact") == [("scope_conflict", (1, 2))]


def test_civilians_for_all_the_dead_describe_them_and_conflict_with_nothing() -> None:
    assert _affected("civilians") == []
    assert _affected("civilians", days_apart=False) == []


def test_a_bodys_shorter_name_is_the_same_body_so_its_later_lower_toll_is_its_revision() -> None:
    SOURCES.setdefault("Haiti Civil Protection", (300, "government"))
    SOURCES.setdefault("Haiti Civil Protection Agency", (301, "government"))
    found = kinds(
        compare(
            frame(
                claim(1, source="Haiti Civil Protection", value=2_207.0, published_at="2024-08-20T12:00:00Z"),
                claim(2, source="Haiti Civil Protection Agency", value=2_189.0, published_at="2024-08-23T12:00:00Z"),
            )
        )
    )  # fmt: skip
    assert [kind for kind, _ in found] == ["revision_down"]


def test_a_sources_first_count_quoted_as_current_is_stale_even_far_below_its_latest() -> None:
    SOURCES.setdefault("Afghan Health Official", (310, "government"))
    SOURCES.setdefault("Afghan Health Ministry", (311, "ministry"))

    def run(last: float) -> list[str]:
        rows = frame(
            claim(1, source="Afghan Health Official", value=60.0, qualifier="at_least", published_at="2024-08-26T20:00:00Z"),
            claim(2, source="Afghan Health Ministry", value=170.0, qualifier="at_least", published_at="2024-08-28T12:00:00Z"),
            claim(3, source="Afghan Health Ministry", value=last, published_at="2024-08-31T12:00:00Z"),
        )  # fmt: skip
        return [c.kind for c in compare(rows)]

    assert run(60.0) == ["revision_down"]
    # a figure under half the latest that the source never gave is more likely a part (one hospital's)
    assert run(45.0) == []


def test_a_crowd_named_by_its_place_that_its_source_later_cuts_to_a_quarter_is_a_revision_not_a_part() -> (
    None
):
    def run(subject: str) -> list[str]:
        rows = frame(
            claim(1, metric="count", subject=subject, source="CGT", value=250_000.0, published_at="2024-03-09T20:00:00Z"),
            claim(2, metric="count", subject=subject, source="CGT", value=60_000.0, qualifier="about",
                  published_at="2024-03-11T09:00:00Z"),
        )  # fmt: skip
        return [c.kind for c in compare(rows)]

    assert run("turnout in Lyon") == ["revision_down"]
    assert run("turnout") == []  # a count naming nothing may be one city's share


def test_two_sources_tolls_in_one_report_that_says_they_disagree_conflict() -> None:
    told = "That morning the ministry had reported 2,360 deaths, and on Thursday 2,357."

    def run(second_sentence: str) -> list[str]:
        rows = frame(
            claim(1, source="Gaza Health Ministry", subject="deaths", value=2_360.0, article_id=1, sentence=told),
            claim(2, source="Gaza Health Ministry", subject="deaths", value=2_357.0, article_id=1, sentence=told),
            claim(3, source="Gaza Civil Defence", subject="dead", value=4_460.0, article_id=1,
                  sentence=second_sentence),
        )  # fmt: skip
        return [c.kind for c in compare(rows)]

    # a ministry retelling its day's counts is read as a rising toll beside another body's figure ...
    assert run("The civil defence later put the number of dead at 4,460.") == []
    # ... unless the report says the counts disagree
    assert run("The civil defence added to the confusion when it put the number of dead at 4,460.") == [
        "value_conflict"
    ]


def test_the_same_ceiling_given_to_a_subset_and_to_everyone_is_a_total_reported_as_a_subset() -> None:
    def run(children: float) -> list[tuple[str, tuple[int, ...]]]:
        return kinds(
            compare(
                frame(
                    claim(1, metric="affected", subject="people", value=2_000_000.0, qualifier="at_most",
                          published_at="2024-08-18T12:00:00Z"),
                    claim(2, metric="affected", subject="children", subject_class="children", value=children,
                          qualifier="at_most", published_at="2024-08-25T12:00:00Z"),
                )
            )
        )  # fmt: skip

    assert run(2_000_000.0) == [("scope_conflict", (1, 2))]
    assert run(900_000.0) == []


def test_a_body_named_by_its_country_has_the_words_of_its_national_name() -> None:
    # "Guatemala's forensic institute" in one report, "the national forensic institute" in another: one
    # body, so the shorter name folds into the longer one ("national" is a suffix word there)
    from verification.engine.compare import _BODY_SUFFIXES, _name_words

    owned = _name_words("Guatemala's Forensic Institute")
    national = _name_words("National Forensic Institute")
    assert owned == frozenset({"forensic", "institute"})
    assert owned < national and national - _BODY_SUFFIXES == owned


def test_a_bare_figure_with_no_noun_is_no_total_for_a_subset_of_the_same_figure() -> None:
    def run(total_subject: str) -> list[tuple[str, tuple[int, ...]]]:
        return kinds(
            compare(
                frame(
                    claim(1, metric="hostages", subject=total_subject, value=129.0, published_at="2024-04-17T12:00:00Z"),
                    claim(2, metric="hostages", subject="girls", subject_class="children", value=129.0,
                          published_at="2024-04-23T12:00:00Z"),
                )
            )
        )  # fmt: skip

    assert run("") == []
    assert run("people") == [("scope_conflict", (1, 2))]
