"""Doorman formats its Fluent messages itself (bot/i18n/patterns.py): the same text fluent.runtime would
make, for every message of every shipped catalog, and a clear refusal of syntax it does not format."""

from __future__ import annotations

import functools
from typing import Any

import babel
import babel.plural
import pytest
from fluent.runtime import FluentBundle
from fluent.syntax import FluentParser, ast
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.i18n import SHIPPED, Catalog
from bot.i18n.catalogs import LOCALES, read_resources
from bot.i18n.locales import PLURAL_RULES
from bot.i18n.patterns import Unsupported
from tests.i18n.test_catalogs import messages


def selectors(message: ast.Message) -> dict[str, set[str]]:
    """The variables a message selects on, with the variant names it offers for each."""
    found: dict[str, set[str]] = {}

    def walk(node: Any) -> None:
        if isinstance(node, ast.SelectExpression) and isinstance(node.selector, ast.VariableReference):
            names = {v.key.name for v in node.variants if isinstance(v.key, ast.Identifier)}
            found.setdefault(node.selector.id.name, set()).update(names)
        if isinstance(node, ast.BaseNode):
            for value in vars(node).values():
                for child in value if isinstance(value, list) else [value]:
                    walk(child)

    walk(message)
    return found


def catalog_messages(locale: str) -> dict[str, ast.Message]:
    return {
        entry.id.name: entry
        for resource in read_resources(LOCALES / locale)
        for entry in resource.body
        if isinstance(entry, ast.Message)
    }


@functools.cache
def both(locale: str) -> tuple[dict[str, ast.Message], Catalog, FluentBundle, dict[str, set[str]]]:
    """A language's messages, its catalog as Doorman formats it, and fluent.runtime's bundle: read once."""
    reference = FluentBundle([locale], use_isolating=False)
    for resource in read_resources(LOCALES / locale):
        reference.add_resource(resource)
    ours = Catalog(locale, read_resources(LOCALES / locale), None)
    return catalog_messages(locale), ours, reference, messages(locale)


@pytest.mark.parametrize("locale", SHIPPED)
@settings(max_examples=30, deadline=None)
@given(data=st.data())
def test_every_message_reads_as_fluent_runtime_would_make_it(locale: str, data: st.DataObject) -> None:
    entries, ours, reference, variables = both(locale)
    for key, entry in entries.items():
        chosen = selectors(entry)
        args: dict[str, str | int] = {}
        for name in variables[key]:
            if name in chosen and chosen[name] - {"one", "few", "many", "other", "zero", "two"}:
                args[name] = data.draw(st.sampled_from([*sorted(chosen[name]), "unknown"]))  # a string select
            elif name in chosen:
                args[name] = data.draw(st.integers(0, 999))  # a number: Fluent groups digits from 1,000
            else:
                args[name] = data.draw(st.text(max_size=12))
        expected, errors = reference.format_pattern(reference.get_message(key).value, args)
        assert errors == []
        assert ours(key, **args) == expected, (locale, key, args)


def compiled(source: str) -> Catalog:
    return Catalog("en", [FluentParser(with_spans=False).parse(source)], None)


def test_an_exact_number_is_chosen_before_its_plural_category() -> None:
    catalog = compiled("left = { $count ->\n    [0] none left\n    [one] one left\n   *[other] { $count } left\n}\n")
    assert [catalog("left", count=n) for n in (0, 1, 7)] == ["none left", "one left", "7 left"]


def test_a_missing_variable_shows_its_name(caplog: pytest.LogCaptureFixture) -> None:
    assert compiled("hello = Hello { $name }!\n")("hello") == "Hello {$name}!"
    assert "no value for $name" in caplog.text


@pytest.mark.parametrize(
    "source",
    [
        "-brand = Doorman\nhello = { -brand }\n",
        "other = x\nhello = { other }\n",
        "hello = { NUMBER($n) }\n",
        "hello = Hi\n    .title = Hello\n",
    ],
)
def test_syntax_doorman_does_not_format_is_refused_when_loading(source: str) -> None:
    with pytest.raises(Unsupported):
        compiled(source)


@pytest.mark.parametrize("locale", SHIPPED)
def test_the_plural_rules_are_cldrs(locale: str) -> None:
    cldr = babel.plural.to_python(babel.Locale.parse(locale.replace("-", "_")).plural_form.rules)
    numbers = [*range(2_000), 999_999, 1_000_000, 1_000_001, 2_000_000, 10**9, 10**12]
    assert [PLURAL_RULES[locale](n) for n in numbers] == [cldr(n) for n in numbers]
