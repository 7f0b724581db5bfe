"""Dates: absolute, partial and relative, resolved against the published date."""

from __future__ import annotations

import pytest

from corpus.extract.dates import find_dates, resolve


def _resolve(text: str, published: str | None, estimated: bool = False, previous=None):
    mentions = find_dates(text)
    assert mentions, text
    best = max(mentions, key=lambda d: (d.specificity, -d.start))
    return best.text, resolve(best, published, estimated, previous)


@pytest.mark.parametrize(
    "text, published, estimated, expected",
    [
        ("It happened on October 11, 2024.", "2025-01-02", False, ("October 11, 2024", ("2024-10-11", False))),
        ("Talks began on 3 March 2023 in Geneva.", None, False, ("3 March 2023", ("2023-03-03", False))),
        ("The strike on Oct. 3 killed six.", "2024-10-11", False, ("Oct. 3", ("2024-10-03", False))),
        ("The move was disclosed on April 28.", "2025-04-28", True, ("April 28", ("2025-04-28", True))),
        ("Elections were held in November 2024.", "2025-03-01", False, ("November 2024", ("2024-11", False))),
        ("Figures from December were revised.", "2025-02-10", False, ("from December", ("2024-12", False))),
        ("The spokesman spoke on Thursday.", "2024-10-11", False, ("on Thursday", ("2024-10-10", False))),
        ("Officials said this week that talks stalled.", "2024-10-11", False, ("this week", ("2024-10", True))),
        ("The deal was signed last year.", "2025-06-18", True, ("last year", ("2024", True))),
        ("The leaders met this summer.", "2024-10-11", False, ("this summer", ("2024", True))),
        ("The army withdrew in late 2019.", "2024-01-01", False, ("late 2019", ("2019", True))),
        ("It happened yesterday.", "2024-03-01", False, ("yesterday", ("2024-02-29", False))),
    ],
)
def test_resolution(text, published, estimated, expected) -> None:
    assert _resolve(text, published, estimated) == expected


def test_at_the_time_takes_the_previous_claims_date() -> None:
    assert _resolve("Nobody confirmed it at the time.", "2025-04-28", True, ("2024-11", False)) == (
        "at the time",
        ("2024-11", False),
    )


def test_relative_date_without_a_published_date_is_unknown() -> None:
    assert _resolve("It happened on Thursday.", None) == ("on Thursday", (None, False))


def test_a_year_before_a_counted_noun_is_a_count_not_a_date() -> None:
    assert [d.text for d in find_dates("Some 2000 troops arrived in 2001.")] == ["2001"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The hiker fell about 1900ft from the ridge in 2021.",
        "The hiker fell about 1900 feet from the ridge in 2021.",
        "The hiker fell from a 1900-metre ridge in 2021.",
        "The crane lifted 2000 kg in 2021.",
        "A 2000-strong crowd marched in 2021.",
    ],
)
def test_a_year_before_a_unit_of_length_or_weight_is_a_measure_not_a_date(sentence: str) -> None:
    assert [d.text for d in find_dates(sentence)] == ["2021"]


def test_a_year_after_a_preposition_of_time_stays_a_year_before_a_unit() -> None:
    # (a guard: "in 2020" opens the year, whatever word follows it)
    assert [d.text for d in find_dates("In 2020 miles of coastal road were closed.")] == ["2020"]


def test_mid_month_and_since_dates() -> None:
    assert _resolve("Jets were scrambled in mid-November.", "2024-11-17") == ("mid-November", ("2024-11", False))


