"""Every refusal the core can raise has words, and they fit in a Discord message."""

import importlib
import pkgutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import bot.core
from bot.core.quotas import QuotaRule
from bot.core.redeem import CodeProblem, CodeRefused
from bot.core.refusals import Refused
from cogs._shared.refusals import render_refusal

for module in pkgutil.iter_modules(bot.core.__path__):
    importlib.import_module(f"bot.core.{module.name}")


def every_refusal(cls: type[Refused] = Refused) -> list[type[Refused]]:
    found = []
    for sub in cls.__subclasses__():
        found += [sub, *every_refusal(sub)]
    return found


REFUSALS = every_refusal()
# A quota is only ever exhausted when it has a limit: admins (limit None) are never refused one.
st.register_type_strategy(QuotaRule, st.builds(QuotaRule, limit=st.integers(0, 1000), period_days=st.integers(1, 365)))


def test_the_walk_finds_the_refusals():
    assert len(REFUSALS) >= 20, [cls.__name__ for cls in REFUSALS]


@pytest.mark.parametrize("cls", REFUSALS, ids=lambda cls: cls.__name__)
@settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_refusal_renders_as_one_message(cls, data):
    refusal = data.draw(st.builds(cls))
    text = render_refusal(refusal)
    assert text.strip() and len(text) <= 2000
    assert "None" not in text and "<t:None" not in text


@pytest.mark.parametrize("problem", list(CodeProblem))
def test_a_refused_code_names_the_reason(problem):
    text = render_refusal(CodeRefused(problem, attempts_left=3, locked_until=None, alert_guild=False))
    assert problem.value in text


def test_an_unknown_refusal_is_a_programming_error():
    class Unheard(Refused):
        pass

    with pytest.raises(TypeError, match="Unheard"):
        render_refusal(Unheard())
