"""Per-guild settings: where Doorman works (channels, roles) and the policy in effect."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from bot.core.admissions import AdmissionStatus
from bot.core.deliveries import log, owe
from bot.core.log_lines import SettingsLine
from bot.core.owed import ShowRequest, ShowWaitlistEntry
from bot.core.policy import BOOLEAN_KEYS, CHOICE_KEYS, POLICY_RANGES, Policy, in_range
from bot.core.questions import QuestionsEditedMeanwhile, digest, parse_questions
from bot.core.refusals import NotSetUp, Refused

if TYPE_CHECKING:
    from bot.core.repositories import Database, Transaction

# /gate setup's keys: the places Doorman works.
PLACE_KEYS = (
    "welcome_channel_id",
    "mod_channel_id",
    "log_channel_id",
    "member_role_id",
    "newcomer_role_id",
    "mod_role_id",
)
# The language of the moderator channel, alerts and the log: a shipped catalog's locale, or None for the
# guild's preferred locale (SPEC section 14). Set with /gate setup.
LANGUAGE_KEY = "language"
# The join questions (SPEC section 13), one a line; set with /gate questions (core.questions).
QUESTIONS_KEY = "join_questions"
# /gate policy's keys: a subset of Policy; the lockout stays with the config file.
POLICY_KEYS = (
    "invites_per_member",
    "quota_period_days",
    "code_ttl_days",
    "max_uses_per_code",
    "approval",
    "invite_links",
    "waitlist",
    "waitlist_cooldown_days",
    "invite_after_days",
    "min_account_age_days",
    "returning",
    "remind_after_hours",
    "kick_after_hours",
)

Change = int | bool | str | None

# update_settings' `command` for a change made on the web dashboard (SPEC section 16), not with a /gate command.
FROM_DASHBOARD = "dashboard"


@dataclass(frozen=True)
class GuildSettings:
    """One guild's settings, with the config defaults filled in where admins set nothing."""

    guild_id: int
    welcome_channel_id: int | None
    mod_channel_id: int | None
    log_channel_id: int | None
    member_role_id: int | None
    newcomer_role_id: int | None
    mod_role_id: int | None
    language: str | None
    policy: Policy
    overridden: frozenset[str]  # policy keys an admin set for this guild
    questions: tuple[str, ...] = ()  # asked of each newcomer before their code is claimed

    @property
    def is_set_up(self) -> bool:
        return None not in (self.welcome_channel_id, self.mod_channel_id, self.member_role_id)

    def require_setup(self) -> GuildSettings:
        if not self.is_set_up:
            raise NotSetUp()
        return self


@dataclass(frozen=True)
class OutOfRange:
    """One policy value an admin gave outside what the key accepts."""

    key: str
    low: int
    high: int
    given: int


@dataclass(eq=False)
class PolicyRefused(Refused):
    """/gate policy with values out of range: nothing was saved."""

    problems: list[OutOfRange]


@dataclass(eq=False)
class NothingToChange(Refused):
    """/gate policy without any option."""


async def read_settings(tx: Transaction, guild_id: int, defaults: Policy) -> GuildSettings:
    """The guild's settings inside a running transaction."""
    stored = await tx.settings.get(guild_id)
    overrides: dict[str, Any] = {}  # Policy field name -> an int, a bool for BOOLEAN_KEYS, a choice for CHOICE_KEYS
    for key in POLICY_KEYS:
        value = stored.get(key)
        if value is None:
            continue
        if key in BOOLEAN_KEYS:
            value = bool(value)
        elif key in CHOICE_KEYS:
            value = CHOICE_KEYS[key](value)
        overrides[key] = value
    return GuildSettings(
        guild_id=guild_id,
        welcome_channel_id=stored.get("welcome_channel_id"),
        mod_channel_id=stored.get("mod_channel_id"),
        log_channel_id=stored.get("log_channel_id"),
        member_role_id=stored.get("member_role_id"),
        newcomer_role_id=stored.get("newcomer_role_id"),
        mod_role_id=stored.get("mod_role_id"),
        language=stored.get(LANGUAGE_KEY),
        policy=replace(defaults, **overrides),
        overridden=frozenset(overrides),
        questions=tuple((stored.get(QUESTIONS_KEY) or "").splitlines()),
    )


