"""`python -m bot web`: the dashboard from a process of its own, on the PostgreSQL the bots share (SPEC 16).

What it refuses to start without, said in one line; and the process's serve() run here, in the test's loop,
on a real PostgreSQL, with a fake People: a page read, and a decision it commits heard by a bot's database.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from bot import clock
from bot.__main__ import main
from bot.config import Config, load_config
from bot.core import invites
from bot.core.deliveries import Owing
from bot.core.shards import ONE_PROCESS
from bot.store.postgres.database import PostgresDatabase
from bot.store.postgres.url import PostgresUrl
from bot.web import people as people_module
from bot.web.process import serve
from bot.web.sessions import COOKIE, SESSION_SECONDS, Session, seal
from tests.conftest import toml_string
from tests.core.guild import DEFAULTS, GUILD, configure, member, opened
from tests.web.conftest import MEMBER, SECRET, FakePeople

TOKEN = "a-token-never-printed"
POSTGRES = "postgresql://doorman@localhost/doorman"
LOG_CHANNEL = 12
PATIENCE = 30  # seconds: a safety net against a hang, never reached when the test passes


@pytest.fixture
def backend() -> str:
    return "postgres"  # the web process runs on PostgreSQL only


@pytest.fixture(autouse=True)
def no_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    monkeypatch.delenv("DOORMAN_WEB_SECRET", raising=False)


def config_file(folder: Path, database: str = POSTGRES, *, token: bool = True, web: str | None = None) -> Path:
    secret = SECRET.decode()
    web = f"enabled = true\nin_bot = false\nsecret = {toml_string(secret)}\n" if web is None else web
    path = folder / "doorman.toml"
    token_line = f"token = {toml_string(TOKEN)}\n" if token else ""
    path.write_text(f"[bot]\ndatabase = {toml_string(database)}\n{token_line}[web]\n{web}", encoding="utf-8")
    return path


def refused(path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """What `web` says when it refuses to start: one line, exit 2, no secret in it."""
    assert main(["web", "--config", str(path)]) == 2
    said = capsys.readouterr().err
    assert len(said.strip().splitlines()) == 1 and "Traceback" not in said
    assert TOKEN not in said and SECRET.decode() not in said
    return said


def test_on_sqlite_it_says_the_bot_serves_the_dashboard_itself(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    said = refused(config_file(tmp_path, "doorman.db"), capsys)
    assert "PostgreSQL" in said and "the bot serves the dashboard itself" in said


def test_without_a_token_it_names_discord_token(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert "DISCORD_TOKEN" in refused(config_file(tmp_path, token=False), capsys)


def test_without_a_secret_it_names_doorman_web_secret(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert "DOORMAN_WEB_SECRET" in refused(config_file(tmp_path, web="enabled = true\n"), capsys)


def test_with_the_dashboard_off_it_says_nobody_could_sign_in(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    said = refused(config_file(tmp_path, web=f"secret = {toml_string(SECRET.decode())}\n"), capsys)
    assert "enabled = true" in said


def test_a_token_discord_refuses_is_said_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import discord

    async def refuse(token: str) -> None:
        raise discord.LoginFailure("Improper token has been passed.")

    monkeypatch.setattr(people_module.RestPeople, "login", refuse)
    assert "Discord refused the token" in refused(config_file(tmp_path), capsys)


@pytest.fixture
async def serving(tmp_path: Path, database_target: PostgresUrl) -> AsyncIterator[tuple[str, asyncio.Event]]:
    """serve() running in the test's loop on a configured guild: its address, and the event that stops it."""
    async with opened(database_target) as db:
        await configure(db, log_channel_id=LOG_CHANNEL)
    web = f"enabled = true\nin_bot = false\nport = 0\nsecret = {toml_string(SECRET.decode())}\n"
    config: Config = load_config(config_file(tmp_path, database_target.dsn, web=web), environ={})
    people = FakePeople()
    people.join(MEMBER, *member().role_ids, name="Mia")
    stopping, address = asyncio.Event(), asyncio.get_running_loop().create_future()
    task = asyncio.create_task(serve(config, people, stopping, address.set_result))
    yield await asyncio.wait_for(address, PATIENCE), stopping
    stopping.set()
    await asyncio.wait_for(task, PATIENCE)


def signed_in(user_id: int) -> dict[str, str]:
    """The cookie a sign-in link would have set (signing in itself is tested in tests/web)."""
    return {COOKIE: seal(Session(GUILD, user_id, "en", clock.now() + SESSION_SECONDS), SECRET)}


async def test_the_web_process_serves_a_members_codes_page(serving: tuple[str, asyncio.Event]) -> None:
    address, _ = serving
    async with aiohttp.ClientSession(cookies=signed_in(MEMBER)) as browser, browser.get(f"{address}/codes") as got:
        page = await got.text()

    assert got.status == 200, page
    assert re.search(r"<h1[^>]*>My codes</h1>", page) and "Content-Security-Policy" in got.headers


async def test_a_revocation_on_the_web_process_wakes_the_bot_that_carries_its_log_line(
    serving: tuple[str, asyncio.Event], database_target: PostgresUrl
) -> None:
    address, _ = serving
    bot = await PostgresDatabase.open(database_target, ONE_PROCESS)
    heard: asyncio.Queue[Owing] = asyncio.Queue()

    def worker(owing: list[Owing]) -> None:
        for item in owing:
            heard.put_nowait(item)

    bot.on_commit = worker
    try:
        await bot.listen()
        created = await invites.create_code(
            bot, guild_id=GUILD, member=member(MEMBER), defaults=DEFAULTS, now=clock.now()
        )
        while not heard.empty():  # what its own commit owed (the line about the new code, if any)
            heard.get_nowait()
        async with aiohttp.ClientSession(cookies=signed_in(MEMBER)) as browser:
            async with browser.get(f"{address}/codes") as page:
                csrf = re.search(r'name="csrf" value="([^"]*)"', await page.text())
            assert csrf is not None
            form = {"csrf": csrf.group(1), "code": created.code.display}
            async with browser.post(f"{address}/codes/revoke", data=form) as answered:
                assert answered.status == 200, await answered.text()
        told = await asyncio.wait_for(heard.get(), PATIENCE)
    finally:
        await bot.close()

    assert told.guild_id == GUILD and not told.leased
