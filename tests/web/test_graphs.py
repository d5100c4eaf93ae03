"""The dashboard's drawings (SPEC section 16): the vouch tree and the charts, read back as XML.

Every drawing must parse (an XML reader is stricter than a browser), show every person once, escape what people
typed, and never write a coordinate that is not a number.
"""

import re
import xml.etree.ElementTree as ET
from itertools import combinations, pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markupsafe import Markup

from bot.core.tree import Node, Standing, Tree
from bot.web.graphs import Series, bars_svg, nice_ticks, part_bars_svg, table_rows, tree_svg

NS = "{http://www.w3.org/2000/svg}"
WORDS = {
    Standing.MEMBER: "member",
    Standing.AWAITING: "awaiting approval",
    Standing.DENIED: "denied",
    Standing.LEFT: "left",
    Standing.BANNED: "banned",
    Standing.SUSPENDED: "suspended",
}
HOSTILE = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "Tom & Jerry", "it's"]
NUMERIC = ("x", "y", "x1", "y1", "x2", "y2", "width", "height", "r", "d", "transform", "viewBox")


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def everywhere(root: ET.Element, tag: str, cls: str | None = None) -> list[ET.Element]:
    found = root.iter(NS + tag)
    return [e for e in found if cls is None or cls in (e.get("class") or "").split()]


def numbers_are_finite(root: ET.Element) -> bool:
    return not any(
        re.search(r"nan|inf", element.get(name, ""), re.IGNORECASE) for element in root.iter() for name in NUMERIC
    )


def draw(tree: Tree, names: dict[int, str] | None = None) -> ET.Element:
    svg = tree_svg(
        tree,
        name=lambda user_id: (names or {}).get(user_id, f"user {user_id}"),
        href=lambda user_id: f"/admin/tree?member={user_id}",
        label=WORDS.__getitem__,
        title="Invite tree of dave",
    )
    assert isinstance(svg, Markup)
    return parse(svg)


def vouched(wide: int = 4) -> tuple[Tree, set[tuple[int, int]]]:
    """As /gate tree's test builds it: alice -> bob -> carol -> dave, and under dave `wide` people, each with 3,
    each with a chain of 2 (wide 4: the 40 people over 4 levels of depth=5); and who invited whom."""
    above = [Node(1, Standing.MEMBER, -3), Node(2, Standing.MEMBER, -2), Node(3, Standing.SUSPENDED, -1)]
    below, edges, next_id = [], {(1, 2), (2, 3), (3, 4)}, 10_000
    for _ in range(wide):
        first, next_id = next_id, next_id + 1
        below.append(Node(first, Standing.MEMBER, 1))
        edges.add((4, first))
        for _ in range(3):
            chain = [first, next_id, next_id + 1, next_id + 2]
            next_id += 3
            below += [Node(user, Standing.AWAITING, depth) for depth, user in enumerate(chain[1:], 2)]
            edges |= set(pairwise(chain))
    return Tree(above, Node(4, Standing.MEMBER, 0), below), edges


def boxes(root: ET.Element) -> dict[int, tuple[float, float]]:
    """Each person's box, by user ID: its top-left corner."""
    found = {}
    for link in everywhere(root, "a", "tree-node"):
        box = next(e for e in everywhere(link, "rect", "tree-box"))
        found[int(link.get("data-user", ""))] = (float(box.get("x", "")), float(box.get("y", "")))
    return found


def box_size(root: ET.Element) -> tuple[float, float]:
    box = everywhere(root, "rect", "tree-box")[0]
    return float(box.get("width", "")), float(box.get("height", ""))


# The tree


def test_the_tree_is_one_labelled_drawing_that_keeps_its_size():
    root = draw(vouched()[0])
    assert root.get("role") == "group" and root.get("aria-label") == "Invite tree of dave"
    assert root.find(NS + "title").text == "Invite tree of dave"
    _, _, width, height = (float(n) for n in root.get("viewBox", "").split())
    assert (root.get("width"), root.get("height")) == (f"{width:g}", f"{height:g}")


