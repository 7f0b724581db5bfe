"""A corrections column (issue 12): "An article on March 11 said ... £48 million. The budget for the pool is £38
million." The sentence after the restated error gives the right figure, which updates the earlier report whatever
its measure words; the restated error is the figure the correction withdraws, no second report of it. Our own
sentences."""

from __future__ import annotations

from .conftest import links_across

_POOL = (
    "Pool plan approved\nDunmore's new swimming pool will cost £48 million, the council said on Tuesday.\n",
    "2031-03-11",
    "Dunmore Courier",
)
_POOL_CORRECTED = (
    "Corrections\nAn article on March 11 said the new swimming pool in Dunmore would cost £48 million. The budget for "
    "the pool is £38 million.\n",
    "2031-03-14",
    "Dunmore Courier",
)
_MILL = (
    "Plant to shed jobs\nAbout 1,400 jobs will go at the Halwell paper mill when it closes next year, the owner said "
    "on Monday.\n",
    "2031-05-12",
    "Western Daily",
)
_MILL_CORRECTED = (
    "Corrections and clarifications\nWe said on Monday that about 1,400 jobs would go at the Halwell paper mill. The "
    "owner says the figure is 1,100.\n",
    "2031-05-15",
    "Western Daily",
)


def _by_text(links: list[tuple[str, str, str]]) -> dict[str, str]:
    return {source.split()[0] + " " + source.split()[1]: relation for relation, source, _ in links}


def test_a_corrected_sum_updates_the_earlier_report_though_its_measure_words_differ() -> None:
    links = _by_text(links_across([_POOL, _POOL_CORRECTED]))
    assert links.get("The budget") == "updates", links


def test_the_restated_error_is_no_second_report_of_the_figure() -> None:
    links = _by_text(links_across([_POOL, _POOL_CORRECTED]))
    assert links.get("An article") == "related", links


def test_a_corrected_count_given_as_a_bare_figure_updates_the_earlier_report() -> None:
    links = _by_text(links_across([_MILL, _MILL_CORRECTED]))
    assert links.get("The owner") == "updates" and links.get("We said") == "related", links


def test_a_report_cited_in_a_news_story_is_still_a_report_of_its_figure() -> None:
    # (a guard: no correction is told, so "A report on Monday said 40 ..." is a second report of the 40)
    first = (
        "Flood toll\nForty people have died in the floods in Marrow province, the governor said on Monday.\n",
        "2031-04-07",
        "Reuters",
    )
    later = (
        "Flood deaths rise\nA report on Monday said 40 people had died in the Marrow province floods. Officials said on "
        "Wednesday that 52 people had died.\n",
        "2031-04-09",
        "Daily Star",
    )
    links = _by_text(links_across([first, later]))
    assert links.get("A report") == "corroborates", links


def test_a_correction_of_another_figure_corrects_no_report_of_a_third() -> None:
    # (a guard: the earlier report gave £52 million, not the £48 million the column restates)
    other = (
        "Pool plan approved\nDunmore's new swimming pool will cost £52 million, the council said on Tuesday.\n",
        "2031-03-11",
        "Dunmore Courier",
    )
    links = links_across([other, _POOL_CORRECTED])
    assert all(relation == "related" for relation, _, _ in links), links


def test_an_earlier_version_of_this_article_is_corrected_by_the_sentence_after() -> None:
    # (a note at an article's end: "An earlier version of this article said ...", the right figure after it, which
    # names nothing of what it is about; the restated sentence says what)
    first = (
        "Fund launched\nThe new regional investment fund is worth £2.4bn, the ministry said on Monday.\n",
        "2031-03-03",
        "Northern Echo Online",
    )
    amended = (
        "Fund launched\nThe new regional investment fund will back small firms in the north, the ministry said on "
        "Monday.\nAn earlier version of this article said the fund was worth £2.4bn. It is worth £2.1bn.\n",
        "2031-03-04",
        "Northern Echo Online",
    )
    links = _by_text(links_across([first, amended]))
    assert links.get("It is") == "updates", links
