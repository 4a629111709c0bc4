"""Who may do what (api.md), endpoint by endpoint and method by method; CSRF, throttles and headers."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.test import Client, override_settings
from rest_framework.test import APIClient
from rest_framework.throttling import SimpleRateThrottle

from tests.api.conftest import figure_with_evidence, token_client
from tests.factories import (
    ClaimFactory,
    DiscrepancyFactory,
    EventFactory,
    UserFactory,
    WebhookSubscriptionFactory,
)
from verification.models import ComparisonRun

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "reader", "ingester", "editor", "staff"]
ARTICLE = {
    "outlet": "Matrix Wire",
    "published_at": "2024-08-10T14:05:00Z",
    "text": "Rescuers said at least 40 people were killed in the strike on Saturday.",
}


@pytest.fixture
def world(db: Any) -> dict[str, Any]:
    event = EventFactory()
    claims = ClaimFactory.create_batch(2, event=event)
    figure = figure_with_evidence(event=event)
    return {
        "event": event,
        "claim": claims[0],
        "article": claims[0].article,
        "figure": figure,
        "source": figure.source,
        "run": ComparisonRun.objects.create(),
        "claims": claims,
        "subscription": WebhookSubscriptionFactory(owner=UserFactory(username="someone-elses")),
    }


def client_for(role: str, request: Any) -> APIClient:
    if role == "anonymous":
        return APIClient()
    return token_client(request.getfixturevalue({"reader": "reader_user"}.get(role, f"{role}_user")))


@pytest.fixture
def reader_user(db: Any) -> Any:
    return UserFactory(username="matrix-reader")


@pytest.fixture
def ingester_user(ingest_user: Any) -> Any:
    return ingest_user


READS = [
    "/api/v1/articles/",
    "/api/v1/articles/{article}/",
    "/api/v1/claims/",
    "/api/v1/claims/{claim}/",
    "/api/v1/sources/",
    "/api/v1/sources/{source}/",
    "/api/v1/events/",
    "/api/v1/events/{event}/",
    "/api/v1/comparisons/",
    "/api/v1/comparisons/{run}/",
    "/api/v1/discrepancies/",
    "/api/v1/discrepancies/{discrepancy}/",
    "/api/v1/figures/",
    "/api/v1/figures/{figure}/",
    "/api/v1/webhooks/",
]


def _url(template: str, world: dict[str, Any]) -> str:
    ids = {k: getattr(v, "pk", None) for k, v in world.items()}
    if "{discrepancy}" in template:
        ids["discrepancy"] = DiscrepancyFactory(event=world["event"], claims=world["claims"]).pk
    return template.format(**ids)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("template", READS)
def test_reads_need_an_authenticated_user(request, world, role, template):
    expected = 401 if role == "anonymous" else 200
    assert client_for(role, request).get(_url(template, world)).status_code == expected


# (method, url, body) -> expected status per role: anonymous, reader, ingester, editor, staff
WRITES = [
    ("post", "/api/v1/articles/", ARTICLE, [401, 403, 201, 403, 201]),
    ("post", "/api/v1/comparisons/", {}, [401, 403, 202, 403, 202]),
    # staff without the editors group are read-only staff: they cannot decide (issue 5)
    ("post", "/api/v1/discrepancies/{discrepancy}/resolve/", "claim", [401, 403, 403, 200, 403]),
    (
        "post",
        "/api/v1/discrepancies/{discrepancy}/dismiss/",
        {"reason": "same figure"},
        [401, 403, 403, 200, 403],
    ),
    ("put", "/api/v1/articles/{article}/", {}, [401, 403, 405, 403, 405]),
    ("patch", "/api/v1/articles/{article}/", {}, [401, 403, 405, 403, 405]),
    ("delete", "/api/v1/articles/{article}/", None, [401, 403, 405, 403, 405]),
    ("post", "/api/v1/claims/", {}, [401, 405, 405, 405, 405]),
    ("delete", "/api/v1/claims/{claim}/", None, [401, 405, 405, 405, 405]),
    ("patch", "/api/v1/sources/{source}/", {}, [401, 405, 405, 405, 405]),
    ("post", "/api/v1/events/", {}, [401, 405, 405, 405, 405]),
    ("delete", "/api/v1/comparisons/{run}/", None, [401, 403, 405, 403, 405]),
    ("delete", "/api/v1/discrepancies/{discrepancy}/", None, [401, 403, 403, 405, 403]),
    ("post", "/api/v1/figures/", {}, [401, 403, 403, 403, 403]),
    ("put", "/api/v1/figures/{figure}/", {}, [401, 403, 403, 403, 403]),
    ("delete", "/api/v1/figures/{figure}/", None, [401, 403, 403, 403, 403]),
    ("post", "/api/v1/webhooks/", {"url": "https://hooks.example.org/figures"}, [401, 201, 201, 201, 201]),
    ("delete", "/api/v1/webhooks/{subscription}/", None, [401, 404, 404, 404, 404]),
]


@pytest.mark.parametrize("role_index", range(len(ROLES)), ids=ROLES)
@pytest.mark.parametrize(
    ("method", "template", "body", "expected"), WRITES, ids=[f"{w[0]} {w[1]}" for w in WRITES]
)
def test_writes_follow_the_roles(request, world, role_index, method, template, body, expected):
    url = _url(template, world)
    if body == "claim":
        body = {"claim": world["claims"][0].pk}
    response = getattr(client_for(ROLES[role_index], request), method)(url, body, format="json")
    assert response.status_code == expected[role_index], (
        ROLES[role_index],
        method,
        url,
        response.content[:200],
    )


def test_a_session_post_without_a_csrf_token_is_refused(ingest_user):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(ingest_user)
    response = browser.post("/api/v1/articles/", ARTICLE, content_type="application/json")
    assert response.status_code == 403
    assert "CSRF" in response.json()["detail"]


def test_a_session_post_with_its_csrf_token_goes_through(ingest_user):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(ingest_user)
    browser.get("/admin/login/")  # sets the csrftoken cookie
    token = browser.cookies["csrftoken"].value
    response = browser.post(
        "/api/v1/articles/", ARTICLE, content_type="application/json", HTTP_X_CSRFTOKEN=token
    )
    assert response.status_code == 201


def test_token_auth_needs_no_csrf_token(ingest_user):
    client = token_client(ingest_user)
    client.enforce_csrf_checks = True
    assert client.post("/api/v1/articles/", ARTICLE, format="json").status_code == 201


def test_a_bad_token_is_a_401(db):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Token not-a-real-token")
    assert client.get("/api/v1/claims/").status_code == 401


@override_settings(PUBLIC_FIGURES=True)
def test_with_public_figures_anonymous_readers_see_figures_and_nothing_else(world):
    anonymous = APIClient()
    assert anonymous.get("/api/v1/figures/").status_code == 200
    assert anonymous.get(f"/api/v1/figures/{world['figure'].pk}/").status_code == 200
    assert anonymous.get("/api/v1/figures/?format=csv").status_code == 200
    assert anonymous.get("/api/v1/claims/").status_code == 401
    assert anonymous.get(f"/api/v1/articles/{world['article'].pk}/").status_code == 401
    assert anonymous.post("/api/v1/figures/", {}, format="json").status_code == 401


@pytest.fixture
def tight_throttles(monkeypatch: Any) -> None:
    monkeypatch.setattr(SimpleRateThrottle, "THROTTLE_RATES", {"anon": "2/minute", "user": "3/minute"})


@override_settings(PUBLIC_FIGURES=True)
def test_anonymous_readers_are_throttled_with_retry_after(tight_throttles, world):
    anonymous = APIClient()
    statuses = [anonymous.get("/api/v1/figures/").status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
    throttled = anonymous.get("/api/v1/figures/")
    assert throttled.status_code == 429 and int(throttled["Retry-After"]) > 0


def test_each_user_is_throttled_on_their_own(tight_throttles, world, reader):
    statuses = [reader.get("/api/v1/claims/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    assert int(reader.get("/api/v1/claims/")["Retry-After"]) > 0
    other = token_client(UserFactory(username="someone-else"))
    assert other.get("/api/v1/claims/").status_code == 200


def test_api_answers_carry_the_security_headers(reader):
    response = reader.get("/api/v1/claims/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "default-src 'none'" in response["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]


def test_the_docs_page_keeps_its_scripts(reader):
    response = reader.get("/api/v1/docs/")
    assert response.status_code == 200 and "Content-Security-Policy" not in response


def test_an_unknown_api_path_is_a_json_404_not_a_debug_page(reader):
    response = reader.get("/api/v1/figures/1.5/")
    assert response.status_code == 404
    assert response.json() == {"detail": "Not found."}


def test_the_deploy_checks_pass_with_production_settings():
    env = {
        **os.environ,
        "DJANGO_SECRET_KEY": "x9" * 30 + "-production-like-secret-for-the-check",
        "DJANGO_DEBUG": "0",
        "DJANGO_ALLOWED_HOSTS": "tracker.example.org",
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("url", ["/api/v1/schema/", "/api/v1/docs/"])
def test_the_schema_and_docs_are_open_to_every_role(request, world, role, url):
    assert client_for(role, request).get(url).status_code == 200


@pytest.mark.parametrize("role", ROLES)
def test_nobody_writes_the_schema(request, world, role):
    assert client_for(role, request).post("/api/v1/schema/", {}, format="json").status_code == 405
