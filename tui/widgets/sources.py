"""The list of sources: title, outlet, date (≈ when estimated) and claim count."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from corpus.model import Article
from tui.widgets.glyphs import article_date, article_title, one_line


def source_prompt(article: Article, claim_count: int) -> Text:
    prompt = Text(article_title(article, 120), style="bold")
    outlet = one_line(article.outlet, 40) if article.outlet else "outlet unknown"
    prompt.append(f"\n{outlet} · {article_date(article)} · {claim_count} claims", style="dim")
    return prompt


def sort_key(article: Article) -> tuple[bool, str, str]:
    # Oldest first, undated last: the story reads in the order it happened.
    return (article.published is None, article.published or "", article_title(article))


class SourcesList(OptionList):
    """Options are keyed by article id; Enter opens the article."""

    def set_articles(self, articles: list[Article], claim_counts: dict[str, int]) -> None:
        ordered = sorted(articles, key=sort_key)
        self.set_options(
            Option(source_prompt(article, claim_counts.get(article.id, 0)), id=article.id)
            for article in ordered
        )

    def highlight_article(self, article_id: str) -> None:
        try:
            index = self.get_option_index(article_id)
        except OptionDoesNotExist:
            return
        if self.highlighted != index:
            self.highlighted = index
