"""Page furniture never becomes a claim; the article's own sentences do."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.extract.furniture import classify_lines, split_cells

from .conftest import make_article

FURNITURE = [
    "🔊 Want to listen to this article? Click the button to play",
    "Listen to this story",
    "Table of Contents",
    "Leave a Comment",
    "Leave a reply",
    "Comments (31)",
    "Please let us know if you're having issues with commenting.",
    "Share this article",
    "Advertisement",
    "Sign up for our daily newsletter",
    "Follow Jane Roe on Facebook and Twitter.",
    '"Follow Jane Roe on Twitter @janeroe."',
    "“Follow Max Mustermann on Instagram.”",
    '"Related:"',
    "Send tips and story ideas to Jane Roe at the Gazette.",
    "Updated:",
    "Updated: June 3, 2024 10:15",
    "Published 3 June 2024, 08:05 BST | Updated 3 June 2024, 14:52 BST",
    "Posted June 3, 2024 · Last updated June 4, 2024 9:10 a.m.",
    "0:00",
    "By Jane Roe and Max Mustermann",
    "Jane Roe is a senior reporter covering energy for the Gazette.",
    "Reuters and Max Mustermann contributed to this report.",
    "--additional reporting from Max Mustermann in Velmar.",
    "Firefighters battle the blaze near the plant on Monday. (Photo: Getty Images)",
    "Ministers meet in Brussels (Source: AFP)",
    "Photo: Reuters",
    "Copyright 2024 The Gazette. All rights reserved.",
    "Read more: what the strike means for you",
    "*By Ana Costa* | 5 min read",
    "*Share this story:* [Twitter](https://twitter.com)",
]


def _claims(body: str, **kw):
    article = make_article(body, **kw)
    return [c.text for c in extract_article(article)[0]]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_line_is_not_a_claim(line) -> None:
    body = f"Fire hits refinery\n{line}\nA fire broke out at the Northgate refinery on Monday, the company said.\n"
    claims = _claims(body, title="Fire hits refinery")
    assert claims == ["A fire broke out at the Northgate refinery on Monday, the company said."]


def test_comment_section_is_furniture_to_the_end() -> None:
    body = "A fire broke out at the refinery on Monday, the company said.\n\nCOMMENTS\n\nGreat article, thanks for sharing it!\n"
    assert _claims(body) == ["A fire broke out at the refinery on Monday, the company said."]


def test_repeated_headline_caption_credit_and_bio_are_furniture() -> None:
    body = (
        "Ceasefire holds in the north\n"
        "Ceasefire holds in the north\n"
        "Soldiers patrol a checkpoint, left, near the border\n"
        "John Doe/Reuters, AP Photo/Ann Lee\n"
        "Jane Roe\n"
        "The ceasefire held for a third day on Sunday, the army said.\n"
        "Jane Roe is a correspondent based in Kyiv.\n"
    )
    assert _claims(body, title="Ceasefire holds in the north") == [
        "The ceasefire held for a third day on Sunday, the army said."
    ]


def test_source_list_faq_questions_and_headings_are_not_claims() -> None:
    body = (
        "Heavy Rains\n\n"
        "Floods displaced 2,000 people, officials said.\n\n"
        "Frequently Asked Questions\n"
        "How many people were displaced?\n"
        "About 2,000 people left their homes.\n\n"
        "Sources\n"
        "  • Reuters (May 2, 2024): displacement figures\n"
        "  • BBC (May 3, 2024): rainfall data\n"
    )
    claims = _claims(body)
    assert claims == ["Floods displaced 2,000 people, officials said.", "About 2,000 people left their homes."]


def test_a_caption_needs_no_credit_pattern_but_reporting_sentences_are_kept() -> None:
    body = "Aid groups estimate that 500 homes were destroyed.\nPhoto: Reuters\n"
    assert _claims(body) == ["Aid groups estimate that 500 homes were destroyed."]


def test_flattened_table_header_is_furniture_and_rows_are_claims() -> None:
    body = (
        "Casualties\n\nPeriodReported DeathsSource\nMay 2024120 killedHealth Office\nJune 202490 killedHealth Office\n"
    )
    lines = [line for line in classify_lines(make_article(body)) if line.role != "blank"]
    assert [line.role for line in lines] == ["heading", "table_header", "table_row", "table_row"]
    assert split_cells("May 2024120 killedHealth Office") == ["May 2024120 killed", "Health Office"]


def test_broken_line_is_joined_into_one_claim() -> None:
    body = "The minister confirmed that the strike resulted in the death\nof three workers at the plant.\n"
    claims = _claims(body)
    assert claims == ["The minister confirmed that the strike resulted in the death\nof three workers at the plant."]


def test_pipe_tables_become_claims_with_column_measures() -> None:
    body = (
        "Floods hit the south, officials said on Monday.\n\n"
        "| Region | Displaced | Deaths |\n|---|---|---|\n| Velmar | 12,000 | 11 |\n| Osten | 8,500 | 7 |\n"
    )
    claims, _ = extract_article(make_article(body))
    rows = [c for c in claims if c.text.startswith("|")]
    assert [c.text for c in rows] == ["| Velmar | 12,000 | 11 |", "| Osten | 8,500 | 7 |"]
    assert [(q.value, q.measure) for q in rows[0].quantities] == [(12000, "displaced"), (11, "killed")]


# Headlines that tell a checkable event are claims (one claim, where the body repeats the title);
# other headings stay page furniture.
_LEDE = "Prosecutors in Dunmore said the inquiry began in March.\n"


@pytest.mark.parametrize(
    "headline",
    [
        "Mayor Ivo Brandt arrested in bribery inquiry",  # a named party, then a past participle
        "Velmar Corp sold its port stake to a rival",  # a named party, then an act
        "Velmar Corp cut 40 jobs at its port depot",  # a named party, an act and a figure
        "Mayor Brandt Arrested In Bribery Inquiry",  # title case, read as a sentence writes it
        "Hikers lost in the hills above Velmar",  # headline grammar: who it happened to, then the act
        "Quake kills 40 in the hills above Velmar",  # the doer, then the act in the headline present
    ],
)
def test_headline_telling_an_event_is_one_claim(headline: str) -> None:
    body = f"{headline}\n{_LEDE}Later reporting\n{headline}\n"
    claims = _claims(body, title=headline)
    assert claims == [headline, _LEDE.strip()]  # the repeat further down stays furniture


def test_heading_telling_an_event_is_a_claim() -> None:
    rest = "\n\nThe port stayed closed all week, the union said.\n"
    body = f"Harbour dispute\n{_LEDE}\nDockers at Velmar Corp walked out on Monday{rest}"
    assert _claims(body, title="Harbour dispute") == [
        _LEDE.strip(),
        "Dockers at Velmar Corp walked out on Monday",
        "The port stayed closed all week, the union said.",
    ]
    body = f"Harbour dispute\n{_LEDE}\nDockers walked out across the Velmar harbour{rest}"
    assert "Dockers walked out across the Velmar harbour" not in _claims(body, title="Harbour dispute")


@pytest.mark.parametrize(
    "heading",
    [
        "Fire safety at Velmar harbour depot",  # a label: no act told ("Major fire at ..." names a happening: a claim)
        "Live updates: storm hits the Velmar coast",  # a live blog's label
        "Ivo Brandt heads home",  # a headline present not known as an act (cannot be told from "Brandt fans")
        "Velmar Corp quarterly results",  # a section heading: a name, nothing done
        "Ivo Brandt",  # a topic tag
        "Photos: Velmar Corp opened its new plant",  # a label
    ],
)
def test_headings_without_an_event_told_stay_furniture(heading: str) -> None:
    body = f"{heading}\n{_LEDE}"
    assert _claims(body, title=heading) == [_LEDE.strip()]


def test_a_paragraph_closing_with_a_question_keeps_what_it_states_before_it_but_an_interviewer_does_not() -> None:
    body = (
        "Mayor Ines Carr toured the shelter on Friday.\n\n"
        "“Sixty families slept here last night,” she said. “Where will they go next week?\n\n"
        "“Nobody has given us an answer.”"
    )
    claims, _ = extract_article(make_article(body))
    said = [c for c in claims if c.text.startswith("“Sixty families")]
    assert len(said) == 1 and said[0].speaker == "Ines Carr"
    # an interviewer's question paragraph stays a question, whatever it states first
    body = "Ines Carr has run the shelter since 2019.\n\nQ: You opened a second site. Will there be a third?\n\nA: Not this year."
    roles = [line.role for line in classify_lines(make_article(body)) if line.text.strip()]
    assert roles[1] == "question"


def test_a_sentence_opening_with_by_and_a_day_is_no_byline() -> None:
    body = "By Friday, Governor Ian Pratt had changed course and said the fuel tax would be dropped."
    claims, _ = extract_article(make_article(body))
    assert [c.speaker for c in claims] == ["Ian Pratt"]
    roles = [line.role for line in classify_lines(make_article("By JANE ROE and TOM LEE\nThe port closed on Monday."))]
    assert roles[0] == "furniture"


@pytest.mark.parametrize("line", ['"Follow Jane Roe on Twitter @janeroe."', '"Related:"'])
def test_a_quoted_furniture_line_after_a_quotation_is_not_the_speakers(line: str) -> None:
    body = '"We will win this seat back in May," Ann Lee said.\n\n' + line
    claims, _ = extract_article(make_article(body))
    assert [c.text for c in claims if line.strip('"') in c.text] == []
