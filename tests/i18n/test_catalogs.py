"""The catalogs themselves: every shipped language has every message, with the same placeholders, and
every message the code asks for exists (SPEC section 14)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from fluent.syntax import FluentParser
from fluent.syntax import ast as fluent
from fluent.syntax.visitor import Visitor

from bot.i18n import SHIPPED, Catalogs
from bot.i18n.catalogs import LOCALES

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = SHIPPED[1:]


class _Variables(Visitor):
    def __init__(self) -> None:
        self.names: set[str] = set()

    def visit_VariableReference(self, node: fluent.VariableReference) -> None:
        self.names.add(node.id.name)


def messages(locale: str) -> dict[str, set[str]]:
    """Each message of a language's catalogs, by ID, with the variables it uses."""
    found: dict[str, set[str]] = {}
    for path in sorted((LOCALES / locale).glob("*.ftl")):
        for entry in FluentParser().parse(path.read_text(encoding="utf-8")).body:
            if isinstance(entry, fluent.Message):
                assert entry.id.name not in found, f"{entry.id.name} defined twice in {locale}"
                variables = _Variables()
                variables.visit(entry)
                found[entry.id.name] = variables.names
    return found


KEY = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)+$")
# The dashboard's templates ask for their words as `t("…")` (or with single quotes), like the code.
TEMPLATE_KEY = re.compile(r"""\bt\(\s*["']([a-z][a-z0-9]*(?:-[a-z0-9]+)+)["']""")


def template_keys() -> list[str]:
    return [key for path in ROOT.glob("bot/web/templates/*.html") for key in TEMPLATE_KEY.findall(path.read_text())]


def calls_with_keys() -> list[tuple[str, str]]:
    """(function, message ID) for each call in bot/ and cogs/ whose first argument is a literal shaped like a
    message ID (`t("…")`, `words("…")`, `described("…")`, `reader(interaction)("…")`), and each such literal
    held in a dict (the refusal tables); argparse's subcommand names aside."""
    found = []
    for path in [*ROOT.glob("bot/**/*.py"), *ROOT.glob("cogs/**/*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
                name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
                if isinstance(node.args[0].value, str) and KEY.match(node.args[0].value) and name != "add_parser":
                    found.append((name, node.args[0].value))
            elif isinstance(node, ast.Dict):
                found += [
                    ("dict", v.value) for v in node.values if isinstance(v, ast.Constant) and KEY.match(str(v.value))
                ]
    return found + [("template", key) for key in template_keys()]


def keys_asked_for() -> set[str]:
    return {key for _, key in calls_with_keys()}


def string_literals() -> set[str]:
    literals = set()
    for path in [*ROOT.glob("bot/**/*.py"), *ROOT.glob("cogs/**/*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                literals.add(node.value)
    return literals | set(template_keys())


def test_every_shipped_catalog_loads() -> None:
    catalogs = Catalogs.load()
    for locale in SHIPPED:
        assert catalogs[locale].locale == locale


@pytest.mark.parametrize("locale", TRANSLATIONS)
def test_a_translation_has_every_english_message_and_nothing_else(locale: str) -> None:
    english, translated = messages("en"), messages(locale)
    assert sorted(set(english) - set(translated)) == [], f"missing in {locale}"
    assert sorted(set(translated) - set(english)) == [], f"in {locale} but not in English"


@pytest.mark.parametrize("locale", TRANSLATIONS)
def test_a_translation_uses_the_same_placeholders_as_english(locale: str) -> None:
    english, translated = messages("en"), messages(locale)
    different = {
        key: (sorted(english[key]), sorted(translated[key]))
        for key in english.keys() & translated.keys()
        if english[key] != translated[key]
    }
    assert different == {}


def test_every_message_the_code_asks_for_is_in_english() -> None:
    assert sorted(keys_asked_for() - set(messages("en"))) == []


def test_every_english_message_is_used_by_the_code() -> None:
    """A message no code names is dead weight for every translator."""
    assert sorted(set(messages("en")) - string_literals()) == []


# Discord refuses a whole message (or the whole command sync) over any of these (SPEC section 17).
LABELS = ("admissions-button-approve", "admissions-button-deny", "pages-previous", "pages-next",
          "deliveries-alert-retry-button", "waitlist-button-invite", "waitlist-button-decline")  # fmt: skip
FORM = ("admissions-deny-form-title", "admissions-deny-form-reason", "waitlist-decline-form-title",
        "waitlist-decline-form-reason")  # fmt: skip


@pytest.mark.parametrize("locale", SHIPPED)
def test_every_text_fits_discords_limit_in_every_language(locale: str) -> None:
    catalog = Catalogs.load()[locale]
    described = {key for name, key in calls_with_keys() if name == "described"}
    assert described  # the scan found the descriptions
    too_long = [(key, len(catalog(key))) for key in described if not 1 <= len(catalog(key)) <= 100]
    too_long += [(key, len(catalog(key))) for key in LABELS if len(catalog(key)) > 80]
    too_long += [(key, len(catalog(key))) for key in FORM if len(catalog(key)) > 45]
    assert too_long == []
