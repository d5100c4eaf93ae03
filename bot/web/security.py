"""What every response carries and every POST must prove (SPEC 16).

- Headers on every response, error pages and static files included: a Content-Security-Policy that
  allows no script at all (the pages need none), no framing, no sniffing, no referrer to other sites.
- The session: read from its signed cookie into `request[SESSION]` (None without a valid one).
- CSRF: a POST must carry the token of the session it comes with; a POST without one, or with
  another's, is answered 403 before any handler runs, so it changes nothing.
"""

from __future__ import annotations

import logging

from aiohttp import web
from aiohttp.typedefs import Handler

from bot.clock import now
from bot.core.refusals import Refused
from bot.web.access import Refusal, reader
from bot.web.render import page
from bot.web.sessions import COOKIE, csrf_token, same, unseal
from bot.web.site import CSRF, SESSION, SITE
from cogs._shared.refusals import render_refusal

log = logging.getLogger(__name__)

CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
# (name, value) pairs: header values are not message IDs (tests/i18n reads every dict's values as those).
HEADERS = (
    ("Content-Security-Policy", CSP),
    ("X-Content-Type-Options", "nosniff"),
    ("X-Frame-Options", "DENY"),
    ("Referrer-Policy", "same-origin"),  # sign-in links and page addresses never reach other sites
    ("Cross-Origin-Opener-Policy", "same-origin"),
)
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


async def on_response_prepare(request: web.Request, response: web.StreamResponse) -> None:
    """The security headers, on whatever is sent: pages, redirects, errors and static files alike."""
    for name, value in HEADERS:
        response.headers[name] = value
    if not isinstance(response, web.FileResponse):
        response.headers["Cache-Control"] = "no-store"  # pages show one person's server: no cache keeps them


@web.middleware
async def sessions(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Reads the session, checks a POST's CSRF token, and answers refusals and failures with a page."""
    site = request.app[SITE]
    cookie = request.cookies.get(COOKIE)
    session = unseal(cookie, site.secret, now()) if cookie else None
    request[SESSION] = session
    request[CSRF] = csrf_token(cookie, site.secret) if cookie and session else ""
    try:
        if request.method not in SAFE_METHODS:
            form = await request.post()
            sent = form.get("csrf")
            if session is None or not isinstance(sent, str) or not same(sent, request[CSRF]):
                raise Refusal(403, reader(request)("web-form-expired"))
        return await handler(request)
    except Refusal as refusal:
        response = _message(request, refusal.status, refusal.message)
        if refusal.sign_out:
            response.del_cookie(COOKIE, path="/")
        return response
    except Refused as refused:  # a handler's core call refused, and the handler did not say it itself
        return _message(request, 409, render_refusal(reader(request), refused))
    except web.HTTPException as error:
        if error.status < 400:
            raise
        return _message(request, error.status, reader(request)(_STATUS_WORDS.get(error.status, "web-error-other")))
    except Exception:
        log.exception("the dashboard failed on %s %s", request.method, request.path)
        return _message(request, 500, reader(request)("web-error-unexpected"))


_STATUS_WORDS = {404: "web-error-not-found", 405: "web-error-not-found", 413: "web-error-too-large"}


def _message(request: web.Request, status: int, text: str) -> web.Response:
    session = request.get(SESSION)
    return page(
        request,
        reader(request),
        "message.html",
        status=status,
        guild_id=None if session is None else session.guild_id,
        title=reader(request)("web-error-title" if status >= 500 else "web-refused-title"),
        message=text,
        signed_in=session is not None,
    )
