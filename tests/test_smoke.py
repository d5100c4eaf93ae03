async def test_member_invites_newcomer_who_is_admitted(ready):
    code = await ready.create_code()
    bob = ready.newcomer("bob")
    result = await bob.slash(ready.welcome, "redeem", code=code)
    assert "Welcome" in result.response.content, result.response.content
    assert await ready.roles_of(bob) == {"Member"}
