"""Links the figure and statement rules miss: a denial of another source's report in the same
story, and the same sum of money reported twice.

Precision first: a denial conflicts with a report only when both are firm, come from
different sources and share at least three content words beyond who said them ("denied
that its aircraft had killed civilians in an attack on a village in Sagaing" / "an airstrike
on a village in Sagaing killed at least 27 civilians"); anything weaker is "related".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from corpus.wordlist import rarity
from corpus.xref.features import (
    MONEY_MEASURES,
    REPLACED_SUM,
    Features,
    a_limit,
    content_similarity,
    denied_report,
    name_stems,
    negated,
    recalled_denial,
    same_story,
    shared_content,
    similarity,
    speaker_stems,
    stems,
    sums_meet,
)
from corpus.xref.memo import claim_says, per_claim
from corpus.xref.reasons import statement_reason
from corpus.xref.statements import action_words, patient_of, same_event_articles
from corpus.xref.stems import stem

if TYPE_CHECKING:
    from corpus.xref.relations import Candidate  # relations imports this module, and passes Candidate in

Test = Callable[[Features, Features], bool]
Ordering = Callable[[Features, Features], tuple[Features, Features]]  # (later, earlier)

_CONFLICT_WORDS = 3
_NAMED_OBJECT = 2  # a denial naming what it denies, and the report naming it too, weighs two shared words
# What a denial calls the thing before naming it: "dismissed as “fake news” a report that ...", "rejected as baseless
# the claims".
_DISMISSED_AS = (
    r"(?:as\s+(?:[“\"‘'][^”\"’']{1,30}[”\"’']|[a-z-]+(?:\s+[a-z-]+)?)\s+(?=(?:the|these|those|all|any|an?)\s))?"
)
# "rejected the fraud allegations", "denied reports of a deal": the denial says what it denies.
_DENIED_OBJECT = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|reject\w*|dismiss\w*|refut\w*)\s+"
    + _DISMISSED_AS
    + r"(?:the\s+|these\s+|those\s+|all\s+|any\s+|an?\s+)?"
    r"(?:(?P<before>[a-z]{3,})\s+)?(?:allegations?|claims?|reports?|accusations?|charges?|rumou?rs?)"
    r"(?:\s+(?:of|about|that)\s+(?:an?\s+|the\s+)?(?P<after>[a-z]{3,})(?P<rest>(?:\s+[a-z]+){0,5}))?",
    re.IGNORECASE,
)


def _linked(
    candidate: type[Candidate], new: Features, old: Features, relation: str, score: float, what: str
) -> Candidate:
    """A link between two statements, its reason worded from both only if it is kept."""
    return candidate(new.claim.id, old.claim.id, relation, score, lambda: statement_reason(new, old, what))


def _names_what_it_denies(denial: Features, shared: frozenset[str]) -> bool:
    """The denial names the thing it denies ("the fraud allegations", "reports of a deal") and the
    other claim names it too (``shared``: the stems both use)."""
    m = _DENIED_OBJECT.search(denial.claim.text)
    if m is None:
        return False
    # "dismissed a report that the government planned to restrict wheat exports": the words of what the
    # report said, a few after its subject, name it too.
    said = (m.group("rest") or "").split()
    return any(word and stem(word.lower()) in shared for word in (m.group("before"), m.group("after"), *said))


_CONFLICT_CONTENT = 0.2
# A report that says it goes against a denial: "contradicting the government's denial", "despite repeated denials
# by the ministry", "at odds with official denials".
_AGAINST_A_DENIAL = re.compile(
    r"\b(?:contradict(?:s|ed|ing)?|despite|in\s+spite\s+of|at\s+odds\s+with|counter\s+to|undercut(?:s|ting)?|"
    r"belie(?:s|d)?)\s+(?:(?:the|an?|its|their|his|her|repeated|earlier|previous|official|[A-Z][\w.-]*(?:['’]s)?)\s+){0,4}"
    r"denials?\b",
    re.IGNORECASE,
)
# What a denied report is said to have said: "dismissed a report that <the government planned to ...>".
_REPORTED_CLAUSE = re.compile(
    r"\b(?:reports?|claims?|allegations?|accusations?|rumou?rs?|suggestions?)\s+that\s+(?P<clause>[^.;]+)",
    re.IGNORECASE,
)
_HELD_SHARE = 0.6


def _holds_reported(denial: Features, report: Features) -> bool:
    """Most words of what the denial says the report said are the report's own."""
    m = _REPORTED_CLAUSE.search(denial.claim.text)
    if m is None:
        return False
    said = stems(_SAYING.split(m.group("clause"), maxsplit=1)[0])
    return len(said) >= 3 and len(said & report.words) >= _HELD_SHARE * len(said)


def denial_in_story(
    a: Features, b: Features, candidate: type[Candidate], same_speaker: Test, later_first: Ordering
) -> Candidate | None:
    """A denial and a report by another source of the same story (same article or days apart)."""
    if (a.polarity == "deny") == (b.polarity == "deny"):
        return None  # no denial, or two denials
    if (a.negated and a.polarity == "assert") or (b.negated and b.polarity == "assert"):
        return None  # "forces had not crossed the border" sides with a denial of the crossing
    if not same_story(a, b) or not close_in_time(a, b):
        return None  # a denial months before a confirmation is an update, not a conflict
    shared = shared_content(a, b)
    if len(shared) < 2 and not (shared and similarity(a, b) >= 0.3):
        return None  # one shared word is enough only when the wording is close as a whole
    new, old = later_first(a, b)
    firm = a.firm and b.firm
    # The places and parties both name count as shared evidence too ("denied that any troops had entered
    # Somalia's Gedo region" / "deployed about 8,000 troops to Somalia's Gedo region").
    evidence = len(shared) + len((a.places | a.entities) & (b.places | b.entities))
    denial, report = (a, b) if a.polarity == "deny" else (b, a)
    if _recalls_denial_only(report, denial):
        return None  # it tells of the denial, not the thing denied
    named = _names_what_it_denies(denial, shared)
    if named or _AGAINST_A_DENIAL.search(report.claim.text):
        # "rejected the fraud allegations" against "evidence of fraud"; "a ransom was paid ..., contradicting the
        # government's denial": each names what the other is about
        evidence += _NAMED_OBJECT
    # "dismissed a report that the government planned to raise fuel taxes" against "is considering raising
    # fuel taxes to narrow the deficit, two officials told the paper": the report holds what was denied.
    holds = named and _holds_reported(denial, report)
    # What the denial says did not happen ("denied that it was in talks to buy Orsen"): a report shares its words,
    # not only the story's ("Orsen shares jumped 18%"); one that holds all of a short denied clause ("denied
    # that any gates had been locked" / "the gates ... had been locked") names it as surely as "the report" does.
    denied = _denied_words(denial)
    held_words = [w for k, w in denied.items() if k in report.content]
    if len(held_words) == len(denied) >= _WHOLE_CLAUSE_WORDS and (
        min(held_words) >= _WHOLE_CLAUSE_WEIGHT
        # three or more words held whole ("denied that it had been warned about cracks in the roof" / "had
        # ignored warnings about cracks in the tunnel roof"): rare enough together, one of them plainer
        or (len(held_words) >= _WHOLE_CLAUSE_WORDS + 1 and sum(held_words) / len(held_words) >= _WHOLE_CLAUSE_WEIGHT)
    ):
        evidence += _NAMED_OBJECT
    off_the_point = (
        (len(denied) >= _WHOLE_CLAUSE_WORDS and len(held_words) < _WHOLE_CLAUSE_WORDS)
        # ("Airline denies maintenance problems" / "A Jeju Air plane crashed ...": none of what it denies is told)
        or (not denied and _thing_denied_untold(denial, report))
        or not _holds_doer_or_act(denial, report)
        or (not denied and _told_apart_from_the_report_denied(denial, report))
    )
    if _only_what_it_did_not_deny(denial, report, denied):
        # "dismissed as fake reports that troops were fighting in Kursk, though he did not deny they were in Russia"
        # / "there was evidence that the troops were in Russia": the report tells what the denial leaves standing
        return _linked(candidate, new, old, "related", 0.45, "what the denial did not deny")
    close = content_similarity(a, b) >= _CONFLICT_CONTENT or holds
    # A report of what may happen ("may restrict wheat exports, according to a report") is what a denial of
    # that report denies, however hedged.
    firm = firm or (holds and denial.firm)
    # A count ("five killed and 48 injured") is denied by a denial of that count, not by one of a cause
    # or a plan that only shares the story's words ("denied that a faulty track caused the derailment").
    uncounted = bool(report.topics) and not (report.topics & denial.topics)
    if (
        firm
        and not uncounted
        and not same_speaker(a, b)
        and evidence >= _CONFLICT_WORDS + 1
        and len(shared) >= 2
        and close
        and not off_the_point
    ):
        return _linked(candidate, new, old, "conflicts", 0.55, "denial of the report")
    return _linked(candidate, new, old, "related", 0.45, "disputed")


