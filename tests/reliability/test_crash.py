"""The process dies at any step; the next start delivers everything that was owed, repeating at most one message.

A crash parks the bot forever at the chosen point, then a restart abandons it (its tasks cancelled,
its database never closed) and builds a new bot on the same file, as a killed process and a fresh
start would. Crash points: before each Discord call the flow makes (the first of them comes right
after the commit), and between each call and the commit that records it (which lets a call repeat).
"""

import asyncio
import sqlite3

import pytest

from bot.store.postgres.url import PostgresUrl
from tests.databases import rows

# The Discord calls each flow makes after its commit, besides answering the interaction: counted by
# test_each_flow_makes_the_calls_the_crash_points_cover, so the crash points below cover every one.
# A decision's answer is the request's edit (the click's response): test_a_crash_at_the_click_answer.
# A redemption of a code's last use also deletes its invite link (SPEC section 11).
CALLS = {"redeem": 4, "request": 3, "approve": 5, "deny": 2}
POINTS = [(flow, step, where) for flow, n in CALLS.items() for step in range(1, n + 1) for where in ("call", "commit")]


def integrity(world) -> str:
    """SQLite's own check of its file; PostgreSQL's crash safety is its write-ahead log's, not ours to check."""
    database = world.env.bot.config.database
    if isinstance(database, PostgresUrl):
        return "ok"
    with sqlite3.connect(database) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def owed_rows(world) -> int:
    [(count,)] = rows(world.env.bot.config.database, "SELECT COUNT(*) FROM deliveries")
    return int(count)


class Crash:
    """Kill the bot before its `step`-th Discord call from now ("call"), or right after that call, before
    what follows commits ("commit")."""

    def __init__(self, env, step: int, where: str) -> None:
        self.env, self.step, self.where = env, step, where
        self.calls = 0
        self.armed = self.died = False
        bot = env.bot
        self.request, self.transaction = bot.http.request, bot.db.transaction
        bot.http.request = self._request
        bot.db.transaction = self._transaction

    async def _die(self):
        self.died = True
        await self.env.external_wait(asyncio.Event().wait(), reason="the process dies here")

    async def _request(self, route, **kwargs):
        self.calls += 1
        if self.calls == self.step and self.where == "call":
            await self._die()
        result = await self.request(route, **kwargs)
        if self.calls == self.step and self.where == "commit":
            self.armed = True
        return result

    async def _transaction(self, work):
        if self.armed:
            await self._die()
        return await self.transaction(work)


async def before(world, flow):
    """Everything before the flow's commit; returns the action that commits (and the newcomer)."""
    approval = flow != "redeem"
    await world.setup(approval=approval)
    code = await world.create_code()
    bob = world.newcomer("bob")
    if flow in ("redeem", "request"):
        return bob, lambda: bob.slash(world.welcome, "redeem", code=code)
    await bob.slash(world.welcome, "redeem", code=code)
    request = world.modq.last_message
    if flow == "approve":
        return bob, lambda: world.mod.click(request, label="Approve")
    shown = await world.mod.click(request, label="Deny")
    return bob, lambda: world.mod.submit_modal(shown, {"reason": "not known here"})


@pytest.mark.parametrize("flow", sorted(CALLS))
async def test_each_flow_makes_the_calls_the_crash_points_cover(world, flow):
    _, act = await before(world, flow)
    start = len(world.env.http_requests)
    await act()
    calls = [r for r in world.env.http_requests[start:] if not r.path.startswith(("/interactions", "/webhooks"))]
    assert len(calls) == CALLS[flow], [(r.method, r.path) for r in calls]


@pytest.mark.parametrize(("flow", "step", "where"), POINTS)
async def test_a_crash_loses_nothing_owed(world, make_bot, flow, step, where):
    bob, act = await before(world, flow)
    crash = Crash(world.env, step, where)
    await act()
    assert (crash.died and crash.calls == step) or where == "commit"  # it died where it was meant to
    await world.env.restart_bot(make_bot())
    await world.env.settle()

    lines = [m.content for m in world.bot_messages(world.logs)][1:]  # after the setup line
    newcomer_dms, inviter_dms = world.dms(bob), world.dms(world.alice)
    if flow in ("redeem", "approve"):
        assert await world.roles_of(bob) == {"Member"}
        assert len(inviter_dms) >= 1 and len([line for line in lines if "admitted" in line]) >= 1
    if flow == "request":
        [request] = world.bot_messages(world.modq)
        assert [b.label for b in request.components[0].children] == ["Approve", "Deny"]
    if flow in ("approve", "deny"):
        [request] = world.bot_messages(world.modq)
        decision = {field.name: field.value for field in request.embeds[0].fields}["Decision"]
        assert ("Approved by" if flow == "approve" else "Denied by") in decision and request.components == []
        assert len(newcomer_dms) >= 1
    if flow == "deny":
        assert await world.roles_of(bob) == {"Newcomer"} and len([line for line in lines if "denied" in line]) >= 1
    # At least once, and a crash repeats at most the one message it interrupted.
    repeats = (len(newcomer_dms) - (flow in ("approve", "deny"))) + (len(inviter_dms) - (flow in ("redeem", "approve")))
    repeats += len(lines) - (flow != "request")
    assert repeats <= (1 if where == "commit" else 0)
    assert owed_rows(world) == 0
    assert integrity(world) == "ok"


@pytest.mark.parametrize("flow", ["approve", "deny"])
@pytest.mark.parametrize("when", ["before", "after"])
async def test_a_crash_at_the_click_answer_loses_nothing(world, make_bot, monkeypatch, flow, when):
    """The process dies just before, or just after, the click's response edits the request (and before the
    edit is recorded): the next start shows the decision on the request, once, and delivers the rest."""
    import discord

    bob, act = await before(world, flow)
    edit = discord.InteractionResponse.edit_message

    async def dies(response, **changes):
        if when == "after":
            await edit(response, **changes)
        await world.env.external_wait(asyncio.Event().wait(), reason="the process dies here")

    monkeypatch.setattr(discord.InteractionResponse, "edit_message", dies)
    await act()
    monkeypatch.setattr(discord.InteractionResponse, "edit_message", edit)
    await world.env.restart_bot(make_bot())
    await world.env.settle()
    [request] = world.bot_messages(world.modq)
    decision = {field.name: field.value for field in request.embeds[0].fields}["Decision"]
    assert ("Approved by" if flow == "approve" else "Denied by") in decision and request.components == []
    assert len(world.dms(bob)) == 1
    assert await world.roles_of(bob) == ({"Member"} if flow == "approve" else {"Newcomer"})
    assert owed_rows(world) == 0
