"""Editors, read-only staff and discrepancies for the admin tests."""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from tests.factories import ClaimFactory, UserFactory
from tracker.models import Claim, Event
from verification.models import Discrepancy, DiscrepancyClaim


@pytest.fixture
def editor(db: Any) -> Any:
    return UserFactory(username="editor", is_staff=True, groups=["editors"])


@pytest.fixture
def second_editor(db: Any) -> Any:
    return UserFactory(username="second-editor", is_staff=True, groups=["editors"])


@pytest.fixture
def reader(db: Any) -> Any:
    """Read-only staff: in the admin, not an editor."""
    return UserFactory(username="reader", is_staff=True, groups=["readers"])


@pytest.fixture
def superuser(db: Any) -> Any:
    return UserFactory(username="chief", is_staff=True, is_superuser=True)


def client_for(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def editor_client(editor: Any) -> Client:
    return client_for(editor)


@pytest.fixture
def reader_client(reader: Any) -> Client:
    return client_for(reader)


@pytest.fixture
def admin_client_(superuser: Any) -> Client:
    return client_for(superuser)


def make_discrepancy(
    claims: Sequence[Claim],
    *,
    kind: str = "value_conflict",
    severity: str = "medium",
    status: str = "open",
    event: Event | None = None,
    explanation: str = "Two outlets give different death tolls for the same strike.",
    detected: datetime | None = None,
    **extra: Any,
) -> Discrepancy:
    event = event or claims[0].event
    detected = detected or timezone.now()
    key = "|".join(str(c.pk) for c in claims) + kind
    discrepancy = Discrepancy.objects.create(
        fingerprint=hashlib.sha256(key.encode()).hexdigest(),
        kind=kind,
        severity=severity,
        status=status,
        explanation=explanation,
        event=event,
        metric=claims[0].metric,
        subject_class=claims[0].subject_class,
        series_key=f"{event.pk if event else 0}|{claims[0].metric}|{claims[0].subject_class}",
        first_detected_at=detected,
        last_detected_at=detected,
        **extra,
    )
    DiscrepancyClaim.objects.bulk_create([DiscrepancyClaim(discrepancy=discrepancy, claim=c) for c in claims])
    return discrepancy


_SOURCES = itertools.count(1)


def conflicting_claims(event: Event | None = None, values: Sequence[float] = (93, 110)) -> list[Claim]:
    """Claims about one event that disagree, each in its own article with real text around the figure."""
    from tests.factories import ArticleFactory, EventFactory, SourceFactory

    event = event or EventFactory(title="Strike on al-Tabi'in school")
    claims = []
    for i, value in enumerate(values):
        figure = f"{value:g}"
        sentence = f"At least {figure} people were killed in the strike, according to the civil defence."
        text = f"Headline paragraph.\n\n{sentence} More text follows."
        article = ArticleFactory(text=text, title=f"Report {i} on the strike")
        start = text.index(figure)
        n = next(_SOURCES)
        source = SourceFactory(name=f"Civil Defence {n}", slug=f"civil-defence-{n}")
        claims.append(
            ClaimFactory(
                article=article,
                event=event,
                char_start=start,
                char_end=start + len(figure),
                quote=figure,
                sentence=sentence,
                value=value,
                low=value,
                high=None,
                qualifier="at_least",
                source=source,
                attribution="according to the civil defence",
                as_of=datetime(2024, 8, 10, tzinfo=UTC).date() + timedelta(days=i),
            )
        )
    return claims


@pytest.fixture
def discrepancy(db: Any) -> Discrepancy:
    return make_discrepancy(conflicting_claims(), severity="high")
