"""Two reports' alike statements that give one thing two nations ("Czech beef exports" / "Polish beef exports") are two
countries' matters, never one report told twice (sentences written for these tests)."""

from __future__ import annotations

from corpus.model import Article

from .conftest import links_of, make_article, relations_between

_STRONG = {"corroborates", "conflicts", "updates"}


def _wire(nation: str) -> Article:
    return make_article(
        f"Farm disease confirmed\nPRAGUE, May 9 (CTK) - Foot-and-mouth disease was confirmed at a cattle farm, the "
        f"veterinary administration said on Friday.\nThe agriculture ministry denied that {nation} beef exports would "
        f"be halted.\n",
        published="2041-05-09",
        outlet="CTK",
        title="Farm disease confirmed",
    )


def _relay(nation: str) -> Article:
    return make_article(
        f"Cattle disease: farm quarantined\nA cattle farm has been quarantined after foot-and-mouth disease was found, "
        f"Reuters reported on Friday.\nThe agriculture ministry dismissed reports of a halt to {nation} beef exports, "
        f"the agency said.\n",
        published="2041-05-09",
        outlet="Farmers Weekly",
        title="Cattle disease: farm quarantined",
    )


def test_one_denial_of_two_nations_things_is_no_corroboration() -> None:
    links = links_of(_wire("Czech"), _relay("Polish"))
    assert not _STRONG & set(relations_between(links, "Czech beef", "Polish beef")), links


def test_one_nations_thing_told_twice_still_corroborates() -> None:
    links = links_of(_wire("Czech"), _relay("Czech"))
    assert _STRONG & set(relations_between(links, "that Czech beef", "a halt to Czech beef")), links
