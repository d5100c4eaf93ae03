"""The audit log (SPEC section 16): every log line kept, with the people it names; searched, exported as CSV."""

from functools import partial

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core import admissions, audit_log, deliveries, invites, redemptions
from bot.core.audit_log import KINDS, AuditEntry, UnknownKind, csv_header, csv_row
from bot.core.log_lines import AdmittedLine, DeniedLine, GrantLine, RevokedLine, SettingsLine, SuspendedLine
from bot.core.owed import encode
from bot.core.people import Newcomer
from bot.core.quotas import set_grant
from bot.store.sql.admissions import SqlAdmissions
from tests.core.guild import ADMIN, DEFAULTS, GUILD, NOW, WELCOME, configure, member, opened
from tests.databases import rows

MODERATOR = 7


@pytest.fixture
async def db(database_target):
    async with opened(database_target) as db:
        await configure(db, approval=True, invites_per_member=100)
        yield db


async def code(db, inviter=500, at=NOW):
    created = await invites.create_code(db, guild_id=GUILD, member=member(inviter), defaults=DEFAULTS, now=at)
    return created.code.display


async def redeem(db, text, user_id, at=NOW + 1):
    newcomer = Newcomer(user_id=user_id, username=f"n{user_id}", role_ids=frozenset())
    redeemed = await redemptions.redeem(
        db, guild_id=GUILD, channel_id=WELCOME, newcomer=newcomer, code_text=text, defaults=DEFAULTS, now=at
    )
    return redeemed.admission


async def decide(db, admission, approve, at=NOW + 2, reason=None):
    return await admissions.decide(
        db, guild_id=GUILD, admission_id=admission.id, moderator_id=MODERATOR, approve=approve, reason=reason, now=at
    )


async def test_every_line_is_kept_without_a_log_channel_and_owed_only_with_one(db, database_target):
    first = await code(db)
    await invites.revoke_code(db, guild_id=GUILD, code_text=first, by_user=ADMIN, as_admin=True, now=NOW + 5)
    [revoked, setup] = await audit_log.search(db, guild_id=GUILD)
    assert isinstance(setup.line, SettingsLine) and setup.at == NOW and setup.admission is None
    assert (revoked.kind, revoked.at, revoked.line) == ("revoked_line", NOW + 5, RevokedLine(ADMIN, first, 500))
    assert rows(database_target, "SELECT kind FROM deliveries WHERE kind = 'revoked_line'") == []
    await configure(db, log_channel_id=12)
    second = await code(db)
    await invites.revoke_code(db, guild_id=GUILD, code_text=second, by_user=ADMIN, as_admin=True, now=NOW + 6)
    assert rows(database_target, "SELECT kind FROM deliveries WHERE kind = 'revoked_line'") == [("revoked_line",)]
    assert [e.kind for e in await audit_log.search(db, guild_id=GUILD, kind="revoked_line")] == ["revoked_line"] * 2


async def test_a_line_about_an_admission_names_the_newcomer_the_inviter_and_the_decider(db):
    denied = await decide(db, await redeem(db, await code(db), 900), approve=False, reason="spam")
    for person in (900, 500, MODERATOR):
        [entry] = await audit_log.search(db, guild_id=GUILD, person=person)
        assert entry.line == DeniedLine(denied.id) and entry.admission == denied
    assert await audit_log.search(db, guild_id=GUILD, person=901) == []


async def test_a_search_by_person_finds_every_line_naming_them_and_no_other(db):
    await set_grant(db, guild_id=GUILD, member=member(600), amount=2, defaults=DEFAULTS, by=ADMIN, now=NOW + 1)
    approved = await decide(db, await redeem(db, await code(db, inviter=600), 900), approve=True)
    await db.transaction(partial(admissions.roles_granted, admission_id=approved.id, now=NOW + 3))
    found = await audit_log.search(db, guild_id=GUILD, person=600)
    assert [type(e.line) for e in found] == [AdmittedLine, GrantLine]
    assert [type(e.line) for e in await audit_log.search(db, guild_id=GUILD, person=ADMIN)] == [GrantLine, SettingsLine]


async def test_searches_filter_by_kind_and_time_and_page_newest_first(db):
    texts = [await code(db) for _ in range(5)]
    for minute, text in enumerate(texts):
        at = NOW + 60 * minute
        await invites.revoke_code(db, guild_id=GUILD, code_text=text, by_user=ADMIN, as_admin=True, now=at)
    everything = await audit_log.search(db, guild_id=GUILD, kind="revoked_line")
    assert [e.line.code for e in everything] == texts[::-1]
    first = await audit_log.search(db, guild_id=GUILD, kind="revoked_line", limit=2)
    second = await audit_log.search(db, guild_id=GUILD, kind="revoked_line", limit=2, before_id=first[-1].id)
    assert first + second == everything[:4]
    window = await audit_log.search(db, guild_id=GUILD, kind="revoked_line", since=NOW + 60, until=NOW + 180)
    assert [e.line.code for e in window] == texts[3:0:-1]
    assert await audit_log.search(db, guild_id=GUILD + 1) == []  # another guild's log is not this one's
    with pytest.raises(UnknownKind):
        await audit_log.search(db, guild_id=GUILD, kind="grant_roles")  # a delivery, not a log line


