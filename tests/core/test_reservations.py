"""A reservation names one account by ID, or one username; each is satisfied only by what it names."""

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from bot.core.codes import ReservationById, ReservationByUsername
from bot.core.inputs import InvalidUser, UnknownAccount, parse_for_user

IDS = st.integers(1, 2**63 - 1)
USERNAMES = st.from_regex(r"[a-z0-9_.]{2,32}", fullmatch=True)


@given(reserved=IDS, other=IDS, username=st.one_of(st.text(), IDS.map(str)))
def test_a_reservation_by_id_is_never_satisfied_by_a_username(reserved, other, username):
    assume(other != reserved)
    assert not ReservationById(reserved).admits(other, str(reserved))
    assert not ReservationById(reserved).admits(other, username)
    assert ReservationById(reserved).admits(reserved, username)


@given(reserved=USERNAMES, user_id=IDS, username=st.text())
def test_a_reservation_by_username_is_satisfied_by_that_username_in_any_case_only(reserved, user_id, username):
    assert ReservationByUsername(reserved).admits(user_id, reserved.upper())
    assert ReservationByUsername(reserved).admits(user_id, username) is (username.lower() == reserved)


@pytest.mark.parametrize(
    ("typed", "reservation"),
    [
        ("123456789012345678", ReservationById(123456789012345678)),
        (" <@123456789012345678> ", ReservationById(123456789012345678)),
        ("<@!123456789012345678>", ReservationById(123456789012345678)),
        # All digits of an ID's length is an ID even after an @: it is looked up, never matched as a name.
        ("@123456789012345678", ReservationById(123456789012345678)),
        ("@Carol_99", ReservationByUsername("carol_99")),
        ("12345678901234", ReservationByUsername("12345678901234")),  # too short for an ID
    ],
)
def test_an_id_or_mention_reserves_by_id_and_anything_else_valid_by_username(typed, reservation):
    assert parse_for_user(typed) == reservation


@pytest.mark.parametrize("typed", ["not a name!", "<@123>", "a", "x" * 33, "<@&123456789012345678>"])
def test_what_is_neither_an_id_nor_a_username_is_refused(typed):
    with pytest.raises(InvalidUser):
        parse_for_user(typed)


def test_an_id_beyond_what_a_snowflake_holds_names_no_account():
    with pytest.raises(UnknownAccount) as refused:
        parse_for_user("99999999999999999999")
    assert refused.value.user_id == 99999999999999999999
