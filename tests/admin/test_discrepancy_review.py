from __future__ import annotations

import re

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from tests.admin.conftest import client_for
from tracker.models import Claim
from verification.models import Discrepancy, VerifiedFigure
from verification.services import discrepancy_resolve

pytestmark = pytest.mark.django_db


def change_url(discrepancy: Discrepancy) -> str:
    return reverse("admin:verification_discrepancy_change", args=[discrepancy.pk])


def decide_url(discrepancy: Discrepancy) -> str:
    return reverse("admin:verification_discrepancy_decide", args=[discrepancy.pk])


def _messages(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


def test_the_review_page_shows_the_claims_side_by_side(editor_client, discrepancy):
    response = editor_client.get(change_url(discrepancy))
    assert response.status_code == 200
    html = response.content.decode()
    for claim in discrepancy.claims.select_related("article__outlet", "source"):
        assert f'id="claim-{claim.pk}"' in html
        assert claim.article.outlet.name in html
        assert claim.source.name in html
        assert reverse("admin:tracker_article_change", args=[claim.article_id]) in html
    assert "<mark>93</mark> people were killed" in html
    assert "<mark>110</mark> people were killed" in html
    assert "according to the civil defence" in html
    assert "[93, ∞]" in html


def test_the_review_page_draws_the_series_as_inline_svg_with_one_line_per_source(editor_client, discrepancy):
    html = editor_client.get(change_url(discrepancy)).content.decode()
    start = html.index('<svg xmlns="http://www.w3.org/2000/svg" class="timeline"')
    svg = html[start : html.index("</svg>", start)]
    assert "<script" not in svg
    assert svg.count('class="point disagreeing"') == 2
    for claim in discrepancy.claims.select_related("source"):
        assert claim.source.name in svg


def test_the_review_page_escapes_what_the_extractor_read(editor_client, discrepancy):
    claim = discrepancy.claims.first()
    Claim.objects.filter(pk=claim.pk).update(attribution="<script>alert(1)</script>")
    html = editor_client.get(change_url(discrepancy)).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_accepting_a_claim_publishes_a_verified_figure_with_its_evidence(editor, editor_client, discrepancy):
    accepted = discrepancy.claims.get(value=110)
    response = editor_client.post(
        decide_url(discrepancy), {"decision": "accept", "claim": accepted.pk, "version": discrepancy.version}
    )
    assert response.status_code == 302
    discrepancy.refresh_from_db()
    figure = VerifiedFigure.objects.get()
    assert discrepancy.status == "resolved"
    assert discrepancy.verified_figure == figure
    assert (figure.value, figure.verified_by, figure.source) == (110, editor, accepted.source)
    assert set(figure.evidence.all()) == set(discrepancy.claims.all())
    accepted.refresh_from_db()
    assert accepted.status == "verified"
    page = editor_client.get(change_url(discrepancy)).content.decode()
    assert "Decided by editor" in page
    assert "verified figure" in page


def test_entering_a_figure_publishes_it(editor_client, discrepancy):
    editor_client.post(
        decide_url(discrepancy),
        {"decision": "figure", "value": "100", "qualifier": "about", "note": "Agency figure",
         "version": discrepancy.version},
    )  # fmt: skip
    figure = VerifiedFigure.objects.get()
    assert (figure.value, figure.qualifier, figure.note) == (100, "about", "Agency figure")
    assert figure.low < 100 < figure.high


def test_a_figure_that_is_not_a_number_is_refused_with_a_message(editor_client, discrepancy):
    response = editor_client.post(
        decide_url(discrepancy), {"decision": "figure", "value": "lots", "version": discrepancy.version}
    )
    assert any("number" in m for m in _messages(response))
    assert not VerifiedFigure.objects.exists()


def test_dismissing_needs_a_reason(editor_client, discrepancy):
    response = editor_client.post(
        decide_url(discrepancy), {"decision": "dismiss", "reason": "  ", "version": discrepancy.version}
    )
    assert any("why" in m.lower() for m in _messages(response))
    discrepancy.refresh_from_db()
    assert discrepancy.status == "open"
    editor_client.post(
        decide_url(discrepancy),
        {"decision": "dismiss", "reason": "Different days, both right.", "version": discrepancy.version},
    )
    discrepancy.refresh_from_db()
    assert (discrepancy.status, discrepancy.resolution) == ("dismissed", "Different days, both right.")


def test_a_second_editor_deciding_on_a_stale_page_is_told_and_the_first_decision_stands(
    editor, second_editor, discrepancy
):
    first, second = client_for(editor), client_for(second_editor)
    seen_version = discrepancy.version  # both editors opened the page at this version
    accepted = discrepancy.claims.get(value=93)
    first.post(decide_url(discrepancy), {"decision": "accept", "claim": accepted.pk, "version": seen_version})
    late = second.post(
        decide_url(discrepancy), {"decision": "dismiss", "reason": "Looks fine to me", "version": seen_version},
        follow=True,
    )  # fmt: skip
    text = " ".join(_messages(late)) or late.content.decode()
    assert "Another editor changed this discrepancy" in late.content.decode() or "Another editor" in text
    discrepancy.refresh_from_db()
    assert discrepancy.status == "resolved"
    assert discrepancy.decided_by == editor
    assert VerifiedFigure.objects.get().value == 93
    assert "Looks fine" not in discrepancy.resolution


def test_assign_start_review_and_reopen_move_the_status_along(editor, editor_client, discrepancy):
    def post(decision: str) -> None:
        discrepancy.refresh_from_db()
        editor_client.post(decide_url(discrepancy), {"decision": decision, "version": discrepancy.version})

    post("assign_me")
    discrepancy.refresh_from_db()
    assert (discrepancy.status, discrepancy.assigned_to) == ("open", editor)
    post("start")
    discrepancy.refresh_from_db()
    assert discrepancy.status == "in_review"
    discrepancy.refresh_from_db()
    editor_client.post(
        decide_url(discrepancy), {"decision": "dismiss", "reason": "dup", "version": discrepancy.version}
    )
    post("reopen")
    discrepancy.refresh_from_db()
    assert discrepancy.status == "in_review"
    assert discrepancy.history.filter(status="dismissed").exists()


def test_read_only_staff_see_the_review_page_but_no_decision_forms(reader_client, discrepancy):
    response = reader_client.get(change_url(discrepancy))
    assert response.status_code == 200
    html = response.content.decode()
    assert "deciding needs the editors group" in html
    assert 'name="decision"' not in html
    assert not re.search(r'<input type="submit" value="Save"', html)


def test_a_non_editor_cannot_resolve_or_dismiss_by_posting(reader_client, discrepancy):
    claim = discrepancy.claims.first()
    assert (
        reader_client.post(
            decide_url(discrepancy), {"decision": "accept", "claim": claim.pk, "version": discrepancy.version}
        ).status_code
        == 403
    )
    assert (
        reader_client.post(
            decide_url(discrepancy), {"decision": "dismiss", "reason": "x", "version": discrepancy.version}
        ).status_code
        == 403
    )
    discrepancy.refresh_from_db()
    assert discrepancy.status == "open"
    assert not VerifiedFigure.objects.exists()


def test_the_review_page_needs_a_post_with_csrf(editor, discrepancy):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(editor)
    response = strict.post(decide_url(discrepancy), {"decision": "dismiss", "reason": "x", "version": 1})
    assert response.status_code == 403


def test_an_editor_can_hand_the_discrepancy_to_a_colleague_from_the_review_page(
    editor_client, second_editor, reader, discrepancy
):
    page = editor_client.get(change_url(discrepancy)).content.decode()
    assert f'<option value="{second_editor.pk}">' in page
    assert f'<option value="{reader.pk}">' not in page
    editor_client.post(
        decide_url(discrepancy),
        {"decision": "assign", "assignee": second_editor.pk, "version": discrepancy.version},
    )
    discrepancy.refresh_from_db()
    assert discrepancy.assigned_to == second_editor
    refused = editor_client.post(
        decide_url(discrepancy), {"decision": "assign", "assignee": reader.pk, "version": discrepancy.version}
    )
    assert any("editors" in m for m in _messages(refused))
    discrepancy.refresh_from_db()
    assert discrepancy.assigned_to == second_editor


def test_an_editor_withdraws_a_published_figure_with_a_reason(editor, editor_client, discrepancy):
    figure = discrepancy_resolve(discrepancy_id=discrepancy.pk, user=editor, value=100)
    url = reverse("admin:verification_verifiedfigure_changelist")
    data = {"action": "withdraw", "_selected_action": [figure.pk]}
    assert b"Withdrawn figures leave the API" in editor_client.post(url, data).content
    editor_client.post(url, {**data, "_confirm": "1", "reason": "The ministry corrected itself."})
    figure.refresh_from_db()
    assert (figure.status, figure.withdrawn_reason) == ("withdrawn", "The ministry corrected itself.")
    assert figure.history.first().history_user == editor
