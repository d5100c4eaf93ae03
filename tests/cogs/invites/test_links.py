"""Invite links (SPEC section 11): /invite create also makes a Discord invite to the welcome channel for the
code, shown beside it; the link is deleted when the code is revoked, used up or expires."""

from __future__ import annotations

import aiohttp
import discord
import pytest

from bot.core import invites
from tests.conftest import World
from tests.databases import rows
from tests.reliability.test_crash import Crash

DAY = 86_400


def invite_requests(world: World) -> list:
    return [r for r in world.env.http_requests if r.method == "POST" and r.path.endswith("/invites")]


def deletions(world: World) -> list:
    return [r for r in world.env.http_requests if r.method == "DELETE" and r.path.startswith("/invites/")]


def link_of(invite) -> str:
    return f"https://discord.gg/{invite.code}"


async def list_codes(world: World) -> list:
    """The guild's codes as the database holds them."""
    return await invites.list_guild_codes(world.env.bot.db, guild_id=world.guild.id, inviter_id=None, now=0)


async def created(world: World, **options) -> tuple[str, str]:
    """Alice creates a code; (the code, the whole reply)."""
    result = await world.alice.slash(world.general, "invite create", **options)
    content = result.response.content
    return world.code_in(content), content


async def test_a_new_code_comes_with_a_link_for_as_many_uses_expiring_with_it(ready):
    await created(ready, uses=2, expires_in="12h")
    [request] = invite_requests(ready)
    assert request.path == f"/channels/{ready.welcome.id}/invites"
    assert request.json["max_uses"] == 2 and request.json["max_age"] == 12 * 3600 and request.json["unique"] is True
    [invite] = ready.guild.invites()
    assert (invite.channel_id, invite.max_uses, invite.max_age) == (ready.welcome.id, 2, 12 * 3600)


async def test_a_code_valid_longer_than_seven_days_gets_a_link_that_never_expires_by_itself(ready):
    await created(ready, expires_in="10d")
    [request] = invite_requests(ready)
    assert request.json["max_age"] == 0 and request.json["max_uses"] == 1
    assert [invite.max_age for invite in ready.guild.invites()] == [0]


async def test_a_code_valid_exactly_seven_days_expires_on_discord_too(ready):
    await created(ready, expires_in="7d")
    [request] = invite_requests(ready)
    assert request.json["max_age"] == 7 * DAY


async def test_the_reply_shows_the_link_beside_the_code_and_in_the_line_to_forward(ready):
    code, content = await created(ready)
    [invite] = ready.guild.invites()
    lines = content.splitlines()
    assert lines[0] == f"Your invitation code: **`{code}`**"
    assert lines[1] == f"Invite link: {link_of(invite)}"
    assert lines[-1] == (
        f"Tell the person you invite: join with {link_of(invite)}, then type `/redeem {code}` in <#{ready.welcome.id}>."
    )


async def test_the_list_shows_an_active_codes_link(ready):
    code, _ = await created(ready)
    [invite] = ready.guild.invites()
    listed = (await ready.alice.slash(ready.general, "invite list")).response.embeds[0].description
    assert code in listed and link_of(invite) in listed


async def test_the_reply_follows_the_members_language(ready, spoken):
    spoken.set(ready.alice.id, "de")
    code, content = await created(ready)
    [invite] = ready.guild.invites()
    assert f"Einladungslink: {link_of(invite)}" in content
    assert content.splitlines()[-1] == (
        f"Sag der Person, die du einlädst: Tritt über {link_of(invite)} bei und gib dann `/redeem {code}`"
        f" in <#{ready.welcome.id}> ein."
    )


async def test_with_the_policy_off_codes_come_without_a_link(ready):
    saved = await ready.admin.slash(ready.general, "gate policy", invite_links=False)
    assert "Invite links: off" in saved.response.embeds[0].fields[1].value
    code, content = await created(ready)
    assert invite_requests(ready) == [] and ready.guild.invites() == []
    assert "link" not in content.lower()
    assert content.splitlines()[-1] == (
        f"Tell the person you invite: join the server, then type `/redeem {code}` in <#{ready.welcome.id}>."
    )


async def test_settings_show_invite_links_on_by_default(ready):
    settings = await ready.admin.slash(ready.general, "gate settings")
    assert "Invite links: on (default)" in settings.response.embeds[0].fields[1].value


@pytest.fixture
async def without_invite_permission(world: World) -> tuple[World, object]:
    """A welcome channel where the bot may not create invites, set up with /gate setup; (world, its reply)."""
    hidden, shown = discord.PermissionOverwrite(view_channel=False), discord.PermissionOverwrite(view_channel=True)
    admins = world.guild.roles["Admins"]
    no_invites = discord.PermissionOverwrite(view_channel=True, create_instant_invite=False)
    world.welcome = world.guild.create_text_channel(
        "welcome-closed", overwrites={world.member_role: hidden, admins: shown, world.env.bot.user: no_invites}
    )
    return world, await world.setup()


