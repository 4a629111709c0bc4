"""Fault injection for the reliability tests (a worker killed mid-run, a task that kills its process).

Inert unless TRACKER_ALLOW_FAULTS=1 is in the worker's environment, which only the test suite sets on
the workers it starts.
"""

from __future__ import annotations

import os
import time


def _enabled() -> bool:
    return os.environ.get("TRACKER_ALLOW_FAULTS") == "1"


def at(point: str, *, delivery: int) -> None:
    """Pause (TRACKER_FAULT_PAUSE=<point>:<seconds>, first delivery only) or crash the process
    (TRACKER_FAULT_CRASH=<point>, every delivery) at a named point."""
    if not _enabled():
        return
    pause = os.environ.get("TRACKER_FAULT_PAUSE", "")
    if pause.startswith(f"{point}:") and delivery == 1:
        time.sleep(float(pause.split(":", 1)[1]))
    if os.environ.get("TRACKER_FAULT_CRASH") == point:
        os._exit(1)
