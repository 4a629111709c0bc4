"""End-to-end comparison quality on the labelled corpus: extractor -> event linker -> engine.

    .venv/bin/python bench/pipeline_quality.py [CORPUS_DIR ...] [--min-recall R] [--max-noise N]
        [--max-false-alarms K] [--list] [--dump]

Unlike ``comparison_quality.py --oracle`` (labelled claims in), this feeds the engine what the tracker
itself reads from the article texts, linked to events by ``EventLinker`` across all articles in order
of publication (as the database would see them), then scores the flags per SCHEMA.md: a system claim
counts as a labelled one when it overlaps the labelled quote with the same value.

Several corpus folders may be given: their articles are fed as one stream (one linker, one frame, as
one database would hold them), and the scores are printed per cluster, per folder and in total.
``--list`` lists misses, spurious flags and false alarms; ``--dump`` also prints, for each labelled
discrepancy, the system claims matched to its labelled claims (what the engine was given). The exit
status is 1 when the total is below ``--min-recall`` or above ``--max-noise`` /
``--max-false-alarms``; a missing folder is skipped with a message.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from comparison_quality import Cluster, Report, load_corpus, score
from extraction_quality import _match

from tracker.extraction import extract_claims
from tracker.extraction.events import EventLinker
from tracker.extraction.sources import SourceRegistry
from verification.engine import Candidate, coerce_frame, compare, subject_token, wire_groups

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"


@dataclass(slots=True)
class Run:
    """One pipeline run over one or more folders."""

    clusters: list[Cluster]
    folder_of: dict[str, Path]  # cluster slug -> folder
    frame: pd.DataFrame
    labels: dict[int, str]  # system claim id -> "cluster/A1-1"
    candidates: list[Candidate]
    report: Report


def run_many(corpora: Sequence[Path]) -> Run:
    """Extract, link and compare every article of ``corpora`` as one stream (publication order)."""
    clusters: list[Cluster] = []
    folder_of: dict[str, Path] = {}
    raw: list[tuple[str, dict[str, Any]]] = []
    for corpus in corpora:
        found, _, _ = load_corpus(corpus)
        clusters += found
        for path in sorted(corpus.glob("*.json")):
            data = json.loads(path.read_text())
            folder_of[data["cluster"]] = corpus
            for art in data["articles"]:
                raw.append((data["cluster"], art))
    raw.sort(key=lambda item: item[1]["published"])
    registry = SourceRegistry.default()
    linker = EventLinker()
    rows: list[dict[str, Any]] = []
    labels: dict[int, str] = {}
    articles: list[dict[str, Any]] = []
    event_ids: dict[str, int] = {}
    source_ids: dict[str, int] = {}
    for article_id, (cluster, art) in enumerate(raw, start=1):
        published = datetime.fromisoformat(art["published"].replace("Z", "+00:00"))
        claims = extract_claims(
            art["text"], published_at=published, title=art.get("title", ""), registry=registry
        )
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
                    "event_key": ref.key,
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
    return Run(clusters, folder_of, frame, labels, candidates, score(candidates, labels, clusters))


def run(corpus: Path) -> tuple[Report, list[dict[str, Any]]]:
    """One folder (the former interface): the report and the system claim rows."""
    result = run_many([corpus])
    return result.report, result.frame.to_dict("records")


def _cluster_of(cand: Candidate, labels: dict[int, str], frame: pd.DataFrame) -> str:
    keys = [labels[c] for c in cand.claim_ids if c in labels]
    if keys:
        return max(set(k.split("/")[0] for k in keys), key=[k.split("/")[0] for k in keys].count)
    return "?"


def per_cluster(result: Run) -> list[tuple[str, int, int, int, int, int]]:
    """(cluster, found, labelled, flags, spurious, false alarms) for each cluster."""
    report = result.report
    flags_of: dict[str, int] = {}
    spurious_of: dict[str, int] = {}
    spurious_ids = {id(c) for c in report.spurious}
    for cand in result.candidates:
        slug = _cluster_of(cand, result.labels, result.frame)
        flags_of[slug] = flags_of.get(slug, 0) + 1
        if id(cand) in spurious_ids:
            spurious_of[slug] = spurious_of.get(slug, 0) + 1
    out = []
    for cluster in result.clusters:
        slug = cluster.slug
        found = sum(1 for s, _ in report.found if s == slug)
        total = found + sum(1 for s, _ in report.missed if s == slug)
        alarms = sum(1 for s, _, _ in report.false_alarms if s == slug)
        out.append((slug, found, total, flags_of.get(slug, 0), spurious_of.get(slug, 0), alarms))
    if flags_of.get("?"):
        out.append(("(no labelled claim)", 0, 0, flags_of["?"], spurious_of.get("?", 0), 0))
    return out


def _describe_row(row: Any) -> str:
    src = row.source_name or "-"
    as_of = "" if pd.isna(row.as_of) else f" as_of={pd.Timestamp(row.as_of).date()}"
    return (
        f"#{row.claim_id} a{row.article_id} {pd.Timestamp(row.published_at).date()} ev{row.event_id}"
        f"[{row.event_key}] {row.metric}/{row.subject_class} {row.qualifier} {row.value:g}"
        f" subj={row.subject!r} tok={subject_token(str(row.subject))!r} src={src} {row.scope}{as_of}"
    )


def dump(result: Run) -> None:
    """For each labelled discrepancy: the system claims matched to its labelled claims."""
    by_label = {v: k for k, v in result.labels.items()}
    frame = result.frame.set_index("claim_id", drop=False)
    for cluster in result.clusters:
        for disc in cluster.discrepancies:
            print(f"  [{disc['kind']}] {cluster.slug} {disc['claims']}")
            for claim in disc["claims"]:
                cid = by_label.get(f"{cluster.slug}/{claim}")
                if cid is None:
                    print(f"      {claim}: not extracted")
                else:
                    print(f"      {claim}: {_describe_row(frame.loc[cid])}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", nargs="*", type=Path)
    parser.add_argument("--min-recall", type=float, default=0.0)
    parser.add_argument("--max-noise", type=float, default=1.0)
    parser.add_argument("--max-false-alarms", type=int, default=-1, help="-1: no limit")
    parser.add_argument("--list", action="store_true", help="List misses and spurious flags.")
    parser.add_argument("--dump", action="store_true", help="Show the system claims of each labelled pair.")
    parser.add_argument("--quiet", action="store_true", help="No per-cluster table.")
    args = parser.parse_args(argv)
    corpora = [c for c in (args.corpus or [DEFAULT_CORPUS]) if c.is_dir()]
    for missing in set(args.corpus or [DEFAULT_CORPUS]) - set(corpora):
        print(f"no corpus at {missing}: skipped")
    if not corpora:
        print("no corpus: nothing to score")
        return 0
    result = run_many(corpora)
    report = result.report
    total = len(report.found) + len(report.missed)
    names = ", ".join(str(c) for c in corpora)
    print(f"pipeline (extractor -> linker -> engine) on {names} ({len(result.frame)} system claims)")
    if not args.quiet:
        print(f"  {'cluster':44} {'found':>7} {'flags':>6} {'spur.':>6} {'alarms':>7}")
        sums: dict[Path, list[int]] = {}
        for slug, found, n, flags, spurious, alarms in per_cluster(result):
            print(f"  {slug:44} {found:>3}/{n:<3} {flags:>6} {spurious:>6} {alarms:>7}")
            folder = result.folder_of.get(slug)
            if folder is not None:
                acc = sums.setdefault(folder, [0, 0, 0])
                acc[0] += found
                acc[1] += n
                acc[2] += alarms
        if len(corpora) > 1:
            for folder, (found, n, alarms) in sums.items():
                print(f"  {folder!s:44} {found:>3}/{n:<3} {'':>6} {'':>6} {alarms:>7}")
    print(f"discrepancies found: {len(report.found)}/{total} (recall {report.recall:.2f})")
    print(f"flags: {report.flags}, spurious: {len(report.spurious)} (noise ratio {report.noise:.2f})")
    print(f"consistent-pair false alarms: {len(report.false_alarms)}")
    if args.list or args.dump:
        for slug, disc in report.missed:
            print(f"  MISSED {slug} {disc['claims']} {disc['kind']}: {disc['why']}")
        for cand in report.spurious:
            held = sorted(result.labels.get(c, f"#{c}") for c in cand.claim_ids)
            print(f"  SPURIOUS {cand.kind} {held}: {cand.explanation}")
        for slug, pair, cand in report.false_alarms:
            print(f"  FALSE ALARM {slug} {pair['claims']} in {cand.kind} flag: {pair['why']}")
    if args.dump:
        dump(result)
    ok = report.recall >= args.min_recall and report.noise <= args.max_noise
    ok = ok and (args.max_false_alarms < 0 or len(report.false_alarms) <= args.max_false_alarms)
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
