"""Every code of the server on the web (SPEC 16): filtered by status, inviter and kind, newest first, 50 a page;
Revoke as /gate revoke does it; admins only, this server's codes only."""

from __future__ import annotations

import re

import pytest
from markupsafe import escape

from bot.clock import now
from bot.core import audit_log, invites, redemptions
from bot.core.codes import ReservationById
from bot.core.log_lines import RevokedLine
from bot.core.people import Newcomer
from bot.core.repositories import Database, Transaction
from bot.core.settings import update_settings
from bot.core.shared_links import create_shared_link_code
from tests.core.guild import DEFAULTS, GUILD, MEMBER_ROLE, WELCOME, member
from tests.web.conftest import ADMIN, MEMBER, MODERATOR, OTHER_GUILD, FakePeople, Web, pager_link

HOSTILE = '"><img src=x onerror=alert(1)>'


async def code(db: Database, inviter: int = MEMBER, guild_id: int = GUILD, **options: object) -> str:
    created = await invites.create_code(
        db,
        guild_id=guild_id,
        member=member(inviter),
        defaults=DEFAULTS,
        now=now(),
        **options,  # type: ignore[arg-type]
    )
    return created.code.display


async def redeem(db: Database, text: str, user_id: int) -> None:
    newcomer = Newcomer(user_id=user_id, username=f"n{user_id}", role_ids=frozenset())
    await redemptions.redeem(
        db, guild_id=GUILD, channel_id=WELCOME, newcomer=newcomer, code_text=text, defaults=DEFAULTS, now=now()
    )


async def revoked(db: Database, text: str, guild_id: int = GUILD) -> bool:
    async def read(tx: Transaction) -> bool:
        found = [c for c in await tx.codes.listing(guild_id, None) if c.display == text]
        return found[0].revoked_at is not None

    return await db.transaction(read)


def shown(page: str) -> list[str]:
    return re.findall(r"<code>([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})</code>", page)


def revocable(page: str) -> list[str]:
    return re.findall(r'name="code" value="([^"]+)"', page)


@pytest.fixture(autouse=True)
async def generous(db: Database) -> None:
    await update_settings(db, GUILD, DEFAULTS, {"invites_per_member": 1000}, by=ADMIN, command="policy", now=now())


async def test_every_code_with_its_inviter_status_uses_reservation_note_and_redeemers(
    web: Web, db: Database, people: FakePeople
) -> None:
    people.join(900, name="Nina")
    reserved = await code(db, uses=2, for_user=ReservationById(901), note=HOSTILE)
    await redeem(db, used := await code(db, inviter=MODERATOR), 900)
    await invites.revoke_code(db, guild_id=GUILD, code_text=(gone := await code(db)), by_user=MEMBER, as_admin=False,
                              now=now())  # fmt: skip
    web.sign_in(ADMIN)
    page = await web.get("/admin/codes")
    assert "<h1>All codes</h1>" in page
    assert shown(page) == [gone, used, reserved]
    assert revocable(page) == [reserved]  # Revoke on active codes only
    row = page[page.index(f"<code>{reserved}</code>") :].split("</tr>")[0]
    assert "Mia" in row and "active" in row and "0/2" in row and "@901 (ID 901)" in row
    assert str(escape(HOSTILE)) in row and "<img" not in page
    row = page[page.index(f"<code>{used}</code>") :].split("</tr>")[0]
    assert f'<a href="/admin/codes?inviter={MODERATOR}">Mo</a>' in row  # their codes, one click away
    assert "used" in row and "1/1" in row and "Nina" in row


