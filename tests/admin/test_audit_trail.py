"""Reliability test 10: every editor change has a history row with user, time, before and after."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.admin.conftest import conflicting_claims, make_discrepancy
from tests.factories import ClaimFactory, EventFactory, SourceFactory, UserFactory
from tracker.models import Claim
from tracker.services import registry
from verification.models import VerifiedFigure
from verification.services import discrepancy_dismiss, discrepancy_resolve

pytestmark = pytest.mark.django_db


def _latest_change(obj, user):
    record = obj.history.order_by("-history_date", "-history_id").first()
    assert record.history_user == user
    assert abs((timezone.now() - record.history_date).total_seconds()) < 60
    return record


def _changed_fields(record) -> dict[str, tuple[object, object]]:
    previous = record.prev_record
    assert previous is not None, "a change needs the state before it"
    delta = record.diff_against(previous)
    return {c.field: (c.old, c.new) for c in delta.changes}


def test_a_claim_correction_in_the_admin_records_who_when_before_and_after(editor, editor_client):
    claim = ClaimFactory(value=93, low=93, high=93)
    editor_client.post(
        reverse("admin:tracker_claim_change", args=[claim.pk]),
        {"value": "39", "value_high": "", "qualifier": "exact", "metric": "killed", "subject": "people",
         "subject_class": "people", "source": "", "event": claim.event_id, "scope": "incident", "since": "",
         "as_of": "", "status": "unreviewed"},
    )  # fmt: skip
    changes = _changed_fields(_latest_change(claim, editor))
    assert changes["value"] == (93, 39)
    assert changes["corrected"] == (False, True)


def test_resolving_in_the_admin_records_the_discrepancy_the_claim_and_the_figure(editor, editor_client):
    discrepancy = make_discrepancy(conflicting_claims())
    accepted = discrepancy.claims.get(value=93)
    editor_client.post(
        reverse("admin:verification_discrepancy_decide", args=[discrepancy.pk]),
        {"decision": "accept", "claim": accepted.pk, "version": discrepancy.version},
    )
    changes = _changed_fields(_latest_change(discrepancy, editor))
    assert changes["status"] == ("open", "resolved")
    assert changes["version"] == (1, 2)
    assert _changed_fields(_latest_change(accepted, editor))["status"] == ("unreviewed", "verified")
    figure = VerifiedFigure.objects.get()
    assert figure.history.filter(history_type="+", history_user=editor).exists()


def test_decisions_made_outside_a_request_still_name_the_editor(editor):
    first = make_discrepancy(conflicting_claims())
    second = make_discrepancy(conflicting_claims(values=(5, 6)))
    discrepancy_resolve(discrepancy_id=first.pk, user=editor, value=100)
    discrepancy_dismiss(discrepancy_id=second.pk, user=editor, reason="same figure")
    assert _changed_fields(_latest_change(first, editor))["status"] == ("open", "resolved")
    assert _changed_fields(_latest_change(second, editor))["resolution"] == ("", "same figure")
    assert VerifiedFigure.objects.get().history.first().history_user == editor


def test_bulk_dismiss_leaves_one_history_row_per_discrepancy(editor, editor_client):
    rows = [make_discrepancy(conflicting_claims(values=(i, i + 10))) for i in (1, 2, 3)]
    editor_client.post(
        reverse("admin:verification_discrepancy_changelist"),
        {
            "action": "dismiss_selected",
            "_selected_action": [d.pk for d in rows],
            "_confirm": "1",
            "reason": "dup",
        },
    )
    for d in rows:
        assert _changed_fields(_latest_change(d, editor))["status"] == ("open", "dismissed")


def test_a_source_merge_records_every_moved_claim_with_the_editor(editor):
    old, new = SourceFactory(name="old name", slug="old-name"), SourceFactory(name="New", slug="new")
    claims = ClaimFactory.create_batch(3, source=old)
    registry.source_merge(source=old, into=new, user=editor)
    for claim in claims:
        assert _changed_fields(_latest_change(Claim.objects.get(pk=claim.pk), editor))["source"] == (
            old.pk,
            new.pk,
        )
    assert _changed_fields(_latest_change(old, editor))["merged_into"] == (None, new.pk)


def test_event_merge_and_split_record_the_claims_that_moved(editor):
    keep, fold = EventFactory(), EventFactory()
    moved = ClaimFactory(event=fold)
    registry.event_merge(events=[keep, fold], into=keep, user=editor)
    assert _changed_fields(_latest_change(Claim.objects.get(pk=moved.pk), editor))["event"] == (
        fold.pk,
        keep.pk,
    )
    ClaimFactory(event=keep)
    new = registry.event_split(event=keep, claim_ids=[moved.pk], title="Split off", user=editor)
    assert _changed_fields(_latest_change(Claim.objects.get(pk=moved.pk), editor))["event"] == (
        keep.pk,
        new.pk,
    )
    assert new.history.get().history_user == editor


def test_the_history_page_of_each_audited_object_shows_the_editor(editor, editor_client):
    other = UserFactory(username="other-editor", is_staff=True, groups=["editors"])
    discrepancy = make_discrepancy(conflicting_claims())
    discrepancy_dismiss(discrepancy_id=discrepancy.pk, user=other, reason="seen")
    claim = discrepancy.claims.first()
    registry.claim_correct(claim=claim, user=other, value=12)
    source = SourceFactory(name="Renamed", slug="renamed")
    registry.source_rename(source=source, name="Renamed again", user=other)
    for url in (
        reverse("admin:verification_discrepancy_history", args=[discrepancy.pk]),
        reverse("admin:tracker_claim_history", args=[claim.pk]),
        reverse("admin:tracker_source_history", args=[source.pk]),
    ):
        response = editor_client.get(url)
        assert response.status_code == 200
        assert b"other-editor" in response.content


def test_the_history_page_shows_what_changed_from_what_to_what(editor, editor_client):
    claim = ClaimFactory(value=93, low=93, high=93)
    registry.claim_correct(claim=claim, user=editor, value=39)
    html = editor_client.get(reverse("admin:tracker_claim_history", args=[claim.pk])).content.decode()
    changes = html[html.index('id="change-history"') :]
    assert "93.0" in changes and "39.0" in changes
    assert "Corrected" in changes or "corrected" in changes
