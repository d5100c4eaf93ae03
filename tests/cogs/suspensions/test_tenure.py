"""Tenure (SPEC section 12): invite_after_days holds back members who arrived recently, then lets them invite."""

from tests.databases import rows

DAY = 86400


async def test_the_policy_is_validated_logged_and_shown(ready):
    saved = await ready.admin.slash(ready.general, "gate policy", invite_after_days=7)
    assert saved.response.content.startswith("Saved")
    assert "invite_after_days: 0 → 7" in ready.logs.last_message.content
    shown = (await ready.admin.slash(ready.general, "gate settings")).response.embeds[0]
    policy = {f.name: f.value for f in shown.fields}
    assert "Creating codes: after 7 days on the server" in policy["Policy"]
    refused = await ready.admin.slash(ready.general, "gate policy", invite_after_days=366)
    assert "invite_after_days" in refused.response.content
    assert rows(ready.env.bot.config.database, "SELECT invite_after_days FROM guild_settings") == [(7,)]


async def test_a_member_who_predates_doorman_waits_from_when_they_joined_the_server(ready):
    await ready.admin.slash(ready.general, "gate policy", invite_after_days=3)
    carol = ready.member("carol")  # joins the server now
    refused = await carol.slash(ready.general, "invite create")
    joined = int(ready.env.now().timestamp())
    assert refused.response.content.startswith("You can create invitation codes once you have been here 3 days")
    assert f"<t:{joined + 3 * DAY}:R>" in refused.response.content
    assert rows(ready.env.bot.config.database, "SELECT count(*) FROM codes") == [(0,)]
    await ready.env.advance_time(3 * DAY)
    assert ready.code_in((await carol.slash(ready.general, "invite create")).response.content)


async def test_a_newcomer_waits_from_their_admission_and_admins_never_wait(ready):
    code = await ready.create_code()  # alice, like every member of the world, joined before the policy mattered
    await ready.admin.slash(ready.general, "gate policy", invite_after_days=2)
    await ready.env.advance_time(5 * DAY)
    bob = ready.newcomer("bob")
    await bob.slash(ready.welcome, "redeem", code=code)
    admitted = int(ready.env.now().timestamp())
    refused = await bob.slash(ready.general, "invite create")
    assert f"<t:{admitted + 2 * DAY}:R>" in refused.response.content
    await ready.env.advance_time(DAY)
    assert "You can create invitation codes" in (await bob.slash(ready.general, "invite create")).response.content
    await ready.env.advance_time(DAY)
    assert ready.code_in((await bob.slash(ready.general, "invite create")).response.content)
    await ready.admin.slash(ready.general, "gate policy", invite_after_days=365)
    assert "You can create" in (await ready.alice.slash(ready.general, "invite create")).response.content
    assert ready.code_in((await ready.admin.slash(ready.general, "invite create")).response.content)


async def test_the_refusal_in_german(ready, spoken):
    await ready.admin.slash(ready.general, "gate policy", invite_after_days=1)
    carol = ready.member("carol")
    spoken.set(carol.id, "de")
    refused = await carol.slash(ready.general, "invite create")
    assert refused.response.content.startswith("Du kannst Einladungscodes erstellen, sobald du 1 Tag hier bist")


async def test_inviting_earns_no_more_quota(ready):
    """No invite rewards (Discord's platform manipulation policy): however many people a member brought in, their
    quota is the same 3 uses per 30 days."""
    for name in ("bob", "carol", "dave"):
        await ready.newcomer(name).slash(ready.welcome, "redeem", code=await ready.create_code())
    refused = await ready.alice.slash(ready.general, "invite create")
    assert "you have 0 of 3 left" in refused.response.content
    listed = await ready.alice.slash(ready.general, "invite list")
    assert "3 of 3 uses spent" in listed.response.embeds[0].fields[0].value
