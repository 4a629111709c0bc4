from __future__ import annotations

import csv
import io
import json

import pytest

from tests.api.conftest import figure_with_evidence
from tests.factories import VerifiedFigureFactory
from tracker.api.renderers import csv_safe
from verification.figures import figure_withdraw

pytestmark = pytest.mark.django_db


def _csv(response) -> list[dict[str, str]]:
    raw = b"".join(response.streaming_content) if response.streaming else response.content
    assert raw.startswith(b"\xef\xbb\xbf"), "a UTF-8 BOM so spreadsheets pick the encoding"
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))


def test_the_csv_export_is_streamed_with_a_header_and_one_row_per_figure(reader):
    figures = [figure_with_evidence() for _ in range(3)]
    response = reader.get("/api/v1/figures/?format=csv")
    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = _csv(response)
    assert sorted(int(r["id"]) for r in rows) == sorted(f.pk for f in figures)
    row = rows[0]
    assert row["value"] == "93" and row["source"] == "gaza-health-ministry"
    assert row["evidence_count"] == "2"
    assert len(row["evidence_urls"].split(" | ")) == 2


def test_the_csv_export_ignores_pages_and_honours_filters(reader):
    VerifiedFigureFactory.create_batch(3, metric="killed")
    VerifiedFigureFactory(metric="injured")
    rows = _csv(reader.get("/api/v1/figures/?format=csv&metric=killed&page_size=1"))
    assert len(rows) == 3


@pytest.mark.parametrize(
    "payload", ['=HYPERLINK("http://evil.invalid")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]
)
def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(reader, payload):
    VerifiedFigureFactory(note=payload, subject=payload)
    row = _csv(reader.get("/api/v1/figures/?format=csv"))[0]
    assert row["note"] == "'" + payload
    assert row["subject"] == "'" + payload


def test_negative_numbers_stay_numbers_in_csv():
    assert csv_safe(-5.0) == -5.0
    assert csv_safe("-5") == "'-5"
    assert csv_safe("safe text") == "safe text"


def test_unicode_survives_the_csv_round_trip(reader):
    VerifiedFigureFactory(subject="مدنيون فلسطينيون")
    assert _csv(reader.get("/api/v1/figures/?format=csv"))[0]["subject"] == "مدنيون فلسطينيون"


def test_a_withdrawn_figure_in_the_csv_feed_carries_its_reason(reader):
    figure = VerifiedFigureFactory()
    figure_withdraw(figure_id=figure.pk, user=figure.verified_by, reason="=retracted")
    rows = _csv(reader.get("/api/v1/figures/?format=csv&updated_since=2000-01-01T00:00:00Z"))
    assert rows[0]["status"] == "withdrawn" and rows[0]["withdrawn_reason"] == "'=retracted"


def test_a_figure_is_a_schema_org_claim_review_in_json_ld(reader):
    figure = figure_with_evidence(qualifier="at_least", value=93.0)
    response = reader.get(f"/api/v1/figures/{figure.pk}/?format=jsonld")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/ld+json")
    doc = json.loads(response.content)
    assert doc["@context"] == "https://schema.org"
    assert doc["@type"] == "ClaimReview"
    assert doc["url"].endswith(f"/api/v1/figures/{figure.pk}/")
    assert doc["claimReviewed"].startswith("At least 93 people killed in")
    assert "according to Gaza Health Ministry" in doc["claimReviewed"]
    rating = doc["reviewRating"]
    assert rating["@type"] == "Rating" and rating["alternateName"] == "Verified"
    assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    item = doc["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Organization", "name": "Gaza Health Ministry"}
    assert len(item["appearance"]) == 2
    assert all(a["url"].startswith("https://news.invalid/") for a in item["appearance"])
    assert doc["author"]["@type"] == "Organization"


def test_the_list_in_json_ld_is_one_graph_of_claim_reviews_linked_by_pages(reader):
    VerifiedFigureFactory.create_batch(3)
    response = reader.get("/api/v1/figures/?format=jsonld&page_size=2")
    doc = json.loads(response.content)
    assert doc["@context"] == "https://schema.org"
    assert [n["@type"] for n in doc["@graph"]] == ["ClaimReview", "ClaimReview"]
    assert 'rel="next"' in response["Link"]


def test_json_ld_is_plain_json_every_node_typed(reader):
    figure_with_evidence()

    def walk(node):
        if isinstance(node, dict):
            if node is not doc:
                assert "@type" in node or not any(k.startswith("@") for k in node), node
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    doc = json.loads(reader.get("/api/v1/figures/?format=jsonld").content)
    walk(doc)


def test_json_ld_leaves_withdrawn_figures_out(reader):
    kept, gone = VerifiedFigureFactory(), VerifiedFigureFactory()
    figure_withdraw(figure_id=gone.pk, user=gone.verified_by, reason="retracted")
    doc = json.loads(reader.get("/api/v1/figures/?format=jsonld&updated_since=2000-01-01T00:00:00Z").content)
    assert [node["identifier"] for node in doc["@graph"]] == [str(kept.pk)]
    assert reader.get(f"/api/v1/figures/{gone.pk}/?format=jsonld").status_code == 404
