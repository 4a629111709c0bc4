"""The broker is not the record of truth: an ingest while Redis is down loses nothing."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission
from kombu.exceptions import OperationalError

from tests.factories import UserFactory
from tracker.models import Article
from tracker.tasks import extract_article, reconcile

pytestmark = pytest.mark.django_db(transaction=True)

ARTICLE = {
    "outlet": "Outage Wire",
    "published_at": "2024-08-10T14:05:00Z",
    "text": "Rescuers said at least 40 people were killed in the strike on Saturday.",
}


def test_an_article_ingested_while_the_broker_is_down_is_kept_pending_and_the_reconciler_extracts_it(
    api_client, monkeypatch
):
    user = UserFactory(username="ingester")
    user.user_permissions.add(Permission.objects.get(codename="ingest"))
    api_client.force_authenticate(user)

    def broker_down(*args, **kwargs):
        raise OperationalError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    with monkeypatch.context() as patch:
        patch.setattr(extract_article, "delay", broker_down)
        response = api_client.post("/api/v1/articles/", ARTICLE, format="json")
    assert response.status_code == 201
    assert response.json()["status"] == "pending"

    result = reconcile.apply(kwargs={"older_than_seconds": 0}).get()
    assert result == {"articles_requeued": 1}
    assert Article.objects.get().status == "extracted"
    assert Article.objects.get().claims.count() >= 1
