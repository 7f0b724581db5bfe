"""Who speaks when the phrase around the speaker could mislead: an owned noun, a body's relative clause, a
country closing a body's name, a headline's adjective, a label that is not a transcript's, "Today" in a name."""

from __future__ import annotations

from .conftest import claims_in


def _sources(claim) -> list[str]:
    body = claim.text
    return [
        body[a.source_start - claim.start : a.source_end - claim.start]
        for a in claim.attributions
        if a.source_start is not None
    ]


def test_a_cue_word_after_own_is_a_noun_not_a_verb() -> None:
    (claim,) = claims_in(
        "The floods have destroyed about 3,000 homes since June, a regional relief coordinator said, "
        "a figure far higher than the province's own estimate."
    )
    assert claim.speaker == "regional relief coordinator"
    assert _sources(claim) == ["a regional relief coordinator"]


def test_a_body_described_by_a_that_clause_speaks() -> None:
    (claim,) = claims_in("The firm that runs the Tarrow ferry said crossings would resume on Friday.")
    assert claim.speaker == "firm"
    assert _sources(claim) == ["The firm"]
    (plural,) = claims_in("Growers that ship to Asia say the new levy has cut their orders by a third.")
    assert plural.speaker == "Growers"
    # a "that" clause of a feeling is no body's: the speaker closing the sentence stays
    (feeling,) = claims_in(
        "Growers were furious that the levy, which now covers five ports in the region, had been raised, "
        "officials who attended the meeting told reporters."
    )
    assert feeling.speaker == "officials"


def test_a_country_closing_a_broadcasters_name_is_part_of_it() -> None:
    (claim,) = claims_in("KTV America, the network's American arm, said its reporters had been detained.")
    assert claim.speaker == "KTV America"


def test_a_party_somewhere_speaks_not_the_place() -> None:
    (claim,) = claims_in("Democrats on Capitol Hill said the levy would hurt small ports.")
    assert claim.speaker == "Democrats on Capitol Hill"


def test_a_headlines_adjective_is_no_part_of_the_name() -> None:
    claims = claims_in(
        "Top Marsh aide resigns over ferry contract.\n\n"
        "Mayor Tom Marsh's chief of staff resigned on Monday, the council said.\n\n"
        "Marsh said he was sorry to see him go."
    )
    assert claims[-1].speaker == "Tom Marsh"


def test_a_sentences_own_speaker_outranks_a_label_not_in_capitals() -> None:
    claims = claims_in(
        "Velmar Foods: quarterly profit fell by a fifth. Chief executive Ana Ruiz said demand in Asia was weak."
    )
    assert claims[0].speaker == "Velmar Foods"
    assert claims[-1].speaker == "Ana Ruiz"
    # a transcript's label in capitals still speaks for its whole paragraph
    transcript = claims_in("RUIZ: We will win the seat in May. The mayor said we would lose it by 40 votes.")
    assert [c.speaker for c in transcript] == ["Ruiz", "Ruiz"]


def test_today_inside_a_name_is_no_date() -> None:
    (named,) = claims_in("Lee told Ostrava Today that the quay would close in 2026.")
    assert named.date_text != "Today"
    (day,) = claims_in("Today the council voted to close the quay for repairs.")
    assert day.date_text == "Today"


def test_a_place_before_a_title_tells_no_gender() -> None:
    claims = claims_in(
        "Virginia Gov. Terry Marsh said on Friday that the ferry subsidy would return next year.\n\n"
        "Marsh said he had consulted harbour master Mark Dunne, who backed the plan.\n\n"
        "“This is a day for the coast,” he said."
    )
    assert claims[-1].speaker == "Terry Marsh"


def test_a_question_or_fragment_someone_says_is_background_with_its_speaker() -> None:
    claims = claims_in(
        "Harbour master Tom Marsh said the quay would stay open through the winter.\n\n"
        "“The quay stays open for the fleet,” Marsh said. “Nothing less.”\n\n"
        "Marsh: 547.\n\n"
        "So why not make both of them free?"
    )
    asked = [c for c in claims if c.text.startswith("“Nothing")]
    assert [(c.kind, c.speaker) for c in asked] == [("background", "Tom Marsh")]
    assert not [c for c in claims if c.text.startswith(("Marsh:", "So why"))]