def differences(before: GuildSettings, after: GuildSettings) -> tuple[tuple[str, Change, Change], ...]:
    """(setting, before, after) for each setting that changed, places first."""
    pairs = [(key, getattr(before, key), getattr(after, key)) for key in (*PLACE_KEYS, LANGUAGE_KEY)]
    pairs += [(key, getattr(before.policy, key), getattr(after.policy, key)) for key in POLICY_KEYS]
    pairs.append((QUESTIONS_KEY, "\n".join(before.questions) or None, "\n".join(after.questions) or None))
    return tuple((key, old, new) for key, old, new in pairs if old != new)


async def get_settings(db: Database, guild_id: int, defaults: Policy) -> GuildSettings:
    """The guild's settings, defaults filled in."""

    async def read(tx: Transaction) -> GuildSettings:
        return await read_settings(tx, guild_id, defaults)

    return await db.transaction(read)


def out_of_range(changes: Mapping[str, Change]) -> list[OutOfRange]:
    """The integer policy values in `changes` that their key does not accept."""
    return [
        OutOfRange(key, *POLICY_RANGES[key], given=int(value))
        for key, value in changes.items()
        if key in POLICY_RANGES and value is not None and not in_range(key, int(value))
    ]


async def update_settings(
    db: Database,
    guild_id: int,
    defaults: Policy,
    changes: Mapping[str, Change],
    *,
    by: int,
    command: str,
    now: int,
    expect: Callable[[GuildSettings], None] | None = None,
) -> tuple[GuildSettings, GuildSettings]:
    """Apply `changes` (PLACE_KEYS, LANGUAGE_KEY, POLICY_KEYS or QUESTIONS_KEY) for admin `by` with /gate
    `command`; (before, after). `expect` may refuse, from the settings as they stand in the same transaction.

    Refuses, saving nothing, when there is nothing to change or a policy value is out of range.
    The log channel (after the change) is owed a line saying what changed.
    """
    unknown = set(changes) - {*PLACE_KEYS, LANGUAGE_KEY, *POLICY_KEYS, QUESTIONS_KEY}
    if unknown:
        raise ValueError(f"not a setting: {sorted(unknown)}")
    problems = out_of_range(changes)
    if problems:
        raise PolicyRefused(problems)
    if not changes:
        raise NothingToChange()

    async def update(tx: Transaction) -> tuple[GuildSettings, GuildSettings]:
        before = await read_settings(tx, guild_id, defaults)
        if expect is not None:
            expect(before)
        await tx.settings.update(guild_id, changes)
        after = await read_settings(tx, guild_id, defaults)
        await log(tx, guild_id, SettingsLine(by, command, differences(before, after)), now=now)
        if after.mod_channel_id != before.mod_channel_id:
            # Requests follow the moderator channel in effect: each waiting one is shown there.
            for admission in await tx.admissions.open(guild_id):
                if admission.status is AdmissionStatus.AWAITING_APPROVAL:
                    await owe(tx, guild_id, ShowRequest(admission.id), now=now)
            # And so do waitlist entries waiting for a moderator.
            for entry_id in await tx.waitlist.waiting(guild_id):
                await owe(tx, guild_id, ShowWaitlistEntry(entry_id), now=now)
        return before, after

    return await db.transaction(update)


async def set_questions(
    db: Database, guild_id: int, defaults: Policy, typed: Sequence[str], *, opened_on: str, by: int, now: int
) -> GuildSettings:
    """Replace the guild's join questions with what admin `by` typed (all blank: it asks none), logged as a
    settings change. The settings after. `opened_on` is the digest of the questions their form was filled with:
    if another admin saved others since, nothing is saved (QuestionsEditedMeanwhile)."""
    questions = parse_questions(typed)

    def unchanged(before: GuildSettings) -> None:
        if digest(before.questions) != opened_on:
            raise QuestionsEditedMeanwhile()

    change = {QUESTIONS_KEY: "\n".join(questions) or None}
    _, after = await update_settings(
        db, guild_id, defaults, change, by=by, command="questions", now=now, expect=unchanged
    )
    return after
