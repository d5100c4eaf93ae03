"""Fluent messages compiled to plain values and formatted here, without fluent.runtime.

Doorman's catalogs use a small part of Fluent: text, `{ $variable }`, and select expressions on a
variable, where a number picks an exact key (`[0]`) or its CLDR plural category (`[one]`) and a
string picks the variant of that name. fluent.runtime formats all of Fluent, but each language it
formats loads Babel's whole CLDR data for it, about 1.5 MB held and twice that at its peak, to read
one plural rule: with six languages, more than the rest of the bot held (memory_vs_bare read 1.43
against 1.18 before languages). So fluent.syntax parses the files, `compile_message` keeps what
formatting needs as tuples, and the plural rules are CLDR's, in locales.py. Anything else Fluent
offers (terms, message references, functions, attributes) is refused when a catalog loads, with
where. One difference is deliberate: numbers show without digit grouping (1000, not Fluent's 1,000 or
1.000), as Doorman showed them before it had languages.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from fluent.syntax import ast

log = logging.getLogger(__name__)

Arg = str | int


@dataclass(frozen=True, slots=True)
class Variable:
    name: str


@dataclass(frozen=True, slots=True)
class Select:
    """`{ $name -> [key] … *[default] … }`: exact numbers, then names (plural categories or strings)."""

    name: str
    numbers: Mapping[int, Compiled]
    names: Mapping[str, Compiled]
    default: Compiled


Compiled = tuple[str | Variable | Select, ...]


class Unsupported(ValueError):
    """The catalog uses Fluent syntax Doorman does not format."""


def compile_message(message: ast.Message) -> Compiled | str:
    """The message's value as formatting needs it: plain text as a str, the rest as parts."""
    if message.attributes:
        raise Unsupported(f"{message.id.name}: attributes (.name = …) are not used by Doorman")
    assert message.value is not None
    parts = _compile(message.value, message.id.name)
    if all(isinstance(part, str) for part in parts):
        return "".join(parts)  # type: ignore[arg-type]  # all str, as just checked
    return parts


def _compile(pattern: ast.Pattern, where: str) -> Compiled:
    parts: list[str | Variable | Select] = []
    for element in pattern.elements:
        part = element.value if isinstance(element, ast.TextElement) else _expression(element.expression, where)
        if isinstance(part, str) and parts and isinstance(parts[-1], str):
            parts[-1] += part
        else:
            parts.append(part)
    return tuple(parts)


def _expression(expression: ast.BaseNode, where: str) -> str | Variable | Select:
    match expression:
        case ast.StringLiteral():
            return str(expression.parse()["value"])
        case ast.NumberLiteral():
            return str(expression.value)
        case ast.VariableReference():
            return Variable(expression.id.name)
        case ast.SelectExpression(selector=ast.VariableReference() as selector):
            numbers: dict[int, Compiled] = {}
            names: dict[str, Compiled] = {}
            default: Compiled = ()
            for variant in expression.variants:
                compiled = _compile(variant.value, where)
                if isinstance(variant.key, ast.NumberLiteral):
                    if not variant.key.value.lstrip("-").isdigit():
                        raise Unsupported(f"{where}: [{variant.key.value}]: only whole numbers are shown")
                    numbers[int(variant.key.value)] = compiled
                else:
                    names[variant.key.name] = compiled
                if variant.default:
                    default = compiled
            return Select(selector.id.name, numbers, names, default)
        case ast.Placeable():
            return _expression(expression.expression, where)
    raise Unsupported(f"{where}: {type(expression).__name__} is not used by Doorman (text, $variables and selects)")


def format_parts(parts: Compiled, args: Mapping[str, Arg], plural: Callable[[int], str], key: str) -> str:
    """The parts with `args` filled in. A variable the caller did not give shows as {$name}, and is logged."""
    out: list[str] = []
    for part in parts:
        if isinstance(part, str):
            out.append(part)
        elif isinstance(part, Variable):
            value = args.get(part.name)
            if value is None:
                log.error("message %r: no value for $%s", key, part.name)
            out.append(f"{{${part.name}}}" if value is None else str(value))
        else:
            out.append(format_parts(_variant(part, args.get(part.name), plural), args, plural, key))
    return "".join(out)


def _variant(select: Select, value: Arg | None, plural: Callable[[int], str]) -> Compiled:
    if isinstance(value, int):
        if value in select.numbers:
            return select.numbers[value]
        return select.names.get(plural(value), select.default)
    if isinstance(value, str):
        return select.names.get(value, select.default)
    return select.default
