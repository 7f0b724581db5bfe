"""An undated explainer's sentence retelling the event in the report's own words, naming its place, is a value of the
report's series, though the rest of the explainer is about much else (sentences written for these tests)."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_an_explainers_retelling_of_the_fire_updates_the_dated_reports_area() -> None:
    report = make_article(
        "Wildfire north of Madrid burns 6,000 hectares\nMADRID, Aug 4 (Reuters) - A wildfire that broke out on "
        "Friday north of Madrid has burned about 6,000 hectares of forest, Spain's civil protection agency said on "
        "Saturday.\n",
        published="2040-08-04",
        outlet="Reuters",
        title="Wildfire north of Madrid burns 6,000 hectares",
    )
    explainer = make_article(
        "Explainer: why Spain's summers keep burning\nSpain's central plateau has grown hotter and drier over the past "
        "decade, and its abandoned farmland fills with scrub that spreads flames quickly.\nThe fire that swept north of "
        "Madrid this month burned about 9,000 hectares, according to the EU's Copernicus satellite service.\nScientists "
        "blame "
        "a drought that has lasted more than ten years, which climate researchers link to warming seas.\nVillages "
        "in the interior have lost most of their people since the 1970s.\nVolunteer firefighters, "
        "who staff most of the country's brigades, say they lack trucks and radios.\nParliament is debating a law that "
        "would ban building on burned land for a decade.\n",
        published=None,
        outlet="The Local Spain",
        title="Explainer: why Spain's summers keep burning",
    )
    links = links_of(report, explainer)
    assert "updates" in relations_between(links, "about 9,000 hectares", "about 6,000 hectares"), links
