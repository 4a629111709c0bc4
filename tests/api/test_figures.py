from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from django.test import override_settings
from django.utils import timezone

from tests.api.conftest import figure_with_evidence
from tests.factories import EventFactory, SourceFactory, VerifiedFigureFactory
from verification.figures import figure_revise, figure_withdraw
from verification.models import VerifiedFigure

pytestmark = pytest.mark.django_db


def test_a_figure_carries_its_provenance(reader):
    figure = figure_with_evidence()
    body = reader.get("/api/v1/figures/").json()
    assert body["count"] == 1
    item = body["results"][0]
    assert item["id"] == figure.pk
    assert item["source"] == {
        "id": figure.source_id,
        "slug": "gaza-health-ministry",
        "name": "Gaza Health Ministry",
    }
    assert item["verified_by"] == figure.verified_by.username
    assert item["verified_at"].startswith("2024-08-11")
    assert item["value"] == 93 and item["status"] == "published"
    assert len(item["evidence"]) == 2
    assert {e["url"] for e in item["evidence"]} == {
        f"https://news.invalid/{figure.pk}-0",
        f"https://news.invalid/{figure.pk}-1",
    }
    assert all(e["outlet"] for e in item["evidence"])


def test_figures_filter_by_event_metric_source_and_as_of(reader):
    event = EventFactory()
    ministry = SourceFactory(name="Civil Defence", slug="civil-defence")
    wanted = VerifiedFigureFactory(
        event=event, source=ministry, metric="injured", as_of=datetime(2024, 8, 12).date()
    )
    VerifiedFigureFactory(event=event, metric="killed")
    VerifiedFigureFactory(metric="injured", as_of=datetime(2024, 7, 1).date())

    def ids(query: str) -> list[int]:
        response = reader.get(f"/api/v1/figures/?{query}")
        assert response.status_code == 200, response.content
        return [f["id"] for f in response.json()["results"]]

    assert ids(f"event={event.pk}&metric=injured") == [wanted.pk]
    assert ids("source=civil-defence") == [wanted.pk]
    assert ids("as_of_after=2024-08-11&as_of_before=2024-08-31&metric=injured") == [wanted.pk]


@pytest.mark.parametrize(
    "query", ["event=999999", "source=no-such-source", "metric=exploded", "as_of_after=soon"]
)
def test_an_unknown_or_malformed_filter_is_a_400_naming_it(reader, query):
    response = reader.get(f"/api/v1/figures/?{query}")
    assert response.status_code == 400
    assert query.split("=")[0] in response.json()


def test_figures_are_in_a_stable_order_newest_verified_first(reader):
    figures = VerifiedFigureFactory.create_batch(5)
    first = [f["id"] for f in reader.get("/api/v1/figures/").json()["results"]]
    assert first == [f.pk for f in sorted(figures, key=lambda f: (f.verified_at, f.pk), reverse=True)]
    assert first == [f["id"] for f in reader.get("/api/v1/figures/").json()["results"]]


def test_page_number_pages_keep_the_contract_shape(reader):
    VerifiedFigureFactory.create_batch(3)
    body = reader.get("/api/v1/figures/?page_size=2").json()
    assert set(body) == {"count", "next", "previous", "results"}
    assert body["count"] == 3 and len(body["results"]) == 2 and body["next"]


def test_a_cursor_walk_sees_every_figure_once_even_when_one_changes_midway(reader):
    figures = VerifiedFigureFactory.create_batch(7)
    seen: list[int] = []
    url = "/api/v1/figures/?cursor=&page_size=3"
    pages = 0
    while url:
        body = reader.get(url).json()
        assert "count" not in body and body["previous"] is None
        seen += [f["id"] for f in body["results"]]
        if pages == 0:
            # A figure already seen is revised: it moves to the end of the change order and comes again.
            figure_revise(figure_id=seen[0], user=figures[0].verified_by, note="corrected")
        url = body["next"]
        pages += 1
    assert set(seen) == {f.pk for f in figures}
    assert len(seen) == 8 and seen[-1] == seen[0]


