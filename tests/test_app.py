"""The bot's lifetime: extensions, command sync, the error handler, closing."""

import pytest

import bot.storage
from bot.app import EXTENSIONS


def command_syncs(env):
    return [r for r in env.http_requests if r.method == "PUT" and r.path.endswith("/commands")]


async def test_every_extension_loads_and_registers_its_commands(simcord_env):
    bot = simcord_env.bot
    assert set(bot.extensions) == set(EXTENSIONS)
    assert {c.name for c in bot.tree.get_commands()} == {"gate", "invite", "redeem"}


async def test_a_new_database_syncs_and_a_restart_does_not(simcord_env, make_bot):
    assert len(command_syncs(simcord_env)) == 1
    await simcord_env.restart_bot(make_bot())
    assert len(command_syncs(simcord_env)) == 1


async def test_an_unexpected_error_is_logged_and_apologised_for(ready, caplog, monkeypatch):
    def explode(conn, work):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(bot.storage, "_in_transaction", explode)
    result = await ready.alice.slash(ready.general, "invite list")
    monkeypatch.undo()
    assert result.ephemeral and "something went wrong" in result.response.content
    assert any("disk on fire" in str(error) or "disk on fire" in str(error.__cause__) for error in ready.env.errors)
    assert "unexpected error in /invite list" in caplog.text


async def test_close_closes_the_database(simcord_env):
    bot = simcord_env.bot
    await bot.close()
    with pytest.raises(ValueError, match="no active connection"):
        await bot.storage.transaction(lambda conn: None)


def test_no_module_imports_an_extension():
    """discord.py executes an extension afresh on each load; importing one elsewhere makes a second copy
    of its classes (a monkeypatch or isinstance check then hits the wrong one)."""
    import ast
    from pathlib import Path

    root = Path(__file__).parent.parent
    offenders = []
    for path in [*root.glob("bot/**/*.py"), *root.glob("cogs/*.py"), *root.glob("tests/**/*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else []
            )
            offenders += [f"{path.relative_to(root)} imports {name}" for name in names if name in EXTENSIONS]
    assert offenders == []
