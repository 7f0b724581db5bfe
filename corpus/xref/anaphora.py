"""A sentence that refers back to a figure ("the revised number still understated the walkout",
"the union's figures were not credible") is linked to the figure it means.

The figure meant is the nearest earlier claim of the same article (at most a few sentences
back) that states a figure, preferring one whose speaker the reference names ("the union's").
The link is "related" with a reason that says so: which figure a dismissal targets is read
from position, and a wrong "conflicts" would be worse than a plain pointer.
"""

from __future__ import annotations

import re

from corpus.extract.measures import is_currency
from corpus.model import Article, Claim, XRef
from corpus.xref.features import Features, same_story, stems

_REFERENCE = re.compile(
    r"\b(?:the|these|those|its|their|his|her|this|that)\s+(?:(?P<owner>[a-z]+)(?:'s|’s|s'|s’)\s+)?"
    r"(?:(?:revised|new|latest|official|initial|earlier|previous|updated|government|ministry|union)\s+)?"
    r"(?:figures?|numbers?|estimates?|counts?|tally|tallies|toll|data|statistics)\b",
    re.IGNORECASE,
)
_COUNT_NOUN = re.compile(r"(?:counts?|tally|tallies|toll)$", re.IGNORECASE)  # ("the revised number" may be a share)
_LOOK_BACK = 3  # claims
_MAX_GAP = 600  # characters between the figure and the reference


def _refers_back(claim: Claim) -> re.Match[str] | None:
    if claim.quantities:
        return None  # a claim with its own figure is about that figure
    return _REFERENCE.search(claim.text)


# Who "the union's" or "the army's" figures can belong to: the owner word or a name word of its kind.
_OWNER_WORDS = {
    "union": ("union", "federation", "confederation", "syndicate", "association", "guild"),
    "army": ("army", "military", "forces", "defence", "defense", "command"),
    "ministry": ("ministry", "minister", "government", "department"),
    "government": ("government", "ministry", "minister", "cabinet", "authorities"),
    "company": ("company", "corp", "inc", "ltd", "plc", "group", "firm"),
    "police": ("police", "constabulary"),
}


def _owned_by(claim: Claim, owner: str) -> bool:
    speaker = (claim.speaker or "").lower()
    return any(word in speaker for word in _OWNER_WORDS.get(owner, (owner,)))


def _target(claim: Claim, match: re.Match[str], earlier: list[Claim]) -> Claim | None:
    owner = (match.group("owner") or "").lower()
    if owner:  # "the union's figures": that owner's figure, or none in view
        named = [c for c in earlier if _owned_by(c, owner)]
        return named[-1] if named else None
    # Nobody disputes his own side's figure: skip one whose speaker the referring sentence names
    # ("Education Minister X said the figures ..." is not about the ministry's figure); and "the
    # figure" or "the toll" is a count, not a sum of money.
    # "The count" or "the toll" is of things, not a share: "losses could reach 40%" is no count.
    units = (None, "people") if _COUNT_NOUN.search(match.group(0)) else (None, "people", "percent")
    own_words = stems(claim.text[: match.start()])
    others = [
        c
        for c in earlier
        if not (stems(c.speaker or "") & own_words)
        and any(
            q.unit in units or not (q.unit is None or is_currency(q.unit) or q.unit == "percent") for q in c.quantities
        )
    ]
    if _DEATHS.search(claim.text):
        # "denied that any deaths had been left out of the count": the count of the dead, not the one before it
        others = [c for c in others if any(q.measure in _DEATH_MEASURES for q in c.quantities)]
    return others[-1] if others else None


_DEATHS = re.compile(r"\b(?:deaths?|dead|died|killed|fatalities)\b", re.IGNORECASE)
_DEATH_MEASURES = ("killed", "casualties", "casualties total")


def references_to_figures(claims: list[Claim], articles: dict[str, Article]) -> list[XRef]:
    ordered = sorted(claims, key=lambda c: (c.article_id, c.start))
    refs = []
    for i, claim in enumerate(ordered):
        match = _refers_back(claim)
        if match is None:
            continue
        earlier = [
            c
            for c in ordered[max(0, i - _LOOK_BACK) : i]
            if c.article_id == claim.article_id
            and claim.start - c.end <= _MAX_GAP
            and any(not q.vague for q in c.quantities)  # "tens of thousands" is not a figure one disputes
        ]
        if not earlier:
            continue
        target = _target(claim, match, earlier)
        if target is None:
            continue
        reason = f'{claim.speaker or "the text"} refers back to this figure: "{match.group(0)}"'
        refs.append(XRef(claim.id, target.id, "related", 0.5, reason, "refers back to this figure"))
    return refs


# "the union stood by its count", "insisted its estimate was right": a party keeping its own figure.
_STANDS_BY = re.compile(
    r"\b(?:(?P<owner>[a-z]+)\s+)?(?:stood|stands|stand|standing|stuck|sticks|stick)\s+(?:by|to)\s+"
    r"(?:its|their|his|her)\s+(?:own\s+|earlier\s+|original\s+|initial\s+)?"
    r"(?:figures?|counts?|estimates?|tally|numbers?|toll|data)\b",
    re.IGNORECASE,
)


def _party_words(claim: Claim) -> set[str]:
    """The words that name who said a claim: its speakers' names and roles, lower-cased."""
    return {w.lower().strip("'’s") for name in claim.speaker_chain or [claim.speaker or ""] for w in name.split()}


def stands_by_figure(a: Features, b: Features) -> tuple[Features, Features] | None:
    """(keeping, kept): a claim with no figure of its own saying a party stood by its count ("the union
    stood by its count") and another article's earlier figure of that party in the same story (its
    speaker is the owner word, "union", or shares a name with the claim: "CGA leader ... said")."""
    for x, y in ((a, b), (b, a)):
        if x.claim.quantities or not y.figures or x.article.id == y.article.id:
            continue
        m = _STANDS_BY.search(x.claim.text)
        if m is None or (y.when or "") > (x.when or "") or not same_story(x, y):
            continue
        owner = (m.group("owner") or "").lower()
        words = _party_words(y.claim)
        named = {w.lower() for w in re.findall(r"\b[A-Z][A-Za-z]+\b", x.claim.text)} & words
        if named or (owner and any(w in words for w in _OWNER_WORDS.get(owner, (owner,)))):
            return x, y
    return None