# The thing a denial names with no clause: "Airline denies maintenance problems", "denied any links to the group"
# (not the report or claim it dismisses: "denied reports of a massacre" denies the massacre).
_DENIED_THING = re.compile(
    r"\bden(?:y|ies|ied|ying)\s+(?:on\s+\w+\s+)?(?:(?:the|any|an?)\s+)?(?:(?:reports?|claims?|allegations?|"
    r"suggestions?)\s+(?:of|about)\s+(?:the\s+|an?\s+)?)?(?P<thing>[a-z][a-z-]+(?:\s+(?!(?:to|of|in|on|at|for|by|with|"
    r"from|over|after|before|and|or|but|as)\b)[a-z][a-z-]+){1,3})"
)


def _thing_denied_untold(denial: Features, report: Features) -> bool:
    """The denial names a thing of two or more words and the report tells none of them: it denies something else."""
    m = _DENIED_THING.search(denial.claim.text)
    if m is None:
        return False
    said = speaker_stems(denial.claim)
    words = {k for k in stems(m.group("thing")) if k not in said and denial.lemmas.get(k, 0.0) > 0}
    return len(words) >= 2 and not words & set(report.content)


# What a denial says did not happen: the clause after "denied that", or what was "found no" of.
_DENIED_CLAUSE = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|rejected|dismissed|refuted)\s+(?:on\s+\w+\s+)?"
    + _DISMISSED_AS
    +  # "rejected reports that he intends to resign": what the reports said is what was denied
    # ("denied a report that it planned to close its Lund factory", "dismissed media reports that")
    r"(?:(?:the\s+|any\s+|an?\s+)?(?:(?:media|press|news|newspaper)\s+)?"
    r"(?:reports?|claims?|suggestions?|allegations?|speculation)\s+"
    # "denied a report in a local paper that", "rejected claims by two unions that": whose report, then what it said
    r"(?:(?:in|by|from|on)\s+[^.;,“”\"]{1,40}?\s+)?)?that\s+(?P<clause>[^.;]+)"
    # "denied paying a ransom", "denies having misled investors": the act denied, as a gerund
    r"|\bden(?:y|ies|ied|ying)\s+(?:on\s+\w+\s+)?(?P<act>(?:having\s+)?[a-z]{3,}ing\b[^.;]*)"
    r"|\b(?P<verb>found|find|finding|saw|seen|detected)\s+no\s+(?P<object>[^.;,]+)",
    re.IGNORECASE,
)
# The denied clause and the later claim share three words of some weight ("accept", "pay", "offer");
# without other evidence of one story, the shared words must be rarer ("irregularities", "polling").
_REVERSAL_WORDS, _REVERSAL_WEIGHT, _REVERSAL_ALONE = 3, 4.5, 7.0
_REVERSAL_DAYS = 183  # (a plant's closure denied in June is confirmed in November)
# "denied that hospitals were overwhelmed, saying 600 extra beds had been opened": what was denied ends there.
# "denied that it was in talks to buy Orsen, hours after a report sent its shares higher": a time clause after
# the comma tells when, not what was denied.
_SAYING = re.compile(
    r",\s+(?:saying|adding|calling|insisting|arguing|noting|telling|and|but|while|which|"
    r"(?:(?:hours|days|weeks|a\s+day|a\s+week|shortly|soon|just|only|moments)\s+)?(?:after|before)|"
    r"following|when|as)\b",
    re.IGNORECASE,
)
# "denied that he planned to resign over the collapse of Norbank": the cause the clause names is not what was
# denied ("Norbank collapsed" is not in dispute); nor is the happening it is set before or after ("denied that the
# jet had any maintenance problems before the crash that killed 179 people").
_CAUSE_NAMED = re.compile(
    r"\s+(?:over|amid|because\s+of|due\s+to|in\s+the\s+wake\s+of|following|before|after|ahead\s+of|since)\s+"
    r"(?:the|a|an|his|her|its|their)\s+"
    r"(?:[a-z-]+\s+){0,2}?(?:collapse|failure|scandal|affair|crisis|row|dispute|handling|deaths?|loss(?:es)?|sinking|"
    r"crash|attack|leaks?|allegations?|revelations?|reports?|investigation|probe|findings?|strikes?|protests?|"
    r"remarks|comments|decision|deal|policy|vote)\b",
    re.IGNORECASE,
)
_WHOLE_CLAUSE_WORDS = 2  # a short denied clause ("hospitals were overwhelmed") reported whole, in two words
_WHOLE_CLAUSE_WEIGHT = 2.0  # each of its words at least this rare ("gate", "lock"; not "people", "said")


# The denied clause's doer ends where its verb begins: "its cutters | had intercepted the freighter".
_AUXILIARY = re.compile(
    r"\s+(?:had|has|have|was|were|is|are|would|will|could|did|does|do)\s+(?:(?:not|never|already|also|been|being|be)\s+)*"
    r"(?P<verb>[a-z]{3,})\b"
)
_INFINITIVE = re.compile(r"\bto\s+([a-z]{3,})\b")
_PRONOUN_DOERS = frozenset("it he she they we i you its their his her this that there".split())


