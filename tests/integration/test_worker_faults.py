"""Reliability under worker faults (shared/reliability.md, tests 1 and 9), on Redis and PostgreSQL.

Processes are killed by the PID the test started, never by name.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from tests.integration.conftest import wait_for
from tests.integration.test_concurrency import _two_conflicting_reports
from verification.models import ComparisonRun, Discrepancy, DiscrepancyClaim, RunTrigger
from verification.services import comparison_compare, comparison_run_create

pytestmark = pytest.mark.integration


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text().split()
        found.extend(int(child) for child in text)
    return found


def _clean_result() -> tuple[set[str], int]:
    comparison_compare()
    result = set(Discrepancy.objects.values_list("fingerprint", flat=True)), DiscrepancyClaim.objects.count()
    Discrepancy.objects.all().delete()
    return result


def test_a_pool_child_killed_mid_comparison_reruns_the_task_with_nothing_lost_or_doubled(start_worker):
    _two_conflicting_reports()
    expected = _clean_result()
    assert expected[0]
    worker = start_worker(
        env={"TRACKER_ALLOW_FAULTS": "1", "TRACKER_FAULT_PAUSE": "comparison:30"}, extra=["--pool=prefork"]
    )
    run = comparison_run_create(trigger=RunTrigger.API)
    wait_for(lambda: ComparisonRun.objects.get(pk=run.pk).status == "running", timeout=30)
    children = _children(worker.process.pid)
    assert len(children) == 1
    os.kill(children[0], signal.SIGKILL)

    wait_for(lambda: ComparisonRun.objects.get(pk=run.pk).status == "done", timeout=60)
    run.refresh_from_db()
    assert run.deliveries == 2  # redelivered once, after the kill
    assert (
        set(Discrepancy.objects.values_list("fingerprint", flat=True)),
        DiscrepancyClaim.objects.count(),
    ) == expected


def test_a_task_that_kills_its_own_process_stops_after_the_delivery_limit_and_is_marked_failed(start_worker):
    _two_conflicting_reports()
    start_worker(
        env={"TRACKER_ALLOW_FAULTS": "1", "TRACKER_FAULT_CRASH": "comparison", "TRACKER_MAX_DELIVERIES": "3"},
        extra=["--pool=prefork"],
    )
    run = comparison_run_create(trigger=RunTrigger.API)
    wait_for(lambda: ComparisonRun.objects.get(pk=run.pk).status == "failed", timeout=90)
    run.refresh_from_db()
    assert run.deliveries == 4
    assert "deliveries" in run.error


def test_a_whole_worker_killed_mid_task_is_replaced_and_the_run_finishes(start_worker):
    """Redis hands a dead worker's task out again after the visibility timeout (short here)."""
    _two_conflicting_reports()
    expected = _clean_result()
    short = {"CELERY_VISIBILITY_TIMEOUT": "5"}
    first = start_worker(
        "doomed", env={**short, "TRACKER_ALLOW_FAULTS": "1", "TRACKER_FAULT_PAUSE": "comparison:60"}
    )
    run = comparison_run_create(trigger=RunTrigger.API)
    wait_for(lambda: ComparisonRun.objects.get(pk=run.pk).status == "running", timeout=30)
    for child in _children(first.process.pid):
        os.kill(child, signal.SIGKILL)
    first.process.kill()
    first.process.wait()

    start_worker("replacement", env=short)
    wait_for(lambda: ComparisonRun.objects.get(pk=run.pk).status == "done", timeout=240, interval=1)
    assert (
        set(Discrepancy.objects.values_list("fingerprint", flat=True)),
        DiscrepancyClaim.objects.count(),
    ) == expected
