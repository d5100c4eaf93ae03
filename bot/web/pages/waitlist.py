"""The waitlist for moderators (SPEC 16): the open entries in order, each showing what its message in the moderator
channel shows, with Invite and Decline.

A decision here is the Discord button's: the same core calls (core.waitlist_decisions.invite and decline, as
cogs/waitlist/_buttons.py makes them), once, whoever clicks first anywhere. What it owes Discord (the entry's
message edited, the code's invite link, the DM, the log line) is committed with it, and the delivery worker
carries it as soon as the commit wakes it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from aiohttp import web

from bot.clock import now
from bot.core import waitlist, waitlist_decisions
from bot.core.inputs import MAX_REASON, parse_free_text
from bot.core.queue import numbered_page, page_count
from bot.core.refusals import Refused
from bot.core.waitlist import EntryNotFound, EntryStatus, positions
from bot.web.access import Need, Refusal, Viewer, viewer
from bot.web.answers import ERROR, acting, carried
from bot.web.discord_text import embed_fields
from bot.web.forms import field, page_number, row_id
from bot.web.render import page
from bot.web.site import SITE
from cogs._shared.markup import code, user
from cogs._shared.refusals import render_refusal
from cogs._shared.waitlist_entries import entry_embed, entry_title

routes = web.RouteTableDef()
BACK = "/waitlist"


@routes.get("/waitlist")
async def the_waitlist(request: web.Request) -> web.Response:
    site = request.app[SITE]
    seen = await viewer(request, Need.MODERATE)
    t = seen.t
    entries = await waitlist.open_entries(site.db, guild_id=seen.guild_id)  # one indexed read of the open ones
    numbers = positions(entries)
    on_page, number = numbered_page(entries, page_number(request.query.get("page", "")))  # as the queue's pages
    shown = []
    for entry in on_page:
        # The embed Discord shows, in the reader's language: its fields are what the page lists.
        embed = entry_embed(t, entry)
        shown.append(
            {
                "id": entry.id,
                "title": entry_title(t, entry),
                "position": numbers.get(entry.id),
                "waiting": entry.status is EntryStatus.WAITING,
                "fields": embed_fields(embed),
            }
        )
    return page(
        request,
        t,
        "waitlist.html",
        guild_id=seen.guild_id,
        viewer=seen,
        title=t("web-waitlist-title"),
        entries=shown,
        waiting=len(numbers),
        total=len(entries),
        number=number,
        pages=page_count(len(entries)),
        max_reason=MAX_REASON,
    )


@routes.post(r"/waitlist/{id:\d{1,19}}/invite")
async def invite(request: web.Request) -> web.Response:
    site = request.app[SITE]
    seen = await viewer(request, Need.MODERATE)
    entry_id = row_id(request)

    async def work() -> str:
        invited = await waitlist_decisions.invite(
            site.db,
            guild_id=seen.guild_id,
            entry_id=entry_id,
            moderator_id=seen.user_id,
            defaults=site.defaults,
            now=now(),
        )
        return seen.t("waitlist-invited", person=user(invited.entry.user_id), code=code(invited.code.display))

    return await _decide(request, seen, entry_id, work)


@routes.post(r"/waitlist/{id:\d{1,19}}/decline")
async def decline(request: web.Request) -> web.Response:
    site = request.app[SITE]
    seen = await viewer(request, Need.MODERATE)
    entry_id = row_id(request)
    form = await request.post()

    async def work() -> str:
        # The decline form's limit and cleaning, as Discord's (cogs/waitlist/_buttons.py DeclineForms).
        reason = parse_free_text(field(form, "reason"), name="reason", limit=MAX_REASON)
        declined = await waitlist_decisions.decline(
            site.db, guild_id=seen.guild_id, entry_id=entry_id, moderator_id=seen.user_id, reason=reason, now=now()
        )
        return seen.t("waitlist-declined", person=user(declined.user_id))

    return await _decide(request, seen, entry_id, work)


async def _decide(
    request: web.Request, seen: Viewer, entry_id: int, work: Callable[[], Awaitable[str]]
) -> web.Response:
    """The checks before either decision, in the order of Discord's buttons: the entry (none in this server is a
    404, whoever asks; one decided already says who decided), then the person, then the decision itself."""
    site = request.app[SITE]
    try:
        entry = await waitlist.waiting_entry(site.db, guild_id=seen.guild_id, entry_id=entry_id)
    except EntryNotFound as missing:  # another server's entry is none either: Discord's words
        raise Refusal(404, render_refusal(seen.t, missing)) from None
    except Refused as refused:
        return carried(request, BACK, render_refusal(seen.t, refused), kind=ERROR)
    # As Discord's buttons do (cogs/waitlist/_buttons.py closed_if_gone): someone who has left the server gets
    # no code (it would be reserved for nobody who can redeem it) and no decline (nor its cooldown); their entry
    # closes as left. People.member asks Discord (the bot fetches the member, or reads its member cache), the
    # web's one way to ask it; only reading, so the handler still does nothing a delivery does.
    if await site.people.member(seen.guild_id, entry.user_id) is None:
        await waitlist_decisions.person_gone(site.db, guild_id=seen.guild_id, entry_id=entry_id, now=now())
        return carried(request, BACK, seen.t("waitlist-person-gone", person=user(entry.user_id)), kind=ERROR)
    return await acting(request, seen, BACK, work)
