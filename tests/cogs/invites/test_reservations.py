"""Codes reserved for one account: by user ID (checked with Discord) or by exact username (SPEC section 2)."""

from tests.databases import rows


def code_count(world) -> int:
    [(count,)] = rows(world.env.bot.config.database, "SELECT COUNT(*) FROM codes")
    return int(count)


async def test_a_code_reserved_by_id_admits_that_account_and_not_one_named_after_its_digits(ready):
    carol = ready.env.create_user("carol")
    code = await ready.create_code(for_user=str(carol.id))
    impostor = ready.newcomer(str(carol.id))
    refused = await impostor.slash(ready.welcome, "redeem", code=code)
    assert "reserved for someone else" in refused.response.content
    assert await ready.roles_of(impostor) == {"Newcomer"}
    joined = ready.guild.add_member(carol, roles=[ready.newcomer_role])
    welcomed = await joined.slash(ready.welcome, "redeem", code=code)
    assert "Welcome" in welcomed.response.content, welcomed.response.content


async def test_a_display_name_does_not_satisfy_a_username_reservation(ready):
    code = await ready.create_code(for_user="carol")
    lookalike = ready.guild.add_member(
        ready.env.create_user("carol.fake", global_name="carol"), roles=[ready.newcomer_role]
    )
    refused = await lookalike.slash(ready.welcome, "redeem", code=code)
    assert "reserved for someone else" in refused.response.content
    welcomed = await ready.newcomer("carol").slash(ready.welcome, "redeem", code=code)
    assert "Welcome" in welcomed.response.content


async def test_an_id_no_account_has_is_refused_and_creates_nothing(ready):
    result = await ready.alice.slash(ready.general, "invite create", for_user="123456789012345678", uses=3)
    assert result.ephemeral
    assert "no Discord account has the ID 123456789012345678" in result.response.content, result.response.content
    assert code_count(ready) == 0
    await ready.create_code(uses=3)  # the whole quota is still there


async def test_a_bots_id_is_refused_and_creates_nothing(ready):
    helper_bot = ready.env.create_user("helperbot", bot=True)
    result = await ready.alice.slash(ready.general, "invite create", for_user=f"<@{helper_bot.id}>")
    assert "is a bot" in result.response.content, result.response.content
    assert code_count(ready) == 0


async def test_when_discord_cannot_say_the_id_is_refused_not_guessed(ready):
    carol = ready.env.create_user("carol")
    ready.env.inject_error("GET", f"/users/{carol.id}", status=503)
    result = await ready.alice.slash(ready.general, "invite create", for_user=str(carol.id))
    content = result.response.content
    assert "could not check" in content and "try again" in content, content
    assert code_count(ready) == 0
    again = await ready.alice.slash(ready.general, "invite create", for_user=str(carol.id))
    assert "Your invitation code" in again.response.content  # the fault was Discord's, and it has passed


async def test_a_reservation_by_id_or_mention_shows_the_account(ready):
    carol = ready.env.create_user("carol")
    for typed in (str(carol.id), f"<@{carol.id}>", f"<@!{carol.id}>"):
        result = await ready.alice.slash(ready.general, "invite create", for_user=typed)
        assert f"Reserved for <@{carol.id}> (ID {carol.id})" in result.response.content, result.response.content


async def test_a_reservation_by_username_says_it_must_be_the_exact_username(ready):
    result = await ready.alice.slash(ready.general, "invite create", for_user="@Carol_99")
    content = result.response.content
    assert "Reserved for the username `carol_99`" in content, content
    assert "exact username" in content and "not a display name or server nickname" in content
    assert not result.deferred  # nothing to look up, so nothing to wait for


async def test_lists_show_the_reservation_as_the_reply_does(ready):
    carol = ready.env.create_user("carol")
    await ready.create_code(for_user=str(carol.id))
    await ready.create_code(for_user="dave")
    listed = (await ready.alice.slash(ready.general, "invite list")).response.embeds[0].description
    audited = (await ready.admin.slash(ready.general, "gate codes")).response.embeds[0].description
    for lines in (listed, audited):
        assert f"for <@{carol.id}> (ID {carol.id})" in lines and "for the username `dave`" in lines, lines


async def test_the_option_says_it_takes_a_username_an_id_or_a_mention(ready):
    create = ready.env.bot.tree.get_command("invite").get_command("create")
    described = create.get_parameter("for_user").description
    assert "username" in described and "user ID" in described and "mention" in described, described
