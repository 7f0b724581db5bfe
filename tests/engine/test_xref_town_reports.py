"""Reports of one story: people in hospital are counted as such however written; an undated explainer's count
of the suspects held is compared with the live blog's of the same story, which its lead names."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_children_in_hospital_the_next_day_update_those_taken_to_hospital() -> None:
    wire = make_article(
        "Dozens of pupils fall ill after school lunch\n"
        "KILMORRAN, Ireland (Reuters) - At least 30 children fell ill after eating lunch at a primary school on "
        "Monday, health officials said.\n"
        "Nine of the children were taken to hospital, the health authority said.\n",
        published="2026-05-11",
        outlet="Reuters",
        title="Dozens of pupils fall ill after school lunch",
    )
    local = make_article(
        "Sick pupils: parents demand answers\n"
        "The number of pupils who fell ill after Monday's lunch at St Enda's school in Kilmorran has risen to 85, "
        "the principal said.\n"
        "Fourteen children are in hospital in Ardglass.\n",
        published="2026-05-12",
        outlet="Western Echo",
        title="Sick pupils: parents demand answers",
    )
    links = links_of(wire, local)
    assert "updates" in relations_between(links, "Fourteen children are in hospital", "taken to hospital"), links


def test_an_undated_explainers_suspects_held_corroborate_the_live_blogs() -> None:
    blog = make_article(
        "Live: Vessby museum theft - latest\n"
        "09:10 A third man has been detained in connection with the museum theft, police say.\n"
        "09:45 Police confirm that three people are now in custody over the theft.\n",
        published="2026-03-03",
        outlet="Nordic Live",
        title="Live: Vessby museum theft - latest",
    )
    explainer = make_article(
        "Explainer: how the Vessby silver vanished\n"
        "Eleven silver cups worth an estimated 20 million crowns were taken from the Vessby City Museum in the raid.\n"
        "Three suspects are being held by police, who say the thieves knew the building well.\n",
        published=None,
        outlet="Arts Desk",
        title="Explainer: how the Vessby silver vanished",
    )
    links = links_of(blog, explainer)
    assert "corroborates" in relations_between(links, "Three suspects are being held", "now in custody"), links


def test_prisoners_still_at_large_are_counted_apart_from_those_who_escaped() -> None:
    first = make_article(
        "Manhunt after nine inmates tunnel out of Dorvan jail\n"
        "Police have launched a manhunt for six prisoners still on the run after nine inmates tunnelled out of a "
        "jail in the city of Dorvan, the Associated Press reported.\n",
        published="2026-09-14",
        outlet="Latin Wire",
        title="Manhunt after nine inmates tunnel out of Dorvan jail",
    )
    later = make_article(
        "Dorvan escapees: most back behind bars\n"
        "DORVAN - Police have recaptured seven of the nine inmates who escaped from Dorvan jail on Monday, the "
        "security secretariat said on Tuesday.\n"
        "Two men remain at large.\n",
        published="2026-09-15",
        outlet="Dorvan Gazette",
        title="Dorvan escapees: most back behind bars",
    )
    links = links_of(first, later)
    assert "updates" in relations_between(links, "Two men remain at large", "still on the run"), links
