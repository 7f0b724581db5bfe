"""A word with a curly apostrophe ("can’t", as news prints it) weighs what wordfreq says it weighs,
read from its list without asking it (``corpus.wordlist._zipf``): importing wordfreq was
~0.1 s of an add of such an article. Strings are made here, not taken from any article."""

from __future__ import annotations

import itertools
import random

from wordfreq import zipf_frequency

from corpus import wordlist


def _curly_strings() -> list[str]:
    made = {w.replace("'", "’") for w in wordlist._small_english() or {} if "'" in w}
    rng = random.Random(11)
    while len(made) < 6000:
        made.add("".join(rng.choice("abdehilnorstu’’'.-") for _ in range(rng.randint(1, 8))))
    for a, b in itertools.product(
        ["l", "d", "qu", "o", "rock", "can", "", "a"], ["arc", "heure", "un", "t", "tis", "h"]
    ):
        made |= {f"{a}’{b}", f"{a}’{b}’", f"’{a}’{b}", f"{a}'{b}’s"}
    return sorted(w for w in made if "’" in w and wordlist._PLAIN.fullmatch(w.replace("’", "'")))


def test_curly_apostrophes_weigh_what_wordfreq_says() -> None:
    words = _curly_strings()
    assert len(words) > 3000 and wordlist._small_english() is not None
    assert [wordlist._zipf(w) for w in words] == [zipf_frequency(w, "en", wordlist="small") for w in words]


def test_a_curly_apostrophe_is_no_elision() -> None:
    assert wordlist._tokens("l’arc") == ["l'arc"]
    assert wordlist._tokens("l'arc") == ["l", "arc"]
    assert wordlist._tokens("can’t") == ["can't"]
