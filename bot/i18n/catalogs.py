"""Fluent catalogs: loading them, and formatting one message in one language.

A message missing from a translation falls back to English, so a half-translated language still
works; tests/i18n proves the shipped ones complete. A message missing from English is a bug.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Mapping
from pathlib import Path

from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax import ast

from bot.i18n.locales import DEFAULT_LOCALE, SHIPPED, catalog_locale

log = logging.getLogger(__name__)

LOCALES = Path(__file__).parent / "locales"

Arg = str | int


class Catalog:
    """One language's messages: `catalog("code-used-up", code="ABCD-…")` is that message, formatted."""

    def __init__(self, locale: str, bundle: FluentBundle, fallback: Catalog | None) -> None:
        self.locale = locale
        self._bundle = bundle
        self._fallback = fallback

    def __call__(self, key: str, /, **args: Arg) -> str:
        if not self._bundle.has_message(key):
            if self._fallback is None:
                raise KeyError(f"no message {key!r} in the {self.locale} catalog")
            return self._fallback(key, **args)
        pattern = self._bundle.get_message(key).value
        if pattern is None:
            raise KeyError(f"the message {key!r} in the {self.locale} catalog has no value")
        text, errors = self._bundle.format_pattern(pattern, args)
        for error in errors:  # a placeholder the caller did not give: Fluent shows it as {$name}
            log.error("message %r in the %s catalog: %s", key, self.locale, error)
        return str(text)

    def sentences(self, *parts: str) -> str:
        """Sentences in a row, separated as this language does (a space in most, none in Japanese)."""
        return functools.reduce(lambda first, second: self("sentences", first=first, second=second), parts)

    def __repr__(self) -> str:
        return f"<Catalog {self.locale}>"


class Catalogs:
    """Every shipped language's catalog, found by Discord locale."""

    def __init__(self, catalogs: Mapping[str, Catalog]) -> None:
        self._catalogs = dict(catalogs)

    @classmethod
    def load(cls, folder: Path = LOCALES) -> Catalogs:
        english = Catalog(DEFAULT_LOCALE, bundle_of(DEFAULT_LOCALE, read_resources(folder / DEFAULT_LOCALE)), None)
        catalogs = {DEFAULT_LOCALE: english}
        for locale in SHIPPED[1:]:
            catalogs[locale] = Catalog(locale, bundle_of(locale, read_resources(folder / locale)), english)
        return cls(catalogs)

    def __getitem__(self, discord_locale: str | None) -> Catalog:
        """The catalog a reader with this Discord locale reads (English where none is shipped)."""
        return self._catalogs[catalog_locale(discord_locale)]

    @property
    def english(self) -> Catalog:
        return self._catalogs[DEFAULT_LOCALE]

    def translation(self, discord_locale: str) -> Catalog | None:
        """The catalog translating English for this locale; None where the reader gets English."""
        locale = catalog_locale(discord_locale)
        return None if locale == DEFAULT_LOCALE else self._catalogs[locale]


def read_resources(folder: Path) -> list[ast.Resource]:
    """Every .ftl file of one language, parsed; a file Fluent cannot parse is refused with where and why."""
    resources = []
    for path in sorted(folder.glob("*.ftl")):
        resource = FluentResource(path.read_text(encoding="utf-8"))
        for entry in resource.body:
            if isinstance(entry, ast.Junk):
                annotations = "; ".join(str(annotation.message) for annotation in entry.annotations)
                raise ValueError(f"{path}: cannot parse {str(entry.content).strip()!r}: {annotations}")
        resources.append(resource)
    return resources


def bundle_of(locale: str, resources: list[ast.Resource]) -> FluentBundle:
    # Isolation marks (U+2068/U+2069 around each placeable) would show in Discord as stray characters
    # around mentions and break its markdown; Doorman's messages are not bidirectional.
    bundle = FluentBundle([locale], use_isolating=False)
    for resource in resources:
        bundle.add_resource(resource)
    return bundle


@functools.cache
def english() -> Catalog:
    """The English catalog, for what must be English text before any bot exists: command descriptions,
    which Discord shows when it has no translation for the reader's locale."""
    return Catalogs.load().english
