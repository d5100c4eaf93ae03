"""The vouch tree on the web (SPEC 16, admins): a graph of links, the same tree as nested lists, the chain above and
the tree below to a chosen depth; in the session's guild only."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from bot.core import bans
from bot.core.repositories import Database
from bot.web.pages import tree as tree_page
from tests.core.guild import GUILD, NOW
from tests.web.arrivals import arrive, open_the_gate
from tests.web.conftest import ADMIN, MEMBER, MODERATOR, OTHER_GUILD, FakePeople, Web

# A chain 101 -> 102 -> 103, and under 103: 104 (who brought 106) and 105.
CHAIN = [(101, 102), (102, 103), (103, 104), (104, 106), (103, 105)]


class _Listed(HTMLParser):
    """The tree's list as (nesting, user ID, standing): nesting 1 for the list's top, 2 for those under it..."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[int, int, str]] = []
        self.nesting = 0
        self.inside = False
        self.user: int | None = None
        self.standing = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "ul" and (self.inside or attributes.get("class") == "tree-list"):
            self.inside = True
            self.nesting += 1
        elif self.inside and tag == "a":
            found = re.search(r"member=(\d+)", attributes.get("href") or "")
            assert found is not None
            self.user = int(found.group(1))
        elif self.inside and tag == "span" and "status" in (attributes.get("class") or ""):
            self.standing = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "ul" and self.inside:
            self.nesting -= 1
            self.inside = self.nesting > 0

    def handle_data(self, data: str) -> None:
        if self.standing and self.user is not None:
            self.found.append((self.nesting, self.user, data.strip()))
            self.standing, self.user = False, None


def listed(page: str) -> list[tuple[int, int, str]]:
    parser = _Listed()
    parser.feed(page)
    return parser.found


def drawn_people(page: str) -> list[int]:
    return [int(user) for user in re.findall(r'class="tree-node[^"]*" href="[^"]*" data-user="(\d+)"', page)]


def drawn_edges(page: str) -> set[tuple[int, int]]:
    return {(int(a), int(b)) for a, b in re.findall(r'data-from="(\d+)" data-to="(\d+)"', page)}


@pytest.fixture
async def chain(db: Database) -> None:
    await open_the_gate(db)
    for inviter, newcomer in CHAIN:
        await arrive(db, inviter, newcomer, granted=newcomer != 105)  # 105 still waits for their roles


async def test_a_chain_with_a_branch_below_shows_as_a_graph_and_as_nested_lists(web: Web, chain: None) -> None:
    web.sign_in(ADMIN)
    page = await web.get("/admin/tree?member=103")
    assert listed(page) == [
        (1, 101, "member"),
        (2, 102, "member"),
        (3, 103, "member"),
        (4, 104, "member"),
        (5, 106, "member"),
        (4, 105, "awaiting approval"),
    ]
    assert sorted(drawn_people(page)) == [101, 102, 103, 104, 105, 106]
    assert drawn_edges(page) == set(CHAIN)
    assert 'data-user="103" aria-label' in page and 'aria-current="page"' in page
    assert "2 people above them in the chain of vouching." in page
    assert "3 people below them (to 3 levels)." in page
    assert '<a href="/admin/tree?member=104">' in page  # each person opens their own tree, from the list
    assert 'href="/admin/tree?member=104#tree-member"' in page  # and from the graph, scrolled to them


async def test_standings_are_in_the_readers_language(web: Web, db: Database, chain: None) -> None:
    await bans.member_banned(db, guild_id=GUILD, user_id=104, now=NOW)
    web.sign_in(ADMIN, locale="de")
    page = await web.get("/admin/tree?member=103")
    assert (4, 104, "gebannt") in listed(page) and (4, 105, "wartet auf Annahme") in listed(page)
    assert '<html lang="de">' in page


async def test_names_holding_html_are_shown_escaped(web: Web, people: FakePeople, chain: None) -> None:
    people.join(104, name="<script>alert(1)</script>")
    people.join(105, name='"><img src=x onerror=alert(1)>')
    web.sign_in(ADMIN)
    page = await web.get("/admin/tree?member=103")
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # in the list and in the graph
    assert page.count("&lt;img src=x onerror=alert(1)&gt;") >= 2


