"""Keyset paging back toward the newest (the dashboard's Newer links): `after_id` gives the page just above an
ID, still newest first, with the same filters, for the all-codes page and the audit log alike."""

from bot.core import audit_log, code_search, invites
from bot.core.code_search import CodeFilter
from bot.core.codes import CodeStatus
from tests.core.guild import ADMIN, DEFAULTS, GUILD, NOW, configure, member, opened

OTHER = 2_000


async def test_codes_page_back_from_an_id(database_target):
    async with opened(database_target) as db:
        await configure(db, invites_per_member=100)
        made = []
        for inviter in (500, 501) * 4:
            created = await invites.create_code(db, guild_id=GUILD, member=member(inviter), defaults=DEFAULTS, now=NOW)
            made.append(created.code.id)
        mine = [code_id for code_id, inviter in zip(made, (500, 501) * 4, strict=True) if inviter == 500]

        async def ids(**paging):
            found = await code_search.codes_page(
                db, guild_id=GUILD, filter=CodeFilter(CodeStatus.ACTIVE, 500), now=NOW, limit=2, **paging
            )
            return [code.id for code in found]

        assert await ids() == [mine[3], mine[2]]
        assert await ids(before_id=mine[2]) == [mine[1], mine[0]]
        assert await ids(after_id=mine[1]) == [mine[3], mine[2]]  # back: the page just above, newest first
        assert await ids(after_id=mine[0]) == [mine[2], mine[1]]
        assert await ids(after_id=mine[3]) == []


async def test_audit_log_back_from_an_id(database_target):
    async with opened(database_target) as db:
        await configure(db, invites_per_member=100)
        for minute in range(5):
            created = await invites.create_code(db, guild_id=GUILD, member=member(), defaults=DEFAULTS, now=NOW)
            await invites.revoke_code(
                db, guild_id=GUILD, code_text=created.code.display, by_user=ADMIN, as_admin=True, now=NOW + minute
            )
        newest = [entry.id for entry in await audit_log.search(db, guild_id=GUILD, kind="revoked_line")]
        assert len(newest) == 5
        second = await audit_log.search(db, guild_id=GUILD, kind="revoked_line", before_id=newest[1], limit=2)
        assert [entry.id for entry in second] == newest[2:4]
        back = await audit_log.search(db, guild_id=GUILD, kind="revoked_line", after_id=newest[2], limit=2)
        assert [entry.id for entry in back] == newest[:2]
        assert await audit_log.search(db, guild_id=OTHER, after_id=0) == []
