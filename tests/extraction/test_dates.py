from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.extraction import extract_claims
from tracker.extraction.dates import (
    KNOWN_START_DATES,
    attached_date,
    date_spans,
    resolve_as_of,
    resolve_since,
)

# Saturday 10 August 2024, mid-afternoon.
SATURDAY = datetime(2024, 8, 10, 14, 5, tzinfo=UTC)
# Thursday 16 March 2023, early morning.
THURSDAY = datetime(2023, 3, 16, 7, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The strike on Saturday killed at least 93 people.", date(2024, 8, 10)),
        ("On Thursday, the ministry said 40 people had died.", date(2024, 8, 8)),
        ("Monday's earthquake killed 2,300 people.", date(2024, 8, 5)),
        ("Rescuers pulled 12 survivors from the rubble yesterday.", date(2024, 8, 9)),
        ("Police counted 4,000 marchers last night.", date(2024, 8, 9)),
        ("Officials said 50 trucks crossed today.", date(2024, 8, 10)),
        ("Some 30,000 people marched last weekend.", date(2024, 8, 3)),
        ("The ministry put the toll at 39,790 on 12 July.", date(2024, 7, 12)),
        ("The ministry put the toll at 39,790 on July 12.", date(2024, 7, 12)),
        ("The toll stood at 35,000 on Aug. 2.", date(2024, 8, 2)),
        ("The toll was 1,200 on 15 August 2023.", date(2023, 8, 15)),
        ("The toll was 1,200 on 2023-08-15.", date(2023, 8, 15)),
    ],
)
def test_it_resolves_the_day_a_figure_describes(sentence: str, expected: date) -> None:
    assert resolve_as_of(sentence, SATURDAY) == expected


def test_a_day_and_month_later_than_publication_means_last_year() -> None:
    assert resolve_as_of("The count reached 500 on 20 December.", SATURDAY) == date(2023, 12, 20)


def test_a_day_and_month_of_last_year_is_the_year_before_publication() -> None:
    # published in August 2024: "July 12 last year" is 2023 even though July 12 2024 has passed
    assert resolve_as_of("The blasts on July 12 last year killed 173 people.", SATURDAY) == date(2023, 7, 12)
    assert resolve_as_of("On 2 March last year the toll stood at 80.", SATURDAY) == date(2023, 3, 2)


def test_it_returns_none_when_the_sentence_dates_nothing() -> None:
    assert resolve_as_of("At least 93 people were killed, the agency said.", SATURDAY) is None
    assert resolve_as_of("A protest march drew 1,000 people.", SATURDAY) is None
    assert resolve_as_of("", SATURDAY) is None


def test_a_since_date_is_not_the_figures_day() -> None:
    assert resolve_as_of("39,790 people have been killed since October 7.", SATURDAY) is None


def test_a_comparison_date_is_not_the_figures_day() -> None:
    sentence = "There were about 20% more demonstrators than on January 31."
    assert resolve_as_of(sentence, THURSDAY) is None


def test_a_planned_date_is_not_the_figures_day() -> None:
    assert resolve_as_of("Talks due on Thursday will discuss the 250 hostages.", SATURDAY) is None


def test_without_publication_only_full_dates_resolve() -> None:
    assert resolve_as_of("on Saturday", None) is None
    assert resolve_as_of("on 15 August 2023", None) == date(2023, 8, 15)


def test_the_anchor_picks_the_date_attached_to_each_figure() -> None:
    sentence = "The ministry counted 480,000 demonstrators on Wednesday, against 1.28 million on March 7."
    assert resolve_as_of(sentence, THURSDAY, sentence.index("480,000")) == date(2023, 3, 15)
    assert resolve_as_of(sentence, THURSDAY, sentence.index("1.28")) == date(2023, 3, 7)


