"""Figures outside the known measure families are still compared by what they count as written (issue 12).

Our own sentences: a counted noun in any spelling, "put the number of ... at", a percentage by which a
plural noun moved, a revision set against its first estimate, and a word capitalised only because it
opens a sentence."""

from __future__ import annotations

from corpus.extract.article import extract_article
from corpus.xref.features import features
from corpus.xref.frames import frame_measure

from .conftest import links_of, make_article, relations_between


def _measures(sentence: str) -> dict[str, str | None]:
    article = make_article(sentence + "\n")
    (claim,) = [c for c in extract_article(article)[0] if c.quantities]
    return {q.text: frame_measure(q, claim) for q in claim.quantities}


def test_a_unit_word_and_its_counted_noun_are_one_measure() -> None:
    assert set(_measures("Hackers copied the files of about 650,000 subscribers, the operator said.").values()) == {
        "subscriber"
    }
    assert set(_measures("The operator said 650,000 subscribers were affected.").values()) == {"subscriber"}


def test_the_noun_counted_by_put_the_number_at() -> None:
    found = _measures("The regulator now puts the number of accounts exposed in the leak at 2.4 million.")
    assert set(found.values()) == {"account"}


def test_a_percentage_a_plural_noun_moved_by_is_that_nouns_rise_or_fall() -> None:
    assert set(_measures("Rice prices rose 7.5% from a year earlier, the bureau said.").values()) == {
        "rice prices rise"
    }
    assert set(_measures("Steel exports have fallen sharply, by 12%.").values()) == {"steel exports fall"}
    assert set(_measures("Wages in October were 4.2% higher than a year before.").values()) == {"wages rise"}


def test_general_prices_a_year_on_are_the_inflation_rate_but_not_a_months_move() -> None:
    assert set(_measures("Consumer prices in May were 2.8% higher than a year earlier.").values()) == {"inflation rate"}
    assert set(_measures("Consumer prices rose 0.4% from the previous month.").values()) == {"consumer prices rise"}


def test_a_share_of_something_is_not_a_move() -> None:
    assert "rise" not in str(_measures("Exports were 40% of the country's output last year.").values())
    assert "said" not in str(_measures("The minister said wages were up 3% on a year earlier.").values())


def test_a_figure_set_against_its_first_estimate_is_the_new_value() -> None:
    article = make_article(
        "Leak widens\nThe operator said 900,000 subscribers were hit, three times its initial estimate.\n",
        published="2026-05-04",
    )
    (claim,) = [c for c in extract_article(article)[0] if c.quantities]
    found = features(claim, article)
    assert found.revised and not found.superseded


def test_a_word_opening_the_lead_is_not_a_place_of_the_story() -> None:
    article = make_article(
        "Why the rent goes up\nRents were 6.1% higher in March than a year earlier, the agency said.\n",
        title="Why the rent goes up",
    )
    (claim,) = [c for c in extract_article(article)[0] if c.quantities]
    assert "Rents" not in features(claim, article).story


def _first_breach_report():
    return make_article(
        "Halvar says hackers took subscriber data\nBERGEN (Wire) - Halvar Telecom said on Monday that hackers had "
        "copied the account details of about 400,000 subscribers.\n",
        published="2026-05-04",
        outlet="Nordic Wire",
        title="Halvar says hackers took subscriber data",
    )


def test_a_noun_count_revised_a_week_on_updates_the_first_report() -> None:
    first = _first_breach_report()
    later = make_article(
        "Halvar raises breach estimate\nBERGEN (Post) - Halvar Telecom said on Tuesday that 900,000 subscribers were "
        "affected, more than twice its initial estimate.\n",
        published="2026-05-12",
        outlet="Bergen Post",
        title="Halvar raises breach estimate",
    )
    links = links_of(first, later)
    assert relations_between(links, "about 400,000 subscribers", "900,000 subscribers") == ["updates"], links


def test_two_companies_counting_one_noun_are_not_linked() -> None:
    first = _first_breach_report()
    other = make_article(
        "Gritsa hit by data theft\nATHENS (Wire) - Greek carrier Gritsa said on Thursday that the account details of "
        "about 400,000 subscribers had been copied.\n",
        published="2026-05-07",
        outlet="Aegean Wire",
        title="Gritsa hit by data theft",
    )
    links = links_of(first, other)
    assert not [r for r in relations_between(links, "400,000 subscribers", "400,000 subscribers") if r != "related"]


def test_a_death_is_not_a_count_revised() -> None:
    from corpus.xref.revisions import says_revised

    article = make_article("Two hikers have fallen to their deaths on the Ortler, police said.\n")
    claims = extract_article(article)[0]
    assert claims and not any(says_revised(c) for c in claims)
    article = make_article("The number of farms hit has risen to 14, the ministry said.\n")
    assert any(says_revised(c) for c in extract_article(article)[0])


def test_an_undated_digest_saying_now_updates_the_dated_first_count() -> None:
    first = _first_breach_report()
    digest = make_article(
        "Security roundup\nHalvar Telecom now puts the number of subscribers hit by the breach at 900,000.\n",
        published=None,
        outlet="Byte Weekly",
        title="Security roundup",
    )
    links = links_of(first, digest)
    assert relations_between(links, "about 400,000 subscribers", "at 900,000") == ["updates"], links


