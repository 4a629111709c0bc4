from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.admin.conftest import client_for, conflicting_claims, make_discrepancy
from tests.factories import EventFactory, UserFactory
from verification.models import Discrepancy

pytestmark = pytest.mark.django_db

QUEUE = reverse("admin:verification_discrepancy_changelist")


def _ids_in_order(response) -> list[int]:
    return [d.pk for d in response.context["cl"].result_list]


def test_the_queue_loads_with_counts_per_status(editor_client, discrepancy):
    make_discrepancy(conflicting_claims(values=(5, 9)), status="resolved")
    response = editor_client.get(QUEUE)
    assert response.status_code == 200
    counts = {value: n for value, _label, n, _c in response.context["status_counts"]}
    assert counts == {"open": 1, "in_review": 0, "resolved": 1, "dismissed": 0}
    assert b'id="status-counts"' in response.content
    assert b"93" in response.content and b"110" in response.content


def test_the_queue_orders_by_severity_then_recency(editor_client):
    now = timezone.now()
    low = make_discrepancy(conflicting_claims(values=(1, 2)), severity="low", detected=now)
    high_old = make_discrepancy(
        conflicting_claims(values=(3, 4)), severity="high", detected=now - timedelta(days=2)
    )
    high_new = make_discrepancy(conflicting_claims(values=(5, 6)), severity="high", detected=now)
    medium = make_discrepancy(conflicting_claims(values=(7, 8)), severity="medium", detected=now)
    assert _ids_in_order(editor_client.get(QUEUE)) == [high_new.pk, high_old.pk, medium.pk, low.pk]


def test_the_queue_runs_the_same_number_of_queries_for_3_or_30_rows(
    editor_client, django_assert_max_num_queries
):
    for i in range(3):
        make_discrepancy(conflicting_claims(values=(i + 1, i + 50)))
    with django_assert_max_num_queries(20) as few:
        editor_client.get(QUEUE)
    for i in range(27):
        make_discrepancy(conflicting_claims(values=(i + 100, i + 500)))
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = editor_client.get(QUEUE)
    assert len(response.context["cl"].result_list) == 30


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("status__exact=resolved", "resolved"),
        ("kind__exact=revision_down", "revision"),
        ("severity__exact=low", "low"),
    ],
)
def test_the_queue_filters_by_status_kind_and_severity(editor_client, query, expected):
    make_discrepancy(conflicting_claims(values=(1, 2)), status="resolved", explanation="resolved one")
    make_discrepancy(conflicting_claims(values=(3, 4)), kind="revision_down", explanation="revision one")
    make_discrepancy(conflicting_claims(values=(5, 6)), severity="low", explanation="low one")
    make_discrepancy(conflicting_claims(values=(7, 8)), severity="high", explanation="other one")
    rows = editor_client.get(f"{QUEUE}?{query}").context["cl"].result_list
    assert [d.explanation for d in rows] == [f"{expected} one"]


def test_the_queue_filters_by_event_and_by_source(editor_client):
    school = EventFactory(title="School strike")
    first = make_discrepancy(conflicting_claims(event=school, values=(1, 2)))
    second_claims = conflicting_claims(values=(3, 4))
    second = make_discrepancy(second_claims)
    assert _ids_in_order(editor_client.get(f"{QUEUE}?event={school.pk}")) == [first.pk]
    source = second_claims[0].source
    assert _ids_in_order(editor_client.get(f"{QUEUE}?source={source.pk}")) == [second.pk]


def test_a_bad_filter_value_does_not_break_the_queue(editor_client, discrepancy):
    response = editor_client.get(f"{QUEUE}?event=not-a-number")
    assert response.status_code in (200, 302)


def test_the_queue_filters_what_is_assigned_to_me_and_what_was_detected_lately(editor, editor_client):
    mine = make_discrepancy(conflicting_claims(values=(1, 2)), assigned_to=editor)
    old = make_discrepancy(conflicting_claims(values=(3, 4)), detected=timezone.now() - timedelta(days=40))
    assert _ids_in_order(editor_client.get(f"{QUEUE}?assigned=me")) == [mine.pk]
    assert old.pk not in _ids_in_order(editor_client.get(f"{QUEUE}?detected_since=30"))
    assert old.pk in _ids_in_order(editor_client.get(f"{QUEUE}?detected_since=365"))


