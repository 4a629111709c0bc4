"""A toll given after a part of it ("38 foreigners were among the dead") counts everyone, not the part."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with


@pytest.mark.parametrize(
    "part",
    ["12 foreigners were among the dead", "nine Britons were among the dead", "four tourists had died"],
)
def test_a_toll_after_a_part_of_it_borrows_no_subject(part: str) -> None:
    text = f"The minister said {part}. On Monday the health ministry had put the toll at 290."
    assert claim_with(text, "290").subject == ""


def test_a_bare_figure_still_borrows_the_paragraphs_subject() -> None:
    text = "Unions said 250,000 marchers took to the streets of Paris. Police put the figure at 80,000."
    assert claim_with(text, "80,000").subject == "marchers"
