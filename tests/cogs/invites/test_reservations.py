"""Codes reserved for one account: by user ID (checked with Discord) or by exact username (SPEC section 2)."""


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
