"""Each dialect's schema: numbered SQL files (0001_initial.sql, ...) in its own migrations folder."""

from __future__ import annotations

import re
from importlib.resources.abc import Traversable

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def numbered(folder: Traversable) -> list[tuple[int, str]]:
    """The migrations in `folder`, as (version, SQL) numbered 1..n without gaps."""
    found = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.read_text(encoding="utf-8")))
    found.sort()
    versions = [version for version, _ in found]
    if versions != list(range(1, len(versions) + 1)):
        raise RuntimeError(f"migrations must be numbered 1..n without gaps, found {versions}")
    return found
