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
