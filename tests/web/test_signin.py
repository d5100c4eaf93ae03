"""Signing in (SPEC 16): a one-time link from /dashboard, a session cookie for that server, nothing twice."""

from __future__ import annotations

from dataclasses import replace
from http.cookies import SimpleCookie

from aiohttp.test_utils import TestClient, TestServer

from bot.clock import now
from bot.core.dashboard_links import LINK_SECONDS, issue_link
from bot.core.repositories import Database
from bot.web.app import make_app
from bot.web.sessions import SESSION_SECONDS
from tests.core.guild import GUILD, MEMBER_ROLE
from tests.web.conftest import MEMBER, OTHER_GUILD, FakePeople, Web


async def link_for(db: Database, user_id: int, guild_id: int = GUILD, locale: str = "en", at: int | None = None) -> str:
    token = await issue_link(db, guild_id=guild_id, user_id=user_id, locale=locale, now=now() if at is None else at)
    return f"/signin/{token}"


async def test_a_link_signs_in_once_and_redirects_to_the_dashboard(web: Web, db: Database) -> None:
    link = await link_for(db, MEMBER)
    response = await web.client.get(link, allow_redirects=False)
    assert response.status == 303 and response.headers["Location"] == "/"
    cookie = SimpleCookie(response.headers["Set-Cookie"])["doorman_session"]
    assert cookie["httponly"] and cookie["samesite"] == "Lax" and not cookie["secure"]
    assert int(cookie["max-age"]) == SESSION_SECONDS
    assert "Signed in as Mia on Test Guild." in await web.get("/")


async def test_a_replayed_link_is_refused(web: Web, db: Database) -> None:
    link = await link_for(db, MEMBER)
    await web.get(link)
    web.client.session.cookie_jar.clear()
    page = await web.get(link, status=403)
    assert "already been used or has expired" in page
    assert "Signed in as" not in await web.get("/")


async def test_an_expired_or_unknown_link_is_refused(web: Web, db: Database) -> None:
    stale = await link_for(db, MEMBER, at=now() - LINK_SECONDS - 1)
    await web.get(stale, status=403)
    await web.get("/signin/" + "A" * 43, status=403)
    await web.get("/signin/not-a-token", status=403)
    assert "Signed in as" not in await web.get("/")


async def test_a_session_belongs_to_the_server_its_link_came_from(web: Web, db: Database, people: FakePeople) -> None:
    people.join(MEMBER, MEMBER_ROLE, guild_id=OTHER_GUILD)
    await web.get(await link_for(db, MEMBER, guild_id=OTHER_GUILD))
    assert "on Other Guild" in await web.get("/")


async def test_the_session_speaks_the_language_of_the_link(web: Web, db: Database) -> None:
    await web.get(await link_for(db, MEMBER, locale="de"))
    page = await web.get("/")
    assert '<html lang="de">' in page


async def test_the_cookie_is_secure_when_the_public_url_is_https(web: Web, db: Database) -> None:
    site = replace(web.site, public_url="https://doorman.example")
    async with TestClient(TestServer(make_app(site))) as client:
        response = await client.get(await link_for(db, MEMBER), allow_redirects=False)
    assert SimpleCookie(response.headers["Set-Cookie"])["doorman_session"]["secure"]
