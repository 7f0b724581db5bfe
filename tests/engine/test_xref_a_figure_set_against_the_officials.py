"""A report setting its count against the authorities' ("far more than the official toll", "more people died than the
30 the police announced") disputes their figure: it conflicts with it, never corroborates it, even when it quotes the
very number. Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _police_count() -> object:
    return make_article(
        "Forty killed in festival crush, police say\nForty people were killed and 70 injured in a crush at the "
        "Varno river festival, police said on Sunday evening.\n",
        published="2026-02-08",
        outlet="Wire",
        title="Forty killed in festival crush, police say",
    )


def test_a_count_quoted_to_be_disputed_conflicts_with_it() -> None:
    families = make_article(
        "Families doubt festival toll\nRelatives of the victims told reporters that more people had died in the "
        "crush than the 40 the police announced.\n",
        published="2026-02-12",
        outlet="Paper",
        title="Families doubt festival toll",
    )
    links = links_of(_police_count(), families)
    assert relations_between(links, "more people had died", "Forty people were killed") == ["conflicts"], links


def _inquiry(title: str) -> object:
    return make_article(
        f"{title}\nAn inquiry by the Varno Herald has found that at least 95 people died in the crush, far more than "
        "the official toll of 44 that the state later gave.\n",
        published="2026-03-20",
        outlet="Varno Herald",
        title=title,
    )


def test_far_more_than_the_official_toll_conflicts_with_the_police_count() -> None:
    links = links_of(_police_count(), _inquiry("Inquiry into festival crush"))
    assert relations_between(links, "at least 95", "Forty people were killed") == ["conflicts"], links


def test_a_headline_whose_lead_sets_its_figure_against_the_official_toll_conflicts_too() -> None:
    links = links_of(_police_count(), _inquiry("Inquiry finds at least 95 died in festival crush"))
    assert relations_between(links, "Inquiry finds at least 95", "Forty people were killed") == ["conflicts"], links


def _ice_storm_analysis() -> object:
    return make_article(
        "Ice storm toll far higher, analysis finds\nAn analysis of excess deaths by the Capital Ledger estimated that "
        "as many as 390 people in Ohio died because of the ice storm, far higher than the state's official count.\n",
        published="2026-06-20",
        outlet="Capital Ledger",
        title="Ice storm toll far higher, analysis finds",
    )


def test_the_states_count_is_its_officials() -> None:
    officials = make_article(
        "Ohio storm deaths put at 118\nOhio health officials said on Wednesday that 118 people had died as a result "
        "of the January ice storm, nearly double the preliminary count.\n",
        published="2026-06-10",
        outlet="Wire",
        title="Ohio storm deaths put at 118",
    )
    links = links_of(officials, _ice_storm_analysis())
    assert relations_between(links, "as many as 390", "118 people had died") == ["conflicts"], links


def test_the_states_count_is_the_count_a_state_gives() -> None:
    state = make_article(
        "Ohio says 118 died in ice storm\nThe death toll from the January ice storm in Ohio has risen to 118, the state "
        "said on Wednesday.\n",
        published="2026-06-10",
        outlet="Wire",
        title="Ohio says 118 died in ice storm",
    )
    links = links_of(state, _ice_storm_analysis())
    assert relations_between(links, "as many as 390", "Ohio says 118") == ["conflicts"], links
