"""Who a 'he' or 'she' is, and which cues name nobody (session 28). Every sentence is the test's own. Each case of
the first group fails on the code before its change; the guards pass before and after.

- A lone capitalised plural ('Democrats') or a capitalised word after a word of quantity ('Other Netizens') is a
  group, never the person a later 'he' is.
- 'A representative for Mr. Orlov said ... He added': the representative, not the one named after 'for'.
- ', claiming without evidence that ...' is the subject's claim, after two opening phrases too ('The day before, at a
  rally in Tulsa, Mr. Kessler ...').
- 'To Kelby University history professor Joan Petrie, ...' and 'Contrary to Lazar's claims, ...' name who a later
  'she' or 'he' is.
- 'The silence seemed to reflect fear': 'fear' after an infinitive is a noun, nobody's belief.
- 'Days after Reyk's arrest, Anton Brecht volunteered': Brecht is the subject.
- 'Councillor Ann Pike, who proposed the scheme, toured the market': the aside says what she did, not what she said.
- 'While some friends say ..., others say ...': the second party is a source too.
- 'Mr. Ferris' after 'Tom Ferris' is Tom Ferris, when the given name fits the title.
"""

from __future__ import annotations

import pytest

from corpus.extract.attribution import find_attributions

from .conftest import claims_in


def _speaker_of(body: str, opening: str) -> str | None:
    return next(c.speaker for c in claims_in(body) if c.text.startswith(opening))


def _claim(body: str, opening: str):
    return next((c for c in claims_in(body) if c.text.startswith(opening)), None)


FIXED = [
    (  # a plural that opens a clause is no 'he'
        "As Democrats cobbled together a sweeping overhaul of the farm subsidy law two years ago, Senator Ellis Varga "
        "of Ohio was clear about one thing: His party could not suffer a single defection.\n\nBut one holdout "
        "remained - Senator Paul Orrin of Maine, who had opposed a similar effort in 2009 and once again did not like "
        "provisions in the new bill that he thought would hurt small farms.",
        "But one holdout",
        None,
    ),
    ("Other Netizens enjoyed the spectacle. He says he loves the country.", "He says", None),
    (
        "In 2014, the trade office began looking into complaints against Mr. Orlov's company, Vantpipe. A "
        "representative for Mr. Orlov said the inquiry had nothing to do with the ministry. He added that at least "
        "80 other guests had attended the dinner.",
        "He added",
        "representative for Mr. Orlov",
    ),
    (
        "Senator Ray Dunmore said on Sunday that the camps should close. The day before, at a rally in Tulsa, Mr. "
        "Kessler was just as blunt, claiming without evidence that President Alvarez wanted to admit 90,000 migrants. "
        "''You'd have to be mad,'' he said.",
        "The day before",
        "Kessler",
    ),
    (
        "Senator Ray Dunmore said on Sunday that the camps should close. The day before, at a rally in Tulsa, Mr. "
        "Kessler was just as blunt, claiming without evidence that President Alvarez wanted to admit 90,000 migrants. "
        "''You'd have to be mad,'' he said.",
        "''You'd have",
        "Kessler",
    ),
    (
        "Mr. Kessler hit back, claiming, without any evidence, that the mayor had rigged the count.",
        "Mr. Kessler",
        "Kessler",
    ),
    (
        "Former governor Ellen Marsh said the speech was a mistake. To Kelby University history professor Joan "
        'Petrie, the mayor\'s silence seemed to reflect fear. "It looked like a man who knew the game was up," she '
        "said.",
        '"It looked',
        "Joan Petrie",
    ),
    (
        "Officials in Valdor arrested Tomas Reyk in June and sent him back to the capital, where he faces a long "
        "sentence. Days after Reyk's arrest, Anton Brecht volunteered to take his place. ''Was I going to sit at a "
        "desk and complain?'' he told me.",
        "''Was I",
        "Anton Brecht",
    ),
    (
        "Tom Ferris, a farmer in Ashby, said the flood had ruined his crop. Mr. Ferris said the insurer had refused "
        "to pay.",
        "Mr. Ferris",
        "Tom Ferris",
    ),
    (
        "Ann Lee, a nurse, said the clinic would close. Ms Lee said the trust had not told staff.",
        "Ms Lee",
        "Ann Lee",
    ),
    ("Bill and Hillary Clinton arrived. Mrs. Clinton said the trip was private.", "Mrs. Clinton", "Hillary Clinton"),
]


@pytest.mark.parametrize("body, opening, speaker", FIXED)
def test_referents(body: str, opening: str, speaker: str | None) -> None:
    assert _speaker_of(body, opening) == speaker


