"""Session 39: what a party's own statement holds, named by its possessive anywhere in the sentence ("Shoppers
welcomed the council's announcement that ..."); a stance named as a noun ("is a vocal supporter of"); the people a
passive cue names after "by" ("was criticised by some of his rivals"); and a quotation opening a sentence that the
writer's words finish, going on from the speaker before. Every sentence is the test's own."""

from __future__ import annotations

from .conftest import claims_in, speaker_of


def test_a_named_owners_announcement_inside_the_sentence_is_theirs() -> None:
    body = "Shoppers in Kelby welcomed the council's announcement that parking would be free until June."
    assert speaker_of(body, "Shoppers") == "council"


def test_a_named_owners_comments_after_a_preposition_are_theirs() -> None:
    body = "There was anger in the ward at Tom Reedly's comments that nurses were overpaid."
    claims = claims_in(body)
    assert [c.speaker for c in claims] == ["Tom Reedly"]
    assert claims[0].attributions[0].cue_kind == "said"


def test_a_claim_owned_by_a_pronoun_opening_the_sentence_is_the_persons() -> None:
    body = (
        "Councillor Joan Marsh opened the new covered market in May. "
        "Her claim that stall rents would not rise drew a rebuke from the traders' union."
    )
    claims = claims_in(body)
    assert speaker_of(body, "Her claim") == "Joan Marsh"
    assert claims[-1].attributions[0].cue_kind == "asserted"


def test_a_days_announcement_is_nobodys() -> None:
    body = "Bond prices rose sharply after Monday's announcement that rates would be cut by half a point."
    assert speaker_of(body, "Bond prices", claim_needed=False) is None


def test_a_possessive_pronoun_inside_the_sentence_is_not_read_as_the_owner() -> None:
    # "his" may be any of the men the sentence names: precision first, no speaker
    body = "Voters in Ashby are uneasy about Carl Dunn's plans, including his pledge that the mill would reopen."
    assert speaker_of(body, "Voters", claim_needed=False) is None


def test_a_stance_named_as_a_noun_is_held_by_the_subject() -> None:
    body = "Senator Ada Quistberg is a vocal supporter of the new tourist tax."
    claims = claims_in(body)
    assert [c.speaker for c in claims] == ["Ada Quistberg"]
    assert claims[0].attributions[0].cue_kind == "stance"


def test_a_stance_given_up_or_denied_is_no_stance_held() -> None:
    body = "Mia Holtzer was a former supporter of the club. Tom Reedly is not a supporter of the plan."
    assert [c.speaker for c in claims_in(body)] == [None] * len(claims_in(body))


def test_being_disliked_by_supporters_is_no_stance_of_the_subject() -> None:
    body = "Ann Halvard lost the county badly. She is disliked by supporters of her rival."
    assert all(c.speaker is None for c in claims_in(body))


def test_the_rivals_a_passive_criticism_names_are_its_source() -> None:
    body = "Mayor Ross Keel has been criticised by some of his rivals for skipping the flood debate."
    assert speaker_of(body, "Mayor Ross Keel") == "some of his rivals"


def test_a_former_employee_who_told_the_court_is_the_source() -> None:
    body = "The court in Vell was told by a former employee that the safety checks were never carried out."
    assert speaker_of(body, "The court") == "former employee"


def test_a_quotation_the_writer_finishes_goes_on_from_the_speaker_before() -> None:
    body = (
        '"There have been some doubters," said Ines Varga, the union\'s chair. '
        '"But 97 percent of the members are in support" of the new rules.'
    )
    assert speaker_of(body, '"But 97 percent') == "Ines Varga"


def test_a_short_title_opening_a_sentence_is_nobodys_speech() -> None:
    body = (
        '"There have been some doubters," said Ines Varga, the union\'s chair. '
        '"Sons of the Harbour" is an adaptation of an older show.'
    )
    assert speaker_of(body, '"Sons of the Harbour"', claim_needed=False) is None


def test_a_quotation_closed_by_a_cue_of_its_own_is_not_the_speaker_befores() -> None:
    body = (
        '"There have been some doubters," said Ines Varga, the union\'s chair. '
        '"Nobody asked the drivers what they wanted from the new rota," the two organisers write.'
    )
    assert speaker_of(body, '"Nobody asked', claim_needed=False) != "Ines Varga"
