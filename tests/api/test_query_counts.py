"""Every list endpoint runs the same number of queries whatever the page size."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.api.conftest import figure_with_evidence
from tests.factories import ClaimFactory, DiscrepancyFactory, EventFactory, SourceFactory
from verification.models import ComparisonRun

pytestmark = pytest.mark.django_db

LISTS = [
    "/api/v1/articles/",
    "/api/v1/claims/",
    "/api/v1/sources/",
    "/api/v1/events/",
    "/api/v1/comparisons/",
    "/api/v1/discrepancies/",
    "/api/v1/figures/",
    "/api/v1/figures/?format=jsonld",
    "/api/v1/figures/?cursor=",
    "/api/v1/figures/?updated_since=2000-01-01T00:00:00Z",
    "/api/v1/webhooks/",
]
# Auth, count, page, prefetches: a small constant, never a query per row.
MAX_QUERIES = 10


@pytest.fixture
def plenty(db):
    event = EventFactory()
    for i in range(30):
        source = SourceFactory()
        source.aliases.create(alias=f"alias {i}", normalized=f"alias {i}")
        claims = ClaimFactory.create_batch(3, event=event, source=source)
        DiscrepancyFactory(event=event, claims=claims)
        figure_with_evidence(event=event, source=source)
        ComparisonRun.objects.create()
    EventFactory.create_batch(30)


def _count(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, (url, response.content[:300])
    return len(queries)


@pytest.mark.parametrize("url", LISTS)
def test_a_list_runs_a_constant_number_of_queries(
    reader, plenty, url, django_assert_max_num_queries, settings
):
    settings.TRACKER_FIGURES_CACHE_SECONDS = 0  # measure the database path every time
    joiner = "&" if "?" in url else "?"
    small = _count(reader, f"{url}{joiner}page_size=1")
    with django_assert_max_num_queries(MAX_QUERIES):
        response = reader.get(f"{url}{joiner}page_size=100")
    assert response.status_code == 200
    large = _count(reader, f"{url}{joiner}page_size=100")
    assert small == large, f"{url}: {small} queries for 1 row, {large} for 100"


def test_the_csv_export_streams_in_a_constant_number_of_queries_per_chunk(
    reader, plenty, django_assert_max_num_queries
):
    with django_assert_max_num_queries(MAX_QUERIES):
        response = reader.get("/api/v1/figures/?format=csv")
        body = b"".join(response.streaming_content)
    assert body.count(b"\n") == 31


def test_a_repeated_figures_page_comes_from_the_cache_until_a_figure_changes(reader, plenty):
    from verification.figures import figure_withdraw
    from verification.models import VerifiedFigure

    first = reader.get("/api/v1/figures/?page_size=100")
    with CaptureQueriesContext(connection) as queries:
        again = reader.get("/api/v1/figures/?page_size=100")
    assert again.json() == first.json()
    assert len(queries) == 2, "the token, then the list's state (count and latest change): nothing else"
    figure = VerifiedFigure.objects.first()
    figure_withdraw(figure_id=figure.pk, user=figure.verified_by, reason="retracted")
    fresh = reader.get("/api/v1/figures/?page_size=100").json()
    assert fresh["count"] == first.json()["count"] - 1
    assert figure.pk not in [f["id"] for f in fresh["results"]]
