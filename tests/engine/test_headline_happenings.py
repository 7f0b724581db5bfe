"""Headlines that name a happening with no verb ("Major fire at Dunmore mill"), or tell it with a verb of news not known
before ("Coastguard rushes boats to stricken ferry"), are claims of that happening; a happening's word that only
describes the next noun ("Fire safety tips") is not. The page's address above a headline is no claim and gives no
name's spelling; a line closed only by an abbreviation's stop ("... on I.R.") is still a headline; an inquiry's count
of none ("No arrests have been made") is a claim."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.extract.claims import headline_asserts
from corpus.extract.headline_acts import act_of_headline, happening_of_headline
from corpus.loader import article_id
from corpus.model import Article, is_background

_LEDE = "Officials in Dunmore confirmed the news on Tuesday, the town council said.\n"


def _article(body: str, title: str) -> Article:
    return Article(
        id=article_id(body),
        title=title,
        outlet=None,
        authors=[],
        published="2031-05-06",
        published_estimated=False,
        source_file="h.txt",
        body=body,
    )


def _claim_texts(body: str, title: str) -> list[str]:
    return [c.text for c in extract_article(_article(body, title))[0] if not is_background(c)]


@pytest.mark.parametrize(
    ("headline", "happening"),
    [
        ("Major fire at Dunmore mill", "fire"),  # where it happened
        ("Two million euro jewellery heist in central Ostra", "heist"),
        ("Arson suspected in fire that gutted Dunmore dairy", "arson"),  # told done after it
        ("Sacked driver goes on shooting spree in Ostra", "spree"),
        ("Escaped Dunmore inmate on the loose", "on the loose"),
    ],
)
def test_a_headline_naming_a_happening(headline: str, happening: str) -> None:
    assert happening_of_headline(headline) == happening


@pytest.mark.parametrize(
    "headline",
    [
        "Fire safety tips for older homes in Dunmore",  # the word describes the next noun
        "Quake victims in Ostra get aid",
        "Riot police training",  # nowhere, nobody named
        "Dunmore fire: what we know",  # a guide
        "Was the fire at Dunmore mill arson?",  # a question
    ],
)
def test_no_happening_in_modifiers_guides_and_questions(headline: str) -> None:
    assert happening_of_headline(headline) is None


def test_a_title_case_label_naming_a_happening_is_a_claim() -> None:
    title = "Major Fire At Dunmore Mill"
    assert title in _claim_texts(f"{title}\n\n{_LEDE}", title)
    title = "Fire Safety Tips For Dunmore Homes"
    assert title not in _claim_texts(f"{title}\n\n{_LEDE}", title)


@pytest.mark.parametrize(
    ("headline", "act"),
    [
        ("Coastguard rushes boats to stricken Dunmore ferry", "rushes"),
        ("Rovers top Athletic to reach cup final", "top"),  # after a plural subject
        ("Saints put Lenz on injured list", "put"),
        ("Undersea cables severed off Dunmore coast", "severed"),
        ("Navy ship interdicts two smuggling boats", "interdicts"),
    ],
)
def test_more_verbs_of_news_in_headlines(headline: str, act: str) -> None:
    assert act_of_headline(headline) == act


def test_a_line_closed_by_an_abbreviations_stop_is_a_headline() -> None:
    body = (
        f"Rovers put Lenz on I.R.\n\nLenz will miss the rest of the season after knee surgery, the club said.\n{_LEDE}"
    )
    assert "Rovers put Lenz on I.R." in _claim_texts(body, "Rovers put Lenz on I.R.")


def test_the_page_address_is_no_claim_and_spells_no_name() -> None:
    title = "ROVERS TOP ATHLETIC, REACH FINAL"
    address = "http: / / example. com / sport / 2031 / 05 / 06 / ROVERS-TOP-ATHLETIC - REACH-FINAL _ n _ 4471"
    body = f"{address}\n{title}\nRovers beat Athletic 2-1 on Tuesday to reach the cup final, the club said.\n"
    texts = _claim_texts(body, title)
    assert title in texts  # read as "Rovers top Athletic, reach final": the address's capitals are no acronyms
    assert not any(t.startswith("http") for t in texts)
    assert headline_asserts(title, body)


def test_an_inquirys_count_of_none_is_a_claim() -> None:
    body = "Dunmore mill fire\n\nThe fire gutted the mill on Tuesday.\nNo arrests have been made.\n"
    assert "No arrests have been made." in _claim_texts(body, "Dunmore mill fire")