def test_a_revision_naming_the_first_value_updates_a_column_that_names_no_country() -> None:
    flash = make_article(
        "Why the weekly shop costs more\nTenants pay the price: rents were 6.1% higher in March than a year before.\n",
        published=None,
        outlet="Home Money",
        title="Why the weekly shop costs more",
    )
    revised = make_article(
        "Pelmark revises March rent rise\nRents rose 6.4% in the year to March, compared with 6.1% in the first "
        "estimate, Pelmark's statistics agency said on Tuesday.\n",
        published="2026-04-21",
        outlet="Pelmark Wire",
        title="Pelmark revises March rent rise",
    )
    elsewhere = make_article(
        "Rents in Osterland\nOSTERLAND CITY (Wire) - Rents in Osterland were 6.1% higher in March than a year "
        "earlier, the Osterland statistics office said.\n",
        published="2026-04-02",
        outlet="Osterland Wire",
        title="Rents in Osterland",
    )
    links = links_of(flash, revised, elsewhere)
    assert relations_between(links, "Rents rose 6.4%", "rents were 6.1% higher") == ["updates"], links
    assert "updates" not in relations_between(links, "Rents rose 6.4%", "Rents in Osterland"), links


def _wire_and_digest(digest_line: str) -> list[tuple[str, str, str, str]]:
    wire = make_article(
        "Pelmark rents climb\nKOVA, Pelmark (Wire) - Rents in Pelmark rose 6.4% in the year to March, the "
        "statistics agency said on Tuesday.\n",
        published="2026-04-21",
        outlet="Reuters",
        title="Pelmark rents climb",
    )
    other = make_article(
        "Osterland rents climb\nOSTERLAND CITY (Wire) - Rents in Osterland rose 6.4% in the year to March, the "
        "statistics office said.\n",
        published="2026-04-20",
        outlet="AFP",
        title="Osterland rents climb",
    )
    digest = make_article(
        f"What it costs to live here\nTenants pay the price, according to Reuters.\n{digest_line}\n",
        published=None,
        outlet="Home Money",
        title="What it costs to live here",
    )
    return links_of(wire, other, digest)


def test_a_digest_relaying_an_outlet_repeats_that_outlets_figure_not_anothers() -> None:
    links = _wire_and_digest("Rents have risen faster still, by 6.4%.")
    assert relations_between(links, "faster still", "Rents in Pelmark") == ["corroborates"], links
    assert relations_between(links, "faster still", "Rents in Osterland") == [], links


def _fire_and_digest(digest_line: str) -> list[tuple[str, str, str, str]]:
    report = make_article(
        "Blaze near Teva\nTEVA, Kordia (Wire) - The blaze in the hills above Teva has burned 2,100 hectares of "
        "scrub since Sunday, the regional fire service said on Tuesday.\n",
        published="2026-08-11",
        outlet="Kordia Wire",
        title="Blaze near Teva",
    )
    digest = make_article(
        f"Fires this week\n{digest_line}\n", published=None, outlet="Dry Season", title="Fires this week"
    )
    return links_of(report, digest)


def test_an_undated_digest_relaying_a_sources_figure_updates_the_dated_report() -> None:
    links = _fire_and_digest("The blaze above Teva has burned about 3,800 hectares, according to Kordia Today.")
    assert relations_between(links, "about 3,800 hectares", "2,100 hectares") == ["updates"], links


def test_an_undated_digest_of_another_magnitude_or_a_dispute_is_no_update() -> None:
    links = _fire_and_digest("The blaze above Teva has burned about 21,000 hectares, according to Kordia Today.")
    assert "updates" not in relations_between(links, "about 21,000 hectares", "2,100 hectares"), links
    links = _fire_and_digest(
        "The blaze above Teva has burned only 1,900 hectares, far fewer than the fire service said, according to "
        "Kordia Today."
    )
    assert "updates" not in relations_between(links, "only 1,900 hectares", "2,100 hectares"), links


def test_the_counted_noun_after_number_of_is_the_plural_not_its_adjective() -> None:
    assert set(_measures("The number of registered voters has risen to 61,200, the commission said.").values()) == {
        "voter"
    }


def test_a_moved_noun_may_be_followed_by_where_it_went() -> None:
    assert set(_measures("Exports to the Gulf states fell 9% in June.").values()) == {"exports fall"}


def test_a_regulators_count_set_against_the_number_first_disclosed_updates_it() -> None:
    later = make_article(
        "Halvar breach larger than first reported\nBERGEN (Post) - The breach at Halvar Telecom affected 900,000 "
        "subscribers, the data protection authority said on Friday, more than twice the number the company first "
        "disclosed.\n",
        published="2026-05-08",
        outlet="Bergen Post",
        title="Halvar breach larger than first reported",
    )
    links = links_of(_first_breach_report(), later)
    assert relations_between(links, "about 400,000 subscribers", "900,000 subscribers") == ["updates"], links
