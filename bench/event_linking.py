"""Event-linking benchmark: pairwise precision/recall of EventLinker against labelled events.

Usage: .venv/bin/python bench/event_linking.py [CORPUS_DIR] [--shared] [--extracted] [--roundtrip] [-v]

For every story cluster (one JSON file in the SCHEMA.md format), the labelled claims are fed
to one EventLinker in publication order, with the fields of their labels (metric, scope,
since) and the sentence around the labelled quote. Every pair of claims in a cluster counts:
a pair is positive when both claims carry the same labelled ``event`` slug, and predicted
positive when the linker returned the same event for both. ``--shared`` runs one linker
over all clusters at once, so that events of different stories must not merge either.
``--extracted`` links what the extractor itself found (sentence, metric, scope, since, as_of and
hint as extract_claims computes them) and scores the claims that match a label (overlapping
span, same value): the end-to-end number. ``--roundtrip`` stores events as rows after every
article and links the next article with a fresh linker built from them, as the Django side does.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tracker.extraction.events import EventLinker, EventRef, candidate_windows

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"


@dataclass
class BenchClaim:
    char_start: int
    char_end: int
    sentence: str
    metric: str
    scope: str
    since: date | None = None
    as_of: date | None = None


_SENT_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'”’)]))\s+(?=[\"'“‘(]?[A-Z0-9])|\n+")


def sentence_around(text: str, start: int, end: int) -> str:
    left = 0
    for match in _SENT_END.finditer(text, 0, min(len(text), start + 1)):
        left = match.end()
    right_match = _SENT_END.search(text, end)
    right = right_match.start() if right_match else len(text)
    return text[left:right]


def load(corpus: Path) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(corpus.glob("*.json"))]


def _link_extracted(
    linker: EventLinker, cluster: str, article: dict, labelled: list[tuple[int, dict]], published: datetime
) -> list[tuple[str, str, str, EventRef]]:
    """Link the extractor's own claims; keep those that match a labelled claim (span + value)."""
    from tracker.extraction.extract import extract_claims

    text = article["text"]
    rows = []
    used: set[str] = set()
    for claim in extract_claims(text, published_at=published, title=article["title"]):
        event = linker.link(claim, article["title"], text, published)
        for start, label in labelled:
            end = start + len(label["quote"])
            if label["id"] in used or claim.char_end <= start or claim.char_start >= end:
                continue
            if float(label["value"]) != float(claim.value):
                continue
            used.add(label["id"])
            rows.append((cluster, label["id"], label["event"], event))
            break
    return rows


class _Store:
    """Stands in for the Event table: rows by id, loaded into a fresh linker per article."""

    def __init__(self) -> None:
        self.rows: dict[int, dict] = {}
        self.last_reported: dict[int, date] = {}  # the Event column of that name

    def linker(self, title: str = "", text: str = "", published: datetime | None = None) -> EventLinker:
        """The linker over the stored events the Django side would offer for this article: those in
        its candidate windows, running totals and undated ones (tracker/services/events.py)."""
        windows = candidate_windows(title, text, published) if published is not None else []
        around = windows[0] if windows else None  # the publication day's own window

        def offered(pk: int, row: dict) -> bool:
            last = self.last_reported.get(pk)
            return (
                around is None
                or row.get("kind") == "running_total"
                or row.get("day") is None
                or any(start <= row["day"] <= end for start, end in windows)
                or (last is not None and around[0] <= last <= around[1])  # still being reported on
            )

        return EventLinker(EventRef.from_row(row) for pk, row in self.rows.items() if offered(pk, row))

    def reported(self, pks: set[int], day: date) -> None:
        for pk in pks:
            if self.last_reported.get(pk, date.min) < day:
                self.last_reported[pk] = day

    def persist(self, linker: EventLinker) -> dict[str, int]:
        ids: dict[str, int] = {}
        for ref in linker.new_events:
            pk = len(self.rows) + 1
            self.rows[pk] = {**ref.to_row(), "id": pk}
            ids[ref.key] = pk
        for ref in linker.touched.values():
            if ref.id is not None:
                self.rows[ref.id] = {**ref.to_row(), "id": ref.id}
        return ids


