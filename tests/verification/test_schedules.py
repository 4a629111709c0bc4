from __future__ import annotations

import json

import pytest
from django_celery_beat.models import PeriodicTask

from tracker.celery import app

pytestmark = pytest.mark.django_db


def test_default_schedules_exist_and_name_registered_tasks():
    tasks = {t.name: t for t in PeriodicTask.objects.all()}
    incremental = tasks["Compare changed events (incremental)"]
    nightly = tasks["Compare everything (full, nightly)"]
    assert incremental.interval.every == 15 and incremental.interval.period == "minutes"
    assert json.loads(incremental.kwargs) == {"full": False}
    assert nightly.crontab.hour == "2" and json.loads(nightly.kwargs) == {"full": True}
    app.loader.import_default_modules()
    for task in tasks.values():
        assert task.task in app.tasks, task.task


def test_the_incremental_schedule_compares_only_events_whose_claims_changed():
    from tests.factories import ClaimFactory
    from verification.models import ComparisonRun
    from verification.tasks import scheduled_comparison

    assert scheduled_comparison.apply(kwargs={"full": False}).get() is None  # nothing due, no run
    claim = ClaimFactory()
    from tracker.services.extraction import events_mark_changed

    events_mark_changed({claim.event_id})
    run_id = scheduled_comparison.apply(kwargs={"full": False}).get()
    run = ComparisonRun.objects.get(pk=run_id)
    assert run.status == "done" and run.trigger == "schedule_incremental"
    assert run.claims_compared == 1
    assert scheduled_comparison.apply(kwargs={"full": False}).get() is None  # compared: not due again


def test_a_burst_of_articles_queues_one_comparison(monkeypatch, settings):
    from django.core.cache import cache

    from tracker.celery import app
    from tracker.services import extraction

    queued: list[dict] = []
    app.conf.task_always_eager = False  # the autouse fixture restores it
    monkeypatch.setattr(
        app.tasks[extraction.COMPARE_TOUCHED_TASK], "apply_async", lambda **kw: queued.append(kw)
    )
    cache.clear()
    for event_id in (1, 2, 3):
        extraction._queue_comparison({event_id})
    assert len(queued) == 1
    assert queued[0]["countdown"] == settings.TRACKER_COMPARE_DEBOUNCE_SECONDS
