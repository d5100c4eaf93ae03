"""Command, option and choice descriptions in the reader's language, through discord.py's Translator.

A description is written `described("invite-create")`: the English message is what Discord shows
where it has no translation, and the key lets the translator find the others. Names stay English
(SPEC section 14), so "type `/redeem CODE`" is right in every language.
"""

from __future__ import annotations

import discord
from discord import app_commands

from bot.i18n.catalogs import Catalogs, english

# Every description's key, as the commands were declared: the sync reads each language's all at once.
DESCRIBED: set[str] = set()


def described(key: str) -> app_commands.locale_str:
    """The English description under `key` in the catalogs, translated at sync."""
    DESCRIBED.add(key)
    return app_commands.locale_str(english()(key), key=key)


class CommandTranslator(app_commands.Translator):
    """Translates what `described()` wrote; anything else (names) stays as written."""

    def __init__(self, catalogs: Catalogs) -> None:
        self._catalogs = catalogs

    async def translate(
        self,
        string: app_commands.locale_str,
        locale: discord.Locale,
        context: app_commands.TranslationContextTypes,
    ) -> str | None:
        key = string.extras.get("key")
        if key is None:
            return None  # a name: it stays English
        return self._catalogs.description(locale.value, key, DESCRIBED)  # None: Discord shows the English text
