"""/dashboard (SPEC 16): an ephemeral one-time link for this person and server, opened in a browser."""

from __future__ import annotations

import logging
import re
from typing import Any

import aiohttp
import pytest

from bot.app import Doorman
from bot.config import SECRET_ENV
from bot.core.dashboard_links import LINK_SECONDS
from tests.conftest import World
from tests.web import discord_world

config_extra = discord_world.config_extra  # the bot serves the dashboard on a free port


def link_in(reply: Any) -> str:
    found = re.search(r"(http://127\.0\.0\.1:\d+)/signin/([A-Za-z0-9_-]{43})\b", reply.response.content)
    assert found is not None, reply.response.content
    return found.group(0)


async def opened(link: str) -> tuple[int, str]:
    """Open `link` in a fresh browser, following the redirect: the status and the page it lands on."""
    jar = aiohttp.CookieJar(unsafe=True)
    async with aiohttp.ClientSession(cookie_jar=jar) as browser, browser.get(link) as response:
        return response.status, await response.text()


async def test_the_link_is_ephemeral_signs_in_once_and_expires(ready: World) -> None:
    reply = await ready.alice.slash(ready.general, "dashboard")
    assert reply.ephemeral
    assert "only for you" in reply.response.content and f"{LINK_SECONDS // 60} minutes" in reply.response.content
    link = link_in(reply)
    bot: Doorman = ready.env.bot
    assert bot.dashboard is not None and link.startswith(bot.dashboard.site.public_url)

    status, page = await opened(link)
    assert status == 200 and "Signed in as" in page and "Doorman Test" in page
    assert "My codes" in page  # alice has the member role

    status, page = await opened(link)  # the same link again, from anywhere
    assert status == 403 and "already been used" in page


async def test_a_link_opened_after_ten_minutes_is_refused(ready: World) -> None:
    link = link_in(await ready.alice.slash(ready.general, "dashboard"))
    await ready.env.advance_time(LINK_SECONDS + 1)
    status, page = await opened(link)
    assert status == 403 and "expired" in page


async def test_the_reply_and_the_dashboard_speak_the_readers_language(ready: World, spoken: Any) -> None:
    spoken.set(ready.mod.id, "de")
    reply = await ready.mod.slash(ready.general, "dashboard")
    assert "Hier ist dein Anmeldelink" in reply.response.content
    status, page = await opened(link_in(reply))
    assert status == 200 and '<html lang="de">' in page


class TestWithoutTheDashboard:
    @pytest.fixture
    def config_extra(self) -> str:
        return ""

    async def test_dashboard_says_it_is_not_switched_on(self, ready: World) -> None:
        reply = await ready.alice.slash(ready.general, "dashboard")
        assert reply.ephemeral and "not switched on" in reply.response.content
        assert ready.env.bot.dashboard is None


class TestEnabledWithoutASecret:
    @pytest.fixture
    def config_extra(self) -> str:
        return "[web]\nenabled = true\nport = 0\n"

    async def test_the_bot_runs_without_it_and_says_why(self, ready: World) -> None:
        assert ready.env.bot.dashboard is None
        reply = await ready.alice.slash(ready.general, "dashboard")
        assert "not switched on" in reply.response.content

    async def test_the_warning_names_the_environment_variable(
        self, make_bot: Any, caplog: pytest.LogCaptureFixture
    ) -> None:
        import simcord

        bot = make_bot()
        with caplog.at_level(logging.WARNING, logger="bot.app"):
            async with simcord.run(bot):
                pass
        assert any(SECRET_ENV in record.getMessage() for record in caplog.records)


async def test_a_session_ends_after_twelve_hours_of_simulated_time_passing_at_once(ready: World) -> None:
    """Weeks pass in one advance_time call with the dashboard served (nothing of it polls), and a session signed
    in before them has ended: the same browser is told to sign in again."""
    link = link_in(await ready.alice.slash(ready.general, "dashboard"))
    # One connection per request: an idle keep-alive connection is a wait SimCord cannot see the end of.
    closing = aiohttp.TCPConnector(force_close=True)
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True), connector=closing) as browser:
        async with browser.get(link) as response:
            assert response.status == 200 and "Signed in as" in await response.text()
        await ready.env.advance_time(14 * 86_400)
        address = link.split("/signin/")[0]
        async with browser.get(address + "/codes") as response:
            assert response.status == 401 and "/dashboard" in await response.text()