def test_everyone_of_the_forty_is_drawn_once_with_an_edge_from_their_inviter():
    tree, edges = vouched()
    root = draw(tree)
    drawn = [int(a.get("data-user", "")) for a in everywhere(root, "a", "tree-node")]
    assert len(drawn) == 44 and sorted(drawn) == sorted([1, 2, 3, 4, *(n.user_id for n in tree.below)])
    paths = everywhere(root, "path", "tree-edge")
    assert {(int(p.get("data-from", "")), int(p.get("data-to", ""))) for p in paths} == edges
    assert len(paths) == len(edges) == 43


def test_each_person_links_to_the_tree_centred_on_them_with_their_name_and_standing():
    root = draw(vouched()[0], {3: "carol"})
    links = {int(a.get("data-user", "")): a for a in everywhere(root, "a", "tree-node")}
    carol = links[3]
    assert carol.get("href") == "/admin/tree?member=3"
    assert carol.get("aria-label") == "carol (suspended)" == carol.find(NS + "title").text
    assert [t.text for t in everywhere(carol, "text")] == ["carol", "suspended"]


def test_the_member_the_tree_is_about_stands_out():
    root = draw(vouched()[0])
    current = everywhere(root, "a", "tree-current")
    assert [a.get("data-user") for a in current] == ["4"]
    assert current[0].get("aria-current") == "page" and everywhere(current[0], "rect", "tree-halo")
    assert current[0].get("id") == "tree-member"  # a link may end in #tree-member to scroll there
    assert all(a.get("aria-current") is None for a in everywhere(root, "a", "tree-node") if a not in current)


def test_each_standing_has_its_word_its_class_its_colour_and_its_own_shape():
    below = [Node(10 + i, standing, 1) for i, standing in enumerate(Standing)]
    root = draw(Tree([], Node(1, Standing.MEMBER, 0), below))
    looks = {}
    for link in everywhere(root, "a", "tree-node")[1:]:
        standing = Standing(link.get("class", "").split()[1].removeprefix("standing-"))
        word = everywhere(link, "text", "tree-standing")[0].text
        marker = everywhere(link, "g", "tree-marker")[0]
        looks[standing] = (word, marker.get("fill"), ET.tostring(marker[0]) + b"".join(map(ET.tostring, marker[1:])))
    assert {s: look[0] for s, look in looks.items()} == WORDS
    assert len({look[1] for look in looks.values()}) == 6  # six colours
    shapes = {re.sub(rb' (fill|stroke|xmlns:?\w*)="[^"]*"', b"", look[2]) for look in looks.values()}
    assert len(shapes) == 6  # and six shapes, for whoever cannot tell the colours apart


def test_the_chain_stands_over_the_member_and_each_level_below_is_a_line():
    tree, _ = vouched(wide=2)
    root = draw(tree)
    at = boxes(root)
    _, height = box_size(root)
    assert len({at[user][0] for user in (1, 2, 3, 4)}) == 1
    assert at[1][1] < at[2][1] < at[3][1] < at[4][1]
    levels = {depth: {at[n.user_id][1] for n in tree.below if n.depth == depth} for depth in (1, 2, 3, 4)}
    assert all(len(ys) == 1 for ys in levels.values())
    assert at[4][1] + height < min(levels[1]) and max(levels[1]) + height < min(levels[2])


def test_a_parent_is_centred_over_its_children_and_no_boxes_overlap():
    tree, edges = vouched(wide=2)
    root = draw(tree)
    at = boxes(root)
    width, height = box_size(root)
    for parent in (4, *(n.user_id for n in tree.below if n.depth == 1)):
        kids = sorted(at[child][0] for inviter, child in edges if inviter == parent)
        assert at[parent][0] == pytest.approx((kids[0] + kids[-1]) / 2)
    for (x1, y1), (x2, y2) in combinations(at.values(), 2):
        assert abs(x1 - x2) >= width or abs(y1 - y2) >= height


