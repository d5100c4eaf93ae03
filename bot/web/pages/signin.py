"""Signing in with a one-time link from `/dashboard`, and signing out."""

from __future__ import annotations

from aiohttp import web

from bot.clock import now
from bot.core import dashboard_links
from bot.web.access import Refusal, reader
from bot.web.answers import see_other
from bot.web.sessions import COOKIE, SESSION_SECONDS, Session, seal
from bot.web.site import SITE

routes = web.RouteTableDef()


@routes.get("/signin/{token}")
async def sign_in(request: web.Request) -> web.Response:
    """A GET with no confirmation step (SPEC 16): the link is the proof, and it works once."""
    site = request.app[SITE]
    at = now()
    signed = await dashboard_links.use_link(site.db, token=request.match_info["token"], now=at)
    if signed is None:
        raise Refusal(403, reader(request)("web-link-used-or-expired"))
    session = Session(signed.guild_id, signed.user_id, signed.locale, at + SESSION_SECONDS)
    response = see_other("/")
    response.set_cookie(
        COOKIE,
        seal(session, site.secret),
        max_age=SESSION_SECONDS,
        path="/",
        httponly=True,
        samesite="Lax",
        secure=site.secure,
    )
    return response


@routes.post("/signout")
async def sign_out(request: web.Request) -> web.Response:
    response = see_other("/")
    response.del_cookie(COOKIE, path="/")
    return response
