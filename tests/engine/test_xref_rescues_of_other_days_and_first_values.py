"""Two rescues told on two days are two rescues, not one count revised; and a value a claim says was "first put at"
before the one that replaced it is that claim's earlier value (sentences written for these tests)."""

from __future__ import annotations

from corpus.model import Article

from .conftest import links_of, make_article, relations_between

_STRONG = {"corroborates", "conflicts", "updates"}


def _rescue(body: str, published: str, title: str) -> Article:
    return make_article(body, published=published, outlet="Reuters", title=title)


def test_a_rescue_on_another_day_is_another_rescue() -> None:
    monday = _rescue(
        "CAPE TOWN, May 5 (Reuters) - The coast guard rescued 14 fishermen from a sinking trawler on Monday, a "
        "spokesman said.\n",
        "2041-05-06",
        "Coast guard rescues 14 fishermen",
    )
    thursday = _rescue(
        "CAPE TOWN, May 9 (Reuters) - The coast guard rescued nine fishermen from a capsized fishing boat on "
        "Thursday, a spokesman said.\n",
        "2041-05-09",
        "Coast guard rescues nine fishermen",
    )
    links = links_of(monday, thursday)
    assert not _STRONG & set(relations_between(links, "rescued nine fishermen", "rescued 14 fishermen")), links


def test_rescues_counted_up_to_a_day_still_run_on() -> None:
    first = _rescue(
        "ANKARA, Feb 6 (Reuters) - Rescuers pulled 120 people alive from collapsed buildings in Malatya on Monday, "
        "the disaster agency said.\n",
        "2041-02-06",
        "Rescuers pull 120 alive from Malatya rubble",
    )
    later = _rescue(
        "ANKARA, Feb 9 (Reuters) - By Thursday rescuers had pulled 310 people alive from collapsed buildings in "
        "Malatya since Monday, the disaster agency said.\n",
        "2041-02-09",
        "Malatya rescues reach 310",
    )
    links = links_of(first, later)
    assert "updates" in relations_between(links, "had pulled 310", "pulled 120 people"), links


def test_a_value_first_put_then_replaced_is_the_claims_earlier_value() -> None:
    first = make_article(
        "LISBON, March 3 (Reuters) - Police seized 2.3 tonnes of cocaine from a yacht off the Azores, the judicial "
        "police said on Tuesday.\n",
        published="2041-03-03",
        outlet="Reuters",
        title="Portuguese police seize cocaine off Azores",
    )
    recount = make_article(
        "LISBON (AFP) - The cocaine seized from a yacht off the Azores was first put at 2.3 tonnes, but a full count "
        "found 2.6 tonnes, the judicial police said on Thursday.\n",
        published="2041-03-05",
        outlet="AFP",
        title="Azores cocaine haul larger than first thought",
    )
    links = links_of(first, recount)
    told = relations_between(links, "first put at 2.3", "seized 2.3 tonnes")
    assert "updates" in told and "corroborates" not in told, links
