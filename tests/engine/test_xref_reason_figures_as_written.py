"""A link's reason shows a figure as the text gives it: a vague amount ("dozens") never as the bounds a
comparison gives it, as if a source had reported them; a counted noun in its own plural ("620,000 vehicles",
not "vehicle"); a bound in its own words; passengers and crew as told; an age as given. Sentences written for
these tests."""

from __future__ import annotations

from .conftest import links_between, links_of, make_article

# (headline, body, published) of a report
Report = tuple[str, str, str]


def _reasons(first: Report, later: Report, a: str, b: str) -> list[str]:
    """The reasons of the links between a claim holding ``a`` and one holding ``b`` (at least one)."""
    articles = [
        make_article(f"{title}\n{body}\n", published=day, outlet=outlet, title=title)
        for (title, body, day), outlet in ((first, "Wire"), (later, "Daily"))
    ]
    reasons = [why for _, why in links_between(links_of(*articles), a, b)]
    assert reasons, reasons
    return reasons


def test_dozens_injured_is_shown_as_dozens() -> None:
    reasons = _reasons(
        (
            "Crush at Ravenna stadium",
            "At least nine people were killed and dozens injured when a crush broke out at the Ravenna stadium on "
            "Saturday, police said.",
            "2026-04-11",
        ),
        (
            "Ravenna toll rises",
            "The death toll from Saturday's crush at the Ravenna stadium has risen to 13, the regional health service "
            "said on Monday.",
            "2026-04-13",
        ),
        "At least nine",
        "has risen to 13",
    )
    assert all("dozens wounded" in why and "12-" not in why for why in reasons), reasons


def test_a_counted_noun_is_shown_as_the_claim_writes_it() -> None:
    reasons = _reasons(
        (
            "Orsa recalls 210,000 cars",
            "Orsa Motors said on Tuesday it would recall about 210,000 cars worldwide over a faulty brake sensor.",
            "2026-02-03",
        ),
        (
            "Orsa widens recall",
            "Orsa Motors has widened its brake sensor recall to 330,000 cars worldwide, the company said in a filing "
            "on Friday.",
            "2026-03-06",
        ),
        "about 210,000",
        "330,000 cars",
    )
    assert all("330,000 cars" in why and "210,000 cars" in why for why in reasons), reasons


_CRASH = (
    "Plane crashes in Andes",
    "A plane with 54 people on board crashed after take-off from Cuzco on Sunday, the civil aviation authority said.\n"
    "The jet was carrying 50 passengers and four crew, the airline said.\n"
    "At least 30 bodies have been recovered, a police official said.",
    "2026-01-11",
)
_BODIES_FOUND = (
    "Andes crash: 49 bodies found",
    "Rescuers have recovered 49 bodies from the wreckage of a plane that crashed in the Andes on Sunday, and five "
    "people remain missing, the army said on Monday.",
    "2026-01-12",
)


def test_passengers_and_crew_are_shown_as_told_not_as_a_range() -> None:
    reasons = _reasons(_CRASH, _BODIES_FOUND, "54 people on board", "50 passengers and four crew")
    assert all("50 passengers and 4 crew" in why and "54 people" in why for why in reasons), reasons
    assert not any("50-54" in why for why in reasons), reasons


def test_the_dead_are_no_count_of_those_who_remain() -> None:
    reasons = _reasons(_CRASH, _BODIES_FOUND, "recovered 49 bodies", "At least 30 bodies")
    assert not any("those who remain" in why for why in reasons), reasons


def test_an_age_is_given_not_counted() -> None:
    reasons = _reasons(
        (
            "Painter Ada Lorne dies at 91",
            "Painter Ada Lorne has died at the age of 91, her family said on Wednesday.",
            "2026-02-11",
        ),
        ("Ada Lorne obituary", "Ada Lorne, whose seascapes hang in the Tate, died on Tuesday aged 91.", "2026-02-11"),
        "has died at the age",
        "died on Tuesday",
    )
    assert all("aged 91" in why and "casualties" not in why for why in reasons), reasons


def test_a_bound_is_worded_as_the_text_words_it() -> None:
    reasons = _reasons(
        (
            "Thousands march in Velmar",
            "Organisers said 60,000 people took part in Saturday's march in Velmar against the new media law.",
            "2026-05-16",
        ),
        (
            "Government plays down Velmar march",
            "The government spokesman said on Sunday that fewer than 15,000 people had attended Saturday's march in "
            "Velmar, dismissing the organisers' figures.",
            "2026-05-17",
        ),
        "fewer than 15,000",
        "60,000 people",
    )
    assert all("fewer than 15,000" in why and "up to 15,000" not in why for why in reasons), reasons
