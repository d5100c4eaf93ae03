"""What the waitlist's messages say: the DMs and the replies (the entry's message: cogs/_shared/waitlist_entries.py).

Each function writes in the catalog it is given (its first parameter); the caller chooses the language.
"""

from __future__ import annotations

from bot.core.codes import Code, CodeStatus
from bot.core.inputs import MAX_REASON
from bot.core.waitlist import WaitlistEntry
from bot.core.waitlist_joining import Standing
from bot.i18n import Catalog
from cogs._shared.limits import CONTENT
from cogs._shared.markup import channel, code, escaped, timestamp, user
from cogs._shared.statuses import code_status


def _server(name: str) -> str:
    """A server's name as its admins typed it, escaped; the catalogs put it in bold."""
    return escaped(name, 200)


def invited_dm(t: Catalog, entry: WaitlistEntry, sent: Code, guild_name: str, welcome_id: int | None) -> str:
    """The code they were sent, its link if it has one, and what to do with it."""
    lines = [
        t(
            "waitlist-invited-dm",
            server=_server(guild_name),
            inviter=user(sent.inviter_id),
            code=code(sent.display),
            expires=timestamp(sent.expires_at),
        )
    ]
    lines += how_to_redeem(t, sent, welcome_id)
    return "\n".join(lines)


def how_to_redeem(t: Catalog, sent: Code, welcome_id: int | None) -> list[str]:
    where = channel(welcome_id) if welcome_id else t("waitlist-the-welcome-channel")
    if sent.link is not None:
        return [t("waitlist-how-to-redeem-link", link=sent.link, code=sent.display, channel=where)]
    return [t("waitlist-how-to-redeem", code=sent.display, channel=where)]


def declined_dm(t: Catalog, entry: WaitlistEntry, guild_name: str, cooldown_days: int) -> str:
    lines = [t("waitlist-declined-dm", server=_server(guild_name))]
    if entry.reason:
        room = CONTENT - 400
        lines.append(t("waitlist-declined-dm-reason", reason=escaped(entry.reason, min(room, MAX_REASON * 2))))
    if cooldown_days > 0 and entry.decided_at is not None:
        lines.append(t("waitlist-declined-dm-again", when=timestamp(entry.decided_at + cooldown_days * 86_400)))
    return "\n".join(lines)


def joined(t: Catalog, guild_name: str, position: int) -> str:
    return t("waitlist-joined", server=_server(guild_name), position=position)


def standing(t: Catalog, found: Standing, welcome_id: int | None, now: int) -> str:
    """/waitlist status: their position, the code they were sent, a decline and when they may join again, or none."""
    entry = found.entry
    if entry is None:
        return t("waitlist-status-none")
    if found.position is not None:
        return t("waitlist-status-waiting", position=found.position, since=timestamp(entry.joined_at, "R"))
    if found.code is not None:
        sent = found.code
        status = sent.status(now)
        first = t("waitlist-status-invited", code=code(sent.display), inviter=user(sent.inviter_id))
        if status is not CodeStatus.ACTIVE:
            return "\n".join([first, t("waitlist-status-code-ended", status=code_status(t, status))])
        expires = t(
            "waitlist-status-expires", when=timestamp(sent.expires_at), relative=timestamp(sent.expires_at, "R")
        )
        return "\n".join([first, expires, *how_to_redeem(t, sent, welcome_id)])
    assert found.may_join_at is not None
    return t(
        "waitlist-status-declined",
        when=timestamp(entry.decided_at or 0, "R"),
        again=timestamp(found.may_join_at),
    )
