"""A decision on the web is the same decision as in Discord (SPEC 16): the bot serves the dashboard, a moderator
decides in a browser, and Discord changes as after a click on the button: the message in the moderator channel,
the roles, the DMs, the log line; a click in Discord afterwards is told who decided.

In each test Discord fails the first edit of the message (a 500): the worker tries again 30 seconds later, and
meanwhile the message still shows its buttons, so another moderator can click one as the decision is taken.
"""

from __future__ import annotations

import re
from typing import Any

from tests.conftest import World
from tests.web import discord_world
from tests.web.discord_world import Dashboard, message

config_extra = discord_world.config_extra  # the bot serves the dashboard
dashboard = discord_world.dashboard


def fields(found: Any) -> dict[str, str]:
    return {field.name: field.value for field in found.embeds[0].fields}


def number_in(found: Any) -> int:
    """The admission or waitlist entry a message's buttons act on (their custom_id ends with it)."""
    return int(found.components[0].children[0].custom_id.rsplit(":", 1)[1])


def slow_to_show(world: World, posted: Any) -> None:
    """Discord fails the next edit of `posted`: it keeps its buttons until the worker tries again."""
    world.env.inject_error("PATCH", f"/channels/{world.modq.id}/messages/{posted.id}", status=500, times=1)


def second_moderator(world: World) -> Any:
    return world.guild.add_member(world.env.create_user("mod2"), roles=[world.mods, world.member_role])


async def test_an_approval_on_the_web_is_the_approval_discord_shows(approving: World, dashboard: Dashboard) -> None:
    world = approving
    bob, request, _ = await world.request_for()
    admission_id = number_in(request)
    slow_to_show(world, request)
    page = await dashboard.signed_in(world.mod).post(f"/queue/{admission_id}/approve")
    assert f"Approved: request #{admission_id} from @" in page
    await world.env.settle()
    assert await world.roles_of(bob) == {"Member"}
    [dm] = world.dms(bob)
    assert "approved your request to join **Doorman Test**" in dm
    assert "admitted with code" in world.logs.last_message.content
    assert f"approved by <@{world.mod.id}>" in world.logs.last_message.content
    late = await second_moderator(world).click(request, label="Approve")
    assert f"already approved by <@{world.mod.id}>" in late.response.content and late.response.ephemeral
    await world.env.advance_time(60)  # the worker edits the message again
    edited = message(world.modq, request.id)
    assert edited.components == []
    assert f"Approved by <@{world.mod.id}>" in fields(edited)["Decision"]
    assert len(world.dms(bob)) == 1 and len(world.dms(world.alice)) == 1  # the inviter told once


async def test_a_denial_on_the_web_is_the_denial_discord_shows(approving: World, dashboard: Dashboard) -> None:
    world = approving
    bob, request, _ = await world.request_for()
    admission_id = number_in(request)
    slow_to_show(world, request)
    page = await dashboard.signed_in(world.mod).post(f"/queue/{admission_id}/deny", reason="not who they claim")
    assert f"Denied: request #{admission_id} from @" in page
    await world.env.settle()
    assert await world.roles_of(bob) == {"Newcomer"}
    [dm] = world.dms(bob)
    assert "was denied by a moderator" in dm and "Reason: not who they claim" in dm
    assert f"denied by <@{world.mod.id}>" in world.logs.last_message.content
    assert "not who they claim" in world.logs.last_message.content
    late = await second_moderator(world).click(request, label="Approve")
    assert f"already denied by <@{world.mod.id}>" in late.response.content
    await world.env.advance_time(60)
    edited = message(world.modq, request.id)
    assert edited.components == []
    shown = fields(edited)
    assert f"Denied by <@{world.mod.id}>" in shown["Decision"] and shown["Reason"] == "not who they claim"
    assert await world.roles_of(bob) == {"Newcomer"} and len(world.dms(bob)) == 1 and world.pings() == []


async def test_a_waitlist_invite_on_the_web_is_the_invite_discord_shows(approving: World, dashboard: Dashboard) -> None:
    world = approving
    wren = world.newcomer("wren")
    await wren.slash(world.welcome, "waitlist join", about="a friend of alice")
    posted = world.modq.last_message
    entry_id = number_in(posted)
    slow_to_show(world, posted)
    page = await dashboard.signed_in(world.mod).post(f"/waitlist/{entry_id}/invite")
    assert "Invited @" in page
    await world.env.settle()
    [dm] = world.dms(wren)
    assert f"from its waitlist by <@{world.mod.id}>" in dm
    sent = re.search(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}", dm)
    assert sent is not None
    code = sent.group()
    assert f"<code>{code}</code>" in page
    assert f"<@{world.mod.id}>" in world.logs.last_message.content and code in world.logs.last_message.content
    late = await second_moderator(world).click(posted, label="Decline")
    assert f"already invited by <@{world.mod.id}>" in late.response.content
    await world.env.advance_time(60)
    edited = message(world.modq, posted.id)
    assert edited.components == []
    assert f"Invited by <@{world.mod.id}>" in fields(edited)["Status"] and code in fields(edited)["Status"]
    # The code works as any code sent from the waitlist: wren redeems it, and a moderator is asked (approval on).
    redeemed = await wren.slash(world.welcome, "redeem", code=code)
    assert "A moderator will review" in redeemed.response.content
