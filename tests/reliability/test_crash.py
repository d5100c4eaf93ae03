"""The process dies mid-flow; the next start carries on from what was committed.

A crash is a handler parked forever at the chosen point, then a restart that
abandons the old bot (its database never closed) and builds a new one on the
same file, as a killed process and a fresh start would.
"""

import asyncio
import sqlite3

from tests.conftest import loaded


def integrity(world) -> str:
    conn = sqlite3.connect(world.env.bot.config.database)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def die_before(monkeypatch, env, module: str, name: str) -> None:
    """Make `name` as `module` calls it never return, like a process killed just before the call."""

    async def parked(*args, **kwargs):
        await env.external_wait(asyncio.Event().wait(), reason="the process dies here")

    monkeypatch.setattr(loaded(module), name, parked)


async def test_crash_between_the_redemption_and_the_role_grant(ready, make_bot, monkeypatch):
    code = await ready.create_code()
    bob = ready.newcomer("bob")
    die_before(monkeypatch, ready.env, "cogs.admissions._approvals", "grant_roles")
    await bob.slash(ready.welcome, "redeem", code=code)
    assert await ready.roles_of(bob) == {"Newcomer"}
    monkeypatch.undo()
    await ready.env.restart_bot(make_bot())  # the old bot is abandoned, never closed
    await ready.env.settle()
    assert await ready.roles_of(bob) == {"Member"}
    assert len(ready.dms(ready.alice)) == 1
    assert integrity(ready) == "ok"


async def test_crash_between_the_approval_and_the_role_grant(approving, make_bot, monkeypatch):
    code = await approving.create_code()
    bob = approving.newcomer("bob")
    await bob.slash(approving.welcome, "redeem", code=code)
    request = approving.modq.last_message
    die_before(monkeypatch, approving.env, "cogs.admissions._approvals", "grant_roles")
    await approving.mod.click(request, label="Approve")
    monkeypatch.undo()
    await approving.env.restart_bot(make_bot())
    await approving.env.settle()
    assert await approving.roles_of(bob) == {"Member"}
    edited = approving.modq.history()[-1]
    assert edited.id == request.id and edited.components == [] and "Approved by" in str(edited.embeds[0].fields)
    assert integrity(approving) == "ok"


async def test_crash_after_the_request_is_posted(approving, make_bot):
    code = await approving.create_code()
    bob = approving.newcomer("bob")
    await bob.slash(approving.welcome, "redeem", code=code)
    request = approving.modq.last_message
    await approving.env.restart_bot(make_bot())  # abandoned with the request pending
    assert integrity(approving) == "ok"
    await approving.mod.click(request, label="Approve")
    assert await approving.roles_of(bob) == {"Member"}
    assert integrity(approving) == "ok"


async def test_crash_before_the_request_is_posted(approving, make_bot, monkeypatch):
    code = await approving.create_code()
    bob = approving.newcomer("bob")
    die_before(monkeypatch, approving.env, "cogs.admissions._redeem", "post_request")
    await bob.slash(approving.welcome, "redeem", code=code)
    assert approving.bot_messages(approving.modq) == []
    monkeypatch.undo()
    await approving.env.restart_bot(make_bot())
    await approving.env.settle()
    [request] = approving.bot_messages(approving.modq)
    await approving.mod.click(request, label="Approve")
    assert await approving.roles_of(bob) == {"Member"}
    assert integrity(approving) == "ok"
