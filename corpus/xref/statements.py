"""Do two claims report the same happening? Statement matching by rare shared words.

Each claim is a bag of word stems weighted by how rare the word is in English
(wordfreq's Zipf scale: "the" weighs nothing, "rehab" 2.7, a name never seen 6.5). Two
claims match on the rare words they share, and their articles on the rare words of their
headlines and leads: sentences about one happening share a name, a place and an event word,
and so do their articles' leads, while two similar happenings (two earthquakes, two
blasts at one plant) differ in the names, places and years around them.

The weights come from a fixed word list, not from the corpus, so a claim's bag is the same
whether its article came by ``build`` or by ``add``, and can be stored.
"""

from __future__ import annotations

import math
import re
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from corpus.xref.memo import per_claim
from corpus.xref.stems import phrases, stem

if TYPE_CHECKING:
    from corpus.xref.features import Features  # features imports this module

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_YEAR_DAYS = 400  # a little over a year: an anniversary report is still about the first
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_TOP = 6.5  # Zipf scale: words rarer than this (names, places) all weigh the most
_STOP = frozenset(
    """
    the a an and or but of to in on at for with by from as that this these those it its is are was were be been
    has have had will would could may might can not no also said says say told according which who whom whose
    their his her they he she we our there than then into about over after before during while since more most
    some such only other another both each all any very just now already up out so if when where what how
    """.split()
)
LEAD_CHARS = 600  # an article's headline and lead say what it is about


@lru_cache(maxsize=131072)
def rarity(word: str) -> float:
    """0 for the commonest English words up to 6.5 for words the list does not hold."""
    return max(0.0, _TOP - _zipf(word))


def _latin_letters() -> str:
    """The precomposed lower-case Latin letters past ASCII (Latin-1 to Latin Extended-B: "é", "ß",
    "ł", "ș") that read as ASCII letters do in a word (Unicode's ALetter) and that neither NFC nor
    case folding changes: a word made of them and ASCII is tokenized as ``_tokens`` reads it."""
    import unicodedata

    return "".join(
        c
        for c in map(chr, range(0xC0, 0x250))
        if unicodedata.category(c) == "Ll" and unicodedata.is_normalized("NFC", c) and c.casefold() == c
    )


_LETTER = f"a-z{_latin_letters()}"
_WORDLIKE = f"{_LETTER}0-9"
# What ``_zipf`` tokenizes itself (case folded first); anything else asks wordfreq. Past letters and
# digits only these: "." and the apostrophes join, "," joins digits, "-", "%" and "$" break.
_PLAIN = re.compile(f"[{_WORDLIKE}.,'’%$-]*")
# A token: letters and digits run together; an apostrophe or a full stop between two letters joins
# them, and a full stop, comma or apostrophe between two digits ("1,500", "3.5"): Unicode word breaks.
_JOINED = re.compile(
    f"[{_WORDLIKE}]+(?:(?:(?<=[{_LETTER}])['.](?=[{_LETTER}])|(?<=[0-9])[.,'](?=[0-9]))[{_WORDLIKE}]+)*"
)
# "l'arc", "o'hara": split after the apostrophe (wordfreq's initial vowels, and h)
_ELIDED = re.compile(f"[{_WORDLIKE}][{_WORDLIKE}]?'(?=[aehiouyáéíóúàèìòùâêîôûåïöœ])")
_DIGITS = re.compile(r"[0-9][0-9.,]+")  # wordfreq's digit sequences: smashed to zeros, weighed apart
_UNKNOWN = 10**0.0 / 1e9  # wordfreq's frequency for a word it does not hold (Zipf 0)


