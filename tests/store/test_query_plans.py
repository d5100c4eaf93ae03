"""The queries the bot runs use indexes, so they cost the same at a million codes as at a thousand.

Measured in issue #3: without the inviter index one lookup at 1M codes took 169 ms; with it 40 µs.
These tests read SQLite's plan for the production statements themselves: the named hot queries of
the store, and every statement a whole day of use cases actually sends (traced as they run).
"""

import sqlite3
from functools import partial

import pytest

from bot.core import admissions, deliveries, invites, quotas, redemptions
from bot.core.people import Newcomer
from bot.core.posts import Posted
from bot.store.sql import admissions as admission_rows
from bot.store.sql import attempts, bans, codes
from bot.store.sql import tree as tree_rows
from bot.store.sql import waitlist as waitlist_rows
from bot.store.sqlite.connection import named
from tests.core.guild import DEFAULTS, GUILD, NOW, WELCOME, configure, member, opened

# The per-member reads must not touch the table at all: a member's rows sit together only in a
# covering index, while in the table they are scattered across pages (issue #6: 1.27x slower at 1M).
COVERING = {
    "quota": (codes.SPENDING, (GUILD, 500, NOW)),
    "created since": (codes.CREATED_SINCE, (GUILD, 500, NOW)),
    "list": (codes.OF_INVITER, (GUILD, 500)),
    "redeemers": (codes.REDEEMERS_OF_INVITER, (GUILD, 500)),
}
# Lookups of one code, one person or one guild's recent failures: the index, with every column the query fixes.
INDEXED = {
    "claim": (codes.BY_TEXT, ("7KQ27KQ27KQ2", GUILD), "sqlite_autoindex_codes_1 (code=?)"),
    "open admission": (admission_rows.OPEN_OF_USER, (GUILD, 1), "admissions_one_open (guild_id=? AND user_id=?)"),
    # The moderators' queue, on Discord and on the dashboard (1.4 s at 1M codes by the guild's index), and what the
    # bot resumes at start: the open ones only, whatever the guild's history.
    "open admissions": (admission_rows.OPEN_OF_GUILD, (GUILD,), "admissions_open (status=?)"),
    "every open admission": (admission_rows.OPEN_OF_EVERY_GUILD, (), "admissions_open (status=?)"),
    "own admissions": (admission_rows.OF_USER, (GUILD, 1), "admissions_by_user (guild_id=? AND user_id=?)"),
    "invited": (admission_rows.INVITED_BY, (GUILD, 1), "admissions_by_inviter (guild_id=? AND inviter_id=?)"),
    "failures": (
        attempts.FAILURES_OF_USER,
        (GUILD, 2, NOW),
        "redeem_failures_by_user (guild_id=? AND user_id=? AND at>?)",
    ),
    "guild failures": (attempts.FAILURES_OF_GUILD, (GUILD, NOW), "redeem_failures_by_guild (guild_id=? AND at>?)"),
    # Every redemption asks whether the newcomer is on the waitlist.
    "open entry": (waitlist_rows.OPEN_OF_USER, (GUILD, 1), "waitlist_one_open (guild_id=? AND user_id=?)"),
    "waitlist": (waitlist_rows.OPEN_OF_GUILD, (GUILD,), "waitlist_open (guild_id=?)"),
    "position": (waitlist_rows.POSITION, (GUILD, NOW, 1), "waitlist_open (guild_id=? AND joined_at<?)"),
    "history": (waitlist_rows.OF_USER, (GUILD, 1), "waitlist_by_user (guild_id=? AND user_id=?)"),
}


def plan(conn: sqlite3.Connection, statement: str, params: tuple[object, ...] | dict[str, object] = ()) -> str:
    """SQLite's plan for the statement, its parameters numbered $1, $2... as the store writes them."""
    bound = params if isinstance(params, dict) else named(params)
    return " | ".join(row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + statement, bound))


@pytest.mark.parametrize("name", sorted(COVERING))
def test_per_member_reads_use_a_covering_index(path, name):
    with sqlite3.connect(path) as conn:
        found = plan(conn, *COVERING[name])
    assert "COVERING INDEX" in found, f"{name} reads the table: {found}"


@pytest.mark.parametrize("name", sorted(INDEXED))
def test_hot_lookups_search_their_index(path, name):
    statement, params, expected = INDEXED[name]
    with sqlite3.connect(path) as conn:
        found = plan(conn, statement, params)
    assert f"USING INDEX {expected}" in found or f"USING COVERING INDEX {expected}" in found, f"{name}: {found}"


