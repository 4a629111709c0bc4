"""A wire story's copy that changes a figure of the original's sentence: one copy is wrong, although
the two copies are one report and are otherwise never compared."""

from __future__ import annotations

from tests.verification.test_engine import claim, frame
from verification.engine import compare

WIRE = "The toll included {n} children, the Italian government said."
COPY = "The toll included {n} children, the Italian government said on Sunday."


def copies(*rows: dict) -> list:
    return [c for c in compare(frame(*rows)) if "copy of a wire story gives" in c.explanation]


def test_a_copy_that_changes_the_figure_of_the_same_sentence_is_flagged() -> None:
    found = copies(
        claim(1, value=12.0, subject="children", wire_group=1, sentence=WIRE.format(n=12)),
        claim(2, value=21.0, subject="children", wire_group=1, sentence=COPY.format(n=21)),
    )
    assert [(c.kind, c.claim_ids) for c in found] == [("value_conflict", (1, 2))]
    assert "Outlet 2" in found[0].explanation


def test_copies_that_agree_or_different_sentences_are_not_flagged() -> None:
    assert not copies(
        claim(1, value=12.0, wire_group=1, sentence=WIRE.format(n=12)),
        claim(2, value=12.0, wire_group=1, sentence=COPY.format(n=12)),
    )
    assert not copies(
        claim(1, value=12.0, wire_group=1, sentence=WIRE.format(n=12)),
        claim(
            2,
            value=21.0,
            wire_group=1,
            sentence="Rescuers said 21 bodies had been recovered from the beach by noon.",
        ),
    )


def test_two_reports_that_are_not_copies_are_left_to_the_other_rules() -> None:
    assert not copies(
        claim(1, value=12.0, wire_group=1, sentence=WIRE.format(n=12)),
        claim(2, value=21.0, wire_group=2, sentence=COPY.format(n=21)),
    )


def test_the_figures_of_one_sentence_are_paired_in_their_order() -> None:
    # the copy reorders nothing: its "three men" is the wire's "three men", its "one woman" the wire's
    # "one woman"; a three and a one are never the same figure
    wire = "Police said three men and one woman had been detained."
    assert not copies(
        claim(1, value=3.0, metric="detained", subject="men", wire_group=1, sentence=wire),
        claim(2, value=1.0, metric="detained", subject="men", wire_group=1, sentence=wire + " "),
    )


def test_a_copy_s_changed_figure_is_flagged_even_where_about_would_cover_it() -> None:
    wire = "Brock Long said he expected about {n} people to apply for federal disaster aid."
    found = copies(
        claim(
            1,
            value=450_000.0,
            qualifier="about",
            metric="affected",
            wire_group=1,
            sentence=wire.format(n="450,000"),
        ),
        claim(
            2,
            value=460_000.0,
            qualifier="about",
            metric="affected",
            wire_group=1,
            sentence=wire.format(n="460,000"),
        ),
    )
    assert [c.claim_ids for c in found] == [(1, 2)]


def test_a_hedge_put_on_in_a_copy_is_no_changed_figure() -> None:
    wire = "The ministry said {n} people had been killed."
    assert not copies(
        claim(1, value=1234.0, wire_group=1, sentence=wire.format(n="1,234")),
        claim(2, value=1200.0, qualifier="about", wire_group=1, sentence=wire.format(n="about 1,200")),
    )
