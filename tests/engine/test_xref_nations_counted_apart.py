"""A disaster with victims of several nations is counted nation by nation: "Ghana said 14 of its nationals were among
the dead" is Ghana's count, "at least 23 Malians died" Mali's, and "at least 61 migrants drowned" in an article that
counts each nation apart is the count of all of them. Two nations' counts are no second report of one count, and one
nation's is no report of the total, however alike the numbers. Our own sentences."""

from tests.engine.conftest import linked_stories, links_across

_STRONG = ("corroborates", "conflicts", "updates")


def _wire() -> tuple[str, str, str]:
    return (
        "Dozens drown as migrant boat capsizes off Libya\nTRIPOLI, May 4 (Reuters) - At least 61 migrants drowned when "
        "their boat capsized off the Libyan coast, the International Organization for Migration said on Sunday.\n"
        "Ghana said 14 of its nationals were among the dead.\n"
        "At least 23 Malians also died, a Malian diplomat said.",
        "2031-05-04",
        "Reuters",
    )


def test_two_nations_counts_are_not_one_count() -> None:
    dakar = (
        "Senegal mourns shipwreck victims\nSenegal said 14 of its citizens had died in the shipwreck off Libya, the "
        "foreign ministry said on Monday.\nFamilies gathered in Dakar to wait for news.",
        "2031-05-05",
        "APS",
    )
    links = links_across([_wire(), dakar])
    assert [(r, x, y) for r, x, y in links if r in _STRONG and "14" in x and "14" in y] == [], links


def test_one_nations_count_is_not_the_total_of_all() -> None:
    bamako = (
        "Mali counts its dead in Libya shipwreck\nBAMAKO (AP) - At least 58 Malians died when a migrant boat capsized "
        "off Libya, the government said on Monday.\nThe government declared three days of mourning.",
        "2031-05-05",
        "Associated Press",
    )
    links = links_across([_wire(), bamako])
    assert [(r, x, y) for r, x, y in links if r in _STRONG and "58" in (x + y) and "61" in (x + y)] == [], links


def test_the_same_nations_count_told_twice_still_corroborates() -> None:
    accra = (
        "Ghana confirms 14 citizens among Libya shipwreck dead\nFourteen Ghanaians died when a migrant boat "
        "capsized off Libya, the foreign ministry said on Monday.\nThe ministry said it was "
        "working to bring the bodies home.",
        "2031-05-05",
        "Reuters",
    )
    links = links_across([_wire(), accra])
    assert any(r == "corroborates" and "14" in x + y and "Ghana said" in x + y for r, x, y in links), links


def test_two_nations_counts_in_one_article_do_not_conflict() -> None:
    extraction = linked_stories([_wire()])
    by_id = {c.id: c.text for c in extraction.claims}
    pairs = [(x.relation, by_id[x.source], by_id[x.target]) for x in extraction.xrefs]
    assert [p for p in pairs if p[0] in _STRONG and "Ghana" in p[1] + p[2] and "Malians" in p[1] + p[2]] == [], pairs
