"""A claim's topic (its subject when it has no measured figure) on news outside conflict reporting:
a topic word counts only in the topic's sense."""

from __future__ import annotations

import pytest

from corpus.extract.topics import topic_of


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        ("Police officers stopped the van outside the harbour office.", None),
        ("Kavari army officers were sent to the front in March.", "troop deployment"),
        ("The campaign sent 2,000 volunteers to knock on doors in Velmar.", None),
        ("Some 3,000 volunteers have joined the fighting near the border.", "troop deployment"),
        ("The mayor stood at the pier with her arms crossed.", None),
        ("Drusia supplied arms to the rebels in the valley.", "weapons supply"),
        ("Ostra Corp used real estate losses to lower its tax bill.", None),
        ("Drusian losses mounted in the valley last week.", "casualties"),
        ("The two candidates are in a dead heat in the latest poll.", None),
        ("Four fishermen are dead after the storm.", "casualties"),
        ("The council passed a resolution to close the pier.", None),
        ("The Security Council passed a resolution on the blockade.", "sanctions"),
        ("The mayor violated the harbour board's rules on tenders.", None),
        ("Kavar violated UN sanctions on fuel shipments.", "sanctions"),
        ("The firm relies on the expertise of two harbour pilots.", None),
        ("Drusia will share drone technology with Kavar.", "technology transfer"),
        ("Water levels in the Ostra reservoir have fallen to 41% of capacity.", None),
        ("The town unveiled a memorial to its fallen soldiers on Sunday.", "casualties"),
        ("Veterans gathered at dawn to honour the fallen on Sunday.", "casualties"),
    ],
)
def test_a_topic_word_counts_only_in_the_topics_sense(sentence: str, topic: str | None) -> None:
    assert topic_of(sentence) == topic


def test_deploying_is_troops_only_beside_an_armed_force() -> None:
    assert topic_of("Regulators know of three crashes in which the side airbag failed to deploy.") is None
    assert topic_of("The council deployed a new parking app over the weekend.") is None
    assert topic_of("The government deployed 2,000 soldiers to the northern border.") == "troop deployment"
