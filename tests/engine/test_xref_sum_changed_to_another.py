"""A sum told as what a change was done to, with the value it was changed to right after ("reduced a $48 million
award against Velcor to $21 million"): the later sum replaces the earlier report's, an update, never a second
report of the old sum; and a rise told so ("raised its offer of 3.1 billion euros to 3.4 billion") the same
(sentences written for these tests)."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _verdict() -> object:
    return make_article(
        "Jury orders Velcor to pay $48 million over plant blast\nA jury on Monday ordered chemical maker Velcor to "
        "pay $48 million to a worker who was badly burned in a 2028 explosion at one of its plants, his lawyers "
        "said.\nVelcor said it would appeal the verdict.\n",
        published="2031-03-02",
        outlet="Reuters",
        title="Jury orders Velcor to pay $48 million over plant blast",
    )


def _appeal() -> object:
    return make_article(
        "Appeals court cuts Velcor blast award\nAn appeals court on Tuesday reduced a $48 million award against "
        "Velcor to $21 million, ruling that the jury had overstated the worker's lost earnings.\nThe worker's "
        "lawyers said they would ask the state Supreme Court to restore the full award.\n",
        published="2031-09-15",
        outlet="Houston Chronicle",
        title="Appeals court cuts Velcor blast award",
    )


def test_a_sum_reduced_to_another_updates_the_first_report() -> None:
    links = links_of(_verdict(), _appeal())
    found = relations_between(links, "reduced a $48 million award", "ordered chemical maker Velcor to pay")
    assert "updates" in found and "corroborates" not in found, links


def test_an_offer_raised_to_another_updates_the_first_offer() -> None:
    first = make_article(
        "Harlan bids for Ostmark\nFRANKFURT, May 4 (Reuters) - Harlan Group offered 3.1 billion euros for rival "
        "chemicals maker Ostmark on Monday, the companies said.\n",
        published="2031-05-04",
        outlet="Reuters",
        title="Harlan bids for Ostmark",
    )
    later = make_article(
        "Harlan sweetens Ostmark bid\nFRANKFURT, May 18 (Reuters) - Harlan Group raised its offer of 3.1 billion "
        "euros for Ostmark to 3.4 billion euros on Monday after Ostmark's board rejected the first bid.\n",
        published="2031-05-18",
        outlet="Reuters",
        title="Harlan sweetens Ostmark bid",
    )
    links = links_of(first, later)
    found = relations_between(links, "raised its offer of 3.1 billion", "offered 3.1 billion euros")
    assert "updates" in found and "corroborates" not in found, links
