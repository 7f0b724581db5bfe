"""The day a report was made is not the day a count is of (issue 12). Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _midweek_report():
    return make_article(
        "At least 27 people have died in the landslides, the interior ministry said on Wednesday, "
        "up from 16 reported on Monday.\n",
        published="2027-03-10",
        outlet="Wire One",
    )


def test_a_running_toll_said_on_one_day_is_updated_by_a_later_one() -> None:
    later = make_article(
        "The number of people killed in the landslides has risen to 41, the interior ministry said on Saturday.\n",
        published="2027-03-13",
        outlet="Valley Times",
    )
    links = links_of(_midweek_report(), later)
    assert relations_between(links, "At least 27 people", "has risen to 41") == ["updates"], links


def test_counts_of_two_named_days_stay_apart() -> None:
    # "1,100 flights on Wednesday, up from 800 on Tuesday" is a count of each day, not a running total.
    first = make_article(
        "Airlines cancelled 1,100 flights on Wednesday, up from 800 on Tuesday, the aviation authority said.\n",
        published="2027-03-10",
        outlet="Wire One",
    )
    second = make_article(
        "Airlines cancelled 450 flights on Friday as the strike eased, the aviation authority said.\n",
        published="2027-03-12",
        outlet="Valley Times",
    )
    links = links_of(first, second)
    assert "updates" not in relations_between(links, "1,100 flights", "450 flights"), links
