"""One sum told as two companies' worth ("Veltro's stock market value topped $2 trillion" / "Orsen shares closed at a
record, pushing its market value back above $2 trillion") is no second report of either. Our own sentences,
invented companies."""

from tests.engine.conftest import links_across

_VELTRO = (
    "Veltro hits $2 trillion market value, overtakes Orsen\nVeltro's stock market value topped $2 trillion for the "
    "first time on Wednesday, overtaking Orsen to become the world's third most valuable company.",
    "2031-06-04",
    "Wire Service",
)


def test_two_companies_worth_of_one_sum_do_not_corroborate() -> None:
    orsen = (
        "Orsen shares hit record, pushing value past $2 trillion\nOrsen shares closed at a record on Wednesday, "
        "pushing its market value back above $2 trillion, as investors cheered its new chips.",
        "2031-06-11",
        "Markets Daily",
    )
    links = links_across([_VELTRO, orsen])
    assert [r for r, x, y in links if r == "corroborates"] == []


def test_one_companys_worth_told_again_still_corroborates() -> None:
    again = (
        "Veltro joins $2 trillion club\nVeltro's market value rose above $2 trillion on Wednesday, the first time the "
        "chipmaker has reached that mark.",
        "2031-06-04",
        "Markets Daily",
    )
    links = links_across([_VELTRO, again])
    assert "corroborates" in [r for r, x, y in links if "$2 trillion" in x and "$2 trillion" in y]
