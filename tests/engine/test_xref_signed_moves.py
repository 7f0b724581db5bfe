"""A fall told of the same thing as a rise is one measure with a sign ("shrank 0.1%" is a rise of -0.1%), so a
first estimate of growth and its revision to a contraction compare (issue 12). Our own sentences."""

from __future__ import annotations

from corpus.model import Article

from .conftest import links_between, links_of, make_article, relations_between


def _first_estimate() -> Article:
    return make_article(
        "OSLO (Wire One) - Norway's economy grew by 0.2% in the second quarter, the statistics office said on Friday.\n",
        published="2034-08-11",
        outlet="Wire One",
        title="Norwegian economy grows 0.2% in second quarter",
    )


def test_a_contraction_revising_a_first_estimate_of_growth_updates_it() -> None:
    revision = make_article(
        "OSLO (Daily Two) - Norway's economy shrank by 0.1% in the second quarter, the statistics office said on "
        "Thursday, revising down its earlier estimate of 0.2% growth.\n",
        published="2034-09-21",
        outlet="Daily Two",
        title="Norway's economy contracted in second quarter, revised data show",
    )
    links = links_of(_first_estimate(), revision)
    ((relation, reason),) = links_between(links, "shrank by 0.1%", "grew by 0.2%")
    assert relation == "updates", links
    assert "-0.1%" in reason and "0.2%" in reason, reason  # the fall shown with its sign


def test_a_fall_and_a_rise_of_the_same_size_are_two_values() -> None:
    contraction = make_article(
        "OSLO (Daily Two) - Norway's economy shrank by 0.2% in the second quarter, the statistics office said on "
        "Friday.\n",
        published="2034-08-11",
        outlet="Daily Two",
        title="Norwegian economy shrinks in second quarter",
    )
    links = links_of(_first_estimate(), contraction)
    assert "corroborates" not in relations_between(links, "shrank by 0.2%", "grew by 0.2%"), links
