import discord
import pytest


@pytest.fixture
def config_extra():
    return "dev_guild_ids = [424242]"


async def test_dev_guilds_get_the_commands_instantly(simcord_env):
    [sync] = [r for r in simcord_env.http_requests if r.method == "PUT" and r.path.endswith("/commands")]
    assert "/guilds/424242/commands" in sync.path
    guild = simcord_env.create_guild("Dev", id=424242)
    channel = guild.create_text_channel("general")
    admins = guild.create_role("Admins", permissions=discord.Permissions(manage_guild=True))
    admin = guild.add_member(simcord_env.create_user("dev"), roles=[admins])
    assert "gate settings" in admin.available_commands(channel)
