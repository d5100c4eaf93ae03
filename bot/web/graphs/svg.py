"""What every drawing shares: user text made safe as it enters, numbers as SVG writes them, text fitted to a box."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable

from markupsafe import Markup, escape

# Characters XML 1.0 does not allow at all (controls, lone surrogates, U+FFFE/U+FFFF): one would make the page's
# SVG unparsable for an XML reader, so they are dropped along with the escaping.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK JP', sans-serif"
INK = "#1f1f1f"  # text
MUTED = "#5f6368"  # axes' words, ticks
RULE = "#dadce0"  # grid lines


def text(value: str) -> Markup:
    """User (or translated) text, escaped for an element's content or an attribute: the one way words get in."""
    return escape(_NOT_XML.sub("", value))


def num(value: float) -> str:
    """A coordinate or length, to a tenth of a pixel; never NaN or infinite (a bug upstream, not a drawing)."""
    if not math.isfinite(value):
        raise ValueError(f"not a finite coordinate: {value}")
    rounded = f"{value:.1f}"
    return "0" if rounded in ("0.0", "-0.0") else rounded.removesuffix(".0")


def width_of(value: str) -> int:
    """Roughly how many half-em columns `value` takes: wide (CJK) characters count two, combining marks none."""
    return sum(
        0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in value
    )


def fit(value: str, columns: int) -> str:
    """`value` cut to `columns` half-em columns, with an ellipsis when cut (the full text goes in a <title>)."""
    if width_of(value) <= columns:
        return value
    kept, used = [], 1  # the ellipsis
    for c in value:
        used += width_of(c)
        if used > columns:
            break
        kept.append(c)
    return "".join(kept).rstrip() + "…"


def document(
    *, classes: str, width: float, height: float, role: str, title: str, sized: bool, body: Iterable[Markup]
) -> Markup:
    """The <svg> element around `body`: a viewBox so it scales, a title for assistive technology and tooltips.
    `sized`: width and height attributes too, so it keeps its natural size (and its page scrolls) unless CSS says."""
    size = Markup(' width="{}" height="{}"').format(num(width), num(height)) if sized else Markup("")
    head = Markup(
        '<svg xmlns="http://www.w3.org/2000/svg" class="{}" viewBox="0 0 {} {}"{} role="{}" aria-label="{}"'
        ' font-family="{}"><title>{}</title>'
    ).format(classes, num(width), num(height), size, role, text(title), FONT, text(title))
    return head + Markup("").join(body) + Markup("</svg>")
