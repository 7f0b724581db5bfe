"""A statement whose subject says nothing was so ("No customer passwords were stolen", "None of the crew was hurt")
is a negation though it has no "not"; and a later claim naming its own turnabout ("..., reversing its earlier
statement that no passwords had been taken") conflicts with that statement in another article of the story; a
claim recalling another's words in a clause ("a week after the minister said no such step was planned") is not
itself negated (sentences written for these tests)."""

from __future__ import annotations

from corpus.xref.features import negated

from .conftest import links_of, make_article, relations_between


def test_a_subject_of_none_negates_the_sentence() -> None:
    assert negated("No customer passwords were stolen, the bank said.")
    assert negated("None of the crew was hurt when the ferry ran aground.")
    assert negated('"Nothing has been taken from the vault," a spokesman said.')
    assert negated("Nobody was injured.")


def test_no_as_a_word_of_a_name_or_a_recalled_statement_is_no_negation() -> None:
    assert not negated("No. 10 was asked about the report on Monday.")
    assert not negated("The border will close on Friday, a week after the minister said no such step was planned.")
    assert not negated("Police said some of the stolen cars were found in a warehouse.")


def _statement() -> object:
    return make_article(
        "Kelvar Bank says hackers took customer names\nEDINBURGH, May 4 (Reuters) - Kelvar Bank said on Monday that "
        "hackers had stolen the names and email addresses of about 800,000 customers.\nNo customer passwords were "
        "stolen, the bank said in a statement.\nThe bank said it had told the regulator.\n",
        published="2032-05-04",
        outlet="Reuters",
        title="Kelvar Bank says hackers took customer names",
    )


def _turnabout(sentence: str) -> object:
    return make_article(
        "Kelvar Bank widens hack disclosure\nEDINBURGH, May 19 (Reuters) - Kelvar Bank said the hackers had reached "
        f"more of its systems than it first thought.\n{sentence}\nThe regulator said it was investigating.\n",
        published="2032-05-19",
        outlet="Reuters",
        title="Kelvar Bank widens hack disclosure",
    )


def test_a_turnabout_named_as_such_conflicts_with_the_earlier_negated_statement() -> None:
    links = links_of(
        _statement(),
        _turnabout(
            "The bank also said encrypted customer passwords had been stolen, reversing its earlier statement that "
            "no passwords had been taken."
        ),
    )
    assert "conflicts" in relations_between(
        links, "encrypted customer passwords had been stolen", "No customer passwords were stolen"
    ), links


def test_the_same_news_without_the_turnabout_is_no_reversal() -> None:
    links = links_of(
        _statement(),
        _turnabout("The bank also said encrypted customer passwords had been stolen, according to its filing."),
    )
    assert "conflicts" not in relations_between(
        links, "encrypted customer passwords had been stolen", "No customer passwords were stolen"
    ), links
