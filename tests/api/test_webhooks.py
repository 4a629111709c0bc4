from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator
from typing import Any

import pytest
import requests
from django.test import override_settings
from django.utils import timezone

from tests.factories import UserFactory, VerifiedFigureFactory, WebhookSubscriptionFactory
from verification.figures import figure_revise, figure_withdraw
from verification.models import DeliveryStatus, VerifiedFigure, WebhookDelivery
from verification.webhooks import (
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    backoff_seconds,
    deliver_webhook,
    signature_valid,
    webhook_deliver,
    webhook_published,
)

pytestmark = pytest.mark.django_db


class Receiver:
    """A webhook consumer on 127.0.0.1 that answers with the queued status codes (200 once they run out)."""

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []
        self.codes: list[int] = []
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.calls.append({"headers": dict(self.headers), "body": body})
                self.send_response(receiver.codes.pop(0) if receiver.codes else 200)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Receiver:
        self.thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with Receiver() as r, override_settings(WEBHOOK_ALLOW_PRIVATE_URLS=True):
        yield r


def test_a_withdrawal_is_posted_signed_after_the_commit(receiver, django_capture_on_commit_callbacks):
    subscription = WebhookSubscriptionFactory(url=receiver.url, secret="s3cret")
    figure = VerifiedFigureFactory()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        figure_withdraw(figure_id=figure.pk, user=figure.verified_by, reason="retracted")
    assert receiver.calls == [], "nothing is sent before the commit"
    for callback in callbacks:
        callback()
    assert len(receiver.calls) == 1
    call = receiver.calls[0]
    headers = call["headers"]
    assert headers["X-Tracker-Event"] == "figure.withdrawn"
    assert signature_valid(
        secret="s3cret",
        timestamp=headers[TIMESTAMP_HEADER],
        body=call["body"],
        signature=headers[SIGNATURE_HEADER],
    )
    assert not signature_valid(
        secret="other",
        timestamp=headers[TIMESTAMP_HEADER],
        body=call["body"],
        signature=headers[SIGNATURE_HEADER],
    )
    payload = json.loads(call["body"])
    assert payload["event"] == "figure.withdrawn"
    assert payload["figure"] == {
        "id": figure.pk,
        "status": "withdrawn",
        "withdrawn_reason": "retracted",
        "updated_at": payload["figure"]["updated_at"],
    }
    delivery = WebhookDelivery.objects.get(subscription=subscription)
    assert (delivery.status, delivery.attempts, delivery.response_code) == (DeliveryStatus.DELIVERED, 1, 200)


def test_revisions_and_publications_are_posted_with_the_full_figure(
    receiver, django_capture_on_commit_callbacks
):
    WebhookSubscriptionFactory(url=receiver.url)
    figure = VerifiedFigureFactory(verified_at=timezone.now())
    with django_capture_on_commit_callbacks(execute=True):
        webhook_published(figure=figure)
    with django_capture_on_commit_callbacks(execute=True):
        figure_revise(figure_id=figure.pk, user=figure.verified_by, value=101.0)
    events = [json.loads(c["body"]) for c in receiver.calls]
    assert [e["event"] for e in events] == ["figure.published", "figure.revised"]
    assert events[1]["figure"]["value"] == 101 and events[1]["figure"]["evidence"] == []


def test_only_active_subscriptions_that_want_the_event_get_it(receiver, django_capture_on_commit_callbacks):
    WebhookSubscriptionFactory(url=receiver.url, active=False)
    WebhookSubscriptionFactory(url=receiver.url, events=["figure.published"])
    WebhookSubscriptionFactory(url=receiver.url, owner=UserFactory(is_active=False))
    figure = VerifiedFigureFactory()
    with django_capture_on_commit_callbacks(execute=True):
        figure_withdraw(figure_id=figure.pk, user=figure.verified_by, reason="x")
    assert receiver.calls == []
    assert WebhookDelivery.objects.count() == 0


def test_a_failed_post_is_recorded_for_a_retry_with_backoff(receiver, django_capture_on_commit_callbacks):
    receiver.codes = [503]
    WebhookSubscriptionFactory(url=receiver.url)
    figure = VerifiedFigureFactory()
    with override_settings(WEBHOOK_MAX_ATTEMPTS=3), django_capture_on_commit_callbacks(execute=True):
        figure_withdraw(figure_id=figure.pk, user=figure.verified_by, reason="x")  # eager: retried at once
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == DeliveryStatus.DELIVERED
    assert delivery.attempts == 2 and len(receiver.calls) == 2


