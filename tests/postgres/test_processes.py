"""Several OS processes on one PostgreSQL database keep every promise one process keeps (SPEC section 15).

Each test sets up a fresh database through the core, then starts worker processes
(tests/postgres/worker.py) that wait at one start barrier and hammer the database together, each
with many asyncio tasks of its own; the assertions are on what the workers report and on the rows
the database holds afterwards. The single-process versions are in tests/reliability/test_races.py.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, datetime
from typing import Any

import pytest

from bot.core import invites, redemptions
from bot.core.log_lines import RevokedLine
from bot.core.people import Newcomer
from bot.core.repositories import Database, Transaction
from bot.core.shards import shard_of
from bot.store.postgres.migrations import shipped
from bot.store.postgres.url import PostgresUrl
from tests.core.guild import ADMIN, DEFAULTS, GUILD, NOW, WELCOME, configure, member, opened
from tests.databases import rows
from tests.postgres.processes import run_alone, run_together

pytestmark = pytest.mark.postgres

WORKER = "tests.postgres.worker"
SHARDED_BOT = "tests.postgres.sharded_bot"
PROCESSES = 4


def shares(total: int, parts: int) -> list[int]:
    """`total` split into `parts` nearly equal whole shares."""
    return [total // parts + (part < total % parts) for part in range(parts)]


def everyone(results: list[list[dict[str, Any]]]) -> list[dict[str, Any]]:
    return [outcome for result in results for outcome in result]


def errors(outcomes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Outcomes that are neither a success nor the refusal the test expects: shown when a test fails."""
    return [outcome for outcome in outcomes if "error" in outcome]


async def code_of(db: Database, uses: int) -> invites.CreatedCode:
    return await invites.create_code(db, guild_id=GUILD, member=member(), defaults=DEFAULTS, now=NOW, uses=uses)


async def test_200_redemptions_from_4_processes_admit_exactly_max_uses(database_target: PostgresUrl) -> None:
    """A 5-use code, 50 newcomers per process, all at once: 5 admitted, every other one refused "used up"."""
    async with opened(database_target) as db:
        await configure(db, invites_per_member=100)
        created = await code_of(db, uses=5)
    arguments = [
        {"url": database_target.dsn, "code": created.code.display, "first_user": 10_000 + 1_000 * p, "count": 50}
        for p in range(PROCESSES)
    ]
    outcomes = everyone(await run_together(WORKER, "redeem", arguments))

    assert not errors(outcomes), errors(outcomes)[:5]
    assert len({outcome["user"] for outcome in outcomes}) == 200
    admitted = [outcome for outcome in outcomes if "admission" in outcome]
    refused = [outcome for outcome in outcomes if "refused" in outcome]
    assert len(admitted) == 5 and len(refused) == 195
    assert {outcome["refused"] for outcome in refused} == {"used up"}
    assert rows(database_target, "SELECT uses FROM codes WHERE id = $1", created.code.id) == [(5,)]
    assert sorted(rows(database_target, "SELECT id, user_id FROM admissions")) == sorted(
        (outcome["admission"], outcome["user"]) for outcome in admitted
    )
    # 195 failures make one guessing burst: the moderators are warned once, whichever process saw it first.
    assert sum(outcome["alert_guild"] for outcome in refused) == 1
    assert rows(database_target, "SELECT count(*) FROM deliveries WHERE kind = 'guessing_alert'") == [(1,)]


async def test_50_creates_from_4_processes_against_a_quota_of_3_make_3(database_target: PostgresUrl) -> None:
    """One member, the default quota of 3 uses per period, 50 one-use creates at once across processes."""
    assert DEFAULTS.invites_per_member == 3
    async with opened(database_target) as db:
        await configure(db)
    arguments = [{"url": database_target.dsn, "count": count} for count in shares(50, PROCESSES)]
    outcomes = everyone(await run_together(WORKER, "create", arguments))

    assert not errors(outcomes), errors(outcomes)[:5]
    made = [outcome["code"] for outcome in outcomes if "code" in outcome]
    assert len(outcomes) == 50 and len(made) == 3
    # Every refusal saw the quota fully spent: none was decided on a count another process was changing.
    assert [outcome for outcome in outcomes if "code" not in outcome] == [{"refused": "quota", "left": 0}] * 47
    assert sorted(rows(database_target, "SELECT id FROM codes WHERE inviter_id = $1", member().user_id)) == sorted(
        (code,) for code in made
    )