def test_a_since_date_is_not_the_claims_date() -> None:
    from corpus.pipeline import extract

    from .conftest import make_article

    (claim,) = extract(
        [make_article("It was the largest attack since February 2022, the minister said.", published="2024-11-17")]
    ).claims
    assert claim.date is None


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Most economists now see the first cut in March.", "2025-03"),
        ("Officials expect the bridge to reopen in May.", "2025-05"),
        ("The new terminal is due to open in June.", "2025-06"),
        ("The plant will close in December.", "2024-12"),
        # a participle describing a noun is no verb in the past
        (
            "The state will raise its duty on imported steel to 35 per cent from March 1, the minister said.",
            "2025-03-01",
        ),
        # told in the past, or in a clause about what already happened: the last such month
        ("The bank raised rates in March.", "2024-03"),
        ("The court will try those who fled in March.", "2024-03"),
        ("She said the plant would close in March.", "2024-03"),
        ("The ministry said output fell in December.", "2023-12"),
    ],
)
def test_a_month_in_a_clause_of_what_is_to_come_falls_after_the_report(sentence: str, expected: str) -> None:
    from corpus.extract.article import extract_article
    from corpus.model import Article

    article = Article("d1", "Rates", None, [], "2024-10-29", False, "d1.txt", sentence + "\n")
    claims, _ = extract_article(article)
    assert [c.date for c in claims] == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The minister will visit the site on Tuesday.", "2026-01-20"),
        ("Engineers warn that some customers may be cut off until Tuesday.", "2026-01-20"),
        ("The minister visited the site on Tuesday.", "2026-01-13"),
        ("Officials said the road may have been closed on Tuesday.", "2026-01-13"),
        ("Forecasters said the cold would last until at least Tuesday.", "2026-01-20"),
        ("The agency said temperatures would rise from Wednesday.", "2026-01-21"),
        ("The mayor said the bridge would have reopened on Tuesday but for the flood.", "2026-01-13"),
        ("The minister said on Tuesday he would resign.", "2026-01-13"),
        ("The bridge will stay closed until Tuesday, engineers said.", "2026-01-20"),
        ("The schools will remain shut until Tuesday.", "2026-01-20"),
        ("The operator said it hoped to reconnect most homes by Tuesday.", "2026-01-20"),
    ],
)
def test_a_weekday_of_what_is_to_come_is_the_next_one(sentence: str, expected: str) -> None:
    from corpus.extract.article import extract_article
    from corpus.model import Article

    article = Article("w1", "Storm", None, [], "2026-01-18", False, "w1.txt", sentence + "\n")  # a Sunday
    claims, _ = extract_article(article)
    assert [c.date for c in claims] == [expected]


def test_a_date_a_longer_since_clause_opens_is_not_the_claims() -> None:
    from corpus.extract.article import extract_article
    from corpus.model import Article

    body = "A cholera outbreak has infected 1,240 people since it was first detected on August 18, the ministry said on Monday.\n"
    claims, _ = extract_article(Article("s1", "Outbreak", None, [], "2025-09-02", False, "s1.txt", body))
    assert [c.date for c in claims] == ["2025-09-01"]


def test_the_year_of_an_earlier_event_named_after_since_is_the_figures() -> None:
    from corpus.extract.article import extract_article
    from corpus.model import Article

    body = "It was the deadliest rail accident since a collision near Pardubice in 2023 killed 11 people.\n"
    claims, _ = extract_article(Article("s2", "Derailment", None, [], "2026-05-14", False, "s2.txt", body))
    assert [c.date for c in claims] == ["2023"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The lender said the average price was 290,000 crowns, 2.1% higher than a year ago.", None),
        ("Exports were 5% higher than last month, the customs office said.", None),
        ("Sales fell 3% compared with the same month last year.", None),
        ("Prices rose 2% last year, the office said.", "2025"),
        ("The plant closed two years ago, the company said.", "2024"),
    ],
)
def test_the_time_a_change_is_measured_against_is_not_the_claims_date(sentence: str, expected: str | None) -> None:
    from corpus.extract.article import extract_article
    from corpus.model import Article

    article = Article("c1", "Prices", None, [], "2026-04-03", False, "c1.txt", sentence + "\n")
    claims, _ = extract_article(article)
    assert [c.date for c in claims] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nearly 2 million people have fled their homes since fighting broke out in June 2024, the agency said.",
        "At least 40 people have died since the storm struck the coast on Monday, officials said.",
    ],
)
def test_a_date_a_since_clause_with_an_irregular_verb_opens_is_not_the_claims(sentence: str) -> None:
    from corpus.extract.article import extract_article
    from corpus.model import Article

    claims, _ = extract_article(Article("s3", "War", None, [], "2026-03-18", False, "s3.txt", sentence + "\n"))
    assert [c.date for c in claims] == [None]


