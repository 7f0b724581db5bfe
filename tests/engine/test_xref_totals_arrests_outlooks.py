"""A new total after a long clause, arrests as a count of people held, and an outlook named around its sum
(issue 12). Our own sentences."""

from __future__ import annotations

from corpus.extract.article import extract_article
from corpus.xref.features import features
from corpus.xref.frames import frame_measure

from .conftest import links_of, make_article, relations_between


def _measures(sentence: str) -> list[tuple[str, str | None]]:
    article = make_article(sentence + "\n")
    (claim,) = [c for c in extract_article(article)[0] if c.quantities]
    return [(q.text, frame_measure(q, claim)) for q in claim.quantities]


def _features(sentence: str):
    article = make_article(sentence + "\n")
    (claim,) = [c for c in extract_article(article)[0] if c.quantities]
    return features(claim, article)


def test_the_new_total_after_a_long_clause_on_what_is_counted_is_the_figure_compared() -> None:
    f = _features(
        "Divers found three more bodies in the lake on Friday, bringing the number of people who drowned when "
        "the ferry capsized off Tarnby on Tuesday to 26, the coast guard said."
    )
    assert f.figures["killed"][0] == 26 and f.role == "count", (f.figures, f.role)


def test_a_short_clause_before_the_new_total_reads_as_before() -> None:
    f = _features("Divers found three more bodies on Friday, bringing the death toll to 26, the coast guard said.")
    assert f.figures["killed"][0] == 26 and f.role == "count"


def test_an_addition_with_no_new_total_stays_an_addition() -> None:
    f = _features("Divers found three more bodies in the lake near Tarnby on Friday, the coast guard said.")
    assert f.role == "increment"


def test_a_later_total_told_after_its_addition_updates_the_first_count() -> None:
    first = make_article(
        "Ferry capsizes off Tarnby\nA ferry capsized off Tarnby on Tuesday, killing at least 19 people, the coast "
        "guard said.\n",
        published="2026-08-04",
        outlet="Baltic Wire",
        title="Ferry capsizes off Tarnby",
    )
    later = make_article(
        "Tarnby ferry toll rises\nDivers found three more bodies in the lake on Friday, bringing the number of "
        "people who drowned when the ferry capsized off Tarnby on Tuesday to 26, the coast guard said.\n",
        published="2026-08-07",
        outlet="Tarnby Post",
        title="Tarnby ferry toll rises",
    )
    links = links_of(first, later)
    assert relations_between(links, "killing at least 19", "bringing the number") == ["updates"], links


def test_arrests_count_the_people_held() -> None:
    f = _features("Police in Halden made 87 arrests after fans clashed with officers on Sunday.")
    assert list(f.figures) == ["detained"], f.figures


def test_a_later_count_of_arrests_updates_a_count_of_people_detained() -> None:
    first = make_article(
        "Halden police detain 62 after derby\nPolice in Halden detained 62 people after fans clashed with officers "
        "at the derby on Sunday night, a police spokesman said.\n",
        published="2026-10-05",
        outlet="Nordic Wire",
        title="Halden police detain 62 after derby",
    )
    later = make_article(
        "Derby violence: arrests rise\nThe derby violence in Halden has now led to 87 arrests after detectives "
        "studied video of the clashes, police said.\n",
        published="2026-10-08",
        outlet="Halden Avis",
        title="Derby violence: arrests rise",
    )
    links = links_of(first, later)
    assert relations_between(links, "detained 62 people", "87 arrests") == ["updates"], links


def test_an_outlook_named_before_its_sum_across_a_comma_is_a_profit_forecast() -> None:
    assert _measures("Corvel Stores has cut its profit outlook twice this year, to 350 million euros.") == [
        ("350 million euros", "profit forecast")
    ]


def test_a_sum_given_for_expected_profit_is_a_profit_forecast() -> None:
    found = dict(_measures("The retailer gave a figure of €350m for expected annual pretax profit."))
    assert found["€350m"] == "profit forecast", found