def _told_apart_from_the_report_denied(denial: Features, report: Features) -> bool:
    """ "The company denied the report", after "Nedtel paid hackers 2 million euros, a newspaper reported": the
    report denied is that sentence, so another claim is denied only if it says much of what that sentence says
    ("the breach at Nedtel affected 6.1 million customers" shares the company and its customers, not the payment)."""
    words = _report_denied_words(denial)
    if not words:
        return False
    held = sum(w for k, w in words.items() if k in report.content)
    return held < _REPORT_DENIED_HELD * sum(words.values())


_REPORT_DENIED_HELD = 0.5  # of the denied sentence's words, by rarity
# Where the words of a reported sentence end and who reported it begins: ", the newspaper X reported on ...".
_REPORTED_TAIL = re.compile(
    r",\s+(?=[^,]{0,80}\b(?:reported|said|says|reports|told|according\s+to|citing|wrote|writes)\b)", re.IGNORECASE
)


@per_claim
def _report_denied_words(denial: Features) -> dict[str, float]:
    """The weighted stems of what the sentence an anaphoric denial answers says, less who reported it."""
    text = denied_report(denial.claim, denial.article)
    if text is None or text.strip() == (denial.article.title or "").strip():
        return {}  # (a headline above the denial, "Brussels denies e-bike tariff report", is no report it answers)
    said = _REPORTED_TAIL.split(text, maxsplit=1)[0]
    speakers = speaker_stems(denial.claim)
    return {
        k: w
        for k in stems(said)
        if k not in speakers and k not in _WHEN_WORDS and not k[:1].isdigit() and (w := denial.lemmas.get(k, 0.0)) > 0
    }


def _holds_doer_or_act(denial: Features, report: Features) -> bool:
    """A report is what was denied only if it tells who did it or what was done: "denied that its cutters
    had intercepted the freighter" is not contradicted by "the freighter's crew were released" (the ship's
    name is shared, the interception is not), but is by "a cutter had stopped the freighter" or "cutters
    intercepted it". A clause this cannot split ("denied paying a ransom") passes."""
    told = _denied_doer_and_acts(denial)
    return told is None or any(_one_stem(w, k) for w in told for k in report.content)


@per_claim
def _denied_doer_and_acts(denial: Features) -> frozenset[str] | None:
    """The stems of who the denied clause says did it and of what it says was done, else None."""
    parts = _denied_parts(denial)
    clause = parts and parts["clause"]
    if not clause:
        return None
    aux = _AUXILIARY.search(clause)
    if aux is None:
        return None
    doer = [w for w in clause[: aux.start()].lower().split() if w not in _PRONOUN_DOERS]
    said = speaker_stems(denial.claim)
    # ("was negotiating to lease two berths": leasing them is what was denied too)
    acts = [aux.group("verb"), *_INFINITIVE.findall(clause, aux.end())]
    return (stems(" ".join(doer)) - said) | stems(" ".join(acts))


def _one_stem(x: str, y: str) -> bool:
    """Two stems of one word: equal, or one the other's start ("lease" / "leas", as the stemmer cuts "leasing")."""
    return x == y or (min(len(x), len(y)) >= 4 and (x.startswith(y) or y.startswith(x)))


@per_claim
def _denied_parts(denial: Features) -> dict[str, str | None] | None:
    """The groups of what a denial says did not happen (``_DENIED_CLAUSE``), read once per claim."""
    m = _DENIED_CLAUSE.search(denial.claim.text)
    return None if m is None else m.groupdict()


# What a denial says it leaves standing: "though he did not deny they were in Russia", "but did not deny that".
_NOT_DENIED = re.compile(
    r"\b(?:did\s+not|didn['’]t|does\s+not|doesn['’]t|would\s+not|wouldn['’]t|without)\s+(?:deny|denying)\s+"
    r"(?:that\s+)?(?P<what>[^.;]+)"
)


# What a denied report says of its subject: "reports that North Korean troops were fighting in Kursk".
_SAID_OF = re.compile(
    r"\bthat\s+(?:[\w'’-]+\s+){1,4}?(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+(?P<what>[^,;.]+)"
)


def _only_what_it_did_not_deny(denial: Features, report: Features, denied: dict[str, float]) -> bool:
    """The denial says what it does not deny, and the report holds none of the words only the denied clause has."""
    m = _NOT_DENIED.search(denial.claim.text)
    if m is None:
        return False
    # (what it denies: what its clause says of its subject, "reports that troops were fighting in Kursk": fighting,
    # Kursk; else the clause it names)
    said_of = _SAID_OF.search(denial.claim.text, 0, m.start())
    said = speaker_stems(denial.claim)
    denied_stems = [k for k in stems(said_of.group("what")) if k not in said] if said_of else list(denied)
    spared = set(stems(m.group("what")))
    only_denied = [k for k in denied_stems if k not in spared and k not in _WHEN_WORDS]
    return bool(only_denied) and not any(k in report.content for k in only_denied)


@per_claim  # (asked of a denial by every pair it is in; its callers only read it)
def _denied_words(denial: Features) -> dict[str, float]:
    m = _denied_parts(denial)
    if m is None:
        return {}
    denied = m["clause"] or m["act"]
    clause = _CAUSE_NAMED.split(_SAYING.split(denied, maxsplit=1)[0], maxsplit=1)[0] if denied else ""
    clause = clause or f"{m['verb']} {m['object']}"
    said = speaker_stems(denial.claim)
    return {
        k: w for k in stems(clause) if k not in said and k not in _WHEN_WORDS and (w := denial.lemmas.get(k, 0.0)) > 0
    }


# When the denied thing happened ("warned it about cracks ... last year") is no part of what was denied: another
# report's "passed an inspection last year" shares the time, not the thing.
_WHEN_WORDS = frozenset(
    stem(w)
    for w in (
        "last next this past previous earlier later ago today yesterday tomorrow tonight morning afternoon evening "
        "night weekend day days week weeks month months year years decade decades monday tuesday wednesday "
        "thursday friday saturday sunday january february march april may june july august september october "
        "november december"
    ).split()
)


def _reported(f: Features) -> str:
    """The day the claim was reported: its article's stated day of publication, else the claim's own date
    ("said it had warned Halden in March", published in April, reports the warning in April)."""
    published = f.article.published or ""
    return published if len(published) >= 10 and not f.article.published_estimated else f.when or ""


def _names_the_denier(later: Features, denial: Features) -> bool:
    """The later claim, said by someone else, names the denier in what it says."""
    if not denial.claim.speaker or same_source(later, denial):
        return False
    said = {w for name in later.claim.speaker_chain or [later.claim.speaker or ""] for w in name.split()}
    names = [w for w in denial.claim.speaker.split() if w[:1].isupper() and len(w) >= 3 and w not in said]
    return any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", later.claim.text) for w in names)


