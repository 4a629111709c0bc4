from __future__ import annotations

import pytest
from django.urls import reverse

from tests.admin.conftest import conflicting_claims, make_discrepancy
from tests.factories import ArticleFactory, ClaimFactory, EventFactory, OutletFactory, SourceFactory
from tracker.extraction.types import ExtractedClaim
from tracker.models import Claim, Event, Source, SourceAlias

pytestmark = pytest.mark.django_db


def changelist(model: str) -> str:
    return reverse(f"admin:tracker_{model}_changelist")


def change(model: str, pk: int) -> str:
    return reverse(f"admin:tracker_{model}_change", args=[pk])


# --- sources -------------------------------------------------------------------------------------


def test_confirm_action_confirms_the_selected_sources(editor_client):
    found = SourceFactory(name="Gaza civil defence agency", slug="gaza-civil-defence", confirmed=False)
    editor_client.post(changelist("source"), {"action": "confirm_sources", "_selected_action": [found.pk]})
    found.refresh_from_db()
    assert found.confirmed


def test_set_kind_action_asks_for_the_kind_then_sets_it(editor_client):
    found = SourceFactory(name="OCHA", slug="ocha", kind="other")
    data = {"action": "set_kind", "_selected_action": [found.pk]}
    assert b"What kind of body" in editor_client.post(changelist("source"), data).content
    editor_client.post(changelist("source"), {**data, "_confirm": "1", "kind": "un_agency"})
    found.refresh_from_db()
    assert found.kind == "un_agency"


def test_merge_action_repoints_every_claim_and_keeps_the_old_name_as_an_alias(editor_client):
    duplicate = SourceFactory(name="Gaza's health ministry", slug="gazas-health-ministry", confirmed=False)
    canonical = SourceFactory(name="Gaza Health Ministry", slug="gaza-health-ministry")
    claims = ClaimFactory.create_batch(3, source=duplicate)
    response = editor_client.post(
        changelist("source"),
        {
            "action": "merge_sources",
            "_selected_action": [duplicate.pk],
            "_confirm": "1",
            "into": canonical.pk,
        },
        follow=True,
    )
    assert b"3 claims moved" in response.content
    assert {c.source_id for c in Claim.objects.filter(pk__in=[c.pk for c in claims])} == {canonical.pk}
    assert SourceAlias.objects.filter(source=canonical, alias="Gaza's health ministry").exists()
    duplicate.refresh_from_db()
    assert duplicate.merged_into == canonical


def test_renaming_a_source_keeps_its_old_name_as_an_alias(editor_client):
    source = SourceFactory(
        name="gaza civil defense", slug="gaza-civil-defense", confirmed=False, kind="other"
    )
    response = editor_client.post(
        change("source", source.pk),
        {"name": "Gaza Civil Defence", "kind": "government", "confirmed": "on",
         "aliases-TOTAL_FORMS": "0", "aliases-INITIAL_FORMS": "0"},
    )  # fmt: skip
    assert response.status_code == 302, response.content[:2000]
    source.refresh_from_db()
    assert (source.name, source.kind, source.confirmed) == ("Gaza Civil Defence", "government", True)
    assert SourceAlias.objects.filter(source=source, alias="gaza civil defense").exists()


def test_the_source_page_shows_its_claims_and_the_labels_each_outlet_uses(editor_client):
    source = SourceFactory(name="Gaza Health Ministry", slug="gaza-health-ministry")
    for outlet, words in [
        ("Reuters", "Gaza's health ministry said"),
        ("Al Jazeera", "the Ministry of Health"),
    ]:
        ClaimFactory(
            source=source, attribution=words, article=ArticleFactory(outlet=OutletFactory(name=outlet))
        )
    html = editor_client.get(change("source", source.pk)).content.decode()
    assert "Reuters" in html and "Al Jazeera" in html
    assert "Gaza&#x27;s health ministry said" in html and "the Ministry of Health" in html
    assert "2 claims in all" in html


