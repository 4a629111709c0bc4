"""Cheap tests run before expensive regexes, exact by construction.

An ``re.IGNORECASE`` pattern that opens on an alternation of words gets no fast scan from ``re``: it is
tried at every position of the text. When a match must contain a literal word, ``word in caseless(s)``
rules the text out first for a fraction of the cost. ``caseless`` is a lowercase of the same length in
which every character that ``re.IGNORECASE`` matches against an ASCII letter *is* that letter (the
Unicode exceptions to ``str.lower`` are "İ", "ı" and "ſ", mapped here by hand), so a miss in it is a
miss for the pattern; a hit proves nothing and the pattern runs as before.
"""

from __future__ import annotations

#: the characters ``re.IGNORECASE`` matches against "i" or "s" that ``str.lower`` does not lower to them
_IGNORECASE_FOLDS = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def caseless(text: str) -> str:
    """``text`` lowered so that ``word in caseless(text)`` is necessary for an IGNORECASE match of
    ``word`` (ASCII letters and symbols); same length and same word characters as ``text``."""
    if text.isascii():
        return text.lower()
    return text.translate(_IGNORECASE_FOLDS).lower()
