"""The moderators' queue on the web (SPEC 16): what each request message shows, and Approve and Deny as the same
decisions as Discord's buttons (what Discord then shows: tests/web/test_decisions_in_discord.py)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from markupsafe import escape

from bot.clock import now
from bot.core import admissions, deliveries, invites, redemptions, suspensions
from bot.core.admissions import Admission, AdmissionStatus
from bot.core.owed import DirectMessage, GrantRoles, ShowRequest
from bot.core.people import Newcomer
from bot.core.questions import Answered, digest
from bot.core.redemptions import Redemption
from bot.core.repositories import Database
from bot.core.settings import set_questions, update_settings
from tests.core.guild import ADMIN as GUILD_ADMIN
from tests.core.guild import DEFAULTS, GUILD, MEMBER_ROLE, WELCOME, configure, member
from tests.web.conftest import MEMBER, MODERATOR, NEWCOMER, OTHER_GUILD, FakePeople, Web

ATTACK = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'


@pytest.fixture(autouse=True)
async def approval_on(db: Database) -> None:
    await configure(db, approval=True)


async def request_of(
    db: Database, user_id: int = NEWCOMER, *, note: str | None = None, guild_id: int = GUILD, **redeeming: Any
) -> int:
    """A newcomer redeems a fresh code of MEMBER's: the admission now awaiting a moderator, by ID."""
    at = now()
    created = await invites.create_code(
        db, guild_id=guild_id, member=member(MEMBER), defaults=DEFAULTS, now=at, note=note
    )
    redemption = await redemptions.redeem(
        db,
        guild_id=guild_id,
        channel_id=WELCOME,
        newcomer=Newcomer(user_id, f"user{user_id}", frozenset()),
        code_text=created.code.display,
        defaults=DEFAULTS,
        now=at,
        **redeeming,
    )
    assert isinstance(redemption, Redemption) and redemption.admission.status is AdmissionStatus.AWAITING_APPROVAL
    return redemption.admission.id


async def admission(db: Database, admission_id: int, guild_id: int = GUILD) -> Admission:
    return await admissions.get_admission(db, guild_id=guild_id, admission_id=admission_id)


async def owed_since(db: Database, admission_id: int, before: set[int]) -> list[type]:
    """What the admission has been owed since `before` (the IDs of its deliveries then), in order."""
    owed = await deliveries.owed_for(db, admission_id=admission_id)
    return [type(delivery.owed) for delivery in owed if delivery.id not in before]


async def owed_ids(db: Database, admission_id: int) -> set[int]:
    return {delivery.id for delivery in await deliveries.owed_for(db, admission_id=admission_id)}


def request_ids(page: str) -> list[int]:
    """The requests a page shows, in its order."""
    return [int(number) for number in re.findall(r'<h2 id="request-(\d+)">', page)]


def facts_of(page: str, admission_id: int) -> str:
    """The facts listed for one request."""
    found = re.search(rf'<h2 id="request-{admission_id}">.*?<dl class="facts">(.*?)</dl>', page, re.DOTALL)
    assert found is not None, page
    return found.group(1)


async def test_the_queue_shows_what_the_request_message_shows(web: Web, db: Database) -> None:
    question = "Why here?"
    await set_questions(db, GUILD, DEFAULTS, [question], opened_on=digest(()), by=GUILD_ADMIN, now=now())
    answers = Answered(asked=digest([question]), typed=("I like <b>gates</b>",))
    request_id = await request_of(db, note="my cousin", answers=answers)
    web.sign_in(MODERATOR)
    page = await web.get("/queue")
    assert f"Admission request #{request_id}" in page and "awaiting approval" in page
    facts = facts_of(page, request_id)
    for name, value in [
        ("Newcomer", "@Nico"),  # the mention, named
        ("Invited by", "@Mia"),
        ("Inviter&#39;s note", "my cousin"),
        ("Inviter&#39;s record", "@Mia: 0 admitted, 0 denied, 0 left, 0 banned"),
        ("Signals", "Account age:"),
        (question, "I like &lt;b&gt;gates&lt;/b&gt;"),
    ]:
        assert re.search(rf"<dt>{re.escape(name)}</dt>\s*<dd>[^<]*{re.escape(value)}", facts), (name, facts)
    assert f"<code>{NEWCOMER}</code>" in facts  # the ID in a code span, as in Discord
    assert f'action="/queue/{request_id}/approve"' in page and ">Approve</button>" in page
    assert f'action="/queue/{request_id}/deny"' in page and ">Deny</button>" in page


