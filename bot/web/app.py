"""The dashboard's aiohttp application: its routes, middlewares and static files."""

from __future__ import annotations

from pathlib import Path

from aiohttp import web

from bot.web.pages import all_codes, audit, charts, codes, home, queue, settings, signin, tree, waitlist
from bot.web.security import on_response_prepare, sessions
from bot.web.site import SITE, Site

STATIC = Path(__file__).parent / "static"
MAX_FORM_BYTES = 64 * 1024  # the largest form (a code's note, a deny reason) is a few kilobytes


def make_app(site: Site) -> web.Application:
    app = web.Application(middlewares=[sessions], client_max_size=MAX_FORM_BYTES)
    app[SITE] = site
    app.on_response_prepare.append(on_response_prepare)
    for page in (signin, home, codes, queue, waitlist, settings, all_codes, tree, audit, charts):
        app.add_routes(page.routes)
    app.router.add_static("/static/", STATIC, append_version=True)
    return app
