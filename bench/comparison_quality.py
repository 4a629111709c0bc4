"""Quality of the comparison engine on the labelled corpus (SCHEMA.md scoring).

    .venv/bin/python bench/comparison_quality.py --oracle [--corpus DIR] [--min-recall 1.0] [--max-noise 0.1]

``--oracle`` feeds the *labelled* claims into ``compare()``: fields from the labels, event from the
label's event slug, source from the label's source (kind guessed from its name), low/high from
``verification.engine.interval``, as_of = the article's published date, outlet and published_at from
the article, wire groups from ``wire_groups`` over the article texts.

Scoring is separate from the oracle: ``score(candidates, claim_labels, clusters)`` takes the engine's
candidates plus a mapping *system claim id -> labelled claim key* ("cluster/A1-1", or absent when a
system claim matches no labelled claim), so a full-pipeline mode only has to build that mapping from
the extractor's output.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from verification.engine import Candidate, coerce_frame, compare, interval, wire_groups

DEFAULT_CORPUS = Path("/work/shared/corpus/dev")
NO_SOURCE = {"(none)", "(outlet)", ""}

_KIND_RULES: Sequence[tuple[str, re.Pattern[str]]] = (
    ("ministry", re.compile(r"ministry", re.I)),
    ("military", re.compile(r"military|\bidf\b|army|defence forces|gallant", re.I)),
    ("un_agency", re.compile(r"\bun\b|unrwa|unicef|united nations|world health|\bwho\b|ocha|\bipc\b", re.I)),
    ("media", re.compile(r"\bafp\b|guardian|reuters|\bap\b|tally", re.I)),
    (
        "ngo",
        re.compile(
            r"civil defen[cs]e|white helmets|non-governmental|network|union|cgt|snuipp|organisers|cfdt", re.I
        ),
    ),
    (
        "government",
        re.compile(
            r"government|office|prefect|police|cogat|afad|erdogan|palace|authorities|officials|"
            r"emergency services|jaber|meloni|hospital",
            re.I,
        ),
    ),
)


_RELAY = re.compile(r"\(citing (?:figures from |data from )?(?P<original>[^)]+)\)", re.I)


def relayed_source(name: str) -> str:
    """The source a relayed label names: "UN OCHA (citing Libyan Red Crescent)" -> "Libyan Red Crescent"
    (the domain's rule: a relayed attribution names the original source, as the extractor does)."""
    match = _RELAY.search(name)
    return match.group("original").strip() if match else name


def source_kind(name: str) -> str:
    for kind, pattern in _KIND_RULES:
        if pattern.search(name):
            return kind
    return "other"


@dataclass(slots=True)
class Cluster:
    slug: str
    discrepancies: list[dict[str, Any]]
    consistent: list[dict[str, Any]]
    claims: dict[str, dict[str, Any]] = field(default_factory=dict)  # "slug/A1-1" -> label


def load_corpus(corpus: Path) -> tuple[list[Cluster], list[dict[str, Any]], list[dict[str, Any]]]:
    """Clusters, article rows, labelled claim rows (with the label key ``key``)."""
    clusters: list[Cluster] = []
    articles: list[dict[str, Any]] = []
    claims: list[dict[str, Any]] = []
    for path in sorted(corpus.glob("*.json")):
        data = json.loads(path.read_text())
        cluster = Cluster(data["cluster"], data.get("discrepancies", []), data.get("consistent", []))
        for art in data["articles"]:
            article_id = len(articles) + 1
            articles.append(
                {
                    "article_id": article_id,
                    "outlet": art["outlet"],
                    "text": art["text"],
                    "published": art["published"],
                }
            )
            for claim in art["claims"]:
                key = f"{cluster.slug}/{claim['id']}"
                cluster.claims[key] = claim
                claims.append({**claim, "key": key, "article_id": article_id, "text": art["text"]})
        clusters.append(cluster)
    return clusters, articles, claims


def _sentence(text: str, quote: str) -> str:
    at = text.find(quote)
    if at < 0:
        return quote
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    end_candidates = [
        x for x in (text.find(". ", at + len(quote)), text.find("\n", at + len(quote))) if x >= 0
    ]
    end = min(end_candidates) + 1 if end_candidates else len(text)
    return text[start:end].strip()


def oracle_frame(
    articles: Sequence[Mapping[str, Any]], claims: Sequence[Mapping[str, Any]]
) -> tuple[pd.DataFrame, dict[int, str]]:
    """The engine frame built from labelled claims, and the claim_id -> label key mapping."""
    art = pd.DataFrame(articles)
    groups = wire_groups(art[["article_id", "outlet", "text"]])
    by_id = {a["article_id"]: a for a in articles}
    events: dict[str, int] = {}
    sources: dict[str, int] = {}
    rows: list[dict[str, Any]] = []
    mapping: dict[int, str] = {}
    for n, c in enumerate(claims, start=1):
        a = by_id[c["article_id"]]
        published = pd.Timestamp(a["published"])
        src = relayed_source(c["source"]) if c["source"] not in NO_SOURCE else ""
        lo, hi = interval(c["value"], c["value_high"], c["qualifier"], metric=c["metric"])
        rows.append(
            {
                "claim_id": n,
                "article_id": c["article_id"],
                "outlet": a["outlet"],
                "published_at": published,
                "event_id": events.setdefault(c["event"], len(events) + 1),
                "metric": c["metric"],
                "subject": c["subject"],
                "subject_class": c["subject_class"],
                "source_id": sources.setdefault(src, len(sources) + 1) if src else None,
                "source_name": src,
                "source_kind": source_kind(src) if src else "",
                "attribution": src,
                "scope": c["scope"],
                "since": pd.Timestamp(c["since"]) if c.get("since") else pd.NaT,
                "as_of": published.tz_convert("UTC").tz_localize(None).normalize(),
                "value": float(c["value"]),
                "value_high": float(c["value_high"]) if c["value_high"] is not None else float("nan"),
                "qualifier": c["qualifier"],
                "low": float("nan") if lo is None else lo,
                "high": float("nan") if hi is None else hi,
                "wire_group": int(groups.loc[c["article_id"]]),
                "status": "unreviewed",
                "sentence": _sentence(c["text"], c["quote"]),
            }
        )
        mapping[n] = c["key"]
    frame = pd.DataFrame(rows)
    frame["source_id"] = frame["source_id"].astype("Int64")
    return coerce_frame(frame), mapping


@dataclass(slots=True)
class Report:
    found: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    missed: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    spurious: list[Candidate] = field(default_factory=list)
    false_alarms: list[tuple[str, dict[str, Any], Candidate]] = field(default_factory=list)
    flags: int = 0

    @property
    def recall(self) -> float:
        total = len(self.found) + len(self.missed)
        return len(self.found) / total if total else 1.0

    @property
    def noise(self) -> float:
        return len(self.spurious) / self.flags if self.flags else 0.0


def score(
    candidates: Iterable[Candidate], claim_labels: Mapping[int, str], clusters: Sequence[Cluster]
) -> Report:
    """Score flags per SCHEMA.md: found = one flag holds two claims of a labelled discrepancy;
    spurious = a flag holding no labelled discrepancy pair; false alarm = a spurious flag holding both
    claims of a labelled consistent pair. ``claim_labels`` maps system claim ids to label keys."""
    report = Report()
    flag_sets: list[tuple[Candidate, set[str]]] = []
    for cand in candidates:
        labels = {claim_labels[c] for c in cand.claim_ids if c in claim_labels}
        flag_sets.append((cand, labels))
    report.flags = len(flag_sets)
    useful = [False] * len(flag_sets)
    for cluster in clusters:
        for disc in cluster.discrepancies:
            keys = {f"{cluster.slug}/{c}" for c in disc["claims"]}
            hit = False
            for n, (_, labels) in enumerate(flag_sets):
                if len(keys & labels) >= 2:
                    hit = True
                    useful[n] = True
            (report.found if hit else report.missed).append((cluster.slug, disc))
    report.spurious = [cand for n, (cand, _) in enumerate(flag_sets) if not useful[n]]
    spurious_sets = [(cand, labels) for n, (cand, labels) in enumerate(flag_sets) if not useful[n]]
    for cluster in clusters:
        for pair in cluster.consistent:
            keys = {f"{cluster.slug}/{c}" for c in pair["claims"]}
            for cand, labels in spurious_sets:
                if keys <= labels:
                    report.false_alarms.append((cluster.slug, pair, cand))
                    break
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--oracle", action="store_true", help="feed the labelled claims (the only mode for now)"
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--min-recall", type=float, default=1.0)
    parser.add_argument("--max-noise", type=float, default=0.1)
    parser.add_argument("--max-false-alarms", type=int, default=0)
    parser.add_argument("-v", "--verbose", action="store_true", help="print every flag")
    args = parser.parse_args(argv)
    if not args.oracle:
        parser.error(
            "only --oracle is implemented; the full-pipeline mode builds claim_labels from the extractor"
        )
    clusters, articles, claims = load_corpus(args.corpus)
    frame, mapping = oracle_frame(articles, claims)
    candidates = compare(frame)
    report = score(candidates, mapping, clusters)
    total = len(report.found) + len(report.missed)
    print(
        f"corpus: {args.corpus} ({len(clusters)} clusters, {len(articles)} articles, {len(claims)} labelled claims)"
    )
    print(f"discrepancies found: {len(report.found)}/{total} (recall {report.recall:.2f})")
    print(f"flags: {report.flags}, spurious: {len(report.spurious)} (noise ratio {report.noise:.2f})")
    print(f"consistent-pair false alarms: {len(report.false_alarms)}")
    if args.verbose:
        print("\nflags:")
        for cand in candidates:
            labels = sorted(mapping[c].split("/")[1] for c in cand.claim_ids)
            print(
                f"  [{cand.kind}/{cand.severity} {cand.score:.2f} {cand.reason}] {labels}\n    {cand.explanation}"
            )
    for slug, disc in report.missed:
        print(f"MISSED {slug} {disc['kind']} {disc['claims']}: {disc['why']}")
    for cand in report.spurious:
        labels = sorted(mapping[c] for c in cand.claim_ids)
        print(f"SPURIOUS {cand.kind} {labels}: {cand.explanation}")
    for slug, pair, cand in report.false_alarms:
        print(f"FALSE ALARM {slug} {pair['claims']} in {cand.kind} flag: {pair['why']}")
    ok = report.recall >= args.min_recall and report.noise <= args.max_noise
    ok = ok and len(report.false_alarms) <= args.max_false_alarms
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
