"""A real Celery worker on Redis and PostgreSQL: ingestion over HTTP, extraction and comparison."""

from __future__ import annotations

import pytest
import requests
from django.contrib.auth.models import Permission
from rest_framework.authtoken.models import Token

from tests.factories import UserFactory
from tests.integration.conftest import wait_for
from tracker.models import Article, Claim
from verification.models import ComparisonRun

pytestmark = pytest.mark.integration

ARTICLE = {
    "outlet": "Integration Wire",
    "url": "https://news.invalid/integration/1",
    "published_at": "2024-08-10T14:05:00Z",
    "title": "Strike on a school shelter",
    "text": "An air strike on a school killed at least 93 people, including 11 children, "
    "according to the civil defence agency.",
}


@pytest.fixture
def token(real_services):
    user = UserFactory(username="ingest-bot")
    user.user_permissions.add(Permission.objects.get(codename="ingest"))
    return Token.objects.create(user=user).key


def test_an_article_posted_over_http_gets_its_claims_from_a_real_worker(live_server, start_worker, token):
    start_worker()
    response = requests.post(
        f"{live_server.url}/api/v1/articles/",
        json=ARTICLE,
        headers={"Authorization": f"Token {token}"},
        timeout=30,
    )
    assert response.status_code == 201, response.text
    article_id = response.json()["id"]
    assert response.json()["status"] == "pending"  # the worker, not the web process, extracts

    wait_for(lambda: Article.objects.get(pk=article_id).status == "extracted", timeout=60)
    values = sorted(Claim.objects.filter(article_id=article_id).values_list("value", flat=True))
    assert values == [11.0, 93.0]
    # The comparison after ingestion ran on the worker too.
    wait_for(lambda: ComparisonRun.objects.filter(trigger="ingest", status="done").exists(), timeout=60)


def test_a_comparison_started_over_http_runs_on_the_worker(live_server, start_worker, token):
    start_worker()
    response = requests.post(
        f"{live_server.url}/api/v1/comparisons/",
        json={},
        headers={"Authorization": f"Token {token}"},
        timeout=30,
    )
    assert response.status_code == 202, response.text
    run_id = response.json()["id"]
    assert response.json()["status"] == "queued"
    wait_for(lambda: ComparisonRun.objects.get(pk=run_id).status == "done", timeout=60)
    body = requests.get(
        f"{live_server.url}/api/v1/comparisons/{run_id}/",
        headers={"Authorization": f"Token {token}"},
        timeout=30,
    ).json()
    assert body["status"] == "done"
    assert body["finished_at"] is not None
