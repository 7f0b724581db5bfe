"""A link's reason shows a sum in the currency the text gives it (sentences written for these tests)."""

from __future__ import annotations

from .conftest import links_between, links_of, make_article


def _reasons(first: str, second: str) -> list[str]:
    a = make_article(
        "Dockers strike at Velna\n" + first + "\n",
        published="2026-05-04",
        outlet="Wire",
        title="Dockers strike at Velna",
    )
    b = make_article(
        "Velna strike goes on\n" + second + "\n", published="2026-05-05", outlet="Daily", title="Velna strike goes on"
    )
    return [why for _, why in links_between(links_of(a, b), first[:25], second[:25])]


def test_a_sum_in_euros_is_shown_in_euros_not_dollars() -> None:
    reasons = _reasons(
        "Port operator Velna Docks said the dockers' strike was costing it 3 million euros a day.",
        "Velna Docks said again on Tuesday that the dockers' strike was costing it 3 million euros a day.",
    )
    assert reasons and all("€3 million" in why and "$" not in why for why in reasons), reasons


def test_a_sum_in_dollars_keeps_its_sign() -> None:
    reasons = _reasons(
        "Port operator Velna Docks said the dockers' strike was costing it $3 million a day.",
        "Velna Docks said again on Tuesday that the dockers' strike was costing it $3 million a day.",
    )
    assert reasons and all("$3 million" in why for why in reasons), reasons


def test_billions_are_written_as_billions() -> None:
    from corpus.xref.reasons import figure_label

    assert figure_label(2.1e9, 2.1e9, 2.1e9) == "2.1 billion"
    assert figure_label(4.3e9, None, 4.3e9) == "up to 4.3 billion"
    assert figure_label(3.5e6, 3.5e6, 3.5e6) == "3.5 million"


def test_a_reason_keeps_every_decimal_the_text_gave() -> None:
    """A rate of 4.75% is never worded 4.8%: a reason shows the figure as reported, not rounded."""
    from corpus.xref.reasons import figure_label

    assert figure_label(4.75, 4.75, 4.75) == "4.75"
    assert figure_label(0.25, 0.25, None) == "at least 0.25"
    assert figure_label(12_345.5, 12_345.5, 12_345.5) == "12,345.5"
    assert figure_label(1.125e6, 1.125e6, 1.125e6) == "1,125,000"
    reasons = _reasons(
        "Norland's central bank raised its main policy rate to 4.75% on Thursday, the bank said.",
        "The bank's main policy rate stands at 4.75%, the bank said on Friday.",
    )
    assert reasons and all("4.75%" in why and "4.8%" not in why for why in reasons), reasons


def test_a_sentence_in_years_is_worded_with_its_years() -> None:
    """ "both count prison sentence: 9 prison sentence" says nothing; the reason names the years."""
    a = make_article(
        "Ex-mayor jailed\nA court in Osmera sentenced the city's former mayor, Ivo Marek, to nine years in prison "
        "for taking bribes.\n",
        published="2026-05-04",
        outlet="Wire",
        title="Ex-mayor jailed",
    )
    b = make_article(
        "Marek verdict\nThe judge sentenced former Osmera mayor Ivo Marek to nine years in prison on Monday.\n",
        published="2026-05-04",
        outlet="Daily",
        title="Marek verdict",
    )
    reasons = [why for _, why in links_between(links_of(a, b), "sentenced the city's", "The judge sentenced")]
    assert reasons and all("prison sentence of 9 years" in why for why in reasons), reasons
