"""Which catalog a Discord locale reads: the six shipped languages, and English for the rest."""

from __future__ import annotations

DEFAULT_LOCALE = "en"
# Catalog folders under locales/, English first: it is the source every other catalog translates.
SHIPPED = ("en", "de", "es-ES", "fr", "pt-BR", "ja")
# Discord locales that read another one's catalog (https://discord.com/developers/docs/reference#locales).
_SAME_AS = {"en-US": "en", "en-GB": "en", "es-419": "es-ES"}


def catalog_locale(discord_locale: str | None) -> str:
    """The shipped catalog for a Discord locale ("de", "es-419", ...); English when none is shipped."""
    if discord_locale is None:
        return DEFAULT_LOCALE
    if discord_locale in SHIPPED:
        return discord_locale
    return _SAME_AS.get(discord_locale, DEFAULT_LOCALE)
