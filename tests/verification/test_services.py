"""Storing discrepancies and editorial decisions (the engine itself is tested without a database)."""

from __future__ import annotations

import pytest
from django.utils import timezone

from tests.factories import ClaimFactory, EventFactory, UserFactory
from verification.engine import Candidate
from verification.models import Discrepancy, DiscrepancyClaim, VerifiedFigure
from verification.services import (
    ReviewError,
    StaleVersion,
    discrepancies_upsert,
    discrepancy_dismiss,
    discrepancy_resolve,
)

pytestmark = pytest.mark.django_db


def _candidate(event, claim_ids, fingerprint="fp-1", explanation="93 vs more than 100"):
    return Candidate(
        kind="value_conflict",
        fingerprint=fingerprint,
        series_key=f"{event.pk}|killed|people",
        event_id=event.pk,
        metric="killed",
        subject_class="people",
        claim_ids=tuple(sorted(claim_ids)),
        severity="high",
        score=0.8,
        explanation=explanation,
    )


@pytest.fixture
def pair():
    event = EventFactory()
    return (
        event,
        ClaimFactory(event=event, value=93),
        ClaimFactory(event=event, value=101, low=101, high=None),
    )


def test_a_rerun_updates_last_detected_and_creates_nothing_new(pair):
    event, a, b = pair
    first = discrepancies_upsert([_candidate(event, [a.pk, b.pk])], now=timezone.now())
    before = Discrepancy.objects.get()
    second = discrepancies_upsert([_candidate(event, [a.pk, b.pk])], now=timezone.now())
    after = Discrepancy.objects.get()
    assert (first.new, second.new, second.unchanged) == (1, 0, 1)
    assert after.last_detected_at > before.last_detected_at
    assert after.first_detected_at == before.first_detected_at
    assert DiscrepancyClaim.objects.count() == 2


def test_a_newly_disagreeing_claim_joins_the_existing_discrepancy(pair):
    event, a, b = pair
    discrepancies_upsert([_candidate(event, [a.pk, b.pk])], now=timezone.now())
    c = ClaimFactory(event=event, value=120)
    stats = discrepancies_upsert([_candidate(event, [a.pk, b.pk, c.pk])], now=timezone.now())
    assert stats.updated == 1
    assert set(Discrepancy.objects.get().claims.values_list("pk", flat=True)) == {a.pk, b.pk, c.pk}


def test_new_evidence_on_a_decided_discrepancy_is_marked_and_the_decision_stands(pair):
    event, a, b = pair
    discrepancies_upsert([_candidate(event, [a.pk, b.pk])], now=timezone.now())
    editor = UserFactory(username="ed", groups=["editors"])
    discrepancy = Discrepancy.objects.get()
    discrepancy_dismiss(discrepancy_id=discrepancy.pk, user=editor, reason="Different counting methods")
    c = ClaimFactory(event=event, value=130)
    discrepancies_upsert([_candidate(event, [a.pk, b.pk, c.pk], explanation="changed")], now=timezone.now())
    discrepancy.refresh_from_db()
    assert discrepancy.status == "dismissed"
    assert discrepancy.resolution == "Different counting methods"
    assert discrepancy.new_evidence is True
    assert DiscrepancyClaim.objects.get(claim=c).after_decision is True


def test_resolving_by_accepting_a_claim_publishes_a_verified_figure_with_evidence(pair):
    event, a, b = pair
    discrepancies_upsert([_candidate(event, [a.pk, b.pk])], now=timezone.now())
    editor = UserFactory(username="ed", groups=["editors"])
    discrepancy = Discrepancy.objects.get()
    figure = discrepancy_resolve(
        discrepancy_id=discrepancy.pk, user=editor, claim_id=a.pk, note="Civil defence count"
    )
    discrepancy.refresh_from_db()
    assert discrepancy.status == "resolved"
    assert discrepancy.verified_figure == figure
    assert figure.value == 93 and figure.verified_by == editor
    assert set(figure.evidence.values_list("pk", flat=True)) == {a.pk, b.pk}
    a.refresh_from_db()
    assert a.status == "verified"


def test_resolving_with_a_claim_outside_the_discrepancy_is_refused(pair):
    event, a, b = pair
    discrepancies_upsert([_candidate(event, [a.pk, b.pk])], now=timezone.now())
    stranger = ClaimFactory()
    with pytest.raises(ReviewError):
        discrepancy_resolve(
            discrepancy_id=Discrepancy.objects.get().pk, user=UserFactory(username="ed"), claim_id=stranger.pk
        )
    assert VerifiedFigure.objects.count() == 0


def test_the_second_of_two_editors_on_the_same_version_is_told_and_the_first_decision_stays(pair):
    event, a, b = pair
    discrepancies_upsert([_candidate(event, [a.pk, b.pk])], now=timezone.now())
    discrepancy = Discrepancy.objects.get()
    first, second = UserFactory(username="first"), UserFactory(username="second")
    discrepancy_resolve(discrepancy_id=discrepancy.pk, user=first, claim_id=a.pk, version=discrepancy.version)
    with pytest.raises(StaleVersion):
        discrepancy_dismiss(
            discrepancy_id=discrepancy.pk, user=second, reason="no", version=discrepancy.version
        )
    discrepancy.refresh_from_db()
    assert discrepancy.status == "resolved" and discrepancy.decided_by == first
    assert VerifiedFigure.objects.count() == 1


def test_dismissing_without_a_reason_is_refused(pair):
    event, a, b = pair
    discrepancies_upsert([_candidate(event, [a.pk, b.pk])], now=timezone.now())
    with pytest.raises(ReviewError):
        discrepancy_dismiss(
            discrepancy_id=Discrepancy.objects.get().pk, user=UserFactory(username="e"), reason=" "
        )
