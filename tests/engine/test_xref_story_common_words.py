"""What an article is about (``features._story``): the names in its headline and lead, not the ordinary English
words a headline capitalises ("Three Killed as Armed Men Rob ...") or a sentence opens with ("Consumer prices
rose"). Our own sentences."""

from __future__ import annotations

from corpus.xref.features import _story


def test_a_title_case_headline_gives_no_common_words_as_names() -> None:
    story = _story(
        "Three Killed as Armed Men Rob Dovra Jewellers",
        "DOVRA (Wire) - Armed men robbed a jeweller in Dovra on Monday, killing three people, police said.",
    )
    assert "Dovra" in story
    assert not {"Three", "Armed", "Three Killed", "Armed Men Rob Dovra Jewellers"} & story, story


def test_an_ordinary_word_opening_the_lead_is_no_name() -> None:
    story = _story(
        "Consumer Price Inflation Rises to 3.3% in April",
        "Consumer prices rose 3.3% in April from a year earlier, the statistics office said.",
    )
    assert not {"Consumer", "Price", "Consumer Price Inflation Rises"} & story, story


def test_names_the_lead_writes_again_stay() -> None:
    story = _story(
        "Bank Fined Over Tarven Branch Closures",
        "Officials fined the bank 4 million euros on Tuesday for closing its branch in Tarven without notice.",
    )
    assert "Tarven" in story and not {"Bank", "Officials", "Bank Fined"} & story, story
    # a rare word opening a sentence may be a name, as the owner rule reads it
    assert "Halvard" in _story("Halvard to buy Orsen", "Halvard agreed to buy its rival Orsen Metals on Monday.")
