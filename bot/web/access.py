"""Who is asking, and whether they may: the session, then the member's roles in Discord now.

Every page and every POST asks `viewer(request, need)`; nothing about what a person may do is kept
from an earlier request (SPEC 16). A refusal here is a `Refusal`: the middleware answers it with a page
(401 or 403) and nothing is changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from aiohttp import web

from bot.core.people import Member, is_admin, is_moderator, may_invite
from bot.core.refusals import Authority, NotAllowed
from bot.core.settings import GuildSettings, get_settings
from bot.i18n import Catalog
from bot.web.render import negotiated
from bot.web.sessions import Session
from bot.web.site import SESSION, SITE
from cogs._shared.refusals import render_refusal


class Need(Enum):
    SIGNED_IN = "signed_in"
    INVITE = "invite"  # the member role, or an admin: their own codes
    MODERATE = "moderate"  # Manage Roles or the moderator role: the queue and the waitlist
    ADMIN = "admin"  # Manage Server: settings, every code, the tree, the log, the charts


@dataclass(frozen=True)
class Place:
    """A page the navigation and the first page list: its address, who may open it, its words (message IDs)."""

    path: str
    need: Need
    title: str
    about: str


# In the order they are listed.
PLACES = (
    Place("/codes", Need.INVITE, title="web-codes-title", about="web-codes-about"),
    Place("/queue", Need.MODERATE, title="web-queue-title", about="web-queue-about"),
    Place("/waitlist", Need.MODERATE, title="web-waitlist-title", about="web-waitlist-about"),
    Place("/admin/settings", Need.ADMIN, title="web-settings-title", about="web-settings-about"),
    Place("/admin/codes", Need.ADMIN, title="web-all-codes-title", about="web-all-codes-about"),
    Place("/admin/tree", Need.ADMIN, title="web-tree-title", about="web-tree-about"),
    Place("/admin/audit", Need.ADMIN, title="web-audit-title", about="web-audit-about"),
    Place("/admin/charts", Need.ADMIN, title="web-charts-title", about="web-charts-about"),
)


class Refusal(Exception):
    """A request refused before it changed anything: answered with `message` and `status`."""

    def __init__(self, status: int, message: str, *, sign_out: bool = False) -> None:
        super().__init__(message)
        self.status, self.message, self.sign_out = status, message, sign_out


@dataclass(frozen=True)
class Viewer:
    session: Session
    member: Member
    settings: GuildSettings
    t: Catalog
    guild_name: str

    @property
    def guild_id(self) -> int:
        return self.session.guild_id

    @property
    def user_id(self) -> int:
        return self.session.user_id

    @property
    def may_invite(self) -> bool:
        return may_invite(self.member, self.settings.member_role_id)

    @property
    def may_moderate(self) -> bool:
        return is_moderator(self.member, self.settings.mod_role_id)

    @property
    def is_admin(self) -> bool:
        return is_admin(self.member)

    @property
    def places(self) -> list[Place]:
        """The pages they may open now (besides the first)."""
        return [place for place in PLACES if self.allows(place.need)]

    def allows(self, need: Need) -> bool:
        match need:
            case Need.SIGNED_IN:
                return True
            case Need.INVITE:
                return self.may_invite
            case Need.MODERATE:
                return self.may_moderate
            case Need.ADMIN:
                return self.is_admin


_AUTHORITY = {Need.INVITE: Authority.MEMBER, Need.MODERATE: Authority.MODERATOR, Need.ADMIN: Authority.ADMIN}


def reader(request: web.Request) -> Catalog:
    """The language of whoever is asking: their session's, else their browser's."""
    site = request.app[SITE]
    session: Session | None = request.get(SESSION)
    if session is not None:
        return site.catalogs[session.locale]
    return site.catalogs[negotiated(request.headers.get("Accept-Language"))]


async def viewer(request: web.Request, need: Need) -> Viewer:
    """The person asking, with what they may do now; a `Refusal` if they may not do `need`."""
    site = request.app[SITE]
    t = reader(request)
    session: Session | None = request.get(SESSION)
    if session is None:
        raise Refusal(401, t("web-sign-in-needed"))
    member = await site.people.member(session.guild_id, session.user_id)
    if member is None:
        raise Refusal(403, t("web-not-in-server"), sign_out=True)
    settings = await get_settings(site.db, session.guild_id, site.defaults)
    guild_name = site.people.guild_name(session.guild_id) or str(session.guild_id)
    seen = Viewer(session, member, settings, t, guild_name)
    if not seen.allows(need):
        raise Refusal(403, render_refusal(t, NotAllowed(_AUTHORITY[need])))
    return seen
