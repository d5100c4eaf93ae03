"""Which catalog a Discord locale reads: the six shipped languages, and English for the rest."""

from __future__ import annotations

from collections.abc import Callable

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


# CLDR's cardinal plural rules, for whole numbers (the only numbers Doorman shows), for each shipped
# catalog: the category a select on a number (`[one]`, `[many]`, `*[other]`) picks. From
# https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html with v = 0 and
# e = 0; tests/i18n checks them against Babel's CLDR data. A new language adds its rule here.
def _one(n: int) -> str:
    return "one" if n == 1 else "other"


def _one_millions(n: int) -> str:  # es: "1 millón de usos"
    return "one" if n == 1 else "many" if n and n % 1_000_000 == 0 else "other"


def _zero_one_millions(n: int) -> str:  # fr, pt: 0 and 1 are "one"
    return "one" if n in (0, 1) else "many" if n % 1_000_000 == 0 else "other"


def _other(n: int) -> str:
    return "other"


PLURAL_RULES: dict[str, Callable[[int], str]] = {
    "en": _one,
    "de": _one,
    "es-ES": _one_millions,
    "fr": _zero_one_millions,
    "pt-BR": _zero_one_millions,
    "ja": _other,
}
