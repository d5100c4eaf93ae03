"""Fluent catalogs: loading them, and formatting one message in one language.

A message missing from a translation falls back to English, so a half-translated language still
works; tests/i18n proves the shipped ones complete. A message missing from English is a bug.
"""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from fluent.syntax import FluentParser, ast

from bot.i18n.locales import DEFAULT_LOCALE, PLURAL_RULES, catalog_locale
from bot.i18n.patterns import Arg, Compiled, Unsupported, compile_message, format_parts

log = logging.getLogger(__name__)

LOCALES = Path(__file__).parent / "locales"


class Catalog:
    """One language's messages: `catalog("code-used-up", code="ABCD-…")` is that message, formatted."""

    def __init__(self, locale: str, resources: Iterable[ast.Resource], fallback: Catalog | None) -> None:
        self.locale = locale
        self._fallback = fallback
        self._plural = PLURAL_RULES[locale]
        self._messages: dict[str, Compiled | str] = {}
        for resource in resources:
            for entry in resource.body:
                if isinstance(entry, ast.Message):
                    # Interned: six catalogs share one copy of each message's name.
                    self._messages[sys.intern(entry.id.name)] = compile_message(entry)
                elif isinstance(entry, ast.Term):
                    raise Unsupported(f"-{entry.id.name}: terms are not used by Doorman")

    def __call__(self, key: str, /, **args: Arg) -> str:
        message = self._messages.get(key)
        if message is None:
            if self._fallback is None:
                raise KeyError(f"no message {key!r} in the {self.locale} catalog")
            return self._fallback(key, **args)
        if isinstance(message, str):
            return message
        return format_parts(message, args, self._plural, key)

    def sentences(self, *parts: str) -> str:
        """Sentences in a row, separated as this language does (a space in most, none in Japanese)."""
        return functools.reduce(lambda first, second: self("sentences", first=first, second=second), parts)

    def __repr__(self) -> str:
        return f"<Catalog {self.locale}>"


@dataclass(frozen=True)
class Words:
    """A message not written yet: which one, with its facts, for whichever reader comes to read it (what a
    delivery's outcome says is read by the moderator who clicked Retry and by the alert in the channel)."""

    key: str
    args: Mapping[str, Arg] = field(default_factory=dict)

    def __call__(self, t: Catalog) -> str:
        return t(self.key, **self.args)


def words(key: str, /, **args: Arg) -> Words:
    return Words(key, args)


class Catalogs:
    """Every shipped language's catalog, found by Discord locale, each read when first asked for: a
    process holds the languages its readers read (and English, which every other one falls back to)."""

    def __init__(self, make: Callable[[str, Catalog | None], Catalog]) -> None:
        self._make = make  # (locale, English or None for English itself) -> that locale's catalog
        self._catalogs: dict[str, Catalog] = {}
        self._descriptions: dict[tuple[str, str], str] = {}  # command descriptions, by (locale, key)

    @classmethod
    def load(cls, folder: Path = LOCALES) -> Catalogs:
        """The catalogs in `folder`, one subfolder of .ftl files per shipped locale: the same for the whole
        process, since they never change once read."""
        return _loaded(folder)

    def __getitem__(self, discord_locale: str | None) -> Catalog:
        """The catalog a reader with this Discord locale reads (English where none is shipped)."""
        return self._catalog(catalog_locale(discord_locale))

    @property
    def english(self) -> Catalog:
        return self._catalog(DEFAULT_LOCALE)

    def description(self, discord_locale: str, key: str, keys: Collection[str] = ()) -> str | None:
        """A command's description (a message of plain text) for readers of this locale; None where they read
        English. The first asked of a language reads it with every other description (`keys`), and keeps only
        those: the command sync reads every language, once per start, and six languages held at once were the
        process's peak memory, where a few dozen strings are worth keeping."""
        locale = catalog_locale(discord_locale)
        if locale == DEFAULT_LOCALE:
            return None
        if (locale, key) not in self._descriptions:
            catalog = self._catalogs.get(locale) or self._make(locale, self.english)  # not kept, unless a reader's
            for each in {key, *keys}:
                self._descriptions[(locale, each)] = catalog(each)
        return self._descriptions[(locale, key)]

    def _catalog(self, locale: str) -> Catalog:
        if locale not in self._catalogs:
            fallback = None if locale == DEFAULT_LOCALE else self._catalog(DEFAULT_LOCALE)
            self._catalogs[locale] = self._make(locale, fallback)
        return self._catalogs[locale]


@functools.cache
def _loaded(folder: Path) -> Catalogs:
    return Catalogs(lambda locale, fallback: Catalog(locale, read_resources(folder / locale), fallback))


def read_resources(folder: Path) -> Iterator[ast.Resource]:
    """Every .ftl file of one language, parsed, one at a time (a catalog keeps what it compiled of each, not
    its syntax tree); a file Fluent cannot parse is refused with where and why."""
    for path in sorted(folder.glob("*.ftl")):
        resource = FluentParser(with_spans=False).parse(path.read_text(encoding="utf-8"))
        for entry in resource.body:
            if isinstance(entry, ast.Junk):
                annotations = "; ".join(str(annotation.message) for annotation in entry.annotations)
                raise ValueError(f"{path}: cannot parse {str(entry.content).strip()!r}: {annotations}")
        yield resource


@functools.cache
def english() -> Catalog:
    """The English catalog, for what must be English text before any bot exists: command descriptions,
    which Discord shows when it has no translation for the reader's locale."""
    return Catalogs.load().english
