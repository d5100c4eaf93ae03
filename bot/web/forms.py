"""Reading a submitted form: every field a string, whatever was sent."""

from __future__ import annotations

from collections.abc import Mapping

from aiohttp import web

from bot.core.inputs import MAX_ID


def field(form: Mapping[str, object], name: str) -> str:
    """The field's text; '' if it is absent or a file. Its length is the core check's to refuse (the
    whole form is capped by the app's client_max_size)."""
    value = form.get(name, "")
    return value if isinstance(value, str) else ""


def page_number(text: str) -> int:
    """The page a list's address asks for (`?page=2`, counted from 1), from 0; the first for anything else."""
    return int(text) - 1 if text.isdigit() and 0 < len(text) < 7 else 0


def row_id(request: web.Request) -> int:
    """The `{id}` of the address (digits, by its route); 404 past any ID the database can hold."""
    number = int(request.match_info["id"])
    if number > MAX_ID:
        raise web.HTTPNotFound()
    return number
