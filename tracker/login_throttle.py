"""Slows down password guessing on the admin login: after a few failures an account (per client
address) is locked for a while. Counts live in Django's cache; with several processes configure a
shared cache (Redis) so they count together."""

from __future__ import annotations

import hashlib
from typing import Any

from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.http import HttpRequest


def max_failures() -> int:
    return int(getattr(settings, "ADMIN_LOGIN_MAX_FAILURES", 5))


def lockout_seconds() -> int:
    return int(getattr(settings, "ADMIN_LOGIN_LOCKOUT_SECONDS", 900))


def _key(request: HttpRequest | None, username: str) -> str:
    address = request.META.get("REMOTE_ADDR", "") if request is not None else ""
    digest = hashlib.sha256(f"{address}|{username.strip().lower()}".encode()).hexdigest()[:32]
    return f"admin-login-failures:{digest}"


def login_locked(request: HttpRequest | None, username: str) -> bool:
    return int(cache.get(_key(request, username), 0)) >= max_failures()


def login_failed(request: HttpRequest | None, username: str) -> int:
    key = _key(request, username)
    # add() then incr() keeps concurrent failures counted; the lock lasts from the first failure.
    cache.add(key, 0, timeout=lockout_seconds())
    try:
        return int(cache.incr(key))
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=lockout_seconds())
        return 1


def login_succeeded(request: HttpRequest | None, username: str) -> None:
    cache.delete(_key(request, username))


class ThrottledAdminAuthenticationForm(AdminAuthenticationForm):
    """The admin login form, refusing an account after `ADMIN_LOGIN_MAX_FAILURES` bad passwords."""

    error_messages = {
        **AdminAuthenticationForm.error_messages,
        "locked": "Too many failed sign-ins for this account. Wait %(minutes)s minutes and try again.",
    }

    def clean(self) -> dict[str, Any]:
        username = self.cleaned_data.get("username") or ""
        if username and login_locked(self.request, username):
            raise ValidationError(
                self.error_messages["locked"],
                code="locked",
                params={"minutes": max(1, lockout_seconds() // 60)},
            )
        try:
            cleaned = super().clean()
        except ValidationError:
            if username:
                login_failed(self.request, username)
            raise
        if username:
            login_succeeded(self.request, username)
        return cleaned