def test_a_row_wider_than_a_screen_folds_into_a_stack_hung_off_the_inviters_line():
    tree, _ = vouched()  # under dave 4 subtrees 3 wide: 12 boxes in a row
    root = draw(tree)
    at = boxes(root)
    width, height = box_size(root)
    _, _, drawn_width, _ = (float(n) for n in root.get("viewBox", "").split())
    assert drawn_width < 4 * width
    firsts = [n.user_id for n in tree.below if n.depth == 1]
    assert [at[user][1] for user in firsts] == sorted(at[user][1] for user in firsts)  # one below the other
    assert len({at[user][0] for user in firsts}) == 1
    for path in everywhere(root, "path", "tree-edge"):
        if path.get("data-from") == "4":  # from dave's bottom, down his left, into the side of each box
            end = re.findall(r"[\d.]+ [\d.]+", path.get("d", ""))[-1].split()
            to = at[int(path.get("data-to", ""))]
            assert (float(end[0]), float(end[1])) == (to[0], to[1] + height / 2)
    for (x1, y1), (x2, y2) in combinations(at.values(), 2):
        assert abs(x1 - x2) >= width or abs(y1 - y2) >= height


def test_many_invitees_without_invitees_stack_in_columns_not_one_long_line():
    below = [Node(100 + i, Standing.MEMBER, 1) for i in range(300)]
    root = draw(Tree([], Node(1, Standing.MEMBER, 0), below))
    _, _, width, height = (float(n) for n in root.get("viewBox", "").split())
    assert len(everywhere(root, "a", "tree-node")) == 301 and len(everywhere(root, "path", "tree-edge")) == 300
    assert width < 2_000 and height < 4_000  # a row of 300 boxes would be 60,000 wide
    at = boxes(root)
    assert len({y for _, y in at.values()}) > 10
    box_w, box_h = box_size(root)
    for (x1, y1), (x2, y2) in combinations(at.values(), 2):
        assert abs(x1 - x2) >= box_w or abs(y1 - y2) >= box_h


def test_a_member_nobody_vouched_for_alone():
    root = draw(Tree([], Node(1, Standing.MEMBER, 0), []))
    assert [a.get("data-user") for a in everywhere(root, "a", "tree-node")] == ["1"]
    assert everywhere(root, "path", "tree-edge") == []


@pytest.mark.parametrize("name", HOSTILE)
def test_names_are_escaped_wherever_they_appear(name):
    svg = tree_svg(
        Tree([], Node(1, Standing.MEMBER, 0), [Node(2, Standing.DENIED, 1)]),
        name=lambda user_id: name,
        href=lambda user_id: f'/admin/tree?member={user_id}&x="',
        label=WORDS.__getitem__,
        title=f"Invite tree of {name}",
    )
    assert "<script" not in svg and "<img" not in svg
    root = parse(svg)
    assert {e.tag for e in root.iter()} <= {
        NS + tag for tag in ("svg", "title", "g", "path", "a", "rect", "text", "circle")
    }
    assert root.get("aria-label") == f"Invite tree of {name}"
    link = everywhere(root, "a", "tree-node")[1]
    assert link.get("href") == '/admin/tree?member=2&x="'
    assert link.get("aria-label") == f"{name} (denied)"
    shown = everywhere(link, "text", "tree-name")[0].text
    assert shown == name or (shown.endswith("…") and name.startswith(shown[:-1]))  # a long one is cut


def test_a_long_name_is_cut_in_its_box_and_whole_in_its_title():
    name = "A display name far too long for any box"
    root = draw(Tree([], Node(1, Standing.MEMBER, 0), []), {1: name})
    assert everywhere(root, "text", "tree-name")[0].text == "A display name far t…"
    words = everywhere(root, "text", "tree-name")[0]
    viewport = next(e for e in everywhere(root, "svg")[1:] if words in list(e))  # which clips what still overflows
    box = everywhere(root, "rect", "tree-box")[0]
    assert float(viewport.get("x", "")) + float(viewport.get("width", "")) < float(box.get("x", "")) + box_size(root)[0]
    assert everywhere(root, "a", "tree-node")[0].get("aria-label") == f"{name} (member)"


def test_characters_xml_forbids_are_dropped_not_written():
    root = draw(Tree([], Node(1, Standing.MEMBER, 0), []), {1: "a\x00b\x1bc\ud800d"})
    assert everywhere(root, "text", "tree-name")[0].text == "abcd"


