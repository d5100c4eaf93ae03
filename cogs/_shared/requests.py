"""What an admission request shows: its embed in the moderator channel, with the risk signals and holds.

Shared because the dashboard's queue shows the same (SPEC 16): the admissions extension posts and edits the
embed (cogs/admissions/_deliveries.py), the web lists its fields. Each function writes in the catalog it is
given (its first parameter); the caller chooses the language.
"""

from __future__ import annotations

import discord

from bot.core.admissions import Admission, AdmissionStatus, RequestFacts
from bot.core.codes import CodeKind
from bot.core.holds import Hold
from bot.core.people import account_created_at
from bot.core.screening import DAY
from bot.i18n import Catalog
from cogs._shared.limits import EMBED_FIELD_VALUE, EMBED_TOTAL
from cogs._shared.markup import code, escaped, timestamp, user
from cogs._shared.vouching import record_line

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
    # A return on a since-suspended inviter's word says so among its holds instead (add_signals).
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


def decided(t: Catalog, admission: Admission) -> str:
    """To the deciding moderator: in Discord when the request message could not answer their click itself; on the
    dashboard after every decision."""
    verb = "denied" if admission.status is AdmissionStatus.DENIED else "approved"
    return t("admissions-decided", verb=verb, number=str(admission.id), newcomer=user(admission.user_id))


def add_signals(t: Catalog, embed: discord.Embed, admission: Admission, earlier: list[Admission]) -> None:
    """Account age, own avatar, earlier requests here; then the holds, each with its reason."""
    age = max(0, admission.redeemed_at - account_created_at(admission.user_id))
    lines = [t("screening-signal-account-age", days=age // DAY)]
    if admission.has_avatar is not None:  # not kept for requests made before it was
        lines.append(t("screening-signal-avatar") if admission.has_avatar else t("screening-signal-no-avatar"))
    if earlier:
        denied = sum(1 for other in earlier if other.status is AdmissionStatus.DENIED)
        counted = t("screening-signal-earlier", count=len(earlier), denied=denied)
        lines.append(f"⚠️ {counted}" if denied else counted)  # a warning only if one of them was denied
    else:
        lines.append(t("screening-signal-first-time"))
    if admission.came_back:
        lines.append(t("screening-signal-came-back"))
    embed.add_field(name=t("screening-request-signals"), value="\n".join(lines), inline=False)
    if admission.holds:
        reasons = [_hold(t, hold, earlier) for hold in admission.holds]
        embed.add_field(name=t("screening-request-holds"), value="\n".join(reasons), inline=False)


def _hold(t: Catalog, hold: Hold, earlier: list[Admission]) -> str:
    match hold:
        case Hold.YOUNG_ACCOUNT:
            return t("screening-hold-young-account")
        case Hold.RETURNING:
            # Someone comes back only on an admission that let them in (core.screening.come_back).
            last = next(other for other in earlier if other.status is AdmissionStatus.ADMITTED)
            when = timestamp(last.admitted_at or last.redeemed_at, "D")
            return t("screening-hold-returning", number=str(last.id), when=when)
        case Hold.DENIED_BEFORE:
            return t("screening-hold-denied-before")
        case Hold.BANNED_BEFORE:
            return t("screening-hold-banned-before")
        case Hold.SUSPENDED:
            return t("screening-hold-suspended")
        case Hold.SUSPENDED_BEFORE:
            return t("screening-hold-suspended-before")
        case Hold.INVITER_SUSPENDED:
            return t("screening-hold-inviter-suspended")
