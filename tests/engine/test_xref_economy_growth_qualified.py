"""An economy's growth told with a qualifier ("grew by only 0.6%", "by just 0.1%") is that country's growth, compared
with another report of it (issue 12); and the Democratic Republic of the Congo written "DR Congo" is that country. Our
own sentences."""

from __future__ import annotations

from corpus.countries import country_of

from .conftest import links_of, make_article, relations_between


def test_growth_told_as_only_so_much_is_the_countrys_growth() -> None:
    links = links_of(
        make_article(
            "MADRID (Reuters) - Spain's economy grew 0.6% in the first quarter, the National Statistics Institute "
            "said on Tuesday.\n",
            published="2034-04-29",
            outlet="Wire One",
            title="Spanish growth slows in first quarter",
        ),
        make_article(
            "The Spanish economy grew by only 0.6% in the first quarter, official data showed on Tuesday.\n",
            published="2034-04-29",
            outlet="Daily Two",
            title="Spain's recovery loses pace",
        ),
    )
    assert "corroborates" in relations_between(links, "grew by only 0.6%", "Spain's economy grew 0.6%"), links


def test_dr_congo_is_the_congo() -> None:
    assert country_of("DR Congo") is not None
    assert country_of("DR Congo") == country_of("Democratic Republic of the Congo")
