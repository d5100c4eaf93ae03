"""Bar charts for the dashboard's numbers (SPEC section 16): counts per day, and parts of a whole per person.

`bars_svg`: columns over a run of labels (days), several series side by side in each (redemptions, admissions,
denials). `part_bars_svg`: one row per label (a member, an inviter), a light bar for the whole (the quota's
limit, the newcomers admitted) with the part drawn over it (spent, stayed) and both numbers written out.
Both scale to their container's width (a viewBox, no size), start at zero and draw an empty chart for no data.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup

from bot.web.graphs.svg import INK, MUTED, RULE, document, fit, num, text, width_of

WIDTH = 640
COLOURS = ("#3b6fb6", "#2e8b57", "#d1603d", "#8e6bbf")  # blue, green, orange, violet: lightness differs too
WHOLE_TINT = "#d7e3f4"  # the whole behind a part, in the part's blue
TICKS = 5  # about this many steps up the axis
X_LABELS = 6  # at most this many labels under the columns
LARGEST = 1e15


@dataclass(frozen=True)
class Series:
    name: str  # in the reader's language: the legend
    values: Sequence[float]  # one per label, counts (a negative or non-finite value is drawn as zero)


def table_rows(series: Sequence[Series], labels: Sequence[str]) -> list[tuple[str, list[float]]]:
    """The chart's numbers for a <table> beside it (its text alternative): one row per label, a value per series."""
    _check(series, labels)
    return [(label, [s.values[i] for s in series]) for i, label in enumerate(labels)]


def nice_ticks(highest: float) -> list[float]:
    """Round steps from zero to at least `highest`: 1, 2 or 5 times a power of ten, never below 1 (counts)."""
    if not highest > 0:
        return [0, 1]
    raw = highest / TICKS
    power = 10 ** math.floor(math.log10(raw))
    step = max(1, next(m * power for m in (1, 2, 5, 10) if m * power >= raw))
    return [step * i for i in range(max(1, math.ceil(highest / step - 1e-9)) + 1)]


def bars_svg(series: Sequence[Series], labels: Sequence[str], *, title: str, empty: str = "") -> Markup:
    """Columns, one group per label, the series side by side in each; `empty` is written across a chart of
    nothing but zeros (a sentence in the reader's language, or nothing)."""
    _check(series, labels)
    left, right, top, bottom = 48, WIDTH - 16, 48, 262
    height = bottom + 32
    values = [[_value(v) for v in s.values] for s in series]
    ticks = nice_ticks(max((v for row in values for v in row), default=0))
    scale = (bottom - top) / ticks[-1]
    body = [_legend(series, 16), *_y_axis(ticks, left, right, bottom, scale)]
    group = (right - left) / max(1, len(labels))
    bar = group * 0.78 / max(1, len(series))
    for i, label in enumerate(labels):
        x = left + group * i + group * 0.11
        for k, s in enumerate(series):
            if values[k][i] > 0:
                h = values[k][i] * scale
                body.append(
                    Markup(
                        '<rect class="chart-bar chart-series-{}" x="{}" y="{}" width="{}" height="{}" fill="{}">'
                        "<title>{}</title></rect>"
                    ).format(
                        k,
                        num(x + bar * k),
                        num(bottom - h),
                        num(bar - min(1, bar / 4)),
                        num(h),
                        _colour(k),
                        text(f"{label} · {s.name}: {_number(s.values[i])}"),
                    )
                )
    every = math.ceil(len(labels) / X_LABELS) if labels else 1
    for i in range(0, len(labels), every):
        body.append(
            Markup(
                '<text class="chart-label" x="{}" y="{}" text-anchor="middle" font-size="12" fill="{}">{}</text>'
            ).format(num(left + group * (i + 0.5)), num(bottom + 20), MUTED, text(fit(labels[i], 14)))
        )
    body.append(_baseline(left, right, bottom))
    if not any(v > 0 for row in values for v in row):
        body.append(_empty(empty, (left + right) / 2, (top + bottom) / 2))
    return document(
        classes="chart chart-columns", width=WIDTH, height=height, role="img", title=title, sized=False, body=body
    )


