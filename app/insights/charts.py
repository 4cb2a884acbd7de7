"""Charts drawn on the server: the geometry of small SVG bar charts, pure and escaped by
the template. No script, no build step, nothing fetched from elsewhere."""

from collections.abc import Sequence
from dataclasses import dataclass

WIDTH, HEIGHT = 640, 200
LEFT, BOTTOM, TOP = 44, 36, 12  # room for the axis labels


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str  # under the bar
    value: str  # in its tooltip and its accessible name
    href: str  # the cases behind it


@dataclass(frozen=True)
class Tick:
    y: float
    label: str


@dataclass(frozen=True)
class BarChart:
    title: str
    width: int
    height: int
    bars: list[Bar]
    ticks: list[Tick]
    baseline: float


def bar_chart(
    *,
    title: str,
    points: Sequence[tuple[str, float, str]],
    unit: str = "",
    top: float | None = None,
) -> BarChart:
    """Bars of (label, value, link), scaled to the largest value (or `top`, e.g. 100 %)."""
    most = top if top is not None else max((v for _, v, _ in points), default=0.0)
    most = most or 1.0
    plot_w, plot_h = WIDTH - LEFT - 8, HEIGHT - BOTTOM - TOP
    step = plot_w / max(len(points), 1)
    bars = [
        Bar(
            x=round(LEFT + i * step + step * 0.15, 1),
            y=round(TOP + plot_h * (1 - value / most), 1),
            width=round(step * 0.7, 1),
            height=round(plot_h * value / most, 1),
            label=label,
            value=f"{value:g}{unit}",
            href=href,
        )
        for i, (label, value, href) in enumerate(points)
    ]
    ticks = [
        Tick(y=round(TOP + plot_h * (1 - f), 1), label=f"{most * f:.3g}{unit}")
        for f in (0.0, 0.5, 1.0)
    ]
    return BarChart(title, WIDTH, HEIGHT, bars, ticks, baseline=TOP + plot_h)
