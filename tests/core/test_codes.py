import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core.codes import ALPHABET, LENGTH, MalformedCode, format_code, generate_code, normalize_code

canonical = st.text(alphabet=ALPHABET, min_size=LENGTH, max_size=LENGTH)


def test_generated_codes_are_twelve_crockford_symbols():
    codes = {generate_code() for _ in range(1000)}
    assert len(codes) == 1000
    assert all(len(code) == LENGTH and set(code) <= set(ALPHABET) for code in codes)


def test_format_groups_by_four():
    assert format_code("7KQ2M9XD4HBT") == "7KQ2-M9XD-4HBT"


@given(canonical)
def test_round_trip_through_display(code):
    assert normalize_code(format_code(code)) == code


@given(canonical, st.sampled_from(["lower", "spaced", "hyphens"]))
def test_forgiving_input_normalises_to_the_same_code(code, style):
    typed = {
        "lower": format_code(code).lower(),
        "spaced": " ".join(code),
        "hyphens": "--" + "-".join(code) + "-",
    }[style]
    assert normalize_code(typed) == code


@given(st.text(max_size=80))
def test_normalisation_is_idempotent_or_refuses(text):
    try:
        once = normalize_code(text)
    except MalformedCode:
        return
    assert normalize_code(once) == once
    assert len(once) == LENGTH and set(once) <= set(ALPHABET)


def test_lookalike_letters_read_as_digits():
    assert normalize_code("iLo0-1111-2222") == "1100" + "1111" + "2222"


@given(st.text(alphabet=ALPHABET + "-", max_size=30).filter(lambda t: len(t.replace("-", "")) != LENGTH))
def test_anything_but_twelve_symbols_is_malformed(text):
    with pytest.raises(MalformedCode):
        normalize_code(text)


@pytest.mark.parametrize("text", ["7KQ2-M9XD-4HBU", "7KQ2-M9XD-4HB!", "７KQ2-M9XD-4HBT", "x" * 6000, "ß" * 12])
def test_symbols_outside_the_alphabet_are_malformed(text):
    with pytest.raises(MalformedCode):
        normalize_code(text)
