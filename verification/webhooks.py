"""Webhooks: a signed POST to each subscriber when a figure is published, revised or withdrawn.

Deliveries are rows first (enqueued after the commit), then Celery tasks. A task claims its row with a
conditional UPDATE, so a task delivered twice by the broker posts once; failures retry with exponential
backoff and jitter, and `webhooks_redeliver_due` (run it from beat) finds rows whose message was lost.

Each POST carries `X-Tracker-Signature: sha256=<hex>`, the HMAC-SHA256 of `<timestamp>.<body>` under the
subscription's secret, with the timestamp in `X-Tracker-Timestamp`; see `signature_valid`.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import json
import logging
import socket
import time
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import requests
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from tracker.celery import app
from verification.models import (
    DeliveryStatus,
    FigureStatus,
    VerifiedFigure,
    WebhookDelivery,
    WebhookEvent,
    WebhookSubscription,
)

logger = logging.getLogger(__name__)

FIGURE_PUBLISHED = WebhookEvent.FIGURE_PUBLISHED.value
FIGURE_REVISED = WebhookEvent.FIGURE_REVISED.value
FIGURE_WITHDRAWN = WebhookEvent.FIGURE_WITHDRAWN.value
SIGNATURE_HEADER = "X-Tracker-Signature"
REVISION_AFTER = timedelta(seconds=1)
TIMESTAMP_HEADER = "X-Tracker-Timestamp"


class DeliveryRefused(Exception):
    """The subscription's URL may not be called (not http(s), or a private address); never retried."""


def sign(secret: str, timestamp: str, body: bytes) -> str:
    mac = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


def signature_valid(
    *, secret: str, timestamp: str, body: bytes, signature: str, tolerance: int = 300
) -> bool:
    """What a consumer runs on each POST: the signature matches and the timestamp is recent."""
    try:
        fresh = abs(time.time() - int(timestamp)) <= tolerance
    except ValueError:
        return False
    return fresh and hmac.compare_digest(sign(secret, timestamp, body), signature)


def figure_payload(figure: VerifiedFigure, event: str) -> dict[str, Any]:
    from verification.api.serializers import FigureOrTombstoneSerializer
    from verification.feeds import figure_feed

    fresh = figure_feed(include_withdrawn=True).get(pk=figure.pk)
    data = FigureOrTombstoneSerializer(fresh).data
    return json.loads(json.dumps({"event": event, "figure": data}, cls=DjangoJSONEncoder))


def webhooks_enqueue(*, figure: VerifiedFigure, event: str) -> list[int]:
    """Record one delivery per active subscription that wants the event; send them after the commit.

    Call it inside the transaction that changes the figure. The change key is unique per subscription
    (a publication once per figure; a revision or withdrawal once per change time), so calling it twice
    for one change records one delivery. A publication goes only to subscriptions older than it.
    """
    change_key = (
        f"{event}:{figure.pk}"
        if event == FIGURE_PUBLISHED
        else f"{event}:{figure.pk}:{figure.updated_at.isoformat()}"
    )[:100]
    candidates = WebhookSubscription.objects.filter(active=True, owner__is_active=True).exclude(
        deliveries__change_key=change_key
    )
    if event == FIGURE_PUBLISHED:
        candidates = candidates.filter(created_at__lte=figure.verified_at)
    subscriptions = [s for s in candidates if s.wants(event)]
    if not subscriptions:
        return []
    payload = figure_payload(figure, event)
    WebhookDelivery.objects.bulk_create(
        [
            WebhookDelivery(
                subscription=s, event=event, figure=figure, change_key=change_key, payload=payload
            )
            for s in subscriptions
        ],
        ignore_conflicts=True,
    )
    ids = list(
        WebhookDelivery.objects.filter(
            change_key=change_key, subscription__in=subscriptions, status=DeliveryStatus.PENDING
        ).values_list("pk", flat=True)
    )
    transaction.on_commit(lambda: [deliver_webhook.delay(pk) for pk in ids])
    return ids


def webhook_published(*, figure: VerifiedFigure) -> list[int]:
    """For the publishing service (discrepancy_resolve): notify subscribers of a new figure."""
    return webhooks_enqueue(figure=figure, event=FIGURE_PUBLISHED)


def _claim(delivery_id: int) -> bool:
    """Take a delivery that is due, or one whose sending worker died (lease expired)."""
    now = timezone.now()
    lease = now + timedelta(seconds=settings.WEBHOOK_TIMEOUT_SECONDS * 3 + 5)
    claimed = WebhookDelivery.objects.filter(
        Q(pk=delivery_id),
        Q(status__in=[DeliveryStatus.PENDING, DeliveryStatus.RETRYING])
        | Q(status=DeliveryStatus.SENDING, claimed_until__lt=now),
    ).update(status=DeliveryStatus.SENDING, attempts=F("attempts") + 1, claimed_until=lease, updated_at=now)
    return claimed == 1