def test_the_kinds_are_the_log_lines_stored_names():
    assert "admitted_line" in KINDS and "suspended_line" in KINDS and "grant_roles" not in KINDS
    assert all(kind.endswith("_line") for kind in KINDS) and len(KINDS) == 17


async def test_a_page_reads_its_admissions_in_one_query(db, monkeypatch):
    for user_id in (900, 901, 902):
        await decide(db, await redeem(db, await code(db), user_id), approve=False)

    async def one_by_one(self, admission_id):
        raise AssertionError("an admission read by itself")

    monkeypatch.setattr(SqlAdmissions, "get", one_by_one)
    found = await audit_log.search(db, guild_id=GUILD, kind="denied_line")
    assert sorted(e.admission.user_id for e in found) == [900, 901, 902]


async def test_an_export_reads_every_entry_in_batches_each_its_own_transaction(db):
    texts = [await code(db) for _ in range(7)]
    for text in texts:
        await invites.revoke_code(db, guild_id=GUILD, code_text=text, by_user=ADMIN, as_admin=True, now=NOW + 1)
    transactions = []
    real = db.transaction

    async def counted(work):
        transactions.append(work)
        return await real(work)

    db.transaction = counted
    batches = [batch async for batch in audit_log.export(db, guild_id=GUILD, kind="revoked_line", batch=3)]
    assert [len(batch) for batch in batches] == [3, 3, 1]
    assert [e.line.code for batch in batches for e in batch] == texts[::-1]
    assert len(transactions) == 4  # the last finds nothing more


async def test_a_csv_row_has_the_machines_columns_and_the_facts_of_the_line(db):
    denied = await decide(db, await redeem(db, await code(db), 900), approve=False, reason="spam")
    [entry] = await audit_log.search(db, guild_id=GUILD, kind="denied_line")
    assert csv_header() == ["id", "time", "kind", "by", "person", "inviter", "code", "details"]
    assert csv_row(entry) == [
        str(entry.id), "2027-01-15T08:00:02Z", "denied_line", str(MODERATOR), "900", "500", denied.code_display,
        f'{{"admission_id":{denied.id},"reason":"spam"}}',
    ]  # fmt: skip


def test_a_cell_a_spreadsheet_would_run_as_a_formula_is_quoted():
    for start in ("=", "+", "-", "@", "\t", "\r"):
        line = RevokedLine(by=1, code=start + "cmd|' /C calc'!A0", inviter_id=2)
        entry = AuditEntry(1, NOW, "revoked_line", line, None)
        assert csv_row(entry)[6] == "'" + start + "cmd|' /C calc'!A0"
    suspended = SuspendedLine(by=1, user_id=2, reason="=1+1", branch=(3, 4), codes=0)
    row = csv_row(AuditEntry(2, NOW, "suspended_line", suspended, None))
    assert row[3:7] == ["1", "2", "", ""]
    assert row[7] == '{"banned_invitee":null,"branch":[3,4],"codes":0,"reason":"=1+1"}'


async def test_the_payload_is_what_deliveries_would_owe(db, database_target):
    await set_grant(db, guild_id=GUILD, member=member(600), amount=-1, defaults=DEFAULTS, by=ADMIN, now=NOW)
    [(kind, payload)] = rows(database_target, "SELECT kind, payload FROM audit_log WHERE kind = 'grant_line'")
    assert (kind, payload) == encode(GrantLine(ADMIN, 600, -1, 99, 30))
    [entry] = await audit_log.search(db, guild_id=GUILD, kind="grant_line")
    assert entry.line == GrantLine(ADMIN, 600, -1, 99, 30)


async def test_deliveries_log_is_the_one_way_in(db):
    async def write(tx):
        await deliveries.log(tx, GUILD, SuspendedLine(by=11, user_id=12, reason=None, branch=(13,), codes=0), now=NOW)

    await db.transaction(write)
    for person in (11, 12, 13):
        assert [e.kind for e in await audit_log.search(db, guild_id=GUILD, person=person)] == ["suspended_line"]


@given(text=st.text(max_size=30), reason=st.none() | st.text(max_size=30))
def test_no_cell_of_any_row_starts_a_formula(text, reason):
    for line in (RevokedLine(by=1, code=text, inviter_id=2), SuspendedLine(1, 2, reason, (), 0)):
        row = csv_row(AuditEntry(1, NOW, "x", line, None))
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)
    assert csv_row(AuditEntry(1, NOW, "x", RevokedLine(1, text, 2), None))[6] in (text, "'" + text)  # nothing lost
