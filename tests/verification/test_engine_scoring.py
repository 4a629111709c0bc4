"""The corpus scorer of bench/comparison_quality.py, on a tiny hand-written cluster (not the corpus)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from verification.engine import Candidate, compare


@pytest.fixture(scope="module")
def quality() -> ModuleType:
    path = Path(__file__).resolve().parents[2] / "bench" / "comparison_quality.py"
    spec = importlib.util.spec_from_file_location("comparison_quality", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["comparison_quality"] = module
    spec.loader.exec_module(module)
    return module


def label(cid: str, value: float, source: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": cid,
        "quote": f"{int(value)} people",
        "value": value,
        "value_high": None,
        "qualifier": extra.pop("qualifier", "exact"),
        "metric": "killed",
        "subject": "people at the school",
        "subject_class": "people",
        "source": source,
        "source_accept": [source.lower()],
        "scope": "incident",
        "since": None,
        "event": "school-strike",
        **extra,
    }


CLUSTER = {
    "cluster": "school",
    "topic": "a strike on a school",
    "facts_checked_against": [],
    "articles": [
        {
            "id": "A1",
            "outlet": "Levant Wire",
            "url": "https://news.example/a1",
            "published": "2024-08-10T11:00:00Z",
            "title": "t",
            "text": "A strike killed 101 people, the media office said. Another figure: 95 people.",
            "claims": [
                label("A1-1", 101, "Gaza Government Media Office"),
                label("A1-2", 95, "Gaza Health Ministry"),
            ],
        },
        {
            "id": "A2",
            "outlet": "Harbor Daily",
            "url": "https://news.example/a2",
            "published": "2024-08-10T21:00:00Z",
            "title": "t",
            "text": "The civil defence agency said 93 people were killed in the strike on the school.",
            "claims": [
                label("A2-1", 93, "Gaza Civil Defence"),
                label("A2-2", 5, "UNRWA", event="other-strike"),
            ],
        },
    ],
    "discrepancies": [{"claims": ["A1-1", "A2-1"], "kind": "value_conflict", "why": "101 vs 93"}],
    "consistent": [{"claims": ["A1-2", "A2-1"], "why": "pretend"}],
}


def test_the_oracle_finds_the_labelled_discrepancy_of_a_small_cluster(
    quality: ModuleType, tmp_path: Path
) -> None:
    (tmp_path / "school.json").write_text(json.dumps(CLUSTER))
    clusters, articles, claims = quality.load_corpus(tmp_path)
    frame, mapping = quality.oracle_frame(articles, claims)
    report = quality.score(compare(frame), mapping, clusters)
    assert len(report.found) == 1 and not report.missed
    assert report.noise == 0.0 and not report.false_alarms


def test_a_flag_without_a_labelled_pair_is_spurious_and_may_be_a_false_alarm(
    quality: ModuleType, tmp_path: Path
) -> None:
    (tmp_path / "school.json").write_text(json.dumps(CLUSTER))
    clusters, _, _ = quality.load_corpus(tmp_path)
    mapping = {1: "school/A1-1", 2: "school/A1-2", 3: "school/A2-1", 4: "school/A2-2"}
    flag = Candidate("value_conflict", "f" * 40, "k", 1, "killed", "people", (2, 3), "low", 0.1, "x", "")
    report = quality.score([flag], mapping, clusters)
    assert report.missed and report.spurious == [flag] and report.noise == 1.0
    assert len(report.false_alarms) == 1


def test_the_command_exits_non_zero_under_its_thresholds(quality: ModuleType, tmp_path: Path) -> None:
    cluster = dict(
        CLUSTER, discrepancies=[{"claims": ["A1-1", "A2-2"], "kind": "value_conflict", "why": "x"}]
    )
    (tmp_path / "school.json").write_text(json.dumps(cluster))
    assert quality.main(["--oracle", "--corpus", str(tmp_path)]) == 1
    assert (
        quality.main(
            [
                "--oracle",
                "--corpus",
                str(tmp_path),
                "--min-recall",
                "0",
                "--max-noise",
                "1",
                "--max-false-alarms",
                "9",
            ]
        )
        == 0
    )


def test_source_kinds_are_guessed_from_names(quality: ModuleType) -> None:
    assert quality.source_kind("Gaza Health Ministry") == "ministry"
    assert quality.source_kind("UNRWA") == "un_agency"
    assert quality.source_kind("Israeli military") == "military"
    assert quality.source_kind("Gaza Civil Defence") == "ngo"
