"""The dashboard reads people from Discord (bot/web/people.py): through the running bot (BotPeople), or through
the REST API alone in its own process (RestPeople).

RestPeople's client is logged in the way `python -m bot web` logs in (no gateway), with its REST calls reaching
the test's SimCord world: roles changed in Discord between two requests are what the second one sees.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import discord
import pytest

from bot.web import people as people_module
from bot.web.people import BotPeople, RestPeople
from tests.conftest import World


@pytest.fixture
def backend() -> str:
    return "sqlite"  # no database is read here: the bot's runs once


@pytest.fixture
async def rest(world: World) -> AsyncIterator[RestPeople]:
    """RestPeople over a client whose HTTP is SimCord's (internal: SimCord installs it on the bot it runs the
    same way), logged in with discord.py's own login()."""
    from simcord import _dpy_internals
    from simcord.http.client import FakeHTTPClient

    client = discord.Client(intents=discord.Intents.none())
    _dpy_internals.install_http(client, FakeHTTPClient(world.env.backend, asyncio.get_running_loop()))
    await client.login("a token")
    found = RestPeople(client)
    yield found
    await found.close()


async def test_a_members_roles_and_permissions_are_read_from_discord(world: World, rest: RestPeople) -> None:
    mod = await rest.member(world.guild.id, world.mod.id)
    admin = await rest.member(world.guild.id, world.admin.id)

    assert mod is not None and {world.mods.id, world.member_role.id} <= mod.role_ids and not mod.manages_server
    assert admin is not None and admin.manages_server


async def test_a_role_taken_away_counts_at_the_next_request(world: World, rest: RestPeople) -> None:
    before = await rest.member(world.guild.id, world.mod.id)
    guild = world.env.bot.get_guild(world.guild.id)
    await (await guild.fetch_member(world.mod.id)).remove_roles(discord.Object(world.mods.id))
    after = await rest.member(world.guild.id, world.mod.id)

    assert before is not None and world.mods.id in before.role_ids
    assert after is not None and world.mods.id not in after.role_ids


async def test_the_member_is_fetched_on_every_request_and_the_server_once_a_while(
    world: World, rest: RestPeople
) -> None:
    for _ in range(3):
        await rest.member(world.guild.id, world.alice.id)
    requests = [(request.method, request.path) for request in world.env.http_requests]

    assert requests.count(("GET", f"/guilds/{world.guild.id}/members/{world.alice.id}")) == 3
    assert requests.count(("GET", f"/guilds/{world.guild.id}")) == 1


async def test_the_server_is_fetched_again_once_its_roles_may_have_changed(
    world: World, rest: RestPeople, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = [1_800_000_000]
    monkeypatch.setattr(people_module, "now", lambda: clock[0])
    await rest.member(world.guild.id, world.alice.id)
    clock[0] += people_module.GUILD_SECONDS
    await rest.member(world.guild.id, world.alice.id)
    requests = [(request.method, request.path) for request in world.env.http_requests]

    assert requests.count(("GET", f"/guilds/{world.guild.id}")) == 2


async def test_someone_not_in_the_server_is_nobody(world: World, rest: RestPeople) -> None:
    stranger = world.env.create_user("stranger")

    assert await rest.member(world.guild.id, stranger.id) is None


async def test_a_server_the_bot_is_not_in_has_nobody(world: World, rest: RestPeople) -> None:
    assert await rest.member(world.guild.id + 1, world.alice.id) is None


async def test_names_are_those_of_what_was_fetched(world: World, rest: RestPeople) -> None:
    assert rest.name(world.guild.id, world.alice.id) is None  # never fetched: the page shows the ID
    await rest.member(world.guild.id, world.alice.id)

    assert rest.name(world.guild.id, world.alice.id) == "alice"
    assert rest.guild_name(world.guild.id) == "Doorman Test"
    assert rest.guild_locale(world.guild.id) == world.env.bot.get_guild(world.guild.id).preferred_locale.value
    assert rest.role_name(world.guild.id, world.mods.id) == "Mods"
    assert rest.channel_name(world.guild.id, world.modq.id) == "mod-queue"


async def test_only_the_latest_names_are_kept(world: World, rest: RestPeople, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(people_module, "NAMES_KEPT", 2)
    for actor in (world.alice, world.mod, world.admin):
        await rest.member(world.guild.id, actor.id)

    assert rest.name(world.guild.id, world.alice.id) is None
    assert rest.name(world.guild.id, world.admin.id) == "admin"


async def test_in_the_bot_a_members_roles_are_fetched_at_each_request(world: World) -> None:
    bot = world.env.bot
    found = BotPeople(bot)
    before = await found.member(world.guild.id, world.mod.id)
    await (await bot.get_guild(world.guild.id).fetch_member(world.mod.id)).remove_roles(discord.Object(world.mods.id))
    after = await found.member(world.guild.id, world.mod.id)

    assert before is not None and world.mods.id in before.role_ids
    assert after is not None and world.mods.id not in after.role_ids
    assert await found.member(world.guild.id, world.env.create_user("stranger").id) is None
    assert found.guild_name(world.guild.id) == "Doorman Test"
    assert found.channel_name(world.guild.id, world.modq.id) == "mod-queue"