async def test_the_queue_shows_the_holds_and_the_inviters_suspension(web: Web, db: Database) -> None:
    denied = await request_of(db)
    await admissions.decide(
        db, guild_id=GUILD, admission_id=denied, moderator_id=MODERATOR, approve=False, reason=None, now=now()
    )
    again = await request_of(db)  # the same newcomer, with another code
    await suspensions.suspend(db, guild_id=GUILD, user_id=MEMBER, by=GUILD_ADMIN, reason=None, branch=False, now=now())
    web.sign_in(MODERATOR)
    page = await web.get("/queue")
    assert request_ids(page) == [again]
    facts = facts_of(page, again)
    assert "1 earlier request on this server, 1 denied" in facts
    assert "<dt>Needs a moderator because</dt>" in facts and "An earlier request of theirs on this server" in facts
    assert "<dt>⚠️ Inviter suspended</dt>" in facts and "The member who invited them was suspended" in facts


async def test_a_note_and_an_answer_holding_html_are_shown_as_text(web: Web, db: Database) -> None:
    question = "Anything else? (optional)"
    await set_questions(db, GUILD, DEFAULTS, [question], opened_on=digest(()), by=GUILD_ADMIN, now=now())
    await request_of(db, note=ATTACK, answers=Answered(asked=digest([question]), typed=(ATTACK,)))
    web.sign_in(MODERATOR)
    page = await web.get("/queue")
    assert "<script>" not in page and "<img" not in page
    assert page.count(str(escape(ATTACK))) == 2  # the note, the answer: each as typed


@pytest.mark.parametrize("note", ["[click](https://example.com) *now*", "> quoted_text ~x~ | #1", "a \\ b"])
async def test_a_note_is_shown_as_typed_whatever_markdown_it_holds(web: Web, db: Database, note: str) -> None:
    """Discord shows it as typed (escaped for Discord, cogs/_shared/markup.escaped): so does the page."""
    request_id = await request_of(db, note=note)
    web.sign_in(MODERATOR)
    facts = facts_of(await web.get("/queue"), request_id)
    assert f"<dt>Inviter&#39;s note</dt>\n  <dd>{escape(note)}</dd>" in facts


async def test_the_queue_is_in_the_readers_language(web: Web, db: Database) -> None:
    request_id = await request_of(db)
    web.sign_in(MODERATOR, locale="de")
    page = await web.get("/queue")
    assert '<html lang="de">' in page
    assert f"Beitrittsanfrage #{request_id}" in page and ">Annehmen</button>" in page and ">Ablehnen</button>" in page


async def test_requests_awaiting_a_decision_come_first_and_approved_ones_have_no_buttons(
    web: Web, db: Database, people: FakePeople
) -> None:
    approved = await request_of(db, 801)
    waiting = await request_of(db, 802)
    await admissions.decide(
        db, guild_id=GUILD, admission_id=approved, moderator_id=MODERATOR, approve=True, reason=None, now=now()
    )
    web.sign_in(MODERATOR)
    page = await web.get("/queue")
    assert request_ids(page) == [waiting, approved]
    assert "roles pending" in page and "being granted in Discord" in page
    assert f"/queue/{approved}/" not in page and f"/queue/{waiting}/approve" in page
    assert "Approved by @Mo" in facts_of(page, approved)
    assert "2 requests are open." in page


async def test_an_empty_queue_says_so(web: Web) -> None:
    web.sign_in(MODERATOR)
    assert "No request is waiting for a moderator." in await web.get("/queue")


async def test_approve_is_the_same_decision_as_discords_button(web: Web, db: Database) -> None:
    request_id = await request_of(db)
    before = await owed_ids(db, request_id)  # the request's first posting
    web.sign_in(MODERATOR)
    page = await web.post(f"/queue/{request_id}/approve")
    assert f"Approved: request #{request_id} from @Nico." in page and 'class="flash notice"' in page
    decided = await admission(db, request_id)
    assert (decided.status, decided.decided_by, decided.reason) == (AdmissionStatus.ROLES_PENDING, MODERATOR, None)
    # What Discord is owed, committed with it, as after the button: the roles, the request's new look, the DM.
    assert await owed_since(db, request_id, before) == [GrantRoles, ShowRequest, DirectMessage]
    assert f"/queue/{request_id}/approve" not in page  # the page it went back to: decided


