"""One company's story told by two outlets: a lead naming "Kelmar Bank" and a headline naming "Kelmar" are one
story (the rare word of the name), and the paper's own name in its text ("a memo seen by Finanzblatt") is the
outlet, never a place the figure is about."""

from tests.engine.conftest import links_across


def test_a_memo_setting_aside_the_announced_cut_conflicts_with_it():
    links = links_across(
        [
            (
                "Kelmar Bank to cut jobs\n"
                "ZURICH, May 4 (Wire) - Kelmar Bank will cut 2,100 jobs by 2029, mostly in Switzerland, chief "
                "executive Urs Talbot said.",
                "2026-05-04",
                "Wire",
            ),
            (
                "Kelmar job cuts deeper than announced\n"
                "Kelmar will cut 2,600 jobs, not 2,100 as announced on Monday, according to an internal memo seen "
                "by Finanzblatt.",
                "2026-05-05",
                "Finanzblatt",
            ),
        ]
    )
    assert [r for r, s, t in links if "2,600 jobs" in s and "2,100 jobs by 2029" in t] == ["conflicts"]