async def test_no_statement_of_a_days_use_scans_a_table(path):
    """Every statement the use cases send, from creating a code to a lineage, searches an index."""
    sent: list[str] = []
    async with opened(path) as db:
        await configure(db, approval=True, invites_per_member=20)

        async def trace(tx):
            tx.conn.raw.set_trace_callback(sent.append)

        await db.transaction(trace)
        code = (await invites.create_code(db, guild_id=GUILD, member=member(), defaults=DEFAULTS, now=NOW)).code
        await invites.create_code(db, guild_id=GUILD, member=member(), defaults=DEFAULTS, now=NOW, uses=2)
        newcomer = Newcomer(user_id=900, username="bob", role_ids=frozenset())
        for typed in ("AAAA-AAAA-AAAA", code.display):
            try:
                redemption = await redemptions.redeem(
                    db,
                    guild_id=GUILD,
                    channel_id=WELCOME,
                    newcomer=newcomer,
                    code_text=typed,
                    defaults=DEFAULTS,
                    now=NOW,
                )
            except redemptions.CodeRefused:
                continue
        admission = redemption.admission
        await db.transaction(partial(admissions.request_posted, admission_id=admission.id, request=Posted(2, 1)))
        await admissions.decide(
            db, guild_id=GUILD, admission_id=admission.id, moderator_id=7, approve=True, reason=None, now=NOW
        )
        for owed in await deliveries.owed_for(db, admission_id=admission.id):
            await deliveries.complete(db, owed, now=NOW)
        await db.transaction(partial(admissions.roles_granted, admission_id=admission.id, now=NOW))
        claimed, _ = await deliveries.claim_due(db, carrier="elsewhere", now=NOW + 3600, limit=50)
        for delivery in await deliveries.take(db, [d.id for d in claimed], carrier="elsewhere", now=NOW + 3600):
            await deliveries.fail(db, delivery, carrier="elsewhere", error="5xx", now=NOW + 3600)
        await deliveries.resume(db, carrier=db.carrier, now=NOW + 3600)
        await invites.list_member_codes(db, guild_id=GUILD, member=member(), defaults=DEFAULTS, now=NOW)
        await invites.list_guild_codes(db, guild_id=GUILD, inviter_id=None, now=NOW)
        await invites.active_codes(db, guild_id=GUILD, inviter_id=500, now=NOW)
        await quotas.set_grant(db, guild_id=GUILD, member=member(), amount=2, defaults=DEFAULTS, by=1, now=NOW)
        await admissions.open_admissions(db)
        await admissions.open_admissions(db, guild_id=GUILD)
        await admissions.lineage(db, guild_id=GUILD, user_id=500)
        await invites.revoke_all(db, guild_id=GUILD, inviter_id=500, by_user=1, now=NOW)

        async def untrace(tx):
            tx.conn.raw.set_trace_callback(None)

        await db.transaction(untrace)
    reads = [s for s in sent if s.lstrip().upper().startswith(("SELECT", "UPDATE", "DELETE"))]
    assert len(reads) > 30
    with sqlite3.connect(path) as conn:
        plans = {statement: plan(conn, statement) for statement in reads}
    scans = {statement: found for statement, found in plans.items() if scans_a_table(statement, found)}
    assert scans == {}


def scans_a_table(statement: str, found: str) -> bool:
    """A full scan, or an index walked without a LIMIT to stop it early."""
    steps = found.split(" | ")
    return any(s.startswith("SCAN") and ("USING" not in s or "LIMIT" not in statement.upper()) for s in steps)


def test_the_inviters_record_reads_only_indexes(path):
    """Every admission request shows its inviter's record: codes, admissions and bans each by their index."""
    with sqlite3.connect(path) as conn:
        found = plan(conn, bans.INVITER_RECORD, (GUILD, 500))
    assert "COVERING INDEX codes_by_inviter (guild_id=? AND inviter_id=?)" in found, found
    assert "INDEX admissions_by_inviter (guild_id=? AND inviter_id=?)" in found, found
    assert "sqlite_autoindex_bans_1 (guild_id=? AND user_id=?)" in found, found
    assert "SCAN" not in found.replace("SCAN CONSTANT ROW", ""), found


@pytest.mark.parametrize("name", ["CHAIN", "BELOW", "TOP", "BRANCH"])
def test_the_invite_trees_queries_search_indexes_at_every_level(path, name):
    """/gate tree reads one level per step of its recursion: each step must search, or a deep tree in a large
    forest scans the table once per level (benchmarks: tree_p50)."""
    with sqlite3.connect(path) as conn:
        found = plan(conn, getattr(tree_rows, name), (GUILD, 500, 5))
    for table in ("admissions", "bans", "suspensions"):
        assert f"SCAN {table}" not in found, f"{name}: {found}"
    assert "admissions_by_user" in found or "admissions_by_inviter" in found or name == "TOP", found
