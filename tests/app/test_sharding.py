"""A process running some of several shards (SPEC section 15): only shard 0's syncs the commands, and a
process serves the guilds on its own shards as a single process would."""

import discord
import pytest

from bot.app import ShardedDoorman
from bot.core.shards import shard_of
from tests.app.test_app import command_syncs

TWO_SHARDS_FIRST = "shard_count = 2\nshard_ids = [0]\n"
TWO_SHARDS_SECOND = "shard_count = 2\nshard_ids = [1]\n"


@pytest.mark.parametrize("config_extra", [TWO_SHARDS_FIRST])
async def test_the_process_with_shard_0_syncs_the_commands(simcord_env):
    assert isinstance(simcord_env.bot, ShardedDoorman) and simcord_env.bot.shard_ids == [0]
    assert len(command_syncs(simcord_env)) == 1


@pytest.mark.simcord(strict_sync=False)
@pytest.mark.parametrize("config_extra", [TWO_SHARDS_SECOND])
async def test_a_process_without_shard_0_leaves_the_commands_to_it(simcord_env):
    assert simcord_env.bot.shard_ids == [1]
    assert command_syncs(simcord_env) == []


@pytest.mark.parametrize("config_extra", ["shard_count = 2\n"])
async def test_a_process_on_its_own_shard_admits_a_newcomer_and_carries_what_is_owed(simcord_env):
    env = simcord_env
    guild = env.create_guild("Second shard", shard_id=1)
    assert shard_of(guild.id, 2) == 1
    member = guild.create_role("Member")
    admins = guild.create_role("Admins", permissions=discord.Permissions(manage_guild=True))
    hidden, shown = discord.PermissionOverwrite(view_channel=False), discord.PermissionOverwrite(view_channel=True)
    welcome = guild.create_text_channel("welcome", overwrites={member: hidden, admins: shown})
    general = guild.create_text_channel("general", overwrites={guild.default_role: hidden, member: shown})
    staff = {guild.default_role: hidden, admins: shown, env.bot.user: shown}
    modq = guild.create_text_channel("mod-queue", overwrites=staff)
    logs = guild.create_text_channel("log", overwrites=staff)
    admin = guild.add_member(env.create_user("admin"), roles=[admins, member])
    alice = guild.add_member(env.create_user("alice"), roles=[member])
    await env.settle()
    await admin.slash(
        general, "gate setup", welcome_channel=welcome, mod_channel=modq, member_role=member, log_channel=logs
    )
    created = await alice.slash(general, "invite create")
    code = created.response.content.split("**`")[1].split("`**")[0]
    bob = guild.add_member(env.create_user("bob"))
    answer = await bob.slash(welcome, "redeem", code=code)
    await env.settle()
    assert "Welcome" in answer.response.content
    admitted = await env.bot.get_guild(guild.id).fetch_member(bob.id)
    assert "Member" in {role.name for role in admitted.roles}
    assert alice.user.dm_channel.last_message is not None  # the inviter's DM, carried by this process
    assert any("bob" in m.content or str(bob.id) in m.content for m in logs.history())  # and the log line
