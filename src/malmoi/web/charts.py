"""Charts drawn on the server: the geometry of bar charts, rendered as inline SVG by
``templates/charts.html``. No script, no library, nothing fetched: they print and work
offline, and the Content-Security-Policy allows no inline style (SVG attributes only).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

WIDTH, HEIGHT, PAD = 720, 150, 24  # viewBox units; PAD leaves room for the axis labels
ROW = 22  # height of one row of a horizontal bar chart


@dataclass(slots=True)
class Bar:
    x: float
    y: float
    w: float
    h: float
    value: int
    label: str
    series: int = 0  # index of the colour (a CSS class ``s0`` … ``s8``)


@dataclass(slots=True)
class Chart:
    width: int
    height: int
    bars: list[Bar] = field(default_factory=list)
    ticks: list[tuple[float, str]] = field(default_factory=list)  # (x, label) under the axis
    top: int = 0  # the value of the highest bar
    legend: list[tuple[int, str]] = field(default_factory=list)  # (series, name)


def ticks(labels: list[str], step_width: float, every: int) -> list[tuple[float, str]]:
    """A label under every ``every``-th column: the month where a week starts one."""
    out = []
    last = ""
    for i, label in enumerate(labels):
        month = label[:7]
        if month != last and i % every == 0:
            out.append((i * step_width, month.replace("-", ".")))
            last = month
    return out


def stacked(labels: list[str], series: list[tuple[str, list[int]]]) -> Chart:
    """Columns, one per label, each stacked from the series' values (bottom first)."""
    chart = Chart(WIDTH, HEIGHT + PAD)
    if not labels:
        return chart
    totals = [sum(values[i] for _, values in series) for i in range(len(labels))]
    chart.top = max(totals) or 1
    step = WIDTH / len(labels)
    gap = 1 if step > 3 else 0
    for i, label in enumerate(labels):
        base = float(HEIGHT)
        for s, (name, values) in enumerate(series):
            h = values[i] / chart.top * (HEIGHT - 4)
            if values[i]:
                chart.bars.append(
                    Bar(
                        i * step, base - h, max(step - gap, 0.5), h, values[i], f"{label} {name}", s
                    )
                )
            base -= h
    chart.ticks = ticks(labels, step, max(1, len(labels) // 12))
    chart.legend = [(s, name) for s, (name, _) in enumerate(series) if len(series) > 1]
    return chart


def columns(labels: list[str], values: list[int]) -> Chart:
    return stacked(labels, [("", values)])


def rows(items: list[dict[str, Any]], key: str = "count") -> Chart:
    """Horizontal bars, one row per item (``name`` and ``key``), longest first as given."""
    width, label_w = 420, 120  # drawn in half a column: a narrower box keeps the text legible
    chart = Chart(width, ROW * len(items))
    if not items:
        return chart
    chart.top = max(int(i[key]) for i in items) or 1
    for n, item in enumerate(items):
        w = int(item[key]) / chart.top * (width - label_w - 40)
        chart.bars.append(
            Bar(label_w, n * ROW + 3, max(w, 1), ROW - 6, int(item[key]), str(item["name"]))
        )
    return chart


def timeline(weekly: dict[str, Any]) -> Chart:
    """A speaker's quotes per week, stacked by outlet (``store.person(…)["weekly"]``)."""
    return stacked(weekly["weeks"], [(s["outlet"], s["quotes"]) for s in weekly["by_outlet"]])


def weeks(weekly: list[dict[str, Any]]) -> Chart:
    """Quotes per week (``store.overview()["weekly"]``)."""
    return columns([w["week"] for w in weekly], [w["quotes"] for w in weekly])
