"""Hostile input in every free-text option: a clear refusal or a safe echo, never an exception, never a ping.

Each test runs many Hypothesis examples against one live world; afterwards the
bot has raised nothing, no message pinged anyone, and nothing changed that a
refusal says did not.
"""

import sqlite3

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.store.postgres.url import PostgresUrl
from tests.databases import rows

NASTY = [
    "x" * 6000,
    "@everyone",
    "@here please",
    "<@&123456789012345678>",
    "<@123456789012345678>",
    "'; DROP TABLE codes; --",
    '" OR 1=1 --',
    "**bold** __under__ `tick` ||spoiler|| > quote",
    "\u200b" * 50,
    "7KQ2-M9XD-4HBT\u200b",
    "７ＫＱ２-Ｍ９ＸＤ-４ＨＢＴ",
    "\x00\x01\x1b[31mred",
    "\u202eevil",
    "𝕯𝖔𝖔𝖗𝖒𝖆𝖓 🚪" * 10,
    "30d; 1h",
    "-5m",
    "999999999d",
]
hostile = st.one_of(
    st.sampled_from(NASTY),
    st.text(min_size=1, max_size=200),
    st.text(alphabet=st.characters(categories=["Cc", "Cf", "Zs", "Zl", "Zp", "So"]), min_size=1, max_size=40),
    st.builds(lambda a, b: a + b, st.sampled_from(NASTY), st.text(max_size=40)),
).filter(lambda text: text != "")
EXAMPLES = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def code_count(world) -> int:
    [(count,)] = rows(world.env.bot.config.database, "SELECT COUNT(*) FROM codes")
    return int(count)


def assert_answered(result) -> str:
    assert result.acknowledged and result.ephemeral
    content = result.response.content
    assert content and len(content) <= 2000
    return content


def assert_no_harm(world) -> None:
    assert world.env.errors == []
    assert world.pings() == []
    database = world.env.bot.config.database
    assert rows(database, "SELECT COUNT(*) FROM codes")  # the table is still there, whatever was typed
    if not isinstance(database, PostgresUrl):
        with sqlite3.connect(database) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


async def generous(world):
    await world.admin.slash(world.general, "gate policy", invites_per_member=1000, approval=True)


@EXAMPLES
@given(option=st.sampled_from(["note", "for_user", "expires_in"]), text=hostile)
async def test_invite_create_options(ready, option, text):
    await generous(ready)
    before = code_count(ready)
    content = assert_answered(await ready.alice.slash(ready.general, "invite create", **{option: text}))
    if "Your invitation code" in content:
        assert code_count(ready) == before + 1
    else:
        assert f"`{option}`" in content, content  # the refusal names the option
        assert code_count(ready) == before
    assert_no_harm(ready)


@EXAMPLES
@given(text=hostile)
async def test_redeem_code(ready, text):
    newcomer = ready.newcomer("guest")
    content = assert_answered(await newcomer.slash(ready.welcome, "redeem", code=text))
    assert any(word in content for word in ("malformed", "unknown", "Too many failed attempts")), content
    assert await ready.roles_of(newcomer) == {"Newcomer"}
    assert_no_harm(ready)


@EXAMPLES
@given(text=hostile)
async def test_revoke_code(ready, text):
    mine = await ready.create_code(ready.admin)
    for who, command in ((ready.alice, "invite revoke"), (ready.admin, "gate revoke")):
        content = assert_answered(await who.slash(ready.general, command, code=text))
        assert "malformed" in content or "no code" in content, content
    codes = (await ready.admin.slash(ready.general, "gate codes")).response.embeds[0].description
    assert f"`{mine}` · 🟢 active" in codes  # whatever was typed, the one real code stands
    assert_no_harm(ready)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(reason=st.one_of(st.sampled_from([n[:500] for n in NASTY]), st.text(max_size=500)))
async def test_deny_reason(approving, reason):
    await generous(approving)
    newcomer = approving.newcomer("applicant")
    await newcomer.slash(approving.welcome, "redeem", code=await approving.create_code())
    shown = await approving.mod.click(approving.modq.last_message, label="Deny")
    await approving.mod.submit_modal(shown, {"reason": reason})
    decision = {f.name: f.value for f in approving.modq.history()[-1].embeds[0].fields}["Decision"]
    assert "Denied by" in decision
    assert "denied" in approving.dms(newcomer)[-1]
    assert_no_harm(approving)