@pytest.mark.parametrize(
    "sentence, published, expected",
    [
        # a plan's start after a vote, within the months ahead
        ("Councillors voted 31-19 to raise the levy by 4.99% from April.", "2026-02-27", "2026-04"),
        # a thousands comma is no clause break: "will pay £2,019 a year from April" is still to come
        ("The rise means a household will pay £2,019 a year from April.", "2026-02-27", "2026-04"),
        # reported speech of the next month or two lies ahead; of a month long past, behind
        ("The council said it would consult staff in March.", "2026-02-27", "2026-03"),
        ("She said the plant would close in March.", "2026-10-29", "2026-03"),
    ],
)
def test_months_of_plans_and_reported_speech_fall_where_news_means_them(
    sentence: str, published: str, expected: str
) -> None:
    from corpus.extract.article import extract_article
    from corpus.model import Article

    article = Article("d1", "Plans", None, [], published, False, "d1.txt", sentence + "\n")
    claims, _ = extract_article(article)
    assert [c.date for c in claims] == [expected]


def test_the_month_may_is_no_may_of_what_is_to_come() -> None:
    from corpus.extract.dates import looks_ahead

    text = "The board agreed in May to sell the site from June."
    june = next(d for d in find_dates(text) if "June" in d.text)
    assert not looks_ahead(text, june, "2026-10-01")
    assert resolve(june, "2026-10-01", False) == ("2026-06", False)


def test_the_month_of_the_figure_compared_with_is_not_the_claims() -> None:
    from corpus.extract.article import extract_article
    from corpus.model import Article

    text = (
        "The Greens have dropped to 11 per cent in the latest poll, down from 15 per cent in August.\n\n"
        "The bank will close 80 branches, fewer than the 95 it announced in May.\n"
    )
    claims, _ = extract_article(Article("d1", "Poll", None, [], "2026-09-15", False, "d1.txt", text))
    assert [c.date for c in claims] == [None, None]


def test_more_than_a_figure_by_a_day_keeps_the_day() -> None:
    from corpus.extract.dates import claim_dates

    text = "The wildfire had burned more than 32,000 acres by Sunday, the agency said."
    assert [d.text for d in claim_dates(text, find_dates(text))] == ["by Sunday"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Between January 2019 and March 2024, the agency recorded 1,200 complaints, officials said.", "2024-03"),
        ("From 2019 to 2023 the regulator fined banks 14 times, its report said.", "2023"),
        ("The port handled 40,000 containers between March 1 and March 5, its operator said.", "2026-03-05"),
        ("Figures from December were revised up by 4%, the office said.", "2025-12"),
    ],
)
def test_a_figure_over_a_span_of_time_is_dated_by_its_end(sentence: str, expected: str) -> None:
    from corpus.extract.article import extract_article
    from corpus.model import Article

    claims, _ = extract_article(Article("sp", "Spans", None, [], "2026-04-03", False, "sp.txt", sentence + "\n"))
    assert [c.date for c in claims] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Some 1.3 million people have fled the region since April, the agency said.",
        "Since March, 300 cases have been recorded, officials said.",
    ],
)
def test_a_month_a_since_opens_is_not_the_claims_date(sentence: str) -> None:
    from corpus.extract.article import extract_article
    from corpus.model import Article

    claims, _ = extract_article(Article("s4", "Exodus", None, [], "2026-06-18", False, "s4.txt", sentence + "\n"))
    assert [c.date for c in claims] == [None]


