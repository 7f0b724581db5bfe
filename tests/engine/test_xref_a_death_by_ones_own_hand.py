"""A death by one's own hand is a death: "hanged himself in his cell", "took her own life" and "committed suicide" tell
what "was found dead" and "died" tell, and still meet each other in their own words. Our own sentences."""

from __future__ import annotations

from corpus.xref.statements import action_words

from .conftest import links_of, make_article, relations_between


def test_a_death_by_ones_own_hand_is_a_death() -> None:
    assert "kill" in action_words("Brenner hanged himself in his cell on Tuesday.")
    assert "kill" in action_words("The singer took her own life in March.")
    assert "kill" in action_words("A guard said the prisoner had committed suicide.")
    assert "kill" in action_words("Her son wrote that his mother passed peacefully at home.")
    # the words stay: "hanged himself" meets "hanged himself"
    assert "hang" in action_words("Brenner hanged himself in his cell on Tuesday.")
    # not a death: banners hanged, a bill passed
    assert "kill" not in action_words("Strikers hanged banners from the bridge.")
    assert "kill" not in action_words("The bill passed quietly through the senate.")
    # an aim or an order is no death: "ordered to take their own lives", "tried to hang himself"
    assert "kill" not in action_words("The soldiers were ordered to take their own lives rather than surrender.")
    assert "kill" not in action_words("Guards said he had tried to hang himself with a sheet.")


def test_found_dead_and_hanged_himself_tell_one_death() -> None:
    wire = make_article(
        "Smuggling ring suspect found dead in cell\n"
        "DOVRA (Wire) - Hal Brenner, the suspected head of a tobacco smuggling ring, was found dead in his cell at "
        "Dovra prison on Tuesday, hours after his arrest, prison officials said.\n",
        published="2027-06-09",
        outlet="Wire",
        title="Smuggling ring suspect found dead in cell",
    )
    paper = make_article(
        "Smuggling suspect Brenner hangs himself\n"
        "Police said Brenner hanged himself with his belt, a day after he was detained in a raid on a warehouse "
        "in the port.\n",
        published="2027-06-09",
        outlet="Courier",
        title="Smuggling suspect Brenner hangs himself",
    )
    links = links_of(wire, paper)
    assert "corroborates" in relations_between(links, "was found dead in his cell", "hanged himself with his belt"), (
        links
    )
