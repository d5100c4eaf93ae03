"""/gate tree (SPEC section 12): the chain above a member, the tree below, with standings; paged, never cut."""

import re

import simcord
from discord import app_commands

from bot.clock import now
from bot.core import admissions, bans, invites, redemptions
from bot.core.people import Member, Newcomer


async def chain_of_three(world):
    """alice (there before Doorman) -> bob -> carol -> dave, each through /invite create and /redeem."""
    inviter, people = world.alice, []
    for name in ("bob", "carol", "dave"):
        newcomer = world.newcomer(name)
        await newcomer.slash(world.welcome, "redeem", code=await world.create_code(inviter))
        inviter = newcomer
        people.append(newcomer)
    return people


async def vouch(world, inviter_id, user_id, granted=True):
    """An admission made at the core (fast), as /invite create and /redeem make it."""
    bot, at = world.env.bot, now()
    inviter = Member(user_id=inviter_id, role_ids=frozenset({world.member_role.id}), manages_server=False)
    created = await invites.create_code(
        bot.db, guild_id=world.guild.id, member=inviter, defaults=bot.config.defaults, now=at
    )
    newcomer = Newcomer(user_id=user_id, username=f"n{user_id}", role_ids=frozenset())
    redeemed = await redemptions.redeem(
        bot.db,
        guild_id=world.guild.id,
        channel_id=world.welcome.id,
        newcomer=newcomer,
        code_text=created.code.display,
        defaults=bot.config.defaults,
        now=at,
    )
    if granted:
        await bot.db.transaction(lambda tx: admissions.roles_granted(tx, redeemed.admission.id, at))


async def every_page(world, result):
    pages = [result.response.embeds[0]]
    while "Page" in (pages[-1].footer.text or "") and f"of {len(pages)}" not in pages[-1].footer.text:
        pages.append((await world.admin.click(result.response.message, label="Next")).response.embeds[0])
    return pages


async def test_the_chain_above_and_the_member(ready):
    bob, carol, dave = await chain_of_three(ready)
    result = await ready.admin.slash(ready.general, "gate tree", member=dave)
    embed = result.response.embeds[0]
    assert embed.title == "Invite tree of dave"
    lines = embed.description.splitlines()
    assert lines[:5] == [
        "**Vouched for, from the first**",
        f"<@{ready.alice.id}>: member, nobody vouched for them",
        f"└ <@{bob.id}>: member",
        f"\u2003└ <@{carol.id}>: member",
        f"\u2003\u2003└ **<@{dave.id}>**: member",
    ]
    assert lines[5:] == ["**Vouched for by them (0)**", "Nobody yet."]


async def test_a_wide_and_deep_tree_below_is_paged_never_cut(ready):
    await ready.admin.slash(ready.general, "gate policy", invites_per_member=20)
    *_, dave = await chain_of_three(ready)
    below, next_id = [], 10_000
    for _ in range(4):  # 4 wide, each with 3, each with 1: 28 people over 3 levels, and a 4th level not shown
        first, next_id = next_id, next_id + 1
        await vouch(ready, dave.id, first)
        below.append(first)
        for _ in range(3):
            second, next_id = next_id, next_id + 1
            await vouch(ready, first, second)
            third, next_id = next_id, next_id + 1
            await vouch(ready, second, third)
            below += [second, third]
            await vouch(ready, third, next_id)  # depth 4
            next_id += 1
    at = now()
    await bans.member_banned(ready.env.bot.db, guild_id=ready.guild.id, user_id=below[1], now=at)
    result = await ready.admin.slash(ready.general, "gate tree", member=dave)
    pages = await every_page(ready, result)
    text = "\n".join(page.description for page in pages)
    shown = [int(found) for found in re.findall(r"<@(\d+)>", text)]
    assert len(pages) > 1 and "Vouched for by them (28)" in text
    assert sorted(shown[4:]) == sorted(below)  # everyone, once, after alice, bob, carol and dave
    assert f"<@{below[1]}>: banned" in text
    deeper = await every_page(ready, await ready.admin.slash(ready.general, "gate tree", member=dave, depth=5))
    assert "Vouched for by them (40)" in "\n".join(page.description for page in deeper)


async def test_standings_awaiting_denied_and_left(approving):
    mod = approving.mod
    waiting, _, _ = await approving.request_for("waiting")
    denied, request2, _ = await approving.request_for("denied")
    form = await mod.click(request2, label="Deny")
    await mod.submit_modal(form, {"reason": "no"})
    gone, request3, _ = await approving.request_for("gone")
    approving.guild.remove_member(gone)
    await mod.click(request3, label="Approve")
    result = await approving.admin.slash(approving.general, "gate tree", member=approving.alice)
    text = result.response.embeds[0].description
    assert f"<@{waiting.id}>: awaiting approval" in text
    assert f"<@{denied.id}>: denied" in text and f"<@{gone.id}>: left" in text


async def test_depth_out_of_range_is_refused(ready):
    for depth in (0, 6):
        result = await ready.admin.slash(ready.general, "gate tree", member=ready.alice, depth=depth)
        assert result.response.content == f"`depth` must be from 1 to 5; you gave {depth}."


async def test_only_admins_see_the_tree(ready):
    """Even where a server override shows /gate to members (tests/reliability/test_authority.py: every command)."""
    gate = ready.env.backend.find_command("gate", None)
    ready.guild.set_command_permissions(int(gate["id"]), {ready.member_role: True})
    result = await ready.alice.slash(ready.general, "gate tree", member=ready.alice)
    assert result.response.embeds == [] and "Only admins" in result.response.content
    simcord.assert_error(ready.env, app_commands.CheckFailure)  # the check failure its error handler answered


async def test_the_tree_in_german(ready, spoken):
    spoken.set(ready.admin.id, "de")
    bob, *_ = await chain_of_three(ready)
    embed = (await ready.admin.slash(ready.general, "gate tree", member=bob)).response.embeds[0]
    assert embed.title == "Einladungsbaum von bob"
    assert f"<@{ready.alice.id}>: Mitglied, von niemandem eingeladen" in embed.description
    assert "**Von diesem Mitglied eingeladen (2)**" in embed.description