@pytest.mark.parametrize(
    "sentence, expected, periods",
    [
        ("Job openings fell to 7.1 million in April, the department said on Tuesday.", "2026-06-16", ["2026-04"]),
        ("Officials told reporters on Friday that 300 homes were damaged in March.", "2026-06-12", ["2026-03"]),
        # the day of an event keeps dating the claim ("killed on Monday"): a figure's period is a coarser time
        ("At least 12 people were killed on Monday, the army said on Tuesday.", "2026-06-15", [None]),
        ("The toll rose to 40, officials said on Tuesday.", "2026-06-16", [None]),  # the only date it names
        ("Rents rose 7% in May, according to a survey published on Tuesday.", "2026-06-16", ["2026-05"]),
        # a claim without a figure keeps the time it tells of
        ("The plant closed in April, the company said on Tuesday.", "2026-04", []),
        # a start still to come is no time the figure stood before it was told ("from August", in June)
        ("The board voted to raise fares by 6% from August, the operator said on Tuesday.", "2026-06-16", [None]),
        ("The council has proposed raising rents by 3% from August, it said on Tuesday.", "2026-06-16", [None]),
        # the time a participle tells of the thing named, not of its figure
        (
            "A comet discovered last month has a 2% chance of passing near Mars, the agency said on Tuesday.",
            "2026-06-16",
            [None],
        ),
    ],
)
def test_a_figure_keeps_its_period_and_the_claim_the_day_it_was_told(
    sentence: str, expected: str, periods: list[str | None]
) -> None:
    from corpus.extract.article import extract_article
    from corpus.model import Article

    claims, _ = extract_article(Article("s5", "Jobs", None, [], "2026-06-18", False, "s5.txt", sentence + "\n"))
    assert [c.date for c in claims] == [expected]
    assert [q.period for c in claims for q in c.quantities] == periods


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a date that opens the sentence belongs to the clause after its comma
        ("From Thursday, the toll on the bridge will double to $8.", "2026-01-22"),
        ("On Friday, the nurses' union will hold a second strike.", "2026-01-23"),
        ("Starting Monday, visitors must book a slot online.", "2026-01-19"),
        ("On Friday, officials said the road will reopen.", "2026-01-16"),
        ("On Friday, 40 homes were evacuated.", "2026-01-16"),
        ("As of Friday, 12 people had been rescued.", "2026-01-16"),
        # a start date opens its clause without a comma too; "On Friday" without one stays the day said
        ("From Thursday the toll on the bridge will double to $8.", "2026-01-22"),
        ("From Thursday the toll on the bridge doubled to $8.", "2026-01-15"),
        # a start date after a comma belongs to the clause before it
        ("The walkout will last three days, starting on Wednesday.", "2026-01-21"),
        ("The walkout lasted three days, starting on Wednesday.", "2026-01-14"),
        ("Parking charges will rise 10%, effective Monday.", "2026-01-19"),
    ],
)
def test_a_day_that_opens_or_closes_a_clause_of_what_is_to_come_is_the_next_one(sentence: str, expected: str) -> None:
    from corpus.extract.article import extract_article
    from corpus.model import Article

    article = Article("w2", "Town hall", None, [], "2026-01-18", False, "w2.txt", sentence + "\n")  # a Sunday
    claims, _ = extract_article(article)
    assert [c.date for c in claims] == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Sentencing was set for Dec. 12, the court said.", "2026-12-12"),
        ("The inquest was adjourned until Tuesday, the coroner said.", "2026-10-06"),
        ("The final was postponed to November 20, organisers said.", "2026-11-20"),
        ("The first hearing in the case was held on Dec. 12, the court said.", "2025-12-12"),
        ("The vote was scheduled for August 3, the council said.", "2026-08-03"),
        ("The board said the river was expected to peak in November.", "2026-11"),
        ("Varga, a Liberal from the north, is up for re-election in November.", "2026-11"),
        ("Further strikes are planned for November 4 and November 18.", "2026-11-04"),
    ],
)
def test_a_date_something_was_set_for_in_the_weeks_ahead_lies_ahead(sentence: str, expected: str) -> None:
    from corpus.extract.article import extract_article
    from corpus.model import Article

    article = Article("s1", "Court", None, [], "2026-10-03", False, "s1.txt", sentence + "\n")  # a Saturday
    claims, _ = extract_article(article)
    assert [c.date for c in claims] == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("About 300 jobs will go when the depot shuts in May.", "2026-05"),
        ("Tenants will be refunded before the review ends in July.", "2026-07"),
        ("About 300 jobs went when the depot shut in May.", "2025-05"),
        ("Staff will be paid after the firm lost the contract in May.", "2025-05"),
    ],
)
def test_a_clause_of_time_under_a_clause_of_what_is_to_come_lies_ahead(sentence: str, expected: str) -> None:
    from corpus.extract.article import extract_article
    from corpus.model import Article

    article = Article("w3", "Depot", None, [], "2026-02-10", False, "w3.txt", sentence + "\n")
    claims, _ = extract_article(article)
    assert [c.date for c in claims] == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Exports dropped 6% between February and April, customs data showed.", "2026-04"),
        ("From May through July, the museum drew 80,000 visitors.", "2025-07"),
    ],
)
def test_a_bare_month_that_ends_a_span_of_months_dates_the_figure(sentence: str, expected: str) -> None:
    from corpus.extract.article import extract_article
    from corpus.model import Article

    claims, _ = extract_article(Article("sp2", "Spans", None, [], "2026-05-20", False, "sp2.txt", sentence + "\n"))
    assert [c.date for c in claims] == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The toll will rise to $9 from $8 next Monday.", "2026-01-19"),
        ("Rents will climb to 1,450 euros from 1,390 euros next month.", "2026-02"),
    ],
)
def test_a_time_still_to_come_after_the_figure_compared_with_is_the_claims(sentence: str, expected: str) -> None:
    from corpus.extract.article import extract_article
    from corpus.model import Article

    claims, _ = extract_article(Article("nx", "Tolls", None, [], "2026-01-18", False, "nx.txt", sentence + "\n"))
    assert [c.date for c in claims] == [expected]


