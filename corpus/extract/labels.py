"""Numbers that name or number something rather than count it.

"Resolution 2397", "Route 9", "Flight 370": after such words a number is always
part of a name. After words like "day" or "village" it is a label ("on day 77",
"residents of village 1900 said") unless a counted noun follows ("in one day
300 people died").
"""

from __future__ import annotations

import re

from corpus.extract.entities import IDENTIFIER_WORDS

# Words after which a number is a label only when no counted noun follows it.
LABEL_IF_NOT_COUNTED = frozenset(
    """
    day week village camp building ward bed round game match season episode platform terminal hall exit floor
    """.split()
)
# Words that can follow a label but never a count's noun ("village 1900 said", "day 77 of the war").
_AFTER_A_LABEL = frozenset(
    """
    said says say was were is are has have had will would could may might and or but in on at of to from
    where when which that who after before with as for by
    """.split()
)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?\s+(?:no\.\s*)?$", re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)")


def is_label_number(text: str, start: int, end: int) -> bool:
    """Whether the number at ``text[start:end]`` is part of a name or a label, not a count."""
    before = _WORD_BEFORE.search(text, max(0, start - 25), start)
    if before is None:
        return False
    word = before.group(1).lower()
    if word in IDENTIFIER_WORDS:
        return True
    if word not in LABEL_IF_NOT_COUNTED:
        return False
    after = _WORD_AFTER.match(text, end)
    return after is None or after.group(1).lower() in _AFTER_A_LABEL
