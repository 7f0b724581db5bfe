"""Who holds a view (session 25): 'in X's view' set off inside the sentence, 'X's view is that', a share of someone's own
people who think; a subordinator is no part of the source; the writer's guess is no claim. Every sentence is the
test's own. Guards that pass before the change too: 'in the eyes of the law', 'believe' and 'fear' after a share
(only 'think' failed), 'Many of his paintings', 'Although some Ostra councillors', the assertions after 'It is', the
dated 'deserve' and the first 'Not everyone'."""

from __future__ import annotations

import pytest

from .conftest import claims_in, sources_in


@pytest.mark.parametrize(
    "body, speaker, source",
    [
        (
            "The only answer, in Professor Ann Marsh's view, would be more money for research.",
            "Ann Marsh",
            "Professor Ann Marsh",
        ),
        (
            "The new tariff, in the opinion of most economists at the bank, would cost jobs.",
            "most economists at the bank",
            "most economists at the bank",
        ),
        (
            "Velmar Air's chief executive, Lena Vogt, spoke on Monday. The recovery, in her view, has further to run.",
            "Lena Vogt",
            "her",
        ),
    ],
)
def test_a_view_set_off_by_commas_inside_the_sentence_is_its_holders(body: str, speaker: str, source: str) -> None:
    assert sources_in(body)[-1] == (speaker, source)


def test_in_the_eyes_of_the_law_names_no_holder() -> None:
    assert (
        sources_in("The contract, in the eyes of the law, is void, and the buyers have sued the firm.")[-1][0] is None
    )


@pytest.mark.parametrize(
    "body, speaker, source",
    [
        ("Karl Brandt's view is that the recovery has further to run.", "Karl Brandt", "Karl Brandt"),
        ("The union's position remains that the offer is unfair to night staff.", "union", "The union"),
        (
            "Lena Vogt runs the Ostra mill. Her fear is that the mill will close before the winter.",
            "Lena Vogt",
            "Her",
        ),
    ],
)
def test_a_view_named_as_its_holders_and_told_after_that(body: str, speaker: str, source: str) -> None:
    assert sources_in(body)[-1] == (speaker, source)


def test_a_view_is_shown_as_a_view_not_as_said() -> None:
    claims = claims_in("Karl Brandt's view is that the recovery has further to run.")
    kinds = {a.cue_kind for c in claims for a in c.attributions if a.speaker}
    assert kinds == {"believes"}


@pytest.mark.parametrize(
    "body, source",
    [
        ("Many of his supporters think the tax will never take effect.", "Many of his supporters"),
        ("Most of her aides believe the campaign can still win Ohio.", "Most of her aides"),
        ("Some of their own voters fear that the merger will cost jobs.", "Some of their own voters"),
    ],
)
def test_a_share_of_someones_own_people_holds_a_view(body: str, source: str) -> None:
    assert sources_in(body)[-1][1] == source


def test_a_share_of_someones_things_holds_no_view() -> None:
    assert (
        sources_in("Many of his paintings show the harbour at Ostra in winter, with the ferries laid up.")[-1][0]
        is None
    )


@pytest.mark.parametrize(
    "body, source",
    [
        ("As the Velmar Courier reported on Monday, the mill will close in June.", "the Velmar Courier"),
        # (session 26: a concessive clause's source speaks for the sentence only where the main clause goes on with
        # its report; "While critics argue ..., the minister has backed it" is in test_shared_items_counts_and_...)
        ("While critics argue that the swap rewards kidnappers, none has offered another way.", "critics"),
        ("Although some Ostra councillors fear a split, none has said so in public.", "some Ostra councillors"),
        ("As city treasurer Ann Lee said last week, the budget is short by 3 million euros.", "city treasurer Ann Lee"),
    ],
)
def test_a_subordinator_opening_the_clause_is_no_part_of_the_source(body: str, source: str) -> None:
    assert sources_in(body)[0][1] == source


def test_a_participle_after_a_subordinator_is_no_source() -> None:
    assert all(s is None for s, _ in sources_in("When used as intended, the Velmar app can help walkers find a path."))


@pytest.mark.parametrize(
    "sentence",
    [
        "It is possible that Judge Karl Brandt played a role in moving the court to the left.",
        "It is not clear that Ann Lee's work for the Ostra firm ended with the campaign.",
        "It seems unlikely that the Velmar board will back the merger.",
        "It is far from certain that Ann Lee ordered the audit.",
    ],
)
def test_the_writers_guess_with_that_is_no_claim(sentence: str) -> None:
    body = "Ann Lee, the mayor of Velmar, met Karl Brandt in Ostra last week. " + sentence
    assert [c for c in claims_in(body) if sentence[:20] in c.text and c.kind != "background"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "It is clear that Ann Lee ordered the audit.",
        "It is true that Karl Brandt sold his stake in the firm.",
        "It is possible that the vote will be held on May 3.",
    ],
)
def test_an_assertion_or_a_date_after_it_is_stays_a_claim(sentence: str) -> None:
    body = "Ann Lee, the mayor of Velmar, met Karl Brandt in Ostra last week. " + sentence
    assert [c for c in claims_in(body) if sentence[:20] in c.text and c.kind != "background"]


@pytest.mark.parametrize(
    "body, sentence",
    [
        (
            "Velmar's veterans waited years for the new clinic. They have not received anything close to what they "
            "deserve.",
            "They have not received",
        ),
        (
            "Ann Lee, the mayor of Velmar, met Karl Brandt in Ostra last week. True to her quiet style, Lee is leaving "
            "the campaign to her aides, which may or may not be the best strategy.",
            "True to her quiet style",
        ),
        (
            "Ann Lee, the mayor of Velmar, met Karl Brandt in Ostra last week. It was a potentially lost opportunity "
            "for Brandt, who needed the votes of farmers.",
            "It was a potentially lost",
        ),
    ],
)
def test_the_writers_judgement_of_what_is_deserved_or_missed_is_no_claim(body: str, sentence: str) -> None:
    assert [c for c in claims_in(body) if c.text.startswith(sentence) and c.kind != "background"] == []


def test_what_is_deserved_with_a_date_stays_a_claim() -> None:
    body = "Ostra's council voted on Monday to give the veterans the pensions they deserve."
    assert [c for c in claims_in(body) if c.kind != "background"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Not everyone finds the mayor's pitch to the farmers of Velmar convincing.",
        "But in Ostra, not everyone agreed with the council's plan for the harbour.",
    ],
)
def test_not_everyone_as_the_subject_is_no_claim(sentence: str) -> None:
    body = "Ann Lee, the mayor of Velmar, met Karl Brandt in Ostra last week. " + sentence
    assert [c for c in claims_in(body) if sentence[:20] in c.text and c.kind != "background"] == []