def _zipf(word: str) -> float:
    """``wordfreq.zipf_frequency(word, "en", wordlist="small")``, the same float, computed as
    wordfreq does it: a word of letters (ASCII and precomposed Latin), digits, apostrophes, full
    stops, commas, hyphens, "%" and "$" is case folded, split into tokens by wordfreq's rules for
    them (``_tokens``) and looked up in its English list, read directly, a token's digit sequences
    as wordfreq weighs them (``_digit_freq``); any other word asks wordfreq. Importing wordfreq
    (langcodes, its tokenizer's expressions) was ~0.1-0.15 s CPU of each ``factscope add``, and
    a news article's claims nearly always hold a figure ("1,500", "3.5", "2024") or a name with an
    accent. A curly apostrophe ("can’t") is read as wordfreq reads it (``_tokens``)."""
    folded = word.casefold()  # as wordfreq folds it (after NFC, which changes no character read here)
    readable = word.isascii() or all(ord(c) < 0x250 for c in word)
    freqs = _small_english() if readable and _PLAIN.fullmatch(folded) else None
    if freqs is None:
        from wordfreq import zipf_frequency

        return zipf_frequency(word, "en", wordlist="small")
    one_over = 0.0
    tokens = _tokens(folded)
    for token in tokens:  # 1/f = 1/f1 + 1/f2 + ..., as wordfreq combines a word's tokens
        smashed = _DIGITS.sub(lambda found: re.sub("[0-9]", "0", found.group()), token)
        if smashed not in freqs:
            return round(math.log(_UNKNOWN, 10) + 9, 2)
        freq = freqs[smashed]
        if smashed != token:
            freq *= _digit_freq(token)
        one_over += 1.0 / freq
    if not tokens:
        return round(math.log(_UNKNOWN, 10) + 9, 2)
    freq = max(1.0 / one_over, _UNKNOWN)
    rounded = round(freq, math.floor(-math.log(freq, 10)) + 3)
    return round(math.log(rounded, 10) + 9, 2)


def _digit_freq(token: str) -> float:
    """wordfreq's estimate of how often a token's digit sequences are what they are
    (``wordfreq.numbers.digit_freq``): a 4-digit one as a year, others by Benford's law."""
    freq = 1.0
    for sequence in _DIGITS.findall(token):
        for digits in re.findall("[0-9]+", sequence):
            freq *= _year_freq(digits) if len(digits) == 4 else _benford_freq(digits)
    return freq


_DIGIT_FREQS = [0.009, 0.300, 0.175, 0.124, 0.096, 0.078, 0.066, 0.057, 0.050, 0.045]  # wordfreq's


def _benford_freq(text: str) -> float:
    freq: float = _DIGIT_FREQS[int(text[0])] / 10 ** (len(text) - 1)
    return freq


def _year_freq(text: str) -> float:
    """wordfreq's: years up to 2019 fall off slowly, 2020-2039 are a plateau, later ones fall fast."""
    year = int(text)
    if year <= 2019:
        year_log_freq = -1.9185 - 0.0083 * (2019 - year)
    elif 2019 < year <= 2019 + 20:
        year_log_freq = -1.9185
    else:
        year_log_freq = -1.9185 - 0.2 * (year - (2019 + 20))
    freq: float = 10.0**year_log_freq + 0.1 * _benford_freq(text)
    return freq


def _tokens(text: str) -> list[str]:
    """wordfreq's English tokens of ``text`` (case folded; letters, digits, ``'``, ``’``, ``.``,
    ``,``, ``-``, ``%``, ``$``): Unicode word breaks (a letter and a digit join; a hyphen, "%" and
    "$" break; one apostrophe or full stop between letters joins, and one full stop, comma or
    apostrophe between digits), and a token starting with one or two letters or digits, an
    apostrophe and a vowel or h split after the apostrophe ("l'arc": "l", "arc"). A curly
    apostrophe joins as a straight one does, and is straightened in the token, but nothing is
    split after it ("l’arc": "l'arc"), as wordfreq does."""
    tokens = []
    at = 0
    plain = text.replace("’", "'")
    while at < len(plain):
        found = _ELIDED.match(text, at) or _JOINED.match(plain, at)
        if found is None:
            at += 1
            continue
        tokens.append(plain[found.start() : found.end()].strip("'"))
        at = found.end()
    return tokens


