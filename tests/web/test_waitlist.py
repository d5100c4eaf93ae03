"""The waitlist on the web (SPEC 16): what each entry's message shows, and Invite and Decline as the same decisions
as Discord's buttons (what Discord then shows: tests/web/test_decisions_in_discord.py)."""

from __future__ import annotations

import re

import pytest
from markupsafe import escape

from bot.clock import now
from bot.core import waitlist, waitlist_decisions, waitlist_joining
from bot.core.codes import CodeKind, ReservationById
from bot.core.people import Newcomer
from bot.core.repositories import Database, Transaction
from bot.core.settings import update_settings
from bot.core.waitlist import EntryStatus, WaitlistEntry
from tests.core.guild import ADMIN as GUILD_ADMIN
from tests.core.guild import DEFAULTS, GUILD, MEMBER_ROLE, WELCOME
from tests.web.conftest import MEMBER, MODERATOR, NEWCOMER, OTHER_GUILD, FakePeople, Web

ATTACK = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'


async def joined(db: Database, user_id: int = NEWCOMER, about: str | None = None, guild_id: int = GUILD) -> int:
    """Someone without a code joins the waitlist: their entry, by ID."""
    entry = await waitlist_joining.join(
        db,
        guild_id=guild_id,
        channel_id=WELCOME,
        person=Newcomer(user_id, f"user{user_id}", frozenset()),
        about=about,
        defaults=DEFAULTS,
        now=now(),
    )
    return entry.entry.id


async def entry(db: Database, entry_id: int, guild_id: int = GUILD) -> WaitlistEntry:
    return await waitlist.get_entry(db, guild_id=guild_id, entry_id=entry_id)


async def codes_for(db: Database, user_id: int) -> list[tuple[int, CodeKind]]:
    """(inviter, kind) of every code reserved for `user_id` in the guild."""

    async def read(tx: Transaction) -> list[tuple[int, CodeKind]]:
        found = await tx.codes.listing(GUILD, None)
        return [(c.inviter_id, c.kind) for c in found if c.for_user == ReservationById(user_id)]

    return await db.transaction(read)


def entry_ids(page: str) -> list[int]:
    return [int(number) for number in re.findall(r'<h2 id="entry-(\d+)">', page)]


def facts_of(page: str, entry_id: int) -> str:
    found = re.search(rf'<h2 id="entry-{entry_id}">.*?<dl class="facts">(.*?)</dl>', page, re.DOTALL)
    assert found is not None, page
    return found.group(1)


async def test_the_waitlist_shows_each_entry_as_its_message_does_with_its_position(
    web: Web, db: Database, people: FakePeople
) -> None:
    people.join(801, name="Wren")
    first = await joined(db, about="a friend of Mia's")
    second = await joined(db, 801)
    web.sign_in(MODERATOR)
    page = await web.get("/waitlist")
    assert entry_ids(page) == [first, second]
    assert f"Waitlist entry #{first}" in page and "Position 1" in page and "Position 2" in page
    facts = facts_of(page, first)
    for name, value in [("Person", "@Nico"), ("About them", "a friend of Mia&#39;s"), ("Status", "Waiting")]:
        assert re.search(rf"<dt>{re.escape(name)}</dt>\s*<dd>[^<]*{re.escape(value)}", facts), (name, facts)
    assert f"<code>{NEWCOMER}</code>" in facts
    assert f'action="/waitlist/{first}/invite"' in page and ">Invite</button>" in page
    assert f'action="/waitlist/{first}/decline"' in page and ">Decline</button>" in page
    assert "Waiting: 2 · Invited, code not redeemed yet: 0" in page


async def test_an_invited_entry_is_listed_without_a_position_or_buttons(web: Web, db: Database) -> None:
    entry_id = await joined(db)
    await waitlist_decisions.invite(
        db, guild_id=GUILD, entry_id=entry_id, moderator_id=MODERATOR, defaults=DEFAULTS, now=now()
    )
    web.sign_in(MODERATOR)
    page = await web.get("/waitlist")
    assert entry_ids(page) == [entry_id] and "Position" not in page and ">Invited</span>" in page
    assert "Invited by @Mo" in facts_of(page, entry_id)
    assert f"/waitlist/{entry_id}/" not in page


async def test_what_they_wrote_holding_html_is_shown_as_text(web: Web, db: Database) -> None:
    await joined(db, about=ATTACK)
    web.sign_in(MODERATOR)
    page = await web.get("/waitlist")
    assert "<script>" not in page and "<img" not in page
    assert str(escape(ATTACK)) in page


async def test_a_long_waitlist_is_paged_fifty_entries_at_a_time(web: Web, db: Database) -> None:
    entries = [await joined(db, user_id=1000 + n) for n in range(51)]
    web.sign_in(MODERATOR)
    first = await web.get("/waitlist")
    assert entry_ids(first) == entries[:50] and '<a href="/waitlist?page=2" rel="next">' in first
    last = await web.get("/waitlist?page=2")
    assert entry_ids(last) == entries[50:] and '<a href="/waitlist?page=1" rel="prev">' in last
    assert entry_ids(await web.get("/waitlist?page=9")) == entries[50:]  # past the last page: the last
    for odd in ("0", "²", "-1", "x"):  # the first page, never an error
        assert entry_ids(await web.get(f"/waitlist?page={odd}")) == entries[:50]


async def test_an_empty_waitlist_says_so(web: Web) -> None:
    web.sign_in(MODERATOR)
    assert "Nobody is on the waitlist." in await web.get("/waitlist")


