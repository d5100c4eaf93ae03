"""Hardening, written from the SPEC alone: codes reserved for one account (SPEC section 2), as members and newcomers
meet them."""

from __future__ import annotations

from typing import Any

import pytest

from tests.databases import rows


def code_count(world: Any) -> int:
    [(count,)] = rows(world.env.bot.config.database, "SELECT COUNT(*) FROM codes")
    return int(count)


def the_code(content: str) -> str:
    return content.split("**`")[1].split("`**")[0]


async def create(world: Any, for_user: str, **options: Any) -> Any:
    return await world.alice.slash(world.general, "invite create", for_user=for_user, **options)


@pytest.mark.parametrize("spelled", ["{id}", "<@{id}>", "<@!{id}>", " <@{id}> ", "@{id}"])
async def test_every_spelling_of_an_id_reserves_for_that_account_only(ready, spelled):
    carol = ready.env.create_user("carol")
    result = await create(ready, spelled.format(id=carol.id))
    content = result.response.content
    assert f"Reserved for <@{carol.id}> (ID {carol.id}): only that account can redeem it." in content, content
    code = the_code(content)
    dave = ready.newcomer("dave")
    refused = await dave.slash(ready.welcome, "redeem", code=code)
    assert "reserved" in refused.response.content and await ready.roles_of(dave) == {"Newcomer"}
    joined = ready.guild.add_member(carol, roles=[ready.newcomer_role])
    welcomed = await joined.slash(ready.welcome, "redeem", code=code)
    assert "Welcome" in welcomed.response.content, welcomed.response.content
    assert ready.pings() == []


@pytest.mark.parametrize("spelled", ["999999999999999999", "<@999999999999999999>", "<@!999999999999999999>"])
async def test_an_unknown_id_in_any_spelling_is_refused_and_creates_nothing(ready, spelled):
    result = await create(ready, spelled, uses=3)
    content = result.response.content
    assert result.ephemeral and "no Discord account has the ID 999999999999999999" in content, content
    assert code_count(ready) == 0


async def test_an_id_past_64_bits_is_refused_as_unknown(ready):
    result = await create(ready, "99999999999999999999")  # 20 digits, above 2**63
    assert "no Discord account has the ID" in result.response.content, result.response.content
    assert code_count(ready) == 0


async def test_doormans_own_id_is_refused_as_a_bot(ready):
    me = ready.env.bot.user.id
    result = await create(ready, f"<@{me}>")
    content = result.response.content
    assert "is a bot" in content and str(me) in content, content
    assert code_count(ready) == 0 and ready.pings() == []


async def test_a_bot_in_the_server_is_refused_by_plain_id(ready):
    helper = ready.guild.add_member(ready.env.create_user("helperbot", bot=True))
    result = await create(ready, str(helper.id))
    assert "is a bot" in result.response.content, result.response.content
    assert code_count(ready) == 0


@pytest.mark.parametrize("name", ["carol.smith", "carol_smith", "c.a_r.o_l99", "__", "a.b"])
async def test_usernames_with_dots_and_underscores_reserve_by_username(ready, name):
    result = await create(ready, name)
    content = result.response.content
    assert f"Reserved for the username `{name}`" in content, content
    code = the_code(content)
    other = ready.newcomer("someoneelse")
    refused = await other.slash(ready.welcome, "redeem", code=code)
    assert "reserved" in refused.response.content
    welcomed = await ready.newcomer(name).slash(ready.welcome, "redeem", code=code)
    assert "Welcome" in welcomed.response.content, welcomed.response.content


@pytest.mark.parametrize("typed", ["Carol.Smith", "CAROL.SMITH", "@Carol.Smith"])
async def test_an_uppercase_username_is_the_lowercase_username(ready, typed):
    result = await create(ready, typed)
    content = result.response.content
    assert "Reserved for the username `carol.smith`" in content, content
    welcomed = await ready.newcomer("carol.smith").slash(ready.welcome, "redeem", code=the_code(content))
    assert "Welcome" in welcomed.response.content, welcomed.response.content


async def test_a_short_all_digit_username_reserves_by_username(ready):
    """Twelve digits are no snowflake (those have 15 or more): a username that happens to be digits."""
    result = await create(ready, "123456789012")
    content = result.response.content
    assert "Reserved for the username `123456789012`" in content, content
    welcomed = await ready.newcomer("123456789012").slash(ready.welcome, "redeem", code=the_code(content))
    assert "Welcome" in welcomed.response.content


async def test_a_username_that_spells_an_id_does_not_redeem_a_code_reserved_by_that_id(ready):
    carol = ready.env.create_user("carol")
    code = the_code((await create(ready, f"<@!{carol.id}>")).response.content)
    impostor = ready.newcomer(str(carol.id))
    refused = await impostor.slash(ready.welcome, "redeem", code=code)
    assert "reserved for someone else" in refused.response.content
    assert await ready.roles_of(impostor) == {"Newcomer"}


async def test_a_reserved_code_refused_to_the_wrong_account_is_not_spent(ready):
    code = the_code((await create(ready, "carol")).response.content)
    for index in range(3):
        wrong = ready.newcomer(f"notcarol{index}")
        refused = await wrong.slash(ready.welcome, "redeem", code=code)
        assert "reserved for someone else" in refused.response.content
    welcomed = await ready.newcomer("carol").slash(ready.welcome, "redeem", code=code)
    assert "Welcome" in welcomed.response.content


async def test_wrong_account_attempts_count_toward_the_lockout(ready):
    code = the_code((await create(ready, "carol")).response.content)
    dave = ready.newcomer("dave")
    replies = [(await dave.slash(ready.welcome, "redeem", code=code)).response.content for _ in range(5)]
    assert all("reserved" in reply for reply in replies), replies
    locked = await dave.slash(ready.welcome, "redeem", code=await ready.create_code(ready.admin))
    assert "Too many failed attempts" in locked.response.content, locked.response.content


@pytest.mark.parametrize("typed", ["carol#0", "carol#1234", "car ol", "<@&123456789012345678>", "a", "x" * 33, "😀"])
async def test_what_cannot_be_an_account_is_refused_saying_what_is_accepted(ready, typed):
    result = await create(ready, typed)
    content = result.response.content
    assert "`for_user` must be a Discord username" in content, content
    assert code_count(ready) == 0


@pytest.mark.parametrize("typed", ["@everyone", "@here"])
async def test_everyone_and_here_never_ping(ready, typed):
    await create(ready, typed)
    assert ready.pings() == []


async def test_a_reservation_by_id_shows_in_the_request_for_moderators_without_pinging(approving):
    carol = approving.env.create_user("carol")
    code = the_code((await create(approving, str(carol.id))).response.content)
    joined = approving.guild.add_member(carol, roles=[approving.newcomer_role])
    reply = await joined.slash(approving.welcome, "redeem", code=code)
    assert "A moderator will review" in reply.response.content, reply.response.content
    assert approving.pings() == []