def _third_party(later: Features, denial: Features) -> bool:
    """The later claim is another's account against the denial, not the denier's own later news: said by
    someone who is not the denier, or said by no one named and not naming the denier ("the gates had been
    locked, an inquiry found" after "Police denied ..."; not "the state auditor reopened its review")."""
    denier = name_stems(denial.claim.speaker or "")
    if not denier or same_source(later, denial):
        return False
    if later.claim.speaker:
        return not name_stems(later.claim.speaker) & denier
    return not stems(later.claim.text) & denier


def same_source(a: Features, b: Features) -> bool:
    x, y = a.speaker_key or a.claim.speaker or "", b.speaker_key or b.claim.speaker or ""
    return bool(x) and x == y


def later_reversal(a: Features, b: Features, candidate: type[Candidate]) -> Candidate | None:
    """A later report, in another article of the story, that what a denial denied happened after all:
    "denied that it planned to close its Geleen plant" then "confirmed that it will close its Geleen
    plant"; "found no irregularities at any polling station" then "ordered a recount after finding
    irregularities". It conflicts with the denial, and the reason says it came later and contradicts it."""
    if (a.polarity == "deny") == (b.polarity == "deny"):
        return None
    denial, later = (a, b) if a.polarity == "deny" else (b, a)
    if (later.negated and later.polarity != "confirm") or denial.article.id == later.article.id:
        return None  # (a confirmation's "not" is the denial it recalls: "after saying they were not at risk")
    x, y = _reported(later), _reported(denial)
    if len(x) < 10 or len(y) < 10 or x[:10] < y[:10] or (x[:10] == y[:10] and not _admits(later, denial)):
        return None  # the reversal must be reported on a later day, both days known (or be the denier's admission)
    if (date.fromisoformat(x[:10]) - date.fromisoformat(y[:10])).days > _REVERSAL_DAYS:
        return None
    if _recalls_denial_only(later, denial):
        return None
    denied = _denied_words(denial)
    shared = [w for k, w in denied.items() if k in later.content]
    whole = len(shared) == len(denied) >= _WHOLE_CLAUSE_WORDS  # every word of what was denied, reported
    # Another source's claim naming the denier as what it is about ("said it had warned Halden about cracks in
    # the tunnel" after "Halden denied that it had received any warnings about the tunnel") names the denied
    # party's part too.
    about_denier = _names_the_denier(later, denial)
    # (a short clause reported whole, "gates had been locked", weighs enough when none of its words is common)
    weighty = sum(shared) >= _REVERSAL_WEIGHT or (whole and min(shared) >= _WHOLE_CLAUSE_WEIGHT)
    # (the denier admitting every word it denied, however common: "denied that the run had been open" / "admitted
    # that the run was open")
    weighty = weighty or (whole and _admits(later, denial))
    # "denied that he planned to resign" then "Oskar Lind stepped down": the denier named doing the very act denied
    done = _denied_act_done(denial, later, denied)
    # (an admission says itself that it owns up to what was denied: "admitted that a ransom had been paid")
    admitted = _owns_up(later)
    if not done and ((len(shared) + about_denier + admitted < _REVERSAL_WORDS and not whole) or not weighty):
        return None
    if not (done or about_denier or admitted or _holds_doer_or_act(denial, later)):
        return None  # the freighter's crew released is not the interception denied, though both name the ship
    one_story = same_story(a, b, days=_REVERSAL_DAYS) or same_event_articles(a, b)
    if not one_story and not (sum(shared) >= _REVERSAL_ALONE and close_in_time(a, b)):
        return None
    if later.polarity == "assert" and (about_denier or _third_party(later, denial)) and not done:
        # Another source saying what the denier denied (an inspectorate that "had warned Halden"): the two
        # accounts disagree; it is no later news from the denier.
        return _linked(candidate, later, denial, "conflicts", 0.6, "another source reports what was denied")
    # The later news contradicts the denial: the two conflict, and the reason says which came later.
    what = "confirms" if later.polarity == "confirm" else "reports"
    return _linked(
        candidate, later, denial, "conflicts", 0.65, f"later {what} what was denied, contradicting the denial"
    )


# "..., five weeks after its chief executive said it was not cutting jobs": a recalled statement that the thing was
# not so, told with no word of denial (``recalled_denial`` reads those that name one: "a month after the government
# denied that any talks were taking place").
_SAID_NOT_RECALLED = re.compile(
    r"\b(?:after|despite|since|having)\s+(?:[\w'’-]+\s+){0,4}?(?:said|saying|insisted|insisting|told|telling|stated|"
    r"stating|declared|declaring)\s+(?:[\w'’-]+\s+){0,3}?(?:was|were|is|are|would|will|had|has|have|did|does|do|could)"
    r"\s*(?:not|n[’']t|never)\b",
    re.IGNORECASE,
)
# Words that take back what their teller said before ("..., reversing its earlier statement that ...").
_TURNABOUT = r"(?:reversing|contradicting|retracting|going\s+back\s+on|backtracking\s+on)\s+(?:its|their|his|her)\s"
# "..., reversing its earlier statement that no payment data had been taken": the claim names its own turnabout.
_REVERSING_ITS_WORD = re.compile(
    r"\b" + _TURNABOUT + r"\s*(?:own\s+)?(?:earlier|previous|initial|original|first)\s+"
    r"(?:statement|assurance|claim|position|account|denial)s?\b",
    re.IGNORECASE,
)
_TOLD_REVERSED_SHARED = 2  # content words the later news shares with the statement it reverses, at least
# The recalled statement is the later claim's own doer's ("Aerwest is to cut 1,200 jobs, five weeks after its chief
# executive said ...", "confirmed ..., weeks after denying"): that doer's reversal, not another party's act set
# against a denial ("dock workers marched ..., two days after the government dismissed reports of a lease deal").
_BY_ITS_OWN_DOER = re.compile(
    r"(?:after|despite|since|having)\s+(?:(?:it|they|he|she)\s|(?:its|their|his|her)\s|"
    r"(?:denying|dismissing|rejecting|ruling|saying|insisting|stating|declaring)\b)"
    r"|" + _TURNABOUT,
    re.IGNORECASE,
)


@per_claim
def recalls_a_no(f: Features) -> re.Match[str] | None:
    """Where the claim recalls an earlier denial or statement that the thing was not so, if it does."""
    return (
        recalled_denial(f.claim.text)
        or _SAID_NOT_RECALLED.search(f.claim.text)
        or _REVERSING_ITS_WORD.search(f.claim.text)
    )


