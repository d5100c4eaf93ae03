"""Which guilds a process serves: the shards it runs, out of how many (SPEC section 15).

Discord puts a guild on shard `(guild_id >> 22) % shard_count`. A process carries the deliveries and
timers of the guilds on its own shards only: it has their gateway connection, and no other process
does, so nothing is carried twice and nothing is carried by a process that cannot see the guild.
"""

from __future__ import annotations

import socket
from dataclasses import dataclass


@dataclass(frozen=True)
class Shards:
    """Shards `ids` of `count`; `Shards.every()` is one process running them all."""

    count: int = 1
    ids: tuple[int, ...] = (0,)

    def __post_init__(self) -> None:
        if self.count < 1:
            raise ValueError(f"a shard count is at least 1, got {self.count}")
        if not self.ids or len(set(self.ids)) != len(self.ids) or not all(0 <= i < self.count for i in self.ids):
            raise ValueError(f"shard IDs must be distinct, from 0 to {self.count - 1}, got {list(self.ids)}")

    @classmethod
    def every(cls, count: int = 1) -> Shards:
        return cls(count, tuple(range(count)))

    @property
    def all(self) -> bool:
        """Whether this process runs every shard (then every guild is its own)."""
        return len(self.ids) == self.count

    def holds(self, guild_id: int) -> bool:
        return shard_of(guild_id, self.count) in self.ids


# One process running the one shard: a bot that is not sharded.
ONE_PROCESS = Shards()


def shard_of(guild_id: int, count: int) -> int:
    """The shard Discord puts the guild on."""
    return (guild_id >> 22) % count


def carrier_name(shards: Shards) -> str:
    """Who carries what this process commits (core.deliveries): the machine, and its shards unless all.

    A restart on the same machine with the same shards takes back whatever its predecessor held.
    """
    host = socket.gethostname()
    return host if shards.all else f"{host} shards {','.join(map(str, shards.ids))} of {shards.count}"
