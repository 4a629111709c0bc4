"""Finding and normalising numbers, and the numbers that are never claims."""

from __future__ import annotations

import pytest

from tracker.extraction import extract_claims
from tracker.extraction.numbers import scan_numbers


def values(text: str) -> list[float]:
    return [c.value for c in extract_claims(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The toll stood at 39,929 people.", 39929),
        ("Officials counted 1 200 homes destroyed.", 1200),
        ("Officials counted 1\u202f200 homes destroyed.", 1200),
        ("Ninety-three people were killed.", 93),
        ("A hundred people were evacuated.", 100),
        ("One hundred and twenty people were rescued.", 120),
        ("About 1.28 million people marched.", 1_280_000),
        ("The storm affected two million people.", 2_000_000),
        ("Some 40k residents fled.", 40_000),
        ("The government pledged $2.5bn.", 2_500_000_000),
        ("Turnout reached 68.5%.", 68.5),
        ("Turnout reached 68.5 per cent.", 68.5),
        ("The fund holds 100 million euros.", 100_000_000),
        ("A 4.2-billion-euro fund was set up.", 4_200_000_000),
    ],
)
def test_it_normalises_numbers_as_newsrooms_write_them(text: str, expected: float) -> None:
    assert values(text) == [expected]


def test_it_reads_between_x_and_y_as_a_range() -> None:
    (claim,) = extract_claims("Rescuers said between 100 and 300 people were trapped.")
    assert (claim.value, claim.value_high, claim.qualifier) == (100, 300, "range")


@pytest.mark.parametrize(
    "text", ["Police estimated 400-750 marchers.", "Police estimated 400 to 750 marchers."]
)
def test_it_reads_dash_and_to_as_ranges(text: str) -> None:
    (claim,) = extract_claims(text)
    assert (claim.value, claim.value_high) == (400, 750)


def test_it_reads_a_rising_toll_as_two_figures_not_a_range() -> None:
    claims = extract_claims("The death toll rose from 2,316 to 2,921, officials said.")
    assert [c.value for c in claims] == [2316, 2921]
    assert all(c.value_high is None for c in claims)


def test_it_borrows_the_scale_of_the_upper_end_of_a_range() -> None:
    (claim,) = extract_claims("Organisers expect 1.1 to 1.4 million people.")
    assert (claim.value, claim.value_high) == (1_100_000, 1_400_000)


def test_it_marks_vague_counts_as_about_with_the_documented_interval() -> None:
    (claim,) = extract_claims("Dozens of people were wounded in the clashes, witnesses said.")
    assert (claim.value, claim.qualifier, claim.low, claim.high) == (24, "about", 24, 99)
    assert claim.metric == "injured"


def test_it_reads_thousands_as_at_least_two_thousand() -> None:
    (claim,) = extract_claims("Thousands of residents fled the flooded valley.")
    assert (claim.value, claim.low, claim.qualifier) == (2000, 2000, "about")


@pytest.mark.parametrize(
    "text",
    [
        "The attack took place on October 7.",
        "The attack took place on 7 October 2023.",
        "Fighting resumed in 2024.",
        "The quake hit at 11:11 p.m. local time.",
        "The strike began at 5 a.m.",
        "A 12-year-old girl was hurt.",
        "The victim, aged 34, was taken to hospital.",
        "It was the 175th shelter to be hit.",
        "The council adopted Resolution 2334.",
        "The convoy was stopped on Route 60.",
        "The siege lasted for 10 months.",
        "Rain fell for 48 hours.",
        "Call +44 20 7946 0958 for details.",
        "The epicentre was 72 km southwest of the city.",
        "A magnitude 6.8 quake struck the region.",
        "A 7.8-magnitude earthquake struck the region.",
        "The pandemic began with Covid-19 in Wuhan.",
        "Leaders met at COP28 in Dubai.",
        "The two sides met in Cairo.",
        "She described it as one of the worst days of the war.",
        "No one was hurt.",
        "The plan is a three-phase deal.",
        "Nine in 10 people have fled their homes.",
        "The retirement age will rise from 62 to 64.",
    ],
)
def test_it_never_reads_dates_times_ages_names_or_durations_as_claims(text: str) -> None:
    assert extract_claims(text) == []


