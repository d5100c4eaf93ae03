"""/gate link (SPEC section 11): an admin's one code and invite link for many people. It costs no quota, is
listed under its owner, and every redemption waits for a moderator's approval whatever the policy."""

from __future__ import annotations

import pytest
import simcord
from discord import app_commands

from tests.conftest import World
from tests.databases import rows

DAY = 86_400


def invite_requests(world: World) -> list:
    return [r for r in world.env.http_requests if r.method == "POST" and r.path.endswith("/invites")]


def codes_in_db(world: World) -> list[tuple]:
    return rows(world.env.bot.config.database, "SELECT code, kind, inviter_id, max_uses, note FROM codes ORDER BY id")


async def shared_link(world: World, **options) -> tuple[str, str]:
    """The admin runs /gate link; (the code, the whole reply)."""
    result = await world.admin.slash(world.general, "gate link", **options)
    assert result.ephemeral
    content = result.response.content
    return world.code_in(content), content


async def test_an_admin_gets_one_code_and_link_for_many_people(ready):
    code, content = await shared_link(ready, uses=30, expires_in="3d", note="From our website")
    [request] = invite_requests(ready)
    assert request.path == f"/channels/{ready.welcome.id}/invites"
    assert request.json["max_uses"] == 30 and request.json["max_age"] == 3 * DAY and request.json["unique"] is True
    [invite] = ready.guild.invites()
    link = f"https://discord.gg/{invite.code}"
    lines = content.splitlines()
    assert lines[0] == f"Shared invitation code: **`{code}`**"
    assert lines[1] == f"Invite link: {link}"
    assert lines[2].startswith("Uses: 30 · Expires <t:")
    assert "Note for moderators: From our website" in content
    assert "Every redemption of this code waits for a moderator's approval, whatever the `approval` setting." in content
    assert "Quota" not in content  # it costs none
    assert lines[-1] == f"Share this: join with {link}, then type `/redeem {code}` in <#{ready.welcome.id}>."
    assert codes_in_db(ready) == [(code.replace("-", ""), "link", ready.admin.id, 30, "From our website")]


async def test_by_default_it_has_25_uses_and_the_servers_code_lifetime(ready):
    await shared_link(ready)
    [request] = invite_requests(ready)
    assert request.json["max_uses"] == 25 and request.json["max_age"] == 7 * DAY
    assert [max_uses for _, _, _, max_uses, _ in codes_in_db(ready)] == [25]


async def test_above_100_uses_the_link_is_unlimited_and_the_code_counts(ready):
    _, content = await shared_link(ready, uses=250)
    [request] = invite_requests(ready)
    assert request.json["max_uses"] == 0
    assert [invite.max_uses for invite in ready.guild.invites()] == [0]
    assert "A Discord link allows at most 100 uses, so this one has no limit of its own" in content
    assert "the code stops after 250 uses." in content
    assert codes_in_db(ready)[0][3] == 250


async def test_a_link_of_exactly_100_uses_is_limited_on_discord_too(ready):
    _, content = await shared_link(ready, uses=100)
    assert invite_requests(ready)[0].json["max_uses"] == 100
    assert "no limit of its own" not in content


@pytest.mark.parametrize(("uses", "given"), [(0, "0"), (1001, "1001")])
async def test_uses_out_of_range_are_refused_and_nothing_is_made(ready, uses, given):
    result = await ready.admin.slash(ready.general, "gate link", uses=uses)
    assert result.ephemeral
    assert result.response.content == f"`uses` must be from 1 to 1000; you gave {given}."
    assert codes_in_db(ready) == [] and invite_requests(ready) == []


async def test_a_bad_expiry_is_refused_as_for_invite_create(ready):
    result = await ready.admin.slash(ready.general, "gate link", expires_in="45d")
    assert "at most 30 days" in result.response.content
    assert codes_in_db(ready) == [] and invite_requests(ready) == []