def test_contrary_to_a_named_claim_keeps_its_referent() -> None:
    body = (
        "Marek Holub, a hacker from Brno, was jailed in May. Contrary to Holub's claims, investigators say he never "
        "reached the minister's account. Prosecutors said a stern sentence would deter others. He told the Ledger "
        "that he had guessed passwords from public profiles."
    )
    assert _speaker_of(body, "Contrary to") == "investigators"
    assert _speaker_of(body, "He told") == "Marek Holub"


@pytest.mark.parametrize(
    "text",
    [
        "The mayor's silence seemed to reflect fear.",
        "Councillor Ann Pike, who proposed the parking scheme, toured the market with traders on Friday.",
        "President Ruth Alder, who endorsed the senator on Thursday, is making her pitch at the height of her "
        "popularity.",
    ],
)
def test_no_speaker(text: str) -> None:
    claim = _claim(text, text[:12])
    assert claim is None or claim.speaker is None


@pytest.mark.parametrize(
    "text, sources",
    [
        (
            "While some neighbours say the new road has cut traffic – others say it has simply moved the jams.",
            {"some neighbours", "others"},
        ),
        ("Some shopkeepers say it has cut trade by a third; others say customers park further away.", None),
        ("Although Reid says the plan works, others argue that it failed.", {"Reid", "others"}),
        ("That attitude, many argue, could carry legal risks.", {"many"}),
    ],
)
def test_a_second_party_after_a_boundary(text: str, sources: set[str] | None) -> None:
    phrases = {a.phrase for a in find_attributions(text)}
    assert "others" in phrases or "many" in phrases
    if sources:
        assert phrases == sources


@pytest.mark.parametrize(
    "body, opening, speaker",
    [
        # guards: what already worked stays
        ("Ann Pike, who said the road was unsafe, toured the market on Friday.", "Ann Pike", "Ann Pike"),
        (
            "Ann Pike, who has argued for years that the road is unsafe, toured the market on Friday.",
            "Ann Pike",
            "Ann Pike",
        ),
        ("Tom Hale, who announced his resignation on Monday, said he had no regrets.", "Tom Hale", "Tom Hale"),
        (
            "Councillor Ann Pike, who proposed the parking scheme, toured the market. She said it would be reviewed.",
            "She said",
            "Ann Pike",
        ),
        ("Ann Lee said the flood had ruined her crop. Mr. Lee said the insurer had refused to pay.", "Mr. Lee", "Lee"),
        ("Farmers seemed to fear the worst.", "Farmers", "Farmers"),
    ],
)
def test_guards(body: str, opening: str, speaker: str) -> None:
    assert _speaker_of(body, opening) == speaker


def test_no_party_after_an_opening_phrase_alone() -> None:
    # "In interviews, several threatened ...": no party's words before it, so no second party
    assert "several" not in {a.phrase for a in find_attributions("In interviews, several threatened to walk out.")}


@pytest.mark.parametrize("group", ["Latinos", "Hispanics", "Europeans", "Wines"])
def test_a_people_or_a_plural_noun_is_no_he(group: str) -> None:
    # a group remembered as a subject, with a gender a pronoun once taught it, is still no later "he"
    from corpus.extract.coreference import Discourse, resolve_pronoun

    discourse = Discourse()
    discourse.remember(group, group, "person", True, 10, subject=True)
    discourse.learn_gender(group, "m")
    assert resolve_pronoun("he", discourse, 100) is None


@pytest.mark.parametrize("name", ["Evans", "Williams", "Hans"])
def test_a_surname_in_s_is_still_a_he(name: str) -> None:
    from corpus.extract.coreference import Discourse, resolve_pronoun

    discourse = Discourse()
    discourse.remember(name, name, "person", True, 10, subject=True)
    discourse.learn_gender(name, "m")
    assert resolve_pronoun("he", discourse, 100) == (name, True)


@pytest.mark.parametrize(
    "text",
    [
        "The bill did something Republicans wanted, and more.",
        "The party agrees only on its opposition to anything the governor wants.",
        "Something the mayor said upset the crowd.",
        "Nothing the mayor said was new.",
    ],
)
def test_what_a_party_wanted_inside_the_writers_clause_names_nobody(text: str) -> None:
    # before: "bill did something Republicans", "Something the mayor" spoke
    claim = _claim(text, text[:12])
    assert claim is None or claim.speaker is None


def test_a_closing_cue_after_what_was_said_is_still_read() -> None:
    text = "Everything Ann Lee said was true, the judge said."
    assert _speaker_of(text, "Everything") == "judge"
