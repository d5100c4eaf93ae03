"""Discord's limits on what a message may hold (SPEC section 17), and text cut to fit them visibly.

Everything built from data of unbounded size passes through here, through pages.py (lists) or
through markup.escaped (typed text): Discord rejects a message over any limit whole, and the
person then sees nothing at all.
"""

from __future__ import annotations

from collections.abc import Callable

CONTENT = 2000
EMBED_TITLE = 256
EMBED_FIELD_VALUE = 1024
EMBED_TOTAL = 6000  # title, description, field names and values, footer and author of one embed

MARKER = "…"


def shorten(text: str, limit: int) -> str:
    """`text`, or as much of it as fits in `limit` characters with … at the end to show it was cut."""
    if len(text) <= limit:
        return text
    return text[: limit - len(MARKER)].rstrip() + MARKER


def listed(items: list[str], limit: int, *, more: Callable[[int], str], separator: str) -> str:
    """The items joined by `separator`, or as many as fit in `limit` followed by `more(left out)`."""
    joined = separator.join(items)
    if len(joined) <= limit:
        return joined
    shown: list[str] = []
    length = 0  # of the shown items joined
    for item in items:
        longer = length + (len(separator) if shown else 0) + len(item)
        if longer + len(separator) + len(more(len(items) - len(shown) - 1)) > limit:
            break
        shown.append(item)
        length = longer
    return separator.join([*shown, more(len(items) - len(shown))])
