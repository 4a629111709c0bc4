"""End-to-end comparison quality on the labelled corpus: extractor -> event linker -> engine.

    .venv/bin/python bench/pipeline_quality.py [CORPUS_DIR] [--min-recall R] [--max-noise N] [--list]

Unlike ``comparison_quality.py --oracle`` (labelled claims in), this feeds the engine what the tracker
itself reads from the article texts, linked to events by ``EventLinker`` across all articles in order
of publication (as the database would see them), then scores the flags per SCHEMA.md: a system claim
counts as a labelled one when it overlaps the labelled quote with the same value.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from comparison_quality import load_corpus, score
from extraction_quality import _match

from tracker.extraction import extract_claims
from tracker.extraction.events import EventLinker
from tracker.extraction.sources import SourceRegistry
from verification.engine import coerce_frame, compare, wire_groups

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"


def run(corpus: Path) -> tuple[Any, list[dict[str, Any]]]:
    import json

    clusters, _, _ = load_corpus(corpus)
    registry = SourceRegistry.default()
    linker = EventLinker()
    rows: list[dict[str, Any]] = []
    labels: dict[int, str] = {}
    articles: list[dict[str, Any]] = []
    raw = []
    for path in sorted(corpus.glob("*.json")):
        data = json.loads(path.read_text())
        for art in data["articles"]:
            raw.append((data["cluster"], art))
    raw.sort(key=lambda item: item[1]["published"])
    event_ids: dict[str, int] = {}
    source_ids: dict[str, int] = {}
    for article_id, (cluster, art) in enumerate(raw, start=1):
        published = datetime.fromisoformat(art["published"].replace("Z", "+00:00"))
        claims = extract_claims(art["text"], published_at=published, registry=registry)
        articles.append({"article_id": article_id, "outlet": art["outlet"], "text": art["text"]})
        matched = {id(c): lab for lab, c in _match(art, claims)}
        for claim in claims:
            ref = linker.link(claim, art.get("title", ""), art["text"], published)
            claim_id = len(rows) + 1
            if id(claim) in matched:
                labels[claim_id] = f"{cluster}/{matched[id(claim)]['id']}"
            source = claim.source
            rows.append(
                {
                    "claim_id": claim_id,
                    "article_id": article_id,
                    "outlet": art["outlet"],
                    "published_at": pd.Timestamp(published),
                    "event_id": event_ids.setdefault(ref.key, len(event_ids) + 1),
                    "metric": claim.metric,
                    "subject": claim.subject,
                    "subject_class": claim.subject_class,
                    "source_id": source_ids.setdefault(source.slug, len(source_ids) + 1) if source else pd.NA,
                    "source_name": source.name if source else "",
                    "source_kind": source.kind if source else "",
                    "attribution": claim.attribution,
                    "scope": claim.scope,
                    "since": pd.Timestamp(claim.since) if claim.since else pd.NaT,
                    "as_of": pd.Timestamp(claim.as_of) if claim.as_of else pd.NaT,
                    "value": claim.value,
                    "value_high": claim.value_high if claim.value_high is not None else float("nan"),
                    "qualifier": claim.qualifier,
                    "low": claim.low if claim.low is not None else float("nan"),
                    "high": claim.high if claim.high is not None else float("nan"),
                    "status": "unreviewed",
                    "sentence": claim.sentence,
                }
            )
    frame = pd.DataFrame(rows)
    groups = wire_groups(pd.DataFrame(articles))
    frame["wire_group"] = frame["article_id"].map(groups).fillna(frame["article_id"]).astype("int64")
    candidates = compare(coerce_frame(frame))
    return score(candidates, labels, clusters), rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--min-recall", type=float, default=0.0)
    parser.add_argument("--max-noise", type=float, default=1.0)
    parser.add_argument("--list", action="store_true", help="List misses and spurious flags.")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}: nothing to score")
        return 0
    report, rows = run(args.corpus)
    total = len(report.found) + len(report.missed)
    print(f"pipeline (extractor -> linker -> engine) on {args.corpus} ({len(rows)} system claims)")
    print(f"discrepancies found: {len(report.found)}/{total} (recall {report.recall:.2f})")
    print(f"flags: {report.flags}, spurious: {len(report.spurious)} (noise ratio {report.noise:.2f})")
    print(f"consistent-pair false alarms: {len(report.false_alarms)}")
    if args.list:
        for slug, disc in report.missed:
            print(f"  MISSED {slug} {disc['claims']} {disc['kind']}: {disc['why']}")
        for cand in report.spurious:
            print(f"  SPURIOUS {cand.kind}: {cand.explanation}")
    ok = report.recall >= args.min_recall and report.noise <= args.max_noise
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