def test_a_date_belonging_to_another_figure_is_not_borrowed() -> None:
    sentence = "Police counted 37,000 protesters, down from 48,000 on Saturday."
    assert attached_date(sentence, THURSDAY, sentence.index("37,000")) is None
    assert attached_date(sentence, THURSDAY, sentence.index("48,000")) == date(2023, 3, 11)
    assert resolve_as_of(sentence, THURSDAY, sentence.index("37,000")) is None


def test_a_relative_clause_carries_its_date_to_the_figure() -> None:
    sentence = "The war began with the attack on October 7, in which some 1,200 people were killed."
    assert attached_date(sentence, SATURDAY, sentence.index("1,200")) == date(2023, 10, 7)


def test_statement_dates_can_be_skipped() -> None:
    sentence = "The military said on Monday it had identified 31 militants killed in the strike."
    assert attached_date(sentence, THURSDAY, sentence.index("31")) == date(2023, 3, 13)
    assert attached_date(sentence, THURSDAY, sentence.index("31"), skip_statements=True) is None


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("since October 7", date(2023, 10, 7)),
        ("since Oct. 7", date(2023, 10, 7)),
        ("since 7 October 2023", date(2023, 10, 7)),
        ("since the October 7 attack", date(2023, 10, 7)),
        ("killed in Gaza since the war began", date(2023, 10, 7)),
        ("since the start of the war in Gaza", date(2023, 10, 7)),
        ("since Russia's full-scale invasion of Ukraine", date(2022, 2, 24)),
        ("since the start of the year", date(2024, 1, 1)),
        ("so far this year", date(2024, 1, 1)),
        ("since January", date(2024, 1, 1)),
        ("since early March", date(2024, 3, 1)),
        ("since 2014", date(2014, 1, 1)),
        ("since July 6", date(2024, 7, 6)),
    ],
)
def test_it_resolves_the_start_of_a_running_total(phrase: str, expected: date) -> None:
    assert resolve_since(phrase, SATURDAY) == expected


def test_a_war_start_needs_region_words_in_the_phrase_or_context() -> None:
    assert resolve_since("since the war began", SATURDAY) is None
    assert resolve_since("since the war began", SATURDAY, context="Gaza's health ministry said") == date(
        2023, 10, 7
    )


def test_a_phrase_without_a_start_gives_none() -> None:
    assert resolve_since("so far", SATURDAY) is None
    assert resolve_since("since the earthquake", SATURDAY) is None
    assert resolve_since("", SATURDAY) is None


def test_known_start_dates_are_documented_rows() -> None:
    assert all(words and isinstance(start, date) for words, start in KNOWN_START_DATES)


def test_date_spans_cover_dates_years_and_clock_times_but_not_counts() -> None:
    text = (
        "On 7 October 2023, at 6:30 am, gunmen attacked; in 2023 the toll was 1,200. "
        "The 1960 Agadir earthquake killed 12,000. The 2000 people fled on March 7 and 1.28 million marched."
    )
    covered = {text[s:e] for s, e in date_spans(text)}
    assert {"7 October 2023", "6:30 am", "2023", "1960", "March 7"} <= covered
    assert not covered & {"1,200", "12,000", "2000", "1.28"}


def test_date_spans_ignore_lowercase_month_words() -> None:
    assert date_spans("a protest march of 3 miles may 5 people join") == []


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400), st.one_of(st.none(), st.datetimes(min_value=datetime(1950, 1, 1))))
def test_date_functions_never_raise_and_spans_are_valid(text: str, published: datetime | None) -> None:
    resolve_as_of(text, published)
    resolve_as_of(text, published, len(text) // 2)
    resolve_since(text, published, text)
    previous_end = 0
    for start, end in date_spans(text):
        assert previous_end <= start < end <= len(text)
        previous_end = end


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(["Monday", "on 12 August", "yesterday", "since October 7", "Sept. 9, 2023"]), st.text()
)
def test_date_words_inside_noise_never_raise(phrase: str, noise: str) -> None:
    text = f"{noise} {phrase} {noise}"
    resolve_as_of(text, SATURDAY)
    resolve_since(text, SATURDAY)
    assert all(0 <= s < e <= len(text) for s, e in date_spans(text))