def test_a_body_closing_the_sentence_after_the_cue_speaks() -> None:
    (claim,) = claims_in("Ferry sailings fell by a fifth in March, claimed the port authority.")
    assert claim.speaker == "port authority"
    (judge,) = claims_in("On Friday, Ostrava, leading a group of nine towns, asked a federal judge to halt the tolls.")
    assert judge.speaker != "federal judge"


def test_a_party_after_the_content_speaks_past_its_own_aside() -> None:
    (claim,) = claims_in(
        "Shelling went on through the night, officials in the river port of Tarrow, about 90 kilometres "
        "from the front, said on Sunday."
    )
    assert claim.speaker == "officials in the river port of Tarrow"


def test_people_of_a_place_speak_not_the_place() -> None:
    (claim,) = claims_in("People in Fort Tarrow said the ferry had not sailed for a week.")
    assert claim.speaker == "People in Fort Tarrow"


def test_an_intelligence_body_keeps_its_whole_name() -> None:
    (claim,) = claims_in("Defence Intelligence estimated that the fleet had lost 12 ships since May.")
    assert claim.speaker == "Defence Intelligence"


def test_a_text_posted_by_a_body_speaks_for_it() -> None:
    (claim,) = claims_in("A report posted by the Harbour Ministry stated that 12 ferries had been withdrawn.")
    assert claim.speaker == "Harbour Ministry"
    (phoned,) = claims_in("The ministry reported by phone that 12 ferries had been withdrawn.")
    assert phoned.speaker == "ministry"


def test_per_a_source_is_according_to_it() -> None:
    (opening,) = claims_in("Per the port authority, ferry sailings fell by a fifth in March.")
    assert opening.speaker == "port authority"
    (closing,) = claims_in("Ferry sailings fell by a fifth in March, per figures from the port authority.")
    assert closing.speaker == "port authority"
    (rate,) = claims_in("Fares rose to 5 euros per ticket and 12 per cent more passengers sailed in March.")
    assert rate.speaker is None


def test_a_plural_noun_after_a_regional_adjective_is_no_cue() -> None:
    (claim,) = claims_in("Most Southern states that hold contests in March have large rural populations.")
    assert claim.speaker is None


def test_a_cue_glued_to_a_prefix_is_an_adjective() -> None:
    (claim,) = claims_in("A self-described harbour romantic, Marsh bought the old ferry in 2019.")
    assert claim.speaker is None


def test_a_weekday_between_call_and_for_keeps_the_cue() -> None:
    (claim,) = claims_in("Mayor Tom Marsh called Wednesday for the harbour master to resign over the tolls.")
    assert claim.speaker == "Tom Marsh"


def test_a_kicker_or_form_label_is_no_speaker() -> None:
    for text in (
        "Revealed: the ferry company paid no tax for a decade.",
        "Editor’s Note: An earlier version of this story misnamed the harbour master.",
        "Name: Ana Ruiz Age: 27 City: Ashton Job: Deckhand.",
    ):
        assert all(c.speaker is None for c in claims_in(text)), text


def test_what_a_text_is_about_is_not_its_source() -> None:
    (claim,) = claims_in("An article on Monday about Tom Marsh said he had sold the ferry in 2019.")
    assert claim.speaker != "Tom Marsh"
    (authored,) = claims_in("A report by Ana Ruiz about the port said traffic fell by a fifth.")
    assert authored.speaker == "Ana Ruiz"


def test_people_in_an_indirect_question_do_not_speak() -> None:
    (claim,) = claims_in("The mayor has 300 days left to define what people think of the harbour.")
    assert claim.speaker is None
    (why,) = claims_in("That is why critics say the tolls should be scrapped.")
    assert why.speaker == "critics"


def test_a_lowercase_party_or_body_closing_the_sentence_speaks() -> None:
    (officials,) = claims_in("The quay will close in May, warned council officials.")
    assert officials.speaker == "council officials"
    (guard,) = claims_in("The ferry sank in minutes, killing all on board, said the coast guard.")
    assert guard.speaker == "coast guard"


def test_who_saw_a_document_is_not_its_source() -> None:
    (claim,) = claims_in("The quay will close in May, according to a council document seen by the Ashton Gazette.")
    assert claim.speaker == "council document"


