""" "In the U.S." places a count in a country as "in the United States" does: a country's count and a worldwide
one are two scopes, never a conflict of one count. Our own sentences."""

from tests.engine.conftest import linked_stories


def test_a_count_in_the_us_does_not_conflict_with_a_worldwide_one() -> None:
    story = (
        "Software fault grounds flights\nAirlines cancelled more than 1,900 flights worldwide on Friday after a "
        "faulty update crashed booking systems, according to a flight tracking site.\nIn the U.S., more than 3,100 "
        "flights were cancelled by Friday evening.",
        "2031-06-13",
        "Associated Press",
    )
    extraction = linked_stories([story])
    by_id = {c.id: c.text for c in extraction.claims}
    strong = [
        (x.relation, by_id[x.source], by_id[x.target])
        for x in extraction.xrefs
        if x.relation in ("corroborates", "conflicts", "updates")
    ]
    assert [s for s in strong if "1,900" in s[1] + s[2] and "3,100" in s[1] + s[2]] == [], strong
