"""An admin sets Doorman up: /gate setup, /gate policy, /gate settings."""

import discord
import pytest
import simcord
from discord import app_commands


async def test_setup_saves_and_shows_the_settings(world):
    result = await world.setup(approval=True)
    assert result.ephemeral and result.response.content == "Saved."
    [embed] = result.response.embeds
    places = embed.fields[0].value
    assert f"<#{world.welcome.id}>" in places and f"<@&{world.member_role.id}>" in places
    assert "Approval: on" in embed.fields[1].value
    assert "changed settings with /gate setup" in world.logs.last_message.content


async def test_settings_shows_defaults_before_setup(world):
    result = await world.admin.slash(world.general, "gate settings")
    embed = result.response.embeds[0]
    assert "run `/gate setup`" in embed.description
    assert "Invites per member: 3 per 30 days (default)" in embed.fields[1].value


async def test_gate_is_hidden_from_members(world):
    with pytest.raises(simcord.SetupError):
        await world.alice.slash(world.general, "gate settings")


async def test_gate_checks_manage_server_at_run_time(world):
    """default_permissions only hides the command; a server override can still show it."""
    command = world.env.backend.find_command("gate", None)
    world.guild.set_command_permissions(int(command["id"]), {world.member_role: True})
    result = await world.alice.slash(world.general, "gate policy", approval=True)
    assert "Manage Server" in result.response.content
    simcord.assert_error(world.env, app_commands.CheckFailure)  # the check failure its error handler answered
    settings = await world.admin.slash(world.general, "gate settings")
    assert "Approval: off" in settings.response.embeds[0].fields[1].value


@pytest.mark.parametrize(
    ("arrange", "expected"),
    [
        ("everyone_role", "`member_role` cannot be @everyone"),
        ("high_role", "is not below my highest role"),
        ("managed_role", "managed by an integration"),
        ("same_roles", "must be different roles"),
        ("hidden_mod_channel", "In `mod_channel`"),
        ("mute_log_channel", "Send Messages"),
        ("no_embeds", "Embed Links"),
    ],
)
async def test_setup_refuses_with_the_problem_and_saves_nothing(world, arrange, expected):
    options = {}
    g = world.guild
    hidden = discord.PermissionOverwrite(view_channel=False)
    if arrange == "everyone_role":
        options["member_role"] = g.default_role
    elif arrange == "high_role":
        options["member_role"] = g.create_role("Gold", position=50)
    elif arrange == "managed_role":
        options["newcomer_role"] = next(r for r in g.roles.values() if r._role.managed)
    elif arrange == "same_roles":
        options["newcomer_role"] = world.member_role
    elif arrange == "hidden_mod_channel":
        admins = g.roles["Admins"]
        options["mod_channel"] = g.create_text_channel(
            "secret",
            overwrites={
                g.default_role: hidden,
                world.env.bot.user: hidden,
                admins: discord.PermissionOverwrite(view_channel=True),
            },
        )
    elif arrange == "mute_log_channel":
        options["log_channel"] = g.create_text_channel(
            "quiet", overwrites={world.env.bot.user: discord.PermissionOverwrite(send_messages=False)}
        )
    elif arrange == "no_embeds":
        options["mod_channel"] = g.create_text_channel(
            "plain", overwrites={world.env.bot.user: discord.PermissionOverwrite(embed_links=False)}
        )
    result = await world.setup(**options)
    content = result.response.content
    assert result.ephemeral and content.startswith("Nothing was saved") and expected in content, content
    settings = await world.admin.slash(world.general, "gate settings")
    assert "run `/gate setup`" in settings.response.embeds[0].description


async def test_setup_lists_every_problem_at_once(world):
    g = world.guild
    result = await world.setup(member_role=g.default_role, newcomer_role=g.create_role("Gold", position=50))
    content = result.response.content
    assert "@everyone" in content and "not below my highest role" in content


async def test_setup_refuses_when_the_bot_lacks_manage_roles(world):
    bot_role = next(r for r in world.guild.roles.values() if r._role.managed)
    keep = discord.Permissions(view_channel=True, send_messages=True, embed_links=True)
    world.env.backend.edit_role(world.guild.id, bot_role.id, {"permissions": keep.value})
    await world.env.settle()
    result = await world.setup()
    assert "Manage Roles" in result.response.content and "Nothing was saved" in result.response.content


async def test_rerunning_setup_keeps_options_left_out(world):
    await world.setup(approval=True)
    other = world.guild.create_text_channel("lobby")
    await world.admin.slash(
        world.general, "gate setup", welcome_channel=other, mod_channel=world.modq, member_role=world.member_role
    )
    embed = (await world.admin.slash(world.general, "gate settings")).response.embeds[0]
    assert f"<#{other.id}>" in embed.fields[0].value
    assert f"<@&{world.newcomer_role.id}>" in embed.fields[0].value  # kept
    assert "Approval: on" in embed.fields[1].value  # kept


async def test_policy_changes_only_what_is_given(ready):
    result = await ready.admin.slash(ready.general, "gate policy", invites_per_member=10, approval=True)
    policy = result.response.embeds[0].fields[1].value
    assert "Invites per member: 10 per 30 days" in policy and "Approval: on" in policy
    assert "Code lifetime: 7 days (default)" in policy
    assert "invites_per_member: 3 → 10; approval: off → on" in ready.logs.last_message.content


@pytest.mark.parametrize(
    ("option", "value"),
    [("invites_per_member", -1), ("quota_period_days", 0), ("code_ttl_days", 31), ("max_uses_per_code", 101)],
)
async def test_policy_refuses_out_of_range_values(ready, option, value):
    result = await ready.admin.slash(ready.general, "gate policy", **{option: value})
    assert result.response.content.startswith("Nothing was saved") and f"`{option}`" in result.response.content
    settings = await ready.admin.slash(ready.general, "gate settings")
    assert "(default)" in settings.response.embeds[0].fields[1].value


async def test_policy_without_options_says_what_to_do(ready):
    result = await ready.admin.slash(ready.general, "gate policy")
    assert "at least one option" in result.response.content


async def test_settings_survive_a_restart(ready, make_bot):
    await ready.admin.slash(ready.general, "gate policy", code_ttl_days=3)
    await ready.env.restart_bot(make_bot())
    embed = (await ready.admin.slash(ready.general, "gate settings")).response.embeds[0]
    assert "Code lifetime: 3 days" in embed.fields[1].value
