"""A carried wire copy crediting a figure to another company ("Kenya Airways" for "Ethiopian Airlines")
or to another body of the same field ("...Health, Safety and Training" for "Mine Safety and Health
Administration") misattributes it: neither is a person's name, nor one body."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.verification.test_engine import claim, frame, kinds
from verification.engine import compare


def _copies(original: str, copy: str) -> pd.DataFrame:
    df = frame(
        claim(1, article_id=1, wire_group=1, outlet="Addis Wire", source=None, metric="killed",
              subject="Kenyans on the flight", value=32.0),
        claim(2, article_id=2, wire_group=1, outlet="Nairobi Ledger", source=None, metric="killed",
              subject="Kenyans on the flight", value=32.0, published_at="2024-08-10T18:00Z"),
    )  # fmt: skip
    df["source_id"] = pd.array([101, 102], dtype="Int64")
    df["source_name"] = [original, copy]
    df["attribution"] = [f"{original} said", f"{copy} said"]
    df["source_kind"] = ["other", "other"]
    return df


@pytest.mark.parametrize(
    ("original", "copy"),
    [
        ("Ethiopian Airlines", "Kenya Airways"),
        (
            "Mine Safety and Health Administration",
            "West Virginia Office of Miners' Health, Safety and Training",
        ),
    ],
)
def test_a_copy_crediting_another_body_is_flagged(original: str, copy: str) -> None:
    assert kinds(compare(_copies(original, copy))) == [("attribution_conflict", (1, 2))]


def test_a_copy_crediting_the_spokesman_of_the_body_is_not_flagged() -> None:
    assert kinds(compare(_copies("Ethiopian Airlines", "Tewolde Gebremariam"))) == []
