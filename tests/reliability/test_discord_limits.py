"""SPEC section 17: every list with 500 entries, every free-text field at its longest with the worst characters.

Discord (and SimCord) rejects a message over any limit whole; the bot then apologises. So each test
asserts what the reader sees, never only that something was answered, and pages through whole lists:
nothing may be cut off.
"""

from __future__ import annotations

from typing import Any

import discord
import pytest

from bot.clock import now
from bot.core import invites, quotas, redemptions
from bot.core.inputs import MAX_NOTE, MAX_REASON
from bot.core.people import Member, Newcomer
from tests.conftest import APOLOGY

# Markdown, escapes, quotes, mentions and links: what grows most when escaped, and what must never ping.
WORST = "*_`~|\\>#-[a](b)<@&1>@everyone "
GUESTS = 500
FIRST_GUEST_ID = 10**17


def worst(length: int) -> str:
    """`length` characters of WORST, ending in a character that escaping doubles."""
    return (WORST * (length // len(WORST) + 1))[: length - 1] + "*"


def as_member(actor: Any, world: Any, *, admin: bool = False) -> Member:
    return Member(user_id=actor.id, role_ids=frozenset({world.member_role.id}), manages_server=admin)


async def make_codes(world: Any, count: int, *, uses: int = 1, **options: Any) -> list[str]:
    """Codes of alice's, created through the core (she has Manage Server here: no quota)."""
    bot = world.env.bot
    made = []
    for _ in range(count):
        created = await invites.create_code(
            bot.db,
            guild_id=world.guild.id,
            member=as_member(world.alice, world, admin=True),
            defaults=bot.config.defaults,
            now=now(),
            uses=uses,
            **options,
        )
        made.append(created.code.display)
    return made


async def redeem_all(world: Any, codes: list[str], uses: int) -> list[int]:
    """GUESTS accounts Discord does not know redeem the codes, `uses` each: their user IDs."""
    bot = world.env.bot
    guests = []
    for index in range(GUESTS):
        guest = Newcomer(user_id=FIRST_GUEST_ID + index, username=f"guest{index}", role_ids=frozenset())
        await redemptions.redeem(
            bot.db,
            guild_id=world.guild.id,
            channel_id=world.welcome.id,
            newcomer=guest,
            code_text=codes[index // uses],
            defaults=bot.config.defaults,
            now=now(),
        )
        guests.append(guest.user_id)
    await world.env.settle()
    return guests


async def every_page(actor: Any, result: Any) -> list[discord.Embed]:
    """Every page of a paged reply, turning them with Next."""
    assert result.response.content != APOLOGY
    pages = list(result.response.embeds)
    while pages[-1].footer.text and "Page" in pages[-1].footer.text:
        number, count = map(int, pages[-1].footer.text.split(" · ")[0].removeprefix("Page ").split(" of "))
        if number == count:
            break
        turned = await actor.click(result.response.message, label="Next")
        assert turned.response.content != APOLOGY
        pages.extend(turned.response.embeds)
    return pages


def text_of(pages: list[discord.Embed]) -> str:
    return "\n".join((page.description or "") + "".join(field.value or "" for field in page.fields) for page in pages)


@pytest.fixture
async def crowd(approving: Any) -> Any:
    """500 requests waiting: alice's five 100-use codes, redeemed by 500 guests; and 495 more codes of hers."""
    await approving.admin.slash(approving.general, "gate policy", max_uses_per_code=100)
    codes = await make_codes(approving, 5, uses=100, note=worst(MAX_NOTE))
    approving.guests = await redeem_all(approving, codes, uses=100)
    approving.codes = codes + await make_codes(approving, GUESTS - 5)
    return approving


@pytest.mark.simcord(settle_timeout=60)
async def test_gate_codes_and_invite_list_page_through_500_codes(crowd):
    listed = text_of(await every_page(crowd.admin, await crowd.admin.slash(crowd.general, "gate codes")))
    assert all(f"`{code}`" in listed for code in crowd.codes)
    # A used-up code names as many of its 100 redeemers as fit, and how many more there are.
    assert f"<@{crowd.guests[0]}>" in listed and "and 9" in listed and "more" in listed
    mine = text_of(await every_page(crowd.alice, await crowd.alice.slash(crowd.general, "invite list")))
    assert all(f"`{code}`" in mine for code in crowd.codes) and "Quota: 995 of 3 uses" in mine


@pytest.mark.simcord(settle_timeout=60)
async def test_gate_pending_pages_through_500_requests(crowd):
    assert len(crowd.bot_messages(crowd.modq)) == GUESTS
    result = await crowd.admin.slash(crowd.general, "gate pending")
    pending = text_of(await every_page(crowd.admin, result))
    assert all(f"<@{guest}>" in pending for guest in crowd.guests)
    assert pending.count("[open](") == GUESTS


@pytest.mark.simcord(settle_timeout=60)
async def test_gate_whois_pages_through_500_invited(crowd):
    result = await crowd.admin.slash(crowd.general, "gate whois", member=crowd.alice)
    shown = text_of(await every_page(crowd.admin, result))
    assert f"**Invited ({GUESTS})**" in shown and all(f"<@{guest}>" in shown for guest in crowd.guests)


async def test_gate_whois_of_someone_admitted_many_times(approving):
    bob = approving.newcomer("bob")
    for attempt in range(12):
        code = await approving.create_code(approving.admin)
        await bob.slash(approving.welcome, "redeem", code=code)
        form = await approving.mod.click(approving.modq.last_message, label="Deny")
        await approving.mod.submit_modal(form, {"reason": f"attempt {attempt}"})
    result = await approving.admin.slash(approving.general, "gate whois", member=bob)
    shown = text_of(await every_page(approving.admin, result))
    assert "**Vouched for by (12)**" in shown and shown.count(f"<@{approving.admin.id}> with code") == 12


async def test_gate_revoke_all_of_500_codes_answers_within_a_message(ready):
    codes = await make_codes(ready, GUESTS)
    result = await ready.admin.slash(ready.general, "gate revoke-all", member=ready.alice)
    reply = result.response.content
    assert reply.startswith(f"Revoked {GUESTS} codes of <@{ready.alice.id}>: `{codes[0]}`")
    assert "more (`/gate codes` with this member lists them all)." in reply
    line = ready.logs.last_message.content
    assert f"revoked all active codes of <@{ready.alice.id}> ({GUESTS})" in line and "more." in line
    listed = text_of(await every_page(ready.admin, await ready.admin.slash(ready.general, "gate codes")))
    assert listed.count("⛔ revoked") == GUESTS


async def test_gate_settings_pages_through_a_quota_for_every_role(ready):
    bot = ready.env.bot
    roles = [ready.guild.create_role(f"tier-{index}") for index in range(240)]  # Discord allows 250 in all
    for role in roles:
        await quotas.set_role_quota(
            bot.db,
            guild_id=ready.guild.id,
            role_id=role.id,
            amount=7,
            period_days=None,
            defaults=bot.config.defaults,
            by=ready.admin.id,
            now=now(),
        )
    shown = text_of(await every_page(ready.admin, await ready.admin.slash(ready.general, "gate settings")))
    assert all(f"<@&{role.id}>: 7 per 30 days" in shown for role in roles)


async def test_the_longest_note_and_reason_of_the_worst_characters(approving):
    note, reason = worst(MAX_NOTE), worst(MAX_REASON)
    created = await approving.admin.slash(approving.general, "invite create", note=note)
    assert discord.utils.escape_markdown(note) in created.response.content
    bob = approving.newcomer("bob")
    await bob.slash(approving.welcome, "redeem", code=created.response.content.split("**`")[1].split("`**")[0])
    request = approving.modq.last_message
    form = await approving.mod.click(request, label="Deny")
    await approving.mod.submit_modal(form, {"reason": reason})

    decided = approving.modq.last_message
    assert decided.id == request.id and decided.components == []  # edited: its buttons are gone
    fields = {field.name: field.value for field in decided.embeds[0].fields}
    assert fields["Inviter's note"] == discord.utils.escape_markdown(note)
    assert fields["Reason"] == discord.utils.escape_markdown(reason)  # 500 characters escaped fit a field whole
    assert discord.utils.escape_markdown(reason) in approving.dms(bob)[0]
    assert discord.utils.escape_markdown(reason) in approving.logs.last_message.content
    assert approving.pings() == []