async def test_filters_by_status_inviter_and_kind(web: Web, db: Database, people: FakePeople) -> None:
    mine, theirs = await code(db), await code(db, inviter=MODERATOR)
    await invites.revoke_code(db, guild_id=GUILD, code_text=theirs, by_user=ADMIN, as_admin=True, now=now())
    link_code = await create_shared_link_code(
        db, guild_id=GUILD, admin=member(ADMIN, admin=True), defaults=DEFAULTS, now=now()
    )
    web.sign_in(ADMIN)
    assert shown(await web.get("/admin/codes?status=active")) == [link_code.code.display, mine]
    assert shown(await web.get("/admin/codes?status=revoked")) == [theirs]
    assert shown(await web.get(f"/admin/codes?inviter={MODERATOR}")) == [theirs]
    assert shown(await web.get("/admin/codes?kind=link")) == [link_code.code.display]
    page = await web.get(f"/admin/codes?status=active&inviter={MEMBER}&kind=member")
    assert shown(page) == [mine] and 'value="active" selected' in page and f'value="{MEMBER}"' in page
    assert "No codes match." in await web.get("/admin/codes?status=expired")
    assert "No codes match." in await web.get("/admin/codes?inviter=381870553235193857")  # a real ID's length


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("status=lost", "<code>status</code>: choose one of the values"),
        ("kind=gift", "<code>kind</code>: choose one of the values"),
        ("inviter=abc", "<code>inviter</code> must be a whole number"),
        ("after=-3", "not one the dashboard makes"),
        ("before=1&after=2", "not one the dashboard makes"),
    ],
)
async def test_a_bad_filter_is_named_on_the_page(web: Web, query: str, words: str) -> None:
    web.sign_in(ADMIN)
    page = await web.get(f"/admin/codes?{query}", status=400)
    assert 'class="flash error"' in page and words in page and "<table>" not in page


async def test_pages_of_fifty_newest_first_with_newer_and_older_links(web: Web, db: Database) -> None:
    made = [await code(db) for _ in range(51)]
    web.sign_in(ADMIN)
    first = await web.get(f"/admin/codes?inviter={MEMBER}")
    assert shown(first) == made[:0:-1] and "Newer</a>" not in first
    older = pager_link(first, "Older")
    assert f"inviter={MEMBER}" in older
    second = await web.get(older)
    assert shown(second) == [made[0]] and "Older</a>" not in second
    back = await web.get(pager_link(second, "Newer"))
    assert shown(back) == shown(first) and "Newer</a>" not in back


async def test_revoke_is_gate_revokes_logged_and_back_to_the_same_search(web: Web, db: Database) -> None:
    theirs = await code(db, inviter=MODERATOR)
    web.sign_in(ADMIN)
    page = await web.post("/admin/codes/revoke", code=theirs, back=f"/admin/codes?inviter={MODERATOR}")
    assert await revoked(db, theirs)
    assert f"Code <code>{theirs}</code> revoked." in page and 'value="600"' in page  # the search kept
    [entry] = await audit_log.search(db, guild_id=GUILD, kind="revoked_line")
    assert entry.line == RevokedLine(ADMIN, theirs, MODERATOR)
    again = await web.post("/admin/codes/revoke", code=theirs, back="https://evil.example/admin/codes")
    assert 'class="flash error"' in again and "<h1>All codes</h1>" in again  # refused, and back on this page only


@pytest.mark.parametrize("user_id", [MEMBER, MODERATOR])
async def test_only_admins_see_or_revoke_every_code(web: Web, db: Database, user_id: int) -> None:
    mine = await code(db)
    web.sign_in(user_id)
    assert mine not in await web.get("/admin/codes", status=403)
    assert mine not in await web.get("/admin/codes?status=active", status=403)
    await web.post("/admin/codes/revoke", status=403, code=mine)
    assert not await revoked(db, mine)


async def test_a_forged_revoke_is_refused_and_revokes_nothing(web: Web, db: Database) -> None:
    mine = await code(db)
    web.sign_in(ADMIN)
    for token in ("", "forged"):
        response = await web.client.post("/admin/codes/revoke", data={"csrf": token, "code": mine})
        assert response.status == 403
    assert not await revoked(db, mine)


async def test_another_servers_codes_are_never_shown_nor_revoked(web: Web, db: Database) -> None:
    await update_settings(
        db, OTHER_GUILD, DEFAULTS, {"welcome_channel_id": 1, "mod_channel_id": 2, "member_role_id": MEMBER_ROLE},
        by=ADMIN, command="setup", now=now(),
    )  # fmt: skip
    theirs = await code(db, guild_id=OTHER_GUILD)
    web.sign_in(ADMIN)
    for query in ("", "?status=active", f"?inviter={MEMBER}", "?kind=member", f"?status=active&inviter={MEMBER}"):
        assert theirs not in await web.get(f"/admin/codes{query}")
    page = await web.post("/admin/codes/revoke", code=theirs)
    assert 'class="flash error"' in page and not await revoked(db, theirs, OTHER_GUILD)
