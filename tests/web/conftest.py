"""The dashboard over HTTP: the real application on a real database, with Discord's people played by a fake
whose members' roles a test sets (and changes between requests, as Discord would)."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.core.inputs import UnknownAccount
from bot.core.people import Member
from bot.core.repositories import Database
from bot.i18n import Catalogs
from bot.store import DatabaseTarget
from bot.web.app import make_app
from bot.web.sessions import COOKIE, SESSION_SECONDS, Session, seal
from bot.web.site import Site
from tests.core.guild import DEFAULTS, GUILD, MEMBER_ROLE, configure, opened

SECRET = b"a test secret that is long enough to sign sessions"
OTHER_GUILD = 2_000
MOD_ROLE = 30
MEMBER, MODERATOR, ADMIN, NEWCOMER = 500, 600, 700, 800


@dataclass
class FakePeople:
    """Discord as the dashboard sees it: who is in which guild with which roles, and their names."""

    members: dict[tuple[int, int], Member] = field(default_factory=dict)
    names: dict[int, str] = field(default_factory=dict)
    asked: int = 0  # member() calls: the dashboard asks on every request

    def join(self, user_id: int, *roles: int, guild_id: int = GUILD, admin: bool = False, name: str = "") -> None:
        self.members[(guild_id, user_id)] = Member(user_id, frozenset(roles), manages_server=admin)
        self.names[user_id] = name or f"user{user_id}"

    def leave(self, user_id: int, guild_id: int = GUILD) -> None:
        del self.members[(guild_id, user_id)]

    async def member(self, guild_id: int, user_id: int) -> Member | None:
        self.asked += 1
        return self.members.get((guild_id, user_id))

    def name(self, guild_id: int, user_id: int) -> str | None:
        return self.names.get(user_id)

    def guild_name(self, guild_id: int) -> str | None:
        return {GUILD: "Test Guild", OTHER_GUILD: "Other Guild"}.get(guild_id)

    def guild_locale(self, guild_id: int) -> str | None:
        return "en-US"

    def role_name(self, guild_id: int, role_id: int) -> str | None:
        return None

    def channel_name(self, guild_id: int, channel_id: int) -> str | None:
        return None

    async def require_person(self, user_id: int) -> None:
        if user_id not in self.names:
            raise UnknownAccount(user_id)


@pytest.fixture
async def db(database_target: DatabaseTarget) -> AsyncIterator[Database]:
    async with opened(database_target) as database:
        await configure(database, mod_role_id=MOD_ROLE)
        yield database


@pytest.fixture
def people() -> FakePeople:
    found = FakePeople()
    found.join(MEMBER, MEMBER_ROLE, name="Mia")
    found.join(MODERATOR, MEMBER_ROLE, MOD_ROLE, name="Mo")
    found.join(ADMIN, admin=True, name="Ada")
    found.join(NEWCOMER, name="Nico")
    return found


class Web:
    """A browser on the dashboard: signed in as someone (or no one), posting forms with its session's token."""

    def __init__(self, client: TestClient, site: Site) -> None:
        self.client, self.site = client, site

    def sign_in(self, user_id: int, guild_id: int = GUILD, locale: str | None = "en", now: int | None = None) -> None:
        """Hold the session a sign-in link would have given (signing in itself: test_signin.py)."""
        from bot.clock import now as clock

        expires = (clock() if now is None else now) + SESSION_SECONDS
        self.client.session.cookie_jar.update_cookies(
            {COOKIE: seal(Session(guild_id, user_id, locale, expires), SECRET)}
        )

    async def get(self, path: str, status: int = 200) -> str:
        response = await self.client.get(path, allow_redirects=True)
        text = await response.text()
        assert response.status == status, text
        return text

    async def post(self, path: str, status: int = 200, **fields: str) -> str:
        """Submit a form the way its page does: with the CSRF token of the page it came from."""
        page = await self.client.get("/")
        token = re.search(r'name="csrf" value="([^"]*)"', await page.text())
        data = {**fields, "csrf": token.group(1) if token else ""}  # this session's, over one a scraped form held
        response = await self.client.post(path, data=data, allow_redirects=True)
        text = await response.text()
        assert response.status == status, text
        return text


def pager_link(page: str, words: str) -> str:
    """Where a list's Newer, Older, Previous or Next link (`words`) leads, as the browser reads the address."""
    found = re.search(rf'<a href="([^"]*)" rel="(?:prev|next)">{words}</a>', page)
    assert found is not None, f"no {words} link"
    return found.group(1).replace("&amp;", "&")


@pytest.fixture
async def web(db: Database, people: FakePeople) -> AsyncIterator[Web]:
    site = Site(db, DEFAULTS, Catalogs.load(), SECRET, "http://127.0.0.1", people)
    async with TestClient(TestServer(make_app(site))) as client:
        yield Web(client, site)
