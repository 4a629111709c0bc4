from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest

from tracker.celery import app as celery_app

SERVICES_REQUIRED = os.environ.get("TRACKER_REQUIRE_SERVICES") == "1"


@pytest.fixture(autouse=True)
def _eager_celery() -> Iterator[None]:
    """Unit tests run tasks in-process; the integration tests switch to a real worker themselves."""
    previous = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    yield
    celery_app.conf.task_always_eager = previous


@pytest.fixture
def api_client() -> Any:
    from rest_framework.test import APIClient

    return APIClient()


def skip_or_fail(reason: str) -> None:
    """Missing services skip on a developer's machine and fail in CI, where they must be there."""
    if SERVICES_REQUIRED:
        pytest.fail(reason)
    pytest.skip(reason)
