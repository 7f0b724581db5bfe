"""How many reports carry a claim, from how many independent origins, and how credible that makes it.

A report that relays another's words (a wire story run by three papers, a spokesman quoted by
two outlets, one official's figure quoted twice in one article) adds a report but not an
origin: the origin of a claim is the unnamed reports it rests on ("there are reports that"),
else who first said it (the first name of its speaker chain), else the news agency the article carries (a dateline "(AP)", "(Reuters)"), else its outlet.

The grade follows the information-credibility scale of the Admiralty (NATO) code:
1 confirmed by independent sources, 2 probably true, 3 possibly true, 4 doubtful,
5 improbable, 6 cannot be judged. The rule (also in the README):
- no other report links to the claim: 6;
- contradicted (``conflicts``) by more independent origins than carry it: 5; by as many: 4;
- otherwise by its independent origins: 3 or more, 1; two, 2; one (relayed or not), 3.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from corpus.model import Article, Claim, XRef

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


def _key(name: str) -> str:
    key = re.sub(r"^(?:the|a|an)\s+", "", " ".join(name.lower().split()))
    return _AGENCY_NAMES.get(key, key)


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


def origin_of(claim: Claim, article: Article | None) -> str:
    """Who first said it: unnamed reports it relays, else the speaker (unless a generic "officials"),
    else the wire agency, else the outlet."""
    speaker = claim.speaker_chain[0] if claim.speaker_chain else claim.speaker
    outlet = (article.outlet or "") if article else ""
    if _UNNAMED_REPORTS.search(claim.text):
        # Per outlet: unnamed reports in two papers may be different reports.
        return "reports:" + _key(outlet or (article.id if article else claim.article_id))
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
    carried = {(claim.article_id, claim.id): origin_of(claim, article)}
    against: set[str] = set()
    for relation, other, other_article in linked:
        if relation in SUPPORTING:
            carried[(other.article_id, other.id)] = origin_of(other, other_article)
        elif relation == "conflicts":
            against.add(origin_of(other, other_article))
    # Each carrying claim is a report: two speakers in one article are two reports (and can be
    # two origins); counting articles instead showed "1 report · 2 independent origins".
    reports = len(carried)
    origins = set(carried.values())
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
