"""A count summed over several regions it does not name ("across four U.S. states") is no value of one region's
count; and a report of "last year's" toll made months later is the later report, though the year it names holds the
earlier report's day. Our own sentences, invented storms and protests."""

from tests.engine.conftest import linked_stories, links_across

_FOUR_STATES = (
    "Storm Ardent kills at least 30 across four U.S. states\nStorm Ardent killed at least 30 people after making "
    "landfall on Thursday, officials said on Saturday.",
    "2031-09-20",
    "Wire",
)
_ONE_STATE = (
    "Tennessee toll from Ardent climbs\nAt least 70 people have died in Tennessee as a result of Ardent, state "
    "officials said on Wednesday.",
    "2031-09-24",
    "Nashville Ledger",
)


def test_one_states_count_is_no_value_of_a_sum_over_states() -> None:
    links = links_across([_FOUR_STATES, _ONE_STATE])
    assert [r for r, x, y in links if r != "related" and "Tennessee" in x + y and "four" in x + y] == []


_AT_THE_TIME = (
    "Peru's president resigns after weeks of protests\nLIMA, Aug 5 (Wire) - Peru's president resigned on Monday "
    "after weeks of protests in which around 200 people were killed.",
    "2031-08-05",
    "Wire",
)
_MONTHS_LATER = (
    "UN says up to 900 may have been killed in Peru protests\nUp to 900 people may have been killed during last "
    "year's protests in Peru, the UN human rights office said on Wednesday.",
    "2032-02-11",
    "Daily Ledger",
)


def test_a_later_report_of_last_years_toll_updates_the_toll_told_at_the_time() -> None:
    extraction = linked_stories([_AT_THE_TIME, _MONTHS_LATER])
    by_id = {c.id: c for c in extraction.claims}
    updates = [
        (by_id[x.source].text, by_id[x.target].text)
        for x in extraction.xrefs
        if x.relation == "updates" and "200" in by_id[x.source].text + by_id[x.target].text
    ]
    assert updates, "the two tolls are linked"
    assert all("900" in new and "200" in old for new, old in updates)