def test_the_official_is_never_someone_named_with_a_trade() -> None:
    claims = claims_in(
        "Ana Ruiz, a fisherwoman, said she had lost her job.\n\n"
        "The official also said repairs to the quay would cost $4 million."
    )
    assert claims[-1].speaker != "Ana Ruiz"


def test_one_of_a_party_keeps_its_count_word() -> None:
    (claim,) = claims_in("One of the inspectors said about 600 pigs had been moved off the farm.")
    assert claim.speaker == "One of the inspectors"
    assert _sources(claim) == ["One of the inspectors"]
    (several,) = claims_in("Several of the nurses said the ward had been short of staff for a year.")
    assert several.speaker == "Several of the nurses"


def test_an_auxiliary_after_the_appositive_is_not_part_of_the_source() -> None:
    (claim,) = claims_in("Torvik Mining, which runs the pit, has vowed to appeal the ban on night blasting.")
    assert _sources(claim) == ["Torvik Mining, which runs the pit"]
    (lee,) = claims_in("Ana Lee, a geologist at the college, has long argued that the slope is unstable.")
    assert _sources(lee) == ["Ana Lee, a geologist at the college"]


def test_a_role_in_a_place_is_the_person_not_the_place() -> None:
    (claim,) = claims_in("A magistrate in Dunmore County ruled on Friday that the ban was unlawful.")
    assert claim.speaker == "magistrate in Dunmore County"
    (farmer,) = claims_in("A farmer from Kilbride said the rains had come three weeks late.")
    assert farmer.speaker == "farmer from Kilbride"


def test_a_role_opening_the_sentence_belongs_to_the_source_it_names() -> None:
    (claim,) = claims_in("Her trainer, Paolo Renzi, believes she can win the title again.")
    assert claim.speaker == "Paolo Renzi"
    assert _sources(claim) == ["Her trainer, Paolo Renzi"]
    (ceo,) = claims_in("The bank's chief executive, Mara Olsen, told analysts that lending rose 4% in May.")
    assert _sources(ceo) == ["The bank's chief executive, Mara Olsen"]
    (place,) = claims_in("In Verona, Paolo Renzi said the season was over.")
    assert _sources(place) == ["Paolo Renzi"]


def test_an_appositive_after_an_inverted_cue_belongs_to_the_source_before_the_quotation_goes_on() -> None:
    (claim,) = claims_in(
        "“The risk,” said Nora Kestle, an economist who runs the forecasting unit at the Harlow Institute, "
        "“is that rates stay high for another two years.”"
    )
    assert claim.speaker == "Nora Kestle"
    assert _sources(claim) == ["Nora Kestle, an economist who runs the forecasting unit at the Harlow Institute"]


def test_a_text_released_by_a_body_is_that_body_s() -> None:
    (claim,) = claims_in("The report, released by the rail regulator on Monday, said 12 stations were unsafe.")
    assert claim.speaker == "rail regulator"
    (client,) = claims_in("Tarrant's client, Mary Lane, denied the charges of fraud on Tuesday.")
    assert _sources(client) == ["Tarrant's client, Mary Lane"]


def test_a_texts_maker_is_named_with_the_texts_own_verb() -> None:
    (claim,) = claims_in("Her farewell letter, published by the club, said she had loved every season.")
    assert claim.speaker == "Her farewell letter published by the club"


def test_the_report_is_no_outlet_named_only_in_passing() -> None:
    claims = claims_in(
        "In an interview with the BBC, Hale said 300 new drivers had been hired. The report said 40 trains were late."
    )
    assert claims[-1].speaker != "BBC"


def test_a_role_of_a_place_or_body_opening_the_sentence_belongs_to_the_source_it_names() -> None:
    (claim,) = claims_in("The mayor of Ashton, Lena Ruiz, said the bridge would reopen in May.")
    assert _sources(claim) == ["The mayor of Ashton, Lena Ruiz"]


def test_the_newspaper_is_an_outlet_named_before() -> None:
    claims = claims_in(
        "Engineers who inspected the bridge told the Ashton Gazette that the cracks were serious. "
        "The newspaper also reported that two lorries had crossed the bridge illegally."
    )
    assert claims[-1].speaker == "Ashton Gazette"
