"""With a fifth of storage transactions failing at random points, everyone is answered and nothing is lost.

Faults are injected inside SQLite: a progress handler interrupts one statement
after a random number of VM steps, so a transaction can fail at BEGIN, half-way
through its writes, or at COMMIT.
"""

import random
import sqlite3

import pytest

from bot.store.sqlite import group_commit

FAULT_RATE = 0.2


@pytest.fixture
def backend() -> str:
    """Faults injected inside SQLite's statements: SQLite only."""
    return "sqlite"


class RandomFaults:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.enabled = False
        self.injected = 0
        self.transactions = 0

    def wrap(self, original):
        def in_savepoint(conn: sqlite3.Connection, work, *where):
            self.transactions += 1
            if not (self.enabled and self.rng.random() < FAULT_RATE):
                return original(conn, work, *where)
            self.injected += 1
            fired = False
            steps = self.rng.randint(1, 400)

            def interrupt() -> int:
                nonlocal fired
                if fired:
                    return 0
                fired = True
                return 1

            conn.set_progress_handler(interrupt, steps)
            try:
                return original(conn, work, *where)
            finally:
                conn.set_progress_handler(None, 0)

        return in_savepoint


def consistency(db_path) -> dict[str, list]:
    conn = sqlite3.connect(db_path)
    try:
        return {
            "uses_differ_from_redemptions": conn.execute(
                "SELECT c.id, c.uses, COUNT(a.id) FROM codes c LEFT JOIN admissions a ON a.code_id = c.id"
                " GROUP BY c.id HAVING c.uses != COUNT(a.id)"
            ).fetchall(),
            "over_max_uses": conn.execute("SELECT id FROM codes WHERE uses > max_uses").fetchall(),
            "roles_still_pending": conn.execute("SELECT id FROM admissions WHERE status = 'roles_pending'").fetchall(),
            "requests_never_posted": conn.execute(
                "SELECT id FROM admissions WHERE status = 'awaiting_approval' AND request_message_id IS NULL"
            ).fetchall(),
            "quota_overruns": conn.execute(
                "SELECT inviter_id, SUM(CASE WHEN revoked_at IS NULL THEN max_uses ELSE uses END) AS spent"
                " FROM codes GROUP BY inviter_id HAVING spent > 3"  # all made within seconds: one window
            ).fetchall(),
        }
    finally:
        conn.close()


@pytest.mark.parametrize("seed", [1, 2, 3])
async def test_random_storage_faults_leave_everyone_answered_and_the_database_consistent(
    world, make_bot, monkeypatch, seed
):
    faults = RandomFaults(seed)
    monkeypatch.setattr(group_commit, "in_savepoint", faults.wrap(group_commit.in_savepoint))
    await world.setup(approval=False)
    members = [world.alice, *(world.member(f"member{i}") for i in range(4))]
    unanswered = []

    def check(result, what):
        if not result.acknowledged or (result.response is None and result.modal is None):
            unanswered.append(what)
        return result

    faults.enabled = True
    codes = []
    for round_ in range(3):
        for who in members:
            result = check(await who.slash(world.general, "invite create"), "invite create")
            if result.response and "Your invitation code" in result.response.content:
                codes.append(result.response.content.split("**`")[1].split("`**")[0])
        if round_ == 1:
            faults.enabled = False
            await world.admin.slash(world.general, "gate policy", approval=True)
            faults.enabled = True
    for i, code in enumerate(codes):
        newcomer = world.newcomer(f"newcomer{i}")
        check(await newcomer.slash(world.welcome, "redeem", code=code), "redeem")
        if i % 3 == 0:  # some try again, as people do after an apology
            check(await newcomer.slash(world.welcome, "redeem", code=code), "redeem again")
    for message in world.bot_messages(world.modq):
        labels = [c.label for row in message.components for c in row.children]
        if "Approve" in labels:
            if message.id % 2:
                check(await world.mod.click(message, label="Approve"), "approve")
            else:
                shown = check(await world.mod.click(message, label="Deny"), "deny")
                if shown.modal is not None:
                    check(await world.mod.submit_modal(shown, {"reason": "chaos"}), "deny reason")
    for who in members:
        check(await who.slash(world.general, "invite list"), "invite list")
    faults.enabled = False
    assert faults.injected >= 0.1 * faults.transactions, (faults.injected, faults.transactions)
    assert unanswered == []
    assert world.env.errors  # the injected faults, each answered with an apology (reading acknowledges them)

    # A restart runs the catch-up: what Discord still owes is delivered.
    await world.env.restart_bot(make_bot())
    await world.env.settle()
    problems = consistency(world.env.bot.config.database)
    assert all(not found for found in problems.values()), problems
    admitted = (
        sqlite3.connect(world.env.bot.config.database)
        .execute("SELECT user_id FROM admissions WHERE status = 'admitted'")
        .fetchall()
    )
    guild = world.env.bot.get_guild(world.guild.id)
    for (user_id,) in admitted:
        member = await guild.fetch_member(user_id)
        assert any(role.name == "Member" for role in member.roles), user_id
