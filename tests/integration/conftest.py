"""Real services for the integration tests: PostgreSQL as the database, Redis as the broker,
and Celery worker processes started (and killed) by PID."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from django.db import connection

from tests.conftest import skip_or_fail
from tracker.celery import app as celery_app

ROOT = Path(__file__).resolve().parents[2]


def _broker_url() -> str:
    return os.environ.get("CELERY_BROKER_URL", "")


@pytest.fixture
def real_services(transactional_db: Any) -> Iterator[dict[str, str]]:
    """Skips (locally) or fails (CI) unless the suite runs on PostgreSQL with a Redis broker."""
    if connection.vendor != "postgresql":
        skip_or_fail("integration tests need DATABASE_URL=postgres://...")
    broker = _broker_url()
    if not broker.startswith("redis://"):
        skip_or_fail("integration tests need CELERY_BROKER_URL=redis://...")
    import redis

    try:
        redis.Redis.from_url(broker).ping()
    except redis.RedisError as exc:
        skip_or_fail(f"Redis at {broker} does not answer: {exc}")
    redis.Redis.from_url(broker).flushdb()
    previous = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = False
    settings = connection.settings_dict
    db_url = (
        f"postgres://{settings['USER'] or 'postgres'}@{settings['HOST'] or '127.0.0.1'}:"
        f"{settings['PORT'] or 5432}/{settings['NAME']}"
    )
    yield {"DATABASE_URL": db_url, "CELERY_BROKER_URL": broker}
    celery_app.conf.task_always_eager = previous


class Worker:
    def __init__(self, env: dict[str, str], name: str, extra: list[str]) -> None:
        self.log = Path(os.environ.get("TMPDIR", "/tmp")) / f"tracker-worker-{name}-{os.getpid()}.log"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "tracker", "worker", "-n", f"{name}@%h", "--loglevel=INFO",
             "--concurrency=1", "--without-gossip", "--without-mingle", *extra],
            cwd=ROOT,
            env={**os.environ, **env},
            stdout=self.log.open("w"),
            stderr=subprocess.STDOUT,
        )  # fmt: skip

    def wait_ready(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"worker exited early:\n{self.log.read_text()}")
            if "ready." in self.log.read_text():
                return
            time.sleep(0.2)
        raise TimeoutError(f"worker not ready:\n{self.log.read_text()}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@pytest.fixture
def start_worker(real_services: dict[str, str]) -> Iterator[Callable[..., Worker]]:
    workers: list[Worker] = []

    def start(name: str = "w1", extra: list[str] | None = None, env: dict[str, str] | None = None) -> Worker:
        worker = Worker({**real_services, **(env or {})}, f"{name}-{len(workers)}", extra or [])
        workers.append(worker)
        worker.wait_ready()
        return worker

    yield start
    for worker in workers:
        worker.stop()


def wait_for(predicate: Callable[[], Any], timeout: float = 60, interval: float = 0.25) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = predicate()
        if result:
            return result
        time.sleep(interval)
    raise TimeoutError("condition not met in time")
