"""A code's line in lists says what the code is for when it is not a member's own invitation, and which code
replaced it or which it replaces (SPEC sections 10 and 11), in every shipped language."""

from __future__ import annotations

import pytest

from bot.core.codes import Code, CodeKind
from bot.i18n import SHIPPED, Catalogs
from bot.i18n.catalogs import english
from cogs._shared.lines import describe_codes

NOW = 1_800_000_000


def code(code_id: int, text: str, kind: CodeKind = CodeKind.MEMBER, **fields) -> Code:
    values = dict(
        id=code_id, guild_id=1, code=text, inviter_id=5, max_uses=1, uses=0, created_at=NOW, expires_at=NOW + 3600,
        for_user=None, note=None, revoked_at=None, revoked_by=None, kind=kind,
    )  # fmt: skip
    values.update(fields)
    return Code(**values)


@pytest.mark.parametrize(
    ("kind", "marker"), [(CodeKind.LINK, " · 🔗 shared link"), (CodeKind.WAITLIST, " · from the waitlist")]
)
def test_a_code_that_is_not_a_members_invitation_is_marked(kind, marker):
    [line] = describe_codes(english(), [code(1, "AAAABBBBCCCC", kind)], NOW, with_inviter=True)
    assert line.startswith("`AAAA-BBBB-CCCC` · 🟢 active · 0/1 use" + marker + " · by <@5>"), line


def test_a_members_code_carries_no_marker():
    [line] = describe_codes(english(), [code(1, "AAAABBBBCCCC")], NOW, with_inviter=False)
    assert "shared link" not in line and "waitlist" not in line


def test_a_regenerated_code_and_its_predecessor_name_each_other():
    old = code(1, "AAAABBBBCCCC", revoked_at=NOW, revoked_by=5)
    new = code(2, "DDDDEEEEFFFF", replaces=1, quota_from=NOW)
    new_line, old_line = describe_codes(english(), [new, old], NOW, with_inviter=False)
    assert "replaces `AAAA-BBBB-CCCC`" in new_line and "replaced by" not in new_line
    assert "replaced by `DDDD-EEEE-FFFF`" in old_line and "replaces" not in old_line


def test_a_predecessor_outside_the_list_is_not_named():
    [line] = describe_codes(english(), [code(2, "DDDDEEEEFFFF", replaces=1)], NOW, with_inviter=False)
    assert "replaces" not in line


@pytest.mark.parametrize("locale", SHIPPED[1:])
def test_the_markers_are_translated(locale):
    t = Catalogs.load()[locale]
    lines = describe_codes(t, [code(1, "AAAABBBBCCCC", CodeKind.LINK), code(2, "DDDDEEEEFFFF", CodeKind.WAITLIST)], NOW,
                           with_inviter=False)  # fmt: skip
    assert "shared link" not in lines[0] and "🔗" in lines[0]
    assert "waitlist" not in lines[1]
