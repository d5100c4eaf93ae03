"""Pages from templates: Jinja2 with every value escaped, the reader's words, and the form token."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import jinja2
from aiohttp import web

from bot.i18n import DEFAULT_LOCALE, SHIPPED, Catalog
from bot.web.discord_text import Names, to_html
from bot.web.sessions import FLASH_COOKIE, unseal_text
from bot.web.site import CSRF, SITE


@functools.cache
def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("bot.web", "templates"),
        autoescape=True,  # everything, whatever the file's extension: user text is never trusted
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def when(epoch: int) -> str:
    """A time as every reader can read it, in UTC (the page cannot know the reader's zone without script). A
    time past the year 9999, which only typed text can hold (`<t:999999999999>` in a note), stays a number."""
    try:
        return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%d %H:%M UTC")
    except (ValueError, OverflowError, OSError):
        return str(epoch)


def names(request: web.Request, guild_id: int | None) -> Names:
    """Names for what Discord markup points at, in this guild; IDs where none is known."""
    people = request.app[SITE].people

    def known(lookup: Callable[[int, int], str | None]) -> Callable[[int], str]:
        return lambda id_: (lookup(guild_id, id_) if guild_id is not None else None) or str(id_)

    return Names(known(people.name), known(people.role_name), known(people.channel_name), when)


def negotiated(accept_language: str | None) -> str:
    """The shipped language a browser asks for first (for pages before sign-in); English if none."""
    for part in (accept_language or "").split(","):
        tag = part.split(";")[0].strip()
        for shipped in SHIPPED:
            if tag.lower() == shipped.lower() or tag.split("-")[0].lower() == shipped.split("-")[0].lower():
                return shipped
    return DEFAULT_LOCALE


def page(
    request: web.Request,
    t: Catalog,
    template: str,
    *,
    status: int = 200,
    guild_id: int | None = None,
    **context: Any,
) -> web.Response:
    """The rendered page. Templates get `t` (the reader's words), `when`, `name(user_id)`, `discord(text)`
    (Discord-written words as HTML), the CSRF token and the message carried from the last POST, if any."""
    site = request.app[SITE]
    flash = request.cookies.get(FLASH_COOKIE)
    sealed = unseal_text(flash, site.secret) if flash else None
    carried = None if sealed is None else dict(zip(("kind", "text"), sealed.split("\n", 1), strict=False))
    shown = names(request, guild_id)
    html = (
        environment()
        .get_template(template)
        .render(
            t=t,
            lang=t.locale,
            when=when,
            name=shown.user,
            discord=lambda text: to_html(text, shown),
            csrf=request.get(CSRF, ""),
            carried=carried,
            **context,
        )
    )
    response = web.Response(text=html, status=status, content_type="text/html")
    if flash:
        response.del_cookie(FLASH_COOKIE, path="/")
    return response
