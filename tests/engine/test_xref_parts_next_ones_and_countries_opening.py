"""Figures that are parts, the next one's, or another country's are no values of the figure beside them: a country
opening a tally's sentence ("Spain's mortality monitor attributes ...", "India's Assam state ...") places it; a place
"among the worst hit" gives a part of the national toll; "A second outbreak ..." counts the next one, not the first;
one named fire is a part of "two wildfires"; and a count "this month" told on the 8th is newer than one told on the
5th (sentences written for these tests)."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_a_country_opening_a_tally_places_it_apart_from_another_countrys_authority() -> None:
    spain = make_article(
        "Heat deaths in Spain put at 412\nSpain's mortality monitoring system now attributes 412 deaths to the heat "
        "in the first half of August.\nIn neighbouring Portugal, the health authority has counted 58 deaths.\n",
        published="2035-08-17",
        outlet="Guardian",
        title="Heat deaths in Spain put at 412",
    )
    portugal = make_article(
        "Portugal links 58 deaths to heatwave\nLISBON, Portugal (AP) - Portugal's health authority said on Tuesday "
        "that 58 deaths were linked to the heatwave, as firefighters fought blazes near Coimbra.\n",
        published="2035-08-10",
        outlet="AP",
        title="Portugal links 58 deaths to heatwave",
    )
    links = links_of(spain, portugal)
    assert not relations_between(links, "attributes 412 deaths", "58 deaths were linked"), links
    assert "corroborates" in relations_between(links, "counted 58 deaths", "58 deaths were linked"), links


def test_a_state_named_with_its_country_is_that_countrys_toll() -> None:
    article = make_article(
        "Floods strand a million in Bangladesh\nDHAKA (AFP) - Floods in northeastern Bangladesh have killed at least "
        "14 people, officials said on Thursday.\nIndia's Assam state, upstream, has also been hit, with 41 dead this "
        "week.\n",
        published="2035-06-29",
        outlet="AFP",
        title="Floods strand a million in Bangladesh",
    )
    links = links_of(article)
    assert not relations_between(links, "with 41 dead", "at least 14 people"), links


def test_birds_culled_in_two_countries_are_two_counts() -> None:
    dutch = make_article(
        "Bird flu: Dutch culls pass 150,000\nThe Netherlands has culled more than 150,000 birds in Overijssel in the "
        "past week, while Belgium has reported an outbreak on a commercial farm.\n",
        published="2035-11-21",
        outlet="Farmers Weekly",
        title="Bird flu: Dutch culls pass 150,000",
    )
    belgian = make_article(
        "Belgium culls 30,000 chickens\nBRUSSELS - Belgium's food safety agency said on Saturday that 30,000 chickens "
        "had been culled at a farm in West Flanders after bird flu was confirmed there.\n",
        published="2035-11-17",
        outlet="Belga",
        title="Belgium culls 30,000 chickens",
    )
    links = links_of(dutch, belgian)
    assert not relations_between(links, "more than 150,000 birds", "30,000 chickens"), links


def test_a_worst_hit_places_toll_is_a_part_of_the_national_one() -> None:
    first = make_article(
        "Nepal floods kill 58\nKATHMANDU, July 2 (Reuters) - Floods and landslides have killed 58 people across "
        "Nepal since Saturday, police said on Tuesday.\nThe Pokhara valley was among the worst hit: 27 people died "
        "there as the Seti river burst its banks.\n",
        published="2035-07-03",
        outlet="Reuters",
        title="Nepal floods kill 58",
    )
    later = make_article(
        "Nepal flood toll rises to 97\nThe death toll from the floods and landslides rose to 97 on Thursday, the "
        "home ministry said.\n",
        published="2035-07-05",
        outlet="Kathmandu Post",
        title="Nepal flood toll rises to 97",
    )
    roundup = make_article(
        "The monsoon's toll\nIn the lakeside city of Pokhara, 27 people died when the Seti river flooded on "
        "Saturday.\n",
        published="2035-07-08",
        outlet="Al Jazeera",
        title="The monsoon's toll",
    )
    links = links_of(first, later, roundup)
    for whole in ("have killed 58", "rose to 97"):
        assert set(relations_between(links, "among the worst hit", whole)) <= {"related"}, links
    assert "updates" in relations_between(links, "rose to 97", "have killed 58"), links
    assert "corroborates" in relations_between(links, "In the lakeside city of Pokhara", "among the worst hit"), links


def test_the_next_outbreaks_count_is_no_value_of_the_first_ones() -> None:
    first = make_article(
        "Farm to cull 140,000 hens\nAMSTERDAM, Nov 14 (Reuters) - Dutch authorities will cull about 140,000 laying "
        "hens at a farm in Putten after an outbreak of bird flu, the agriculture ministry said on Friday.\n",
        published="2035-11-14",
        outlet="Reuters",
        title="Farm to cull 140,000 hens",
    )
    second = make_article(
        "Second outbreak near Putten\nA second outbreak of bird flu has been found at a poultry farm in Putten, the "
        "agriculture ministry said on Monday, and its 52,000 birds were culled.\nThat brings the number of birds "
        "culled in the area since Friday to about 192,000, the ministry said.\n",
        published="2035-11-17",
        outlet="NOS",
        title="Second outbreak near Putten",
    )
    links = links_of(first, second)
    assert set(relations_between(links, "its 52,000 birds", "about 140,000 laying hens")) <= {"related"}, links
    assert set(relations_between(links, "its 52,000 birds", "about 192,000")) <= {"related"}, links
    assert "updates" in relations_between(links, "about 192,000", "about 140,000 laying hens"), links


def test_one_named_fire_is_a_part_of_two_fires_together() -> None:
    both = make_article(
        "Los Angeles wildfires burn 30,000 acres, five dead\nLOS ANGELES, Jan 9 (Reuters) - Two wildfires fanned by "
        "Santa Ana winds have burned nearly 30,000 acres in Los Angeles County and killed at least five people, "
        "officials said on Thursday.\nThe Palisades fire had burned 17,200 acres and was 0% contained, while the Eaton "
        "fire near Altadena had burned 10,600 acres, Cal Fire said.\n",
        published="2034-01-09",
        outlet="Reuters",
        title="Los Angeles wildfires burn 30,000 acres, five dead",
    )
    one = make_article(
        "Palisades fire grows to 21,000 acres as winds ease\nThe Palisades fire grew to 21,300 acres by Saturday "
        "morning and was 11% contained, Cal Fire said.\nThe Eaton fire had burned 14,100 acres and was 15% "
        "contained.\n",
        published="2034-01-11",
        outlet="LA Times",
        title="Palisades fire grows to 21,000 acres as winds ease",
    )
    links = links_of(both, one)
    for part in ("grew to 21,300 acres", "had burned 14,100 acres"):
        assert set(relations_between(links, part, "burn 30,000 acres")) <= {"related"}, links


def test_a_count_for_this_month_told_later_is_the_newer_figure() -> None:
    from corpus.pipeline import extract
    from corpus.xref.features import features
    from corpus.xref.relations import _later_first

    earlier = make_article(
        "Flood toll rises to 96\nThe death toll from the floods rose to 96 on Wednesday, the home ministry said.\n",
        published="2035-07-05",
        outlet="Kathmandu Post",
        title="Flood toll rises to 96",
    )
    later = make_article(
        "The monsoon: the toll\nMonsoon floods have killed at least 150 people in Nepal this month, according to the "
        "home ministry.\n",
        published="2035-07-09",
        outlet="Al Jazeera",
        title="The monsoon: the toll",
    )
    by_id = {a.id: a for a in (earlier, later)}
    told = {c.text: features(c, by_id[c.article_id]) for c in extract([earlier, later]).claims}
    month = next(f for text, f in told.items() if "at least 150" in text)
    day = next(f for text, f in told.items() if "rose to 96" in text)
    assert _later_first(day, month) == (month, day) and _later_first(month, day) == (month, day)


def _peru() -> object:
    return make_article(
        "Bus plunges into ravine in Peru's Andes, killing 21\nLIMA, March 6 (Reuters) - A bus carrying 38 passengers "
        "plunged into a ravine in Peru's Apurimac region on Monday, killing at least 21 people, police said.\n",
        published="2034-03-06",
        outlet="Reuters",
        title="Bus plunges into ravine in Peru's Andes, killing 21",
    )


def _local_paper() -> object:
    return make_article(
        "Death toll from Abancay bus crash rises to 23\nThe death toll from Monday's bus crash near Abancay rose to 23 "
        "on Tuesday after two injured passengers died in hospital, the regional health directorate said.\n",
        published="2034-03-07",
        outlet="El Comercio",
        title="Death toll from Abancay bus crash rises to 23",
    )


def _bolivia() -> object:
    return make_article(
        "Bolivian bus collision kills 26\nLA PAZ, Bolivia (AP) - Two buses collided on a highway near Oruro in "
        "western Bolivia on Monday, killing 26 people, police said.\n",
        published="2034-03-06",
        outlet="AP",
        title="Bolivian bus collision kills 26",
    )


def _roundup() -> object:
    return make_article(
        "The Andes' deadly roads\nTwo crashes in the Andes on Monday killed at least 49 people. In Peru, a bus "
        "plunged into a ravine near Abancay, killing 23. In Bolivia, 26 people died when two buses collided near "
        "Oruro.\n",
        published="2034-03-08",
        outlet="BBC",
        title="The Andes' deadly roads",
    )


def test_two_crashes_counted_together_are_no_value_of_either() -> None:
    links = links_of(_peru(), _local_paper(), _bolivia(), _roundup())
    for one in ("killing at least 21", "rose to 23", "killing 26 people"):
        assert set(relations_between(links, "killed at least 49", one)) <= {"related"}, links


def _first_exchange() -> object:
    return make_article(
        "Two hostages freed as truce begins\nNICOSIA, May 4 (Reuters) - Two hostages were released on Sunday as a "
        "truce took effect, and the government freed 75 prisoners hours later, officials said.\n",
        published="2036-05-04",
        outlet="Reuters",
        title="Two hostages freed as truce begins",
    )


def test_prisoners_a_state_frees_are_no_count_of_hostages_freed() -> None:
    first = make_article(
        "Three hostages freed as truce takes effect\nNICOSIA, Jan 19 (Reuters) - Three Varan hostages were released "
        "on Sunday as a truce in Teshen took effect, and Varan freed 90 Oster prisoners hours later, officials said.\n",
        published="2034-01-19",
        outlet="Reuters",
        title="Three hostages freed as truce takes effect",
    )
    later = make_article(
        "Exchange: 3 hostages, 183 prisoners freed\nThree more hostages were freed on Saturday, bringing to 10 the "
        "number released since the truce began, while Varan released 183 Oster prisoners.\n",
        published="2034-02-01",
        outlet="Times of Teshen",
        title="Exchange: 3 hostages, 183 prisoners freed",
    )
    links = links_of(first, later)
    assert set(relations_between(links, "freed 90 Oster prisoners", "Three more hostages")) <= {"related"}, links


def test_the_count_of_the_next_exchange_is_no_value_of_the_first() -> None:
    second = make_article(
        "Four hostages freed\nFour hostages were released on Saturday in the second exchange under the truce, "
        "officials said.\n",
        published="2036-05-11",
        outlet="AP",
        title="Four hostages freed",
    )
    links = links_of(_first_exchange(), second)
    assert set(relations_between(links, "in the second exchange", "Two hostages were released")) <= {"related"}, links


def _shootings() -> tuple[object, object, object]:
    chicago = make_article(
        "4 killed, 18 wounded at Chicago block party\nCHICAGO (AP) - Four people were killed and 18 wounded when "
        "gunmen opened fire on a block party on Chicago's West Side late Saturday, police said.\n",
        published="2036-06-22",
        outlet="AP",
        title="4 killed, 18 wounded at Chicago block party",
    )
    philadelphia = make_article(
        "Gunfire at Philadelphia park leaves 3 dead\nPHILADELPHIA (AP) - Three people were killed and 9 wounded when "
        "a gunman opened fire in a crowded park in west Philadelphia late Saturday, police said.\n",
        published="2036-06-22",
        outlet="AP",
        title="Gunfire at Philadelphia park leaves 3 dead",
    )
    roundup = make_article(
        "A weekend of shootings\nAt least seven people were killed and 27 wounded in mass shootings in Chicago and "
        "Philadelphia over the weekend, police said.\nIn Chicago, four people died and 18 were wounded at a block "
        "party on the West Side.\n",
        published="2036-06-23",
        outlet="Reuters",
        title="A weekend of shootings",
    )
    return chicago, philadelphia, roundup


def test_shootings_in_two_cities_counted_together_are_no_value_of_either() -> None:
    links = links_of(*_shootings())
    assert set(relations_between(links, "in mass shootings in Chicago", "in west Philadelphia")) <= {"related"}, links


def test_a_roundups_sentence_opening_in_a_city_is_no_value_of_another_citys_count() -> None:
    links = links_of(*_shootings())
    assert not relations_between(links, "In Chicago, four people died", "in west Philadelphia"), links


def test_tolls_of_the_same_fires_counted_together_still_update_each_other() -> None:
    first = make_article(
        "Two wildfires kill five\nLOS ANGELES, Jan 9 (Reuters) - Two wildfires fanned by strong winds have killed at "
        "least five people in Los Angeles County, officials said on Thursday.\n",
        published="2036-01-09",
        outlet="Reuters",
        title="Two wildfires kill five",
    )
    later = make_article(
        "Death toll in Los Angeles fires rises to 16\nLOS ANGELES (AP) - The death toll from the wildfires in Los "
        "Angeles County rose to 16 on Sunday, the county medical examiner said.\n",
        published="2036-01-12",
        outlet="AP",
        title="Death toll in Los Angeles fires rises to 16",
    )
    links = links_of(first, later)
    assert "updates" in relations_between(links, "rose to 16", "killed at least five"), links


def test_a_victim_told_by_rank_is_the_toll_not_the_next_happening() -> None:
    first = make_article(
        "4 killed, 20 wounded in shooting at Chicago block party\nCHICAGO (AP) - Four people were killed and 20 wounded "
        "when gunmen opened fire on a block party on Chicago's South Side late Saturday, police said.\n",
        published="2036-06-22",
        outlet="AP",
        title="4 killed, 20 wounded in shooting at Chicago block party",
    )
    later = make_article(
        "Block party shooting: fifth victim dies\nA fifth person has died after a mass shooting at a South Side block "
        "party, the Cook County medical examiner's office said Monday.\n",
        published="2036-06-23",
        outlet="Chicago Tribune",
        title="Block party shooting: fifth victim dies",
    )
    links = links_of(first, later)
    assert "updates" in relations_between(links, "A fifth person has died", "Four people were killed"), links


def test_a_nationality_opening_a_sentence_places_no_tally() -> None:
    from corpus.pipeline import extract
    from corpus.xref.features import features
    from corpus.xref.places import _placed_by_words

    article = make_article(
        "Pirates and heat\nThe Indian navy has captured 23 Somali pirates who were about to board a vessel in the Gulf "
        "of Aden.\nSpain's mortality monitoring system now attributes 412 deaths to the heat.\n",
        published="2036-12-13",
    )
    placed = {c.text[:10]: _placed_by_words(features(c, article)) for c in extract([article]).claims}
    assert placed["The Indian"] == frozenset() and placed["Spain's mo"] == {"Spain"}, placed
