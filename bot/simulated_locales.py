"""People using Discord in a language, in SimCord: the demo's story and the tests' flows in another locale.

SimCord 3.2.1 sends every interaction with `locale` and `guild_locale` "en-US", whatever the person or
the server; it has no setting for either. `speaking()` wraps `simcord.interactions.base_payload`, the
function its actors call (as a module attribute) to build each INTERACTION_CREATE payload, and rewrites
the two fields: `locale` is the acting user's (as set here, else the default) and `guild_locale` the
guild's preferred locale in SimCord's backend (`env.create_guild(..., preferred_locale="de")`).

That function is SimCord's internal API, not its public one: this module is the one place that touches
it, so a SimCord upgrade that moves it breaks here, loudly, and nowhere else. The original is put back
when the `with` block ends. SimCord is an optional dependency (the `demo` and `test` extras): it is
imported only when `speaking()` is entered.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import discord

DEFAULT_LOCALE = "en-US"


class SpokenLocales:
    """Which Discord locale each simulated person uses; `default` for everyone not set."""

    def __init__(self, locales: Mapping[int, str] | None = None, *, default: str = DEFAULT_LOCALE) -> None:
        self.default = _checked(default)
        self._by_user: dict[int, str] = {}
        for user_id, locale in (locales or {}).items():
            self.set(user_id, locale)

    def set(self, user_id: int, locale: str) -> None:
        """From now on, this user's interactions come in this locale ("de", "ja", "pt-BR", "en-US", ...)."""
        self._by_user[user_id] = _checked(locale)

    def of(self, user_id: int) -> str:
        return self._by_user.get(user_id, self.default)


@contextmanager
def speaking(
    env: Any, locales: Mapping[int, str] | None = None, *, default: str = DEFAULT_LOCALE
) -> Iterator[SpokenLocales]:
    """Within the block, interactions in `env` carry each user's locale and their guild's preferred locale.

    For example (`spoken.set` changes or adds a person's locale on the way):

    with speaking(env, {alice.id: "de"}, default="en-US") as spoken:
        spoken.set(bob.id, "ja")
        await alice.slash(channel, "invite create")   # interaction.locale is Locale.german
    """
    import simcord.interactions

    spoken = SpokenLocales(locales, default=default)
    original: Callable[..., tuple[Any, dict[str, Any]]] = simcord.interactions.base_payload
    backend = env.backend

    def base_payload(target: Any, /, **fields: Any) -> tuple[Any, dict[str, Any]]:
        record, payload = original(target, **fields)
        if target is backend:
            payload["locale"] = spoken.of(int(fields["user_id"]))
            if "guild_locale" in payload:
                payload["guild_locale"] = target.get_guild(int(fields["guild_id"])).preferred_locale
        return record, payload

    # Same call, same result, but for the two fields: mypy cannot see that from the **fields signature.
    simcord.interactions.base_payload = base_payload  # type: ignore[assignment]
    try:
        yield spoken
    finally:
        simcord.interactions.base_payload = original


def _checked(locale: str) -> str:
    """A Discord locale, or ValueError naming it: a typo would otherwise reach the bot as an unknown locale."""
    try:
        return discord.Locale(locale).value
    except ValueError:
        raise ValueError(f"{locale!r} is not a Discord locale (e.g. en-US, de, es-ES, fr, pt-BR, ja)") from None