def reversal_told_as_such(a: Features, b: Features, candidate: type[Candidate]) -> Candidate | None:
    """A claim telling itself that its doer now does what it had said was not so ("Aerwest is to cut 1,200 jobs,
    five weeks after its chief executive said it was not cutting jobs"; "Stavel will close the plant, two weeks after
    it denied that any closure was planned") and, in an earlier article of the story, that statement itself ("We are
    not cutting jobs"), a negation though no word of denial says so: the later news conflicts with it."""
    for later, earlier in ((a, b), (b, a)):
        if later.article.id == earlier.article.id or not (earlier.negated or earlier.polarity == "deny"):
            continue
        m = recalls_a_no(later)
        if m is None or recalls_a_no(earlier) is not None or negated(later.claim.text[: m.start()]):
            continue  # (what the later claim tells, before the denial it recalls, must be so)
        if not _BY_ITS_OWN_DOER.match(later.claim.text, m.start()):
            continue
        x, y = _reported(later), _reported(earlier)
        if len(x) < 10 or len(y) < 10 or x[:10] <= y[:10]:
            continue  # told on a later day, both days known
        if (date.fromisoformat(x[:10]) - date.fromisoformat(y[:10])).days > _REVERSAL_DAYS:
            continue
        shared = stems(later.claim.text) & earlier.content
        # (a short denial, "It said there was no evidence of a cyberattack", shares its one word with the claim that
        # names its turnabout: "..., reversing its earlier statement that there was no sign of a cyberattack")
        named_turnabout = len(earlier.content) <= 2 and _REVERSING_ITS_WORD.search(later.claim.text) is not None
        if len(shared) < (1 if named_turnabout else _TOLD_REVERSED_SHARED):
            continue
        if not (same_story(a, b, days=_REVERSAL_DAYS) or same_event_articles(a, b)):
            continue
        return _linked(candidate, later, earlier, "conflicts", 0.6, "later tells it happened after all, reversing this")
    return None


def _recalls_denial_only(later: Features, denial: Features) -> bool:
    """The later claim recalls a denial ("two days after the health board dismissed reports that it planned to
    close the ward") and, before it, tells of no act of what was denied ("nurses marched in support of the
    ward"): it reports the denial as background, not that the denied thing happened ("signed an agreement
    leasing the berths, a month after the government denied any talks" does)."""
    recalled = recalled_denial(later.claim.text)
    m = _denied_parts(denial)
    if recalled is None or m is None:
        return False
    clause = m["clause"] or m["act"] or m["object"] or ""
    acts = action_words(clause)
    if not acts:
        return False
    before = later.claim.text[: recalled.start()]
    told = action_words(before)
    if any(_one_stem(x, y) for x in acts for y in told):
        return False
    # another act done to what the denied act was to be done to: "banned wheat exports" after a denial that it
    # planned to "restrict wheat exports"
    done_to = {patient_of(clause, x) for x in acts} - {None}
    return not done_to & {patient_of(before, y) for y in told}


# The denier owning up to what it denied: "has admitted that the run was open", "acknowledged that ...".
_ADMITTED = re.compile(r"\b(?:admit(?:s|ted|ting)?|acknowledg(?:e|es|ed|ing)|conced(?:e|es|ed|ing))\b", re.IGNORECASE)


def _admits(later: Features, denial: Features) -> bool:
    """The denier itself admits what it denied ("Kaltenried Bergbahnen denied that the run had been open" /
    "Kaltenried Bergbahnen has admitted that the run was open"): a reversal of the denial whatever the hour of
    each report the same day, as no one admits what they deny later."""
    return _owns_up(later) and same_source(later, denial)


def _owns_up(f: Features) -> bool:
    """An admission saying itself that it owns up to something ("admitted that a ransom had been paid")."""
    return f.polarity == "confirm" and bool(_ADMITTED.search(f.claim.text))


# Words that frame an act as intended rather than name it ("planned to resign", "would step down").
_INTENT_WORDS = frozenset(
    stem(w) for w in "plan plans planned planning intend intends intended intending want wants wanted going".split()
)


def _denied_act_done(denial: Features, later: Features, denied: dict[str, float]) -> bool:
    """The later claim names the denier and holds every word of the act denied, the words of intending aside:
    "denied that he planned to resign" then "Oskar Lind stepped down" (a person's or body's own act, reported
    done)."""
    act = {k: w for k, w in denied.items() if k not in _INTENT_WORDS}
    if not act or len(act) > 2 or min(act.values()) < _WHOLE_CLAUSE_WEIGHT or not all(k in later.content for k in act):
        return False
    names = [w for w in (denial.claim.speaker or "").split() if w[:1].isupper() and len(w) >= 3]
    return any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", later.claim.text) for w in names)


# "is considering restricting wheat exports", "plans to close its Geleen plant", "may raise fuel taxes": a
# report of what is planned, and the words of the plan (to the next comma, "to" of purpose or clause end).
_PLANNED = re.compile(
    r"\b(?:(?:is|are|was|were)\s+(?:considering|weighing|mulling|preparing\s+to|planning\s+to|poised\s+to|set\s+to)"
    r"|(?:is|are|was|were)\s+in\s+(?:advanced\s+|early\s+|exclusive\s+|preliminary\s+|final\s+)?"
    r"(?:talks|negotiations|discussions)\s+to"  # "is in advanced talks to acquire Orsen"
    r"|plans?\s+to|planned\s+to|weighs|may|might|could|intends?\s+to)\s+"
    r"(?P<plan>(?:[A-Za-z’'-]+\s+){0,7}?[A-Za-z’'-]+)(?=\s+(?:to|in\s+order\s+to|so|because|after|before|as)\b|\s*[,.;]|$"
    # (or when it starts: "plans to impose a new tax on diesel and petrol from July")
    r"|\s+(?:from|starting)\s+(?:next\s+|this\s+)?(?:[A-Z][a-z]+|month|year|week)\b)",
)
_STANDING_STATE = re.compile(r"\b(?:currently|still|remains?|remained)\b|\b(?:is|are)\s+now\b", re.IGNORECASE)
_PLAN_SHARE = 0.6
_PLAN_DAYS = 60


@per_claim
def _planned(f: Features) -> frozenset[str] | None:
    """The word stems of the step the claim reports as planned, None when it reports none."""
    m = _PLANNED.search(f.claim.text)
    return None if m is None else stems(m.group("plan"))


def announced_plan(a: Features, b: Features, candidate: type[Candidate]) -> Candidate | None:
    """A report that something is planned ("is considering restricting wheat exports, officials said") and,
    on a later day in another article of the story, a firm report that it was done ("banned wheat exports
    for six months"): the later news of the same matter, which updates the report. Most of the plan's words
    must be in the later claim, and both must name the story's place or party."""
    for plan, done in ((a, b), (b, a)):
        planned = _planned(plan)
        if planned is None or done.polarity not in ("assert", "confirm") or done.negated or not done.firm:
            continue
        if plan.article.id == done.article.id or _planned(done) is not None or plan.polarity != "assert":
            continue
        if _STANDING_STATE.search(done.claim.text):
            continue  # "the pension age is currently 65": how things stand, not the step taken
        x, y = _told_on(done), _told_on(plan)  # (a plan "from July" is told on its report's day)
        if len(x) < 10 or len(y) < 10 or x[:10] <= y[:10]:
            continue  # the act is reported on a later day, both days known
        if (date.fromisoformat(x[:10]) - date.fromisoformat(y[:10])).days > _PLAN_DAYS:
            continue
        held = planned & done.words
        # (a step told with the plan's own figures needs only one of its words: "weighing an increase in the levy to
        # 10% from 7.5%" / "will raise the export levy to 10 percent from 7.5 percent")
        if len(planned) < 2 or not held:
            continue
        if (len(held) < 2 or len(held) < _PLAN_SHARE * len(planned)) and not _figures_met(plan, done):
            continue
        if not same_story(plan, done, days=_PLAN_DAYS) or not (plan.story & done.story):
            continue
        if _figures_apart(plan, done):
            continue  # "weighing an increase in the levy to 10% from 7.5%" / "the levy on refined oil rises by 2 points"
        return _plan_taken(done, plan, candidate)
    return None


