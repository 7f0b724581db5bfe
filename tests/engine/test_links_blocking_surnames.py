"""Blocking: a report whose headline and lead name a person in full meets, on what it says happened, a report naming
them by surname alone (issue 12, blocking.block_keys). Our own sentences."""

from __future__ import annotations

from corpus.model import Article
from corpus.pipeline import extract
from corpus.xref import blocking
from corpus.xref.features import features

from .conftest import make_article


def _action_keys(article: Article, opening: str) -> set[tuple[str | None, ...]]:
    (claim,) = [c for c in extract([article]).claims if c.text.startswith(opening)]
    return {key for key in blocking.block_keys(features(claim, article)) if key[0] == "action"}


def test_a_claim_of_a_story_naming_a_person_in_full_meets_a_report_naming_them_by_surname() -> None:
    full = make_article(
        "Harbour City Gulls drop Ines Valdecasas\nThe Harbour City Gulls dropped Ines Valdecasas from the squad on "
        "Friday.\nThe club dropped the winger after a scan on her knee, the coach said.\n",
        title="Harbour City Gulls drop Ines Valdecasas",
    )
    short = make_article(
        "Valdecasas out\nThe Gulls dropped Valdecasas from Saturday's squad, the club said.\n",
        title="Valdecasas out",
    )
    shared = _action_keys(full, "The club dropped the winger") & _action_keys(short, "The Gulls dropped Valdecasas")
    assert any(key[2] == "Valdecasas" for key in shared)


def test_a_surname_common_in_english_is_no_block_of_its_own() -> None:
    # (a guard: "Green" names many people and things; the full name stays a key)
    article = make_article(
        "Harbour City Gulls drop Anna Green\nThe Harbour City Gulls dropped Anna Green from the squad on Friday.\n"
        "The club dropped the winger after a scan on her knee, the coach said.\n",
        title="Harbour City Gulls drop Anna Green",
    )
    names = {key[2] for key in _action_keys(article, "The club dropped the winger")}
    assert "Green" not in names


def test_reports_of_one_act_told_of_the_same_place_meet_though_their_leads_name_other_things() -> None:
    from corpus.xref.blocking import candidate_pairs

    # (the place comes after each lead, which names the coast guard and its harbour, or the trawlers' owners)
    navy = make_article(
        "The Velmark coast guard foiled a raid on two trawlers on Sunday, its commander Ines Tarrow said at the "
        "Brannock harbour base.\nThe raid was the third this year, and the coast guard has asked for two more "
        "cutters.\nThe trawler owners have long called for patrols, and the ministry is to meet them next week to "
        "talk about the cost of escorts for the fleet this winter.\nFishing leaders said the talks were long "
        "overdue and that crews had waited too long for help.\n"
        "Its cutter captured nine raiders near Orlo Sound, the coast guard said.\n",
        title="Velmark coast guard foils raid",
        outlet="Wire One",
    )
    trawlers = make_article(
        "Two trawler crews of the Hesket Fishing Company are safe after raiders boarded their boats at dawn, the "
        "company's owner Piet Lammers said.\nThe crews were taken to Brannock and checked by doctors, who found no "
        "injuries among them.\nThe company said its boats would stay in port until the coast guard had more "
        "cutters on patrol in the area.\nOther owners said they would keep their boats in port "
        "as well until the talks with the ministry were over.\n"
        "Nine raiders were captured near Orlo Sound, the crews' union said.\n",
        title="Hesket trawler crews safe after raid",
        outlet="Daily Two",
    )
    extraction = extract([navy, trawlers])
    by_article = {a.id: a for a in (navy, trawlers)}
    found = {c.text: features(c, by_article[c.article_id]) for c in extraction.claims if "Orlo Sound" in c.text}
    a, b = (found[t] for t in sorted(found))
    assert "Orlo Sound" not in {*a.story, *b.story}  # (no story key of it)
    shared = set(blocking.block_keys(a)) & set(blocking.block_keys(b))
    assert any(key[0] == "action" and key[2] == "Orlo Sound" for key in shared), shared
    assert {a.claim.id, b.claim.id} in [{f.claim.id, g.claim.id} for f, g in candidate_pairs([a, b])]