def test_the_service_records_the_error_and_raises_for_the_task_to_retry(receiver):
    receiver.codes = [500]
    WebhookSubscriptionFactory(url=receiver.url)
    figure = VerifiedFigureFactory()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(deliver_webhook, "delay", lambda pk: None)
        figure_withdraw(figure_id=figure.pk, user=figure.verified_by, reason="x")
    delivery = WebhookDelivery.objects.get()
    with pytest.raises(requests.HTTPError):
        webhook_deliver(delivery_id=delivery.pk)
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.RETRYING
    assert delivery.response_code == 500 and "500" in delivery.error
    assert delivery.next_attempt_at is not None


def test_a_delivery_gives_up_after_the_last_attempt(receiver, django_capture_on_commit_callbacks):
    receiver.codes = [500] * 10
    WebhookSubscriptionFactory(url=receiver.url)
    figure = VerifiedFigureFactory()
    with override_settings(WEBHOOK_MAX_ATTEMPTS=3), django_capture_on_commit_callbacks(execute=True):
        figure_withdraw(figure_id=figure.pk, user=figure.verified_by, reason="x")
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.FAILED, 3)
    assert len(receiver.calls) == 3


def test_running_a_delivery_twice_posts_once(receiver, django_capture_on_commit_callbacks):
    WebhookSubscriptionFactory(url=receiver.url)
    figure = VerifiedFigureFactory()
    with django_capture_on_commit_callbacks(execute=True):
        figure_withdraw(figure_id=figure.pk, user=figure.verified_by, reason="x")
    delivery = WebhookDelivery.objects.get()
    assert webhook_deliver(delivery_id=delivery.pk) is None
    deliver_webhook.apply(args=[delivery.pk])
    assert len(receiver.calls) == 1


def test_a_private_address_is_refused_outside_development(django_capture_on_commit_callbacks):
    WebhookSubscriptionFactory(url="http://127.0.0.1:9/hook")
    figure = VerifiedFigureFactory()
    with (
        override_settings(WEBHOOK_ALLOW_PRIVATE_URLS=False),
        django_capture_on_commit_callbacks(execute=True),
    ):
        figure_withdraw(figure_id=figure.pk, user=figure.verified_by, reason="x")
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == DeliveryStatus.FAILED and "non-public" in delivery.error


def test_the_task_retries_request_errors_with_exponential_backoff_and_jitter():
    assert requests.RequestException in deliver_webhook.autoretry_for
    assert deliver_webhook.retry_backoff and deliver_webhook.retry_jitter
    assert deliver_webhook.max_retries >= 3
    assert backoff_seconds(1) < backoff_seconds(2) < backoff_seconds(3)
    with override_settings(WEBHOOK_RETRY_BACKOFF_MAX=60):
        assert backoff_seconds(30) == 60


def test_the_delivery_log_is_in_the_admin(client, receiver, django_capture_on_commit_callbacks):
    admin = UserFactory(username="root", is_staff=True, is_superuser=True)
    WebhookSubscriptionFactory(url=receiver.url)
    figure = VerifiedFigureFactory()
    with django_capture_on_commit_callbacks(execute=True):
        figure_withdraw(figure_id=figure.pk, user=figure.verified_by, reason="x")
    client.force_login(admin)
    page = client.get("/admin/verification/webhookdelivery/")
    assert page.status_code == 200 and b"figure.withdrawn" in page.content
    delivery = WebhookDelivery.objects.get()
    assert client.get(f"/admin/verification/webhookdelivery/{delivery.pk}/change/").status_code == 200
    subscription_page = client.get(
        f"/admin/verification/webhooksubscription/{delivery.subscription_id}/change/"
    )
    assert subscription_page.status_code == 200


def test_the_sweeper_queues_deliveries_whose_message_was_lost(receiver, monkeypatch):
    from datetime import timedelta

    from django.utils import timezone

    from verification.webhooks import webhooks_redeliver_due

    WebhookSubscriptionFactory(url=receiver.url)
    figure = VerifiedFigureFactory()
    monkeypatch.setattr(deliver_webhook, "delay", lambda pk: None)  # the broker loses the message
    figure_withdraw(figure_id=figure.pk, user=figure.verified_by, reason="x")
    monkeypatch.undo()
    delivery = WebhookDelivery.objects.get()
    assert webhooks_redeliver_due() == 0, "too young: its own message may still come"
    WebhookDelivery.objects.filter(pk=delivery.pk).update(created_at=timezone.now() - timedelta(hours=2))
    assert webhooks_redeliver_due() == 1
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.DELIVERED and len(receiver.calls) == 1


