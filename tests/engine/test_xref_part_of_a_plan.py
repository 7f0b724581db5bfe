"""A count told as "part of its plan to cut 15,000 jobs" is a part, and the 15,000 its whole: no other source's figure
set against another report's 15,000. Our own sentences, an invented chipmaker."""

from tests.engine.conftest import links_across


def test_a_sites_cuts_told_as_part_of_the_plan_do_not_conflict_with_the_plan() -> None:
    plan = (
        "Corvid shares plunge after job cuts of 15,000\nCorvid shares fell 26% on Friday, a day after the chipmaker "
        "said it would eliminate about 15,000 jobs.",
        "2031-08-02",
        "Markets Daily",
    )
    site = (
        "Corvid to lay off 1,300 workers in Oregon\nCorvid will lay off more than 1,300 workers in Oregon, the company "
        "said in a state filing on Friday, part of its plan to cut 15,000 jobs worldwide.",
        "2031-10-11",
        "Valley Courier",
    )
    links = links_across([plan, site])
    assert [r for r, x, y in links if r == "conflicts"] == []
