"""The admins' settings page (SPEC 16): what /gate settings shows, and the /gate policy form, saved by the same
core call with the same refusals, logged as made on the dashboard, and never silently over another admin's."""

from __future__ import annotations

import dataclasses

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.core.log_lines import SettingsLine
from bot.core.policy import Returning
from bot.core.repositories import Database, Transaction
from bot.core.settings import FROM_DASHBOARD, POLICY_KEYS, GuildSettings, get_settings, update_settings
from bot.i18n.catalogs import english
from bot.web.app import make_app
from bot.web.pages.settings import DESCRIPTIONS, RETURNING_WORDS
from cogs._shared.log_text import log_text
from tests.core.guild import DEFAULTS, GUILD, NOW
from tests.web.conftest import ADMIN, MEMBER, MODERATOR, OTHER_GUILD, FakePeople, Web
from tests.web.forms import form_fields

LOG_CHANNEL = 12


async def settings(db: Database, guild_id: int = GUILD) -> GuildSettings:
    return await get_settings(db, guild_id, DEFAULTS)


async def settings_lines(db: Database) -> list[SettingsLine]:
    """The settings lines owed to the log channel."""

    async def read(tx: Transaction) -> list[SettingsLine]:
        due = await tx.deliveries.claim_due(carrier="test", now=NOW * 2, lease_until=NOW * 2 + 60, limit=100)
        return [delivery.owed for delivery in due if isinstance(delivery.owed, SettingsLine)]

    return await db.transaction(read)


async def with_log_channel(db: Database) -> None:
    await update_settings(db, GUILD, DEFAULTS, {"log_channel_id": LOG_CHANNEL}, by=ADMIN, command="setup", now=NOW)
    await settings_lines(db)  # the setup's own line, out of the way


async def policy_form(web: Web) -> dict[str, str]:
    return form_fields(await web.get("/admin/settings"), "/admin/settings")


def test_every_policy_key_has_a_field_with_its_options_words() -> None:
    assert list(DESCRIPTIONS) == list(POLICY_KEYS)
    assert set(RETURNING_WORDS) == set(Returning)


async def test_an_admin_sees_what_gate_settings_shows(web: Web, db: Database) -> None:
    await update_settings(db, GUILD, DEFAULTS, {"approval": True}, by=ADMIN, command="policy", now=NOW)
    web.sign_in(ADMIN)
    page = await web.get("/admin/settings")
    assert "<h1>Settings</h1>" in page
    assert "Welcome channel: #10" in page and "Member role: @20" in page and "Moderator role: @30" in page
    assert "Log channel: not set" in page and "English (the server" in page
    assert "Approval: on<" in page  # set by an admin: not marked as the default
    assert "Max uses per code: 5 (default)" in page
    assert "None: every member has the default quota." in page
    form = await policy_form(web)
    assert form["approval"] == "on" and form["invites_per_member"] == "3" and form["returning"] == "approve"
    assert set(form) >= {"csrf", "shown", "kick_after_hours", "waitlist", "min_account_age_days"}