def test_a_broken_cursor_is_a_400(reader):
    response = reader.get("/api/v1/figures/?cursor=not-a-cursor")
    assert response.status_code == 400
    assert "cursor" in response.json()


def test_the_change_feed_returns_new_revised_and_withdrawn_figures_with_tombstones(reader):
    old = VerifiedFigureFactory()
    revised = VerifiedFigureFactory()
    withdrawn = VerifiedFigureFactory()
    VerifiedFigure.objects.filter(pk__in=[old.pk, revised.pk, withdrawn.pk]).update(
        updated_at=timezone.now() - timedelta(days=2)
    )
    since = (timezone.now() - timedelta(days=1)).isoformat()
    new = VerifiedFigureFactory()
    figure_revise(figure_id=revised.pk, user=revised.verified_by, value=95.0)
    figure_withdraw(figure_id=withdrawn.pk, user=withdrawn.verified_by, reason="Source retracted the count.")

    response = reader.get("/api/v1/figures/", {"updated_since": since})
    assert response.status_code == 200
    by_id = {f["id"]: f for f in response.json()["results"]}
    assert set(by_id) == {new.pk, revised.pk, withdrawn.pk}
    assert by_id[revised.pk]["value"] == 95
    assert by_id[withdrawn.pk] == {
        "id": withdrawn.pk,
        "status": "withdrawn",
        "withdrawn_reason": "Source retracted the count.",
        "updated_at": by_id[withdrawn.pk]["updated_at"],
    }
    # Without the feed parameter a withdrawn figure is simply gone from the list...
    assert withdrawn.pk not in [f["id"] for f in reader.get("/api/v1/figures/").json()["results"]]
    # ...and its own page is the tombstone.
    assert reader.get(f"/api/v1/figures/{withdrawn.pk}/").json()["status"] == "withdrawn"


def test_withdrawing_twice_changes_nothing_the_second_time(reader):
    figure = VerifiedFigureFactory()
    first = figure_withdraw(figure_id=figure.pk, user=figure.verified_by, reason="wrong event")
    second = figure_withdraw(figure_id=figure.pk, user=figure.verified_by, reason="again")
    assert second.withdrawn_reason == "wrong event" and second.updated_at == first.updated_at


def test_revising_derives_the_interval_again():
    figure = VerifiedFigureFactory()
    revised = figure_revise(figure_id=figure.pk, user=figure.verified_by, value=100.0, qualifier="at_least")
    assert (revised.low, revised.high) == (100.0, None)


def test_a_missing_figure_is_a_404(reader):
    assert reader.get("/api/v1/figures/999999/").status_code == 404


# --- conditional requests ---------------------------------------------------------------------