def _figures_apart(plan: Features, done: Features) -> bool:
    """Both claims give figures in one unit (a rate's percent and points are one), and none of the plan's is one of the
    other's: the later claim tells another step of the matter (another product's rate, a change by some points), not
    the plan's step taken. (Who told it is no figure of the step: "two officials told the Herald".)"""
    planned, taken = _step_figures(plan), _step_figures(done)
    units = {u for u, _ in planned} & {u for u, _ in taken}
    return bool(units) and not {v for u, v in planned if u in units} & {v for u, v in taken if u in units}


def _figures_met(plan: Features, done: Features) -> bool:
    """The later claim gives every figure the plan gives, in its unit (two at least: "to 10% from 7.5%")."""
    planned = _step_figures(plan)
    return len(planned) >= 2 and planned <= _step_figures(done)


_RATE_UNITS = frozenset({"percent", "percentage point", "point"})


def _step_figures(f: Features) -> frozenset[tuple[str, float]]:
    return frozenset(
        ("percent" if q.unit in _RATE_UNITS else q.unit or "", v)
        for q in f.claim.quantities
        if q.measure != "sources"
        for v in (q.value, q.from_value)
        if v is not None
    )


def _plan_taken(done: Features, plan: Features, candidate: type[Candidate]) -> Candidate:
    return _linked(candidate, done, plan, "updates", 0.6, "later report that the planned step was taken")


# "..., contradicting the airline's initial account", "at odds with the ministry's earlier statement":
# the claim says itself that it contradicts what someone said before.
_CONTRADICTS = re.compile(
    r"\b(?:contradict(?:s|ed|ing)?|at\s+odds\s+with|contrary\s+to)\b[^.;]{0,50}?"
    r"\b(?:account|statements?|explanation|denials?|assurances?|claims?|version|insistence)\b",
    re.IGNORECASE,
)
_CONTRADICTION_DAYS = 90  # (an inquiry contradicts a denial months on: "fire investigators said on Monday")

_contradicts = claim_says(_CONTRADICTS, "_contradicts")


def contradicted_denial(a: Features, b: Features, candidate: type[Candidate]) -> Candidate | None:
    """A later claim that says it contradicts someone's account ("a ransomware attack had caused the
    outage that forced Skyrene to cancel flights, contradicting the airline's initial account") against
    that party's earlier denial in the story ("Skyrene said there was no evidence that the failure was
    caused by a cyberattack"): the denier is named in the contradicting claim, by another source, and
    the two share a word of what was denied."""
    if (a.polarity == "deny") == (b.polarity == "deny"):
        return None
    denial, later = (a, b) if a.polarity == "deny" else (b, a)
    if not _contradicts(later) or not denial.claim.speaker:
        return None
    x, y = (later.when or "")[:10], (denial.when or "")[:10]
    if x[: len(y)] < y[: len(x)] or not same_story(a, b, days=_CONTRADICTION_DAYS):
        # (to the coarser of the two: "in August" is not before "August 3")
        return None
    said = later.claim.speaker_chain or [later.claim.speaker or ""]
    if any(denial.speaker_key == s or denial.claim.speaker == s for s in said):
        return None  # a speaker contradicting their own account is a reversal, judged elsewhere
    named = (name_stems(denial.claim.speaker) | _described_denier(denial)) & stems(later.claim.text)
    if not named or not shared_content(a, b):
        return None
    return _linked(candidate, later, denial, "conflicts", 0.6, f"contradicts the denial by {denial.claim.speaker}")


# The words naming a denier before its name and verb: "Power distributor Elnet denied ..." ("the power company's
# denial" names it so).
_DENIER_BEFORE = re.compile(
    r"^\W*(?P<words>(?:[\w'’-]+\s+){0,4}?)(?P<name>[\w'’-]+)\s+(?:has\s+|had\s+)?den(?:ied|ies)\b"
)


def _described_denier(denial: Features) -> frozenset[str]:
    """The stems of the words a denial opens with before its denier's name ("Power distributor Elnet denied")."""
    m = _DENIER_BEFORE.match(denial.claim.text)
    speaker = denial.claim.speaker or ""
    if m is None or not speaker or m.group("name") not in speaker.split():
        return frozenset()
    return stems(m.group("words"))


def close_in_time(a: Features, b: Features, days: int = 14) -> bool:
    """The claims' own dates (else their articles') are a few days apart, or in one month when partial. A date
    after the report's is what it tells of ("plans a tax from July"), not when it was told: the report's day then."""
    x, y = _told_on(a), _told_on(b)
    if len(x) >= 10 and len(y) >= 10:
        return abs((date.fromisoformat(x[:10]) - date.fromisoformat(y[:10])).days) <= days
    return bool(x) and x[:7] == y[:7]


def _told_on(f: Features) -> str:
    when, published = f.when or "", f.article.published or ""
    if when and published and when[: len(published)] > published[: len(when)]:
        return published
    return when


_NAME_WORD = 4.0  # a word this rare in English is a name ("Orsen"), not a common word of one ("Metals", "Group")


@per_claim
def _name_words(f: Features) -> frozenset[str]:
    """The distinctive words of the names a claim gives: "Orsen" in "Orsen Metals" and in "Orsen" alone."""
    words = (w.strip("'’.,").lower() for name in f.entities for w in name.split())
    return frozenset(w for w in words if len(w) >= 3 and rarity(w) >= _NAME_WORD)


# An offer, a bid or a deal withdrawn, dropped or called off: "withdraws $47bn offer", "abandoned its bid".
_WITHDRAWN = re.compile(
    r"\b(?:withdr[ae]w[sn]?|withdrawing|pull(?:s|ed)?\s+(?:out\s+of|its|their|the)|abandon(?:s|ed)?|drop(?:s|ped)\s+(?:its|their|the)|"
    r"walk(?:s|ed)?\s+away\s+from|scrap(?:s|ped)?|call(?:s|ed)?\s+off|terminat(?:es|ed))\b",
    re.IGNORECASE,
)


def _withdrawn(f: Features) -> bool:
    return _WITHDRAWN.search(f.claim.text) is not None


