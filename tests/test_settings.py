from __future__ import annotations

from django.conf import settings


def test_the_broker_visibility_timeout_outlasts_the_hard_time_limit_everywhere():
    timeout = settings.CELERY_VISIBILITY_TIMEOUT
    assert timeout > settings.CELERY_TASK_TIME_LIMIT > settings.CELERY_TASK_SOFT_TIME_LIMIT
    assert settings.CELERY_BROKER_TRANSPORT_OPTIONS["visibility_timeout"] == timeout
    assert settings.CELERY_RESULT_BACKEND_TRANSPORT_OPTIONS["visibility_timeout"] == timeout
    assert timeout > settings.TRACKER_COMPARE_DEBOUNCE_SECONDS


def test_tasks_are_acknowledged_late_and_come_back_when_a_worker_dies():
    assert settings.CELERY_TASK_ACKS_LATE is True
    assert settings.CELERY_TASK_REJECT_ON_WORKER_LOST is True
    assert settings.CELERY_WORKER_PREFETCH_MULTIPLIER == 1
    assert settings.CELERY_ACCEPT_CONTENT == ["json"]
