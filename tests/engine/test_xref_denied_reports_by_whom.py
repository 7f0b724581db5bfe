"""A denial of "a report in a local paper that ..." denies what the report said, whoever published it (issue 12).
Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_a_report_named_by_its_paper_is_still_what_was_denied() -> None:
    denial = make_article(
        "Halvik Chemicals denied a report in a local paper that its plant had leaked solvent into the Orne river "
        "last spring.\n",
        published="2027-05-10",
        outlet="Wire One",
    )
    finding = make_article(
        "State inspectors said on Tuesday that the Halvik Chemicals plant had leaked solvent into the Orne river "
        "last spring.\n",
        published="2027-06-15",
        outlet="River Post",
    )
    links = links_of(denial, finding)
    assert relations_between(links, "denied a report", "State inspectors") == ["conflicts"], links