def test_a_superlative_since_is_a_comparison_not_a_start() -> None:
    assert (
        resolve_since("the country's deadliest disaster since the Erzincan earthquake of 1939", SATURDAY)
        is None
    )
    assert resolve_since("the latest toll since October 7", SATURDAY) == date(2023, 10, 7)


def test_a_superlative_in_the_context_before_the_phrase_also_counts() -> None:
    context = "It was the deadliest quake to hit the country since 1960, when Agadir was destroyed."
    assert resolve_since("since 1960", SATURDAY, context) is None
    assert resolve_since("since 1960", SATURDAY) == date(1960, 1, 1)


def test_a_phrase_cut_inside_a_number_is_read_whole_from_its_context() -> None:
    context = "UN monitors say at least 10,100 civilians have been killed since February 2022."
    assert resolve_since("since February 20", SATURDAY, context) == date(2022, 2, 1)


def test_the_same_day_takes_the_date_named_before_it() -> None:
    sentence = "Firefighters said 14 homes burned on August 6, while the county counted 22 for the same day."
    assert resolve_as_of(sentence, SATURDAY, sentence.index("22")) == date(2024, 8, 6)
    alone = "The county counted 22 that day."
    assert resolve_as_of(alone, SATURDAY, alone.index("22")) is None  # no antecedent in the text


def test_a_day_earlier_is_the_day_before_the_date_just_named_or_publication() -> None:
    sentence = "The stampede toll reached 31 by noon on Thursday, up from 24 a day earlier."
    assert resolve_as_of(sentence, SATURDAY, sentence.index("24")) == date(2024, 8, 7)
    plain = "A day earlier, the ferry operator put the number of passengers at 180."
    assert resolve_as_of(plain, SATURDAY, plain.index("180")) == date(2024, 8, 9)


def test_days_ago_count_back_from_publication() -> None:
    sentence = "Three days ago the tornado destroyed 60 homes in the county."
    assert resolve_as_of(sentence, SATURDAY, sentence.index("60")) == date(2024, 8, 7)
    assert "Three" not in [sentence[s:e].split()[0] for s, e in date_spans(sentence) if s > 0]
    assert any(sentence[s:e] == "Three days ago" for s, e in date_spans(sentence))


def test_by_a_day_dates_a_count_but_not_a_deadline() -> None:
    count = "The toll from the landslide had reached 64 by Thursday evening."
    assert resolve_as_of(count, SATURDAY, count.index("64")) == date(2024, 8, 8)
    deadline = "The government promised 300 tents by Thursday."
    assert resolve_as_of(deadline, SATURDAY, deadline.index("300")) is None


def test_over_the_weekend_is_the_saturday_just_past_or_current() -> None:
    sentence = "Hailstorms damaged 2,000 roofs over the weekend."
    monday = datetime(2024, 8, 12, 9, tzinfo=UTC)
    assert resolve_as_of(sentence, monday, sentence.index("2,000")) == date(2024, 8, 10)
    assert resolve_as_of(sentence, SATURDAY, sentence.index("2,000")) == date(2024, 8, 10)


def test_that_day_takes_the_day_the_sentence_before_named() -> None:
    text = (
        "Customs officers said 310 lorries crossed the bridge on Tuesday. The port authority said only 180"
        " lorries got through that day."
    )
    claims = extract_claims(text, published_at=SATURDAY)
    assert [c.as_of for c in claims] == [date(2024, 8, 6), date(2024, 8, 6)]
    text = "The river rose on Thursday and 40 homes flooded. The previous day, 12 families had left."
    assert extract_claims(text, published_at=SATURDAY)[-1].as_of == date(2024, 8, 7)
    # with no day before it, "that day" dates nothing and the figure keeps the publication day
    text = "Volunteers served 2,000 meals that day."
    assert extract_claims(text, published_at=SATURDAY)[0].as_of == date(2024, 8, 10)


