"""A named fire's figure against another fire's: a new one told with "a" that the other article never names, or all
the fires of a story that names several of them in one sentence (happening_scope)."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between

STRONG = {"updates", "corroborates", "conflicts"}


def _article(title: str, body: str, day: str, outlet: str) -> object:
    return make_article(f"{title}\n{body}\n", published=day, outlet=outlet, title=title)


def test_a_named_fire_is_neither_all_the_fires_nor_a_new_one() -> None:
    fires_1 = _article(
        "Corvel wildfires kill five, destroy more than 1,000 structures",
        "LOS ANGELES, Jan 8 (Reuters) - Wildfires driven by fierce winds killed at least five people in Corvel County and destroyed more than 1,000 structures, officials said on Wednesday.\nThe Harrow Fire had burned nearly 16,000 acres, and the Linden Fire more than 10,600 acres, according to the state fire agency.",
        "2025-01-09",
        "Reuters",
    )
    fires_2 = _article(
        "Death toll from Corvel fires climbs to 11",
        "The number of people killed in the Linden and Harrow fires has risen to 11, the Corvel County medical examiner said on Friday.\nSome 153,000 residents remained under evacuation orders.",
        "2025-01-11",
        "Corvel Times",
    )
    fires_3 = _article(
        "Corvel fires death toll reaches 24 as winds return",
        "LOS ANGELES (AP) — The death toll from the Corvel County wildfires rose to 24 on Tuesday, with 16 of the deaths in the Linden Fire and eight in the Harrow Fire.\nMore than 12,000 structures have been destroyed.",
        "2025-01-14",
        "Associated Press",
    )
    fires_4 = _article(
        "Harrow Fire fully contained after 24 days",
        "Jan 31 (Reuters) - The Harrow Fire, which burned 23,448 acres and destroyed 6,837 structures, was fully contained on Friday, the state fire agency said.",
        "2025-01-31",
        "Reuters",
    )
    fires_5 = _article(
        "New fire north of Corvel forces 31,000 to evacuate",
        "Jan 22 (Reuters) - A fast-moving wildfire near Sable Lake north of Corvel burned more than 9,400 acres on Wednesday and forced about 31,000 people to evacuate, officials said.",
        "2025-01-22",
        "Reuters",
    )
    links = links_of(fires_1, fires_2, fires_3, fires_4, fires_5)
    # one fire's loss against all the fires', a new fire against the named ones' acres and evacuees
    assert not STRONG & set(relations_between(links, "destroyed 6,837 structures", "More than 12,000")), links
    assert not STRONG & set(relations_between(links, "near Sable Lake", "The Harrow Fire had burned")), links
    assert not STRONG & set(relations_between(links, "near Sable Lake", "Some 153,000 residents")), links
    # the named fire's own acres, later
    assert "updates" in relations_between(links, "burned 23,448 acres", "The Harrow Fire had burned"), links
