"""A country named as where visitors came from, under a lead on another country's arrivals ("Malaysia remained the
largest source market with 420,000 visitors" in a report of Thailand's), gives no figure of that country's own: it
neither disputes nor revises the count the other country's report leads with ("Malaysia welcomed 1.6 million foreign
visitors"). Our own sentences."""

from tests.engine.conftest import links_across


def test_a_source_markets_count_is_no_dispute_of_that_countrys_own_count() -> None:
    thailand = (
        "Thailand draws 2.9 million visitors in March\nBANGKOK, April 18 (Reuters) - Thailand received 2.9 million "
        "foreign visitors in March, the tourism ministry said on Friday.\nMalaysia remained the largest source market "
        "with 420,000 visitors, followed by China.\nHotels in Phuket reported full bookings.",
        "2031-04-18",
        "Reuters",
    )
    malaysia = (
        "Malaysia welcomes record 1.6 million tourists in March\nKUALA LUMPUR, April 18 (Bernama) -- Malaysia "
        "welcomed 1.6 million foreign visitors in March, the most for any month, Tourism Malaysia said on Friday.\n"
        "Visitors from Singapore were the largest group.",
        "2031-04-18",
        "Bernama",
    )
    links = links_across([thailand, malaysia])
    assert [r for r, x, y in links if r in ("conflicts", "updates") and "420,000" in x + y] == [], links