def test_a_sending_row_whose_worker_died_is_taken_again_after_its_lease(receiver):
    from datetime import timedelta

    from django.utils import timezone

    WebhookSubscriptionFactory(url=receiver.url)
    figure = VerifiedFigureFactory()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(deliver_webhook, "delay", lambda pk: None)
        figure_withdraw(figure_id=figure.pk, user=figure.verified_by, reason="x")
    delivery = WebhookDelivery.objects.get()
    lease = timezone.now() + timedelta(minutes=1)
    WebhookDelivery.objects.filter(pk=delivery.pk).update(status=DeliveryStatus.SENDING, claimed_until=lease)
    assert webhook_deliver(delivery_id=delivery.pk) is None, "another worker holds it"
    WebhookDelivery.objects.filter(pk=delivery.pk).update(claimed_until=timezone.now() - timedelta(seconds=1))
    assert webhook_deliver(delivery_id=delivery.pk).status == DeliveryStatus.DELIVERED


def test_the_beat_task_announces_each_new_publication_once_to_older_subscriptions(
    receiver, django_capture_on_commit_callbacks
):
    from datetime import timedelta

    from django.utils import timezone

    from verification.webhooks import webhooks_announce_changes

    WebhookSubscriptionFactory(url=receiver.url)
    figure = VerifiedFigureFactory(verified_at=timezone.now())
    late = WebhookSubscriptionFactory(url=receiver.url)  # registered after the publication
    old = VerifiedFigureFactory(verified_at=timezone.now() - timedelta(days=2))  # too old to announce
    VerifiedFigure.objects.filter(pk=old.pk).update(updated_at=old.verified_at)
    with django_capture_on_commit_callbacks(execute=True):
        assert webhooks_announce_changes() == 1
    with django_capture_on_commit_callbacks(execute=True):
        assert webhooks_announce_changes() == 0
    with django_capture_on_commit_callbacks(execute=True):
        webhook_published(figure=figure)  # the publishing service's own call changes nothing
    assert [json.loads(c["body"])["event"] for c in receiver.calls] == ["figure.published"]
    assert json.loads(receiver.calls[0]["body"])["figure"]["id"] == figure.pk
    assert not WebhookDelivery.objects.filter(subscription=late).exists()


def test_the_webhook_schedules_are_installed():
    from django_celery_beat.models import PeriodicTask

    tasks = set(PeriodicTask.objects.values_list("task", flat=True))
    assert {
        "verification.webhooks.webhooks_announce_changes",
        "verification.webhooks.webhooks_redeliver_due",
    } <= tasks


def test_the_beat_task_tells_of_withdrawals_and_revisions_made_elsewhere(
    receiver, django_capture_on_commit_callbacks
):
    from datetime import timedelta

    from django.utils import timezone

    from verification.webhooks import webhooks_announce_changes

    WebhookSubscriptionFactory(url=receiver.url)
    long_ago = timezone.now() - timedelta(days=3)
    withdrawn = VerifiedFigureFactory(verified_at=long_ago)
    revised = VerifiedFigureFactory(verified_at=long_ago)
    untouched = VerifiedFigureFactory(verified_at=long_ago)
    VerifiedFigure.objects.filter(pk=untouched.pk).update(updated_at=long_ago)
    # Changed by a path that does not notify (the admin, a shell): only the database knows.
    VerifiedFigure.objects.filter(pk=withdrawn.pk).update(status="withdrawn", withdrawn_reason="gone")
    VerifiedFigure.objects.filter(pk=revised.pk).update(value=120.0)
    with django_capture_on_commit_callbacks(execute=True):
        assert webhooks_announce_changes() == 2
    with django_capture_on_commit_callbacks(execute=True):
        assert webhooks_announce_changes() == 0
    events = sorted(
        (json.loads(c["body"])["event"], json.loads(c["body"])["figure"]["id"]) for c in receiver.calls
    )
    assert events == sorted([("figure.withdrawn", withdrawn.pk), ("figure.revised", revised.pk)])
