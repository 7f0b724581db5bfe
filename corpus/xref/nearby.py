"""The sentences next to a claim in its article's body, read from the text alone."""

from __future__ import annotations

import re

# Where the sentence before a claim begins.
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’)]?\s+|\n)(?=\S)")
_NEXT_SENTENCE_END = re.compile(r"[.!?](?:[\"”’)])?(?:\s|$)|\n")
_REACH = 400  # characters: a sentence longer than this is not read


def sentence_before(body: str, start: int) -> tuple[int, str]:
    """(start, text) of the sentence just before the offset ``start`` of ``body``."""
    before = body[max(0, start - _REACH) : start]
    cut = before.rstrip()
    if not cut or cut[-1] not in '.!?"”’)':
        return start, ""
    begins = [m.end() for m in _SENTENCE_START.finditer(cut[:-1])]
    begin = begins[-1] if begins else 0
    if not begins and start - _REACH > 0:
        return start, ""
    return start - len(before) + begin, cut[begin:]


def sentence_after(body: str, end: int) -> tuple[int, str]:
    """(start, text) of the sentence just after the offset ``end`` of ``body``, on the same line."""
    rest = body[end : end + _REACH]
    lead = len(rest) - len(rest.lstrip(" \t"))
    if not rest[lead:] or rest[:lead].count("\n"):
        return end, ""
    stop = _NEXT_SENTENCE_END.search(rest, lead)
    return end + lead, rest[lead : stop.end() if stop else len(rest)].strip()
