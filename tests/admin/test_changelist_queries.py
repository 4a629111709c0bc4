"""No admin list runs a query per row: the page costs the same with 3 rows or 30."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.factories import ArticleFactory, ClaimFactory, EventFactory, OutletFactory, SourceFactory

pytestmark = pytest.mark.django_db


def _rows(kind: str, n: int) -> None:
    for _ in range(n):
        source = SourceFactory()
        event = EventFactory()
        article = ArticleFactory(outlet=OutletFactory())
        ClaimFactory(source=source, event=event, article=article)


@pytest.mark.parametrize("page", ["tracker_claim", "tracker_source", "tracker_event", "tracker_article"])
def test_a_registry_list_costs_the_same_queries_for_3_or_30_rows(
    admin_client_, page, django_assert_max_num_queries
):
    url = reverse(f"admin:{page}_changelist")
    _rows(page, 3)
    with django_assert_max_num_queries(30) as few:
        assert admin_client_.get(url).status_code == 200
    _rows(page, 27)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = admin_client_.get(url)
    assert len(response.context["cl"].result_list) >= 30
