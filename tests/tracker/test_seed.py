"""The seed article through the whole stack: ingest command, extraction, API."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.management import call_command

from tests.factories import UserFactory
from tracker.models import Article
from tracker.services.sources import source_registry_seed

# Transactional: extraction is queued on commit, as it is in production.
pytestmark = pytest.mark.django_db(transaction=True)

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_733a1c3f5a029858.md"


@pytest.fixture
def seeded(api_client):
    source_registry_seed()
    call_command("ingest", str(SEED), no_progress=True)
    api_client.force_authenticate(UserFactory(username="reader"))
    return api_client


def _by_value(client):
    results = client.get("/api/v1/claims/?page_size=500").json()["results"]
    return {c["value"]: c for c in results}


def test_the_seed_article_gives_the_school_strike_toll_with_its_source(seeded):
    claim = _by_value(seeded)[93]
    assert claim["qualifier"] == "at_least"
    assert claim["metric"] == "killed"
    assert claim["subject_class"] == "people"
    assert "worshipers" in claim["subject"].lower()
    assert claim["source"]["name"] == "Gaza Civil Defence"
    assert claim["scope"] == "incident"


def test_the_seed_article_gives_the_children_among_the_dead(seeded):
    claim = _by_value(seeded)[11]
    assert claim["metric"] == "killed"
    assert claim["subject_class"] == "children"
    assert claim["source"]["name"] == "Gaza Civil Defence"


def test_the_seed_article_gives_the_cumulative_toll_since_october_7(seeded):
    claim = _by_value(seeded)[39929]
    assert claim["qualifier"] == "at_least"
    assert claim["metric"] == "killed"
    assert claim["source"]["name"] == "Gaza Health Ministry"
    assert claim["scope"] == "cumulative"
    assert claim["since"] == "2023-10-07"


def test_the_seed_article_has_no_claim_for_october_7(seeded):
    values = _by_value(seeded)
    assert 7 not in values
    assert set(values) == {93, 11, 39929}


def test_ingesting_the_seed_twice_stores_it_once(seeded):
    call_command("ingest", str(SEED), no_progress=True)
    assert Article.objects.count() == 1
