"""Small helpers shared by the app tests."""

from __future__ import annotations

from textual.widgets import OptionList

from tui.app import FactscopeApp
from tui.screens.main import MainScreen
from tui.widgets.reader import ArticleReader

SIZES = [(80, 24), (120, 40)]


def main_of(app: FactscopeApp) -> MainScreen:
    return app.main_screen


def reader_of(app: FactscopeApp) -> ArticleReader:
    return app.main_screen.query_one(ArticleReader)


def option_texts(option_list: OptionList) -> list[str]:
    return [str(option_list.get_option_at_index(i).prompt) for i in range(option_list.option_count)]


def screen_text(app: FactscopeApp) -> str:
    """Everything visible, as plain text (from the rendered SVG's text runs)."""
    import html
    import re

    svg = app.export_screenshot()
    chunks = re.findall(r"<text [^>]*>(.*?)</text>", svg)
    return "".join(html.unescape(chunk) for chunk in chunks).replace("\xa0", " ")


def visible_text(reader: ArticleReader) -> str:
    return "\n".join(reader.render_line(y).text for y in range(reader.scrollable_content_region.height))
