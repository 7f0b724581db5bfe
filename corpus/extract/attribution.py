"""Find who a sentence attributes its content to, as raw noun phrases.

Patterns: "X said/told/claimed/...", "..., said X", "according to X",
"citing X", "X was quoted as saying by Y" (X via Y), "X, speaking on
condition of anonymity, said", and a trailing "..., Y reported" relay.
Quoted speech is masked first so that words inside quotations never count.
Resolving the phrases to names is ``speakers.py``'s job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

VERBS = (
    "said|says|say|told|tells|tell|stated|states|claimed|claims|claim|estimated|estimates|reported|reports|"
    "confirmed|confirms|confirm|denied|denies|deny|dismissed|dismisses|warned|warns|noted|notes|added|adds|"
    "announced|announces|urged|urges|condemned|condemns|called|posted|argued|argues|insisted|insists|"
    "acknowledged|acknowledges|admitted|admits|disclosed|discloses|indicated|indicates|detailed|details|"
    "revealed|reveals|wrote|writes|declared|declares|boasted|boasts|believes|assessed|assesses|alleged|alleges|"
    "accused|accuses|explained|explains|suggested|asserted|asserts|maintained|maintains|predicted|predicts|"
    "tweeted|affirmed|concluded|observed|testified|stressed|emphasized|emphasised|blamed|rejected|rejects|"
    "expressed|expects|welcomed|threatened|pledged|vowed|promised|agreed|conceded|recalled|acknowledged"
)
_VERB = re.compile(rf"\b(?P<verb>{VERBS})\b")
_AUX = re.compile(
    r"(?:\s+(?:has|have|had|was|were|is|are|also|already|previously|publicly|openly|repeatedly|"
    r"reportedly|later|earlier|again|first|then|now|once|recently|separately|further|itself|themselves|"
    r"(?:on|this|last|earlier|later on|in|late|early) (?:[A-Z]\w+|week|weekend|month|year|day|morning|evening)"
    r"(?: \d{1,2})?))+$"
)
_CLAUSE_WORDS = re.compile(
    r"\b(?:that|which|who|whom|when|while|because|after|before|but|if|where|whereas|although|though|since|"
    r"as|and that|so|meaning|saying|adding|claiming|noting)\s+$|^"
)
_BOUNDARY_CHARS = ",;:()“”\"‘[]—–•"
_NP_CHARS = r"(?:[^,.;:“”\"]|\.(?=\S))"  # a noun phrase may hold "U.N." but ends at a full stop
_INVERTED = re.compile(rf"[,”\"]\s*(?P<verb>said|says|added|noted|told|wrote|stated|claimed|warned|explained)\s+(?P<np>[A-Z]{_NP_CHARS}{{1,80}})")
_ACCORDING = re.compile(rf"\b(?:according to|as reported by|as cited by)\s+(?P<np>{_NP_CHARS}{{2,90}})", re.IGNORECASE)
_CITING = re.compile(rf"\b[Cc]iting\s+(?P<np>{_NP_CHARS}{{2,90}})")
_QUOTED = re.compile(
    r"(?P<x>[^,.;:“”\"]{2,80}?)\s+(?:was|were|has been|have been|is)\s+(?:also\s+)?quoted\s+(?:\w+\s+)?as\s+saying"
    r"(?:\s+by\s+(?P<y>[^,.;:“”\"]{2,80}))?"
)
_SUBORDINATE = re.compile(r"^\s*(?:While|Although|Though|As|Since|Because|If|When|After|Before|Whereas)\b[^,]{3,200},")
_DASH_ASIDE = re.compile(r"\s[–—-]\s[^–—]{1,200}?\s[–—-]\s")
_BAD_NP_START = re.compile(r"^(?:it’s|it's|there|this|that|these|those|what|how|why|to|of|in|on|for|with|not|no)\b", re.IGNORECASE)


@dataclass(slots=True)
class Attribution:
    phrase: str  # the noun phrase as written
    relay: str | None = None  # who relayed it ("by Yonhap"), if stated
    how: str = "verb"  # verb | inverted | according | quoted | citing
    verb: str | None = None


def mask_quotes(text: str) -> str:
    """Replace quoted speech by 'x' (same length), keeping the quote marks and a final comma."""
    out = list(text)
    for m in re.finditer(r"“[^”]*”|\"[^\"]*\"|‘[^’]*’(?!\w)", text):
        s, e = m.start() + 1, m.end() - 1
        inner_end = e - 1 if e - 1 >= s and text[e - 1] in ",." else e
        for i in range(s, inner_end):
            if not text[i].isspace():
                out[i] = "x"
    return "".join(out)


def is_quote_only(text: str) -> bool:
    """A sentence that is nothing but quoted speech (a continuation of the last speaker)."""
    stripped = text.strip()
    return stripped[:1] in "“\"" and stripped.rstrip(".!? ")[-1:] in "”\"" and stripped.count("“") <= 1


def _np_left(masked: str, end: int) -> str | None:
    left = _AUX.sub("", masked[:end].rstrip())
    if left.endswith(",") or re.search(r",\s*[”\"’]$", left):
        # "X, speaking on condition of anonymity, said" / "X, described as a “pundit,” said"
        inner = left.rstrip(",”\"’ ")
        comma = inner.rfind(",")
        if comma == -1:
            return None
        aside = inner[comma + 1 :].strip()
        head = _np_from(inner[:comma])
        if head and (re.search(r"\b[A-Z][a-z]", head) or not re.search(r"\b[A-Z][a-z]", aside)):
            return head
        return _np_from(aside) if not re.match(r"(?:speaking|who|which|whose|described|citing|according)\b", aside) else head
    return _np_from(left)


def _np_from(left: str) -> str | None:
    cut = max(left.rfind(ch) for ch in _BOUNDARY_CHARS)
    np = left[cut + 1 :]
    m = None
    for m in re.finditer(r"\b(?:that|which|who|when|while|because|after|before|but|if|where|whereas|although|though|since|as|so|saying|adding|noting|claiming)\s+", np):
        pass
    if m is not None:
        np = np[m.end() :]
    np = re.sub(r"^\s*(?:and|but|or|so|then|also|now|yet)\s+", "", np).strip()
    if not np or len(np.split()) > 12 or _BAD_NP_START.match(np) or "x" * 3 in np:
        return None
    if not (np[:1].isupper() or re.match(r"(?:he|she|they|it|we|i|some|many|officials|experts|analysts|sources)\b", np)):
        return None
    return np


def find_attributions(text: str) -> list[Attribution]:
    """Attributions in reading order; the first is the speaker, later relays extend the chain."""
    masked = mask_quotes(text)
    masked = _DASH_ASIDE.sub(lambda m: m.group(0)[0] + " " * (len(m.group(0)) - 2) + m.group(0)[-1], masked)
    found: list[tuple[int, Attribution]] = []
    quoted = _QUOTED.search(masked)
    if quoted:
        x = _np_from(quoted.group("x"))
        if x:
            found.append((quoted.start(), Attribution(x, _clean(quoted.group("y")), "quoted")))
    subordinate = _SUBORDINATE.match(masked)
    for m in _VERB.finditer(masked):
        if quoted and quoted.start() <= m.start() < quoted.end():
            continue
        np = _np_left(masked, m.start())
        if np is None:
            inv = _INVERTED.search(masked, max(0, m.start() - 3), m.end() + 90)
            if inv and inv.start("verb") == m.start():
                found.append((m.start(), Attribution(_clean(inv.group("np")), how="inverted", verb=m.group("verb"))))
            continue
        item = (m.start(), Attribution(np, how="verb", verb=m.group("verb")))
        if subordinate and m.start() < subordinate.end():
            item = (len(masked) + m.start(), item[1])  # only if nothing in the main clause
        found.append(item)
    for pattern, how in ((_ACCORDING, "according"), (_CITING, "citing")):
        for m in pattern.finditer(masked):
            np = _clean(m.group("np"))
            if np:
                found.append((m.start(), Attribution(np, how=how)))
    found.sort(key=lambda item: item[0])
    return [a for _, a in found]


def _clean(phrase: str | None) -> str | None:
    if not phrase:
        return None
    phrase = re.split(r"\s+(?:that|who|which|on|in|at|last|this|to|as)\s", phrase.strip(), maxsplit=1)[0]
    phrase = phrase.strip(" .,")
    return phrase or None