async def test_setup_warns_when_the_bot_may_not_create_invites_in_the_welcome_channel(without_invite_permission):
    world, result = without_invite_permission
    content = result.response.content
    assert content.startswith("Saved."), content  # a warning, not a refusal
    assert f"I lack the Create Invite permission in <#{world.welcome.id}>" in content


async def test_setup_warns_when_the_bot_may_create_invites_but_not_delete_them(world):
    """Discord lets only Manage Channels in the invite's channel delete it, even for the bot that made it."""
    hidden, shown = discord.PermissionOverwrite(view_channel=False), discord.PermissionOverwrite(view_channel=True)
    admins = world.guild.roles["Admins"]
    no_managing = discord.PermissionOverwrite(view_channel=True, create_instant_invite=True, manage_channels=False)
    world.welcome = world.guild.create_text_channel(
        "welcome-unmanaged", overwrites={world.member_role: hidden, admins: shown, world.env.bot.user: no_managing}
    )
    content = (await world.setup()).response.content
    assert content.startswith("Saved."), content
    assert f"I lack the Manage Channels permission in <#{world.welcome.id}>" in content
    assert "Create Invite" not in content
    code, _ = await created(world)
    [invite] = world.guild.invites()  # made all the same
    await world.alice.slash(world.general, "invite revoke", code=code)
    assert world.guild.invites() == [invite]  # Discord refused its deletion: the moderators hear of it
    [alert] = world.bot_messages(world.modq)
    assert "Retry" in [button.label for button in alert.components[0].children]


async def test_setup_does_not_warn_when_the_bot_may_create_invites(world):
    result = await world.setup()
    assert result.response.content == "Saved."


async def test_without_the_permission_the_code_is_created_and_the_reply_says_why_there_is_no_link(
    without_invite_permission,
):
    world, _ = without_invite_permission
    code, content = await created(world)
    assert f"No invite link: I lack the Create Invite permission in <#{world.welcome.id}>" in content
    assert invite_requests(world) == [] and world.guild.invites() == []
    assert f"join the server, then type `/redeem {code}`" in content
    listed = (await world.alice.slash(world.general, "invite list")).response.embeds[0].description
    assert code in listed and "active" in listed


async def test_when_discord_fails_the_code_stands_and_its_link_is_made_when_discord_answers_again(ready):
    ready.env.inject_error("POST", f"/channels/{ready.welcome.id}/invites", status=500, times=1)
    code, content = await created(ready, expires_in="2d")
    assert "No invite link yet: Discord did not make one just now. The code works all the same; I will try" in content
    assert "join with" not in content and f"`/redeem {code}`" in content
    assert ready.guild.invites() == []
    await ready.env.advance_time(60)  # the first retry is due 30 s after the failure
    [invite] = ready.guild.invites()
    assert invite.max_uses == 1 and 2 * DAY - 60 <= invite.max_age < 2 * DAY  # expiring with the code, as seen then
    listed = (await ready.alice.slash(ready.general, "invite list")).response.embeds[0].description
    assert code in listed and link_of(invite) in listed
    assert ready.bot_messages(ready.modq) == []  # a code works without its link: nobody is alerted


async def test_while_discord_keeps_failing_the_code_works_without_its_link(ready):
    ready.env.inject_error("POST", f"/channels/{ready.welcome.id}/invites", status=503, times=None)
    code, _ = await created(ready)
    await ready.env.advance_time(3600)
    assert ready.guild.invites() == []
    listed = (await ready.alice.slash(ready.general, "invite list")).response.embeds[0].description
    assert code in listed and "discord.gg" not in listed
    bob = ready.newcomer("bob")
    assert "Welcome" in (await bob.slash(ready.welcome, "redeem", code=code)).response.content
    await ready.env.advance_time(3600)  # used up: its link is owed no more, and no retry makes one
    assert ready.guild.invites() == [] and ready.bot_messages(ready.modq) == []


@pytest.mark.parametrize("where", ["call", "commit"])
async def test_a_link_owed_when_the_process_died_is_made_after_the_restart(ready, make_bot, where):
    """The code was committed and the process died before Discord was asked for its link ("call"), or before what
    Discord made was recorded ("commit"): the next start makes it. The second case may leave the first invite on
    Discord, unknown to any code (an invite to the welcome channel, which admits nobody without a code)."""
    crash = Crash(ready.env, 1, where)
    await ready.alice.slash(ready.general, "invite create")
    assert crash.died or where == "commit"
    await ready.env.restart_bot(make_bot())
    await ready.env.settle()
    [code] = await list_codes(ready)
    assert code.link is not None and code.link in {link_of(invite) for invite in ready.guild.invites()}
    assert len(ready.guild.invites()) == (1 if where == "call" else 2)


