"""The dashboard's guards (SPEC 16): headers on every response, CSRF on every form, the session's server only,
and roles read from Discord on every request."""

from __future__ import annotations

import base64
import re

import pytest

from bot.core.repositories import Database, Transaction
from bot.web.access import PLACES
from bot.web.security import CSP
from tests.core.guild import GUILD, MEMBER_ROLE
from tests.web.conftest import ADMIN, MEMBER, MODERATOR, NEWCOMER, OTHER_GUILD, FakePeople, Web


async def codes_count(db: Database, guild_id: int = GUILD) -> int:
    async def read(tx: Transaction) -> int:
        return len(await tx.codes.listing(guild_id, None))

    return await db.transaction(read)


@pytest.mark.parametrize("path", ["/", "/codes", "/no-such-page", "/static/dashboard.css", "/signin/nope"])
async def test_every_response_carries_a_csp_without_script(web: Web, path: str) -> None:
    web.sign_in(MEMBER)
    response = await web.client.get(path, allow_redirects=False)
    assert response.headers["Content-Security-Policy"] == CSP
    assert "script-src" not in CSP and "default-src 'none'" in CSP
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "frame-ancestors 'none'" in CSP


async def test_a_forged_form_is_refused_with_403_and_changes_nothing(web: Web, db: Database) -> None:
    web.sign_in(MEMBER)
    for data in ({}, {"csrf": ""}, {"csrf": "forged"}, {"csrf": "A" * 43}):
        response = await web.client.post("/codes", data={"uses": "1", **data})
        assert response.status == 403
        assert response.headers["Content-Security-Policy"] == CSP
    assert await codes_count(db) == 0


async def test_a_token_from_another_session_does_not_pass(web: Web, db: Database, people: FakePeople) -> None:
    people.join(501, MEMBER_ROLE)
    web.sign_in(501)
    other = await web.client.get("/")
    token = re.search(r'name="csrf" value="([^"]*)"', await other.text())
    assert token is not None
    web.sign_in(MEMBER)
    response = await web.client.post("/codes", data={"csrf": token.group(1)})
    assert response.status == 403
    assert await codes_count(db) == 0


async def test_without_a_session_pages_say_how_to_sign_in(web: Web) -> None:
    page = await web.get("/")
    assert "/dashboard" in page
    assert "/dashboard" in await web.get("/codes", status=401)
    response = await web.client.post("/codes", data={"csrf": ""})
    assert response.status == 403


async def test_a_tampered_session_is_no_session(web: Web) -> None:
    web.sign_in(MEMBER)
    cookie = web.client.session.cookie_jar.filter_cookies(web.client.make_url("/"))["doorman_session"].value
    _, _, signature = cookie.partition(".")
    web.client.session.cookie_jar.clear()
    forged = base64.urlsafe_b64encode(f"{GUILD}.700.en.9999999999".encode()).rstrip(b"=").decode()
    web.client.session.cookie_jar.update_cookies({"doorman_session": f"{forged}.{signature}"})
    await web.get("/codes", status=401)


@pytest.mark.parametrize(
    ("who", "pages"),
    [
        (NEWCOMER, set()),
        (MEMBER, {"/codes"}),
        (MODERATOR, {"/codes", "/queue", "/waitlist"}),
        (ADMIN, {place.path for place in PLACES} - {"/queue", "/waitlist"}),  # Manage Server alone moderates nothing
    ],
)
async def test_the_pages_listed_are_the_pages_that_open(web: Web, who: int, pages: set[str]) -> None:
    web.sign_in(who)
    home = await web.get("/")
    assert set(re.findall(r'<li><a href="(/[a-z/]+)">', home)) == pages  # in the navigation and as cards
    assert ("You have no pages here yet" in home) == (not pages)
    for place in PLACES:
        await web.get(place.path, status=200 if place.path in pages else 403)


async def test_roles_are_read_on_every_request(web: Web, people: FakePeople) -> None:
    web.sign_in(MEMBER)
    await web.get("/codes")
    people.join(MEMBER)  # the member role taken away in Discord
    await web.get("/codes", status=403)
    people.leave(MEMBER)  # gone from the server: signed out
    response = await web.client.get("/codes")
    assert response.status == 403
    assert "no longer a member" in await response.text()
    assert 'doorman_session=""' in response.headers["Set-Cookie"] and "Max-Age=0" in response.headers["Set-Cookie"]


async def test_a_session_of_one_server_never_reads_anothers(web: Web, db: Database, people: FakePeople) -> None:
    people.join(MEMBER, MEMBER_ROLE, guild_id=OTHER_GUILD)
    web.sign_in(MEMBER)
    await web.post("/codes", note="home server")
    web.sign_in(MEMBER, guild_id=OTHER_GUILD)
    page = await web.get("/codes", status=403)  # the other server is not set up: no member role there
    assert "home server" not in page
