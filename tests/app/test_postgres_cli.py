"""The command line on PostgreSQL, as an operator moving to it meets it: migrate, copy-db, backup, errors.

copy-db is tried on a SQLite database written by this version through its own use cases (codes of each
kind, admissions in every state, deliveries owed, lockouts, settings), and the bot carries on from the copy.
"""

import os
import sqlite3
from pathlib import Path

import pytest

from bot.core import (
    admissions,
    bans,
    invites,
    quotas,
    redemptions,
    suspensions,
    waitlist,
    waitlist_decisions,
    waitlist_joining,
)
from bot.core.codes import ReservationById, ReservationByUsername
from bot.core.dashboard_links import issue_link
from bot.core.people import Newcomer
from bot.core.redemptions import CodeRefused
from bot.store import open_database
from bot.store.postgres.copy_db import TABLES
from bot.store.postgres.migrations import shipped
from bot.store.postgres.url import PostgresUrl
from tests.app.test_cli import cli
from tests.core.guild import DEFAULTS, GUILD, NOW, WELCOME, configure, member, opened
from tests.databases import execute, new_postgres_database, rows

_made = iter(range(1, 1_000_000))


@pytest.fixture
async def url(postgres) -> PostgresUrl:
    """A new, empty PostgreSQL database."""
    name = f"doorman_cli_{os.getpid()}_{next(_made)}"
    await new_postgres_database(postgres.base, name)
    return PostgresUrl(postgres.url(name))


@pytest.fixture
def config(tmp_path: Path, url: PostgresUrl) -> Path:
    path = tmp_path / "doorman.toml"
    path.write_text(f'[bot]\ndatabase = "{url.dsn}"\n', encoding="utf-8")
    return path


def newcomer(i: int, joined_at: int | None = None) -> Newcomer:
    person = f"guest{i}"
    return Newcomer(900 + i, person, frozenset(), locale="pt-BR", has_avatar=i % 2 == 0, joined_at=joined_at)


async def redeem(db, code: str, i: int):
    return await redemptions.redeem(
        db, guild_id=GUILD, channel_id=WELCOME, newcomer=newcomer(i), code_text=code, defaults=DEFAULTS, now=NOW
    )


async def lived_in(path: Path) -> dict[str, str]:
    """A SQLite database as this version leaves it after some use; the codes still to redeem, by what they are."""
    async with opened(path) as db:
        await configure(db, approval=True, invites_per_member=50, max_uses_per_code=5, language="ja")
        await quotas.set_grant(db, guild_id=GUILD, member=member(501), amount=2, defaults=DEFAULTS, by=1, now=NOW)

        async def create(**options):
            return (
                await invites.create_code(db, guild_id=GUILD, member=member(), defaults=DEFAULTS, now=NOW, **options)
            ).code

        spare = await create(uses=3, note="for the book club")
        await create(for_user=ReservationById(123_456_789_012_345_678))
        await create(for_user=ReservationByUsername("carol"))
        waiting = (await redeem(db, (await create()).display, 1)).admission
        approved = (await redeem(db, (await create()).display, 2)).admission
        denied = (await redeem(db, (await create()).display, 3)).admission
        for admission, approve in ((approved, True), (denied, False)):
            await admissions.decide(
                db, guild_id=GUILD, admission_id=admission.id, moderator_id=7, approve=approve, reason="no", now=NOW
            )
        for _ in range(3):
            with pytest.raises(CodeRefused):
                await redeem(db, "AAAA-AAAA-AAAA", 4)
        revoked = await create()
        await invites.revoke_code(db, guild_id=GUILD, code_text=revoked.display, by_user=1, as_admin=True, now=NOW)
        for i in (5, 6):  # two on the waitlist: one still waiting, one declined
            await waitlist_joining.join(
                db, guild_id=GUILD, channel_id=WELCOME, person=newcomer(i), about="hi", defaults=DEFAULTS, now=NOW
            )
        [_, declined] = await waitlist.open_entries(db, guild_id=GUILD)
        await waitlist_decisions.decline(db, guild_id=GUILD, entry_id=declined.id, moderator_id=7, reason="no", now=NOW)
        await bans.member_banned(db, guild_id=GUILD, user_id=approved.user_id, now=NOW)
        await suspensions.suspend(db, guild_id=GUILD, user_id=900, by=1, reason="spam", branch=False, now=NOW)
        await suspensions.suspend(db, guild_id=GUILD, user_id=901, by=1, reason=None, branch=False, now=NOW)
        await suspensions.unsuspend(db, guild_id=GUILD, user_id=901, by=1, now=NOW)  # kept, as lifted
        # Someone admitted who left and came back without a code: held for a moderator (returning = approve).
        first = (await redeem(db, (await create()).display, 7)).admission
        await admissions.decide(
            db, guild_id=GUILD, admission_id=first.id, moderator_id=7, approve=True, reason=None, now=NOW
        )
        await db.transaction(lambda tx: admissions.roles_granted(tx, first.id, NOW))
        await redemptions.redeem(
            db, guild_id=GUILD, channel_id=WELCOME, newcomer=newcomer(7, joined_at=NOW + 5), code_text=None,
            defaults=DEFAULTS, now=NOW + 10,
        )  # fmt: skip
        await issue_link(db, guild_id=GUILD, user_id=1, locale="ja", now=NOW)  # a secret for 10 minutes: not copied
    return {"spare": spare.display, "waiting": str(waiting.id)}