def test_that_day_across_sentences_in_resolve_as_of() -> None:
    sentence = "The county counted 22 that same day."
    assert resolve_as_of(sentence, SATURDAY, sentence.index("22"), earlier_day=date(2024, 8, 6)) == date(
        2024, 8, 6
    )
    assert resolve_as_of(sentence, SATURDAY, sentence.index("22")) is None


def test_a_date_in_a_later_clause_does_not_redate_an_earlier_figure() -> None:
    sentence = "Unions said 90,000 people took part; on 2 August the police had counted 41,000."
    assert resolve_as_of(sentence, SATURDAY, sentence.index("90,000")) is None
    assert resolve_as_of(sentence, SATURDAY, sentence.index("41,000")) == date(2024, 8, 2)
    sentence = "Medics treated 60 people in the camp — 14 more were hurt on Friday night."
    assert resolve_as_of(sentence, SATURDAY, sentence.index("60")) is None
    # a day named in the same clause still dates it
    sentence = "Medics treated 60 people in the camp after the storm on Friday night; 14 more were hurt."
    assert resolve_as_of(sentence, SATURDAY, sentence.index("60")) == date(2024, 8, 9)


def test_the_following_day_is_the_day_after_the_one_named_before() -> None:
    text = "The cyclone made landfall on Tuesday, killing 12 people. The following day, 9 more bodies were found."
    assert [c.as_of for c in extract_claims(text, published_at=SATURDAY)] == [
        date(2024, 8, 6),
        date(2024, 8, 7),
    ]
    sentence = "Police counted 4,000 marchers on August 3 and 6,000 a day later."
    assert resolve_as_of(sentence, SATURDAY, sentence.index("6,000")) == date(2024, 8, 4)
    # without a day named before it, "the next day" dates nothing
    alone = "The next day 40 more trucks arrived."
    assert resolve_as_of(alone, SATURDAY, alone.index("40")) is None


def test_that_night_is_the_night_named_before() -> None:
    text = "The fire broke out on Friday night. At least 30 people died that night."
    assert extract_claims(text, published_at=SATURDAY)[0].as_of == date(2024, 8, 9)


def test_a_date_opening_a_coordinated_clause_is_that_clause_s() -> None:
    sentence = "Organisers said 80,000 people marched, and on 2 August police had counted 30,000 there."
    assert resolve_as_of(sentence, SATURDAY, sentence.index("80,000")) is None
    assert resolve_as_of(sentence, SATURDAY, sentence.index("30,000")) == date(2024, 8, 2)
    sentence = "The ministry said 40 people had died, but by Thursday the toll was 52."
    assert resolve_as_of(sentence, SATURDAY, sentence.index("40")) is None


def test_a_clock_time_before_the_day_is_no_other_figure() -> None:
    sentence = "By 10 p.m. on Wednesday, 72 people had been taken to hospital, the health authority said."
    assert resolve_as_of(sentence, SATURDAY, sentence.index("72")) == date(2024, 8, 7)
    sentence = "Police said 12 people were hurt by 10 p.m. on Friday."
    assert resolve_as_of(sentence, SATURDAY, sentence.index("12")) == date(2024, 8, 9)
    sentence = "By noon on Thursday, the toll had reached 41."
    assert resolve_as_of(sentence, SATURDAY, sentence.index("41")) == date(2024, 8, 8)


def test_the_day_of_the_deaths_beats_the_day_of_the_statement() -> None:
    pub = datetime(2025, 3, 21, 9, tzinfo=UTC)  # a Friday
    text = "Police said on Thursday that 14 people were killed in Tuesday's bombing of the market."
    assert extract_claims(text, published_at=pub)[0].as_of == date(2025, 3, 18)
    # no casualty verb ties the figure to the earlier day: the statement's day stands
    text = "Police said on Thursday that 14 people were still in hospital after Tuesday's bombing."
    assert extract_claims(text, published_at=pub)[0].as_of == date(2025, 3, 20)
