"""Every code of the server (SPEC 16), for admins: filtered by status, inviter and kind, newest first, 50 a page;
Revoke on an active code is /gate revoke's (invites.revoke_code as an admin: logged, its link deleted)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from aiohttp import web

from bot.clock import now
from bot.core import code_search
from bot.core.code_search import CodeFilter
from bot.core.codes import CodeKind, CodeStatus
from bot.core.inputs import NotANumber, parse_user_id
from bot.i18n import Catalog
from bot.web.access import Need, viewer
from bot.web.forms import field
from bot.web.pages.codes import revoking
from bot.web.paging import PAGE, BadFilter, BadPage, keyset, page_of
from bot.web.render import page
from bot.web.site import SITE
from cogs._shared.lines import reserved_for
from cogs._shared.refusals import render_refusal
from cogs._shared.statuses import code_status

routes = web.RouteTableDef()
BASE = "/admin/codes"
FILTERS = ("status", "inviter", "kind")

# Each kind of code in the reader's words.
KIND_WORDS = {
    CodeKind.MEMBER: "web-all-codes-kind-member",
    CodeKind.LINK: "web-all-codes-kind-link",
    CodeKind.WAITLIST: "web-all-codes-kind-waitlist",
}


def filter_of(t: Catalog, query: Mapping[str, str]) -> tuple[CodeFilter, dict[str, str]]:
    """The filter the address asks for, and each field as typed; BadFilter naming the field that is not one."""
    typed = {name: query.get(name, "").strip()[:40] for name in FILTERS}
    statuses = {status.value: status for status in CodeStatus}
    kinds = {kind.value: kind for kind in CodeKind}
    for name, allowed in (("status", statuses), ("kind", kinds)):
        if typed[name] and typed[name] not in allowed:
            raise BadFilter(t("web-filter-not-a-choice", field=name))
    try:
        inviter = parse_user_id(typed["inviter"], option="inviter") if typed["inviter"] else None
    except NotANumber as refused:
        raise BadFilter(render_refusal(t, refused)) from None
    status = statuses.get(typed["status"])
    return CodeFilter(status=status, inviter_id=inviter, kind=kinds.get(typed["kind"])), typed


@routes.get(BASE)
async def all_codes(request: web.Request) -> web.Response:
    site = request.app[SITE]
    seen = await viewer(request, Need.ADMIN)
    t = seen.t
    shown: dict[str, Any] = {
        "title": t("web-all-codes-title"),
        "guild_id": seen.guild_id,
        "viewer": seen,
        "statuses": [(status.value, code_status(t, status)) for status in CodeStatus],
        "kinds": [(kind.value, t(KIND_WORDS[kind])) for kind in CodeKind],
    }
    try:
        (wanted, typed), at = filter_of(t, request.query), keyset(request.query)
    except (BadFilter, BadPage) as bad:
        error = bad.text if isinstance(bad, BadFilter) else t("web-filter-bad-page")
        typed = {name: request.query.get(name, "")[:40] for name in FILTERS}
        return page(request, t, "all_codes.html", status=400, **shown, typed=typed, error=error)
    moment = now()
    codes = await code_search.codes_page(
        site.db, guild_id=seen.guild_id, filter=wanted, now=moment, before_id=at.before, after_id=at.after,
        limit=PAGE + 1,
    )  # fmt: skip
    found = page_of(codes, at, [code.id for code in codes], BASE, typed)
    rows = [
        {
            "code": code,
            "status": code.status(moment),
            "kind": t(KIND_WORDS[code.kind]),
            "for": None if code.for_user is None else reserved_for(t, code.for_user),
        }
        for code in found.rows
    ]
    return page(
        request,
        t,
        "all_codes.html",
        **shown,
        typed=typed,
        rows=rows,
        pager=found,
        active=CodeStatus.ACTIVE,
        status_words=lambda status: code_status(t, status),
        here=request.path_qs,
    )


def _back(form: Mapping[str, object]) -> str:
    """The page the Revoke came from (its filters and page kept); only ever this page."""
    back = field(form, "back")
    parts = urlsplit(back)
    if parts.scheme or parts.netloc or parts.path != BASE:
        return BASE
    return urlunsplit(("", "", BASE, parts.query, ""))  # as read: urlsplit drops line breaks the raw text holds


@routes.post(f"{BASE}/revoke")
async def revoke(request: web.Request) -> web.Response:
    seen = await viewer(request, Need.ADMIN)
    form = await request.post()
    return await revoking(request, seen, form, as_admin=True, back=_back(form))
