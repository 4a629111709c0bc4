from __future__ import annotations

import re

import pytest

from tests.factories import ClaimFactory, SourceFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def reader(api_client):
    api_client.force_authenticate(UserFactory(username="reader"))
    return api_client


def test_claims_are_paginated_with_count_and_links(reader):
    ClaimFactory.create_batch(3)
    body = reader.get("/api/v1/claims/?page_size=2").json()
    assert body["count"] == 3
    assert len(body["results"]) == 2
    assert body["next"] is not None and body["previous"] is None


def test_claims_filter_by_source_slug_and_metric(reader):
    ministry = SourceFactory(name="Gaza Health Ministry", slug="gaza-health-ministry")
    ClaimFactory(source=ministry, metric="killed")
    ClaimFactory(metric="injured")
    body = reader.get("/api/v1/claims/?source=gaza-health-ministry").json()
    assert [c["source"]["slug"] for c in body["results"]] == ["gaza-health-ministry"]
    assert reader.get("/api/v1/claims/?metric=injured").json()["count"] == 1


def test_an_unknown_filter_value_is_a_400_not_an_empty_list(reader):
    response = reader.get("/api/v1/claims/?metric=exploded")
    assert response.status_code == 400
    assert "metric" in response.json()


def test_a_missing_claim_is_a_404(reader):
    assert reader.get("/api/v1/claims/999999/").status_code == 404


def test_a_claim_has_every_contract_field(reader):
    claim = ClaimFactory()
    body = reader.get(f"/api/v1/claims/{claim.pk}/").json()
    expected = {
        "id", "article", "event", "quote", "sentence", "char_start", "char_end", "value", "value_high", "low",
        "high", "qualifier", "metric", "subject", "subject_class", "source", "attribution", "scope", "since",
        "as_of", "status",
    }  # fmt: skip
    assert expected <= set(body)


def test_the_openapi_schema_and_docs_are_served(reader):
    schema = reader.get("/api/v1/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert schema.status_code == 200
    paths = schema.json()["paths"]
    assert "/api/v1/articles/" in paths and "/api/v1/claims/{id}/" in paths
    docs = reader.get("/api/v1/docs/")
    assert docs.status_code == 200
    assert b"swagger" in docs.content.lower()
    # the UI's assets are served from here, never fetched from a CDN (the page also carries a random
    # CSRF token, so look at the asset URLs rather than for the bare letters "cdn")
    html = docs.content.decode()
    assert "swagger-ui" in html and "/static/" in html
    assert re.findall(r"""(?:src|href)\s*=\s*["'](?:https?:)?//""", html) == []
    assert not re.search(r"cdn\.jsdelivr|unpkg\.com|cdnjs", html, re.IGNORECASE)


def test_page_size_is_capped_at_500(reader):
    ClaimFactory.create_batch(2)
    assert reader.get("/api/v1/claims/?page_size=100000").status_code == 200
