"""A headline and its own lead are one source telling one figure twice: related, never corroboration; another
outlet's report of the figure still corroborates (issue 12). Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between

TITLE = "Port Alder sign winger Okafor for club-record £38m"


def _paper():
    return make_article(
        f"{TITLE}\nPort Alder have signed winger Sam Okafor from Lindale for a club-record fee of £38 million, the "
        "club announced on Friday.\n",
        published="2027-08-20",
        outlet="Wire One",
        title=TITLE,
    )


def test_a_headline_does_not_corroborate_its_own_lead() -> None:
    links = links_of(_paper())
    assert "corroborates" not in relations_between(links, "club-record £38m", "club-record fee of £38 million"), links


def test_another_outlets_report_still_corroborates_the_lead() -> None:
    other = make_article(
        "Sam Okafor has joined Port Alder from Lindale in a deal worth £38m.\n",
        published="2027-08-20",
        outlet="Daily Ledger",
    )
    links = links_of(_paper(), other)
    assert relations_between(links, "deal worth £38m", "club-record fee of £38 million") == ["corroborates"], links