async def requests_awaiting(db: Database, count: int) -> list[int]:
    """`count` newcomers redeem one code with approval on: their admissions, awaiting a decision."""
    created = await code_of(db, uses=count)
    ids = []
    for i in range(count):
        newcomer = Newcomer(user_id=20_000 + i, username=f"w{i}", role_ids=frozenset())
        redemption = await redemptions.redeem(
            db,
            guild_id=GUILD,
            channel_id=WELCOME,
            newcomer=newcomer,
            code_text=created.code.display,
            defaults=DEFAULTS,
            now=NOW,
        )
        ids.append(redemption.admission.id)
    return ids


async def test_two_moderators_in_two_processes_decide_each_request_once(database_target: PostgresUrl) -> None:
    """20 requests; one process approves them all while the other denies them all, at once: one decision each."""
    async with opened(database_target) as db:
        await configure(db, approval=True, invites_per_member=100, max_uses_per_code=20)
        ids = await requests_awaiting(db, 20)
    approver, denier = 7, 8
    arguments = [
        {"url": database_target.dsn, "admissions": ids, "moderator": approver, "approve": True},
        {"url": database_target.dsn, "admissions": ids, "moderator": denier, "approve": False},
    ]
    outcomes = everyone(await run_together(WORKER, "decide", arguments))

    assert not errors(outcomes), errors(outcomes)[:5]
    expected = []
    for admission_id in ids:
        pair = [outcome for outcome in outcomes if outcome["admission"] == admission_id]
        [won] = [outcome for outcome in pair if "decided" in outcome]
        [lost] = [outcome for outcome in pair if "already" in outcome]
        assert (lost["already"], lost["by"]) == (won["decided"], won["by"])  # the loser is told who won
        assert (won["decided"], won["by"]) in (("roles_pending", approver), ("denied", denier))
        expected.append((admission_id, won["decided"], won["by"]))
    assert rows(database_target, "SELECT id, status, decided_by FROM admissions ORDER BY id") == expected
    # What a decision owes was owed once: one DM to each newcomer.
    direct_messages = rows(
        database_target, "SELECT admission_id, count(*) FROM deliveries WHERE kind = 'direct_message' GROUP BY 1"
    )
    assert sorted(direct_messages) == [(admission_id, 1) for admission_id in sorted(ids)]


async def owe_lines(db: Database, guild_id: int, count: int, *, due_at: int, label: str = "LINE") -> list[int]:
    """`count` log lines for the guild (codes `label`-0 onward revoked), owed before `due_at` and due then:
    nobody holds them."""

    async def write(tx: Transaction) -> list[int]:
        return [
            await tx.deliveries.add(
                guild_id, RevokedLine(by=ADMIN, code=f"{label}-{i}", inviter_id=500), now=due_at - 60, due_at=due_at
            )
            for i in range(count)
        ]

    return await db.transaction(write)


def claimed_ids(claims: list[list[int]]) -> list[int]:
    return [delivery_id for delivery_id, _guild in claims]


async def test_each_delivery_is_carried_by_exactly_one_process(database_target: PostgresUrl) -> None:
    """200 deliveries due; 4 processes with 2 carriers each claim 10 at a time and complete what they claim."""
    async with opened(database_target) as db:
        owed = await owe_lines(db, GUILD, 200, due_at=NOW)
    arguments = [
        {
            "url": database_target.dsn,
            "carriers": [f"process {p} carrier {c}" for c in range(2)],
            "now": NOW + 1,
            "limit": 10,
        }
        for p in range(PROCESSES)
    ]
    results = await run_together(WORKER, "carry", arguments)

    claims = [claimed_ids(claims) for result in results for claims in result["claimed"].values()]
    assert len(claims) == 2 * PROCESSES
    carried = Counter(delivery_id for claim in claims for delivery_id in claim)
    assert [delivery_id for delivery_id, times in carried.items() if times > 1] == []  # nothing carried twice
    assert sorted(carried) == sorted(owed)  # nothing left out
    assert rows(database_target, "SELECT count(*) FROM deliveries") == [(0,)]


def guild_on(shard: int) -> int:
    """A guild ID (a snowflake) that Discord puts on `shard` of 2."""
    guild_id = ((1_000_000 * 2 + shard) << 22) | 1_234
    assert shard_of(guild_id, 2) == shard
    return guild_id