# --- events --------------------------------------------------------------------------------------


def test_merge_events_moves_claims_and_discrepancies_to_the_event_kept(editor_client):
    keep, fold = EventFactory(title="School strike"), EventFactory(title="Strike on school (dup)")
    claims = conflicting_claims(event=fold)
    discrepancy = make_discrepancy(claims)
    ClaimFactory(event=keep)
    response = editor_client.post(
        changelist("event"),
        {"action": "merge_events", "_selected_action": [keep.pk, fold.pk], "_confirm": "1", "into": keep.pk},
        follow=True,
    )
    assert b"2 claims moved" in response.content
    assert Claim.objects.filter(event=keep).count() == 3
    discrepancy.refresh_from_db()
    assert discrepancy.event == keep
    fold.refresh_from_db()
    assert fold.merged_into == keep


def test_split_event_moves_the_ticked_claims_to_a_new_event(editor_client):
    event = EventFactory(title="Two strikes")
    stay, move = ClaimFactory(event=event), ClaimFactory(event=event)
    form = editor_client.post(changelist("event"), {"action": "split_event", "_selected_action": [event.pk]})
    assert b"move to a new event" in form.content
    editor_client.post(
        changelist("event"),
        {"action": "split_event", "_selected_action": [event.pk], "_confirm": "1", "title": "Second strike",
         "claims": [move.pk]},
    )  # fmt: skip
    new = Event.objects.get(title="Second strike")
    move.refresh_from_db()
    stay.refresh_from_db()
    assert (move.event, stay.event) == (new, event)


def test_split_event_refuses_to_move_every_claim(editor_client):
    event = EventFactory(title="One strike")
    only = ClaimFactory(event=event)
    response = editor_client.post(
        changelist("event"),
        {"action": "split_event", "_selected_action": [event.pk], "_confirm": "1", "title": "Copy",
         "claims": [only.pk]},
    )  # fmt: skip
    assert b"Leave at least one claim" in response.content
    assert not Event.objects.filter(title="Copy").exists()


# --- articles ------------------------------------------------------------------------------------


def test_the_article_page_marks_every_extracted_claim_in_its_text(editor_client):
    text = "At least 93 people were killed and 40 injured on Saturday."
    article = ArticleFactory(text=text)
    for quote in ("93", "40"):
        start = text.index(quote)
        ClaimFactory(article=article, char_start=start, char_end=start + 2, quote=quote)
    html = editor_client.get(reverse("admin:tracker_article_change", args=[article.pk])).content.decode()
    assert html.count('class="claim-mark"') == 2
    assert ">93</mark>" in html and ">40</mark>" in html


def _machine_claim(text: str, quote: str, value: float) -> ExtractedClaim:
    start = text.index(quote)
    return ExtractedClaim(
        char_start=start, char_end=start + len(quote), quote=quote, sentence=text, value=value,
        value_high=None, qualifier="exact", low=value, high=value, metric="killed", subject="people",
        subject_class="people",
    )  # fmt: skip


def test_reextract_action_replaces_machine_claims_and_keeps_corrected_ones(editor_client, monkeypatch):
    text = "At least 93 people were killed and 40 injured."
    article = ArticleFactory(text=text)
    corrected = ClaimFactory(article=article, char_start=9, char_end=11, quote="93", value=39, corrected=True)
    machine = ClaimFactory(article=article, char_start=35, char_end=37, quote="40", value=4)
    monkeypatch.setattr(
        "tracker.services.extraction.extract_claims",
        lambda *a, **k: [_machine_claim(text, "93", 93), _machine_claim(text, "40", 40)],
    )
    response = editor_client.post(
        reverse("admin:tracker_article_changelist"),
        {"action": "reextract", "_selected_action": [article.pk]},
        follow=True,
    )
    assert b"Re-extracted 1 articles" in response.content
    corrected.refresh_from_db()
    assert corrected.value == 39
    assert not Claim.objects.filter(pk=machine.pk).exists()
    assert Claim.objects.get(article=article, quote="40").value == 40


