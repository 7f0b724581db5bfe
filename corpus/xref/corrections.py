"""A correction of a figure an earlier report gave, as a corrections column writes it.

"An article on March 11 said the new pool would cost £48 million. The budget for the pool is £38 million." The
first sentence restates the error, the next gives the right figure. Neither needs the measure words of the report it
corrects ("cost" / "budget", "jobs would go" / "the figure is"): the restated sentence names the figure, and the
sentence after it replaces it. So:

- the sentence after a restated error gives a value that updates the earlier report stating the restated figure;
- the restated error itself is no second report of that figure, only the figure a correction withdraws.

Only what English corrections write is read: the restated sentence opens with the report it corrects ("An article on
Monday said", "A report on March 5 stated", "An earlier version of this story said", "We said on Tuesday that",
"We reported that"), and the next sentence gives a figure in the same unit with another value (or, for a count, a
bare "the figure is 1,100"), in an article that is a correction or has one (its title, "corrections", "has been
corrected", "we apologise for the error", "incorrectly"). A report merely cited ("A report on Monday said 40 people had
died. Officials now say 52.") is no error.
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus.extract.dates import find_dates
from corpus.extract.measures import is_currency
from corpus.extract.quantities import find_quantities
from corpus.model import Claim, Quantity
from corpus.xref.nearby import sentence_after, sentence_before

# The report a correction restates, at the opening of its sentence.
_RESTATED = re.compile(
    r"(?:corrections?\s*:\s*|clarifications?\s*:\s*)?"
    r"(?:(?:an?|the|our|this|a\s+previous|an\s+earlier)\s+(?:earlier\s+|previous\s+|online\s+)?"
    r"(?:version\s+of\s+(?:this|the|an?|our)\s+)?(?:article|report|story|item|headline|caption|graphic|piece|post|"
    r"table|chart)\b[^.;:!?]{0,120}?\b(?:said|stated|reported|gave|wrote|misstated|put|described|claimed|"
    r"referred)\b"
    r"|we\s+(?:incorrectly\s+|wrongly\s+|mistakenly\s+|erroneously\s+)?(?:said|reported|wrote|stated|misstated|gave|"
    r"put)\b)",
    re.IGNORECASE,
)
_WRONGLY = re.compile(r"\b(?:incorrectly|wrongly|mistakenly|erroneously|misstated|in\s+error)\b", re.IGNORECASE)
_CORRECTIONS_TITLE = re.compile(r"\b(?:corrections?|clarifications?)\b", re.IGNORECASE)
# An article that corrects itself or another: a corrections column, "This article has been corrected", "We apologise
# for the error".
_CORRECTING = re.compile(
    r"\b(?:corrections?|clarifications?|(?:has|have)\s+been\s+(?:corrected|amended|updated\s+to\s+correct)|"
    r"an\s+earlier\s+version\s+of\s+this\s+(?:article|story|report|piece|post)|"
    r"apologi[sz]e\s+for\s+(?:the|this|these|any)\s+(?:error|mistake)s?|incorrectly|wrongly|mistakenly|erroneously|"
    r"misstated|in\s+error)\b",
    re.IGNORECASE,
)


def restates(text: str) -> bool:
    """The sentence opens with a report it restates ("An article on March 11 said ...", "We said that ...")."""
    return _RESTATED.match(text.lstrip(" -•*\t")) is not None


@lru_cache(maxsize=4096)
def _figures_of(sentence: str) -> tuple[tuple[float, str | None], ...]:
    """(value, unit) of the figures of a sentence (not its dates)."""
    found = find_quantities(sentence, 0, find_dates(sentence))
    return tuple((q.value, q.unit) for q in found if q.value is not None)


def _count_unit(unit: str | None) -> bool:
    return unit != "percent" and not (unit and is_currency(unit))


def _replaces(new: tuple[float, str | None], old: tuple[float, str | None]) -> bool:
    """A figure ``new`` that can be the right value of ``old``: another value in the same unit (a bare number for a
    count: "The owner says the figure is 1,100" after "about 1,400 jobs")."""
    if new[0] == old[0]:
        return False
    return new[1] == old[1] or (new[1] is None and _count_unit(old[1]))


def corrects(body: str, title: str | None) -> bool:
    """The article is a correction or has one: its title or its text says so."""
    return bool(_CORRECTIONS_TITLE.search(title or "") or _CORRECTING.search(body))


_corrects = lru_cache(maxsize=256)(corrects)  # (an article's claims are described one after another)


def restated_error(claim: Claim, body: str, title: str | None) -> tuple[tuple[float, str | None], ...]:
    """The figures ``claim`` restates as an error a correction withdraws: it opens with the report it corrects, and
    the next sentence replaces one of its figures, or it says the report was wrong, or the article is a corrections
    column. () when it is no such sentence."""
    if not claim.quantities or not restates(claim.text) or not _corrects(body, title):
        return ()
    told = _figures_of(claim.text)
    if not told:
        return ()
    if _WRONGLY.search(claim.text) or _CORRECTIONS_TITLE.search(title or ""):
        return told
    _, after = sentence_after(body, claim.end)
    if after and any(_replaces(new, old) for new in _figures_of(after) for old in told):
        return told
    return ()


def corrected_figures(
    claim: Claim, body: str, title: str | None
) -> tuple[tuple[tuple[float, str | None], Quantity], ...]:
    """((old value, unit), new quantity) for each figure of ``claim`` that corrects a figure the sentence before it
    restates as an earlier report's ("An article on March 11 said ... £48 million. The budget for the pool is £38
    million."): the old value the earlier report gave and the claim's value replacing it."""
    if not claim.quantities or not _corrects(body, title):
        return ()
    _, before = sentence_before(body, claim.start)
    if not before or not restates(before):
        return ()
    told = _figures_of(before)
    out = []
    for q in claim.quantities:
        if q.value is None:
            continue
        olds = [old for old in told if _replaces((q.value, q.unit), old)]
        if len({old[0] for old in olds}) == 1:  # (one figure it replaces, never a guess between two)
            out.append((olds[0], q))
    return tuple(out)


def restated_sentence(claim: Claim, body: str) -> str:
    """The sentence before ``claim`` (the restated report a correction follows)."""
    return sentence_before(body, claim.start)[1]
