"""Every word Doorman says, in the reader's language (SPEC section 14).

The words live in Fluent catalogs, one folder per language under `locales/`, one file per part of the
product. Code asks a `Catalog` for a message by its ID with the facts it needs; it never writes a sentence.
"""

from bot.i18n.catalogs import Catalog, Catalogs, Words, words
from bot.i18n.locales import DEFAULT_LOCALE, SHIPPED, catalog_locale

__all__ = ["DEFAULT_LOCALE", "SHIPPED", "Catalog", "Catalogs", "Words", "catalog_locale", "words"]
