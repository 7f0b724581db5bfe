"""Four wrong or missing links on the lead's own stories, in our own sentences: the same month's inflation rate from
two outlets naming no place; a pay rise told as "a 5% raise" and as "increase pay by 5 per cent"; a poll that sides
with a government's denial ("will not raise") is no conflict with it; a robbery in one town and a look-alike in
another town, each naming its own, are not linked."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _inflation() -> list[tuple[str, str, str, str]]:
    return links_of(
        make_article(
            "Inflation eases to 3.3%\nInflation eased to 3.3% in April from 3.6% in March, the statistics office "
            "said on Wednesday.\nFood prices rose 5.1% from a year earlier, while fuel prices fell.\n",
            published="2027-05-14",
            outlet="Daily Ledger",
            title="Inflation eases to 3.3%",
        ),
        make_article(
            "Price growth slows in April\nConsumer prices rose 3.3% in April from a year earlier, down from 3.6% in "
            "March, official figures showed.\nThe central bank targets inflation of 2%.\n",
            published="2027-05-14",
            outlet="Evening Post",
            title="Price growth slows in April",
        ),
    )


def test_one_months_inflation_from_two_outlets_corroborates() -> None:
    links = _inflation()
    assert "corroborates" in relations_between(links, "Consumer prices rose 3.3%", "Inflation eased to 3.3%"), links


def test_an_inflation_target_is_no_value_of_the_rate() -> None:
    links = _inflation()
    assert "updates" not in relations_between(links, "targets inflation of 2%", "Consumer prices rose 3.3%"), links


def test_a_raise_and_an_increase_of_pay_by_the_same_percentage_corroborate() -> None:
    links = links_of(
        make_article(
            "Rail workers win 5% raise\nTrain drivers at Nordbahn will receive a 5% raise from July under a deal "
            "agreed with the company, the union said.\nThe agreement runs for two years.\n",
            published="2027-06-04",
            outlet="Wire",
            title="Rail workers win 5% raise",
        ),
        make_article(
            "Nordbahn deal ends strike threat\nNordbahn has agreed to increase drivers' pay by 5 per cent from July, "
            "averting a strike planned for next week.\n",
            published="2027-06-05",
            outlet="Herald",
            title="Nordbahn deal ends strike threat",
        ),
    )
    assert "corroborates" in relations_between(links, "increase drivers' pay", "a 5% raise"), links


def test_a_poll_siding_with_a_denial_does_not_conflict_with_it() -> None:
    links = links_of(
        make_article(
            "Government denies fuel tax rise\nThe government on Monday denied a newspaper report that it planned to "
            'raise fuel taxes next year. "There is no plan to raise fuel taxes," Finance Minister Lena Rask said.\n',
            published="2027-02-01",
            outlet="Wire",
            title="Government denies fuel tax rise",
        ),
        make_article(
            "Most voters believe fuel taxes will not rise, poll finds\nMost voters believe the government will not "
            "raise fuel taxes next year, a poll published on Thursday found.\n",
            published="2027-02-04",
            outlet="Paper",
            title="Most voters believe fuel taxes will not rise, poll finds",
        ),
    )
    assert "conflicts" not in relations_between(links, "Most voters believe", "denied a newspaper report"), links


def test_a_look_alike_robbery_in_another_town_is_not_linked() -> None:
    links = links_of(
        make_article(
            "Armed robbers hit Lyon jeweller\nLYON (AFP) - Three armed men robbed a jewellery shop in central Lyon on "
            "Tuesday, escaping with watches and rings worth about 2 million euros, police said.\nNo one was hurt.\n",
            published="2027-03-02",
            outlet="AFP",
            title="Armed robbers hit Lyon jeweller",
        ),
        make_article(
            "Jewellery store raided in Nice\nNICE - Armed robbers raided a jewellery store in Nice on Wednesday and "
            "fled with watches and rings worth about 2 million euros, police said.\n",
            published="2027-03-03",
            outlet="Nice-Matin",
            title="Jewellery store raided in Nice",
        ),
    )
    assert relations_between(links, "Armed robbers raided", "Three armed men robbed") == [], links