async def test_revoking_a_code_deletes_its_link(ready):
    code, _ = await created(ready)
    [invite] = ready.guild.invites()
    await ready.alice.slash(ready.general, "invite revoke", code=code)
    assert ready.guild.invites() == []
    assert [r.path for r in deletions(ready)] == [f"/invites/{invite.code}"]


async def test_an_admins_revoke_deletes_the_link(ready):
    code, _ = await created(ready)
    await ready.admin.slash(ready.general, "gate revoke", code=code)
    assert ready.guild.invites() == []


async def test_revoking_all_of_a_members_codes_deletes_their_links(ready):
    await created(ready)
    await created(ready)
    assert len(ready.guild.invites()) == 2
    await ready.admin.slash(ready.general, "gate revoke-all", member=ready.alice)
    assert ready.guild.invites() == [] and len(deletions(ready)) == 2


async def test_a_code_used_up_loses_its_link_and_not_before(ready):
    code, _ = await created(ready, uses=2)
    await ready.newcomer("bob").slash(ready.welcome, "redeem", code=code)
    assert len(ready.guild.invites()) == 1  # one use left: the link still serves it
    await ready.newcomer("carol").slash(ready.welcome, "redeem", code=code)
    assert ready.guild.invites() == []


async def test_a_code_that_expires_loses_its_link_then(ready):
    await created(ready, expires_in="10d")
    await ready.env.advance_time(10 * DAY - 60)
    assert len(ready.guild.invites()) == 1
    await ready.env.advance_time(120)
    assert ready.guild.invites() == []


async def test_the_expiry_survives_a_restart(ready, make_bot):
    await created(ready, expires_in="2h")
    await ready.env.restart_bot(make_bot())
    await ready.env.advance_time(2 * 3600 + 60)
    assert ready.guild.invites() == []


async def test_a_link_deleted_by_hand_counts_as_deleted(ready):
    code, _ = await created(ready)
    [invite] = ready.guild.invites()
    await ready.env.bot.delete_invite(invite.code)  # someone deleted it in Discord's server settings
    await ready.alice.slash(ready.general, "invite revoke", code=code)
    await ready.env.advance_time(8 * DAY)  # a failing delivery would have been retried by now
    assert len(deletions(ready)) == 2  # by hand, then once by the bot, answered 404: done
    assert ready.bot_messages(ready.modq) == []  # and no alert


async def test_a_link_of_a_revoked_code_is_not_deleted_again_at_its_expiry(ready):
    code, _ = await created(ready, expires_in="1h")
    await ready.alice.slash(ready.general, "invite revoke", code=code)
    await ready.env.advance_time(2 * 3600)
    assert len(deletions(ready)) == 1


def owed_link_deletions(world: World) -> list:
    return rows(world.env.bot.config.database, "SELECT id FROM deliveries WHERE kind = 'delete_invite_link'")


def stored_links(world: World) -> list:
    return rows(world.env.bot.config.database, "SELECT link, link_expiry FROM codes")


async def test_when_discord_cannot_be_reached_the_code_stands_and_the_reply_says_so(ready, monkeypatch):
    async def unreachable(*args, **kwargs):
        raise aiohttp.ClientConnectionError("Cannot connect to host discord.com:443")  # once retries are spent

    monkeypatch.setattr(discord.TextChannel, "create_invite", unreachable)
    code, content = await created(ready)
    assert "No invite link yet: Discord did not make one just now. The code works all the same;" in content
    assert ready.guild.invites() == [] and invite_requests(ready) == []
    assert stored_links(ready) == [(None, None)] and owed_link_deletions(ready) == []
    bob = ready.newcomer("bob")
    assert "Welcome" in (await bob.slash(ready.welcome, "redeem", code=code)).response.content


async def test_when_the_welcome_channel_is_gone_the_code_stands_and_no_link_is_asked_for(ready):
    await ready.env.bot.get_channel(ready.welcome.id).delete()
    await ready.env.settle()
    code, content = await created(ready)
    assert (
        "No invite link: the welcome channel no longer exists. The code works all the same;"
        " an admin can choose another with `/gate setup`." in content
    )
    assert invite_requests(ready) == [] and ready.guild.invites() == []
    assert stored_links(ready) == [(None, None)] and owed_link_deletions(ready) == []
    listed = (await ready.alice.slash(ready.general, "invite list")).response.embeds[0].description
    assert f"`{code}` · 🟢 active" in listed
