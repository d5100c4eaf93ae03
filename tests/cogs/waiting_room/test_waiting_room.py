"""The waiting room (SPEC section 13), with the Server Members intent: someone who joins and is not let in is
reminded by DM, then kicked, each checked again when it falls due; the timers survive restarts."""

import logging
from typing import Any

import discord
import pytest

HOUR = 3_600


@pytest.fixture
def config_extra() -> str:
    return "members_intent = true"


@pytest.fixture
async def timed(ready: Any) -> Any:
    """A world set up, with a reminder after 1 hour and a kick after 24."""
    saved = await ready.admin.slash(ready.general, "gate policy", remind_after_hours=1, kick_after_hours=24)
    assert saved.response.content.startswith("Saved"), saved.response.content
    return ready


def joins(world: Any, name: str) -> Any:
    """Someone joins the server without any role, as through an invite link."""
    return world.guild.add_member(world.env.create_user(name))


def kicks(world: Any, actor: Any) -> list[Any]:
    path = f"/guilds/{world.guild.id}/members/{actor.id}"
    return [r for r in world.env.http_requests if r.method == "DELETE" and r.path.endswith(path)]


async def in_server(world: Any, actor: Any) -> bool:
    try:
        await world.env.bot.get_guild(world.guild.id).fetch_member(actor.id)
    except discord.NotFound:
        return False
    return True


def reminder(world: Any, locale: str = "en", *, kick_in: str | None = None) -> str:
    t = world.env.bot.catalogs[locale]
    lines = [t("waiting-reminder", server="Doorman Test", channel=f"<#{world.welcome.id}>")]
    lines.append(t("waiting-reminder-waitlist"))
    if kick_in is not None:
        lines.append(t("waiting-reminder-kick", when=kick_in))
    return "\n".join(lines)


def log_lines(world: Any) -> list[str]:
    return [m.content for m in world.bot_messages(world.logs)]


async def test_someone_not_let_in_is_reminded_then_kicked_and_the_log_says_so(timed: Any, caplog: Any) -> None:
    caplog.set_level(logging.INFO, logger="cogs.waiting_room._deliveries")
    carol = joins(timed, "carol")
    await timed.env.settle()
    joined_at = int((await timed.env.bot.get_guild(timed.guild.id).fetch_member(carol.id)).joined_at.timestamp())

    await timed.env.advance_time(HOUR - 10)
    assert timed.dms(carol) == []  # not yet
    await timed.env.advance_time(10)
    assert timed.dms(carol) == [reminder(timed, kick_in=f"<t:{joined_at + 24 * HOUR}:R>")]

    await timed.env.advance_time(23 * HOUR - 10)
    assert await in_server(timed, carol) and kicks(timed, carol) == []
    await timed.env.advance_time(10)
    assert not await in_server(timed, carol)
    assert len(kicks(timed, carol)) == 1
    assert log_lines(timed)[-1] == f"👢 <@{carol.id}> was kicked: not let in within 24 hours of joining."
    assert timed.dms(carol) == [reminder(timed, kick_in=f"<t:{joined_at + 24 * HOUR}:R>")]  # one reminder only
    assert [r.getMessage() for r in caplog.records if r.name == "cogs.waiting_room._deliveries"] == [
        f"kicked {carol.id} from guild {timed.guild.id}: not let in 24 hours after joining"
    ]
    kicked = [e.reason for e in timed.guild.audit_log() if e.action_type == 20 and e.target_id == carol.id]
    assert kicked == ["Not let in within 24 hours of joining (waiting room)"]  # 20: MEMBER_KICK


