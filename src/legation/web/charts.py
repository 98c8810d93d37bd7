"""Server-side SVG charts drawn by pygal, made safe for a strict Content-Security-Policy.

pygal's interactive layer is JavaScript loaded from a CDN plus an inline
config `<script>`; users may be offline and the page allows no inline script,
so the JavaScript is switched off (`js=[]`) and the config script is removed
from the element tree. The chart's own `<style>` element is kept and given the
response's CSP nonce, so the page needs no `'unsafe-inline'` at all. Hover
text comes from SVG `<title>` elements, which browsers show without script.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping, Sequence
from typing import Any

import pygal
from lxml import etree
from pygal.style import Style

from ..resources.event_types import event_types

# Replaced by each response's nonce when the page is rendered; random per process so no
# stored text can guess it.
NONCE_SLOT = "nonce-slot-" + secrets.token_hex(8)

# One colour per PLOVER type (resources/plover.toml), stable across charts; grey for a type
# a stored record has and plover.toml does not.
TYPE_COLOURS: dict[str, str] = {name: kind.colour for name, kind in event_types().items()}
_FALLBACK = "#777777"

_BASE_STYLE = dict(
    background="transparent", plot_background="#ffffff", foreground="#222222",
    foreground_strong="#111111", foreground_subtle="#666666",
    font_family="system-ui, sans-serif", label_font_size=11, legend_font_size=12,
    major_label_font_size=11, opacity="0.9", opacity_hover="1", transition="0ms",
)


def _finish(chart: pygal.graph.graph.Graph) -> str:
    """Render to SVG text with scripts and inline style attributes removed and the nonce slot set."""
    root = chart.render_tree()
    for el in list(root.iter()):
        if not isinstance(el.tag, str):
            continue
        name = _local(el)
        classes = (el.get("class") or "").split()
        if name == "script" or (name == "g" and "tooltip" in classes):
            el.getparent().remove(el)         # only JavaScript runs or shows these
            continue
        if name == "g" and "bar" in classes and _empty_bar(el):
            el.getparent().remove(el)         # a stacked chart draws zero-height bars for empty months
            continue
        el.attrib.pop("style", None)         # style attributes would need 'unsafe-inline'
        if name == "style":
            el.set("nonce", NONCE_SLOT)
    _add_titles(root)
    root.set("role", "img")
    return etree.tostring(root, encoding="unicode")


def _add_titles(root: etree._Element) -> None:
    """Give every data mark a `<title>` (its series and value) for hover text without script."""
    for series in root.iter("g"):
        if "series" not in (series.get("class") or "").split():
            continue
        for mark in series.iter("g"):
            if not {"bar", "dot", "dots"} & set((mark.get("class") or "").split()):
                continue
            descs = {d.get("class"): d.text for d in mark.iter("desc")}
            value, label = descs.get("value"), descs.get("x_label")
            if value is None:
                continue
            title = etree.SubElement(mark, "title")
            title.text = f"{label}: {value}" if label else value
            if descs.get("label"):            # what the mark is: the words it came from, its flags
                title.text += f" ({descs['label']})"


def _empty_bar(bar: etree._Element) -> bool:
    heights = [float(r.get("height") or 0) for r in bar.iter("rect")]
    return bool(heights) and all(h == 0 for h in heights)


def _local(el: etree._Element) -> str:
    return etree.QName(el).localname


def with_nonce(svg: str, nonce: str) -> str:
    """The chart's SVG with this response's CSP nonce on its style element."""
    return svg.replace(NONCE_SLOT, nonce)


def events_by_month(months: Sequence[str], counts: Mapping[str, Sequence[int]],
                    links: Mapping[str, str] | None = None) -> str:
    """A stacked bar chart: one bar per month, one colour per PLOVER type.

    Args:
        months: x labels, oldest first ("2024-10").
        counts: for each type, its number of events in each month.
        links: optional month -> URL; clicking a bar follows it.
    """
    types = [t for t in counts if any(counts[t])]
    colours = tuple(TYPE_COLOURS.get(t, _FALLBACK) for t in types)
    chart = pygal.StackedBar(
        disable_xml_declaration=True, js=[], width=760, height=280, show_legend=True,
        legend_at_bottom=True, legend_at_bottom_columns=min(6, max(1, len(types))),
        x_label_rotation=-30 if len(months) > 8 else 0, print_zeroes=False,
        style=Style(colors=colours or (_FALLBACK,), **_BASE_STYLE), no_data_text="no events",
        margin=8, spacing=6,
    )
    chart.x_labels = list(months)
    tallest = max((sum(col) for col in zip(*(counts[t] for t in types))), default=0)
    if 0 < tallest <= 10:
        chart.y_labels = list(range(0, tallest + 1))      # counts are whole numbers
    for t in types:
        values = []
        for month, n in zip(months, counts[t]):
            if not n:
                values.append(None)
            elif links and month in links:
                values.append({"value": n, "xlink": {"href": links[month], "target": "_self"}})
            else:
                values.append(n)
        chart.add(t, values)
    return _finish(chart)


def cooperation_line(months: Sequence[str], scores: Sequence[float | None]) -> str:
    """A line of the monthly cooperation-conflict score (positive: cooperation); None leaves a gap."""
    chart = pygal.Line(
        disable_xml_declaration=True, js=[], width=760, height=220, show_legend=False,
        x_label_rotation=-30 if len(months) > 8 else 0, allow_interruptions=True,
        style=Style(colors=("#2166ac",), **_BASE_STYLE), no_data_text="no scored events",
        margin=8, dots_size=4, include_x_axis=True,
    )
    chart.x_labels = list(months)
    chart.add("cooperation - conflict", [None if s is None else round(s, 2) for s in scores])
    return _finish(chart)


# Levels drawn on the pair page's figure chart; changes and targets are other facts and stay out.
_LEVEL_COLOURS = {"trade_turnover": "#2166ac", "exports": "#1b7837", "imports": "#e08214",
                  "investment": "#762a83", "aid": "#92c5de"}
_FLAGGED = "#b2182b"


def figure_levels(figures_by_period: Sequence[Mapping[str, Any]]) -> str | None:
    """Stated levels of one pair over its periods: one line per metric, in the unit most of them use,
    and every flagged figure marked again in red, with its flags as hover text. None when no level
    has a period.

    Args:
        figures_by_period: `[{"period": ..., "figures": [{"metric", "value", "unit", "as_written",
            "flags": [kind, ...], "why": ["kind: message", ...]}]}]`, as the pair page lists them.
    """
    points = [(str(p["period"]), f) for p in figures_by_period for f in p["figures"]
              if f["metric"] in _LEVEL_COLOURS and f.get("value") and str(p["period"])[:4].isdigit()]
    if not points:
        return None
    units = [f["unit"] for _, f in points]
    unit = max(sorted(set(units), key=str), key=units.count)
    points = [(period, f) for period, f in points if f["unit"] == unit]
    periods = sorted({period for period, _ in points})
    at = {period: i for i, period in enumerate(periods)}
    metrics = [m for m in _LEVEL_COLOURS if any(f["metric"] == m for _, f in points)]
    flagged: list[list[dict[str, Any] | None]] = []
    for period, f in points:
        if f.get("flags"):
            row = next((r for r in flagged if r[at[period]] is None), None)
            if row is None:
                row = [None] * len(periods)
                flagged.append(row)
            row[at[period]] = {"value": float(f["value"]), "label": "; ".join(f.get("why") or f["flags"])}
    values = [float(f["value"]) for _, f in points]
    chart = pygal.Line(
        disable_xml_declaration=True, js=[], width=760, height=260, show_legend=True, legend_at_bottom=True,
        legend_at_bottom_columns=len(metrics) + 1, dots_size=4, margin=8, allow_interruptions=True,
        # A unit slip puts values a thousand times apart: only a log scale shows both.
        logarithmic=min(values) > 0 and max(values) / min(values) > 50,
        style=Style(colors=tuple(_LEVEL_COLOURS[m] for m in metrics) + (_FLAGGED,) * len(flagged), **_BASE_STYLE),
        x_label_rotation=-30 if len(periods) > 6 else 0, value_formatter=lambda v: f"{_short(v)} {unit}",
        no_data_text="no levels",
    )
    chart.x_labels = periods
    for metric in metrics:
        first: list[dict[str, Any] | None] = [None] * len(periods)
        # The line goes through the period's least-flagged figure; flagged ones are marked again below.
        for period, f in sorted(points, key=lambda p: len(p[1].get("flags") or ())):
            if f["metric"] == metric and first[at[period]] is None:
                first[at[period]] = {"value": float(f["value"]), "label": str(f["as_written"])}
        chart.add(f"{metric} ({unit})", first)
    for n, row in enumerate(flagged):
        chart.add("flagged" if n == 0 else f"flagged ({n + 1})", row, stroke=False, dots_size=8)
    return _finish(chart)


def _short(value: float) -> str:
    """1,400,000,000 -> "1.4 B": axis labels a reader can take in."""
    for scale, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= scale:
            return f"{value / scale:,.4g} {suffix}"
    return f"{value:,.4g}"
