"""A company's results (issue 12): a sentence giving a figure with no period of its own is for the quarter its lead
reports ("reported revenue of $9.1 billion for its second quarter" over "Net income rose 12% to $1.4 billion."), so
the next quarter's net income is another quarter's, never an update; and a unit's results ("its cloud segment posted
$2.2 billion in revenue") are a part of the company's, never a value of them. Our own sentences."""

from __future__ import annotations

from .conftest import links_of, relations_between, titled_article

_STRONG = {"corroborates", "updates", "conflicts"}


def test_a_figure_with_no_period_is_for_the_quarter_its_lead_reports() -> None:
    first = titled_article(
        "Norvale Systems revenue beats forecasts",
        "OSLO, April 25 (Reuters) - Norvale Systems reported revenue of $9.1 billion for its first quarter on Thursday, "
        "up 8% from a year earlier.\nNet income rose 12% to $1.4 billion.",
        "2024-04-25",
        "Reuters",
    )
    later = titled_article(
        "Norvale Systems sales growth slows",
        "OSLO, July 24 (Reuters) - Norvale Systems reported revenue of $9.3 billion for its second quarter on "
        "Wednesday, up 5% from a year earlier.\nNet income rose 3% to $1.5 billion.",
        "2024-07-24",
        "Reuters",
    )
    assert not _STRONG & set(relations_between(links_of(first, later), "to $1.5 billion", "to $1.4 billion"))


def test_a_units_results_are_a_part_of_the_companys() -> None:
    first = titled_article(
        "Norvale shares rise after earnings beat",
        "Norvale Corp's revenue grew 13% year over year in the quarter that ended March 31, according to a statement.\n"
        "The company's Enterprise Cloud segment posted $4.3 billion in revenue.",
        "2024-04-25",
        "CNBC",
    )
    later = titled_article(
        "Norvale revenue up 18% as demand lifts cloud",
        "April 30 (Reuters) - Norvale Corp reported revenue of $11.0 billion for its fiscal third quarter, up 18% from "
        "a year earlier.",
        "2024-07-30",
        "Reuters",
    )
    assert not _STRONG & set(relations_between(links_of(first, later), "$11.0 billion", "$4.3 billion"))
