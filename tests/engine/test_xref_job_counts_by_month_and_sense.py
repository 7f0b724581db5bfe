"""Job counts of payroll reports: a month's jobs added are that month's, even beside a rate the claim also gives
("..., and the jobless rate fell to 3.1%"); jobs added and jobs cut are counts of opposite sense, never one series."""

from __future__ import annotations

from .conftest import links_of, relations_between, titled_article

STRONG = {"updates", "corroborates", "conflicts"}


def test_a_months_jobs_beside_a_rate_do_not_update_another_months() -> None:
    march = titled_article(
        "Norway's employers add 21,000 jobs in March",
        "OSLO — Norwegian employers added 21,000 jobs in March, the statistics office said on Friday.",
        "2027-04-02",
        "Nordic Wire",
    )
    may = titled_article(
        "Norway's hiring slows",
        "Employers added 9,000 jobs in May, and the jobless rate rose to 4.1%, the statistics office said.",
        "2027-06-04",
        "Oslo Post",
    )
    links = links_of(march, may)
    assert not STRONG & set(relations_between(links, "added 9,000 jobs", "added 21,000 jobs")), links


def test_jobs_added_and_jobs_cut_are_not_one_series() -> None:
    hiring = titled_article(
        "Norway's employers add 21,000 jobs in March",
        "OSLO — Norwegian employers added 21,000 jobs in March, the statistics office said on Friday.",
        "2027-04-02",
        "Nordic Wire",
    )
    revision = titled_article(
        "Norway's payroll revision cuts 64,000 jobs",
        "A revision of last year's payroll survey cuts 64,000 jobs from Norway's count, the statistics office said.",
        "2027-04-20",
        "Oslo Post",
    )
    links = links_of(hiring, revision)
    assert not STRONG & set(relations_between(links, "cuts 64,000 jobs", "added 21,000 jobs")), links
