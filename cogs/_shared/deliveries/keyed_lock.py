"""A lock per key (an admission's ID), kept only while someone holds or waits for it."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager


class KeyedLock:
    def __init__(self) -> None:
        self._locks: dict[int, tuple[asyncio.Lock, int]] = {}  # key: its lock, and how many hold or wait for it

    @asynccontextmanager
    async def holding(self, key: int | None) -> AsyncIterator[None]:
        """Hold the key's lock for the block (no lock for None)."""
        if key is None:
            yield
            return
        lock, wanted = self._locks.get(key, (asyncio.Lock(), 0))
        self._locks[key] = (lock, wanted + 1)
        try:
            async with lock:
                yield
        finally:
            lock, wanted = self._locks[key]
            if wanted == 1:
                del self._locks[key]
            else:
                self._locks[key] = (lock, wanted - 1)
