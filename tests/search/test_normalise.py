from __future__ import annotations

from store.search.normalise import normalise, normalise_many, word_spans


def test_case_accents_and_punctuation_fold_away():
    assert normalise("Zelenskyy’s “TROOPS” — Café São Paulo!") == "zelenskyy s troops cafe sao paulo"


def test_letters_without_a_decomposition_still_fold():
    assert normalise("Łódź Ørsted Straße") == "lodz orsted strasse"


def test_digit_group_commas_vanish_so_both_spellings_meet():
    assert normalise("about 10,000 troops") == normalise("about 10000 troops") == "about 10000 troops"
    assert normalise("3,800-4,000 casualties") == "3800 4000 casualties"
    assert normalise("$2,000 monthly") == "2000 monthly"


def test_a_comma_between_numbers_that_is_a_list_is_kept_as_a_break():
    assert normalise("in 2024,2025") == "in 2024 2025"
    assert normalise("1,23") == "1 23"


def test_other_scripts_keep_their_letters():
    assert normalise("Москва, Пхеньян") == "москва пхеньян"


def test_normalise_many_keeps_one_result_per_text():
    texts = ["A  b", "", "...", "c\nd", "x\x00y"]
    assert normalise_many(texts) == ["a b", "", "", "c d", "x y"]


def test_word_spans_point_at_the_original_characters():
    text = "Café’s 10,000 “troops” (NIS)"
    spans = word_spans(text)
    assert [(text[s:e], folded) for s, e, folded in spans] == [
        ("Café", "cafe"),
        ("s", "s"),
        ("10,000", "10000"),
        ("troops", "troops"),
        ("NIS", "nis"),
    ]


def test_word_spans_keep_combining_accents_with_their_letter():
    text = "Cafe\u0301 open"
    (start, end, folded), _ = word_spans(text)
    assert text[start:end] == "Cafe\u0301" and folded == "cafe"
