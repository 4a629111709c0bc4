"""A figure at one named site of the incident an article opened on (one of two mosques attacked that
morning) is a part of that incident, not an incident of its own."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.extraction.helpers import link_quotes
from tracker.extraction.events import EventLinker

PUBLISHED = datetime(2031, 6, 6, 18, tzinfo=UTC)


def test_figures_at_the_sites_of_the_attack_join_its_toll() -> None:
    text = (
        "HAMILTON, June 6 - A gunman killed 23 people in attacks on two churches in Hamilton on Friday, "
        "police said.\n\n"
        "Seventeen people were killed at St Brendan's church on Grey Street and six at Holy Cross church, "
        "the police commissioner said."
    )
    whole, first_site, second_site = link_quotes(
        EventLinker(), "Gunman kills 23 at two Hamilton churches", text, PUBLISHED,
        ["23 people", "Seventeen people", "six"],
    )  # fmt: skip
    assert first_site.key == whole.key
    assert second_site.key == whole.key
