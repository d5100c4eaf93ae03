"""The whole flow with each person in their own language (SPEC section 14): a French admin sets Doorman up
for a Japanese moderation team, a member whose Discord is in Latin-American Spanish invites a German
newcomer, the moderator denies one request and approves another, and each reads their own language:
replies in their client's, DMs in the recipient's, the queue and the log in the server's."""

from __future__ import annotations

from typing import Any

from bot.i18n import Catalog
from cogs._shared.markup import code as code_span
from cogs._shared.markup import user
from tests.databases import execute, rows

SERVER = "Doorman Test"


def catalog(world: Any, locale: str) -> Catalog:
    return world.env.bot.catalogs[locale]


async def test_each_person_reads_their_own_language(world: Any, spoken: Any) -> None:
    admin, mod, alice = world.admin, world.mod, world.alice
    french, japanese, german, spanish = (catalog(world, locale) for locale in ("fr", "ja", "de", "es-419"))
    spoken.set(admin.id, "fr")
    spoken.set(mod.id, "ja")
    spoken.set(alice.id, "es-419")

    saved = await world.setup(approval=True, language="ja")
    assert saved.response.content == french("gate-saved")
    settings = await admin.slash(world.general, "gate settings")
    assert settings.response.embeds[0].title == french("gate-settings-title")

    created = await alice.slash(world.general, "invite create")
    code = world.code_in(created.response.content)
    assert spanish("invites-created-code", code=code_span(code)) in created.response.content
    assert spanish.locale == "es-ES"  # Latin-American Spanish reads the Spanish catalog

    bob = world.newcomer("bob")
    spoken.set(bob.id, "de")
    redeemed = await bob.slash(world.welcome, "redeem", code=code)
    assert redeemed.response.content == german("admissions-request-received", server=SERVER)

    request = world.modq.last_message
    assert request.embeds[0].title == japanese("admissions-request-title", number="1")
    labels = [button.label for button in request.components[0].children]
    assert labels == [japanese("admissions-button-approve"), japanese("admissions-button-deny")]
    shown = await mod.click(request, label=japanese("admissions-button-deny"))
    assert shown.modal["title"] == japanese("admissions-deny-form-title")
    await mod.submit_modal(shown, {"reason": "…"})

    [dm] = world.dms(bob)
    assert dm.startswith(german("admissions-denied-dm", server=SERVER))
    denied = japanese("deliveries-log-denied-reason", member=user(bob.id), moderator=user(mod.id),
                      code=code_span(code), inviter=user(alice.id), reason="…")  # fmt: skip
    assert world.logs.last_message.content == denied

    second = world.code_in((await alice.slash(world.general, "invite create")).response.content)
    carol = world.newcomer("carol")  # her Discord is in English
    await carol.slash(world.welcome, "redeem", code=second)
    await mod.click(world.modq.last_message, label=japanese("admissions-button-approve"))
    assert world.dms(carol) == [catalog(world, "en-US")("admissions-approved-dm-welcome", server=SERVER)]
    told = spanish("admissions-inviter-dm", newcomer=user(carol.id), server=SERVER, code=code_span(second))
    assert world.dms(alice) == [told]


async def test_someone_doorman_never_saw_is_written_to_in_the_servers_language(
    ready: Any, spoken: Any, database_target: Any
) -> None:
    """A code made before Doorman kept locales: its inviter's DM follows the server's language."""
    await ready.setup(language="fr")
    code = await ready.create_code()
    execute(database_target, "DELETE FROM user_locales WHERE user_id = $1", ready.alice.id)
    bob = ready.newcomer("bob")
    spoken.set(bob.id, "de")
    await bob.slash(ready.welcome, "redeem", code=code)
    french = catalog(ready, "fr")
    told = french("admissions-inviter-dm", newcomer=user(bob.id), server=SERVER, code=code_span(code))
    assert ready.dms(ready.alice) == [told]
    assert rows(database_target, "SELECT locale FROM user_locales WHERE user_id = $1", bob.id) == [("de",)]


async def test_a_request_left_behind_by_a_new_moderator_channel_reads_in_one_language(approving: Any) -> None:
    """The admin moves the queue and switches its language at once: the old message says where the
    request went, in the new language, above the request in that language too."""
    _, request, _ = await approving.request_for()
    staff = approving.staff_channel("staff")
    await approving.setup(mod_channel=staff, approval=True, language="de")
    old = approving.env.bot.get_channel(approving.modq.id)
    left_behind = await old.fetch_message(request.id)
    german = catalog(approving, "de")
    assert left_behind.content == german("admissions-moved-to", channel=f"<#{staff.id}>")
    assert left_behind.embeds[0].title == german("admissions-request-title", number="1")
    assert left_behind.components == []
