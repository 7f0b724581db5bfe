"""Two countries' figures kept apart (issue 12): a rate set by a body named for one country ("the Reserve Bank of
New Zealand cut its cash rate") is no later value of the rate a body named for another sets ("The Bank of Thailand
held its key rate"), even when the other claim names only "the central bank" under a lead naming its bank; and a
count "in a separate outbreak" is another outbreak's. A body that only tells the figure ("... stated that") owns
none. Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between

_STRONG = {"conflicts", "updates", "corroborates"}


def _two(first: str, second: str, days: tuple[str, str] = ("2034-05-02", "2034-05-09")):
    return links_of(
        make_article(first, published=days[0], outlet="Money Desk", title=first.split("\n")[0]),
        make_article(second, published=days[1], outlet="Markets Daily", title=second.split("\n")[0]),
    )


def test_another_countrys_central_bank_rate_is_no_new_value_of_the_rate() -> None:
    links = _two(
        "Bank of Thailand set to cut rates, sources say\nThe Bank of Thailand is set to cut its key interest rate to "
        "2.5% on Thursday, according to two people familiar with its deliberations.\n",
        "Bank of Thailand's cut: what it means for savers\nThe central bank lowered its key interest rate to 2.5% on "
        "Thursday, the Bangkok Post reported.\nOn Wednesday, the Reserve Bank of New Zealand cut its official "
        "cash rate by a quarter point to 2.75%.\n",
        ("2034-05-06", "2034-05-08"),
    )
    for other in ("is set to cut its key interest rate", "lowered its key interest rate"):
        assert not _STRONG & set(relations_between(links, "cash rate by a quarter point", other)), links
    assert "corroborates" in relations_between(links, "lowered its key interest rate", "is set to cut"), links


def test_a_body_telling_another_countrys_figure_owns_none() -> None:
    links = _two(
        "Troop losses estimated\nAbout 2,000 Varnian soldiers have been killed or wounded, the Norwegian "
        "Intelligence Service said.\n",
        "Losses mount\nThe Swedish Defence Research Agency estimated that about 3,500 Varnian soldiers had been "
        "killed or wounded since March.\n",
    )
    assert "updates" in relations_between(links, "about 3,500 Varnian soldiers", "About 2,000 Varnian"), links


def test_a_count_in_a_separate_outbreak_is_another_outbreaks() -> None:
    links = _two(
        "Mumps outbreak in Cork grows\nThe number of mumps cases in Cork has risen to 31, the Health Service "
        "Executive said on Monday.\n",
        "Mumps cases climb to 47\nThe Health Service Executive said on Friday that 47 mumps cases had now been "
        "confirmed in Cork.\nIn Wales, health officials reported 52 mumps cases in a separate outbreak this month.\n",
    )
    assert not _STRONG & set(relations_between(links, "reported 52 mumps cases", "has risen to 31")), links
