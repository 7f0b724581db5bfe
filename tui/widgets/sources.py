"""The list of sources: title, outlet, date (≈ when estimated) and claim count."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from corpus.display import one_line
from corpus.model import Article
from tui.widgets.glyphs import article_date, article_title

OPEN_MARK = "▶ "  # the article shown in the reader; a glyph, so it shows without colour too


def source_prompt(article: Article, claim_count: int, *, is_open: bool = False) -> Text:
    prompt = Text(OPEN_MARK if is_open else "", style="bold")
    prompt.append(article_title(article, 120), style="bold")
    outlet = one_line(article.outlet, 40) if article.outlet else "outlet unknown"
    claims = f"{claim_count} claim{'s' if claim_count != 1 else ''}"
    prompt.append(f"\n{outlet} · {article_date(article)} · {claims}", style="dim")
    return prompt


def sort_key(article: Article) -> tuple[bool, str, str]:
    # Oldest first, undated last: the story reads in the order it happened.
    return (article.published is None, article.published or "", article_title(article))


class SourcesList(OptionList):
    """Options are keyed by article id; Enter opens the article. The open one is marked."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._articles: dict[str, tuple[Article, int]] = {}
        self.open_id: str | None = None

    def set_articles(self, articles: list[Article], claim_counts: dict[str, int]) -> None:
        ordered = sorted(articles, key=sort_key)
        self._articles = {article.id: (article, claim_counts.get(article.id, 0)) for article in ordered}
        self.set_options(Option(self._prompt(article.id), id=article.id) for article in ordered)

    def _prompt(self, article_id: str) -> Text:
        article, count = self._articles[article_id]
        return source_prompt(article, count, is_open=article_id == self.open_id)

    def highlight_article(self, article_id: str) -> None:
        """Mark ``article_id`` as the open article and move the cursor to it."""
        previous, self.open_id = self.open_id, article_id
        for changed in {previous, article_id} - {None}:
            if changed in self._articles:
                self.replace_option_prompt(changed, self._prompt(changed))
        try:
            index = self.get_option_index(article_id)
        except OptionDoesNotExist:
            return
        if self.highlighted != index:
            self.highlighted = index
