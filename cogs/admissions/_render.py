"""What an admission's messages say: the request embed, alerts, DMs, log lines and replies.

Each function writes in the catalog it is given (its first parameter); the caller chooses the language.
"""

from __future__ import annotations

import discord

from bot.core.admissions import Admission, AdmissionStatus, RequestFacts
from bot.core.codes import CodeKind
from bot.core.holds import Hold
from bot.core.people import account_created_at
from bot.i18n import Catalog
from cogs._shared.limits import CONTENT, EMBED_FIELD_VALUE, EMBED_TOTAL
from cogs._shared.markup import channel, code, escaped, timestamp, user
from cogs._shared.vouching import record_line
from cogs.admissions._signals import add_signals

_WAITING = discord.Colour.gold()
_GRANTED = discord.Colour.green()
_DENIED = discord.Colour.red()
_CLOSED = discord.Colour.dark_grey()


def request_title(t: Catalog, admission: Admission) -> str:
    return t("admissions-request-title", number=str(admission.id))


def request_embed(t: Catalog, facts: RequestFacts, guild_name: str) -> discord.Embed:
    """The admission request as moderators see it; the decision is added once made. A waiting request made with
    a suspended member's code says so (SPEC section 12); the risk signals and holds follow (SPEC section 13)."""
    admission, record, inviter_suspension = facts.admission, facts.record, facts.inviter_suspension
    created = account_created_at(admission.user_id)
    embed = discord.Embed(title=request_title(t, admission), colour=_WAITING)
    newcomer = t(
        "admissions-request-newcomer-value",
        newcomer=user(admission.user_id),
        id=code(str(admission.user_id)),
        created=timestamp(created, "R"),
    )
    embed.add_field(name=t("admissions-request-newcomer"), value=newcomer)
    inviter = user(admission.inviter_id)
    if admission.code_kind is CodeKind.LINK:  # moderators should know that nobody vouched personally
        inviter = t("admissions-request-shared-link", admin=inviter)
    embed.add_field(name=t("admissions-request-invited-by"), value=inviter)
    embed.add_field(name=t("admissions-request-code"), value=code(admission.code_display))
    if admission.code_note:
        note = escaped(admission.code_note, EMBED_FIELD_VALUE)
        embed.add_field(name=t("admissions-request-note"), value=note, inline=False)
    record_value = record_line(t, admission.inviter_id, record)  # after the note: it is about the code
    embed.add_field(name=t("vouching-request-record"), value=record_value, inline=False)
    # A return on a since-suspended inviter's word says so among its holds instead (_signals.py).
    flagged = Hold.INVITER_SUSPENDED not in admission.holds
    if inviter_suspension is not None and flagged and admission.status is AdmissionStatus.AWAITING_APPROVAL:
        when = timestamp(inviter_suspension.suspended_at, "R")
        embed.add_field(
            name=t("suspension-request-flag"), value=t("suspension-request-flag-value", when=when), inline=False
        )
    embed.add_field(name=t("admissions-request-redeemed"), value=timestamp(admission.redeemed_at), inline=False)
    add_signals(t, embed, admission, facts.earlier)  # after the inviter's part, before any decision
    answers_at = len(embed.fields)  # the answers come here, once the rest is known (_insert_answers)
    status = admission.status
    if status is AdmissionStatus.DENIED:
        embed.colour = _DENIED
        decision = t(
            "admissions-request-denied-by",
            moderator=user(admission.decided_by or 0),
            when=timestamp(admission.decided_at or 0),
        )
        embed.add_field(name=t("admissions-request-decision"), value=decision, inline=False)
        if admission.reason:  # a field of its own: escaped, 500 characters may take 1,000
            reason = escaped(admission.reason, EMBED_FIELD_VALUE)
            embed.add_field(name=t("admissions-request-reason"), value=reason, inline=False)
    elif status is AdmissionStatus.LEFT:
        embed.colour = _CLOSED
        embed.add_field(name=t("admissions-request-closed"), value=t("admissions-request-left"), inline=False)
    elif admission.decided_by is not None:
        decision = t(
            "admissions-request-approved-by",
            moderator=user(admission.decided_by),
            when=timestamp(admission.decided_at or 0),
        )
        if status is AdmissionStatus.ROLES_PENDING:
            decision += "\n" + t("admissions-request-roles-pending")
        else:
            embed.colour = _GRANTED
        embed.add_field(name=t("admissions-request-decision"), value=decision, inline=False)
    embed.set_footer(text=guild_name)
    _insert_answers(t, embed, admission, answers_at)
    return embed


def _insert_answers(t: Catalog, embed: discord.Embed, admission: Admission, index: int) -> None:
    """The answers to the join questions, a field each, sharing what the embed's 6,000 characters leave (at
    most 1,024 each): up to 5 answers of 1,000 characters may not all fit whole beside a note and a reason."""
    names = [escaped(answer.question, 100) for answer in admission.answers]
    room = EMBED_TOTAL - len(embed) - sum(len(name) for name in names)
    for offset, (name, answer) in enumerate(zip(names, admission.answers, strict=True)):
        share = min(EMBED_FIELD_VALUE, room // (len(names) - offset))
        value = escaped(answer.answer, share) if answer.answer else t("questions-request-no-answer")
        embed.insert_field_at(index + offset, name=name, value=value, inline=False)
        room -= len(value)


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


def decided(t: Catalog, admission: Admission) -> str:
    """To the deciding moderator, when the request message could not answer their click itself."""
    verb = "denied" if admission.status is AdmissionStatus.DENIED else "approved"
    return t("admissions-decided", verb=verb, number=str(admission.id), newcomer=user(admission.user_id))


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
