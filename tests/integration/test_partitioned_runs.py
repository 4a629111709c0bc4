"""A full comparison split across two local workers (Celery group by event, the head of every series key)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.factories import ArticleFactory, ClaimFactory, EventFactory, SourceFactory
from tests.integration.conftest import wait_for
from verification.models import ComparisonRun, ComparisonRunPart, Discrepancy, RunTrigger
from verification.services import comparison_compare, comparison_run_create

pytestmark = pytest.mark.integration


def _conflicting_events(n: int) -> None:
    ministry = SourceFactory(name="Health Ministry", slug="health-ministry")
    defence = SourceFactory(name="Civil Defence", slug="civil-defence", kind="ngo")
    for i in range(n):
        event = EventFactory()
        # A higher toll in the morning, a lower one in the evening from another source: a conflict.
        morning = ArticleFactory(published_at=datetime(2024, 8, 10, 8, tzinfo=UTC))
        evening = ArticleFactory(published_at=datetime(2024, 8, 10, 20, tzinfo=UTC))
        ClaimFactory(article=morning, event=event, source=ministry, value=130 + i, low=130 + i, high=130 + i)
        ClaimFactory(article=evening, event=event, source=defence, value=90 + i, low=90 + i, high=90 + i)


def test_a_full_run_is_split_between_two_workers_and_gives_the_same_result_as_one(start_worker):
    _conflicting_events(8)
    comparison_compare()
    expected = set(Discrepancy.objects.values_list("fingerprint", flat=True))
    assert len(expected) >= 8
    Discrepancy.objects.all().delete()

    env = {
        "TRACKER_COMPARISON_PARTS": "2",
        "TRACKER_ALLOW_FAULTS": "1",
        "TRACKER_FAULT_PAUSE": "comparison_part:3",
    }
    start_worker("alpha", env=env)
    start_worker("beta", env=env)
    run = comparison_run_create(trigger=RunTrigger.API)
    wait_for(lambda: ComparisonRun.objects.get(pk=run.pk).status == "done", timeout=90)

    run.refresh_from_db()
    parts = list(ComparisonRunPart.objects.filter(run=run))
    assert run.parts_total == 2 and len(parts) == 2
    assert all(p.status == "done" for p in parts)
    assert len({p.worker for p in parts}) == 2  # each worker took a part
    assert sorted(e for p in parts for e in p.event_ids) == sorted({e for p in parts for e in p.event_ids})
    assert set(Discrepancy.objects.values_list("fingerprint", flat=True)) == expected
    assert run.series_compared == sum(p.series_compared for p in parts) > 0
