"""The delivery worker keeps what is owed moving whatever goes wrong around it: a failing answer, a failing
look-up, a bug in a handler, two carriers of one request, a stop in the middle of a wake."""

import asyncio
from dataclasses import replace

import simcord

from bot.core import deliveries
from bot.core.deliveries import LEASE_SECONDS
from bot.core.log_lines import AdmittedLine, RevokedLine
from bot.core.posts import Posted
from bot.core.settings import get_settings
from cogs._shared.deliveries.alerts import find_alert, retry_view
from cogs._shared.deliveries.outcomes import Job
from cogs._shared.deliveries.worker import DeliveryWorker
from tests.conftest import loaded
from tests.databases import execute, rows

DAY = 86_400


def owed(world) -> list[tuple[str, str | None]]:
    """The deliveries still owed: (kind, who holds its lease)."""
    return rows(world.env.bot.config.database, "SELECT kind, lease_owner FROM deliveries ORDER BY id")


async def test_what_a_failed_answer_leaves_owed_is_carried_all_the_same(ready, monkeypatch):
    async def network_down(interaction, text, **kwargs):
        raise OSError("connection reset")  # what discord.py raises once its own retries are spent

    monkeypatch.setattr(loaded("cogs.admissions._redeem"), "send_ephemeral", network_down)
    bob = ready.newcomer("bob")
    await bob.slash(ready.welcome, "redeem", code=await ready.create_code(who=ready.alice))
    assert [type(error.original) for error in ready.env.errors] == [OSError]  # the answer failed
    ready.env.errors.clear()
    assert await ready.roles_of(bob) == {"Member"}
    assert len(ready.dms(ready.alice)) == 1 and "admitted" in ready.logs.last_message.content
    assert owed(ready) == []


async def test_an_alert_that_cannot_be_looked_for_does_not_stop_the_retries(ready):
    ready.env.inject_error("PATCH", "/guilds/*/members/*", status=403, code=50013, times=None)
    bob = ready.newcomer("bob")
    await bob.slash(ready.welcome, "redeem", code=await ready.create_code())
    execute(  # as if a crash cut the alert's recording short
        ready.env.bot.config.database,
        "UPDATE deliveries SET tried_at = 1, alert_message_id = NULL WHERE kind = 'grant_roles'",
    )
    ready.env.inject_error("GET", f"/channels/{ready.modq.id}/messages", status=403, code=50001, times=None)
    before = len([r for r in ready.env.http_requests if r.method == "PATCH" and f"/members/{bob.id}" in r.path])
    await ready.env.advance_time(DAY)
    after = len([r for r in ready.env.http_requests if r.method == "PATCH" and f"/members/{bob.id}" in r.path])
    assert after - before > 20  # every 30 s, doubling to an hour: about 28 tries in a day
    ready.env.backend.faults.clear()
    await ready.env.advance_time(3600)
    assert await ready.roles_of(bob) == {"Member"} and owed(ready) == []


async def test_a_delivery_whose_handler_breaks_is_retried_later_not_lost(ready, monkeypatch):
    handlers = ready.env.bot.deliveries.handlers
    post_line = handlers[AdmittedLine].carry
    broken = {"yes": True}

    async def breaks_once(job):
        if broken.pop("yes", False):
            raise RuntimeError("a bug")
        return await post_line(job)

    monkeypatch.setitem(handlers, AdmittedLine, replace(handlers[AdmittedLine], carry=breaks_once))
    bob = ready.newcomer("bob")
    await bob.slash(ready.welcome, "redeem", code=await ready.create_code())
    assert [str(error) for error in ready.env.errors] == []  # logged, recorded as a failure: not raised
    assert owed(ready) == [("admitted_line", None)]  # not leased: due again in 30 s
    await ready.env.advance_time(30)
    assert "admitted" in ready.logs.last_message.content and owed(ready) == []


async def test_a_delivery_left_leased_here_is_taken_back_when_its_lease_ends(ready):
    def line(n):
        return RevokedLine(by=n, code="AAAA-AAAA-AAAA", inviter_id=n)

    def now():
        return int(ready.env.now().timestamp())

    async def owe_and_forget(tx):  # as a bug would: committed and leased here, carried by no one
        return await deliveries.owe(tx, ready.guild.id, line(1), now=now())

    async def owe_later(tx):
        return await deliveries.owe(tx, ready.guild.id, line(2), now=now(), due_at=now() + 60)

    db = ready.env.bot.db
    hook, db.on_commit = db.on_commit, None
    await db.transaction(owe_and_forget)
    db.on_commit = hook
    await db.transaction(owe_later)  # the worker looks when this falls due, and sees the forgotten lease
    await ready.env.advance_time(LEASE_SECONDS - 5)
    assert owed(ready) == [("revoked_line", db.carrier)]
    await ready.env.advance_time(10)
    assert owed(ready) == []
    assert [m.content.count("revoked") for m in ready.bot_messages(ready.logs)[-2:]] == [1, 1]


async def test_a_request_shown_by_two_pages_at_once_is_posted_once(approving):
    bob, request, _ = await approving.request_for()
    approving.env.backend.delete_message(approving.modq.id, request.id)
    await asyncio.gather(
        simcord.actors._slash(approving.admin, approving.general, "gate pending", {}),
        simcord.actors._slash(approving.admin, approving.general, "gate pending", {}),
    )
    [again] = [m for m in approving.bot_messages(approving.modq) if m.embeds]
    await approving.mod.click(again, label="Approve")
    assert await approving.roles_of(bob) == {"Member"}


async def test_an_alert_is_found_by_its_own_retry_button_only(ready):
    bot = ready.env.bot
    guild = bot.get_guild(ready.guild.id)
    channel = guild.get_channel(ready.modq.id)
    posted = await channel.send("about delivery 12", view=retry_view(bot.catalogs.english, 12))
    settings = await get_settings(bot.db, guild.id, bot.config.defaults)
    interrupted = deliveries.Delivery(
        id=1, guild_id=guild.id, owed=RevokedLine(1, "A", 1), created_at=0, due_at=0, attempts=0, tried_at=1,
        failing_since=None, last_error=None, alert=None, stopped_at=None,
    )  # fmt: skip
    assert await find_alert(Job(bot, guild, interrupted, settings)) is None
    assert await find_alert(Job(bot, guild, replace(interrupted, id=12), settings)) == Posted(channel.id, posted.id)


async def test_a_stop_in_the_same_step_as_a_wake_still_stops(ready):
    worker: DeliveryWorker = ready.env.bot.deliveries
    await ready.env.settle()  # napping: nothing is owed

    async def commit_elsewhere():
        worker._wake(int(ready.env.now().timestamp()))  # what a commit's hook does

    await asyncio.wait_for(asyncio.gather(commit_elsewhere(), worker.stop()), timeout=5)
    assert worker._task is not None and worker._task.done()