@st.composite
def trees(draw_: st.DrawFn) -> Tree:
    ids = draw_(st.lists(st.integers(1, 10**18), min_size=1, max_size=120, unique=True))
    above_count = draw_(st.integers(0, len(ids) - 1))
    standings = st.sampled_from(list(Standing))
    above = [Node(user, draw_(standings), i - above_count) for i, user in enumerate(ids[:above_count])]
    below, depth = [], 0
    for user in ids[above_count + 1 :]:
        depth = draw_(st.integers(1, min(5, depth + 1)))  # depth first: down one, or back up any way
        below.append(Node(user, draw_(standings), depth))
    return Tree(above, Node(ids[above_count], draw_(standings), 0), below)


@settings(max_examples=60, deadline=None)
@given(tree=trees(), names=st.text(max_size=40))
def test_any_tree_draws_every_person_once_without_overlap_or_a_bad_number(tree, names):
    svg = tree_svg(tree, name=lambda _: names, href=lambda u: f"?member={u}", label=WORDS.__getitem__, title=names)
    root = parse(svg)
    everyone = [n.user_id for n in (*tree.above, tree.member, *tree.below)]
    assert sorted(int(a.get("data-user", "")) for a in everywhere(root, "a", "tree-node")) == sorted(everyone)
    assert len(everywhere(root, "path", "tree-edge")) == len(everyone) - 1
    assert numbers_are_finite(root)
    at, (width, height) = boxes(root), box_size(root)
    for (x1, y1), (x2, y2) in combinations(at.values(), 2):
        assert abs(x1 - x2) >= width or abs(y1 - y2) >= height
    _, _, right, bottom = (float(n) for n in root.get("viewBox", "").split())
    assert all(x >= 0 and x + width <= right and y >= 0 and y + height <= bottom for x, y in at.values())


# The charts

DAYS = [f"Nov {day}" for day in range(1, 31)]


def bars(root: ET.Element, cls: str = "chart-bar") -> list[ET.Element]:
    return everywhere(root, "rect", cls)


def test_nice_ticks_are_round_steps_from_zero_past_the_highest():
    assert nice_ticks(9) == [0, 2, 4, 6, 8, 10]
    assert nice_ticks(37) == [0, 10, 20, 30, 40]
    assert nice_ticks(40) == [0, 10, 20, 30, 40]
    assert nice_ticks(1234) == [0, 500, 1000, 1500]
    assert nice_ticks(1) == [0, 1] and nice_ticks(3) == [0, 1, 2, 3]  # counts: never a step below 1
    assert nice_ticks(0) == [0, 1]


def test_columns_per_day_are_as_tall_as_their_counts_on_one_baseline():
    redemptions = [i % 7 for i in range(30)]
    denials = [1 if i % 3 == 0 else 0 for i in range(30)]
    root = parse(bars_svg([Series("Redemptions", redemptions), Series("Denials", denials)], DAYS, title="Per day"))
    drawn = bars(root)
    assert len(drawn) == sum(1 for v in redemptions + denials if v)
    assert len(bars(root, "chart-series-0")) == sum(1 for v in redemptions if v) + 1  # and its legend swatch
    per_unit = {float(r.get("height", "")) / int(r.find(NS + "title").text.rsplit(": ", 1)[1]) for r in drawn}
    assert max(per_unit) == pytest.approx(min(per_unit), abs=0.2)
    assert len({round(float(r.get("y", "")) + float(r.get("height", "")), 1) for r in drawn}) == 1
    assert [t.text for t in everywhere(root, "text", "chart-tick")] == ["0", "2", "4", "6"]
    tallest = max(drawn, key=lambda r: float(r.get("height", "")))
    assert tallest.find(NS + "title").text.endswith("Redemptions: 6")


def test_columns_have_a_legend_a_few_dates_and_a_title():
    root = parse(bars_svg([Series("Redemptions", [1] * 30), Series("Admissions", [1] * 30)], DAYS, title="Per day"))
    assert root.get("role") == "img" and root.find(NS + "title").text == "Per day" and root.get("width") is None
    legend = everywhere(root, "g", "chart-legend")[0]
    assert [t.text for t in everywhere(legend, "text")] == ["Redemptions", "Admissions"]
    dates = [t.text for t in everywhere(root, "text", "chart-label")]
    assert dates[0] == "Nov 1" and 3 <= len(dates) <= 6


