"""``corpus.wordlist`` reads wordfreq's English list itself for plain words: the same
Zipf value as ``wordfreq.zipf_frequency``, float for float (stored link features depend on it),
without importing wordfreq."""

from __future__ import annotations

import random
import re
import subprocess
import sys

from wordfreq import iter_wordlist, zipf_frequency

from corpus import wordlist


def test_every_plain_word_weighs_what_wordfreq_says() -> None:
    words = {w for w in iter_wordlist("en", "small") if re.fullmatch(r"[a-z.'-]+", w)}
    rng = random.Random(17)
    letters = "aeiohlnrstdmy'.-"  # vowels and h after an apostrophe split a token; . and ' join, - breaks
    words |= {"".join(rng.choice(letters) for _ in range(rng.randint(1, 9))) for _ in range(20_000)}
    words |= {"u.s.", "al-qaeda", "o'hara", "l'arc", "ma'am", "rock'n'roll", "russia's", "zebras'", "x--y", "''", ""}
    differ = [w for w in words if wordlist._zipf(w) != zipf_frequency(w, "en", wordlist="small")]
    assert not differ and len(words) > 30_000


def test_words_with_figures_and_accents_weigh_what_wordfreq_says() -> None:
    """Digits (a 4-digit run weighed as a year, others by Benford's law, as wordfreq does), commas,
    "%", "$" and precomposed Latin letters in any case are read without wordfreq, float for float."""
    rng = random.Random(5)
    alphabet = "aeiohlnrstdmy'.-0123456789,%$’éüßłșÉAÖ"
    words = {"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 9))) for _ in range(30_000)}
    words |= {"".join(rng.choice("0123456789,.") for _ in range(rng.randint(1, 8))) for _ in range(10_000)}
    words |= {str(year) for year in range(1000, 2200)}
    words |= {"1,202", "73.4", "40%", "$5bn", "covid-19", "f-35", "mid-2024", "1990s", "'90s", "19th", "5'a"}
    words |= {"zürich", "josé", "łódź", "straße", "São", "naïve", "kyiv2025", "3,000", "3.5.2", "a.1", "co2"}
    read = [w for w in words if wordlist._PLAIN.fullmatch(w.casefold())]
    differ = [w for w in read if wordlist._zipf(w) != zipf_frequency(w, "en", wordlist="small")]
    assert not differ and len(read) > 30_000


def test_other_words_ask_wordfreq() -> None:
    for word in ("£5", "‘significant", "x:y", "İstanbul", "ﬁre", "σ-algebra", "e\u0301"):
        assert not wordlist._PLAIN.fullmatch(word.casefold()) or any(ord(c) >= 0x250 for c in word)
        assert wordlist._zipf(word) == zipf_frequency(word, "en", wordlist="small")


def test_plain_words_do_not_import_wordfreq() -> None:
    code = (
        "import sys\nfrom corpus.xref.statements import bag\n"
        'assert bag("Russia\'s well-known U.S. envoy said 420 zebras crossed")\n'
        "from corpus.wordlist import rarity\n"
        'assert [rarity(w) for w in ("1,500", "3.5%", "2024", "$5bn", "zürich", "covid-19")]\n'
        "print('wordfreq' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_an_unreadable_list_falls_back_to_wordfreq(monkeypatch, tmp_path) -> None:
    import importlib.util

    class Elsewhere:  # wordfreq found, its list not where wordfreq 3 keeps it
        submodule_search_locations = [str(tmp_path)]

    monkeypatch.setattr(importlib.util, "find_spec", lambda name: Elsewhere())
    wordlist._small_english.cache_clear()
    try:
        assert wordlist._small_english() is None
        assert wordlist._zipf("troops") == zipf_frequency("troops", "en", wordlist="small") > 3
    finally:
        monkeypatch.undo()
        wordlist._small_english.cache_clear()
