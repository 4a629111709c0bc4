"""Server-side SVG timeline of a series: figures over as_of, one line per source, the verified figure marked.

Plain SVG markup built with `format_html`, so every label is escaped and no script is needed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

PALETTE = ("#1b6ca8", "#d1495b", "#2e8b57", "#edae49", "#6a4c93", "#00798c", "#8d6e63", "#c2185b")
UNATTRIBUTED = "(outlet's own figure)"


@dataclass(frozen=True, slots=True)
class Point:
    day: date
    value: float
    series: str
    label: str
    low: float | None = None
    high: float | None = None
    highlight: bool = False


@dataclass(frozen=True, slots=True)
class Mark:
    day: date | None
    value: float
    label: str


@dataclass(frozen=True, slots=True)
class Box:
    width: int = 760
    height: int = 300
    left: int = 70
    right: int = 190
    top: int = 20
    bottom: int = 40

    @property
    def plot_w(self) -> int:
        return self.width - self.left - self.right

    @property
    def plot_h(self) -> int:
        return self.height - self.top - self.bottom


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 100 or value == int(value) else f"{value:,.2f}"


def _ticks(lo: float, hi: float, n: int = 5) -> list[float]:
    if hi <= lo:
        return [lo]
    raw = (hi - lo) / n
    magnitude = 10 ** len(str(int(raw))) / 10 if raw >= 1 else 1
    step = max(magnitude * min((m for m in (1, 2, 2.5, 5, 10) if magnitude * m >= raw), default=10), 1e-9)
    start = (lo // step) * step
    ticks, t = [], start
    while t <= hi + step / 2 and len(ticks) < 12:
        if t >= lo - step / 2:
            ticks.append(t)
        t += step
    return ticks


def timeline_svg(
    points: Sequence[Point], *, verified: Mark | None = None, box: Box | None = None
) -> SafeString:
    """The chart as inline SVG markup; an empty note when there is nothing dated to draw."""
    box = box or Box()
    if not points:
        return format_html('<p class="timeline-empty">{}</p>', "No dated figures in this series yet.")
    days = [p.day for p in points] + ([verified.day] if verified and verified.day else [])
    values = [p.value for p in points] + [b for p in points for b in (p.low, p.high) if b is not None]
    if verified:
        values.append(verified.value)
    d0, d1 = min(days), max(days)
    pad = max(1, (d1 - d0).days // 20)
    d0, d1 = d0 - timedelta(days=pad), d1 + timedelta(days=pad)
    v0, v1 = min(0.0, min(values)), max(values)
    if v1 == v0:
        v1 = v0 + 1
    v1 *= 1.08
    span_days = (d1 - d0).days

    def x(day: date) -> float:
        return round(box.left + box.plot_w * (day - d0).days / span_days, 1)

    def y(value: float) -> float:
        return round(box.top + box.plot_h * (1 - (value - v0) / (v1 - v0)), 1)

    parts: list[SafeString] = []
    # axes and grid
    for tick in _ticks(v0, v1):
        parts.append(
            format_html(
                '<line x1="{}" y1="{}" x2="{}" y2="{}" class="grid"/>'
                '<text x="{}" y="{}" class="ytick" text-anchor="end">{}</text>',
                box.left,
                y(tick),
                box.left + box.plot_w,
                y(tick),
                box.left - 6,
                y(tick) + 4,
                _fmt(tick),
            )
        )
    date_ticks = sorted({p.day for p in points})
    step = max(1, len(date_ticks) // 6)
    for day in date_ticks[::step]:
        parts.append(
            format_html(
                '<text x="{}" y="{}" class="xtick" text-anchor="middle">{}</text>',
                x(day),
                box.top + box.plot_h + 18,
                day.strftime("%d %b %Y"),
            )
        )
    parts.append(
        format_html(
            '<rect x="{}" y="{}" width="{}" height="{}" class="frame"/>',
            box.left,
            box.top,
            box.plot_w,
            box.plot_h,
        )
    )
    # one line per source
    series_names = sorted({p.series for p in points}, key=lambda s: (s == UNATTRIBUTED, s))
    for i, name in enumerate(series_names):
        colour = PALETTE[i % len(PALETTE)]
        own = sorted((p for p in points if p.series == name), key=lambda p: (p.day, p.value))
        if len(own) > 1:
            coords = " ".join(f"{x(p.day):.1f},{y(p.value):.1f}" for p in own)
            parts.append(
                format_html('<polyline points="{}" fill="none" stroke="{}" class="line"/>', coords, colour)
            )
        for p in own:
            if p.low is not None or p.high is not None:
                lo = y(p.low if p.low is not None else v0)
                hi = y(p.high if p.high is not None else v1)
                parts.append(
                    format_html(
                        '<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" class="interval"/>',
                        x(p.day),
                        lo,
                        x(p.day),
                        hi,
                        colour,
                    )
                )
            parts.append(
                format_html(
                    '<circle cx="{}" cy="{}" r="{}" fill="{}" class="{}"><title>{}</title></circle>',
                    x(p.day),
                    y(p.value),
                    6 if p.highlight else 4,
                    colour,
                    "point disagreeing" if p.highlight else "point",
                    p.label,
                )
            )
        legend_y = box.top + 14 + 18 * i
        parts.append(
            format_html(
                '<rect x="{}" y="{}" width="12" height="12" fill="{}"/><text x="{}" y="{}" class="legend">{}</text>',
                box.width - box.right + 14,
                legend_y - 10,
                colour,
                box.width - box.right + 32,
                legend_y,
                name[:28],
            )
        )
    if verified is not None:
        vy = y(verified.value)
        parts.append(
            format_html(
                '<line x1="{}" y1="{}" x2="{}" y2="{}" class="verified-line"/>',
                box.left,
                vy,
                box.left + box.plot_w,
                vy,
            )
        )
        vx = x(verified.day) if verified.day else box.left + box.plot_w
        parts.append(
            format_html(
                '<path d="M {} {} l 10 10 l -10 10 l -10 -10 z" class="verified"><title>{}</title></path>',
                vx,
                vy - 10,
                verified.label,
            )
        )
        legend_y = box.top + 14 + 18 * len(series_names)
        parts.append(
            format_html(
                '<path d="M {} {} l 6 6 l -6 6 l -6 -6 z" class="verified"/><text x="{}" y="{}" class="legend">{}</text>',
                box.width - box.right + 20,
                legend_y - 11,
                box.width - box.right + 32,
                legend_y,
                "verified figure",
            )
        )
    style = mark_safe(  # a constant stylesheet
        "<style>.grid{stroke:#e3e3e3}.frame{fill:none;stroke:#999}.ytick,.xtick,.legend{font:11px sans-serif;"
        "fill:#333}.line{stroke-width:2}.interval{stroke-width:6;stroke-opacity:.25}.point{stroke:#fff}"
        ".disagreeing{stroke:#000;stroke-width:2}.verified{fill:none;stroke:#111;stroke-width:2.5}.verified-line{stroke:#111;"
        "stroke-dasharray:6 4}</style>"
    )
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" class="timeline" role="img" width="{}" height="{}" '
        'viewBox="0 0 {} {}"><title>{}</title>{}{}</svg>',
        box.width,
        box.height,
        box.width,
        box.height,
        "Figures over time, one line per source",
        style,
        format_html_join("", "{}", ((p,) for p in parts)),
    )
