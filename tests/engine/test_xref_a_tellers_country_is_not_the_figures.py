"""The teller's country is not whose figure a clause told without "that" gives ("South Korea's spy agency said the
North had sent about 11,000 troops to Russia"): the figure is the one another report gives as North Korea's. Our own
sentences."""

from tests.engine.conftest import links_across


def test_a_clause_told_without_that_keeps_its_figure_from_the_tellers_country() -> None:
    wire = (
        "North Korea sends 11,000 troops to Russia\nSEOUL, Oct 18 (Reuters) - North Korea has sent about 11,000 "
        "troops to Russia, South Korea's spy agency said on Friday.\nThe troops are being trained in Russia's far east.",
        "2031-10-18",
        "Reuters",
    )
    paper = (
        "Spy agency briefs lawmakers\nSouth Korea's spy agency said the North had sent about 11,000 troops to Russia.\n"
        "The agency briefed lawmakers on Friday.",
        "2031-10-19",
        "Korea Herald",
    )
    links = links_across([wire, paper])
    assert {r for r, x, y in links if "11,000" in x and "11,000" in y and "agency said the North" in x + y} == {
        "corroborates"
    }, links