async def test_deny_with_a_reason_records_it_cleaned_as_the_discord_form_does(web: Web, db: Database) -> None:
    request_id = await request_of(db)
    before = await owed_ids(db, request_id)
    web.sign_in(MODERATOR)
    page = await web.post(f"/queue/{request_id}/deny", reason="  not now,\nsorry\u200e ")
    assert f"Denied: request #{request_id} from @Nico." in page
    decided = await admission(db, request_id)
    assert (decided.status, decided.decided_by, decided.reason) == (AdmissionStatus.DENIED, MODERATOR, "not now, sorry")
    assert await owed_since(db, request_id, before) == [ShowRequest, DirectMessage]


async def test_deny_without_a_reason(web: Web, db: Database) -> None:
    request_id = await request_of(db)
    web.sign_in(MODERATOR)
    await web.post(f"/queue/{request_id}/deny", reason="   ")
    decided = await admission(db, request_id)
    assert (decided.status, decided.reason) == (AdmissionStatus.DENIED, None)


async def test_a_reason_over_the_limit_is_refused_and_nothing_changes(web: Web, db: Database) -> None:
    request_id = await request_of(db)
    web.sign_in(MODERATOR)
    page = await web.post(f"/queue/{request_id}/deny", reason="x" * 501)
    assert 'class="flash error"' in page and "at most 500" in page
    assert (await admission(db, request_id)).status is AdmissionStatus.AWAITING_APPROVAL


async def test_a_decision_on_a_decided_request_says_who_decided(web: Web, db: Database, people: FakePeople) -> None:
    request_id = await request_of(db)
    people.join(601, MEMBER_ROLE, 30, name="Second")  # another moderator
    web.sign_in(MODERATOR)
    await web.post(f"/queue/{request_id}/deny", reason="spam")
    web.sign_in(601)
    page = await web.post(f"/queue/{request_id}/approve")
    assert 'class="flash error"' in page and "already denied by @Mo" in page
    decided = await admission(db, request_id)
    assert (decided.status, decided.decided_by, decided.reason) == (AdmissionStatus.DENIED, MODERATOR, "spam")


async def other_guilds_request(db: Database) -> int:
    at = now()
    changes = {"welcome_channel_id": WELCOME, "mod_channel_id": 11, "member_role_id": MEMBER_ROLE, "approval": True}
    await update_settings(db, OTHER_GUILD, DEFAULTS, changes, by=GUILD_ADMIN, command="setup", now=at)
    return await request_of(db, 900, guild_id=OTHER_GUILD)


@pytest.mark.parametrize("action", ["approve", "deny"])
async def test_another_servers_request_is_not_found_and_nothing_changes(web: Web, db: Database, action: str) -> None:
    theirs = await other_guilds_request(db)
    web.sign_in(MODERATOR)
    page = await web.post(f"/queue/{theirs}/{action}", status=404, reason="x")
    assert "That admission request does not exist on this server." in page
    assert (await admission(db, theirs, OTHER_GUILD)).status is AdmissionStatus.AWAITING_APPROVAL
    assert f"request-{theirs}" not in await web.get("/queue")
    await web.post("/queue/99999/approve", status=404)
    await web.post("/queue/abc/approve", status=404)  # not an ID at all: no such page


async def test_a_member_without_the_moderator_role_is_refused(web: Web, db: Database) -> None:
    request_id = await request_of(db)
    web.sign_in(MEMBER)
    assert "moderator" in (await web.get("/queue", status=403)).lower()
    await web.post(f"/queue/{request_id}/approve", status=403)
    await web.post(f"/queue/{request_id}/deny", status=403, reason="no")
    assert (await admission(db, request_id)).status is AdmissionStatus.AWAITING_APPROVAL


async def test_a_forged_decision_is_refused_and_changes_nothing(web: Web, db: Database) -> None:
    request_id = await request_of(db)
    web.sign_in(MODERATOR)
    for data in ({}, {"csrf": "forged"}):
        response = await web.client.post(f"/queue/{request_id}/approve", data=data)
        assert response.status == 403
    assert (await admission(db, request_id)).status is AdmissionStatus.AWAITING_APPROVAL


async def test_a_moderator_whose_role_was_removed_since_signing_in_is_refused(
    web: Web, db: Database, people: FakePeople
) -> None:
    request_id = await request_of(db)
    web.sign_in(MODERATOR)
    await web.get("/queue")
    people.join(MODERATOR, MEMBER_ROLE, name="Mo")  # the moderator role taken away in Discord
    await web.get("/queue", status=403)
    await web.post(f"/queue/{request_id}/approve", status=403)
    assert (await admission(db, request_id)).status is AdmissionStatus.AWAITING_APPROVAL
