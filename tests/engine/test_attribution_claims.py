"""Claims worth checking: background and colour stay readable text but are not claims."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article

from .conftest import make_article


def _claim_texts(body: str) -> list[str]:
    claims, _ = extract_article(make_article(body))
    return [c.text for c in claims]


@pytest.mark.parametrize(
    "sentence",
    [
        "The harbour of Valmora reopened to cargo ships after the repairs.",  # names a party
        "The storm killed 14 people in the valley.",  # a figure
        "The council said the road would reopen.",  # a reported statement
        "It is spread by ticks, not from person to person.",  # continues a named subject
        "The ministry denied any delay.",  # a denial
        "For decades Drusia has been one of Kavaria's closest allies.",  # what one named party is to another
        "Velmar Corp is buying Ostra Mining's two harbour terminals.",  # one named party acting on another
        "Under the plan, the mines would be sold to Ostra Coal.",  # the writer's "would" telling a plan
    ],
)
def test_checkable_sentences_are_claims(sentence: str) -> None:
    assert _claim_texts(sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "Of course, nobody expected the rain to last that long.",  # opinion opener
        "But we don't live in normal times any more.",  # the writer's own voice
        "“Every street, every school, every family.”",  # a quotation nobody is named for
        "What a week it has been for everyone here!",  # an exclamation
        "Rain fell all morning over the quiet streets.",  # colour naming no party
        "Mayor Tomas Berg is a tall man with a loud laugh.",  # a description, nothing done
        "Dana Lenz is the former mayor of Velmar.",  # biography: two names, nothing done
        "Velmar Corp and Ostra Mining are both members of the Harbour Trade Association.",  # a standing relation
        "The court's ruling in Velmar would also shed light on Mayor Dana Lenz's finances.",  # the writer supposes
        "Few towns would be as exposed to a long strike as Velmar.",  # the same, naming a party
    ],
)
def test_background_and_colour_are_not_claims(sentence: str) -> None:
    assert _claim_texts(sentence) == []


def _kinds(body: str) -> list[tuple[str, str]]:
    claims, _ = extract_article(make_article(body))
    return [(c.kind, c.text) for c in claims]


@pytest.mark.parametrize(
    "sentence",
    [
        "Gov. Lena Hart urged both unions to resume talks.",  # the cue is itself an act
        "Officials expect more delays.",  # a short forecast: its cue is what is reported
        "The ministry said 40 homes burned in these villages:",  # a line introducing a list, with its own figure
        "Update: Police said two more bodies were found near the dam.",  # a live update carries its claim
        "“The harbour will reopen in May,” the port director said.",  # a forecast reported
        "Council member Ivo Brandt said the mill closed last winter.",  # an event reported
        "“We respect the voters’ decision,” Ana Ruiz said.",  # a stance reported
        "Kestria may be sending fuel to the rebels in Valdoria.",  # a hedged act, not speculation
        "The losses mean Valdoria may not have paid its debts for a decade.",  # a hedged act
        "However, the mayor could not explain why the Port of Lenz was closed.",  # what could not be done
        "Flood Kills 12 People In Valley Towns On March 3.",  # a headline with a date
        "Goalkeeper Ana Ruiz was remarkable as Valmora beat Lenz on Sunday.",  # a judgement, then an act told
    ],
)
def test_reported_and_hedged_statements_stay_claims(sentence: str) -> None:
    kinds = _kinds(sentence)
    assert [text for _k, text in kinds] == [sentence] and kinds[0][0] != "background"


@pytest.mark.parametrize(
    "sentence",
    [
        "“It’s a disgrace,” the mayor said.",  # an opinion quoted
        "“I love this town,” Ana Ruiz said.",  # a feeling quoted
        "The outcome of the March 3 vote could be pivotal for the port.",  # the writer's speculation
        "I grew up near the harbour in the 1980s.",  # the writer's own voice, dated
    ],
)
def test_colour_with_a_speaker_or_date_is_kept_as_background(sentence: str) -> None:
    assert _kinds(sentence) == [("background", sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "“Is this the best we can do? Nobody thinks so,” Mayor Ana Ruiz said.",  # a question asked
        "“The harbour, I think, deserves better,” Ana Ruiz said.",  # an opinion in the first person
        "“You have a choice to make,” the mayor told the crowd.",  # words to the listener
        "“Don't sell the harbour,” Ana Ruiz said.",  # an order or plea
        "“People argue about the bridge every winter. But the answer is obvious,” Ana Ruiz said.",  # a judgement
        "“Perhaps the new bridge can help the old town,” the mayor said.",  # a speculation naming no party
        "“The new plan is politically reckless,” the mayor said.",  # a judgement with an adverb
        "“The real issue is governance,” the economist said.",  # a state told in the present, nothing done
        "“It doesn't make any sense,” the mayor said.",  # the same, negated
        "“He knows nothing about the harbour,” the mayor said.",  # "nothing" is no "-ing" of an act
        "“It's a bit of luck for the harbour,” Ana Ruiz said.",  # "bit" is no past of "bite" here
        "“I think the council closed the pier too early,” Ana Ruiz said.",  # an act, but in an opinion
        "“You know, the council never listened to the fishermen,” Ana Ruiz said.",  # the same, "you know"
        "“That's the real issue for the harbour,” the mayor said.",  # "That's" opens the state told
        "“The plan is a disgrace,” Ana Ruiz insisted.",  # "insisted" only relays the words
        "Mayor Ana Ruiz argued that the new bridge is a mistake.",  # so does "argued"
    ],
)
def test_reported_opinion_rhetoric_and_speculation_are_background(sentence: str) -> None:
    kinds = _kinds(sentence)
    assert kinds == [("background", sentence)]
    claims, _ = extract_article(make_article(sentence))
    assert claims[0].speaker  # background keeps who said it


@pytest.mark.parametrize(
    "sentence",
    [
        "“We believe the fire started in the kitchen,” the fire chief said.",  # a finding, not an opinion frame
        "“I think the harbour will reopen in May,” the port director said.",  # a forecast, whoever frames it
        "“This is the worst flood in the history of our town,” the mayor said.",  # a record
        "“The decision could come within weeks,” the officials said.",  # a forecast with a time
        "“The Port of Lenz could close to cargo ships,” the minister said.",  # a speculation about a named party
        "Though it is hard to tell, experts said the test showed a new missile.",  # a judgement only in a subordinate clause
        "“The port is being sold to a private buyer,” the mayor said.",  # an ongoing act
        "“The pier is closed to cargo ships,” the mayor said.",  # a passive
        "“It's a feasible scenario,” the analysts said.",  # a likelihood: a forecast
        "“The director remains in charge of the port,” the mayor said.",  # a state of affairs
        "The mayor noted Ana Ruiz's comments on the budget.",  # a possessive is no "is"
        "The agency is now saying the director is still in talks with the studio.",  # a state of affairs, not a judgement
        "Officials are now saying they suspect arson is to blame for the fire.",  # "is" of what they suspect
    ],
)
def test_reported_acts_records_and_forecasts_stay_claims(sentence: str) -> None:
    kinds = _kinds(sentence)
    assert [t for _k, t in kinds] == [sentence] and kinds[0][0] != "background"


@pytest.mark.parametrize(
    "sentence",
    [
        "Mayor Pledges New Bridge For River Town",  # a headline in title case
        "Ana Ruiz’s ‘2nd’ Chance Explores The Story Of The Old Harbour.",  # title case, "2nd" inside
        "It's unclear whether the harbour of Velmar will reopen.",  # a judgement opened by "It's"
        "The ministry gave the following account of the night:",  # a line introducing what follows
        "Follow Dana Kim on Twitter for more updates.",  # page furniture
        "“Who pays for all this?” asked Ana Ruiz.",  # a question quoted
        "Equally important, the port should act before the winter storms.",  # advice in the writer's voice
        "If the strike drags on, the harbour would lose its best customers.",  # a hypothesis
        "The double standard applied to the mayor is extraordinary.",  # a judgement
        "“It only gives the families false hope.”",  # a quotation nobody is named for, whatever its words
    ],
)
def test_furniture_headlines_and_conjecture_are_not_claims(sentence: str) -> None:
    assert [k for k, _t in _kinds(sentence) if k != "background"] == []


def test_background_sentences_are_not_cross_referenced() -> None:
    from corpus.pipeline import extract

    bodies = [
        "Mayor Ana Ruiz said on Monday that 40 families left the island.\n\n“It’s a disgrace,” Ruiz said of the delays.",
        "Forty families left the island, Mayor Ana Ruiz said on Monday.\n\n“It’s a disgrace,” Ruiz said of the delays.",
    ]
    extraction = extract([make_article(body, title=f"Island report {i}") for i, body in enumerate(bodies)])
    background = {c.id for c in extraction.claims if c.kind == "background"}
    assert len(background) == 2
    assert extraction.xrefs and not any({x.source, x.target} & background for x in extraction.xrefs)
