from __future__ import annotations

import pytest
from django.core.cache import cache
from django.test import Client, override_settings
from django.urls import reverse

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

LOGIN = reverse("admin:login")


@pytest.fixture(autouse=True)
def _clean_cache():
    cache.clear()
    yield
    cache.clear()


def _login(client: Client, password: str, username: str = "editor"):
    return client.post(LOGIN, {"username": username, "password": password, "next": "/admin/"})


@override_settings(ADMIN_LOGIN_MAX_FAILURES=3, ADMIN_LOGIN_LOCKOUT_SECONDS=600)
def test_repeated_bad_admin_logins_lock_the_account_even_for_the_right_password():
    UserFactory(username="editor", is_staff=True)
    client = Client()
    for _ in range(3):
        assert _login(client, "wrong").status_code == 200
    locked = _login(client, "pw-for-tests-only")
    assert locked.status_code == 200
    assert b"Too many failed sign-ins" in locked.content
    assert "_auth_user_id" not in client.session


@override_settings(ADMIN_LOGIN_MAX_FAILURES=3)
def test_a_good_login_before_the_limit_clears_the_count():
    UserFactory(username="editor", is_staff=True)
    client = Client()
    _login(client, "wrong")
    _login(client, "wrong")
    assert _login(client, "pw-for-tests-only").status_code == 302
    client.logout()
    for _ in range(2):
        _login(client, "wrong")
    assert _login(client, "pw-for-tests-only").status_code == 302


@override_settings(ADMIN_LOGIN_MAX_FAILURES=2)
def test_a_locked_account_does_not_lock_other_accounts():
    UserFactory(username="editor", is_staff=True)
    UserFactory(username="colleague", is_staff=True)
    client = Client()
    _login(client, "wrong")
    _login(client, "wrong")
    assert b"Too many failed sign-ins" in _login(client, "pw-for-tests-only").content
    assert _login(client, "pw-for-tests-only", username="colleague").status_code == 302


@override_settings(ADMIN_LOGIN_MAX_FAILURES=2, ADMIN_LOGIN_LOCKOUT_SECONDS=1)
def test_the_lock_expires(monkeypatch):
    import time

    UserFactory(username="editor", is_staff=True)
    client = Client()
    _login(client, "wrong")
    _login(client, "wrong")
    time.sleep(1.2)
    assert _login(client, "pw-for-tests-only").status_code == 302