@pytest.mark.parametrize("approval", [False, True])
async def test_a_newcomer_admitted_seconds_before_their_kick_is_neither_reminded_late_nor_kicked(
    timed: Any, approval: bool
) -> None:
    if approval:
        await timed.admin.slash(timed.general, "gate policy", approval=True)
    bob = timed.newcomer("bob")
    await timed.env.advance_time(24 * HOUR - 5)
    assert len(timed.dms(bob)) == 1  # the reminder, at the first hour
    code = await timed.create_code()
    await bob.slash(timed.welcome, "redeem", code=code)  # a request waits (approval), or they are in
    await timed.env.advance_time(10)
    assert await in_server(timed, bob) and kicks(timed, bob) == []
    assert ("Member" in await timed.roles_of(bob)) is not approval
    await timed.env.advance_time(48 * HOUR)
    assert await in_server(timed, bob) and kicks(timed, bob) == []
    assert [dm for dm in timed.dms(bob) if dm.startswith("👋")] == [timed.dms(bob)[0]]  # reminded once, at the hour


async def test_a_former_member_who_joined_again_is_reminded_they_need_no_code(timed: Any) -> None:
    bob = timed.newcomer("bob")
    await bob.slash(timed.welcome, "redeem", code=await timed.create_code())
    await timed.env.advance_time(60)
    timed.guild.remove_member(bob)
    await timed.env.settle()
    bob = timed.guild.add_member(bob.user)  # back, through an invite link
    await timed.env.advance_time(HOUR)
    t = timed.env.bot.catalogs["en"]
    [dm] = [dm for dm in timed.dms(bob) if dm.startswith("👋")]
    assert t("waiting-reminder-returning") in dm and t("waiting-reminder-waitlist") not in dm
    await bob.slash(timed.welcome, "redeem")  # as the reminder says: a request for the moderators
    assert "They were admitted here before" in timed.modq.last_message.embeds[0].fields[-1].value


async def test_someone_admitted_before_the_reminder_is_never_reminded(timed: Any) -> None:
    bob = timed.newcomer("bob")
    await timed.env.advance_time(60)
    await bob.slash(timed.welcome, "redeem", code=await timed.create_code())
    await timed.env.advance_time(48 * HOUR)
    assert [dm for dm in timed.dms(bob) if "not been let in" in dm] == []
    assert await in_server(timed, bob) and kicks(timed, bob) == []


async def test_a_restart_between_the_reminder_and_the_kick_still_kicks_once(timed: Any, make_bot: Any) -> None:
    carol = joins(timed, "carol")
    await timed.env.advance_time(2 * HOUR)
    assert len(timed.dms(carol)) == 1
    await timed.env.restart_bot(make_bot())
    await timed.env.settle()
    await timed.env.advance_time(22 * HOUR + 60)
    assert not await in_server(timed, carol)
    assert len(kicks(timed, carol)) == 1
    assert len(timed.dms(carol)) == 1  # the reminder was not sent again
    assert sum("was kicked" in line for line in log_lines(timed)) == 1


async def test_someone_on_the_waitlist_is_neither_reminded_nor_kicked(timed: Any) -> None:
    carol = joins(timed, "carol")
    await timed.env.advance_time(60)
    joined = await carol.slash(timed.welcome, "waitlist join")
    assert joined.response.content, joined
    await timed.env.advance_time(48 * HOUR)
    assert [dm for dm in timed.dms(carol) if "not been let in" in dm] == []
    assert await in_server(timed, carol) and kicks(timed, carol) == []


async def test_someone_who_left_and_joined_again_is_judged_by_their_new_join(timed: Any) -> None:
    carol = joins(timed, "carol")
    await timed.env.advance_time(30 * 60)
    timed.guild.remove_member(carol)
    await timed.env.advance_time(10 * HOUR)  # the first reminder found her gone
    carol = timed.guild.add_member(carol.user)
    await timed.env.advance_time(14 * HOUR)  # the first join's kick falls due: she rejoined since
    assert await in_server(timed, carol) and kicks(timed, carol) == []
    assert len(timed.dms(carol)) == 1  # the new join's reminder
    await timed.env.advance_time(10 * HOUR + 60)  # the new join's kick
    assert not await in_server(timed, carol) and len(kicks(timed, carol)) == 1