def money_relation(a: Features, b: Features, candidate: type[Candidate], later_first: Ordering) -> Candidate | None:
    """The same sum in the same currency about the same thing corroborates; a different sum for the same
    purpose on the same day about the same parties is only related (who counted what is not stated)."""
    mine, theirs = a.sums, b.sums
    if mine and theirs:
        # (a cost against a revenue is no one sum: only the sums that may meet one of the other claim's are compared)
        mine, theirs = (
            frozenset(s for s in mine if any(sums_meet(s[2], t[2]) for t in theirs)),
            frozenset(t for t in theirs if any(sums_meet(s[2], t[2]) for s in mine)),
        )
    if not mine or not theirs:
        return None
    shared_entities = a.entities & b.entities
    if not shared_entities and not same_story(a, b) and not _name_words(a) & _name_words(b):
        return None
    new, old = later_first(a, b)
    same = any(u == v and abs(x - y) <= 0.01 * max(x, y) for u, x, _ in mine for v, y, _ in theirs)
    if same and {a.polarity, b.polarity} == {"deny", "assert"}:
        # "said a newspaper report that it faces a fine of about 250 million pounds was speculation" / the report.
        denial, report = (a, b) if a.polarity == "deny" else (b, a)
        return _linked(candidate, denial, report, "conflicts", 0.55, "denies the sum reported")
    # (the same sum for the same purpose about the same party needs no words in common: "fined a record 90 million
    # pounds for illegally discharging sewage" / "would appeal against the 90 million pound fine")
    same_use = shared_entities and any(
        u == v and m == n and m is not None and abs(x - y) <= 0.01 * max(x, y) for u, x, m in mine for v, y, n in theirs
    )
    if same and _told_of_other_years(a, b):
        # "Last year a judge ordered another founder to pay a fine of 20 million dollars": one sum of two years
        return _linked(candidate, new, old, "related", 0.35, "the same sum, another year")
    if same and _told_of_other_months(a, b):
        # "In March, a syndicate shared an £84 million jackpot" / October's £84m jackpot: one sum of two times
        return _linked(candidate, new, old, "related", 0.35, "the same sum, another month")
    if same and _values_of_other_owners(a, b):
        # "Nvidia's stock market value topped $3 trillion" / "Apple shares closed at a record, pushing its market value
        # back above $3 trillion": one sum, two companies' worth
        return _linked(candidate, new, old, "related", 0.35, "the same sum, another company's value")
    if same and _withdrawn(new) and not _withdrawn(old):
        # "Couche-Tard withdraws $47bn offer for Seven & i" (July) / "has raised its offer ... to about $47 billion"
        # (November): the offer's end, a later news of the sum, never a second report of its making
        return _linked(candidate, new, old, "updates", 0.6, "the same sum, withdrawn later")
    if same and (content_similarity(a, b) >= 0.15 or same_use):
        return _linked(candidate, new, old, "corroborates", 0.65, "same sum")
    replacing = _replacing_sum(a, b) if not same else None
    if replacing is not None:
        # "cut the fine to 20 million dollars from 40 million" / "ordered to pay a fine of 40 million dollars":
        # the later sum of the two, given with the one it replaces.
        return _linked(candidate, *replacing, "updates", 0.6, "later sum, replacing this one")
    same_purpose = {(u, m) for u, _, m in mine} & {(u, m) for u, _, m in theirs}
    same_day = (a.when or "")[:10] == (b.when or "")[:10] and len(a.when or "") >= 10
    if not same and same_purpose and shared_entities and _firm_within_estimate(new, old):
        # "A deal could value Orsen at about 4 billion euros" / weeks later "agreed to buy Orsen for 4.3 billion
        # euros": the price agreed is the estimate's later, firm value.
        return _linked(candidate, new, old, "updates", 0.55, "later, firm sum within the earlier estimate")
    if not same and same_purpose and shared_entities and _final_after_estimate(new, old):
        # "opened to $112 million, according to studio estimates" / the next day "final figures showed it took in
        # $108.6 million": the count that replaces the estimate.
        return _linked(candidate, new, old, "updates", 0.6, "final sum replacing the estimate")
    announced, reported = (a, b) if (a.article.published or "") >= (b.article.published or "") else (b, a)
    if not same and same_purpose and shared_entities and _firm_after_report(announced, reported):
        # "preparing to fine Marston about £250mn, according to people familiar" / two weeks later "has fined
        # Marston £182.4m": the sum announced is the reported one's later, firm value, whatever the report said.
        return _linked(candidate, announced, reported, "updates", 0.5, "later, firm sum replacing the reported one")
    if not same and same_purpose and shared_entities and _within_bound(a, b) and content_similarity(a, b) >= 0.15:
        # "a fine of more than 180 million pounds" / "fined Marston £182.4m" the same day: one sum.
        return _linked(candidate, new, old, "corroborates", 0.6, "sum within the bound")
    if not same and same_purpose and len(shared_entities) >= 2 and same_day:
        return _linked(candidate, new, old, "related", 0.4, "different sums")
    return None


# Whose worth a sentence tells, as its subject: "Nvidia's stock market value topped ...", "Apple shares closed at a
# record, pushing its market value ...", "Nvidia hits $3 trillion market value".
_VALUE_OWNER = re.compile(
    r"(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})(?:['’]s|\s+(?:shares|stock))?\s+(?:[^\s.;]+\s+){0,10}?"
    r"(?:(?:market\s+)?value|market\s+capitali[sz]ation|market\s+cap|valuation|worth)\b"
)


@per_claim
def _value_owner(f: Features) -> str | None:
    found = _VALUE_OWNER.match(f.claim.text)
    if found is None or found.group("name").split()[0].lower() in _NO_OWNER:
        return None  # ("The deal would value Mistral at about $6 billion": no owner opens it)
    return found.group("name").lower()


_NO_OWNER = frozenset("the a an this that these those its their it they he she".split())


def _values_of_other_owners(a: Features, b: Features) -> bool:
    """Both claims tell a worth of their subjects, and the subjects differ."""
    x, y = _value_owner(a), _value_owner(b)
    return x is not None and y is not None and x != y


def _told_of_other_years(a: Features, b: Features) -> bool:
    """One claim tells of a year it names alone ("last year", "in 2023") and the other (by its own date, else its
    article's) is of another year. (Not a month a claim names: "failings between January 2019 and March 2024"
    dates the failings, not the fine.)"""
    for x, y in ((a, b), (b, a)):
        year, other = x.claim.date or "", y.claim.date or y.article.published or ""
        if len(year) == 4 and year.isdigit() and len(other) >= 4 and other[:4] != year:
            return True
    return False


def _told_of_other_months(a: Features, b: Features) -> bool:
    """One claim opens with a month it tells of ("In March, a syndicate shared an £84 million jackpot") and the
    other (by its own date, else its article's) is more than a month from it."""
    for x, y in ((a, b), (b, a)):
        month, other = x.claim.date or "", y.claim.date or y.article.published or ""
        if len(month) == 7 and len(other) >= 7 and opens_with_its_time(x) and months_between(month, other) > 1:
            return True
    return False


