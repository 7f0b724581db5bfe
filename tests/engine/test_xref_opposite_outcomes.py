"""Two sources of one story telling opposite outcomes of one thing, neither negated, conflict: the maker's "The
gearbox passed every endurance test" against a later report that "the gearbox had failed an endurance test in
January"; not outcomes of other things ("passed every endurance test" / "failed a safety audit"), nor "failed to"
(sentences written for these tests)."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _maker() -> object:
    return make_article(
        "Velotrak denies gearbox flaw before train crash\nA newspaper reported on Monday that the gearbox of the "
        'Velotrak train that derailed near Ostrava had shown cracks in testing.\n"The gearbox passed every endurance '
        'test before the train entered service," Velotrak chief executive Marta Holub said in a statement.\n',
        published="2032-02-10",
        outlet="Rail Business Daily",
        title="Velotrak denies gearbox flaw before train crash",
    )


def _later(sentence: str) -> object:
    return make_article(
        f"Velotrak gearbox under scrutiny after Ostrava derailment\nPRAGUE, March 2 (Reuters) - {sentence}\nThe "
        "derailment near Ostrava injured 14 people.\n",
        published="2032-03-02",
        outlet="Reuters",
        title="Velotrak gearbox under scrutiny after Ostrava derailment",
    )


def test_a_failed_test_conflicts_with_the_claim_that_every_test_was_passed() -> None:
    links = links_of(
        _maker(),
        _later(
            "Investigators said the gearbox of the derailed Velotrak train had failed an endurance test in January."
        ),
    )
    assert "conflicts" in relations_between(links, "had failed an endurance test", "passed every endurance"), links


def test_an_outcome_of_another_thing_is_no_opposite() -> None:
    links = links_of(
        _maker(),
        _later("Investigators said the Velotrak train's maintenance depot had failed a safety audit in January."),
    )
    assert "conflicts" not in relations_between(links, "had failed a safety audit", "passed every endurance"), links


def test_failed_to_is_no_outcome() -> None:
    links = links_of(
        _maker(),
        _later("Investigators said the gearbox of the derailed Velotrak train failed to brake in an endurance run."),
    )
    assert "conflicts" not in relations_between(links, "failed to brake", "passed every endurance"), links
