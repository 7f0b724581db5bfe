"""Speakers that carry over sentences.

- A quotation running over several sentences (or paragraphs, each reopened
  with a quote mark) is one statement: its sentences share the attribution
  that any of them carries (“A. B. C,” she said.).
- "X said:" / "X continued:" at the end of a paragraph introduces the next
  paragraph: its sentences are X's.
- A transcript or headline label "NAME: ..." opening a paragraph names who
  speaks in that paragraph ("SMITH: Well, look ...", "Poll: Voters shift").
"""

from __future__ import annotations

import re

from corpus.countries import country_of
from corpus.extract.attribution import a_state_or_country, role_kicker, straight_quotes
from corpus.extract.coreference import OCCUPATIONS, PERSON_ROLES
from corpus.extract.cues import INTERJECTIONS
from corpus.extract.segments import Segment
from corpus.extract.speakers import kicker_topic

# Labels that name a kind of text, not who speaks ("Update: ...", "Photo: ...").
_NOT_SPEAKERS = frozenset(
    """
    update updated note editor editors clarification clarifications photo photos video watch read related source sources correction corrections
    disclosure q a question answer exclusive analysis opinion breaking live timeline background context summary
    warning caution headline location date time tags tag category keywords comment comments reporting contact
    image images graphic chart map listen share follow advertisement sponsored transcript bottom line
    developing flashback recap explainer factbox scoop flash urgent trending viral bonus must-see must-read must-watch
    fyi ps tldr spoiler alert look see more also plus name age city job pay occupation hometown revealed busted
    confirmed exposed leaked unsealed happening shocking unreal debunked
    newsreader newscaster anchor anchorman anchorwoman presenter host reporter correspondent narrator announcer
    interviewer voiceover voice-over
    """.split()
)
# A section's or a newsletter's name ends so ("Morning Email", "News Daily", "Delegate Update"): no one speaks.
_SECTIONS = frozenset(
    "daily weekly email e-mail newsletter briefing roundup round-up digest brief wrap wrap-up update updates podcast "
    "dispatch tracker blog".split()
)
_LABEL = re.compile(r"[\"“]?(?P<name>(?:[A-Z][\w’'.-]*)(?:\s+[A-Z][\w’'.-]*){0,3}):\s+\S")
_OPEN, _CLOSE, _STRAIGHT = "“", "”", '"'
# A role in sentence case ("Manager", "Fire chief", "Club owner"), not a name: it names who speaks only in a kicker
# that says something ("Fire chief: blaze was deliberate") or where its words are spoken ("Coach: I think ...").
_ROLE_LABEL = re.compile(r"[A-Z][a-z’'-]+(?:\s+[a-z][a-z’'-]+){0,2}")
_ROLES = OCCUPATIONS | PERSON_ROLES | frozenset("manager owner coach boss chairman chairwoman chair captain".split())
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|me|us)\b")


def label_speaker(text: str) -> str | None:
    """ "SMITH: Well ..." -> "SMITH"; None for labels that name a kind of text or hold digits."""
    m = _LABEL.match(text)
    if m is None:
        return None
    name = m.group("name")
    if re.match(r"(?:The|A|An)\s", name):
        return None  # "The Gap Goes On: ...": a section title, not who speaks
    words = [re.sub(r"[’']s$", "", w.lower().strip(".’'")) for w in name.split()]
    if re.search(r"\d", name) or all(w in _NOT_SPEAKERS for w in words):
        return None  # "Update:", "Editor’s Note:", "Name:", "Revealed:"
    if words[-1] in _SECTIONS:
        return None  # "Monday’s Morning Email:", "Breitbart News Daily:", "Delegate Update:": a section or newsletter

    if (
        _ROLE_LABEL.fullmatch(name)
        and words[-1] in _ROLES
        and role_kicker(text) is None
        and not _FIRST_PERSON.search(text, m.end("name") + 1)
    ):
        return None  # "Manager: since 2019 at the club", "Owner: the Lee family trust": a label and its value
    if all(w.lower().strip(".’'!") in INTERJECTIONS for w in name.split()):
        return None  # "BOOM: ...": a cry opening a kicker
    if not name.isupper() and kicker_topic(name, text[m.end("name") + 1 :]):
        return None  # "Wildfires: thousands flee", "Iowa: ...": a topic or a place, not who speaks
    if name.isupper() and _a_place(name.title()):
        return None  # "LONDON: The council voted ...", "NEW DELHI: ...": a dateline, as many outlets write it
    return name.title() if name.isupper() and len(name) > 3 else name


