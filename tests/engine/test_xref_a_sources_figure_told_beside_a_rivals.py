"""A claim that tells one source's figure beside a rival's ("the police counted 42,000 marchers, while the union
said 150,000 took part") repeats that source's figure: it corroborates the source's own report of it ("42,000
people marched, police said"), it does not dispute it. Our own sentences."""

from tests.engine.conftest import links_across


def test_a_sources_figure_told_again_beside_a_rivals_corroborates_it() -> None:
    rally = (
        "Thousands march in Porto against rent rises\nPORTO (Reuters) - Across Portugal, the police counted 42,000 "
        "marchers on Saturday, while the union federation said 150,000 people had taken part.\nIn Porto, 9,000 "
        "people marched, according to the city council.",
        "2031-03-09",
        "Reuters",
    )
    relay = (
        "Rent protest draws 42,000, say police\nNationwide, 42,000 people marched on Saturday, the police said.\n"
        "Organisers promised further protests in April.",
        "2031-03-09",
        "Lusa",
    )
    links = links_across([rally, relay])
    assert [r for r, x, y in links if "42,000" in x and "42,000" in y] == ["corroborates"], links