def test_no_data_draws_a_clean_empty_chart():
    zeros = [Series("Redemptions", [0] * 30), Series("Denials", [0] * 30)]
    root = parse(bars_svg(zeros, DAYS, title="Per day", empty="Nothing in these 30 days."))
    assert bars(root) == [] and numbers_are_finite(root)
    assert [t.text for t in everywhere(root, "text", "chart-empty")] == ["Nothing in these 30 days."]
    assert parse(bars_svg([], [], title="Per day")) is not None
    root = parse(part_bars_svg(Series("Limit", []), Series("Spent", []), [], title="Quota", empty="Nobody yet."))
    assert bars(root) == [] and everywhere(root, "text", "chart-empty")[0].text == "Nobody yet."


def test_the_part_is_drawn_over_the_whole_in_proportion_and_written_out():
    members = ["alice", "bob", "carol"]
    root = parse(part_bars_svg(Series("Limit", [5, 5, 10]), Series("Spent", [5, 2, 0]), members, title="Quota use"))
    wholes = [float(r.get("width", "")) for r in bars(root, "chart-whole")]
    parts = [float(r.get("width", "")) for r in bars(root, "chart-part")]
    assert wholes[0] == wholes[1] == pytest.approx(wholes[2] / 2) and parts == [
        wholes[0],
        pytest.approx(wholes[0] * 0.4),
        0,
    ]
    assert [t.text for t in everywhere(root, "text", "chart-label")] == members
    assert [t.text for t in everywhere(root, "text", "chart-value")] == ["5 / 5", "2 / 5", "0 / 10"]
    assert [t.text for t in everywhere(root, "text", "chart-tick")] == ["0", "2", "4", "6", "8", "10"]


@pytest.mark.parametrize("name", HOSTILE)
def test_chart_labels_series_and_titles_are_escaped(name):
    for svg in (
        bars_svg([Series(name, [1, 2])], [name, "x"], title=name, empty=name),
        part_bars_svg(Series(name, [2]), Series("Stayed", [1]), [name], title=name),
    ):
        assert "<script" not in svg and "<img" not in svg
        root = parse(svg)
        assert root.get("aria-label") == name and any(name in (e.text or "") for e in everywhere(root, "title")[1:])


def test_a_series_of_the_wrong_length_is_a_mistake():
    with pytest.raises(ValueError, match="has 2 values for 3 labels"):
        bars_svg([Series("Redemptions", [1, 2])], ["a", "b", "c"], title="Per day")


def test_the_numbers_for_the_table_beside_a_chart():
    rows = table_rows([Series("Admitted", [3, 0]), Series("Stayed", [2, 0])], ["alice", "bob"])
    assert rows == [("alice", [3, 2]), ("bob", [0, 0])]


counts = st.lists(st.integers(0, 10**12) | st.floats(allow_nan=True, allow_infinity=True), min_size=0, max_size=40)


@settings(max_examples=60, deadline=None)
@given(first=counts, second=counts, label=st.text(max_size=30))
def test_any_counts_draw_a_well_formed_chart_of_finite_numbers(first, second, label):
    n = min(len(first), len(second))
    labels = [label] * n
    for svg in (
        bars_svg([Series(label, first[:n]), Series("b", second[:n])], labels, title=label),
        part_bars_svg(Series(label, first[:n]), Series("b", second[:n]), labels, title=label),
    ):
        root = parse(svg)
        assert numbers_are_finite(root)
        assert all(float(r.get("height", "")) >= 0 and float(r.get("width", "")) >= 0 for r in bars(root))
        _, _, width, height = (float(v) for v in root.get("viewBox", "").split())
        assert all(float(r.get("x", "")) + float(r.get("width", "")) <= width + 0.1 for r in bars(root))
        assert all(
            0 <= float(r.get("y", "")) <= float(r.get("y", "")) + float(r.get("height", "")) <= height
            for r in bars(root)
        )
