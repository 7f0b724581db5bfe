"""A headline gives its lead's figure in fewer words: what the lead tells of it, the headline means too (issue 12).
"Carmaker recalls 2.4 million vans over brake fault" over a lead recalling "2.4 million vans worldwide" counts
worldwide, so the part of them another report counts in one country never updates it. Our own sentences."""

from __future__ import annotations

from .conftest import links_of, relations_between, titled_article


def test_a_headline_counts_where_its_lead_counts_the_same_figure() -> None:
    worldwide = titled_article(
        "Kestrel Motors recalls 2.4 million vans over brake fault",
        "TOKYO, May 7 (Reuters) - Kestrel Motors said on Tuesday it was recalling 2.4 million Cargo vans worldwide "
        "because a brake hose could crack.\nThe company said it knew of no crashes linked to the fault.",
        "2024-05-07",
        "Reuters",
    )
    one_country = titled_article(
        "Brake fault prompts van recall",
        "DETROIT (AP) - Kestrel Motors is recalling about 1.3 million Cargo vans in the United States because a brake "
        "hose could crack, U.S. safety regulators said on Wednesday.",
        "2024-05-08",
        "AP",
    )
    links = links_of(worldwide, one_country)
    assert not {"updates", "corroborates", "conflicts"} & set(
        relations_between(links, "about 1.3 million Cargo vans in the United States", "recalls 2.4 million vans")
    )
    # (the lead itself said worldwide before this rule)
    assert not {"updates", "corroborates", "conflicts"} & set(
        relations_between(
            links, "about 1.3 million Cargo vans in the United States", "2.4 million Cargo vans worldwide"
        )
    )


def test_a_headline_counts_in_the_country_its_lead_counts_the_same_figure_in() -> None:
    worldwide = titled_article(
        "Kestrel Motors recalls 2.4 million vans over brake fault",
        "TOKYO, May 7 (Reuters) - Kestrel Motors said on Tuesday it was recalling 2.4 million Cargo vans worldwide "
        "because a brake hose could crack.",
        "2024-05-07",
        "Reuters",
    )
    one_country = titled_article(
        "Kestrel recalls 1.3 million vans in US",
        "DETROIT (AP) - Kestrel Motors is recalling about 1.3 million Cargo vans in the United States because a brake "
        "hose could crack, U.S. safety regulators said on Wednesday.",
        "2024-05-08",
        "AP",
    )
    links = links_of(worldwide, one_country)
    assert not {"updates", "corroborates", "conflicts"} & set(
        relations_between(links, "Kestrel recalls 1.3 million vans in US", "2.4 million Cargo vans worldwide")
    )
