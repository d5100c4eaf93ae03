"""One-time sign-in links (SPEC section 16): good once, for 10 minutes, kept only as a hash."""

import asyncio
import hashlib
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core.dashboard_links import LINK_SECONDS, SignIn, issue_link, use_link
from tests.core.guild import GUILD, NOW, configure, opened
from tests.databases import rows


@pytest.fixture
async def db(database_target):
    async with opened(database_target) as db:
        await configure(db)
        yield db


async def test_a_link_signs_its_person_in_to_its_server_once(db):
    token = await issue_link(db, guild_id=GUILD, user_id=500, locale="de", now=NOW)
    assert re.fullmatch(r"[A-Za-z0-9_-]{43}", token)
    assert await use_link(db, token=token, now=NOW + 1) == SignIn(GUILD, 500, "de")
    assert await use_link(db, token=token, now=NOW + 2) is None


async def test_the_database_keeps_the_hash_of_a_token_never_the_token(db, database_target):
    token = await issue_link(db, guild_id=GUILD, user_id=500, locale=None, now=NOW)
    kept = rows(database_target, "SELECT token_hash, locale, expires_at FROM dashboard_links")
    assert kept == [(hashlib.sha256(token.encode()).hexdigest(), None, NOW + LINK_SECONDS)]
    assert all(token not in str(row) for row in rows(database_target, "SELECT * FROM dashboard_links"))


async def test_a_link_expires_after_ten_minutes(db):
    token = await issue_link(db, guild_id=GUILD, user_id=500, locale=None, now=NOW)
    late = await issue_link(db, guild_id=GUILD, user_id=501, locale=None, now=NOW)
    assert await use_link(db, token=token, now=NOW + LINK_SECONDS - 1) == SignIn(GUILD, 500, None)
    assert await use_link(db, token=late, now=NOW + LINK_SECONDS) is None


async def test_unknown_and_malformed_tokens_sign_nobody_in(db):
    await issue_link(db, guild_id=GUILD, user_id=500, locale=None, now=NOW)
    for token in ("", "x" * 43, "A" * 42, "A" * 44, "'; DROP TABLE dashboard_links; --" + "A" * 10, "é" * 43):
        assert await use_link(db, token=token, now=NOW) is None


async def test_issuing_a_link_deletes_the_expired_ones(db, database_target):
    used = await issue_link(db, guild_id=GUILD, user_id=500, locale=None, now=NOW)
    await use_link(db, token=used, now=NOW + 1)
    await issue_link(db, guild_id=GUILD, user_id=501, locale=None, now=NOW + 5)
    await issue_link(db, guild_id=GUILD, user_id=502, locale=None, now=NOW + LINK_SECONDS + 1)
    assert sorted(rows(database_target, "SELECT user_id FROM dashboard_links")) == [(501,), (502,)]


async def test_of_ten_uses_of_one_link_at_once_exactly_one_signs_in(db):
    token = await issue_link(db, guild_id=GUILD, user_id=500, locale="ja", now=NOW)
    results = await asyncio.gather(*(use_link(db, token=token, now=NOW + 1) for _ in range(10)))
    assert [result for result in results if result is not None] == [SignIn(GUILD, 500, "ja")]


class Untouchable:
    """A database that fails the test if it is asked anything."""

    async def transaction(self, work):
        raise AssertionError("a malformed token reached the database")


@given(st.text(max_size=80).filter(lambda text: re.fullmatch(r"[A-Za-z0-9_-]{43}", text) is None))
def test_text_that_cannot_be_a_token_is_refused_without_a_query(text):
    assert asyncio.run(use_link(Untouchable(), token=text, now=NOW)) is None
