"""Concurrent writers on PostgreSQL: idempotency lives in the database constraints."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from django.contrib.auth.models import Permission
from django.db import connection, connections
from rest_framework.authtoken.models import Token

from tests.conftest import skip_or_fail
from tests.factories import UserFactory
from tracker.models import Article, Claim
from tracker.services.sources import source_registry_seed
from verification.models import Discrepancy, DiscrepancyClaim
from verification.services import comparison_compare

pytestmark = pytest.mark.integration

ARTICLE = {
    "outlet": "Concurrency Wire",
    "url": "https://news.invalid/concurrency/1",
    "published_at": "2024-08-10T14:05:00Z",
    "title": "Strike on a school shelter",
    "text": "An air strike on a school killed at least 93 people, including 11 children, "
    "according to the civil defence agency.",
}


@pytest.fixture
def postgres(transactional_db):
    if connection.vendor != "postgresql":
        skip_or_fail("concurrency tests need DATABASE_URL=postgres://...")


def test_the_same_article_posted_eight_times_at_once_is_stored_once(postgres, live_server):
    user = UserFactory(username="bot")
    user.user_permissions.add(Permission.objects.get(codename="ingest"))
    token = Token.objects.create(user=user).key

    def post(_: int) -> int:
        response = requests.post(
            f"{live_server.url}/api/v1/articles/",
            json=ARTICLE,
            headers={"Authorization": f"Token {token}"},
            timeout=60,
        )
        return response.status_code

    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(post, range(8)))
    assert sorted(statuses).count(201) == 1
    assert set(statuses) <= {200, 201}
    assert Article.objects.count() == 1
    article = Article.objects.get()
    # One set of claims, however many times extraction ran.
    assert Claim.objects.filter(article=article).count() == len(
        set(Claim.objects.filter(article=article).values_list("char_start", "char_end"))
    )


def _two_conflicting_reports():
    from datetime import UTC, datetime

    from tracker.services.articles import article_ingest
    from tracker.services.extraction import article_extract

    source_registry_seed()
    first = article_ingest(
        extract=False,
        outlet="Wire A",
        published_at=datetime(2024, 8, 10, 21, tzinfo=UTC),
        title="Strike on al-Tabi'in school in Gaza City",
        text="GAZA CITY — An Israeli strike on the al-Tabi'in school in Gaza City killed 93 people, "
        "Gaza's civil defence agency said on Saturday.",
    )
    second = article_ingest(
        extract=False,
        outlet="Wire B",
        published_at=datetime(2024, 8, 10, 11, tzinfo=UTC),
        title="Strike on al-Tabi'in school in Gaza City",
        text="GAZA CITY — The strike on the al-Tabi'in school in Gaza City on Saturday killed more than "
        "100 people, the Gaza government media office said.",
    )
    # Extracted here, in-process: these tests are about comparisons, not the extraction queue.
    for result in (first, second):
        article_extract(article_id=result.article.pk)


def test_eight_comparisons_of_the_same_claims_at_once_give_the_same_discrepancies_as_one(postgres):
    _two_conflicting_reports()
    comparison_compare()
    expected = set(Discrepancy.objects.values_list("fingerprint", flat=True))
    assert expected, "the two reports should disagree"
    links = DiscrepancyClaim.objects.count()
    Discrepancy.objects.all().delete()

    def run(_: int) -> None:
        try:
            comparison_compare()
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(run, range(8)))
    assert set(Discrepancy.objects.values_list("fingerprint", flat=True)) == expected
    assert DiscrepancyClaim.objects.count() == links
