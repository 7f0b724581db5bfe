"""Jobs cut or added are one employer's (issue 12): "Volvara said on Monday it would cut 4,000 jobs" never updates
"Brisco will lay off 3,500 workers", a week apart in one industry's news; one employer named two ways in one sentence
("Harlow parent Kestrel Group said it would cut ...") is one, and a headline's employer is also the one its lead names
with the same figure. Our own sentences."""

from __future__ import annotations

from .conftest import links_of, relations_between, titled_article

_STRONG = {"corroborates", "updates", "conflicts"}

_FIRST = titled_article(
    "Brisco to lay off 3,500 workers",
    "March 4 (Reuters) - Carmaker Brisco said on Monday it will lay off 3,500 workers by the end of the year as "
    "electric car sales slow.",
    "2025-03-04",
    "Reuters",
)
_OTHER_EMPLOYER = titled_article(
    "Kestrel to cut 4,000 jobs",
    "March 11 (Reuters) - Harlow parent Kestrel Group said on Tuesday it would cut 4,000 jobs, a week after Brisco said "
    "it would lay off 3,500 workers.",
    "2025-03-11",
    "Reuters",
)
_SAME_EMPLOYER = titled_article(
    "Harlow confirms job cuts",
    "Harlow is laying off 4,000 employees, according to a memo to staff seen by the paper.",
    "2025-03-12",
    "Business Daily",
)


def test_another_employers_cuts_are_no_update() -> None:
    links = links_of(_FIRST, _OTHER_EMPLOYER)
    assert not _STRONG & set(relations_between(links, "it would cut 4,000 jobs", "will lay off 3,500 workers"))
    assert not _STRONG & set(relations_between(links, "Kestrel to cut 4,000 jobs", "will lay off 3,500 workers"))


def test_one_employer_named_two_ways_still_corroborates() -> None:
    links = links_of(_OTHER_EMPLOYER, _SAME_EMPLOYER)
    assert relations_between(links, "Harlow is laying off 4,000", "it would cut 4,000 jobs") == ["corroborates"]
    assert relations_between(links, "Harlow is laying off 4,000", "Kestrel to cut 4,000 jobs") == ["corroborates"]


def test_a_share_of_the_workforce_naming_no_employer_is_the_headlines_employers() -> None:
    # (four reports of one week, as the links are made among them all)
    alphabet = titled_article(
        "Alphabet to cut 12,000 jobs",
        "Jan 20 (Reuters) - Google parent Alphabet Inc said on Friday it would cut 12,000 jobs, or about 6% of its "
        "global workforce, as it refocuses on artificial intelligence.\nThe cuts come days after Microsoft said it "
        "would lay off 10,000 employees.\nAlphabet had 186,779 employees at the end of September, according to its "
        "filings.",
        "2023-01-20",
        "Reuters",
    )
    google = titled_article(
        "Google is laying off 12,000 people",
        "Google is laying off 12,000 workers, according to a memo from CEO Sundar Pichai to staff.",
        "2023-01-20",
        "The Verge",
    )
    microsoft = titled_article(
        "Microsoft to lay off 10,000 workers",
        "Microsoft said Wednesday it will lay off 10,000 employees by the end of the third quarter, as it braces for "
        "slower growth.\nThe cuts amount to less than 5% of the company's workforce.",
        "2023-01-18",
        "CNBC",
    )
    links = links_of(alphabet, google, microsoft)
    assert not _STRONG & set(relations_between(links, "less than 5%", "about 6% of its"))