@per_claim
def opens_with_its_time(f: Features) -> bool:
    """The claim opens with the time it tells of ("In March, a syndicate ...", "Last May the club paid ..."): its
    whole sentence is of that time, not only some part of it."""
    told = (f.claim.date_text or "").lower()
    opening = f.claim.text[: len(told) + 8].lower()
    return bool(told) and re.match(rf"(?:in|last|earlier\s+in|back\s+in)?\s*{re.escape(told)}\b", opening) is not None


def months_between(x: str, y: str) -> int:
    return abs((int(x[:4]) * 12 + int(x[5:7])) - (int(y[:4]) * 12 + int(y[5:7])))


def _replacing_sum(a: Features, b: Features) -> tuple[Features, Features] | None:
    """(new, old) when one claim gives, as the value its sum replaces ("to 20 million dollars from 40 million",
    "up from 85 million in April"), the sum the other states, and is not told before it."""
    for x, y in ((a, b), (b, a)):
        if not x.sums or (x.when or "") < (y.when or ""):
            continue
        earlier = [fig[0] for key, fig in x.prior.items() if key == REPLACED_SUM and fig[0]]
        if any(abs(p - v) <= 0.01 * max(p, v) for p in earlier for _, v, _ in y.sums):
            return x, y
    return None


_ESTIMATE_REACH = 0.1  # "about 4 billion": 3.6 to 4.4 billion


def _firm_within_estimate(new: Features, old: Features) -> bool:
    """``old`` (reported on an earlier day) gives an approximate sum ("about 4 billion euros") and ``new`` a
    stated one in the same currency and for the same purpose, within the estimate's reach."""
    if (
        not new.article.published
        or not old.article.published
        or new.article.published[:10] <= old.article.published[:10]
    ):
        return False
    estimates = [(q.unit, q.measure, q.value) for q in old.claim.quantities if q.change == "~" and q.value]
    firm = [(q.unit, q.measure, q.value) for q in new.claim.quantities if q.change == "=" and q.value]
    return any(
        u == v and m == n and m in MONEY_MEASURES and abs(x - y) <= _ESTIMATE_REACH * y
        for u, m, x in firm
        for v, n, y in estimates
    )


_FINAL = re.compile(r"\b(?:final|actual)\s+(?:figures?|results?|numbers?|count|tally|data)\b", re.IGNORECASE)
_ESTIMATED = re.compile(r"\bestimat(?:e|es|ed)\b|\bprojected\b|\bpreliminary\b|\bflash\b", re.IGNORECASE)


def _final_after_estimate(new: Features, old: Features) -> bool:
    """``old`` gives a sum as an estimate, ``new`` (published the same day or later) as the final figures, in the same
    currency and for the same purpose and within a tenth of it."""
    if (new.article.published or "")[:10] < (old.article.published or "")[:10]:
        return False
    if not _FINAL.search(new.claim.text) or not _ESTIMATED.search(old.claim.text) or _FINAL.search(old.claim.text):
        return False
    return any(
        u == v and m == n and abs(x - y) <= _FINAL_REACH * y
        for u, x, m in new.sums
        for v, y, n in old.sums
        if m in MONEY_MEASURES
    )


_FINAL_REACH = 0.1  # a final count moves an estimate by a few percent, not by half
_BOUND_REACH = 0.1  # "more than 180 million": 180 to 198 million
_SAME_SUM_DAYS = 3  # two reports of one sum come within days of each other
_REPORT_DAYS = 31  # a reported sum is announced within weeks ("as soon as this month"), not next year
# Sums one party imposes: reported ahead by people familiar, then imposed as one figure. (A valuation reported
# during talks and the price agreed are two figures: an agreed price far from it is no update of it.)
_IMPOSED = frozenset({"fine"})


def _published_days_apart(a: Features, b: Features) -> int | None:
    x, y = (a.article.published or "")[:10], (b.article.published or "")[:10]
    if len(x) < 10 or len(y) < 10 or a.article.published_estimated or b.article.published_estimated:
        return None
    return abs((date.fromisoformat(x) - date.fromisoformat(y)).days)


def _within_bound(a: Features, b: Features) -> bool:
    """One claim gives a sum as a bound ("more than 180 million pounds") and the other, reported within days, a
    stated sum in the same currency and for the same purpose just past it (182.4 million): one sum."""
    days = _published_days_apart(a, b)
    if days is None or days > _SAME_SUM_DAYS:
        return False
    for x, y in ((a, b), (b, a)):
        bounds = [(q.unit, q.measure, q.value, q.change) for q in x.claim.quantities if q.change in (">", "<")]
        stated = [(q.unit, q.measure, q.value) for q in y.claim.quantities if q.change == "=" and q.value]
        for u, m, bound, change in bounds:
            if m not in MONEY_MEASURES or not bound:
                continue
            for v, n, value in stated:
                if (
                    u == v
                    and m == n
                    and (
                        bound < value <= bound * (1 + _BOUND_REACH)
                        if change == ">"
                        else bound * (1 - _BOUND_REACH) <= value < bound
                    )
                ):
                    return True
    return False


def _firm_after_report(new: Features, old: Features) -> bool:
    """``old`` is a hedged report of a sum one party imposes ("is preparing to fine ... about £250mn, according to
    people familiar") and ``new``, published days or weeks later, asserts a sum in the same currency and for the
    same purpose ("has fined ... £182.4m"): the announcement replaces the report, whatever the report said."""
    days = _published_days_apart(new, old)
    if not days or days > _REPORT_DAYS or (new.article.published or "") < (old.article.published or ""):
        return False
    if (
        old.claim.certainty != "hedged"
        or new.claim.certainty != "asserted"
        or not new.polarity == old.polarity == "assert"
    ):
        return False
    reported = {
        (q.unit, q.measure)
        for q in old.claim.quantities
        # (not the most the law allows: "faces ... a fine of up to 1 million euros" is no report of the fine)
        if q.value
        and q.measure in _IMPOSED
        and not a_limit(old.claim.text, q.start - old.claim.start, q.end - old.claim.start)
    }
    firm = {(q.unit, q.measure) for q in new.claim.quantities if q.value and q.change in ("=", ">")}
    return bool(reported & firm)


def same_story_report(a: Features, b: Features, candidate: type[Candidate], later_first: Ordering) -> Candidate | None:
    """Two reports of one story, on no topic the rules know, that say the same thing in other words ("accused the company of ignoring
    warnings about cracks in the tunnel" / "the company had been warned about cracks in the tunnel")."""
    if a.topics & b.topics or a.article.id == b.article.id or len(shared_content(a, b)) < 3:
        return None  # claims on a shared topic were already judged by the topic's rules
    if content_similarity(a, b) < 0.3 or not same_story(a, b):
        return None
    new, old = later_first(a, b)
    return _linked(candidate, new, old, "related", 0.4, "same story")
