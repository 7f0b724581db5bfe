"""One report telling a running value twice ("09:05 About 40,000 customers are without water" ... "11:30 The number
... has fallen to 26,000"): the later telling updates the first; the two are not figures disputed for one moment."""

from tests.engine.conftest import linked_stories


def test_a_live_blogs_later_value_updates_its_first():
    extraction = linked_stories(
        [
            (
                "Water main burst: live\n"
                "09:05 About 40,000 customers are without water in Harrowgate, the water company said.\n\n"
                "09:40 Schools in the town have closed for the day.\n\n"
                "11:30 The number of customers without water has fallen to 26,000, the company said.",
                "2026-10-02",
                "Live",
            )
        ]
    )
    by_id = {c.id: c.text for c in extraction.claims}
    strong = [
        (x.relation, by_id[x.source][:5], by_id[x.target][:5]) for x in extraction.xrefs if x.relation != "related"
    ]
    assert strong == [("updates", "11:30", "09:05")]


def test_a_total_told_later_does_not_update_its_part():
    extraction = linked_stories(
        [
            (
                "Heater recall widened\n"
                "Calder confirmed that about 6,000 heaters sold in Ireland are affected.\n\n"
                "The widening brings the total number of recalled heaters to about 52,000, the regulator said.",
                "2026-10-02",
                "Wire",
            )
        ]
    )
    assert [x.relation for x in extraction.xrefs if x.relation != "related"] == []
