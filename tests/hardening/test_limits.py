"""Hardening, written from the SPEC alone: Discord's limits (SPEC section 17) and what the reader sees in lists of 500,
long names and the
worst typed text. Each list is paged through with Next; every entry must appear exactly once, every embed must
fit, and nothing may ping anyone."""

from __future__ import annotations

import re
from typing import Any

import discord
import pytest

from bot.clock import now
from bot.core import invites, quotas, redemptions
from bot.core.codes import ReservationByUsername
from bot.core.people import Member, Newcomer
from tests.conftest import APOLOGY

N = 500
FOOTER = re.compile(r"Page (\d+) of (\d+) · (\d+) in all")


def fits(embed: discord.Embed) -> None:
    title, description = embed.title or "", embed.description or ""
    assert len(title) <= 256 and len(description) <= 4096
    assert len(embed.fields) <= 25
    total = len(title) + len(description) + len(embed.footer.text or "")
    for field in embed.fields:
        assert len(field.name or "") <= 256 and len(field.value or "") <= 1024, field
        total += len(field.name or "") + len(field.value or "")
    assert total <= 6000, total


async def all_pages(actor: Any, result: Any) -> list[discord.Embed]:
    """Every page, turning with Next; checks the numbering runs 1..n without a gap and each page fits."""
    assert result.response is not None and result.response.content != APOLOGY, result.response
    assert len(result.response.content or "") <= 2000
    pages = list(result.response.embeds)
    fits(pages[0])
    match = FOOTER.match(pages[0].footer.text or "")
    count = int(match.group(2)) if match else 1
    for expected in range(2, count + 1):
        turned = await actor.click(result.response.message, label="Next")
        assert turned.response.content != APOLOGY
        page = turned.response.embeds[0]
        fits(page)
        assert FOOTER.match(page.footer.text).group(1) == str(expected), page.footer.text
        pages.append(page)
    return pages


def lines_of(pages: list[discord.Embed]) -> list[str]:
    return [line for page in pages for line in (page.description or "").split("\n") if line]


def member(actor: Any, world: Any, *, admin: bool = False) -> Member:
    return Member(user_id=actor.id, role_ids=frozenset({world.member_role.id}), manages_server=admin)


async def make_codes(world: Any, who: Any, count: int, **options: Any) -> list[str]:
    bot = world.env.bot
    made = []
    for _ in range(count):
        created = await invites.create_code(
            bot.db,
            guild_id=world.guild.id,
            member=member(who, world, admin=True),
            defaults=bot.config.defaults,
            now=now(),
            **options,
        )
        made.append(created.code.display)
    return made


async def redeem_as_guest(world: Any, code: str, index: int) -> int:
    bot = world.env.bot
    guest = Newcomer(user_id=10**17 + index, username=f"guest{index}", role_ids=frozenset())
    await redemptions.redeem(
        bot.db,
        guild_id=world.guild.id,
        channel_id=world.welcome.id,
        newcomer=guest,
        code_text=code,
        defaults=bot.config.defaults,
        now=now(),
    )
    return guest.user_id


def each_once(text_lines: list[str], needles: list[str]) -> None:
    joined = "\n".join(text_lines)
    wrong = {needle: joined.count(needle) for needle in needles if joined.count(needle) != 1}
    assert wrong == {}, dict(list(wrong.items())[:5])


# ---------------------------------------------------------------- lists of 500


@pytest.mark.simcord(settle_timeout=60)
async def test_invite_list_of_500_codes_in_every_status_shows_each_once_active_first(ready):
    bot = ready.env.bot
    long_name = "a" * 16 + "_" + "b" * 15  # a 32-character username
    expiring = await make_codes(ready, ready.alice, 100, expires_in=120)
    used = await make_codes(ready, ready.alice, 100)
    revoked = await make_codes(ready, ready.alice, 100)
    active = await make_codes(ready, ready.alice, 200, for_user=ReservationByUsername(long_name))
    for index, code in enumerate(used):
        await redeem_as_guest(ready, code, index)
    for code in revoked:
        await invites.revoke_code(
            bot.db, guild_id=ready.guild.id, code_text=code, by_user=ready.alice.id, as_admin=False, now=now()
        )
    await ready.env.advance_time(300)  # the first hundred expire
    result = await ready.alice.slash(ready.general, "invite list")
    pages = await all_pages(ready.alice, result)
    lines = lines_of(pages)
    assert len(lines) == N
    each_once(lines, [f"`{code}`" for code in expiring + used + revoked + active])
    statuses = ["active" if "🟢" in line else "other" for line in lines]
    assert statuses == ["active"] * 200 + ["other"] * 300, "active codes first"
    assert all(page.fields and page.fields[-1].name == "Quota" for page in pages)
    assert all(f"`{long_name}`" in line for line in lines[:200])
    assert ready.pings() == []


