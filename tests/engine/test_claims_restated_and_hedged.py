"""Sentences that are no second claim: a sentence restating a claim the article already made, and the writer's
impression hedged by "seems to", "appears to", "is probably" or "may well" (session 37, issue 14's claims share);
each beside a sentence of the same shape that stays a claim."""

from __future__ import annotations

from .conftest import claims_in


def _kinds(body: str) -> list[tuple[str, str]]:
    """Each extracted sentence of ``body`` in reading order, with its kind."""
    return [(c.text, c.kind) for c in claims_in(body)]


def test_a_sentence_repeating_an_earlier_claim_word_for_word_is_background_the_first_stays_a_claim() -> None:
    said = "It takes 1,900 votes to win the party's nomination."
    body = f"{said} Ostra won 640 votes in the northern primary on Tuesday. {said}"
    kinds = _kinds(body)
    assert kinds[0][0] == said and kinds[0][1] != "background"
    assert kinds[-1] == (said, "background")
    claim = claims_in(body)[-1]
    assert any(q.value == 1900 for q in claim.quantities)  # its figures are kept


def test_a_shorter_recap_of_an_earlier_claim_is_background_with_its_speaker_kept() -> None:
    body = (
        "Mayor Lena Vos said on Monday that the city would close the Harbour Road bridge to lorries in May. "
        "The bridge carries 9,000 vehicles a day. "
        "Vos said the city would close the bridge to lorries."
    )
    claims = claims_in(body)
    assert claims[0].kind != "background"
    assert claims[-1].kind == "background"
    assert claims[-1].speaker == "Lena Vos"


def test_a_later_sentence_adding_a_figure_or_a_word_is_a_claim_of_its_own() -> None:
    body = (
        "The council closed the Harbour Road bridge to lorries. "
        "The council closed the Harbour Road bridge to lorries on Monday after an inspection."
    )
    assert all(kind != "background" for _, kind in _kinds(body))


def test_the_same_words_said_by_someone_else_are_a_claim_of_their_own() -> None:
    body = (
        "The council closed the bridge to lorries after an inspection, the council's engineer said. "
        "The council closed the bridge to lorries after an inspection, the haulage association said."
    )
    assert all(kind != "background" for _, kind in _kinds(body))


def test_the_writers_impression_with_seems_or_appears_is_no_claim() -> None:
    for sentence in (
        "The governor's campaign seems to be losing its way.",
        "The mood among the party's donors appeared to sour over the summer.",
        "The new stadium is probably the club's best chance of a revival.",
    ):
        body = f"Governor Ana Ruiz opened the Velmar stadium on Saturday. {sentence}"
        assert dict(_kinds(body)).get(sentence, "background") == "background", sentence


def test_an_act_hedged_in_the_past_stays_a_claim() -> None:
    sentence = "The fire appears to have been started by a discarded cigarette."
    body = f"A fire destroyed a warehouse in Velmar. {sentence}"
    assert dict(_kinds(body))[sentence] != "background"


def test_a_hedge_inside_a_clause_after_an_act_leaves_the_act_a_claim() -> None:
    sentence = "The Velmar union has not endorsed a candidate, though it may well back Ruiz."
    assert dict(_kinds(sentence))[sentence] != "background"


def test_a_body_praised_in_a_profile_is_background_with_its_figures_kept() -> None:
    profile = "Marrow Bakeries is one of Wessland's best-known bakers, with 40 shops and 900 staff."
    body = f"Marrow Bakeries will close its Tilbury site, it said on Monday. {profile}"
    claim = next(c for c in claims_in(body) if c.text == profile)
    assert claim.kind == "background"
    assert any(q.value == 900 for q in claim.quantities)


def test_a_rank_that_can_be_checked_and_a_lead_in_the_polls_stay_claims() -> None:
    for sentence in (
        "Marrow Bakeries is one of the largest bakers in Wessland, with 40 shops.",
        "Governor Ana Ruiz is leading in the polls by 6 points.",
    ):
        assert dict(_kinds(sentence))[sentence] != "background", sentence


def test_a_headline_under_the_pages_address_restates_nothing() -> None:
    from corpus.extract.article import extract_article

    from .conftest import make_article

    body = (
        "https://www.harbourtimes.example/2024/06/03/ferry-sinks-off-velmar-12-missing/\n"
        "Ferry sinks off Velmar, 12 missing\nA ferry sank off Velmar on Monday and 12 people were missing, the coast "
        "guard said.\n"
    )
    kinds = {c.text: c.kind for c in extract_article(make_article(body))[0]}
    assert kinds.get("Ferry sinks off Velmar, 12 missing") not in (None, "background"), kinds
