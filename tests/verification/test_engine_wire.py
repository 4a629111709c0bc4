"""Wire-copy detection and the partition of series across workers."""

from __future__ import annotations

import pandas as pd

from verification.engine import family_of, partition, series_keys, wire_groups, worker_of

STORY = (
    "GAZA CITY - An Israeli strike on a school sheltering displaced families in Gaza City killed at least "
    "93 people on Saturday, including 11 children, the Gaza civil defence agency said. The strike hit the "
    "al-Tabi'in school and an adjoining mosque during the dawn prayer, the agency said, adding that rescue "
    "teams were still searching the rubble. The Israeli military said it had struck a Hamas command centre "
    "inside the compound and that at least 19 militants had been operating there."
)
OTHER = (
    "PARIS - More than a million people marched across France on Tuesday against the government's plan to "
    "raise the retirement age, the interior ministry said, while the CGT union counted 3.5 million. Strikes "
    "disrupted trains, schools and refineries as unions vowed to keep up the pressure on the government."
)


def articles(*rows: tuple[int, str, str]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["article_id", "outlet", "text"])


def test_wire_groups_puts_near_identical_articles_from_different_outlets_together() -> None:
    edited = STORY.replace("GAZA CITY - ", "").replace("on Saturday", "on Saturday morning")
    groups = wire_groups(
        articles((1, "Levant Wire", STORY), (2, "Harbor Daily", edited), (3, "Nile Courier", OTHER))
    )
    assert groups.loc[1] == groups.loc[2] == 1
    assert groups.loc[3] == 3


def test_wire_groups_keeps_one_outlets_own_articles_apart() -> None:
    groups = wire_groups(articles((1, "Levant Wire", STORY), (2, "Levant Wire", STORY + " Updated.")))
    assert groups.to_dict() == {1: 1, 2: 2}


def test_wire_groups_keeps_different_stories_apart() -> None:
    groups = wire_groups(articles((5, "Levant Wire", STORY), (6, "Harbor Daily", OTHER)))
    assert groups.to_dict() == {5: 5, 6: 6}


def test_wire_groups_handles_a_single_article() -> None:
    assert wire_groups(articles((4, "Levant Wire", STORY))).to_dict() == {4: 4}


def test_partition_is_stable_and_keeps_a_family_on_one_worker() -> None:
    df = pd.DataFrame(
        {
            "event_id": pd.array([1, 1, 1, 2], dtype="Int64"),
            "metric": ["killed", "killed", "injured", "killed"],
            "subject_class": ["people", "children", "people", "people"],
            "subject": ["people at the school", "children at the school", "people", "people in Paris"],
            "scope": ["incident"] * 4,
            "source_id": pd.array([1, 1, 1, None], dtype="Int64"),
        }
    )
    keys = series_keys(df).tolist()
    parts = partition(keys, 3)
    assert sorted(k for part in parts for k in part) == sorted(set(keys))
    assert partition(list(reversed(keys)), 3) == parts
    assert worker_of(keys[0], 3) == worker_of(keys[1], 3)  # same family: subsets meet their totals
    assert family_of(keys[0]) == family_of(keys[1])
