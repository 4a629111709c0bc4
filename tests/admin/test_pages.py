"""Every admin page loads: changelist and change page of each model, for an editor and read-only staff."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.admin.conftest import conflicting_claims, make_discrepancy
from tests.factories import ClaimFactory
from verification.models import ComparisonRun, VerifiedFigure
from verification.services import discrepancy_resolve

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(editor):
    claims = conflicting_claims()
    discrepancy = make_discrepancy(claims)
    ClaimFactory()
    discrepancy_resolve(discrepancy_id=discrepancy.pk, user=editor, claim_id=claims[0].pk)
    ComparisonRun.objects.create()
    claim = claims[0]
    return {
        "tracker_article": claim.article,
        "tracker_claim": claim,
        "tracker_source": claim.source,
        "tracker_event": claim.event,
        "tracker_outlet": claim.article.outlet,
        "verification_discrepancy": discrepancy,
        "verification_verifiedfigure": VerifiedFigure.objects.get(),
        "verification_comparisonrun": ComparisonRun.objects.get(),
    }


PAGES = [
    "tracker_article", "tracker_claim", "tracker_source", "tracker_event", "tracker_outlet",
    "verification_discrepancy", "verification_verifiedfigure", "verification_comparisonrun",
]  # fmt: skip


@pytest.mark.parametrize("page", PAGES)
def test_every_changelist_and_change_page_loads_for_a_superuser(admin_client_, world, page):
    assert admin_client_.get(reverse(f"admin:{page}_changelist")).status_code == 200
    assert admin_client_.get(reverse(f"admin:{page}_change", args=[world[page].pk])).status_code == 200


@pytest.mark.parametrize("page", ["tracker_article", "tracker_claim", "tracker_source", "tracker_event",
                                  "verification_discrepancy", "verification_verifiedfigure"])  # fmt: skip
def test_read_only_staff_can_view_but_not_save(reader_client, world, page):
    assert reader_client.get(reverse(f"admin:{page}_changelist")).status_code == 200
    response = reader_client.get(reverse(f"admin:{page}_change", args=[world[page].pk]))
    assert response.status_code == 200
    assert b'name="_save"' not in response.content


def test_the_admin_index_and_history_pages_load(editor_client, world):
    assert editor_client.get(reverse("admin:index")).status_code == 200
    for page in ("tracker_claim", "tracker_source", "tracker_event", "verification_discrepancy",
                 "verification_verifiedfigure"):  # fmt: skip
        assert editor_client.get(reverse(f"admin:{page}_history", args=[world[page].pk])).status_code == 200
