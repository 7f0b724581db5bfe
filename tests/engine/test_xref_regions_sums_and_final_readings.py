"""A region's statistic is not its country's ("Consumer prices in Catalonia rose 3.1%" / "Spanish inflation rose to
2.9%"); a figure summed over two places is no value of one of them; and a country's final reading of a month's
statistic corroborates its flash estimate, though told ten days later and worded otherwise (sentences written for
these tests)."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between

_STRONG = {"corroborates", "conflicts", "updates"}


def test_a_regions_inflation_is_not_its_countrys() -> None:
    national = make_article(
        "Spanish inflation rises to 2.9% in March\nMADRID, April 1 (Reuters) - Spanish inflation rose to 2.9% in March "
        "from 2.7% in February, the national statistics institute said on Tuesday.\nIn Andalusia, the most "
        "populous region, annual inflation rose to 2.8%.\n",
        published="2036-04-01",
        outlet="Reuters",
        title="Spanish inflation rises to 2.9% in March",
    )
    regional = make_article(
        "Catalan prices climb 3.1%\nConsumer prices in Catalonia rose 3.1% in March from a year earlier, the regional "
        "statistics office said on Tuesday.\nIn Aragon, inflation reached 2.9%.\n",
        published="2036-04-01",
        outlet="La Vanguardia",
        title="Catalan prices climb 3.1%",
    )
    links = links_of(national, regional)
    assert not _STRONG & set(relations_between(links, "Consumer prices in Catalonia", "Spanish inflation rose")), links
    assert not _STRONG & set(relations_between(links, "In Aragon", "Spanish inflation rose")), links
    assert not _STRONG & set(relations_between(links, "In Andalusia", "Spanish inflation rose")), links


def test_a_countrys_final_reading_corroborates_its_flash_estimate() -> None:
    flash = make_article(
        "Austrian inflation rises to 3.1% in March\nVIENNA, April 1 (Reuters) - Austrian inflation rose to 3.1% in "
        "March from 2.9% in February, a flash estimate from the statistics office showed on Tuesday.\nEconomists "
        "had expected a rate of 2.9%.\nIn Styria, the second most populous state, annual inflation rose to 3.0%.\n",
        published="2036-04-01",
        outlet="Reuters",
        title="Austrian inflation rises to 3.1% in March",
    )
    final = make_article(
        "Austrian inflation confirmed at 3.1%\nAustria's annual inflation rate for March was confirmed at 3.1%, the "
        "statistics office Statistik Austria said on Thursday.\nCore inflation stayed at 2.8%.\n",
        published="2036-04-10",
        outlet="Bloomberg",
        title="Austrian inflation confirmed at 3.1%",
    )
    links = links_of(flash, final)
    assert "corroborates" in relations_between(links, "was confirmed at 3.1%", "Austrian inflation rose"), links
    assert not _STRONG & set(relations_between(links, "was confirmed at 3.1%", "In Styria")), links


def test_a_sum_over_two_provinces_is_no_value_of_one() -> None:
    first = make_article(
        "Wildfires force 9,000 from homes in Alberta\nEDMONTON - Wildfires forced about 9,000 people from their homes "
        "in Alberta on Tuesday, the provincial government said.\n",
        published="2036-05-13",
        outlet="CBC News",
        title="Wildfires force 9,000 from homes in Alberta",
    )
    later = make_article(
        "Wildfires force 15,000 from homes in two provinces\nWildfires in the provinces of Alberta and British Columbia "
        "have forced more than 15,000 people from their homes, officials said on Friday.\n",
        published="2036-05-16",
        outlet="Reuters",
        title="Wildfires force 15,000 from homes in two provinces",
    )
    links = links_of(first, later)
    assert not _STRONG & set(relations_between(links, "provinces of Alberta and British", "about 9,000 people")), links


def test_an_average_is_no_value_of_a_days_count() -> None:
    month = make_article(
        "Varnian losses average 1,300 a day\nThe average daily casualties of Varnian forces in May were about 1,300, "
        "the defence ministry said in an intelligence update on Saturday.\n",
        published="2036-06-07",
        outlet="BBC News",
        title="Varnian losses average 1,300 a day",
    )
    day = make_article(
        "Varnia loses 1,150 troops in a day\nVarnian forces suffered 1,150 casualties over the past day, the general "
        "staff said on Thursday.\n",
        published="2036-06-12",
        outlet="Kyiv Independent",
        title="Varnia loses 1,150 troops in a day",
    )
    links = links_of(month, day)
    assert not _STRONG & set(relations_between(links, "1,150 casualties over the past day", "average daily")), links


def test_a_products_sales_are_no_value_of_another_companys_revenue() -> None:
    phones = make_article(
        "Pear beats estimates with $61.2 billion in revenue\nPear reported revenue of $61.2 billion for its second "
        "quarter on Thursday, up 4% from a year earlier.\nTablet sales rose 2% to $18.3 billion.\n",
        published="2036-05-01",
        outlet="CNBC",
        title="Pear beats estimates with $61.2 billion in revenue",
    )
    software = make_article(
        "Korvex revenue rises 9% to $22.4 billion\nKorvex reported third-quarter revenue of $22.4 billion on "
        "Wednesday, up 9% from a year earlier.\n",
        published="2036-04-30",
        outlet="Reuters",
        title="Korvex revenue rises 9% to $22.4 billion",
    )
    again = make_article(
        "Pear's quarter: revenue up 4%\nPear's revenue for the January-to-March quarter came in at $61.2 billion, the "
        "company said.\n",
        published="2036-05-02",
        outlet="The Verge",
        title="Pear's quarter: revenue up 4%",
    )
    links = links_of(phones, software, again)
    assert not _STRONG & set(relations_between(links, "Tablet sales rose", "Korvex reported")), links
    assert "corroborates" in relations_between(links, "came in at $61.2 billion", "Pear reported revenue"), links


def test_a_continents_cases_are_no_value_of_one_countrys() -> None:
    first = make_article(
        "Dengue spreads in Vietnam\nGENEVA, Aug 14 (Reuters) - More than 6,100 cases and 40 deaths have been reported "
        "in Vietnam this year, the WHO said on Wednesday.\n",
        published="2036-08-14",
        outlet="Reuters",
        title="Dengue spreads in Vietnam",
    )
    country = make_article(
        "Vietnam dengue cases pass 7,000\nVietnam has recorded more than 7,000 suspected dengue cases so far this year, "
        "the health minister said on Friday.\n",
        published="2036-08-22",
        outlet="BBC News",
        title="Vietnam dengue cases pass 7,000",
    )
    continent = make_article(
        "Asia's dengue cases top 9,000\nAsia has recorded more than 9,000 dengue cases this year, the WHO regional "
        "office said on Thursday, most of them in Vietnam.\n",
        published="2036-09-04",
        outlet="Al Jazeera",
        title="Asia's dengue cases top 9,000",
    )
    links = links_of(first, country, continent)
    assert not _STRONG & set(relations_between(links, "Asia has recorded", "Vietnam has recorded")), links
    assert not _STRONG & set(relations_between(links, "Asia has recorded", "reported in Vietnam")), links
    assert "updates" in relations_between(links, "Vietnam has recorded", "reported in Vietnam"), links
