"""One story told from its town: articles datelined in one small town, or whose leads give one distinctive
name (the town, the bridge), report one event, however differently each headline words it; a look-alike event
happens in another town."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _wire() -> object:
    return make_article(
        "Bridge gives way under lorry in Marvalia\n"
        "TESSENBURG, Marvalia (Reuters) - A road bridge over a river gave way under a loaded lorry on Tuesday, "
        "killing at least six people, police said.\n"
        "Divers were searching the river for more people.\n",
        published="2026-02-03",
        outlet="Reuters",
        title="Bridge gives way under lorry in Marvalia",
    )


def test_a_local_paper_datelined_in_the_wire_reports_town_updates_its_toll() -> None:
    # The local paper's headline names a street the wire never names, and its lead never names the country:
    # only the dateline tells that both report from Tessenburg.
    local = make_article(
        "Toll in Quellgasse bridge disaster climbs to 11\n"
        "TESSENBURG - Eleven people are now known to have died when the bridge on Quellgasse fell into the river "
        "on Tuesday, the fire brigade said on Wednesday.\n"
        "Shopkeepers said cracks in the piers had been visible for months.\n",
        published="2026-02-04",
        outlet="Tessenburger Bote",
        title="Toll in Quellgasse bridge disaster climbs to 11",
    )
    links = links_of(_wire(), local)
    assert "updates" in relations_between(links, "Eleven people are now known", "killing at least six"), links


def test_a_report_weeks_later_naming_the_town_and_the_day_updates_the_toll() -> None:
    # Datelined in the capital three weeks on, in other words than the wire's: only the town it names, and the day
    # of the disaster its toll is about, tell that it is the same story.
    later = make_article(
        "Inspectors blame rusted cables\n"
        "ORSK (AP) - Rusted steel cables caused the disaster at Tessenburg, according to a report published by "
        "state inspectors on Friday.\n"
        "The final death toll from the February 3 disaster was 14, the inspectors said.\n",
        published="2026-02-27",
        outlet="AP",
        title="Inspectors blame rusted cables",
    )
    links = links_of(_wire(), later)
    assert "updates" in relations_between(links, "final death toll", "killing at least six"), links


def test_a_look_alike_collapse_in_another_country_is_not_linked() -> None:
    # A relay names the country only in its lead; the look-alike, weeks later, is datelined in another country.
    # Neither country is one the gazetteer knows.
    relay = make_article(
        "Kenyan police hold owner of collapsed hostel\n"
        "Police in Kenya are holding the owner of a hostel that collapsed in the town of Ol Kalabet on Monday, "
        "Reuters reported.\n"
        "Twelve people were pulled alive from the rubble, the news agency said.\n",
        published="2026-05-04",
        outlet="East Africa Daily",
        title="Kenyan police hold owner of collapsed hostel",
    )
    other = make_article(
        "Hostel collapses in Tanzania\n"
        "MWANDETE, Tanzania (AP) - A three-storey hostel collapsed on Monday, killing four students.\n"
        "Twelve people were pulled alive from the rubble.\n",
        published="2026-05-25",
        outlet="AP",
        title="Hostel collapses in Tanzania",
    )
    links = links_of(relay, other)
    assert not relations_between(links, "Twelve people were pulled alive from the rubble, the news", "killing four"), (
        links
    )
    pulled = [rel for rel, s, t, _ in links if "Twelve people were pulled" in s and "Twelve people were pulled" in t]
    assert not pulled, links