async def test_someone_without_manage_server_is_refused_and_nothing_is_made(ready):
    gate = ready.env.backend.find_command("gate", None)
    ready.guild.set_command_permissions(int(gate["id"]), {ready.member_role: True})  # shown to members
    result = await ready.alice.slash(ready.general, "gate link", uses=50)
    assert result.ephemeral and "Only admins" in result.response.content
    simcord.assert_error(ready.env, app_commands.CheckFailure)
    assert codes_in_db(ready) == [] and invite_requests(ready) == []


async def test_every_redemption_waits_for_a_moderator_even_with_approval_off(ready):
    code, _ = await shared_link(ready)
    bob = ready.newcomer("bob")
    reply = (await bob.slash(ready.welcome, "redeem", code=code)).response.content
    assert reply.startswith("Your code was accepted. A moderator will review your request")
    assert await ready.roles_of(bob) == {"Newcomer"}
    [request] = ready.bot_messages(ready.modq)
    fields = {field.name: field.value for field in request.embeds[0].fields}
    assert fields["Invited by"] == (
        f"<@{ready.admin.id}> through a shared link (`/gate link`): nobody vouched for this newcomer personally"
    )
    await ready.mod.click(request, label="Approve")
    assert await ready.roles_of(bob) == {"Member"}
    assert ready.dms(ready.admin) == []  # a shared link may bring hundreds: the log tells, not a DM each
    assert ready.logs.last_message.content == (
        f"✅ <@{bob.id}> admitted through <@{ready.admin.id}>'s shared link (code `{code}`),"
        f" approved by <@{ready.mod.id}>."
    )


async def test_a_members_code_still_follows_the_policy(ready):
    await shared_link(ready)
    bob = ready.newcomer("bob")
    reply = (await bob.slash(ready.welcome, "redeem", code=await ready.create_code())).response.content
    assert reply.startswith("Welcome")


async def test_it_is_listed_under_its_owner_as_a_shared_link(ready):
    code, _ = await shared_link(ready, uses=40)
    listed = (await ready.admin.slash(ready.general, "gate codes", member=ready.admin)).response.embeds[0]
    assert f"`{code}` · 🟢 active · 0/40 uses · 🔗 shared link" in listed.description
    everyone = (await ready.admin.slash(ready.general, "gate codes")).response.embeds[0].description
    assert f"🔗 shared link · by <@{ready.admin.id}>" in everyone


async def test_making_one_is_logged(ready):
    code, _ = await shared_link(ready, uses=60)
    assert ready.logs.last_message.content == (
        f"🔗 <@{ready.admin.id}> created the shared link code `{code}` for 60 uses."
    )


async def test_without_the_invite_permission_the_code_stands_and_the_reply_says_why(ready):
    ready.env.inject_error("POST", f"/channels/{ready.welcome.id}/invites", status=403, code=50013)
    code, content = await shared_link(ready)
    assert f"No invite link: I lack the Create Invite permission in <#{ready.welcome.id}>" in content
    assert content.splitlines()[-1] == (
        f"Share this: join the server, then type `/redeem {code}` in <#{ready.welcome.id}>."
    )
    assert ready.guild.invites() == [] and len(codes_in_db(ready)) == 1
    bob = ready.newcomer("bob")
    assert "A moderator will review" in (await bob.slash(ready.welcome, "redeem", code=code)).response.content


async def test_the_reply_follows_the_admins_language(ready, spoken):
    spoken.set(ready.admin.id, "de")
    code, content = await shared_link(ready, uses=120)
    [invite] = ready.guild.invites()
    assert content.splitlines()[0] == f"Geteilter Einladungscode: **`{code}`**"
    assert "Jede Einlösung dieses Codes muss vom Moderationsteam angenommen werden" in content
    assert "Ein Discord-Link erlaubt höchstens 100 Nutzungen" in content
    assert content.splitlines()[-1] == (
        f"Zum Teilen: Tritt über https://discord.gg/{invite.code} bei und gib dann `/redeem {code}`"
        f" in <#{ready.welcome.id}> ein."
    )
    listed = (await ready.admin.slash(ready.general, "gate codes")).response.embeds[0].description
    assert "🔗 geteilter Link" in listed
