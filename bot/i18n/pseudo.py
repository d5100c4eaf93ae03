"""A pseudo-language for tests: English with every message wrapped in ⟦…⟧.

Run the bot with it and anything a person reads outside the brackets was written outside the catalogs
(tests/i18n/test_pseudo.py). Placeholder values (mentions, codes, names) sit inside their message's
brackets; text that joins messages (a bullet, a newline) has no letters.
"""

from __future__ import annotations

from fluent.syntax import ast
from fluent.syntax.visitor import Transformer

from bot.i18n.catalogs import LOCALES, Catalog, Catalogs, read_resources
from bot.i18n.locales import DEFAULT_LOCALE

OPEN, CLOSE = "⟦", "⟧"


class _Bracketed(Transformer):
    def visit_Pattern(self, node: ast.Pattern) -> ast.Pattern:
        self.generic_visit(node)
        node.elements = [ast.TextElement(OPEN), *node.elements, ast.TextElement(CLOSE)]
        return node


def pseudo_catalogs() -> Catalogs:
    """Every language reads the pseudo-language (with English's plural rules)."""

    def bracketed(locale: str, fallback: Catalog | None) -> Catalog:
        resources = (_Bracketed().visit(resource) for resource in read_resources(LOCALES / DEFAULT_LOCALE))
        return Catalog(DEFAULT_LOCALE, resources, None)

    return Catalogs(bracketed)


def unbracketed(text: str) -> str:
    """What of `text` lies outside every ⟦…⟧ (nested ones included; an unclosed one runs to the end,
    as when a long message was cut)."""
    outside, depth = [], 0
    for char in text:
        if char == OPEN:
            depth += 1
        elif char == CLOSE and depth:
            depth -= 1
        elif not depth:
            outside.append(char)
    return "".join(outside)
