"""How many reports carry a claim, from how many independent origins, and how credible that makes it.

A report that relays another's words (a wire story run by three papers, a spokesman quoted by
two outlets, one official's figure quoted twice in one article) adds a report but not an
origin: the origin of a claim is the unnamed reports it rests on ("there are reports that"),
else the body its speaker cites ("citing the health ministry"), else the one source all its figures name for
themselves ("killed 100 according to the government" inside another's statement), else who first said it (the first name of its speaker chain), else the news agency the article carries (a dateline "(AP)", "(Reuters)"), else its outlet.

The grade follows the information-credibility scale of the Admiralty (NATO) code:
1 confirmed by independent sources, 2 probably true, 3 possibly true, 4 doubtful,
5 improbable, 6 cannot be judged. The rule (also in the README):
- no other report links to the claim: 6;
- contradicted (``conflicts``) by more independent origins than carry it: 5; by as many: 4;
- otherwise by its independent origins: 3 or more, 1; two, 2; one (relayed or not), 3.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from corpus.model import Article, Claim, XRef
from corpus.xref.features import is_headline

GRADES = {
    1: "confirmed by independent sources",
    2: "probably true",
    3: "possibly true",
    4: "doubtful",
    5: "improbable",
    6: "cannot be judged",
}
SUPPORTING = frozenset({"corroborates", "cites"})
# The news agencies are the datelines' list: "(AP)" in a dateline, "AP" at the end of a speaker chain.


@lru_cache(maxsize=1)
def _agency_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "(Reuters)" in a dateline, and an agency's name. Built late: importing the extractor's
    datelines would add ~20 ms to the browser's start-up, which imports this module."""
    from corpus.extract.datelines import AGENCIES

    return re.compile(rf"\(({AGENCIES})\)"), re.compile(rf"(?:{AGENCIES})", re.IGNORECASE)


