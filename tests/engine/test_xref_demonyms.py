"""A place and its demonym are one place: "the Kestovan floods" and "floods in northern Kestova" report
one event's figures, whatever else each names. Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_a_digest_naming_the_demonym_updates_a_count_naming_the_country() -> None:
    dated = make_article(
        "Kestova flood toll rises to 35\nThe death toll from the floods in northern Kestova rose to 35 by Tuesday "
        "evening, according to the disaster agency.\n",
        published="2026-04-07",
        outlet="Wire",
        title="Kestova flood toll rises to 35",
    )
    digest = make_article(
        "Kestovan floods: what we know\nThe Kestovan floods have killed 60 people, according to officials.\n",
        published=None,
        outlet="Digest",
        title="Kestovan floods: what we know",
    )
    links = links_of(dated, digest)
    assert relations_between(links, "have killed 60 people", "rose to 35") == ["updates"], links
