"""A YAML front-matter block (``---`` ... ``---``) at the top of an article file.

A block that is broken in any way (never closed, invalid YAML, not a
``key: value`` mapping, absurdly long) is not guessed at: ``problem`` and
``line`` say what and where, and the loader refuses the file
(``MalformedFrontMatter``) so the user can fix it; nothing of it is stored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

MAX_FRONT_MATTER_CHARS = 64 * 1024  # metadata, not content: a bigger block is a mistake
MAX_FLOW_DEPTH = 64  # PyYAML's scanner is quadratic in [ { nesting: 3,000 levels take 2 s
_FLOW_TOKENS = re.compile(r"""'[^']*'|"(?:[^"\\]|\\.)*"|#[^\n]*|[\[\]{}]""")
_OPENING = re.compile(r"---[ \t]*\n")
_CLOSING = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)


@dataclass(slots=True)
class FrontMatter:
    meta: dict[str, Any] = field(default_factory=dict)
    body: str = ""
    problem: str | None = None  # why the block is broken (the file is then refused)
    line: int | None = None  # 1-based line of the file the problem is on


def _kept(text: str, problem: str, line: int) -> FrontMatter:
    return FrontMatter({}, text, problem, line)


def _flow_depth(block: str) -> int:
    """How deep ``[``/``{`` collections nest, quoted strings and comments aside."""
    depth = deepest = 0
    for token in _FLOW_TOKENS.findall(block):
        if token in ("[", "{"):
            depth += 1
            deepest = max(deepest, depth)
        elif token in ("]", "}"):
            depth = max(depth - 1, 0)
    return deepest


def split_front_matter(text: str) -> FrontMatter:
    """Split ``text`` (already sanitised, LF line ends) into metadata and body."""
    opening = _OPENING.match(text)
    if opening is None:
        return FrontMatter({}, text)
    closing = _CLOSING.search(text, opening.end(), opening.end() + MAX_FRONT_MATTER_CHARS + 4)
    if closing is None:
        if len(text) > MAX_FRONT_MATTER_CHARS:
            return _kept(text, f"front matter is not closed within {MAX_FRONT_MATTER_CHARS // 1024} KB", 1)
        return _kept(text, "front matter opened with '---' is never closed", 1)
    import yaml  # only files with front matter pay for the import

    block = text[opening.end() : closing.start()]
    if _flow_depth(block) > MAX_FLOW_DEPTH:
        return _kept(text, f"malformed front matter (nested more than {MAX_FLOW_DEPTH} levels deep)", 2)
    try:
        meta = yaml.safe_load(block)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = 2 + mark.line if mark is not None else 2  # the block starts on line 2
        reason = " ".join(str(getattr(exc, "problem", None) or "invalid YAML").split())
        if reason == "mapping values are not allowed here":
            # The usual cause: an unquoted title with a colon ("title: Strike: day two").
            reason += "; put a value holding ': ' in quotes, as title: \"Strike: day two\""
        return _kept(text, f"malformed front matter ({reason})", line)
    except Exception as exc:
        # (ValueError for "2024-13-45" or "!!float abc", RecursionError for deep nesting, ...)
        reason = " ".join(str(exc).split())[:120] or type(exc).__name__
        return _kept(text, f"malformed front matter ({reason})", 2)
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        return _kept(text, "front matter is not a list of 'key: value' lines", 2)
    body = text[closing.end() :].removeprefix("\n")
    return FrontMatter({str(k): v for k, v in meta.items()}, body)
