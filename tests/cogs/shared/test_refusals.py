"""Every refusal the core can raise has words, and they fit in a Discord message."""

import dataclasses
import importlib
import pkgutil
import typing

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import bot.core
from bot.core import places
from bot.core.policy import WAITING_ROOM_KEYS
from bot.core.quotas import QuotaRule
from bot.core.redemptions import CodeProblem, CodeRefused
from bot.core.refusals import Refused
from bot.core.settings import OutOfRange, PolicyRefused
from bot.core.waiting_room import NeedsMembersIntent
from bot.i18n.catalogs import english
from cogs._shared.refusals import render_refusal

for module in pkgutil.iter_modules(bot.core.__path__):
    importlib.import_module(f"bot.core.{module.name}")


def every_refusal(cls: type[Refused] = Refused) -> list[type[Refused]]:
    found = []
    for sub in cls.__subclasses__():
        found += [sub, *every_refusal(sub)]
    return found


REFUSALS = every_refusal()

# The facts drawn are the ones the core can produce, so that what fails here fails for people too.
# A quota is only ever exhausted when it has a limit: admins (limit None) are never refused one.
st.register_type_strategy(QuotaRule, st.builds(QuotaRule, limit=st.integers(0, 1000), period_days=st.integers(1, 365)))
# Text in a refusal is an option's or a setting's name, or a code as displayed: never free text.
NAMES = st.sampled_from(["uses", "expires_in", "note", "amount", "member_role", "log_channel", "invites_per_member"])
CODES = st.from_regex(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}", fullmatch=True)


def names(cls):
    """Realistic text for each text field of a dataclass."""
    return {f.name: CODES if f.name == "code" else NAMES for f in dataclasses.fields(cls) if f.type == "str"}


SETUP_PROBLEMS = st.one_of([st.builds(cls, **names(cls)) for cls in typing.get_args(places.SetupProblem)])
BOUNDED = {
    # /gate setup has 6 places and one bot: at most 8 problems; /gate policy has 4 numbers.
    places.SetupRefused: {"problems": st.lists(SETUP_PROBLEMS, max_size=8)},
    PolicyRefused: {"problems": st.lists(st.builds(OutOfRange, key=NAMES), max_size=4)},
    # The waiting room's two policy keys, one or both.
    NeedsMembersIntent: {"keys": st.lists(st.sampled_from(WAITING_ROOM_KEYS), min_size=1, unique=True).map(tuple)},
}


def facts(cls):
    """A strategy for realistic instances of a refusal."""
    return st.builds(cls, **{**names(cls), **BOUNDED.get(cls, {})})


def test_the_walk_finds_the_refusals():
    assert len(REFUSALS) >= 20, [cls.__name__ for cls in REFUSALS]


@pytest.mark.parametrize("cls", REFUSALS, ids=lambda cls: cls.__name__)
@settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_refusal_renders_as_one_message(cls, data):
    refusal = data.draw(facts(cls))
    text = render_refusal(english(), refusal)
    assert text.strip() and len(text) <= 2000
    assert "None" not in text and "<t:None" not in text


@pytest.mark.parametrize("problem", list(CodeProblem))
def test_a_refused_code_names_the_reason(problem):
    text = render_refusal(english(), CodeRefused(problem, attempts_left=3, locked_until=None, alert_guild=False))
    assert problem.value in text


def test_an_unknown_refusal_is_a_programming_error():
    class Unheard(Refused):
        pass

    with pytest.raises(TypeError, match="Unheard"):
        render_refusal(english(), Unheard())
