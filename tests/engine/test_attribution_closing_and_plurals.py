"""Who speaks where a finding closes a sentence, a plural noun opens one, a view is reckoned (but a crisis reckoned with),
and a source's name holds a number written with a thousands comma (corpus/extract/attribution.py, coreference.py,
cues.py), on our own sentences."""

from __future__ import annotations

from .conftest import claims_in


def _source(body: str, claim) -> str | None:
    spans = [a for a in claim.attributions if a.speaker == claim.speaker and a.source_start is not None]
    return body[spans[0].source_start : spans[0].source_end] if spans else None


def test_a_survey_closing_the_sentence_speaks_for_the_expectation_it_found() -> None:
    body = "Nearly two in five bakeries expect to raise prices this spring, a survey by the Guild of Bakers found."
    (claim,) = claims_in(body)
    assert claim.speaker == "Guild of Bakers"
    assert _source(body, claim) == "a survey by the Guild of Bakers"


def test_a_plural_noun_before_a_modal_is_no_surname_for_a_later_she() -> None:
    body = (
        "Corner pharmacies will struggle to stay open through the winter. "
        "She says half of the pharmacists she represents have cut their hours."
    )
    assert [c.speaker for c in claims_in(body)][-1] is None


def test_reckons_tells_a_view_its_subject_holds_but_reckoned_with_was_faced() -> None:
    body = "Harbour master Ewan Tully reckons the new pier will be finished by August."
    (claim,) = claims_in(body)
    assert claim.speaker == "Ewan Tully"
    body = "Like her rivals, Senator Hana Ruiz has reckoned with the anger of young voters over rents."
    assert [c.speaker for c in claims_in(body)] == [None]


def test_a_source_keeps_a_number_written_with_a_thousands_comma() -> None:
    body = "Commuters sleep less than other workers, according to a survey of 4,500 commuters in Dorrin."
    (claim,) = claims_in(body)
    assert _source(body, claim).startswith("a survey of 4,500 commuters")


def test_a_filing_or_letter_closing_the_sentence_shows_what_it_reports() -> None:
    body = "Tenants in the older blocks will pay the steepest rise, the filing shows."
    (claim,) = claims_in(body)
    assert claim.speaker == "filing"
    body = "The port authority knew of the cracks in March, a letter seen by the Dorrin Courier shows."
    (claim,) = claims_in(body)
    assert _source(body, claim) == "a letter seen by the Dorrin Courier"


def test_emails_and_logs_show_what_they_record() -> None:
    body = "The councillor met the builder three times before the vote, emails show."
    (claim,) = claims_in(body)
    assert claim.speaker == "emails"
    body = "Flight logs show the jet circled the airport for forty minutes."
    (claim,) = claims_in(body)
    assert claim.speaker == "Flight logs"


def test_so_says_and_that_is_the_warning_from_name_the_source_after_the_words() -> None:
    body = "“Rents will double by the summer.” So says Odile Brack, who lets flats on Mill Lane."
    assert [c.speaker for c in claims_in(body)][-1] == "Odile Brack"
    body = "Village pubs will close by the dozen. That is the warning from Tom Reyes, who chairs the Innkeepers' Guild."
    assert [c.speaker for c in claims_in(body)][-1] == "Tom Reyes"


def test_a_court_or_inquest_that_heard_closing_the_sentence_is_the_source() -> None:
    body = "The nurse had worked four night shifts in a row, an inquest in Carrow heard on Tuesday."
    (claim,) = claims_in(body)
    assert claim.speaker == "inquest"
    body = "The pump had not been serviced for a year, the tribunal was told."
    (claim,) = claims_in(body)
    assert claim.speaker == "tribunal"


def test_a_full_name_after_a_quote_speaks_whatever_body_follows_it() -> None:
    body = "“The message lands with older voters,” said Noor Haddad of polling consultancy Westgate Insight."
    (claim,) = claims_in(body)
    assert claim.speaker == "Noor Haddad"
    assert _source(body, claim) == "Noor Haddad of polling consultancy Westgate Insight"


def test_a_text_that_read_the_quotation_is_its_source() -> None:
    body = "The ferry company put out a statement on Sunday. “All crossings are cancelled until Tuesday,” it read."
    assert [c.speaker for c in claims_in(body)][-1] == "ferry company"
    body = "“Sailings resume on Wednesday,” read the notice at the terminal."
    (claim,) = claims_in(body)
    assert _source(body, claim) == "the notice at the terminal"


def test_the_subject_of_an_irregular_past_or_a_by_phrase_says_what_follows_and() -> None:
    body = "Asked whether she would stand again, Councillor Rhea Moss shook her head and said the decision was made."
    (claim,) = claims_in(body)
    assert claim.speaker == "Rhea Moss"
    body = (
        "By the end of the week, Governor Ian Pratt was forced into a retreat and said the fuel tax would be dropped."
    )
    (claim,) = claims_in(body)
    assert claim.speaker == "Ian Pratt"


def test_a_role_then_a_name_with_a_who_clause_after_said_names_the_speaker() -> None:
    body = (
        "The port had been losing money for years, said a former director of the harbour board, "
        "Lena Strom, who left the post in 2021."
    )
    (claim,) = claims_in(body)
    assert claim.speaker == "Lena Strom"
    assert _source(body, claim) == "a former director of the harbour board, Lena Strom"


def test_a_cue_inside_an_opening_condition_is_supposed_not_said() -> None:
    body = "If the new levy rejected small farms, rural councils would lose most of their funding."
    assert all(c.speaker is None for c in claims_in(body))
    body = "If the talks fail, the union leader said, the strike will start on Friday."
    assert [c.speaker for c in claims_in(body)] == ["union leader"]


def test_a_report_of_its_own_names_its_owner() -> None:
    body = "The Dorrin Port Authority met on Monday. Traffic fell by a third, according to its annual report."
    assert [c.speaker for c in claims_in(body)][-1] == "Dorrin Port Authority"


def test_a_plural_subject_described_by_where_it_is_from_is_a_later_they() -> None:
    body = (
        "The engineers, from the Velmar Institute, tested the bridge for a year. "
        "They found that the cables had corroded."
    )
    assert [c.speaker for c in claims_in(body)][-1] == "engineers"


def test_papers_seen_or_filed_speak_as_the_papers_never_their_reader_or_their_filing() -> None:
    body = "The mill's owners knew of the leak in 2029, according to internal memos seen by this newspaper."
    (claim,) = claims_in(body)
    assert claim.speaker == "internal memos"
    body = "The builder paid 2 million euros to two councillors, according to court papers filed in Treviso."
    (claim,) = claims_in(body)
    assert claim.speaker == "court papers"