def test_the_queue_searches_quotes_event_titles_and_source_names(editor_client):
    school = make_discrepancy(
        conflicting_claims(event=EventFactory(title="Earthquake in Herat"), values=(1, 2))
    )
    other_claims = conflicting_claims(values=(3, 4))
    other_claims[0].source.name = "Palestinian Red Crescent"
    other_claims[0].source.save()
    other = make_discrepancy(other_claims)
    assert _ids_in_order(editor_client.get(f"{QUEUE}?q=herat")) == [school.pk]
    assert _ids_in_order(editor_client.get(f"{QUEUE}?q=red+crescent")) == [other.pk]


def test_assign_to_me_action_assigns_every_selected_discrepancy(editor, editor_client):
    rows = [make_discrepancy(conflicting_claims(values=(i, i + 10))) for i in (1, 2)]
    response = editor_client.post(
        QUEUE, {"action": "assign_to_me", "_selected_action": [d.pk for d in rows]}, follow=True
    )
    assert response.status_code == 200
    assert set(Discrepancy.objects.values_list("assigned_to", flat=True)) == {editor.pk}


def test_assign_to_an_editor_asks_whom_then_assigns(editor_client, second_editor, discrepancy):
    first = editor_client.post(QUEUE, {"action": "assign_to_editor", "_selected_action": [discrepancy.pk]})
    assert first.status_code == 200
    assert b"Who should review" in first.content
    editor_client.post(
        QUEUE,
        {"action": "assign_to_editor", "_selected_action": [discrepancy.pk], "_confirm": "1",
         "assignee": second_editor.pk},
    )  # fmt: skip
    discrepancy.refresh_from_db()
    assert discrepancy.assigned_to == second_editor


def test_bulk_dismiss_asks_for_a_reason_and_leaves_decided_ones_alone(editor, editor_client):
    open_one = make_discrepancy(conflicting_claims(values=(1, 2)))
    resolved = make_discrepancy(conflicting_claims(values=(3, 4)), status="resolved", resolution="kept")
    selected = {"action": "dismiss_selected", "_selected_action": [open_one.pk, resolved.pk]}
    assert b"reason" in editor_client.post(QUEUE, selected).content
    without_reason = editor_client.post(QUEUE, {**selected, "_confirm": "1", "reason": ""})
    assert without_reason.status_code == 200
    assert b"This field is required" in without_reason.content
    open_one.refresh_from_db()
    assert open_one.status == "open"
    editor_client.post(QUEUE, {**selected, "_confirm": "1", "reason": "Same figure, different rounding."})
    open_one.refresh_from_db()
    resolved.refresh_from_db()
    assert (open_one.status, open_one.resolution, open_one.decided_by) == (
        "dismissed", "Same figure, different rounding.", editor,
    )  # fmt: skip
    assert (resolved.status, resolved.resolution) == ("resolved", "kept")


def test_read_only_staff_see_the_queue_without_review_actions(reader_client, discrepancy):
    response = reader_client.get(QUEUE)
    assert response.status_code == 200
    assert response.context["action_form"] is None
    refused = reader_client.post(QUEUE, {"action": "dismiss_selected", "_selected_action": [discrepancy.pk],
                                         "_confirm": "1", "reason": "nope"})  # fmt: skip
    assert refused.status_code in (200, 302, 403)
    discrepancy.refresh_from_db()
    assert discrepancy.status == "open"


def test_staff_with_the_change_permission_but_not_an_editor_cannot_act(discrepancy):
    from django.contrib.auth.models import Permission

    clerk = UserFactory(username="clerk", is_staff=True)
    clerk.user_permissions.add(
        *Permission.objects.filter(codename__in=["view_discrepancy", "change_discrepancy"])
    )
    client = client_for(clerk)
    response = client.get(QUEUE)
    assert response.status_code == 200
    assert response.context["action_form"] is None or not [
        n for n, _ in response.context["action_form"].fields["action"].choices if n
    ]