def test_it_keeps_the_count_and_drops_the_date_in_the_same_sentence() -> None:
    assert values("Since October 7, at least 39,929 people have been killed.") == [39929]


def test_it_keeps_the_count_and_drops_the_time_window() -> None:
    assert values("The ministry said 40 people were killed in the past 24 hours.") == [40]


def test_it_reads_arabic_indic_digits() -> None:
    assert values("The ministry said ٣٤ people were killed.") == [34]


def test_it_reads_one_only_when_it_counts_someone() -> None:
    assert values("One person was killed and one of the buildings collapsed.") == [1]


def test_scan_numbers_reports_spans_that_slice_the_text() -> None:
    text = "Between 1.1 million and 1.4 million people, or 70%, and $17.5 million."
    for m in scan_numbers(text):
        assert text[m.start : m.end].strip() == text[m.start : m.end]
        assert m.start < m.end


def test_it_reads_a_dot_as_thousands_separator_only_before_a_counted_noun() -> None:
    assert values("Police said 1.200 people marched.") == [1200]
    assert values("Growth was 1.200 percent.") == [1.2]


def test_it_never_reads_a_spelled_number_inside_a_name() -> None:
    assert values("World War Two ended 80 years ago.") == []


def test_it_does_not_join_a_percentage_and_a_price_into_a_range() -> None:
    assert values("Shares fell 3.2% to $145.60 on Tuesday.") == [3.2, 145.6]


def test_it_reads_strong_and_odd_counts() -> None:
    (crowd,) = extract_claims("A 1,500-strong crowd gathered outside parliament.")
    assert (crowd.value, crowd.subject, crowd.subject_class) == (1500, "crowd", "people")
    (families,) = extract_claims("The 40-odd families living in the block were evacuated.")
    assert (families.value, families.qualifier) == (40, "about")


def test_it_reads_crore_and_lakh_and_rupees() -> None:
    claims = extract_claims("The state announced Rs 500 crore in relief for 2 lakh families.")
    assert [(c.value, c.currency) for c in claims] == [(5_000_000_000, "INR"), (200_000, "")]


def test_it_does_not_read_a_change_and_a_level_as_a_range() -> None:
    assert values("Unemployment rose 2 percentage points to 7.5%.") == [2, 7.5]


def test_it_does_not_read_an_age_limit_as_a_figure() -> None:
    assert values("Some 300 children under five were treated for malnutrition.") == [300]


def test_it_never_reads_lowercase_names_with_numbers_as_claims() -> None:
    assert values("The council passed resolution 2334 with 14 votes.") == [14]
    assert values("Gunmen stormed building 4 and killed 12 people.") == [12]


def test_it_never_reads_a_street_address_as_a_figure() -> None:
    assert values("The prime minister spoke outside 10 Downing Street.") == []
    assert values("Protesters gathered outside No 10.") == []


def test_it_reads_several_hundred_and_a_few_thousand_as_vague_counts() -> None:
    (several,) = extract_claims("Several hundred people gathered outside the hospital.")
    assert (several.value, several.qualifier, several.low, several.high) == (300, "about", 300, 999)
    (few,) = extract_claims("A few thousand protesters marched.")
    assert (few.value, few.qualifier) == (2000, "about")


def test_it_reads_an_elliptical_one_after_a_coordinated_figure() -> None:
    text = "Two more people died in Castilla-La Mancha and one in Andalusia, the government said."
    assert values(text) == [2, 1]


def test_a_small_spelled_count_of_them_is_a_figure() -> None:
    from tracker.extraction import extract_claims

    claims = extract_claims("Twelve miners were trapped. Rescuers pulled nine of them out alive overnight.")
    assert [c.value for c in claims] == [12, 9]
    assert claims[1].metric == "rescued"
    assert [c.value for c in extract_claims("One of the rescuers said the air was thin.")] == []


