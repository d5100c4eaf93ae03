"""Reading what a request sends: a form's fields (every one a string, whatever was sent), and the numbers and IDs
of an address."""

from __future__ import annotations

from collections.abc import Mapping

from aiohttp import web

from bot.core.inputs import MAX_ID


def field(form: Mapping[str, object], name: str) -> str:
    """The field's text; '' if it is absent or a file. Its length is the core check's to refuse (the
    whole form is capped by the app's client_max_size)."""
    value = form.get(name, "")
    return value if isinstance(value, str) else ""


def query_number(text: str, *, digits: int) -> int | None:
    """A whole number in an address (`?page=2`): ASCII digits, at most `digits` of them; None for anything else
    (`str.isdigit` alone would pass '²', which int() refuses)."""
    return int(text) if text.isascii() and text.isdigit() and len(text) <= digits else None


def page_number(text: str) -> int:
    """The page a list's address asks for (`?page=2`, counted from 1), from 0; the first for anything else."""
    number = query_number(text, digits=6)
    return number - 1 if number else 0


def row_id(request: web.Request) -> int:
    """The `{id}` of the address (digits, by its route); 404 past any ID the database can hold."""
    number = int(request.match_info["id"])
    if number > MAX_ID:
        raise web.HTTPNotFound()
    return number