def test_a_sum_spent_in_sales_is_no_forecast() -> None:
    found = dict(_measures("The retailer spent €20m in sales and marketing last year."))
    assert found["€20m"] != "profit forecast" and found["€20m"] != "revenue forecast", found


def test_people_who_died_of_their_injuries_are_dead_not_injured() -> None:
    found = dict(
        _measures(
            "The toll from the coach crash rose to 19 on Tuesday after five passengers died of their injuries in "
            "hospital, the ministry said."
        )
    )
    assert found["five"] == "killed", found
    found = dict(_measures("Three soldiers later succumbed to their wounds, the army said."))
    assert found["Three"] == "killed", found


def test_a_higher_toll_after_some_died_of_their_injuries_updates_the_first() -> None:
    first = make_article(
        "Coach crash near Tarnby\nA coach crash near Tarnby killed at least 14 people and injured 30 on Tuesday, "
        "police said.\n",
        published="2026-08-04",
        outlet="Baltic Wire",
        title="Coach crash near Tarnby",
    )
    later = make_article(
        "Tarnby coach crash toll rises to 19\nThe toll from the coach crash near Tarnby rose to 19 on Tuesday, the "
        "ministry said, after five passengers died of their injuries in hospital.\n",
        published="2026-08-04",
        outlet="Nordic Post",
        title="Tarnby coach crash toll rises to 19",
    )
    links = links_of(first, later)
    assert relations_between(links, "killed at least 14", "rose to 19") == ["updates"], links


def test_the_profit_a_company_expects_is_its_profit_forecast() -> None:
    assert _measures("Corvel Stores said it now expected pretax profit of 350 million euros.") == [
        ("350 million euros", "profit forecast")
    ]
    found = dict(_measures("Corvel Stores said in January it expected annual pretax profit of 410 million pounds."))
    assert found["410 million pounds"] == "profit forecast", found


def test_an_expected_profit_and_a_cut_forecast_are_one_series() -> None:
    first = make_article(
        "Corvel Stores cuts forecast\nCorvel Stores cut its annual profit forecast to 410 million euros on "
        "Tuesday, blaming weak trading.\n",
        published="2026-01-13",
        outlet="Wire One",
        title="Corvel Stores cuts forecast",
    )
    later = make_article(
        "Corvel Stores warns again\nCorvel Stores said on Thursday it now expected annual profit of about 350 "
        "million euros, as trading weakened further.\n",
        published="2026-05-14",
        outlet="Market Post",
        title="Corvel Stores warns again",
    )
    links = links_of(first, later)
    assert relations_between(links, "410 million euros", "350 million euros") == ["updates"], links


def test_a_value_a_correction_sets_aside_is_the_value_it_replaces() -> None:
    f = _features("An inventory has found that nine paintings were taken, not seven as first reported.")
    assert [fig[0] for fig in f.prior.values()] == [7] and f.stated == frozenset({9}), (f.prior, f.stated)


def test_a_not_without_an_earlier_report_replaces_nothing() -> None:
    f = _features("An inventory has found that nine paintings were taken, not seven of them oils.")
    assert not f.prior, f.prior


def test_a_correction_of_the_first_report_updates_it_though_it_names_nothing() -> None:
    first = make_article(
        "Thieves raid Varnby gallery\nVARNBY (Nordic Wire) - Thieves stole seven paintings from the Varnby city "
        "gallery early on Sunday, police said.\n",
        published="2026-03-01",
        outlet="Nordic Wire",
        title="Thieves raid Varnby gallery",
    )
    later = make_article(
        "Varnby gallery haul bigger than first thought\nVARNBY — An inventory has found that nine paintings were "
        "taken, not seven as first reported.\n",
        published="2026-03-03",
        outlet="Varnby Posten",
        title="Varnby gallery haul bigger than first thought",
    )
    links = links_of(first, later)
    assert relations_between(links, "stole seven paintings", "nine paintings were taken") == ["updates"], links