async def test_a_kick_discord_refuses_alerts_the_moderators_with_retry(timed: Any) -> None:
    carol = joins(timed, "carol")
    timed.env.inject_error("DELETE", f"/guilds/{timed.guild.id}/members/*", status=403, times=None)
    await timed.env.advance_time(24 * HOUR + 60)
    assert await in_server(timed, carol)
    [alert] = [m for m in timed.bot_messages(timed.modq) if f"kick <@{carol.id}>" in m.content]
    assert [b.label for row in alert.components for b in row.children] == ["Retry"]
    timed.env.backend.faults.clear()
    await timed.mod.click(alert, label="Retry")
    assert not await in_server(timed, carol)
    assert any("was kicked" in line for line in log_lines(timed))


async def test_the_reminder_follows_the_servers_language(ready: Any) -> None:
    await ready.setup(language="de")
    await ready.admin.slash(ready.general, "gate policy", remind_after_hours=2)
    carol = joins(ready, "carol")
    await ready.env.advance_time(2 * HOUR)
    assert ready.dms(carol) == [reminder(ready, "de")]
    assert "Du bist **Doorman Test** beigetreten" in ready.dms(carol)[0]


async def test_the_policy_shows_in_the_settings(timed: Any) -> None:
    shown = await timed.admin.slash(timed.general, "gate settings")
    policy = next(f.value for f in shown.response.embeds[0].fields if f.name == "Policy")
    assert "Reminder DM: 1 hour after joining" in policy
    assert "Kick if not let in: 24 hours after joining" in policy


async def test_without_kick_members_the_policy_warns_and_a_kick_alerts_the_moderators(ready: Any) -> None:
    """The bot's role loses Kick Members (internal: SimCord's backend edits the role, as an admin would)."""
    bot_role = next(role for role in ready.env.bot.get_guild(ready.guild.id).roles if role.managed)
    allowed = discord.Permissions(bot_role.permissions.value)
    allowed.kick_members = False
    ready.env.backend.edit_role(ready.guild.id, bot_role.id, {"permissions": allowed.value})
    await ready.env.settle()
    saved = await ready.admin.slash(ready.general, "gate policy", kick_after_hours=24)
    assert saved.response.content.startswith("Saved"), saved.response.content
    assert "I lack the Kick Members permission: nobody will be kicked 24 hours after joining" in saved.response.content

    carol = joins(ready, "carol")
    await ready.env.advance_time(24 * HOUR + 60)
    assert await in_server(ready, carol)
    [alert] = [m for m in ready.bot_messages(ready.modq) if f"kick <@{carol.id}>" in m.content]
    assert [b.label for row in alert.components for b in row.children] == ["Retry"]


async def test_a_kick_lengthened_after_someone_joined_waits_for_the_new_time(timed: Any) -> None:
    carol = joins(timed, "carol")
    await timed.env.advance_time(HOUR)
    await timed.admin.slash(timed.general, "gate policy", kick_after_hours=48)
    await timed.env.advance_time(24 * HOUR)  # the timer owed for 24 hours falls due, and waits
    assert await in_server(timed, carol) and kicks(timed, carol) == []
    await timed.env.advance_time(23 * HOUR - 10)  # 48 hours after joining, less 10 seconds
    assert await in_server(timed, carol)
    await timed.env.advance_time(10)
    assert not await in_server(timed, carol) and len(kicks(timed, carol)) == 1
    assert log_lines(timed)[-1] == f"👢 <@{carol.id}> was kicked: not let in within 48 hours of joining."


async def test_a_kick_switched_off_after_someone_joined_does_nothing(timed: Any) -> None:
    carol = joins(timed, "carol")
    await timed.env.advance_time(HOUR)
    await timed.admin.slash(timed.general, "gate policy", kick_after_hours=0)
    await timed.env.advance_time(100 * HOUR)
    assert await in_server(timed, carol) and kicks(timed, carol) == []
