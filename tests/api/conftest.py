from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import Permission
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from tests.factories import ArticleFactory, ClaimFactory, SourceFactory, UserFactory, VerifiedFigureFactory


@pytest.fixture(autouse=True)
def _no_throttle_carryover() -> None:
    """Throttle counters live in the cache; one test's requests must not throttle the next."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def _fast_passwords(settings: Any) -> None:
    """Factories hash a password per user; the production hasher makes the data-heavy tests crawl."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def token_client(user: Any) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.get_or_create(user=user)[0].key}")
    return client


@pytest.fixture
def reader(db: Any) -> APIClient:
    return token_client(UserFactory(username="reader"))


@pytest.fixture
def ingest_user(db: Any) -> Any:
    user = UserFactory(username="ingester")
    user.user_permissions.add(Permission.objects.get(codename="ingest"))
    return user


@pytest.fixture
def editor_user(db: Any) -> Any:
    return UserFactory(username="editor", groups=["editors"])


@pytest.fixture
def staff_user(db: Any) -> Any:
    return UserFactory(username="staff", is_staff=True)


def figure_with_evidence(**kwargs: Any) -> Any:
    """A published figure backed by two claims from two outlets."""
    source = kwargs.pop("source", None) or SourceFactory(
        name="Gaza Health Ministry", slug="gaza-health-ministry"
    )
    figure = VerifiedFigureFactory(source=source, **kwargs)
    claims = [
        ClaimFactory(
            event=figure.event,
            source=source,
            article=ArticleFactory(url=f"https://news.invalid/{figure.pk}-{i}"),
        )
        for i in range(2)
    ]
    figure.evidence.set(claims)
    return figure
