"""An article with no date of its own whose only date is a dateline's day without its year ("DHAKA, April 16 (AFP)
-") is dated that day, estimated: in the year of the latest date its text names, else on or before the day it is
read. Sentences written for these tests."""

from __future__ import annotations

from corpus.extract.article import dated_article, extract_article
from corpus.extract.datelines import infer_published, infer_published_from
from corpus.model import Article


def test_a_datelines_day_takes_the_year_of_a_month_the_text_names() -> None:
    body = "KAMPALA, April 16 (AFP) - Landslides buried 30 homes, police said.\n\nThe rains began in March 2025.\n"
    assert infer_published_from(body, today="2026-12-05") == ("2025-04-16", False)


def test_a_datelines_day_takes_the_year_of_a_bare_year_the_text_names() -> None:
    body = "LIMA, June 2 (Reuters) - The mine produced 410,000 tonnes of copper in 2024, its owner said.\n"
    assert infer_published(body, today="2026-12-05") == "2024-06-02"


def test_a_year_ahead_or_a_periods_start_is_not_the_reports() -> None:
    body = (
        "QUITO, May 9 (AP) - The dam will be finished by 2029, officials said.\n\n"
        "Power cuts are the worst since 2009. Exports will fall in 2027.\n"
    )
    assert infer_published(body, today="2026-12-05") == "2026-05-09"


def test_with_no_year_in_the_text_the_day_falls_on_or_before_the_day_it_is_read() -> None:
    body = "HANOI, November 20 (AFP) - Storms flooded 2,000 hectares of rice.\n"
    assert infer_published(body, today="2026-12-05") == "2026-11-20"
    assert infer_published(body, today="2026-03-01") == "2025-11-20"


def test_the_article_is_marked_estimated_and_its_weekdays_resolve() -> None:
    body = "ACCRA, March 4 (Reuters) - Fuel prices rose 9% on Monday, the regulator said.\n\nThe levy began in 2024.\n"
    dated, floor = dated_article(Article("dl", "Fuel", None, [], None, False, "dl.txt", body))
    assert (dated.published, dated.published_estimated, floor) == ("2024-03-04", True, False)
    claims, _ = extract_article(Article("dl", "Fuel", None, [], None, False, "dl.txt", body))
    assert claims[0].date == "2024-03-04"  # Monday on or before the report's day (March 4, 2024 was a Monday)


def test_a_title_case_place_and_a_date_before_a_colon_is_a_dateline() -> None:
    from corpus.extract.datelines import dateline_at

    found = dateline_at("Sylhet, June 9: Flash floods cut off 40 villages, officials said.")
    assert found is not None and (found.place, found.date_text) == ("Sylhet", "June 9")
    body = "Floods\nSylhet, June 9: Flash floods cut off 40 villages, officials said on Monday.\n"
    assert infer_published(body, today="2026-12-05") == "2026-06-09"
    assert dateline_at("Sylhet, he said: the water keeps rising.") is None
