"""Property-based tests: any text never raises and every claim is a valid slice of the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.extraction import extract_claims

NEWS_BITS = [
    "At least 93 people were killed",
    ", according to the health ministry",
    " between 100 and 300 ",
    "ninety-three",
    " 1.28 million ",
    "$17.5bn",
    " 40k ",
    "70%",
    " October 7, 2023 ",
    " 12-year-old ",
    "Resolution 2334",
    " said ",
    " It added that ",
    "٣٩٬٩٢٩",
    "١٢٣",
    "\u00a0",
    "\u202f",
    "\u2009",
    "–",
    "—",
    "🙂",
    "\x00",
    "\x1b",
    "\r\n",
    "\n\n",
    " citing ",
    " dozens of ",
    "+44 20 7946 0958",
    "1 200",
    "1.200",
    "400-750",
    " more than ",
    " or about ",
    "'s figures",
]

texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(NEWS_BITS) | st.text(max_size=12), max_size=40).map("".join),
)


def check(text: str) -> None:
    for c in extract_claims(text):
        assert 0 <= c.char_start < c.char_end <= len(text)
        assert text[c.char_start : c.char_end] == c.quote
        if c.low is not None and c.high is not None:
            assert c.low <= c.high
        if c.value_high is not None:
            assert c.value <= c.value_high


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_any_text_never_raises_and_every_quote_is_its_slice(text: str) -> None:
    check(text)


def test_it_returns_nothing_for_empty_or_digitless_text() -> None:
    assert extract_claims("") == []
    assert extract_claims("No figures were given by officials on Sunday.") == []


def test_it_handles_odd_spaces_dashes_emoji_and_control_characters() -> None:
    text = "At\u00a0least 1\u202f200 people\u2009— some 400–750 🙂 were\x00 hurt\x1b, officials said."
    check(text)
    assert [c.value for c in extract_claims(text)][:1] == [1200]


def test_it_reads_a_megabyte_of_copy_as_it_reads_each_paragraph() -> None:
    # how long this takes is measured by bench/extraction_speed.py (its "1 MB of copy" line), not here
    para = (
        "At least 93 people were killed on Saturday, including 11 children, according to the civil "
        "defence agency. Rescue crews worked through the night to reach families trapped under the "
        "rubble of the collapsed building, and neighbours dug with their hands. The strike drew "
        "condemnation from several governments, and the United Nations called for an investigation. "
        "The ministry said 39,929 people had been killed since October 7. Aid agencies warned that "
        "hospitals in the north were running out of fuel and medicine as the fighting continued. "
    )
    copies = 1_000_000 // len(para)
    text = "\n\n".join([para] * copies)

    def read(claims: list) -> list[tuple]:
        return [(c.value, c.qualifier, c.metric, c.subject_class, c.source and c.source.name) for c in claims]

    one = read(extract_claims(para))
    claims = extract_claims(text)
    assert len(one) >= 3 and len(claims) == len(one) * copies
    assert read(claims[: len(one)]) == one and read(claims[-len(one) :]) == one
    check(text[:5000])


def test_it_survives_a_megabyte_without_any_digits() -> None:
    assert extract_claims("word " * 200_000) == []