def everything(target, table: str) -> list[tuple]:
    return sorted(rows(target, f"SELECT * FROM {table}"), key=repr)


async def test_copy_db_copies_every_row_verifies_the_counts_and_the_bot_carries_on(tmp_path, config, url):
    source = tmp_path / "old.db"
    left = await lived_in(source)
    done = cli("copy-db", str(source), "--config", str(config), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "verified the row counts" in done.stdout and "codes 8," in done.stdout
    for table in TABLES:
        assert everything(url, table) == everything(source, table), table
    assert rows(url, "SELECT language FROM guild_settings") == [("ja",)]
    assert len(everything(url, "user_locales")) == 6  # the newcomers who redeemed or joined the waitlist
    assert sorted(row[5] for row in everything(url, "waitlist")) == ["declined", "waiting"]
    assert everything(url, "bans") == [(GUILD, newcomer(2).user_id, NOW)]
    assert everything(url, "lifted_suspensions") == [(GUILD, 901, NOW, 1, NOW, 1)]
    came_back = rows(url, "SELECT has_avatar, holds, came_back FROM admissions WHERE came_back = 1")
    assert came_back == [(0, "returning", 1)]
    logged = {kind for (kind,) in rows(url, "SELECT kind FROM audit_log")}
    assert {"settings_line", "grant_line", "denied_line", "revoked_line", "waitlist_declined_line"} <= logged
    assert {"banned_line", "suspended_line", "unsuspended_line", "admitted_line"} <= logged
    assert rows(url, "SELECT COUNT(*) FROM audit_people") == rows(source, "SELECT COUNT(*) FROM audit_people")
    assert len(everything(source, "dashboard_links")) == 1 and everything(url, "dashboard_links") == []
    async with opened(url) as db:
        # A code made on SQLite redeems on PostgreSQL; new rows take IDs after the copied ones.
        admitted = (await redeem(db, left["spare"], 10)).admission
        assert admitted.id > int(left["waiting"]) + 1
        # A request waiting on SQLite is decided on PostgreSQL.
        decided = await admissions.decide(
            db, guild_id=GUILD, admission_id=int(left["waiting"]), moderator_id=7, approve=True, reason=None, now=NOW
        )
        assert decided.decided_by == 7
        created = await invites.create_code(db, guild_id=GUILD, member=member(), defaults=DEFAULTS, now=NOW)
        [(largest,)] = rows(source, "SELECT MAX(id) FROM codes")
        assert created.code.id > largest
        # Someone waiting on SQLite is invited on PostgreSQL; someone new joins after the copied entries.
        [entry] = [e for e in await waitlist.open_entries(db, guild_id=GUILD) if e.user_id == newcomer(5).user_id]
        invited = await waitlist_decisions.invite(
            db, guild_id=GUILD, entry_id=entry.id, moderator_id=7, defaults=DEFAULTS, now=NOW
        )
        assert invited.entry.code_id == invited.code.id
        joined = await waitlist_joining.join(
            db, guild_id=GUILD, channel_id=WELCOME, person=newcomer(8), about=None, defaults=DEFAULTS, now=NOW
        )
        assert joined.entry.id == 3
    # The moderator's Invite and the new entry above were logged after the copied lines.
    [(copied,)] = rows(source, "SELECT MAX(id) FROM audit_log")
    logged = rows(url, "SELECT kind FROM audit_log WHERE id > $1 ORDER BY id", copied)
    assert logged == [("waitlist_invited_line",), ("waitlist_joined_line",)]


async def test_copy_db_refuses_a_database_that_is_not_empty_and_keeps_it(tmp_path, config, url):
    source = tmp_path / "old.db"
    await lived_in(source)
    async with opened(url) as db:
        await configure(db)
    before = everything(url, "guild_settings")
    done = cli("copy-db", str(source), "--config", str(config), cwd=tmp_path)
    assert done.returncode == 2 and "not empty" in done.stderr and "Traceback" not in done.stderr
    assert everything(url, "guild_settings") == before and everything(url, "codes") == []


def test_copy_db_refuses_a_sqlite_path_that_is_no_file_and_creates_nothing(tmp_path, config):
    done = cli("copy-db", str(tmp_path / "missing.db"), "--config", str(config), cwd=tmp_path)
    assert done.returncode == 2 and "missing.db is not a SQLite database file" in done.stderr
    assert not (tmp_path / "missing.db").exists()


def test_copy_db_into_sqlite_says_it_copies_into_postgresql(tmp_path):
    (tmp_path / "doorman.toml").write_text('[bot]\ndatabase = "d.db"\n', encoding="utf-8")
    sqlite3.connect(tmp_path / "old.db").close()
    done = cli("copy-db", "old.db", cwd=tmp_path)
    assert done.returncode == 2 and "postgresql://" in done.stderr


def test_migrate_applies_every_migration_once_and_again_changes_nothing(tmp_path, config, url):
    for _ in range(2):
        done = cli("migrate", "--config", str(config), cwd=tmp_path)
        assert done.returncode == 0, done.stderr
    assert rows(url, "SELECT version FROM schema_migrations ORDER BY version") == [
        (version,) for version, _ in shipped()
    ]


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path, config, url):
    assert cli("migrate", "--config", str(config), cwd=tmp_path).returncode == 0
    execute(url, "INSERT INTO schema_migrations (version) VALUES ($1)", len(shipped()) + 5)
    done = cli("migrate", "--config", str(config), cwd=tmp_path)
    assert done.returncode == 2 and f"schema version {len(shipped()) + 5}" in done.stderr
    assert "Traceback" not in done.stderr


