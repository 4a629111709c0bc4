"""The cheap tests run before expensive regexes find everything the regexes find."""

from __future__ import annotations

import random
import re
import sys

from tracker.extraction import numbers
from tracker.extraction.prefilter import caseless

_TOKENS = [
    *("US$", "A$", "c$", "Hk$", "$", "€", "£", "Rs.", "RS", "USD", "usd", "a", "A", "a few", "several"),
    *("hundreds", "of", "tens", "thousands", "dozens", "scores", "millions", "one", "two", "twenty", "-"),
    *(" ", "\u00a0", "and", "half", "1", "12", "1,000", "3.5", "2 000", "k", "m", "bn", "million", "%"),
    *("percent", "per cent", "euros", "İ", "ı", "ſ", "K", "ſeveral", "mıllion", "٣", "x", ".", ",", "/"),
]


def _texts() -> list[str]:
    rng = random.Random(7)
    texts = [
        "At least 1,200 people were killed and some 40k residents fled, the ministry said.",
        "The fund holds US$2.5bn, or about €2 billion; Rs. 500 crore were pledged on March 3.",
        "Tens of thousands marched; a few hundred were detained and one and a half million stayed home.",
    ]
    for _ in range(3000):
        parts = (rng.choice(_TOKENS) + rng.choice(["", " ", "-"]) for _ in range(rng.randint(1, 12)))
        texts.append("".join(parts))
    return texts


def test_caseless_keeps_length_and_word_characters() -> None:
    word = re.compile(r"\w")
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code < 0xE000:
            continue
        ch = chr(code)
        folded = caseless(ch)
        assert len(folded) == 1
        assert bool(word.match(folded)) == bool(word.match(ch))


def test_caseless_lowers_every_ignorecase_match_of_a_letter() -> None:
    letters = "abcdefghijklmnopqrstuvwxyz"
    for ch in ("İ", "ı", "ſ", "K", "Ä", "É", "Σ", *letters.upper()):
        for letter in letters:
            if re.fullmatch(letter, ch, re.IGNORECASE):
                assert caseless(ch) == letter


def test_atom_matches_equal_a_full_scan() -> None:
    for text in _texts():
        full = [(m.span(), m.groupdict()) for m in numbers._ATOM_RE.finditer(text)]
        fast = [(m.span(), m.groupdict()) for m in numbers._atom_matches(text)]
        assert fast == full, text


_SENTENCES = [
    "According to the health ministry, at least 1,200 people have died since October 7, including 300 children.",
    "More than 40 people were killed on Monday in the past 24 hours, the civil defence agency said so far.",
    "Between 3 and 5 May, some 2,000 protesters gathered in Paris, police said; organisers counted 20,000.",
    "The toll rose to 93 overnight, up from 80 a day earlier, the UN OCHA said in a statement at 10 a.m.",
    "A 12-year-old girl aged 12 was among the dead, her family told reporters on Route 60 in 2019.",
    "Figures from the Red Crescent show nearly 500 trucks crossed in April, fewer than during the war.",
    "İSTANBUL, Sept. 3 (Wire) - Kİ ſome ıncreased 40 per cent, RELAYED BY Reuters, citing AFAD officials.",
    "Officials in Derna estimated that upwards of 10,000 were missing, according to figures compiled by UNICEF.",
]


def test_caseless_patterns_find_what_their_pattern_finds() -> None:
    from tracker.extraction import (
        attribution,
        dates,
        exclusions,
        extract,
        metrics,
        qualifiers,
        scope,
        sources,
    )
    from tracker.extraction.prefilter import CaselessPattern

    texts = _SENTENCES + [s[i : i + 40] for s in _SENTENCES for i in range(0, len(s), 9)] + _texts()[:500]
    found = 0
    for module in (attribution, dates, exclusions, extract, metrics, qualifiers, scope, sources):
        for pattern in vars(module).values():
            if not isinstance(pattern, CaselessPattern):
                continue
            found += 1
            original = pattern.original
            for text in texts:
                assert _spans(pattern.search(text)) == _spans(original.search(text)), (pattern.pattern, text)
                assert [_spans(m) for m in pattern.finditer(text)] == [
                    _spans(m) for m in original.finditer(text)
                ]
                assert [_spans(m) for m in pattern.finditer(text, 3)] == [
                    _spans(m) for m in original.finditer(text, 3)
                ]
                assert pattern.sub("#", text) == original.sub("#", text)
                assert pattern.split(text) == original.split(text)
                assert pattern.findall(text) == original.findall(text)
    assert found >= 30


def _spans(match: re.Match[str] | None) -> object:
    if match is None:
        return None
    return [match.span(g) for g in range(len(match.groups()) + 1)], match.lastgroup, match.group(0)


#: the one pattern the date pre-check was before it was split in two
_DATE_HINT_RE = re.compile(
    r"\b(?:(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|May\b|MAY\b"
    r"|(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|overnight|weekend|last\s+night"
    r"|(?:that|same|previous|preceding|following|next)\s+(?:day|night|evening|morning|afternoon)"
    r"|day\s+(?:earlier|before|later|after)"
    r"|(?:last|this|earlier\s+this|next)\s+(?:week|month|year|morning|afternoon|evening))\b"
    r"|(?:19|20)\d\d\b(?![,.]\d)|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b)"
)


def test_the_date_hint_is_the_one_pattern_it_was() -> None:
    from tracker.extraction.extract import _has_date_hint

    extra = [
        "It may rise.",
        "in MAY",
        "on 3/4/2024",
        "since 2019,",
        "2019.5",
        "SEPT",
        "the day before",
        "Maybe",
    ]
    texts = _SENTENCES + extra + [s[i : i + 30] for s in _SENTENCES for i in range(0, len(s), 7)]
    for text in texts:
        assert _has_date_hint(text) == (_DATE_HINT_RE.search(text) is not None), text
