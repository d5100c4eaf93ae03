"""SQLite's own machinery: its files, PRAGMAs, group commit and query plans. SQLite only."""

import pytest

from tests.core.guild import configure, opened


@pytest.fixture
def backend() -> str:
    return "sqlite"


@pytest.fixture
async def path(tmp_path):
    """A configured guild's SQLite database file, for the tests that read its query plans."""
    async with opened(tmp_path / "plans.db") as db:
        await configure(db)
    return tmp_path / "plans.db"
