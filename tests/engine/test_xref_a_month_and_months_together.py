"""One month's figure and a span of months' ("in the first seven months of the year", "so far this year") are two
figures, neither a value, a revision nor a rival of the other (sentences written for these tests)."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between

_STRONG = {"corroborates", "conflicts", "updates"}


def test_a_months_figure_is_no_value_of_the_year_so_far() -> None:
    july = make_article(
        "LISBON, Aug 12 (Reuters) - Lisbon airport handled 3.1 million passengers in July, operator ANA said on "
        "Tuesday.\nIn the first seven months of the year, the airport handled 19.4 million passengers, ANA said.\n",
        published="2046-08-12",
        outlet="Reuters",
        title="Lisbon airport traffic rises in July",
    )
    august = make_article(
        "LISBON, Sept 10 (Reuters) - Lisbon airport handled 3.2 million passengers in August, operator ANA said on "
        "Wednesday.\n",
        published="2046-09-10",
        outlet="Reuters",
        title="Lisbon airport traffic rises in August",
    )
    links = links_of(july, august)
    assert not _STRONG & set(relations_between(links, "3.2 million passengers in August", "first seven months")), links
