from __future__ import annotations

from datetime import date

from verification.charts import UNATTRIBUTED, Mark, Point, timeline_svg


def _points() -> list[Point]:
    return [
        Point(day=date(2024, 8, 1), value=39000, series="Gaza Health Ministry", label="39,000"),
        Point(
            day=date(2024, 8, 10), value=39929, series="Gaza Health Ministry", label="39,929", highlight=True
        ),
        Point(day=date(2024, 8, 10), value=40005, series="UN OCHA", label="40,005", low=40005, high=None),
        Point(day=date(2024, 8, 9), value=38000, series=UNATTRIBUTED, label="38,000"),
    ]


def test_the_timeline_draws_one_line_per_source_with_more_than_one_point():
    svg = str(timeline_svg(_points()))
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    assert svg.count("<polyline") == 1
    assert svg.count("<circle") == 4
    assert svg.count('class="point disagreeing"') == 1
    assert "Gaza Health Ministry" in svg and "UN OCHA" in svg


def test_the_timeline_marks_the_verified_figure():
    svg = str(
        timeline_svg(_points(), verified=Mark(day=date(2024, 8, 10), value=39929, label="verified 39,929"))
    )
    assert 'class="verified-line"' in svg
    assert "verified 39,929" in svg


def test_the_timeline_escapes_labels_and_has_no_script():
    points = [Point(day=date(2024, 8, 1), value=5, series="<b>x</b>", label="<script>alert(1)</script>")]
    svg = str(timeline_svg(points))
    assert "<script" not in svg
    assert "&lt;script&gt;" in svg and "&lt;b&gt;x" in svg


def test_an_empty_series_says_so_instead_of_drawing():
    assert "No dated figures" in str(timeline_svg([]))


def test_a_single_day_and_a_flat_series_still_draw():
    points = [Point(day=date(2024, 8, 1), value=0, series="A", label="0")]
    assert "<circle" in str(timeline_svg(points))
