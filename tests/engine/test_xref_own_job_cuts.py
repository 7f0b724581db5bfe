"""Two companies' own job cuts, each told with the company as the sentence's subject and neither naming the other, are
two cuts, not one series (sentences written for these tests)."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between

_STRONG = {"corroborates", "conflicts", "updates"}


def test_another_companys_own_cuts_update_no_cut() -> None:
    scoop = make_article(
        "Volvo Cars plans to cut 3,000 office jobs, sources say\nVolvo Cars is preparing to cut about 3,000 office "
        "jobs in Sweden, two people familiar with the plans said.\n",
        published="2037-04-02",
        outlet="Dagens Industri",
        title="Volvo Cars plans to cut 3,000 office jobs, sources say",
    )
    other = make_article(
        "Polestar to cut 450 jobs\nSTOCKHOLM, May 15 (Reuters) - Polestar, the electric carmaker controlled by Geely, "
        "said on Thursday it would cut about 450 jobs in Sweden.\n",
        published="2037-05-15",
        outlet="Reuters",
        title="Polestar to cut 450 jobs",
    )
    links = links_of(scoop, other)
    assert not _STRONG & set(relations_between(links, "Volvo Cars is preparing", "Polestar, the")), links


def test_a_cut_recalled_from_another_year_and_company_corroborates_no_cut() -> None:
    explainer = make_article(
        "Explainer: why Denmark's carmakers are cutting jobs\nNorvik Motors said in May it would cut about 1,200 jobs, "
        "mostly office roles.\nIn 2029 Tessel Trucks cut about 1,200 jobs at its plant in Aarhus.\n",
        published=None,
        outlet="The Local Denmark",
        title="Explainer: why Denmark's carmakers are cutting jobs",
    )
    links = links_of(explainer)
    assert not _STRONG & set(relations_between(links, "Norvik Motors said in May", "In 2029 Tessel")), links
