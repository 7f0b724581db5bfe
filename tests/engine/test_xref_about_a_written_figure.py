"""An "about" figure lies near the step it is written to: "about 444,000" is within about 1% of 444,000 (it is
written to the thousand), never 426,039, while "about 4,000" may be 3,700. Our own sentences, invented carmakers."""

from corpus.extract.quantities import compared_figure
from tests.engine.conftest import links_across


def _reach(sentence: str) -> tuple[float, float]:
    from corpus.extract.article import extract_article
    from tests.engine.conftest import make_article

    claims, _ = extract_article(make_article(sentence + "\n"))
    q = next(q for c in claims for q in c.quantities if q.change == "~")
    _, low, high = compared_figure(q)
    return low, high


def test_about_a_finely_written_figure_lies_near_it() -> None:
    low, high = _reach("The carmaker delivered about 444,000 vehicles in the quarter.")
    assert 439_000 <= low < 444_000 < high <= 449_000  # (a step or 1%, not 10%)


def test_about_a_round_figure_keeps_its_tenth() -> None:
    low, high = _reach("About 4,000 people were evacuated from the valley.")
    assert (low, high) == (3_600, 4_400)


def test_two_carmakers_quarterly_sales_do_not_corroborate() -> None:
    voltra = (
        "Voltra deliveries fall again\nVoltra's deliveries fell 4.8% to about 444,000 vehicles in the April-June "
        "quarter, the second straight quarterly decline.",
        "2031-07-03",
        "Tech Daily",
    )
    kestrel = (
        "Kestrel sales jump 21%\nKestrel sold 426,039 electric vehicles in the second quarter, up 21% from a year "
        "earlier, narrowing the gap with Voltra.",
        "2031-07-01",
        "Markets Wire",
    )
    links = links_across([voltra, kestrel])
    assert [r for r, x, y in links if r == "corroborates" and "444,000" in x + y and "426,039" in x + y] == []
