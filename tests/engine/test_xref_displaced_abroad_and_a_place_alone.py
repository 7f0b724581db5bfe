"""Two more parts of a whole told apart: people displaced within their country and those who fled abroad are two
counts; a place told as its clause's subject "alone" ("Tirana alone has recorded 900 cases") counts a part."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between, titled_article

STRONG = {"updates", "corroborates", "conflicts"}


def test_people_displaced_at_home_and_people_who_fled_abroad_are_two_counts() -> None:
    home = titled_article(
        "Fighting displaces hundreds of thousands in Moldova",
        "CHISINAU — The civil protection service said 640,000 people had been displaced inside Moldova.",
        "2027-03-03",
        "Danube Review",
    )
    abroad = make_article(
        "Moldova's exodus in numbers\nMore than 900,000 people have fled Moldova to Romania since the fighting began, "
        "according to the UN.\n",
        published=None,
        outlet="Relief Notes",
        title="Moldova's exodus in numbers",
    )
    links = links_of(home, abroad)
    assert not STRONG & set(relations_between(links, "fled Moldova to Romania", "displaced inside Moldova")), links


def test_a_place_alone_as_the_subject_counts_a_part_of_the_countrys_cases() -> None:
    article = titled_article(
        "Albania declares measles epidemic as cases pass 6,000",
        "TIRANA — Albania declared a measles epidemic on Monday after recording more than 6,000 cases since January, "
        "the health ministry said.\nTirana alone has recorded 900 cases, the ministry said.",
        "2027-02-15",
        "Adriatic Wire",
    )
    later = titled_article(
        "Albania's measles cases rise",
        "More than 9,000 measles cases have now been recorded in Albania, the public health institute said.",
        "2027-04-20",
        "Balkan Desk",
    )
    links = links_of(article, later)
    assert not STRONG & set(relations_between(links, "Tirana alone", "more than 6,000 cases since")), links
    assert not STRONG & set(relations_between(links, "More than 9,000", "Tirana alone")), links
