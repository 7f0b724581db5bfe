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
    lap lane heat hole leg
    """.split()
)
# Pay bands and tiers are named by their number ("a band 5 nurse", "tier 2 restrictions"), as grades and stages are
# (entities.IDENTIFIER_WORDS).
_SCALE_STEP_WORDS = frozenset({"band", "tier"})
# Words that can follow a label but never a count's noun ("village 1900 said", "day 77 of the war").
_AFTER_A_LABEL = frozenset(
    """
    said says say was were is are has have had will would could may might and or but in on at of to from
    where when which that who after before with as for by
    """.split()
)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?\s+(?P<no>no\.\s*)?$", re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)")


# "number" as a verb: "now number 19", "which number about 40", "They number 300".
_NUMBER_THE_VERB = re.compile(r"\b(?:now|still|already|which|who|they|together|combined|currently)\s+$", re.IGNORECASE)


def is_label_number(text: str, start: int, end: int) -> bool:
    """Whether the number at ``text[start:end]`` is part of a name or a label, not a count."""
    before = _WORD_BEFORE.search(text, max(0, start - 25), start)
    if before is None:
        return False
    word = before.group(1).lower()
    if word == "number" and _NUMBER_THE_VERB.search(text, max(0, before.start() - 20), before.start()):
        return False  # "Officers injured in the riots now number 19": the verb, a count
    if word in IDENTIFIER_WORDS or word in _SCALE_STEP_WORDS or before.group("no"):
        return True  # "Route 9"; "the world No. 2", "the No. 3 seed": a rank, whatever word comes before "No."
    if word not in LABEL_IF_NOT_COUNTED:
        return False
    after = _WORD_AFTER.match(text, end)
    return after is None or after.group(1).lower() in _AFTER_A_LABEL


# "S&P 500", "iPhone 14", "Big 12", "Planet 9 project": a number right after a capitalised word
# (not the sentence's first, unless it is written like a brand: "S&P", "iPhone") names a thing,
# unless what follows makes it a count ("Russia 300 tanks", "Gaza 300 were killed") or a measure.
_CAPITALISED_BEFORE = re.compile(
    r"(?:^|(?<=[\s(\"“]))(?P<word>[A-Z][A-Za-z]*(?:[&/][A-Z][A-Za-z]*)*|[a-z]+[A-Z][A-Za-z]*)\s$"
)
NOT_A_NAME_WORD = frozenset(
    """
    January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul
    Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday I AD BC A An The About Some
    USD EUR GBP JPY CNY INR HKD MYR RM Rs US HK Nearly Almost Around Over Under Only Just Another Total By To In On
    At For From With And Or But Than Of
    """.split()
)
# A party's members named by the party, before the seats or votes they hold in a tally ("the House stands at
# Republicans 219, Democrats 213", "Labour 411, Conservatives 121"): a count, never a name with a number.
PARTY_MEMBERS = frozenset(
    """
    Democrats Republicans Conservatives Liberals Tories Greens Socialists Independents Nationalists Unionists
    Labour Communists
    """.split()
)
_MEASURE_AFTER = re.compile(
    r"\s*(?:%|\$|[,.]\d)|\s+(?:of|per|percent|per cent|were|was|are|is|have|had|died|dead|killed|wounded|injured|more|others|thousand|million|billion)\b"
)
# A determiner before a capitalised word and a number makes them one name ("the Fortune 500 firms", "its Galaxy
# S24 phones"); a count comes before the name's words ("the 300 Russian tanks").
_DETERMINER_BEFORE = re.compile(r"(?i)(?:^|\s)(?:the|its|their|his|her|our)$")
# A count, then the name's words and numbers up to this one ("171 Boeing 737 Max", "40 Airbus A350 Neo").
_COUNT_THEN_NAME = re.compile(r"(?<![\w,.])\d[\d,]*(?:\s+(?:[A-Z][\w&-]*|\d{1,4}))+$")
_VERB_AFTER = re.compile(r"\s+(?:were|was|are|is|have|had)\b")
_SINGULAR_VERB_AFTER = re.compile(r"\s+(?:was|is|has)\b")
_NEXT_WORDS = re.compile(r"\s+([A-Za-z][\w’'-]*)(?:\s+([A-Za-z][\w’'-]*))?(?:\s+([A-Za-z][\w’'-]*))?")
_FUNCTION = frozenset(
    "a an the its their his her our this that these those on in at of to from by for with as and or but than into over "
    "after before during since until while if so who which what where when there here is are was were be been has have had "
    "will would could can may might said says say told".split()
)


def is_name_number(text: str, start: int, end: int) -> bool:
    """Whether the number at ``text[start:end]`` is part of a name ("S&P 500", "Big 12"), not a figure."""
    if end - start > 4 or not text[start:end].isdigit():
        return False  # "1,200", "3.5": names carry short whole numbers
    m = _CAPITALISED_BEFORE.search(text, max(0, start - 30), start)
    if m is None or m.group("word") in NOT_A_NAME_WORD or m.group("word") in PARTY_MEMBERS:
        return False  # ("Republicans 219, Democrats 213": a tally of a party's seats or votes, no name)
    word = m.group("word")
    head = text[: m.start("word")].rstrip(' "“(')
    brand = "&" in word or "/" in word or not word[0].isupper() or len(word) == 1
    if (not head or head[-1] in ".!?;") and not brand:
        return False  # the sentence's first word is capitalised anyway
    if text[end : end + 1].isalpha():
        return False  # "Tylenol 500mg": a unit glued to it
    if _DETERMINER_BEFORE.search(head) and text[end : end + 1] != "-":
        return True  # "the Fortune 500 firms", "the Apollo 11 crew": a determiner before the name, not the count
    if (
        _MEASURE_AFTER.match(text, end)
        and not (brand and _VERB_AFTER.match(text, end))
        and not (text[start:end] != "1" and _SINGULAR_VERB_AFTER.match(text, end))
    ):
        return False  # ("the Max 9 was grounded": a count of nine would take "were")
    if _COUNT_THEN_NAME.search(head) and text[end : end + 1] != "-":
        return (
            True  # "grounded 171 Boeing 737 Max 9 jets": the count comes first, a number inside the name is the name's
        )
    words = _NEXT_WORDS.match(text, end)
    for token in words.groups() if words else ():
        if token is None or token.lower() in _FUNCTION or token[0].isupper():
            break
        if _is_plural_noun(token):
            return False
    return True


def _is_plural_noun(word: str) -> bool:
    lower = word.lower()
    return lower in ("people", "men", "women", "children", "staff", "personnel") or (
        len(lower) > 3 and lower.endswith("s") and not lower.endswith(("ss", "us", "is", "ous"))
    )
