"""A speed and a fall of rain are figures the copy reports (what an inquiry into a crash disputes, what a
storm left); other measurements -- a storm's wind speed, depths, distances, weights -- stay no claims."""

from __future__ import annotations

from tests.extraction.helpers import claim_with, claims_of


def test_a_speed_is_a_figure_named_by_its_unit() -> None:
    text = (
        "The train was travelling at about 190 km/h on a bend where the limit is 80 km/h, investigators said."
    )
    speed = claim_with(text, "190")
    assert (speed.qualifier, speed.subject) == ("about", "km/h")
    assert claim_with(text, "80 km/h").value == 80
    assert claim_with("The car was doing 90 miles an hour.", "90").subject == "miles an hour"


def test_a_fall_of_rain_is_a_figure() -> None:
    text = "The National Weather Service said parts of the region could see as much as 50 inches of rain."
    rain = claim_with(text, "50 inches")
    assert rain.qualifier == "at_most" and rain.source is not None


def test_depths_distances_and_weights_stay_no_claims() -> None:
    text = "The miners were trapped about 700 metres below the surface, 5 km from the entrance, with 8 kg of food."
    assert claims_of(text) == []


def test_a_storm_s_wind_speed_stays_a_measurement() -> None:
    assert (
        claims_of("The storm came ashore late on Thursday with winds of up to 177 kilometres an hour.") == []
    )
    assert claims_of("Winds gusting close to 100 km/h drove the flames into the hills.") == []
