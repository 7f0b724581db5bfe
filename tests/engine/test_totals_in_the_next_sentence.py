"""A new total told in the sentence after the count or the sum it adds to, naming nothing it counts ("45 new dengue
cases were reported on Monday. That brings the total this year to 310.") is the total of what the sentence before
counted: its measure, as a level, never that count's change. Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.model import Article

from .conftest import links_across


def _figures(body: str) -> list[tuple[str, str | None, str | None, str, str | None]]:
    claims, _ = extract_article(Article("tt", "Outbreak", None, [], "2026-06-10", False, "tt.txt", body + "\n"))
    return [(q.text, q.unit, q.measure, q.change, q.counted) for c in claims for q in c.quantities]


@pytest.mark.parametrize(
    "body, total, unit, measure",
    [
        (
            "Officials reported 45 new dengue cases on Monday. That brings the total this year to 310.",
            "310",
            "case",
            "cases",
        ),
        (
            "The coastguard rescued 12 more migrants on Sunday. That takes the total since Friday to 87.",
            "87",
            "migrant",
            "rescued",
        ),
        ("The district reported 14 cases on Monday. Its total rose to 96.", "96", "case", "cases"),
        (
            "The club sold 900 more season tickets this week. The total now stands at 18,300.",
            "18,300",
            "ticket",
            "sales",
        ),
    ],
)
def test_a_total_in_the_next_sentence_counts_what_the_count_before_counted(
    body: str, total: str, unit: str, measure: str
) -> None:
    figures = {text: (u, m, change, counted) for text, u, m, change, counted in _figures(body)}
    got_unit, got_measure, change, counted = figures[total]
    assert (got_unit, got_measure, change) == (unit, measure, "=")
    assert counted is not None and not counted.startswith(("new ", "more "))  # the total counts cases, not new ones


def test_a_sum_brought_to_a_total_takes_the_sums_family() -> None:
    figures = _figures("The fund raised £1.2m in donations last month. Its total now stands at £9.6m.")
    assert [(text, measure) for text, _, measure, _, _ in figures] == [("£1.2m", "donations"), ("£9.6m", "donations")]


@pytest.mark.parametrize(
    "body",
    [
        # the count is two sentences back
        "Police made 14 more arrests overnight. Officers were out in force. The total now stands at 96.",
        # "the total bill" names its own thing
        "Police made 14 more arrests overnight. The total bill stands at 96,000.",
    ],
)
def test_a_total_not_right_after_the_count_or_of_another_thing_is_left_alone(body: str) -> None:
    last = _figures(body)[-1]
    assert last[2] != "detained" and last[1] != "arrest"


def test_a_sum_in_another_currency_is_no_total_of_it() -> None:
    figures = _figures("The fund raised £1.2m in donations last month. Its total now stands at $9.6m.")
    assert figures[-1][2] != "donations"


def test_a_total_told_after_its_increment_updates_an_earlier_reports_total() -> None:
    stories = [
        (
            "Measles outbreak grows in Harlow\n\nHealth officials in Harlow have confirmed 214 measles cases since "
            "January, the county said on Monday.\n",
            "2026-04-13",
            "Harlow Echo",
        ),
        (
            "Harlow measles cases rise again\n\nHealth officials in Harlow confirmed 38 new measles cases on Tuesday. "
            "That brings the total since January to 252, the county said.\n",
            "2026-04-15",
            "County Post",
        ),
    ]
    links = links_across(stories)
    assert any(rel == "updates" and "252" in a and "214" in b for rel, a, b in links)
    assert not any(rel in ("updates", "conflicts", "corroborates") and "38 new" in a for rel, a, _ in links)
