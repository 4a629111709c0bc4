"""Cheap tests run before expensive regexes, exact by construction.

An ``re.IGNORECASE`` pattern that opens on an alternation of words gets no fast scan from ``re``: it is
tried at every position of the text. When a match must contain a literal word, ``word in caseless(s)``
rules the text out first for a fraction of the cost. ``caseless`` is a lowercase of the same length in
which every character that ``re.IGNORECASE`` matches against an ASCII letter *is* that letter (the
Unicode exceptions to ``str.lower`` are "İ", "ı" and "ſ", mapped here by hand), so a miss in it is a
miss for the pattern; a hit proves nothing and the pattern runs as before.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

#: the characters ``re.IGNORECASE`` matches against "i" or "s" that ``str.lower`` does not lower to them
_IGNORECASE_FOLDS = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def caseless(text: str) -> str:
    """``text`` lowered so that ``word in caseless(text)`` is necessary for an IGNORECASE match of
    ``word`` (ASCII letters and symbols); same length and same word characters as ``text``."""
    if text.isascii():
        return text.lower()
    return text.translate(_IGNORECASE_FOLDS).lower()


def caseless_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The case-sensitive twin of an ``re.IGNORECASE`` pattern, to run on ``caseless(text)``: the same
    matches at the same spans and through the same groups (whose text comes lowered, so read it from
    the original text). Several times faster: ``re`` scans case-sensitive alternations of words with
    a quick first-letter test it does not apply under IGNORECASE.

    Only for patterns whose letters are ASCII and that turn no case-sensitivity back on."""
    source = pattern.pattern
    if not pattern.flags & re.IGNORECASE or "(?-i" in source or "(?i)" in source:
        raise ValueError(f"not a plain IGNORECASE pattern: {source[:60]!r}")
    if any(not ch.isascii() and ch.lower() != ch.upper() for ch in source):
        raise ValueError(f"a non-ASCII letter in {source[:60]!r}")
    out: list[str] = []
    i = 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            out.append(source[i : i + 2])  # "\S", "\W", "\B" keep their case
            i += 2
        elif source.startswith(("(?P<", "(?P="), i):
            close = source.index(">" if source[i + 3] == "<" else ")", i)
            out.append(source[i : close + 1])  # group names keep their case
            i = close + 1
        else:
            out.append(ch.lower())
            i += 1
    return re.compile("".join(out), pattern.flags & ~re.IGNORECASE)


class CaselessPattern:
    """An ``re.IGNORECASE`` pattern that finds where it matches through its case-sensitive twin on
    ``caseless(text)`` and then matches there on the text itself: the same match objects (groups read
    from the text) as the pattern's own ``search`` / ``finditer``, for a fraction of the scan.
    ``match`` / ``fullmatch`` are anchored and cheap already; ``sub``, ``split`` and ``findall`` only
    skip the text the twin finds nothing in."""

    __slots__ = ("_twin", "original")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        if pattern_width(pattern)[0] == 0:
            # after an empty match finditer takes a longer one at the same place, which matching
            # there again would not give back
            raise ValueError(f"a pattern that can match nothing: {pattern.pattern[:60]!r}")
        self.original = pattern
        self._twin = caseless_twin(pattern)

    @property
    def pattern(self) -> str:
        return self.original.pattern

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if pos or endpos < len(string):
            return self.original.search(string, pos, endpos)  # a window: lowering the whole text costs more
        found = self._twin.search(caseless(string), pos, endpos)
        if found is None:
            return None
        return self.original.match(string, found.start(), endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if pos or endpos < len(string):
            yield from self.original.finditer(string, pos, endpos)  # a window: as in search
            return
        match_at = self.original.match
        for found in self._twin.finditer(caseless(string), pos, endpos):
            match = match_at(string, found.start(), endpos)
            if match is not None:  # always: the twin matched there
                yield match

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.original.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.original.fullmatch(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        if self._twin.search(caseless(string)) is None:
            return string
        return self.original.sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        if self._twin.search(caseless(string)) is None:
            return [string]
        return self.original.split(string, maxsplit)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        if not pos and endpos >= len(string) and self._twin.search(caseless(string)) is None:
            return []
        return self.original.findall(string, pos, endpos)


def pattern_width(pattern: re.Pattern[str]) -> tuple[int, int]:
    """The shortest and longest text ``pattern`` can match."""
    lo, hi = sre_parse.parse(pattern.pattern, pattern.flags).getwidth()
    return int(lo), int(hi)
