"""A value a figure replaces is of an earlier time ("Turnout was 52.3%, up from 47.8% at the last election in
2024"): its year is neither the claim's time nor its figure's, so the final count still revises the preliminary
one. Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _preliminary(sentence: str):
    return make_article(
        f"The Centre Party won 28.5% of the vote in Sunday's election, preliminary results showed.\n{sentence}\n",
        published="2028-10-09",
        outlet="Reuters",
        title="Centre Party wins Norland election",
    )


def _final():
    return make_article(
        "The Centre Party won 28.1% of the vote in Sunday's election, final results showed on Wednesday.\n"
        "Turnout was 61.4%, the election commission said.\n",
        published="2028-10-11",
        outlet="NTB",
        title="Final results confirm Centre Party win in Norland",
    )


def test_the_year_of_a_replaced_value_is_not_the_figures_time() -> None:
    links = links_of(
        _preliminary("Turnout was 61.9%, the commission said, up from 58.2% at the last election in 2024."), _final()
    )
    assert "updates" in relations_between(links, "Turnout was 61.4%", "Turnout was 61.9%"), links


def test_a_figure_of_its_own_earlier_year_stays_another_period() -> None:
    links = links_of(_preliminary("Turnout at the last election in 2024 was 58.2%, the commission said."), _final())
    assert "updates" not in relations_between(links, "Turnout was 61.4%", "Turnout at the last election"), links


def test_a_name_both_headlines_give_is_no_name_unknown_to_the_other() -> None:
    # Neither body names Norland; both headlines do: one story, not two parties' news.
    links = links_of(_preliminary("Turnout was 61.9%, the commission said."), _final())
    assert "updates" in relations_between(links, "The Centre Party won 28.1%", "The Centre Party won 28.5%"), links
