"""A member's codes (SPEC 16): status, uses, expiry, link and who redeemed each; create, revoke, regenerate.

The same core calls as `/invite create`, `/invite revoke` and `/invite regenerate`, with the same checks
and quota; the links they owe are made by the delivery worker, as after the commands.
"""

from __future__ import annotations

from collections.abc import Mapping

from aiohttp import web

from bot.clock import now
from bot.core import invites, regeneration
from bot.core.codes import CodeStatus, ReservationById
from bot.core.inputs import MAX_NOTE, parse_duration, parse_for_user, parse_free_text, parse_whole_number
from bot.web.access import Need, Viewer, viewer
from bot.web.answers import acting
from bot.web.forms import field
from bot.web.render import page
from bot.web.site import SITE
from cogs._shared.lines import quota_line
from cogs._shared.statuses import code_status

routes = web.RouteTableDef()
BACK = "/codes"


@routes.get("/codes")
async def my_codes(request: web.Request) -> web.Response:
    site = request.app[SITE]
    seen = await viewer(request, Need.INVITE)
    at = now()
    mine = await invites.list_member_codes(
        site.db, guild_id=seen.guild_id, member=seen.member, defaults=site.defaults, now=at
    )
    t = seen.t
    return page(
        request,
        t,
        "codes.html",
        guild_id=seen.guild_id,
        viewer=seen,
        title=t("web-codes-title"),
        codes=[(code, code.status(at)) for code in mine.codes],
        status_words=lambda status: code_status(t, status),
        active=CodeStatus.ACTIVE,
        quota=quota_line(t, mine.quota),
        max_uses=seen.settings.policy.max_uses_per_code,
        max_note=MAX_NOTE,
    )


@routes.post("/codes")
async def create(request: web.Request) -> web.Response:
    site = request.app[SITE]
    seen = await viewer(request, Need.INVITE)
    form = await request.post()

    async def work() -> str:
        uses_text, expires_text = field(form, "uses"), field(form, "expires_in")
        uses = parse_whole_number(uses_text, option="uses") if uses_text.strip() else 1
        lifetime = parse_duration(expires_text) if expires_text.strip() else None
        for_text = field(form, "for_user")
        reservation = parse_for_user(for_text) if for_text.strip() else None
        note = parse_free_text(field(form, "note"), name="note", limit=MAX_NOTE)
        if isinstance(reservation, ReservationById):
            await site.people.require_person(reservation.user_id)
        created = await invites.create_code(
            site.db,
            guild_id=seen.guild_id,
            member=seen.member,
            defaults=site.defaults,
            now=now(),
            uses=uses,
            expires_in=lifetime,
            for_user=reservation,
            note=note,
        )
        return seen.t("web-code-created", code=created.code.display)

    return await acting(request, seen, BACK, work)


@routes.post("/codes/revoke")
async def revoke(request: web.Request) -> web.Response:
    seen = await viewer(request, Need.INVITE)
    return await revoking(request, seen, await request.post(), as_admin=False, back=BACK)


async def revoking(
    request: web.Request, seen: Viewer, form: Mapping[str, object], *, as_admin: bool, back: str
) -> web.Response:
    """Revoke the code the form names, as /invite revoke does (or as an admin, /gate revoke), then go to `back`."""
    site = request.app[SITE]

    async def work() -> str:
        revoked = await invites.revoke_code(
            site.db,
            guild_id=seen.guild_id,
            code_text=field(form, "code"),
            by_user=seen.user_id,
            as_admin=as_admin,
            now=now(),
        )
        return seen.t("web-code-revoked", code=revoked.display)

    return await acting(request, seen, back, work)


@routes.post("/codes/regenerate")
async def regenerate(request: web.Request) -> web.Response:
    site = request.app[SITE]
    seen = await viewer(request, Need.INVITE)
    form = await request.post()

    async def work() -> str:
        result = await regeneration.regenerate_code(
            site.db,
            guild_id=seen.guild_id,
            code_text=field(form, "code"),
            member=seen.member,
            defaults=site.defaults,
            now=now(),
        )
        return seen.t("web-code-regenerated", old=result.old.display, new=result.created.code.display)

    return await acting(request, seen, BACK, work)
