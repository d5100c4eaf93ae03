"""The waitlist in other languages: a German person's replies and DM, a French server's entry and log."""

from bot.core.codes import format_code
from bot.i18n import Catalog
from cogs._shared.markup import user
from tests.databases import rows

SERVER = "Doorman Test"


def catalog(world, locale) -> Catalog:
    return world.env.bot.catalogs[locale]


async def test_a_german_person_and_a_french_server(ready, spoken):
    german, french = catalog(ready, "de"), catalog(ready, "fr")
    await ready.setup(language="fr")
    bob = ready.newcomer("bob")
    spoken.set(bob.id, "de")
    joined = await bob.slash(ready.welcome, "waitlist join", about="Hallo")
    assert joined.response.content == german("waitlist-joined", server=SERVER, position=1)
    entry = ready.modq.last_message
    assert entry.embeds[0].title == french("waitlist-entry-title", number="1")
    labels = [button.label for button in entry.components[0].children]
    assert labels == [french("waitlist-button-invite"), french("waitlist-button-decline")]
    assert ready.logs.last_message.content == french("waitlist-log-joined", person=user(bob.id), number="1")
    await ready.mod.click(entry, label=french("waitlist-button-invite"))
    [dm] = ready.dms(bob)
    [(code, expires)] = rows(ready.env.bot.config.database, "SELECT code, expires_at FROM codes")
    shown = format_code(code)
    first = german("waitlist-invited-dm", server=SERVER, inviter=user(ready.mod.id), code=f"`{shown}`",
                   expires=f"<t:{expires}:f>")  # fmt: skip
    assert dm.splitlines()[0] == first and f"/redeem {shown}" in dm.splitlines()[1]
    again = await bob.slash(ready.welcome, "waitlist join")
    assert again.response.content == german("waitlist-refusal-already-invited")
