"""The audit log begins with what a database already held: its migration writes the lines admissions had."""

import sqlite3
from contextlib import closing

from bot.core import audit_log
from bot.core.log_lines import AdmittedLine, DeniedLine, LeftLine
from bot.core.owed import encode
from bot.store.postgres.migrations import shipped as postgres_migrations
from bot.store.postgres.url import PostgresUrl
from bot.store.sqlite.migrations import shipped as sqlite_migrations
from tests.core.guild import GUILD, NOW, opened
from tests.databases import execute, rows

BEFORE = {"sqlite": 14, "postgres": 11}  # the schema before the dashboard's migration


def schema_before_the_dashboard(target, backend):
    if backend == "sqlite":
        with closing(sqlite3.connect(target)) as conn:
            for _, sql in sqlite_migrations()[: BEFORE[backend]]:
                conn.executescript(sql)
            conn.execute(f"PRAGMA user_version = {BEFORE[backend]}")
        return
    assert isinstance(target, PostgresUrl)
    execute(
        target,
        "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())",
    )
    for version, sql in postgres_migrations()[: BEFORE[backend]]:
        execute(target, sql)
        execute(target, "INSERT INTO schema_migrations (version) VALUES ($1)", version)


# (admission ID, newcomer, status, decided_by, decided_at, admitted_at)
ADMISSIONS = [
    (1, 901, "admitted", None, None, NOW + 50),  # approval off: nobody decided
    (2, 902, "denied", 7, NOW + 20, None),
    (3, 903, "left", 7, NOW + 30, None),  # approved, then gone before the roles: dated at the decision
    (4, 904, "left", None, None, None),  # gone while waiting: dated at the redemption
    (5, 905, "left", None, None, None),  # closed by a ban: never logged as left
    (6, 906, "awaiting_approval", None, None, None),  # nothing to log yet
    (7, 907, "admitted", 500, NOW + 5, NOW + 10),  # the inviter approved it themselves
]


async def test_the_migration_writes_each_closed_admissions_line_with_its_people(database_target, backend):
    schema_before_the_dashboard(database_target, backend)
    for admission_id, user_id, status, decided_by, decided_at, admitted_at in ADMISSIONS:
        execute(
            database_target,
            "INSERT INTO codes (id, guild_id, code, inviter_id, max_uses, uses, created_at, expires_at)"
            " VALUES ($1, $2, $3, 500, 1, 1, $4, $5)",
            admission_id, GUILD, f"CODE{admission_id:08d}", NOW, NOW + 86_400,
        )  # fmt: skip
        execute(
            database_target,
            "INSERT INTO admissions (id, guild_id, code_id, user_id, inviter_id, redeemed_at, approval_required,"
            " status, decided_by, decided_at, admitted_at) VALUES ($1, $2, $1, $3, 500, $4, 1, $5, $6, $7, $8)",
            admission_id, GUILD, user_id, NOW + admission_id, status, decided_by, decided_at, admitted_at,
        )  # fmt: skip
    execute(database_target, "INSERT INTO bans (guild_id, user_id, banned_at) VALUES ($1, 905, $2)", GUILD, NOW + 99)
    async with opened(database_target) as db:  # migrates
        entries = await audit_log.search(db, guild_id=GUILD)
        by_person = {p: [e.id for e in await audit_log.search(db, guild_id=GUILD, person=p)] for p in (7, 500, 902)}
    assert [(e.at, e.line) for e in entries] == [
        (NOW + 50, AdmittedLine(1)),
        (NOW + 30, LeftLine(3)),
        (NOW + 20, DeniedLine(2)),
        (NOW + 10, AdmittedLine(7)),
        (NOW + 4, LeftLine(4)),
    ]  # in the order of their times, newest first
    stored = rows(database_target, "SELECT kind, payload FROM audit_log ORDER BY id")
    oldest_first = (LeftLine(4), AdmittedLine(7), DeniedLine(2), LeftLine(3), AdmittedLine(1))
    assert stored == [encode(line) for line in oldest_first]
    assert all(e.admission is not None and e.admission.id == e.line.admission_id for e in entries)
    ids = {e.line.admission_id: e.id for e in entries}
    assert by_person == {7: [ids[3], ids[2]], 500: [e.id for e in entries], 902: [ids[2]]}
    # The inviter who decided is one person once.
    assert rows(database_target, "SELECT COUNT(*) FROM audit_people WHERE entry_id = $1", ids[7]) == [(2,)]
