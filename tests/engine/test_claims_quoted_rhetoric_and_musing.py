"""Quotations that are the speaker's view, not a report (session 38, issue 14's claims share): a quotation naming
nobody that only argues (a generic "you", a hypothesis), whatever act it supposes, and a sentence carried inside a
quotation that tells nothing done, going on or to come; each beside a quotation of the same shape that stays a claim."""

from __future__ import annotations

from .conftest import claims_in


def _last(body: str):
    """The last sentence's claim (the quotation under test closes each body)."""
    return claims_in(body)[-1]


def test_a_quotation_arguing_with_a_generic_you_is_background_whatever_act_it_supposes() -> None:
    body = (
        "Fuel duty rose again in the budget. "
        '"Any time you raise fuel duty, the money raised comes from drivers who can least afford it," '
        "said Tom Ashby, an economist at the Harrow Institute."
    )
    claim = _last(body)
    assert claim.kind == "background"
    assert claim.speaker == "Tom Ashby"  # kept for who said it


def test_a_quotation_opening_with_a_hypothesis_is_background() -> None:
    body = (
        "Rail fares rose again this year. "
        '"If a train is cancelled twice a week, you stop believing anything the operator promises," '
        "said Mira Holt of the Carrow Passengers Group."
    )
    assert _last(body).kind == "background"


def test_a_quotation_telling_the_speakers_own_act_stays_a_claim_however_it_argues() -> None:
    body = (
        "Councillor Ana Reyes defended the rent cap. "
        '"We introduced the cap because you cannot run a city on promises," she said.'
    )
    claim = _last(body)
    assert claim.kind != "background"
    assert claim.speaker == "Ana Reyes"


def test_a_sentence_carried_inside_a_quotation_with_nothing_done_in_it_is_background() -> None:
    opening = (
        "Traders on Harbour Road met the mayor on Monday. "
        '"Nobody here has a plan," said Ines Varga, who runs a bakery on the street. '
    )
    for musing in (
        '"The row about parking has taken over everything."',
        '"We are at a point where the street needs people with ideas."',
    ):
        claim = _last(opening + musing)
        assert claim.text == musing
        assert claim.kind == "background", musing
        assert claim.speaker == "Ines Varga"


def test_a_sentence_carried_inside_a_quotation_telling_an_act_a_plan_or_a_figure_stays_a_claim() -> None:
    opening = (
        "Traders on Harbour Road met the mayor on Monday. "
        '"Nobody here has a plan," said Ines Varga, who runs a bakery on the street. '
    )
    for report in (
        '"They have shut the post office as well."',
        '"They are closing the post office as well."',
        '"The owners will sell the site to a developer."',
        '"Our rents have gone up by a third."',
    ):
        claim = _last(opening + report)
        assert claim.text == report
        assert claim.kind != "background", report


def test_a_quotation_naming_someone_is_background_when_a_hypothesis_opens_it() -> None:
    body = (
        "The committee voted to hold the aide in contempt. "
        '"If the Harbour Trust had listened to the tenants, nobody would have been evicted," '
        "said Councillor Ruth Imrie, a member of the panel."
    )
    claim = _last(body)
    assert claim.kind == "background"
    assert claim.speaker == "Ruth Imrie"


def test_a_quotation_naming_someone_under_a_hypothesis_stays_a_claim_when_it_tells_what_will_be_or_was_not_done() -> (
    None
):
    for quotation in (
        '"If the council cuts the grant, the Harbour Trust will close the shelter in Ostra," said Mia Lund.',
        '"If you noticed, Councillor Vos didn\'t answer the question," said Mia Lund.',
    ):
        body = "The council met on Monday to review its grants. " + quotation
        assert _last(body).kind != "background", quotation
