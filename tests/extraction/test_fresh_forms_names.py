"""Numbers that belong to names, not figures: a number glued to a web domain, a number inside a
capitalised name or after a naming word, and "net zero" targets; and the counts next to them that stay."""

from __future__ import annotations

import pytest

from tracker.extraction import extract_claims


def values(text: str) -> list[float]:
    return [c.value for c in extract_claims(text)]


@pytest.mark.parametrize(
    "text",
    [
        "According to 198.org, a campaign network, more than 20,000 cyclists rode through the city.",
        "The petition site 24.com said 12,000 signatures were collected in a day.",
    ],
)
def test_a_number_glued_to_a_web_domain_is_a_name(text: str) -> None:
    assert 198 not in values(text) and 24 not in values(text)
    assert len(values(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers from Teachers United 4 Literacy said more than 2,000 pupils had enrolled.",
        "Trucks using Corridor Sud 3, the only paved road west, carried 40 tonnes of flour.",
        "Gangs blocking Ruta Nacional 7, the main highway north, stopped 12 buses.",
        "The patrol, flying under the call sign Bravo 21, rescued 14 fishermen.",
        "A ferry named Island Star 9 capsized with 60 passengers aboard.",
    ],
)
def test_a_number_inside_a_capitalised_name_is_no_figure(text: str) -> None:
    assert len(values(text)) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry said 591 people died in Al Haouz and Taroudant 809, it added.", [591, 809]),
        ("Some 700 Muslim pilgrims were stranded at the border.", [700]),
        ("Officials said on Monday 12 Israeli soldiers were hurt.", [12]),
        ("Berlin sent Kyiv 18 Leopard tanks last year.", [18]),
        ("In Kherson 45 people were evacuated.", [45]),
    ],
)
def test_counts_next_to_capitalised_words_stay(text: str, expected: list[float]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The airline promised to reach net zero carbon emissions by 2045 and ordered 40 new jets.",
        "The city will buy 300 zero-emission buses and aims for net-zero by 2050.",
        "The firm pledged net zero and said it had 1,200 staff.",
    ],
)
def test_net_zero_is_a_target_not_a_count(text: str) -> None:
    assert 0 not in values(text)


def test_a_count_of_zero_stays() -> None:
    assert values("Officials said zero deaths had been recorded in the province.") == [0]
