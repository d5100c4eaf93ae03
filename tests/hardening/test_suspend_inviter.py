"""Suspend inviter (SPEC 12) refuses what its alert does not offer, even from a forged button, and a suspended
moderator vouches for nobody through the waitlist."""

import discord

from tests.conftest import loaded
from tests.databases import rows


def request_id(message):
    return int(message.embeds[0].title.split("#")[1])


async def forge_suspend_button(world, admission_id):
    """A message carrying Suspend inviter for an admission: a stale copy, or a client sending the custom_id."""
    item = loaded("cogs.bans._alert").SuspendInviterButton(admission_id, "Suspend inviter")
    view = discord.ui.View(timeout=None)
    view.add_item(item)
    await world.env.bot.get_channel(world.modq.id).send("forged", view=view)
    await world.env.settle()
    return world.modq.last_message


async def test_a_moderator_cannot_suspend_an_inviter_nobody_was_banned_under(approving):
    """A moderator (not an admin, who alone may /gate suspend) cannot use the button to suspend someone none of
    whose invitees was banned."""
    _, request, _ = await approving.request_for("bob")
    await approving.mod.click(request, label="Approve")
    forged = await forge_suspend_button(approving, request_id(request))
    await approving.mod.click(forged, label="Suspend inviter")
    assert rows(approving.env.bot.config.database, "SELECT user_id FROM suspensions") == []


async def test_a_moderator_cannot_suspend_the_admin_behind_a_shared_link(approving):
    """The alert has no button for a shared link's newcomer, and a forged one suspends nobody."""
    made = await approving.admin.slash(approving.general, "gate link")
    bob = approving.newcomer("bob")
    await bob.slash(approving.welcome, "redeem", code=approving.code_in(made.response.content))
    request = approving.modq.last_message
    await approving.mod.click(request, label="Approve")
    await approving.ban(bob)
    forged = await forge_suspend_button(approving, request_id(request))
    await approving.mod.click(forged, label="Suspend inviter")
    assert rows(approving.env.bot.config.database, "SELECT user_id FROM suspensions") == []


async def test_a_suspended_moderator_cannot_vouch_for_someone_on_the_waitlist(ready):
    """SPEC 12: a suspended member cannot create codes, nor a suspended moderator through the waitlist's Invite
    (its code would be theirs: the newcomer's record and tree hang under them)."""
    await ready.admin.slash(ready.general, "gate suspend", member=ready.mod, reason="vouched for raiders")
    refused = await ready.mod.slash(ready.general, "invite create")
    assert "suspended" in refused.response.content  # /invite create is refused...
    bob = ready.newcomer("bob")
    await bob.slash(ready.welcome, "waitlist join")
    answer = await ready.mod.click(ready.modq.last_message, label="Invite")  # ...and so is the waitlist's Invite
    assert "suspended" in (answer.followups or [answer.response])[-1].content
    assert rows(ready.env.bot.config.database, "SELECT inviter_id FROM codes WHERE kind = 'waitlist'") == []
