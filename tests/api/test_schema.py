"""The OpenAPI schema is valid, and schemathesis finds nothing wrong on a live server with real data."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import Any

import pytest
import requests
import schemathesis
from django.contrib.auth.models import Permission
from hypothesis import HealthCheck, settings
from openapi_spec_validator import validate
from rest_framework.authtoken.models import Token
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi import checks as openapi_checks

from tests.api.conftest import figure_with_evidence
from tests.factories import ClaimFactory, DiscrepancyFactory, EventFactory, UserFactory
from verification.figures import figure_withdraw

SAFE = {"GET", "HEAD", "OPTIONS"}
DATA_MIGRATIONS = [
    ("verification.migrations.0002_groups", "create_groups"),
    ("verification.migrations.0005_schedules", "create_schedules"),
    ("verification.migrations.0007_api_webhook_schedules", "create_schedules"),
]


def _schema_json(client: Any) -> dict[str, Any]:
    response = client.get("/api/v1/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    return response.json()


@pytest.mark.django_db
def test_the_openapi_schema_is_valid_openapi_3(reader):
    validate(_schema_json(reader))


@pytest.mark.django_db
def test_every_operation_documents_its_errors(reader):
    paths = _schema_json(reader)["paths"]
    for path, operations in paths.items():
        for method, operation in operations.items():
            codes = set(operation["responses"])
            assert {"401", "403", "429"} <= codes, (method, path)
            if "{" in path:
                assert "404" in codes, (method, path)
            if method == "post":
                assert {"400", "413", "415"} <= codes, (method, path)
            assert "Retry-After" in operation["responses"]["429"].get("headers", {}), (method, path)


@pytest.mark.django_db
def test_the_figures_list_documents_its_filters_pages_formats_and_validators(reader):
    operation = _schema_json(reader)["paths"]["/api/v1/figures/"]["get"]
    names = {p["name"] for p in operation["parameters"]}
    assert {"event", "metric", "source", "as_of_after", "as_of_before", "updated_since"} <= names
    assert {"page", "page_size", "cursor", "format", "If-None-Match", "If-Modified-Since"} <= names
    assert {"application/json", "text/csv", "application/ld+json"} <= set(
        operation["responses"]["200"]["content"]
    )
    assert "304" in operation["responses"]
    assert {"ETag", "Last-Modified"} <= set(operation["responses"]["200"]["headers"])


# --- schemathesis on a live server ------------------------------------------------------------


def _seed() -> dict[str, str]:
    """Real data behind every endpoint, and one token per role."""
    event = EventFactory(title="Strike on a school shelter")
    claims = [ClaimFactory(event=event, value=v, low=v, high=v) for v in (93.0, 100.0, 40.0)]
    DiscrepancyFactory(event=event, claims=claims[:2])
    DiscrepancyFactory(event=event, claims=claims[1:], kind="scope_conflict")
    for _ in range(3):
        figure_with_evidence(event=event)
    gone = figure_with_evidence(event=event)
    figure_withdraw(figure_id=gone.pk, user=gone.verified_by, reason="Retracted by the source.")
    reader = UserFactory(username="st-reader")
    ingester = UserFactory(username="st-ingester")
    ingester.user_permissions.add(Permission.objects.get(codename="ingest"))
    editor = UserFactory(username="st-editor", groups=["editors"])
    return {
        name: Token.objects.create(user=user).key
        for name, user in [("reader", reader), ("ingester", ingester), ("editor", editor)]
    }


@pytest.fixture
def seeded(transactional_db: Any) -> dict[str, str]:
    _restore_migration_data()  # an earlier transactional test's flush may have removed them
    return _seed()


def _restore_migration_data() -> None:
    """Write again what data migrations wrote (roles, beat schedules), through the migrations' own state."""
    from django.db import connection
    from django.db.migrations.loader import MigrationLoader

    state_apps = MigrationLoader(connection).project_state().apps
    for module, function in DATA_MIGRATIONS:
        try:
            migration = importlib.import_module(module)
        except ImportError:
            continue
        getattr(migration, function)(state_apps, None)


@pytest.fixture(scope="module", autouse=True)
def _migration_data_back_after_the_flush(django_db_blocker: Any) -> Iterator[None]:
    """The live-server tests end with a flush; the test modules after this one expect the roles again."""
    yield
    with django_db_blocker.unblock():
        _restore_migration_data()


@pytest.fixture
def api_schema(live_server: Any, seeded: dict[str, str]) -> Any:
    return schemathesis.openapi.from_url(
        f"{live_server.url}/api/v1/schema/?format=json",
        headers={"Authorization": f"Token {seeded['reader']}"},
    )


@pytest.fixture(autouse=True)
def _schemathesis_node_id(request: Any) -> None:
    """schemathesis 4.32 reads `node._nodeid`, which pytest 9.2 renamed; give it the id it expects."""
    if not hasattr(request.node, "_nodeid"):
        request.node._nodeid = request.node.nodeid


schema = schemathesis.pytest.from_fixture("api_schema")

# A role may write only where api.md says so.
OWN_WEBHOOKS = {"/api/v1/webhooks/", "/api/v1/webhooks/{id}/"}
WRITES_ALLOWED = {
    "reader": OWN_WEBHOOKS,
    "editor": {"/api/v1/discrepancies/{id}/resolve/", "/api/v1/discrepancies/{id}/dismiss/", *OWN_WEBHOOKS},
    "ingester": {"/api/v1/articles/", "/api/v1/comparisons/", *OWN_WEBHOOKS},
}


def _no_write_without_permission(role: str) -> Any:
    def no_write_without_permission(ctx: Any, response: Any, case: Any) -> None:
        if case.method.upper() in SAFE or not 200 <= response.status_code < 300:
            return
        if case.path not in WRITES_ALLOWED[role]:
            raise AssertionError(f"{role} wrote with {case.method} {case.path}: {response.status_code}")

    return no_write_without_permission


CHECKS = [
    not_a_server_error,
    openapi_checks.status_code_conformance,
    openapi_checks.content_type_conformance,
    openapi_checks.response_headers_conformance,
    openapi_checks.response_schema_conformance,
]
LIMITS = settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)


def _run(case: Any, token: str, role: str) -> None:
    session = requests.Session()
    case.call_and_validate(
        session=session,
        headers={"Authorization": f"Token {token}"},
        checks=[*CHECKS, _no_write_without_permission(role)],
        timeout=10,
    )


@schema.parametrize()
@LIMITS
def test_the_api_keeps_its_schema_for_a_reader(case: Any, seeded: dict[str, str]) -> None:
    _run(case, seeded["reader"], "reader")


@schema.include(method="POST").parametrize()
@LIMITS
def test_the_api_keeps_its_schema_for_an_editor_writing(case: Any, seeded: dict[str, str]) -> None:
    _run(case, seeded["editor"], "editor")


@schema.include(method="POST").parametrize()
@LIMITS
def test_the_api_keeps_its_schema_for_an_ingester_writing(case: Any, seeded: dict[str, str]) -> None:
    _run(case, seeded["ingester"], "ingester")


@pytest.mark.django_db
def test_the_schema_is_the_same_when_generated_twice(reader):
    """Spectacular's postprocessing rewrites schemas in place: hand-written ones must not be shared."""
    assert _schema_json(reader) == _schema_json(reader)
    validate(_schema_json(reader))
