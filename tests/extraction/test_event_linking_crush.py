"""A crowd crush named by its place ("the Namba festival crush") is the same incident as the crush
its first report told as a surge of the crowd; a report on an anniversary is about the incident it counts
back to."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.extraction.helpers import link_quotes as _link
from tracker.extraction.events import EventLinker


def test_a_crush_named_by_its_place_joins_the_first_report() -> None:
    linker = EventLinker()
    text = (
        "OSAKA, Aug 3 - A crowd crush at a summer festival in Osaka's Namba district killed at least 61 people "
        "late on Saturday, the city fire department said on Sunday."
    )
    (first,) = _link(
        linker,
        "Festival crowd crush in Osaka kills 61",
        text,
        datetime(2031, 8, 3, 8, tzinfo=UTC),
        ["61 people"],
    )
    text = (
        "OSAKA, Aug 4 - The death toll from the Namba festival crush rose to 64 on Monday, the city fire "
        "department said, as police faced questions over crowd control."
    )
    (later,) = _link(
        linker, "Namba toll rises as police face questions", text, datetime(2031, 8, 4, 9, tzinfo=UTC), ["64"]
    )
    assert later.key == first.key


def test_a_report_on_an_anniversary_is_about_the_incident_it_counts_back_to() -> None:
    linker = EventLinker()
    text = (
        "DENVER, March 3 - A gunman killed nine people at Lakeview Middle School in Denver on Monday, "
        "police said."
    )
    (first,) = _link(
        linker,
        "Gunman kills nine at Denver school",
        text,
        datetime(2031, 3, 3, 20, tzinfo=UTC),
        ["nine people"],
    )
    text = (
        "DENVER, March 1 - The city agreed on Wednesday to pay $3 million to the families of the victims "
        "of the Lakeview Middle School shooting, two days before the third anniversary of the attack that "
        "killed nine people."
    )
    (later,) = _link(
        linker,
        "Denver settles with school shooting families",
        text,
        datetime(2034, 3, 1, 12, tzinfo=UTC),
        ["nine people"],
    )
    assert later.key == first.key
