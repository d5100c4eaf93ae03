"""How a POST answers: a redirect to the page it came from (so a reload never repeats it), with what
happened carried to that page once, in a signed cookie. A core refusal is carried the same way, as an
error, in the same words Discord would use."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from aiohttp import web

from bot.core.refusals import Refused
from bot.web.access import Viewer
from bot.web.sessions import FLASH_COOKIE, seal_text
from bot.web.site import SITE
from cogs._shared.refusals import render_refusal

ERROR, NOTICE = "error", "notice"


def see_other(to: str) -> web.Response:
    return web.Response(status=303, headers={"Location": to})


def carried(request: web.Request, to: str, text: str, *, kind: str = NOTICE) -> web.Response:
    """303 to `to`, which then shows `text` once."""
    response = see_other(to)
    site = request.app[SITE]
    response.set_cookie(
        FLASH_COOKIE,
        seal_text(f"{kind}\n{text}", site.secret),
        path="/",
        httponly=True,
        samesite="Lax",
        secure=site.secure,
    )
    return response


async def acting(request: web.Request, viewer: Viewer, back: str, work: Callable[[], Awaitable[str]]) -> web.Response:
    """Run `work` (a core call, then the words that say it is done) and go back to `back`, telling either
    what was done or why the rules refused it."""
    try:
        text = await work()
    except Refused as refused:
        return carried(request, back, render_refusal(viewer.t, refused), kind=ERROR)
    return carried(request, back, text)
