"""Session 39: a quotation closed by its own punctuation, then a verb in -ed and the speaker's name closing the sentence
or before its aside ('"This is fantastic!" beamed Don Hartley of Madison, who ...', '"...," tweeted another.'): the
verb tells how they said it, whatever verb it is. Every sentence is the test's own."""

from __future__ import annotations

from .conftest import speaker_of


def test_a_manner_verb_before_the_name_tells_who_spoke() -> None:
    body = '"This is the best day of my life!" beamed Don Hartley of Ashby, who had sneaked onto the floor.'
    assert speaker_of(body, '"This is') == "Don Hartley"


def test_a_paper_after_its_verb_is_the_source() -> None:
    body = '"Drivers should leave their cars at home during the festival," opined the Kelby Herald.'
    assert speaker_of(body, '"Drivers') == "Kelby Herald"


def test_a_quoted_title_before_a_verb_is_no_speech() -> None:
    body = 'The film "Harbour Lights" premiered Tarn Studios in May.'
    assert speaker_of(body, "The film", claim_needed=False) is None