def test_sequence_positions_and_the_other_few_are_not_figures() -> None:
    from tracker.extraction import extract_claims

    assert extract_claims("A boy was pulled out alive on day three of the search.") == []
    assert extract_claims("Two climbers reached the hut; the other two turned back.")[0].value == 2
    assert len(extract_claims("Two climbers reached the hut; the other two turned back.")) == 1
    assert [c.value for c in extract_claims("The other two victims were sisters.")] == [2]


def test_half_a_million_and_a_short_million_for_people() -> None:
    from tracker.extraction import extract_claims

    assert [c.value for c in extract_claims("Half a million people were displaced by the cyclone.")] == [
        500_000
    ]
    c = extract_claims("Some 1.4m households lost power during the storm.")[0]
    assert (c.value, c.metric) == (1_400_000, "affected")
    assert extract_claims("The flood wall is 2m high and waves of 5m hit the pier.") == []
    c = extract_claims("Half a dozen fishing boats sank in the harbour.")[0]
    assert c.value == 6 and c.subject == "fishing boats"


def test_a_hyphenated_range_of_thousands_is_not_read_as_years() -> None:
    (claim,) = extract_claims("Organisers said 2,000-3,000 villagers had left their homes.")
    assert (claim.value, claim.value_high, claim.qualifier) == (2000, 3000, "range")


def test_coordinated_ages_are_not_figures() -> None:
    assert values("Two girls aged 8 and 14 were among the injured.") == [2]
    assert values("Three brothers aged 5, 10 and 13 were rescued.") == [3]
    assert values("Her sons, 6 and 9 years old, were unhurt.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("one and a half million people", 1_500_000),
        ("a million and a half people", 1_500_000),
        ("2 and a half million people", 2_500_000),
        ("three and a half thousand homes", 3_500),
        ("half a million people", 500_000),
    ],
)
def test_and_a_half_is_part_of_the_number(text: str, value: float) -> None:
    [m] = scan_numbers(text)
    assert m.value == value
    assert text[m.start : m.end].endswith(("million", "thousand", "half"))


def test_a_range_can_end_in_a_half() -> None:
    [m] = scan_numbers("between a million and a million and a half people")
    assert (m.value, m.value_high) == (1_000_000, 1_500_000)


def test_a_spelled_number_before_a_word_starting_like_off_is_a_count() -> None:
    (claim,) = extract_claims("The sheriff said four officers had minor burns.")
    assert (claim.value, claim.subject) == (4, "officers")
    assert extract_claims("The two sides agreed to talk again.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The survey put support at about 2.5 to 3.1 percent of voters.",
        "Analysts expect growth of between 2.5 and 3.1 percent this year.",
    ],
)
def test_a_percent_range_lends_its_unit_to_the_low_end(text: str) -> None:
    [m] = [m for m in scan_numbers(text) if m.value == 2.5]
    assert (m.value, m.value_high, m.percent) == (2.5, 3.1, True)


def test_a_percent_change_is_not_a_range() -> None:
    assert [(m.value, m.value_high) for m in scan_numbers("Inflation rose from 4 to 6 percent.")] == [
        (4, None),
        (6, None),
    ]


def test_a_speaker_correcting_himself_upward_gives_one_range() -> None:
    [m] = scan_numbers("He said the rally had drawn two million, two million and a half people.")
    assert (m.value, m.value_high) == (2_000_000, 2_500_000)
    # a list of three figures stays a list; digits after a comma are separate figures
    assert len(scan_numbers("Estimates ran to two million, three million, four million.")) == 3
    assert len(scan_numbers("It counted 10,000, 15,000 and 20,000 people.")) == 3


def test_an_initialism_inside_a_percent_s_whole() -> None:
    (claim,) = extract_claims("The march drew 0.8 percent of the U.K. population, the organisers said.")
    assert claim.subject_class == "people"
