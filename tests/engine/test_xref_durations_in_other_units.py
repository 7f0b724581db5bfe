"""Durations are compared in one unit: "84 months" and "seven years" are one prison term, "18 months" and "18
years" are two. The figures are converted only to be compared; a link's reason shows them as written. Our own
sentences."""

from __future__ import annotations

from .conftest import links_between, links_of, make_article, relations_between


def _pair(first: str, second: str) -> list[tuple[str, str, str, str]]:
    return links_of(
        make_article(f"Dorn jailed\n{first}\n", published="2026-05-10", outlet="Wire", title="Dorn jailed"),
        make_article(
            f"Former mayor jailed\n{second}\n", published="2026-05-11", outlet="Paper", title="Former mayor jailed"
        ),
    )


def test_months_and_years_of_one_term_corroborate() -> None:
    links = _pair(
        "A court in Osmera sentenced the former mayor, Pavel Dorn, to 84 months in prison for taking bribes.",
        "The former mayor of Osmera, Pavel Dorn, was sentenced to seven years in prison for taking bribes.",
    )
    assert relations_between(links, "seven years", "84 months") == ["corroborates"], links
    (reason,) = [why for _, why in links_between(links, "seven years", "84 months")]
    assert "of 84 months" in reason and "2,557" not in reason and "prison sentence of 7 years" in reason, reason


def test_the_same_number_of_months_and_years_does_not_corroborate() -> None:
    links = _pair(
        "A court in Osmera sentenced the former mayor, Pavel Dorn, to 18 months in prison for taking bribes.",
        "The former mayor of Osmera, Pavel Dorn, was sentenced to 18 years in prison for taking bribes.",
    )
    assert "corroborates" not in relations_between(links, "18 years", "18 months"), links


def test_a_term_asked_for_is_no_earlier_value_of_the_term_given() -> None:
    links = _pair(
        "Prosecutors in Osmera asked the court to sentence the former mayor, Pavel Dorn, to 10 years in prison.",
        "The former mayor of Osmera, Pavel Dorn, was sentenced to 84 months in prison for taking bribes.",
    )
    found = relations_between(links, "84 months", "10 years")
    assert not {"updates", "conflicts", "corroborates"} & set(found), links


def test_two_reports_of_the_term_asked_for_corroborate() -> None:
    links = _pair(
        "Prosecutors in Osmera asked the court to sentence the former mayor, Pavel Dorn, to 10 years in prison.",
        "Prosecutors had sought a 10-year prison sentence for the former mayor of Osmera, Pavel Dorn.",
    )
    assert relations_between(links, "10-year", "10 years") == ["corroborates"], links


def test_two_deadlines_named_by_their_unit_alone_are_no_series() -> None:
    """ "were given 72 hours to leave" and, days later, "had 48 hours to leave" (another country's diplomats): a span
    of hours says nothing of what it measures, so the later one never updates the earlier."""
    first = make_article(
        "Norland expels three Veskan diplomats\nNorland expelled three Veskan diplomats on Tuesday, accusing them "
        "of spying, the foreign ministry said.\nThe diplomats were given 72 hours to leave the country.\n",
        published="2027-05-11",
        outlet="Wire",
        title="Norland expels three Veskan diplomats",
    )
    second = make_article(
        "Veska expels three Norlandic diplomats\nVeska responded on Thursday by expelling three Norlandic "
        "diplomats.\nThe Veskan foreign ministry said the Norlandic diplomats had 48 hours to leave.\n",
        published="2027-05-13",
        outlet="Paper",
        title="Veska expels three Norlandic diplomats",
    )
    links = links_of(first, second)
    assert not {"updates", "corroborates", "conflicts"} & set(
        relations_between(links, "48 hours to leave", "72 hours to leave")
    ), links