def _a_place(name: str) -> bool:
    """A country or a place the gazetteer knows ("London", "Texas", "India"), in the form a dateline writes it."""
    return country_of(name) is not None or a_state_or_country(name)


_QUOTE_MARK = re.compile('[“”"]')


def _quote_balance(text: str, open_at_start: bool) -> bool:
    """Is a quotation still open at the end of ``text``?"""
    depth = 1 if open_at_start else 0
    for m in _QUOTE_MARK.finditer(straight_quotes(text)):
        ch = m.group(0)
        if ch == _OPEN:
            depth += 1
        elif ch == _CLOSE:
            depth = max(0, depth - 1)
        else:
            depth = 0 if depth else 1
    return depth > 0


def _transcript_label(text: str, seg: Segment, previous: Segment | None) -> bool:
    """Does the sentence open its paragraph with a transcript's label in capitals ("WALLACE: ...", "“PENCE: ...")?
    A label that names no one ("“VIDEO: ...", "“AUDIO: ...") is a new voice too: no quotation of the label before goes
    on into it."""
    if previous is not None and previous.paragraph == seg.paragraph:
        return False
    m = _LABEL.match(text.lstrip())
    return m is not None and m.group("name").isupper() and len(m.group("name")) > 1


_XED = re.compile(r"[^\s“”\"]")


def within_quotation(text: str) -> str:
    """A sentence that goes on with a quotation opened in an earlier sentence, its quoted words blanked (same length)
    up to the mark that closes the quotation, or to its end when none does: a "he said" or "the papers wrote" in them
    (''... and Reyes did what he said.'') is what the quotation's speaker says, never who speaks; a cue after the
    closing mark (''..., he said.'') is read. A sentence that reopens the quotation with a mark of its own, or holds
    a quotation of its own before any closing mark, is read as it is."""
    straight = straight_quotes(text)
    if straight.lstrip()[:1] in (_OPEN, _STRAIGHT):
        return text
    mark = _QUOTE_MARK.search(straight)
    if mark is not None and mark.group(0) == _OPEN:
        return text
    end = mark.start() if mark is not None else len(text)
    if mark is not None and end and text[end - 1] in ",.":
        end -= 1  # the comma inside the mark goes on to the cue (''effective,'' he said)
    return _XED.sub("x", text[:end]) + text[end:]


def quote_runs(body: str, segments: list[Segment]) -> list[int]:
    """For each segment, the index of the first segment of the quotation it belongs to (itself if none)."""
    runs: list[int] = []
    open_quote = False
    previous: Segment | None = None
    for i, seg in enumerate(segments):
        text = straight_quotes(body[seg.start : seg.end])
        continues = (
            open_quote
            and previous is not None
            and (seg.paragraph == previous.paragraph or text.lstrip()[:1] in (_OPEN, _STRAIGHT))
        )
        if seg.role != "content" or (continues and _transcript_label(text, seg, previous)):
            continues = False  # a transcript's next label ("WALLACE: ...") is a new speaker, not the quotation's
        runs.append(runs[-1] if continues and runs else i)
        reopened = (
            continues and previous is not None and seg.paragraph != previous.paragraph
        )  # the new paragraph's mark reopens it
        open_quote = _quote_balance(text, continues and not reopened)
        previous = seg
    return runs