# --- claims --------------------------------------------------------------------------------------


def _claim_form(claim: Claim, **changes: object) -> dict[str, object]:
    data = {
        "value": claim.value, "value_high": "", "qualifier": claim.qualifier, "metric": claim.metric,
        "subject": claim.subject, "subject_class": claim.subject_class, "source": claim.source_id or "",
        "event": claim.event_id or "", "scope": claim.scope, "since": "", "as_of": "", "status": claim.status,
    }  # fmt: skip
    data.update(changes)
    return data


def test_correcting_a_claim_marks_it_corrected_and_derives_its_interval_again(editor, editor_client):
    claim = ClaimFactory(value=93, low=93, high=93)
    ministry = SourceFactory(name="Gaza Health Ministry", slug="gaza-health-ministry")
    response = editor_client.post(
        change("claim", claim.pk), _claim_form(claim, value="39", qualifier="at_least", source=ministry.pk)
    )
    assert response.status_code == 302, response.content[:3000]
    claim.refresh_from_db()
    assert (claim.value, claim.qualifier, claim.low, claim.high) == (39, "at_least", 39, None)
    assert (claim.source, claim.corrected, claim.reviewed_by) == (ministry, True, editor)


def test_a_corrected_claim_survives_reextraction_and_recomparison(editor_client, monkeypatch):
    text = "At least 93 people were killed."
    article = ArticleFactory(text=text)
    claim = ClaimFactory(article=article, char_start=9, char_end=11, quote="93", value=93, low=93, high=93)
    editor_client.post(change("claim", claim.pk), _claim_form(claim, value="39", metric="injured"))
    monkeypatch.setattr(
        "tracker.services.extraction.extract_claims", lambda *a, **k: [_machine_claim(text, "93", 93)]
    )
    from tracker.services.extraction import article_extract
    from verification.selectors import claims_frame
    from verification.services import comparison_compare

    article_extract(article_id=article.pk)
    comparison_compare(event_ids=[claim.event_id])
    claim.refresh_from_db()
    assert (claim.value, claim.metric, claim.corrected) == (39, "injured", True)
    assert list(Claim.objects.filter(article=article).values_list("pk", flat=True)) == [claim.pk]
    frame = claims_frame(event_ids=[claim.event_id])
    assert frame.loc[frame["claim_id"] == claim.pk, "value"].tolist() == [39]


def test_an_editor_can_reject_a_claim_the_extractor_should_not_have_made(editor_client):
    claim = ClaimFactory()
    editor_client.post(change("claim", claim.pk), _claim_form(claim, status="rejected"))
    claim.refresh_from_db()
    assert claim.status == "rejected"
    assert claim.is_reviewed


def test_read_only_staff_cannot_correct_a_claim(reader_client):
    claim = ClaimFactory(value=93)
    response = reader_client.post(change("claim", claim.pk), _claim_form(claim, value="1"))
    assert response.status_code == 403
    claim.refresh_from_db()
    assert claim.value == 93 and not claim.corrected


def test_read_only_staff_cannot_merge_sources(reader_client):
    a, b = SourceFactory(), SourceFactory()
    reader_client.post(
        changelist("source"),
        {"action": "merge_sources", "_selected_action": [a.pk], "_confirm": "1", "into": b.pk},
    )
    assert Source.objects.get(pk=a.pk).merged_into is None


def test_the_source_list_counts_each_sources_claims(editor_client):
    busy = SourceFactory(name="Busy", slug="busy")
    SourceFactory(name="Quiet", slug="quiet")
    ClaimFactory.create_batch(3, source=busy)
    rows = editor_client.get(changelist("source")).context["cl"].result_list
    assert {s.name: s.claims_n for s in rows} == {"Busy": 3, "Quiet": 0}
