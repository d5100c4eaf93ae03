"""The audit log on the web (SPEC 16): each entry as the log channel's line, searchable by kind, person and
dates, newest first, paged by ID; the same search as a CSV download; admins only, this server's only."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from markupsafe import escape

from bot.core import admissions, invites, redemptions
from bot.core.admissions import Admission
from bot.core.audit_log import KINDS, csv_header
from bot.core.people import Newcomer
from bot.core.repositories import Database
from bot.core.settings import update_settings
from bot.web.pages.audit import KIND_WORDS
from tests.core.guild import DEFAULTS, GUILD, MEMBER_ROLE, NOW, WELCOME, member
from tests.web.conftest import ADMIN, MEMBER, MODERATOR, OTHER_GUILD, FakePeople, Web, pager_link

DAY = 86_400
HOSTILE = '=HYPERLINK("http://evil.example","x")"><img src=x onerror=alert(1)>'


async def code(db: Database, inviter: int = MEMBER, guild_id: int = GUILD, at: int = NOW) -> str:
    created = await invites.create_code(db, guild_id=guild_id, member=member(inviter), defaults=DEFAULTS, now=at)
    return created.code.display


async def revoke(db: Database, text: str, at: int = NOW, guild_id: int = GUILD) -> None:
    await invites.revoke_code(db, guild_id=guild_id, code_text=text, by_user=ADMIN, as_admin=True, now=at)


async def denied(db: Database, user_id: int, reason: str) -> Admission:
    await update_settings(db, GUILD, DEFAULTS, {"approval": True}, by=ADMIN, command="policy", now=NOW)
    newcomer = Newcomer(user_id=user_id, username=f"n{user_id}", role_ids=frozenset())
    redeemed = await redemptions.redeem(
        db, guild_id=GUILD, channel_id=WELCOME, newcomer=newcomer, code_text=await code(db), defaults=DEFAULTS, now=NOW
    )
    return await admissions.decide(
        db, guild_id=GUILD, admission_id=redeemed.admission.id, moderator_id=MODERATOR, approve=False,
        reason=reason, now=NOW + 1,
    )  # fmt: skip


def entry_ids(page: str) -> list[int]:
    return [int(found) for found in re.findall(r'<tr id="entry-(\d+)">', page)]


def kinds_shown(page: str) -> list[str]:
    return re.findall(r'<td class="nowrap">[^<]*</td>\s*<td>([^<]*)</td>', page)


def test_every_kind_of_entry_has_words() -> None:
    assert list(KIND_WORDS) == list(KINDS)


async def test_each_entry_reads_as_the_log_channels_line(web: Web, db: Database) -> None:
    await revoke(db, shown := await code(db))
    await denied(db, 900, HOSTILE)
    web.sign_in(ADMIN)
    page = await web.get("/admin/audit")
    assert "<h1>Audit log</h1>" in page
    assert f"⛔ @Ada revoked code <code>{shown}</code> of @Mia." in page
    assert kinds_shown(page) == ["Denied", "Settings changed", "Code revoked", "Settings changed"]
    assert str(escape(HOSTILE)) in page and "<img" not in page  # the reason, shown as text
    assert "@Mo" in page  # who denied, by name


async def test_searches_by_kind_person_and_dates(web: Web, db: Database, people: FakePeople) -> None:
    people.join(501, MEMBER_ROLE, name="Bo")
    early, late = await code(db), await code(db, inviter=501)
    await revoke(db, early, at=NOW - 3 * DAY)  # 2027-01-12
    await revoke(db, late, at=NOW)  # 2027-01-15
    web.sign_in(ADMIN)
    revoked = await web.get("/admin/audit?kind=revoked_line")
    assert kinds_shown(revoked) == ["Code revoked"] * 2
    assert 'value="revoked_line" selected' in revoked  # the form shows the search
    by_bo = await web.get("/admin/audit?person=501")
    assert late in by_bo and early not in by_bo
    window = await web.get("/admin/audit?kind=revoked_line&since=2027-01-11&until=2027-01-12")
    assert early in window and late not in window
    assert late in await web.get("/admin/audit?kind=revoked_line&since=2027-01-15&until=2027-01-15")
    assert "No entries match." in await web.get("/admin/audit?person=12345")
    assert "No entries match." in await web.get("/admin/audit?person=<@!381870553235193857>")  # a real ID's length


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("person=abc", "<code>person</code> must be a whole number"),
        ("kind=grant_roles", "<code>kind</code>: choose one of the values"),
        ("since=2027-13-40", "<code>since</code> must be a date"),
        ("until=yesterday", "<code>until</code> must be a date"),
        ("before=x1", "not one the dashboard makes"),
    ],
)
async def test_a_bad_filter_is_named_on_the_page(web: Web, query: str, words: str) -> None:
    web.sign_in(ADMIN)
    page = await web.get(f"/admin/audit?{query}", status=400)
    assert 'class="flash error"' in page and words in page and "<table>" not in page


async def test_pages_of_fifty_newest_first_with_newer_and_older_links(web: Web, db: Database) -> None:
    for minute in range(51):
        await revoke(db, await code(db), at=NOW + minute)
    web.sign_in(ADMIN)
    first = await web.get("/admin/audit?kind=revoked_line")
    newest = entry_ids(first)
    assert len(newest) == 50 and newest == sorted(newest, reverse=True)
    assert "Newer</a>" not in first
    second = await web.get(pager_link(first, "Older"))
    [oldest] = entry_ids(second)
    assert oldest < newest[-1] and "Older</a>" not in second
    assert "kind=revoked_line" in pager_link(first, "Older")  # the search is kept from page to page
    back = await web.get(pager_link(second, "Newer"))
    assert entry_ids(back) == newest and "Newer</a>" not in back


async def test_the_csv_export_has_the_search_as_cells_safe_for_a_spreadsheet(web: Web, db: Database) -> None:
    await revoke(db, shown := await code(db))
    admission = await denied(db, 900, HOSTILE)
    web.sign_in(ADMIN)
    response = await web.client.get("/admin/audit.csv")
    assert response.status == 200
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert re.fullmatch(
        rf"attachment; filename=doorman-audit-{GUILD}-\d{{4}}-\d{{2}}-\d{{2}}\.csv",
        response.headers["Content-Disposition"],
    )
    assert "default-src 'none'" in response.headers["Content-Security-Policy"]
    rows = list(csv.reader(io.StringIO(await response.text())))
    assert rows[0] == csv_header()
    kinds = [row[2] for row in rows[1:]]
    assert kinds.count("revoked_line") == 1 and kinds.count("denied_line") == 1 and "settings_line" in kinds
    [revoked] = [row for row in rows if row[2] == "revoked_line"]
    assert revoked[3:7] == [str(ADMIN), "", str(MEMBER), shown]
    [denial] = [row for row in rows if row[2] == "denied_line"]
    assert denial[3:6] == [str(MODERATOR), "900", str(MEMBER)]
    assert json.loads(denial[7]) == {"admission_id": admission.id, "reason": HOSTILE}
    formulas = [cell for row in rows for cell in row if cell[:1] in ("=", "+", "-", "@")]
    assert formulas == []  # every cell a spreadsheet would compute is quoted or holds the text inside
    only = list(csv.reader(io.StringIO(await web.get("/admin/audit.csv?kind=denied_line"))))
    assert [row[2] for row in only[1:]] == ["denied_line"]


async def test_the_csv_refuses_a_bad_filter_with_a_page(web: Web) -> None:
    web.sign_in(ADMIN)
    page = await web.get("/admin/audit.csv?person=abc", status=400)
    assert "<code>person</code> must be a whole number" in page


@pytest.mark.parametrize("path", ["/admin/audit", "/admin/audit.csv", "/admin/audit?kind=revoked_line"])
@pytest.mark.parametrize("user_id", [MEMBER, MODERATOR])
async def test_only_admins_read_the_log(web: Web, path: str, user_id: int) -> None:
    web.sign_in(user_id)
    response = await web.client.get(path)
    assert response.status == 403
    assert "revoked" not in (await response.text()) and response.headers["Content-Type"].startswith("text/html")


async def test_another_servers_entries_are_never_shown(web: Web, db: Database) -> None:
    await update_settings(
        db, OTHER_GUILD, DEFAULTS, {"welcome_channel_id": 1, "mod_channel_id": 2, "member_role_id": MEMBER_ROLE},
        by=ADMIN, command="setup", now=NOW,
    )  # fmt: skip
    theirs = await code(db, guild_id=OTHER_GUILD)
    await revoke(db, theirs, guild_id=OTHER_GUILD)
    web.sign_in(ADMIN)
    for path in ("/admin/audit", f"/admin/audit?person={ADMIN}", "/admin/audit?kind=revoked_line"):
        assert theirs not in await web.get(path)
    assert theirs not in await web.get(f"/admin/audit.csv?person={MEMBER}")
    assert "No entries match." in await web.get("/admin/audit?kind=revoked_line")
