"""Editorial decisions through the API follow the same roles as the admin."""

from __future__ import annotations

import pytest

from tests.api.conftest import token_client
from tests.factories import ClaimFactory, DiscrepancyFactory, EventFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def discrepancy():
    event = EventFactory()
    found = DiscrepancyFactory(event=event)
    found.claims.add(ClaimFactory(event=event), ClaimFactory(event=event, value=120, low=120, high=120))
    return found


def test_a_superuser_may_resolve(discrepancy):
    admin = UserFactory(username="chief", is_staff=True, is_superuser=True)
    claim = discrepancy.claims.first()
    response = token_client(admin).post(
        f"/api/v1/discrepancies/{discrepancy.pk}/resolve/", {"claim": claim.pk}, format="json"
    )
    assert response.status_code == 200, response.content


def test_read_only_staff_cannot_dismiss_and_nothing_changes(discrepancy):
    readonly = UserFactory(username="desk", is_staff=True, groups=["readers"])
    response = token_client(readonly).post(
        f"/api/v1/discrepancies/{discrepancy.pk}/dismiss/", {"reason": "looks fine"}, format="json"
    )
    assert response.status_code == 403
    discrepancy.refresh_from_db()
    assert discrepancy.status == "open"
