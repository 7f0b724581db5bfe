"""Pairs that look like one report told twice and are not: a rate's next month at the same value, a site's job cuts
against the company's worldwide total, and a sale weighed or required against a sale reported."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between

STRONG = {"updates", "corroborates", "conflicts"}


def _article(title: str, body: str, day: str, outlet: str) -> object:
    return make_article(f"{title}\n{body}\n", published=day, outlet=outlet, title=title)


def test_the_same_rate_for_the_next_month_is_no_second_report_of_the_first() -> None:
    february = _article(
        "UK inflation falls less than expected to 3.2%",
        "LONDON, March 19 (Reuters) - British consumer price inflation fell to 3.2% in February from 3.6% in January, "
        "the Office for National Statistics said on Wednesday.",
        "2025-03-19",
        "Reuters",
    )
    march = _article(
        "UK inflation stuck at 3.2% in March",
        "UK inflation held at 3.2 per cent in March, confounding forecasts of a fall to 2.9 per cent.",
        "2025-04-16",
        "Financial Times",
    )
    links = links_of(february, march)
    assert relations_between(links, "stuck at 3.2% in March", "fell to 3.2% in February") == ["updates"], links
    # (the February article's headline is February's figure, as its lead says)
    assert "corroborates" not in relations_between(
        links, "stuck at 3.2% in March", "UK inflation falls less than expected to 3.2%"
    ), links


def test_a_sites_job_cuts_are_no_value_of_the_worldwide_total() -> None:
    company = _article(
        "Veltrix to cut 9,000 jobs",
        "Oct 3 (Reuters) - Software maker Veltrix said on Friday it would cut 9,000 jobs, or about 7% of its global "
        "workforce.",
        "2026-10-03",
        "Reuters",
    )
    site = _article(
        "Veltrix layoffs hit 1,450 in Texas, filing shows",
        "Veltrix's job cuts include 1,450 employees at its Austin campus, according to a state filing.",
        "2026-10-07",
        "Tech Daily",
    )
    links = links_of(company, site)
    assert not STRONG & set(relations_between(links, "layoffs hit 1,450 in Texas", "would cut 9,000 jobs")), links
    assert not STRONG & set(relations_between(links, "layoffs hit 1,450 in Texas", "Veltrix to cut 9,000 jobs")), links


def test_a_sale_weighed_is_not_corroborated_by_a_law_requiring_it() -> None:
    law = _article(
        "Morvik signs law that could ban Kestrel",
        "BRANDEL, April 24 (Reuters) - President Ana Morvik signed legislation on Wednesday giving Kestrel's Chinese owner Ostravia about nine months to sell the app's U.S. assets or face a ban.",
        "2024-04-24",
        "Reuters",
    )
    denial = _article(
        "Ostravia says it has no plans to sell Kestrel",
        "Ostravia said on Thursday it had no plans to sell Kestrel, denying a report that it was exploring options to sell the app's U.S. business without its algorithm.",
        "2024-04-25",
        "Associated Press",
    )
    report = _article(
        "Ostravia explores selling majority of Kestrel US without algorithm",
        "Ostravia is exploring options for selling a majority stake in Kestrel's U.S. business without the algorithm, according to people familiar with the matter.",
        "2024-04-25",
        "The Information",
    )
    restored = _article(
        "Kestrel restores service in US after Dorsal pledge",
        "Jan 19 (Reuters) - Kestrel said on Sunday it was restoring service to its 170 million U.S. users after President-elect Donald Dorsal said he would issue an order delaying the ban.",
        "2025-01-19",
        "Reuters",
    )
    house = _article(
        "House passes bill that could ban Kestrel, 352-65",
        "The House of Representatives voted 352-65 on Wednesday to pass a bill that would force Ostravia to divest Kestrel or face a U.S. ban.",
        "2024-03-13",
        "CNBC",
    )
    links = links_of(law, denial, report, restored, house)
    assert "corroborates" not in relations_between(links, "is exploring options", "signed legislation"), links