def test_the_month_a_forecast_was_made_in_is_behind_the_report() -> None:
    from corpus.extract.article import extract_article
    from corpus.model import Article

    sentence = "The fund now expects prices to rise 2.1% this year, above the 1.8% it forecast in April."
    article = Article("f1", "Outlook", None, [], "2026-07-09", False, "f1.txt", sentence + "\n")
    claims, _ = extract_article(article)
    assert [c.date[:4] for c in claims] == ["2026"]


def test_a_forecast_named_as_a_noun_says_nothing_of_what_is_to_come() -> None:
    from corpus.extract.article import extract_article
    from corpus.model import Article

    sentence = "The treasury raised its forecast for this year's deficit to 4.2% on Monday."
    article = Article("n1", "Deficit", None, [], "2026-12-01", False, "n1.txt", sentence + "\n")  # a Tuesday
    claims, _ = extract_article(article)
    assert [c.date for c in claims] == ["2026-11-30"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The minister called the levy a breach of a 2018 trade agreement.", None),
        ("The council said the 2016 law would be repealed.", None),
        ("Varga won the 2024 election by a wide margin.", "2024"),
    ],
)
def test_the_year_of_a_text_named_is_not_the_claims(sentence: str, expected: str | None) -> None:
    from corpus.extract.article import extract_article
    from corpus.model import Article

    article = Article("y1", "Levy", None, [], "2026-03-03", False, "y1.txt", sentence + "\n")
    claims, _ = extract_article(article)
    assert [c.date for c in claims] == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Tenants must register for the rebate of £150 by midnight on Friday, the council said.", "2026-01-23"),
        ("The deadline for the 400 bids is noon on Friday.", "2026-01-23"),
        ("The deadline for the 400 bids was noon on Friday.", "2026-01-16"),
        ("The thieves must have taken 30 paintings on Friday, police said.", "2026-01-16"),
    ],
)
def test_an_obligation_or_a_deadline_still_open_falls_on_the_next_weekday(sentence: str, expected: str) -> None:
    from corpus.extract.article import extract_article
    from corpus.model import Article

    article = Article("d1", "Rebate", None, [], "2026-01-18", False, "d1.txt", sentence + "\n")  # a Sunday
    claims, _ = extract_article(article)
    assert [c.date for c in claims] == [expected]


