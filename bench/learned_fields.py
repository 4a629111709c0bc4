"""Would a learned model read metric and attribution better than the rules? Cross-validated answer.

Usage: .venv/bin/python bench/learned_fields.py [CORPUS_DIR ...] [--C C] [--drop-below P] [--focus NAMES]

Every claim the extractor finds that matches a label (same matching as ``extraction_quality.py``) becomes
a training row: the rule's own output (metric, class, qualifier, scope, attribution), the words around
the figure and the label. Two models are cross-validated leaving one corpus out at a time (each corpus
is one writer's copy and conventions, so a fold scores copy the model never saw):

* metric: logistic regression over the rule's metric plus context, predicting the labelled metric
  (scored as the number of claims whose metric is right, rules against model);
* attribution: logistic regression predicting whether the figure has a source at all; a source the
  rules gave is dropped when the model's probability falls below ``--drop-below`` (scored as drops
  that fix a claim labelled unattributed against drops that break a right source; a model cannot
  name a missing source, so it can only remove ones).

The default corpora are the project's own sets (``bench/corpus-heldout`` and ``bench/corpus-fresh*``);
the dev corpus is never used for training. ``--focus`` names corpora reported apart (by default the
four newest sets, which no rule was drawn from). Needs scikit-learn (requirements-dev.txt).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from extraction_quality import METRIC_SYNONYMS, _match, source_ok

from tracker.extraction import extract_claims

BENCH = Path(__file__).resolve().parent
NO_SOURCE = ("(none)", "(outlet)", "")
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*|\d[\d,.]*|[$€£%]")
_SAYING = (
    "said",
    "says",
    "according",
    "told",
    "reported",
    "estimated",
    "put",
    "counted",
    "showed",
    "announced",
)

Row = dict[str, Any]
Features = dict[str, float]


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _fresh_number(path: Path) -> int:
    digits = re.sub(r"\D", "", path.name)
    return int(digits) if digits else 1


def default_corpora() -> list[Path]:
    fresh = sorted(BENCH.glob("corpus-fresh*"), key=_fresh_number)
    return [BENCH / "corpus-heldout", *fresh]


def rows_of(corpora: Sequence[Path]) -> list[Row]:
    """One row per extracted claim that matches a label."""
    rows: list[Row] = []
    for corpus in corpora:
        for path in sorted(corpus.glob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            for art in data["articles"]:
                published = datetime.fromisoformat(art["published"].replace("Z", "+00:00"))
                claims = extract_claims(art["text"], published_at=published, title=art.get("title", ""))
                for label, claim in _match(art, claims):
                    sentence = claim.sentence or claim.quote
                    at = sentence.find(claim.quote)
                    rows.append(
                        {
                            "corpus": corpus.name,
                            "left": sentence[: max(at, 0)],
                            "right": sentence[at + len(claim.quote) :] if at >= 0 else "",
                            "quote": claim.quote,
                            "subject": claim.subject,
                            "subject_class": claim.subject_class,
                            "qualifier": claim.qualifier,
                            "scope": claim.scope,
                            "attribution": claim.attribution,
                            "sentence": sentence,
                            "has_source": bool(claim.source is not None or claim.attribution.strip()),
                            "rule_metric": METRIC_SYNONYMS.get(claim.metric, claim.metric),
                            "label_metric": METRIC_SYNONYMS.get(label["metric"], label["metric"]),
                            "label_has_source": label["source"] not in NO_SOURCE,
                            "source_ok": source_ok(label, claim),
                        }
                    )
    return rows


def _read_as(row: Row, *also: str) -> Features:
    """The rules' own reading of the figure (its class, qualifier and scope) and the features ``also``."""
    out: Features = dict.fromkeys(["bias", *also], 1.0)
    for name in ("subject_class", "qualifier", "scope"):
        out[f"{name}={row[name]}"] = 1.0
    return out


def metric_features(row: Row) -> Features:
    rule = row["rule_metric"]
    out = _read_as(row, f"rule={rule}", f"rule_class={rule}_{row['subject_class']}")
    for i, word in enumerate(_words(row["right"])[:8]):
        out[f"R{min(i, 3)}={word}"] = out[f"Rw={word}"] = 1.0
        out[f"Rw_rule={word}_{rule}"] = 0.5
    for i, word in enumerate(reversed(_words(row["left"])[-6:])):
        out[f"L{min(i, 2)}={word}"] = out[f"Lw={word}"] = 1.0
    for word in _words(row["quote"]):
        out[f"Q={word}"] = 1.0
    for word in _words(row["subject"]):
        out[f"S={word}"] = 1.0
    for word in set(_words(row["sentence"])):
        out[f"B={word}"] = 0.3
    return out