def run(
    corpus: Path, shared: bool, verbose: bool, extracted: bool = False, roundtrip: bool = False
) -> dict[str, float]:
    clusters = load(corpus)
    items: list[tuple[datetime, str, dict]] = []
    for cluster in clusters:
        for article in cluster["articles"]:
            published = datetime.fromisoformat(article["published"].replace("Z", "+00:00"))
            items.append((published, cluster["cluster"], article))
    items.sort(key=lambda it: (it[0], it[1]))
    linkers: dict[str, EventLinker] = defaultdict(EventLinker)
    shared_linker = EventLinker()
    stores: dict[str, _Store] = defaultdict(_Store)
    rows: list[tuple[str, str, str, str]] = []  # (cluster, claim id, label, predicted)
    for published, cluster, article in items:
        linker = shared_linker if shared else linkers[cluster]
        if roundtrip:
            linker = stores["all" if shared else cluster].linker(article["title"], article["text"], published)
        linked: list[tuple[str, str, str, EventRef]] = []
        text = article["text"]
        claims = []
        for claim in article["claims"]:
            start = text.find(claim["quote"])
            if start < 0:
                continue
            claims.append((start, claim))
        claims.sort(key=lambda c: c[0])
        if extracted:
            linked.extend(_link_extracted(linker, cluster, article, claims, published))
        for start, claim in [] if extracted else claims:
            end = start + len(claim["quote"])
            bench_claim = BenchClaim(
                char_start=start,
                char_end=end,
                sentence=sentence_around(text, start, end),
                metric=claim["metric"],
                scope=claim["scope"],
                since=date.fromisoformat(claim["since"]) if claim.get("since") else None,
            )
            event = linker.link(bench_claim, article["title"], text, published)
            linked.append((cluster, claim["id"], claim["event"], event))
        ids = stores["all" if shared else cluster].persist(linker) if roundtrip else {}
        if roundtrip:
            pks = {ref.id if ref.id is not None else ids.get(ref.key) for _c, _i, _l, ref in linked}
            stores["all" if shared else cluster].reported(
                {pk for pk in pks if pk is not None}, published.date()
            )
        for cl, cid, label, ref in linked:
            key = str(ref.id if ref.id is not None else ids.get(ref.key, ref.key)) if roundtrip else ref.key
            rows.append((cl, cid, label, key))
    tp = fp = fn = 0
    per_cluster: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    pairs_rows = rows if shared else None
    groups: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
    for row in rows:
        groups["all" if shared else row[0]].append(row)
    for rows_group in [pairs_rows] if shared else list(groups.values()):
        for a, b in combinations(rows_group, 2):
            # Slugs are shared across clusters ("gaza-war-toll" is one event in every story).
            same_label = a[2] == b[2] and (shared or a[0] == b[0])
            same_pred = a[3] == b[3]
            bucket = per_cluster[a[0] if a[0] == b[0] else "(cross-cluster)"]
            if same_label and same_pred:
                tp += 1
                bucket[0] += 1
            elif same_pred:
                fp += 1
                bucket[1] += 1
            elif same_label:
                fn += 1
                bucket[2] += 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    mode = "shared linker" if shared else "one linker per cluster"
    mode += ", extracted claims" if extracted else ", labelled claims"
    mode += ", database round trip" if roundtrip else ""
    print(f"corpus: {corpus}  mode: {mode}")
    print(
        f"claims: {len(rows)}  events labelled: {len({(r[0], r[2]) for r in rows})}  "
        f"events predicted: {len({r[3] for r in rows}) if shared else sum(len({r[3] for r in g}) for g in groups.values())}"
    )
    for name, (t, f, n) in sorted(per_cluster.items()):
        p = t / (t + f) if t + f else 1.0
        r = t / (t + n) if t + n else 1.0
        print(f"  {name:45s} pairs tp={t:5d} fp={f:5d} fn={n:5d}  P={p:.3f} R={r:.3f}")
    print(f"pairwise precision={precision:.3f} recall={recall:.3f} F1={f1:.3f}")
    if verbose:
        by_label: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        for cluster, _cid, label, pred in rows:
            by_label[(cluster, label)][pred] += 1
        titles = {
            e.key: e.title for lk in ([shared_linker] if shared else linkers.values()) for e in lk.events
        }
        for (cluster, label), preds in sorted(by_label.items()):
            print(f"\n{cluster} :: {label}")
            for pred, n in preds.most_common():
                print(f"    {n:3d}  {titles.get(pred, pred)}  [{pred}]")
    return {"precision": precision, "recall": recall, "f1": f1}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--shared", action="store_true", help="one linker across all clusters")
    parser.add_argument("--verbose", "-v", action="store_true", help="show label -> predicted events")
    parser.add_argument(
        "--extracted",
        action="store_true",
        help="link the extractor's claims (extract_claims) instead of the labels; score the matched ones",
    )
    parser.add_argument(
        "--roundtrip",
        action="store_true",
        help="as the Django side does: a fresh linker per article over stored rows (to_row/from_row)",
    )
    args = parser.parse_args()
    run(args.corpus, args.shared, args.verbose, args.extracted, args.roundtrip)


if __name__ == "__main__":
    main()
