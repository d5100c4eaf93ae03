"""/invite regenerate (SPEC section 11): a member replaces a lost or leaked code. The old code and its link stop
working; the new code has its remaining uses, expiry, reservation and note, and its place in the quota."""

from __future__ import annotations

import asyncio

import simcord

from tests.conftest import World
from tests.databases import rows

DAY = 86_400


def invite_requests(world: World) -> list:
    return [r for r in world.env.http_requests if r.method == "POST" and r.path.endswith("/invites")]


def deletions(world: World) -> list[str]:
    return [r.path for r in world.env.http_requests if r.method == "DELETE" and r.path.startswith("/invites/")]


def code_rows(world: World) -> list[tuple]:
    return rows(
        world.env.bot.config.database,
        "SELECT id, code, max_uses, uses, created_at, expires_at, reserved_username, note, kind, revoked_by,"
        " quota_from, replaces FROM codes ORDER BY id",
    )


async def regenerate(world: World, code: str, who=None):
    return await (who or world.alice).slash(world.general, "invite regenerate", code=code)


async def quota_of(world: World) -> str:
    return (await world.alice.slash(world.general, "invite list")).response.embeds[0].fields[0].value


async def test_the_new_code_has_the_old_ones_remaining_uses_expiry_reservation_and_note(ready):
    old = await ready.create_code(uses=3, expires_in="2d", for_user="carol", note="my cousin")
    await ready.env.advance_time(3600)
    [(old_id, _, _, _, created_at, expires_at, *_)] = code_rows(ready)
    result = await regenerate(ready, old)
    content = result.response.content
    new = ready.code_in(content)
    assert result.ephemeral and new != old
    assert content.splitlines()[0] == f"Replaced `{old}`: it no longer works, and neither does its invite link."
    assert f"Uses: 3 · Expires <t:{expires_at}:f>" in content
    assert "Reserved for the username `carol`" in content and "Note for moderators: my cousin" in content
    assert code_rows(ready) == [
        (old_id, old.replace("-", ""), 3, 0, created_at, expires_at, "carol", "my cousin", "member", ready.alice.id,
         None, None),
        (old_id + 1, new.replace("-", ""), 3, 0, created_at + 3600, expires_at, "carol", "my cousin", "member", None,
         created_at, old_id),
    ]  # fmt: skip


async def test_only_the_uses_left_carry_over(ready):
    old = await ready.create_code(uses=3)
    await ready.newcomer("bob").slash(ready.welcome, "redeem", code=old)
    content = (await regenerate(ready, old)).response.content
    assert "Uses: 2 · Expires" in content
    assert [(max_uses, uses) for _, _, max_uses, uses, *_ in code_rows(ready)] == [(3, 1), (2, 0)]


async def test_the_old_link_is_deleted_and_the_new_code_gets_its_own(ready):
    old = await ready.create_code(expires_in="12h")
    [old_invite] = ready.guild.invites()
    await ready.env.advance_time(2 * 3600)
    content = (await regenerate(ready, old)).response.content
    new = ready.code_in(content)
    [new_invite] = ready.guild.invites()
    assert new_invite.code != old_invite.code
    assert deletions(ready) == [f"/invites/{old_invite.code}"]
    request = invite_requests(ready)[-1]
    assert request.json["max_uses"] == 1 and request.json["max_age"] == 10 * 3600  # expires with the code
    link = f"https://discord.gg/{new_invite.code}"
    assert f"Invite link: {link}" in content
    assert content.splitlines()[-1] == (
        f"Tell the person you invite: join with {link}, then type `/redeem {new}` in <#{ready.welcome.id}>."
    )


async def test_the_old_code_is_refused_as_revoked_and_the_new_one_admits(ready):
    old = await ready.create_code()
    new = ready.code_in((await regenerate(ready, old)).response.content)
    bob = ready.newcomer("bob")
    refused = (await bob.slash(ready.welcome, "redeem", code=old)).response.content
    assert refused.startswith("That code was revoked.")
    assert "Welcome" in (await bob.slash(ready.welcome, "redeem", code=new)).response.content


async def test_a_member_at_their_quota_limit_can_regenerate_and_their_quota_does_not_move(ready):
    old = await ready.create_code(uses=3)
    await ready.env.advance_time(DAY)
    before = await quota_of(ready)
    assert before.startswith("Quota: 3 of 3 uses spent in the last 30 days, 0 left.")
    content = (await regenerate(ready, old)).response.content
    assert before in content  # the reply's quota line: the figures of before, next use freeing at the same time
    assert await quota_of(ready) == before
    refused = (await ready.alice.slash(ready.general, "invite create")).response.content
    assert refused.startswith("That code would cost 1 use and you have 0 of 3 left")  # nothing was given back


async def test_the_list_shows_the_trail_from_old_to_new(ready):
    old = await ready.create_code()
    new = ready.code_in((await regenerate(ready, old)).response.content)
    listed = (await ready.alice.slash(ready.general, "invite list")).response.embeds[0].description
    [new_line, old_line] = listed.splitlines()  # active first
    assert new_line.startswith(f"`{new}` · 🟢 active") and f"replaces `{old}`" in new_line
    assert old_line.startswith(f"`{old}` · ⛔ revoked") and f"replaced by `{new}`" in old_line
    audited = (await ready.admin.slash(ready.general, "gate codes")).response.embeds[0].description
    assert f"replaced by `{new}`" in audited and f"replaces `{old}`" in audited


async def test_regenerating_is_logged(ready):
    old = await ready.create_code()
    new = ready.code_in((await regenerate(ready, old)).response.content)
    assert ready.logs.last_message.content == f"🔁 <@{ready.alice.id}> replaced their code `{old}` with `{new}`."