def test_an_unreachable_server_is_one_line_naming_it_without_its_password(tmp_path):
    secret = "postgresql://doorman:hunter2@/doorman?host=/nonexistent-socket-folder"
    (tmp_path / "doorman.toml").write_text(f'[bot]\ndatabase = "{secret}"\n', encoding="utf-8")
    done = cli("migrate", cwd=tmp_path)
    assert done.returncode == 2 and "cannot use the database postgresql://doorman:***@" in done.stderr
    assert "hunter2" not in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_backup_of_postgresql_says_to_use_pg_dump(tmp_path, config):
    done = cli("backup", str(tmp_path / "copy.db"), "--config", str(config), cwd=tmp_path)
    assert done.returncode == 2 and "pg_dump" in done.stderr and not (tmp_path / "copy.db").exists()


def test_check_config_hides_the_urls_password(tmp_path):
    (tmp_path / "doorman.toml").write_text(
        '[bot]\ndatabase = "postgresql://doorman:hunter2@db.example/doorman"\nshard_count = 4\nshard_ids = [1, 3]\n',
        encoding="utf-8",
    )
    done = cli("check-config", cwd=tmp_path)
    assert done.returncode == 0 and "hunter2" not in done.stdout
    assert (
        "postgresql://doorman:***@db.example/doorman" in done.stdout
        and '"shard_ids": [\n      1,\n      3' in done.stdout
    )


async def test_the_bot_opens_postgresql_as_it_opens_sqlite(url):
    db = await open_database(url)
    try:
        assert await invites.list_guild_codes(db, guild_id=GUILD, inviter_id=None, now=NOW) == []
    finally:
        await db.close()


async def test_copy_db_refuses_a_value_postgresql_would_change_naming_the_column(tmp_path, config, url):
    source = tmp_path / "old.db"
    await lived_in(source)
    execute(source, "UPDATE codes SET uses = 1.5 WHERE id = 1")  # only a hand edit could write this
    done = cli("copy-db", str(source), "--config", str(config), cwd=tmp_path)
    assert done.returncode == 2 and "codes" in done.stderr and "uses" in done.stderr
    assert "Traceback" not in done.stderr and everything(url, "codes") == []
