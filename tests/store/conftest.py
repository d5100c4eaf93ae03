"""SQLite's own machinery: its files, PRAGMAs, group commit and query plans. SQLite only."""

import pytest


@pytest.fixture
def backend() -> str:
    return "sqlite"
