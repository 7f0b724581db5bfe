"""Where a toll's places meet and where they part (sentences written for these tests): a local paper's "near
Tarnava" is the town a wire's lead names while its own claim says "Bolivia's southern Andes", one place at two
scales; and a sentence recalling another year's happening ("In May 2022, a Sava Air plane crashed into the same
valley") is no neighbour of the news it stands beside."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _wire() -> object:
    return make_article(
        "Coach plunges off mountain road in Bolivia, killing at least 12\nLA PAZ, Bolivia (AP) — A coach plunged off a "
        "mountain road in Bolivia's southern Andes on Sunday, killing at least 12 people, police said.\nThe coach was "
        "carrying 40 passengers when it left the road near the town of Tarnava, police said.\nThe road is known as "
        "one of the most dangerous in the region, and landslides often block it in the rainy season.\nThe transport "
        "ministry said it would review operating licences for mountain routes.\n",
        published="2031-06-08",
        outlet="Associated Press",
        title="Coach plunges off mountain road in Bolivia, killing at least 12",
    )


def _local(toll: str) -> object:
    return make_article(
        f"Two more bodies found after Tarnava coach crash\nORURO — {toll}, regional police said.\nRelatives gathered "
        "outside the hospital in Oruro.\nThe mayor declared three days of mourning and the town's schools were "
        "closed.\nA vigil was held in the main square on Monday night.\n",
        published="2031-06-09",
        outlet="Oruro Herald",
        title="Two more bodies found after Tarnava coach crash",
    )


def test_a_town_the_other_lead_names_is_the_same_place() -> None:
    local = _local(
        "Rescuers recovered two more bodies from the gorge on Monday, bringing the number of people killed when the "
        "coach left the road near Tarnava on Sunday to 14"
    )
    links = links_of(_wire(), local)
    assert "updates" in relations_between(links, "bringing the number of people killed", "killing at least 12"), links


def test_another_years_toll_at_that_town_is_not_this_one() -> None:
    local = _local("In 2027, 14 people were killed when a lorry left the road near Tarnava")
    links = links_of(_wire(), local)
    assert not relations_between(links, "14 people were killed", "killing at least 12"), links


def test_a_sentence_recalling_another_years_crash_is_no_neighbour() -> None:
    article = make_article(
        "Plane crashes in Belk valley\nA Tarnow Air plane crashed into a hillside near Belk on Monday, killing "
        "everyone on board, police said.\nRescuers reached the wreckage after a six-hour climb.\nIn May 2022, a Sava "
        "Air plane crashed into the same valley in fog, killing all 19 people on board.\nThe airline has grounded "
        "its fleet.\n",
        published="2031-11-04",
        outlet="Mountain Wire",
        title="Plane crashes in Belk valley",
    )
    links = links_of(article)
    assert not relations_between(links, "A Tarnow Air plane crashed", "In May 2022"), links
