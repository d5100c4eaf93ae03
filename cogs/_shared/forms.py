"""Forms (modals) answered from their payload alone: what was typed into them.

Doorman sends its forms finished, so discord.py keeps none in memory, and a listener answers each submission
from its custom_id (a restart or a time-out forgets nothing; see cogs/admissions/_approvals.py DenyForms).
"""

from __future__ import annotations

from typing import Any


def typed(components: list[Any], custom_id: str) -> str:
    """What was typed into the form's text input `custom_id` (inside action rows or labels)."""
    return inputs(components).get(custom_id, "")


def inputs(components: list[Any]) -> dict[str, str]:
    """Every text input of a submitted form, by custom_id: what was typed into it ("" for nothing)."""
    found: dict[str, str] = {}
    for component in components:
        if "custom_id" in component:  # an input; Discord may leave out the value of one left empty
            found[str(component["custom_id"])] = str(component.get("value") or "")
        inner = component.get("components") or ([component["component"]] if "component" in component else [])
        found.update(inputs(inner))
    return found
