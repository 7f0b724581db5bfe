"""An army's losses are its killed and wounded ("Russia has lost about 90,000 troops"), but troops lost "killed" are
its dead alone (issue 12): "said Russia had lost 150,000 soldiers killed" never updates an estimate of its killed and
wounded together. Our own sentences."""

from __future__ import annotations

from .conftest import links_of, relations_between, titled_article


def test_troops_lost_killed_are_the_dead_not_the_killed_and_wounded() -> None:
    estimate = titled_article(
        "Estonia puts Russian casualties at up to 160,000",
        "Estonia's intelligence service estimates that Russia has suffered between 120,000 and 160,000 casualties in "
        "Ukraine, including those killed and wounded.",
        "2025-06-02",
        "The Guardian",
    )
    claim = titled_article(
        "Kyiv gives Russian losses",
        "KYIV, Sept 9 (Reuters) - Ukraine's defence minister said on Monday that Russia had lost 150,000 soldiers "
        "killed.",
        "2025-09-09",
        "Reuters",
    )
    assert not {"updates", "corroborates", "conflicts"} & set(
        relations_between(links_of(estimate, claim), "lost 150,000 soldiers", "between 120,000 and 160,000")
    )