def part_bars_svg(whole: Series, part: Series, labels: Sequence[str], *, title: str, empty: str = "") -> Markup:
    """A row per label: `whole` as a light bar, `part` over it from the same start, "part / whole" written after."""
    _check([whole, part], labels)
    left, right, top, pitch = 16 + 172, WIDTH - 16 - 96, 48, 30
    bottom = top + pitch * max(1, len(labels))
    wholes, parts = [_value(v) for v in whole.values], [_value(v) for v in part.values]
    ticks = nice_ticks(max([*wholes, *parts], default=0))
    scale = (right - left) / ticks[-1]
    body = [_legend([whole, part], 16, swatches=(WHOLE_TINT, COLOURS[0]))]
    for tick in ticks:
        x = left + tick * scale
        body.append(
            Markup(
                '<line class="chart-grid" x1="{x}" y1="{}" x2="{x}" y2="{}" stroke="{}"/><text class="chart-tick"'
                ' x="{x}" y="{}" text-anchor="middle" font-size="11" fill="{}">{}</text>'
            ).format(num(top - 6), num(bottom), RULE, num(bottom + 16), MUTED, _number(tick), x=num(x))
        )
    for i, label in enumerate(labels):
        y = top + pitch * i + (pitch - 18) / 2
        numbers = f"{_number(part.values[i])} / {_number(whole.values[i])}"
        body.append(
            Markup(
                '<g class="chart-row"><title>{}</title>'
                '<text class="chart-label" x="{}" y="{}" text-anchor="end" font-size="12.5" fill="{}">{}</text>'
                '<rect class="chart-bar chart-whole" x="{}" y="{}" width="{}" height="18" fill="{}"/>'
                '<rect class="chart-bar chart-part" x="{}" y="{}" width="{}" height="18" fill="{}"/>'
                '<text class="chart-value" x="{}" y="{}" font-size="12.5" fill="{}">{}</text></g>'
            ).format(
                text(f"{label}: {part.name} {_number(part.values[i])}, {whole.name} {_number(whole.values[i])}"),
                num(left - 10),
                num(y + 13.5),
                INK,
                text(fit(label, 26)),
                num(left),
                num(y),
                num(wholes[i] * scale),
                WHOLE_TINT,
                num(left),
                num(y),
                num(parts[i] * scale),
                COLOURS[0],
                num(right + 10),
                num(y + 13.5),
                INK,
                text(numbers),
            )
        )
    body.append(
        Markup('<line class="chart-axis" x1="{x}" y1="{}" x2="{x}" y2="{}" stroke="{}"/>').format(
            num(top - 6), num(bottom), MUTED, x=num(left)
        )
    )
    if not any(v > 0 for v in [*wholes, *parts]):
        body.append(_empty(empty, (left + right) / 2, (top + bottom) / 2))
    return document(
        classes="chart chart-parts", width=WIDTH, height=bottom + 28, role="img", title=title, sized=False, body=body
    )


def _check(series: Sequence[Series], labels: Sequence[str]) -> None:
    for s in series:
        if len(s.values) != len(labels):
            raise ValueError(f"series {s.name!r} has {len(s.values)} values for {len(labels)} labels")


def _value(value: float) -> float:
    """What is drawn for a value: no bar below zero, and a cap no count reaches, so every pixel stays finite."""
    return min(value, LARGEST) if math.isfinite(value) and value > 0 else 0


def _number(value: float) -> str:
    """A count as written in the chart: whole numbers without a decimal point."""
    return str(int(value)) if math.isfinite(value) and value == int(value) else f"{value:.1f}"


def _colour(index: int) -> str:
    return COLOURS[index % len(COLOURS)]


def _legend(series: Sequence[Series], y: float, swatches: Sequence[str] = ()) -> Markup:
    """Swatch and name for each series, in a line along the top (names are cut to keep it one line)."""
    parts, x = [Markup('<g class="chart-legend">')], 48.0
    for k, s in enumerate(series):
        name = fit(s.name, 28)
        parts.append(
            Markup(
                '<rect class="chart-swatch chart-series-{}" x="{}" y="{}" width="12" height="12" rx="2" fill="{}"'
                ' stroke="{}"/><text x="{}" y="{}" font-size="12.5" fill="{}">{}</text>'
            ).format(
                k,
                num(x),
                num(y - 10),
                swatches[k] if swatches else _colour(k),
                COLOURS[0] if swatches else "none",
                num(x + 18),
                num(y),
                INK,
                text(name),
            )
        )
        x += 18 + 7 * width_of(name) + 24
    return Markup("").join([*parts, Markup("</g>")])


def _y_axis(ticks: list[float], left: float, right: float, bottom: float, scale: float) -> list[Markup]:
    return [
        Markup(
            '<line class="chart-grid" x1="{}" y1="{y}" x2="{}" y2="{y}" stroke="{}"/>'
            '<text class="chart-tick" x="{}" y="{}" text-anchor="end" font-size="11" fill="{}">{}</text>'
        ).format(
            num(left),
            num(right),
            RULE,
            num(left - 8),
            num(bottom - t * scale + 4),
            MUTED,
            _number(t),
            y=num(bottom - t * scale),
        )
        for t in ticks
    ]


def _baseline(left: float, right: float, bottom: float) -> Markup:
    return Markup('<line class="chart-axis" x1="{}" y1="{y}" x2="{}" y2="{y}" stroke="{}"/>').format(
        num(left), num(right), MUTED, y=num(bottom)
    )


def _empty(words: str, x: float, y: float) -> Markup:
    return Markup(
        '<text class="chart-empty" x="{}" y="{}" text-anchor="middle" font-size="13" fill="{}">{}</text>'
    ).format(num(x), num(y), MUTED, text(words))