def test_at_the_time_after_a_date_in_the_same_sentence_is_that_date() -> None:
    from corpus.extract.article import extract_article
    from corpus.model import Article

    body = (
        "The board met on Tuesday, its secretary said.\n\n"
        "Inspectors had flagged the leak in 2019, but nothing was repaired at the time, records show.\n"
    )
    claims, _ = extract_article(Article("t1", "Leak", None, [], "2026-03-12", False, "t1.txt", body))
    assert claims[-1].date == "2019"


def test_a_toll_brought_to_a_new_total_stands_on_the_day_it_was_said() -> None:
    from corpus.extract.article import extract_article
    from corpus.model import Article

    body = (
        "Three more workers hurt in Friday's mill explosion have died, bringing the toll to 11, "
        "the county coroner said on Monday.\n"
    )
    claims, _ = extract_article(Article("t2", "Mill", None, [], "2026-05-19", False, "t2.txt", body))
    assert claims[0].date == "2026-05-18"  # Monday, not Friday


def test_a_date_inside_a_participle_aside_is_not_the_claims() -> None:
    from corpus.extract.article import extract_article
    from corpus.model import Article

    body = "Ines Varga, appointed chief executive in March, now runs 14 plants.\n\nLee, arrested on Tuesday, was charged on Thursday.\n"
    claims, _ = extract_article(Article("t3", "Plants", None, [], "2026-10-19", False, "t3.txt", body))
    assert [c.date for c in claims] == [None, "2026-10-15"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("On Tuesday, January 6, the mill cut 200 jobs.", "2026-01-06"),
        ("The vote on Wednesday 7 January saw 40 MPs rebel.", "2026-01-07"),
        ("On December 9, 45 MPs rebelled.", "2025-12-09"),
        ("On Tuesday 300 homes lost power.", "2026-01-13"),
    ],
)
def test_a_weekday_named_with_its_date_takes_that_date(sentence: str, expected: str) -> None:
    from corpus.extract.article import extract_article
    from corpus.model import Article

    article = Article("w2", "Votes", None, [], "2026-01-18", False, "w2.txt", sentence + "\n")  # a Sunday
    claims, _ = extract_article(article)
    assert [c.date for c in claims] == [expected]


def test_days_listed_after_a_date_are_the_dates_not_figures() -> None:
    from .conftest import figures_in

    found = figures_in("Walkouts are planned on June 5, 6 and 7, with 400 flights hit.")
    assert [(q.text, q.value) for q in found] == [("400", 400)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("This morning, 60 trains were cancelled.", "2026-01-18"),
        ("Sixty trains were cancelled last night, the operator said.", "2026-01-17"),
        ("Tomorrow, 60 trains will be cancelled.", "2026-01-19"),
        ("A fortnight ago, 60 trains were cancelled.", "2026-01"),
    ],
)
def test_parts_of_the_report_day_and_the_days_beside_it(sentence: str, expected: str) -> None:
    from corpus.extract.article import extract_article
    from corpus.model import Article

    article = Article("r1", "Rail", None, [], "2026-01-18", False, "r1.txt", sentence + "\n")
    claims, _ = extract_article(article)
    assert [c.date for c in claims] == [expected]


