"""A source that "revised the number of people injured in last Saturday's crush ... to 63" gives a later value of its
first count, however many words lie between the number and its value, whatever day "last Saturday" is read as
(sentences written for these tests)."""

from __future__ import annotations

from corpus.model import Article

from .conftest import links_of, make_article, relations_between


def _first() -> Article:
    return make_article(
        "ACCRA, Sept 7 (Reuters) - At least 42 people were injured in a crush at a gate of Accra's Ohene Djan stadium "
        "before a league match on Saturday, police said.\n",
        published="2041-09-08",
        outlet="Reuters",
        title="At least 42 hurt in crush at Accra stadium",
    )


def _revised(verb: str) -> Article:
    return make_article(
        f"ACCRA (AFP) - Police have {verb} the number of people injured in last Saturday's crush at Accra's Ohene Djan "
        f"stadium to 63, after clinics across the city reported their cases.\n",
        published="2041-09-15",
        outlet="AFP",
        title="Ghana police raise stadium crush injured to 63",
    )


def test_a_revised_number_updates_the_first_count() -> None:
    links = links_of(_first(), _revised("revised"))
    assert "updates" in relations_between(links, "to 63", "At least 42 people"), links
