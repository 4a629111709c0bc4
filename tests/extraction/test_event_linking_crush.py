"""A crowd crush named by its place ("the Shibuya festival crush") is the same incident as the crush
its first report told as a surge of the crowd."""

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