@pytest.mark.parametrize("sooner", [0, 1], ids=["shard 0 due sooner", "shard 1 due sooner"])
async def test_each_shard_process_carries_and_awaits_only_its_own_guilds(
    database_target: PostgresUrl, sooner: int
) -> None:
    """Two processes, shards 0 and 1 of 2; 20 lines due in a guild on each shard, and a later timer in each.

    Each claims exactly its own guild's due lines, and then awaits its own timer: the process whose timer
    is later ignores the sooner one of the other shard (the test runs once with each shard sooner).
    """
    timers = {sooner: NOW + 1_000, 1 - sooner: NOW + 2_000}
    async with opened(database_target) as db:
        due = {shard: await owe_lines(db, guild_on(shard), 20, due_at=NOW) for shard in (0, 1)}
        timer_ids = {shard: (await owe_lines(db, guild_on(shard), 1, due_at=timers[shard]))[0] for shard in (0, 1)}
    arguments = [
        {"url": database_target.dsn, "shard_count": 2, "shard_ids": [shard], "now": NOW + 1, "limit": 7}
        for shard in (0, 1)
    ]
    results = await run_together(WORKER, "carry", arguments)

    for shard, result in enumerate(results):
        [claims] = result["claimed"].values()
        assert sorted(claimed_ids(claims)) == sorted(due[shard])
        assert {guild for _id, guild in claims} == {guild_on(shard)}
        assert result["next_due"] == timers[shard]
    # The timers are still owed, untouched: nobody claimed the other shard's.
    assert sorted(rows(database_target, "SELECT id, lease_owner, tried_at FROM deliveries")) == sorted(
        (timer_ids[shard], None, None) for shard in (0, 1)
    )


async def test_4_processes_starting_at_once_on_an_empty_database_migrate_it_once(
    database_target: PostgresUrl,
) -> None:
    """Each of 4 processes opens the same empty database 3 times at once: 12 concurrent migrations."""
    assert rows(database_target, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == [(0,)]
    results = await run_together(WORKER, "migrate", [{"url": database_target.dsn, "opens": 3}] * PROCESSES)

    assert results == [{"opened": 3}] * PROCESSES
    assert rows(database_target, "SELECT version FROM schema_migrations ORDER BY version") == [
        (version,) for version, _sql in shipped()
    ]
    assert rows(database_target, "SELECT count(*) FROM deliveries") == [(0,)]  # the schema is there


# SimCord 3.2.1's clock starts at 2026-01-01 UTC (simcord/_clock.py): the bots' deliveries fall due a minute in.
SIMCORD_DUE = int(datetime(2026, 1, 1, tzinfo=UTC).timestamp()) + 60


async def bot_on_shard(database_target: PostgresUrl, shard: int) -> dict[str, Any]:
    """Doorman running shard `shard` of 2 under SimCord (tests/postgres/sharded_bot.py), until the lines are due."""
    argument = {"url": database_target.dsn, "shard_id": shard, "guild_ids": [guild_on(0), guild_on(1)]}
    result: dict[str, Any] = await run_alone(SHARDED_BOT, "carry", {**argument, "due_at": SIMCORD_DUE})
    assert result["errors"] == []
    assert result["guilds"] == [guild_on(shard)]  # its gateway sees only the guild on its shard
    return result


def codes_in(log: list[str]) -> list[str]:
    """The codes the log's lines name (a revocation line shows its code in backticks), one per line."""
    return [code for message in log for code in re.findall(r"`([^`]+)`", message)]


def untouched(database_target: PostgresUrl) -> list[tuple[Any, ...]]:
    """The deliveries still owed, as (ID, lease owner, tried at, attempts): all None, None, 0 if nobody touched them."""
    return rows(database_target, "SELECT id, lease_owner, tried_at, attempts FROM deliveries ORDER BY id")


async def test_sharded_bots_each_carry_only_their_own_guilds_log_lines(database_target: PostgresUrl) -> None:
    """Two real bots (shard 0 and shard 1 of 2), one OS process each, on one database owing 5 log lines to a
    guild on each shard. The bot of shard 0 runs first: it posts its guild's lines and leaves the other guild's
    owed, untouched; then the bot of shard 1 posts those."""
    async with opened(database_target) as db:
        owed = {
            shard: await owe_lines(db, guild_on(shard), 5, due_at=SIMCORD_DUE, label=f"SHARD{shard}")
            for shard in (0, 1)
        }
    lines = {shard: [f"SHARD{shard}-{i}" for i in range(5)] for shard in (0, 1)}

    first = await bot_on_shard(database_target, 0)
    assert codes_in(first["logs"][0]) == lines[0]
    assert first["logs"][1] == []
    assert untouched(database_target) == [(delivery_id, None, None, 0) for delivery_id in owed[1]]

    second = await bot_on_shard(database_target, 1)
    assert codes_in(second["logs"][1]) == lines[1]
    assert second["logs"][0] == []  # nothing in the other shard's guild
    assert untouched(database_target) == []
