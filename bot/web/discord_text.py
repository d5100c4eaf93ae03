"""Words written for Discord, shown on a page: the same sentences, with Discord's markup made HTML.

The dashboard says what the bot says (a refusal, a request's signals) by calling the same renderers,
which write Discord markup: mentions, timestamps, **bold**, `code` and backslash escapes. The text is
escaped whole first, so only the markup recognised here becomes tags, and names put in are escaped.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import discord
from markupsafe import Markup, escape

_MARKUP = re.compile(
    r"&lt;t:(?P<time>\d{1,12})(?::[a-zA-Z])?&gt;"
    r"|&lt;@!?(?P<user>\d{1,20})&gt;"
    r"|&lt;@&amp;(?P<role>\d{1,20})&gt;"
    r"|&lt;#(?P<channel>\d{1,20})&gt;"
    r"|\*\*(?P<bold>.+?)\*\*"
    r"|`(?P<code>[^`]+)`"
    # What discord.utils.escape_markdown escapes: a link's [ too, and a quote's > (escaped for HTML by now).
    r"|\\(?P<escaped>[\\*_~`|#\[-]|&gt;)",
    re.DOTALL,
)


class Names:
    """How a page names what Discord markup points at."""

    def __init__(
        self,
        user: Callable[[int], str],
        role: Callable[[int], str],
        channel: Callable[[int], str],
        when: Callable[[int], str],
    ) -> None:
        self.user, self.role, self.channel, self.when = user, role, channel, when


def to_html(text: str, names: Names) -> Markup:
    """`text` as HTML: escaped, its Discord markup rendered, its line breaks kept."""

    def replace(match: re.Match[str]) -> str:
        if match["time"] is not None:
            return str(escape(names.when(int(match["time"]))))
        if match["user"] is not None:
            return str(escape("@" + names.user(int(match["user"]))))
        if match["role"] is not None:
            return str(escape("@" + names.role(int(match["role"]))))
        if match["channel"] is not None:
            return str(escape("#" + names.channel(int(match["channel"]))))
        if match["bold"] is not None:
            return f"<strong>{_MARKUP.sub(replace, match['bold'])}</strong>"
        if match["code"] is not None:
            return f"<code>{match['code']}</code>"  # already escaped, and nothing inside a code span is markup
        return match["escaped"]

    html = _MARKUP.sub(replace, str(escape(text)))
    return Markup(html.replace("\n", "<br>\n"))


def embed_fields(embed: discord.Embed) -> list[tuple[str, str]]:
    """An embed's fields (name, value), in Discord's words, for a page to show with `discord(...)`."""
    return [(str(field.name), str(field.value)) for field in embed.fields]
