"""Three counts that are no later value of a toll: the dead a witness saw at one spot, one day's clash set against
the count since the protests began, and a lower count from another source below a stated floor or an exact count."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between

STRONG = {"updates", "corroborates", "conflicts"}


def _article(title: str, body: str, day: str, outlet: str) -> object:
    return make_article(f"{title}\n{body}\n", published=day, outlet=outlet, title=title)


def test_the_dead_a_reporter_saw_are_no_value_of_the_toll() -> None:
    first = _article(
        "Police fire on crowd outside Varnian assembly",
        "SELMARK, May 4 (Reuters) - Police fired on protesters outside the Varnian assembly on Tuesday. A Reuters "
        "reporter saw four bodies near the main gate.",
        "2026-05-04",
        "Reuters",
    )
    later = _article(
        "Varnian rights group says 26 killed in fuel protests",
        "The Varnian Human Rights Council said on Wednesday that 26 people had been killed in protests against fuel "
        "price rises.",
        "2026-05-05",
        "Associated Press",
    )
    links = links_of(first, later)
    assert not STRONG & set(relations_between(links, "26 people had been killed", "saw four bodies")), links


def test_one_days_clash_is_no_value_of_the_count_since_the_protests_began() -> None:
    clash = _article(
        "Police fire on crowd outside Varnian assembly",
        "SELMARK, May 4 (Reuters) - Varnian police opened fire on protesters who stormed the assembly on Tuesday, "
        "killing at least six people.",
        "2026-05-04",
        "Reuters",
    )
    span = _article(
        "Varnian protests: 41 killed since demonstrations began",
        "At least 41 people have been killed in Varnia since protests against fuel price rises began three weeks ago, "
        "the rights council said on Monday.",
        "2026-05-18",
        "BBC News",
    )
    links = links_of(clash, span)
    assert not STRONG & set(relations_between(links, "At least 41 people", "killing at least six")), links
    assert not STRONG & set(relations_between(links, "41 killed since", "killing at least six")), links


def test_a_later_lower_count_from_another_source_is_no_update_of_a_floor() -> None:
    count = _article(
        "Varnian protest toll reaches 163, according to AFP count",
        "At least 163 people have been killed in Varnia's student protests, according to an AFP count of police and "
        "hospital figures on Sunday.",
        "2026-07-21",
        "AFP",
    )
    government = _article(
        "Varnian government says 158 killed in protests",
        "Varnia's government said on Sunday that 158 people had been killed in the protests.",
        "2026-07-28",
        "Associated Press",
    )
    links = links_of(count, government)
    assert "updates" not in relations_between(links, "158 people had been killed", "At least 163"), links
    assert "updates" not in relations_between(links, "158 people had been killed", "toll reaches 163"), links
