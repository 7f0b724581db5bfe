"""Units a reader takes from the words around a figure (issue 13): an amount of something said of a time is per that
time ("640,000 litres of river water a day": `litre per day`; was `litre`); after "per" any common noun is what a
measurement is per ("8,250 litres per cow"; a sum stays in its currency), and "per litre of milk" is per litre; a rate per so many
with no noun after the base keeps the base in its unit ("9.1 per 1,000": `per 1000`, the 1,000 no figure of its
own); "cubic kilometres" is a unit; "twenty-foot equivalent units" names a container's size, no length; a move in
points said of a share in a sentence of polls or votes is in percentage points ("38% of voters approve, down 6
points since March"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article

from .conftest import make_article


def _figures(sentence: str):
    claims, _ = extract_article(make_article(sentence + "\n", published="2026-10-20"))
    return [q for c in claims for q in c.quantities]


def _figure(sentence: str, figure: str):
    return next(q for q in _figures(sentence) if q.text.startswith(figure))


@pytest.mark.parametrize(
    "sentence, figure, unit",
    [
        ("The mill pumps 640,000 litres of river water a day into its cooling towers.", "640,000", "litre per day"),
        ("The smelter burns 1.4 million tonnes of coking coal a year.", "1.4 million", "tonne per year"),
        ("The new refinery will process 220,000 barrels of crude a day.", "220,000", "barrel per day"),
        ("The fund will buy back $2bn of its own shares a year.", "$2bn", "USD per year"),
    ],
)
def test_an_amount_of_something_said_of_a_time_is_per_that_time(sentence: str, figure: str, unit: str) -> None:
    assert _figure(sentence, figure).unit == unit


def test_an_amount_of_something_a_time_before_or_after_is_no_rate() -> None:
    assert _figure("The co-operative bought 2 tonnes of grain a year earlier.", "2 tonnes").unit == "tonne"
    assert _figure("The co-operative buys 2 tonnes of grain a year.", "2 tonnes").unit == "tonne per year"


@pytest.mark.parametrize(
    "sentence, figure, unit",
    [
        ("Milk yields on the estate averaged 8,250 litres per cow.", "8,250", "litre per cow"),
        ("Each pallet of the new panels weighs 640 kilograms per crate.", "640", "kilogram per crate"),
        ("Dairy farmers are being paid 38 cents per litre of milk.", "38 cents", "cent per litre"),
    ],
)
def test_after_per_a_common_noun_is_what_the_figure_is_per(sentence: str, figure: str, unit: str) -> None:
    assert _figure(sentence, figure).unit == unit


def test_per_a_word_that_is_no_thing_counted_or_a_sum_per_a_thing_is_no_rate() -> None:
    assert _figure("The tank holds 40 litres per the maker's manual.", "40").unit == "litre"
    # "3 million dollars per vessel" and "3 million dollars each" are one fine, compared in dollars
    assert _figure("Fines could reach 3 million dollars per trawler, the minister said.", "3 million").unit == "USD"
    assert _figure("The tank holds 40 litres per cylinder.", "40").unit == "litre per cylinder"


def test_a_rate_per_so_many_with_no_noun_keeps_its_base() -> None:
    figures = _figures("The birth rate in the province fell to 9.1 per 1,000 in 2024.")
    assert [(q.value, q.unit) for q in figures] == [(9.1, "per 1000")]


def test_cubic_kilometres_are_a_unit() -> None:
    assert _figure("The ice sheet lost 1.2 cubic kilometres of ice in the summer.", "1.2").unit == "cubic kilometre"


def test_a_containers_standard_size_is_no_length() -> None:
    figures = _figures("The terminal handled 6.3 million boxes, counted in twenty-foot equivalent units.")
    assert [q.value for q in figures] == [6300000.0]


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("Only 41% of voters back the mayor, down 5 points since the spring poll.", "5 points"),
        ("Turnout in the by-election fell to 38.5%, six points lower than at the general election.", "six points"),
    ],
)
def test_a_move_in_points_of_a_share_in_a_poll_is_in_percentage_points(sentence: str, figure: str) -> None:
    assert _figure(sentence, figure).unit == "percentage point"


def test_points_of_a_stock_index_stay_points() -> None:
    sentence = "The index fell 300 points, or 0.8%, as voters went to the polls."
    assert _figure(sentence, "300 points").unit == "point"
    sentence = "Only 44% of voters approve of the mayor, down 3 points since June."
    assert _figure(sentence, "3 points").unit == "percentage point"