def source_features(row: Row) -> Features:
    has = row["has_source"]
    out = _read_as(row, f"has={has}", f"metric={row['rule_metric']}")
    if has:
        named = [w for w in _words(row["attribution"]) if len(w) > 3][:3]
        # a speaker named in the figure's own sentence, or one carried over from the sentences before
        in_sentence = any(w in row["sentence"].lower() for w in named)
        out[f"attr_in_sentence={in_sentence}"] = out[
            f"attr_in_sentence_metric={in_sentence}_{row['rule_metric']}"
        ] = 1.0
        for word in _words(row["attribution"])[:4]:
            out[f"A={word}"] = 1.0
    left, right = _words(row["left"]), _words(row["right"])
    for word in _SAYING:
        if word in right:
            out[f"Rsay={word}"] = 1.0
        if word in left:
            out[f"Lsay={word}"] = 1.0
    for i, word in enumerate(right[:6]):
        out[f"R{min(i, 2)}={word}"] = 1.0
    for i, word in enumerate(reversed(left[-5:])):
        out[f"L{min(i, 2)}={word}"] = 1.0
    for word in set(right):
        out[f"Rw={word}"] = 0.3
    for word in set(left):
        out[f"Lw={word}"] = 0.3
    return out


def leave_one_corpus_out(
    rows: list[Row], features: Callable[[Row], Features], target: str, c: float
) -> list[tuple[int, Any, dict[Any, float]]]:
    """(row index, predicted label, class probabilities) for every row, from a model trained without
    the row's corpus."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    feats = [features(r) for r in rows]
    out: list[tuple[int, Any, dict[Any, float]]] = []
    for held in sorted({r["corpus"] for r in rows}):
        train = [i for i, r in enumerate(rows) if r["corpus"] != held]
        test = [i for i, r in enumerate(rows) if r["corpus"] == held]
        vectorizer = DictVectorizer()
        model = LogisticRegression(C=c, max_iter=3000)
        model.fit(vectorizer.fit_transform([feats[i] for i in train]), [rows[i][target] for i in train])
        probs = model.predict_proba(vectorizer.transform([feats[i] for i in test]))
        for i, p in zip(test, probs, strict=True):
            by_class = dict(zip(model.classes_.tolist(), p.tolist(), strict=True))
            out.append((i, max(by_class, key=by_class.__getitem__), by_class))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", nargs="*", type=Path)
    parser.add_argument("--C", type=float, default=1.0, help="inverse regularisation strength")
    parser.add_argument("--drop-below", type=float, default=0.2, help="drop a source below this probability")
    parser.add_argument("--focus", default="", help="comma-separated corpus folder names reported apart")
    args = parser.parse_args(argv)
    corpora = [c for c in (args.corpus or default_corpora()) if c.is_dir()]
    focus = set(filter(None, args.focus.split(","))) or {c.name for c in corpora[-4:]}
    rows = rows_of(corpora)
    print(f"{len(rows)} matched claims from {len(corpora)} corpora; focus: {', '.join(sorted(focus))}")

    metric = leave_one_corpus_out(rows, metric_features, "label_metric", args.C)
    for name, subset in (("all", metric), ("focus", [m for m in metric if rows[m[0]]["corpus"] in focus])):
        rule_right = sum(rows[i]["rule_metric"] == rows[i]["label_metric"] for i, _, _ in subset)
        model_right = sum(pred == rows[i]["label_metric"] for i, pred, _ in subset)
        print(
            f"metric, {name}: rules right {rule_right}/{len(subset)}, model right {model_right}/{len(subset)}"
        )

    source = leave_one_corpus_out(rows, source_features, "label_has_source", args.C)
    for name, subset in (("all", source), ("focus", [s for s in source if rows[s[0]]["corpus"] in focus])):
        drops = [i for i, _, p in subset if rows[i]["has_source"] and p.get(True, 0.0) < args.drop_below]
        fixed = sum(not rows[i]["label_has_source"] for i in drops)
        broken = sum(rows[i]["source_ok"] for i in drops)
        print(
            f"source, {name}: model drops {len(drops)} sources below p={args.drop_below}: "
            f"{fixed} were wrongly attributed, {broken} were right"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
