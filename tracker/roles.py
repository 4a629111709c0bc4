"""Who may do what, in the admin and the API alike (groups are created by a data migration)."""

from __future__ import annotations

from typing import Any

EDITORS_GROUP = "editors"
INGEST_PERMISSION = "tracker.ingest"


def is_editor(user: Any) -> bool:
    """Editors (the group) and superusers decide and correct; other staff only look."""
    if not (user and user.is_authenticated and user.is_active):
        return False
    cached = getattr(user, "_is_editor", None)
    if cached is None:
        # Remembered on the user object, which lives for one request: pages ask many times.
        cached = bool(user.is_superuser or user.groups.filter(name=EDITORS_GROUP).exists())
        user._is_editor = cached
    return cached


def can_ingest(user: Any) -> bool:
    """The `ingest` permission, or staff (spec/api.md)."""
    return bool(user and user.is_authenticated and (user.is_staff or user.has_perm(INGEST_PERMISSION)))
