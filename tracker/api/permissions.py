from __future__ import annotations

from typing import Any

from django.conf import settings
from rest_framework import permissions
from rest_framework.request import Request

from tracker.roles import EDITORS_GROUP, INGEST_PERMISSION, can_ingest, is_editor

__all__ = ["EDITORS_GROUP", "INGEST_PERMISSION", "can_ingest", "is_editor"]


class ReadOrIngest(permissions.BasePermission):
    """Any authenticated user reads; writing needs the `ingest` permission or staff."""

    def has_permission(self, request: Request, view: Any) -> bool:
        if not (request.user and request.user.is_authenticated):
            return False
        return request.method in permissions.SAFE_METHODS or can_ingest(request.user)


class ReadOrEditor(permissions.BasePermission):
    """Any authenticated user reads; review actions need the `editors` group (or a superuser): read-only
    staff cannot decide here any more than in the admin."""

    def has_permission(self, request: Request, view: Any) -> bool:
        if not (request.user and request.user.is_authenticated):
            return False
        return request.method in permissions.SAFE_METHODS or is_editor(request.user)


class PublicFiguresOrAuthenticated(permissions.BasePermission):
    """Published figures are open to anonymous readers only when PUBLIC_FIGURES is on."""

    def has_permission(self, request: Request, view: Any) -> bool:
        if request.method not in permissions.SAFE_METHODS:
            return False
        return bool(settings.PUBLIC_FIGURES or (request.user and request.user.is_authenticated))
