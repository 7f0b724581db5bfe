"""A figure of the very things a whole told before counts ("Some 270 of the homes will be affordable", "refloated 35
of the whales") is a part of that whole, no rival or later value of it (sentences written for these tests)."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _approved() -> object:
    return make_article(
        "Council approves 900 homes at Mill Lane\nCouncillors in Brenford approved plans for 900 homes at Mill Lane "
        "on Tuesday, the council said.\n",
        published="2031-04-09",
        outlet="Brenford Post",
        title="Council approves 900 homes at Mill Lane",
    )


def test_the_affordable_part_of_the_homes_is_no_rival_count_of_them() -> None:
    release = make_article(
        "Developer welcomes Mill Lane decision\nThe developer welcomed the approval of 900 homes at Mill Lane in "
        "Brenford. Some 270 of the homes will be affordable, it said.\n",
        published="2031-04-10",
        outlet="Ashgrove Homes",
        title="Developer welcomes Mill Lane decision",
    )
    links = links_of(_approved(), release)
    assert not {"conflicts", "updates", "corroborates"} & set(
        relations_between(links, "270 of the homes", "approved plans for 900 homes")
    ), links
    assert "corroborates" in relations_between(links, "approval of 900 homes", "approved plans for 900 homes"), links
