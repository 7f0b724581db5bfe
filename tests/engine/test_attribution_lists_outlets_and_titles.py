"""Who speaks in a list under an attributing line, after a newspaper named in an opening phrase, after a quoted
title in an appositive; "the agency" for a public body named as the subject of an act; a man and a woman
answered by "she" then "he"."""

from __future__ import annotations

from .conftest import speaker_of


def test_every_item_of_a_list_under_an_attributing_line_is_what_it_attributes() -> None:
    body = (
        "Storm damage so far, according to the interior ministry:\n\n"
        "- 9 people killed in Halvik and the coast road\n"
        "- 40 homes destroyed, most of them in Stennby\n"
        "- 3 fishermen still missing\n\n"
        "Repairs to the sea wall began on Thursday."
    )
    for item in ("9 people killed", "40 homes destroyed", "3 fishermen"):
        assert speaker_of(body, item) == "interior ministry"
    assert speaker_of(body, "Repairs to the sea wall") is None
    # a line that attributes nothing gives its list no speaker
    plain = "Storm damage so far:\n\n- 9 people killed in Halvik\n- 40 homes destroyed in Stennby\n"
    assert speaker_of(plain, "9 people killed") is None
    assert speaker_of(plain, "40 homes destroyed") is None


def test_a_newspaper_named_in_an_opening_phrase_is_no_part_of_who_speaks() -> None:
    body = (
        "In an interview with the Harbury Gazette Mayor Ines Tolland said the bridge would reopen in May. "
        "Speaking to the Evening Herald Tolland added that the repairs had cost 3 million euros."
    )
    assert speaker_of(body, "In an interview") == "Ines Tolland"
    assert speaker_of(body, "Speaking to the Evening Herald") == "Ines Tolland"


def test_a_quoted_title_in_an_appositive_is_skipped_with_the_appositive() -> None:
    body = (
        'Petra Almgren, author of "The Salt Roads," a history of the inland trade, said the new tolls '
        "would drive merchants away."
    )
    assert speaker_of(body, "Petra Almgren") == "Petra Almgren"


def test_the_agency_is_the_public_body_named_as_the_subject_of_an_act() -> None:
    body = (
        "The Coastal Navigation Authority (CNA) has closed the channel into Marrow Sound after a tanker ran aground "
        "on Sunday. The tanker's hull had been inspected in March, according to the agency."
    )
    assert speaker_of(body, "The tanker's hull") == "Coastal Navigation Authority"
    # a body named only to qualify a report is not "the agency" the report speaks of
    report = (
        "A Regional Audit Office report released in June found that the agency had lost track of 400 permits. "
        "In a memo, the agency proposed that the permit scheme be closed."
    )
    assert speaker_of(report, "In a memo") != "Regional Audit Office"


def test_he_after_she_is_not_the_woman_she_was_taken_for() -> None:
    body = (
        "Dock workers' leader Gerd Halloran said on Monday that the port would shut for two days. "
        "Harbour commissioner Tamsin Achterberg called the walkout reckless. "
        "She said the port had offered a 5 percent rise. "
        "He said the offer left workers worse off."
    )
    assert speaker_of(body, "She said") == "Tamsin Achterberg"
    assert speaker_of(body, "He said") == "Gerd Halloran"


def test_a_quoted_title_standing_alone_in_an_appositive_is_skipped_with_it() -> None:
    body = (
        'Tom Varga, a contestant on a quiz show, "The Last Word," who later worked for the host, said the '
        "questions were never leaked."
    )
    assert speaker_of(body, "Tom Varga") == "Tom Varga"
