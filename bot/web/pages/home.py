"""The first page: who is signed in, to which server, and the pages they may open."""

from __future__ import annotations

from aiohttp import web

from bot.web.access import Need, reader, viewer
from bot.web.render import page
from bot.web.site import SESSION

routes = web.RouteTableDef()


@routes.get("/")
async def home(request: web.Request) -> web.Response:
    if request.get(SESSION) is None:
        t = reader(request)
        return page(request, t, "signed_out.html", title=t("web-signed-out-title"))
    seen = await viewer(request, Need.SIGNED_IN)
    return page(request, seen.t, "home.html", guild_id=seen.guild_id, viewer=seen, title=seen.t("web-home-title"))
