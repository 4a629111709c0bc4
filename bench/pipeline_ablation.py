"""Which extracted field costs the end-to-end comparison most? Swap in the labels, one group at a time.

Usage: .venv/bin/python bench/pipeline_ablation.py [CORPUS_DIR ...] [--groups E,ES,EM,...]

Runs the pipeline of ``pipeline_quality.py`` (extractor -> linker -> engine) on each corpus folder, then
runs the engine again with the labelled value of some fields put in place of what the tracker read,
for every system claim that matches a label. Field groups, combined by letters:

    E  event (the labelled event instead of the linker's)
    S  source (and its kind)            M  metric, subject and subject class
    m  metric alone                     u  subject phrase alone          c  subject class alone
    Q  qualifier (and interval)         T  scope, since and as_of (the publication day, as the oracle)

The number of labelled discrepancies found with each swap bounds what fixing that field would buy
end to end; ``comparison_quality.py --oracle`` (every field and every claim labelled) is the ceiling.
Claims the extractor missed stay missed: that part of the gap is extraction recall.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from comparison_quality import NO_SOURCE, relayed_source, score, source_kind
from pipeline_quality import DEFAULT_CORPUS, Run, run_many

from verification.engine import coerce_frame, compare, interval

DEFAULT_GROUPS = "E,ES,EM,Em,Eu,Ec,ET,EQ,ESMT,ESMTQ"


def labels_of(corpus: Path) -> dict[str, dict[str, Any]]:
    """Label key ("cluster/A1-1") -> the label, with its event made unique to its cluster and the
    article's publication time."""
    out: dict[str, dict[str, Any]] = {}
    for path in sorted(corpus.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for art in data["articles"]:
            for claim in art["claims"]:
                key = f"{data['cluster']}/{claim['id']}"
                out[key] = {
                    **claim,
                    "event": f"{data['cluster']}:{claim.get('event', '')}",
                    "pub": art["published"],
                }
    return out


def swapped(run: Run, labels: dict[str, dict[str, Any]], groups: str) -> pd.DataFrame:
    """The run's frame with the labelled fields of ``groups`` in place for matched claims."""
    frame = run.frame.copy()
    matched = [
        (i, labels[run.labels[int(c)]])
        for i, c in zip(frame.index, frame["claim_id"], strict=True)
        if int(c) in run.labels
    ]
    rows = [i for i, _ in matched]
    picked = [label for _, label in matched]

    def put(column: str, values: list[Any]) -> None:
        frame.loc[rows, column] = pd.Series(values, index=rows)

    if "E" in groups:
        put("event_key", [label["event"] for label in picked])
    if "S" in groups:
        names = [relayed_source(lab["source"]) if lab["source"] not in NO_SOURCE else "" for lab in picked]
        put("source_name", names)
        put("attribution", names)
        put("source_kind", [source_kind(n) if n else "" for n in names])
        # ids apart from the tracker's own sources: one per labelled canonical name
        ids = {n: 1_000_000 + k for k, n in enumerate(dict.fromkeys(n for n in names if n))}
        put("source_id", [ids.get(n, pd.NA) for n in names])
    if "M" in groups or "m" in groups:
        put("metric", [lab["metric"] for lab in picked])
    if "M" in groups or "u" in groups:
        put("subject", [lab["subject"] for lab in picked])
    if "M" in groups or "c" in groups:
        put("subject_class", [lab["subject_class"] for lab in picked])
    if "Q" in groups:
        metrics = frame.loc[rows, "metric"].tolist()
        bounds = [
            interval(lab["value"], lab["value_high"], lab["qualifier"], metric=m)
            for lab, m in zip(picked, metrics, strict=True)
        ]
        put("qualifier", [lab["qualifier"] for lab in picked])
        put("low", [float("nan") if lo is None else lo for lo, _ in bounds])
        put("high", [float("nan") if hi is None else hi for _, hi in bounds])
    if "T" in groups:
        put("scope", [lab["scope"] for lab in picked])
        put("since", [pd.Timestamp(lab["since"]) if lab.get("since") else pd.NaT for lab in picked])
        put(
            "as_of",
            [pd.Timestamp(lab["pub"]).tz_convert("UTC").tz_localize(None).normalize() for lab in picked],
        )
    events: dict[str, int] = {}
    frame["event_id"] = frame["event_key"].map(lambda k: events.setdefault(k, len(events) + 1))
    frame["source_id"] = frame["source_id"].astype("Int64")
    return frame


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", nargs="*", type=Path)
    parser.add_argument(
        "--groups", default=DEFAULT_GROUPS, help=f"comma-separated (default {DEFAULT_GROUPS})"
    )
    args = parser.parse_args(argv)
    groups = [g for g in args.groups.split(",") if g]
    totals = dict.fromkeys(["tracker", *groups], 0)
    labelled = 0
    for corpus in [c for c in (args.corpus or [DEFAULT_CORPUS]) if c.is_dir()]:
        run = run_many([corpus])
        labels = labels_of(corpus)
        n = len(run.report.found) + len(run.report.missed)
        labelled += n
        totals["tracker"] += len(run.report.found)
        cells = [f"tracker {len(run.report.found)}"]
        for group in groups:
            report = score(compare(coerce_frame(swapped(run, labels, group))), run.labels, run.clusters)
            totals[group] += len(report.found)
            cells.append(f"{group} {len(report.found)} ({len(report.spurious)} spurious)")
        print(f"{corpus.name} ({n} labelled): " + ", ".join(cells), flush=True)
    print(
        f"TOTAL of {labelled} labelled discrepancies found: "
        + ", ".join(f"{k} {v}" for k, v in totals.items())
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
