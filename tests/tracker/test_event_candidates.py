"""The events offered to the linker for a new article: those near its day, those still being reported
on, and those of the days the article itself reaches back to (an anniversary, a verdict years on)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tracker.models import Event
from tracker.services.articles import article_ingest
from tracker.services.extraction import article_extract

pytestmark = pytest.mark.django_db

FLOOD = (
    "Monsoon floods that began on June 14 have killed at least 1,100 people across Sindh province, the "
    "national disaster agency said on Monday."
)


def _ingest(text: str, when: datetime, title: str = "") -> int:
    result = article_ingest(outlet="Indus Wire", published_at=when, text=text, title=title, extract=False)
    article = article_extract(article_id=result.article.pk)
    assert article is not None
    return article.pk


def _event_of(article_pk: int, value: float) -> Event:
    from tracker.models import Claim

    claim = Claim.objects.get(article_id=article_pk, value=value)
    assert claim.event is not None
    return claim.event


def test_an_event_records_the_day_it_was_last_reported_on():
    first = _ingest(FLOOD, datetime(2031, 8, 29, 9, tzinfo=UTC))
    event = _event_of(first, 1100)
    assert event.last_reported == datetime(2031, 8, 29).date()
    later = _ingest(
        "Monsoon floods that began on June 14 have now killed 1,290 people in Sindh province, the national "
        "disaster agency said.",
        datetime(2031, 9, 20, 9, tzinfo=UTC),
    )
    assert _event_of(later, 1290).pk == event.pk
    event.refresh_from_db()
    assert event.last_reported == datetime(2031, 9, 20).date()


def test_a_report_months_after_the_incident_day_still_joins_an_event_still_reported_on():
    first = _ingest(FLOOD, datetime(2031, 8, 29, 9, tzinfo=UTC))
    event = _event_of(first, 1100)
    assert event.day == datetime(2031, 6, 14).date()  # far more than the candidate window before October
    later = _ingest(
        "Monsoon floods that began on June 14 have now killed 1,700 people in Sindh province, the national "
        "disaster agency said.",
        datetime(2031, 10, 5, 9, tzinfo=UTC),
    )
    assert _event_of(later, 1700).pk == event.pk
