"""Suspensions at the core (SPEC section 12): a suspension racing a code creation."""

import asyncio

import pytest

from bot.core import invites, suspensions
from bot.core.codes import CodeStatus
from bot.core.suspensions import MemberSuspended
from tests.core.guild import ADMIN, DEFAULTS, GUILD, NOW, configure, member, opened

outcomes: set[str] = set()  # which side won, over the rounds


@pytest.mark.parametrize("round_", range(10))
async def test_a_suspension_racing_a_creation_never_leaves_an_active_code(database_target, round_):
    async with opened(database_target) as db:
        await configure(db, invites_per_member=100)
        alice = member(600 + round_, 2)
        create = invites.create_code(db, guild_id=GUILD, member=alice, defaults=DEFAULTS, now=NOW)
        suspend = suspensions.suspend(
            db, guild_id=GUILD, user_id=alice.user_id, by=ADMIN, reason="spam", branch=False, now=NOW
        )
        if round_ % 2:  # either may start first; both outcomes must be clean
            created, suspended = await asyncio.gather(create, suspend, return_exceptions=True)
        else:
            suspended, created = await asyncio.gather(suspend, create, return_exceptions=True)
        assert isinstance(suspended, suspensions.Suspended), suspended
        codes = await invites.list_guild_codes(db, guild_id=GUILD, inviter_id=alice.user_id, now=NOW)
        if isinstance(created, MemberSuspended):  # the suspension committed first: no code at all
            assert codes == [] and suspended.codes == 0
        else:  # the creation committed first: the suspension revoked what it made
            assert isinstance(created, invites.CreatedCode), created
            assert [c.status(NOW) for c in codes] == [CodeStatus.REVOKED] and suspended.codes == 1
        outcomes.add(type(created).__name__)
        with pytest.raises(MemberSuspended):
            await invites.create_code(db, guild_id=GUILD, member=alice, defaults=DEFAULTS, now=NOW + 1)


def test_both_sides_won_some_race():
    """The rounds above met both outcomes (run after them, in file order): each branch was really tested."""
    if len(outcomes) < 2:
        pytest.skip(f"only {outcomes} seen in this selection")
    assert outcomes == {"MemberSuspended", "CreatedCode"}
