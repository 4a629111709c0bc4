from __future__ import annotations

import json

import pytest
from django.contrib.auth.models import Permission
from django.test import override_settings

from tests.factories import UserFactory
from tracker.models import Article, Claim

# Transactional: extraction is queued on commit, as it is in production.
pytestmark = pytest.mark.django_db(transaction=True)

ARTICLE = {
    "outlet": "Test Wire",
    "url": "https://news.invalid/strike",
    "title": "Strike on a shelter",
    "published_at": "2024-08-10T14:05:00Z",
    "text": "Rescuers said at least 40 people were killed in the strike on Saturday.",
}


@pytest.fixture
def ingester(api_client):
    user = UserFactory(username="ingester")
    user.user_permissions.add(Permission.objects.get(codename="ingest"))
    api_client.force_authenticate(user)
    return api_client


def test_it_creates_an_article_and_returns_its_extracted_claims(ingester):
    response = ingester.post("/api/v1/articles/", ARTICLE, format="json")
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["status"] == "extracted"
    assert body["outlet"] == "Test Wire"
    assert len(body["claims"]) >= 1
    claim = ingester.get(f"/api/v1/claims/{body['claims'][0]}/").json()
    assert claim["value"] == 40
    assert claim["qualifier"] == "at_least"


def test_the_same_url_twice_is_stored_once_and_answers_200(ingester):
    first = ingester.post("/api/v1/articles/", ARTICLE, format="json")
    second = ingester.post(
        "/api/v1/articles/", {**ARTICLE, "text": ARTICLE["text"] + " Updated."}, format="json"
    )
    assert (first.status_code, second.status_code) == (201, 200)
    assert second.json()["id"] == first.json()["id"]
    assert Article.objects.count() == 1


def test_the_same_text_from_the_same_outlet_without_url_is_the_same_article(ingester):
    body = {k: v for k, v in ARTICLE.items() if k != "url"}
    first = ingester.post("/api/v1/articles/", body, format="json")
    spaced = {**body, "text": "  " + body["text"].replace(" ", "  ") + "\n"}
    second = ingester.post("/api/v1/articles/", spaced, format="json")
    assert (first.status_code, second.status_code) == (201, 200)
    assert Article.objects.count() == 1


def test_the_same_text_from_another_outlet_is_another_article(ingester):
    body = {k: v for k, v in ARTICLE.items() if k != "url"}
    ingester.post("/api/v1/articles/", body, format="json")
    response = ingester.post("/api/v1/articles/", {**body, "outlet": "Other Daily"}, format="json")
    assert response.status_code == 201
    assert Article.objects.count() == 2


@pytest.mark.parametrize("field", ["outlet", "published_at", "text"])
def test_a_missing_required_field_is_a_400_that_names_it(ingester, field):
    body = {k: v for k, v in ARTICLE.items() if k != field}
    response = ingester.post("/api/v1/articles/", body, format="json")
    assert response.status_code == 400
    assert field in response.json()
    assert Article.objects.count() == 0


@pytest.mark.parametrize(
    ("value", "why"),
    [("2024-08-10T14:05:00", "naive"), ("10/08/2024", "malformed"), ("2024-13-45T00:00:00Z", "impossible")],
)
def test_a_bad_published_at_is_a_400_naming_the_field(ingester, value, why):
    response = ingester.post("/api/v1/articles/", {**ARTICLE, "published_at": value}, format="json")
    assert response.status_code == 400, why
    assert "published_at" in response.json()
    assert Article.objects.count() == 0


def test_a_malformed_url_is_a_400_naming_the_field(ingester):
    response = ingester.post("/api/v1/articles/", {**ARTICLE, "url": "not a url"}, format="json")
    assert response.status_code == 400
    assert "url" in response.json()


@override_settings(TRACKER_MAX_ARTICLE_CHARS=100)
def test_text_over_the_limit_is_a_413_and_writes_nothing(ingester):
    response = ingester.post("/api/v1/articles/", {**ARTICLE, "text": "x" * 101}, format="json")
    assert response.status_code == 413
    assert Article.objects.count() == 0


def test_a_form_encoded_body_is_a_415(ingester):
    from urllib.parse import urlencode

    response = ingester.post(
        "/api/v1/articles/", data=urlencode(ARTICLE), content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 415


def test_a_body_that_is_not_json_is_a_400(ingester):
    response = ingester.post("/api/v1/articles/", data="{not json", content_type="application/json")
    assert response.status_code == 400
    assert Article.objects.count() == 0


def test_a_json_array_body_is_a_400(ingester):
    response = ingester.post("/api/v1/articles/", data=json.dumps([ARTICLE]), content_type="application/json")
    assert response.status_code == 400


def test_an_anonymous_client_cannot_ingest_or_read(api_client):
    assert api_client.post("/api/v1/articles/", ARTICLE, format="json").status_code == 401
    assert api_client.get("/api/v1/articles/").status_code == 401


def test_a_reader_without_the_ingest_permission_gets_403(api_client):
    api_client.force_authenticate(UserFactory(username="reader"))
    assert api_client.post("/api/v1/articles/", ARTICLE, format="json").status_code == 403
    assert api_client.get("/api/v1/articles/").status_code == 200


def test_token_authentication_works(api_client):
    from rest_framework.authtoken.models import Token

    user = UserFactory(username="tokenuser")
    token = Token.objects.create(user=user)
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    assert api_client.get("/api/v1/claims/").status_code == 200


def test_an_extractor_crash_marks_the_article_failed_and_keeps_it(ingester, monkeypatch):
    import tracker.services.extraction as extraction

    def boom(*args, **kwargs):
        raise RuntimeError("extractor exploded")

    monkeypatch.setattr(extraction, "extract_claims", boom)
    response = ingester.post("/api/v1/articles/", ARTICLE, format="json")
    assert response.status_code == 201
    body = response.json()
    assert body["status"] == "failed"
    assert "extractor exploded" in body["error"]
    assert Claim.objects.count() == 0
