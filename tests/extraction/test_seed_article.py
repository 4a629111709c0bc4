"""Acceptance: the seed article carried in seeds/ gives exactly the three figures it states."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from tracker.extraction import extract_claims

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_733a1c3f5a029858.md"


def _seed_body_and_date() -> tuple[str, datetime]:
    raw = SEED.read_text(encoding="utf-8")
    _, header, body = raw.split("---", 2)
    published = next(
        line.split(":", 1)[1].strip() for line in header.splitlines() if line.startswith("published_at:")
    )
    return body, datetime.fromisoformat(published)


def test_it_finds_exactly_the_three_figures_of_the_seed_article() -> None:
    body, published = _seed_body_and_date()
    claims = extract_claims(body, published_at=published)
    assert [c.value for c in claims] == [93, 11, 39929]


def test_it_reads_the_school_strike_toll_as_a_civil_defence_lower_bound() -> None:
    body, published = _seed_body_and_date()
    toll, children, _ = extract_claims(body, published_at=published)
    assert toll.qualifier == "at_least"
    assert toll.metric == "killed"
    assert toll.subject == "Palestinian worshipers"
    assert toll.subject_class == "people"
    assert toll.scope == "incident"
    assert toll.source is not None and toll.source.name == "Gaza Civil Defence"
    assert children.metric == "killed"
    assert children.subject_class == "children"
    assert children.source is not None and children.source.name == "Gaza Civil Defence"


def test_it_reads_the_war_toll_as_a_health_ministry_running_total_since_october_7() -> None:
    body, published = _seed_body_and_date()
    war = extract_claims(body, published_at=published)[2]
    assert war.qualifier == "at_least"
    assert war.metric == "killed"
    assert war.subject == "Palestinians"
    assert war.source is not None and war.source.name == "Gaza Health Ministry"
    assert war.scope == "cumulative"
    assert war.since == date(2023, 10, 7)


def test_it_never_reads_october_7_as_a_figure() -> None:
    body, published = _seed_body_and_date()
    claims = extract_claims(body, published_at=published)
    assert all("October" not in c.quote for c in claims)
    assert 7 not in [c.value for c in claims]


def test_every_seed_claim_quote_is_the_slice_it_points_at() -> None:
    body, published = _seed_body_and_date()
    for c in extract_claims(body, published_at=published):
        assert body[c.char_start : c.char_end] == c.quote
