"""Members vouch for newcomers: /invite create, list, revoke; admins audit with /gate."""

import re

import pytest

from bot.core.codes import ALPHABET


async def test_create_replies_with_everything_the_member_needs(ready):
    result = await ready.alice.slash(ready.general, "invite create", uses=2, expires_in="12h", note="my cousin")
    content = result.response.content
    assert result.ephemeral
    code = re.search(r"\*\*`([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})`\*\*", content).group(1)
    assert set(code.replace("-", "")) <= set(ALPHABET)
    expires = int(ready.env.now().timestamp()) + 12 * 3600
    assert f"<t:{expires}:f>" in content and "Uses: 2" in content
    assert "1 left" in content and f"/redeem {code}" in content and f"<#{ready.welcome.id}>" in content


async def test_newcomers_cannot_create_codes(ready):
    bob = ready.newcomer("bob")
    result = await bob.slash(ready.welcome, "invite create")
    assert "Only members" in result.response.content


async def test_quota_refusal_says_when_a_use_frees_up(ready):
    await ready.create_code(uses=3)
    result = await ready.alice.slash(ready.general, "invite create")
    content = result.response.content
    assert "0 of 3 left" in content and "frees up <t:" in content and "/invite revoke" in content


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({"uses": 6}, "`uses` must be from 1 to 5"),
        ({"uses": 0}, "`uses` must be from 1 to 5"),
        ({"expires_in": "tomorrow"}, "for example `30m`, `12h` or `7d`"),
        ({"expires_in": "31d"}, "at most 30 days"),
        ({"expires_in": "0m"}, "at least `1m`"),
        ({"for_user": "not a name!"}, "`for_user` must be a Discord username"),
        ({"for_user": "Carol Smith"}, "exact username, not a display name"),
        ({"note": "x" * 201}, "`note` can be at most 200 characters"),
    ],
)
async def test_bad_options_are_refused_and_create_nothing(ready, options, expected):
    result = await ready.alice.slash(ready.general, "invite create", **options)
    assert result.ephemeral and expected in result.response.content, result.response.content
    listed = await ready.alice.slash(ready.general, "invite list")
    assert "You have no codes yet" in listed.response.embeds[0].description


async def test_mentions_in_a_note_are_echoed_but_never_ping(ready):
    hostile = f"@everyone @here <@&{ready.mods.id}> <@{ready.admin.id}>"
    await ready.admin.slash(ready.general, "gate policy", approval=True)
    result = await ready.alice.slash(ready.general, "invite create", note=hostile, for_user="bob")
    assert "@everyone @here" in result.response.content
    code = result.response.content.split("**`")[1].split("`**")[0]
    await ready.newcomer("bob").slash(ready.welcome, "redeem", code=code)
    assert "@everyone" in ready.modq.last_message.embeds[0].fields[3].value
    assert ready.pings() == []


async def test_list_shows_status_uses_redeemers_and_quota(ready):
    used = await ready.create_code()
    await ready.create_code()
    bob = ready.newcomer("bob")
    await bob.slash(ready.welcome, "redeem", code=used)
    embed = (await ready.alice.slash(ready.general, "invite list")).response.embeds[0]
    first, second = embed.description.splitlines()
    assert "active" in first and "used" in second and f"<@{bob.id}>" in second
    assert "2 of 3 uses spent" in embed.fields[0].value


async def test_revoke_returns_unused_uses(ready):
    code = await ready.create_code(uses=3)
    result = await ready.alice.slash(ready.general, "invite revoke", code=code.lower())
    assert "3 unused uses went back" in result.response.content
    assert "revoked their code" in ready.logs.last_message.content
    await ready.create_code(uses=3)


async def test_revoking_someone_elses_code_is_refused(ready):
    code = await ready.create_code()
    carol = ready.member("carol")
    result = await carol.slash(ready.general, "invite revoke", code=code)
    assert "belongs to someone else" in result.response.content
    bob = ready.newcomer("bob")
    assert "Welcome" in (await bob.slash(ready.welcome, "redeem", code=code)).response.content


async def test_revoke_autocomplete_offers_only_own_active_codes(ready):
    mine = await ready.create_code()
    carol = ready.member("carol")
    await ready.create_code(carol)
    choices = await ready.alice.autocomplete(ready.general, "invite revoke", "code", "")
    assert [choice["value"] for choice in choices] == [mine]
    assert await ready.alice.autocomplete(ready.general, "invite revoke", "code", "u") == []  # U is never in a code


async def test_role_quota_and_grant(ready):
    vip = ready.guild.create_role("VIP")
    dave = ready.guild.add_member(ready.env.create_user("dave"), roles=[ready.member_role, vip])
    result = await ready.admin.slash(ready.general, "gate quota", role=vip, amount=5)
    assert "may now hand out 5 uses per 30 days" in result.response.content
    await ready.create_code(dave, uses=5)
    granted = await ready.admin.slash(ready.general, "gate grant", member=dave, amount=1)
    assert "limit is 6 uses" in granted.response.content
    await ready.create_code(dave)
    lowered = await ready.admin.slash(ready.general, "gate grant", member=ready.alice, amount=-5)
    assert "limit is 0 uses" in lowered.response.content
    assert "limit on this server is 0" in (await ready.alice.slash(ready.general, "invite create")).response.content


async def test_admin_codes_are_paginated_not_truncated(ready):
    await ready.admin.slash(ready.general, "gate policy", invites_per_member=30)
    for _ in range(23):
        await ready.create_code()
    result = await ready.admin.slash(ready.general, "gate codes")
    page = result.response
    assert "Page 1 of 3 · 23 in all" in page.embeds[0].footer.text
    turned = await ready.admin.click(page.message, label="Next")
    assert "Page 2 of 3" in turned.response.embeds[0].footer.text
    assert len(turned.response.embeds[0].description.splitlines()) == 10


async def test_admin_revokes_any_code_and_all_of_a_members(ready):
    first = await ready.create_code()
    await ready.create_code()
    result = await ready.admin.slash(ready.general, "gate revoke", code=first)
    assert f"<@{ready.alice.id}>" in result.response.content
    everything = await ready.admin.slash(ready.general, "gate revoke-all", member=ready.alice)
    assert "Revoked 1 code of" in everything.response.content
    again = await ready.admin.slash(ready.general, "gate revoke-all", member=ready.alice)
    assert "nothing was revoked" in again.response.content
    assert "revoked all active codes of" in ready.logs.last_message.content