def test_the_list_answers_304_to_its_own_etag_until_a_figure_changes(reader):
    figure = VerifiedFigureFactory()
    first = reader.get("/api/v1/figures/")
    etag, last_modified = first["ETag"], first["Last-Modified"]
    assert etag and last_modified
    again = reader.get("/api/v1/figures/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again["ETag"] == etag and not again.content
    assert reader.get("/api/v1/figures/", HTTP_IF_MODIFIED_SINCE=last_modified).status_code == 304
    figure_withdraw(figure_id=figure.pk, user=figure.verified_by, reason="retracted")
    changed = reader.get("/api/v1/figures/", HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200 and changed["ETag"] != etag


def test_the_etag_differs_between_formats_and_pages(reader):
    VerifiedFigureFactory.create_batch(2)
    tags = {
        reader.get(url)["ETag"]
        for url in ["/api/v1/figures/", "/api/v1/figures/?format=jsonld", "/api/v1/figures/?page_size=1"]
    }
    assert len(tags) == 3


def test_a_figure_answers_304_to_its_etag_and_200_after_a_revision(reader):
    figure = VerifiedFigureFactory()
    url = f"/api/v1/figures/{figure.pk}/"
    etag = reader.get(url)["ETag"]
    assert reader.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304
    figure_revise(figure_id=figure.pk, user=figure.verified_by, note="checked again")
    assert reader.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 200


# --- who may read -----------------------------------------------------------------------------


def test_anonymous_readers_are_refused_while_public_figures_is_off(api_client):
    VerifiedFigureFactory()
    with override_settings(PUBLIC_FIGURES=False):
        assert api_client.get("/api/v1/figures/").status_code == 401


def test_anonymous_readers_get_published_figures_when_public_figures_is_on(api_client):
    VerifiedFigureFactory()
    with override_settings(PUBLIC_FIGURES=True):
        response = api_client.get("/api/v1/figures/")
        assert response.status_code == 200 and response.json()["count"] == 1
        assert api_client.get("/api/v1/discrepancies/").status_code == 401
        assert api_client.post("/api/v1/figures/", {}, format="json").status_code in (401, 403, 405)


def test_updated_since_without_a_timezone_is_read_as_utc(reader):
    VerifiedFigureFactory()
    response = reader.get("/api/v1/figures/", {"updated_since": datetime(2000, 1, 1).isoformat()})
    assert response.status_code == 200 and response.json()["count"] == 1


def test_a_figure_detail_has_the_same_fields_as_in_the_list(reader):
    figure = figure_with_evidence()
    detail = reader.get(f"/api/v1/figures/{figure.pk}/").json()
    assert detail == reader.get("/api/v1/figures/").json()["results"][0]


def test_verified_at_is_aware_utc(reader):
    figure = VerifiedFigureFactory(verified_at=datetime(2024, 8, 11, 9, 30, tzinfo=UTC))
    assert reader.get(f"/api/v1/figures/{figure.pk}/").json()["verified_at"] == "2024-08-11T09:30:00Z"


def test_the_lists_plain_rows_say_exactly_what_the_serializers_say():
    from verification.api.serializers import FigureOrTombstoneSerializer, figure_row_representation
    from verification.feeds import figure_feed, figure_rows

    published = figure_with_evidence(value_high=None, note="checked")
    bare = VerifiedFigureFactory(source=None, as_of=None, low=None, high=None)
    withdrawn = VerifiedFigureFactory()
    figure_withdraw(figure_id=withdrawn.pk, user=withdrawn.verified_by, reason="retracted")
    ids = [published.pk, bare.pk, withdrawn.pk]
    by_serializer = [
        FigureOrTombstoneSerializer(f).data for f in figure_feed(include_withdrawn=True).filter(pk__in=ids)
    ]
    by_rows = [figure_row_representation(row) for row in figure_rows(ids)]
    assert sorted(by_rows, key=lambda f: f["id"]) == sorted(by_serializer, key=lambda f: f["id"])
    assert [r["id"] for r in by_rows] == ids


def test_a_cursor_walk_of_the_change_feed_includes_tombstones(reader):
    figures = VerifiedFigureFactory.create_batch(4)
    figure_withdraw(figure_id=figures[1].pk, user=figures[1].verified_by, reason="retracted")
    url = "/api/v1/figures/?cursor=&page_size=2&updated_since=2000-01-01T00:00:00Z"
    seen = []
    while url:
        body = reader.get(url).json()
        seen += body["results"]
        url = body["next"]
    assert sorted(f["id"] for f in seen) == sorted(f.pk for f in figures)
    assert seen[-1] == {
        "id": figures[1].pk,
        "status": "withdrawn",
        "withdrawn_reason": "retracted",
        "updated_at": seen[-1]["updated_at"],
    }


def test_plain_rows_render_times_like_drf_in_another_timezone_too():
    from zoneinfo import ZoneInfo

    from verification.api.serializers import FigureOrTombstoneSerializer, figure_row_representation
    from verification.feeds import figure_feed, figure_rows

    figure = figure_with_evidence()
    with timezone.override(ZoneInfo("Asia/Gaza")):
        by_serializer = FigureOrTombstoneSerializer(figure_feed().get(pk=figure.pk)).data
        by_rows = figure_row_representation(figure_rows([figure.pk])[0])
    assert by_rows == by_serializer
    assert by_rows["verified_at"].endswith("+03:00")
