from __future__ import annotations

import pytest

from tests.api.conftest import token_client
from tests.factories import UserFactory, WebhookSubscriptionFactory
from verification.models import WebhookSubscription

pytestmark = pytest.mark.django_db


def test_a_consumer_registers_a_url_and_sees_the_secret_once(reader):
    response = reader.post(
        "/api/v1/webhooks/",
        {"url": "https://hooks.example.org/figures", "events": ["figure.withdrawn"]},
        format="json",
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert len(body["secret"]) >= 32 and body["events"] == ["figure.withdrawn"]
    subscription = WebhookSubscription.objects.get(pk=body["id"])
    assert subscription.owner.username == "reader" and subscription.secret == body["secret"]
    listed = reader.get("/api/v1/webhooks/").json()["results"]
    assert [s["id"] for s in listed] == [body["id"]] and "secret" not in listed[0]


@pytest.mark.parametrize(
    "url",
    [
        "ftp://hooks.example.org/x",
        "http://127.0.0.1:8000/x",
        "http://10.0.0.5/x",
        "http://localhost/x",
        "nope",
    ],
)
def test_only_public_http_urls_are_accepted(reader, url):
    response = reader.post("/api/v1/webhooks/", {"url": url}, format="json")
    assert response.status_code == 400 and "url" in response.json()


def test_an_unknown_event_is_a_400(reader):
    response = reader.post(
        "/api/v1/webhooks/",
        {"url": "https://hooks.example.org/x", "events": ["figure.exploded"]},
        format="json",
    )
    assert response.status_code == 400 and "events" in response.json()


def test_consumers_see_and_delete_only_their_own_subscriptions(reader):
    theirs = WebhookSubscriptionFactory(owner=UserFactory(username="other"))
    assert reader.get(f"/api/v1/webhooks/{theirs.pk}/").status_code == 404
    assert reader.delete(f"/api/v1/webhooks/{theirs.pk}/").status_code == 404
    mine = WebhookSubscriptionFactory(owner=UserFactory(username="mine"))
    owner = token_client(mine.owner)
    assert owner.delete(f"/api/v1/webhooks/{mine.pk}/").status_code == 204
    assert WebhookSubscription.objects.filter(pk=theirs.pk).exists()