async def test_channels_and_roles_are_named_as_discord_names_them(
    web: Web, people: FakePeople, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = {10: "welcome", 20: "Members", 30: "Mods <b>"}
    monkeypatch.setattr(people, "channel_name", lambda guild_id, channel_id: names.get(channel_id))
    monkeypatch.setattr(people, "role_name", lambda guild_id, role_id: names.get(role_id))
    web.sign_in(ADMIN)
    page = await web.get("/admin/settings")
    assert "Welcome channel: #welcome" in page and "Member role: @Members" in page
    assert "Moderator role: @Mods &lt;b&gt;" in page and "Moderator channel: #11" in page  # escaped; unknown: the ID


async def test_a_change_is_saved_and_logged_as_made_on_the_dashboard(web: Web, db: Database) -> None:
    await with_log_channel(db)
    web.sign_in(ADMIN)
    form = await policy_form(web)
    page = await web.post("/admin/settings", **{**form, "approval": "on", "invites_per_member": "7"})
    after = await settings(db)
    assert after.policy.approval and after.policy.invites_per_member == 7
    assert {"approval", "invites_per_member"} <= after.overridden
    assert "max_uses_per_code" not in after.overridden  # left as it was: not made an override
    assert 'class="flash notice"' in page and "approval: off → on" in page and "invites_per_member: 3 → 7" in page
    [line] = await settings_lines(db)
    assert (line.by, line.command) == (ADMIN, FROM_DASHBOARD)
    assert line.changes == (("invites_per_member", 3, 7), ("approval", False, True))
    text = log_text(english(), line, None, web.site.catalogs)
    assert text.startswith(f"⚙️ <@{ADMIN}> changed settings on the dashboard: ")
    by_command = log_text(english(), dataclasses.replace(line, command="policy"), None, web.site.catalogs)
    assert by_command.startswith(f"⚙️ <@{ADMIN}> changed settings with /gate policy: ")


async def test_a_value_out_of_range_is_refused_naming_it_and_nothing_is_saved(web: Web, db: Database) -> None:
    await with_log_channel(db)
    web.sign_in(ADMIN)
    form = await policy_form(web)
    page = await web.post("/admin/settings", **{**form, "approval": "on", "code_ttl_days": "31"})
    assert 'class="flash error"' in page and "<code>code_ttl_days</code> must be a whole number from 1 to 30" in page
    page = await web.post("/admin/settings", **{**form, "approval": "on", "max_uses_per_code": "lots"})
    assert 'class="flash error"' in page and "max_uses_per_code" in page
    page = await web.post("/admin/settings", **{**form, "returning": "whatever"})
    assert 'class="flash error"' in page and "<code>returning</code> must be one of the choices" in page
    assert (await settings(db)).overridden == frozenset()
    assert await settings_lines(db) == []


async def test_changing_nothing_is_told_so_and_logs_nothing(web: Web, db: Database) -> None:
    await with_log_channel(db)
    web.sign_in(ADMIN)
    page = await web.post("/admin/settings", **await policy_form(web))
    assert "Nothing was saved: the form holds the settings already in effect." in page
    assert (await settings(db)).overridden == frozenset()
    assert await settings_lines(db) == []


async def test_a_form_opened_before_another_admins_change_saves_nothing(
    web: Web, db: Database, people: FakePeople
) -> None:
    people.join(701, admin=True, name="Bea")
    web.sign_in(ADMIN)
    stale = await policy_form(web)
    web.sign_in(701)
    await web.post("/admin/settings", **{**await policy_form(web), "invites_per_member": "9"})
    web.sign_in(ADMIN)
    page = await web.post("/admin/settings", **{**stale, "approval": "on"})
    assert 'class="flash error"' in page and "Another admin changed the policy" in page
    after = await settings(db)
    assert after.policy.invites_per_member == 9 and not after.policy.approval  # theirs kept; nothing of the stale form
    assert form_fields(page, "/admin/settings")["invites_per_member"] == "9"  # the page shows theirs


async def test_the_waiting_rooms_timers_need_the_members_intent(web: Web, db: Database) -> None:
    web.sign_in(ADMIN)
    form = await policy_form(web)
    page = await web.post("/admin/settings", **{**form, "kick_after_hours": "48"})
    assert 'class="flash error"' in page and "Server Members Intent" in page
    assert (await settings(db)).policy.kick_after_hours == 0
    site = dataclasses.replace(web.site, members_intent=True)
    async with TestClient(TestServer(make_app(site))) as client:
        with_intent = Web(client, site)
        with_intent.sign_in(ADMIN)
        await with_intent.post("/admin/settings", **{**form, "kick_after_hours": "48"})
    assert (await settings(db)).policy.kick_after_hours == 48


@pytest.mark.parametrize("user_id", [MEMBER, MODERATOR])
async def test_only_admins_open_or_change_settings(web: Web, db: Database, user_id: int) -> None:
    web.sign_in(ADMIN)
    form = await policy_form(web)
    web.sign_in(user_id)
    assert "<h1>" in await web.get("/admin/settings", status=403)
    await web.post("/admin/settings", status=403, **{**form, "approval": "on"})
    assert not (await settings(db)).policy.approval


async def test_a_forged_change_is_refused_and_saves_nothing(web: Web, db: Database) -> None:
    web.sign_in(ADMIN)
    form = await policy_form(web)
    for token in ("", "forged"):
        response = await web.client.post("/admin/settings", data={**form, "csrf": token, "approval": "on"})
        assert response.status == 403
    assert not (await settings(db)).policy.approval


async def test_an_admin_of_another_server_changes_only_theirs(web: Web, db: Database, people: FakePeople) -> None:
    people.join(ADMIN, admin=True, guild_id=OTHER_GUILD)
    web.sign_in(ADMIN, guild_id=OTHER_GUILD)
    page = await web.get("/admin/settings")
    assert "Welcome channel: not set" in page  # the other server is not set up: nothing of GUILD's shows
    await web.post("/admin/settings", **{**form_fields(page, "/admin/settings"), "approval": "on"})
    assert (await settings(db, OTHER_GUILD)).policy.approval
    assert not (await settings(db)).policy.approval