@pytest.mark.simcord(settle_timeout=60)
async def test_gate_codes_of_one_member_with_500_codes_shows_each_once(ready):
    bob = ready.member("bob")
    await ready.env.settle()
    mine = await make_codes(ready, bob, N)
    theirs = await make_codes(ready, ready.alice, 7)
    result = await ready.admin.slash(ready.general, "gate codes", member=bob)
    pages = await all_pages(ready.admin, result)
    lines = lines_of(pages)
    assert len(lines) == N and FOOTER.match(pages[0].footer.text).group(3) == str(N)
    each_once(lines, [f"`{code}`" for code in mine])
    assert not any(f"`{code}`" in "\n".join(lines) for code in theirs)


@pytest.mark.simcord(settle_timeout=60)
async def test_gate_whois_with_500_invited_shows_each_newcomer_once(ready):
    codes = await make_codes(ready, ready.alice, N)
    guests = [await redeem_as_guest(ready, code, index) for index, code in enumerate(codes)]
    await ready.env.settle()
    result = await ready.admin.slash(ready.general, "gate whois", member=ready.alice)
    pages = await all_pages(ready.admin, result)
    lines = lines_of(pages)
    each_once(lines, [f"<@{guest}> ·" for guest in guests])
    each_once(lines, [f"`{code}`" for code in codes])
    assert ready.pings() == []


