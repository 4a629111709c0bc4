"""Attribution conflicts on ranges and on firms whose names look like people's."""

from __future__ import annotations

from verification.engine import compare

from .test_engine import SOURCES, claim, frame, kinds


def _damage(
    first: str, second: str, *, high: float = 250e9, other_high: float = 250e9
) -> list[tuple[str, tuple[int, ...]]]:
    for i, name in enumerate((first, second)):
        SOURCES.setdefault(name, (100 + i, "other"))
    return kinds(
        compare(
            frame(
                claim(1, metric="money", subject="total damage and economic loss", subject_class="money",
                      source=first, value=225e9, value_high=high, qualifier="range"),
                claim(2, metric="money", subject="total damage and economic loss", subject_class="money",
                      source=second, value=225e9, value_high=other_high, qualifier="range"),
            )
        )
    )  # fmt: skip


def test_the_same_range_credited_to_two_firms_is_an_attribution_conflict() -> None:
    assert _damage("Private Forecaster AccuWeather", "Moody's Analytics") == [
        ("attribution_conflict", (1, 2))
    ]


def test_two_ranges_sharing_only_their_low_end_are_not_the_same_figure() -> None:
    found = _damage("Private Forecaster AccuWeather", "Moody's Analytics", other_high=300e9)
    assert ("attribution_conflict", (1, 2)) not in found


def test_a_person_quoted_with_the_figure_is_still_not_a_rival_source() -> None:
    assert _damage("Jane Porter", "Moody's Analytics") == []


def _districts(
    first: tuple[str, str, str], second: tuple[str, str, str]
) -> list[tuple[str, tuple[int, ...]]]:
    rows = []
    for i, (name, kind, words) in enumerate((first, second), start=1):
        SOURCES.setdefault(name, (200 + len(SOURCES), kind))
        rows.append(
            claim(i, metric="count", subject="districts declared", subject_class="other", source=name,
                  value=72.0, attribution=words)
        )  # fmt: skip
    return kinds(compare(frame(*rows)))


def test_a_minister_relaying_the_agencys_figure_is_not_a_rival_source() -> None:
    agency = ("National Disaster Agency", "government", "the disaster agency said")
    assert _districts(("Foreign Ministry", "ministry", "Foreign Minister Amina Shah told"), agency) == []
    assert (
        _districts(("Prime Minister Omar Haddad", "government", "said Prime Minister Omar Haddad"), agency)
        == []
    )
    # ... but a ministry's own statement crediting the agency's figure to itself still is
    found = _districts(("Foreign Ministry", "ministry", "the foreign ministry said"), agency)
    assert [kind for kind, _ in found] == ["attribution_conflict"]


def test_a_countrys_government_and_its_own_agency_are_one_voice() -> None:
    agency = ("National Disaster Agency", "government", "the disaster agency said")
    assert _districts(("Pakistani Government", "government", "the Pakistani government said"), agency) == []


def test_a_head_of_government_and_a_body_outside_the_state_are_credited_apart() -> None:
    # a prime minister's forecast credited by another report to the UN: the UN is no voice of the state
    leader = ("Karsland Government", "government", "Prime Minister Omar Haddad warned")
    found = _districts(leader, ("United Nations", "un", "the U.N. says"))
    assert [kind for kind, _ in found] == ["attribution_conflict"]


def test_a_president_and_a_prime_minister_are_one_state_voice() -> None:
    president = ("President Lena Varga", "other", "President Lena Varga told reporters")
    premier = ("Karsland Government", "government", "Prime Minister Omar Haddad said")
    assert _districts(president, premier) == []


def _share(claim_id: int, value: float, source: str, sentence: str) -> dict[str, object]:
    SOURCES.setdefault(source, (300 + len(SOURCES), "other"))
    return claim(claim_id, article_id=7, outlet="Ohio Post", metric="percent", subject="adults",
                 subject_class="other", value=value, source=source, sentence=sentence)  # fmt: skip


def test_two_pollsters_shares_in_two_sentences_answer_two_questions() -> None:
    found = compare(
        frame(
            _share(
                1, 67.0, "Gallup", "Some 67 percent of adults backed the movement, a Gallup survey found."
            ),
            _share(
                2, 10.0, "Kaiser", "In a Kaiser poll, 10 percent of adults said they had attended a protest."
            ),
        )
    )
    assert kinds(found) == []


def test_two_sides_shares_of_one_strike_still_disagree() -> None:
    found = compare(
        frame(
            _share(
                1, 32.7, "Education Ministry", "The ministry put the teachers' strike rate at 32.7 percent."
            ),
            _share(2, 60.0, "Teaching Unions", "The unions said at least 60 percent of teachers walked out."),
        )
    )
    assert [k for k, _ in kinds(found)] == ["value_conflict"]


def test_countries_listed_with_their_own_counts_in_one_sentence_are_no_dispute() -> None:
    sentence = "Ghana's pilgrimage board has put its dead at 41, Mali at 38 and Chad at 12."
    rows = []
    for n, (name, kind, words, value) in enumerate(
        (("Ghana Pilgrimage Board", "other", "Ghana's pilgrimage board has put", 41.0),
         ("Mali Government", "government", "Mali", 38.0),
         ("Chad Government", "government", "Chad", 12.0)),
        start=1,
    ):  # fmt: skip
        SOURCES.setdefault(name, (400 + len(SOURCES), kind))
        rows.append(claim(n, article_id=9, outlet="Sahel Post", subject="dead", source=name, value=value,
                          attribution=words, sentence=sentence))  # fmt: skip
    assert kinds(compare(frame(*rows))) == []
