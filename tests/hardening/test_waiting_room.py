"""The waiting room (SPEC section 13) against the cases a hostile review found: a request or waitlist entry closed
after the kick fell due, staff given their roles by hand, a kick shortened after someone joined."""

from __future__ import annotations

from typing import Any

import discord
import pytest

from tests.cogs.waiting_room.test_waiting_room import HOUR, in_server, joins, kicks


@pytest.fixture
def config_extra() -> str:
    return "members_intent = true"


@pytest.fixture
async def timed(approving: Any) -> Any:
    saved = await approving.admin.slash(approving.general, "gate policy", remind_after_hours=1, kick_after_hours=24)
    assert saved.response.content.startswith("Saved"), saved.response.content
    return approving


async def test_a_newcomer_denied_after_their_kick_fell_due_is_kicked_within_the_hour(timed: Any) -> None:
    """Carol joins and redeems a code: her request waits. At 24 hours the kick finds it open and looks again every
    hour. At 30 hours a moderator denies her: she has neither the member role, an open admission nor a waitlist
    entry, and the next look kicks her (else anyone could stay for good by redeeming a code before the kick)."""
    carol = timed.newcomer("carol")
    await carol.slash(timed.welcome, "redeem", code=await timed.create_code())
    await timed.env.advance_time(30 * HOUR)
    shown = await timed.mod.click(timed.modq.last_message, label="Deny")
    await timed.mod.submit_modal(shown, {})
    assert await in_server(timed, carol)
    await timed.env.advance_time(HOUR)
    assert not await in_server(timed, carol) and len(kicks(timed, carol)) == 1


async def test_a_waitlist_entry_declined_after_the_kick_fell_due_is_kicked_within_the_hour(timed: Any) -> None:
    await timed.admin.slash(timed.general, "gate policy", approval=False)
    carol = joins(timed, "carol")
    await timed.env.advance_time(60)
    await carol.slash(timed.welcome, "waitlist join")
    await timed.env.advance_time(30 * HOUR)
    entry = timed.modq.last_message
    form = await timed.mod.click(entry, label="Decline")
    await timed.mod.submit_modal(form, {"reason": "no"})
    await timed.env.advance_time(HOUR)
    assert not await in_server(timed, carol)


async def test_an_admin_who_joins_without_the_member_role_is_not_kicked(timed: Any) -> None:
    """A new co-admin joins and is given the Admins role (Manage Server) by hand, not the member role (many servers
    keep staff roles apart): admins and moderators are not waiting to be let in."""
    dave = joins(timed, "dave")
    await timed.env.settle()
    member = await timed.env.bot.get_guild(timed.guild.id).fetch_member(dave.id)
    await member.add_roles(discord.Object(timed.guild.roles["Admins"].id))
    await timed.env.settle()
    await timed.env.advance_time(25 * HOUR)
    assert await in_server(timed, dave) and kicks(timed, dave) == []


async def test_a_kick_shortened_after_someone_joined_comes_when_the_reminder_says(ready: Any) -> None:
    """Kick after 72 hours; half an hour after Carol joins an admin shortens it to 24. Nobody already waiting is
    kicked sooner than their timer was set for: her reminder names the 72-hour time, and that is when it comes."""
    await ready.admin.slash(ready.general, "gate policy", remind_after_hours=1, kick_after_hours=72)
    carol = joins(ready, "carol")
    await ready.env.advance_time(30 * 60)
    await ready.admin.slash(ready.general, "gate policy", kick_after_hours=24)
    await ready.env.advance_time(HOUR)
    joined_at = int(ready.env.now().timestamp()) - 90 * 60
    [dm] = ready.dms(carol)
    assert f"<t:{joined_at + 72 * HOUR}:R>" in dm  # what she is told
    await ready.env.advance_time(24 * HOUR)
    assert await in_server(ready, carol)
    await ready.env.advance_time(48 * HOUR)
    assert not await in_server(ready, carol)


async def test_a_kick_lengthened_after_someone_joined_waits_and_the_reminder_says_so(ready: Any) -> None:
    await ready.admin.slash(ready.general, "gate policy", remind_after_hours=1, kick_after_hours=24)
    carol = joins(ready, "carol")
    await ready.env.advance_time(30 * 60)
    await ready.admin.slash(ready.general, "gate policy", kick_after_hours=48)
    await ready.env.advance_time(HOUR)
    joined_at = int(ready.env.now().timestamp()) - 90 * 60
    [dm] = ready.dms(carol)
    assert f"<t:{joined_at + 48 * HOUR}:R>" in dm
    await ready.env.advance_time(24 * HOUR)
    assert await in_server(ready, carol)
    await ready.env.advance_time(24 * HOUR)
    assert not await in_server(ready, carol)
