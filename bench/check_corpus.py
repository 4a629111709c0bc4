"""Validate a labelled corpus folder against ../shared/corpus/SCHEMA.md (stdlib only).

    python3 bench/check_corpus.py [CORPUS_DIR ...] [--strict] [--uncovered]

Errors (exit 1): unreadable JSON, missing keys, a quote that is not an exact substring of its
article text, values / qualifiers / metrics / subject classes / scopes outside the allowed sets,
range labels without a high end (or a high end without a range), malformed ``since`` dates,
duplicate ids, discrepancy / consistent pairs naming unknown claims, a pair listed both as a
discrepancy and as consistent.

Warnings (errors with ``--strict``): a quote that occurs more than once in its text (scorers use
the first occurrence), an article outside 120-450 words, a quote whose written number does not
match the labelled value. ``--uncovered`` also lists digit groups in the texts that no quote
covers, to help spot unlabelled figures (dates, ages and route numbers are expected there).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeGuard

QUALIFIERS = {"exact", "at_least", "more_than", "at_most", "less_than", "about", "nearly", "range"}
METRICS = {
    "killed",
    "injured",
    "missing",
    "displaced",
    "detained",
    "hostages",
    "rescued",
    "evacuated",
    "affected",
    "aid",
    "money",
    "percent",
    "count",
}
SUBJECT_CLASSES = {
    "people",
    "children",
    "women",
    "soldiers",
    "militants",
    "civilians",
    "objects",
    "money",
    "other",
}
SCOPES = {"incident", "cumulative", "period"}
KINDS = {"value_conflict", "revision_down", "attribution_conflict", "scope_conflict"}
TOP_KEYS = ("cluster", "topic", "facts_checked_against", "articles", "discrepancies", "consistent")
ARTICLE_KEYS = ("id", "outlet", "url", "published", "title", "text", "claims")
CLAIM_KEYS = (
    "id",
    "quote",
    "value",
    "value_high",
    "qualifier",
    "metric",
    "subject",
    "subject_class",
    "source",
    "source_accept",
    "scope",
    "since",
    "event",
)
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "thousand": 1000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
}
SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
}
NUM_RE = re.compile(
    r"(?<![\w.])(\d{1,3}(?:[,.]\d{3})+|\d+(?:\.\d+)?)[\s-]*(thousand|million|billion|trillion|bn|mn|[kmb])?(?![\w])",
    re.I,
)
WORD_RE = re.compile(
    r"\b(" + "|".join(sorted(WORDS, key=len, reverse=True)) + r")(?:-(" + "|".join(WORDS) + r"))?\b",
    re.I,
)


def _is_number(x: Any) -> TypeGuard[int | float]:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


#: the documented convention for vague counts (tracker/extraction/numbers.py VAGUE_COUNTS, qualifier
#: "about"), longest first so "tens of thousands" is not read as "thousands"
VAGUE = (
    ("hundreds of thousands", 200_000), ("tens of thousands", 20_000), ("several thousand", 3_000),
    ("several hundred", 300), ("several million", 3_000_000), ("several dozen", 36), ("a few thousand", 2_000),
    ("a few hundred", 200), ("a few million", 2_000_000), ("a few dozen", 24), ("dozens", 24), ("scores", 40),
    ("hundreds", 200), ("thousands", 2_000), ("millions", 2_000_000),
)  # fmt: skip


def numbers_in(quote: str) -> set[float]:
    """Numbers written in a quote, normalised (12,300 / 1.9 million / $71.4m / 'thirty-one'), and the
    value the vague-count convention gives a vague count ("tens of thousands" -> 20,000)."""
    out: set[float] = set()
    low_quote = quote.lower()
    for phrase, amount in VAGUE:
        if re.search(rf"\b{phrase}\b", low_quote):
            out.add(float(amount))
            break
    for m in NUM_RE.finditer(quote):
        raw, scale = m.group(1), (m.group(2) or "").lower()
        if re.fullmatch(r"\d{1,3}(?:[,.]\d{3})+", raw):
            base = float(raw.replace(",", "").replace(".", ""))
            if "." in raw and "," not in raw:
                out.add(float(raw))  # '1.234' could also be a decimal
        else:
            base = float(raw)
        out.add(base * SCALES.get(scale, 1.0))
        out.add(base)
    for m in WORD_RE.finditer(quote):
        first = WORDS[m.group(1).lower()]
        second = WORDS.get((m.group(2) or "").lower(), 0)
        out.add(float(first + second))
        tail = quote[m.end() :].lstrip().lower()
        for word, mult in (("million", 1e6), ("billion", 1e9), ("thousand", 1e3), ("hundred", 1e2)):
            if tail.startswith(word) and first < 100:
                out.add((first + second) * mult)
    return out


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


class Report:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.warnings: list[str] = []
        self.notes: list[str] = []

    def err(self, where: str, msg: str) -> None:
        self.errors.append(f"ERROR {where}: {msg}")

    def warn(self, where: str, msg: str) -> None:
        self.warnings.append(f"WARN  {where}: {msg}")


def check_claim(rep: Report, where: str, claim: dict[str, Any], text: str) -> None:
    for key in CLAIM_KEYS:
        if key not in claim:
            rep.err(where, f"missing key {key!r}")
    quote = claim.get("quote")
    if not isinstance(quote, str) or not quote:
        rep.err(where, "quote must be a non-empty string")
    elif quote not in text:
        rep.err(where, f"quote is not a substring of the article text: {quote!r}")
    elif text.count(quote) > 1:
        rep.warn(where, f"quote occurs {text.count(quote)} times; scorers use the first: {quote!r}")
    value, high = claim.get("value"), claim.get("value_high")
    if not _is_number(value):
        rep.err(where, f"value must be a number, got {value!r}")
    if high is not None and not _is_number(high):
        rep.err(where, f"value_high must be a number or null, got {high!r}")
    qual = claim.get("qualifier")
    if qual not in QUALIFIERS:
        rep.err(where, f"qualifier {qual!r} not in {sorted(QUALIFIERS)}")
    if qual == "range" and high is None:
        rep.err(where, "qualifier 'range' needs value_high")
    if high is not None and qual != "range":
        rep.err(where, f"value_high set but qualifier is {qual!r}, not 'range'")
    if qual == "range" and _is_number(value) and _is_number(high) and high < value:
        rep.err(where, f"range high end {high} below low end {value}")
    if claim.get("metric") not in METRICS:
        rep.err(where, f"metric {claim.get('metric')!r} not in {sorted(METRICS)}")
    if claim.get("subject_class") not in SUBJECT_CLASSES:
        rep.err(where, f"subject_class {claim.get('subject_class')!r} not in {sorted(SUBJECT_CLASSES)}")
    if claim.get("scope") not in SCOPES:
        rep.err(where, f"scope {claim.get('scope')!r} not in {sorted(SCOPES)}")
    since = claim.get("since")
    if since is not None:
        try:
            date.fromisoformat(since)
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", since):
                raise ValueError
        except (TypeError, ValueError):
            rep.err(where, f"since must be null or 'YYYY-MM-DD', got {since!r}")
    for key in ("subject", "source", "event"):
        if not isinstance(claim.get(key), str) or not claim.get(key, "").strip():
            rep.err(where, f"{key} must be a non-empty string")
    event = claim.get("event")
    if isinstance(event, str) and event and not SLUG.match(event):
        rep.err(where, f"event {event!r} is not a lowercase slug")
    accept = claim.get("source_accept")
    if not isinstance(accept, list) or not accept or not all(isinstance(a, str) and a for a in accept):
        rep.err(where, "source_accept must be a non-empty list of strings")
    else:
        upper = [a for a in accept if a != a.lower()]
        if upper:
            rep.err(where, f"source_accept entries must be lowercase: {upper}")
    src = claim.get("source")
    if src in ("(none)", "(outlet)") and isinstance(accept, list) and src not in accept:
        rep.warn(where, f"source {src} but source_accept does not list {src!r}")
    if isinstance(quote, str) and _is_number(value):
        found = numbers_in(quote)
        if not any(_close(x, float(value)) for x in found):
            rep.warn(where, f"no number in the quote equals value {value}: {quote!r}")
        if _is_number(high) and not any(_close(x, float(high)) for x in found):
            rep.warn(where, f"no number in the quote equals value_high {high}: {quote!r}")


def check_pairs(rep: Report, where: str, pairs: Any, ids: set[str], kind_needed: bool) -> set[frozenset[str]]:
    seen: set[frozenset[str]] = set()
    if not isinstance(pairs, list):
        rep.err(where, "must be a list")
        return seen
    for i, pair in enumerate(pairs):
        w = f"{where}[{i}]"
        if not isinstance(pair, dict):
            rep.err(w, "must be an object")
            continue
        claims = pair.get("claims")
        if not isinstance(claims, list) or len(claims) != 2 or claims[0] == claims[1]:
            rep.err(w, f"claims must list two different claim ids, got {claims!r}")
            continue
        for cid in claims:
            if cid not in ids:
                rep.err(w, f"unknown claim id {cid!r}")
        if kind_needed and pair.get("kind") not in KINDS:
            rep.err(w, f"kind {pair.get('kind')!r} not in {sorted(KINDS)}")
        if not isinstance(pair.get("why"), str) or not pair["why"].strip():
            rep.err(w, "why must be a non-empty sentence")
        key = frozenset(claims)
        if key in seen:
            rep.warn(w, f"pair {claims} listed twice")
        seen.add(key)
    return seen


def uncovered_numbers(text: str, quotes: list[str]) -> list[str]:
    spans = []
    for q in quotes:
        at = text.find(q)
        if at >= 0:
            spans.append((at, at + len(q)))
    out = []
    for m in re.finditer(r"\d[\d,.]*", text):
        if not any(s <= m.start() < e for s, e in spans):
            out.append(text[max(0, m.start() - 20) : m.end() + 15].replace("\n", " "))
    return out


def check_file(rep: Report, path: Path, show_uncovered: bool) -> tuple[int, int, int, int]:
    name = path.name
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        rep.err(name, f"cannot read JSON: {exc}")
        return 0, 0, 0, 0
    if not isinstance(data, dict):
        rep.err(name, "top level must be an object")
        return 0, 0, 0, 0
    for key in TOP_KEYS:
        if key not in data:
            rep.err(name, f"missing top-level key {key!r}")
    if not isinstance(data.get("cluster"), str) or not SLUG.match(data.get("cluster") or ""):
        rep.err(name, f"cluster must be a lowercase slug, got {data.get('cluster')!r}")
    facts = data.get("facts_checked_against")
    if not isinstance(facts, list) or not facts or not all(isinstance(f, str) for f in facts):
        rep.err(name, "facts_checked_against must be a non-empty list of strings")
    articles = data.get("articles")
    if not isinstance(articles, list) or not articles:
        rep.err(name, "articles must be a non-empty list")
        return 0, 0, 0, 0
    art_ids: set[str] = set()
    claim_ids: set[str] = set()
    n_claims = 0
    for ai, art in enumerate(articles):
        where = f"{name} article[{ai}]"
        if not isinstance(art, dict):
            rep.err(where, "must be an object")
            continue
        for key in ARTICLE_KEYS:
            if key not in art:
                rep.err(where, f"missing key {key!r}")
        aid = art.get("id")
        where = f"{name} {aid}"
        if not isinstance(aid, str) or not aid:
            rep.err(where, "article id must be a non-empty string")
            aid = str(aid)
        if aid in art_ids:
            rep.err(where, "duplicate article id")
        art_ids.add(aid)
        url = art.get("url", "")
        if not isinstance(url, str) or not url.startswith("https://news.example/"):
            rep.err(where, f"url must be under https://news.example/, got {url!r}")
        try:
            datetime.fromisoformat(str(art.get("published", "")).replace("Z", "+00:00"))
        except ValueError:
            rep.err(where, f"published is not an ISO timestamp: {art.get('published')!r}")
        text = art.get("text")
        if not isinstance(text, str) or not text.strip():
            rep.err(where, "text must be a non-empty string")
            continue
        words = len(text.split())
        if not 120 <= words <= 450:
            rep.warn(where, f"text has {words} words (schema: 120-450)")
        if "\n\n" not in text:
            rep.warn(where, "text has a single paragraph")
        claims = art.get("claims")
        if not isinstance(claims, list):
            rep.err(where, "claims must be a list")
            continue
        for ci, claim in enumerate(claims):
            if not isinstance(claim, dict):
                rep.err(f"{where} claim[{ci}]", "must be an object")
                continue
            cid = claim.get("id")
            cw = f"{name} {cid}"
            if not isinstance(cid, str) or not cid:
                rep.err(cw, "claim id must be a non-empty string")
                cid = str(cid)
            if cid in claim_ids:
                rep.err(cw, "duplicate claim id")
            claim_ids.add(cid)
            if not cid.startswith(f"{aid}-"):
                rep.warn(cw, f"claim id does not start with its article id {aid!r}")
            check_claim(rep, cw, claim, text)
            n_claims += 1
        if show_uncovered:
            for snippet in uncovered_numbers(
                text, [c.get("quote", "") for c in claims if isinstance(c, dict)]
            ):
                rep.notes.append(f"NOTE  {where}: number outside every quote: ...{snippet}...")
    disc = check_pairs(rep, f"{name} discrepancies", data.get("discrepancies", []), claim_ids, True)
    cons = check_pairs(rep, f"{name} consistent", data.get("consistent", []), claim_ids, False)
    for both in disc & cons:
        rep.err(name, f"pair {sorted(both)} is listed both as a discrepancy and as consistent")
    return len(articles), n_claims, len(disc), len(cons)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="*", default=["bench/corpus-heldout"], help="corpus folder(s)")
    ap.add_argument("--strict", action="store_true", help="treat warnings as errors")
    ap.add_argument("--uncovered", action="store_true", help="list numbers in texts outside every quote")
    args = ap.parse_args(argv)
    rep = Report()
    totals = [0, 0, 0, 0, 0]
    clusters: dict[str, str] = {}
    for folder in map(Path, args.corpus):
        files = sorted(folder.glob("*.json")) if folder.is_dir() else []
        if not files:
            rep.err(str(folder), "no *.json corpus files found")
            continue
        for path in files:
            counts = check_file(rep, path, args.uncovered)
            try:
                slug = json.loads(path.read_text(encoding="utf-8")).get("cluster")
            except (OSError, ValueError, AttributeError):
                slug = None
            if slug in clusters:
                rep.err(path.name, f"cluster slug {slug!r} also used by {clusters[slug]}")
            elif slug:
                clusters[slug] = path.name
            totals[0] += 1
            for i, n in enumerate(counts, start=1):
                totals[i] += n
            print(
                f"{path}: {counts[0]} articles, {counts[1]} claims, {counts[2]} discrepancies, {counts[3]} consistent"
            )
    for line in rep.errors + rep.warnings + rep.notes:
        print(line)
    print(
        f"{totals[0]} files, {totals[1]} articles, {totals[2]} claims, {totals[3]} discrepancies, "
        f"{totals[4]} consistent; {len(rep.errors)} errors, {len(rep.warnings)} warnings"
    )
    failed = bool(rep.errors) or (args.strict and bool(rep.warnings))
    print("FAIL" if failed else "OK")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