async def test_someone_elses_code_is_refused(ready):
    theirs = await ready.create_code(ready.admin)
    result = await regenerate(ready, theirs)
    assert result.response.content == "That code belongs to someone else; you can only regenerate your own codes."
    assert len(code_rows(ready)) == 1 and code_rows(ready)[0][9] is None  # not revoked
    assert len(ready.guild.invites()) == 1


async def test_an_unknown_code_is_refused(ready):
    result = await regenerate(ready, "AAAA-BBBB-CCCC")
    assert result.response.content == "There is no code `AAAA-BBBB-CCCC` on this server. Check it with `/invite list`."
    assert code_rows(ready) == []


async def test_a_malformed_code_is_refused(ready):
    result = await regenerate(ready, "not a code")
    assert result.response.content.startswith("That is not a valid code (malformed)")


async def test_a_code_that_is_no_longer_active_is_refused_with_its_status(ready):
    revoked = await ready.create_code()
    await ready.alice.slash(ready.general, "invite revoke", code=revoked)
    used = await ready.create_code()
    await ready.newcomer("bob").slash(ready.welcome, "redeem", code=used)
    expiring = await ready.create_code(expires_in="1h")
    await ready.env.advance_time(2 * 3600)
    posts = len(invite_requests(ready))
    for code, status in [(revoked, "revoked"), (used, "used"), (expiring, "expired")]:
        content = (await regenerate(ready, code)).response.content
        assert content.startswith(f"Code `{code}` is {status}, so there is nothing to replace"), content
    assert len(code_rows(ready)) == 3 and len(invite_requests(ready)) == posts


async def test_two_regenerates_of_one_code_at_once_make_one_new_code(ready):
    old = await ready.create_code(uses=2)
    results = await asyncio.gather(
        simcord.actors._slash(ready.alice, ready.general, "invite regenerate", {"code": old}),
        simcord.actors._slash(ready.alice, ready.general, "invite regenerate", {"code": old}),
    )
    contents = sorted(result.response.content for result in results)
    replaced = [c for c in contents if c.startswith("Replaced")]
    refused = [c for c in contents if c.startswith(f"Code `{old}` is revoked")]
    assert len(replaced) == 1 and len(refused) == 1, contents
    assert len(code_rows(ready)) == 2 and len(ready.guild.invites()) == 1


async def test_the_new_link_is_deleted_at_the_codes_expiry_across_a_restart(ready, make_bot):
    old = await ready.create_code(expires_in="2h")
    await regenerate(ready, old)
    assert len(ready.guild.invites()) == 1
    await ready.env.restart_bot(make_bot())
    await ready.env.advance_time(2 * 3600 + 60)
    assert ready.guild.invites() == [] and len(deletions(ready)) == 2


async def test_when_discord_refuses_the_new_link_the_new_code_stands_and_the_reply_says_why(ready):
    old = await ready.create_code()
    ready.env.inject_error("POST", f"/channels/{ready.welcome.id}/invites", status=403, code=50013)
    content = (await regenerate(ready, old)).response.content
    new = ready.code_in(content)
    assert f"No invite link: I lack the Create Invite permission in <#{ready.welcome.id}>" in content
    assert f"join the server, then type `/redeem {new}`" in content
    assert ready.guild.invites() == []  # the old link deleted, no new one
    assert "Welcome" in (await ready.newcomer("bob").slash(ready.welcome, "redeem", code=new)).response.content


async def test_the_reply_follows_the_members_language(ready, spoken):
    spoken.set(ready.alice.id, "fr")
    old = await ready.create_code()
    content = (await regenerate(ready, old)).response.content
    new = ready.code_in(content)
    assert (
        content.splitlines()[0] == f"Code `{old}` remplacé : il ne fonctionne plus, et son lien d'invitation non plus."
    )
    assert f"Ton code d'invitation : **`{new}`**" in content
    refused = (await regenerate(ready, old)).response.content
    assert refused.startswith(f"Le code `{old}` est révoqué : il n'y a rien à remplacer")


async def test_autocomplete_offers_only_own_active_codes(ready):
    mine = await ready.create_code()
    revoked = await ready.create_code()
    await ready.alice.slash(ready.general, "invite revoke", code=revoked)
    await ready.create_code(ready.member("carol"))
    choices = await ready.alice.autocomplete(ready.general, "invite regenerate", "code", "")
    assert [choice["value"] for choice in choices] == [mine]


async def test_a_code_without_a_link_is_not_said_to_lose_one(ready):
    await ready.admin.slash(ready.general, "gate policy", invite_links=False)
    old = await ready.create_code()
    content = (await regenerate(ready, old)).response.content
    assert content.splitlines()[0] == f"Replaced `{old}`: it no longer works."
    assert invite_requests(ready) == [] and deletions(ready) == []


async def test_replacing_codes_in_a_loop_stops_at_three_a_day(ready):
    """Each replacement makes and deletes a Discord link (and may DM someone again): not free to repeat."""
    code = await ready.create_code(expires_in="10d")
    for _ in range(3):
        code = ready.code_in((await regenerate(ready, code)).response.content)
    refused = (await regenerate(ready, code)).response.content
    assert refused.startswith("You have replaced 3 codes in the last day, the most a day allows."), refused
    assert len([row for row in code_rows(ready) if row[9] is None]) == 1  # the last code stands, unrevoked
    await ready.env.advance_time(DAY)
    assert "Replaced" in (await regenerate(ready, code)).response.content
