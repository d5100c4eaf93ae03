"""Screening in another language (SPEC section 14): the newcomer reads their own, the request the server's."""

from __future__ import annotations

from typing import Any

from tests.cogs.screening.helpers import admitted_then_left, fields


async def test_in_german(world: Any, spoken: Any) -> None:
    german = world.env.bot.catalogs["de"]
    await world.setup(language="de")
    await world.admin.slash(world.general, "gate policy", min_account_age_days=30)
    stranger = world.newcomer("carol")
    spoken.set(stranger.id, "de")
    refused = await stranger.slash(world.welcome, "redeem")
    assert refused.response.content == german("screening-refusal-code-needed")
    assert refused.response.content.startswith("Du brauchst einen Einladungscode")

    code = await world.create_code()
    result = await stranger.slash(world.welcome, "redeem", code=code)
    assert result.response.content == german("admissions-request-received", server="Doorman Test")
    shown = fields(world.modq.last_message)
    assert "Alter des Kontos: 0 Tage" in shown["Risikosignale"] and "Kein eigener Avatar" in shown["Risikosignale"]
    assert shown["Warum ein Moderator entscheiden muss"] == german("screening-hold-young-account")

    await world.admin.slash(world.general, "gate policy", min_account_age_days=0)
    _, bob = await admitted_then_left(world)
    spoken.set(bob.id, "de")
    back = await bob.slash(world.welcome, "redeem")
    assert back.response.content == german("screening-back-received", server="Doorman Test")
    assert (
        "Die Person wurde hier schon einmal aufgenommen"
        in fields(world.modq.last_message)["Warum ein Moderator entscheiden muss"]
    )
