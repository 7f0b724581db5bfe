"""A story that names no country but its regions ("in Yen Bai province") is that country's: its toll is no value of
another country's toll of the same storm. Our own sentences, an invented typhoon."""

from tests.engine.conftest import links_across

_REGIONS_ONLY = (
    "Koru toll climbs to 143\nThe death toll from Typhoon Koru and the floods that followed rose to 143 on "
    "Wednesday, with 58 people missing, the disaster management agency said.\nA landslide buried homes in Yen Bai "
    "province, the agency said.",
    "2031-09-11",
    "Morning Courier",
)
_ANOTHER_COUNTRY = (
    "Myanmar flood toll from Koru rises\nFloods triggered by Typhoon Koru have killed 226 people in Myanmar, with 77 "
    "missing, the military government said on Tuesday.",
    "2031-09-17",
    "Wire Service",
)


def test_a_toll_in_a_story_of_one_countrys_regions_is_not_anothers() -> None:
    links = links_across([_REGIONS_ONLY, _ANOTHER_COUNTRY])
    assert [r for r, x, y in links if r != "related" and "143" in x + y and "226" in x + y] == []


def test_the_same_countrys_later_toll_still_updates() -> None:
    later = (
        "Vietnam typhoon toll rises to 254\nThe death toll from Typhoon Koru in Vietnam has risen to 254, with 82 "
        "people still missing, the government said on Friday.",
        "2031-09-13",
        "Wire Service",
    )
    links = links_across([_REGIONS_ONLY, later])
    assert "updates" in [r for r, x, y in links if "143" in x + y and "254" in x + y]


def test_a_villages_toll_is_no_value_of_a_countrys() -> None:
    national = (
        "Koru toll in Vietnam rises to 59\nThe death toll from Typhoon Koru in Vietnam rose to 59 on Monday, with "
        "dozens missing after landslides and floods in the north, state media said.",
        "2031-09-09",
        "Wire Service",
    )
    village = (
        "Koru toll climbs to 143 as village buried\nThe death toll from Typhoon Koru and the floods that followed rose "
        "to 143 on Wednesday, with 58 people missing, the disaster management agency said.\nA flash flood buried the "
        "village of Dorne in Yen Bai province, killing at least 30 residents.",
        "2031-09-11",
        "Morning Courier",
    )
    links = links_across([national, village])
    assert [r for r, x, y in links if r != "related" and "Dorne" in x + y and "59" in x + y] == []
