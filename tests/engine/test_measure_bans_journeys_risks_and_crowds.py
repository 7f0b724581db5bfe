"""What a span of time, a percentage or a count measures where the words around it name it (issue 13): a ban, a
strike, hours of community service or of sunshine, how long a road was closed, how long a journey takes, a risk moved
by so many percent, a battery's capacity, a crowd told with its adjective or by the place it packed, people without a
job or watching a broadcast, what someone is paid by the hour (a payment per period, as by the week), lives claimed,
branches that will close and sailings scrapped. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article

from .conftest import make_article


def _figure(sentence: str, figure: str):
    claims, _ = extract_article(make_article(sentence + "\n"))
    return next(q for c in claims for q in c.quantities if q.text.endswith(figure))


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        ("The haulier was banned from driving for 3 years.", "3 years", "driving ban"),
        ("The jockey was banned for 21 days for careless riding.", "21 days", "ban"),
        ("Bus drivers will walk out for 72 hours next week.", "72 hours", "strike"),
        ("The teenager must complete 150 hours of unpaid work.", "150 hours", "community service"),
        ("The resort logged 2,012 hours of sunshine last year.", "2,012 hours", "sunshine"),
        ("The bypass was closed in both directions for six hours after a crash.", "six hours", "closure"),
        ("The new bridge will cut the journey time to 14 minutes.", "14 minutes", "journey time"),
        ("Ferries will take 95 minutes between the two islands.", "95 minutes", "journey time"),
        ("The new road will shave 11 minutes off the commute.", "11 minutes", "journey time"),
    ],
)
def test_a_span_of_time_named_by_its_words(sentence: str, figure: str, measure: str) -> None:
    assert _figure(sentence, figure).measure == measure


def test_a_ban_beside_a_prison_term_is_no_prison_term() -> None:
    sentence = "The motorist was jailed for 8 years and banned from driving for 12 years."
    assert (_figure(sentence, "8 years").measure, _figure(sentence, "12 years").measure) == (
        "prison sentence",
        "driving ban",
    )


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        ("Cyclists had an 18% lower risk of heart disease than drivers.", "18%", "risk decrease"),
        ("Night shifts carried a 15% higher risk of injury.", "15%", "risk increase"),
        ("The statin cut the risk of a stroke by 19% in the trial.", "19%", "risk decrease"),
    ],
)
def test_a_risk_moved_by_a_percentage(sentence: str, figure: str, measure: str) -> None:
    assert _figure(sentence, figure).measure == measure


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        ("The tablet ships with an 8,600mAh battery.", "8,600mAh", "battery capacity"),
        ("A sell-out crowd of 41,300 filled the ground.", "41,300", "turnout"),
        ("About 9,000 school leavers remain without a job.", "About 9,000", "unemployed"),
        ("Some 11 million people watched the final on television.", "Some 11 million", "audience"),
        ("Nearly 30,000 packed the square for the concert.", "Nearly 30,000", "turnout"),
        ("Apprentices earn €9.40 per hour in their first year.", "€9.40 per hour", "payment per period"),
        ("The landslide has claimed 26 lives, officials said.", "26", "killed"),
        ("Thirty-one branches of the bank will close next year.", "Thirty-one", "closed"),
        ("The ferry firm scrapped 84 sailings because of the gales.", "84", "cancelled"),
    ],
)
def test_a_count_or_a_size_named_by_its_words(sentence: str, figure: str, measure: str) -> None:
    assert _figure(sentence, figure).measure == measure


def test_what_someone_is_paid_by_the_hour_is_a_payment_and_what_tenants_pay_rent() -> None:
    paid = _figure("Porters will be paid at least £13.10 an hour.", "at least £13.10 an hour")
    rent = _figure("Tenants now pay £1,450 a month for a two-bed flat.", "£1,450 a month")
    assert (paid.measure, rent.measure) == ("payment per period", "rent")


def test_lives_lost_in_camps_are_no_people_sheltered() -> None:
    q = _figure("Measles has claimed 57 lives in the camps this year.", "57")
    assert q.measure == "killed"
