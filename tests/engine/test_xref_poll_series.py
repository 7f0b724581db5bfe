"""Opinion polls: the same pollster's later poll updates its earlier one; another pollster's poll of the same days
corroborates it within the margin of error and conflicts beyond it; a poll recalled from another campaign, an election's result and a survey of no race are no reading of the race.
Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _first_poll():
    return make_article(
        "The Green Alliance has 27 per cent support, ahead of the Farmers' Party on 22 per cent, according to a "
        "Norstat poll for the Tallinn Courier.\n",
        published="2033-03-03",
        outlet="Tallinn Courier",
        title="Green Alliance leads by five points, poll shows",
    )


def _poll(text: str, published: str, outlet: str, title: str):
    return make_article(text + "\n", published=published, outlet=outlet, title=title)


def test_the_same_pollsters_later_poll_updates_its_earlier_one() -> None:
    later = _poll(
        "The Green Alliance has fallen to 24 per cent in the latest Norstat poll for the Tallinn Courier, with the "
        "Farmers' Party on 23 per cent.",
        "2033-03-17",
        "Tallinn Courier",
        "Race tightens as Green Alliance slips",
    )
    links = links_of(_first_poll(), later)
    assert relations_between(links, "has fallen to 24 per cent", "has 27 per cent support") == ["updates"], links


def test_another_pollsters_poll_of_the_same_days_within_the_margin_corroborates() -> None:
    other = _poll(
        "A Kantar poll for Baltic Radio put the Green Alliance on 26 per cent and the Farmers' Party on 23 per cent.",
        "2033-03-04",
        "Baltic Radio",
        "Green Alliance ahead in Kantar poll",
    )
    links = links_of(_first_poll(), other)
    assert relations_between(links, "A Kantar poll", "has 27 per cent support") == ["corroborates"], links


def test_another_pollsters_poll_of_the_same_days_beyond_the_margin_conflicts() -> None:
    other = _poll(
        "A Kantar poll for Baltic Radio put the Green Alliance on 19 per cent and the Farmers' Party on 28 per cent.",
        "2033-03-04",
        "Baltic Radio",
        "Farmers' Party ahead in Kantar poll",
    )
    links = links_of(_first_poll(), other)
    assert relations_between(links, "A Kantar poll", "has 27 per cent support") == ["conflicts"], links


def test_a_poll_recalled_from_another_campaign_is_no_reading_of_this_race() -> None:
    explainer = make_article(
        "Polls have been wrong before.\nThe final Norstat poll of the 2029 campaign had put the Green Alliance on "
        "27 per cent.\n",
        outlet="Election Explainer",
        title="Can we trust the polls?",
    )
    links = links_of(_first_poll(), explainer)
    found = relations_between(links, "The final Norstat poll", "has 27 per cent support")
    assert not set(found) & {"corroborates", "updates", "conflicts"}, links


def test_another_pollsters_poll_weeks_later_neither_revises_nor_confirms_it() -> None:
    other = _poll(
        "A Kantar poll for Baltic Radio put the Green Alliance on 21 per cent and the Farmers' Party on 26 per cent.",
        "2033-03-24",
        "Baltic Radio",
        "Farmers' Party ahead in Kantar poll",
    )
    links = links_of(_first_poll(), other)
    found = relations_between(links, "A Kantar poll", "has 27 per cent support")
    assert not set(found) & {"corroborates", "updates", "conflicts"}, links
