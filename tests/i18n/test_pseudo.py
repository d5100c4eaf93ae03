"""No word outside the catalogs: the whole flow in a pseudo-language, where every message the catalogs
make is wrapped in ⟦…⟧, and every text Discord receives must be wrapped text, markup and data only.

Whatever a person could read in a request to Discord is checked: contents, embeds (titles,
descriptions, fields, footers), button labels, modal titles and fields. Command descriptions are
checked through their translations, which only `described()` keys get.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Any

import pytest

from bot.i18n import Catalogs
from bot.i18n.pseudo import pseudo_catalogs, unbracketed

# What people read: these keys' string values anywhere in a request's JSON.
READ = {"content", "title", "description", "text", "label", "placeholder", "name", "value"}
MARKUP = re.compile(
    r"<@!?\d+>|<@&\d+>|<#\d+>|<t:\d+(:[a-zA-Z])?>"  # mentions and timestamps
    r"|`[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}`"  # a code
    r"|https://discord\.com/channels/[\d/]+"  # a link to a message
)
GUILD = "Doorman Test"  # data: the server's name, shown as its admins typed it
CODE = re.compile(r"`([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})`")


@pytest.fixture
def catalogs() -> Catalogs:
    return pseudo_catalogs()


def texts(value: Any, key: str = "") -> Iterator[str]:
    if isinstance(value, dict):
        for inner_key, inner in value.items():
            yield from texts(inner, inner_key)
    elif isinstance(value, list):
        for item in value:
            yield from texts(item, key)
    elif isinstance(value, str) and key in READ:
        yield value


def written_outside_catalogs(text: str) -> str:
    """Letters left once catalog text, markup and data are taken out: '' when all came from catalogs."""
    rest = MARKUP.sub("", unbracketed(text).replace(GUILD, ""))
    return "".join(char for char in rest if unicodedata.category(char).startswith("L"))


def sent_texts(env: Any) -> list[str]:
    """Every text the bot sent Discord for people to read (the command sync aside: names stay English)."""
    found = []
    for request in env.http_requests:
        if request.method == "PUT" and request.path.endswith("/commands"):
            continue
        found.extend(texts(request.json))
    return found


def code_in(text: str) -> str:
    match = CODE.search(text)
    assert match is not None, text
    return match.group(1)


async def test_every_text_the_flow_sends_comes_from_the_catalogs(world: Any, caplog: pytest.LogCaptureFixture) -> None:
    admin, mod, alice = world.admin, world.mod, world.alice
    await world.setup(approval=True)
    await admin.slash(world.general, "gate policy", invites_per_member=30)
    await admin.slash(world.general, "gate settings")
    await admin.slash(world.general, "invite revoke", code="NOPE-NOPE-NOPE")  # refused: no such code

    codes = [code_in((await alice.slash(world.general, "invite create", note="🙂")).response.content)]
    for _ in range(11):
        codes.append(code_in((await alice.slash(world.general, "invite create", uses=2)).response.content))
    listing = await alice.slash(world.general, "invite list")
    await alice.click(listing.response.message, label="⟦Next⟧")

    bob = world.newcomer("bob")
    await bob.slash(world.welcome, "redeem", code="NOPE-NOPE-NOPE")
    await bob.slash(world.welcome, "redeem", code=codes[0])
    request = world.modq.last_message
    shown = await mod.click(request, label="⟦Deny⟧")
    await mod.submit_modal(shown, {"reason": "🚫"})

    carol = world.newcomer("carol")
    await carol.slash(world.welcome, "redeem", code=codes[1])
    await mod.click(world.modq.last_message, label="⟦Approve⟧")

    await admin.slash(world.general, "gate whois", member=alice)
    await admin.slash(world.general, "gate codes", member=alice)
    await admin.slash(world.general, "gate pending")
    await admin.slash(world.general, "gate revoke", code=codes[2])
    await admin.slash(world.general, "gate revoke-all", member=alice)
    await admin.slash(world.general, "gate quota", role=world.member_role, amount=5)
    await admin.slash(world.general, "gate grant", member=alice, amount=2)

    # A grant Discord refuses: an alert with Retry, then its closing once it goes through.
    await admin.slash(world.general, "gate policy", approval=False)
    code = code_in((await admin.slash(world.general, "invite create")).response.content)
    world.env.inject_error("PATCH", "/guilds/*/members/*", status=403, code=50013, times=None)
    dave = world.newcomer("dave")
    await dave.slash(world.welcome, "redeem", code=code)
    alert = world.modq.last_message
    world.env.backend.faults.clear()
    await mod.click(alert, label="⟦Retry⟧")
    await world.env.settle()

    sent = sent_texts(world.env)
    assert len(sent) > 50  # the flow above said plenty
    assert {text: left for text in sent if (left := written_outside_catalogs(text))} == {}
    assert "no value for" not in caplog.text  # every message was given all its facts


async def test_every_command_description_is_translated_through_the_catalogs(simcord_env: Any) -> None:
    [sync] = [r for r in simcord_env.http_requests if r.method == "PUT" and r.path.endswith("/commands")]
    untranslated = []

    def check(payload: dict[str, Any], where: str) -> None:
        localized = (payload.get("description_localizations") or {}).get("de")
        if payload.get("description") and (localized is None or unbracketed(localized)):
            untranslated.append(f"{where}: {payload['description']!r}")
        for choice in payload.get("choices") or []:
            localized = (choice.get("name_localizations") or {}).get("de")
            if localized is None or unbracketed(localized):
                untranslated.append(f"{where} choice {choice['name']!r}")
        for option in payload.get("options") or []:
            check(option, f"{where} {option['name']}")

    for command in sync.json:
        check(command, "/" + command["name"])
    assert untranslated == []


async def test_the_rarer_paths_come_from_the_catalogs_too(
    world: Any, make_bot: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """What only faults, time and departures bring out: closed requests, closed DMs, a moved queue, a
    guessing burst, a grant given up after 7 days and revived, pages clicked after a restart."""
    admin, mod, alice = world.admin, world.mod, world.alice
    await world.setup(approval=True)
    await admin.slash(world.general, "gate policy", invites_per_member=30)

    async def request_from(name: str) -> tuple[Any, Any]:
        code = code_in((await alice.slash(world.general, "invite create")).response.content)
        newcomer = world.newcomer(name)
        await newcomer.slash(world.welcome, "redeem", code=code)
        return newcomer, world.modq.last_message

    bob, request = await request_from("bob")  # leaves before anyone decides
    world.guild.remove_member(bob)
    await mod.click(request, label="⟦Approve⟧")

    carol, request = await request_from("carol")  # her DMs fail, then turn out closed
    dm = f"/channels/{carol.user.dm_channel.id}/messages"
    world.env.inject_error("POST", dm, status=500, times=1)
    await mod.click(request, label="⟦Approve⟧")
    world.env.inject_error("POST", dm, status=403, code=50007, times=None)
    await world.env.advance_time(60)

    await request_from("dave")  # waits while the moderator channel moves
    elsewhere = world.staff_channel("new-queue")
    await world.setup(approval=True, mod_channel=elsewhere)
    await admin.slash(world.general, "gate pending")
    await world.setup(approval=True)

    for i in range(21):  # someone guessing codes
        await world.newcomer(f"guesser{i}").slash(world.welcome, "redeem", code=f"AAAA-AAAA-{i:04d}")

    await admin.slash(world.general, "gate policy", approval=False)
    world.env.inject_error("PATCH", "/guilds/*/members/*", status=403, code=50013, times=None)
    code = code_in((await alice.slash(world.general, "invite create")).response.content)
    erin = world.newcomer("erin")
    await erin.slash(world.welcome, "redeem", code=code)
    await admin.slash(world.general, "gate pending")
    await world.env.advance_time(8 * 24 * 3600)  # the grant is given up after 7 days
    world.env.backend.faults.clear()
    await mod.click(world.bot_messages(world.modq)[-1], label="⟦Retry⟧")
    await world.env.settle()

    for _ in range(8):  # two pages of codes
        await alice.slash(world.general, "invite create")
    listing = await admin.slash(world.general, "gate codes")
    await world.env.restart_bot(make_bot())
    await admin.click(listing.response.message, label="⟦Next⟧")

    sent = sent_texts(world.env)
    assert {text: left for text in sent if (left := written_outside_catalogs(text))} == {}
    assert "no value for" not in caplog.text  # every message was given all its facts
