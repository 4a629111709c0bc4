"""Numbers in filters that no database column can hold are a 400 naming the filter, never a 500."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "query",
    ["event=99999999999999999999", "article=-7.706318765484649e%2B63", "article=1e300"],
)
def test_an_out_of_range_number_in_a_claims_filter_is_a_400(reader, query):
    response = reader.get(f"/api/v1/claims/?{query}")
    assert response.status_code == 400
    assert query.split("=")[0] in response.json()


@pytest.mark.parametrize(
    "query", ["event=99999999999999999999", "event=1.5", "event=-99999999999999999999999"]
)
def test_an_impossible_event_id_in_the_figures_filter_is_a_400(reader, query):
    response = reader.get(f"/api/v1/figures/?{query}")
    assert response.status_code == 400 and "event" in response.json()


def test_a_small_fractional_id_is_just_no_match(reader):
    assert reader.get("/api/v1/claims/?article=-6.103515625e-05").status_code == 200


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("/api/v1/claims/?published_before=1667-08-10T19%3A34%3A59.3-17%3A13", "published_before"),
        ("/api/v1/articles/?published_before=0390-02-22T21%3A00%3A55%2B19%3A21", "published_before"),
        ("/api/v1/figures/?updated_since=0001-01-01T00%3A00%3A00%2B05%3A00", "updated_since"),
    ],
)
def test_a_time_the_database_cannot_store_is_a_400(reader, url, name):
    response = reader.get(url)
    assert response.status_code == 400 and name in response.json()


def test_an_ordinary_offset_is_fine(reader):
    assert reader.get("/api/v1/figures/?updated_since=2024-08-10T10%3A00%3A00%2B05%3A30").status_code == 200
