"""Reading a page's forms as a browser would submit them, unchanged."""

from __future__ import annotations

from html.parser import HTMLParser


class _Forms(HTMLParser):
    def __init__(self, action: str) -> None:
        super().__init__()
        self.action, self.inside, self.select = action, False, ""
        self.fields: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {name: value or "" for name, value in attrs}
        if tag == "form":
            self.inside = found.get("action") == self.action and found.get("method") == "post"
        elif not self.inside:
            return
        elif tag == "input" and "name" in found:
            self.fields[found["name"]] = found.get("value", "")
        elif tag == "select":
            self.select = found.get("name", "")
        elif tag == "option" and "selected" in found:
            self.fields[self.select] = found.get("value", "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self.inside = False


def form_fields(page: str, action: str) -> dict[str, str]:
    """The fields of the page's POST forms to `action`, as they stand (the last form's, if several)."""
    parser = _Forms(action)
    parser.feed(page)
    return parser.fields