def _check_destination(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise DeliveryRefused(f"Not an http(s) URL: {url!r}")
    if settings.WEBHOOK_ALLOW_PRIVATE_URLS:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise requests.ConnectionError(f"Cannot resolve {parts.hostname}: {exc}") from exc
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if not address.is_global:
            raise DeliveryRefused(f"{parts.hostname} resolves to a non-public address ({address}).")


def backoff_seconds(attempt: int) -> int:
    """The longest wait before the next try (Celery picks a random wait up to this: full jitter)."""
    return int(
        min(settings.WEBHOOK_RETRY_BACKOFF_MAX, settings.WEBHOOK_RETRY_BACKOFF * 2 ** max(attempt - 1, 0))
    )


def webhook_deliver(*, delivery_id: int) -> WebhookDelivery | None:
    """POST one delivery. Raises the requests error on a retriable failure, after recording it."""
    if not _claim(delivery_id):
        return None  # delivered, given up, or another worker is sending it right now
    delivery = WebhookDelivery.objects.select_related("subscription").get(pk=delivery_id)
    subscription = delivery.subscription
    body = json.dumps(delivery.payload, separators=(",", ":"), sort_keys=True).encode()
    timestamp = str(int(time.time()))
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "figure-tracker-webhooks/1",
        "X-Tracker-Event": delivery.event,
        "X-Tracker-Delivery": str(delivery.pk),
        TIMESTAMP_HEADER: timestamp,
        SIGNATURE_HEADER: sign(subscription.secret, timestamp, body),
    }
    code: int | None = None
    try:
        if not subscription.active:
            raise DeliveryRefused("The subscription was deactivated.")
        _check_destination(subscription.url)
        response = requests.post(
            subscription.url,
            data=body,
            headers=headers,
            timeout=settings.WEBHOOK_TIMEOUT_SECONDS,
            allow_redirects=False,
        )
        code = response.status_code
        if not 200 <= code < 300:
            raise requests.HTTPError(f"HTTP {code} from {subscription.url}", response=response)
    except DeliveryRefused as exc:
        _record_failure(delivery, code, str(exc), final=True)
        return WebhookDelivery.objects.get(pk=delivery_id)
    except requests.RequestException as exc:
        final = delivery.attempts >= settings.WEBHOOK_MAX_ATTEMPTS
        _record_failure(delivery, code, f"{type(exc).__name__}: {exc}", final=final)
        if final:
            return WebhookDelivery.objects.get(pk=delivery_id)
        raise
    WebhookDelivery.objects.filter(pk=delivery_id).update(
        status=DeliveryStatus.DELIVERED,
        response_code=code,
        error="",
        delivered_at=timezone.now(),
        next_attempt_at=None,
        claimed_until=None,
        updated_at=timezone.now(),
    )
    return WebhookDelivery.objects.get(pk=delivery_id)


def _record_failure(delivery: WebhookDelivery, code: int | None, error: str, *, final: bool) -> None:
    now = timezone.now()
    WebhookDelivery.objects.filter(pk=delivery.pk).update(
        status=DeliveryStatus.FAILED if final else DeliveryStatus.RETRYING,
        response_code=code,
        error=error[:2000],
        next_attempt_at=None if final else now + timedelta(seconds=backoff_seconds(delivery.attempts)),
        claimed_until=None,
        updated_at=now,
    )
    logger.warning("webhook delivery %s attempt %s failed: %s", delivery.pk, delivery.attempts, error[:200])


@app.task(
    name="verification.webhooks.deliver_webhook",
    autoretry_for=(requests.RequestException,),
    retry_backoff=settings.WEBHOOK_RETRY_BACKOFF,
    retry_backoff_max=settings.WEBHOOK_RETRY_BACKOFF_MAX,
    retry_jitter=True,
    max_retries=settings.WEBHOOK_MAX_ATTEMPTS - 1,
)
def deliver_webhook(delivery_id: int) -> str | None:
    delivery = webhook_deliver(delivery_id=delivery_id)
    return None if delivery is None else delivery.status


@app.task(name="verification.webhooks.webhooks_announce_changes")
def webhooks_announce_changes() -> int:
    """Beat entry point: find every recent publication, revision and withdrawal in the database.

    Whatever path changed a figure (an API service, the admin, a shell), subscribers hear of it within a
    minute; a service that already enqueued the change (`figure_withdraw`, `figure_revise`,
    `webhook_published`) made the same change key, so nobody is told twice.
    """
    since = timezone.now() - timedelta(seconds=settings.WEBHOOK_ANNOUNCE_WINDOW)
    queued = 0
    for figure in VerifiedFigure.objects.filter(updated_at__gte=since).order_by("updated_at", "id")[:1000]:
        with transaction.atomic():
            for event in figure_events(figure, since=since):
                queued += len(webhooks_enqueue(figure=figure, event=event))
    return queued


def figure_events(figure: VerifiedFigure, *, since: datetime) -> list[str]:
    """What happened to a figure since then, as webhook events (a save a second after publication is a
    revision)."""
    if figure.status == FigureStatus.WITHDRAWN:
        return [FIGURE_WITHDRAWN]
    events = [FIGURE_PUBLISHED] if figure.verified_at >= since else []
    if figure.updated_at - figure.verified_at > REVISION_AFTER:
        events.append(FIGURE_REVISED)
    return events


@app.task(name="verification.webhooks.webhooks_redeliver_due")
def webhooks_redeliver_due() -> int:
    """Beat entry point: queue deliveries whose message was lost (the database is the record of truth)."""
    now = timezone.now()
    grace = timedelta(seconds=settings.WEBHOOK_RETRY_BACKOFF_MAX + 60)
    due = WebhookDelivery.objects.filter(
        Q(status=DeliveryStatus.PENDING, created_at__lt=now - grace)
        | Q(status=DeliveryStatus.RETRYING, next_attempt_at__lt=now - grace)
        | Q(status=DeliveryStatus.SENDING, claimed_until__lt=now)
    ).values_list("pk", flat=True)[:1000]
    ids = list(due)
    for pk in ids:
        deliver_webhook.delay(pk)
    return len(ids)


__all__ = [
    "FIGURE_PUBLISHED",
    "FIGURE_REVISED",
    "FIGURE_WITHDRAWN",
    "deliver_webhook",
    "figure_events",
    "sign",
    "signature_valid",
    "webhook_deliver",
    "webhook_published",
    "webhooks_announce_changes",
    "webhooks_enqueue",
    "webhooks_redeliver_due",
]
