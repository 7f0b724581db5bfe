"""Whose count a figure is: who did the counted act, read from the figure's own clause.

"Icelandair cancelled 64 flights" counts one airline's cancellations; "Isavia put the number of flights cancelled at
Keflavik by all airlines at 131" and "127 flights had been cancelled at the airport" count every airline's at a
place. The two are different figures, however alike their measure and their place: neither corroborates, revises nor
contradicts the other. Two reports of one count name one doer (or a pronoun for the one who tells it: "Icelandair
said it had cancelled 112 flights"), and when one names none it is that doer's count only if the numbers agree.

A doer is read from the subject of the verb just before the figure ("SAS and Widerøe cancelled 64", "the storm had
forced it to cancel 176", "TTK's own rescuers had pulled 58"), or from "by" after a passive verb after it ("203
flights had been cancelled at Keflavik by all airlines"), or after "the number of flights cancelled". Verbs that only
tell or measure a count ("put", "recorded", "reported") or what happened to people ("killed", "affected") name no
doer.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from corpus.countries import country_of
from corpus.wordlist import rarity
from corpus.xref.doers import _NAME_AT_START, _keys
from corpus.xref.features import is_headline, lead_sentence_giving
from corpus.xref.memo import per_article, per_claim

if TYPE_CHECKING:
    from corpus.model import Article, Quantity
    from corpus.xref.features import Features

ALL = "*all"  # every doer: "by all airlines", "in all", "by its own teams, TTK crews and volunteers"
PLACE = "*place"  # no doer named, the count placed: "127 flights had been cancelled at the airport"
SPEAKER = "*speaker"  # a pronoun for the one who tells it: "Icelandair said it had cancelled 112 flights"

_WORD = re.compile(r"[A-Za-z][\w'’.&-]*|[,;:()\"“”—–]")
# Words between a verb and its figure: "cancelled a total of 64", "rescued at least 23", "brought another 48".
_BEFORE_FIGURE = frozenset(
    "a an the total of about around some at least more than nearly almost another over roughly estimated further up "
    "to its their".split()
)
# Words between a doer and its verb.
_BETWEEN = frozenset(
    "has have had also already now itself themselves alone reportedly so far since then later again still".split()
)
_PRONOUNS = frozenset({"it", "they", "we"})
_PLACE_PREPOSITIONS = frozenset("in at on near from across around inside outside off".split())
_INTENT = frozenset("forced allowed asked plans planned had expects expected wants decided agreed".split())
_BOUNDARY = frozenset(
    "that said says told , ; : ( ) — – which who when while as after before because and but".split()
) - {"and"}
# Verbs that tell or measure a count, or what befell those counted: no doer's act.
_NO_DOER = frozenset(
    """put recorded counted reported registered estimated confirmed logged tallied listed revised raised cut lowered
    kept increased decreased set placed reached rose climbed fell dropped totalled totaled stood hit exceeded topped
    passed numbered affected killed injured wounded trapped displaced hurt stranded died missing dead found left
    suspected expected forecast projected said told infected burned burnt scorched flooded damaged destroyed
    sickened""".split()
)
_IRREGULAR = frozenset("brought sold shot took flew caught held sent made gave won lost built drew".split())
_PASSIVE = re.compile(
    r"^\s*(?:[a-z][\w-]*\s+){0,5}?(?:had\s+|have\s+|has\s+)?(?:been|were|was|are|is)\s+(?:also\s+|now\s+)?"
    r"(?P<verb>[a-z]+)\b(?P<rest>[^.;]*)"
)
_NUMBER_OF = re.compile(
    r"\b(?:number|total|count|tally)\s+of\s+(?:[a-z-]+\s+){1,3}?(?P<verb>[a-z]+ed)\b(?P<rest>[^.;]*?)\s+at\s*$"
)
_AGENT = re.compile(r"\bby\s+(?P<agent>[^.;]+?)(?=\s+(?:since|over|on|during|until|this|last|in|at|said)\b|[.;]|$)")
_PLACED = re.compile(r"\b(?:at|in)\s+(?:the\s+)?[A-Za-z]")
_IN_ALL = re.compile(r"\b(?:in\s+all|in\s+total|altogether)\b")
_A_TOTAL_OF = re.compile(r"\b(?:a|the)\s+total\s+of\s+$", re.IGNORECASE)


# What sits inside a doer's subject without being it: a relative clause between commas ("Rescue teams of Turkish
# Hardcoal Enterprises, which runs the mine, had brought 58") and the brackets around an acronym ("(TTK)": its name).
_AN_ASIDE = re.compile(r",\s+(?:which|who)\b[^,;]*,|[()]")


def _a_doers_verb(word: str) -> bool:
    return word not in _NO_DOER and (word.endswith("ed") or word in _IRREGULAR)


# An employer's own jobs cut or added, in any tense: "said it would cut 12,000 jobs", "is laying off 12,000 workers",
# "will eliminate 10,000 more jobs", "Alphabet to cut 12,000 jobs". (Elsewhere "cut" tells a forecast lowered.)
_JOB_VERBS = frozenset(
    """cut cuts cutting shed sheds shedding axe axes axed axing eliminate eliminates eliminated eliminating slash slashes
    slashed slashing lay lays laying laid add adds added adding create creates created creating hire hires hired
    hiring""".split()
)
# Words between an employer and its verb of jobs: modals and auxiliaries ("it will lay off", "Google is laying off").
_JOB_AUXILIARIES = frozenset("will would could may might shall is are was were be being been also".split())
# A pronoun's teller, said before it: "Google parent Alphabet Inc said on Friday it would cut 12,000 jobs".
_SAYING = frozenset("said says announced told confirmed".split())
# Capitalised words in an employer's name that name no one employer: determiners, titles, legal forms.
_NO_EMPLOYER = frozenset(
    """the a an its their his her our this that chief executive ceo president chairman officials official spokesman
    spokeswoman spokesperson inc corp corporation co ltd plc llc ag sa nv se group holdings company""".split()
)


def _employer_keys(words: list[str]) -> frozenset[str]:
    """An employer's name keys: its capitalised words but for ``_NO_EMPLOYER`` ("Google parent Alphabet Inc": google,
    alphabet). A company's name is often a common word ("Alphabet", "Meta", "Shell"), unlike a side's (``_keys``)."""
    keys = set()
    for word in words:
        bare = word.removesuffix("'s").removesuffix("’s").strip(".")
        if bare[:1].isupper() and bare.lower() not in _NO_EMPLOYER:
            country = country_of(bare)
            keys.add(f"@{country.lower()}" if country else bare.lower())
    return frozenset(keys)


def _of_the_agent(agent: str) -> str | frozenset[str] | None:
    words = agent.split()
    if words[:1] == ["all"] or "," in agent or " and " in agent:
        return ALL
    keys = _keys(_WORD.findall(agent))
    return keys or None


def _of_the_subject(tokens: list[str], opens: bool, jobs: bool = False) -> str | frozenset[str] | None:
    """``opens``: the subject opens the claim, where a common word is capitalised too ("Rescuers pulled 23");
    ``jobs``: the subject of a verb of jobs, an employer."""
    if jobs:
        lowered = [t.lower() for t in tokens]
        if lowered and lowered[-1] in _PRONOUNS:
            return SPEAKER
        return _employer_keys(tokens) or None
    if opens and tokens and not tokens[0].isupper():
        first = tokens[0].lower()
        if rarity(first) < _NAME_AT_START or first.endswith("s"):
            tokens = tokens[1:]  # (a plural opening a sentence is a common noun: "Rescuers", "Firefighters")
    lowered = [t.lower() for t in tokens]
    if not tokens:
        return None
    if lowered[-1] in _PRONOUNS or ("own" in lowered and ("its" in lowered or "their" in lowered)):
        return SPEAKER  # "it had cancelled", "its own teams had rescued"
    if lowered[:1] == ["all"]:
        return ALL
    keys = _keys(tokens)
    return keys or None


def _active_doer(before: list[str], jobs: bool = False) -> str | frozenset[str] | None:
    """The doer of the verb just before a figure (``before``: the claim's words up to the figure); ``jobs``: the
    figure counts jobs, whose verbs (``_JOB_VERBS``) are an employer's acts."""
    i = len(before)
    while i > 0 and before[i - 1].lower() in _BEFORE_FIGURE:
        i -= 1
    if i == 0:
        return None
    verb = before[i - 1]
    i -= 1
    if jobs and verb == "off" and i > 0 and before[i - 1].lower() in ("lay", "lays", "laying", "laid"):
        verb = before[i - 1]  # "will lay off 10,000"
        i -= 1
    job_verb = jobs and verb.lower() in _JOB_VERBS
    if i > 0 and before[i - 1] == "to" and verb.islower():
        i -= 1  # "forced it to cancel", "plans to cancel"
        if i > 0 and before[i - 1].lower() in _PRONOUNS:
            return SPEAKER if i > 1 and before[i - 2] in _INTENT else None
        if i > 0 and before[i - 1] in _INTENT:
            i -= 1
        elif not (job_verb and i == 1 and before[0][:1].isupper()):  # (a headline: "Alphabet to cut 12,000 jobs")
            return None
    elif not (_a_doers_verb(verb) or job_verb):
        return None
    while i > 0 and (before[i - 1].lower() in _BETWEEN or (job_verb and before[i - 1].lower() in _JOB_AUXILIARIES)):
        i -= 1
    start = i
    while start > 0 and before[start - 1].lower() not in _BOUNDARY:
        start -= 1
    if start == i and start > 1 and before[start - 1] == ",":
        # a name in apposition just before the verb: "Rescue teams of the mine's operator, Saknakhshiri, brought 58"
        i = start = start - 1
        while start > 0 and before[start - 1].lower() not in _BOUNDARY:
            start -= 1
    subject = before[start:i]
    if subject and subject[-1].lower() in _PRONOUNS:
        return SPEAKER  # "said on Tuesday it had cancelled"
    # (the head of the subject, not where it was: "A cholera outbreak in Congo's Kasai province has infected")
    head = next((k for k, t in enumerate(subject) if t in _PLACE_PREPOSITIONS), len(subject))
    return _of_the_subject(subject[:head], start == 0, job_verb)


def _passive_doer(after: str) -> str | frozenset[str] | None:
    """The doer of a passive verb after a figure ("flights had been cancelled at Keflavik by all airlines")."""
    m = _PASSIVE.match(after)
    if m is None or not _a_doers_verb(m.group("verb")):
        return None
    return _of_the_rest(m.group("rest"))


def _of_the_rest(rest: str) -> str | frozenset[str] | None:
    """The doer the words after a passive verb name: its clause, up to a comma unless "by" follows it ("rescued in
    all since the blast, by its own teams, TTK crews and volunteers"; not "infected in Kasai, a figure first
    reported by Reuters")."""
    told = re.search(r"\s(?:said|says|according)\b", rest)
    rest = rest[: told.start()] if told else rest
    comma = re.search(r",(?!\s*by\b)", rest)
    agent = _AGENT.search(rest)
    # (a "by" before the clause's first comma names doers that may run on past commas: "by its own teams, TTK crews
    # and volunteer miners" is a list, all of them)
    doer = _of_the_agent(agent.group("agent")) if agent and (comma is None or agent.start() < comma.start()) else None
    if doer is not None:
        return doer
    clause = rest[: comma.start()] if comma else rest
    if _IN_ALL.search(clause):
        return ALL
    return PLACE if _PLACED.search(clause) else None


def _figure_at(f: Features) -> Quantity | None:
    return next((q for q in f.claim.quantities if q.value is not None and q.measure), None)


@per_claim
def count_doer(f: Features) -> str | frozenset[str] | None:
    """Whose count the claim's first figure is: the doer's name keys, ``ALL``, ``PLACE``, or None when its clause
    tells no doer's act; a pronoun for the speaker is read as the speaker's name."""
    q = _figure_at(f)
    if q is None:
        return None
    text = f.claim.text
    at = q.start - f.claim.start
    if not (at >= 0 and text[at : at + len(q.text)] == q.text):
        at = text.find(q.text)
        if at < 0:
            return None
    before, after = _AN_ASIDE.sub("", text[:at]), text[at + len(q.text) :]
    number_of = _NUMBER_OF.search(before)
    jobs = q.measure == "jobs"
    words = _WORD.findall(before)
    doer = _active_doer(words, jobs) or _passive_doer(after)
    if doer is None and number_of is not None and _a_doers_verb(number_of.group("verb")):
        doer = _of_the_rest(number_of.group("rest"))
    if doer is None and _A_TOTAL_OF.search(before) and _passive_doer(after) is None and _PASSIVE.match(after):
        doer = ALL  # "A total of 108 miners were brought out alive": everyone's, whoever brought them
    if doer == SPEAKER:
        keys = (_sayer(words) if jobs else frozenset()) or _keys(_WORD.findall(f.claim.speaker or ""))
        return keys or None
    if doer is None and q.measure in _OF_AN_EMPLOYER:
        # "The cuts amount to less than 5% of the company's workforce" under "Microsoft to lay off 10,000 workers"
        return _headline_employer(f) or None
    if jobs and isinstance(doer, frozenset) and is_headline(f.claim, f.article):
        return doer | _lead_employer(f)  # "Alphabet to cut 12,000 jobs" over "Google parent Alphabet Inc ..."
    return doer


# Measures of an employer's jobs: its cuts or hires, and their share of its workforce.
_OF_AN_EMPLOYER = frozenset({"jobs", "share of workforce"})


@per_article
def _headline_employer(article: Article) -> frozenset[str]:
    """The employer a headline tells cutting or adding jobs ("Microsoft to lay off 10,000 workers"): whose jobs the
    article's figures of jobs that name no employer are."""
    title = article.title or ""
    first_number = re.search(r"\d", title)
    if first_number is None:
        return frozenset()
    doer = _active_doer(_WORD.findall(title[: first_number.start()]), True)
    return doer if isinstance(doer, frozenset) else frozenset()


def _lead_employer(f: Features) -> frozenset[str]:
    """The employer the lead names in the sentence giving the headline's figure again, with every name it goes by
    there ("Google parent Alphabet Inc said on Friday it would cut 12,000 jobs")."""
    sentence = lead_sentence_giving(f)
    if sentence is None:
        return frozenset()
    words = _WORD.findall(_AN_ASIDE.sub("", sentence[: sentence.find(f.claim.quantities[0].text)]))
    doer = _active_doer(words, True)
    if doer == SPEAKER:
        return _sayer(words)
    return doer if isinstance(doer, frozenset) else frozenset()


def _sayer(words: list[str]) -> frozenset[str]:
    """The names of who says what a pronoun after it did ("Google parent Alphabet Inc said on Friday it would cut":
    Google and Alphabet, one employer named twice), read back from the last verb of saying to its clause's start."""
    said = next((k for k in range(len(words) - 1, -1, -1) if words[k].lower() in _SAYING), None)
    if said is None:
        return frozenset()
    start = said
    while start > 0 and words[start - 1].lower() not in _BOUNDARY:
        start -= 1
    return _employer_keys(words[start:said])


def counts_of_other_doers(a: Features, b: Features) -> bool:
    """The two claims' figures count acts of other doers: each names its own ("Icelandair cancelled 64 flights" /
    "SAS cancelled 64 flights"), or one names a doer and the other all of them ("by all airlines", "in all"), or
    one names a doer and the other none, counting at a place, with another number ("Icelandair cancelled 112
    flights" / "127 flights had been cancelled at the airport")."""
    x, y = count_doer(a), count_doer(b)
    if x is None or y is None:
        return False
    if isinstance(x, frozenset) and isinstance(y, frozenset):
        return not x & y
    if isinstance(x, frozenset) or isinstance(y, frozenset):
        other = y if isinstance(x, frozenset) else x
        return other == ALL or (other == PLACE and not _same_number(a, b))
    return False


def _same_number(a: Features, b: Features) -> bool:
    x, y = _figure_at(a), _figure_at(b)
    if x is None or y is None or x.value is None or y.value is None:
        return False
    return abs(x.value - y.value) <= 0.05 * max(abs(x.value), abs(y.value))
