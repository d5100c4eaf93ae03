"""What an admission's messages say: alerts, DMs and replies (the request itself: cogs/_shared/requests.py).

Each function writes in the catalog it is given (its first parameter); the caller chooses the language.
"""

from __future__ import annotations

from bot.core.admissions import Admission
from bot.i18n import Catalog
from cogs._shared.limits import CONTENT
from cogs._shared.markup import channel, code, escaped, user


def moved_to(t: Catalog, channel_id: int) -> str:
    """On a waiting request's old message, once the moderator channel changed: where it waits now."""
    return t("admissions-moved-to", channel=channel(channel_id))


def guessing_alert(t: Catalog, window_minutes: int, attempts: int) -> str:
    return t("admissions-guessing-alert", minutes=window_minutes, attempts=attempts)


def _server(name: str) -> str:
    """A server's name as its admins typed it (up to 100 characters), escaped; the catalogs put it in bold."""
    return escaped(name, 200)


def inviter_dm(t: Catalog, admission: Admission, guild_name: str) -> str:
    return t(
        "admissions-inviter-dm",
        newcomer=user(admission.user_id),
        server=_server(guild_name),
        code=code(admission.code_display),
    )


def approved_dm(t: Catalog, guild_name: str, *, roles_granted: bool) -> str:
    if roles_granted:
        return t("admissions-approved-dm-welcome", server=_server(guild_name))
    return t("admissions-approved-dm-roles-pending", server=_server(guild_name))


def denied_dm(t: Catalog, guild_name: str, reason: str | None) -> str:
    text = t("admissions-denied-dm", server=_server(guild_name))
    if not reason:
        return text
    text += "\n"
    room = CONTENT - len(text) - len(t("admissions-denied-dm-reason", reason=""))
    return text + t("admissions-denied-dm-reason", reason=escaped(reason, room))


def dm_refused(t: Catalog, user_id: int) -> str:
    return t("admissions-dm-refused", newcomer=user(user_id))


def dm_delayed(t: Catalog, user_id: int) -> str:
    return t("admissions-dm-delayed", newcomer=user(user_id))


def dm_undelivered(t: Catalog, admission: Admission) -> str:
    """For the moderator channel, when the decider was no longer there to be told."""
    return t(
        "admissions-dm-undelivered",
        newcomer=user(admission.user_id),
        moderator=user(admission.decided_by or 0),
        number=str(admission.id),
    )


def request_received(t: Catalog, guild_name: str) -> str:
    return t("admissions-request-received", server=_server(guild_name))


def welcome(t: Catalog, guild_name: str, inviter_id: int) -> str:
    return t("admissions-welcome", server=_server(guild_name), inviter=user(inviter_id))


def back_received(t: Catalog, guild_name: str) -> str:
    """To someone who came back without a code, whose request waits for a moderator."""
    return t("screening-back-received", server=_server(guild_name))


def welcome_back(t: Catalog, guild_name: str) -> str:
    """To someone readmitted without a code (the policy `returning = readmit`)."""
    return t("screening-welcome-back", server=_server(guild_name))


def roles_delayed(t: Catalog) -> str:
    return t("admissions-roles-delayed")
