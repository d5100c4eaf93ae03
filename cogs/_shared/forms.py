"""Forms (modals) answered from their payload alone: what was typed into them.

Doorman sends its forms finished, so discord.py keeps none in memory, and a listener answers each submission
from its custom_id (a restart or a time-out forgets nothing; see cogs/admissions/_approvals.py DenyForms).
"""

from __future__ import annotations

from typing import Any


def typed(components: list[Any], custom_id: str) -> str:
    """What was typed into the form's text input `custom_id` (inside action rows or labels)."""
    for component in components:
        if component.get("custom_id") == custom_id:
            return str(component.get("value") or "")
        inner = component.get("components") or ([component["component"]] if "component" in component else [])
        if found := typed(inner, custom_id):
            return found
    return ""
