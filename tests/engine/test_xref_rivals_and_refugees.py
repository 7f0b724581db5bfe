"""A rival's figures are its own, and refugees are a part of all who fled (sentences written for these
tests)."""

from __future__ import annotations

from .conftest import figure_measure, links_of, make_article, relations_between


def test_refugees_are_counted_apart_from_all_who_fled_their_homes() -> None:
    text = "The agency appealed for $900 million to help 1.2 million refugees who have fled the war."
    assert figure_measure(text, "1.2 million", 1.2e6, "refugee", "displaced", "refugee") == "refugees"
    other = "More than 5 million people have fled their homes since the war began."
    assert figure_measure(other, "5 million", 5e6, "people", "displaced", None) == "displaced"


def test_a_rivals_outage_is_not_a_later_count_of_the_other() -> None:
    first = make_article(
        "Payments firm Kestra outage\nAn outage at payments firm Kestra disrupted card payments for about 2 million "
        "customers on Monday, the company said.\n",
        published="2026-11-02",
        outlet="Wire",
        title="Payments firm Kestra outage",
    )
    revised = make_article(
        "Kestra outage bigger than thought\nKestra said on Wednesday that Monday's outage had affected 3.4 million "
        "customers, more than it first estimated.\n",
        published="2026-11-04",
        outlet="Daily",
        title="Kestra outage bigger than thought",
    )
    rival = make_article(
        "Second payments outage hits Brightpay\nPayments firm Brightpay suffered an outage on Friday that disrupted "
        "card payments for about 600,000 customers, days after a larger outage at rival Kestra.\n",
        published="2026-11-06",
        outlet="Wire",
        title="Second payments outage hits Brightpay",
    )
    links = links_of(first, revised, rival)
    assert relations_between(links, "about 2 million", "3.4 million") == ["updates"], links
    assert set(relations_between(links, "about 600,000", "3.4 million")) <= {"related"}, links