def _blog_and_paper(count_blog: str, count_paper: str) -> list[tuple[str, str, str, str]]:
    # (The live blog's headline shares no two words with the paper's: "Derby violence" in both would tell one story.)
    paper = make_article(
        "Arrests over Halden derby violence rise\nHALDEN — The number of people arrested over Sunday's violence at "
        f"the derby has risen to {count_paper} after detectives studied camera footage, police said on Wednesday.\n",
        published="2026-10-07",
        outlet="Halden Avis",
        title="Arrests over Halden derby violence rise",
    )
    blog = make_article(
        "Match trouble: live updates\n09:10 Police have admitted that tear gas was fired inside the ground.\n"
        "10:05 The Norwegian football association says it will open disciplinary proceedings against both clubs.\n"
        f"11:30 The chief of police says {count_blog} people have now been arrested and that more arrests are "
        "expected.\n",
        published="2026-10-08",
        outlet="Radio Live",
        title="Match trouble: live updates",
    )
    return links_of(paper, blog)


def test_the_same_uneven_count_days_apart_is_one_count_though_neither_names_a_place() -> None:
    links = _blog_and_paper("87", "87")
    assert relations_between(links, "people have now been arrested", "has risen to 87") == ["corroborates"], links


def test_a_round_count_alone_is_no_evidence_of_one_count() -> None:
    links = _blog_and_paper("80", "80")
    assert "corroborates" not in relations_between(links, "people have now been arrested", "has risen to 80"), links


def test_to_leave_a_post_or_an_organisation_is_to_resign() -> None:
    from corpus.xref.stems import phrases

    assert "resigned" in phrases("Chief executive Ana Moss is to leave Velmor Foods next month.")
    assert "resigned" in phrases("She was preparing to leave the company, the newspaper said.")
    assert "resigned" in phrases("The minister is set to leave her post in the spring.")
    assert "resigned" not in phrases("Thousands of people had to leave their homes.")
    assert "resigned" not in phrases("Fans were asked to leave the stadium.")


def test_leaving_an_organisation_and_stepping_down_share_their_event_word() -> None:
    leaving = _statement_features("Ana Moss is to leave Velmor Foods next month, the food group announced.")
    stepping = _statement_features(
        "Ana Moss, chief executive of Velmor Foods, is preparing to step down, a paper said."
    )
    assert "resign" in leaving.lemmas and "resign" in stepping.lemmas, (leaving.lemmas, stepping.lemmas)


def _statement_features(sentence: str):
    article = make_article(sentence + "\n")
    (claim,) = extract_article(article)[0]
    return features(claim, article)


def test_times_a_player_scored_or_netted_are_goals() -> None:
    netted = _measures("Okafor, who netted 19 times for Tarnby last season, has signed a new deal.")
    assert [m for text, m in netted if text.startswith("19")] == ["goal"], netted
    scored = _measures("The striker scored 19 times in 30 league games last season.")
    assert [m for text, m in scored if text.startswith("19")] == ["goal"], scored
    assert "goal" not in dict(_measures("Prices have risen 19 times faster than wages since 2010.")).values()


def test_a_record_since_an_earlier_year_is_no_count_running_since_it() -> None:
    assert (
        _features(
            "It was the deadliest crash since January 2018, when a coach fell into a gorge and killed 51 people."
        ).since_text
        is None
    )
    assert _features("More than 1,200 people have been killed since the fighting began in April.").since_text


def test_an_earlier_disaster_named_for_comparison_is_not_linked_to_this_one() -> None:
    crash = make_article(
        "Coach plunges into gorge\nA coach plunged into a gorge near Tarnby on Tuesday, killing at least 14 people, "
        "police said.\n",
        published="2027-03-09",
        outlet="Baltic Wire",
        title="Coach plunges into gorge",
    )
    explainer = make_article(
        "Why Tarnby's mountain roads keep killing\nIt was the deadliest crash near Tarnby since January 2018, when a "
        "coach fell into a gorge and killed 51 people.\n",
        published=None,
        outlet="Road Review",
        title="Why Tarnby's mountain roads keep killing",
    )
    links = links_of(crash, explainer)
    assert relations_between(links, "killing at least 14", "killed 51 people") == [], links