def test_a_date_in_a_clause_about_a_participles_noun_is_not_the_claims() -> None:
    from corpus.extract.article import extract_article
    from corpus.model import Article

    body = (
        "Teachers have accepted a pay deal, ending a dispute that closed schools for a week in January, their "
        "union said on Monday.\n"
    )
    claims, _ = extract_article(Article("t4", "Deal", None, [], "2026-03-11", False, "t4.txt", body))
    assert [c.date for c in claims] == ["2026-03-09"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The board said it would raise fares on September 1.", "2026-09-01"),
        ("The new speed limits take effect from September 1.", "2026-09-01"),
        ("The smoking ban comes into force on October 1.", "2026-10-01"),
        ("The board said it had raised fares on August 1.", "2026-08-01"),
        ("The new speed limits took effect on August 1.", "2026-08-01"),
    ],
)
def test_a_day_and_month_of_reported_plans_or_rules_taking_effect_lie_ahead(sentence: str, expected: str) -> None:
    from corpus.extract.article import extract_article
    from corpus.model import Article

    article = Article("d5", "Fares", None, [], "2026-08-20", False, "d5.txt", sentence + "\n")
    claims, _ = extract_article(article)
    assert [c.date for c in claims] == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The insurer said on Tuesday that the 2024 cyberattack cost it $190 million.", "2026-03-10"),
        ("The port said on Tuesday that the 2025 floods had cost it £12m.", "2026-03-10"),
        # the year a figure is for is its period; the claim is dated the day it was told
        ("The airline said on Tuesday that its 2025 revenue rose 8% to $4bn.", "2026-03-10"),
        ("Officials said on Tuesday that 41 people died in 2019.", "2026-03-10"),
        ("The 2022 floods killed 1,700 people, the report said on Tuesday.", "2026-03-10"),
    ],
)
def test_a_year_naming_an_event_does_not_date_a_figure_said_later(sentence: str, expected: str) -> None:
    from corpus.extract.article import extract_article
    from corpus.model import Article

    article = Article("e1", "Costs", None, [], "2026-03-12", False, "e1.txt", sentence + "\n")  # a Thursday
    claims, _ = extract_article(article)
    assert [c.date for c in claims if c.quantities] == [expected]


@pytest.mark.parametrize(
    "sentence, periods",
    [
        ("The insurer said on Tuesday that the 2024 cyberattack cost it $190 million.", [None]),
        ("The airline said on Tuesday that its 2025 revenue rose 8% to $4bn.", ["2025", "2025"]),
        ("Officials said on Tuesday that 41 people died in 2019.", ["2019"]),
        ("The 2022 floods killed 1,700 people, the report said on Tuesday.", ["2022"]),
    ],
)
def test_the_year_a_figure_said_later_stood_is_its_period(sentence: str, periods: list[str | None]) -> None:
    from corpus.extract.article import extract_article
    from corpus.model import Article

    article = Article("e1", "Costs", None, [], "2026-03-12", False, "e1.txt", sentence + "\n")  # a Thursday
    claims, _ = extract_article(article)
    assert [q.period for c in claims for q in c.quantities] == periods


@pytest.mark.parametrize(
    "text",
    [
        "The fine is the largest since the bloc's privacy law took effect five years ago.",
        "Sales rose 4%, the fastest pace since Norrland's central bank began raising rates two years ago.",
    ],
)
def test_a_relative_date_in_a_since_clause_with_a_possessive_opens_a_period_and_dates_no_claim(text: str) -> None:
    from corpus.extract.article import extract_article

    from .conftest import make_article

    claims, _ = extract_article(make_article(text, published="2027-05-22"))
    assert [c.date for c in claims] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "The dam, built in 1958, holds about 40 million cubic metres of water.",
        "The ferry, bought from a Greek operator in 2019, carries up to 600 passengers.",
    ],
)
def test_a_year_in_an_aside_with_an_irregular_participle_dates_no_claim(text: str) -> None:
    from corpus.extract.article import extract_article

    from .conftest import make_article

    claims, _ = extract_article(make_article(text, published="2027-05-22"))
    assert [c.date for c in claims] == [None]