@pytest.mark.simcord(settle_timeout=120)
async def test_gate_pending_with_500_requests_shows_each_once(approving):
    await approving.admin.slash(approving.general, "gate policy", max_uses_per_code=100)
    codes = await make_codes(approving, approving.alice, 5, uses=100)
    guests = [await redeem_as_guest(approving, codes[index // 100], index) for index in range(N)]
    await approving.env.settle()
    result = await approving.admin.slash(approving.general, "gate pending")
    pages = await all_pages(approving.admin, result)
    lines = lines_of(pages)
    assert len(lines) == N
    each_once(lines, [f"<@{guest}> ·" for guest in guests])
    assert all("[open](" in line for line in lines)


async def test_gate_revoke_all_of_500_counts_what_it_shows_and_what_it_leaves_out(ready):
    codes = await make_codes(ready, ready.alice, N)
    result = await ready.admin.slash(ready.general, "gate revoke-all", member=ready.alice)
    reply = result.response.content
    assert len(reply) <= 2000 and reply != APOLOGY
    shown = re.findall(r"`([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})`", reply)
    left = int(re.search(r"and (\d+) more", reply).group(1))
    assert len(set(shown)) == len(shown) and set(shown) <= set(codes) and len(shown) + left == N
    line = ready.logs.last_message.content
    assert len(line) <= 2000
    logged = re.findall(r"`([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})`", line)
    assert len(logged) + int(re.search(r"and (\d+) more", line).group(1)) == N


async def test_gate_settings_with_a_quota_for_240_roles_with_100_character_names(ready):
    bot = ready.env.bot
    roles = [ready.guild.create_role(f"{index:03d}" + "R" * 97) for index in range(240)]
    for role in roles:
        await quotas.set_role_quota(
            bot.db,
            guild_id=ready.guild.id,
            role_id=role.id,
            amount=9,
            period_days=None,
            defaults=bot.config.defaults,
            by=ready.admin.id,
            now=now(),
        )
    result = await ready.admin.slash(ready.general, "gate settings")
    pages = await all_pages(ready.admin, result)
    quota_lines = [line for page in pages for line in page.fields[-1].value.split("\n")]
    each_once(quota_lines, [f"<@&{role.id}>: 9 per 30 days" for role in roles])
    assert all(page.fields[0].name == "Places" for page in pages)


# ---------------------------------------------------------------- long names


LONG_GUILD = ("*_`~|\\>" + "@everyone " + "ＷＷ") * 5
LONG_GUILD = (LONG_GUILD * 3)[:100]


async def rename_guild(world: Any, name: str) -> None:
    world.env.backend.edit_guild(world.guild.id, {"name": name})
    await world.env.settle()
    assert world.env.bot.get_guild(world.guild.id).name == name


async def test_a_100_character_server_name_of_markdown_and_everyone_in_every_newcomer_message(approving):
    await rename_guild(approving, LONG_GUILD)
    shown = discord.utils.escape_markdown(LONG_GUILD)
    bob, request, reply = await approving.request_for("bob", note="n" * 200)
    assert shown in reply.response.content and len(reply.response.content) <= 2000
    assert request.embeds[0].footer.text == LONG_GUILD
    await approving.mod.click(request, label="Approve")
    carol, request2, _ = await approving.request_for("carol")
    form = await approving.mod.click(request2, label="Deny")
    await approving.mod.submit_modal(form, {"reason": "r" * 500})
    for dm in approving.dms(bob) + approving.dms(carol) + approving.dms(approving.alice):
        assert shown in dm and len(dm) <= 2000, dm
    assert approving.pings() == []


async def test_a_100_character_server_name_in_the_welcome(ready):
    await rename_guild(ready, LONG_GUILD)
    code = await ready.create_code()
    welcomed = await ready.newcomer("bob").slash(ready.welcome, "redeem", code=code)
    content = welcomed.response.content
    assert content.startswith("Welcome to **") and discord.utils.escape_markdown(LONG_GUILD) in content, content
    assert ready.pings() == []


async def test_long_role_and_channel_names_in_setup_refusals_and_settings(world):
    long_role = world.guild.create_role("M" * 100)
    high = world.guild.create_role("H" * 100, position=50)  # above the bot: refused
    channel = world.guild.create_text_channel("c" * 100)
    await world.env.settle()
    refused = await world.setup(member_role=high, welcome_channel=channel)
    assert refused.response.content.startswith("Nothing was saved"), refused.response.content
    assert f"<@&{high.id}>" in refused.response.content
    saved = await world.setup(member_role=long_role, welcome_channel=channel)
    assert saved.response.content.startswith("Saved")
    for embed in saved.response.embeds:
        fits(embed)


@pytest.mark.parametrize("username", ["__bob__", "_bob_"])  # valid Discord usernames (a-z, 0-9, _ and .)
async def test_a_username_with_markdown_reads_as_written_in_the_whois_title(ready, username):
    """Judgement: a username is data; in the title `__bob__` would read as an underlined "bob"."""
    someone = ready.guild.add_member(ready.env.create_user(username), roles=[ready.member_role])
    await ready.env.settle()
    result = await ready.admin.slash(ready.general, "gate whois", member=someone)
    title = result.response.embeds[0].title
    assert discord.utils.escape_markdown(username) in title, title


async def test_a_nickname_with_markdown_and_mentions_reads_as_written_in_the_codes_title(ready):
    """Judgement: a server nickname (32 characters) is data: shown as typed, never as formatting."""
    nick = "**VIP** __@everyone__ <@&1>`x`"[:32]
    someone = ready.guild.add_member(ready.env.create_user("bob"), roles=[ready.member_role], nick=nick)
    await ready.env.settle()
    await make_codes(ready, someone, 1)
    result = await ready.admin.slash(ready.general, "gate codes", member=someone)
    title = result.response.embeds[0].title
    assert discord.utils.escape_markdown(nick) in title, title


# ---------------------------------------------------------------- typed text at its longest


WORST = "*_`~|\\>#-[a](b)<@&1>@everyone @here <#1> <t:0:R> ||s|| "


def worst(length: int) -> str:
    return (WORST * (length // len(WORST) + 1))[: length - 1] + "\\"


async def test_a_200_character_note_ending_in_a_backslash_is_shown_whole_and_escaped(approving):
    note = worst(200)
    created = await approving.admin.slash(approving.general, "invite create", note=note)
    content = created.response.content
    assert discord.utils.escape_markdown(note) in content and len(content) <= 2000, content
    code = content.split("**`")[1].split("`**")[0]
    await approving.newcomer("bob").slash(approving.welcome, "redeem", code=code)
    fields = {field.name: field.value for field in approving.modq.last_message.embeds[0].fields}
    assert fields["Inviter's note"] == discord.utils.escape_markdown(note)
    assert approving.pings() == []


async def test_a_200_character_word_without_spaces_as_a_note(ready):
    note = "W" * 200
    created = await ready.admin.slash(ready.general, "invite create", note=note)
    assert note in created.response.content


async def test_a_500_character_reason_of_emoji_reaches_the_newcomer_whole(approving):
    bob, request, _ = await approving.request_for()
    reason = "🙂" * 500
    form = await approving.mod.click(request, label="Deny")
    await approving.mod.submit_modal(form, {"reason": reason})
    [dm] = approving.dms(bob)
    assert reason in dm and len(dm) <= 2000
    fields = {field.name: field.value for field in approving.modq.last_message.embeds[0].fields}
    assert fields["Reason"] == reason


async def test_a_reason_of_newlines_and_worst_characters_at_500(approving):
    bob, request, _ = await approving.request_for()
    reason = ("line\n" + worst(40) + "\n") * 20
    reason = reason[:500]
    form = await approving.mod.click(request, label="Deny")
    await approving.mod.submit_modal(form, {"reason": reason})
    [dm] = approving.dms(bob)
    assert len(dm) <= 2000 and "Reason:" in dm
    assert approving.pings() == []
    line = approving.logs.last_message.content
    assert len(line) <= 2000 and "denied" in line


@pytest.mark.parametrize(
    "typed",
    [
        "I vouch for her 🩷🫨",  # emoji from Unicode 15 (2022)
        "family 👨‍👩‍👧 and flag 🏳️‍🌈",  # zero-width joiner sequences
        "می‌خواهم",  # Persian: the zero-width non-joiner is part of the spelling
    ],
)
async def test_a_note_with_modern_emoji_and_joiners_is_shown_as_typed(ready, typed):
    """Judgement: the SPEC bounds and validates typed text; it does not say characters may be dropped."""
    created = await ready.admin.slash(ready.general, "invite create", note=typed)
    assert typed in created.response.content, created.response.content


async def test_a_note_with_rtl_override_and_zero_width_characters_cannot_disguise_itself(ready):
    note = "ok\u202egnp.exe\u200b\u200d"
    created = await ready.admin.slash(ready.general, "invite create", note=note)
    content = created.response.content
    assert "\u202e" not in content and "\u200b" not in content and "Your invitation code" in content


async def test_a_note_that_is_only_invisible_characters_is_no_note(ready):
    created = await ready.admin.slash(ready.general, "invite create", note="\u200b\u200d\u2060 ")
    content = created.response.content
    assert "Your invitation code" in content and "Note for moderators" not in content, content


async def test_a_note_of_201_characters_is_refused_and_creates_nothing(ready):
    created = await ready.admin.slash(ready.general, "invite create", note="x" * 201)
    content = created.response.content
    assert "`note` can be at most 200 characters; yours has 201." in content, content


# ---------------------------------------------------------------- Discord's own error text


LONG_ERROR = "Missing Permissions: " + "the role hierarchy forbids this. " * 80  # ~2,700 characters


async def log_line_refused_with_a_long_error(world: Any) -> Any:
    """The log channel refuses posts (403) with a long reason; a redemption owes it a line: the alert."""
    world.env.inject_error(
        "POST", f"/channels/{world.logs.id}/messages", status=403, code=50013, message=LONG_ERROR, times=None
    )
    code = await world.create_code()
    reply = await world.newcomer("bob").slash(world.welcome, "redeem", code=code)
    assert "Welcome" in reply.response.content
    [alert] = [m for m in world.bot_messages(world.modq) if "Retry" in str(m.components)]
    return alert


async def test_an_alert_quoting_a_long_discord_error_fits(ready):
    alert = await log_line_refused_with_a_long_error(ready)
    assert len(alert.content) <= 2000 and "Missing Permissions" in alert.content, alert.content


async def test_retry_that_still_fails_with_a_long_discord_error_says_so_within_a_message(ready):
    alert = await log_line_refused_with_a_long_error(ready)
    retried = await ready.mod.click(alert, label="Retry")
    content = retried.response.content
    _ = ready.env.errors
    assert content != APOLOGY, "the moderator got an apology instead of 'Still failing: ...'"
    assert content.startswith("Still failing") and len(content) <= 2000, content[:200]


async def test_revoke_autocomplete_with_500_active_codes_offers_at_most_25_that_fit(ready):
    await make_codes(ready, ready.alice, N)
    choices = await ready.alice.autocomplete(ready.general, "invite revoke", "code", "")
    assert 0 < len(choices) <= 25
    assert all(len(choice["name"]) <= 100 and len(choice["value"]) <= 100 for choice in choices)
    typed = choices[3]["value"][:6]
    narrowed = await ready.alice.autocomplete(ready.general, "invite revoke", "code", typed.lower())
    assert narrowed and all(choice["value"].startswith(typed) for choice in narrowed)
