"""A line that is only a web address (as saved, or as a tokeniser spaces it out) is the page's address: no claim."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.extract.claims import is_claim_text
from corpus.loader import article_id
from corpus.model import Article

_HEADLINE = "Barge operator fined over canal spill"
_LEDE = "A barge operator was fined 40,000 pounds on Tuesday for a diesel spill in the Tarrow canal, the court said.\n"


def _texts(address: str) -> list[str]:
    body = f"{address}\n{_HEADLINE}\n{_LEDE}"
    article = Article(
        id=article_id(body),
        title=_HEADLINE,
        outlet=None,
        authors=[],
        published="2031-04-08",
        published_estimated=False,
        source_file="w.txt",
        body=body,
    )
    return [c.text for c in extract_article(article)[0]]


@pytest.mark.parametrize(
    "address",
    [
        "http: / / www. tarrowgazette. com / news / 2031 / 04 / 08 / barge-operator-fined-over-canal-spill",
        "https://www.tarrowgazette.com/news/2031/04/08/barge-operator-fined-over-canal-spill",
        "www. tarrowgazette. co. uk / local / barge-fined-1234567. html",
    ],
)
def test_a_web_address_line_is_no_claim(address: str) -> None:
    texts = _texts(address)
    assert not any("tarrowgazette" in t for t in texts)
    assert _LEDE.strip() in texts  # the report itself is still read


def test_a_sentence_naming_a_web_address_is_still_a_claim() -> None:
    assert is_claim_text("The council published the figures on www.tarrow.gov.uk on Monday.")
    assert not is_claim_text("http: / / www. tarrowgazette. com / news / 2031 / 04 / 08 / barge-operator-fined")
