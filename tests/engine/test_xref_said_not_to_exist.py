"""A statement that there is no such thing ("There are no talks with any buyer over the Harlow mill") against
another source's report of that thing ("Harlow is in talks to sell its mill") conflicts, with no figure and no
word of denial; a "no" about something else does not. Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between

_REPORT = (
    "Tarven council in talks to sell Harlow mill\n"
    "TARVEN - Tarven council is in talks to sell the old Harlow paper mill to a property developer, two "
    "councillors with knowledge of the discussions said.\n"
    "The mill has stood empty since 2019.\n"
)
_STATEMENT = (
    "Council says Harlow mill not for sale\n"
    '"There are no talks with any developer over the Harlow mill," council leader Ruth Calder said on Thursday.\n'
    "There were no plans to build homes near the river, she added.\n"
)


def _links() -> list[tuple[str, str, str, str]]:
    return links_of(
        make_article(_REPORT, published="2027-06-01", outlet="Wire", title=_REPORT.split("\n")[0]),
        make_article(_STATEMENT, published="2027-06-03", outlet="Tarven Courier", title=_STATEMENT.split("\n")[0]),
    )


def test_saying_there_are_no_talks_conflicts_with_the_report_of_talks() -> None:
    links = _links()
    assert relations_between(links, "There are no talks", "is in talks to sell") == ["conflicts"], links


def test_no_plans_of_another_kind_is_no_conflict() -> None:
    links = _links()
    assert "conflicts" not in relations_between(links, "There were no plans", "is in talks to sell"), links
