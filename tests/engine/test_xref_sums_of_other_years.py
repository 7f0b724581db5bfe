"""The same sum of money in a claim told of another year ("Last year a judge ordered another founder to pay a fine
of 20 million dollars") is a coincidence of values, not a second source for this year's fine. Our own
sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_a_sum_of_last_year_does_not_corroborate_this_years() -> None:
    links = links_of(
        make_article(
            "Kessel founder fined\nJan Kessel was also ordered to pay a fine of 20 million dollars, the AP said.\n"
            "Many victims said the sentence was too light.\nLast year a judge in Varto sentenced Emil Roth, the "
            "founder of the lending app Orvin, to seven years in prison and ordered him to pay a fine of 20 million "
            "dollars after a jury found he had misled about 3,000 investors.\n",
            published="2027-04-29",
            outlet="Paper",
            title="Kessel founder fined",
        ),
    )
    assert "corroborates" not in relations_between(links, "Emil Roth", "Kessel was also"), links


def test_a_sum_told_again_the_same_year_still_corroborates() -> None:
    links = links_of(
        make_article(
            "Kessel fined\nA judge in Osmera ordered Jan Kessel, the founder of the lender Brava, to pay a fine of "
            "20 million dollars on Wednesday.\n",
            published="2027-04-28",
            outlet="Wire",
            title="Kessel fined",
        ),
        make_article(
            "Brava founder fined\nJan Kessel, the founder of Brava, was ordered to pay a fine of 20 million dollars, "
            "court papers show.\n",
            published="2027-04-29",
            outlet="Paper",
            title="Brava founder fined",
        ),
    )
    assert "corroborates" in relations_between(links, "Brava, was ordered", "lender Brava"), links
