"""A headline is a claim of its article's day: it links the same event's lines in other articles, but its few words
fit many happenings, so against a report of another time or event it is at most related. Our own sentences."""

from tests.engine.conftest import links_across

_HEADLINE = "Climber dies in fall on Mount Ostra"
_FIRST = (
    f"{_HEADLINE}\nA climber died after falling 300 metres from a ridge on Mount Ostra on Saturday, rescuers said.\n",
    "2031-03-02",
    "Alpine Wire",
)


def test_a_headline_links_the_same_events_report_in_another_article() -> None:
    same_day = (
        "Rescuers recover climber's body\nA climber died after falling 300 metres from a ridge on Mount Ostra on "
        "Saturday, the mountain rescue service said.\n",
        "2031-03-02",
        "Valley News",
    )
    links = links_across([_FIRST, same_day])
    assert [r for r, x, y in links if _HEADLINE in (x, y)], links


def test_a_headline_against_a_report_weeks_later_is_at_most_related() -> None:
    weeks_later = (
        "Second death on the mountain\nA climber died after falling from a ridge on Mount Ostra on Sunday, the "
        "mountain rescue service said.\n",
        "2031-03-23",
        "Valley News",
    )
    links = links_across([_FIRST, weeks_later])
    told = [r for r, x, y in links if _HEADLINE in (x, y)]
    assert told and set(told) == {"related"}, links


def test_one_survived_and_one_died_is_no_same_report() -> None:
    died = (
        "Skier killed in avalanche near Brenno\nA skier was killed by an avalanche above Brenno on Friday, police "
        "said.\n",
        "2031-02-06",
        "Alpine Wire",
    )
    survived = (
        "Skier rescued near Brenno\nA skier has survived two nights in a snow hole above Brenno after an avalanche "
        "swept away his friend, police said.\n",
        "2031-02-07",
        "Valley News",
    )
    links = links_across([died, survived])
    assert not [r for r, x, y in links if r == "corroborates" and "survived" in x + y], links
