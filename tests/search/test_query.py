from __future__ import annotations

from datetime import date

from store.search.query import MAX_QUERY_CHARS, MAX_TERMS, Filter, parse_query


def day(text: str) -> int:
    return date.fromisoformat(text).toordinal()


def test_free_words_are_folded():
    parsed = parse_query("NIS  Casualties, 10,000")
    assert parsed.terms == ("nis", "casualties", "10000")
    assert parsed.filters == () and parsed.phrases == ()


def test_filters_with_quoted_values_and_negation():
    parsed = parse_query('speaker:Shoigu source:"Washington Post" -kind:denial workers')
    assert parsed.terms == ("workers",)
    assert parsed.filters == (
        Filter("speaker", "shoigu"),
        Filter("source", "washington post"),
        Filter("kind", "denial", negate=True),
    )


def test_curly_quotes_group_a_phrase():
    parsed = parse_query("“significant assistance” kursk")
    assert parsed.phrases == ("significant assistance",)
    assert parsed.terms == ("significant", "assistance", "kursk")


def test_unknown_prefix_is_plain_text():
    parsed = parse_query("http://example.org foo:bar")
    assert parsed.filters == ()
    assert parsed.terms == ("http", "example", "org", "foo", "bar")


def test_field_names_are_case_insensitive():
    assert parse_query("Speaker:kim").filters == (Filter("speaker", "kim"),)


def test_date_forms():
    (month,) = parse_query("date:2024-10").filters
    assert (month.first_day, month.last_day) == (day("2024-10-01"), day("2024-10-31"))
    (after,) = parse_query("date:>2024-06").filters
    assert (after.first_day, after.last_day) == (day("2024-07-01"), None)
    (before,) = parse_query("date:<2025").filters
    assert (before.first_day, before.last_day) == (None, day("2024-12-31"))
    (upto,) = parse_query("date:<=2024-06").filters
    assert upto.last_day == day("2024-06-30")
    (span,) = parse_query("date:2024-06..2024-12").filters
    assert (span.first_day, span.last_day) == (day("2024-06-01"), day("2024-12-31"))


def test_a_half_typed_filter_is_left_out_with_a_note():
    parsed = parse_query("date:202 speaker: kursk")
    assert parsed.filters == () and parsed.terms == ("kursk",)
    assert any("date:202" in problem for problem in parsed.problems)


def test_an_impossible_date_is_named():
    parsed = parse_query("date:2024-13")
    assert parsed.filters == () and "2024-13" in parsed.problems[0]


def test_unclosed_quote_runs_to_the_end():
    parsed = parse_query('source:"washington po')
    assert parsed.filters == (Filter("source", "washington po"),)


def test_pathological_text_parses_without_error():
    assert parse_query("").is_empty
    assert parse_query("   ").is_empty
    assert parse_query("!!! ??? ...").is_empty
    assert parse_query("(a+)+$").terms == ("a",)
    huge = parse_query("word " * 5000)
    assert len(huge.terms) == MAX_TERMS and huge.problems
    assert len(parse_query("x" * 10_000).terms[0]) == MAX_QUERY_CHARS
