"""A SimCord world whose bot serves the dashboard, and browsers signed in to it as the world's people.

The bot is built as production builds it (tests/conftest.py `make_bot`) with the dashboard enabled on a free
port: it serves it from its setup_hook, in SimCord's event loop, with Discord's people read through the bot
itself (bot.web.people.BotPeople). What a page does is then seen where it matters: in Discord.

A test module takes the fixtures as its own: `config_extra = discord_world.config_extra` (the bot serves the
dashboard) and `dashboard = discord_world.dashboard` (browsers on it). A test driving a real browser lets the bot
finish what a page gave it with `await settle(world)`.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from yarl import URL

from bot.clock import now
from bot.web.sessions import COOKIE, SESSION_SECONDS, Session, seal
from tests.conftest import World, toml_string

WEB_SECRET = "a dashboard secret for the SimCord worlds, long enough"


@pytest.fixture
def config_extra() -> str:
    """The dashboard on, on any free port of 127.0.0.1 (its address: `bot.dashboard.address`)."""
    return f"[web]\nenabled = true\nport = 0\nsecret = {toml_string(WEB_SECRET)}\n"


class Browser:
    """A browser on the bot's dashboard, signed in as one person of the world (as a sign-in link would sign
    them in: sessions are signed cookies, bot/web/sessions.py)."""

    def __init__(self, session: aiohttp.ClientSession, address: str) -> None:
        self.session, self.address = session, address

    async def get(self, path: str, status: int = 200) -> str:
        async with self.session.get(self.address + path) as response:
            text = await response.text()
            assert response.status == status, text
            return text

    async def post(self, path: str, status: int = 200, **fields: str) -> str:
        """Submit a form the way its page does: with the CSRF token of this session's pages; follows the
        redirect to the page that shows what happened."""
        token = re.search(r'name="csrf" value="([^"]*)"', await self.get("/"))
        data = {**fields, "csrf": token.group(1) if token else ""}  # this session's, over one a scraped form held
        async with self.session.post(self.address + path, data=data) as response:
            text = await response.text()
            assert response.status == status, text
            return text


class Dashboard:
    """The dashboard the world's bot serves, and browsers on it."""

    def __init__(self, world: World) -> None:
        self.world = world
        self._sessions: list[aiohttp.ClientSession] = []

    @property
    def address(self) -> str:
        """Where the running bot serves it (a restarted bot listens on another port)."""
        served = self.world.env.bot.dashboard
        assert served is not None, "the bot serves no dashboard: take config_extra from tests.web.discord_world"
        return served.site.public_url

    def signed_in(self, actor: Any, locale: str | None = "en") -> Browser:
        """A browser holding the session that a sign-in link of `actor` in the world's guild would give."""
        # An address is not a domain: cookies for 127.0.0.1 need the unsafe jar. One connection per request,
        # so no idle connection outlives the request it served.
        session = aiohttp.ClientSession(
            cookie_jar=aiohttp.CookieJar(unsafe=True), connector=aiohttp.TCPConnector(force_close=True)
        )
        self._sessions.append(session)
        signed = Session(self.world.guild.id, actor.id, locale, now() + SESSION_SECONDS)
        session.cookie_jar.update_cookies({COOKIE: seal(signed, WEB_SECRET.encode())}, response_url=URL(self.address))
        return Browser(session, self.address)

    async def close(self) -> None:
        for session in self._sessions:
            await session.close()


def message(channel: Any, message_id: int) -> Any:
    """The channel's message with this ID, as it reads now (edited or not)."""
    [found] = [m for m in channel.history() if m.id == message_id]
    return found


async def settle(world: World) -> None:
    """`world.env.settle()` with a real browser on the dashboard. A browser keeps its connections open for its
    next page (keep-alive), and the dashboard's task waiting on one is, to SimCord, work that never ends: those
    connections are closed first, as the server closes them after its keep-alive timeout, and the browser opens
    new ones. Call it between pages, never while one is loading."""
    served = world.env.bot.dashboard
    runner = served._runner if served is not None else None
    if runner is not None and runner.server is not None:
        for connection in runner.server.connections:
            connection.force_close()
    await world.env.settle()


@pytest.fixture
async def dashboard(world: World) -> AsyncIterator[Dashboard]:
    served = Dashboard(world)
    yield served
    await served.close()
