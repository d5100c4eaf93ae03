"""Keyset paging for the admins' long lists (all codes, the audit log): newest first, a page at a time, searched
with filters typed in the address.

A page is asked for by ID, never by offset, so it costs the same however long the list is: `before=ID` is the
page just older than ID (Older), `after=ID` the page just newer (Newer). One row more than a page is read to
know whether there is another page that way.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar
from urllib.parse import urlencode

from bot.core.inputs import MAX_ID
from bot.web.forms import query_number

PAGE = 50
T = TypeVar("T")


class BadFilter(Exception):
    """A search the page cannot run, with the reader's words saying which field is wrong."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


class BadPage(Exception):
    """`before` or `after` is not an ID."""


@dataclass(frozen=True)
class Keyset:
    before: int | None = None
    after: int | None = None


def keyset(query: Mapping[str, str]) -> Keyset:
    """Where the page starts, from the address (BadPage if `before` or `after` is not a whole number)."""
    found: dict[str, int | None] = {}
    for name in ("before", "after"):
        text = query.get(name, "")
        number = query_number(text, digits=19)
        if text and (number is None or number > MAX_ID):
            raise BadPage(name)
        found[name] = number
    if found["before"] is not None and found["after"] is not None:
        raise BadPage("after")
    return Keyset(found["before"], found["after"])


@dataclass(frozen=True)
class Page(Generic[T]):
    rows: list[T]
    newer: str | None  # the Newer link, if there are newer rows
    older: str | None  # the Older link, if there are older rows


def page_of(rows: Sequence[T], at: Keyset, ids: Sequence[int], base: str, filters: Mapping[str, str]) -> Page[T]:
    """The page from `rows` (read with PAGE + 1 rows at most, newest first; `ids` theirs), with its links to
    `base` keeping `filters`."""
    more = len(rows) > PAGE
    if at.after is not None:  # read upward from `after`: the extra row, if any, is the newest
        shown, shown_ids = list(rows[-PAGE:]), list(ids[-PAGE:])
        has_newer, has_older = more, True
    else:
        shown, shown_ids = list(rows[:PAGE]), list(ids[:PAGE])
        has_newer, has_older = at.before is not None, more
    kept = {name: value for name, value in filters.items() if value}

    def link(**edge: int) -> str:
        return f"{base}?{urlencode({**kept, **edge})}"

    if not shown_ids and at != Keyset():  # paged past either end (a row gone meanwhile): back to the newest
        return Page(shown, newer=link(), older=None)
    return Page(
        shown,
        newer=link(after=shown_ids[0]) if shown_ids and has_newer else None,
        older=link(before=shown_ids[-1]) if shown_ids and has_older else None,
    )
