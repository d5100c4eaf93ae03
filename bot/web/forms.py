"""Reading a submitted form: every field a string, whatever was sent."""

from __future__ import annotations

from collections.abc import Mapping


def field(form: Mapping[str, object], name: str) -> str:
    """The field's text; '' if it is absent or a file. Its length is the core check's to refuse (the
    whole form is capped by the app's client_max_size)."""
    value = form.get(name, "")
    return value if isinstance(value, str) else ""
