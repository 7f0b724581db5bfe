"""Figures: numerals, ranges, money, percentages, number words, vague amounts, modifiers, measures."""

from __future__ import annotations

import pytest

from corpus.extract.dates import find_dates
from corpus.extract.quantities import find_quantities


def _q(text: str):
    return find_quantities(text, 0, find_dates(text))


@pytest.mark.parametrize(
    "text, surface, value, low, high, unit, measure",
    [
        ("Officials said 1,250 people were killed in the floods.", "1,250", 1250, 1250, 1250, "people", "killed"),
        ("At least 40 miners were injured.", "At least 40", 40, 40, None, "miner", "wounded"),
        (
            "More than 3,000 troops were deployed to the border.",
            "More than 3,000",
            3000,
            3000,
            None,
            "troop",
            "troops deployed",
        ),
        # approximate: the figure as stated, no invented interval
        ("The army sent about 500 soldiers.", "about 500", 500, 500, 500, "soldier", "troops deployed"),
        ("Nearly 90 civilians died.", "Nearly 90", 90, 90, 90, "civilian", "killed"),
        ("Up to 8,000 people may need housing.", "Up to 8,000", 8000, None, 8000, "people", "people"),
        ("Estimates put casualties at >1,200 killed/wounded.", ">1,200", 1200, 1200, None, "people", "casualties"),
        ("Between 1,500 and 2,000 workers walked out.", "1,500 and 2,000", None, 1500, 2000, "worker", "strikers"),
        ("The fighting left 300-450 dead.", "300-450", None, 300, 450, "people", "killed"),
        ("Each recruit is paid $1,500 monthly per soldier.", "$1,500", 1500, 1500, 1500, "USD", "payment per person"),
        ("The deal is worth $1.2 billion.", "$1.2 billion", 1.2e9, 1.2e9, 1.2e9, "USD", "amount"),
        ("Inflation reached 6.1% last year.", "6.1%", 6.1, 6.1, 6.1, "percent", "inflation rate"),
        ("The casualty rate exceeds 20 percent.", "exceeds 20 percent", 20, 20, None, "percent", "casualty rate"),
        ("Six firefighters were killed.", "Six", 6, 6, 6, "firefighter", "killed"),
        ("A strike killed more than 20 soldiers, including six officers.", "six", 6, 6, 6, "officer", "killed"),
        # Officers named by a civil service are no troops: police are not compared with an army's deployments.
        ("The city sent 2,500 police officers to the stadium.", "2,500", 2500, 2500, 2500, "officer", "people"),
        ("The army sent 400 officers to the front.", "400", 400, 400, 400, "officer", "troops deployed"),
        ("The death toll has risen to 87, the ministry said.", "87", 87, 87, 87, "people", "killed"),
        ("The quake killed 42 people and injured 300 more.", "300", 300, 300, 300, "people", "wounded"),
    ],
)
def test_quantity(text, surface, value, low, high, unit, measure) -> None:
    found = {q.text: q for q in _q(text)}
    assert surface in found, [q.text for q in found.values()]
    q = found[surface]
    assert (q.value, q.unit, q.measure) == (value, unit, measure)
    assert q.low == pytest.approx(low) if low is not None else q.low is None
    assert q.high == pytest.approx(high) if high is not None else q.high is None
    assert text[q.start : q.end] == q.text


@pytest.mark.parametrize(
    "text",
    [
        "The pact was signed in 2024 and renewed in June 2025.",
        "Resolution 2397 bans the practice.",
        "Jets included B-52 bombers and F-35 fighters.",
        "The COVID-19 pandemic hit in late 2019.",
        "The attack came on Oct. 3 and again on April 28.",
        "Flight MH17 and Route 9 were closed at 10:30.",
        "The two nations signed a deal.",
        "He spoke on Channel One about the 38th parallel.",
    ],
)
def test_not_quantities(text) -> None:
    assert [q.text for q in _q(text)] == []


def test_flattened_table_cells_never_glue_the_year_to_the_figure() -> None:
    found = _q("April 2025600 killed, 4,100 woundedHealth Office")
    assert [(q.value, q.measure) for q in found] == [(600, "killed"), (4100, "wounded")]
    found = _q("Late 2024-Early 20253,800-4,000 killed/wounded")
    assert [(q.low, q.high, q.measure) for q in found] == [(3800, 4000, "casualties")]


def test_vague_amounts_are_intervals_without_a_point_value() -> None:
    (q,) = _q("Officials said several thousand soldiers are training.")
    assert (q.vague, q.value, q.low, q.high) == (True, None, 2000, 10000)
    (q,) = _q("Dozens of people were hurt.")
    assert q.vague and q.value is None and (q.low, q.high) == (12, 120)


def test_a_time_span_is_a_figure_with_a_duration_unit() -> None:
    assert [(q.value, q.unit) for q in _q("The last stoppage lasted 11 days.")] == [(11, "day")]
    assert [(q.value, q.unit) for q in _q("The deal was agreed within three months.")] == [(3, "month")]
    assert [(q.value, q.unit) for q in _q("Fusion could feed the grid in 15 years.")] == [(15, "year")]


def test_offsets_are_body_offsets() -> None:
    text = "Police said 14 people were arrested."
    (q,) = find_quantities(text, 1000, [])
    assert (q.start, q.end) == (1012, 1014)


def test_a_running_total_counts_what_the_figure_before_it_counts() -> None:
    found = _q("The North sent another 1,000 to 3,000 troops, raising the total to around 14,000.")
    assert [(q.text, q.measure) for q in found] == [
        ("1,000 to 3,000", "troops deployed"),
        ("around 14,000", "troops deployed"),
    ]


def test_a_number_that_labels_a_day_or_a_place_is_not_a_figure_nor_a_year() -> None:
    from corpus.extract.dates import find_dates
    from corpus.extract.quantities import find_quantities

    def figures(sentence: str) -> list[str]:
        return [sentence[q.start : q.end] for q in find_quantities(sentence, 0, find_dates(sentence))]

    assert figures("Officials said 1,000 troops moved on day 77.") == ["1,000"]
    assert figures("Residents of village 1900 said 12 people died.") == ["12"]
    assert find_dates("Residents of village 1900 said 12 people died.") == []
    assert figures("Shelling on day 3 of the offensive killed 40 soldiers.") == ["40"]
    # a counted noun after the number: a count, not a label
    assert figures("In a single day 300 people were killed.") == ["300"]
    assert figures("In one village 200 homes were destroyed.") == ["200"]
    assert [d.text for d in find_dates("By 1900 the village had 300 residents.")] == ["1900"]


def test_counts_are_written_with_thousands_separators() -> None:
    from corpus.display import counted, format_number

    assert counted(1, "claim") == "1 claim"
    assert counted(12480, "entity", "entities") == "12,480 entities"
    assert format_number(6600.000000000001) == "6,600"


def test_number_as_a_verb_before_a_figure_counts() -> None:
    assert [q.value for q in _q("The stranded lorry drivers now number 240.")] == [240]
    assert [q.value for q in _q("The volunteers, who number about 300, camp by the river.")] == [300]
    # a label stays a label
    assert _q("The striker wore number 19 last season.") == []
