"""A headline gives its lead's figure in fewer words: what the lead tells of it, the headline means too (issue 12).
"Carmaker recalls 2.4 million vans over brake fault" over a lead recalling "2.4 million vans worldwide" counts
worldwide, and "... recalls 1.3 million vans in US" over "1.3 million Cargo vans in the United States" counts in the
US, so the one country's part never updates the worldwide whole. Our own sentences."""

from __future__ import annotations

from .conftest import links_of, relations_between, titled_article

_STRONG = {"updates", "corroborates", "conflicts"}
_WORLDWIDE = titled_article(
    "Kestrel Motors recalls 2.4 million vans over brake fault",
    "TOKYO, May 7 (Reuters) - Kestrel Motors said on Tuesday it was recalling 2.4 million Cargo vans worldwide "
    "because a brake hose could crack.\nThe company said it knew of no crashes linked to the fault.",
    "2024-05-07",
    "Reuters",
)
_US_LEAD = (
    "DETROIT (AP) - Kestrel Motors is recalling about 1.3 million Cargo vans in the United States because a brake hose "
    "could crack, U.S. safety regulators said on Wednesday."
)


def test_a_headline_counts_where_its_lead_counts_the_same_figure() -> None:
    links = links_of(_WORLDWIDE, titled_article("Brake fault prompts van recall", _US_LEAD, "2024-05-08", "AP"))
    one_country = "about 1.3 million Cargo vans in the United States"
    assert not _STRONG & set(relations_between(links, one_country, "recalls 2.4 million vans"))
    # (the lead itself said worldwide before this rule)
    assert not _STRONG & set(relations_between(links, one_country, "2.4 million Cargo vans worldwide"))


def test_a_headline_counts_in_the_country_its_lead_counts_the_same_figure_in() -> None:
    links = links_of(_WORLDWIDE, titled_article("Kestrel recalls 1.3 million vans in US", _US_LEAD, "2024-05-08", "AP"))
    assert not _STRONG & set(
        relations_between(links, "Kestrel recalls 1.3 million vans in US", "2.4 million Cargo vans worldwide")
    )
