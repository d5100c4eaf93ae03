"""Every action checks, when it runs, that this person may take it here."""

import discord
import pytest
import simcord
from discord import app_commands

from tests.conftest import loaded

GATE_CALLS = {
    "gate setup": lambda w: {"welcome_channel": w.general, "mod_channel": w.general, "member_role": w.member_role},
    "gate policy": lambda w: {"approval": True},
    "gate settings": lambda w: {},
    "gate quota": lambda w: {"role": w.member_role, "amount": 50},
    "gate grant": lambda w: {"member": w.alice, "amount": 50},
    "gate codes": lambda w: {},
    "gate revoke": lambda w: {"code": "AAAA-AAAA-AAAA"},
    "gate revoke-all": lambda w: {"member": w.admin},
    "gate pending": lambda w: {},
    "gate whois": lambda w: {"member": w.admin},
    "gate tree": lambda w: {"member": w.admin},
    "gate link": lambda w: {"uses": 50},
}


@pytest.mark.parametrize("command", sorted(GATE_CALLS))
async def test_every_gate_command_checks_manage_server_when_it_runs(ready, command):
    """A server override can show /gate to members; it still refuses them and changes nothing."""
    admin_code = await ready.create_code(ready.admin)
    gate = ready.env.backend.find_command("gate", None)
    ready.guild.set_command_permissions(int(gate["id"]), {ready.member_role: True})
    result = await ready.alice.slash(ready.general, command, **GATE_CALLS[command](ready))
    assert result.ephemeral and "Only admins" in result.response.content
    assert result.response.embeds == []
    simcord.assert_error(ready.env, app_commands.CheckFailure)  # the check failure its error handler answered
    settings = (await ready.admin.slash(ready.general, "gate settings")).response.embeds[0]
    assert "Approval: off" in settings.fields[1].value and "None" in settings.fields[2].value
    assert f"Welcome channel: <#{ready.welcome.id}>" in settings.fields[0].value
    codes = (await ready.admin.slash(ready.general, "gate codes")).response.embeds[0].description
    assert f"`{admin_code}` · 🟢 active" in codes


async def test_non_moderators_cannot_retry_a_grant(ready):
    ready.env.inject_error("PATCH", "/guilds/*/members/*", status=500, times=1)
    bob = ready.newcomer("bob")
    await bob.slash(ready.welcome, "redeem", code=await ready.create_code())
    result = await ready.admin.click(ready.modq.last_message, label="Retry")
    assert "Only moderators" in result.response.content
    assert await ready.roles_of(bob) == {"Newcomer"}


async def test_a_request_cannot_be_decided_from_another_guild(approving):
    bob, request, _ = await approving.request_for()
    request_id = int(request.embeds[0].title.split("#")[1])
    other = approving.env.create_guild("Elsewhere")
    other_mods = other.create_role("Mods", permissions=discord.Permissions(manage_roles=True))
    channel = other.create_text_channel("queue")
    their_mod = other.add_member(approving.env.create_user("their_mod"), roles=[other_mods])
    await approving.env.settle()
    # A button carrying this guild's request ID, in another guild (forged, or a stale copy).
    buttons = loaded("cogs.admissions._approvals").request_view(approving.env.bot.catalogs.english, request_id)
    forged = await approving.env.bot.get_channel(channel.id).send("forged", view=buttons)
    await approving.env.settle()
    result = await their_mod.click(channel.last_message, label="Approve")
    assert "does not exist on this server" in result.response.content
    assert await approving.roles_of(bob) == {"Newcomer"}
    assert [b.label for b in approving.modq.history()[-1].components[0].children] == ["Approve", "Deny"]
    assert forged.id == channel.last_message.id


async def test_a_code_for_one_guild_is_unknown_in_another(ready):
    code = await ready.create_code()
    other = ready.env.create_guild("Elsewhere")
    member_role = other.create_role("Member")
    welcome = other.create_text_channel("welcome")
    mod_channel = other.create_text_channel("mods")
    owner = other.add_member(
        ready.env.create_user("owner2"),
        roles=[other.create_role("A", permissions=discord.Permissions(manage_guild=True))],
    )
    await owner.slash(welcome, "gate setup", welcome_channel=welcome, mod_channel=mod_channel, member_role=member_role)
    stranger = other.add_member(ready.env.create_user("stranger"))
    result = await stranger.slash(welcome, "redeem", code=code)
    assert "unknown" in result.response.content
    assert "Welcome" in (await ready.newcomer("bob").slash(ready.welcome, "redeem", code=code)).response.content
