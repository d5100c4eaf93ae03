"""Returning members (SPEC section 13) against the cases a hostile review found: someone who never left, a return
request that closed unanswered, a suspension lifted since, an inviter suspended since."""

from __future__ import annotations

from typing import Any

import discord

from tests.cogs.screening.helpers import admitted_then_left, fields, rejoin
from tests.databases import rows


def admissions(world: Any) -> list[tuple]:
    return rows(world.env.bot.config.database, "SELECT user_id, status, came_back FROM admissions ORDER BY id")


async def set_roles(world: Any, actor: Any, *, remove: Any = None, add: Any = None) -> None:
    """A moderator changes someone's roles by hand (through Discord, here the bot's REST as stand-in)."""
    member = await world.env.bot.get_guild(world.guild.id).fetch_member(actor.id)
    if remove is not None:
        await member.remove_roles(discord.Object(remove.id))
    if add is not None:
        await member.add_roles(discord.Object(add.id))
    await world.env.settle()


async def test_a_member_demoted_by_a_moderator_who_never_left_cannot_readmit_themselves(ready: Any) -> None:
    """SPEC 13: `/redeem` without a code is for 'someone admitted here before who left'. Bob never left: a
    moderator took his member role away (a sanction short of a ban). Even with `returning = readmit` he does not
    give it back to himself: his join is older than his admission."""
    await ready.admin.slash(ready.general, "gate policy", returning="readmit")
    bob = ready.newcomer("bob")
    await bob.slash(ready.welcome, "redeem", code=await ready.create_code())
    assert await ready.roles_of(bob) == {"Member"}
    await set_roles(ready, bob, remove=ready.member_role, add=ready.newcomer_role)  # demoted, still here
    assert await ready.roles_of(bob) == {"Newcomer"}

    result = await bob.slash(ready.welcome, "redeem")
    assert await ready.roles_of(bob) == {"Newcomer"}, result.response.content
    assert result.response.content.startswith("You need an invitation code")
    assert len(admissions(ready)) == 1


async def test_a_demoted_member_under_approve_is_not_shown_to_moderators_as_returning(ready: Any) -> None:
    """The same under the default `approve`: no 'came back' request reaches the moderators for someone who never
    left."""
    bob = ready.newcomer("bob")
    await bob.slash(ready.welcome, "redeem", code=await ready.create_code())
    await set_roles(ready, bob, remove=ready.member_role)
    before = len(ready.bot_messages(ready.modq))
    await bob.slash(ready.welcome, "redeem")
    assert len(ready.bot_messages(ready.modq)) == before
    assert len(admissions(ready)) == 1


async def test_someone_suspended_then_unsuspended_still_needs_a_code(ready: Any) -> None:
    """SPEC 13: 'Someone denied, banned or suspended before always needs a new code and a moderator's approval':
    /gate unsuspend keeps the lifted suspension, and a code of theirs then waits for a moderator, saying why."""
    await ready.admin.slash(ready.general, "gate policy", returning="readmit")
    _, bob = await admitted_then_left(ready)
    await ready.admin.slash(ready.general, "gate suspend", member=bob.user)
    await ready.admin.slash(ready.general, "gate unsuspend", member=bob.user)
    result = await bob.slash(ready.welcome, "redeem")
    assert await ready.roles_of(bob) == {"Newcomer"}, result.response.content
    assert result.response.content.startswith("To come back you need a new invitation code")
    await bob.slash(ready.welcome, "redeem", code=await ready.create_code())
    assert await ready.roles_of(bob) == {"Newcomer"}
    assert "suspended on this server before" in fields(ready.modq.last_message)["Needs a moderator because"]


async def test_a_former_member_whose_return_request_closed_as_left_is_still_a_former_member(
    ready: Any,
) -> None:
    """Bob was admitted, left, came back (a request under `approve`) and left again before a moderator looked
    (the request closes as left). Back once more, he is still someone admitted here before: his latest admission
    that let him in counts, not the request that closed unanswered."""
    user, bob = await admitted_then_left(ready)
    await bob.slash(ready.welcome, "redeem")  # a request for the moderators
    request = ready.modq.last_message
    ready.guild.remove_member(bob)
    await ready.env.settle()
    await ready.mod.click(request, label="Approve")  # Discord answers 404: closed as left
    assert [status for _, status, _ in admissions(ready)] == ["admitted", "left"]
    bob = rejoin(ready, user)
    result = await bob.slash(ready.welcome, "redeem")
    assert "You need an invitation code" not in result.response.content
    assert len(admissions(ready)) == 3


async def test_a_returner_vouched_for_by_a_since_suspended_inviter_is_not_readmitted_unseen(ready: Any) -> None:
    """Alice vouched for Bob, who left. Alice is then suspended (SPEC 12). Bob comes back on Alice's old vouch:
    even under `readmit`, a moderator sees it first, and the request says why."""
    await ready.admin.slash(ready.general, "gate policy", returning="readmit")
    _, bob = await admitted_then_left(ready)
    await ready.admin.slash(ready.general, "gate suspend", member=ready.alice)
    await bob.slash(ready.welcome, "redeem")
    assert await ready.roles_of(bob) == {"Newcomer"}
    reasons = fields(ready.modq.last_message)["Needs a moderator because"]
    assert "The member whose code let them in before is suspended" in reasons