@lru_cache(maxsize=1)
def _small_english() -> dict[str, float] | None:
    """wordfreq's small English list (its ``get_frequency_dict("en", "small")``), read from its file;
    None when the file is not where or what wordfreq 3 keeps (then every word asks wordfreq)."""
    import gzip
    from importlib.util import find_spec

    try:
        import msgpack  # type: ignore[import-untyped]  # wordfreq's own dependency, for its lists

        spec = find_spec("wordfreq")
        if spec is None or not spec.submodule_search_locations:
            return None
        path = f"{next(iter(spec.submodule_search_locations))}/data/small_en.msgpack.gz"
        with gzip.open(path, "rb") as infile:
            data = msgpack.load(infile, raw=False)
    except (ImportError, OSError, ValueError):
        return None
    header = data[0] if isinstance(data, list) and data else None
    if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
        return None
    return {word: 10 ** (-index / 100) for index, bucket in enumerate(data[1:]) for word in bucket}


@lru_cache(maxsize=65536)
def bag(text: str) -> dict[str, float]:
    """The text's content words (stemmed: "fired"/"fires" meet), each with its rarity."""
    return _bag(text)


def _bag(text: str) -> dict[str, float]:
    out: dict[str, float] = {}
    for token in _WORD.findall(phrases(text.replace("’", "'"))):
        word = token.lower().strip("'-")
        if len(word) < 3 or word in _STOP:
            continue
        key = stem(word)
        if key not in out:
            weight = rarity(word)
            if weight > 0:
                out[key] = weight
    return out


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]+")


@lru_cache(maxsize=65536)
def common_words(text: str, least: float = 2.0) -> frozenset[str]:
    """Stems of the text's words written in lower case that are not everyday English: the event
    words and things ("rehab", "pirates", "quake"), as against names."""
    out = set()
    for token in _LOWER_WORD.findall(phrases(text.replace("’", "'"))):
        word = token.strip("'-")
        if len(word) >= 3 and word not in _STOP and rarity(word) >= least:
            out.add(stem(word))
    return frozenset(out)


def story_bag(title: str | None, body: str) -> dict[str, float]:
    """The rare words of an article's headline and lead."""
    return bag((title or "") + "\n" + body[:LEAD_CHARS])


@lru_cache(maxsize=256)  # an article's claims are described one after another
def article_bag(body: str) -> dict[str, float]:
    """The rare words of a whole article: what its story is about, beyond its headline and lead."""
    return _bag(body)


@lru_cache(maxsize=256)
def article_years(body: str) -> frozenset[str]:
    return years(body)


def shared_weight(a: dict[str, float], b: dict[str, float]) -> float:
    small, big = (a, b) if len(a) < len(b) else (b, a)
    if small.keys().isdisjoint(big):
        return 0  # (what ``sum`` of nothing gives)
    return sum([w for k, w in small.items() if k in big])  # in the small bag's order: the same float


def overlap(a: dict[str, float], b: dict[str, float]) -> float:
    """Weighted overlap, 0..1: the shared words' weight against both bags' (a cosine of 0/1 vectors)."""
    if not a or not b:
        return 0.0
    return shared_weight(a, b) / math.sqrt(sum(a.values()) * sum(b.values()))


def rarest(words: dict[str, float], n: int = 3) -> list[str]:
    """The ``n`` rarest words: the blocking keys a claim meets others on."""
    return sorted(words, key=lambda k: (-words[k], k))[:n]


def years(text: str) -> frozenset[str]:
    return frozenset(_YEAR.findall(text))


def top_shared(a: dict[str, float], b: dict[str, float], n: int = 3) -> list[str]:
    """The rarest words both share, for the reason line."""
    shared = {k: w for k, w in a.items() if k in b}
    return rarest(shared, n)


# Calibrated on ECB+ topics 1-35 (tests/bench/eval_links.py): at these marks about nine in ten
# sentence pairs are about the same happening, and fewer than one "corroborates" in a hundred
# joins two different happenings of one kind.
SAME_HAPPENING = 1.6
RELATED_HAPPENING = 1.4
# The topic and wording rules' links across articles need one of: articles whose leads share
# rare words (one story), or sentences that share several rare words (a name, a place, a thing).
_STORY_LEADS = 0.45
_CLOSE_WORDING, _CLOSE_SHARED = 0.5, 12.0
_MIN_SHARED = 3.0  # the shared words must weigh at least one rare word's worth ("rehab" 2.7 is not enough)
_LEAD_WEIGHT = 2.0


