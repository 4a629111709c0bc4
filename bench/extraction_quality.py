"""Score the extractor on a labelled corpus directory (format: ../shared/corpus/SCHEMA.md).

    python bench/extraction_quality.py [CORPUS_DIR] [--min-value-f1 X] [--min-full-f1 Y] [--misses]

Matching (SCHEMA.md): same article, the system span overlaps the labelled quote, equal values (ranges:
low end in value, high end in value_high); one to one. Value P/R/F1 from matches; full-claim F1 also
needs the qualifier, the metric (or an obvious synonym) and the source (a ``source_accept`` substring
in the canonical source name or the raw attribution, names of four letters or fewer as whole words;
"(none)" / "(outlet)" -> the system gives no source). Exits 1 when below a given threshold; exits 0
with a message when the corpus folder is missing.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tracker.extraction import EXTRACTOR_VERSION, extract_claims
from tracker.extraction.types import ExtractedClaim

METRIC_SYNONYMS = {
    "deaths": "killed",
    "dead": "killed",
    "death": "killed",
    "fatalities": "killed",
    "wounded": "injured",
    "injuries": "injured",
    "arrested": "detained",
    "arrests": "detained",
}


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _values_equal(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))


def _accept_hit(accept: str, haystack: str) -> bool:
    accept = accept.lower()
    if len(re.sub(r"[^a-z]", "", accept)) <= 4:
        return re.search(rf"(?<![a-z0-9]){re.escape(accept)}(?![a-z0-9])", haystack) is not None
    return accept in haystack


def source_ok(label: dict[str, Any], claim: ExtractedClaim) -> bool:
    src = (label.get("source") or "").strip()
    has_source = bool(claim.source is not None or claim.attribution.strip())
    if src in ("(none)", "(outlet)", ""):
        return not has_source
    hay = " ".join([(claim.source.name if claim.source is not None else ""), claim.attribution]).lower()
    return any(_accept_hit(a, hay) for a in label.get("source_accept") or [])


def _metric_ok(label: str, got: str) -> bool:
    return METRIC_SYNONYMS.get(got, got) == METRIC_SYNONYMS.get(label, label)


def _match(
    article: dict[str, Any], claims: list[ExtractedClaim]
) -> list[tuple[dict[str, Any], ExtractedClaim]]:
    text = article["text"]
    pairs: list[tuple[int, int, int]] = []
    labels = article.get("claims", [])
    for li, lab in enumerate(labels):
        q = lab["quote"]
        qs = text.find(q)
        if qs < 0:
            continue
        qe = qs + len(q)
        for ci, c in enumerate(claims):
            overlaps = c.char_start < qe and c.char_end > qs
            if (
                overlaps
                and _values_equal(c.value, lab["value"])
                and _values_equal(c.value_high, lab.get("value_high"))
            ):
                overlap = min(qe, c.char_end) - max(qs, c.char_start)
                pairs.append((-overlap, li, ci))
    pairs.sort()
    used_l: set[int] = set()
    used_c: set[int] = set()
    out: list[tuple[dict[str, Any], ExtractedClaim]] = []
    for _o, li, ci in pairs:
        if li in used_l or ci in used_c:
            continue
        used_l.add(li)
        used_c.add(ci)
        out.append((labels[li], claims[ci]))
    return out


def run(corpus: Path, show_misses: bool) -> dict[str, float]:
    files = sorted(corpus.glob("*.json"))
    n_sys = n_lab = n_match = n_full = 0
    field_ok: Counter[str] = Counter()
    misses: list[str] = []
    false_pos: list[str] = []
    wrong: list[str] = []
    other_wrong: list[str] = []
    for f in files:
        data = json.loads(f.read_text(encoding="utf-8"))
        for art in data.get("articles", []):
            published = None
            if art.get("published"):
                published = datetime.fromisoformat(art["published"].replace("Z", "+00:00"))
            claims = extract_claims(art["text"], published_at=published, title=art.get("title", ""))
            labels = art.get("claims", [])
            matched = _match(art, claims)
            n_sys += len(claims)
            n_lab += len(labels)
            n_match += len(matched)
            matched_l = {id(lab) for lab, _c in matched}
            matched_c = {id(c) for _l, c in matched}
            for lab, c in matched:
                q_ok = lab["qualifier"] == c.qualifier
                m_ok = _metric_ok(lab["metric"], c.metric)
                s_ok = source_ok(lab, c)
                field_ok["qualifier"] += q_ok
                field_ok["metric"] += m_ok
                field_ok["source"] += s_ok
                field_ok["subject_class"] += lab.get("subject_class") == c.subject_class
                field_ok["scope"] += lab.get("scope") == c.scope
                since = c.since.isoformat() if c.since else None
                field_ok["since"] += lab.get("since") == since
                if q_ok and m_ok and s_ok:
                    n_full += 1
                else:
                    bad = []
                    if not q_ok:
                        bad.append(f"qualifier {c.qualifier}!={lab['qualifier']}")
                    if not m_ok:
                        bad.append(f"metric {c.metric}!={lab['metric']}")
                    if not s_ok:
                        got = (c.source.name if c.source else "-") + f" / {c.attribution!r}"
                        bad.append(f"source {got} != {lab.get('source')}")
                    wrong.append(f"  {art['id']:<4} {lab['quote']!r}: " + "; ".join(bad))
                other = []
                if lab.get("subject_class") != c.subject_class:
                    other.append(f"subject_class {c.subject_class}!={lab.get('subject_class')}")
                if lab.get("scope") != c.scope:
                    other.append(f"scope {c.scope}!={lab.get('scope')}")
                if other:
                    other_wrong.append(
                        f"  {art['id']:<4} {lab['quote']!r} [{c.subject!r}]: " + "; ".join(other)
                    )
            for lab in labels:
                if id(lab) not in matched_l:
                    misses.append(f"  {art['id']:<4} {lab['quote']!r} = {lab['value']}")
            for c in claims:
                if id(c) not in matched_c:
                    false_pos.append(f"  {art['id']:<4} {c.quote!r} = {c.value:g} ({c.metric})")
    p = n_match / n_sys if n_sys else 0.0
    r = n_match / n_lab if n_lab else 0.0
    fp = n_full / n_sys if n_sys else 0.0
    fr = n_full / n_lab if n_lab else 0.0
    res = {"value_p": p, "value_r": r, "value_f1": _f1(p, r), "full_f1": _f1(fp, fr)}
    print(f"extractor {EXTRACTOR_VERSION} on {corpus} ({len(files)} files)")
    print(f"{'':14}{'P':>7}{'R':>7}{'F1':>7}   counts")
    print(
        f"{'value':14}{p:7.3f}{r:7.3f}{res['value_f1']:7.3f}   system {n_sys}, labelled {n_lab}, matched {n_match}"
    )
    print(f"{'full claim':14}{fp:7.3f}{fr:7.3f}{res['full_f1']:7.3f}   all fields right {n_full}")
    if n_match:
        cells = "  ".join(
            f"{k} {field_ok[k] / n_match:.3f}"
            for k in ("qualifier", "metric", "source", "subject_class", "scope", "since")
        )
        print(f"field accuracy on matched: {cells}")
    if show_misses:
        print(f"\nmisses ({len(misses)}):", *misses, sep="\n")
        print(f"\nfalse positives ({len(false_pos)}):", *false_pos, sep="\n")
        print(f"\nmatched with wrong fields ({len(wrong)}):", *wrong, sep="\n")
        print(f"\nmatched with wrong subject_class/scope ({len(other_wrong)}):", *other_wrong, sep="\n")
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default="../shared/corpus/dev")
    ap.add_argument("--min-value-f1", type=float, default=None)
    ap.add_argument("--min-full-f1", type=float, default=None)
    ap.add_argument("--misses", action="store_true", help="list misses, false positives and wrong fields")
    args = ap.parse_args(argv)
    corpus = Path(args.corpus)
    if not corpus.is_dir() or not any(corpus.glob("*.json")):
        print(f"no labelled corpus at {corpus}: nothing to score")
        return 0
    res = run(corpus, args.misses)
    failed = []
    if args.min_value_f1 is not None and res["value_f1"] < args.min_value_f1:
        failed.append(f"value F1 {res['value_f1']:.3f} < {args.min_value_f1}")
    if args.min_full_f1 is not None and res["full_f1"] < args.min_full_f1:
        failed.append(f"full-claim F1 {res['full_f1']:.3f} < {args.min_full_f1}")
    if failed:
        print("BELOW TARGET: " + "; ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
