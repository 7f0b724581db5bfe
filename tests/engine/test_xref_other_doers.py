"""One act told of two doers, or the act and its reverse (issue 12): "Osterland has expelled three Varnian
diplomats" and "Varnia has expelled three diplomats from the Osterland embassy" are the two sides of a
tit-for-tat, and "Three Varnian diplomats were ordered to leave" (no doer named) is the reverse of "Varnia
ordered three Osterland diplomats to leave"; neither pair corroborates. The same act from another source still
does. Our own sentences."""

from __future__ import annotations

from corpus.xref.doers import doers_and_owners
from corpus.xref.statements import action_words

from .conftest import links_of, make_article, relations_between

_FIRST = (
    "Varnia expels three Osterland diplomats over spying\n"
    "KESTA (Wire) - Varnia ordered three Osterland diplomats to leave the country within a week on Tuesday, "
    "accusing them of spying for Osterland's military intelligence, the foreign ministry said.\n"
    "The three diplomats worked at the Osterland embassy in Kesta, a ministry spokesman said.\n"
)
_RELAY = (
    "Varnia sends Osterland envoys home\n"
    "Varnia has expelled three diplomats from the Osterland embassy in Kesta over spying, the Wire reported on "
    "Tuesday, citing the foreign ministry.\n"
)
_BACK = (
    "Osterland hits back at Varnia\n"
    "Osterland has expelled three Varnian diplomats from its capital, Vell, in response to the expulsion of its "
    "own staff from Kesta, the foreign ministry in Vell said on Thursday.\n"
    "Relations between the two neighbours have worsened since a border dispute last year.\n"
)
_NO_DOER = (
    "Three Varnian diplomats told to leave Vell\n"
    "Three Varnian diplomats were ordered to leave Osterland on Thursday, two days after Varnia expelled three "
    "Osterland diplomats for spying.\n"
)


def _links(*texts: tuple[str, str, str]):
    return links_of(
        *(make_article(body, published=day, outlet=outlet, title=body.split("\n")[0]) for body, day, outlet in texts)
    )


def test_the_same_act_of_the_other_side_does_not_corroborate() -> None:
    links = _links((_RELAY, "2027-04-06", "Site"), (_BACK, "2027-04-08", "Paper"))
    assert "corroborates" not in relations_between(links, "Osterland has expelled", "Varnia has expelled"), links


def test_the_reverse_act_with_no_doer_named_does_not_corroborate() -> None:
    links = _links((_FIRST, "2027-04-06", "Wire"), (_NO_DOER, "2027-04-08", "Radio"))
    found = relations_between(links, "Three Varnian diplomats were ordered", "Varnia ordered three")
    assert not {"corroborates", "updates", "conflicts"} & set(found), links


def test_the_same_act_from_another_source_still_corroborates() -> None:
    again = (
        "Osterland envoys ordered out of Varnia\n"
        "Varnia on Tuesday ordered three Osterland diplomats to leave within a week, accusing them of spying, a "
        "government spokeswoman told the Courier.\n"
    )
    links = _links((_FIRST, "2027-04-06", "Wire"), (again, "2027-04-07", "Courier"))
    assert "corroborates" in relations_between(links, "Varnia on Tuesday ordered", "Varnia ordered three"), links


def test_doers_and_the_sides_acted_on_are_read_from_the_words() -> None:
    def sides(text: str) -> dict:
        return {action: doers_and_owners(text, action) for action in action_words(text)}

    assert sides("On Saturday Minsk responded by expelling four Lithuanian diplomats")["expell"] == (
        frozenset({"minsk"}),
        frozenset({"@lithuania"}),
    )
    assert sides("Lithuania's foreign ministry expelled four diplomats")["expell"][0] == frozenset({"@lithuania"})
    assert sides("The diplomats were expelled by Osterland on Monday")["expell"][0] == frozenset({"osterland"})
    assert sides("Three Varnian diplomats were ordered to leave")["order"] == (None, frozenset({"@varnia"}))
    assert sides("Police arrested the mayor on Tuesday")["arrest"][0] is None  # no name, no side
    assert sides("Police in Dovra arrested the mayor")["arrest"][0] is None  # a place the police are in
    assert sides("Rioting youths in the Greek capital attacked a bank")["attack"][0] is None
    assert sides("Rioters attacked a bank")["attack"][0] is None  # a sentence's first word, no name
    # one name across its "of", not a place the doer is in
    assert sides("The Rovers of Dunmore offered striker Ivo Brandt a deal")["offer"][0] == frozenset(
        {"rovers", "dunmore"}
    )


def test_the_act_reversed_whoever_did_the_other_corroborates_nothing() -> None:
    """ "Lithuania has expelled four diplomats" (whose, said after "from") and, in a sentence opening with its
    capital, the expulsion of four Lithuanian diplomats: the act and its reverse."""
    links = _links(
        (
            "Varnia expels Osterland envoys\nVarnia has expelled four diplomats from the Osterland embassy over "
            "spying, the foreign ministry said on Monday.\n",
            "2027-04-05",
            "Wire",
        ),
        (
            "Osterland retaliates\nVell responded on Saturday by expelling four Varnian diplomats, the foreign "
            "ministry said.\n",
            "2027-04-10",
            "Paper",
        ),
    )
    assert "corroborates" not in relations_between(links, "Vell responded", "Varnia has expelled"), links


def test_who_died_is_no_doer_reversing_a_count_of_the_killed() -> None:
    links = _links(
        (
            "Clashes in Gedo\nAt least 40 Varnian soldiers have been killed in clashes with rebels since March, a "
            "military official said.\n",
            "2027-04-06",
            "Wire",
        ),
        (
            "Gedo fighting\nAround 40 Varnian soldiers have died in the fighting, a military official said.\n",
            "2027-04-07",
            "Paper",
        ),
    )
    assert "corroborates" in relations_between(links, "Around 40 Varnian", "At least 40 Varnian"), links