def happening_score(a: Features, b: Features) -> float:
    """How surely two claims (Features) of different articles report one happening."""
    if shared_weight(a.lemmas, b.lemmas) < _MIN_SHARED:
        return 0.0
    return overlap(a.lemmas, b.lemmas) + _LEAD_WEIGHT * overlap(a.lead_lemmas, b.lead_lemmas)


def kindred(a: Features, b: Features) -> bool:
    """Enough specific shared evidence for two claims (Features) of different articles to be linked at all."""
    shared = shared_weight(a.lemmas, b.lemmas)
    if shared < _MIN_SHARED or different_people(a, b):
        return False
    if overlap(a.lead_lemmas, b.lead_lemmas) >= _STORY_LEADS:
        return True
    return shared >= _CLOSE_SHARED and overlap(a.lemmas, b.lemmas) >= _CLOSE_WORDING


def different_people(a: Features, b: Features) -> bool:
    """Each claim names someone the other does not ("placed Reggie Bush on injured reserve" /
    "placed Pierre Thomas on injured reserve"), or calls the same kind of person by another nationality
    ("a British climber" / "an Australian climber"): two happenings of one kind. Who said it does not count."""
    if a.people and b.people and _someone_unnamed(a.people, b.people) and _someone_unnamed(b.people, a.people):
        return True
    mine, theirs = _nationals_of(a), _nationals_of(b)
    if not mine or not theirs:
        return False
    return any(mine[noun].isdisjoint(theirs[noun]) for noun in mine.keys() & theirs.keys())


@per_claim
def _nationals_of(f: Features) -> dict[str, frozenset[str]]:
    return nationals(f.claim.text)


# A word of an organisation's name this rare in English tells it from another ("Arvo Bank" / "Celta Bank").
_DISTINCT_NAME = 2.0


@lru_cache(maxsize=65536)  # a claim's text and entities, asked about in every pair it is in
def _distinct_words(name: str) -> frozenset[str]:
    words = (w.strip('.,;:!?"“”()').removesuffix("'s").removesuffix("’s").lower() for w in name.split())
    return frozenset(w for w in words if len(w) >= 3 and rarity(w) >= _DISTINCT_NAME)


@per_claim
def _bodies_about(f: Features) -> tuple[frozenset[str], ...]:
    """The distinctive words of each organisation the claim is about, not who said it (nor the aliases added
    for matching: "UMD" for "UK Ministry of Defence")."""
    from corpus.xref.features import entity_type  # features imports this module

    said = {w for name in f.claim.speaker_chain or [f.claim.speaker or ""] for w in name.split()}
    return tuple(
        words
        for e in f.claim.entities
        if (words := _distinct_words(e)) and entity_type(e) == "organisation" and not any(w in said for w in e.split())
    )


@per_claim
def _named_words(f: Features) -> frozenset[str]:
    """The distinctive words a claim names anywhere: in its entities or its text."""
    return frozenset(w for e in f.entities for w in _distinct_words(e)) | _distinct_words(f.claim.text)


def _other_bodies(a: Features, b: Features) -> bool:
    """An organisation ``a`` is about (not who said it) that ``b`` never names by a distinctive word."""
    bodies = _bodies_about(a)
    if not bodies:
        return False
    theirs = _named_words(b)
    return any(not (words & theirs) for words in bodies)


def different_parties(a: Features, b: Features) -> bool:
    """Each claim is about an organisation the other never names ("fined Arvo Bank 2 million euros" /
    "fined Celta Bank 2 million euros"): two happenings of one kind, however alike the words and figures."""
    return _other_bodies(a, b) and _other_bodies(b, a)


@lru_cache(maxsize=65536)
def name_words(name: str) -> frozenset[str]:
    """The words of a name that are capitalised and of three letters or more."""
    return frozenset(w for w in name.split() if len(w) >= 3 and w[:1].isupper())


