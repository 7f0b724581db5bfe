"""A country opening a sentence is a name ("Hungary's inflation rate rose"), and a figure of the country a
sentence opens with is not another country's ("Hungary's inflation rate, by contrast, rose to 5.3%" /
"Polish inflation slowed to 4.1%"), however alike the measure. Our own sentences."""

from __future__ import annotations

from .conftest import claims_in, links_of, make_article, relations_between


def test_a_country_opening_a_sentence_is_one_of_its_names() -> None:
    (claim,) = claims_in("Hungary's inflation rate rose to 5.3% in April, the statistics office said.\n")
    assert "Hungary" in claim.entities


def _march(opening: str):
    return make_article(
        f"WARSAW (Reuters) - {opening} inflation slowed to 4.1% year on year in March from 4.9% in February, a "
        "flash estimate from the statistics office showed on Tuesday, below the 4.4% expected by economists.\n\n"
        "The central bank, which held its main interest rate at 5.75% in March, has said it could start cutting "
        "rates in the second half of the year.\n",
        published="2028-03-31",
        outlet="Reuters",
        title="Polish inflation slows to 4.1% in March",
    )


def _april():
    return make_article(
        "Polish inflation fell to 3.6% in April, the lowest level in more than three years, the statistics office "
        "said in a flash estimate on Thursday.\n\n"
        "Hungary's inflation rate, by contrast, rose to 5.3% in April from 4.8%.\n",
        published="2028-04-30",
        outlet="PAP",
        title="Polish inflation falls to 3.6% in April",
    )


def test_another_countrys_rate_is_no_later_value() -> None:
    links = links_of(_march("Polish consumer price"), _april())
    assert not relations_between(links, "Hungary's inflation rate", "Polish consumer price inflation"), links
    assert relations_between(links, "Polish inflation fell", "Polish consumer price inflation") == ["updates"]


def test_one_countrys_rate_by_name_and_nationality_is_one_series() -> None:
    links = links_of(_march("Hungary's consumer price"), _april())
    assert relations_between(links, "Hungary's inflation rate", "Hungary's consumer price inflation") == ["updates"]
