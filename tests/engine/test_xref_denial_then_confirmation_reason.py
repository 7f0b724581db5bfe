"""A denial and, days later, the denier's confirmation of what it denied conflict, and the reason says the
confirmation came later and reverses the denial (a reader must not take them for two sources disagreeing on one
day). Our own sentences."""

from __future__ import annotations

from .conftest import links_between, links_of, make_article


def test_a_later_confirmation_of_a_denied_closure_says_it_reverses_the_denial() -> None:
    denial = make_article(
        "Valve maker Torvik AG plans to cut 900 jobs, the company said on Thursday.\n\n"
        "Torvik denied that it planned to close its Brenna plant.\n",
        published="2027-09-16",
        outlet="Handelsblatt",
        title="Torvik to cut 900 jobs",
    )
    confirmation = make_article(
        "Torvik AG will close its plant in Brenna, where about 600 people work, by mid-2028, the company confirmed "
        "on Tuesday, days after saying it had no such plans.\n",
        published="2027-09-21",
        outlet="DW",
        title="Torvik confirms Brenna plant closure",
    )
    links = links_of(denial, confirmation)
    found = links_between(links, "Torvik AG will close its plant", "Torvik denied that it planned")
    assert [rel for rel, _ in found] == ["conflicts"], links
    assert "later" in found[0][1], found
