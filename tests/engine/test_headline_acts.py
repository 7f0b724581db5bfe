"""Headlines that tell a happening in headline grammar are claims; labels, guides and questions are not."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.extract.headline_acts import act_of_headline
from corpus.loader import article_id
from corpus.model import Article, is_background

_LEDE = "Officials in Dunmore confirmed the news on Tuesday, the town council said.\n"


@pytest.mark.parametrize(
    ("headline", "act"),
    [
        ("Dunmore mayor checks into clinic", "checks"),  # the headline present of an act
        ("Ferry worker charged over harbour crash", "charged"),  # the passive, its "was" dropped
        ("Two dead as storm batters coast", "dead"),
        ("Rita Okafor to host the Dunmore film awards", "to host"),  # what is to come
        ("Blaze destroys historic Dunmore mill", "destroys"),
        ("Breaking: man charged after mill fire", "charged"),  # a kicker, then the report
    ],
)
def test_the_act_a_headline_tells(headline: str, act: str) -> None:
    assert act_of_headline(headline) == act


@pytest.mark.parametrize(
    "headline",
    [
        "Major fire at Dunmore mill",  # a label: no act
        "Dunmore mill fire",
        "Why the Dunmore mill burned",  # a question's opening
        "Live updates: storm batters coast",  # a live blog
        "Photos: the Dunmore mill after the blaze",  # a gallery
        "Dunmore mill blaze: what we know",  # a guide
        "The attacks on Dunmore mill",  # a noun after its article, not a verb
        "Dunmore fans celebrate",  # no act of news
    ],
)
def test_no_act_in_labels_guides_and_nouns(headline: str) -> None:
    assert act_of_headline(headline) is None


def _claims(title: str) -> list:
    body = f"{title}\n\n{_LEDE}"
    article = Article(
        id=article_id(body),
        title=title,
        outlet=None,
        authors=[],
        published="2031-05-06",
        published_estimated=False,
        source_file="h.txt",
        body=body,
    )
    return [c for c in extract_article(article)[0] if not is_background(c)]


def test_a_title_case_headline_telling_an_act_is_a_claim_naming_its_doer() -> None:
    claims = _claims("Dunmore Mayor Rita Okafor Checks Into Clinic")
    assert claims[0].text == "Dunmore Mayor Rita Okafor Checks Into Clinic"
    assert any("Okafor" in e for e in claims[0].entities)
    assert not any("Clinic" in e for e in claims[0].entities)  # title case makes no name of "Checks Into Clinic"


def test_a_headline_under_the_page_address_is_a_claim() -> None:
    title = "Ferry worker charged over harbour crash"
    body = f"http: / / example. com / 2031 / 05 / 06 / ferry-crash\n{title}\n{_LEDE}"
    article = Article(
        id=article_id(body),
        title=title,
        outlet=None,
        authors=[],
        published="2031-05-06",
        published_estimated=False,
        source_file="h.txt",
        body=body,
    )
    texts = [c.text for c in extract_article(article)[0] if not is_background(c)]
    assert title in texts


def test_a_label_naming_no_happening_stays_furniture() -> None:
    # (a label naming a happening and where, "Major Fire At Dunmore Mill", is a claim: test_headline_happenings.py)
    assert [c.text for c in _claims("Dunmore Mill Heritage Weekend")] == [_LEDE.strip()]


def test_a_headlines_passive_act_names_no_speaker() -> None:
    (claim, *_) = _claims("Ferry worker charged over harbour crash")
    assert claim.text == "Ferry worker charged over harbour crash"
    assert claim.speaker is None  # the worker was charged: nobody charges anything here


@pytest.mark.parametrize(
    ("headline", "act"),
    [
        ("Gary Lenz won't direct the sequel", "won't direct"),  # what is not to come
        ("Ruth Amsel will direct the sequel", "will direct"),
        ("Screen and stage star Ruth Amsel dies at 91", "dies"),  # a long subject: the act the sixth word after it
        ("Coastguard thwarts smuggling attempt off Dunmore", "thwarts"),
    ],
)
def test_more_acts_a_headline_tells(headline: str, act: str) -> None:
    assert act_of_headline(headline) == act


def test_a_title_case_headline_with_an_ordinal_is_read_as_a_sentence() -> None:
    # ("86th" is no lower-case word "th" that would make the line a sentence already)
    title = "Rita Okafor To Host 86th Dunmore Awards"
    assert title in [c.text for c in _claims(title)]


@pytest.mark.parametrize(
    ("headline", "act"),
    [
        ("Robbers ram van into Dunmore jeweller", "ram"),  # a plural subject, then the act's plain form
        ("Three die as ferry capsizes off Dunmore", "die"),  # a counted subject
        ("Dunmore Rovers sack manager after cup exit", "sack"),
        (
            "Ines Marlow, harbour pilot turned best-selling crime novelist, dies at 88",
            "dies",
        ),  # a description set off by commas
        ("Dunmore mill blaze after weeks of drought: night watchman charged", "charged"),  # a long kicker
        ("Dunmore Rovers suffer heavy cup defeat", "suffer"),
        ("Large riot breaks out in Dunmore after vigil", "breaks"),  # an act told with its particle
        ("'Several die' as ferry sinks off Dunmore", "die"),  # a quoted opening
    ],
)
def test_acts_after_plural_subjects_descriptions_and_long_kickers(headline: str, act: str) -> None:
    assert act_of_headline(headline) == act


@pytest.mark.parametrize(
    "headline",
    [
        "Dunmore bus crash",  # "bus" is no plural subject, "crash" a noun here
        "Dunmore news release",
        "Tax breaks for Dunmore farmers",  # "breaks" without its "out": a noun
        "Storm batters coast, hundreds without power: live",  # before the colon no act, after it a label
    ],
)
def test_no_act_after_singular_words_in_s(headline: str) -> None:
    assert act_of_headline(headline) is None


def test_an_all_capitals_headline_telling_an_act_is_a_claim() -> None:
    title = "MAYOR RITA OKAFOR QUITS OVER PORT DEAL"
    body = f"{title}\n\nDunmore's mayor, Rita Okafor, resigned on Tuesday after the port deal collapsed, the council said.\n"
    article = Article(
        id=article_id(body),
        title=title,
        outlet=None,
        authors=[],
        published="2031-05-06",
        published_estimated=False,
        source_file="h.txt",
        body=body,
    )
    claims = [c for c in extract_article(article)[0] if not is_background(c)]
    assert claims[0].text == title
    assert any("Okafor" in e for e in claims[0].entities)


def test_a_title_case_headline_with_into_in_lower_case_is_read_as_one() -> None:
    title = "Okafor Checks into Ostra Clinic, Rehires Lawyer"
    assert title in [c.text for c in _claims(title)]
