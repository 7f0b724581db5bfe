"""An anaphoric denial ("The company denied the report") denies the sentence before it, so another report is
denied only if it says much of what that sentence says; and a figure set against "the 4.2 million the telecoms
company first reported" replaces that earlier figure. Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _breach_count():
    return make_article(
        "Hackers stole the data of about 3.8 million customers of Kestrel Energy, the utility said on Friday.\n",
        published="2027-05-07",
        outlet="Reuters",
        title="Hackers steal data of 3.8 million Kestrel Energy customers",
    )


def _revised_count():
    return make_article(
        "The data breach at Kestrel Energy affected 5.2 million customers, far more than the 3.8 million the "
        "utility company first reported, its chief executive Marta Lind told lawmakers on Tuesday.\n",
        published="2027-05-18",
        outlet="NOS",
        title="Kestrel Energy breach hit 5.2 million customers, CEO says",
    )


def _ransom_report_denied():
    return make_article(
        "Kestrel Energy paid the hackers about 1.5 million euros in bitcoin to delete the stolen customer data, a "
        "newspaper reported on Thursday, citing two people familiar with the matter.\n\n"
        "The company denied the report.\n",
        published="2027-05-27",
        outlet="NL Times",
        title="Kestrel Energy paid ransom to hackers, newspaper says",
    )


def test_a_figure_set_against_what_a_company_first_reported_replaces_it() -> None:
    links = links_of(_breach_count(), _revised_count())
    assert relations_between(links, "The data breach at Kestrel", "Hackers stole the data") == ["updates"], links


def test_a_denial_of_the_report_before_it_denies_that_report() -> None:
    links = links_of(_ransom_report_denied())
    assert "conflicts" in relations_between(links, "The company denied the report", "Kestrel Energy paid"), links


def test_a_denial_of_the_report_before_it_is_not_of_another_report_of_the_story() -> None:
    links = links_of(_revised_count(), _ransom_report_denied())
    assert "conflicts" not in relations_between(links, "The company denied the report", "The data breach at"), links


def test_a_denial_under_its_headline_still_denies_the_other_outlets_report() -> None:
    report = make_article(
        "The city of Marlow is preparing to close its main public hospital, according to people familiar with the "
        "matter.\n",
        published="2027-06-02",
        outlet="Reuters",
        title="Marlow plans to close main hospital",
    )
    denial = make_article(
        "Marlow town hall denies Sunday paper's report\nA city spokesperson, Ada Voss, denied the report, saying no "
        "decision on closing the main public hospital had been taken.\n",
        published="2027-06-03",
        outlet="AFP",
        title="Marlow town hall denies Sunday paper's report",
    )
    links = links_of(report, denial)
    assert "conflicts" in relations_between(links, "A city spokesperson, Ada Voss", "The city of Marlow"), links
