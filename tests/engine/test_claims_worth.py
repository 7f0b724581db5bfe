"""Claims worth checking on news the rules were not written from: one paragraph per rule, each with
the sentences the rule must leave as claims beside the ones it takes out."""

from __future__ import annotations

from corpus.extract.article import extract_article

from .conftest import make_article


def _kinds(body: str) -> dict[str, str]:
    claims, _ = extract_article(make_article(body))
    return {c.text: c.kind for c in claims}


def _is_claim(kinds: dict[str, str], sentence: str) -> bool:
    return sentence in kinds and kinds[sentence] != "background"


def test_a_description_in_the_writers_voice_is_not_a_claim() -> None:
    """A present state with nothing done in it is biography or scene, not something to check;
    a passive or an act going on is."""
    described = "Dana Okafor is a co-founder of Harbourline Capital, a shipping investment firm."
    investigated = "Harbourline Capital is being investigated by the port regulator."
    spread = "The blight is spread by beetles, not by the wind."
    kinds = _kinds(f"{described}\n\n{investigated}\n\n{spread}")
    assert not _is_claim(kinds, described)
    assert _is_claim(kinds, investigated) and _is_claim(kinds, spread)


def test_an_event_word_used_as_a_noun_tells_no_event_alone() -> None:
    """ "the campaign", "her plans": a noun after an article or possessive tells of an event only
    with an act of its own in the sentence."""
    nominal = "In the end, the mayor's campaign was in no position to argue with the harbour board."
    promoting = "Mayor Ana Ruiz is promoting her plans for the harbour."
    came = "The council’s answer to the protest came in a letter to the harbour board."
    kinds = _kinds(f"{nominal}\n\n{promoting}\n\n{came}")
    assert not _is_claim(kinds, nominal)
    assert _is_claim(kinds, promoting) and _is_claim(kinds, came)


def test_a_gesture_after_the_cue_reports_nothing() -> None:
    """ "Ruiz said, looking at the crowd": what was said is in another sentence."""
    gesture = "Ruiz said, looking out at the crowd."
    adding = "Ruiz said, adding that the mill would close in May."
    kinds = _kinds(f"“We will rebuild the pier,” Mayor Ana Ruiz said on Monday.\n\n{gesture}\n\n{adding}")
    assert kinds[gesture] == "background"  # kept for its speaker, not underlined
    assert _is_claim(kinds, adding)


def test_a_retort_quoted_is_rhetoric() -> None:
    retort = "“Tell that to the fishermen who lost their boats,” Ruiz said."
    told = "“The fishermen lost 40 boats in the storm,” Ruiz said."
    kinds = _kinds(f"{retort}\n\n{told}")
    assert kinds[retort] == "background" and _is_claim(kinds, told)


def test_a_quoted_view_is_background_and_a_quoted_fact_a_claim() -> None:
    """The speaker's own words saying what something is or how good it is hold nothing to check;
    a future, a passive, an act or an effect quoted do."""
    view = "“It was a spectacular deal for the port,” said Tom Berg, a shipping lawyer."
    chaos = "“That is simply a disgrace,” Berg said."
    future = "“The port will reopen on Monday,” Berg said."
    passive = "“The ferries are being inspected,” Berg said."
    effect = "“Every week of this closure hurts the fishing families,” Berg said."
    kinds = _kinds("\n\n".join((view, chaos, future, passive, effect)))
    assert kinds[view] == "background" and kinds[chaos] == "background"
    assert all(_is_claim(kinds, s) for s in (future, passive, effect))


def test_credit_lines_are_furniture() -> None:
    credits = "(Additional reporting by Ana Ruiz in Velmar; Editing by Tom Berg.)"
    contributed = "Tom Berg contributed reporting."
    fact = "The harbour board approved the repairs on Tuesday."
    kinds = _kinds(f"{fact}\n\n{credits}\n\n{contributed}")
    assert credits not in kinds and contributed not in kinds
    assert _is_claim(kinds, fact)
