""" "The two men who escaped" is a count, named by its relative clause, where "the two men" alone points
back at people told of before; a number with a leading zero is a code, never a count."""

from __future__ import annotations

from tests.extraction.helpers import claims_of


def _values(text: str) -> list[float]:
    return [c.value for c in claims_of(text)]


def test_the_few_named_by_a_relative_clause_are_counted() -> None:
    assert _values(
        "Reparation was ordered for the families of the 31 miners killed and the two men who escaped."
    ) == [
        31,
        2,
    ]


def test_the_few_alone_still_point_back() -> None:
    assert _values("The two men met in Geneva on Tuesday.") == []


def test_a_number_with_a_leading_zero_is_a_code() -> None:
    assert _values("The victims' group Plataforma 04155 said 80 people died.") == [80]
    assert _values("Only 0.5 percent of the aid arrived.") == [0.5]