async def test_the_depth_chosen_limits_the_tree_below(web: Web, chain: None) -> None:
    web.sign_in(ADMIN)
    shallow = await web.get("/admin/tree?member=102&depth=1")
    assert [user for _, user, _ in listed(shallow)] == [101, 102, 103]
    assert '<option value="1" selected>' in shallow
    assert 'href="/admin/tree?member=103&amp;depth=1"' in shallow  # the depth is kept from person to person
    deeper = await web.get("/admin/tree?member=102&depth=3")
    assert [user for _, user, _ in listed(deeper)] == [101, 102, 103, 104, 106, 105]


@pytest.mark.parametrize(
    ("depth", "said"), [("0", "`depth` must be from 1 to 5"), ("9", "from 1 to 5"), ("two", "must be a whole number")]
)
async def test_a_depth_out_of_range_is_refused_with_the_form_kept(web: Web, chain: None, depth: str, said: str) -> None:
    web.sign_in(ADMIN)
    page = await web.get(f"/admin/tree?member=103&depth={depth}", status=400)
    assert said in re.sub(r"</?code>", "`", page)
    assert 'class="flash error"' in page and 'name="member" value="103"' in page and "tree-node" not in page


@pytest.mark.parametrize("member", ["abc", "12 34", "-5", "0", "99999999999999999999", "<script>"])
async def test_something_not_a_user_id_is_refused_plainly(web: Web, chain: None, member: str) -> None:
    web.sign_in(ADMIN)
    page = await web.get(f"/admin/tree?member={member.replace(' ', '+').replace('<', '%3C').replace('>', '%3E')}", 400)
    assert "That is not a user ID." in page and 'aria-invalid="true"' in page
    assert "<script>" not in page


async def test_a_mention_pasted_from_discord_finds_the_member(web: Web, chain: None) -> None:
    web.sign_in(ADMIN)
    page = await web.get("/admin/tree?member=%3C%40%21103%3E")
    assert (3, 103, "member") in listed(page)


async def test_without_a_member_the_tree_is_the_viewers(web: Web, db: Database) -> None:
    await open_the_gate(db)
    await arrive(db, ADMIN, MEMBER)
    web.sign_in(ADMIN)
    page = await web.get("/admin/tree")
    assert listed(page) == [(1, ADMIN, "member"), (2, MEMBER, "member")]
    assert 'name="member" value="700"' in page


async def test_someone_never_admitted_stands_alone(web: Web, chain: None) -> None:
    web.sign_in(ADMIN)
    page = await web.get("/admin/tree?member=999")
    assert listed(page) == [(1, 999, "member")]
    assert drawn_people(page) == [999] and drawn_edges(page) == set()
    assert "Doorman has no record in this server of anyone vouching for them" in page
    assert "Nobody vouched for them." in page


async def test_another_servers_admissions_never_show(web: Web, db: Database, chain: None) -> None:
    await open_the_gate(db, guild_id=OTHER_GUILD)
    await arrive(db, 201, 103, guild_id=OTHER_GUILD)  # 103 came into the other server through 201
    await arrive(db, 103, 202, guild_id=OTHER_GUILD)
    web.sign_in(ADMIN)
    page = await web.get("/admin/tree?member=103")
    assert [user for _, user, _ in listed(page)] == [101, 102, 103, 104, 106, 105]
    assert "201" not in page and "202" not in page


@pytest.mark.parametrize("who", [MEMBER, MODERATOR])
async def test_only_admins_see_the_tree(web: Web, chain: None, who: int) -> None:
    web.sign_in(who)
    page = await web.get("/admin/tree?member=103", status=403)
    assert "tree-node" not in page and "101" not in page


@pytest.mark.parametrize(("most", "shown"), [(2, [104, 105]), (1, [104])])
async def test_a_tree_too_large_shows_its_nearest_levels_and_says_so(
    web: Web, chain: None, monkeypatch: pytest.MonkeyPatch, most: int, shown: list[int]
) -> None:
    monkeypatch.setattr(tree_page, "MAX_SHOWN", most)
    web.sign_in(ADMIN)
    page = await web.get("/admin/tree?member=103")
    assert [user for _, user, _ in listed(page)] == [101, 102, 103, *shown]
    assert sorted(drawn_people(page)) == sorted([101, 102, 103, *shown])
    assert f"Only the nearest {most} of the 3 people below are shown here" in page
    assert "3 people below them (to 3 levels)." in page