def _someone_unnamed(people: frozenset[str], others: frozenset[str]) -> bool:
    """One of ``people`` is none of ``others``: no surname of either is a word of the other's name, so
    "Marsh", "Ellen Marsh" and "Ellen Marsh To Tour" (a title-case headline read as a name) are one person."""
    return any(
        not any(p.split()[-1] in name_words(q) or q.split()[-1] in name_words(p) for q in others) for p in people
    )


@lru_cache(maxsize=1)
def _national_noun() -> re.Pattern[str]:
    from corpus.extract.entities import gazetteer

    names = sorted(gazetteer().demonyms, key=lambda n: (-len(n), n))  # longest first; one order in every process
    # Beyond the gazetteer's, the shape of a nationality adjective: Australian, Korean, Nepalese, Polish.
    shaped = r"[A-Z][a-z]{2,}(?:ian|ean|ese|ish)|[A-Z]{3,}(?:IAN|EAN|ESE|ISH)"
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + "|" + shaped + r")\s+([a-z]{3,})\b")


@lru_cache(maxsize=65536)
def nationals(text: str) -> dict[str, frozenset[str]]:
    """noun -> the nationalities the text gives it ("an Australian climber" -> {"climber": {"australian"}})."""
    out: dict[str, set[str]] = {}
    for m in _national_noun().finditer(text):
        noun = m.group(2).lower()
        if noun not in _STOP:
            out.setdefault(stem(noun), set()).add(m.group(1).lower())
    return {k: frozenset(v) for k, v in out.items()}


def _day(f: Features) -> str:
    """The claim's own day, else its article's stated (not estimated) publication day, else ""."""
    if f.claim.date and len(f.claim.date) >= 10:
        return f.claim.date[:10]
    published = f.article.published or ""
    return published[:10] if len(published) >= 10 and not f.article.published_estimated else ""


@per_claim
def _day_number(f: Features) -> int | None:
    """``_day`` as a day number, None when there is none or it is no date."""
    day = _day(f)
    try:
        return date.fromisoformat(day).toordinal() if day else None
    except ValueError:
        return None


@per_claim
def _year_number(f: Features) -> int | None:
    """The year of the claim's own date (a year or a month will do), else of ``_day``; None when none."""
    year = (f.claim.date or _day(f))[:4]
    return int(year) if year.isdigit() else None


def different_times(a: Features, b: Features) -> bool:
    """The claims' days (their own, else their articles') are more than a year apart: two happenings
    of one kind (two floods in one valley), not one reported twice. A count that says it runs over
    the span ("since 2022", the same year named in both) is one story however far apart its reports.
    A claim dated by its year alone is apart from one dated three or more years away ("The last rail
    strike, in 2019, cancelled 90% of services" in an undated explainer / a strike reported in 2026)."""
    if a.since_text or b.since_text or a.years & b.years:
        return False
    x, y = _day_number(a), _day_number(b)
    if x is None or y is None:  # (one day not a date: apart only when their years are far apart)
        first, second = _year_number(a), _year_number(b)
        return first is not None and second is not None and abs(first - second) > 2
    return abs(x - y) > _YEAR_DAYS


# Two articles report one event when their whole texts share enough rare words (the names,
# places and event words that recur through both), and do not date themselves to different years.
# Calibrated on ECB+ topics 1-35 (each topic holds two similar events): at this mark about nine
# in ten article pairs are about one event.
SAME_EVENT_ARTICLES = 0.3
SAME_EVENT_SHARED = 5.0  # and two of their sentences share more than a name: about that event
_SAME_EVENT_CACHE: dict[tuple[str, str], bool] = {}


def same_event_articles(a: Features, b: Features) -> bool:
    """Whether the articles of two claims (Features) are about one event (a function of the two articles)."""
    key = (a.article.id, b.article.id) if a.article.id < b.article.id else (b.article.id, a.article.id)
    found = _SAME_EVENT_CACHE.get(key)
    if found is None:
        if len(_SAME_EVENT_CACHE) > 100_000:
            _SAME_EVENT_CACHE.clear()
        other_years = a.event_years and b.event_years and not (a.event_years & b.event_years)
        found = not other_years and overlap(a.event_lemmas, b.event_lemmas) >= SAME_EVENT_ARTICLES
        _SAME_EVENT_CACHE[key] = found
    return found
