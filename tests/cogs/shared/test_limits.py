"""Text cut to fit Discord's limits: never over the limit, and a cut always shows."""

from __future__ import annotations

import discord
from hypothesis import given
from hypothesis import strategies as st

from bot.i18n.catalogs import english
from cogs._shared.limits import MARKER, listed, shorten
from cogs._shared.markup import escaped
from cogs._shared.pages import LINE_LIMIT, PAGE_SIZE, paginate

limits = st.integers(min_value=len(MARKER) + 1, max_value=2000)


@given(st.text(), limits)
def test_shortened_text_fits_and_shows_the_cut(text: str, limit: int) -> None:
    shown = shorten(text, limit)
    assert len(shown) <= limit
    assert shown == text if len(text) <= limit else shown.endswith(MARKER)


@given(st.text(alphabet=st.sampled_from("*_`~|\\>#-[]()a @<&>")), limits)
def test_typed_text_is_escaped_cut_after_escaping_and_never_ends_in_half_an_escape(text: str, limit: int) -> None:
    shown = escaped(text, limit)
    assert len(shown) <= limit
    whole = discord.utils.escape_markdown(text)
    if len(whole) <= limit:
        assert shown == whole
    else:
        body = shown.removesuffix(MARKER)
        assert whole.startswith(body) and (len(body) - len(body.rstrip("\\"))) % 2 == 0


def test_the_longest_reason_of_the_worst_character_fits_an_embed_field_whole() -> None:
    assert escaped("*" * 500, 1024) == "\\*" * 500


words = st.text(alphabet=st.characters(blacklist_characters=",\n"), min_size=1, max_size=30)


@given(st.lists(words, max_size=200), st.integers(min_value=40, max_value=2000))
def test_a_list_keeps_what_fits_and_counts_the_rest(items: list[str], limit: int) -> None:
    shown = listed(items, limit, more=lambda left: f"and {left} more", separator=", ")
    assert len(shown) <= limit
    if shown != ", ".join(items):
        *kept, tail = shown.split(", ")
        assert kept == items[: len(kept)] and tail == f"and {len(items) - len(kept)} more"


@given(st.lists(st.text(alphabet=st.characters(blacklist_characters="\n"), max_size=3000), max_size=60))
def test_every_page_fits_an_embed_and_shows_every_line(lines: list[str]) -> None:
    pages = paginate(english(), "A title " * 50, lines, empty="Nothing.")
    assert len(pages) == max(1, -(-len(lines) // PAGE_SIZE))
    for number, page in enumerate(pages):
        assert len(page.title or "") <= 256 and len(page.description or "") <= 4096 and len(page) <= 6000
        if lines:
            shown = (page.description or "").split("\n")
            assert shown == [shorten(line, LINE_LIMIT) for line in lines[number * PAGE_SIZE : (number + 1) * PAGE_SIZE]]