async def test_invite_sends_a_code_reserved_for_them_as_discords_button_does(web: Web, db: Database) -> None:
    entry_id = await joined(db)
    web.sign_in(MODERATOR)
    page = await web.post(f"/waitlist/{entry_id}/invite")
    invited = await entry(db, entry_id)
    assert (invited.status, invited.decided_by) == (EntryStatus.INVITED, MODERATOR)
    assert invited.code_display is not None
    assert f"Invited @Nico: code <code>{invited.code_display}</code> was sent to them." in page
    assert await codes_for(db, NEWCOMER) == [(MODERATOR, CodeKind.WAITLIST)]


async def test_decline_with_a_reason_records_it_cleaned_as_the_discord_form_does(web: Web, db: Database) -> None:
    entry_id = await joined(db)
    web.sign_in(MODERATOR)
    page = await web.post(f"/waitlist/{entry_id}/decline", reason=" not\nyet\u202e ")
    assert "Declined @Nico." in page and 'class="flash notice"' in page
    declined = await entry(db, entry_id)
    assert (declined.status, declined.decided_by, declined.reason) == (EntryStatus.DECLINED, MODERATOR, "not yet")
    assert await codes_for(db, NEWCOMER) == []


async def test_decline_without_a_reason(web: Web, db: Database) -> None:
    entry_id = await joined(db)
    web.sign_in(MODERATOR)
    await web.post(f"/waitlist/{entry_id}/decline")
    declined = await entry(db, entry_id)
    assert (declined.status, declined.reason) == (EntryStatus.DECLINED, None)


async def test_a_reason_over_the_limit_is_refused_and_nothing_changes(web: Web, db: Database) -> None:
    entry_id = await joined(db)
    web.sign_in(MODERATOR)
    page = await web.post(f"/waitlist/{entry_id}/decline", reason="x" * 501)
    assert 'class="flash error"' in page and "at most 500" in page
    assert (await entry(db, entry_id)).status is EntryStatus.WAITING


async def test_a_decision_on_a_decided_entry_says_who_decided(web: Web, db: Database, people: FakePeople) -> None:
    entry_id = await joined(db)
    people.join(601, MEMBER_ROLE, 30, name="Second")  # another moderator
    web.sign_in(MODERATOR)
    await web.post(f"/waitlist/{entry_id}/decline")
    web.sign_in(601)
    page = await web.post(f"/waitlist/{entry_id}/invite")
    assert 'class="flash error"' in page and "already declined by @Mo" in page
    assert (await entry(db, entry_id)).status is EntryStatus.DECLINED
    assert await codes_for(db, NEWCOMER) == []


@pytest.mark.parametrize("action", ["invite", "decline"])
async def test_someone_who_left_the_server_gets_no_decision_and_their_entry_closes(
    web: Web, db: Database, people: FakePeople, action: str
) -> None:
    entry_id = await joined(db)
    people.leave(NEWCOMER)
    web.sign_in(MODERATOR)
    page = await web.post(f"/waitlist/{entry_id}/{action}")
    assert 'class="flash error"' in page and "@Nico has left the server" in page
    gone = await entry(db, entry_id)
    assert (gone.status, gone.decided_by) == (EntryStatus.LEFT, None)  # no decline, so no cooldown
    assert await codes_for(db, NEWCOMER) == []


@pytest.mark.parametrize("action", ["invite", "decline"])
async def test_another_servers_entry_is_not_found_and_nothing_changes(web: Web, db: Database, action: str) -> None:
    changes = {"welcome_channel_id": WELCOME, "mod_channel_id": 11, "member_role_id": MEMBER_ROLE}
    await update_settings(db, OTHER_GUILD, DEFAULTS, changes, by=GUILD_ADMIN, command="setup", now=now())
    theirs = await joined(db, 900, guild_id=OTHER_GUILD)
    web.sign_in(MODERATOR)
    page = await web.post(f"/waitlist/{theirs}/{action}", status=404)
    assert "This waitlist entry no longer exists." in page
    assert (await entry(db, theirs, OTHER_GUILD)).status is EntryStatus.WAITING
    assert f"entry-{theirs}" not in await web.get("/waitlist")
    await web.post("/waitlist/99999/invite", status=404)


async def test_a_member_without_the_moderator_role_is_refused(web: Web, db: Database) -> None:
    entry_id = await joined(db)
    web.sign_in(MEMBER)
    assert "moderator" in (await web.get("/waitlist", status=403)).lower()
    await web.post(f"/waitlist/{entry_id}/invite", status=403)
    await web.post(f"/waitlist/{entry_id}/decline", status=403)
    assert (await entry(db, entry_id)).status is EntryStatus.WAITING


async def test_a_forged_decision_is_refused_and_changes_nothing(web: Web, db: Database) -> None:
    entry_id = await joined(db)
    web.sign_in(MODERATOR)
    for data in ({}, {"csrf": "forged"}):
        response = await web.client.post(f"/waitlist/{entry_id}/invite", data=data)
        assert response.status == 403
    assert (await entry(db, entry_id)).status is EntryStatus.WAITING
    assert await codes_for(db, NEWCOMER) == []


async def test_a_moderator_whose_role_was_removed_since_signing_in_is_refused(
    web: Web, db: Database, people: FakePeople
) -> None:
    entry_id = await joined(db)
    web.sign_in(MODERATOR)
    await web.get("/waitlist")
    people.join(MODERATOR, MEMBER_ROLE, name="Mo")  # the moderator role taken away in Discord
    await web.get("/waitlist", status=403)
    await web.post(f"/waitlist/{entry_id}/invite", status=403)
    assert (await entry(db, entry_id)).status is EntryStatus.WAITING
