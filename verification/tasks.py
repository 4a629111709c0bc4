"""Celery tasks of the comparison engine: thin, idempotent, found again by the reconciler."""

from __future__ import annotations

from django.db import InterfaceError, OperationalError

from tracker.celery import app


@app.task(
    name="verification.tasks.run_comparison",
    autoretry_for=(OperationalError, InterfaceError),
    retry_backoff=True,
    retry_jitter=True,
    max_retries=5,
)
def run_comparison(run_id: int) -> str | None:
    from verification.services import comparison_run_execute

    run = comparison_run_execute(run_id=run_id)
    return None if run is None else run.status


@app.task(
    name="verification.tasks.run_comparison_part",
    bind=True,
    autoretry_for=(OperationalError, InterfaceError),
    retry_backoff=True,
    retry_jitter=True,
    max_retries=5,
)
def run_comparison_part(self, part_id: int) -> str | None:  # type: ignore[no-untyped-def]
    from verification.services import comparison_part_execute

    part = comparison_part_execute(part_id=part_id, worker=self.request.hostname or "")
    return None if part is None else part.status


@app.task(
    name="verification.tasks.compare_touched_events",
    autoretry_for=(OperationalError, InterfaceError),
    retry_backoff=True,
    retry_jitter=True,
    max_retries=5,
)
def compare_touched_events(event_ids: list[int] | None = None) -> int | None:
    """After ingestion (with a countdown, so a burst of articles is compared once): compare the events
    whose claims changed. `event_ids` is informational; the database says what is due."""
    from verification.models import RunTrigger
    from verification.services import comparison_compare_due

    run = comparison_compare_due(trigger=RunTrigger.INGEST)
    return None if run is None else run.pk


@app.task(
    name="verification.tasks.scheduled_comparison",
    autoretry_for=(OperationalError, InterfaceError),
    retry_backoff=True,
    retry_jitter=True,
    max_retries=5,
)
def scheduled_comparison(full: bool = False) -> int | None:
    """Beat entry point: incremental (events due) every 15 minutes, full nightly."""
    from verification.models import ComparisonRun, RunTrigger
    from verification.services import comparison_compare_due, comparison_run_execute

    if not full:
        run = comparison_compare_due(trigger=RunTrigger.SCHEDULE_INCREMENTAL)
        return None if run is None else run.pk
    run = ComparisonRun.objects.create(trigger=RunTrigger.SCHEDULE_FULL)
    comparison_run_execute(run_id=run.pk)
    return run.pk
