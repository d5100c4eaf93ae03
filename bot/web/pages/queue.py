"""The moderators' queue (SPEC 16): the open admission requests, each showing what its message in the moderator
channel shows, with Approve and Deny.

A decision here is the Discord button's: the same core call (core.admissions.decide, as
cogs/admissions/_approvals.py makes it), once, whoever clicks first anywhere. What it owes Discord (the request
message edited, the roles, the DMs, the log line) is committed with it, and the delivery worker carries it as
soon as the commit wakes it: this handler never calls Discord.
"""

from __future__ import annotations

from aiohttp import web

from bot.clock import now
from bot.core import admissions, queue
from bot.core.admissions import AdmissionStatus, RequestNotFound
from bot.core.inputs import MAX_REASON, parse_free_text
from bot.web.access import Need, Refusal, Viewer, viewer
from bot.web.answers import acting
from bot.web.discord_text import embed_fields
from bot.web.forms import field, page_number, row_id
from bot.web.render import page
from bot.web.site import SITE
from cogs._shared.refusals import render_refusal
from cogs._shared.requests import decided, request_embed, request_title
from cogs._shared.statuses import admission_status

routes = web.RouteTableDef()
BACK = "/queue"


@routes.get("/queue")
async def the_queue(request: web.Request) -> web.Response:
    site = request.app[SITE]
    seen = await viewer(request, Need.MODERATE)
    t = seen.t
    number = page_number(request.query.get("page", ""))
    found = await queue.open_requests(site.db, guild_id=seen.guild_id, page=number)
    shown = []
    for facts in found.requests:
        admission = facts.admission
        # The embed Discord shows, in the reader's language: its fields are what the page lists.
        embed = request_embed(t, facts, seen.guild_name)
        shown.append(
            {
                "id": admission.id,
                "title": request_title(t, admission),
                "status": admission.status.value,
                "status_words": admission_status(t, admission.status),
                "awaiting": admission.status is AdmissionStatus.AWAITING_APPROVAL,
                "fields": embed_fields(embed),
            }
        )
    return page(
        request,
        t,
        "queue.html",
        guild_id=seen.guild_id,
        viewer=seen,
        title=t("web-queue-title"),
        requests=shown,
        total=found.total,
        number=found.number,
        pages=found.pages,
        max_reason=MAX_REASON,
    )


@routes.post(r"/queue/{id:\d{1,19}}/approve")
async def approve(request: web.Request) -> web.Response:
    seen = await viewer(request, Need.MODERATE)
    return await _decide(request, seen, approve=True, reason_text="")


@routes.post(r"/queue/{id:\d{1,19}}/deny")
async def deny(request: web.Request) -> web.Response:
    seen = await viewer(request, Need.MODERATE)
    form = await request.post()
    return await _decide(request, seen, approve=False, reason_text=field(form, "reason"))


async def _decide(request: web.Request, seen: Viewer, *, approve: bool, reason_text: str) -> web.Response:
    site = request.app[SITE]
    admission_id = row_id(request)

    async def work() -> str:
        # The deny form's limit and cleaning, as Discord's (cogs/admissions/_approvals.py DenyForms).
        reason = None if approve else parse_free_text(reason_text, name="reason", limit=MAX_REASON)
        try:
            made = await admissions.decide(
                site.db,
                guild_id=seen.guild_id,
                admission_id=admission_id,
                moderator_id=seen.user_id,
                approve=approve,
                reason=reason,
                now=now(),
            )
        except RequestNotFound as missing:  # none in this server (another server's is none either): Discord's words
            raise Refusal(404, render_refusal(seen.t, missing)) from None
        return decided(seen.t, made)

    return await acting(request, seen, BACK, work)
