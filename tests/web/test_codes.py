"""A member's codes on the web: the same rules as /invite create, revoke and regenerate (SPEC 16)."""

from __future__ import annotations

import re

from markupsafe import escape

from bot.core.repositories import Database, Transaction
from tests.core.guild import GUILD
from tests.web.conftest import MEMBER, MODERATOR, NEWCOMER, Web


async def codes_of(db: Database, user_id: int) -> list[tuple[str, int, int, bool]]:
    async def read(tx: Transaction) -> list[tuple[str, int, int, bool]]:
        found = await tx.codes.listing(GUILD, user_id)
        return [(c.display, c.max_uses, c.uses, c.revoked_at is not None) for c in found]

    return await db.transaction(read)


def shown_codes(page: str) -> list[str]:
    return re.findall(r"<code>([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})</code>", page)


async def test_a_member_creates_a_code_and_sees_it_with_its_uses_and_status(web: Web, db: Database) -> None:
    web.sign_in(MEMBER)
    page = await web.post("/codes", uses="2", expires_in="3d", note="for my cousin")
    [(display, max_uses, uses, revoked)] = await codes_of(db, MEMBER)
    assert (max_uses, uses, revoked) == (2, 0, False)
    assert f"Code <code>{display}</code> created." in page  # the outcome, carried to the page once
    assert shown_codes(page) == [display, display]
    assert "0/2" in page and "for my cousin" in page and "active" in page
    again = await web.get("/codes")
    assert "created." not in again  # said once


async def test_creating_beyond_the_quota_is_refused_in_discords_words_and_changes_nothing(
    web: Web, db: Database
) -> None:
    web.sign_in(MEMBER)
    for _ in range(3):  # the default quota: 3 uses per period
        await web.post("/codes")
    page = await web.post("/codes")
    assert len(await codes_of(db, MEMBER)) == 3
    assert 'class="flash error"' in page and "quota" in page.lower()


async def test_bad_fields_are_refused_with_what_was_wrong(web: Web, db: Database) -> None:
    web.sign_in(MEMBER)
    assert "must be a whole number" in await web.post("/codes", uses="two")
    assert "must be from 1 to 5" in await web.post("/codes", uses="50")
    assert "30m" in await web.post("/codes", expires_in="forever")
    assert "at most 200" in await web.post("/codes", note="x" * 201)
    assert await codes_of(db, MEMBER) == []


async def test_revoke_and_regenerate_act_on_the_members_own_code(web: Web, db: Database) -> None:
    web.sign_in(MEMBER)
    await web.post("/codes", uses="2")
    [(first, *_)] = await codes_of(db, MEMBER)
    page = await web.post("/codes/regenerate", code=first)
    codes = await codes_of(db, MEMBER)
    [second] = [c for c, _, _, revoked in codes if not revoked]
    assert f"<code>{first}</code> replaced by <code>{second}</code>" in page
    page = await web.post("/codes/revoke", code=second)
    assert all(revoked for *_, revoked in await codes_of(db, MEMBER))
    assert f"Code <code>{second}</code> revoked." in page


async def test_a_member_cannot_revoke_someone_elses_code(web: Web, db: Database) -> None:
    web.sign_in(MODERATOR)
    await web.post("/codes")
    [(theirs, *_)] = await codes_of(db, MODERATOR)
    web.sign_in(MEMBER)
    page = await web.post("/codes/revoke", code=theirs)
    assert 'class="flash error"' in page and "you can only revoke your own codes" in page  # /invite revoke's words
    assert not (await codes_of(db, MODERATOR))[0][3]


async def test_someone_without_the_member_role_may_not_open_or_post_codes(web: Web, db: Database) -> None:
    web.sign_in(NEWCOMER)
    assert "member" in (await web.get("/codes", status=403)).lower()
    await web.post("/codes", status=403)
    assert await codes_of(db, NEWCOMER) == []


async def test_a_note_holding_html_is_shown_as_text(web: Web) -> None:
    web.sign_in(MEMBER)
    attack = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'
    page = await web.post("/codes", note=attack)
    assert "<script>" not in page and "<img" not in page
    assert str(escape(attack)) in page
