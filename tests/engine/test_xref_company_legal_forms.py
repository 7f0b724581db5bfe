"""A company named with its legal form ("Torvik AG", "Brandt Holdings plc") is one party in both reports: the
legal form is no surname that tells two people apart. Our own sentences."""

from __future__ import annotations

import pytest

from .conftest import links_of, make_article, relations_between


@pytest.mark.parametrize("name", ["Torvik AG", "Torvik SE", "Torvik Inc"])
def test_one_company_with_its_legal_form_cutting_jobs_is_one_report(name: str) -> None:
    first = make_article(
        f"Swiss valve maker {name} will cut about 1,200 jobs worldwide by 2029, the company said on Monday.\n",
        published="2027-04-12",
        outlet="Reuters",
        title="Torvik to cut 1,200 jobs",
    )
    second = make_article(
        f"{name} plans to shed 1,200 positions, the valve maker announced on Monday.\n",
        published="2027-04-12",
        outlet="Bloomberg",
        title="Valve maker Torvik to shed 1,200 positions",
    )
    links = links_of(first, second)
    assert "corroborates" in relations_between(links, "will cut about 1,200 jobs", "plans to shed 1,200"), links


def test_two_companies_with_one_legal_form_stay_apart() -> None:
    first = make_article(
        "Torvik AG will cut about 1,200 jobs worldwide by 2029, the company said on Monday.\n",
        published="2027-04-12",
        outlet="Reuters",
        title="Torvik to cut 1,200 jobs",
    )
    second = make_article(
        "Brenner AG plans to shed 1,200 positions, the valve maker announced on Monday.\n",
        published="2027-04-12",
        outlet="Bloomberg",
        title="Brenner to shed 1,200 positions",
    )
    links = links_of(first, second)
    assert not relations_between(links, "will cut about 1,200 jobs", "plans to shed 1,200"), links
