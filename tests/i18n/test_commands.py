"""Command descriptions reach Discord in every shipped language, and a changed translation re-syncs."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

from bot.app import create_bot
from bot.i18n import Catalogs
from bot.i18n.catalogs import LOCALES


def synced(env: Any) -> list[Any]:
    return [r.json for r in env.http_requests if r.method == "PUT" and r.path.endswith("/commands")]


def command(payloads: list[dict[str, Any]], name: str) -> dict[str, Any]:
    return next(payload for payload in payloads if payload["name"] == name)


async def test_descriptions_are_sent_in_each_shipped_language(simcord_env: Any) -> None:
    [payloads] = synced(simcord_env)
    redeem = command(payloads, "redeem")
    localized = redeem["description_localizations"]
    assert set(localized) == {"de", "es-ES", "es-419", "fr", "pt-BR", "ja"}  # English is the default text
    assert localized["es-419"] == localized["es-ES"]
    assert len(set(localized.values()) | {redeem["description"]}) == 6
    [code] = redeem["options"]
    assert code["name"] == "code" and not code.get("name_localizations")
    assert set(code["description_localizations"]) == set(localized)


async def test_a_changed_translation_is_synced_at_the_next_start(simcord_env: Any, tmp_path: Path) -> None:
    changed = tmp_path / "locales"
    shutil.copytree(LOCALES, changed)
    # Every one-line German message without placeholders gets a "!" at its end.
    for path in (changed / "de").glob("*.ftl"):
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r"(?m)^([a-z0-9-]+ = [^{\n]*\S)$", r"\1!", text), encoding="utf-8")
    bot = create_bot(simcord_env.bot.config, Catalogs.load(changed))
    try:
        await simcord_env.restart_bot(bot)
        assert len(synced(simcord_env)) == 2
        redeem = command(synced(simcord_env)[-1], "redeem")
        assert redeem["description_localizations"]["de"].endswith("!")
    finally:
        await bot.close()


async def test_an_unchanged_catalog_does_not_resync(simcord_env: Any, make_bot: Any) -> None:
    await simcord_env.restart_bot(make_bot())
    assert len(synced(simcord_env)) == 1