# One agency under its short and long names.
_AGENCY_NAMES = {"ap": "associated press", "agence france-presse": "afp", "ria": "ria novosti"}
_GENERIC = re.compile(
    r"^(?:the\s+)?(?:an?\s+)?(?:officials?|police|authorities|sources?|witnesses|residents|reports?|people familiar.*)$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Assessment:
    reports: int  # this claim's report plus the reports that carry it
    origins: int  # independent origins among them
    against: int  # independent origins of the reports that contradict it
    grade: int  # 1..6, see GRADES

    def to_dict(self) -> dict[str, int | str]:
        """The export's ``credibility`` object (docs/export-format.md)."""
        return {
            "reports": self.reports,
            "origins": self.origins,
            "against": self.against,
            "grade": self.grade,
            "grade_label": GRADES[self.grade],
        }

    @property
    def label(self) -> str:
        return f"{self.reports} report{'s' if self.reports != 1 else ''} · {self.origins} independent origin{'s' if self.origins != 1 else ''}"

    @property
    def explanation(self) -> str:
        against = f"; contradicted by {self.against}" if self.against else ""
        return f"{self.label}{against} — credibility {self.grade} ({GRADES[self.grade]})"


# A body named the other way round: "the Ministry of Health" is the health ministry, "the Office for National
# Statistics" the national statistics office.
_BODY_OF = re.compile(
    r"^(?P<body>ministry|department|office|bureau|agency|council|commission|institute|directorate)\s+(?:of|for)\s+"
    r"(?:the\s+)?(?P<what>[a-z][a-z' -]{2,40})$"
)
# What a body gave, named for the body: "health ministry figures", "police data", "the army's statement".
_BODYS_TEXT = re.compile(
    r"^(?P<body>.+?)(?:'s?|’s?)?\s+(?:figures|data|statistics|estimates?|records|reports?|statements?|tally|count|"
    r"numbers|bulletin|briefing)$"
)


def _key(name: str) -> str:
    """One key for one source however it is written: "The Ministry of Health", "health ministry figures" and "the
    health ministry" are one body (relays and independent origins are counted by it)."""
    key = re.sub(r"^(?:the|a|an)\s+", "", " ".join(name.lower().split()))
    key = _AGENCY_NAMES.get(key, key)
    given = _BODYS_TEXT.match(key)
    if given is not None and given.group("body").split()[-1].strip("'’s") in _BODIES:
        key = given.group("body").removesuffix("'s").removesuffix("’s")
    reverse = _BODY_OF.match(key)
    if reverse is not None:
        key = f"{reverse.group('what')} {reverse.group('body')}"
    return key


# Words a body's initials skip: "International Organization for Migration" is the IOM.
_NOT_INITIALLED = frozenset("of for the and on in at to de du des la le".split())


def _initials(key: str) -> str:
    words = [w for w in re.split(r"[\s-]+", key) if w and w not in _NOT_INITIALLED]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def one_origin(x: str, y: str, written: str = "") -> bool:
    """Two origin keys of one source: the same key, or a body's name and its initials as ``written`` gives them in
    capitals ("the International Organization for Migration said" / "the IOM said"; "the World Health
    Organization" / "the WHO"). (A lower-case word is no initials: "tom" is not "Tom Oliver Mann".)"""
    if x == y:
        return True
    kind, _, one = x.partition(":")
    other_kind, _, other = y.partition(":")
    if kind != other_kind or kind not in ("speaker", "agency"):
        return False
    for short, long in ((one, other), (other, one)):
        if (
            2 <= len(short) <= 6
            and short.isalpha()
            and _initials(long) == short
            and re.search(rf"\b{short.upper()}\b", written)
        ):
            return True
    return False


# Content resting on reports nobody is named for ("there are reports that", "unspecified
# reports indicated", "according to media reports"): whoever relays it, the origin is those
# reports, not the relaying speaker. Not "according to reports by X" (X is named).
_UNNAMED_REPORTS = re.compile(
    r"\b(?:there (?:are|were|have been|had been) (?:\w+ )?reports"
    r"|(?:unspecified|unconfirmed|unnamed|unverified|media|press|some|local) [“\"‘']?reports?\b[”\"’']?"
    r"|according to (?:\w+ )?reports\b(?! (?:by|from|in|of) ))",
    re.IGNORECASE,
)


# A company described, not named: "the airline", "the Scandinavian carrier", "the German carmaker".
COMPANY_DESCRIBED = re.compile(
    r"^(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:company|firm|group|airline|carrier|bank|lender|retailer|carmaker|automaker|"
    r"insurer|manufacturer|operator|utility|chain|conglomerate|producer|supplier|brewer|miner|developer|publisher|"
    r"broadcaster|supermarket|grocer|telecoms?\s+company|drugmaker|chipmaker|steelmaker|shipbuilder)$",
    re.IGNORECASE,
)


def _company_named(speaker: str, article: Article | None) -> str | None:
    """The company a described speaker is ("the Scandinavian carrier" under "Nordavia confirms cuts to ground
    staff"): the one distinctive name its article's headline gives, else None. A company speaks with one voice,
    so its statement told by two outlets, one naming it and one describing it, is one origin."""
    if article is None or not article.title or not COMPANY_DESCRIBED.match(" ".join(speaker.split())):
        return None
    from corpus.xref.subjects import protagonists

    names, distinct = protagonists(article.title, article.body)
    whole = [name for name in names if {w.lower() for w in name.split()} & distinct]
    return whole[0] if len(whole) == 1 else None


# The source a speaker relays, named after it: "..., Al Jazeera reported, citing the health ministry", "according to
# Reuters, which cited the army", "..., the agency said, quoting Sudan's health ministry". What is cited runs to the
# next comma, semicolon or the sentence's end; a text someone gave names its giver ("citing a statement from the
# army": the army).
_CITING = re.compile(
    r",\s+(?:citing|quoting|which\s+(?:cited|quoted)|who\s+(?:cited|quoted))\s+(?P<np>[^,;:.!?“”\"()]{3,80}?)"
    r"(?=\s*(?:[,;:.!?”\"]|$))"
)
_GIVEN_BY = re.compile(
    r"^(?:(?:an?|the|its|their)\s+)?(?:\w+\s+)?(?:statement|report|figures|data|estimate|tally|count|briefing|"
    r"announcement|post|bulletin)\s+(?:from|by|of|issued\s+by|released\s+by)\s+(?P<giver>.+)$",
    re.IGNORECASE,
)
# Who is described, not named, and may be another person in each report: "a health ministry official", "two
# sources", "a spokesman", "people familiar with the matter".
_SOMEONE_DESCRIBED = re.compile(
    r"\b(?:officials?|sources?|spokes(?:man|men|woman|women|person|people)|persons?|people|witness(?:es)?|"
    r"residents?|diplomats?|officers?|members?|aides?|employees?|executives?|analysts?|doctors?|medics?|workers?|"
    r"someone|insiders?)\b",
    re.IGNORECASE,
)
_BODY_DETERMINER = re.compile(r"^(?:the\s+)?(?=[A-Za-z])")


def _cited_origin(claim: Claim) -> str | None:
    """The body or person the claim's speaker relays, named after the speaker's words with "citing"/"quoting"
    ("Al Jazeera reported, citing the health ministry"): the origin of the claim, which its speaker only relays.
    None for a reason or evidence given ("citing safety concerns", "citing hospital records"), and for someone
    described rather than named ("citing a ministry official", "citing two sources"): two reports citing "an
    official" may cite two officials."""
    if not claim.speaker or ("citing" not in claim.text and "quot" not in claim.text and "cited" not in claim.text):
        return None
    found = _CITING.search(claim.text)
    if found is None:
        return None
    np = " ".join(found.group("np").split())
    given = _GIVEN_BY.match(np)
    if given is not None:
        np = given.group("giver")
    if not _one_named_source(np) or _key(np) == _key(claim.speaker):
        return None
    return np


def _one_named_source(np: str) -> bool:
    """``np`` names one body or person who can be an origin: a name ("Al Jazeera", "the Sudanese government") or a
    body ("the health ministry", "state television"); not someone described ("a ministry official", "two sources",
    "officials"), nor which one the words do not say ("a hospital", "its lawyers"), nor a reason or evidence ("safety
    concerns", "the war in Ukraine", "preliminary figures")."""
    words = np.split()
    if not words or _SOMEONE_DESCRIBED.search(np) or _GENERIC.match(np) or words[0].lower() in _NOT_ONE_NAMED:
        return False
    head = _OF_AFTER_HEAD.split(np, maxsplit=1)[0].split()
    named = all(w[:1].isupper() or w.lower() in ("the", "of", "for", "and") for w in head)
    return named or head[-1].lower() in _BODIES


_NOT_ONE_NAMED = frozenset("a an one two three four several some many various other his her its their our your".split())
_OF_AFTER_HEAD = re.compile(r"\s+(?:of|from|in|at|for|on|with)\s+")
# Bodies that speak and are cited: "citing the health ministry", "citing state television".
_BODIES = frozenset(
    """
    ministry ministries government army military police agency office department council commission authority
    authorities committee court embassy hospital newspaper paper daily broadcaster channel television tv radio
    network website outlet institute observatory service coastguard regulator union federation association company
    firm bank organisation organization mission centre center unit board bureau administration command navy
    prosecutor prosecutors cabinet presidency palace kremlin
    """.split()
)


# Between a figure and the "according to" that gives its own source: a short stretch of the same clause, no other
# figure, no clause of another speaker ("killed more than 100 people according to the Sudanese government").
_GIVEN_FIGURE_GAP = 40
_GAP_BREAK = re.compile(r"[;:“”\"]|\b(?:said|says|told|added|and|but|while|whereas)\b")


# A figure named as a party's own: "the government's figure of 81", "the army's estimate of about 3,000".
_OWNED_FIGURE = re.compile(
    r"\b(?:[Tt]he\s+)?(?P<owner>(?:[A-Z][\w-]*\s+){0,3}[A-Za-z][\w-]*)['’]s?\s+(?:own\s+|official\s+|latest\s+|"
    r"earlier\s+|initial\s+|revised\s+)?(?:figure|estimate|count|toll|death\s+toll|tally|total)\s+of\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+|at\s+least\s+)?$"
)


def figure_sources(claim: Claim) -> dict[int, str]:
    """The figures of a claim that name their own source inside another speaker's sentence, by where they start:
    "The UN said the fighting, which has killed more than 100 people according to the Sudanese government, had
    forced 40,000 from their homes": 100 is the Sudanese government's figure, relayed by the UN; 40,000 the
    UN's own. Only the figure right before the "according to", with nothing between them but its own words, or right
    after its source ("the UN said that, according to the government, 100 had been killed")."""
    out: dict[int, str] = {}
    if not claim.speaker or not claim.quantities:
        return out
    for q in claim.quantities:
        # "The government's figure of 81 dead does not reflect reality, the UN said": the government's figure
        owned = _OWNED_FIGURE.search(claim.text, max(0, q.start - claim.start - 80), q.start - claim.start)
        if owned and _key(owned.group("owner")) != _key(claim.speaker) and _one_named_source(owned.group("owner")):
            out[q.start] = owned.group("owner")
    for span in claim.attributions:
        if span.how != "according" or not span.speaker or span.cue_start is None:
            continue
        if _key(span.speaker) == _key(claim.speaker) or not _one_named_source(span.speaker.strip()):
            continue  # (nor "according to preliminary figures": figures nobody is named for)
        before = [q for q in claim.quantities if q.end <= span.cue_start]
        if before:
            q = max(before, key=lambda x: x.end)
            gap = claim.text[q.end - claim.start : span.cue_start - claim.start]
            if len(gap) <= _GIVEN_FIGURE_GAP and not _GAP_BREAK.search(gap):
                out[q.start] = span.speaker
                continue
        # "... said that, according to the Sudanese government, more than 100 people had been killed": the figure
        # right after the source
        after = [q for q in claim.quantities if span.source_end is not None and q.start >= span.source_end]
        if after:
            q = min(after, key=lambda x: x.start)
            gap = claim.text[span.source_end - claim.start : q.start - claim.start]  # type: ignore[operator]
            if len(gap) <= _GIVEN_FIGURE_GAP and not _GAP_BREAK.search(gap):
                out[q.start] = span.speaker
    return out


def figures_origin(claim: Claim, starts: Iterable[int]) -> str | None:
    """The one source the figures starting at ``starts`` name for themselves (``figure_sources``), as an origin;
    None unless every one of them names the same source."""
    own = figure_sources(claim)
    names = {_key(own[s]) if s in own else None for s in starts}
    if len(names) != 1 or None in names:
        return None
    return "speaker:" + names.pop()  # type: ignore[operator]


def relays_its_origin(claim: Claim, origin: str) -> bool:
    """``origin`` (``origin_of``'s form) is a source the claim's speaker relays, not the speaker itself: one it
    cites ("citing the health ministry") or one its figures name ("according to the Sudanese government")."""
    cited = _cited_origin(claim)
    relayed = {_key(name) for name in figure_sources(claim).values()} | ({_key(cited)} if cited else set())
    return origin.startswith("speaker:") and origin.split(":", 1)[1] in relayed


def someone_described(name: str) -> bool:
    """A person described, not named ("a health ministry official", "two sources"): maybe another one each time."""
    return _SOMEONE_DESCRIBED.search(name) is not None


def origin_of(claim: Claim, article: Article | None) -> str:
    """Who first said it: unnamed reports it relays, else the source its speaker cites, else the speaker (unless a
    generic "officials"), else the wire agency, else the outlet."""
    speaker = claim.speaker_chain[0] if claim.speaker_chain else claim.speaker
    outlet = (article.outlet or "") if article else ""
    if _UNNAMED_REPORTS.search(claim.text):
        # Per outlet: unnamed reports in two papers may be different reports.
        return "reports:" + _key(outlet or (article.id if article else claim.article_id))
    cited = _cited_origin(claim)
    if cited is not None:
        # "according to Al Jazeera, citing the health ministry": the ministry said it, Al Jazeera relays it
        return "speaker:" + _key(cited)
    given = figures_origin(claim, (q.start for q in claim.quantities)) if claim.quantities else None
    if given is not None:
        return given  # each of its figures is the source's it names for them, which the speaker relays
    if speaker and not _GENERIC.match(speaker.strip()):
        named = _company_named(speaker, article)
        return "speaker:" + _key(named or speaker)
    in_dateline, agency_name = _agency_patterns()
    for name in claim.speaker_chain[1:]:
        if agency_name.fullmatch(_key(name)):
            return "agency:" + _key(name)
    agency = in_dateline.search(article.body[:300]) if article else None
    if agency:
        return "agency:" + _key(agency.group(1))
    # "officials said" in one outlet and "officials said" in another may be different officials:
    # counted by outlet, and by the generic name, never as one origin across outlets.
    return (
        "outlet:"
        + _key(outlet or (article.id if article else claim.article_id))
        + (f"/{_key(speaker)}" if speaker else "")
    )


def grade(reports: int, origins: int, against: int) -> int:
    if reports <= 1 and not against:
        return 6
    if against > origins:
        return 5
    if against == origins and against:
        return 4
    if origins >= 3:
        return 1
    return 2 if origins == 2 else 3


def assess(claim: Claim, article: Article | None, linked: Iterable[tuple[str, Claim, Article | None]]) -> Assessment:
    """``linked``: (relation, other claim, its article) for every cross-reference of the claim."""
    links = list(linked)
    carried = {(claim.article_id, claim.id): origin_of(claim, article)}
    headlines = {(claim.article_id, claim.id): is_headline(claim, article)}
    against: set[str] = set()
    for relation, other, other_article in links:
        if relation in SUPPORTING:
            carried[(other.article_id, other.id)] = origin_of(other, other_article)
            headlines[(other.article_id, other.id)] = is_headline(other, other_article)
        elif relation == "conflicts":
            against.add(origin_of(other, other_article))
    # An article's headline tells what the lines below it tell: no report of its own beside them.
    per_article = Counter(article_id for article_id, _ in carried)
    for key in [key for key, is_title in headlines.items() if is_title and per_article[key[0]] > 1]:
        del carried[key]
    # Each carrying claim is a report: two speakers in one article are two reports (and can be
    # two origins); counting articles instead showed "1 report · 2 independent origins".
    reports = len(carried)
    # (a body's initials are that body: "the IOM" and "the International Organization for Migration" one origin)
    written = " ".join(c.text for c in (claim, *(other for _, other, _ in links)))
    keys = {*carried.values(), *against}
    one = {k: max((o for o in keys if one_origin(k, o, written)), key=len) for k in keys}
    origins = {one[k] for k in carried.values()}
    against = {one[k] for k in against}
    return Assessment(
        reports, len(origins), len(against - origins), grade(reports, len(origins), len(against - origins))
    )


def assess_all(claims: Iterable[Claim], articles: Iterable[Article], xrefs: Iterable[XRef]) -> dict[str, Assessment]:
    """Every claim's assessment from a corpus's links (both directions), for the export and the figures."""
    claim_by_id = {c.id: c for c in claims}
    article_by_id = {a.id: a for a in articles}
    linked: dict[str, list[tuple[str, Claim, Article | None]]] = defaultdict(list)
    for x in xrefs:
        a, b = claim_by_id.get(x.source), claim_by_id.get(x.target)
        if a is not None and b is not None:
            linked[a.id].append((x.relation, b, article_by_id.get(b.article_id)))
            linked[b.id].append((x.relation, a, article_by_id.get(a.article_id)))
    return {c.id: assess(c, article_by_id.get(c.article_id), linked[c.id]) for c in claim_by_id.values()}
