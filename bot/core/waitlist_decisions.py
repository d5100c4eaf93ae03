"""What happens to a waitlist entry after it is joined: Invite, a member vouching, Decline, leaving, the person
gone, and a redemption closing it. Each is one transaction that changes the entry only from the state it expects
(core.waitlist has the state machine and its invariants)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from bot.core.codes import Code, CodeKind, CodeStatus, ReservationById, generate_code
from bot.core.deliveries import log, owe
from bot.core.links import owe_link_deletion
from bot.core.log_lines import WaitlistDeclinedLine, WaitlistInvitedLine
from bot.core.new_codes import insert_code
from bot.core.owed import ShowWaitlistEntry, WaitlistMessage, WaitlistMessageAbout, WaitlistUndeliveredNotice
from bot.core.policy import Policy
from bot.core.quotas import DAY
from bot.core.settings import read_settings
from bot.core.suspensions import require_not_suspended
from bot.core.waitlist import EntryStatus, Invited, NotOnWaitlist, WaitlistEntry, entry_decided, in_guild

if TYPE_CHECKING:
    from bot.core.repositories import Database, Transaction


async def leave(db: Database, *, guild_id: int, user_id: int, now: int) -> WaitlistEntry:
    """They leave the waitlist: their open entry closes as left (a moderator's unused code is revoked)."""

    async def work(tx: Transaction) -> WaitlistEntry:
        entry = await tx.waitlist.open_of(guild_id, user_id)
        if entry is None:
            raise NotOnWaitlist()
        closed = await _close(tx, entry, EntryStatus.LEFT, now)
        if closed is None:  # cannot happen inside this transaction: it was read open just above
            raise NotOnWaitlist()
        return closed

    return await db.transaction(work)


async def invite(
    db: Database,
    *,
    guild_id: int,
    entry_id: int,
    moderator_id: int,
    defaults: Policy,
    now: int,
    generate: Callable[[], str] = generate_code,
) -> Invited:
    """A moderator's Invite: a single-use code reserved for the person by ID, from the moderator, no quota, expiring
    with the guild's code lifetime; the entry becomes invited. Owes the entry's look, the DM and the log line."""

    async def work(tx: Transaction) -> Invited:
        settings = (await read_settings(tx, guild_id, defaults)).require_setup()
        entry = await in_guild(tx, guild_id, entry_id)
        if entry.status is not EntryStatus.WAITING:
            raise entry_decided(entry)
        await require_not_suspended(tx, guild_id, moderator_id)  # a suspended moderator vouches for nobody
        # Its invite link is owed before the DM that gives it, so the DM is carried once the link exists.
        code = await insert_code(
            tx,
            settings,
            generate,
            inviter_id=moderator_id,
            max_uses=1,
            created_at=now,
            expires_at=now + settings.policy.code_ttl_days * DAY,
            for_user=ReservationById(entry.user_id),
            note=None,
            kind=CodeKind.WAITLIST,
        )
        invited = await _invited(tx, entry, code, by=moderator_id, now=now, from_moderator=True)
        return Invited(invited, code, settings)

    return await db.transaction(work)


async def vouch(tx: Transaction, code: Code, *, now: int) -> WaitlistEntry | None:
    """A member created `code` reserved by ID for someone waiting on the list (in create_code's transaction): the
    entry becomes invited by them with that code, and the person is owed the code. None if nobody was waiting."""
    if not isinstance(code.for_user, ReservationById):
        return None
    entry = await tx.waitlist.open_of(code.guild_id, code.for_user.user_id)
    if entry is None or entry.status is not EntryStatus.WAITING:
        return None
    return await _invited(tx, entry, code, by=code.inviter_id, now=now, from_moderator=False)


async def code_regenerated(tx: Transaction, old: Code, new: Code, *, now: int) -> None:
    """The code someone on the waitlist was sent was regenerated (lost or leaked, in regenerate's transaction):
    their entry holds the new code, and they are sent it, with its link (owed before this)."""
    if not isinstance(old.for_user, ReservationById):
        return
    entry = await tx.waitlist.open_of(old.guild_id, old.for_user.user_id)
    if entry is None or not await tx.waitlist.replace_code(entry.id, was=old.id, code_id=new.id):
        return
    channel = await tx.direct_channels.get(entry.user_id)
    await owe(tx, entry.guild_id, ShowWaitlistEntry(entry.id), now=now)
    await owe(
        tx, entry.guild_id, WaitlistMessage(entry.user_id, WaitlistMessageAbout.INVITED, entry.id, channel), now=now
    )


async def dm_undelivered(tx: Transaction, guild_id: int, entry_id: int, about: WaitlistMessageAbout, now: int) -> None:
    """A waitlist DM was refused (the person's DMs are closed) with nobody waiting on it: the moderators are owed
    a notice."""
    await owe(tx, guild_id, WaitlistUndeliveredNotice(entry_id, about), now=now)


async def _invited(
    tx: Transaction, entry: WaitlistEntry, code: Code, *, by: int, now: int, from_moderator: bool
) -> WaitlistEntry:
    invited = await tx.waitlist.invite(entry.id, by=by, at=now, code_id=code.id)
    if invited is None:
        raise entry_decided(await in_guild(tx, entry.guild_id, entry.id))
    channel = await tx.direct_channels.get(entry.user_id)
    await owe(tx, entry.guild_id, ShowWaitlistEntry(entry.id), now=now)
    await owe(
        tx, entry.guild_id, WaitlistMessage(entry.user_id, WaitlistMessageAbout.INVITED, entry.id, channel), now=now
    )
    await log(tx, entry.guild_id, WaitlistInvitedLine(entry.user_id, by, code.display, from_moderator), now=now)
    return invited


async def decline(
    db: Database, *, guild_id: int, entry_id: int, moderator_id: int, reason: str | None, now: int
) -> WaitlistEntry:
    """A moderator's Decline: the waiting entry closes as declined. Owes the entry's look, the DM and the log line."""

    async def work(tx: Transaction) -> WaitlistEntry:
        entry = await in_guild(tx, guild_id, entry_id)
        declined = await tx.waitlist.decline(entry_id, by=moderator_id, at=now, reason=reason)
        if declined is None:
            raise entry_decided(entry)
        channel = await tx.direct_channels.get(entry.user_id)
        await owe(tx, guild_id, ShowWaitlistEntry(entry_id), now=now)
        dm = WaitlistMessage(entry.user_id, WaitlistMessageAbout.DECLINED, entry_id, channel)
        await owe(tx, guild_id, dm, now=now)
        await log(tx, guild_id, WaitlistDeclinedLine(entry.user_id, moderator_id, reason), now=now)
        return declined

    return await db.transaction(work)


async def person_gone(db: Database, *, guild_id: int, entry_id: int, now: int) -> WaitlistEntry:
    """An action found the person gone from the server: their open entry closes as left. The entry as it is."""

    async def work(tx: Transaction) -> WaitlistEntry:
        entry = await in_guild(tx, guild_id, entry_id)
        return await _close(tx, entry, EntryStatus.LEFT, now) or entry

    return await db.transaction(work)


async def person_banned(tx: Transaction, guild_id: int, user_id: int, *, now: int) -> None:
    """They were banned (in core.bans' transaction): their open entry, if any, closes as left."""
    entry = await tx.waitlist.open_of(guild_id, user_id)
    if entry is not None:
        await _close(tx, entry, EntryStatus.LEFT, now)


async def close_on_redemption(tx: Transaction, guild_id: int, user_id: int, code_id: int, *, now: int) -> None:
    """They redeemed a code (in claim_code's transaction): their open entry, if any, closes as redeemed, and a
    moderator's code they did not use is revoked."""
    entry = await tx.waitlist.open_of(guild_id, user_id)
    if entry is not None:
        await _close(tx, entry, EntryStatus.REDEEMED, now, used_code=code_id)


async def _close(
    tx: Transaction, entry: WaitlistEntry, status: EntryStatus, now: int, used_code: int | None = None
) -> WaitlistEntry | None:
    closed = await tx.waitlist.close(entry.id, status=status, at=now)
    if closed is None:
        return None
    await owe(tx, entry.guild_id, ShowWaitlistEntry(entry.id), now=now)
    if entry.code_id is not None and entry.code_id != used_code:
        code = await tx.codes.get(entry.code_id)
        # A member's code is theirs to revoke; the moderators' answer was for this entry alone.
        if code.kind is CodeKind.WAITLIST and code.status(now) is CodeStatus.ACTIVE:
            # Recorded as revoked by the person: their own step (another code, leaving) made it pointless.
            revoked = await tx.codes.revoke(code.id, by=entry.user_id, at=now)
            await owe_link_deletion(tx, revoked, now=now)
    return closed
