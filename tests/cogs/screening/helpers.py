"""People who came and went: what the screening tests start from."""

from __future__ import annotations

from typing import Any


def fields(message: Any) -> dict[str, str]:
    return {field.name: field.value for field in message.embeds[0].fields}


async def admitted_then_left(world: Any, name: str = "bob") -> tuple[Any, Any]:
    """Someone redeemed a code (approval off), was admitted, left and joined the server again: (user, member)."""
    user = world.env.create_user(name)
    member = world.guild.add_member(user, roles=[world.newcomer_role])
    code = await world.create_code()
    await member.slash(world.welcome, "redeem", code=code)
    assert await world.roles_of(member) == {"Member"}
    await world.env.advance_time(60)  # a later join than the admission: they left in between
    world.guild.remove_member(member)
    await world.env.settle()
    return user, rejoin(world, user)


def rejoin(world: Any, user: Any) -> Any:
    return world.guild.add_member(user, roles=[world.newcomer_role])
