"""`python -m bot demo --lang`: the story told in another language, and the helper that makes SimCord's
people use Discord in one (bot/simulated_locales.py)."""

from typing import Any

import discord
import pytest
import simcord
from discord import app_commands

from bot.core.codes import MalformedCode, normalize_code
from bot.core.questions import MAX_QUESTION, is_optional
from bot.i18n import SHIPPED, Catalogs
from bot.simulated_locales import speaking
from tests.app.test_cli import cli


def narration(out: str) -> list[str]:
    """The demo's own lines: everything but blank lines and what people see (the bot's words, after "│")."""
    return [line for line in out.splitlines() if line.strip() and "│" not in line]


def test_demo_in_german_runs_to_the_end_and_narrates_every_line_in_german(tmp_path):
    english = cli("demo", cwd=tmp_path)
    german = cli("demo", "--lang", "de", cwd=tmp_path)
    assert english.returncode == 0, english.stderr
    assert german.returncode == 0, german.stderr
    for expected in (
        "━━ Schritt 1: Ein Admin richtet Doorman ein",
        "━━ Schritt 20: Wer hat wen eingeladen",
        "━━ Schritt 14: Ein Mitglied, das gegangen war, kommt ohne Code zurück",
        "━━ Schritt 16: Beitrittsfragen: Ein Neuling beantwortet sie",
        "━━ Schritt 19: Der Warteraum: Wer beitritt, aber nie einen Code einlöst",
        "ivan in #willkommen: schreibt in „Seit wann kletterst du?“: Seit etwa zwei Jahren, vor allem Bouldern",
        "│ Wo kletterst du meistens? (optional): In der Halle am Bahnhof und jedes Frühjahr in Fontainebleau",
        "⏳ 24 Stunden später",
        "│ 👋 Du bist Kletterclub beigetreten, wurdest aber noch nicht aufgenommen.",
        "│ 👢 @judy wurde gekickt",
        "judy ist nicht mehr auf dem Server.",
        "━━ Schritt 5: Jemand, der im Club niemanden kennt, setzt sich in #willkommen auf die Warteliste",
        "ada in #allgemein: /gate setup welcome_channel:#willkommen",
        "sieht (nur für diese Person sichtbar):",
        "Rollen von bob vorher: Neuling",
        "gibt als Grund ein: Niemand im Club kennt dieses Konto",
        "#doorman-log, eine Zeile pro Ereignis:",
    ):
        assert expected in german.stdout, expected
    assert len(narration(german.stdout)) == len(narration(english.stdout))
    left_in_english = set(narration(german.stdout)) & set(narration(english.stdout))
    assert not left_in_english


@pytest.mark.parametrize("locale", SHIPPED)
def test_the_demo_asks_one_required_and_one_optional_question_that_fit_a_form_in_every_language(locale):
    # The second ends in that language's "(optional)"; a question over a form's label limit would be refused.
    t = Catalogs.load()[locale]
    assert is_optional(t("demo-question-where")) and not is_optional(t("demo-question-climbing"))
    assert max(len(t("demo-question-where")), len(t("demo-question-climbing"))) <= MAX_QUESTION


@pytest.mark.parametrize("locale", [locale for locale in SHIPPED if locale not in ("en", "de")])
def test_the_demo_screens_newcomers_in_every_language(tmp_path, locale):
    """The screening steps (SPEC section 13) told in each language, up to the last step."""
    t = Catalogs.load()[locale]
    done = cli("demo", "--lang", locale, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    steps = [line for line in done.stdout.splitlines() if line.startswith("━━")]
    assert len(steps) == 20
    for number, key in (
        (14, "demo-step-returning"),
        (15, "demo-step-young-account"),
        (16, "demo-step-questions"),
        (19, "demo-step-waiting-room"),
        (20, "demo-step-whois"),
    ):
        assert steps[number - 1] == t("demo-step", number=str(number), title=t(key))
    answer = f"│ {t('demo-question-climbing')}: {t('demo-answer-climbing')}"
    assert done.stdout.count(answer) == 1  # in the request; /gate whois shows it its own way
    whois = t("questions-whois-answer", question=t("demo-question-climbing"), answer=t("demo-answer-climbing"))
    assert f"│ {whois.replace('**', '')}\n" in done.stdout  # the transcript shows bold as plain text
    assert t("demo-gone", who="judy") in done.stdout


def test_demo_refuses_a_language_it_does_not_ship_naming_the_choices(tmp_path):
    done = cli("demo", "--lang", "xx", cwd=tmp_path)
    assert done.returncode == 2 and done.stdout == ""
    assert "argument --lang: invalid choice: 'xx'" in done.stderr
    assert "'de'" in done.stderr and "'pt-BR'" in done.stderr


@pytest.mark.parametrize("locale", SHIPPED)
def test_the_bad_code_the_demo_types_is_malformed_in_every_language(locale):
    # Were it well formed, it would count as a failed attempt and the lockout would come a step early.
    with pytest.raises(MalformedCode):
        normalize_code(Catalogs.load()[locale]("demo-bad-code"))


class Recorder(discord.Client):
    """A bot with one command, /where, that remembers the locales each interaction came with."""

    def __init__(self) -> None:
        super().__init__(intents=discord.Intents.default())
        self.tree = app_commands.CommandTree(self)
        self.seen: list[tuple[discord.Locale, discord.Locale | None]] = []

        @self.tree.command(name="where", description="which locale")
        async def where(interaction: discord.Interaction) -> None:
            self.seen.append((interaction.locale, interaction.guild_locale))
            await interaction.response.send_message("ok", ephemeral=True)

    async def setup_hook(self) -> None:
        await self.tree.sync()


async def test_speaking_sends_each_users_locale_and_the_guilds_preferred_one_then_restores_simcord():
    original = simcord.interactions.base_payload
    bot = Recorder()
    async with simcord.run(bot) as env:
        guild = env.create_guild("Club", preferred_locale="fr")
        channel = guild.create_text_channel("general")
        yuki: Any = guild.add_member(env.create_user("yuki"))
        sam: Any = guild.add_member(env.create_user("sam"))
        await env.settle()
        with speaking(env, {yuki.id: "ja"}) as spoken:
            await yuki.slash(channel, "where")
            await sam.slash(channel, "where")
            spoken.set(sam.id, "pt-BR")
            await sam.slash(channel, "where")
        assert simcord.interactions.base_payload is original
        await sam.slash(channel, "where")
        await bot.close()
    assert bot.seen == [
        (discord.Locale.japanese, discord.Locale.french),
        (discord.Locale.american_english, discord.Locale.french),
        (discord.Locale.brazil_portuguese, discord.Locale.french),
        (discord.Locale.american_english, discord.Locale.american_english),  # SimCord's own, once restored
    ]


async def test_speaking_refuses_a_locale_discord_does_not_have():
    bot = Recorder()
    async with simcord.run(bot) as env:
        with pytest.raises(ValueError, match="'german' is not a Discord locale"), speaking(env, default="german"):
            pass
        await bot.close()
